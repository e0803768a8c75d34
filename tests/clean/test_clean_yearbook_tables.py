"""A 年鉴's tables: a caption over rows of cells, a credit under them — no headings (issue 10, branch yb85).

A yearbook sets a table as tables are set: a caption 表N and its title over the table, the rows short
cells in a grid, every row as many cells as its header, and closes the 分目 with its contributors'
credit in brackets (「（撰稿：周敏　审稿：陈立新）」).  At a pocket book's narrow measure the caption wraps
(「表1　2025年…播种面积」 / 「和产量」), a row wraps or breaks over a page (「主要农作物耕种收综合机械化率」 /
「　%　91.6」), and readers write a row's gaps as one space (「拖拉机 台 5420」) or drop the gap between the
table's number and the year its title opens on (「表22025年…」).  The tail of the caption, the rows and the
credit were read as headings, or ran into the next 分目's head.  Now: a table's caption keeps the tail the
measure wrapped (``captions._title_tail``) and the line under it opens the table (``unwrap._over_table``);
a glued number is parted from the year (``shapes.FIGURE_RE``); rows stand as rows (``unwrap.ROW_KINDS``:
a row under a wrapped row's tail, a grid row written with one space a gap, the credit and the line
after it); no row is a head (``headings._row_under_row``, ``_table_body``, ``_grid_beside``); the credit
is no run of the line above (``runs._opens_block``, ``runs._closed``).

The pages are real: the dev text ``yearbook_county_agriculture`` set on ``tests/eval/heading_sweep.py``
pages of seed 347 (``--kind pocket`` design 0, read by pdfminer; ``--kind heading`` design 2, read by
pdfplumber) — whole documents, ``tests/data/extractions``.  The two extraction tests fail on main d9c1b2a.
"""

from __future__ import annotations

import pytest

from booklet.shapes import CREDIT_ROLES_LINE_RE, FIGURE_RE, GRID_ROW_RE, TABLE_ROW_PRESSED_RE

_HEADS = ["农业农村", "种植业", "畜牧业", "农村改革", "农业科技与农机", "乡村建设", "农产品质量安全", "林业和水利"]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_wrapped_caption_and_a_row_broken_over_a_page_are_no_heads(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__pk53_00_s347_pocket__pdfminer.txt")
    assert headings_of(doc) == _HEADS
    paras = [_squeezed(p) for p in texts(doc)]   # (a caption is a block of its own kind)
    assert "表12025年青禾县主要农作物播种面积和产量" in paras   # (the caption whole, its tail no head)
    assert "作物播种面积（万亩）总产量（万吨）比上年增长（%）" in paras   # (the header row, no run into the row under it)
    assert "小麦42.618.91.8" in paras
    assert "（撰稿：钱志远审稿：陈立新）" in paras   # (the credit on its own, the next 分目's head under it)


def test_rows_written_with_one_space_a_gap_are_rows(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__sw25_02_s347_heading__pdfplumber.txt")
    assert headings_of(doc) == _HEADS
    paras = [_squeezed(p) for p in texts(doc)]
    assert {"指标单位数量", "农机总动力万千瓦96.8", "拖拉机台5420", "联合收割机台1180", "植保无人机架236",
            "主要农作物耕种收综合机械化率%91.6"} <= set(paras)


@pytest.mark.parametrize("text", ["表12025年青禾县主要农作物播种面积和产量", "表1　2025年青禾县主要农作物播种面积和产量",
                                  "表12　2025年分县数据", "图1-1 科技成果产出及出口现状"])
def test_a_figures_title(text):
    assert FIGURE_RE.match(text)


@pytest.mark.parametrize("text", ["表2025年青禾县主要指标", "表1202025年数据", "表1所示", "表12025年数据显示，产量增长"])
def test_no_figures_title(text):
    assert FIGURE_RE.match(text) is None


@pytest.mark.parametrize("text", ["（撰稿：周敏　审稿：陈立新）", "（撰稿：周敏 审稿：陈立新）", "（供稿：县农业农村局）"])
def test_a_contributors_credit(text):
    assert CREDIT_ROLES_LINE_RE.match(text)


@pytest.mark.parametrize("text", ["（县应急管理局供稿）", "（撰稿人员名单见后）", "（2026年修订版）", "撰稿：周敏"])
def test_no_contributors_credit(text):
    assert CREDIT_ROLES_LINE_RE.match(text) is None


@pytest.mark.parametrize("text", ["农机总动力 万千瓦 96.8", "拖拉机 台 5420", "小麦 42.6 18.9 1.8"])
def test_a_grid_row(text):
    assert GRID_ROW_RE.match(text)


@pytest.mark.parametrize("text", ["指标 单位 数量", "新增 126 家", "建农村户厕 5600 座，农村卫", "第一章 总则"])
def test_no_grid_row(text):
    assert GRID_ROW_RE.match(text) is None


@pytest.mark.parametrize("text", ["主要农作物耕种收综合机械化率　%91.6", "主要农作物耕种收综合机械化率 % 91.6"])
def test_a_pressed_row(text):
    assert TABLE_ROW_PRESSED_RE.match(text)


@pytest.mark.parametrize("text", ["第一章　总则", "畜牧业", "【粮食生产】全年粮食播种面积84.0万亩"])
def test_no_pressed_row(text):
    assert TABLE_ROW_PRESSED_RE.match(text) is None
