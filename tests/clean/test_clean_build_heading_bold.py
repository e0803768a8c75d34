"""A heading's weight is its style: bold over the whole heading is no inline of it (the Markdown
edition wrote ``## **二、关于…的具体要求**``); a bold part of a heading stays bold."""

from __future__ import annotations

from booklet.clean.blocks import Blk, Kind
from booklet.clean.build import _block
from booklet.model import Bold, Text

# dev text notice_four_levels_training, design narrow_20, read from the PDF: a bold 一、 heading the
# reader gave as two bold lines of text, joined and read as a heading by its shape
WRAPPED = "二、关于建立健全市县校三级联动的培训管理机制和培训质量跟踪评价制度的具体要求"


def test_a_heading_bold_all_over_has_plain_inlines():
    heading = _block(Blk(Kind.HEADING, WRAPPED, 27, 28, level=1, bold=((0, len(WRAPPED)),)), None)
    assert heading.inlines == (Text(WRAPPED),)


def test_a_bold_part_of_a_heading_stays_bold():
    text = "二、关于培训管理机制（试行）"
    heading = _block(Blk(Kind.HEADING, text, 1, 1, level=1, bold=((0, 2),)), None)
    assert heading.inlines == (Bold("二、"), Text("关于培训管理机制（试行）"))


def test_a_paragraph_bold_all_over_stays_bold():
    text = "坚持问题导向。"
    para = _block(Blk(Kind.PARA, text, 3, 3, bold=((0, len(text)),)), None)
    assert para.inlines == (Bold(text),)
