"""A unit's name printed once at the top of the first page of a page dealt in columns (unit75, issue 10):
「青禾县农业农村局」 over a line of a column (「二、方式方法」, 「第三章 区域科技创新体」, 「进入新世纪，运河的文化价值重新被」).  A
简报's 报头 — its name, 第N期, the unit and the date — is a band across the first page's top; a reader that
deals the page by its boxes (pdfminer, pdfplumber, plain pdftotext) writes the band's unit first and a
column's lines under it, so the title or the 版头 comes lines later.  On main ``unwrap`` read the title as
the unit's rest set larger, or ``headlines`` took the unit as its kicker: 「青禾县农业农村局中共江城市委宣传部」,
「青禾县农业农村局运河与江城的兴衰」.  Nothing but a column's line reads as such under a bare body's name
(a 版头 sets its number there, a title no clause mark, a signature its date), and a unit printed once is
named nowhere else in the text.

Pages are real extractions, whole: ``heading_sweep.py --kind bulletin --designs 6 --seed 204`` (bull75's
draw, bl66_00 and bl66_05) read by pdfminer, pdfplumber and plain pdftotext.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, unit, first", [
    ("notice_theory_study__bl66_00_s204_bulletin__pdfminer.txt", "青禾县农业农村局", "中共江城市委宣传部"),
    ("chapter_footnotes_region__bl66_00_s204_bulletin__pdftotext.txt", "青禾县农业农村局", "第三章区域科技创新体系建设"),
    ("news_page_science__bl66_00_s204_bulletin__pdfplumber.txt", "青禾县农业农村局",
     "市委常委会召开会议专题研究科技创新工作强调"),
    ("essay_canal_history__bl66_00_s204_bulletin__pdfminer.txt", "青禾县农业农村局", "运河与江城的兴衰"),
])
def test_a_unit_over_a_columns_line_is_the_band(closed_texts, extracted, name, unit, first):
    texts = closed_texts(extracted(name))
    assert not any(unit in t for t in texts)
    assert texts[0] == first   # the 版头's name or the title opens the text, alone


@pytest.mark.parametrize("text, column", [
    ("二、方式方法", True),
    ("进入新世纪，运河的文化价值重新被", True),
    ("楚楚。", False),                   # a sentence's end: the passage a heading's name heads may open so
    ("中共江城市委宣传部", False),       # another body's name: a 版头's
    ("江宣发〔2026〕7号", False),
    ("2026年11月20日", False),           # a signature's date
    ("市委常委会召开会议专题研究科技创新", False),
])
def test_a_columns_line(text, column):
    from booklet.clean.pagehead import _column_line
    assert _column_line(text) is column


def test_a_body_the_text_names_again_stays(clean, closed_texts):
    # the body's name opens another line (its signature): the text's own, not a band printed once
    doc, _ = clean("江城市民政局\n为进一步做好冬季救助工作，现将有关事项通知如下。\n一、加强排查\n"
                   "各地要全面排查困难群众，做到应保尽保。\n江城市民政局\n2026年11月20日\n")
    texts = closed_texts(doc)
    assert sum("江城市民政局" in t for t in texts) == 2


def test_band_units_hands_the_page_start_on():
    # (ref76) ``band_units`` drops the marked lines through ``furniture._remove``: a unit's line that
    # started a page hands the page start to the line kept after it, and each drop is reported
    from booklet.clean.furniture import band_units
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Report
    lines = to_lines(raw_lines("青禾县农业农村局\n二、方式方法\n各地要全面排查困难群众。\n江城市民政局\n做到应保尽保。\n"))
    lines = [lines[0].but(band=True, page_start=True), *lines[1:3], lines[3].but(band=True), lines[4]]
    report = Report()
    out = band_units(lines, report.log("band_units"))
    assert [line.text for line in out] == ["二、方式方法", "各地要全面排查困难群众。", "做到应保尽保。"]
    assert [line.page_start for line in out] == [True, False, False]   # (a unit amid a page starts none)
    assert [r.text for r in report.removals] == ["青禾县农业农村局", "江城市民政局"]
    assert band_units(out, report.log("band_units")) is out             # (nothing marked: the lines as given)
