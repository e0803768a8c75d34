"""A step numbered with a space after its point is a paragraph's first line (issue 10, wide82): an
operating guide's or a plan's steps (「1. 打开浏览器，在地址栏输入政务外网」 / 「门户地址，点击…进入登录页」 /
「面。」) are set as paragraphs, indent and all, like an item set solid (「1.打开…」).  Where the
extractor dropped the indents and the file's first lines are nearly all such steps, setting them
aside left too few first lines to read the indent lost (``layout._indent_lost``): the step's first
line, its indent and its digits short of the measure, fell within a numbered heading's one-em
slack, stood as a block, and was read as a heading.  ``shapes.ITEM_SPACED_RE``,
``layout._set_as_paragraph``.

Each page is real: a dev text set in a design of wide82's draw (seed 324 ``--kind heading``) and read
back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    # (extraction, the steps that must open whole paragraphs)
    ("guide_office_system_ops__sw25_01_s324_heading__pdftotext.txt",
     ["1. 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。",
      "1. 在首页“待办事项”中点击需办理的收文，进入收文处理单。"]),
    ("guide_office_system_ops__sw25_01_s324_heading__pdfminer.txt",
     ["1. 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。"]),
    ("plan_community_canteen_labelled_items__sw25_01_s324_heading__pypdf.txt",
     ["3. 结算方式：补贴资金按月结算，由助"]),
]


@pytest.mark.parametrize("name,steps", CASES, ids=["_".join(c[0].split("__")[:2]) for c in CASES])
def test_spaced_step_is_no_heading(extracted, headings_of, all_text, name, steps):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for step in steps:
        assert not any(h.startswith(step[:8]) for h in heads), heads
        assert any(line.startswith(step) for line in lines), [ln for ln in lines if ln.startswith(step[:3])]


@pytest.mark.parametrize("text,spaced", [
    ("1. 打开浏览器，在地址栏输入政务外网", True),
    ("3. 结算方式：补贴资金按月结算，由助", True),
    ("1.打开浏览器", False),            # set solid: ``ITEM_SOLID_RE``'s
    ("1. 5万元用于补贴", False),         # a figure's point
])
def test_item_spaced(text, spaced):
    from booklet.shapes import ITEM_SPACED_RE
    assert (ITEM_SPACED_RE.match(text) is not None) == spaced
