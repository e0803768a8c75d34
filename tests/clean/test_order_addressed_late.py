"""A one-page letter or speech in two columns that pdfminer wrote title first, then the later column,
then the first — read from its salutation on under its headline (``order._addressed_late``, asked by
``order._turned`` where ``turn`` finds no turn; plumb82, issue 10).

pdfminer writes a page's groups top-left first: the headline set over the first column only is its
own group, written first, and the later column, whose top stands beside the headline — higher than
the first column's top under it — is written next, down to the text's end; the first column comes
last.  ``turn`` reads such a page only at an item's headline, or right after a line that closes the
text; a letter's or a speech's first column opens on neither.  The salutation does: a letter or speech addresses those it speaks to once, right
under its headline, before it says anything (「同志们：」, 「广大市民朋友们：」) — standing after body
prose that ends a sentence, it opens the first column, and what was written before it is the text's
end.

Pages are real extractions, whole: dev texts speech_bold_leadins_rural on news design nw54_06
(``heading_sweep.py --kind news --columns 2 --designs 10 --short 700`` seed 307),
appeal_civilised_city on nw54_02 (``--short 900`` seed 306) and speech_county_meeting on the bulletin
design bl66_03 (``--kind bulletin --designs 10 --short 900`` seed 305) — ``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

# phrases that stand in this order in the document cleaned: the headline, the salutation, the first
# column's body, then the later column's, the text's end last
ORDERS = {
    "speech_bold_leadins_rural__nw54_06_s307_short__pdfminer.txt":
        ["在全市乡村振兴重点工作", "同志们：", "这次会议是经市委同意召开", "一、提高站位，准确把握",
         "第三，要把守住不发生规", "二、突出重点，扎实推进", "三、强化保障，凝聚推动", "要加大投入。",
         "同志们，农时不等人。"],
    "speech_county_meeting__bl66_03_s305_short__pdfminer.txt":
        ["凝心聚力抓落实", "同志们：", "这次会议的主要任务是", "一、客观看待过去一年的", "（一）产业发展势头向",
         "（二）改革攻坚持续深", "（三）民生保障更加有", "成绩来之不易", "二、准确把握形势任务", "当前，发展环境中的有利条"],
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
