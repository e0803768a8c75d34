"""A list number pypdf cut off after a whole numbered heading opens the next heading's line.

pypdf starts a line at every change of font, so where a design sets digits in a Latin face a
heading's number 「1.」 comes on a line of its own between the heading above it and its words:
「（一）总体要求」 / 「1.」 / 「指导思想」.  The measure cannot tell which neighbour the number belongs
to (both lines are short headings), but a heading's line holds one number: the first heading is
whole (its number first, words after it, no clause mark), so the list number opens the next line.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in a
design of sweep25's heading sweep (``tests/eval/heading_sweep.py``: sw25_05, a 17-character A5
page with Latin digits and 黑体 headings) and read back by pypdf.  Expected values are written from
the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading, block_text


def headings(doc) -> list[tuple[int, str]]:
    return [(b.level, block_text(b)) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]


def paragraphs(doc) -> list[str]:
    return [block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]


# dev text outline_plenary_lecture (a 宣讲提纲 with 一、/（一）/1. headings), page 3 to 4
OUTLINE = """二、准确把握全会的主要内容
全会审议通过的决议共分为六个部
分，内容丰富、思想深刻。宣讲时要突
出重点，不求面面俱到，重在讲透核心
要义。
（一）总体要求
1.
指导思想
要讲清楚指导思想的科学内涵和实
践要求，引导干部群众在学懂弄通做实
上下功夫。
"""


def test_a_list_number_after_a_whole_numbered_heading_opens_the_next_heading(clean):
    doc, _ = clean(OUTLINE)
    found = headings(doc)   # (the snippet's first line, 二、…, may be taken for its title)
    assert [text for _, text in found][-2:] == ["（一）总体要求", "1.指导思想"]
    assert found[-2][0] < found[-1][0]   # 1. is a level under （一）
    assert "要讲清楚指导思想的科学内涵和实践要求，引导干部群众在学懂弄通做实上下功夫。" in paragraphs(doc)


def test_a_list_number_after_a_heading_cut_inside_its_phrase_is_not_parted_from_it():
    # the same three pieces, but the heading above the number holds a clause mark (a paragraph's
    # numbered lead-in cut by the Latin face, 「（一）总体上看，」): no heading whole on its piece,
    # so nothing forbids the number from running on after it
    from booklet.clean.regroup import _after_headings
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    pieces = to_lines(raw_lines("（一）总体上看，\n1.\n指导思想\n", False))
    assert _after_headings(pieces) == []
    pieces = to_lines(raw_lines("（一）总体要求\n1.\n指导思想\n", False))
    assert _after_headings(pieces) == [1]
