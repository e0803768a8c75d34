"""A title set large in the first column, the second column's first lines written above it
(``flow._title_tops``; plumb87, issue 10).

A title set larger than the text stands, in the first column, with its first baseline below the first
lines of the second column, which begin at the top margin.  pdfplumber writes every line whose
baseline meets no other a row of its own, so the page opens on the second column's first line, then
the title, then the second column's next; only the rows further down, where the columns' baselines
meet, are split at the gutter and name the columns left and right.  The lines above the first split
row have no column to tell by (``_top_labels`` weighs how they go on into the split rows, and after a
sentence's end or a title nothing tells): the dealing opened the left column on the second column's
prose and read the title after the whole of it.  Nothing in the title's column stands above the
title and a text opens on its title: where the joins read both ways alike, the column the title
opens is the left one.

The page is a real extraction, whole: dev text commentary_memorial_hall_tour on column design
col53_00, drawn by ``heading_sweep.py --kind columns --columns 2 --designs 8 --seed 380 --only
pdfplumber --texts all`` (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.flow import _title_tops
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
TOUR = "commentary_memorial_hall_tour__col53_00_s380_columns__pdfplumber.txt"


def test_the_title_opens_the_left_column_over_the_second_columns_first_lines(dealt):
    read = dealt((EXTRACTIONS / TOUR).read_text(encoding="utf-8"))
    text = "".join(read)
    # the title first, its column's text under it, the second column's first lines after the first column
    assert read[0] == "青川县革命纪念馆讲解词"
    assert text.index("青川县革命纪念馆讲解词") < text.index("各位观众，大家好！") \
        < text.index("青川县革命纪念馆建成于1989年") < text.index("当年，青川游击队在敌强我弱的情况下，依托")
    # the second column's first lines go on into its split rows' right pieces
    assert "当年，青川游击队在敌强我弱的情况下，依托大山与敌人周旋，先后作战70余次。在这场斗争中，全县有2300多名" \
        in "".join(read[read.index("当年，青川游击队在敌强我弱的情况下，依托"):])


def _lines(*texts: str):
    return to_lines(raw_lines("\n".join(texts) + "\n"))


FULL = 20.0   # a column running full from twenty characters


def test_title_tops_cases_and_refusals():
    title, prose = _lines("青川县革命纪念馆讲解词", "当年，青川游击队在敌强我弱的情况下，依托")
    head2, = _lines("专家团队下田指导")
    assert _title_tops([title], [prose], FULL)
    assert not _title_tops([prose], [title], FULL)          # the left opening on prose
    assert not _title_tops([title], [head2], FULL)          # both tops open on a head's line: nothing tells
    assert not _title_tops([], [prose], FULL) and not _title_tops([title], [], FULL)
    full_line, = _lines("当年青川游击队在敌强我弱的情况下依托大山周旋")
    assert not _title_tops([full_line], [prose], FULL)      # a line running full is no title's
