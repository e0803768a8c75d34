"""(texts85) Verse set one line a line: a run of lines set short on purpose, each ending its own line.

A typesetter wraps prose at the measure: every line of a paragraph but its last runs full, and
where a line ends is where the measure fell — on a punctuation mark now and then, by chance.
Verse is set the other way: the poet's line is the printed line (诗, 词 and their 注释 as a study
booklet prints them: 「一夜东风过女墙，」 / 「城头新柳试鹅黄。」 / 「卖花声里市声长。」), so every line
ends on its own mark and none runs to the body's measure.  One such line alone tells little: a
two-line paragraph's first line set in by the indent the extractor dropped may end on a comma and
look as wide (``measured.stops_short`` reads it as a full first line and joins the verse's two
lines, most of all where a note's mark 〔1〕 widens the line).  A run of them tells: lines ending
on a mark one after another, none reaching the measure, several stopping short even of a first
line's room — prose never sets so, and each of the run's lines ends its block.

No verse line opens on a number or a note's mark: a numbered or labelled line (``Line.listed``),
a 注释 list's entry (「〔2〕远岫：远处的山峰。」 / 「岫，读xiù。」), an item 「1.」 or 「（一）」 breaks
the run — a list's items are blocks already, and an entry of two lines whose first ends on a stop
by chance is one block.
"""

from __future__ import annotations

import re
from typing import AbstractSet, Callable, Sequence

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, Layout
from booklet.clean.lines import Line
from booklet.shapes import NOTE_LEAD_RE, opens_on_number

# A verse's line ends on its clause's or sentence's mark (a closing quote or bracket after it).
VERSE_MARKS = frozenset("，。？！；、,?!;")
_CLOSERS = "”’」』）)"
# A note's or an entry's bracketed number opening a line (〔1〕, ［1］, 【1】, （1）; spaced by some readers).
_BRACKETED_NUMBER_RE = re.compile(r"^[〔\[［【(（]\s*\d")
# A run is verse from this many lines: a 绝句 has four, a 词's stanza three or more; prose lines
# that end on a mark by chance, four in a row with none running full, are not seen in prose.
VERSE_RUN_MIN = 4
# Of the run's lines, at least this many stop short even of a first line's room (the measure less
# an indent) by more than ``SHORT_OF_FIRST_EM``: a run of first lines that each reach that room
# (two-line paragraphs whose first lines end on a comma by chance) is prose's.
VERSE_SHORT_MIN = 2
SHORT_OF_FIRST_EM = 2.0


def marked_end(text: str) -> bool:
    """``text`` ends on a verse line's mark (a closing quote or bracket after it)."""
    return text.rstrip(_CLOSERS)[-1:] in VERSE_MARKS


def opens_numbered(text: str) -> bool:
    """``text`` opens on a number or a note's mark: no verse's line does."""
    return _BRACKETED_NUMBER_RE.match(text) is not None or NOTE_LEAD_RE.match(text) is not None \
        or opens_on_number(text, items=True)


def verse_lines(lines: Sequence[Line], room: Callable[[Line], float],
                skip: AbstractSet[int] = frozenset()) -> list[range]:
    """The runs of verse among ``lines`` (see the module docstring), each a range of indices;
    ``room(line)``: how far (em) the line stops short of the body's measure; ``skip``: lines
    passed over (a page's furniture between two of a verse's lines, before it is taken out)."""
    runs: list[range] = []
    members: list[int] = []

    def close() -> None:
        if len(members) >= VERSE_RUN_MIN and sum(
                room(lines[k]) - INDENT_EM > SHORT_OF_FIRST_EM for k in members) >= VERSE_SHORT_MIN:
            runs.append(range(members[0], members[-1] + 1))
        members.clear()

    for i, line in enumerate(lines):
        if i in skip:
            continue
        if not line.listed and marked_end(line.text) and room(line) > FULL_SLACK_EM \
                and not opens_numbered(line.text):
            members.append(i)
        else:
            close()
    close()
    return runs


def verse_ends(lines: Sequence[Line], layout: Layout) -> set[int]:
    """Indices of the lines that end a verse's line inside a run of verse: every line of a run
    but its last, whose end the usual evidence reads (it may close a stanza before prose)."""
    if not layout.wrapped:
        return set()
    return {k for run in verse_lines(lines, lambda line: layout.room(line, False)) for k in run[:-1]}
