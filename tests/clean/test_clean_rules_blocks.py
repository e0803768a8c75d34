"""Where blocks end, and what heads an article, in extracted text (issue 10, families 4–6).

Snippets are real: from the seeds, or the evaluation harness's dev texts as an extractor gives
them after they were typeset (``tests/eval``: the document, its design, the extractor are named
above each).  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.model import Attribution, Heading, Paragraph, block_text
from booklet.readers.text import raw_lines


def layout_of(text: str):
    return study_layout(to_lines(raw_lines(text, False)))


# dev text report_bold_headings, design bold_only, pdftotext: the headings differ from the body
# only by their weight, so the text shows them as short lines; most paragraphs have two lines,
# their indents dropped by the extractor
REPORT_BOLD = """市科技局2025年工作总结和2026年工作思路
2025年，在市委、市政府的坚强领导下，市科技局深入实施创新驱动发展
战略，聚焦科技自立自强，全力推进科技创新各项工作，较好完成了年度目标
任务。现将有关情况报告如下。
主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台28家，其中国家级平台3家。市实验室完成一
期建设并投入运行，引进科研团队15个，承担重大科研项目22项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，全年新认定高新技术企业612家，总数
达到3105家；科技型中小企业入库评价数量同比增长26%。
科技成果转化步伐加快
技术合同成交额达到186亿元，同比增长31%。组织科技成果对接活动48
场，促成校企合作项目300余项。
存在的问题
对照高质量发展要求，我们的工作还存在一些不足：基础研究投入偏少，
原始创新能力不强；企业研发投入不均衡，部分中小企业创新意愿不足；科技
人才引育机制有待完善。
2026年工作思路
坚持问题导向，补齐基础研究短板
设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，力争
全市基础研究投入占研发投入的比重提高1个百分点。
坚持企业主体，提升企业创新能力
实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆盖；支
持龙头企业牵头组建创新联合体，承担重大科技攻关任务。
坚持人才引领，优化创新生态
完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让科研
人员把更多精力投入到科研工作中。
江城市科学技术局
2026年1月10日
"""


def test_wrap_is_seen_from_the_lines_that_reach_the_measure_when_many_lines_are_short():
    layout = layout_of(REPORT_BOLD)
    # ten headings, two signature lines and eleven last lines are short; the lines cut inside a
    # sentence reach 34 em (an indented first line 32 em)
    assert layout.wrapped and layout.measure == 34


def test_short_unpunctuated_lines_between_paragraphs_are_headings_even_with_a_comma(texts, clean):
    doc, _ = clean(REPORT_BOLD)
    assert doc.articles[0].title == "市科技局2025年工作总结和2026年工作思路"
    assert texts(doc, Heading) == [
        "主要工作成效", "创新平台建设取得新突破", "科技企业培育跑出加速度", "科技成果转化步伐加快",
        "存在的问题", "2026年工作思路", "坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力",
        "坚持人才引领，优化创新生态"]
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[1] == "全年新增省级以上创新平台28家，其中国家级平台3家。市实验室完成一期建设并投入运行，" \
        "引进科研团队15个，承担重大科研项目22项。"
    # the signature and its date are blocks of their own
    assert paragraphs[-2:] == ["江城市科学技术局", "2026年1月10日"]


# dev text excerpts_innovation, design gongwen (28 em), pdftotext: ★ headings with ，、 inside
EXCERPTS = """关于科技创新的重要论述摘编
编者按：为便于广大党员干部系统学习，我们从公开发表的
讲话、文章中摘编了有关科技创新的重要论述，分专题编排如
下。
一、创新是引领发展的第一动力
★抓创新就是抓发展，谋创新就是谋未来
抓创新就是抓发展，谋创新就是谋未来。不创新就要落后，
创新慢了也要落后。要激发调动全社会的创新激情，持续发力，
加快形成以创新为主要引领和支撑的经济体系和发展模式。
——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年
5月28日）
★关键核心技术是要不来、买不来、讨不来的
实践反复告诉我们，关键核心技术是要不来、买不来、讨不
来的。只有把关键核心技术掌握在自己手中，才能从根本上保障
国家经济安全、国防安全和其他安全。
——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年
5月28日）
★地基打得牢，科技事业大厦才能建得高
基础研究处于从研究到应用、再到生产的科研链条起始端，
地基打得牢，科技事业大厦才能建得高。
——在科学家座谈会上的讲话（2020年9月11日）
"""


def test_heading_with_clause_punctuation_inside_ends_its_block(texts, clean):
    doc, _ = clean(EXCERPTS)
    assert texts(doc, Heading) == [
        "一、创新是引领发展的第一动力", "★抓创新就是抓发展，谋创新就是谋未来",
        "★关键核心技术是要不来、买不来、讨不来的", "★地基打得牢，科技事业大厦才能建得高"]
    assert texts(doc, Paragraph)[0].endswith("分专题编排如下。")


def test_a_line_short_only_by_the_unit_that_did_not_fit_runs_on(texts, clean):
    # seed 001: 「锚定」 ends the line because 「2035」 did not fit after it
    doc, _ = clean("必须充分认识科技的战略先导地位和根本支撑作用，锚定\n"
                   "2035 年建成科技强国的战略目标，加强顶层设计和统筹谋划，\n"
                   "加快实现高水平科技自立自强。李强主持大会，丁薛祥宣读奖励决\n"
                   "定，赵乐际、王沪宁、蔡奇、李希出席。上午 10 时，大会开始。\n"
                   "解放军军乐团奏响《义勇军进行曲》，全场起立高唱国歌。\n")
    assert len(texts(doc, Paragraph)) == 1


def test_trailing_space_after_a_title_line_ends_it_but_not_after_a_clause(texts, clean):
    # seed 000 marks block ends with a trailing space; one after 「深入实施」 is noise
    page = ("“冷板凳”。要坚持走基础研究人才自主培养之路，深入实施 \n"
            "“中学生英才计划”、“强基计划”、“基础学科拔尖学生\n"
            "培养计划”，优化基础学科教育体系，发挥高校特别是“双\n"
            "一流”高校基础研究人才培养主力军作用，加强国家急需高\n"
            "层次人才培养，源源不断地造就规模宏大的基础研究后备力\n"
            "量。 \n"
            "突出前瞻性、战略性需求导向 \n"
            "“基础研究处于从研究到应用、再到生产的科研链条起始端，\n"
            "地基打得牢，科技事业大厦才能建得高。加强基础研究要突出\n"
            "前瞻性、战略性需求导向，优化资源配置和布局结构。” \n")
    doc, _ = clean(page)
    assert texts(doc, Heading) == ["突出前瞻性、战略性需求导向"]
    assert texts(doc, Paragraph)[0].startswith("“冷板凳”。要坚持走基础研究人才自主培养之路，深入实施“中学生")


def test_measure_with_compressed_punctuation_is_read_so():
    # seed 004: full lines holding many ，、 hold more characters (punctuation set in half an em)
    lines = ("有全球影响力的科技创新中心建设,打造对外开放程度最高、创新活力最强、\n"
             "科技和人才成果最丰富的示范区,辐射带动京津冀、长三角、泛珠三角等区域\n"
             "创新能力进一步提升。全面创新改革试验区、创新型省份和城市建设形成一\n"
             "批可复制可推广的经验,长江经济带与黄河流域沿线科技创新能力稳步增\n"
             "强,区域协同创新发展深入推进,东中西部跨区域创新合作迈出新步伐。科\n"
             "技援疆、援藏、援青、支宁、入滇、兴蒙、入黔等有力支撑西部地区创新,科技赋\n"
             "能东北振兴有力实施,东北地区与东南沿海创新型城市合作不断深化。\n")
    layout = layout_of(lines)
    assert layout.compressed and layout.wrapped


def test_each_piece_of_a_compilation_keeps_its_own_measure():
    body = "根据措施，对年度研发费用增长超过规定比例的规模以上工业企业给予补助，\n" * 14
    narrow = "我们要构筑国际基础研究合作平台，牵头实施国\n" * 14
    layout = layout_of(f"材料 1\n{narrow}来源：新华社\n材料 2\n{body}来源：求是网\n{body}")
    assert layout.measure == 34
    first = to_lines(raw_lines("材料 1\n" + narrow, False))[3]
    assert layout.measure_at(first) == 21


# ------------------------------------------------------------------ headlines ---

def test_kicker_ending_in_a_reporting_verb_is_its_own_line(clean):
    # seed 001: the kicker is longer than the title and has no punctuation
    doc, _ = clean("习近平在中共中央政治局第十一次集体学习时强调 \n"
                   "加快发展新质生产力 扎实推进高质量发展 \n"
                   "来源：新华社 \n"
                   "中共中央政治局 1 月 31 日下午就扎实推进高质量发展进行第十一次集体学习。\n")
    article = doc.articles[0]
    assert (article.kicker, article.title) == ("习近平在中共中央政治局第十一次集体学习时强调",
                                               "加快发展新质生产力 扎实推进高质量发展")


def test_kicker_wrapped_over_two_lines_is_one_kicker(texts, clean):
    # seed 001, as extracted: the kicker wraps onto a second line ending in 强调：
    doc, _ = clean("2023 年度国家科学技术奖共评选出 250 个项目和 12名科技\n"
                   "专家。其中，国家最高科学技术奖 2人；国家自然科学奖 49 项，\n"
                   "其中一等奖 1项、二等奖 48 项；国家技术发明奖 62 项，其中一\n"
                   "等奖 8 项、二等奖 54 项；国家科学技术进步奖 139 项，其中特\n"
                   "等奖 3项、一等奖 16 项、二等奖 120 项；授予 10 名外国专家中\n"
                   "华人民共和国国际科学技术合作奖。 \n"
                   " 习近平在“国家工程师奖”首次评选表彰之际 \n"
                   "作出重要指示强调： \n"
                   "坚定科技报国为民造福理想 \n"
                   "加快实现高水平科技自立自强服务高质量发展 \n"
                   "来源：新华社 \n")
    article = doc.articles[-1]
    assert (article.kicker, article.title) == (
        "习近平在“国家工程师奖”首次评选表彰之际作出重要指示强调：",
        "坚定科技报国为民造福理想 加快实现高水平科技自立自强服务高质量发展")
    assert texts(doc, Paragraph)[-1].endswith("国际科学技术合作奖。")


def test_title_set_over_lines_without_a_kicker_signal_is_one_title(clean):
    # seed 002 after its table of contents: the title wraps inside 「更实」; it is the article's
    # title, not a contents row, and no line of it is a kicker
    doc, _ = clean("""目录
习近平总书记关于基础研究部分重要论述汇编 .....\t10 丁
薛祥在调研基础研究时强调 深入贯彻落实加强基础研究座
谈会精神 全面提升基础研究水平和原始创新能力 .....\t16
习近平在加强基础研究座谈会上强调 以更大力度更
实举措加强基础研究 进一步打牢科技强国建设根基
（来源：新华社，2026年4月30日）
中共中央总书记、国家主席、中央军委主席习近平30日上午在上海出席加
强基础研究座谈会并发表重要讲话。
""")
    assert doc.articles[-1].title == "习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究 进一步打牢科技强国建设根基"
    assert doc.articles[-1].kicker is None


def test_title_wrapped_in_a_narrow_column_keeps_only_its_own_space(clean):
    # dev speech_county_meeting, neikan_three_all, realstyle: the title wraps every 6 em; unwrap
    # joins 「实 奋力开创县」 + 「域经济高质量」 before the headline is read, and that block's text
    # (12 em) read as a wider second headline line gave 「凝心聚力抓落 实 奋力开创…」.
    doc, _ = clean("凝心聚力抓落\n\n实 奋力开创县\n\n域经济高质量\n\n发展新局面 \n\n"
                   "——在全县经济工作暨优化营商环\n\n境推进大会上的讲话 \n\n（2026 年 1 月 9 日） \n\n"
                   "县委书记 周明远 \n\n同志们： \n\n这次会议的主要任务是，深入贯\n\n"
                   "彻中央和省委、市委经济工作会议精\n\n神，总结 2025 年全县经济工作，分析\n\n"
                   "当前面临的形势，部署 2026 年重点任\n\n务，动员全县上下进一步解放思想、\n")
    article = doc.articles[0]
    assert (article.kicker, article.title) == (None, "凝心聚力抓落实 奋力开创县域经济高质量发展新局面")


def test_a_title_line_that_wrapped_is_no_short_first_headline_line():
    # dev news_page_science, news_three_tight, pdftotext -layout: the title wraps every 5 em
    # (「以更大力度」 / 「推进科技创」 / 「新 为高质量」 …); unwrap joined its first two lines, and the
    # next block, a column read into it, is 12 em at its widest.  Those are the blocks the
    # cleaner builds; the wrapped block reached its measure, so no space cuts 「科技创新」.
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.headlines import _join_titles

    run = [Blk(Kind.HEADING, "以更大力度推进科技创", 11, 14, starts=((0, 11), (5, 14))),
           Blk(Kind.HEADING, "新为高质量 一条街上的发展注入强“创新生态”劲动能", 17, 24,
               starts=((0, 17), (12, 20), (24, 24)))]
    assert _join_titles(run, [b.full for b in run], 11, None).startswith("以更大力度推进科技创新为高质量")


def test_a_line_in_brackets_under_a_title_is_no_heading(texts, clean):
    # dev text law_library_regulation: the adoption note under a regulation's title
    doc, _ = clean("上海市公共图书馆条例\n"
                   "（2024年11月28日上海市第十六届人民代表大会常务委员会第十七次会议通过）\n"
                   "第一条 为了促进公共图书馆事业高质量发展，推进书香社会建设，保障公众基本文\n"
                   "化权益，提高公众科学文化素质和社会文明程度，传承人类文明，坚定文化自信，\n"
                   "推动社会主义国际文化大都市建设，结合本市实际，制定本条例。\n")
    assert doc.articles[0].title == "上海市公共图书馆条例"
    assert "（2024年11月28日上海市第十六届人民代表大会常务委员会第十七次会议通过）" in texts(doc, Paragraph)


# ------------------------------------------------------------------ extractors' pieces ---

def test_a_line_an_extractor_starts_with_a_full_stop_is_a_piece_of_the_line_before(texts, clean):
    # dev text of seed 004, design gongwen, pdftotext -raw: the raised note marker ends the line
    doc, _ = clean("版图中的地位和作用发生了新的变化，既是全球科技创新前沿方\n"
                   "向的重要参与者，也是共同解决人类命运和发展问题的重要贡献\n"
                   "者。\n"
                   "科技创新引领带动区域高质量发展①\n"
                   "。依托北京、上海、粤\n"
                   "港澳大湾区具有全球影响力的科技创新中心建设，打造对外开放\n"
                   "程度最高、创新活力最强、科技和人才成果最丰富的示范区，辐\n"
                   "射带动京津冀、长三角、泛珠三角等区域创新能力进一步提升。\n")
    assert texts(doc, Heading) == []
    assert texts(doc, Paragraph)[1].startswith("科技创新引领带动区域高质量发展①。依托北京、上海、粤港澳")


def test_document_number_with_a_spaced_year_is_no_heading_and_the_title_joins(texts, clean):
    # dev text notice_theory_study, design word_report, pdftotext: the title is set larger and
    # wraps; the extractor spaces the digits of the 发文字号
    doc, _ = clean("中共江城市委宣传部\n"
                   "江宣发〔 2026 〕 7 号\n\n"
                   "关于开展 2026 年度理论学习中心组专题学习的\n"
                   "通知\n"
                   "各区委宣传部，市直各单位党组（党委）：\n"
                   "为深入学习贯彻党的创新理论，推动理论学习往深里走、往心里走、\n"
                   "往实里走，根据市委统一部署，经研究，决定在全市各级党委（党组）理\n"
                   "论学习中心组中开展 2026 年度专题学习。现将有关事项通知如下。\n"
                   "一、学习内容\n"
                   "（一）深入学习党的创新理论\n"
                   "1.系统学习新时代党的创新理论的核心要义、精神实质、丰富内涵和\n"
                   "实践要求，把握贯穿其中的立场观点方法。\n")
    found = [b for a in doc.articles for b in a.blocks]
    assert "关于开展2026年度理论学习中心组专题学习的通知" in texts(doc, Heading)
    assert "江宣发〔2026〕7号" in [block_text(b) for b in found if isinstance(b, Paragraph)]


# dev text excerpts_innovation, design narrow_20 (20 em), pdftotext, page furniture left out: the
# ★ heading is as wide as the measure (it and the quotation's first line lost a two-em indent)
EXCERPTS_NARROW = """编者按：为便于广大党员干部系统学习，
我们从公开发表的讲话、文章中摘编了有关科
技创新的重要论述，分专题编排如下。
一、创新是引领发展的第一动力
★抓创新就是抓发展，谋创新就是谋未来
抓创新就是抓发展，谋创新就是谋未来。
不创新就要落后，创新慢了也要落后。要激发
调动全社会的创新激情，持续发力，加快形成
以创新为主要引领和支撑的经济体系和发展模
式。
——在全省科技创新大会暨科学技术奖励大会
上的讲话（2021年5月28日）
★关键核心技术是要不来、买不来、讨不
来的
实践反复告诉我们，关键核心技术是要不
来、买不来、讨不来的。只有把关键核心技术
掌握在自己手中，才能从根本上保障国家经济
安全、国防安全和其他安全。
——在全省科技创新大会暨科学技术奖励大会
上的讲话（2021年5月28日）
★基础研究是科技创新的源头
基础研究是整个科学体系的源头，是所有
技术问题的总开关。要加大基础研究投入，首
先是中央财政要加大投入力度，同时要引导企
业和社会力量增加投入。
——在科学家座谈会上的讲话（2020年9月11
日）
二、坚持创新驱动发展
★让企业成为创新主体
要推动企业成为技术创新决策、研发投
入、科研组织、成果转化的主体，培育一批核
心技术能力突出、集成创新能力强的创新型领
军企业。
——在全省科技创新大会暨科学技术奖励大会
上的讲话（2021年5月28日）
★创新之道，唯在得人
创新之道，唯在得人。得人之要，必广其
途以储之。要营造良好创新环境，加快形成有
利于人才成长的培养机制、有利于人尽其才的
使用机制、有利于竞相成长各展其能的激励机
制。
"""


def test_a_starred_heading_as_wide_as_the_measure_ends_before_a_first_line(texts, clean):
    doc, _ = clean(EXCERPTS_NARROW)
    assert texts(doc, Heading) == [
        "一、创新是引领发展的第一动力", "★抓创新就是抓发展，谋创新就是谋未来",
        "★关键核心技术是要不来、买不来、讨不来的", "★基础研究是科技创新的源头", "二、坚持创新驱动发展",
        "★让企业成为创新主体", "★创新之道，唯在得人"]
    assert texts(doc, Paragraph)[1].startswith("抓创新就是抓发展，谋创新就是谋未来。不创新就要落后")


def test_an_attribution_wrapped_over_two_lines_is_one_block(texts, clean):
    doc, _ = clean(EXCERPTS_NARROW)
    assert texts(doc, Attribution) == [
        "——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年5月28日）",
        "——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年5月28日）",
        "——在科学家座谈会上的讲话（2020年9月11日）",
        "——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年5月28日）"]


# dev text news_page_science, design larger_headings, pdftotext (page furniture left out): three
# news items on a page; the second and third have no 来源 line, only a byline
NEWS_PAGE = """市委常委会召开会议专题研究科技创新工作强调

以更大力度推进科技创新 为高质量发展注入强劲动能
本报记者 陈思远 刘佳
来源：《江城日报》（ 2026 年 3 月 18 日 01 版）
3 月 17 日下午，市委常委会召开会议，专题研究全市科技创新工作，听取市科技
局关于全市创新平台建设情况的汇报，研究部署下一阶段重点任务。
会议强调，要坚持“四个面向”，聚焦产业链部署创新链，围绕创新链布局产业
链。要加快建设实验室体系，支持企业牵头组建创新联合体，让企业真正成为技术
创新决策、研发投入、科研组织和成果转化的主体。要深化科技体制改革，赋予科
研人员更大的人财物支配权和技术路线决定权。
会议还研究了其他事项。

江城高新区：

一条街上的“创新生态”
——走进科创大道看成果转化
本报记者 赵一鸣
早上八点，科创大道两侧的孵化楼陆续亮起灯光。在一家从事传感器研发的初创企
业里，研发主管正在调试一台新样机。“从实验室到生产线，过去要两三年，现在
一年就能走完。”他说。
这条不足两公里的街道上，聚集着 12 家新型研发机构、 40 余家孵化器和众创空
间。街道还设立了概念验证中心和中试基地，企业可以按需租用设备，按次付费。
去年，这里的企业共转化科技成果 160 余项，带动新增产值超过 20 亿元。
科创大道概念验证中心内，技术人员正在调试设备。 本报记者 赵一鸣/摄

高新区负责人介绍，下一步将探索“先使用后付费”的成果转化模式，让更多中小
企业用得上、用得起高校院所的科技成果。

全市首批“科技副总”上岗
本报讯（记者 孙晓梅）
日前，全市首批 60 名“科技副总”走上企业岗位。他们来自 12 所高校和科研院
所，将在企业兼职两年，帮助企业解决技术难题、培养研发团队。
"""


def test_news_items_with_only_a_byline_are_articles_with_kicker_subtitle_and_dateline(clean):
    doc, _ = clean(NEWS_PAGE)
    heads = [(a.kicker, a.title, a.subtitle, a.author) for a in doc.articles]
    assert heads == [
        ("市委常委会召开会议专题研究科技创新工作强调", "以更大力度推进科技创新 为高质量发展注入强劲动能", None,
         "本报记者 陈思远 刘佳"),
        ("江城高新区：", "一条街上的“创新生态”", "——走进科创大道看成果转化", "本报记者 赵一鸣"),
        (None, "全市首批“科技副总”上岗", None, "本报讯（记者 孙晓梅）")]
    second = [block_text(b) for b in doc.articles[1].blocks]
    # the last line of a paragraph with digits in it, 2.5 em short, ends it before the caption
    assert second[1].endswith("带动新增产值超过20亿元。") and second[2].endswith("赵一鸣/摄")
    assert second[3].startswith("高新区负责人介绍")


# ------------------------------------------------------------------ stray spaces (family 9) ---

def _normalised(text: str) -> str:
    from booklet.clean.normalise import normalise_text
    from booklet.report import Report

    return normalise_text(text, 1, Report().log("normalise"))


def test_a_space_that_splits_a_word_goes():
    # seed 002: a title line as a web page gave it
    assert _normalised("习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究 进一步打 牢科技强国建设根基") \
        == "习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究 进一步打牢科技强国建设根基"


def test_letters_an_extractor_spread_out_are_joined():
    # seed 002's attribution in design a5_book, pdfminer: a justified line's letter spacing
    assert _normalised("——在网 络 安全和信息化工作座谈 会 上 的 讲 话（2016年4月19日）") \
        == "——在网络安全和信息化工作座谈会上的讲话（2016年4月19日）"


def test_no_space_is_left_after_a_question_mark_that_becomes_full_width():
    # seed 004
    assert _normalised("怎么可能提供给你呢? 只有把核心技术掌握在自己手中") == "怎么可能提供给你呢？只有把核心技术掌握在自己手中"


def test_spaces_that_separate_stay():
    for text in ("加快发展新质生产力 扎实推进高质量发展", "本报记者 陈思远 刘佳", "第一条 为了促进公共图书馆事业高质量发展",
                 "新华社北京1月19日电 在“国家工程师奖”首次评选表彰之际"):
        assert _normalised(text) == text


def test_a_justified_gap_in_running_text_goes_though_it_falls_between_two_words(texts, clean):
    # speech_county_meeting, news_three_tight, pdfminer: a wide glyph gap of a justified column line
    # read as a space, between 会议 and 精神 — the words after it run on into the clause's comma.
    doc, _ = clean("这次会议的主要任务是，\n\n深入贯彻中央和省委、市委\n经济工作会议 精神，总结\n"
                   "2025年全县经济工作，分析\n当前面临的形势，部署2026\n年经济工作。\n")
    assert "深入贯彻中央和省委、市委经济工作会议精神，总结2025年全县经济工作，分析" in "".join(texts(doc))


def test_a_gap_inside_the_word_after_a_space_does_not_end_that_word(texts, clean):
    # news_page_science, news_three_tight, pdfminer: 「下一步 将探 索“…」 — the gap in 探索 does not make
    # 将探 a field of its own: the words after the first space run on to the opening quote.
    doc, _ = clean("高新区负责人介绍，下\n一步 将探 索“先使用 后 付\n费”的成果转化模式，让更\n"
                   "多中小企业用得上、用得起\n高校院所的科技成果。\n")
    assert texts(doc) == ["高新区负责人介绍，下一步将探索“先使用后付费”的成果转化模式，让更多中小企业用得上、"
                          "用得起高校院所的科技成果。"]


def test_a_short_fragment_before_prose_is_no_label():
    # news_page_city_briefs, two_columns_plain, pdfplumber: a title's last letters left before the
    # story's first line where two columns' rows were merged
    assert _normalised("暖过冬 记者从铁路部门获悉，自12月1日起") == "暖过冬记者从铁路部门获悉，自12月1日起"


def test_spaces_between_fields_stay_whatever_punctuation_is_near():
    # gold_real_000/002 titles (a phrase after the colon); minutes_standing_committee's attendance
    # (names after 出席：); law_library_regulation (an article's number before its clause);
    # renovation_city_study_room's byline run into the paragraph after it (pdfminer, news_three_tight)
    for text in ("习近平：加强基础研究 实现高水平科技自立自强", "出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强",
                 "第四条 市、区人民政府应当将公共图书馆事业发展纳入本级国民经济和社会发展规划",
                 "通讯员 林家豪 本报记者 周可欣青砖墙、木屋架、高窗户"):
        assert _normalised(text) == text
    # seed 001: a dateline, its digits spaced off by the extractor, keeps the space that ends it
    assert _normalised("新华社北京 1月 19 日电 在“国家工程师奖”首次评选表彰之际") \
        == "新华社北京1月19日电 在“国家工程师奖”首次评选表彰之际"


def test_a_two_letter_name_set_to_three_widths_closes_inside_and_keeps_its_field_space(clean):
    # news_page_city_briefs, tabloid_three_columns, pypdfium2: 「韩 冰」 is spaced to the width of a
    # three-letter name; the space before it is the byline's own (the gold: 「通讯员 韩冰」)
    doc, _ = clean("一张“明白卡”让办事少跑腿\n\n本报记者 田思远 通讯员 韩 冰\n\n"
                   "在江城区政务服务中心，每个窗口都摆着一摞彩色卡\n片。\n")
    assert [a.author for a in doc.articles] == ["本报记者 田思远 通讯员 韩冰"]
    assert _normalised("本报记者 田思远 通讯员 韩 冰") == "本报记者 田思远 通讯员 韩冰"


def test_a_credits_role_after_its_name_keeps_the_space_before_it():
    # news_page_culture_weekly: the byline 「本报记者 郑雨桐 文/图」 (the gold keeps both spaces) — the
    # segmenter reads 「郑雨桐文」 as one unknown word, but a role that ends the credit is a field
    for text in ("本报记者 郑雨桐 文/图", "郑雨桐 文/图", "（本报记者 李明 图/文）", "王五 摄"):
        assert _normalised(text) == text
    # a spread-out two-letter heading is no name with a role; a word split by a gap still closes
    assert _normalised("附 图") == "附图"
    assert _normalised("要进一步打 牢基础") == "要进一步打牢基础"


def test_spread_lines_and_the_normaliser_ask_one_predicate():
    # The same space gets the same answer from the rule closing spread lines (one line: its end is
    # no field's edge, the paragraph goes on) and from the normaliser (a whole block's text).
    from booklet.clean import normalise, spaced
    from booklet.shapes import ideograph_space_is_gap

    assert spaced.ideograph_space_is_gap is ideograph_space_is_gap is normalise.ideograph_space_is_gap
    line = "终 于 忍不住 问 ：“你 们 这是要 干"   # story_ferry_dialogue, kai_16_hei_heads, pdfminer
    last = line.rindex(" ")
    assert ideograph_space_is_gap(line, last, last + 1, ends_are_edges=False)
    assert not ideograph_space_is_gap("本报记者 赵一鸣", 4, 5)


def test_compressed_width_is_kept_on_the_line_and_follows_a_changed_width():
    from booklet.clean.layout import PUNCT_COMPRESSION_EM, compressed_width
    line = to_lines(raw_lines("加强基础研究，是实现“高水平”自立自强的要求。\n", False))[0]
    marks = 4   # ，“”。
    assert compressed_width(line) == line.span_width - PUNCT_COMPRESSION_EM * marks
    assert compressed_width(line) == compressed_width(line)
    wider = line.but(span_width=line.span_width + 3)
    assert compressed_width(wider) == compressed_width(line) + 3
    assert compressed_width(line.but(text="短句。")) == line.span_width - PUNCT_COMPRESSION_EM   # one mark now


# A running head repeating the title, cut short at the column measure, over the title itself on a
# one-page two-column text (two_columns_open, read by pypdf): the head is no part of the title.
REPORT_OPEN = ("市科技局2025年工作总结和2026\n"
               "市科技局2025年工作总结和\n"
               "2026年工作思路\n"
               "2025年，在市委、市政府的坚强领导下，\n"
               "市科技局深入实施创新驱动发展战略，聚焦科\n"
               "技自立自强，全力推进科技创新各项工作，较\n"
               "好完成了年度目标任务。现将有关情况报告如\n"
               "下。\n")


def test_a_running_head_cut_short_over_its_title_goes_reported(clean):
    doc, report = clean(REPORT_OPEN)
    assert doc.articles[0].title == "市科技局2025年工作总结和2026年工作思路"
    assert [r.text for r in report.removals if r.rule == "split_articles"] == ["市科技局2025年工作总结和2026"]
    assert block_text(doc.articles[0].blocks[0]).startswith("2025年，在市委、市政府的坚强领导下，")


def test_a_head_over_a_masthead_goes_where_a_later_headline_line_opens_with_it(clean):
    # the notice (pypdf): the head, the issuing office's masthead and the document number, then
    # the notice's own title, which the head cut short
    doc, report = clean("关于2026年第三季度安全生产明查暗\n"
                        "江城市安全生产委员会办\n"
                        "公室\n"
                        "江安委办〔2026〕23号\n"
                        "关于2026年第三季度安全生\n"
                        "产明查暗访情况的通报\n"
                        "各区（县）安委会，市安委会各成员单位：\n"
                        "为切实防范化解重大安全风险，坚决遏制\n"
                        "较大以上生产安全事故发生，8月至9月，市安\n"
                        "委办组织6个检查组，采取“四不两直”方\n"
                        "式，对全市12个区（县）开展明查暗访。\n")
    assert [r.text for r in report.removals if r.rule == "split_articles"] == ["关于2026年第三季度安全生产明查暗"]
    assert doc.articles[0].title == "江城市安全生产委员会办公室"


def test_a_short_head_goes_only_over_its_whole_copy(clean):
    # 《故乡》 (pypdf): 「故乡」 over 「故乡」 is the head; a short first line that only opens a longer
    # line below (「通知」 over 「通知要求……」) is no head
    # (with the furniture rule off, which knows this head from its page band)
    doc, report = clean("故乡\n故乡\n鲁迅\n我冒了严寒，回到相隔二千余里，别了二\n十余年的故乡去。\n",
                        strip_furniture=False)
    assert doc.articles[0].title == "故乡"
    assert [r.text for r in report.removals if r.rule == "split_articles"] == ["故乡"]
    assert [block_text(b) for b in doc.articles[0].blocks][0].startswith("我冒了严寒")
    doc, report = clean("通知\n通知要求\n各单位要按时报送材料，不得延误。\n")
    assert not [r for r in report.removals if r.rule == "split_articles"]
