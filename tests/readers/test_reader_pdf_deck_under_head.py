"""The PDF reader on a page whose head runs across the columns and whose deck (副题), centred under it,
stands inside the middle column (daily78): the deck is the head's line, read where it stands.

A line under a head across the columns, centred on its axis with nothing of another column beside it,
is the head's (``rows._under_across``) when it is no line of the column it stands in: clear of both the
column's edges by three quarters of an em.  A long deck — 「——致全市广大市民的倡议书」, thirteen
characters in a column of fifteen — stands only 0.7 em clear of the middle column's left edge, so it was
read as the column's first line: after the text's end that a short column sets at the second column's
top (「的幸福江城！」), the whole deck out of its place.  A deck opening on its dash says by its shape
that it is the head's line: it needs only stand clear of both edges by more than the half em a
column's flush line may fall short of them (``DECK_INSET_EM``).

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--seed 226 --only direct``, design nw54_06; ``--kind columns --columns 3 --leading open --seed 225``,
design col53_28; dev texts, pages drawn after the rules were written), copied into ``tests/data/pdf``.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["appeal_civilised_city__s226_nw54_06.pdf", "appeal_civilised_city__s225_col53_28.pdf"])
def test_a_deck_under_a_head_across_the_columns_is_read_under_the_head(pdf_page_lines, name):
    lines = pdf_page_lines(name)
    at = lines.index
    assert at("共建文明城市 共享美好家园") + 1 == at("——致全市广大市民的倡议书") < at("广大市民朋友们：")
    assert at("——致全市广大市民的倡议书") < at("的幸福江城！")
