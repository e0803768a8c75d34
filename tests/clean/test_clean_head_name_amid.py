"""A one-page news text's head name piece, written by pdfminer amid the page, is the head's: dropped, and the
page read from the line after it (issue 10, branch miner76).

A paper's page head prints the paper's name with its issue or section at one end of its row (「江城周刊
2026年第18期」, 「江城晚报  城事」) and the page's number and date at the other (「第1版」, 「2026年5月3日  A1」).
pdfminer writes a page by its boxes' groups: the number goes with the last column's group, written first
where it ends higher, and the name piece with the first column's top and the lead item's headline, written
after it — amid the page.  The furniture rules took the number at the page's top, but the name piece, no
page number and no bare section name, stayed in the text (「## 江城周刊2026年第18期」, or glued into a
paragraph).  ``pagehead.head_name_amid`` takes it where the head's top gave only its dated parts and the page
holds one block of that shape; ``_remove`` marks the line after it and ``turn`` reads the page from there —
also at a block under a colophon's short lines (「江城市民政局办公室」 / 「20日印发」), which the grammar
otherwise reads as one headline run with it.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind news --columns 3 --seed 197``
pages and read back by pdfminer — whole documents, ``tests/data/extractions``.  The first three fail on
main fc00daf; the last is a guard (a sentence's first line naming a periodical's kind, 「…个人基本信息」,
stays in its sentence; passes on both).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "first", "later"), [
    ("compilation_materials__nw54_07_s197_news__pdfminer.txt", "坚持以科技创新引领新质生产力发展",
     "措施自2026年3月1日起施行"),
    ("request_qingshi_banji__nw54_10_s197_news__pdfminer.txt", "江民〔2026〕47号", "抄送：市委办公室"),
    ("request_qingshi_banji__nw54_01_s197_news__pdfminer.txt", "江民〔2026〕47号", "抄送：市委办公室"),
])
def test_a_head_name_piece_amid_the_page_goes_and_the_page_reads_from_it(extracted, all_text, name, first, later):
    """The piece is gone, and the text opens on the lead item, what pdfminer wrote before the piece after it."""
    text = all_text(extracted(name)).replace(" ", "")
    assert "江城周刊" not in text and "江城晚报城事" not in text
    assert text.index(first) < text.index(later)


def test_a_sentence_naming_a_periodicals_kind_stays(extracted, all_text):
    """「志愿者提供的个人基本信息」 (a block of its own, 「信息」 a periodical's kind) opens its sentence still."""
    text = all_text(extracted("measures_volunteer_service__nw54_05_s197_news__pdfminer.txt")).replace(" ", "")
    assert "志愿者提供的个人基本信息应当真实、准确、完整。" in text
