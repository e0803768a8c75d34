"""Three columns cut from pdfplumber's rows at the gutters, read in the order they were named (left to
right) unless words read across a column's foot into another's top (``flow._columns_read_on``, the one
ordering plain pdftotext's dealt blocks are read in too; plumb76, issue 10).

The dealing names a page's columns by the gutters its split rows are cut at, left to right: the order a
page's columns are read in.  ``_reflow`` ordered them again by the summed weight of every join from a
column's last line to another's first; most feet end on a mark or at a word's end, and a pair of
characters seen anywhere in the text weighs as much as the columns' order, so a whole column was read
out of its place — a later column's paragraphs before an earlier one's.  Counted as words read across
(``_word_cut``), the joins tie where none is cut and the named order stands.

Pages are real extractions, whole: dev texts regulation_archives_sections on news design nw54_01 and
decision_admin_penalty, article_theory_abstract_refs on nw54_07 (three columns, tight leading), drawn by
``heading_sweep.py --kind news --columns 3 --designs 12`` with seed 197 (``tests/data/extractions``).  On
main one whole column is read out of its place: a paragraph below opens before the one above it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# the openings of the gold paragraphs the column flow reads, in the gold's order
OPENINGS = {
    "regulation_archives_sections__nw54_01_s197_news__pdfplumber.txt": [
        "（2026年9月25", "乡镇人民政府、街道办", "（一）反映本单位职能", "（二）本单位形成的会", "（三）本单位产生的具",
        "（四）其他对国家和社", "归档范围和档案保管期", "电子文件应当以通用格", "经档案馆同意，提前或", "库房应当具备防火、防",
        "档案数字化工作委托社", "（二）建设档案信息化", "（三）举办档案展览，", "（一）不按规定归档或", "村（居）民委员会档案",
    ],
    "decision_admin_penalty__nw54_07_s197_news__pdfplumber.txt": [
        "统一社会信用代码：9", "2026年6月12日", "经查，当事人于202", "另查明，当事人在分装", "上述事实，有现场检查",
        "本局认为，当事人的上", "本局于2026年8月", "综上，当事人的违法行", "三、处违法生产经营的", "当事人应当自收到本决",
        "当事人如对本处罚决定", "抄送：江城市人民检察",
    ],
    "article_theory_abstract_refs__nw54_07_s197_news__pdfplumber.txt": [
        "关键词：基层治理；数", "基金项目：江城市哲学", "基层是国家治理的“最", "然而，在实践中也出现", "基层治理的技术支撑经",
        "技术只有嵌入制度才能", "数字技术降低了群众参", "一是加强统筹规划，坚", "需要指出的是，数字化", "①本文所称基层，主要",
    ],
}


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_named_columns_read_in_their_order(flowed_unheaded, name):
    read = "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(opening) for opening in OPENINGS[name]]
    assert -1 not in places, OPENINGS[name][places.index(-1)]
    assert places == sorted(places), [o for o, a, b in zip(OPENINGS[name][1:], places, places[1:]) if b < a]
