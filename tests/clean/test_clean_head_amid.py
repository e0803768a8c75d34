"""A one-page news text that pdfminer wrote from its later columns on is read from where its head's
first piece stood (issue 10, branch miner75).

pdfminer groups a page's boxes by the empty area between them and writes each group's children top-left
first (``0.5·x0 − 1.5·(y0 + y1)``).  On a tight three-column page the head's two pieces stand at the page's
top corners: the left one (「综合新闻」, 「江城晚报  城事」) is grouped with the first column and the lead
item's headline, the right one (「第1版」, 「2026年5月3日  A1」) with the last column — and where that group
ends higher on the page (a short last column) its middle stands higher, so it is written first.  The page
then opens amid an item, and the head's left piece, dropped as furniture, stood amid the page right over
the lead item's headline.  ``strip_furniture`` now marks the line after a head's piece dropped inside its
page (``Line.after_head``), and ``turn`` reads a one-page text from there where that turn is one of those
mending most faults (it ranks before the ordinals' count: 「第十七条」 counts up as well from 「第一条」's
place as from 「第十七条」's).  A date dropped amid the page over a body paragraph turns nothing: only a
block opening an item is a turn.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind news --columns 3 --seed 197``
pages and read back by pdfminer — whole documents, ``tests/data/extractions``.  The first three fail on
main a2f2a83; the last is a guard (passes on both).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "lead", "written_first", "end"), [
    ("law_library_regulation__nw54_05_s197_news__pdfminer.txt", "第一条 为了促进公共图书馆事业高质量发展",
     "第十七条 在本市依法登记注册的出版单位", "第三十八条 本条例自2025年1月1日起施行。"),
    ("news_page_economy_figures__nw54_05_s197_news__pdfminer.txt", "市统计局日前发布数据",
     "江城港前十个月集装箱", "只有把内需这个基本盘稳住了，经济发展才能行稳致远。"),
    ("news_page_rural_environment__nw54_10_s197_news__pdfminer.txt", "初冬时节，走进青石镇石桥村",
     "日前，县第一人民医院与省", "干净整洁才能成为乡村的常态。"),
])
def test_a_page_written_from_its_last_column_reads_from_its_head(extracted, all_text, name, lead, written_first, end):
    """The lead item's body comes before what pdfminer wrote first, and its last item's last sentence after it."""
    text = all_text(extracted(name)).replace(" ", "")
    assert text.index(lead.replace(" ", "")) < text.index(written_first.replace(" ", "")) < text.index(end.replace(" ", ""))


def test_a_date_dropped_over_a_paragraph_turns_nothing(extracted, all_text):
    """「2026年10月28日」 dropped amid the page over 「按照县委统一部署…」: the text still opens on its title."""
    text = all_text(extracted("insights_phrase_heads__nw54_07_s197_news__pdfminer.txt"))
    assert text.index("按照县委统一部署") < text.index("十七栋的王阿姨反映")
