"""(book88) A text sets its sibling headings alike: where 「一、…」 and 「二、…」 stand as headings, the
line 「三、以实际行动推动作风持续好转」 opening a paragraph is its heading, joined to the line under it
(「《礼记·大学》有言：」) where the widths could not tell it ended — a 16–18-character pocket page whose
heading filled the first line's room at its size, in every extractor (``headings._sibling_heads_apart``).
The inputs are a dev text set in seed-398 pocket designs with notes (pk53_02, pk53_03) and, for the
refusals, two seed-399 pocketwide pages — whole, in tests/data/extractions."""

from __future__ import annotations

import pytest

from booklet.model import block_text

LECTURE = ["锤炼过硬作风 勇于担当作为", "一、深刻认识作风建设的重要意义", "二、准确把握当前机关作风方面存在的突出问题",
           "三、以实际行动推动作风持续好转"]


@pytest.mark.parametrize("name", [
    # mid-page, the heading set 1.2 times the body: 15 characters fill the 18-em measure
    "lecture_party_style__pk53_03_s398_pocket_notes__pdftotext.txt",
    # the page's last body line, a note (「②2025 年…」) and the folio under it, the text going on over the page
    "lecture_party_style__pk53_02_s398_pocket_notes__pdfminer.txt",
])
def test_the_next_heading_of_a_series_is_cut_from_the_line_under_it(extracted, headings_of, name):
    doc = extracted(name)
    assert headings_of(doc) == LECTURE
    paragraphs = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "《礼记·大学》有言：" in paragraphs


def test_a_list_item_a_page_break_set_apart_is_no_sibling_heading(extracted, headings_of):
    """A regulation's list 「（一）…；」 … 「（三）本单位产生的具有保存」, a running head, 「价值的电子文件…；」: the
    one item a page break set apart is no series of headings (``SIBLING_HEADS_MIN``), and 「（四）其他对国家
    和社会具有」 / 「保存价值的材料。」 stays one item."""
    from booklet.clean.headings import SIBLING_HEADS_MIN
    assert SIBLING_HEADS_MIN == 2
    doc = extracted("regulation_archives_sections__pw59_07_s399_pocketwide__plain_ideographic.txt")
    assert not any(h.startswith("（四）") for h in headings_of(doc))
    paragraphs = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "（四）其他对国家和社会具有保存价值的材料。" in paragraphs


def test_a_running_head_copying_the_second_heading_is_cut_from_nothing(extracted, headings_of):
    """The recto's head 「二、准确把握全会的主要内容 3」 over a page's text, one sibling heading (「一、…」)
    before it: no series yet, so it is not made a heading of its own (the heading itself follows on the page)."""
    from booklet.clean.headings import _sibling_heads_apart   # noqa: F401  (the rule this refusal is of)
    doc = extracted("outline_plenary_lecture__pw59_02_s399_pocketwide__pdfplumber.txt")
    assert headings_of(doc).count("二、准确把握全会的主要内容") == 1
    assert not any(h.startswith("二、准确把握全会的主要内容") and h != "二、准确把握全会的主要内容" for h in headings_of(doc))
