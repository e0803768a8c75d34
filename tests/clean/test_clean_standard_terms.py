"""A standard's term entries and its first part's heading as GB/T 1.1 sets them; a 【】 label over its passage
(issue 10, branch std86).

GB/T 1.1 sets a term entry in clause 3 as lines of their own: the entry's number alone (「3.1」), the term
with its English equivalent under it (「农村生活垃圾　rural domestic waste」), the definition under that.
The number, set in a face of its own, was read as a run cut off a printed line (``runs.rejoin_runs``) or a
clause number written apart from its title (``clauses.join_clause_numbers``) and joined to the term — and the
joined 「3.1农村生活垃圾　rural domestic waste」 read as a heading; on a pocket page the term's line ran on into
its definition.  ``shapes.term_entries`` reads the entry's head (the number over the term and its English,
wrapped or cut), and each place that joined it asks it.  A part of the text named by its kind alone
(「前言」) under the standard's title was joined to the title as its wrapped rest (``titles._own_line``).

The pages are real: the dev text ``standard_rural_waste_collection`` set on ``tests/eval/heading_sweep.py``
pages of seed 369 (``--kind heading`` designs 0 and 3, ``--kind pocket`` design 0), read by pdfminer,
pdftotext and saved as office plain text — whole documents, ``tests/data/extractions`` — and the 诗词 on a
two-column page of the same seed read by pypdf.  The six extraction tests fail on main 1cc1c4c6 and pass here.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph
from booklet import shapes

NUMBERS = ("3.1", "3.1.1", "3.1.2", "3.2", "3.3")
TERMS = ("农村生活垃圾ruraldomesticwaste", "易腐垃圾perishablewaste", "其他垃圾residualwaste",
         "户分类householdsorting", "村收集点villagecollectionpoint")
DEFINITIONS = ("农村居民在日常生活中或者为日常生活提供服务的活动中产生的固体废物", "农村生活垃圾中易腐烂的有机物",
               "除可回收物、有害垃圾、易腐垃圾以外的农村生活垃圾。", "农户在垃圾产生源头按照规定的类别分开投放生活垃圾的行为。")

# (page, whether every definition opens its own paragraph: on the pocket page read by pdftotext the first
# definition's first line, 2 em short where the layout reads first lines as full, still ends its block — left)
PAGES = [("standard_rural_waste_collection__sw25_00_s369_heading__pdfminer.txt", True),
         ("standard_rural_waste_collection__sw25_03_s369_heading__pdftotext.txt", True),
         ("standard_rural_waste_collection__pk53_00_s369_pocket__pdftotext.txt", False),
         ("standard_rural_waste_collection__pk53_00_s369_pocket__plain_ideographic.txt", True)]


def _squeezed(items):
    return ["".join(t.split()) for t in items]


@pytest.mark.parametrize(("name", "whole"), PAGES)
def test_term_entries_read_as_gbt_sets_them(extracted, headings_of, texts, name, whole):
    doc = extracted(name)
    heads = _squeezed(headings_of(doc))
    paras = _squeezed(texts(doc, Paragraph))
    for number in NUMBERS:
        assert number in paras   # the entry's number a paragraph of its own
    for term in TERMS:
        assert term in paras     # the term and its English one paragraph, no heading
    assert not any("rural" in h or "waste" in h or "household" in h for h in heads)
    for definition in DEFINITIONS[0 if whole else 1:]:
        assert any(p.startswith(definition) for p in paras)   # the definition opens its own paragraph
    # the clause heads are still heads
    assert "1范围" in heads


def test_title_apart_from_the_first_parts_heading(extracted, headings_of):
    heads = _squeezed(headings_of(extracted("standard_rural_waste_collection__sw25_00_s369_heading__pdfminer.txt")))
    assert heads[:2] == ["农村生活垃圾分类收集与转运技术规范", "前言"]


@pytest.mark.parametrize("texts", [["3.1", "农村生活垃圾\u3000rural domestic waste"],
                                   ["3.1.1", "易 腐 垃 圾 \u3000 p e r i s h a b l e"],
                                   ["\u3000\u30003.2", "户分类", "household sorting"],
                                   ["3.3", "村收集点 village collection", "point"]])
def test_term_number_over_its_term(texts):
    assert shapes.term_number_over(texts)


@pytest.mark.parametrize("texts", [["4.1", "一般规定"],                       # a clause's number over its title
                                   ["4.1", "一般规定", "4.1.1　收集设施的配置应…"],
                                   ["3", "术语和定义 terms"],                 # one level: a clause or a page
                                   ["3.1", "农村居民在日常生活中或者为日常生活提供服务的活动中产生的固体废物"],
                                   ["3.1　城市书房　urban reading room", "依托公共图书馆…"],   # the entry on one line
                                   ["2026", "年工作要点 key points"]])
def test_term_number_refusals(texts):
    assert not shapes.term_number_over(texts)


def test_term_alone_parted_from_its_number_is_a_piece_of_its_line():
    """pdftotext writes an entry set on one line (「3.1　城市书房　urban reading room」) as blocks cut at its wide
    spaces, a blank line before each: the number is no line of its own there."""
    texts = ["3.1", "城市书房", "urban reading room"]
    assert shapes.term_number_over(texts, [False, False, True])
    assert not shapes.term_number_over(texts, [False, True, True])
    assert shapes.term_number_over(["3.1", "城市书房　urban reading room"], [False, True])


def test_term_entry_head_ends_where_its_english_does():
    lines = ["下列术语和定义适用于本文件。", "3.1", "农村生活垃圾　rural", "domestic waste", "农村居民在日常生活中或者",
             "为日常生活提供服务的活动中产", "3.1.1", "易腐垃圾", "perishable", "waste", "农村生活垃圾中易腐烂的有"]
    assert shapes.term_entries(lines) == [(1, 3), (6, 9)]
    assert shapes.term_entry_end(["3.1", "农村生活垃圾　rural domestic waste", "农村居民…"]) == 1
    assert shapes.term_entry_end(["4.1", "一般规定"]) == -1
    assert shapes.TERM_NUMBER_RE.match("3.1.2") and not shapes.TERM_NUMBER_RE.match("3")
    assert not shapes.TERM_NUMBER_RE.match("3.1　户分类")
    assert shapes.TERM_LINE_RE.match("村收集点　village collection point") and not shapes.TERM_LINE_RE.match("一般规定")


def test_bracket_label_opens_its_line_after_a_note_entry(extracted, headings_of, texts):
    """(std86) A label in 【】 heads what follows: pypdf writes the bold 「【赏析】」 as a piece of its own after the
    last 注释 entry, and the piece was rejoined to the entry as the end of its printed line (``runs.rejoin_runs``):
    the 诗词 on a two-column page of seed 369 (``--kind columns --columns 2``, design 2)."""
    doc = extracted("poems_song_ci_recitation__col53_02_s369_columns__pypdf.txt")
    heads = _squeezed(headings_of(doc))
    assert heads.count("【赏析】") == 3 and heads.count("【注释】") == 3
    paras = _squeezed(texts(doc, Paragraph))
    for entry in ("〔3〕倚阑：靠着栏杆。阑，同“栏”。", "〔3〕三五：农历每月十五日。", "〔1〕烟村：炊烟袅袅的村庄。"):
        assert entry in paras


@pytest.mark.parametrize(("text", "label"), [("【赏析】", True), ("【注释】", True), ("【材料三】", True),
                                             ("【 典型案例 】", True), ("【1】", False), ("【12】", False),
                                             ("【赏析】这首词写春日", False), ("〔清〕", False)])
def test_bracket_label_shape(text, label):
    assert (shapes.BRACKET_LABEL_RE.match(text) is not None) is label
