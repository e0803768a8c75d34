"""A headline's kicker, title and undashed subtitle, each set on a line of its own, are three elements,
even where ``unwrap`` joined the kicker's line and the title's into one block (kick74, issue 10).

A news headline is set element by element: the kicker (引题) near the body's size, the title large, the
subtitle (副题) smaller, each on its own line, then the byline.  A kicker set near the body's size nearly
fills the measure (「和美乡村建设暨农村人居环境整治提升行动」, 19 em on 22.5), so ``unwrap`` ran it on into
the title's line, and the headline reader took that block — it wrapped and stopped short — for a kicker
of two lines (``_ended_clause_over``) over the subtitle as the title: 「和美乡村建设暨…行动青石镇十二个行政村
换了新颜」 / 「全镇农村生活污水治理率达到九成」.  Now a run of that block and a one-line block over the byline
is read as the three elements when the block's first line is a phrase over a narrower title
(``headlines._three_elements``, by ``_phrase_over_closed_title``).

Pages are real extractions, whole: dev text news_page_rural_environment on news design nw54_05, drawn by
``heading_sweep.py --kind news --columns 2 --designs 12`` with seed 190 (pypdf, pdfminer, plain pdftotext
and ``-layout``) and seed 191 (pasted from a viewer), news74's draws (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest

KICKER = "和美乡村建设暨农村人居环境整治提升行动"
TITLE = "青石镇十二个行政村换了新颜"
SUBTITLE = "全镇农村生活污水治理率达到九成"


@pytest.mark.parametrize("name", [
    "news_page_rural_environment__nw54_05_s190_news__pypdf.txt",
    "news_page_rural_environment__nw54_05_s190_news__pdfminer.txt",
    "news_page_rural_environment__nw54_05_s190_news__pdftotext_layout.txt",
    "news_page_rural_environment__nw54_05_s190_news__pdftotext.txt",
    "news_page_rural_environment__nw54_05_s191_news__paste_viewer.txt",
])
def test_kicker_title_and_subtitle_apart(extracted, name):
    doc = extracted(name)
    first = doc.articles[0]
    assert (first.kicker, first.title, first.subtitle) == (KICKER, TITLE, SUBTITLE)
    assert first.author.startswith("本报记者")


def test_the_page_s_other_headlines_keep_their_reading(extracted):
    # the page's next items: a kicker ending on its verb over a title, no subtitle read from the body
    doc = extracted("news_page_rural_environment__nw54_05_s190_news__pypdf.txt")
    second = doc.articles[1]
    assert (second.kicker, second.title, second.subtitle) == ("县农业农村局开展秋冬种技术服务", "专家团队下田指导小麦播种", None)


def test_a_title_wrapped_over_its_author_stays_one(extracted):
    # (the guard; sub74's check draw, seed 195) a title wrapped before its 「与」 — the tagger reads it as a
    # preposition — over the author's name alone: the title stays one element, never parted at 「与」
    doc = extracted("article_theory_abstract_refs__nw54_10_s195_news__pdftotext.txt")
    first = doc.articles[0]
    elements = (first.kicker, first.title, first.subtitle)
    assert "新时代基层治理数字化转型的实践逻辑与推进路径" in elements
    assert "与推进路径" not in elements
