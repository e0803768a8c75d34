"""A later column's gutter is found at its edge, left of its paragraphs' first lines (issue 10, branch
lay72; ``columns._column_edge``).

A column's lines start at its edge and each paragraph's first line an indent further in.
``pdftotext -layout`` writes the two starts of a later column three to five cells apart (its grid is
finer than a character), more than the cut's slack.  In dialogue, short paragraphs or numbered
heads set in like paragraphs the first lines are the commoner start, and a gutter taken there left
every line at the edge running through it: the page showed "no gutter" and was read row by row,
the two columns' lines taking turns (「“修桥？”」 read into the story's first page, before 「一」).
The edge is read only where its lines go on from lines set in from it (a paragraph's rest right
under its first line); two starts a few cells apart whose lines do not take turns are two grids'
columns — a news page's items one above the other — and the page stays with the cell-reading flow.

A text that fills its first column and ends at the top of the next shows that column's gutter in a
few rows only, too few for a page's (``GUTTER_MIN_ROWS``): it is taken as a short column's where no
long row runs through it, it stands at the top, and its lines are running text
(``columns._short_last_column``).  A short column's gutter in a half is refused under a block of
running text (rows paired under a column's prose are a list's, not a column beside a longer one).

The pages are real ``pdftotext -layout`` extractions: dev texts story_ferry_dialogue,
outline_plenary_lecture and insights_phrase_heads in designs bl66_01 / bl66_00 / bl66_05 of the
bulletin sweep (``heading_sweep.py --kind bulletin --seed 145``), and the counter-case dev
news_page_rural_environment × wanbao_banner_items (four tight columns, items on grids of their own).
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean import columns
from booklet.readers.text import raw_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"


def _text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def test_a_dialogue_column_is_read_after_the_first_column(columned):
    out = columned(_text("story_ferry_dialogue__bl66_01_s145_bulletin__pdftotext_layout"))
    # the story's first column, whole, then the right column's end of it
    assert out.index("渡口") < out.index("一") < out.index("年这时候，您就不用摇船了。”") < out.index("“修桥？”")
    assert out[out.index("“修桥？”"):out.index("“修桥？”") + 3] == [
        "“修桥？”", "“对，钢筋混凝土的，能过大车。”", "老周“哦”了一声，低头去解缆绳，"]
    assert out[-1] == "雾散了。”"


def test_numbered_heads_set_in_like_first_lines_keep_their_column(columned):
    out = columned(_text("outline_plenary_lecture__bl66_00_s145_bulletin__pdftotext_layout"))
    # the right column's head and the paragraph under it, read on from its edge lines
    assert out.index("（一）总体要求") < out.index("1.指导思想")
    assert out[out.index("全会审议通过的决议共分为六个部"):out.index("全会审议通过的决议共分为六个部") + 2] == [
        "全会审议通过的决议共分为六个部", "分，内容丰富、思想深刻。宣讲时要突出"]


def test_the_edge_is_where_the_lines_at_it_go_on_from_first_lines():
    page = raw_lines(_text("story_ferry_dialogue__bl66_01_s145_bulletin__pdftotext_layout"))
    rows = page[columns._band_rows(page):]
    ends = columns._starts(rows)
    assert columns._commonest(ends) == 28   # (the dialogue's first lines)
    assert columns._column_edge(rows, ends, 28) == 23
    assert columns._gutter(rows) == 23


def test_two_grids_columns_a_few_cells_apart_are_no_edge_and_indent():
    page = raw_lines(_text("news_page_rural_environment__wanbao_banner_items__pdftotext_layout"))
    rows = page[columns._band_rows(page):len(page) - columns._band_rows(page[::-1])]
    assert columns._gutter(rows) is None   # (left to the cells' flow, as on main)


def test_a_texts_end_at_the_top_of_a_short_last_column_is_read_after_the_first_column(columned):
    out = columned(_text("insights_phrase_heads__bl66_05_s145_bulletin__pdftotext_layout"))
    assert out[1:5] == ["下沉社区一个月的几点体", "会", "县发展改革局 孙立平", "按照县委统一部署，我于九月到十月"]
    assert out.index("的十二户全部签了字。") + 1 == out.index("这件事让我明白，只要把道理讲透、")
    assert out[-3:-1] == ["请大家批评指正。", "2026年10月28日"]
