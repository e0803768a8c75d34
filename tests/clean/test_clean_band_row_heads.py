"""A bulletin's running head written as one row is no piece of the heading under it (issue 10, branch bulletin59).

A two-column 简报 / 通报 page prints its running head on the first page too: 「内部刊物」 at one end and
the title (cut at the head's measure) at the other, or 「情况交流」 over a row holding the issue, the
editing office and the day (「第12期  江城市委办公室编  2026年11月20日」).  pypdf ends a line at each
change of font and writes the parts apart, and the furniture rules read them; pdftotext -raw, PDFium and a
viewer's copy write the row as one line, a space between its parts, and on a one-page text nothing
repeats: the row was read as the first line of the headline under it and run on into the issuer's name
(「内部刊物 关于开展2026年度理论学习中心组专中共江城市委宣传部」) or into the 简报's own name
(「第12期 江城市委办公室编2026年11月20日工作简报」).  Now a row whose one part is the band's name and
whose other part opens the title printed below is the head (``bands.title_head``), and the issue row
under a bare head's name goes with it (``pagehead.one_page_head``, ``shapes.BAND_ISSUE_ROW_RE``).

The inputs are real (``tests/data/extractions/*__s61_*``): dev texts set on ``tests/eval/heading_sweep.py
--kind columns --seed 61`` pages (col53_04: 「内部刊物|{title}」; col53_05: 「情况交流」 /
「第12期|江城市委办公室编  2026年11月20日」) and read back as the harness saves them.  All fail on main.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, first, title", [
    ("notice_theory_study__s61_col53_04__pdftotext_raw.txt", "中共江城市委宣传部",
     "关于开展2026年度理论学习中心组专题学习的通知"),
    ("exchange_experience_community__s61_col53_04__pypdfium2.txt", "把“小事”办成群众心里的“大事”",
     "把“小事”办成群众心里的“大事”"),
])
def test_a_named_head_row_over_its_title_is_the_head(extracted, headings_of, name, first, title):
    heads = headings_of(extracted(name))
    assert heads[0] == first
    assert title in heads
    assert not any("内部刊物" in h for h in heads)


@pytest.mark.parametrize("name, first", [
    ("tongbao_safety_inspection__s61_col53_05__pdftotext_raw.txt", "江城市安全生产委员会办公室"),
    ("jianbao_flood_season__s61_col53_05__pypdfium2.txt", "工作简报"),
])
def test_the_band_issue_row_goes_with_its_head(extracted, headings_of, titles_and_blocks, name, first):
    doc = extracted(name)
    text = titles_and_blocks(doc)
    heads = headings_of(doc)
    assert heads[0] == first
    assert "江城市委办公室编" not in text   # the band's row, not the 简报's own 编发 line
    assert "情况交流" not in text


def test_the_bulletins_own_masthead_stays(extracted, headings_of, bare_texts):
    """Under the band, the 简报's own 报头 — its name, the issue on a line of its own, its 编发 line — is text."""
    doc = extracted("jianbao_flood_season__s61_col53_05__pypdfium2.txt")
    assert doc.articles[0].title == "工作简报"
    assert bare_texts(doc)[:2] == ["第12期", "江城市水利局办公室编2026年10月15日"]


def test_the_masthead_under_a_named_head_row_stays(extracted, headings_of, bare_texts):
    """「内部刊物 全县秋冬种工作进展情况」 over the 简报's own 报头, whose 编发 line gives the office and the
    day without 编 (「青河县农业农村局办公室 2026年11月20日」): the head row goes, the 报头 stays."""
    doc = extracted("jianbao_marker_heads__s61_col53_04__pdftotext_raw.txt")
    assert headings_of(doc)[:2] == ["工作简报", "全县秋冬种工作进展情况"]
    assert bare_texts(doc)[:2] == ["第7期", "青河县农业农村局办公室2026年11月20日"]


@pytest.mark.parametrize("name, first", [
    ("notice_theory_study__s61_col53_00__pypdf.txt", "中共江城市委宣传部"),
    ("jianbao_marker_heads__s61_col53_01__pdftotext_raw.txt", "工作简报"),
])
def test_a_band_row_closed_by_its_day_ends_the_band(extracted, headings_of, titles_and_blocks, name, first):
    """「江城市委办公室  2026年11月20日」 (pypdf: cut in two at the change of place) is the band's whole
    row: the issuer's name or the 简报's own 报头 under it is the page's, not more of the band."""
    doc = extracted(name)
    assert headings_of(doc)[0] == first
    assert not titles_and_blocks(doc).startswith("江城市委办公室")
