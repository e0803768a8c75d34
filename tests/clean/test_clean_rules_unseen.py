"""Cleaner rules found on documents and designs no rule was written from (issue 10, generalisation).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of the designs added for this work (``tests/eval/layouts.py``) and read back by the extractor
named above it.  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


# dev text speech_county_meeting, design kai_centred_bold (22 characters, headings bold and
# centred), saved as plain text with U+3000 indents: a heading almost as wide as the measure
# stops short of it by no more than a wrapped line may, but the next line carries the indent
SPEECH_CENTRED = """（三）民生保障更加有力
　　全年民生支出占一般公共预算支出的比重达到
81.4%。新建改扩建中小学和幼儿园12所，新增学
位5400个；县人民医院新院区投入使用，县域就诊
率提高到92%。
　　成绩来之不易，是全县广大干部群众团结奋斗
的结果。在这里，我代表县委，向大家表示衷心的
感谢！
二、准确把握形势任务，进一步明确工作重点
　　当前，发展环境中的有利条件和不利因素并
存。我们既要看到经济长期向好的基本面没有变，
也要清醒认识到，县域经济总量不大、结构不优、
创新能力不强的问题仍然突出。
"""


def test_indented_line_after_a_numbered_line_starts_a_paragraph_in_an_indenting_file(texts, clean):
    doc, _ = clean(SPEECH_CENTRED)
    assert "二、准确把握形势任务，进一步明确工作重点" in texts(doc, Heading)
    assert texts(doc, Paragraph)[-1].startswith("当前，发展环境中")


def test_set_in_rest_of_a_wrapped_numbered_heading_is_not_a_paragraph(texts, clean):
    # the indent alone does not start a paragraph: the line must be a paragraph's line
    doc, _ = clean(SPEECH_CENTRED.replace("二、准确把握形势任务，进一步明确工作重点\n",
                                          "二、准确把握形势任务，进一步明确工作重点和\n　　主攻方向\n"))
    assert not any(t == "主攻方向" for t in texts(doc))


# dev text essay_canal_history, design academic_16k (the chapter title is the running head),
# pdftotext: the title over the first section heading, both short heading lines
ESSAY_TITLE = """运河与江城的兴衰
一、因河而兴
江城之名，始见于唐代地志①。城市的兴起与运河密不可分：隋代开凿的运河
自城西穿过，南来北往的漕船在此停泊、换载，码头、仓廒、驿站随之兴建，街市
逐渐繁盛。明人记载，当时“舳舻相接，帆樯如林，百货云集”②，一派繁华景
象。
运河不仅带来了商旅和货物，也带来了不同地方的文化。城内至今保存着多处
会馆旧址，山陕、徽州、江西等地商人在此聚居，建造会馆，供奉乡神，演戏酬
神，形成了兼容并蓄的城市风气。
"""


def test_numbered_line_under_a_title_is_a_heading_not_a_title_line(texts, clean):
    doc, _ = clean(ESSAY_TITLE)
    assert doc.articles[0].title == "运河与江城的兴衰"
    assert texts(doc, Heading)[:1] == ["一、因河而兴"]


# dev text news_page_county, design kai_centred_bold (the first article's title is the running head
# from page 2 on), pdftotext: the title is printed once on page 1 below a three-line kicker, outside
# the band; its two copies as a head open pages 2 and 3 (the middle of page 2 left out here)
NEWS_HEAD_FROM_PAGE_2 = ('省委主要负责同志致信祝贺江城县农业科技园\n'
    '区获批国家级园区并在全县乡村振兴工作推进\n'
    '会上作出批示\n'
    '\n'
    '把园区建成现代农业的示范窗口\n'
    '——江城县农业科技园区建设纪实\n'
    '本报记者 何静怡 通讯员 吴志强\n'
    '深秋时节，走进江城县农业科技园区，智能温\n'
    '室里番茄挂满枝头，水肥一体化设备按照预设程序\n'
    '精准滴灌。园区管委会负责人告诉记者，园区已引\n'
    '进农业科技企业43家，建成各类科研平台17个，去\n'
    '年实现总产值58亿元。\n'
    '“过去种地靠经验，现在靠数据。”种植大户\n'
    '老陈指着手机上的监测画面说，土壤湿度、光照、\n'
    '温度一目了然，哪块地该浇水、该施肥，系统都会\n'
    '提醒。\n'
    '园区智能温室内，技术人员正在查看番茄长势。 本报\n'
    '记者 何静怡/摄\n'
    '\n'
    '园区建设过程中，县里与省农科院、农业大学\n'
    '1\n'
    '\n'
    '\x0c把园区建成现代农业的示范窗口\n'
    '\n'
    '共建3个专家工作站，每年组织技术培训60余场\n'
    '次，带动周边农户1.2万户增收。下一步，园区将\n'
    '重点发展种业研发、智慧农业和农产品精深加工，\n'
    '力争三年内总产值突破百亿元。\n'
    '\n'
    '县城新增3条公交线路\n'
    '本报讯（记者 马晓东）\n'
    '10月28日起，县城新开通3条公交线路，覆盖\n'
    '城东新区、高铁站和工业园区等区域。新线路全部\n'
    '采用新能源公交车，首末班时间分别为6时30分和\n'
    '20时30分，票价统一为1元。\n'
    '\n'
    '让科技之花开在田间地头\n'
    '□ 本报评论员\n'
    '农业现代化，关键是农业科技现代化。园区的\n'
    '实践表明，只要把科技力量引到田间地头，把农民\n'
    '培养成懂技术、会经营的新农人，传统农业就能焕\n'
    '发新的生机。\n'
    '推动农业科技进步，既要“顶天”，在关键核\n'
    '2\n'
    '\n'
    '\x0c把园区建成现代农业的示范窗口\n'
    '\n'
    '心技术上攻关突破；也要“立地”，让先进适用技\n'
    '术真正进村入户。各级各部门要在完善科技服务体\n'
    '系上多下功夫，让更多农民共享科技进步的成果。\n'
    '来源：《江城县报》（2026年11月2日第1版）\n'
    '\n'
    '3\n'
    '\n')


def test_running_head_that_repeats_a_title_printed_once_on_the_first_page_goes(texts, clean):
    doc, report = clean(NEWS_HEAD_FROM_PAGE_2)
    everything = texts(doc) + [a.title for a in doc.articles]
    assert sum(t.count("把园区建成现代农业的示范窗口") for t in everything) == 1
    assert "把园区建成现代农业的示范窗口" in [a.title for a in doc.articles]


def test_commentator_signing_with_the_title_alone_is_a_byline(clean):
    doc, _ = clean(NEWS_HEAD_FROM_PAGE_2)
    commentary = next(a for a in doc.articles if a.title == "让科技之花开在田间地头")
    assert commentary.author == "□ 本报评论员"


# dev text speech_county_meeting, design wps_block_para, pdftotext: the speech's title, its
# ——subtitle wrapped, the date in brackets, then the speaker with his office
SPEECH_HEAD = """凝心聚力抓落实 奋力开创县域经济高质量发展新局面
——在全县经济工作暨优化营商环境推进大会上的讲话
（2026年1月9日）
县委书记 周明远
同志们：
这次会议的主要任务是，深入贯彻中央和省委、市委经济工作会议精神，总结2025年全
县经济工作，分析当前面临的形势，部署2026年重点任务，动员全县上下进一步解放思想、
真抓实干，推动县域经济高质量发展迈上新台阶。
"""


def test_speaker_with_office_under_a_bracketed_date_is_no_heading(texts, clean):
    # the speaker stays where he was printed, under the date (a byline field would move him above it)
    doc, _ = clean(SPEECH_HEAD)
    article = doc.articles[0]
    assert article.title == "凝心聚力抓落实 奋力开创县域经济高质量发展新局面"
    assert article.subtitle == "——在全县经济工作暨优化营商环境推进大会上的讲话"
    assert texts(doc, Heading) == []
    assert texts(doc, Paragraph)[:2] == ["（2026年1月9日）", "县委书记 周明远"]


# dev text guideline_data_sharing, design wide_tight (42 characters, bold headings), pdftotext:
# clause headings numbered in the GB/T 1.1 way, one level with a space (「1 范围」), then two
GUIDELINE = """政务数据共享开放工作指南（试行）
1 范围
本指南规定了政务数据共享开放的基本原则、目录编制、分级分类、共享流程和安全管理等
要求。
本指南适用于市级各部门、各区（县）人民政府及其工作部门开展政务数据共享开放工作，
公共企事业单位参照执行。
2 术语和定义
下列术语和定义适用于本指南。
2.1 政务数据
各级行政机关以及履行公共管理和服务职能的事业单位，在依法履职过程中采集和产生的各
类数据资源，包括文字、数字、图表、图像、音频、视频等。
"""


def test_one_level_clause_number_keeps_its_space_and_heads_no_title(texts, clean):
    doc, _ = clean(GUIDELINE)
    assert doc.articles[0].title == "政务数据共享开放工作指南（试行）"
    assert texts(doc, Heading) == ["1 范围", "2 术语和定义", "2.1 政务数据"]


def test_digits_before_a_unit_are_no_clause_number(texts, clean):
    # the extractor's spacing around digits goes, even on a short unpunctuated line
    doc, _ = clean("10 月 28 日起\n")
    assert [a.title for a in doc.articles] + texts(doc) in (["10月28日起"], ["", "10月28日起"])


# dev text minutes_standing_committee, design bold_wide_plain (38 characters, bold headings),
# pdftotext: a 纪要's masthead over its issue line and title, and its fields at the end
MINUTES = """江城县人民政府常务会议纪要
〔2026〕第18期

县政府第十八次常务会议纪要
2026年10月15日上午，县长李国华主持召开县政府第十八次常务会议，传达学习
省、市有关会议精神，研究农村供水保障、城区停车设施建设和秋冬季森林防火等工
作。现纪要如下：
一、关于秋冬季森林防火工作
会议指出，今年入秋以来全县降水偏少，森林火险等级持续偏高，防火形势严峻。
各乡镇、各有关部门要严格落实森林防火责任制，加强野外火源管控和巡护值守，发现
火情及时报告、科学处置，坚决防止发生重大森林火灾。
出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强
列席：县政府办公室、县发展改革局、县财政局、县水利局、县住建局、县自然资
源局、县林业局主要负责同志
分送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民政府，县直
有关部门。
"""


def test_issue_line_of_minutes_stands_between_masthead_and_title(texts, clean):
    doc, _ = clean(MINUTES)
    blocks = texts(doc) + [a.title for a in doc.articles] + [a.kicker or "" for a in doc.articles]
    assert "〔2026〕第18期" in blocks
    assert not any("第18期" in t and t != "〔2026〕第18期" for t in blocks)


def test_fields_of_minutes_are_no_headings(texts, clean):
    doc, _ = clean(MINUTES)
    assert texts(doc, Heading)[-1] == "一、关于秋冬季森林防火工作"
    assert texts(doc, Paragraph)[-3:] == [
        "出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强",
        "列席：县政府办公室、县发展改革局、县财政局、县水利局、县住建局、县自然资源局、县林业局主要负责同志",
        "分送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民政府，县直有关部门。"]


# dev text guideline_data_sharing, design academic_16k (the page number printed in the running head,
# at the outer end: the title on odd pages, the series on even ones), pdftotext -raw: each head is
# printed once on this two-page document, and the clause headings are numbered too
GUIDELINE_PAGED = ('政务数据共享开放工作指南（试行） 1\n'
    '政务数据共享开放工作指南（试行）\n'
    '1 范围\n'
    '本指南规定了政务数据共享开放的基本原则、目录编制、分级分类、共享流程\n'
    '和安全管理等要求。\n'
    '本指南适用于市级各部门、各区（县）人民政府及其工作部门开展政务数据共\n'
    '享开放工作，公共企事业单位参照执行。\n'
    '2 术语和定义\n'
    '下列术语和定义适用于本指南。\n'
    '2.1 政务数据\n'
    '各级行政机关以及履行公共管理和服务职能的事业单位，在依法履职过程中采\n'
    '集和产生的各类数据资源，包括文字、数字、图表、图像、音频、视频等。\n'
    '2.2 共享属性\n'
    '根据政务数据能否共享及共享条件，将其分为无条件共享、有条件共享和不予\n'
    '共享三种类型。\n'
    '3 基本原则\n'
    '政务数据共享开放应遵循以下原则：\n'
    'a）以共享为原则、不共享为例外。各部门形成的政务数据原则上应予共享，\n'
    '确需不予共享的，应当提供法律法规或者政策依据。\n'
    'b）需求导向、无偿使用。因履行职责需要使用共享数据的部门提出明确的共\n'
    '享需求，数据提供部门应当在规定时限内无偿提供。\n'
    'c）统一标准、安全可控。按照统一的技术标准开展数据采集、存储、交换和\n'
    '使用，落实数据安全管理责任。\n'
    '4 目录编制\n'
    '4.1 编制要求\n'
    '各部门应当按照“一数一源、一源多用”的要求，依据本部门权责清单编制政\n'
    '务数据资源目录。目录内容应包括数据名称、提供单位、数据格式、更新周期、共\n'
    '享属性和开放属性等。\n'
    '4.2 动态更新\n'
    '法律法规或者部门职责发生变化的，数据提供部门应当在15个工作日内更新政\n'
    '务数据资源目录。市大数据局每年组织一次目录核查，核查结果纳入年度考核。\n'
    '注：目录编制的具体格式见附录A，附录A为规范性附录。\n'
    '5 安全管理\n'
    '数据使用部门应当按照授权范围使用共享数据，不得擅自将共享数据用于履行\n'
    '\x0c2 当代区域发展研究\n'
    '职责以外的用途，不得向第三方提供。涉及个人信息的数据，应当采取去标识化等\n'
    '技术措施，确需使用原始数据的，应当经数据提供部门书面同意。\n'
    '发生数据泄露、篡改等安全事件的，有关部门应当立即启动应急预案，采取补\n'
    '救措施，并在24小时内报告市网络安全和信息化主管部门。\n' + '\x0c')


def test_heads_carrying_the_page_number_go_though_each_is_printed_once(texts, clean):
    doc, _ = clean(GUIDELINE_PAGED)
    everything = texts(doc) + [a.title for a in doc.articles]
    assert doc.articles[0].title == "政务数据共享开放工作指南（试行）"
    assert not any("当代区域发展研究" in t for t in everything)
    assert not any(t.endswith("（试行）1") or "）1政务" in t for t in everything)


def test_numbered_clause_headings_are_no_paged_heads_without_page_marks(texts, clean):
    # no form feeds: the clause headings 1 … 5 run on a page of lines apart, numbered at the start
    doc, _ = clean(GUIDELINE_PAGED.replace("\f", ""))
    headings = texts(doc, Heading)
    for clause in ("1 范围", "2 术语和定义", "3 基本原则", "4 目录编制", "5 安全管理"):
        assert clause in headings


def test_material_labels_a_page_apart_are_no_paged_heads(texts, clean):
    # seed 000: 「材料 1」 … 「材料 2」 … 「材料 3」 number the materials, not the pages
    body = "".join(f"第{k}段正文，内容足够长，用来占据一页中的一行文字，说明情况。\n" for k in range(12))
    text = "".join(f"材料 {n}\n标题第{n}篇文章\n{body}" for n in (1, 2, 3))
    doc, _ = clean(text)
    everything = texts(doc) + [a.title for a in doc.articles] + [a.kicker or "" for a in doc.articles]
    assert sum(t.startswith("材料") for t in everything) == 3


# dev text essay_canal_history, design kai_centred_bold (the title is the running head from page 2
# on: a book prints no head on its opening page), pdftotext: the title is page 1's first line
ESSAY_HEAD_FROM_PAGE_2 = ('运河与江城的兴衰\n'
    '一、因河而兴\n'
    '江城之名，始见于唐代地志①。城市的兴起与\n'
    '运河密不可分：隋代开凿的运河自城西穿过，南来\n'
    '北往的漕船在此停泊、换载，码头、仓廒、驿站随\n'
    '之兴建，街市逐渐繁盛。明人记载，当时“舳舻相\n'
    '接，帆樯如林，百货云集”②，一派繁华景象。\n'
    '运河不仅带来了商旅和货物，也带来了不同地\n'
    '方的文化。城内至今保存着多处会馆旧址，山陕、\n'
    '徽州、江西等地商人在此聚居，建造会馆，供奉乡\n'
    '神，演戏酬神，形成了兼容并蓄的城市风气。\n'
    '二、漕运变迁\n'
    '清代中叶以后，黄河屡次决口，运河淤塞日益\n'
    '严重，漕运时断时续。咸丰年间，漕粮改由海运，\n'
    '运河的地位一落千丈 ③ 。城中依赖漕运为生的船\n'
    '①《元和郡县图志》卷二十五。一说江城之名始于五代，见清\n'
    '光绪《江城县志》卷一《沿革》，此从前说。\n'
    '②（明）王士性：《广志绎》卷二，中华书局1981年版，第23\n'
    '页。\n'
    '③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影响，\n'
    '\n'
    '1\n'
    '\n'
    '\x0c运河与江城的兴衰\n'
    '\n'
    '户、脚夫纷纷失业，会馆逐渐冷落，昔日繁华的码\n'
    '头杂草丛生。\n'
    '光绪末年铁路通车，交通格局彻底改变。旧时\n'
    '“因河而兴”的城市，如果不能及时转型，便难免\n'
    '“因河而衰”。江城的一些有识之士开始兴办新式\n'
    '学堂和实业，试图为这座城市寻找新的出路④。\n'
    '三、古河新生\n'
    '进入新世纪，运河的文化价值重新被人们认\n'
    '识。2014年，大运河列入世界遗产名录，江城段的\n'
    '古码头、古纤道和沿岸历史街区得到系统保护。昔\n'
    '日的漕运古道，如今成为市民休闲的滨河公园和游\n'
    '客寻访历史的文化走廊。\n'
    '一条河流的兴衰，折射着一座城市的命运。回\n'
    '望千年运河，我们更能体会到，城市的发展离不开\n'
    '对历史的尊重，也离不开面向未来的开拓。\n'
    '学界已有较多研究，可参见倪玉平：《清代漕粮海运与社会\n'
    '变迁》，上海书店出版社2005年版，第112—168页。本文所\n'
    '述江城船户失业情况，据地方档案及民国《江城县志》卷十\n'
    '二《食货》整理。\n'
    '④江城县地方志编纂委员会编：《江城县志》，方志出版社\n'
    '2010年版，第645页。\n'
    '\n'
    '2\n'
    '\n' + '\x0c\x0c')


def test_title_on_a_first_page_without_head_stays_when_a_numbered_heading_follows(texts, clean):
    doc, _ = clean(ESSAY_HEAD_FROM_PAGE_2)
    assert doc.articles[0].title == "运河与江城的兴衰"
    everything = texts(doc) + [a.title for a in doc.articles]
    assert sum(t.count("运河与江城的兴衰") for t in everything) == 1
    assert texts(doc, Heading)[:2] == ["一、因河而兴", "二、漕运变迁"]


def test_note_of_a_standard_after_a_finished_sentence_is_a_block_of_its_own(texts, clean):
    # dev text guideline_data_sharing, design wide_tight, pdftotext: 「注：」 after a full line
    doc, _ = clean(GUIDELINE + """4.2 动态更新
法律法规或者部门职责发生变化的，数据提供部门应当在15个工作日内更新政务数据资源目录。
市大数据局每年组织一次目录核查，核查结果纳入年度考核，并向社会公开核查结果和整改情况。
注：目录编制的具体格式见附录A，附录A为规范性附录。
5 安全管理
""")
    assert "注：目录编制的具体格式见附录A，附录A为规范性附录。" in texts(doc, Paragraph)


# dev text news_page_county, design kai_centred_bold, pdftotext: the kicker (引题) set centred
# over three lines, a blank line, then the title, its —— subtitle and the byline
NEWS_KICKER_THREE_LINES = """省委主要负责同志致信祝贺江城县农业科技园
区获批国家级园区并在全县乡村振兴工作推进
会上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业科技园区，智能温
室里番茄挂满枝头，水肥一体化设备按照预设程序
精准滴灌。
"""


def test_kicker_wrapped_over_three_lines_heads_the_first_article(texts, clean):
    doc, _ = clean(NEWS_KICKER_THREE_LINES)
    article = doc.articles[0]
    assert article.kicker == "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示"
    assert article.title == "把园区建成现代农业的示范窗口"
    assert texts(doc) == ["深秋时节，走进江城县农业科技园区，智能温室里番茄挂满枝头，水肥一体化设备按照预设程序精准滴灌。"]


def test_long_prose_ending_in_a_reporting_verb_is_no_kicker(clean):
    # a paragraph that holds clause punctuation stays body text however it ends
    doc, _ = clean("会议听取了县水利局关于农村供水工程建设和运行管理情况的汇报，\n研究了下一阶段工作，会议要求\n\n"
                   + NEWS_KICKER_THREE_LINES.split("\n\n", 1)[1])
    assert doc.articles[0].kicker in (None, "")


# dev text minutes_standing_committee, design a5_no_indent_larger (no indent, 25 characters),
# pdftotext: the 出席 field happens to fill the measure, and nothing in its last character shows
# that it ends — but the next line opens with another field's label
MINUTES_NO_INDENT = """会议要求，各乡镇要落实森林防火责任制，严防发生
重大森林火灾。
出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强
列席：县政府办公室、县发展改革局、县财政局、县
水利局、县住建局、县自然资源局、县林业局主要负
责同志
分送：县委办公室，县人大常委会办公室，县政协办
公室，各乡镇人民政府，县直有关部门。
"""


def test_a_field_line_that_fills_the_measure_ends_before_the_next_field(texts, clean):
    doc, _ = clean(MINUTES_NO_INDENT)
    assert texts(doc)[-3:] == [
        "出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强",
        "列席：县政府办公室、县发展改革局、县财政局、县水利局、县住建局、县自然资源局、县林业局主要负责同志",
        "分送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民政府，县直有关部门。"]


# dev text speech_county_meeting, design tabloid_three_columns (13 characters a column), saved
# as plain text with U+3000 indents: a numbered heading wraps and its last line comes within a
# character of the measure; the indented line after it begins the paragraph
SPEECH_NARROW_HEADING = """　　这次会议的主要任务是，
深入贯彻中央和省委、市委经
济工作会议精神，我讲三点意
见。
　　一、客观看待过去一年的
成绩，进一步坚定发展信心
　　过去的一年，面对复杂多
变的外部环境和艰巨繁重的改
革发展任务，全县上下咬定目
标不放松，攻坚克难勇向前，
经济社会发展取得了来之不易
的成绩。
"""


def test_indented_line_after_a_wrapped_heading_that_nearly_fills_the_measure_starts_a_paragraph(texts, clean):
    doc, _ = clean(SPEECH_NARROW_HEADING)
    assert "一、客观看待过去一年的成绩，进一步坚定发展信心" in texts(doc, Heading)
    assert texts(doc, Paragraph)[-1].startswith("过去的一年，面对")


# dev text speech_county_meeting, design tabloid_three_columns, one page saved as plain text:
# the page's head numbers the newspaper page; the title under it is wrapped in a narrow column
# and no wider than the head
TABLOID_HEAD = """第1版      要闻
凝心聚力抓落实
奋力开创县域经济
高质量发展新局面
——在全县经济工作暨优化
营商环境推进大会上的讲话
　　同志们：
　　这次会议的主要任务是，
深入贯彻中央和省委、市委经
济工作会议精神，我讲三点意
见。
"""


def test_head_numbering_the_newspaper_page_goes_over_a_narrow_title(texts, clean):
    doc, _ = clean(TABLOID_HEAD)
    article = doc.articles[0]
    assert article.title.startswith("凝心聚力抓落实") and article.kicker is None
    assert not any("第1版" in t or "要闻" in t for t in texts(doc))


# dev text guide_office_system_ops, design a5_no_indent_larger (no first-line indents, 23
# characters), pdftotext: the items numbered （1）…（6） (GB/T 9704's fourth level); item 5 ends
# its sentence a character and a half short of the measure — as far as a wrapped line may
GUIDE_ITEMS = """发文办理分为拟稿、核稿、签发、编号、用印、分发
六个环节。各环节操作要点如下：
（4）编号：由办公室统一编号，系统自动生成发文
字号；
（5）用印：电子印章仅限本单位授权人员使用；
（6）分发：选择分发范围后点击“发送”，系统记
录每个单位的签收时间。
"""


def test_item_numbered_in_brackets_after_a_finished_sentence_starts_a_block(texts, clean):
    doc, _ = clean(GUIDE_ITEMS)
    assert texts(doc, Paragraph)[-3:] == [
        "（4）编号：由办公室统一编号，系统自动生成发文字号；",
        "（5）用印：电子印章仅限本单位授权人员使用；",
        "（6）分发：选择分发范围后点击“发送”，系统记录每个单位的签收时间。"]


def test_item_numbered_with_a_dot_after_a_finished_sentence_starts_a_block(texts, clean):
    doc, _ = clean(GUIDE_ITEMS.replace("（4）", "4.").replace("（5）", "5.").replace("（6）", "6."))
    assert texts(doc, Paragraph)[-2] == "5.用印：电子印章仅限本单位授权人员使用；"


def test_numbered_line_mid_sentence_still_runs_on(texts, clean):
    # 「（6万元）」 is an amount in brackets, not an item: the item shape wants the number alone
    doc, _ = clean(GUIDE_ITEMS.replace("（6）分发：选择", "（6万元）分发：选"))
    assert texts(doc, Paragraph)[-1].startswith("（5）用印：电子印章仅限本单位授权人员使用；（6万元）")


# dev text interview_rural_revitalization, design a5_no_indent_larger (23 characters),
# pdftotext: the reporter's question fills the line, the answer follows under its label
INTERVIEW_TURNS = """比如在南岭镇，蓝莓合作社统一供苗、统一技术、统
一收购，农户只管按标准种。去年入社的312户，户
均增收1.4万元。
记者：会不会出现企业赚大头、农民赚小头的情况？
答：会有这个风险，所以利益联结机制一定要实。
我们推广“保底收益＋按股分红”的办法，并把带农
增收情况作为财政补助的前置条件。带动农户少、联
结不紧的，不能享受扶持政策。
记者：明年有什么新打算？
"""


def test_speaker_label_after_a_full_line_that_asks_a_question_starts_a_turn(texts, clean):
    doc, _ = clean(INTERVIEW_TURNS)
    paras = texts(doc, Paragraph)
    assert "记者：会不会出现企业赚大头、农民赚小头的情况？" in paras
    # the answer's first line ends its sentence one character short of the measure, room the
    # next line's 「我」 would have taken: the text has two paragraphs there (as the dev text does)
    assert "答：会有这个风险，所以利益联结机制一定要实。" in paras
    assert any(p.startswith("我们推广") and p.endswith("不能享受扶持政策。") for p in paras)


# dev text plan_elderly_care_implementation, design larger_headings (36 characters), pdftotext:
# a numbered heading with a comma inside stops three characters short of the measure, its
# first paragraph's lines run to it
PLAN_HEADING = """3. 推进医养结合。社区卫生服务机构与养老服务设施签约合作率达到 100%。
（三）加强人才队伍建设，全面提升养老护理员职业技能水平和职业吸引力
实施养老护理员职业技能提升行动，每年培训不少于 2000 人次。对取得相应职业
技能等级证书并在本市养老机构连续从业满 2 年的，按规定给予一次性奖励。
三、保障措施
（一）加强组织领导。成立由市政府分管领导任组长的工作专班，统筹推进各项任
务落实。
（二）强化资金保障。市、区两级财政将居家社区养老服务所需经费纳入年度预
"""


def test_numbered_heading_with_a_comma_that_stops_short_is_not_joined_to_its_paragraph(texts, clean):
    doc, _ = clean(PLAN_HEADING)
    assert "（三）加强人才队伍建设，全面提升养老护理员职业技能水平和职业吸引力" in texts(doc)
    assert any(t.startswith("实施养老护理员职业技能提升行动") for t in texts(doc, Paragraph))


# dev text lecture_party_style, design academic_16k (36 characters), pdftotext (indents dropped):
# an attribution under a quotation, closed by its dated bracket, a few characters short of the
# measure — the speaker's words go on in a paragraph of their own
LECTURE_ATTRIBUTION = """同志们：
今天，我围绕“锤炼过硬作风、勇于担当作为”这个主题，同大家交流几点学
习体会。
一、深刻认识作风建设的重要意义
作风问题从来不是小事。古人讲：“其身正，不令而行；其身不正，虽令不
从。”①作风正，则人心聚；作风散，则事业衰。市委在部署机关作风建设时明确
提出：
作风建设永远在路上，没有休止符。机关党员干部要把作风建设作为经常性工
作，一抓到底，久久为功，以好的作风推动各项工作落地见效。
——《中共江城市委关于深化机关作风建设的意见》（2019年4月）
这段话讲得很透彻。作风建设不是一阵风，而是一场持久战。
二、准确把握当前机关作风方面存在的突出问题
对照要求，我们机关作风还存在一些不容忽视的问题。一是有的同志担当意识
不强。遇到矛盾绕着走，碰到难题往上推，满足于“不出事”。二是有的同志调查
研究不深。习惯于坐在办公室听汇报、看材料，对基层实际情况知之不多②。三是
法固化为制度③。市直机关工委在2022年专题调研后曾提出：
作风建设要在“常”“长”二字上下功夫，既要立足当前、解决突出问题，又
要着眼长远、完善制度机制。
——市直机关工委《关于机关作风建设情况的调研报告》（2022年9月）
同志们，作风建设关乎人心向背。让我们从自身做起，从现在做起，以过硬作
风推动各项工作再上新台阶！
"""


def test_paragraph_after_a_closed_attribution_is_not_joined_to_it(texts, clean):
    doc, _ = clean(LECTURE_ATTRIBUTION)
    assert "——市直机关工委《关于机关作风建设情况的调研报告》（2022年9月）" in texts(doc)
    assert texts(doc)[-1] == "同志们，作风建设关乎人心向背。让我们从自身做起，从现在做起，以过硬作风推动各项工作再上新台阶！"


# dev text jianbao_flood_season, design gongwen (28 characters, indents dropped by pdftotext):
# a numbered paragraph's first line stops short only because its indent was dropped; a sentence
# stop inside it says it is no heading
JIANBAO_ITEMS = """今年汛期，全市共经历强降雨过程9次，平均降雨量较常年
偏多23%。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
1. 责任体系压得更实。汛前，全市逐级明确防汛行政责任
人1426名，水库、堤防、山洪灾害危险区等重点部位责任人全部
落实到岗，并在媒体上公布。
2. 隐患排查改得更早。4月至5月，各地共排查防汛隐患318
处，已完成整改311处。其余7处均落实了临时度汛措施。
3. 预警发布跑得更快。市气象、水文部门加强会商，累计
发布暴雨预警信息46期，通过短信、应急广播等渠道覆盖群众
120余万人次。
"""


def test_first_line_of_a_numbered_paragraph_with_a_sentence_stop_runs_on(texts, clean):
    doc, _ = clean(JIANBAO_ITEMS)
    paras = texts(doc, Paragraph)
    assert any(p.startswith("1. 责任体系压得更实。") and p.endswith("并在媒体上公布。") for p in paras)
    assert any(p.startswith("3. 预警发布跑得更快。") and p.endswith("120余万人次。") for p in paras)

# dev text interview_rural_revitalization, design a5_no_indent_larger, pdftotext: a label kicker with
# no reporting verb (「高端访谈」) over a wider title, then the —— subtitle and the byline
INTERVIEW_HEAD = """高端访谈

让农民在产业发展中得到更多实惠
——访江城市农业农村局主要负责同志
本刊记者 孙雅琴
编者按：今年以来，江城市把发展乡村特色产业作为
乡村振兴的重要抓手，全市农村居民人均可支配收入
增速连续三个季度高于城镇居民。围绕产业发展中的
新情况新问题，本刊记者采访了市农业农村局主要负
责同志。
记者：今年全市乡村产业发展总体情况怎么样？
答：总的看，态势是好的。前三季度，全市农产品加
工业产值同比增长9.6%，休闲农业和乡村旅游接待游
客1800多万人次。
"""


def test_label_kicker_over_a_wider_title_is_not_fused_with_it():
    # (through the headline rule: on a snippet this short the top line is judged a one-page head)
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.headlines import read_headline
    from booklet.report import Report
    lines = INTERVIEW_HEAD.split("\n")
    blocks = [Blk(Kind.HEADING, lines[0], 1, 1, level=1), Blk(Kind.HEADING, lines[2], 3, 3, level=1),
              Blk(Kind.HEADING, lines[3], 4, 4, level=2), Blk(Kind.PARA, lines[4], 5, 5)]
    head, _ = read_headline(blocks, 0, log=Report().log("headlines"))
    assert [(b.kind, b.text) for b in head] == [
        (Kind.KICKER, "高端访谈"), (Kind.TITLE, "让农民在产业发展中得到更多实惠"),
        (Kind.SUBTITLE, "——访江城市农业农村局主要负责同志"), (Kind.BYLINE, "本刊记者 孙雅琴")]


# dev text gold_real_001_news, design kai_centred_bold, pdftotext: a title centred over four lines
# whose first line is as wide as the next — one title, no kicker
NEWS_CENTRED_TITLE = """全国科技大会 国家科学技术奖励大会
两院院士大会在京召开 习近平为国家最
高科学技术奖获得者等颁奖并发表重要
讲话
来源：新华社
全国科技大会、国家科学技术奖励大会和中国
科学院第二十一次院士大会、中国工程院第十七次
院士大会24日上午在人民大会堂隆重召开。中共中
央总书记、国家主席、中央军委主席习近平出席大
会，为国家最高科学技术奖获得者等颁奖并发表重
要讲话。
"""


def test_title_whose_first_line_is_as_wide_as_the_next_stays_one_title(clean):
    doc, _ = clean(NEWS_CENTRED_TITLE)
    assert doc.articles[0].kicker is None
    assert doc.articles[0].title.startswith("全国科技大会 国家科学技术奖励大会")
    assert doc.articles[0].title.endswith("颁奖并发表重要讲话")


# dev text jianbao_flood_season, design word_report (its own two-line head on the page), pdftotext:
# the 简报 masthead, its issue line, the editor line, then the first item's title
JIANBAO_MASTHEAD = """××市科学技术局办公室
工作简报

2026 年第 5 期

工作简报
第12期
江城市水利局办公室编 2026年10月15日

全市2026年防汛工作情况通报
今年汛期，全市共经历强降雨过程9次，平均降雨量较常年
偏多23%。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
"""


def test_masthead_issue_line_is_no_part_of_the_title(texts, clean):
    doc, _ = clean(JIANBAO_MASTHEAD)
    everything = [a.title for a in doc.articles] + [a.kicker or "" for a in doc.articles] + texts(doc)
    assert "第12期" in everything
    assert not any("简报第12期" in t or t.startswith("第12期") and t != "第12期" for t in everything)
    assert "第12期" not in texts(doc, Heading)


# dev text news_page_city_briefs, design tabloid_three_columns (narrow columns), pdftotext: a photo
# caption wrapped over three lines, its credit's name cut by the wrap, between two paragraphs
NEWS_CAPTION = """“以前来办营业执照，材
料总是差一两样，来回跑了好
几趟。”个体经营户刘女士
说，“现在拿着这张卡，一次
就办成了。”
市民在政务服务中心窗口领取办
事“明白卡”。 本报记者 田思
远/摄

据了解，江城区已梳理高
频事项186项，全部制作“明
白卡”，群众一次办结率由8
2%提高到97%。
"""


def test_caption_wrapped_in_a_narrow_column_starts_after_the_sentence_before_it(texts, clean):
    doc, _ = clean(NEWS_CAPTION)
    caption = [t for t in texts(doc) if t.endswith("/摄")]
    assert len(caption) == 1 and caption[0].startswith("市民在政务服务中心窗口领取办事")
    assert any(t.startswith("据了解") for t in texts(doc, Paragraph))


# the same page further on: a title whose first line stops one unit short (「社区“」 may not end a
# line), then a caption, and a brief whose byline is a bare dateline 「本报讯」
NEWS_BRIEFS = """据了解，江城区已梳理高
频事项186项，全部制作“明
白卡”，群众一次办结率由8
2%提高到97%。

全市首个社区
“共享工具间”开
放
本报讯（记者 周婷 通讯员
邱明）
近日，东湖街道青石社区
“共享工具间”正式开放。居
民凭借社区积分，可免费借用
电钻、梯子、缝纫机等40余种
工具。
社区党委书记介绍，工具
由辖区单位和居民捐赠，志愿
者负责登记和维护，开放一周
已借出工具120余件次。
居民在“共享工具间”借用工
具。 通讯员 邱明/摄

江城高铁站新增
6对始发列车
本报讯
记者从铁路部门获悉，自
12月1日起，江城高铁站新增6
对始发列车，通达省会及周边
主要城市。铁路部门提醒旅客
提前通过官方渠道购票。
"""


def test_title_line_short_only_by_an_unbreakable_unit_is_no_kicker(texts, clean):
    doc, _ = clean(NEWS_BRIEFS)
    titles = [a.title for a in doc.articles] + texts(doc, Heading)
    assert "全市首个社区“共享工具间”开放" in titles
    assert not any(a.kicker == "全市首个社区" for a in doc.articles)


def test_bare_dateline_is_the_byline_under_a_title(texts, clean):
    doc, _ = clean(NEWS_BRIEFS)
    article = next(a for a in doc.articles if a.title.startswith("江城高铁站"))
    assert article.title == "江城高铁站新增6对始发列车"
    assert article.author == "本报讯"
    assert "本报讯" not in texts(doc, Heading)


# the page's last lines: the 来源 line cut inside its date by the column break
NEWS_SOURCE_CUT = """记者从铁路部门获悉，自
12月1日起，江城高铁站新增6
对始发列车，通达省会及周边
主要城市。铁路部门提醒旅客
提前通过官方渠道购票。
来源：《江城日报》2026年11
月26日第2版
"""


def test_source_line_cut_in_its_date_is_one_source_line(texts, clean):
    doc, _ = clean(NEWS_SOURCE_CUT)
    assert doc.articles[-1].source_line == "来源：《江城日报》2026年11月26日第2版"
    assert texts(doc, Heading) == []


# the same speech as pdftotext prints it (page break lines left out), indents dropped: the
# paragraph under the heading opens
# with a first line one character short of a first line's width, because 「并」 went down with
# the 「。」 no line may start with (「存。」)
SPEECH_NO_INDENT = """动县域经济高质量发展迈上新台阶。刚才，李县长
作了很好的工作报告，我完全同意，请大家认真抓
好落实。下面，我讲三点意见。
一、客观看待过去一年的成绩，进一步坚定发展信
心
过去的一年，面对复杂多变的外部环境和艰巨
繁重的改革发展任务，全县上下咬定目标不放松，
1
凝心聚力抓落实
攻坚克难勇向前，经济社会发展取得了来之不易的
成绩。全县地区生产总值达到386.5亿元，同比增
长6.2%；一般公共预算收入完成21.3亿元，增长
5.8%；城乡居民人均可支配收入分别增长4.9%和
7.1%。
（一）产业发展势头向好
新签约亿元以上项目47个，总投资达到312亿
元，其中10亿元以上项目9个。新能源装备、绿色
食品两个主导产业产值分别突破百亿元，规模以上
工业企业新增28家，总数达到316家。
（二）改革攻坚持续深化
我们在全市率先推行“一件事一次办”改革，
企业开办时间压缩到1个工作日以内，工程建设项
目审批时间压缩到60个工作日以内。县属国有企业
整合重组基本完成，平台公司市场化转型迈出实质
性步伐。
（三）民生保障更加有力
全年民生支出占一般公共预算支出的比重达到
81.4%。新建改扩建中小学和幼儿园12所，新增学
位5400个；县人民医院新院区投入使用，县域就诊
凝心聚力抓落实
率提高到92%。
成绩来之不易，是全县广大干部群众团结奋斗
的结果。在这里，我代表县委，向大家表示衷心的
感谢！
二、准确把握形势任务，进一步明确工作重点
当前，发展环境中的有利条件和不利因素并
存。我们既要看到经济长期向好的基本面没有变，
也要清醒认识到，县域经济总量不大、结构不优、
创新能力不强的问题仍然突出。
1.着力扩大有效投资
要坚持项目为王，实行县级领导包联重点项目
制度，做到一个项目、一名领导、一个专班、一抓
到底。全年力争新开工亿元以上项目50个以上，完
成固定资产投资增长8%以上。
"""


def test_first_line_short_by_a_character_kept_with_its_stop_follows_a_heading(texts, clean):
    doc, _ = clean(SPEECH_NO_INDENT)
    assert "二、准确把握形势任务，进一步明确工作重点" in texts(doc, Heading)
    assert any(t.startswith("当前，发展环境中的有利条件和不利因素并存。") for t in texts(doc, Paragraph))


# dev text gold_real_002_booklet, design narrow_20, as pdftotext prints it: the cover title wrapped
# over three lines across a page break, its last word alone (「专刊」), then the issuing body
COVER_WRAPPED = """附件：“习近平总书记在加强基础研究座
谈会上的重要讲话 精神”学习专刊
党委宣传部 2026年5月12日

习近平总书记在加强基础研究
- 1 -

学习参考

座谈会上的重要讲话精神学习
专刊
党委宣传部
2026年5月
"""


def test_last_word_of_a_wrapped_title_over_the_issuer_ends_the_title(texts, clean):
    doc, _ = clean(COVER_WRAPPED)
    titles = [a.title for a in doc.articles if a.title]
    assert "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊" in titles
    assert "专刊" not in texts(doc)


# dev text essay_canal_history, design academic_16k (a 16开 book: the chapter title and the page
# number in the odd page's head), one page saved as plain text: the head over the title it repeats
CHAPTER_UNDER_ITS_HEAD = """运河与江城的兴衰      1
运河与江城的兴衰
　　一、因河而兴
　　江城之名，始见于唐代地志①。城市的兴起与运河密不可分：隋代开凿的运
河自城西穿过，南来北往的漕船在此停泊、换载，码头、仓廒、驿站随之兴建，
街市逐渐繁盛。
"""


def test_running_head_with_the_title_and_page_number_over_the_title_goes(texts, clean):
    doc, _ = clean(CHAPTER_UNDER_ITS_HEAD)
    assert [a.title for a in doc.articles] == ["运河与江城的兴衰"]
    assert "一、因河而兴" in texts(doc, Heading)


# dev text jianbao_flood_season, design bold_wide_plain (a one-page design whose head reads
# 调研报告), read by pdftotext: the design's bare head over the 简报's own masthead — its name
# over its issue number — heads the page, it is no part of the masthead's name
HEAD_OVER_MASTHEAD = """调研报告

工作简报
第12期
江城市水利局办公室编 2026年10月15日

全市2026年防汛工作情况通报
今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
"""


def test_bare_head_over_a_masthead_name_and_its_issue_line_goes(texts, clean):
    doc, _ = clean(HEAD_OVER_MASTHEAD)
    shown = [a.title for a in doc.articles] + texts(doc)
    assert "工作简报" in shown
    assert not any("调研报告" in text for text in shown)
    assert "全市2026年防汛工作情况通报" in shown


# dev text jianbao_flood_season, design word_report (a 简报 head: the office over the bulletin's
# name and issue), copied from a PDF viewer: the design's band over the document's own
# masthead — the line naming the publication again is the 简报's masthead, not the band's
BAND_OVER_MASTHEAD = """××市科学技术局办公室

工作简报      2026年第5期

工作简报

第12期

江城市水利局办公室编 2026年10月15日

全市2026年防汛工作情况通报

今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。

在各级各部门共同努力下，全市未发生人员伤亡。
"""


def test_header_band_ends_where_a_line_names_the_publication_again(texts, clean):
    doc, _ = clean(BAND_OVER_MASTHEAD)
    shown = [a.title for a in doc.articles] + texts(doc)
    assert "工作简报" in shown
    assert "第12期" in shown
    assert not any("××市科学技术局办公室" in text or "2026年第5期" in text for text in shown)


# dev text gold_real_004_chapter1, design kai_centred_bold (a book whose pages after the first carry
# the chapter's title as their head), read by pdftotext: the chapter's heading opens the text on
# the first page, which prints no head; the copies heading the later pages go
CHAPTER_UNDER_NO_HEAD = """第1章 科技成果转化概述
科技成果转化是党和国家高度重视的重要工
作，习近平总书记多次作出重要指示，指出要加快
推动科技成果转化应用，加快建设高水平技术交易
市场，加大金融投资对科技成果转化和产业化的支
持，把科技成果转化绩效纳入高校、科研机构、国
有企业创新能力评价，细化完善有利于转化的职务
科技成果评估政策。京津冀认真贯彻习近平总书记
重要指示精神和党中央决策部署，深入推进科技成
果转化工作，将科技成果转化作为推进供给侧结构
性改革、支撑经济转型升级和产业结构调整，打造
经济发展新引擎的重要突破口。
1.1 研究背景
党的二十大报告提出，“教育、科技、人才是
全面建设社会主义现代化国家的基础性、战略性支
撑”，要坚持“科技自立自强”，加快建设“科技
强国”，强调“加快实现高水平科技自立自强”，
“增强自主创新能力”。随着新一轮科技革命深入
推进，新一代信息技术革命的不可逆转已成为人们
1

\f第1章 科技成果转化概述

的共识①。人工智能、元宇宙、Web3.0等新型网络
空间兴起，新兴领域和产业发展迅猛，世界经济格
局正在发生深刻的变化，科技成果转移转化大大缩
短生产力和经济效益的周期。跨国企业、创业公司
和研究机构之间建立的国际创新生态系统使得科技
创新更容易在全球范围内进行合作，这样的生态系
统能够提供跨领域的专业知识和资源，促进科技成
果的转移和转化。
从国际上看，全球科技竞争日趋激烈，以数字
化、网络化、智能化为主要特征的技术发展与应用
2
"""


def test_numbered_chapter_heading_opening_the_text_is_kept_while_its_running_copies_go(texts, clean):
    doc, _ = clean(CHAPTER_UNDER_NO_HEAD)
    headings = [a.title for a in doc.articles if a.title] + texts(doc, Heading)
    assert headings.count("第1章 科技成果转化概述") == 1
    assert "1.1 研究背景" in headings
    assert any(text.startswith("科技成果转化是党和国家高度重视的重要工作，") for text in texts(doc, Paragraph))


# dev text interview_rural_revitalization, design two_columns_hanging (headline in a narrow
# column), read by pdftotext: the —— subtitle fills the column, and the byline on the line under
# it is a line of its own, not the subtitle's end
SUBTITLE_OVER_BYLINE = """高端访谈

让农民在产业发展中得到
更多实惠
——访江城市农业农村局主要负责同志
本刊记者 孙雅琴
编者按：今年以来，江城市把发展乡村
特色产业作为乡村振兴的重要抓手，全市农
村居民人均可支配收入增速连续三个季度高
于城镇居民。
"""


def test_byline_under_a_full_subtitle_is_not_the_subtitle_end(texts, clean):
    doc, _ = clean(SUBTITLE_OVER_BYLINE)
    article = next(a for a in doc.articles if a.title)
    assert article.subtitle == "——访江城市农业农村局主要负责同志"
    assert article.author == "本刊记者 孙雅琴"
    assert texts(doc, Paragraph)[0].startswith("编者按：今年以来，")

# dev text story_ferry_dialogue, design kai_centred_bold (22 characters), pdftotext (indents
# dropped; page number and running head left out): most paragraphs are one or two lines, so the
# commonest width of lines cut inside a sentence is a first line's (20), not the measure
STORY_DIALOGUE = """一
天还没亮透，河面上浮着一层薄雾。老周把船
拴好，蹲在石阶上抽烟，烟头一明一暗。
“周师傅，今天还开船吗？”
说话的是村小的吴老师，背着一只旧帆布包，
裤脚沾着露水。
“开。雾散了就开。”老周说。
“等不得了，八点钟有课。”
老周抬头看了看天，又看了看河。
“那就走！”
船离岸的时候，雾里传来几声鸡叫。吴老师坐
在船头，把帆布包抱在怀里，包里是昨晚批完的作
业本，一共二十七本。
“今年学生又少了吧？”
“少了三个。跟着爹妈进城了。”
“进城好啊。”
“好是好，”吴老师顿了顿，“就是班里一下
子空了好几张桌子。”
老周没再说话，只是把桨摇得更稳了些。
对岸的柳树慢慢从雾里显出来，先是一团影
子，后来连枝条都看得清了。
二
那年秋天，县里来人量河。
几个穿橙色背心的年轻人，在岸边插了一排小
红旗，又扛着仪器上上下下地跑。老周站在船上看
了半天，终于忍不住问：“你们这是要干啥？”
“修桥！”一个小伙子笑着说，“明年这时
候，您就不用摇船了。”
“修桥？”
“对，钢筋混凝土的，能过大车。”
老周“哦”了一声，低头去解缆绳，解了好几
下才解开。
晚上，他把这事告诉老伴。老伴正在灶前烧
火，火光映得她满脸通红。
“修桥是好事嘛。”她说。
“我知道是好事。”
“那你愁个啥？”
老周不吭声。过了好一会儿，他说：“这船摇
了三十一年了。”
第二年深秋，桥通了。通车那天，村里放了很
多鞭炮，孩子们在桥上跑来跑去，喊声传得老远。
吴老师特地来找老周，手里拎着两瓶酒。
“周师傅，这些年辛苦您了！”
老周接过酒，笑了，眼角的皱纹挤成一堆。
“不辛苦。往后你上课，再也不用等雾散
了。”
"""


def test_dialogue_line_after_a_first_line_width_sentence_end_starts_a_paragraph(texts, clean):
    doc, _ = clean(STORY_DIALOGUE)
    paragraphs = texts(doc, Paragraph)
    assert "天还没亮透，河面上浮着一层薄雾。老周把船拴好，蹲在石阶上抽烟，烟头一明一暗。" in paragraphs
    assert "“周师傅，今天还开船吗？”" in paragraphs
    assert "“修桥！”一个小伙子笑着说，“明年这时候，您就不用摇船了。”" in paragraphs


def test_measure_of_dialogue_is_that_of_the_lines_inside_paragraphs():
    from booklet.clean.layout import study_layout
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines

    layout = study_layout(to_lines(raw_lines(STORY_DIALOGUE)))
    assert (layout.measure, layout.indent_lost) == (22.0, 2.0)


# dev text gold_real_001_news, design larger_headings (36 characters a line, no indents), read by
# pdftotext: lines stopping inside a sentence are 36 em wide, a few with digits and spaces a
# little narrower or wider; one line one em wider than dozens is not the measure
NEWS_36 = """带一路”等平台作用，支持各国科研人员联合攻关。积极融入全球创新网络，深度
参与全球科技治理，共同应对全球性挑战，让科技更好造福人类。
习近平表示，希望两院院士当好科技前沿的开拓者、重大任务的担纲者、青年人才
成长的引领者、科学家精神的示范者，为我国科技事业发展再立新功。广大科技工
作者要自觉把学术追求融入建设科技强国的伟大事业，创造出无愧时代、不负人民
的新业绩。各级党委和政府要切实加强对科技工作的组织领导，全力做好服务保
障。
李强在主持大会时指出，习近平总书记的重要讲话充分肯定了近年来我国科技创新
发展取得的历史性成就，深刻总结了新时代科技事业发展的重要经验，精辟论述了
科技创新在推进中国式现代化、实现第二个百年奋斗目标伟大进程中的重要作用，
系统阐明了新形势下加快建设科技强国的基本内涵和主要任务，为做好新时代科技
工作指明了前进方向，要深入学习领会、认真贯彻落实。新征程上，实现高水平科
技自立自强、建设科技强国使命光荣、责任重大，要更加紧密地团结在以习近平同
志为核心的党中央周围，全面贯彻习近平新时代中国特色社会主义思想，进一步增
强做好科技工作的自觉性和坚定性，为以中国式现代化全面推进强国建设、民族复
兴伟业而团结奋斗。

2

\f专题学习资料

会上，李德仁和薛其坤代表全体获奖人员作了发言。
会前，习近平等领导同志亲切会见了国家科学技术奖获奖代表，并同大家合影留
念。
中共中央政治局委员、中央书记处书记，全国人大常委会有关领导同志，国务委
员，最高人民法院院长，最高人民检察院检察长，全国政协有关领导同志出席大
会。
各省区市和计划单列市、新疆生产建设兵团，中央和国家机关有关部门、有关人民
团体、军队有关单位主要负责同志，两院院士、部分外籍院士，国家科学技术奖获
奖代表等约 3000 人参加大会。
2023 年度国家科学技术奖共评选出 250 个项目和 12 名科技专家。其中，国家最高
科学技术奖 2 人；国家自然科学奖 49 项，其中一等奖 1 项、二等奖 48 项；国家技
术发明奖 62 项，其中一等奖 8 项、二等奖 54 项；国家科学技术进步奖 139 项，其
中特等奖 3 项、一等奖 16 项、二等奖 120 项；授予 10 名外国专家中华人民共和国
国际科学技术合作奖。

3

\f
"""


def test_measure_is_not_one_em_wider_than_dozens_of_lines_for_one_line():
    from booklet.clean.layout import study_layout
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines

    assert study_layout(to_lines(raw_lines(NEWS_36))).measure == 36.0



# dev text gold_real_002 (a booklet), academic_16k, PDF-viewer copy: no form feeds; the odd pages
# carry 「北京理工大学党委宣传部  N」, the even pages 「N  当代区域发展研究」 (the number on the
# outer side), so the pages are found from the odd heads and the even heads fall mid-page.
BOOKLET_BODY = ('习近平强调，要加强统筹谋划和顶层设计，优化基础研究系统布局。坚持“四\n'
                '个面向”战略导向，进一步明确基础研究的主攻方向和重点领域。强化国家科研机\n'
                '构、高水平研究型大学等引领作用，鼓励和规范发展新型研发机构，推动企业主导\n'
                '的产学研用深度融合，打通基础研究、应用开发、成果转化的创新链条。加强基础\n'
                '学科建设，促进应用学科与基础学科协调发展。\n')


def test_even_page_heads_numbered_at_the_start_go_between_odd_page_heads(texts, clean):
    pages = []
    for n in range(1, 8):
        head = f"北京理工大学党委宣传部      {n}\n" if n % 2 else f"{n}      当代区域发展研究\n"
        pages.append(head + BOOKLET_BODY * 3)
    doc, _ = clean("".join(pages))
    everything = texts(doc) + [a.title for a in doc.articles]
    assert not any("当代区域发展研究" in t for t in everything)
    assert not any("宣传部" in t for t in everything)
    assert sum(t.startswith("习近平强调") for t in texts(doc, Paragraph)) == 21


# dev text guideline_data_sharing, design journal_two_abstract (the journal's odd head 「{title}  1」 on a
# one-page article), pypdf (no page marks; the head's number cut off at its font): under the head the
# clause headings 「2 术语和定义」 and 「4 目录编制」 stand a page of lines apart and number at the start,
# as an even page's head does — but each carries its own words, where even pages repeat one title
GUIDELINE_JOURNAL_PYPDF = (
    '政务数据共享开放工作指南（试行）\n'
    '1\n'
    '政务数据共享开放工作指南（试行）\n'
    '1 范围\n'
    '本指南规定了政务数据共享开放的基本原则、\n'
    '目录编制、分级分类、共享流程和安全管理等要\n'
    '求。\n'
    '本指南适用于市级各部门、各区（县）人民政\n'
    '府及其工作部门开展政务数据共享开放工作，公共\n'
    '企事业单位参照执行。\n'
    '2 术语和定义\n'
    '下列术语和定义适用于本指南。\n'
    '2.1 政务数据\n'
    '各级行政机关以及履行公共管理和服务职能的\n'
    '事业单位，在依法履职过程中采集和产生的各类数\n'
    '据资源，包括文字、数字、图表、图像、音频、视\n'
    '频等。\n'
    '2.2 共享属性\n'
    '根据政务数据能否共享及共享条件，将其分为\n'
    '无条件共享、有条件共享和不予共享三种类型。\n'
    '3 基本原则\n'
    '政务数据共享开放应遵循以下原则：\n'
    'a）以共享为原则、不共享为例外。各部门形\n'
    '成的政务数据原则上应予共享，确需不予共享的，\n'
    '应当提供法律法规或者政策依据。\n'
    'b）需求导向、无偿使用。因履行职责需要使\n'
    '用共享数据的部门提出明确的共享需求，数据提供\n'
    '部门应当在规定时限内无偿提供。\n'
    'c）统一标准、安全可控。按照统一的技术标\n'
    '准开展数据采集、存储、交换和使用，落实数据安\n'
    '全管理责任。\n'
    '4 目录编制\n'
    '4.1 编制要求\n'
    '各部门应当按照“一数一源、一源多用”的要\n'
    '求，依据本部门权责清单编制政务数据资源目录。\n'
    '目录内容应包括数据名称、提供单位、数据格式、\n')


def test_clause_headings_under_an_odd_head_are_no_even_page_heads(texts, clean):
    doc, _ = clean(GUIDELINE_JOURNAL_PYPDF)
    headings = texts(doc, Heading)
    for clause in ("1 范围", "2 术语和定义", "3 基本原则", "4 目录编制"):
        assert clause in headings


# dev text standard_reading_room, design journal_two_abstract, pdftotext: one page (its form feed at
# the end), the journal's head 「城市书房建设与服务规范  1」 over it; 「2 规范性引用文件」 ten lines
# down is a clause heading — one page holds one copy of a running head, so no chain of them
STANDARD_JOURNAL_ONE_PAGE = (
    '城市书房建设与服务规范\n'
    '\n'
    '1\n'
    '\n'
    '城市书房建设与服务规范\n'
    'DB 3209/T 0187—2026\n'
    '1\n'
    '\n'
    '范围\n'
    '本文件规定了城市书房的选址与建设、设施设\n'
    '备、文献资源、服务和管理的要求。\n'
    '本文件适用于本市行政区域内由政府设立或者\n'
    '社会力量参与建设的城市书房。\n'
    '2 规范性引用文件\n'
    '下列文件中的内容通过文中的规范性引用而构\n'
    '成本文件必不可少的条款。其中，注日期的引用文\n'
    '件，仅该日期对应的版本适用于本文件；不注日期\n'
    '的引用文件，其最新版本（包括所有的修改单）适\n'
    '用于本文件。\n'
    'GB/T 28220 公共图书馆服务规范\n'
    'GB 50763 无障碍设计规范\n'
    '3 术语和定义\n'
    '\x0c')


def test_one_marked_page_holds_no_chain_of_paged_heads(texts, clean):
    doc, _ = clean(STANDARD_JOURNAL_ONE_PAGE)
    assert "2 规范性引用文件" in texts(doc, Heading)
