"""Rows of one kind, a block each: the declared table ``unwrap.ROW_KINDS`` and its reader
``unwrap._row_edge`` (issue 10, tidy29), and the shared pieces of ``booklet.shapes`` under the clocks,
the page counts and the dates.

Each snippet is real: lines of a dev text of the evaluation harness (``tests/eval/texts/dev``) set in
one of its designs and read back by the extractor named above it.  Expected values are what a
careful reader of the printed page sees: each row of a 名单, of a form's particulars, of a 版记 is a
line of its own; a row the measure wrapped keeps its tail.
"""

from __future__ import annotations

import pytest

from booklet.clean.layout import study_layout
from booklet.clean.lines import Line, to_lines
from booklet.clean.unwrap import ABOVE, FIRST, ROW_KINDS, _row_edge, group_lines
from booklet.readers.text import raw_lines
from booklet.shapes import (CLOSING_RE, HEAD_DAY_DATE_RE, ISSUED_ON_RE, PAGE_COUNT_RE, PAGE_NUMBER_RE,
                            PRINT_FOOT_RE, PRINT_HEAD_RE, SCHEDULE_DAYPARTS, SCHEDULE_ROW_RE, TABLE_ROW_RE)


def _lines(text: str) -> list[Line]:
    return to_lines(raw_lines(text))


def _edges(text: str, head_at: int = 0) -> list[bool]:
    """``_row_edge`` at each boundary of ``text``'s lines, the block taken to start at line ``head_at``."""
    lines = _lines(text)
    head = lines[head_at]
    return [_row_edge(prev, cur, head) for prev, cur in zip(lines, lines[1:])]


def test_every_row_kind_says_what_it_is_compared_with_and_why():
    names = [kind.name for kind in ROW_KINDS]
    assert len(set(names)) == len(names)
    for kind in ROW_KINDS:
        assert kind.reason, kind.name
        assert kind.compared in (ABOVE, FIRST, ""), kind.name
        assert (kind.pair is None) == (kind.compared == ""), kind.name   # (a line compared is asked its shape)
        assert kind.compared or kind.ended is not None, kind.name        # (a row alone is decided by the line above)


# dev text decision_commendation_list, design gongwen_kai_heads, pdfminer (blank lines between
# the rows dropped): rows of a 名单 as wide as their names made them, a long name a row to itself
NAME_ROWS = """东湖区东湖街道东湖社区　东湖区城市管理局
西山区人民法院　西山区青石镇人民政府
北塘县人民检察院　北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
"""


def test_rows_of_a_name_list_each_start_a_block_and_a_long_name_takes_its_own_row():
    assert _edges(NAME_ROWS) == [True, True, True]


# the same text, the section under it: a heading, then rows the measure cut inside a bracket
# (「…李秀英家庭（东湖区长青街」 / 「道）」 in the paste; here the heading is no row)
NAME_ROWS_AFTER_HEADING = """二、江城市文明家庭（12户）
王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街
"""


def test_a_heading_is_not_a_row_of_the_name_list_under_it():
    assert _edges(NAME_ROWS_AFTER_HEADING) == [False]


# dev text decision_admin_penalty, design gongwen, pdftotext: the party's particulars, one field a
# line, compared with the block's first field; then the first paragraph
FIELDS = """当事人：江城市绿源食品贸易有限公司
统一社会信用代码：91320500MA1X7K3P2Q
住所：江城市南湖区滨江路188号
法定代表人：周建华
2026年6月12日，本局执法人员根据群众举报，对当事人位
"""


def test_fields_of_a_form_each_start_a_block_and_the_prose_after_is_no_field():
    assert _edges(FIELDS) == [True, True, True, False]


# the same text in design two_columns_plain, pasted from a viewer: the code wrapped at the
# column's edge, its tail 「Q」 on the next line
WRAPPED_FIELD = """当事人：江城市绿源食品贸易有限公司
统一社会信用代码：91320500MA1X7K3P2
Q
住所：江城市南湖区滨江路188号
"""


def test_a_field_that_wrapped_keeps_its_tail():
    assert _edges(WRAPPED_FIELD) == [True, False, True]


# dev text decision_admin_penalty, design a5_book, pdfminer (blank lines between lines dropped):
# the 版记's row wrapped at the measure, its tail on the next line
WRAPPED_COLOPHON = """抄送：江城市人民检察院，江城市公安局南湖分
局。
"""


def test_a_colophon_row_that_wrapped_keeps_its_tail():
    assert _edges(WRAPPED_COLOPHON) == [False]


# dev text jianbao_flood_season, design jianbao_two_span_ruled, a browser viewer's paste (blank lines dropped): the body's last
# sentence, the 版记 rows 报：/送：/发：, then the printing office
COLOPHON_ROWS = """设，抓紧开展水毁工程修复，补齐监测预警
短板，为明年安全度汛打好基础。
报：市委办公室，市政府办公室。
送：市防汛抗旱指挥部各成员单位。
发：各区（县）水利局，局属各单位。
江城市水利局办公室
"""


def test_colophon_rows_each_start_a_block_after_the_body():
    assert _edges(COLOPHON_ROWS) == [False, True, True, True, False]


# the same text and design read by pdfplumber, which deals the title's second line (「情况通报」)
# in among the 版记's rows: the block began with the row 「报：…」, and the row after the title's
# line follows no finished sentence
COLOPHON_DEALT = """报：市委办公室，市政府办公室。
送：市防汛抗旱指挥部各成员单位。
情况通报
发：各区（县）水利局，局属各单位。
"""


def test_a_colophon_row_in_a_block_begun_by_a_row_starts_a_block_after_any_line():
    assert _edges(COLOPHON_DEALT) == [True, False, True]


# dev text request_qingshi_banji, design report16_flush_hei, pdftotext: the body's last line fills
# the measure, then the closing formula, then the attachment line
REQUEST_END = """现行财政体制由市、区县两级分担，市级财政对远郊县给予适当倾斜。
妥否，请批示。
附件：1．江城市城乡低保标准调整测算表
"""


def test_a_closing_formula_is_a_block_of_its_own_and_nothing_runs_on_from_it():
    assert _edges(REQUEST_END) == [True, True]


# dev text notice_meeting_agenda, design a5_no_indent_larger, a browser viewer's paste (blank lines dropped): the rows of the
# 议程, compared with the block's first row, then the next section's heading
AGENDA = """9:00—9:10\u3000主持人介绍会议有关情况
9:10—9:40\u3000观看基层理论宣讲工作专题片
9:40—10:40\u30005个单位作交流发言
10:40—10:50\u3000宣读表扬决定并颁发证书
五、有关要求
"""


def test_rows_of_a_timetable_each_start_a_block():
    assert _edges(AGENDA) == [True, True, True, False]


# dev text survey_report_tables, design report16_flush_hei, a browser viewer's paste (blank lines
# dropped): the header row and data rows of a table turned to text, then the note under it
TABLE = """区域\u3000设施数量（个）\u3000托养床位（张）\u3000日均服务（人次）
主城区\u3000172\u30002036\u30009860
近郊区\u3000128\u30001425\u30006120
资料来源：市民政局养老服务信息平台，统计截至2026年9月30日。
"""


def test_rows_of_a_table_each_start_a_block():
    assert _edges(TABLE) == [True, True, False]


def test_shared_clock_piece_keeps_each_clock_its_own_colon():
    # a timetable's row may use the full-width colon; a browser's print stamp never does
    assert SCHEDULE_ROW_RE.match("9：00—9：10　主持人介绍会议有关情况") is not None
    assert SCHEDULE_ROW_RE.match("下午2:30—4:00　分组讨论") is not None
    assert PRINT_HEAD_RE.match("2026/11/30 15:42 关于开展防汛工作的通知") is not None
    assert PRINT_HEAD_RE.match("11/30/26, 3:42 PM 关于开展防汛工作的通知") is not None
    assert PRINT_HEAD_RE.match("2026/11/30 15：42 关于开展防汛工作的通知") is None


def test_shared_page_count_piece_names_page_and_count():
    assert PAGE_COUNT_RE.match("1/2").group("n", "m") == ("1", "2")
    assert PAGE_NUMBER_RE.match("3 / 20").group("n", "m") == ("3", "20")
    foot = PRINT_FOOT_RE.match("https://www.example.gov.cn/art/2026/11/30/art_1029_58213.html1/2")
    assert foot.group("n", "m") == ("1", "2")
    assert PRINT_FOOT_RE.match("https://www.example.gov.cn/art/2026/11/30").group("n") is None


def test_shared_date_pieces():
    assert HEAD_DAY_DATE_RE.match("2026年5月12日  星期二").group("weekday").strip() == "星期二"
    assert ISSUED_ON_RE.match("江城市水利局办公室编  2026年10月15日") is not None
    assert ISSUED_ON_RE.match("江城市水利局办公室编  2026年10月") is None   # (a month dates a band, not an issue)
    assert CLOSING_RE.match("特此通知。") is not None
    assert TABLE_ROW_RE.match("主城区　172　2036　9860") is not None


def _kinds_of(text: str) -> list[str]:
    """Which of a timetable's row and a form's field ``text`` is shaped as (``RowKind.row``)."""
    return [kind.name for kind in ROW_KINDS if kind.name in ("timetable row", "form field") and kind.row(text)]


# dev text notice_meeting_agenda (its 议程 rows, its 联系 fields, the 回执's 备注, the 会议时间 line):
# a timetable's row opens on its clock before any colon, a form's field on its label — no line has
# both shapes, so a timetable-looking line is never a field and a field holding clocks is no row
@pytest.mark.parametrize("text, kinds", [
    ("9:00—9:10\u3000主持人介绍会议有关情况", ["timetable row"]),
    ("10:40—10:50\u3000宣读表扬决定并颁发证书", ["timetable row"]),
    ("联系电话：0512-68821356\u3000传真：0512-68821357", ["form field"]),
    ("电子邮箱：llc_jcxj@example.gov.cn", ["form field"]),
    ("备注：请于11月12日下午5:00前报送，逾期视为不参会。", []),        # (a sentence: no field)
    ("2026年11月18日（星期三）上午9:00，会期半天。", []),   # (its clock is no row's)
])
def test_a_timetable_row_and_a_form_field_are_told_by_their_first_words(text, kinds):
    assert _kinds_of(text) == kinds


def test_a_timetable_row_may_open_on_any_part_of_the_day_its_pattern_reads():
    # the look before the pattern (``unwrap._opens_on_clock``) and ``SCHEDULE_ROW_RE`` read the same
    # parts of the day (``shapes.SCHEDULE_DAYPARTS``): a row of the agenda above set after 晚上 is a row
    row = "9:00—9:10\u3000主持人介绍会议有关情况"
    for part in SCHEDULE_DAYPARTS:
        assert SCHEDULE_ROW_RE.match(part + row) is not None, part
        assert "timetable row" in _kinds_of(part + row), part


# dev text decision_commendation_list, design gongwen_kai_heads, pdfminer (blank lines between the
# lines dropped): the decision's last lines, then the 名单 whose long name takes a row to itself
# (「江城经济技术开发区管委会政务服务中心」), and the row after that name
LONG_NAME_ROWS = """希望受到表彰的单位和家庭珍惜荣誉、再接再厉，在今后的工
作和生活中继续发挥示范带动作用。全市广大干部群众要以先进为
榜样，积极投身文明城市创建，为建设美丽幸福新江城作出新的贡
献。
一、江城市文明单位（20个）
南岭县南岭镇中心小学　南岭县供电公司
北塘县人民检察院　北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
江城市自来水有限公司　江城市档案馆　江城市博物馆
江城市第二人民医院　江城市实验幼儿园　江城市气象局
"""


def test_a_row_after_a_long_name_alone_is_left_to_the_measure():
    # no row kind pairs a row with a name alone above it: the boundary after the long name is the
    # measure's (the name stops ten em short of a 29 em measure), and the rows stay apart
    lines = _lines(LONG_NAME_ROWS)
    at = [line.text for line in lines].index("江城经济技术开发区管委会政务服务中心")
    assert [_row_edge(lines[k - 1], lines[k], lines[k - 1]) for k in (at, at + 1, at + 2)] == [True, False, True]
    groups = ["".join(line.text for line in group.lines) for group in group_lines(lines, study_layout(lines))]
    assert groups[-4:] == [line.text for line in lines[at - 1:]]   # (a row, the name, two rows: a block each)
