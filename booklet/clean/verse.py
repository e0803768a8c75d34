"""(texts85) Verse set one line a line: a run of lines set short on purpose, each ending its own line.

A typesetter wraps prose at the measure: every line of a paragraph but its last runs full, and
where a line ends is where the measure fell — on a punctuation mark now and then, by chance.
Verse is set the other way: the poet's line is the printed line (诗, 词 and their 注释 as a study
booklet prints them: 「一夜东风过女墙〔1〕，」 / 「城头新柳试鹅黄。」 / 「卖花声里市声长。」), so every
line ends on its own mark and none runs to the measure.  One such line alone tells little: a verse
line that carries a note's mark (〔1〕) is as wide as a paragraph's first line whose indent the
extractor dropped, and ``measured.stops_short`` reads it as a full first line and joins the
verse's two lines.  A run of them tells: ``VERSE_RUN_MIN`` lines or more in a row, each ending on
a mark, and each line's words — its note marks aside, which a poem carries and prose's first
line needs no room for — stopping short even of a first line's room (the measure less an indent):
no line of the run can be a wrapped line, each is set short on purpose, and each ends its block.
Prose's short lines in a row (a story's dialogue: 「“是的。”」) are blocks already; a line of them
that fills a first line's room and ends on a mark by chance (「“见了风，见了日头，它就醒了。”」 /
「老陈说，“人也一样。”」) is no verse's, and it breaks the run.

No verse line opens on a number or a note's mark: a numbered or labelled line (``Line.listed``),
a 注释 list's entry (「〔2〕远岫：远处的山峰。」 / 「岫，读xiù。」), an item 「1.」 or 「（一）」 breaks
the run — a list's items are blocks already, and an entry of two lines whose first ends on a stop
by chance is one block.
"""

from __future__ import annotations

from typing import AbstractSet, Callable, Sequence

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, Layout
from booklet.clean.lines import Line
from booklet.cjk import width
from booklet.shapes import BRACKETED_NUMBER_OPEN_RE, NOTE_LEAD_RE, NOTE_MARKS_INSIDE_RE, opens_on_number

# A verse's line ends on its clause's or sentence's mark (a closing quote or bracket after it).
VERSE_MARKS = frozenset("，。？！；、,?!;")
_CLOSERS = "”’」』）)"
# (speed90) The last characters a line ``marked_end`` may accept ends on: a mark, or a closer after one.  Any
# other last character refuses the line at once (``verse_lines`` asks it inline, most lines of prose fail).
_MARKED_LAST = VERSE_MARKS | frozenset(_CLOSERS)
# A run is verse from this many lines: a 绝句 has four, a 词's stanza three or more; prose lines
# that end on a mark by chance, four in a row with none running full, are not seen in prose.
VERSE_RUN_MIN = 4
# Each line's words stop short of a first line's room by more than this (em): a line the measure
# wrapped reaches its room give or take a pushed mark and the narrow characters' width (the slack
# ``measured.SHORT_SLACK_EM`` allows a line inside a sentence).
SHORT_OF_FIRST_EM = 2.0
# A verse's line holds this many characters before its mark at least (the shortest lines of 词:
# 「谁怕？」, 「归去，」); one character and a mark is a piece a reader cut off a line's end (「了，」 /
# 「口；」: the PDF reader's line-end characters set apart), and it breaks the run.
VERSE_LINE_MIN_CHARS = 2


def marked_end(text: str) -> bool:
    """``text`` ends on a verse line's mark (a closing quote or bracket after it)."""
    return text.rstrip(_CLOSERS)[-1:] in VERSE_MARKS


def opens_numbered(text: str) -> bool:
    """``text`` opens on a number or a note's mark: no verse's line does."""
    return BRACKETED_NUMBER_OPEN_RE.match(text) is not None or NOTE_LEAD_RE.match(text) is not None \
        or opens_on_number(text, items=True)


def verse_lines(lines: Sequence[Line], room: Callable[[Line], float],
                skip: AbstractSet[int] = frozenset()) -> list[range]:
    """The runs of verse among ``lines`` (see the module docstring), each a range of indices;
    ``room(line)``: how far (em) the line stops short of the body's measure; ``skip``: lines
    passed over (a page's furniture between two of a verse's lines, before it is taken out)."""
    runs: list[range] = []
    members: list[int] = []
    for i, line in enumerate([*lines, None]):
        if i in skip:
            continue
        if line is not None and line.text[-1:] in _MARKED_LAST and _set_short(line, room):
            members.append(i)
            continue
        if members:   # (speed90: most lines end no run, and pay no count and no clearing)
            if len(members) >= VERSE_RUN_MIN:
                runs.append(range(members[0], members[-1] + 1))
            members.clear()
    return runs


def _set_short(line: Line, room: Callable[[Line], float]) -> bool:
    """``line`` may be a verse's: it ends on a mark, opens on no number, holds two characters or
    more before its mark, stops short of the body's measure, and its words (note marks aside) stop
    short of a first line's room by more than ``SHORT_OF_FIRST_EM``.  (The shapes first: most
    lines end on no mark, and the measure is asked of the few that do.)"""
    if line.listed or not marked_end(line.text) \
            or len(line.text.strip().rstrip(_CLOSERS)) - 1 < VERSE_LINE_MIN_CHARS or opens_numbered(line.text):
        return False
    short = room(line)
    if short <= FULL_SLACK_EM:
        return False
    marks = sum(map(width, NOTE_MARKS_INSIDE_RE.findall(line.text)))
    return short + marks - INDENT_EM > SHORT_OF_FIRST_EM


def verse_ends(lines: Sequence[Line], layout: Layout) -> set[int]:
    """Indices of the lines that end a verse's line inside a run of verse: every line of a run
    but its last, whose end the usual evidence reads (it may close a stanza before prose)."""
    if not layout.wrapped:
        return set()
    return {k for run in verse_lines(lines, lambda line: layout.room(line, False)) for k in run[:-1]}
