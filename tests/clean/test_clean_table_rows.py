"""A table's caption over its rows, and the rows, are no headings, whatever a reader made of the rows' gaps (issue 10,
branch std86b).

A table is set as a caption (「表1　村收集点分类容器配置要求」) over rows of short cells, each row opening on its name with
figures among its cells (「易腐垃圾　240　2～3　每日1次」).  On a pocket page the rows are wider than the measure: a reader
cuts them, the cleaner joins the pieces back and the gaps are lost (「易腐垃圾2402～3每日1次」, pdfplumber), or leaves two
rows in one block (「大豆　6.3 1.2 5.1」 / 「蔬菜　11.8 39.5 3.4」, pypdfium2) — short lines with no mark, a heading's shape,
and no count of cells (``headings._table_body``) reads them.  The caption itself, over its header row, was read as a
heading where the reader set spaces beside its Latin digits (「表 1 2025 年…」).  Now a caption over a row
(``headings._caption_over_rows``) and a row under its caption with only cells and rows between
(``headings._row_of_caption``, ``shapes.ROW_WITH_FIGURE_RE``) are no headings.

The pages are real: the dev texts ``standard_rural_waste_collection`` and ``yearbook_county_agriculture`` set on
``tests/eval/heading_sweep.py --kind pocket`` pages of seed 376 (design 1), read by pdfplumber and pypdfium2 — whole
documents, ``tests/data/extractions``.  The two extraction tests fail on main 4cf7390f.
"""

from __future__ import annotations

import pytest

from booklet.shapes import ROW_WITH_FIGURE_RE


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_rows_whose_gaps_a_join_lost_are_no_heads(extracted, headings_of, texts):
    doc = extracted("standard_rural_waste_collection__pk53_01_s376_pocket__pdfplumber.txt")
    heads = [_squeezed(h) for h in headings_of(doc)]
    assert not any(h.startswith(("易腐垃圾", "其他垃圾", "可回收物", "有害垃圾")) for h in heads)
    assert {"4.3村收集点", "5转运作业要求", "5.1转运方式"} <= set(heads)   # (the heads around the table stay)
    paras = [_squeezed(p) for p in texts(doc)]
    assert "易腐垃圾2402～3每日1次" in paras and "有害垃圾1201按需收集" in paras


def test_a_caption_over_its_rows_is_no_head(extracted, headings_of, texts):
    doc = extracted("yearbook_county_agriculture__pk53_01_s376_pocket__pypdfium2.txt")
    heads = [_squeezed(h) for h in headings_of(doc)]
    assert not any(h.startswith(("表", "大豆", "蔬菜", "小麦")) for h in heads)
    assert {"种植业", "畜牧业"} <= set(heads)
    paras = [_squeezed(p) for p in texts(doc)]
    assert "表12025年青禾县主要农作物播种面积和产量" in paras


@pytest.mark.parametrize("text", ["易腐垃圾2402～3每日1次", "每2日1次", "大豆　6.3 1.2 5.1", "拖拉机 台 5420"])
def test_a_row_with_figures(text):
    assert ROW_WITH_FIGURE_RE.match(text)


@pytest.mark.parametrize("text", ["2025年工作要点", "42.6", "垃圾类别", "容器容积（L）", " 5420"])
def test_no_row_with_figures(text):
    assert ROW_WITH_FIGURE_RE.match(text) is None


def _blocks(*texts: str):
    from booklet.clean.blocks import Blk, Kind
    return [Blk(Kind.PARA, t, n, n) for n, t in enumerate(texts)]


def test_rows_under_their_caption():
    from booklet.clean.headings import _caption_over_rows, _row_of_caption
    blocks = _blocks("表 1 2025 年青禾县主要农作物播种面积和产量", "作物　播种面积（万亩）　总产量（万吨）",
                     "小麦 42.6 18.9", "大豆　6.3 1.2\n蔬菜　11.8 39.5", "易腐垃圾2402～3每日1次")
    assert _caption_over_rows(blocks, 0)
    assert all(_row_of_caption(blocks, i) for i in (2, 3, 4))


@pytest.mark.parametrize("texts,i", [
    (("表1　主要指标", "小麦 42.6", "注：数据来自统计局。", "关于2026年的安排"), 3),   # a note stands between
    (("表1　主要指标", "小麦 42.6", "5　2026年工作安排"), 2),                        # a numbered heading
    (("表1　主要指标", "小麦 42.6", "保障措施"), 2),                                 # no figure in it
    (("种植业", "小麦 42.6"), 1),                                                 # no caption over it
])
def test_no_row_under_a_caption(texts, i):
    from booklet.clean.headings import _row_of_caption
    assert not _row_of_caption(_blocks(*texts), i)


@pytest.mark.parametrize("texts", [
    ("表1　主要指标", "表1所列指标逐年上升，说明……"),   # prose under it
    ("表1　主要指标",),                                # nothing under it
    ("表示衷心感谢", "小麦 42.6"),                     # no table's number
])
def test_no_caption_over_rows(texts):
    from booklet.clean.headings import _caption_over_rows
    assert not _caption_over_rows(_blocks(*texts), 0)
