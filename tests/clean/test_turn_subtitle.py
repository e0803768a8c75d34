"""A one-page text whose page opens on its title over its subtitle is not turned at the subtitle
(``turn._subtitle_split``, asked by ``turn.turn``; three83, issue 10).

pdfminer writes a short column page's groups top-left first: the title, set over the columns, is
written first, as set, and where space parts it from its subtitle (「——致全市广大市民的倡议书」) the
subtitle is a box of its own.  ``turn`` (``ONE_PAGE``) weighed a whole-page turn at that box best —
its reading ends on the text's signature or its last paragraph and opens on a headline's line — and
read the title after the text's end.  A subtitle (a dash-led line with no sentence stop under the
line that opens the page's text, which ends no sentence) names the title over it: no text opens on it,
so a turn whose best reading opens there split the text's opening, and the page stays as written.

Pages are real extractions, whole: dev texts appeal_civilised_city on news design nw54_04 and
commentary_sentence_heads on nw54_01 (``heading_sweep.py --kind news --columns 3 --designs 10 --short 700 --only pdfminer`` seed 327) —
``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

# phrases that stand in this order in the document cleaned: the title (its subtitle and byline are the
# article's own fields), then the text from its start
ORDERS = {
    "appeal_civilised_city__nw54_04_s327_short__pdfminer.txt":
        ["共建文明城市", "广大市民朋友们：", "文明是一座城市的灵魂",
         "一、做文明风尚的倡导者", "江城市精神文明建设委员会办公室", "2026年11月25日"],
    "commentary_sentence_heads__nw54_01_s327_short__pdfminer.txt":
        ["把为民办实事落到群众心坎上", "今年以来，全市十件民生实事",
         "民生实事办得好不好", "民生无小事，枝叶总关情。"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_title_over_its_subtitle_opens_the_text(extracted, all_text, name):
    doc = extracted(name)
    # (the title is the text's title, not a line run into its first paragraph)
    assert (doc.articles[0].title or "").replace(" ", "").startswith(ORDERS[name][0]), doc.articles[0].title
    read = all_text(doc).replace(" ", "").replace("\n", "")
    places = [read.find(phrase.replace(" ", "")) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places
