"""A paragraph's first line that justification spread glyph by glyph is no full line of prose (issue 10,
branch ref77).

pdfminer writes a space between two glyphs that justification set further apart than its word margin; a
line holding three such spaces or more was spread to its room (``flow.spread``) and the block order read it
as a full line — the rest of a paragraph — however few its glyphs.  A paragraph's first line is spread too,
to its own room, the measure less the indent the extractor dropped: 「清 晨 六 点 ， 天 刚 蒙 蒙」 holds
nine glyphs where the column's lines hold twelve and its first lines ten (the next, 「亮，」, did not fit).
Read as full prose, it could not go on from the byline above it (``order._Evidence``: after a byline comes
an item's body, opening on a paragraph's first line), and the block moves put another column's section
(「一颗初心」 and its paragraphs) between them.  A spread line whose glyphs fall short of the set-in room
(``order._spread_full``) may open its paragraph.

The text is real: a dev text set on a ``tests/eval/heading_sweep.py --kind news --columns 3 --seed 197``
page (nw54_01) and read back by pdfminer, whole (``tests/data/extractions``).  Fails on main e8604b2.
"""

from __future__ import annotations


def test_a_spread_first_line_goes_on_from_the_byline(extracted, all_text):
    """The byline is followed by its item's first paragraph, and 「一颗初心」 comes after 「一本台账」, as printed."""
    text = all_text(extracted("deeds_village_doctor__nw54_01_s197_news__pdfminer.txt")).replace(" ", "")
    assert "通讯员王春燕李浩\n清晨六点，天刚蒙蒙亮" in text
    assert text.index("一本台账") < text.index("一颗初心") < text.index("这些年，有城里的民营医院")
