"""A page of ``pdftotext -layout`` text whose columns show in its cells is dealt by them, though its
left column's lines stand beside a masthead rather than beside body lines (``flow.column_flow``,
``pagemodel.cells_columned``); and a later column's indented top line opens the columns, no head.

``pdftotext -layout`` writes each row of a page at the cells where its glyphs stand.  A two-column
brief whose right column stands beside the masthead (title, issue number, issuer's line, the
report's title) has few split rows with a full left line, the test a page of other extractors'
text must pass to be dealt; its cells still show where the right column starts.  A one-column page
with a list set in a grid (names padded into cells) shows cells too, but its body lines run across
them, and no line stands alone at them.  The snippets are real: the dev text jianbao_flood_season
set in the dev design ``jianbao_two_span_ruled`` (two columns, the masthead over the first), and
the dev text decision_commendation_list in ``gongwen_kai_heads`` (one column, a list of names in a
grid), each read back by ``pdftotext -layout``.  Expected values follow the printed page.
"""

from __future__ import annotations

from booklet.clean.flow import FLOW_COLUMNS_MAX
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.clean.pagemodel import cells_columned, column_starts
from booklet.readers.text import raw_lines
from booklet.report import Report

JIANBAO_TWO_COLUMNS_LAYOUT = '                                    一是部分山塘水库监测设施老化。\n       工作简报                         二是个别乡镇预案针对性不强。\n                                    三是基层抢险队伍专业化水平有待提\n           第12期                高。\n江城市水利局办公室编 2026年10月15日              下一步，市水利局将结合冬春水利建\n                               设，抓紧开展水毁工程修复，补齐监测预警\n                               短板，为明年安全度汛打好基础。\n全市2026年防汛工作                         报：市委办公室，市政府办公室。\n                                    送：市防汛抗旱指挥部各成员单位。\n   情况通报                             发：各区（县）水利局，局属各单位。\n  今 年 汛 期， 全市 共经 历强 降雨 过 程 9               江城市水利局办公室\n次，平均降雨量较常年偏多23%。                           2026年10月15日印发\n  在各级各部门共同努力下，全市未发生\n人员伤亡。\n  现将主要情况通报如下。\n  1. 责任体系压得更实。汛前，全市逐\n级明确防汛行政责任人1426名，水库、堤\n防、山洪灾害危险区等重点部位责任人全部\n落实到岗，并在媒体上公布。\n  2. 隐患排查改得更早。4月至5月，各\n地共排查防汛隐患318处，已完成整改311\n处。其余7处均落实了临时度汛措施。\n  3. 预警发布跑得更快。市气象、水文\n部门加强会商，累计发布暴雨预警信息46\n期，通过短信、应急广播等渠道覆盖群众\n120余万人次。\n  4. 人员转移做得更细。针对7月“8·0\n2”强降雨过程，各地提前转移受威胁群众\n4820人，做到应转尽转、不漏一户、不落一\n人。\n  5. 抢险救援准备更足。全市组建专业\n抢险队伍32支，储备编织袋、救生衣等防汛\n物资价值2100万元。\n  6. 值班值守盯得更紧。主汛期全市各\n级防汛机构实行24小时领导带班和专人值班\n制度，累计处置险情19起，均在第一时间得\n到有效控制。\n  汛期工作中也暴露出一些问题。\n\n\n                           —1—\n\x0c'

COMMENDATION_ONE_COLUMN_LAYOUT = '               江文明委〔2026〕7号\n\n\n\n关于表彰2026年度江城市文明单位和文明家庭\n                  的决定\n各区（县）精神文明建设委员会，市文明委各成员单位：\n     2026年，全市各级各部门深入开展群众性精神文明创建活动，\n涌现出一批群众认可、社会公认的文明单位和文明家庭。为树立典\n型、弘扬正气，经基层推荐、审核公示，市文明委决定，授予江城\n市第一中学等20个单位“江城市文明单位”称号，授予王建国家庭\n等12户家庭“江城市文明家庭”称号。\n     希望受到表彰的单位和家庭珍惜荣誉、再接再厉，在今后的工\n作和生活中继续发挥示范带动作用。全市广大干部群众要以先进为\n榜样，积极投身文明城市创建，为建设美丽幸福新江城作出新的贡\n献。\n     附件：2026年度江城市文明单位和文明家庭名单\n                        江城市精神文明建设委员会\n                              2026年12月1日\n\n\n  2026年度江城市文明单位和文明家庭名单\n     一、江城市文明单位（20个）\n     江城市第一中学   江城市人民医院   江城市图书馆\n     江城市税务局第一分局    江城市公共交通集团有限公司\n\n\n\n                                    —1—\n\x0c     东湖区东湖街道东湖社区   东湖区城市管理局\n     西山区人民法院   西山区青石镇人民政府\n     南岭县南岭镇中心小学   南岭县供电公司\n     北塘县人民检察院   北塘县农村信用合作联社\n     江城经济技术开发区管委会政务服务中心\n     江城市自来水有限公司   江城市档案馆   江城市博物馆\n     江城市第二人民医院   江城市实验幼儿园   江城市气象局\n     二、江城市文明家庭（12户）\n     王建国家庭（东湖区东湖街道）    李秀英家庭（东湖区长青街\n道）\n     张德明家庭（西山区青石镇）    刘玉兰家庭（西山区西山街\n道）\n     陈志强家庭（南岭县南岭镇）    赵春梅家庭（南岭县白沙乡）\n     孙国平家庭（北塘县北塘镇）    周桂芳家庭（北塘县马桥镇）\n     吴新华家庭（江城经济技术开发区）    郑丽娟家庭（东湖区新\n城街道）\n     黄志远家庭（西山区石门镇）    林晓燕家庭（南岭县龙口镇）\n\n\n\n\n—2—\n\x0c'


def _lines(text: str):
    return mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))


def test_the_masthead_and_the_first_column_are_read_before_the_second(flowed):
    found = flowed(JIANBAO_TWO_COLUMNS_LAYOUT)
    text = "".join(found)
    # the left column runs from the masthead to its foot, then the right column from its top line
    assert text.index("工作简报") < text.index("现将主要情况通报如下。") < text.index("汛期工作中也暴露出一些问题。") \
        < text.index("一是部分山塘水库监测设施老化。") < text.index("二是个别乡镇预案针对性不强。") \
        < text.index("下一步，市水利局将结合冬春水利建") < text.index("2026年10月15日印发")


def test_the_right_columns_indented_top_line_is_no_head(flowed):
    found = flowed(JIANBAO_TWO_COLUMNS_LAYOUT)
    # the right column's first line stands above the masthead on the page, indented: it opens the
    # column, it is no head over the page read first
    assert found[0] == "工作简报"
    assert found.index("一是部分山塘水库监测设施老化。") == found.index("汛期工作中也暴露出一些问题。") + 1


def test_a_two_column_page_is_in_columns_by_its_cells():
    lines = _lines(JIANBAO_TWO_COLUMNS_LAYOUT)
    starts = column_starts(lines, FLOW_COLUMNS_MAX)
    assert len(starts) == 2
    assert cells_columned(lines, starts)


def test_a_one_column_page_with_a_grid_list_is_not():
    lines = _lines(COMMENDATION_ONE_COLUMN_LAYOUT)
    starts = column_starts(lines, FLOW_COLUMNS_MAX)
    assert len(starts) == 2   # (the list's grid shows cells)
    assert not cells_columned(lines, starts)
    assert cells_columned(lines, ()) is False


def test_a_justified_left_line_beside_the_right_column_is_read_whole(flowed):
    found = flowed(JIANBAO_TWO_COLUMNS_LAYOUT)
    # the left column's letter-spaced first body line is one line of it (its spaces are justification,
    # no gutter); the issuer's name padded beside it is the right column's, above the printing date
    assert found[found.index("今 年 汛 期， 全市 共经 历强 降雨 过 程 9") + 1] == "次，平均降雨量较常年偏多23%。"
    assert found.index("江城市水利局办公室") == found.index("2026年10月15日印发") - 1
    assert found.index("发：各区（县）水利局，局属各单位。") < found.index("江城市水利局办公室")
