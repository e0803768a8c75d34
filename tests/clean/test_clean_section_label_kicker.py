"""A section's label over an item (「【要闻】」) heads the item, not its headline: the headline under it keeps
its own kicker (textb79, issue 10).

A newspaper page sets a 栏目 label over an item — 「【要闻】」, 「【基层传真】」 — and under it the item's whole
headline: here a 引题 that is a full clause with a comma, 「坚持把群众冷暖放在心上，全市供热企业提前五天启动
供暖」, over the 主题 「十八万户居民家中暖起来了」.  The headline reader took the label for the headline's
kicker (a headline holds one element over its title), so the run under it was read as one title and the
引题 was joined to the 主题 as its first line — on every extractor.  Now a label over a run of heading
blocks leaves the run its own kicker tests (``headlines._section_label``); the label stays a heading of its
own before the item (``articles.fold_empty`` keeps it before the first headline, not under it).

Pages are real extractions, whole: new dev text news_page_winter_warmth (textb79) on news designs drawn by
``heading_sweep.py --kind news --designs 12 --saved`` with seed 257 (``--columns 2``: nw54_01) and seed 258
(``--columns 3``: nw54_03, nw54_04, nw54_07).
"""

from __future__ import annotations

import pytest

LABEL = "【要闻】"
KICKER = "坚持把群众冷暖放在心上，全市供热企业提前五天启动供暖"
TITLE = "十八万户居民家中暖起来了"


def _headings(doc) -> list[str]:
    out = []
    for article in doc.articles:
        out += [h for h in (article.kicker, article.title) if h]
    return out


@pytest.mark.parametrize("name", [
    "news_page_winter_warmth__nw54_01_s257_news__pypdf.txt",
    "news_page_winter_warmth__nw54_01_s257_news__pdftotext_layout.txt",
    "news_page_winter_warmth__nw54_03_s258_news__pdftotext_raw.txt",
    "news_page_winter_warmth__nw54_04_s258_news__pdfminer.txt",
    "news_page_winter_warmth__nw54_07_s258_news__paste_viewer.txt",
])
def test_the_kicker_under_a_section_label_stays_apart(extracted, name):
    doc = extracted(name)
    heads = _headings(doc)
    assert heads[:2] == [LABEL, KICKER]
    assert heads[2] == TITLE or heads[2].startswith(TITLE + " ")   # (pdfminer: the subtitles run on: left)
    item = next(a for a in doc.articles if a.kicker == KICKER)
    assert item.title.startswith(TITLE)


def test_a_label_over_a_title_alone_still_heads_it(extracted):
    # (the guard) 「【基层传真】」 over an item headed by its title alone, 「双桥乡：“田保姆”服务让种粮更省心」:
    # the label is the item's kicker as before, the title whole
    doc = extracted("news_page_county_fax__nw54_01_s257_news__pypdf.txt")
    item = next(a for a in doc.articles if a.kicker == "【基层传真】")
    assert item.title == "双桥乡：“田保姆”服务让种粮更省心"
