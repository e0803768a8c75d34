"""A one-page regulation or standard in two columns that pdfminer wrote title first, then the later
column, then the first — read under its headline from where its articles or clauses count up in
order (``order._numbered_late``, asked by ``order._turned`` before ``turn``; ordinal82, issue 10).

pdfminer writes a page's groups top-left first: the headline (and a regulation's note in brackets,
题注, under it) set over the first column only is its own group, written first; the later column,
whose top stands beside the headline, is written next down to the text's end, and the first column
last.  A regulation numbers its chapters and articles, a standard its clauses, on through the whole
text (「第一条」 … 「第十条」, 「1 范围」 … 「5.3.2」): written so, the numbers count up, then start
again from the first column's top — a break ``turn.series_broken`` reads, and the one block whose
reading mends it opens the first column.

Pages are real extractions, whole: dev texts law_library_regulation and standard_reading_room on
news design nw54_02 (``heading_sweep.py --kind news --columns 2 --designs 10 --short 900`` seed
306), regulation_archives_sections on nw54_06 (the same at ``--short 700``, seed 307) —
``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

# phrases that stand in this order in the document cleaned: the headline and its note, the first
# column's body, then the later column's, the text's end last
ORDERS = {
    "law_library_regulation__nw54_02_s306_short__pdfminer.txt":
        ["上海市公共图书馆条例", "第十七次会议通过", "第一条为了促进", "第五条市、区文化旅游部门",
         "共同做好公共图书馆管理相关工作。", "第六条鼓励境内外", "第九条本市建立", "第十条市人民政府设立",
         "（三）建设、维护和管理"],
    "regulation_archives_sections__nw54_06_s307_short__pdfminer.txt":
        ["江城市档案管理条例", "第二十三次会议通过", "第一章总则", "第一条为了加强档案管理", "第四条机关、团体",
         "第五条重大活动和突发事件应对活动中形成的文件材料", "第二节整理与移交", "第六条归档的文件材料",
         "第七条列入档案馆接收范围"],
    "standard_reading_room__nw54_02_s306_short__pdfminer.txt":
        ["城市书房建设与服务规范", "1范围", "2规范性引用文件", "3术语和定义", "5服务要求",
         "5.1开放时间", "5.3.2读者活动的信息"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_regulations_numbers_count_up_under_its_headline(extracted, all_text, name):
    read = all_text(extracted(name)).replace(" ", "").replace("　", "").replace("\n", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places
