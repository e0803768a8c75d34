"""(lone69) A line standing between a sentence's two halves: what a page break leaves there.

A typesetter never sets a heading, a title or a page's number inside a sentence.  A sentence
that runs over a page break leaves its first half as the last line of one page — running full
to the measure, for the text flows on — and resumes on the next page's first text line; what an
extractor writes between the two halves is what the pages print at their edges: the folio
(``心要义、精神实质、丰富内涵和实践要求，`` / ``2`` / ``把握贯穿其中的立场观点方法。``), the running
head (``（一）集中学习。各级中心组每季度`` / ``干部学习口袋书`` / ``集中学习不少于1次，…``).  So
a line there is furniture by where it stands, where repetition cannot tell (a four-page text
prints its recto's head once, its verso's folio twice: ``bands.ALTERNATE_SEQUENCE_MIN`` wants
three).  ``captions`` reads a photo caption inside a paragraph the same way, but a caption says
what it is by its credit.

The first half must be prose for sure: a wrapped title or heading also runs full with no
sentence end, and its short rest is shaped like a head (``关于开展…专题学`` / ``习的通知``;
``一、客观看待过去一年的成绩，进一步`` / ``坚定发展信心``).  So the lines of the sentence cut (read back
to its paragraph's opening, at most ``SENTENCE_BACK_LINES``) show a stop inside them — a
sentence ended there, in prose (a run-in head and its body: ``（一）集中学习。各级…``) — or a
clause with no heading's number opening them.  The
second half resumes it: no heading's number, no head's shape of its own.
"""

from __future__ import annotations

from operator import attrgetter
from typing import AbstractSet, Sequence

from booklet.clean.layout import INDENT_EM, compressed_width, upper_quartile
from booklet.clean.lines import Line
from booklet.shapes import CLAUSE_NUMBER_RE, PROSE_PUNCT_RE, STOP_INSIDE_RE, ends_sentence, opens_on_number

# A line runs full when it is this share of the body's measure, the widths' upper quartile
# (most lines of a text are body lines running to the measure; ``bands`` reads a body line so too).
FULL_LINE_SHARE = 0.9
# A sentence is read back this many lines at most to find the line it opened on: a heading
# wraps onto three lines at most (``bands.TITLE_LINES_MAX``); a sentence longer than that
# opened in prose (a heading that long is no heading).
SENTENCE_BACK_LINES = 3


_WIDTH = attrgetter("width")


def full_width(lines: Sequence[Line]) -> float:
    """The width a line reaches when it runs full (``FULL_LINE_SHARE`` of the measure)."""
    return FULL_LINE_SHARE * upper_quartile(sorted(map(_WIDTH, lines)))   # (speed82: the widths read in C)


def between_halves(lines: Sequence[Line], i: int, full: float, skip: AbstractSet[int] = frozenset(),
                   words: bool = True) -> bool:
    """Line ``i`` stands between a sentence's two halves (see the module docstring); ``skip``:
    lines already known as furniture, passed over on either side (a foot's folio before a
    head's, a head over a folio).  ``words``: line ``i`` holds words, which may be a wrapped
    heading's rest (「一、客观看待过去一年的成绩，进一步」 / 「坚定发展信心」), so a sentence opening on a
    heading's number is no prose for sure; digits alone are no heading's rest, and a numbered
    item's sentence cut before them is prose (「1.系统学习…的核」 / 「心要义、…实践要求，」 / 「2」)."""
    around = _around(lines, i, skip)
    if around is None:
        return False
    before, after = around
    return _first_half(lines, before, full, words) and _second_half(lines[after], full)


def runs_across(lines: Sequence[Line], i: int, full: float, skip: AbstractSet[int] = frozenset()) -> bool:
    """(furn85b) The text runs on across line ``i``: the line before (``skip`` passed over) runs full
    and ends no sentence, and the line after resumes one (``_second_half``).  Weaker than
    ``between_halves``, which wants the sentence itself to show prose: a clause's first line
    (「第六条　归档的文件材料应当齐全」 / 「完整、真实准确，…」) runs across a page break too.  A line that
    opens a block of its own never stands there: the line before it ends a paragraph or a heading."""
    around = _around(lines, i, skip)
    if around is None:
        return False
    before, after = around
    prev = lines[before]
    return not prev.given_heading and not ends_sentence(prev.text) and _runs_full(lines, before, full) \
        and _second_half(lines[after], full)


def _around(lines: Sequence[Line], i: int, skip: AbstractSet[int]) -> tuple[int, int] | None:
    """The lines on either side of line ``i``, ``skip`` passed over; None at the text's ends."""
    before = i - 1
    while before >= 0 and before in skip:
        before -= 1
    after = i + 1
    while after < len(lines) and after in skip:
        after += 1
    return None if before < 0 or after >= len(lines) else (before, after)


def _first_half(lines: Sequence[Line], k: int, full: float, words: bool) -> bool:
    """Line ``k`` is prose cut inside a sentence at a line's end: it runs full, ends no
    sentence, and the sentence it is in shows a clause or a stop and opens on no heading."""
    line = lines[k]
    if line.given_heading or ends_sentence(line.text) or not _runs_full(lines, k, full):
        return False
    sentence = [line.text]
    for j in range(k - 1, max(-1, k - 1 - SENTENCE_BACK_LINES), -1):
        before = lines[j]
        if before.given_heading or ends_sentence(before.text) or not _runs_full(lines, j, full):
            break   # (the sentence, or its paragraph, opened on the line after)
        sentence.insert(0, before.text)
    joined = "".join(sentence)
    stops = list(STOP_INSIDE_RE.finditer(joined))
    opening = joined[stops[-1].end():] if stops else joined
    if words and (opens_on_number(opening, items=True) or CLAUSE_NUMBER_RE.match(opening) is not None):
        return False   # (a numbered heading wrapped, a clause in it: 一、…，进一步 / 坚定发展信心;
        # a clause's number opening it after a stop: 「…归还所借文献。5.2.2」)
    if stops:
        return True   # (the sentence opened inside prose: 「（一）集中学习。各级中心组每季度」)
    return PROSE_PUNCT_RE.search(joined) is not None   # (a wrapped title: no clause, no stop)


def _runs_full(lines: Sequence[Line], k: int, full: float) -> bool:
    """Line ``k`` reaches the measure: as extracted, with its punctuation set in half an em
    (``layout.compressed_width``: a line holding more marks holds more characters), or, opening a
    paragraph (the line before ends a sentence or stops short: a heading, a paragraph's last
    line), with its indent (``layout.INDENT_EM``, which an extractor drops: 「二、方式方法」 /
    「（一）集中学习。各级中心组每季度」)."""
    line = lines[k]
    if line.width >= full or compressed_width(line) >= full:
        return True
    if k == 0 or line.width + INDENT_EM < full:
        return False
    before = lines[k - 1]
    return ends_sentence(before.text) or before.width < full


def _second_half(line: Line, full: float) -> bool:
    """The line resumes a sentence: text, no heading's number, and no short line with no clause
    or stop in it nor at its end (「失能老年人提供以下服务：」 resumes one) (a heading or a title of its own: the line before ended its paragraph)."""
    if line.given_heading or opens_on_number(line.text, items=True):
        return False
    return line.width >= full or PROSE_PUNCT_RE.search(line.text) is not None or ends_sentence(line.text)
