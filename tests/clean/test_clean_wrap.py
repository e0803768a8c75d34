"""Wrapped or not: the file-level decision ``booklet.clean.layout.is_wrapped`` and what rides on it.

Snippets are real renderings from the dev evaluation (tests/eval), cut down.
"""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines


def layout_of(text: str):
    return study_layout(to_lines(raw_lines(text, False)))


# dev text report_bold_headings, design word_report, read by pypdf: every digit run on a line of
# its own, first-line indents dropped, nine bold headings that show as short unpunctuated lines
# — as many lines stop inside a sentence short of the measure (headings, lines cut by a digit
# run) as reach it, and most of the rest are first lines that lost their indent
REPORT_PYPDF = (
    "市科技局\n"
    "2025\n"
    "年工作总结和\n"
    "2026\n"
    "年工作思路\n"
    "2025\n"
    "年，在市委、市政府的坚强领导下，市科技局深入实施创新驱\n"
    "动发展战略，聚焦科技自立自强，全力推进科技创新各项工作，较好完成\n"
    "了年度目标任务。现将有关情况报告如下。\n"
    "主要工作成效\n"
    "创新平台建设取得新突破\n"
    "全年新增省级以上创新平台\n"
    "28\n"
    "家，其中国家级平台\n"
    "3\n"
    "家。市实验室\n"
    "完成一期建设并投入运行，引进科研团队\n"
    "15\n"
    "个，承担重大科研项目\n"
    "22\n"
    "项。\n"
    "科技企业培育跑出加速度\n"
    "深入实施科技企业梯次培育计划，全年新认定高新技术企业\n"
    "612\n"
    "家，\n"
    "总数达到\n"
    "3105\n"
    "家；科技型中小企业入库评价数量同比增长\n"
    "26%\n"
    "。\n"
    "科技成果转化步伐加快\n"
    "技术合同成交额达到\n"
    "186\n"
    "亿元，同比增长\n"
    "31%\n"
    "。组织科技成果对接\n"
    "活动\n"
    "48\n"
    "场，促成校企合作项目\n"
    "300\n"
    "余项。\n"
    "存在的问题\n"
    "对照高质量发展要求，我们的工作还存在一些不足：基础研究投入偏\n"
    "少，原始创新能力不强；企业研发投入不均衡，部分中小企业创新意愿不\n"
    "足；科技人才引育机制有待完善。\n"
    "2026\n"
    "年工作思路\n"
    "坚持问题导向，补齐基础研究短板\n"
    "设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，\n"
    "力争全市基础研究投入占研发投入的比重提高\n"
    "1\n"
    "个百分点。\n"
    "坚持企业主体，提升企业创新能力\n"
    "实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆\n"
    "盖；支持龙头企业牵头组建创新联合体，承担重大科技攻关任务。\n"
    "坚持人才引领，优化创新生态\n"
    "完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让\n"
    "科研人员把更多精力投入到科研工作中。\n"
    "江城市科学技术局\n"
    "2026\n"
    "年\n"
    "1\n"
    "月\n"
    "10\n"
    "日\n"
)


def test_wrap_is_seen_when_first_lines_lost_their_indent_and_many_cut_lines_are_short(clean, texts):
    doc, _ = clean(REPORT_PYPDF)
    assert texts(doc, Heading) == [
        "主要工作成效", "创新平台建设取得新突破", "科技企业培育跑出加速度", "科技成果转化步伐加快",
        "存在的问题", "2026年工作思路", "坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力",
        "坚持人才引领，优化创新生态"]
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[0].startswith("2025年，在市委") and paragraphs[0].endswith("现将有关情况报告如下。")
    assert paragraphs[2] == "深入实施科技企业梯次培育计划，全年新认定高新技术企业612家，总数达到3105家；" \
        "科技型中小企业入库评价数量同比增长26%。"
    assert paragraphs[-2:] == ["江城市科学技术局", "2026年1月10日"]


# dev text gold_real_000_cailiao1, design two_columns_hanging, read by pdfplumber: on one page the
# two columns' lines alternate, on the next a row holds both columns — most lines that stop inside
# a sentence are a column wide (19 em), the widest common width is two columns (39.5 em): the long
# rows must not outweigh the many narrow lines (weighing cut lines by their width would)
TWO_COLUMNS_PDFPLUMBER = (
    "向重大科学问题的协同攻关，鼓励自由探索\n"
    "第一，强化基础研究前瞻性、战略性、\n"
    "式研究和非共识创新研究。要处理好新型举\n"
    "系统性布局。基础研究处于从研究到应用、\n"
    "国体制与市场机制的关系，健全同基础研究\n"
    "再到生产的科研链条起始端，地基打得牢，\n"
    "长周期相匹配的科技评价激励、成果应用转\n"
    "科技事业大厦才能建得高。加强基础研究要\n"
    "化、科技人员薪酬等制度，长期稳定支持一\n"
    "突出前瞻性、战略性需求导向，优化资源配\n"
    "批基础研究创新基地、优势团队和重点方向，\n"
    "置和布局结构，为创新发展提供基础理论支\n"
    "打造原始创新策源地和基础研究先锋力量。\n"
    "撑和技术源头供给。\n"
    "提高基础研究投入是大趋势，同时要考虑国\n"
    "1\n"
    "理论周刊 2026年5月12日 星期二\n"
    "家财力，保持合理投入强度，加强实施过程 体系。要加强科研学风作风建设，坚持科学\n"
    "绩效评估，确保“好钢用在刀刃上”。 监督与诚信教育相结合，纵深推进科研作风\n"
    "第三，建设基础研究高水平支撑平台。 学风治理，引导科技人员摒弃浮夸、祛除浮\n"
    "过去很长一段时间，我国基础研究存在题目 躁，坐住坐稳“冷板凳”。要坚持走基础研\n"
    "从国外学术期刊上找、仪器设备从国外进口、 究人才自主培养之路，深入实施“中学生英\n"
    "取得成果后再花钱到国外期刊和平台上发表 才计划”、“强基计划”、“基础学科拔尖\n"
    "的“两头在外”问题。近年来，我国着力打 学生培养计划”，优化基础学科教育体系，\n"
    "造世界一流科技期刊、建成一批大国重器， 发挥高校特别是“双一流”高校基础研究人\n"
    "基础研究支撑平台建设取得长足进步，但是 才培养主力军作用，加强国家急需高层次人\n"
    "从根本上破解“两头在外”问题还任重道远。 才培养，源源不断地造就规模宏大的基础研\n"
    "我们要协同构建中国特色国家实验室体 究后备力量。\n"
    "系，布局建设基础学科研究中心，加快建设 第五，广泛开展基础研究国际合作。当\n"
    "基础研究特区，超前部署新型科研信息化基 前，国际科技合作面临少数国家单边主义、\n"
)


def test_lines_cut_at_a_narrower_width_than_the_measure_are_a_second_measure_not_a_wrap():
    layout = layout_of(TWO_COLUMNS_PDFPLUMBER)
    assert layout.measure == 39.5 and not layout.wrapped


# dev text notice_theory_study, design gongwen, saved as text the way a viewer copies it (a blank
# line after each line): most paragraphs have two lines, their indents dropped, so the commonest
# width of the lines cut inside a sentence is a first line's, an indent short of the measure
NOTICE_PASTED = (
    "为深入学习贯彻党的创新理论，推动理论学习往深里走、往\n"
    "\n"
    "心里走、往实里走，根据市委统一部署，经研究，决定在全市各\n"
    "\n"
    "级党委（党组）理论学习中心组中开展 2026 年度专题学习。现将\n"
    "\n"
    "有关事项通知如下。 \n"
    "\n"
    "一、学习内容 \n"
    "\n"
    "（一）深入学习党的创新理论 \n"
    "\n"
    "1.系统学习新时代党的创新理论的核心要义、精神实质、丰\n"
    "\n"
    "富内涵和实践要求，把握贯穿其中的立场观点方法。 \n"
    "\n"
    "2.结合学习《习近平谈治国理政》有关篇目，围绕高质量发\n"
    "\n"
    "展、科技自立自强、全面从严治党等重大问题开展专题研讨，每\n"
    "\n"
    "个专题安排不少于半天的集中学习时间。 \n"
    "\n"
    "（二）学习贯彻全会精神 \n"
    "\n"
    "重点学习全会审议通过的决定和说明，深刻领会全会提出的\n"
    "\n"
    "— 1 — \n"
    "\n"
    " 目标任务、重大举措，准确把握进一步全面深化改革的总体要\n"
    "\n"
)


def test_wrap_is_seen_when_the_commonest_cut_line_is_a_first_line_that_lost_its_indent():
    assert layout_of(NOTICE_PASTED).wrapped


def test_a_line_left_open_inside_any_bracket_pair_wrapped():
    # one bracket count for the cleaner (shapes.BRACKET_PAIRS): a line cut inside a book title or a
    # document number's 〔〕 goes on in the next line as surely as one cut inside （）
    from booklet.clean.measured import open_bracket

    assert open_bracket("来源：《人民日报》（2024年06月25")
    assert open_bracket("各支部要组织党员认真学习《习近平谈治国")
    assert open_bracket("按照《关于印发〈2026年理论学习计划")
    assert not open_bracket("认真学习《习近平谈治国理政》第四卷，")
    assert not open_bracket("（作者单位：江城市民政局社会救助科）")


# dev text story_ferry_dialogue, design dialogue_wide (B5, 38 characters; sweep20's sw2004), read
# by pypdfium2, first page: most paragraphs are one short turn of dialogue, so only three lines
# stop inside a sentence (far under a quarter of the lines) — but all three reach one measure and
# no line runs past it: the file is hard-wrapped, and each short line ends its paragraph
STORY_WIDE_PYPDFIUM2 = (
    "渡口 1\n"
    "渡口\n"
    "林溪\n"
    "一\n"
    "天还没亮透，河面上浮着一层薄雾。老周把船拴好，蹲在石阶上抽烟，烟头一明一\n"
    "暗。\n"
    "“周师傅，今天还开船吗？”\n"
    "说话的是村小的吴老师，背着一只旧帆布包，裤脚沾着露水。\n"
    "“开。雾散了就开。”老周说。\n"
    "“等不得了，八点钟有课。”\n"
    "老周抬头看了看天，又看了看河。\n"
    "“那就走！”\n"
    "船离岸的时候，雾里传来几声鸡叫。吴老师坐在船头，把帆布包抱在怀里，包里是\n"
    "昨晚批完的作业本，一共二十七本。\n"
    "“今年学生又少了吧？”\n"
    "“少了三个。跟着爹妈进城了。”\n"
    "“进城好啊。”\n"
    "“好是好，”吴老师顿了顿，“就是班里一下子空了好几张桌子。”\n"
    "老周没再说话，只是把桨摇得更稳了些。\n"
    "对岸的柳树慢慢从雾里显出来，先是一团影子，后来连枝条都看得清了。\n"
    "二\n"
    "那年秋天，县里来人量河。\n"
    "几个穿橙色背心的年轻人，在岸边插了一排小红旗，又扛着仪器上上下下地跑。老\n"
    "周站在船上看了半天，终于忍不住问：“你们这是要干啥？”\n"
    "“修桥！”一个小伙子笑着说，“明年这时候，您就不用摇船了。”\n"
    "“修桥？”\n"
    "“对，钢筋混凝土的，能过大车。”\n"
    "老周“哦”了一声，低头去解缆绳，解了好几下才解开。\n"
    "晚上，他把这事告诉老伴。老伴正在灶前烧火，火光映得她满脸通红。\n"
    "“修桥是好事嘛。”她说。\n"
    "“我知道是好事。”\n"
    "“那你愁个啥？”\n"
    "第1页 共2页\n"
)

STORY_WIDE_PARAGRAPHS = [
    "天还没亮透，河面上浮着一层薄雾。老周把船拴好，蹲在石阶上抽烟，烟头一明一暗。",
    "“周师傅，今天还开船吗？”",
    "说话的是村小的吴老师，背着一只旧帆布包，裤脚沾着露水。",
    "“开。雾散了就开。”老周说。",
    "“等不得了，八点钟有课。”",
    "老周抬头看了看天，又看了看河。",
    "“那就走！”",
    "船离岸的时候，雾里传来几声鸡叫。吴老师坐在船头，把帆布包抱在怀里，包里是昨晚批完的作业本，一共二十七本。",
    "“今年学生又少了吧？”",
    "“少了三个。跟着爹妈进城了。”",
    "“进城好啊。”",
    "“好是好，”吴老师顿了顿，“就是班里一下子空了好几张桌子。”",
    "老周没再说话，只是把桨摇得更稳了些。",
    "对岸的柳树慢慢从雾里显出来，先是一团影子，后来连枝条都看得清了。",
    "那年秋天，县里来人量河。",
    "几个穿橙色背心的年轻人，在岸边插了一排小红旗，又扛着仪器上上下下地跑。老周站在船上看了半天，终于忍不住问：“你们这是要干啥？”",
    "“修桥！”一个小伙子笑着说，“明年这时候，您就不用摇船了。”",
    "“修桥？”",
    "“对，钢筋混凝土的，能过大车。”",
    "老周“哦”了一声，低头去解缆绳，解了好几下才解开。",
    "晚上，他把这事告诉老伴。老伴正在灶前烧火，火光映得她满脸通红。",
    "“修桥是好事嘛。”她说。",
    "“我知道是好事。”",
    "“那你愁个啥？”",
]


def test_dialogue_at_a_wide_measure_is_wrapped_though_few_lines_run_on():
    layout = layout_of(STORY_WIDE_PYPDFIUM2)
    assert layout.wrapped and layout.measure == 36.0


def test_each_short_turn_of_dialogue_at_a_wide_measure_is_its_own_paragraph(clean, texts):
    doc, _ = clean(STORY_WIDE_PYPDFIUM2)
    assert texts(doc, Paragraph) == STORY_WIDE_PARAGRAPHS
    assert texts(doc, Heading) == ["一", "二"]


def test_a_few_lines_at_one_width_do_not_make_a_wrap_when_paragraphs_run_past_it():
    # the same page followed by its two long paragraphs again, each on one line (text pasted
    # partly with the page's line breaks, partly one paragraph a line): two lines of 38 body lines
    # run past the width the three cut lines share, more than a stray line — that width is not
    # shown to be a measure every line keeps, and the few cut lines alone do not make a wrap
    lines = STORY_WIDE_PYPDFIUM2.split("\n")
    paragraphs = [p for p in STORY_WIDE_PARAGRAPHS if len(p) > 38]
    assert len(paragraphs) == 2
    text = "\n".join(lines + paragraphs)
    assert not layout_of(text).wrapped


# dev text report_bold_headings, design wide_40_bold_centred (from sweep25's heading sweep), read by
# pypdfium2: a 40-character measure, first-line indents dropped, most paragraphs of two lines, and
# eleven unpunctuated headings, an office and a date that stop inside a sentence far short of the
# measure — more such lines than lines the measure cut, so the file had been read as one paragraph
# a line and every heading ran into the paragraph above it
REPORT_WIDE_PYPDFIUM2 = (
    "市科技局2025年工作总结和2026年工作思路\n"
    "2025年，在市委、市政府的坚强领导下，市科技局深入实施创新驱动发展战略，聚焦科\n"
    "技自立自强，全力推进科技创新各项工作，较好完成了年度目标任务。现将有关情况报告如\n"
    "下。\n"
    "主要工作成效\n"
    "创新平台建设取得新突破\n"
    "全年新增省级以上创新平台28家，其中国家级平台3家。市实验室完成一期建设并投入\n"
    "运行，引进科研团队15个，承担重大科研项目22项。\n"
    "科技企业培育跑出加速度\n"
    "深入实施科技企业梯次培育计划，全年新认定高新技术企业612家，总数达到3105家；\n"
    "科技型中小企业入库评价数量同比增长26%。\n"
    "科技成果转化步伐加快\n"
    "技术合同成交额达到186亿元，同比增长31%。组织科技成果对接活动48场，促成校企合\n"
    "作项目300余项。\n"
    "存在的问题\n"
    "对照高质量发展要求，我们的工作还存在一些不足：基础研究投入偏少，原始创新能力\n"
    "不强；企业研发投入不均衡，部分中小企业创新意愿不足；科技人才引育机制有待完善。\n"
    "2026年工作思路\n"
    "坚持问题导向，补齐基础研究短板\n"
    "设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，力争全市基础研究\n"
    "投入占研发投入的比重提高1个百分点。\n"
    "坚持企业主体，提升企业创新能力\n"
    "实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆盖；支持龙头企业牵\n"
    "头组建创新联合体，承担重大科技攻关任务。\n"
    "坚持人才引领，优化创新生态\n"
    "完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让科研人员把更多精\n"
    "力投入到科研工作中。\n"
    "江城市科学技术局\n"
    "2026年1月10日\n"
)


def test_a_wide_measure_is_a_wrap_though_headings_outnumber_the_lines_it_cut():
    layout = layout_of(REPORT_WIDE_PYPDFIUM2)
    assert layout.wrapped


def test_headings_over_two_line_paragraphs_at_a_wide_measure_stand_alone(clean, texts):
    doc, _ = clean(REPORT_WIDE_PYPDFIUM2)
    assert doc.articles[0].title == "市科技局2025年工作总结和2026年工作思路"
    assert texts(doc, Heading) == [
        "主要工作成效", "创新平台建设取得新突破", "科技企业培育跑出加速度", "科技成果转化步伐加快",
        "存在的问题", "2026年工作思路", "坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力",
        "坚持人才引领，优化创新生态"]
    paragraphs = texts(doc, Paragraph)
    assert "对照高质量发展要求，我们的工作还存在一些不足：基础研究投入偏少，原始创新能力不强；" \
           "企业研发投入不均衡，部分中小企业创新意愿不足；科技人才引育机制有待完善。" in paragraphs
    assert "技术合同成交额达到186亿元，同比增长31%。组织科技成果对接活动48场，促成校企合作项目300余项。" \
        in paragraphs


def test_a_run_of_short_lines_still_counts_against_a_wrap():
    # the same report's headings alone, each over the next (a list, a 名单's cells): none stands
    # over a longer line, so they are not set off from a text the measure cut, and the two full
    # lines of the one paragraph left do not make a wrap of their own against them
    heads = [ln for ln in REPORT_WIDE_PYPDFIUM2.split("\n") if ln and len(ln) < 16]
    text = "\n".join(heads[:10] + REPORT_WIDE_PYPDFIUM2.split("\n")[1:4])
    assert not layout_of(text).wrapped
