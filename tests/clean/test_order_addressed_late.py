"""A one-page letter or speech in two columns that pdfminer wrote title first, then the later column,
then the first — read from its salutation on under its headline (``order._addressed_late``, asked by
``order._turned`` where ``turn`` finds no turn; plumb82, issue 10).

pdfminer writes a page's groups top-left first: the headline set over the first column only is its
own group, written first, and the later column, whose top stands beside the headline — higher than
the first column's top under it — is written next, down to the text's end; the first column comes
last.  ``turn`` reads such a page only where its faults show (a 来源 line or a signature's date
closing the text inside the page, a headline item out of place); a letter's or a speech's page
often shows none.  The salutation does: a letter or speech addresses those it speaks to once, right
under its headline, before it says anything (「同志们：」, 「广大市民朋友们：」) — standing after body
prose that ends a sentence, it opens the first column, and what was written before it is the text's
end.

Pages are real extractions, whole: dev texts speech_quoting_sayings on news design nw54_06
(``heading_sweep.py --kind news --columns 2 --designs 10 --short 700`` seed 307) and
appeal_civilised_city on nw54_02 (``--short 900`` seed 306) — ``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

# phrases that stand in this order in the document cleaned: the headline, the salutation, the first
# column's body, then the later column's, the text's end last
ORDERS = {
    "speech_quoting_sayings__nw54_06_s307_short__pdfminer.txt":
        ["以优良作风凝聚干事创业合力", "同志们：", "作风问题，说到底是党性问题",
         "一、作风建设关系人心向背", "二、作风建设要常抓长效", "作风问题从来不是一阵风就能刮干净的",
         "今年以来，市直机关开展了“作风建设提升年”活动"],
    "appeal_civilised_city__nw54_02_s306_short__pdfminer.txt":
        ["共建文明城市", "广大市民朋友们：", "文明是一座城市的灵魂", "一、做文明风尚的倡导者",
         "五、做诚信友善的践行者", "文明城市，你我共建！", "江城市精神文明建设委员会办公室", "2026年11月25日"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_salutation_under_the_headline_opens_the_first_column(extracted, all_text, name):
    read = all_text(extracted(name)).replace(" ", "").replace("\n", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places
