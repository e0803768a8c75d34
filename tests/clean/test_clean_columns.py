"""Pages in columns in ``pdftotext -layout`` text (issue 10, family 1, text side): read column
by column, header rows left whole, three columns too.

The rows are shaped like the harness's ``pdftotext -layout`` renderings of its dev news page
(two columns, hanging punctuation, the right column's start wandering by a few cells, rows of
one column alone where the columns' baselines differ).
"""

from __future__ import annotations

from booklet.clean.columns import split_columns
from booklet.model import block_text
from booklet.readers.text import raw_lines
from booklet.report import Report

HEADER = "理论周刊                                    2026年5月12日   星期二\n\n"
LEFT = ["3月17日下午，市委常委会召开会议，", "专题研究全市科技创新工作，听取市科技局",
        "关于全市创新平台建设情况的汇报，研究部", "署下一阶段重点任务。", "会议指出，科技创新是牵引高质量发展",
        "的核心动力。近年来，全市上下深入实施创", "新驱动发展战略，研发投入强度从2.1%提高",
        "到2.8%，高新技术企业数量突破3000家，一"]
RIGHT = ["新型研发机构、40余家孵化器和众创空间。", "街道还设立了概念验证中心和中试基地，企",
         "业可以按需租用设备，按次付费。去年，这", "里的企业共转化科技成果160余项，带动新",
         "增产值超过20亿元。", "高新区负责人介绍，下一步将探索“先", "使用后付费”的成果转化模式，让更多中小",
         "企业用得上、用得起高校院所的科技成果。"]


def rows(left: list[str], right: list[str], gaps: list[int]) -> str:
    return "".join(f"{a}{' ' * g}{b}\n" for a, b, g in zip(left, right, gaps))


def test_header_row_spanning_the_page_stays_whole_on_top(columned):
    # the right column's start wanders by a few cells (CJK and Latin cells differ)
    body = rows(LEFT, RIGHT, [13, 10, 10, 20, 11, 10, 8, 6])
    out = columned(HEADER + body)
    assert out[0] == "理论周刊                                    2026年5月12日   星期二"
    assert out[1:] == LEFT + RIGHT


def test_rows_of_one_column_alone_where_the_baselines_differ(columned):
    # the left column's larger title shifts its lines half a row: rows alternate between columns
    text = HEADER
    for a, b in zip(LEFT, RIGHT):
        text += " " * 29 + b + "\n" + a + "\n"
    assert columned(text)[1:] == LEFT + RIGHT


def test_three_columns_are_read_left_middle_right(columned):
    middle = ["一是把握好新质生产力与传统生", "产力的关系。新质生产力是在传", "统生产力基础上的跃升，二者不",
              "是简单的替代关系。发展新质生", "产力，不能忽视、放弃传统产业，", "要防止一哄而上、泡沫化，也不",
              "要搞一种模式。二是把握好政府", "与市场的关系。既要发挥市场在"]
    left = [s[:14] for s in LEFT]
    right = [s[:14] for s in RIGHT]
    page = "".join(f"{a:<17}{b:<18}{c}\n" for a, b, c in zip(left, middle, right))
    assert columned(page + "\f" + page) == (left + middle + right) * 2


def test_single_column_text_with_centred_titles_is_left_alone():
    text = "".join(f"{' ' * 20}标题{n}\n" + "".join(s + "\n" for s in LEFT) for n in range(3))
    lines = raw_lines(text)
    assert split_columns(lines, Report().log("columns")) is lines


# ---------------------------------------------------------- columns interleaved by rows ---

PLUMBER_LEFT = ["快培养造就一支规模宏大、结构合理、素质", "优良的创新型人才队伍。优化高等学校学科",
                "设置，创新人才培养模式，提高人才自主培", "养水平和质量。加快建设国家战略人才力量，",
                "着力培养造就卓越工程师、大国工匠、高技", "能人才。加强青年科技人才培养，大力弘扬",
                "科学家精神，激励广大科研人员志存高远、", "爱国奉献、矢志创新。"]
PLUMBER_RIGHT = ["家科学技术奖获奖代表，并同大家合影留念。", "中共中央政治局委员、中央书记处书记，",
                 "全国人大常委会有关领导同志，国务委员，", "最高人民法院院长，最高人民检察院检察长，",
                 "全国政协有关领导同志出席大会。", "各省区市和计划单列市、新疆生产建设",
                 "兵团，中央和国家机关有关部门、有关人民", "团体、军队有关单位主要负责同志，两院院"]


def lines_stage(text: str):
    from booklet.clean.furniture import mark_page_starts
    from booklet.clean.lines import to_lines
    return mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))


def test_rows_holding_a_line_of_each_column_are_split_at_the_gutter():
    # pdfplumber: where the baselines meet, a row holds a line of each column, one space apart
    from booklet.clean.flow import column_flow
    text = "".join(f"{a} {b}\n" for a, b in zip(PLUMBER_LEFT, PLUMBER_RIGHT))
    out = [line.text for line in column_flow(lines_stage(text), Report().log("column_flow"))]
    assert out == PLUMBER_LEFT + PLUMBER_RIGHT


def test_rows_alternating_between_columns_are_dealt_back_to_their_columns():
    # where the baselines do not meet, rows alternate between the columns: each goes to the
    # column whose last line it continues (主培 / 养水平…: 培养), else they take turns
    from booklet.clean.flow import column_flow
    rows = [f"{a} {b}" for a, b in zip(PLUMBER_LEFT[:2], PLUMBER_RIGHT[:2])]
    rows += [PLUMBER_RIGHT[2], PLUMBER_LEFT[2], PLUMBER_RIGHT[3], PLUMBER_LEFT[3]]
    rows += [f"{a} {b}" for a, b in zip(PLUMBER_LEFT[4:], PLUMBER_RIGHT[4:])]
    out = [line.text for line in column_flow(lines_stage("\n".join(rows) + "\n"), Report().log("column_flow"))]
    assert out == PLUMBER_LEFT + PLUMBER_RIGHT


# a dev tabloid page (news_page_county) set in two 13-character columns: the breaks that tell the
# columns apart (按 / 照预设, 管 / 委会) make pairs the page holds nowhere else
TABLOID_LEFT = ["深秋时节，走进江城县农业科", "技园区，智能温室里番茄挂满", "枝头，水肥一体化设备按",
                "照预设程序精准滴灌。园区管", "委会负责人告诉记者，园区已", "引进农业科技企业43家，建成",
                "各类科研平台17个，去年实现", "总产值58亿元。"]
TABLOID_RIGHT = ["农业现代化，关键是农业", "科技现代化。园区的实践表", "明，只要把科技力量引到田间",
                 "地头，把农民培养成懂技术、", "会经营的新农人，传统农业就", "能焕发新的生机。推动农业",
                 "科技进步，既要“顶天”，在", "关键核心技术上攻关突破。"]


def test_a_word_cut_at_a_line_end_tells_which_column_a_row_goes_on():
    # rows alternate between the columns; character pairs seen elsewhere cannot tell them apart,
    # the dictionary can: 按 / 照 reads 按照, 管 / 委 reads 管委 (管委会)
    from booklet.clean.flow import column_flow
    left, right = TABLOID_LEFT, TABLOID_RIGHT
    rows = [f"{a} {b}" for a, b in zip(left[:2], right[:2])]
    rows += [left[2], right[2], left[3], right[3], right[4], left[4]]
    rows += [f"{a} {b}" for a, b in zip(left[5:], right[5:])]
    out = [line.text for line in column_flow(lines_stage("\n".join(rows) + "\n"), Report().log("column_flow"))]
    assert out == left + right


def test_the_dictionary_reads_a_word_across_a_break_only_where_one_is_cut():
    from booklet.typeset.segment import word_across
    assert word_across("设备按", "照预设") and word_across("自主培", "养水平")
    assert not word_across("设备按", "委会负") and not word_across("素质", "家科学")


def test_one_column_text_with_spaces_is_left_alone():
    from booklet.clean.flow import column_flow
    text = "".join(f"习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究{n}\n{a}\n"
                   for n, a in enumerate(PLUMBER_LEFT))
    lines = lines_stage(text)
    assert column_flow(lines, Report().log("column_flow")) is lines


# dev text interview_rural_revitalization, design two_columns_hanging, read by pdfplumber: the two
# columns' baselines never meet, so no row holds a space at the gutter; rows take turns
INTERVIEW_LEFT = ["编者按：今年以来，江城市把发展乡村", "特色产业作为乡村振兴的重要抓手，全市农",
                  "村居民人均可支配收入增速连续三个季度高", "于城镇居民。围绕产业发展中的新情况新问",
                  "题，本刊记者采访了市农业农村局主要负责", "同志。", "记者：今年全市乡村产业发展总体情况",
                  "怎么样？", "答：总的看，态势是好的。前三季度，", "全市农产品加工业产值同比增长9.6%，休闲",
                  "农业和乡村旅游接待游客1800多万人次。"]
INTERVIEW_RIGHT = ["答：会有这个风险，所以利益联结机制", "一定要实。", "我们推广“保底收益＋按股分红”的办",
                   "法，并把带农增收情况作为财政补助的前置", "条件。带动农户少、联结不紧的，不能享受",
                   "扶持政策。", "记者：明年有什么新打算？", "答：三件事。", "一是抓品牌，重点培育5个区域公用品",
                   "牌；二是抓人才，每年培训高素质农民3000", "人以上；三是抓数字化，推动农产品电商销"]


def test_rows_taking_turns_between_two_columns_with_no_row_split_are_read_column_by_column():
    from booklet.clean.flow import column_flow
    rows = [line for pair in zip(INTERVIEW_RIGHT, INTERVIEW_LEFT) for line in pair]
    out = [line.text for line in column_flow(lines_stage("\n".join(rows) + "\n"), Report().log("column_flow"))]
    assert sorted([out[:len(INTERVIEW_LEFT)], out[len(INTERVIEW_LEFT):]]) == sorted([INTERVIEW_LEFT, INTERVIEW_RIGHT])


# dev text speech_county_meeting, design tabloid_three_columns, read by pdfplumber: the last row
# of two paragraph ends (``伐。``, ``报一起。``) is no wider than a column, yet holds a line of each
SPEECH_LEFT = ["工程建设项目审批时间压缩到", "60个工作日以内。县属国有企", "业整合重组基本完成，平台公",
               "司市场化转型迈出实质性步", "伐。"]
SPEECH_RIGHT = ["问题实行清单化管理、销号式", "推进，做到件件有着落、事事", "有回音。对损害营商环境的行",
                "为，发现一起、查处一起、通", "报一起。"]


def test_a_short_row_with_a_space_after_a_full_stop_may_hold_a_line_of_each_column():
    from booklet.clean.flow import column_flow
    rows = [f"{a} {b}" for a, b in zip(SPEECH_LEFT, SPEECH_RIGHT)]
    out = [line.text for line in column_flow(lines_stage("\n".join(rows) + "\n"), Report().log("column_flow"))]
    assert out == SPEECH_LEFT + SPEECH_RIGHT


def test_lines_cut_from_a_merged_row_measure_a_column_not_the_row():
    # the layout reads the measure off each line's printed width: a line cut from a row of two
    # columns was printed a column wide (19 characters), not as wide as the row it arrived in
    from booklet.clean.flow import column_flow
    from booklet.clean.layout import study_layout
    text = "".join(f"{a} {b}\n" for a, b in zip(PLUMBER_LEFT, PLUMBER_RIGHT))
    out = column_flow(lines_stage(text), Report().log("column_flow"))
    assert 19 <= study_layout(out).measure <= 20   # (a hung comma may count)
    assert all(line.span_width <= 20 for line in out)


# dev gold text 001 (news), design tabloid_three_columns, read by pdfplumber: where the three
# columns' baselines meet, a row holds a line of each column, one space apart
TABLOID3 = [
    ["技术奖励大会和中国科学院第", "二十一次院士大会、中国工程", "院第十七次院士大会24日上午", "在人民大会堂隆重召开。中共", "中央总书记、国家主席、中央",
     "军委主席习近平出席大会，为", "国家最高科学技术奖获得者等", "颁奖并发表重要讲话。他强", "调，科技兴则民族兴，科技强", "则国家强。中国式现代化要靠",
     "科技现代化作支撑，实现高质", "量发展要靠科技创新培育新动", "能。必须充分认识科技的战略", "先导地位和根本支撑作用，锚", "定2035年建成科技强国的战略",
     "目标，加强顶层设计和统筹谋", "划，加快实现高水平科技自立", "自强。"],
    ["务，不断深化科技体制改革，", "有力推进科技自立自强，我国", "基础前沿研究实现新突破，战", "略高技术领域迎来新跨越，创", "新驱动引领高质量发展取得新",
     "成效，科技体制改革打开新局", "面，国际开放合作取得新进", "展，科技事业取得历史性成", "就、发生历史性变革。", "习近平强调，在新时代科", "技事业发展实践中，我们不断",
     "深化规律性认识，积累了许多", "重要经验，主要是：坚持党的", "全面领导，坚持走中国特色自", "主创新道路，坚持创新引领发", "展，坚持“四个面向”的战略",
     "导向，坚持以深化改革激发创", "新活力，坚持推动教育科技人"],
    ["习近平指出，要推动科技", "创新和产业创新深度融合，助", "力发展新质生产力。聚焦现代", "化产业体系建设的重点领域和", "薄弱环节，增加高质量科技供",
     "给，培育发展新兴产业和未来", "产业，积极运用新技术改造提", "升传统产业。强化企业科技创", "新主体地位，促进科技成果转", "化应用。做好科技金融这篇文", "章。",
     "习近平强调，要全面深化", "科技体制机制改革，统筹各类", "创新平台建设，加强创新资源", "优化配置。完善区域科技创新", "布局，改进科技计划管理，提",
     "升科技创新投入效能。加快健", "全符合科研活动规律的分类评"],
]


def test_rows_holding_a_line_of_each_of_three_columns_are_read_column_by_column():
    from booklet.clean.flow import column_flow
    text = "".join(" ".join(row) + "\n" for row in zip(*TABLOID3))
    out = [line.text for line in column_flow(lines_stage(text), Report().log("column_flow"))]
    assert out == TABLOID3[0] + TABLOID3[1] + TABLOID3[2]


def test_three_columns_read_back_keep_their_paragraphs(clean):
    # 自强。 ends a paragraph of the first column; 习近平强调 opens one in the second and 章。
    # ends one in the third: each line, read in its column, rejoins its paragraph
    text = "".join(" ".join(row) + "\n" for row in zip(*TABLOID3))
    doc, _ = clean(text)
    paragraphs = [block_text(b) for a in doc.articles for b in a.blocks]
    assert any(p.endswith("加快实现高水平科技自立自强。") for p in paragraphs)
    assert any(p.startswith("习近平强调，在新时代科技事业发展实践中") for p in paragraphs)
    assert any(p.endswith("做好科技金融这篇文章。") for p in paragraphs)


# dev text speech_county_meeting, design news_three_tight (three 12-character columns one em
# apart, punctuation hung in the gutter), read by pdftotext: where a column line ends in a hung
# mark, the next column's line follows it with no space at all
SPEECH3_ROWS = [
    "时间压缩到60个工作日以内。把手工程”来抓。各级各部",
    "同志们：",
    "这次会议的主要任务是，县属国有企业整合重组基本 门要主动靠前服务，对企业",
    "深入贯彻中央和省委、市委 完成，平台公司市场化转型 反映的问题实行清单化管理、",
    "销号式推进，做到件件有着",
    "经 济 工 作 会 议 精 神 ， 总 结 迈出实质性步伐。",
    "（三）民生保障更加有 落、事事有回音。对损害营",
    "2025年全县经济工作，分析",
    "商环境的行为，发现一起、",
    "当前面临的形势，部署2026 力",
    "全年民生支出占一般公 查处一起、通报一起。",
    "年重点任务，动员全县上下",
    "三、切实转变工作作风，",
    "进一步解放思想、真抓实干，共预算支出的比重达到81.",
    "推动县域经济高质量发展迈 4%。新建改扩建中小学和幼 进一步提升落实质效",
    "抓落实，关键在干部。",
    "上新台阶。刚才，李县长作 儿园12所，新增学位5400个；",
    "了很好的工作报告，我完全 县人民医院新院区投入使用，全县各级领导干部要树立正",
    "确政绩观，把心思和精力用",
    "同意，请大家认真抓好落实。县域就诊率提高到92%。",
    "成绩来之不易，是全县 在干事创业上，做到重点工",
    "下面，我讲三点意见。",
    "一、客观看待过去一年 广大干部群众团结奋斗的结 作亲自部署、重大问题亲自",
    "的成绩，进一步坚定发展信 果。在这里，我代表县委， 过问、关键环节亲自协调。",
    "向大家表示衷心的感谢！",
    "同志们，新的一年，任",
    "心",
    "二、准确把握形势任务，务艰巨，使命光荣。让我们",
    "过去的一年，面对复杂",
    "更加紧密地团结在以习近平",
    "多变的外部环境和艰巨繁重 进一步明确工作重点",
    "当前，发展环境中的有 同志为核心的党中央周围，",
    "的改革发展任务，全县上下",
    "咬定目标不放松，攻坚克难 利条件和不利因素并存。我 锐意进取、埋头苦干，为谱",
    "勇向前，经济社会发展取得 们既要看到经济长期向好的 写县域高质量发展新篇章而",
    "了来之不易的成绩。全县地 基本面没有变，也要清醒认 不懈奋斗！",
    "区生产总值达到386.5亿元，识到，县域经济总量不大、",
    "同比增长6.2%；一般公共预 结构不优、创新能力不强的",
    "算收入完成21.3亿元，增长 问题仍然突出。",
]


def test_a_row_glued_after_a_hung_mark_is_cut_there():
    from booklet.clean.flow import column_flow
    out = [line.text for line in column_flow(lines_stage("\n".join(SPEECH3_ROWS) + "\n"), Report().log("column_flow"))]
    for left, right in (("时间压缩到60个工作日以内。", "把手工程”来抓。各级各部"),
                        ("同意，请大家认真抓好落实。", "县域就诊率提高到92%。"),
                        ("二、准确把握形势任务，", "务艰巨，使命光荣。让我们"),
                        ("区生产总值达到386.5亿元，", "识到，县域经济总量不大、")):
        assert left in out and right in out


def test_a_letter_spaced_line_is_one_column_line_and_the_gutter_follows_it():
    # CJK justification spread 经济工作会议精神，总结 over its column's measure, a space between
    # every two glyphs: those spaces are inside one line (as wide as its glyphs, not wider than
    # a column); the gutter is the space after its last glyph, before 迈出 of the next column.
    # The line cut from the row is its column's full line, its spread's spaces no text (``flow._split``)
    from booklet.clean.flow import column_flow
    out = [line.text for line in column_flow(lines_stage("\n".join(SPEECH3_ROWS) + "\n"), Report().log("column_flow"))]
    assert "经济工作会议精神，总结" in out
    assert "迈出实质性步伐。" in out


# dev text speech_county_meeting, design tabloid_three_columns, read by pdfplumber: the second
# and third columns share baselines (a row holds a line of each), the first column's headline
# and body sit between them on baselines of their own
TABLOID_SPEECH_ROWS = """第1版 要闻
以上工业企业新增28家，总数 增高新技术企业15家、省级专
凝心聚力抓落实
达到316家。 精特新企业10家。
（二）改革攻坚持续深化 3.着力优化营商环境
奋力开创县域
我们在全市率先推行“一 要把营商环境作为“一把
件事一次办”改革，企业开办 手工程”来抓。各级各部门要
经济高质量发展
时间压缩到1个工作日以内， 主动靠前服务，对企业反映的
工程建设项目审批时间压缩到 问题实行清单化管理、销号式
新局面
60个工作日以内。县属国有企 推进，做到件件有着落、事事
——在全县经济工作暨优化 业整合重组基本完成，平台公 有回音。对损害营商环境的行
营商环境推进大会上的讲话 司市场化转型迈出实质性步 为，发现一起、查处一起、通
伐。 报一起。
（2026年1月9日）
（三）民生保障更加有力 三、切实转变工作作风，
县委书记 周明远
全年民生支出占一般公共 进一步提升落实质效
同志们：
预算支出的比重达到81.4%。 抓落实，关键在干部。全
这次会议的主要任务是，
新建改扩建中小学和幼儿园12 县各级领导干部要树立正确政
深入贯彻中央和省委、市委经
所，新增学位5400个；县人民 绩观，把心思和精力用在干事
"""


def test_columns_whose_baselines_meet_keep_sharing_rows():
    # after a heading (no word runs on from it) nothing but the rows tell which columns a row of
    # two lines holds: the two whose last lines shared a row, as in every row above
    from booklet.clean.flow import column_flow
    out = [line.text for line in column_flow(lines_stage(TABLOID_SPEECH_ROWS), Report().log("column_flow"))]
    for before, after in (("（三）民生保障更加有力", "全年民生支出占一般公共"),
                          ("进一步提升落实质效", "抓落实，关键在干部。全"),
                          ("县委书记 周明远", "同志们：")):
        assert out[out.index(before) + 1] == after


# dev text decision_commendation_list, design gongwen_kai_heads, read by pdftotext -layout: a one-column
# list whose names stand in rows with wide gaps that line up by chance; the rows of one long entry
# (and the wrapped ones) run straight through where a gutter would be, so the page has none
NAME_ROWS = ["     东湖区东湖街道东湖社区   东湖区城市管理局", "     西山区人民法院   西山区青石镇人民政府",
             "     南岭县南岭镇中心小学   南岭县供电公司", "     北塘县人民检察院   北塘县农村信用合作联社",
             "     江城经济技术开发区管委会政务服务中心",
             "     江城市自来水有限公司   江城市档案馆   江城市博物馆",
             "     江城市第二人民医院   江城市实验幼儿园   江城市气象局", "     二、江城市文明家庭（12户）",
             "     王建国家庭（东湖区东湖街道）    李秀英家庭（东湖区长青街", "道）",
             "     张德明家庭（西山区青石镇）    刘玉兰家庭（西山区西山街", "道）",
             "     陈志强家庭（南岭县南岭镇）    赵春梅家庭（南岭县白沙乡）",
             "     孙国平家庭（北塘县北塘镇）    周桂芳家庭（北塘县马桥镇）",
             "     吴新华家庭（江城经济技术开发区）    郑丽娟家庭（东湖区新", "城街道）",
             "     黄志远家庭（西山区石门镇）    林晓燕家庭（南岭县龙口镇）"]


def test_wide_gaps_lining_up_by_chance_are_no_gutter_when_rows_run_through(columned):
    out = columned("\n".join(NAME_ROWS) + "\n")
    assert out == [row.strip() for row in NAME_ROWS]


# dev text deeds_village_doctor, design two_columns_plain, pdftotext -layout (the page under its
# masthead): the right column holds only the story's last lines, beside the headline and the
# editor's note, so few of the page's rows show the gutter
DEEDS_LAYOUT = """                                      这些年，有城里的民营医院高薪聘请他，他
               身边的榜样
                                    都婉言谢绝了。他说：“这里离不开我，我也离
                                    不开这里。”
     三十年守护一方百姓健康
                                      今年，刘守山被评为“全省优秀乡村医
 ——记江城县青石镇卫生院乡村医生刘守山                生”。面对荣誉，他只是笑笑：“我就是做了一
  编者按：乡村医生是农村居民健康的“守门               个医生该做的事。”
人”。刘守山同志扎根山区三十年，走遍全镇二               来源：《江城日报》 2026 年 9 月 18 日第 3 版
十一个自然村，用实际行动诠释了医者仁心。现
将他的先进事迹刊发，供大家学习。
      通讯员 王春燕 李浩
  清晨六点，天刚蒙蒙亮，青石镇卫生院的刘
守山已经背起药箱出门了。这是他当乡村医生的
第三十个年头。
  三十年来，他累计接诊群众 12 万余人次，
出诊 3 万多次，走过的山路超过 10 万公里。村
里人都亲切地叫他“刘大夫”。
    一只药箱
  刘守山有一只用了二十多年的旧药箱，皮面
磨得发白，提手换过三回。箱子里装着血压计、
听诊器、体温计和一些常用药品。
  “山里老人多，腿脚不方便，有个头疼脑热
的，让他们跑到镇上看病不现实。”刘守山说，
“我多跑几步路，他们就少受些罪。”
  有一年冬天，半夜里下着大雪，石门村的一
位老人突发心绞痛。刘守山接到电话后，打着手
电筒走了两个多小时山路赶到老人家中，及时采
取急救措施，又联系救护车把老人送到县医院，
老人转危为安。
    一本台账
   在刘守山的办公桌上，摆着一摞厚厚的健康
台账。全镇 1800 多名慢性病患者的血压、血糖
变化，他都一笔一笔记得清清楚楚。
   近年来，镇里推行家庭医生签约服务，刘守
山主动承担了最偏远的五个村。他给每位签约群
众建立健康档案，定期上门随访，指导用药和康
复。
   在他的努力下，所负责片区高血压患者规范
管理率达到 92%，比全县平均水平高出近 10 个
百分点。
    一颗初心
  刘守山毕业于市卫生学校。当年，不少同学
留在了城里，他却选择回到家乡。
  “我是山里长大的，知道山里人看病有多
难。”他说，“当初选择学医，就是想让乡亲们
少受病痛的苦。”
"""


def test_a_page_whose_right_column_is_short_is_read_column_by_column(columned):
    # a gutter shows in the rows a gutter needs, however long the left column runs on below
    out = columned(DEEDS_LAYOUT)
    assert out[:3] == ["身边的榜样", "三十年守护一方百姓健康", "——记江城县青石镇卫生院乡村医生刘守山"]
    assert out[-4:] == ["今年，刘守山被评为“全省优秀乡村医", "生”。面对荣誉，他只是笑笑：“我就是做了一",
                        "个医生该做的事。”", "来源：《江城日报》 2026 年 9 月 18 日第 3 版"]


# dev text news_page_county, design tabloid_three_columns, pdftotext -layout (its one page): under a blank row the left column's foot opens the next item, its headline
# wrapped (「县城新增3条公」 / 「交线路」) over its byline, while the right column ended higher
COUNTY_TABLOID_LAYOUT = """第1版                                  要闻

                     10月28日起，县城新开通
省委主要负责同志致信祝贺
                  3条公交线路，覆盖城东新
江城县农业科技园区获批国
                  区、高铁站和工业园区等区
家级园区并在全县乡村振兴
                  域。新线路全部采用新能源公
 工作推进会上作出批示
                  交车，首末班时间分别为6时
                  30分和20时30分，票价统一为
把园区建成现代           1元。

农业的示范窗口           让科技之花开在
——江城县农业科技园区建
    设纪实             田间地头
本报记者 何静怡 通讯员 吴        □ 本报评论员
      志强             农业现代化，关键是农业
  深秋时节，走进江城县农     科技现代化。园区的实践表
业科技园区，智能温室里番茄     明，只要把科技力量引到田间
挂满枝头，水肥一体化设备按     地头，把农民培养成懂技术、
照预设程序精准滴灌。园区管     会经营的新农人，传统农业就
委会负责人告诉记者，园区已     能焕发新的生机。
引进农业科技企业43家，建成       推动农业科技进步，既要
各类科研平台17个，去年实现    “顶天”，在关键核心技术上
总产值58亿元。          攻关突破；也要“立地”，让
  “过去种地靠经验，现在     先进适用技术真正进村入户。
靠数据。”种植大户老陈指着     各级各部门要在完善科技服务
手机上的监测画面说，土壤湿     体系上多下功夫，让更多农民
度、光照、温度一目了然，哪     共享科技进步的成果。
块地该浇水、该施肥，系统都     来源：《江城县报》（2026年
会提醒。              11月2日第1版）
园区智能温室内，技术人员正在
查看番茄长势。 本报记者 何静
      怡/摄
   园区建设过程中，县里与
省农科院、农业大学共建3个
专家工作站，每年组织技术培
训60余场次，带动周边农户
1.2万户增收。下一步，园区
将重点发展种业研发、智慧农
业和农产品精深加工，力争三
年内总产值突破百亿元。

县城新增3条公
  交线路
 本报讯（记者 马晓东）
\f"""


def test_rows_under_a_blank_row_that_stand_in_the_first_column_are_its_text_not_a_footer(columned):
    out = columned(COUNTY_TABLOID_LAYOUT)
    at = {text: k for k, text in enumerate(out)}
    assert at["县城新增3条公"] == at["年内总产值突破百亿元。"] + 1
    assert at["本报讯（记者 马晓东）"] < at["10月28日起，县城新开通"]


# dev text essay_study_experience, design tabloid_three_columns, pdftotext -layout (the --full set's
# extra design, its one page): the third column holds only the author's unit, two rows at its top
ESSAY_TABLOID_LAYOUT = """第1版                                          要闻

                 通过。              （作者单位：江城市民政局社
在学思践悟中筑            回来以后，我们对照新修            会救助科）
                 订的救助办法逐条研究，发现
 牢为民初心           这户人家符合“刚性支出扣
  江城市民政局 张晓燕     减”的条件。经过重新核算，
                 一家人顺利纳入了低保范围，
  近期，按照机关党委统一
                 还为老人申请了居家养老服务
安排，我认真参加了专题读书
                 补贴。
班，系统学习了有关民生保障
                   这件事让我深深体会到：
工作的重要论述。几天学下
                 政策条文是冷的，但执行政策
来，感触很深，收获很大。结
                 的人心要是热的。
合自己多年从事社会救助工作
                   把群众的小事当作自己的
的经历，谈几点粗浅体会。
                 大事！
  “学”字当头：读原著才能
                   民政工作千头万绪，件件
悟原理
                 连着民生，事事关乎民心。在
  过去学习，常常满足于看
                 群众眼里，没有“小事”。
摘要、读解读，觉得“大概知
                   一张证明晚开一天，群众
道”就行了。这次读书班要求
                 可能就要多跑一趟；一笔补贴
逐篇通读原文，一开始还有些
                 晚发一月，困难家庭可能就要
不适应，读着读着才发现，原
                 多熬一个月。我们常说“群众
文里有很多以往没有注意到的
                 利益无小事”，落到具体工作
细节。
                 上，就是要把每一件小事办
  比如关于社会救助，原文
                 好、办快、办到群众心坎上。
不仅讲了“兜底线”，还讲了
                   古人说：“知之非艰，行
“织密网”“建机制”，三者
                 之惟艰。”又说：“纸上得来
是一个整体。只抓兜底、不建
                 终觉浅，绝知此事要躬行。”
机制，救助工作就容易陷入
                 这两句话，我准备抄下来贴在
“年年救、年年困”的循环。
                 办公桌前，时时提醒自己。
  读原著、学原文、悟原
                   “恒”字为要：久久为功才
理，没有捷径可走。我给自己
                 能见到实效
定了个小目标：每天读原文不
                   学习不是一阵子的事，而
少于半小时，每周写一篇学习
                 是一辈子的事。读书班结束
笔记。
                 了，但学习不能结束。
  “实”字托底：把论述落到
                   下一步，我打算在三个方
每一户困难家庭
                 面下功夫：一是坚持每月集中
  学习的目的全在于运用。
                 学习不少于两次，二是每季度
读书班期间，我们组织到城东
                 至少开展一次入户走访，三是
街道开展了一次入户走访，一
                 把学习体会转化为改进工作的
天走了十一户。
                 具体措施，年底前形成一份社
  其中一户让我印象特别
                 会救助工作的调研报告。
深。老两口都年过八旬，儿子
                   路虽远，行则将至；事虽
因病失去劳动能力，家里全靠
                 难，做则必成。我相信，只要
两位老人的养老金维持。按照
                 我们始终把群众放在心上，就
原来的政策，这户人家刚好卡
                 一定能把民生实事办好办实。
在低保线上，几次申请都没有
\f"""


def test_a_third_column_of_two_rows_is_split_off_its_half_of_the_page(columned):
    # the half right of the first gutter shows a second one in two rows only: no long row of the
    # half runs through it, so it is the short third column's
    out = columned(ESSAY_TABLOID_LAYOUT)
    at = {text: k for k, text in enumerate(out)}
    assert at["订的救助办法逐条研究，发现"] == at["回来以后，我们对照新修"] + 1
    assert at["会救助科）"] == at["（作者单位：江城市民政局社"] + 1 == len(out) - 1


# A chapter's page set in a journal's design (dev chapter_footnotes_region, journal_two_abstract, pdftotext
# -layout): the chapter's title and its opening paragraph run across the page, then two columns, the right
# one ending halfway down the page and the left going on alone under it.
CHAPTER_PAGE = """\
                  第三章 区域科技创新体系建设
    区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重要支撑①。改革开放以
来，特别是进入新时代以来，各地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区域创
新能力显著增强。
3.1 区域科技创新体系的内涵             从各地实践看，区域科技创新体系建设主要有
    关于区域创新体系，学术界已有较多讨论。有  以下做法：一是建设高水平创新平台，布局实验
学者认为，区域创新体系是由一定地域内相互联系    室、技术创新中心和新型研发机构；二是培育壮大
的企业、高校、科研机构和中介服务机构等组成的    科技企业，实施高新技术企业培育工程和科技型中
网络系统 ；也有学者强调制度安排和文化氛围在
       ②
                          小企业成长计划；三是促进科技成果转化，建设技
区域创新中的作用，认为创新是一个社会过程，离    术转移机构和技术交易市场⑥；四是完善科技金融
不开地方的制度环境 。③
                          体系，发展天使投资、创业投资和科技信贷。
    综合已有研究，本书将区域科技创新体系界定    值得注意的是，区域之间的创新资源禀赋差异
为：在一定区域范围内，以企业为主体、市场为导    较大，不能简单照搬其他地区的经验。各地应立足
向、产学研深度融合，由创新主体、创新资源、创    自身产业基础和科教资源，找准定位，错位发展，
新平台和创新环境共同构成的有机整体。        形成各具特色的区域创新格局⑦。
3.1.1 创新主体
    企业、高校和科研院所是区域科技创新的三类
主要主体。企业直接面向市场，对技术需求最为敏
感；高校和科研院所是知识生产和人才培养的主要
场所，是原始创新的重要源头④。三类主体之间的
协同程度，在很大程度上决定了区域创新体系的运
行效率。
3.1.2 创新环境
    创新环境包括政策环境、市场环境、金融环境
和文化环境等方面。实践表明，良好的创新环境能
够降低创新成本、分散创新风险，吸引创新要素集
聚⑤。近年来，不少城市通过出台人才政策、设立
科创基金、建设科技园区等方式优化创新环境，取
得了明显成效。
3.2 区域科技创新体系建设的主要做法
"""


def test_a_block_across_the_page_over_the_columns_does_not_hide_their_gutter(columned):
    out = columned(CHAPTER_PAGE)
    # the title and the opening paragraph first, whole; then the left column, then the right
    assert out[:4] == ["第三章 区域科技创新体系建设",
                       "区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重要支撑①。改革开放以",
                       "来，特别是进入新时代以来，各地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区域创",
                       "新能力显著增强。"]
    assert out[4:6] == ["3.1 区域科技创新体系的内涵", "关于区域创新体系，学术界已有较多讨论。有"]
    left_end = out.index("3.2 区域科技创新体系建设的主要做法")
    assert out[left_end + 1:] == ["从各地实践看，区域科技创新体系建设主要有", "以下做法：一是建设高水平创新平台，布局实验",
                                  "室、技术创新中心和新型研发机构；二是培育壮大", "科技企业，实施高新技术企业培育工程和科技型中",
                                  "小企业成长计划；三是促进科技成果转化，建设技", "术转移机构和技术交易市场⑥；四是完善科技金融",
                                  "体系，发展天使投资、创业投资和科技信贷。", "值得注意的是，区域之间的创新资源禀赋差异",
                                  "较大，不能简单照搬其他地区的经验。各地应立足", "自身产业基础和科教资源，找准定位，错位发展，",
                                  "形成各具特色的区域创新格局⑦。"]
