"""An 应急预案 read by the readers that write a table's gaps as one space, and its decimal heads (issue 10,
plan89).  lead88 read a table's rows whose cells hold clauses where the reader kept the table's wide gaps
(``headings._row_among_rows``); pdfplumber and pdftotext write each gap as one space, and a Latin-digit design
spaces its figures too (「Ⅳ级 1小时降雨量达到 30毫米以上，或局部出现积水 市指挥部办公室」), so the cells cannot be
counted by gaps — every row, and the header 「响应级别 启动条件 指挥机构」, was guessed a heading.  A gap between two
ideographs after a clause is a cell's edge (``shapes.CLAUSE_ROW_RE``), and a table's rows stand together
(``headings._clause_row_among_rows``).  Two more of the draw's misses: a title set at the body's size fills the
measure, and the 「1 总则」 under it ran on as its rest (``shapes.outline_head_over_first``); pypdf writes a clause's
number and its title after the gap as two lines, and 「3.2.1」 / 「　Ⅳ级响应」 was never rejoined (a title opening on
a Roman grade: ``shapes.ROMAN_GRADE_RE``).

The pages are real: the dev text plan_emergency_decimal_heads on seed 406's drawn designs (``heading_sweep.py
--kind heading`` / ``--kind pocket --seed 406``), read by pdfplumber, ``pdftotext -raw`` and pypdf.
"""

from __future__ import annotations

import pytest

from booklet.clean.blocks import Blk, Kind
from booklet.clean.headings import _clause_row_among_rows
from booklet.shapes import CLAUSE_ROW_RE, TABLE_NAMES_ROW_RE, outline_head_over_first


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["plan_emergency_decimal_heads__sw25_00_s406_heading__pdfplumber.txt",
                                  "plan_emergency_decimal_heads__sw25_00_s406_heading__pdftotext_raw.txt"])
def test_a_levels_table_with_one_space_gaps_holds_no_heading(name, extracted, headings_of):
    heads = [_flat(h) for h in headings_of(extracted(name))]
    assert not any(h.startswith(("响应级别", "Ⅳ级", "Ⅲ级", "Ⅱ级", "Ⅰ级")) for h in heads), heads
    assert "3.2响应措施" in heads and "3.2.1Ⅳ级响应" in heads, heads   # (the heads under the table stay)


def test_a_title_at_the_body_size_keeps_its_first_head_apart(extracted, headings_of):
    heads = [_flat(h) for h in headings_of(extracted("plan_emergency_decimal_heads__sw25_01_s406_heading__pdfplumber.txt"))]
    assert heads[:3] == ["江城市城区内涝灾害应急预案（节选）", "1总则", "1.1编制目的"], heads[:3]


def test_a_clause_title_opening_on_a_grade_is_rejoined_to_its_number(extracted, headings_of):
    heads = [_flat(h) for h in headings_of(extracted("plan_emergency_decimal_heads__pk53_02_s406_pocket__pypdf.txt"))]
    assert "3.2响应措施" in heads and "3.2.1Ⅳ级响应" in heads and "3.2.2Ⅲ级及以上响应" in heads, heads


@pytest.mark.parametrize("text", ["Ⅳ级 1小时降雨量达到 30毫米以上，或局部出现积水 市指挥部办公室",
                                  "Ⅰ级　24小时降雨量达到250毫米以上，或造成重大人员伤亡　市人民政府主要负责同志",
                                  "一般　影响较小，可自行处置　所在单位"])
def test_clause_rows(text):
    assert CLAUSE_ROW_RE.match(text)


@pytest.mark.parametrize("text", ["一、坚持人民至上，筑牢安全底线",        # a heading with a comma, no gap
                                  "二、强化 5G 应用，推动 AI 发展",          # a Latin-digit design's spaces
                                  "学　习　强　国",                          # spaced out, no clause
                                  "会议强调，要抓好落实。 市委办公室"])        # a sentence's stop, then a cell
def test_no_clause_row(text):
    assert not CLAUSE_ROW_RE.match(text)


@pytest.mark.parametrize("text,row", [("响应级别 启动条件　指挥机构", True), ("指标　单位　数量", True),
                                      ("学　习　强　国", False), ("第一章　总则", False), ("响应级别 启动条件", False)])
def test_table_names_row(text, row):
    assert bool(TABLE_NAMES_ROW_RE.match(text)) is row


def _paras(*texts: str) -> list[Blk]:
    return [Blk(Kind.PARA, t, n, n) for n, t in enumerate(texts)]


ROWS = ("响应级别 启动条件 指挥机构", "Ⅳ级 1小时降雨量达到30毫米以上，或局部出现积水 市指挥部办公室",
        "Ⅲ级 1小时降雨量达到50毫米以上，或10处以上主干道积水市指挥部副总指挥",
        "Ⅱ级 3小时降雨量达到100毫米以上，或出现人员被困 市指挥部总指挥",
        "Ⅰ级 24小时降雨量达到250毫米以上，或造成重大人员伤亡 市人民政府主要负责同志")


@pytest.mark.parametrize("i", [0, 1, 2, 3, 4])
def test_rows_together_are_rows(i):
    assert _clause_row_among_rows(_paras(*ROWS), i)   # (2: its gap lost at a wrap, between two rows)


@pytest.mark.parametrize("texts,i", [
    (("Ⅳ级 1小时降雨量达到30毫米以上，或局部出现积水 市指挥部办公室", "全市各部门要按照职责分工抓好落实。"), 0),  # a row alone
    (("响应级别 启动条件 指挥机构", "一、总体要求"), 0),                               # names over a heading
    (("一、坚持人民至上，筑牢安全底线", "二、坚持预防为主，强化源头管控"), 0),            # sibling heads, no gaps
])
def test_no_rows_together(texts, i):
    assert not _clause_row_among_rows(_paras(*texts), i)


@pytest.mark.parametrize("text,below,head", [
    ("1 总则", "1.1 编制目的", True), ("3.2　响应措施", "3.2.1　Ⅳ级响应", True),
    ("1 总则", "1.2 编制依据", False),              # no first sub-head under it
    ("100 毫米以上的降雨", "100.1 毫米", False),     # a figure of three digits: no outline number
    ("2 个工作日内，报送", "2.1 编制目的", False),   # clause punctuation: a sentence's line
])
def test_outline_head_over_first(text, below, head):
    assert outline_head_over_first(text, below) is head
