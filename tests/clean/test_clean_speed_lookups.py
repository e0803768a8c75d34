"""Cleaning speed, one-column text (branch unw34): lookups that answer as the slower ones did.

Each helper here replaces work done per line or per pair with a cheaper look that gives the same
answer: ``shapes.has_short_line_role`` asks only the shapes of ``SHORT_LINE_ROLES`` that can
settle a role, the 名单 rows are screened by their gaps and their last character before their
patterns are tried, ``blocks._tight`` learns each edge character once, ``to_blocks`` asks once a
file whether the reader gave runs, ``pagehead._print_feet`` scans the file once for an address.
Snippets are lines of the dev texts (byline, 名单, compiler, browser foot) as extractors wrote them.
"""

from __future__ import annotations

import random

from booklet.clean import blocks, pagehead, unwrap
from booklet.clean.lines import to_lines
from booklet.clean.unwrap import Group
from booklet.readers.text import raw_lines
from booklet.clean.pages import Pages
from booklet.shapes import (_ROLES_UP_TO, BRACKET_OPENING_RE, BRACKET_PAIRS, NAME_ROW_RE, ROW_LINE_RE, SHORT_LINE_ROLES,
                            WHOLE_NAME_RE, has_short_line_role, leaves_bracket_open, short_line_role)

# Lines of dev texts: bylines, a compiler's line, a 名单's rows and names, a speaker's turn, a
# heading, prose, a browser foot.
SNIPPETS = [
    "本报记者 郑小川", "江城市民政局 张晓燕", "江城市大数据中心 编", "党委宣传部 编",
    "江城市第一中学　江城市人民医院　江城市图书馆", "二、江城市文明家庭（12户）",
    "王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）", "江城经济技术开发区管委会政务服务中心",
    "问：在户外遇到洪水怎么办？", "基层治理工作要论摘编", "金秋九月，硕果飘香。在第四十二个教师节到来之际，",
    "https://www.jiangcheng.gov.cn/art/2026/11/30/art_1029_58213.html 1/2", "此致", "9:00—9:10　主持人介绍会议有关情况",
]


def test_has_short_line_role_answers_as_the_whole_table():
    roles = {role for role, _ in SHORT_LINE_ROLES}
    pairs = [f"{a} {b}" for a in SNIPPETS[:4] for b in ("张晓燕", "可欣")]
    for text in SNIPPETS + pairs:
        for role in roles:
            assert has_short_line_role(text, role) == (short_line_role(text) == role), (text, role)
    assert has_short_line_role("本报记者 郑小川", "byline") and not has_short_line_role("党委宣传部 编", "byline")


def test_byline_is_settled_by_the_table_down_to_its_last_byline_shape():
    # a byline's role is settled by the field's shape and the three byline shapes (texts85b: the
    # poet's line, ``POET_BYLINE_RE``): four, of fifteen
    assert [role for role, _ in _ROLES_UP_TO["byline"]] == ["field", "byline", "byline", "byline"]


def test_name_rows_are_screened_by_their_gaps_and_last_character():
    rng = random.Random(34)
    lines = SNIPPETS + ["".join(rng.sample(text, len(text))) for text in SNIPPETS for _ in range(5)]
    for text in lines:
        if NAME_ROW_RE.match(text):
            assert unwrap._has_row_gap(text), text
        if WHOLE_NAME_RE.match(text):
            assert unwrap._ends_as_name(text), text
    assert unwrap._ends_as_name("江城经济技术开发区管委会政务服务中心")
    assert not unwrap._ends_as_name("金秋九月，硕果飘香。") and not unwrap._has_row_gap("江城市第一中学")


def _lines(text):
    return to_lines(raw_lines(text))


def test_tight_learns_each_edge_character_once_and_answers_as_the_pattern():
    lines = _lines("在第四十二个教师节到来之际，中共江城市委、江城市人民政府向辛\n"
                   "勤耕耘在全市各级各类学校的广大教师和教育工作者，向为我市教育事业作出贡献的离退休\n"
                   "教职工，致以节日的问候和崇高的敬意！\n")
    blocks._TIGHT_CHARS.clear()
    assert blocks._tight(lines)
    assert blocks._TIGHT_CHARS == {"辛": True, "休": True}   # (each break settled by the line's last character)
    latin = _lines("the plan\ngoes on\n")
    assert not blocks._tight(latin) and blocks._TIGHT_CHARS["n"] is False and blocks._TIGHT_CHARS["g"] is False


def test_join_group_takes_the_files_answer_about_runs():
    lines = _lines("在第四十二个教师节到来之际，向辛\n勤耕耘的广大教师致以节日的问候！\n")
    text, starts, bold = blocks.join_group(Group(list(lines)), None, False)
    assert text == "在第四十二个教师节到来之际，向辛勤耕耘的广大教师致以节日的问候！" and bold == ()
    assert starts == ((0, lines[0].lineno), (len(lines[0].text), lines[1].lineno))


def test_print_feet_scan_the_file_once_for_an_address():
    assert pagehead._ADDRESS_STARTS == ("http", "file:", "about:")
    prose = _lines("金秋九月，硕果飘香。\n致以节日的问候和崇高的敬意！\n")
    assert pagehead._print_feet(prose) == set()
    foot = _lines("致以节日的问候和崇高的敬意！\n"
                  "https://www.jiangcheng.gov.cn/art/2026/11/30/art_1029_58213.html 1/1\n")
    assert pagehead._print_feet(foot) == {1}


def test_row_lines_are_screened_by_the_colon_near_their_start():
    rows = ["页面显示空白：清除浏览器缓存后重试。", "待办数量不更新：退出后重新登录。"]
    prose = ["市委在部署机关作风建设时明确提出：要…", "金秋九月，硕果飘香：", "记者：", "此致"]
    for text in rows + prose:
        assert unwrap._row_line(text) == (ROW_LINE_RE.match(text) is not None), text
    assert all(map(unwrap._row_line, rows)) and not any(map(unwrap._row_line, prose))


def test_a_line_with_no_opening_bracket_leaves_none_open():
    lines = ["来源：《人民日报》（2024年06月25", "日02版）", "（作者单位：江城市民政局社会救助", "科）",
             "金秋九月，硕果飘香。", "【材料2】", "《礼记·大学", "(2)检查房屋"]
    for text in lines:
        counted = any(text.count(o) > text.count(c) for o, c in BRACKET_PAIRS)
        assert leaves_bracket_open(text) == counted, text
        assert counted <= (BRACKET_OPENING_RE.search(text) is not None)


def test_head_pieces_read_the_lines_alone_in_one_pass(monkeypatch):
    # a one-page newspaper's head written as blocks of their own (pdfminer): the page number and
    # the section name alone between blank lines are its pieces, found as ``_alone`` finds them
    text = "要闻\n\n第1版\n\n2026年9月8日\n星期二\n\n江城日报\n正文第一行，\n正文第二行。\n"
    lines = _lines(text)
    pages = Pages((0,), frozenset(), False)
    expected = pagehead.head_pieces(lines, pages, set())
    assert [k for k in range(len(lines)) if pagehead._alone(lines, k)] == [0, 1]

    def once_a_line(*args):
        raise AssertionError("asked once a line")

    monkeypatch.setattr(pagehead, "_alone", once_a_line)
    assert pagehead.head_pieces(lines, pages, set()) == expected == {0, 1}
