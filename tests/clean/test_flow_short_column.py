"""A two-column page whose later column is short — a text's end at the top of the next column beside a
full first column — read column by column under pdfplumber (``flow._short_column_page``, ``_edge_cut``;
plumb77b, issue 10).

pdfplumber writes such a page's rows as it finds them: the few rows beside the short column split at
the gutter by one space, then the first column's rows alone.  Too few split rows hold a full left line
(dialogue, paragraphs' ends) for ``_gutter_page``, and nothing takes turns, so the page was kept as
written: the short column's lines read into the first column's (「这船摇了」 / 「好，蹲在石阶上」).  The
row beside the stretch (a section head beside the short column's first line, 「一 “那你愁个啥？”」, or a
heading beside its last, 「…基本功 203页」) is no wider than a column and holds one space: it is cut
there.  A news page whose items' lines take turns below a few split rows is no such page: its byline
stays whole (the guard, passing on main too).

Pages are real extractions, whole: dev texts story_ferry_dialogue on bulletin design bl66_00,
excerpts_long_attributions on bl66_01 and news_page_economy_figures on bl66_03, drawn by
``heading_sweep.py --kind bulletin --columns 2 --designs 12`` with seed 221 (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read (each whole: a line of the short column joined to
# its next, a heading apart from the short column's last line)
ORDERS = {
    "story_ferry_dialogue__bl66_00_s221_bulletin__pdfplumber.txt":
        ["老周把船拴好，蹲在石阶上", "“我知道是好事。”", "“那你愁个啥？”", "他说：“这船摇了三十一年了。”",
         "再也不用等雾散了。”"],
    "excerpts_long_attributions__bl66_01_s221_bulletin__pdfplumber.txt":
        ["供学习参考。", "一、调查研究是做好工作的基本功情况不明", "江城人民出版社2026年版，第203页"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_short_later_column_is_read_after_the_first(flowed_unheaded, name):
    read = "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places


def test_items_taking_turns_below_split_rows_keep_their_byline(flowed_unheaded):
    name = "news_page_economy_figures__bl66_03_s221_bulletin__pdfplumber.txt"
    read = "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    assert "——江城市工业经济运行情况综述本报记者邵明哲" in read
