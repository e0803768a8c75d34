"""A sub-head the measure hid is set apart after one sibling where the series stands under its parent (issue 10,
texts90).

A 述职述廉报告 heads its parts 「一、…」 and each part's two or three sub-heads 「（一）…」, one under the other
(「一、履行职责情况」 / 「（一）抓班子带队伍，凝聚干事合力」).  On a 17-character pocket page the sub-head
「（二）抓发展促增收，夯实经济基础」 ends one em short of the measure, as a wrapped line may, and every extractor
ran it into the paragraph under it.  ``headings._sibling_heads_apart`` cut such a line off its paragraph after
two siblings read as headings (``SIBLING_HEADS_MIN``: one alone may be a list's item a page break set apart);
where the series' first heading stands right under a heading of another numbering, the outline's two levels are
set as heads, and one sibling suffices (``SIBLING_HEADS_UNDER_PARENT_MIN``, ``_under_parent_heading``).

The pages are real: the dev text ``report_shuzhi_shulian_subheads`` set on ``tests/eval/heading_sweep.py``
``--kind pocket`` design 3 of seed 422, read by pdftotext and by pdfminer.  Both fail on main c03c9896 and pass.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading

SUB_HEADS = ["（一）抓班子带队伍，凝聚干事合力", "（二）抓发展促增收，夯实经济基础", "（三）抓民生办实事，回应群众期盼",
             "（一）严守政治纪律，落实主体责任", "（二）严守廉洁纪律，管好身边人员"]


@pytest.mark.parametrize("family", ["pdftotext", "pdfminer"])
def test_sub_heads_under_their_part_heads_are_headings(extracted, texts, family):
    doc = extracted(f"report_shuzhi_shulian_subheads__pk53_03_s422_pocket__{family}.txt")
    heads = [h.replace(" ", "") for h in texts(doc, Heading)]
    assert [h for h in heads if h.startswith("（")] == SUB_HEADS, heads
    assert "一、履行职责情况" in heads and "二、廉洁自律情况" in heads


def test_under_parent_heading_cases_and_refusals():
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.headings import _under_parent_heading
    from booklet.clean.layout import Layout

    def blk(text, kind=Kind.PARA):
        return Blk(kind=kind, text=text, first=1, last=1)

    sub = blk("（一）抓班子带队伍，凝聚干事合力")
    layout = Layout(measure=17.0, wrapped=True, uses_indent=True, trail_marks_end=False)
    assert _under_parent_heading([blk("一、履行职责情况"), sub], 1, layout)
    assert _under_parent_heading([blk("一、履行职责情况", Kind.HEADING), sub], 1, layout)
    # under a paragraph, under a heading of no number, under its own numbering, at the text's start: no parent
    assert not _under_parent_heading([blk("全年主持召开党委会议36次，研究事项52项。"), sub], 1, layout)
    assert not _under_parent_heading([blk("工作回顾", Kind.HEADING), sub], 1, layout)
    assert not _under_parent_heading([blk("（三）上一部分的小标题", Kind.HEADING), sub], 1, layout)
    assert not _under_parent_heading([sub], 1, layout)
