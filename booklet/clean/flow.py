"""Two columns an extractor interleaved, read one after the other (pdfplumber's text).

pdfplumber (and tools built like it) sort a page's characters into rows by height.  Where the
two columns' baselines meet, a row holds a line of each, one space apart
(``快培养造就一支规模宏大、结构合理、素质 家科学技术奖获奖代表，并同大家合影留念。``);
where they do not, rows alternate between the columns.  Read as it stands, each column's
sentences are cut into every other line.

Two signals show such a page, and where each line belongs:

- rows wider than a column that split at a space into two lines no wider than one (the
  gutter: "a single space at the same character index in most long lines");
- continuity: a line goes on where the next line *of its column* begins, so a word the
  dictionary knows is cut across the break (``按`` / ``照预设``: 按照), or the two characters
  across it are a pair the document's text holds elsewhere (``加`` / ``快培养``: 加快).  In interleaved rows that holds for a line and the line after next more
  than for a line and the next.

A page that shows either is read as two streams: a row split at the gutter gives a line to
each column, any other line goes to the column it continues (taking turns where the text does
not tell), and the column whose end runs on into the other's start is read first.  Other
pages, and documents with no row split at a gutter, are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from booklet.clean.layout import MEASURE_MIN_EM
from booklet.clean.lines import Line
from booklet.cjk import width
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import CJK_CHAR_RE, MID_WORD_END_RE, SPACE_BEFORE_CJK_RE
from booklet.typeset.segment import word_across

# A row splits at the gutter when both parts are at most a column wide, give or take a
# hanging punctuation mark (em).
COLUMN_SLACK_EM = 1.5
# A document is read for interleaved columns when this many rows, and this share of its
# lines, split at a gutter.
SPLIT_MIN_ROWS = 4
# A column's width is the upper quartile of its lines' and pieces' widths: most lines of
# wrapped text run to the column's edge, so a quarter may be short (last lines, headings)
# and the estimate still lands on the full width.
COLUMN_MEASURE_QUANTILE = 0.75
SPLIT_MIN_SHARE = 0.1
# Most rows split at a gutter have a full left line (the left column's line runs to its edge
# unless its paragraph ends there): two titles on a line do not.
FULL_LEFT_EM = 2
FULL_LEFT_SHARE = 0.5
# A page is in two columns when this many of its rows split at the gutter, or when its lines
# run on into the line after next at least twice as often as into the next (and that often).
PAGE_MIN_SPLITS = 2
SKIP_ONE_RATIO = 2.0
# What a character pair across a break says (log-odds that the lines follow each other): a
# true continuation's pair turns up elsewhere in the text about one time in two, a chance
# pair about one in twenty.
PAIR_SEEN = 2.0
PAIR_UNSEEN = -0.5
# A break the dictionary reads a word across (``按`` / ``照本``: 按照) is a word cut at a line's
# end: lines of one column break anywhere, so about one break in three does, while a chance
# pairing makes a word only where two characters happen to form one.  Stronger evidence than a
# pair seen elsewhere, and it holds for words the document uses only once.
WORD_ACROSS = 3.0
# Characters either side of a break the dictionary reads: enough for a four-character word
# cut anywhere, and for the cut to see the words beside it.
WORD_CONTEXT = 3
# Single rows of interleaved columns mostly take turns (log-odds of going to the other
# column; after a row split at the gutter, both columns moved on and either may come next).
TURN_BONUS = 1.0
SKIP_ONE_MIN = 3
# Ways of dealing the lines out kept at each line.
BEAM = 64

_GAPS = re.compile(r" +")

Item = tuple[Line, ...]   # a row: one line, or the two halves of a row split at the gutter


def column_flow(lines: list[Line], log: Log) -> list[Line]:
    """Pages whose two columns an extractor interleaved, read column by column."""
    if len(lines) < SPLIT_MIN_ROWS or lines[0].raw.box is not None:
        return lines
    # one C-level scan: a text with fewer spaces between Chinese characters than rows to split
    # has none (most texts stop here)
    joined = "\n".join([line.text for line in lines])
    if sum(1 for m in SPACE_BEFORE_CJK_RE.finditer(joined) if m.start() and CJK_CHAR_RE.match(joined[m.start() - 1])) \
            < max(SPLIT_MIN_ROWS, SPLIT_MIN_SHARE * len(lines)):
        return lines
    measure = _column_measure(lines)
    if not measure:
        return lines
    halves = {i: cut for i, ln in enumerate(lines)
              if ln.width > measure + COLUMN_SLACK_EM and " " in ln.text and (cut := _gutter_cut(ln.text, measure))}
    full = sum(width(left) >= measure - FULL_LEFT_EM for left, _ in halves.values())
    if len(halves) < max(SPLIT_MIN_ROWS, SPLIT_MIN_SHARE * len(lines)) or full < FULL_LEFT_SHARE * len(halves):
        return lines
    pairs = _pairs(lines)
    out: list[Line] = []
    for start, end in _pages(lines):
        items: list[Item] = []
        for i in range(start, end):
            line = lines[i]
            cut = halves.get(i)
            items.append((line,) if cut is None else (line.but(text=cut[0]), line.but(text=cut[1], indent=False)))
        splits = sum(len(item) == 2 for item in items)
        singles = [item[0] for item in items if len(item) == 1]
        if splits >= PAGE_MIN_SPLITS or _interleaved(singles, pairs):
            log.decided(lines[start].lineno, "split", _("a page whose two columns were interleaved, read column by column"))
            out.extend(_reflow(items, pairs, lines[start].page_start))
        else:
            out.extend(lines[start:end])
    return out


def _column_measure(lines: Sequence[Line]) -> float:
    """A column's width: the usual width of the lines and of the pieces of lines split at spaces
    (on a page of merged rows every line holds a space) — their upper quartile."""
    widths = sorted(w for line in lines
                    for w in ((line.width,) if " " not in line.text else map(width, _GAPS.split(line.text)))
                    if w >= MEASURE_MIN_EM)
    return widths[int(len(widths) * COLUMN_MEASURE_QUANTILE)] if widths else 0.0


def _gutter_cut(text: str, measure: float) -> tuple[str, str] | None:
    """(left, right) where a row splits at a space between Chinese text into two lines no wider
    than a column, the widest left part first; None when it does not."""
    best = None
    for gap in _GAPS.finditer(text):
        left, right = text[:gap.start()], text[gap.end():]
        if left and right and CJK_CHAR_RE.match(left[-1]) and CJK_CHAR_RE.match(right[0]) \
                and width(left) <= measure + COLUMN_SLACK_EM and width(right) <= measure + COLUMN_SLACK_EM:
            best = (left, right)
    return best


def _pages(lines: Sequence[Line]) -> list[tuple[int, int]]:
    starts = [i for i, line in enumerate(lines) if line.page_start or i == 0]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _pairs(lines: Sequence[Line]) -> Counter[str]:
    """How often each pair of characters stands side by side inside the document's lines."""
    found: Counter[str] = Counter()
    for line in lines:
        text = line.text
        found.update(map(str.__add__, text, text[1:]))
    return found


def _goes_on(before: Line | None, after: Line, pairs: Counter[str]) -> float:
    """Evidence (log-odds) that ``after`` is the line after ``before`` in its column: a word the
    dictionary reads across the break says yes, strongly; a pair across the break that the
    text holds elsewhere says yes; one it does not hold says a little no (a true continuation
    is often a rare pair too); after punctuation, nothing."""
    if before is None or not _mid_word(before):
        return 0.0
    if word_across(before.text[-WORD_CONTEXT:], after.text[:WORD_CONTEXT]):
        return WORD_ACROSS
    return PAIR_SEEN if pairs[before.text[-1:] + after.text[:1]] else PAIR_UNSEEN


def _mid_word(line: Line) -> bool:
    """The line stops inside a word (an ideograph, a letter or a digit last)."""
    return MID_WORD_END_RE.search(line.text) is not None and line.text[-1:] not in "，、,"


def _interleaved(lines: Sequence[Line], pairs: Counter[str]) -> bool:
    """Lines that run on into the line after next more than into the next."""
    telling = [k for k, line in enumerate(lines[:-2]) if _mid_word(line)]   # (after punctuation: no telling)
    next_one = sum(_goes_on(lines[k], lines[k + 1], pairs) > 0 for k in telling)
    after_next = sum(_goes_on(lines[k], lines[k + 2], pairs) > 0 for k in telling)
    return after_next >= SKIP_ONE_MIN and after_next >= SKIP_ONE_RATIO * next_one


def _reflow(items: Sequence[Item], pairs: Counter[str], page_start: bool) -> list[Line]:
    """The page's lines as two columns, the column read first first.

    A beam search over the ways to deal the lines out to two columns, each way scored by how
    well every line goes on from the one before it in its column; a row split at the gutter
    deals its halves left and right."""
    flat: list[tuple[Line, int | None]] = []   # (line, the column it must go to, or None)
    for item in items:
        flat.extend([(item[0], 0), (item[1], 1)] if len(item) == 2 else [(item[0], None)])
    # state: (column of the last line, index of the other column's last line or -1) →
    # (score, the state before, the column this line went to)
    beams: list[dict[tuple[int, int], tuple[float, tuple[int, int] | None]]] = [{(1, -1): (0.0, None)}]
    for k, (line, forced) in enumerate(flat):
        nxt: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {}
        for (col, other), (score, _came_from) in beams[-1].items():
            prev = flat[k - 1][0] if k else None
            for side in (0, 1) if forced is None else (forced,):
                if side == col:
                    state, gain = (col, other), _goes_on(prev, line, pairs)
                else:
                    state = (side, k - 1)
                    gain = _goes_on(flat[other][0] if other >= 0 else None, line, pairs)
                    gain += TURN_BONUS if forced is None and (k == 0 or flat[k - 1][1] is None) else 0.0
                if state not in nxt or score + gain > nxt[state][0]:
                    nxt[state] = (score + gain, (col, other))
        beams.append(dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:BEAM]))
    state = max(beams[-1], key=lambda st: beams[-1][st][0])
    sides = []
    for k in range(len(flat), 0, -1):
        sides.append(state[0])
        state = beams[k][state][1]
    columns: tuple[list[Line], list[Line]] = ([], [])
    for (line, _forced), side in zip(flat, reversed(sides)):
        columns[side].append(line)
    left, right = columns
    placed = any(len(item) == 2 for item in items)   # rows split at the gutter say which is left
    if not placed and left and right and _goes_on(right[-1], left[0], pairs) > _goes_on(left[-1], right[0], pairs):
        left, right = right, left
    out = [line.but(page_start=False) if line.page_start else line for line in left + right]
    if out and page_start:
        out[0] = out[0].but(page_start=True)
    return out
