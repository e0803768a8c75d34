"""A book's own name over its pages is a running head, on the first page too (issue 10, branch texts84b).

A 年鉴 prints its name and its volume's year over every page (「青禾年鉴·2026」), a pocket book its series'
name (「干部学习口袋书」) — the first page included, over the section's own head (「农业农村」).  The
copies on the later pages were dropped; the first page's stayed and read as the document's first
heading: under it 「农业农村」 reads as an author's name (农 is a surname), and a line over its byline is a
title (``bands._opens_article``).  A publication's name is never the text's title
(``bands._masthead_words``): the book's kinds (年鉴, 口袋书) and a 年鉴's volume year after a middle dot
or in brackets are now in its shape (``shapes._PUBLICATION``, ``_VOLUME_YEAR``).

The pages are real: the dev text ``yearbook_county_agriculture`` set on ``tests/eval/heading_sweep.py``
pages of seed 336 (``--kind pocket`` design 2, read by pdfminer; ``--kind columns --columns 2`` design 0,
read by pdftotext) — whole documents, ``tests/data/extractions``.  Both extraction tests fail on main
ab43757a.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph
from booklet.shapes import HEADER_LINE_RE, PUBLICATION_NAME_RE


def test_a_pocket_books_name_on_its_first_page_is_no_heading(extracted, headings_of, all_text):
    doc = extracted("yearbook_county_agriculture__pk53_02_s336_pocket__pdfminer.txt")
    heads = headings_of(doc)
    assert heads[0] == "农业农村"
    assert "干部学习口袋书" not in all_text(doc)
    assert {"种植业", "畜牧业", "农业科技与农机"} <= set(heads)


def test_a_yearbooks_name_and_year_on_its_first_page_is_no_heading(extracted, headings_of, all_text, texts):
    doc = extracted("yearbook_county_agriculture__col53_00_s336_columns__pdftotext.txt")
    heads = headings_of(doc)
    assert heads[0] == "农业农村"
    assert "青禾年鉴" not in all_text(doc)
    assert any(p.startswith("【概况】2025年，青禾县坚持农业农村优先发展") for p in texts(doc, Paragraph))


@pytest.mark.parametrize("text", ["青禾年鉴·2026", "青禾年鉴（2026）", "中国统计年鉴 · 2025", "干部学习口袋书",
                                  "理论学习口袋书"])
def test_a_books_name_is_a_publications(text):
    assert PUBLICATION_NAME_RE.match(text) and HEADER_LINE_RE.match(text)


@pytest.mark.parametrize("text", ["农业农村", "年鉴编纂工作", "2025年青禾县主要农作物播种面积和产量",
                                  "表1　2025年青禾县主要农作物播种面积和产量", "口袋书的编写与使用", "青禾年鉴2026年卷编纂说明"])
def test_a_sections_head_is_no_publications_name(text):
    assert HEADER_LINE_RE.match(text) is None
