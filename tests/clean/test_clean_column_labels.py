"""A paper's standing column name printed bare on its line — 「短评」, 「编后」, 「记者手记」 — heads the piece under
it (absorb80, issue 10).

A newspaper sets its commentary beside a report under a column name of the trade (短评, 快评, 编后, 记者手记,
采访手记…) and the boxed background under 相关链接 / 背景链接, printed bare, with no 【】, on a line of its own.
Only 【…】 and 材料 N were read as labels (``shapes.LABEL_RE``), so the bare name was left a paragraph of its
own (after a caption's 「…通讯员 钱 坤 摄」, which ends no sentence) or run into the line before it — on every
extractor.  The names are a closed vocabulary: a line that is wholly one is the piece's label
(``shapes._COLUMN_LABEL``), a block of its own and a heading wherever it stands.

Pages are real extractions, whole: dev texts news_page_school_services and news_page_winter_warmth (textb79)
on news designs drawn by ``heading_sweep.py --kind news --designs 10`` with seed 266 (``--columns 2``: nw54_03)
and seed 267 (``--columns 3``: nw54_01, nw54_06, nw54_07).
"""

from __future__ import annotations

import pytest


def _heads(doc) -> list[str]:
    from booklet.model import Heading
    from booklet.model import block_text
    out = []
    for article in doc.articles:
        out += [h for h in (article.kicker, article.title) if h]
        out += [block_text(b) for b in article.blocks if isinstance(b, Heading)]
    return out


def _paragraphs(doc) -> list[str]:
    from booklet.model import Heading
    from booklet.model import block_text
    return [block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]


@pytest.mark.parametrize("name, labels", [
    ("news_page_school_services__nw54_03_s266_news__pypdf.txt", ["记者手记", "编后"]),
    ("news_page_school_services__nw54_06_s267_news__pdftotext.txt", ["记者手记", "编后"]),
    ("news_page_winter_warmth__nw54_01_s267_news__pdfminer.txt", ["短评"]),
    ("news_page_winter_warmth__nw54_07_s267_news__pypdf.txt", ["短评"]),
])
def test_a_bare_column_name_heads_its_piece(extracted, name, labels):
    doc = extracted(name)
    heads = _heads(doc)
    for label in labels:
        assert label in heads
        assert not any(label in p for p in _paragraphs(doc))   # not run into a caption or a paragraph


def test_the_words_inside_a_sentence_are_prose():
    from booklet.shapes import LABEL_RE, BLOCK_OPENER_RE, COLUMN_LABEL_RE
    for text in ("短评。", "编后记者", "本报发表短评", "短评员"):
        assert LABEL_RE.match(text) is None and BLOCK_OPENER_RE.match(text) is None and COLUMN_LABEL_RE.match(text) is None
