"""Lists that are no headings, though each line is short and unpunctuated (issue 10, branch texts84).

A 条例释义 closes each article's commentary with 【相关规定】 over the provisions it rests on, one a line:
「《中华人民共和国立法法》第八十一条」 / 「《新时代公民道德建设实施纲要》」.  ``headings.guess_headings``
read every such line as a heading, and ``unwrap`` ran two entries into one (a heading's two lines).  A
citation of a provision is a reference line (``shapes.PROVISION_CITATION_RE`` in ``SHORT_LINE_ROLES``);
a title alone in 《》 beside one is an entry of the same list (``headings._cited_beside``) — while a
读本's section headed by a title alone, its text under it, stays a heading; the entries stay a block
each (``unwrap.ROW_KINDS``: the source list's two kinds of row).

A yearbook's table names its columns in a header row of words (「指标　单位　数量」) over its rows of
figures (「农机总动力　万千瓦　96.8」): the header is the table's row, no heading (``headings._table_head``).

The pages are real: the dev texts ``interpretation_civility_regulation`` and ``yearbook_county_agriculture``
(written for texts84 before any rule was read) set on ``tests/eval/heading_sweep.py --kind heading``
pages of seed 336 and read back by pypdf and pdfminer — whole documents, ``tests/data/extractions``.
The two extraction tests fail on main 618dcdf.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph
from booklet import shapes

CITATIONS = ["《中华人民共和国立法法》第八十一条", "《新时代公民道德建设实施纲要》",
             "《中华人民共和国治安管理处罚法》第二十三条", "《中华人民共和国固体废物污染环境防治法》第四十九条",
             "《中华人民共和国道路交通安全法》第四十七条、第六十二条", "《电动自行车安全技术规范》"]


def test_a_source_list_under_its_label_is_no_heading(extracted, headings_of, texts):
    doc = extracted("interpretation_civility_regulation__sw25_01_s336_heading__pypdf.txt")
    heads = headings_of(doc)
    assert not any(h.startswith("《") for h in heads[1:])    # (the title opens on 《: a 释义's name)
    assert heads[0] == "《青禾市文明行为促进条例》释义（节选）"
    # (each entry a paragraph of its own, never two run into one)
    paras = texts(doc, Paragraph)
    assert all(entry in paras for entry in CITATIONS)
    # (the labels over the lists stay headings)
    assert heads.count("【相关规定】") == 4 and "第一章　总则" in heads


def test_a_tables_header_row_is_no_heading(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__sw25_02_s336_heading__pdfminer.txt")
    heads = headings_of(doc)
    assert not any(h.startswith("指标") for h in heads)
    assert "指标　单位　数量" in texts(doc, Paragraph)
    assert {"种植业", "畜牧业", "农业科技与农机"} <= set(heads)


def test_a_section_headed_by_a_title_alone_stays_a_heading(clean, headings_of):
    """A guard (passes on both): a 读本's sections headed by a document's title, their text under them."""
    doc, _ = clean("重要文件导读\n\n为便于各村党组织学习，现将两份文件的要点分别介绍如下。\n\n《青禾县村级议事协商工作规程》\n\n"
                   "这份规程规定了议事协商的主体、内容和程序。凡是涉及村民切身利益的事项，都应当先协商、后决策。\n\n"
                   "《关于推进移风易俗树立文明乡风的指导意见》\n\n"
                   "这份意见针对婚丧事宜大操大办、高额彩礼、人情攀比等问题，提出由村民议定标准、写入村规民约。\n")
    heads = headings_of(doc)
    assert "《青禾县村级议事协商工作规程》" in heads and "《关于推进移风易俗树立文明乡风的指导意见》" in heads


@pytest.mark.parametrize("text", CITATIONS[:1] + CITATIONS[2:5] + [
    "《民法典》第一千零四十三条第二款", "《中华人民共和国立法法》第 81 条",
    "《中华人民共和国立法法》第八十一条《新时代公民道德建设实施纲要》"])
def test_citations_of_a_provision(text):
    assert shapes.PROVISION_CITATION_RE.match(text) is not None
    assert shapes.short_line_role(text) == "reference"


@pytest.mark.parametrize("text", ["《新时代公民道德建设实施纲要》", "《朱子家训》里的日常功夫",
                                  "《民法典》第一千零四十三条的理解与适用", "《某某条例》第三章", "第八十一条",
                                  "学习《中华人民共和国立法法》第八十一条"])
def test_no_citation_of_a_provision(text):
    assert shapes.PROVISION_CITATION_RE.match(text) is None


def test_a_title_alone():
    assert shapes.TITLE_ONLY_RE.match("《新时代公民道德建设实施纲要》") is not None
    assert shapes.TITLE_ONLY_RE.match("《朱子家训》里的日常功夫") is None


@pytest.mark.parametrize(("text", "row"), [("指标　单位　数量", True), ("指标   单位    数量", True),
                                           ("奋斗　奉献　担当", True), ("第一章　总则", False),
                                           ("坚持创新，协调发展　共享", False)])
def test_a_row_of_words(text, row):
    """The header's shape — a spaced slogan's too, which the row under it tells apart."""
    assert (shapes.TABLE_WORD_ROW_RE.match(text) is not None) is row


def test_a_slogan_over_a_paragraph_is_not_a_table_head(clean, headings_of):
    doc, _ = clean("党员要当好表率。\n\n奋斗　奉献　担当\n\n全体党员要在各自岗位上勇挑重担，以实干实绩诠释初心使命。\n")
    assert "奋斗　奉献　担当" in headings_of(doc)
