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
from booklet.shapes import _ROLES_UP_TO, NAME_ROW_RE, SHORT_LINE_ROLES, WHOLE_NAME_RE, has_short_line_role, short_line_role

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
    # a byline's role is settled by the field's shape and the two byline shapes: three, of fourteen
    assert [role for role, _ in _ROLES_UP_TO["byline"]] == ["field", "byline", "byline"]


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
