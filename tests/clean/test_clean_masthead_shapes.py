"""A 简报's 报头 in whatever arrangement it is set (bull67, issue 10): its name and its issue — the issue
on a line of its own under the name, or on the name's row at its end (「参阅  第15期」), the name set
plain or spaced out (「工　作　简　报」) — with or without the 编发 line.  A unit's line printed once over
it is the page's head band and goes; the 报头's name is a heading, its issue and 编发 line text.  On
main the unit ran on into a spaced name as one heading (「中共江城市委办公室工　作　简　报」), the name and
its issue on one row became one heading with the unit (「江城市人民政府办公室工作简报第12期」), or the unit
and the row went together as a periodical's band (the name lost).

Pages are real extractions, whole: the dev texts set by ``heading_sweep.py --kind bulletin --seed 84
--masthead`` (designs bl66_00 issue beside the name, bl66_01 the same spaced and dated, bl66_03 the
编发 line as a row under a spaced name, bl66_09 a spaced name and its issue with no 编发 line) and read by pypdf, PDFium, ``pdftotext -raw`` and a viewer's
copy (``tests/data/extractions/*_s84_masthead__*``).
"""

from __future__ import annotations

import pytest

from booklet.shapes import NAME_ISSUE_ROW_RE, masthead_name


@pytest.mark.parametrize("name, unit, name_, issue", [
    ("jianbao_flood_season__bl66_01_s84_masthead__pypdf.txt", "中共江城市委办公室", "工作简报", "2026年第12期"),
    ("jianbao_kicker_items__bl66_00_s84_masthead__pypdfium2.txt", "江城市人民政府办公室", "参阅", "第15期"),
    ("jianbao_flood_season__bl66_00_s84_masthead__pdftotext_raw.txt", "江城市人民政府办公室", "工作简报", "第12期"),
    ("jianbao_marker_heads__bl66_01_s84_masthead__paste_viewer.txt", "中共江城市委办公室", "工作简报", "2026年第7期"),
    ("jianbao_flood_season__bl66_03_s84_masthead__pypdfium2.txt", "江城市委政策研究室", "工作简报", "第12期"),
])
def test_the_masthead_in_any_arrangement_under_its_unit(closed_texts, extracted, headings_of, name, unit, name_, issue):
    doc = extracted(name)
    text = closed_texts(doc)
    assert not any(t.startswith(unit) for t in text)            # the unit's line is the band
    assert "".join(headings_of(doc)[0].split()) == name_        # the name alone heads the text
    assert issue in text                                         # the issue a line of its own
    assert any(t.endswith("日") and "室" in t for t in text)        # the 编发 line stays


@pytest.mark.parametrize("name, unit, name_, issue", [
    ("jianbao_flood_season__bl66_09_s84_masthead__pypdfium2.txt", "中共江城市委办公室", "工作简报", "第12期"),
    ("jianbao_kicker_items__bl66_09_s84_masthead__realstyle.txt", "中共江城市委办公室", "参阅", "第15期"),
])
def test_a_spaced_name_and_its_issue_with_no_issuing_line(closed_texts, extracted, headings_of, name, unit, name_, issue):
    # bl66_09: the unit in red over 「工　作　简　报」 / 「第12期」 and the first item's title — no 编发 line;
    # main ran the unit on into the name as one heading (「中共江城市委办公室工　作　简　报」)
    doc = extracted(name)
    text = closed_texts(doc)
    assert not any(t.startswith(unit) for t in text)
    assert "".join(headings_of(doc)[0].split()) == name_
    assert issue in text


@pytest.mark.parametrize("text, name", [
    ("工　作　简　报", True), ("参 阅", True), ("工    作   简    报", True), ("参阅", True),
    ("第12期", False), ("全市2026年防汛工作情况通报", False), ("附　件", False),
])
def test_masthead_name(text, name):
    assert masthead_name(text) is name


@pytest.mark.parametrize("row, name, issue", [
    ("参阅 第15期", "参阅", "第15期"), ("工　作　简　报 2026年第12期", "工　作　简　报", "2026年第12期"),
])
def test_name_issue_row(row, name, issue):
    found = NAME_ISSUE_ROW_RE.match(row)
    assert found is not None and found.group("name") == name and found.group("issue") == issue


def test_an_issue_line_a_row_dealing_reader_put_amid_a_paragraph_stays_in_it(closed_texts, extracted):
    # pdfplumber, jianbao_flood_season × jianbao_two_span_ruled (a dev case, whole): the 报头's 「第12期」
    # dealt between two lines of the other column's paragraph — no name over it, so no row of its own
    # (the first version parted the paragraph there: 「…有待提」 a heading, 「高。」 alone).  Since beside80
    # the page, which opens on the short column's first line above the 报头's first, is read head group
    # first (``flow._beside_head_dealt``): 「第12期」 stands with the head, the paragraph whole
    text = closed_texts(extracted("jianbao_flood_season__jianbao_two_span_ruled__pdfplumber.txt"))
    assert any("三是基层抢险队伍专业化水平有待提高。" in block for block in text), text
    assert not any("有待提" in block and "有待提高" not in block for block in text), text
