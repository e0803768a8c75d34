"""A 简报's 报头 in the arrangements bull67 named and did not draw (mast68, issue 10): the issue between
the office and the day on the 编发 line's one row (「江城市水利局办公室编 第12期 2026年10月15日」), the
issue over the name, the name set across two lines (「工作」 / 「简报」), a circulation mark at the corner
over the unit (「秘密」), the issue with its running count (「第12期 总第127期」).  Whatever the
arrangement the first page prints the name and the issue, and the unit's line over them is the band:
it goes (with the corner's mark), the name alone heads the text, the issue and the 编发 line stay text.
On main the unit ran on into the name as one heading (「江城市人民政府办公室工作简报」), or the unit, the
name and the issue went together as a band (the name lost).

Pages are real extractions, whole: the dev texts set by ``heading_sweep.py --kind bulletin --masthead
mast68 --designs 14 --seed 92`` and read by PDFium, pypdf, ``pdftotext -raw`` and a viewer's copy
(``tests/data/extractions/*_s92_masthead__*``; bl66_00 the issue on the 编发 row, cut before 「日」;
bl66_02 a two-line name; bl66_04 the running count; bl66_06 the issue and its count over the name, no
编发 line; bl66_08 the issue over the name, pypdf cutting its Latin figure 「第」 / 「7」 / 「期」; bl66_10
「秘密」 over the unit; bl66_12 「秘密」, a two-line name and the issue on the 编发 row).
"""

from __future__ import annotations

import re

import pytest

from booklet import shapes

_WHOLE = [
    ("jianbao_flood_season__bl66_00_s92_masthead__pypdfium2.txt", "江城市人民政府办公室", "工作简报", "第12期"),
    ("jianbao_flood_season__bl66_02_s92_masthead__pdftotext_raw.txt", "中共江城市委办公室", "工作简报", "第12期"),
    ("jianbao_marker_heads__bl66_04_s92_masthead__paste_viewer.txt", "中共江城市委办公室", "工作简报", "第7期总第180期"),
    ("jianbao_marker_heads__bl66_08_s92_masthead__pypdf.txt", "青禾县农业农村局", "工作简报", "第7期"),
    ("jianbao_flood_season__bl66_10_s92_masthead__pypdfium2.txt", "青禾县农业农村局", "工作简报", "第12期"),
    ("jianbao_flood_season__bl66_12_s92_masthead__pypdfium2.txt", "青禾县农业农村局", "工作简报", "第12期"),
]


# (``--masthead long --designs 6 --seed 93``) the publication named by its trade before its kind, longer
# than a bare section name: plain, spaced out and wrapped at the measure (「江　城　水　利　工　作」 / 「简　报」),
# on main the unit ran on into it, or the
# unit, the name and its issue went as one band
_WHOLE += [
    ("jianbao_flood_season__bl66_01_s93_masthead__pypdfium2.txt", "江城市委政策研究室", "江城水利工作简报", "第12期"),
    ("jianbao_marker_heads__bl66_00_s93_masthead__pdftotext_raw.txt", "江城市人民政府办公室", "农业农村工作动态", "第7期"),
    ("jianbao_flood_season__bl66_03_s93_masthead__pypdf.txt", "青禾县农业农村局", "纪检监察工作简报", "第12期"),
    ("jianbao_flood_season__bl66_00_s93_masthead__paste_viewer.txt", "江城市人民政府办公室", "宣传工作简报", "第12期"),
]


@pytest.mark.parametrize("name, unit, name_, issue", _WHOLE)
def test_the_masthead_in_an_arrangement_not_drawn_before(closed_texts, extracted, headings_of, name, unit, name_, issue):
    doc = extracted(name)
    text = closed_texts(doc)
    assert not any(t.startswith((unit, "秘密")) for t in text)       # the unit's line (and the mark) the band
    assert "".join(headings_of(doc)[0].split()) == name_            # the name alone heads the text
    assert any(issue in t for t in text)                             # the issue stays, alone or on its row
    assert any(re.search(r"\d{4}年\d+月\d+日$", t) for t in text)  # the 编发 line stays (pypdf: its day apart)


def test_the_issue_over_the_name_with_no_issuing_line(closed_texts, extracted, headings_of):
    # bl66_06: 「江城市委政策研究室」 / 「第 12 期 总第 127 期」 / 「工作简报」 / the title — on main the three went
    # as one band and the title headed the text
    doc = extracted("jianbao_flood_season__bl66_06_s92_masthead__pypdfium2.txt")
    text = closed_texts(doc)
    assert not any(t.startswith("江城市委政策研究室") for t in text)
    assert text.index("第12期总第127期") < text.index("工作简报")
    assert "工作简报" in ["".join(h.split()) for h in headings_of(doc)]


@pytest.mark.parametrize("text, issue", [
    ("第12期 总第127期", True), ("第15期（总第123期）", True), ("2026年第5期", True), ("第12期 第13版", False),
])
def test_an_issue_line_numbered_twice(text, issue):
    assert (shapes.ISSUE_LINE_RE.match(text) is not None) is issue


@pytest.mark.parametrize("text, issued, in_row", [
    ("江城市水利局办公室编 第12期 2026年10月15日", True, True),
    ("江城市水利局办公室编 第12期 2026年10月15", False, True),      # the day cut onto the next line
    ("江城市水利局办公室第12期2026年10月15日", True, True),           # a viewer's copy, the issue marks it
    ("青河县农业农村局办公室2026年11月20日", False, False),          # no verb, space or issue: may be prose
    ("江城市委办公室编  2026年11月20日", True, False),
    ("全市共排查隐患318处 2026年10月15日", False, False),
])
def test_the_issuing_line_with_the_issue_on_its_row(text, issued, in_row):
    assert (shapes.ISSUED_ON_RE.match(text) is not None) is issued
    assert (shapes.ISSUE_IN_ROW_RE.match(text) is not None) is in_row


@pytest.mark.parametrize("text, name", [
    ("宣传工作简报", True), ("江城水利工作动态", True), ("江城政研参考", True), ("纪　检　监　察　工　作　简　报", False),
    ("全市2026年防汛工作情况通报", False), ("第12期", False),
])
def test_a_publication_s_whole_name(text, name):
    # a spaced name of more than six characters is read across its two lines (``_name_across``), not here
    assert shapes.masthead_name(text) is name


@pytest.mark.parametrize("text, mark", [
    ("秘密", True), ("内部资料　注意保存", True), ("内部资料 注意保存", True), ("秘密文件管理办法", False),
])
def test_a_corner_mark(text, mark):
    assert (shapes.CIRCULATION_MARK_RE.match(text) is not None) is mark


@pytest.mark.parametrize("lines, heading", [
    # no unit over it: the 报头 read whole is the text's, under a corner mark too — main read 「工作」 as
    # a bare head over a title and 「秘密」 / 「工作简报」 / 「第12期」 as a band (the lines are bl66_02's and
    # bl66_10's -raw pages' opening, the unit's line left out)
    (["工作", "简报", "第12期", "江城市水利局办公室编 2026年10月15日", "全市2026年防汛工作情况通报"], "工作简报"),
    (["秘密", "工作简报", "第12期", "江城市水利局办公室编 2026年10月15日", "全市2026年防汛工作情况通报"], "工作简报"),
    (["工作简报", "第12期 总第127期", "江城市水利局办公室编 2026年10月15日", "全市2026年防汛工作情况通报"], "工作简报"),
])
def test_the_own_masthead_with_no_unit_over_it(clean, headings_of, lines, heading):
    body = "今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。\n在各级各部门共同努力下，全市未发生人员伤亡。\n"
    doc = clean("\n".join(lines) + "\n" + body)[0]
    heads = ["".join(h.split()) for h in headings_of(doc)]
    assert heads[:2] == [heading, "全市2026年防汛工作情况通报"]
