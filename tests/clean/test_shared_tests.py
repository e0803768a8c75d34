"""The decisions several stages share, each written once: a line cut at the measure
(``turn.cut_at_measure``), a column's measure as the upper quartile of its widths
(``layout.upper_quartile``), a 来源 line cut in its date (``shapes.date_cut``) and the word read
across a join (``segment.word_at``).  Snippets are the dev texts as extractors read them back."""

from __future__ import annotations

from bisect import bisect_left

from booklet.clean.layout import INDENT_EM, MEASURE_MIN_EM, upper_quartile
from booklet.clean.lines import to_lines
from booklet.clean.turn import cut_at_measure, ends_open, open_line
from booklet.readers.text import raw_lines
from booklet.shapes import date_cut
from booklet.typeset.segment import word_across, word_at

# dev text news_page_culture_weekly, design open_leaded_three, read by pdftotext -raw: a column
# 16 em wide (``当年自己扛过粮袋的仓库里坐下来读``), a paragraph's first line set in by its indent
# (``开放一个月来，书房接待读者``) and its last line (the 来源 line under it, wrapped between its
# date and its page, is in ``test_clean_source_pieces``).
COLUMN = """开放一个月来，书房接待读者
3.6万人次。不少老人专程赶来，在
当年自己扛过粮袋的仓库里坐下来读
一会儿书。
"""


def _lines(text: str) -> list:
    return to_lines(raw_lines(text))


def test_a_line_cut_at_the_measure_fills_it_and_stops_inside_a_word():
    first, _, full, last = _lines(COLUMN)[:4]
    measure = full.width    # (a full line of the column: the measure)
    assert cut_at_measure(full, measure)
    assert not cut_at_measure(last, measure)                     # (a sentence's last line ends on its stop)
    # a paragraph's first line fills the measure less its indent: cut only when it may be set in
    assert not cut_at_measure(first, measure)
    assert cut_at_measure(first, measure, INDENT_EM)
    # a photo's credit ends its caption wherever the line stops (dev culture_weekly)
    credit = _lines("剪纸艺人王桂芳（右）在社区工坊指导学员。郑雨桐/摄\n")[0]
    assert not cut_at_measure(credit, credit.width)


def test_the_page_turn_asks_the_same_cut():
    lines = _lines(COLUMN)
    prose, full, last = lines[1], lines[2], lines[3]
    measure = full.width
    # a line of prose (a clause mark in it) cut at the measure is open; a full line with no clause
    # mark may be a title's, open only under an open line of its block
    assert open_line(prose, measure) and not open_line(full, measure) and not open_line(last, measure)
    assert ends_open(lines[1:3], measure) and not ends_open(lines[2:4], measure)


def test_a_column_s_measure_is_the_upper_quartile_of_its_widths():
    # the column's lines run to 16 em but for a paragraph's first line (set in) and its last
    widths = sorted(line.width for line in _lines(COLUMN))
    start = bisect_left(widths, MEASURE_MIN_EM)
    assert upper_quartile(widths, start) == 16.0
    assert upper_quartile([], empty=0) == 0 and upper_quartile(widths, len(widths)) == 0.0


def test_a_source_line_cut_in_its_date_goes_on_in_its_rest():
    assert date_cut("来源：《江城日报》2026年11", "月20日第7版")          # (inside the date)
    assert date_cut("来源：《江城日报》2026年11月20日", "第7版")           # (between the date and its page)
    assert not date_cut("来源：《江城日报》2026年11", "局在12个社区设立非遗工坊，")   # (another column's line)
    assert not date_cut("来源：《江城日报》2026年11月20日", "让老建筑说新故")     # (the next item's headline)


def test_an_item_closes_on_its_page_wrapped_from_its_whole_date():
    from booklet.clean.flow import _closes_item

    # (two columns taking turns: the 来源 line's page is a round of rows below its date)
    rows = _lines("来源：《江城日报》2026年11月20日\n局在12个社区设立非遗工坊，\n第7版\n邀请剪纸、竹编、面塑等项目\n")
    assert _closes_item(rows, 2, 2) and not _closes_item(rows, 3, 2)


def test_the_word_at_a_join_and_where_the_join_falls_in_it():
    assert word_at("设备按", "照预设") == ("按照", 1) and word_across("设备按", "照预设")
    assert word_at("设备按", "委会负") is None and not word_across("设备按", "委会负")
