"""A 公文's 印发 row is one row of its 版记, never a heading (issue 10, banji82; sign82's left (a)).

The 版记 closes the document (GB/T 9704 7.4): its rows stand between two rules under the signature,
the last the 印发 row — the printing office at the left, the day at the right
(「江城市民政局办公室　　2026年10月20日印发」).  A reader breaks that row at its wide gap or at the
measure, and pdftotext may write the date's head after the page's folio, the text's last line; on
main each piece was a short unpunctuated line and read as a heading (「## 江城市民政局办公室2026年10」 /
「月20日印发」, 「## 江城市民政局办公室」 / 「## 日印发」 / 「2026 年 10 月 20」).  ``headings._printing_row``
(``shapes.PRINTING_ROW_RE``, ``shapes.DATE_HEAD_RE``) joins the pieces into the row, a paragraph.  A
row written as two lines, each whole (a 简报 stacks the office over its date), is kept as written.

Each page is real: a dev text set in a design of sign82's draw (seed 314 ``--kind heading``) or
banji82's (seed 319 ``--kind heading --word``) and read back by the extractor named.
"""

from __future__ import annotations

import pytest

ROW = "江城市民政局办公室　2026年10月20日印发"

CASES = [
    # (extraction, the closing lines as they stand, none a heading)
    ("request_qingshi_banji__sw25_00_s314_heading__pdftotext.txt", [ROW]),    # 「…办公室」 / 「2026年10」 / 「月20日印发」
    ("request_qingshi_banji__sw25_02_s314_heading__pdftotext.txt", [ROW]),    # 「2026年10月20日印」 / 「发」
    ("request_qingshi_banji__sw25_09_s314_heading__pdftotext.txt", [ROW]),    # 「印发」, the date after the folio
    ("request_qingshi_banji__sw25_02_s319_headingword__pdftotext.txt", [ROW]),  # 「日印发」, 「2026 年 10 月 20」 last
    ("request_qingshi_banji__sw25_05_s319_headingword__pdfminer.txt", [ROW]),   # 「…　2026 年 10 月」 / 「20 日印发」
]


@pytest.mark.parametrize("name,closing", CASES, ids=["_".join(c[0].split("__")[:2]) + c[0][-12:-4] for c in CASES])
def test_printing_row_is_one_row_and_no_heading(extracted, headings_of, all_text, name, closing):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for text in closing:
        assert text in lines, (text, lines[-6:])
    assert not any("印发" in h or "办公室" in h or h.startswith("2026") for h in heads), heads
    assert lines[-1] == ROW, lines[-4:]


def test_printing_row_stacked_whole_is_kept_apart(extracted, headings_of, all_text):
    """A 简报 sets its office over the whole date (「江城市水利局办公室」 / 「2026年10月15日印发」): two lines."""
    doc = extracted("jianbao_flood_season__sw25_00_s319_headingword__pdftotext.txt")
    lines = all_text(doc).splitlines()
    assert lines[-2:] == ["江城市水利局办公室", "2026年10月15日印发"], lines[-4:]
    assert not any("印发" in h or "办公室" in h for h in headings_of(doc))


@pytest.mark.parametrize("text,row", [
    ("江城市民政局办公室　　　　2026年10月20日印发", True),
    ("10 月 20 日印发", True),
    ("月20日印发", True),
    ("日印发", True),
    ("联合印发《办法》", False),
    ("市民政局、市财政局联合印发", False),
])
def test_printing_row_shape(text, row):
    from booklet.shapes import PRINTING_ROW_RE
    assert (PRINTING_ROW_RE.match(text) is not None) == row
