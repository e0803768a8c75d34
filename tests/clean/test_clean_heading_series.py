"""A short heading after a paragraph's last line that leaves the heading's width of room, regrouped
by ``rejoin_runs`` as the rest of a bold lead-in's printed line (issue 10, branch absorb64).

A text read by an extractor that ends a line at each change of font holds a lone pair: a finished
sentence, then a piece that finishes nothing, the two as wide as the whole line after them.  With
one such pair in the text it is the only evidence, and the regrouping joined the paragraph's last
line, the heading and the next paragraph into one (「…在这里和大家交流。」 30 em / 「脚下有泥」 4 em /
「到社区的第一天，…」 34 em, the measure read as 34).  The text's other heading of the series,
「心中有数」 (four ideographs, no mark, after a finished sentence where no pair explains it), shows the
piece's shape is a block's: ``runs._heading_of_series``.

The text is real: the dev text insights_phrase_heads set on a ``tests/eval/heading_sweep.py --kind
heading`` page (seed 66, design sw25_03: 36 em, indented paragraphs, headings set in at 1.2×) and read
back by pypdfium2 — the whole document, ``tests/data/extractions``.  The test fails on main.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
INSIGHTS = (DATA / "insights_phrase_heads__sw25_03_s66__pypdfium2.txt").read_text(encoding="utf-8")


def test_a_heading_of_the_series_is_no_lead_ins_rest(clean, texts):
    doc, _ = clean(INSIGHTS)
    blocks = texts(doc)
    headings = texts(doc, Heading)
    assert "脚下有泥" in headings and "心中有数" in headings
    assert any(b.endswith("有几点体会，在这里和大家交流。") for b in blocks)
    assert any(b.startswith("到社区的第一天，网格员小何") for b in blocks)
    assert not any("交流。脚下有泥" in b for b in blocks)
