"""A full line cut inside a sentence is not followed in its column by a short line that ends none
(cut72, issue 10).

Inside a paragraph every line but the last runs to the column's edge, so a line that runs full and
stops inside a sentence goes on in a line that runs full again or ends the sentence — never in a line
short of the edge that ends none: a paragraph's first line set in by its indent, a head's line, a
byline.  Where pdfplumber or plain pdftotext write two columns' lines in turn, the dealing
(``flow._deal``) weighs that shape (``flow._cut_then_short``, ``CUT_SHORT_EM``); a bracket or
quotation the cut line leaves open may close in a short line (a 来源 line's date).

Pages are real inputs, whole: a dev text set by ``heading_sweep.py --kind news --columns 3 --designs 6
--seed 166`` (``*_s166_news3__*``), and a dev case (``daily_span_ruled``).
"""

from __future__ import annotations

from booklet.clean.flow import CUT_THEN_OPENS, _cut_then_short
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.model import block_text


def _text(doc) -> str:
    return "\n".join(block_text(b) for a in doc.articles for b in a.blocks)


def test_a_column_cut_mid_sentence_goes_on_in_its_own_next_line(extracted):
    """The story's column and the commentary's beside it are written in turn; main read the cut line
    「枝头，水肥一体化设备按照预设」 on into the commentary's set-in first line 「农业现代化，关键是农业科」."""
    text = _text(extracted("news_page_county__nw54_05_s166_news3__pdftotext.txt"))
    assert "水肥一体化设备按照预设程序精准滴灌。园区管委会负责人告诉记者" in text
    assert "按照预设农业现代化" not in text


def test_a_bracket_left_open_closes_in_a_short_line(extracted):
    """A guard (passes on main): the 来源 line cut inside its bracket goes on in 「月2日第1版）」."""
    doc = extracted("news_page_county__daily_span_ruled__pdftotext.txt")
    assert any(a.source_line == "来源：《江城县报》（2026年11月2日第1版）" for a in doc.articles) \
        or "来源：《江城县报》（2026年11月2日第1版）" in _text(doc)


def test_the_shape_evidence():
    cut, indented, rest, ended, bracket, closed = to_lines(raw_lines("\n".join([
        "枝头，水肥一体化设备按照预设", "农业现代化，关键是农业科", "程序精准滴灌。园区管委会负责",
        "受病痛的苦。”", "来源：《江城县报》（2026年11", "月2日第1版）"])))
    full = cut.width - 0.5
    assert _cut_then_short(cut, indented, full) == CUT_THEN_OPENS
    assert _cut_then_short(cut, rest, full) == 0.0           # (the sentence runs on, full)
    assert _cut_then_short(cut, ended, full) == 0.0          # (or ends)
    assert _cut_then_short(bracket, closed, full) == 0.0     # (a bracket left open closes)
    assert _cut_then_short(indented, cut, full) == 0.0       # (after a short line: nothing said)
