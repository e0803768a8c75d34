"""A heading over a block paragraph's first line on a narrow page (issue 10, branch pocket79).

Pocket designs of ``tests/eval/heading_sweep.py`` that set their paragraphs block (no first-line
indent) and their 小标题 bold at the body's size — seed 249 ``--kind pocketwide`` pw59_04 (15 em),
seed 248 ``--kind pocket`` pk53_00 (18 em) — lose the heading into the paragraph under it in every
family but the PDF reader: no extractor keeps the bold, the heading stops a character or two short of
the measure, and with no indent to see (none shown, none lost) a paragraph's first line was taken to
stop as short (the two-em slack of a line inside a sentence), so 「二、让制度管用、让办法好用」 (13 of
15) / 「村规民约不在条文多，而在大家」 ran on.  On such a page the first lines after a finished block
run to the measure (``layout.firsts_full``), so a heading's line that left room for the next unit over
a full line of prose ended (``measured._heading_over_block_first``).

The pages are real: the dev texts compilation_grassroots_sayings (pw59_04, plain pdftotext) and
article_theory_abstract_refs (pk53_00, pypdf) read back whole, in ``tests/data/extractions``.  Both
tests fail on main.
"""

from __future__ import annotations

from booklet.model import Paragraph


def test_a_numbered_heading_short_of_a_block_page_measure_stands_alone(extracted, headings_of, texts):
    doc = extracted("compilation_grassroots_sayings__s249_pw59_04__pdftotext.txt")
    assert "二、让制度管用、让办法好用" in headings_of(doc)
    assert any(p.startswith("村规民约不在条文多，而在大家认、大家守。") for p in texts(doc, Paragraph))


def test_headings_over_block_paragraphs_under_pypdf(extracted, headings_of, texts):
    doc = extracted("article_theory_abstract_refs__s248_pk53_00__pypdf.txt")
    heads = headings_of(doc)
    assert "（一）技术逻辑：从信息化到智能化" in heads
    assert "四、推进基层治理数字化转型的路径" in heads
    assert any(p.startswith("一是加强统筹规划") for p in texts(doc, Paragraph))
