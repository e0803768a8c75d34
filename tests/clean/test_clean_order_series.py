"""(miner87, issue 10) A standard's clauses and a law's articles are numbered on through the whole text
(GB/T 1.1: 「1　范围」, 「4.2　建筑面积」, 「4.2.1　…」; 「第一条」 … 「第十五条」): where pdfminer wrote a
column page's boxes out of that order — the heads topping two columns written as a row before either
column's text, a later column's articles before an earlier one's — ``order`` reads the numbers as list
steps (``shapes.series_place``, ``shapes.series_next``), asks for the page's order where they go back
(``order._series_back``, on a page whose boxes are mostly one line), and no clause's numbered line is glued to
the block over it there.

Pages are real extractions, whole: seed-378 column draws (``heading_sweep.py --kind columns --leading
tight --columns 2``), pdfminer.
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.clean.order import _series_back
from booklet.shapes import series_next, series_place


def test_a_standards_clauses_read_in_their_order(extracted, reads_in_order):
    # the heads 「4.2」 and 「1」 topping the two columns were written as a row under the title, the
    # right column's text (4.2.1 … 5.3.2) before the left one's
    doc = extracted("standard_reading_room__col53_02_s378_columns__pdfminer.txt")
    assert reads_in_order(doc, ["城市书房建设与服务规范", "1范围", "2规范性引用文件", "3术语和定义", "4选址与建设",
                                "4.1选址", "4.1.1", "4.1.2", "4.2建筑面积", "4.2.1", "4.2.2", "5服务要求", "5.1开放时间",
                                "5.3读者活动", "5.3.2"])


def test_a_regulations_articles_read_in_their_order(extracted, reads_in_order):
    doc = extracted("regulation_archives_sections__col53_00_s378_columns__pdfminer.txt")
    assert reads_in_order(doc, ["第一章总则", "第一条为了", "第二条本市", "第三条市", "第二章档案", "第四条机关",
                                "第五条重大", "第六条归档", "第七条列入", "第三章档案", "第八条档案", "第九条档案",
                                "第十条档案", "第十一条单位", "第四章法律", "第十二条违反", "第十三条档案", "第五章附则",
                                "第十四条本条", "第十五条本条"])


@pytest.mark.parametrize("text, place", [
    ("4.2　建筑面积", (".", (4, 2))),
    ("1 \u3000范围", (".", (1,))),
    ("5.3.1 \u3000城市书房每年举办", (".", (5, 3, 1))),
    ("第十一条　单位和个人", ("条", (11,))),
    ("第三章　档案的保护与利用", ("章", (3,))),
    ("11 月 28 日，县里召开", None),     # a date's figure
    ("1.5 万元用于", None),              # a magnitude
    ("第三条规定的", None),              # an article cited in prose, not set apart
    ("本文件规定了", None),
])
def test_series_place(text, place):
    assert series_place(text) == place


@pytest.mark.parametrize("before, after, follows", [
    ((1,), (2,), True),
    ((4,), (4, 1), True),          # the first part under it
    ((4, 1, 2), (4, 2), True),     # the next at a level above
    ((5, 3, 2), (6,), True),
    ((10,), (11,), True),
    ((4, 2), (1,), False),         # back
    ((1,), (4, 2), False),         # a part skipped
    ((4,), (4, 2), False),
    ((5, 3), (5, 3), False),
])
def test_series_next(before, after, follows):
    assert series_next(before, after) is follows


def _lines(texts):
    return to_lines(raw_lines("\n\n".join(texts)))


@pytest.mark.parametrize("texts, back", [
    (["城市书房建设与服务规范", "4.2　建筑面积", "1　范围", "4.2.1　城市书房建筑面积不宜小于150平"], True),
    (["第十条　档案馆应当定期", "第二条　本市行政区域内"], True),
    (["1　范围", "本文件规定了城市书房的选址与建设。", "2　规范性引用文件", "3　术语和定义", "3.1　城市书房"], False),
    (["第一章　总则", "第一条　为了加强档案管理", "第二章　档案的收集与整理", "第四条　机关、团体"], False),
    (["4.3.3　村收集点分类容器", "5　垃圾类别　容器容积", "5　转运作业要求", "5.1　转运方式"], False),   # a number read twice
])
def test_series_back(texts, back):
    assert _series_back(_lines(texts), 20.0) is back
