"""A Word report's head under pdfminer: the unit's line kept in the text (issue 10, branch report72).

A Word report prints its two-line head on every page, the first too: the unit (「青禾县人民政府办公室」,
「江城市发展和改革委员会办公室」) and a row of the title's copy or the 简报's name with the date or issue at its
right end.  pdfminer writes the row's boxes in its own order, so the unit's copy comes third in the head
(「让农民在产业发展中得到更多实惠」 / 「2026 年 11 月」 / 「青禾县人民政府办公室」).  Two readings kept it:

- on the first page the unit's copy, over the text's own opening — a column's label that reads as a name
  (「高端访谈」: 高 is a surname) or a chapter's head (「第三章 …」) — was read as an article's title over its
  byline or first section, and kept as the text's title (``bands._heads`` → ``_opens_article``).  A head's
  own words (a body's or publication's name, a date: ``bands._masthead_words``) are never the text's title.
- on a two-page text whose last page holds a line or two, the unit's copy there stood nearer the foot and was
  read at the foot, so one copy stood at the top and none was taken.  Its page's own head shows where it
  is printed: the lines between it and the top are copies taken as heads (``bands._under_taken``) — unless
  the line after it is a date of its own, the issuer signing a short last page (``bands._signed``).

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages (seed 158)
and read back by pdfminer — whole documents, ``tests/data/extractions``.  The three page tests fail on main
ec80a79; the signature is a guard.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "unit", "title"), [
    ("interview_rural_revitalization__sw25_00_s158_word__pdfminer.txt", "青禾县人民政府办公室",
     "让农民在产业发展中得到更多实惠"),
    ("chapter_footnotes_region__sw25_01_s158_word__pdfminer.txt", "青禾县人民政府办公室",
     "第三章 区域科技创新体系建设"),
])
def test_the_units_copy_on_the_first_page_is_no_title(extracted, all_text, name, unit, title):
    doc = extracted(name)
    assert unit not in all_text(doc)
    assert doc.articles[0].title == title


def test_the_units_copy_on_a_short_last_page_goes(extracted, all_text):
    """Two pages; page 2 holds the head (「工作简报」 / 「2026 年第 9 期」 / 「江城市发展和改革委员会办公室」) over
    the 来源 line alone: the unit's copy there is nearer the foot, and its head's other lines stand over it."""
    doc = extracted("news_page_county__sw25_04_s158_word__pdfminer.txt")
    assert "江城市发展和改革委员会办公室" not in all_text(doc)
    assert doc.articles[0].title == "把园区建成现代农业的示范窗口"


def test_the_issuer_signing_a_short_last_page_under_its_head_stays(extracted, all_text):
    """The 通报's last page holds its head (「江城市委政策研究室」 / 「2026 年 10 月」, the title's copy) over
    the issuer and the date it signs: the issuer opens the first page under the head too, and stays."""
    doc = extracted("tongbao_safety_inspection__sw25_04_s132_word__pdfminer.txt")
    text = all_text(doc).replace(" ", "")
    assert text.rstrip().endswith("江城市安全生产委员会办公室\n2026年10月12日")
