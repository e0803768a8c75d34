"""A table turned to text whose cells hold clauses (issue 10, lead88): an 应急预案's table of response levels,
「响应级别　启动条件　指挥机构」 over 「Ⅳ级　1小时降雨量达到30毫米以上，或局部出现积水　市指挥部办公室」 and three rows
more.  Its cells are too long and hold commas, so the table rules (``_table_head``, ``_table_body``) never read
them as cells, and each row, a short block with no sentence end, was guessed a heading (texts87's largest left:
67 promoted headings on the dev text's real cases).  A table's columns give its rows one count of cells; a
heading is parted once at most (its number's gap), so two lines in a row parted alike into three cells or more
are a table's rows (``headings._row_among_rows``).

The page is real: the dev text plan_emergency_decimal_heads set in the dev layout word_report, read by pdfminer
(a row wrapped at the measure, 「…市指挥部」 / 「办公室」).
"""

from __future__ import annotations

import pytest

from booklet.clean.blocks import Blk, Kind
from booklet.clean.headings import _row_among_rows

ROWS = ("响应级别　启动条件　指挥机构", "Ⅳ级　1小时降雨量达到30毫米以上，或局部出现积水　市指挥部办公室",
        "Ⅲ级　1小时降雨量达到50毫米以上，或10处以上主干道积水　市指挥部副总指挥")


def _paras(*texts: str) -> list[Blk]:
    return [Blk(Kind.PARA, t, n, n) for n, t in enumerate(texts)]


@pytest.mark.parametrize("i", [0, 1, 2])
def test_rows_parted_alike_are_rows(i):
    assert _row_among_rows(_paras(*ROWS), i)


@pytest.mark.parametrize("texts,i", [
    (("1.1　编制目的", "1.2　编制依据"), 0),                       # headings parted once, by their numbers
    (("奋斗　奉献　担当", "全体党员要在各自岗位上勇挑重担。"), 0),      # a spaced slogan over prose
    (("学　习　强　国", "学　习　强　国"), 0),                       # spaced out a character a cell
    (("响应级别　启动条件　指挥机构", "Ⅳ级　局部出现积水"), 0),         # three cells over two
    (("响应级别　启动条件　指挥机构\n第二行　的　行", "甲　乙　丙"), 0),  # a block of two lines
])
def test_no_row_among_rows(texts, i):
    assert not _row_among_rows(_paras(*texts), i)


def test_a_plans_levels_table_holds_no_heading(extracted, headings_of):
    doc = extracted("plan_emergency_decimal_heads__word_report_dev__pdfminer.txt")
    heads = headings_of(doc)
    assert not any("级　" in h or h.startswith(("响应级别", "Ⅳ级", "Ⅲ级", "Ⅱ级", "Ⅰ级")) for h in heads), heads
    assert any("".join(h.split()) == "3.2响应措施" for h in heads), heads   # (the heading under the table stays one)
