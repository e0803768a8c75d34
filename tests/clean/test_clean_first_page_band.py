"""A head band printed once, on the first page only (issue 10, branch onepage64).

Word's "different first page" (or a one-page document) prints the page's head band once, so no
repetition marks it.  Two shapes, both read from the band's own position and parts:

* the band carries a copy of the title — 「青禾县人民政府办公室」 / 「市科技局2025年工作总结和2026  2026年
  11月」 (the title cut at the head's measure, the month at the edge) — over the title itself:
  ``pagehead.title_band`` takes it, where the title printed right under the band says what the
  row is and the band dates the page;
* the band 「江城市发展和改革委员会办公室」 / 「工作简报」 / 「2026年第9期」 (pdftotext cutting the row) on
  a text of several pages: printed once, it was read as the 简报's own 报头; ``_own_masthead`` now
  asks the 报头's shape there too (it closes with its 编发 line), as on one page.

The texts are real: the dev text report_bold_headings set by ``tests/eval/heading_sweep.py --kind
heading --word --first-head --seed 65`` (designs sw25_05, sw25_01) and read back by PDFium and
pdftotext — whole documents in ``tests/data/extractions``.  All three fail on main.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
TITLE = "市科技局2025年工作总结和2026年工作思路"


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _all_text(doc, texts) -> list[str]:
    return [a.title for a in doc.articles if a.title] + texts(doc)


def test_a_band_with_the_title_and_date_at_its_edge_goes_pdfium(clean, texts):
    doc, _ = clean(_read("report_bold_headings__sw25_05_s65_first__pypdfium2.txt"))
    found = _all_text(doc, texts)
    assert not any("青禾县人民政府办公室" in t for t in found)
    assert not any("2026年11月" in t for t in found)
    assert doc.articles[0].title == TITLE
    assert found[1].startswith("2025年，在市委、市政府的坚强领导下")


def test_a_band_cut_in_three_lines_goes_pdftotext(clean, texts):
    doc, _ = clean(_read("report_bold_headings__sw25_05_s65_first__pdftotext.txt"))
    found = _all_text(doc, texts)
    assert not any("青禾县人民政府办公室" in t or "2026年11月" in t for t in found)
    assert found.count(TITLE) == 1


def test_a_band_printed_once_on_several_pages_is_no_masthead(clean, texts):
    doc, _ = clean(_read("report_bold_headings__sw25_01_s65_first__pdftotext.txt"))
    found = _all_text(doc, texts)
    assert not any("江城市发展和改革委员会办公室" in t or "2026年第9期" in t or t == "工作简报" for t in found)
    assert TITLE in found
