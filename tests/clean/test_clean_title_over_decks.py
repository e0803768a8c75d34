"""A news title that wrapped and ended, over two undashed 副题 lines (deck80, issue 10).

「十八万户居民家中暖起来」 / 「了」 — the 主题, set large, filled its line and stopped short on the next —
over 「新建改造供热管网86公里」 / 「开通24小时供暖服务热线」, two 副题 set smaller, each a phrase on a
line of its own and as wide as the title's line or wider.  On main ``unwrap`` joined the two 副题 (each
line near the measure once the slack and the next unit are counted) and ``headlines`` read the run as
one title of four lines, or read the wrapped title as a kicker over a title of the two 副题.  A title
wraps only where its line is full, so the short line is its last; and a line set smaller holds more
characters on the same measure: lines as wide as the title's measure under it, none the short rest of
the one above, are its 副题, a line each (``headlines._decks_under_ended``).

Pages are real extractions, whole: news_page_winter_warmth set by ``heading_sweep.py --kind news
--columns 2 --seed 263`` (designs nw54_03, nw54_06) and ``--columns 3 --seed 264`` (nw54_05).
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, block_text


@pytest.mark.parametrize("name", [
    "news_page_winter_warmth__nw54_03_s263_news__pypdf.txt",
    "news_page_winter_warmth__nw54_03_s263_news__pdfminer.txt",
    "news_page_winter_warmth__nw54_03_s263_news__pdftotext.txt",
    "news_page_winter_warmth__nw54_06_s263_news__paste_viewer.txt",
    "news_page_winter_warmth__nw54_05_s264_news__pypdf.txt",
])
def test_the_title_stops_where_it_ended_and_its_decks_stand_apart(extracted, name):
    doc = extracted(name)
    article = next(a for a in doc.articles if a.title and a.title.startswith("十八万户"))
    assert article.title == "十八万户居民家中暖起来了"
    assert article.subtitle == "新建改造供热管网86公里"
    first = article.blocks[0]
    assert isinstance(first, Heading) and block_text(first) == "开通24小时供暖服务热线"
