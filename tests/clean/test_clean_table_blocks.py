"""A table plain pdftotext wrote as blocks: the caption's number apart from its title, a cell a block (issue 10,
branch plain86).

A caption is set on one line, its number and its title apart by a wide gap (「表1　2025年青禾县主要农作物播种面积和产量」);
plain ``pdftotext`` (no -layout) writes each piece of a line set apart as a text block of its own, a blank line
between, so the number stands alone (「表1」) over its title, and on a page wide enough to set a table's cells apart
every cell is a block too (「作物」 / 「播种面积（万亩）」 / 「总产量（万吨）」 …), short lines with no mark — a heading's
shape.  The number, the title and the cells were read as headings.  Now the bare number is the caption, with the
title under it where one follows (``captions._number_apart``, ``_parted_title``), and a block standing between a
table's caption and a figure or row of its body is no heading (``headings._among_cells``).

The pages are real: the dev text ``yearbook_county_agriculture`` set on ``tests/eval/heading_sweep.py`` pages of
seed 365 (``--kind pocket`` design 2, ``--kind heading`` design 3), read by plain pdftotext — whole documents,
``tests/data/extractions``.  The two extraction tests fail on main 1cc1c4c6.
"""

from __future__ import annotations

import pytest

from booklet.shapes import FIGURE_CELL_RE, FIGURE_NUMBER_ONLY_RE, FIGURE_RE, UNIT_IN_BRACKETS_END_RE

_HEADS = ["农业农村", "种植业", "畜牧业", "农村改革", "农业科技与农机", "乡村建设", "农产品质量安全", "林业和水利"]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_number_written_apart_from_its_title_is_the_caption(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__pk53_02_s365_pocket__pdftotext.txt")
    heads = headings_of(doc)
    assert heads[:5] == _HEADS[:5]   # (no 表1, no title, no cell among them)
    assert not any(h.startswith("表") or h in ("指标", "农机总动力", "万千瓦", "拖拉机", "台") for h in heads)
    paras = [_squeezed(p) for p in texts(doc)]
    assert "表12025年青禾县主要农作物播种面积和产量" in paras   # (number, title and the title's wrapped tail)
    assert "表22025年青禾县农业机械化主要指标" in paras


def test_cells_written_as_blocks_are_no_heads(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__sw25_03_s365_heading__pdftotext.txt")
    assert headings_of(doc) == _HEADS
    paras = [_squeezed(p) for p in texts(doc)]
    assert {"表1", "作物", "表2", "指标", "单位", "数量"} <= set(paras)   # (the title written after the first cell stays apart)
    assert "小麦42.618.91.8" in paras


@pytest.mark.parametrize("text", ["表1", "表 2", "图3", "表12", "表3：", "图1-1", "表2.1"])
def test_a_figures_number_alone(text):
    assert FIGURE_NUMBER_ONLY_RE.match(text)


@pytest.mark.parametrize("text", ["表1所示", "表", "图示", "表2025", "表1　2025年主要指标", "表一"])
def test_no_figures_number_alone(text):
    assert FIGURE_NUMBER_ONLY_RE.match(text) is None


@pytest.mark.parametrize("text, number", [
    ("表1　2025年全县主要经济指标", True), ("图1-1 科技成果产出及出口现状", True), ("表12：全市分布情况", True),
    ("表12025年青禾县主要农作物播种面积", True),   # (the number glued to the year)
    ("表2025　全县主要经济指标", False), ("图1-123 科技成果产出", False),   # a year, a part of three figures: no number
])
def test_a_caption_reads_its_number_as_the_number_alone_does(text, number):
    # one number pattern for both (``shapes._FIGURE_NUMBER``): a caption and its number alone read one number
    assert (FIGURE_RE.match(text) is not None) is number
    head = text.split("\u3000")[0].split(" ")[0].split("：")[0]
    if number and "年" not in head:
        assert FIGURE_NUMBER_ONLY_RE.match(head)


@pytest.mark.parametrize("text", ["播种面积（万亩）", "增长（%）", "单价（元/吨）", "用电量（万千瓦时）", "面积（km²）", "(个)"])
def test_a_column_name_ends_on_its_unit(text):
    assert UNIT_IN_BRACKETS_END_RE.search(text)


@pytest.mark.parametrize("text", ["2025年全县主要经济指标（摘要）", "2025年主要指标（单位：万元）", "全县工作情况（2025年）",
                                  "播种面积（万亩）和产量"])
def test_a_bracketed_note_is_no_unit(text):
    assert UNIT_IN_BRACKETS_END_RE.search(text) is None


@pytest.mark.parametrize("text", ["42.6", "5420", "2.1%", "-0.3", "1,180"])
def test_a_figure_cell(text):
    assert FIGURE_CELL_RE.match(text)


@pytest.mark.parametrize("text", ["台", "42.6万亩", "2025年", "小麦 42.6", "%"])
def test_no_figure_cell(text):
    assert FIGURE_CELL_RE.match(text) is None


def _blocks(*texts: str):
    from booklet.clean.blocks import Blk, Kind
    return [Blk(Kind.CAPTION if t.startswith("表") else Kind.PARA, t, n, n) for n, t in enumerate(texts)]


def test_a_cell_between_the_caption_and_a_figure():
    from booklet.clean.headings import _among_cells
    blocks = _blocks("表2", "指标", "单位", "数量", "农机总动力", "万千瓦", "96.8")
    assert all(_among_cells(blocks, i) for i in range(1, 6))


@pytest.mark.parametrize("texts,i", [
    (("表1　2025年主要指标", "小麦 42.6 18.9 1.8", "畜牧业", "【生猪生产】年末生猪存栏28.6万头，全年出栏46.3万头。"), 2),  # after the table
    (("表1", "作物", "总产量", "说明：数据来自统计局。", "42.6"), 1),   # prose before any figure
    (("种植业", "作物", "42.6"), 1),   # no caption over it
    (("表1", "作物", "42.6"), 2),      # the figure itself
])
def test_no_cell_between(texts, i):
    from booklet.clean.headings import _among_cells
    assert not _among_cells(_blocks(*texts), i)
