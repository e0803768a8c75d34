"""A page of a longer news text that pdfminer wrote from a later group of its boxes is read from where
its head's first piece stood (issue 10, branch miner75b).

pdfminer writes each page by its boxes' groups: where the group holding the page's top-left corner — the
head's first piece (「江城周刊  2026年第18期」) over the first column — is written after another, the page
opens amid an item and the head's piece stands amid it.  On a text of two pages or more that copy was
kept (``head_copies`` read only texts no reader paged; repetition needs three copies), so nothing marked
the spot and ``turn`` was asked of one-page texts only.  Now a paged text's later copy of the head its
first page's top showed is dropped wherever it stands (``pagehead.head_copies``), the line after it is
marked (``Line.after_head``), and the page turns there (``order._turned_later``): at a block opening an
item, or — where the page before ends inside a sentence — at the marked line that goes on from it.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind news --columns 3 --seed 197``
pages and read back by pdfminer — whole documents, ``tests/data/extractions``.  Both fail on main 1e5c25d.
"""

from __future__ import annotations


def test_a_later_page_written_from_a_later_group_reads_from_its_head(extracted, all_text):
    """Page 2 opens on 「社区食堂开到家门口」's item (its byline under the head's dropped copy), and
    「江城马拉松…」, written first, comes after it; the head's copy is gone."""
    text = all_text(extracted("news_page_district_livelihood__nw54_01_s197_news__pdfminer.txt")).replace(" ", "")
    assert "江城周刊" not in text
    assert text.index("一荤两素一汤") < text.index("江城马拉松将于")


def test_a_later_page_goes_on_where_the_page_before_stopped(extracted, all_text):
    """Page 1 ends inside a sentence (「…健康体检、慢病管理、」): page 2 goes on at the line under the
    head's copy (「家庭医生签约等服务，…」), not at the block pdfminer wrote first."""
    text = all_text(extracted("survey_report_tables__nw54_01_s197_news__pdfminer.txt")).replace(" ", "")
    assert "慢病管理、家庭医生签约等服务" in text
