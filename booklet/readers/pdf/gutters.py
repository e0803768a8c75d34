"""Column gutters of a page, found from where the rows leave a gap — not from the page middle.

A gutter is a vertical band that most rows reaching across it leave empty: they have ink on
both sides of it and none inside.  Rows that do put ink inside it (a title or a header over
the columns, a page number) cross it.  Hanging punctuation is little ink in the gutter: a
justified column line may end with a mark no line may start with (，。、；：？！”》…) set past
the column's edge (clreq), and in Simplified Chinese fonts the ink of those marks sits in the
left half of their em box.  Any number of gutters: two, three or more
columns; a page without one is one column.

A gutter runs from the first to the last row that has a column line on each side of it — a
line ending at the gutter, or one starting at it (indented at most a paragraph indent).  Rows
above or below that stretch (a running head in two parts, a page number) are whole lines.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from typing import NamedTuple

from booklet.readers.pdf.opening import Glyph
from booklet.shapes import NO_LINE_START

# Punctuation a line may end with past its edge: any mark no line may start with (clreq 行首禁则
# pulls it back onto the line before), and the half-width stops.  In GB fonts (宋体, 仿宋, 楷体,
# 黑体) their ink stays in the left half of the em box — the half punctuation compression removes.
HANGING = NO_LINE_START | frozenset("．,.")
HANG_INK_SHARE = 0.5
# Coverage is counted in 1 pt bins.
BIN_PT = 1.0
# A gutter: a band at least 0.6 em wide (gutters are 1–2 em, found with hanging marks left out)
# where at most a fifth as many rows put ink (full-width titles, headers, page numbers) as in the
# busiest bin on each side of it and as there are column lines on its fuller side: five or more
# ending at its left edge and five or more starting at its right edge (the columns' rows need not
# share baselines, and the last column of an article may be short).
MIN_WIDTH_EM = 0.6
MIN_ROWS = 5
CROSS_SHARE = 0.2
# … and at most half as many as in the busiest bin on its quieter side: a short column (the end of
# an article, eight lines beside forty) has ink from most of its rows in each of its bins, so it
# is a column and never itself the quiet band, even when it holds under a fifth of the page's rows.
SHORT_SIDE_SHARE = 0.5
# A row keeps its columns apart when 40 % of the gutter's width is free of its ink: a mark hung in
# a one-em gutter leaves half of it, less a bin where the band found falls short of the gutter.
FREE_SHARE = 0.4
# Columns set to one measure repeat at one pitch: the gutters found agree with it within half an em.
GRID_SLACK_EM = 0.5
# A column line ends at the gutter when it stops within 2 em of it (a ragged or hanging end), and
# starts at it when it starts within 4.5 em (a first-line indent, a centred byline).
END_TOUCH_EM = 2.0
START_TOUCH_EM = 4.5
# A second column too short for a valley of its own stands past a band no wider than a gutter
# (gutters are 1–2 em; a margin note or a folio beside the text stands farther out).
SHORT_GUTTER_MAX_EM = 3.0
# … and the rows running across the first column's edge (a head over both columns, the page's bands)
# are at most half as many as the column's lines ending at it: a head block is a few lines beside a
# column's many; on a page of one column, the lines past a chance edge (a run of short lines ending
# together) are most of its lines.
SHORT_ACROSS_SHARE = 0.5
# A valley runs on through a short column's edge to its indent where the column's lines flush with
# its edge are too few to fill a bin of their own (a last column of a few lines: first lines set in
# two ems, a signature and a date set right, one or two lines run full): two lines starting
# together inside the band (within a bin) are the column's edge, and the gutter ends there — one
# line so starting may be a centred line's (a byline's, a page number's).
EDGE_IN_BAND_ROWS = 2


class Gutter(NamedTuple):
    """An empty vertical band between two columns, and the stretch of the page it divides."""

    x0: float
    x1: float
    top: float
    bottom: float


def ink(g: Glyph) -> tuple[float, float]:
    """Where ``g`` can have ink: its box, or the left part of a hanging punctuation mark."""
    if g.text in HANGING:
        return g.x0, g.x0 + HANG_INK_SHARE * (g.x1 - g.x0)
    return g.x0, g.x1


def find_gutters(rows: list[list[Glyph]], width: float, size: float) -> list[Gutter]:
    """The page's gutters, left to right; ``rows`` hold visible glyphs, ``size`` is the page's
    body size.  The band is found from the rows' ink without hanging marks: a tight page may hang
    one at the end of many column lines, and the half em of a one-em gutter they leave is too
    narrow to tell from the gaps in a line (``split_row`` then counts their ink)."""
    spans = [_merged(row, HANGING) for row in rows]
    out: list[Gutter] = []
    for x0, x1, cross in _quiet_runs(spans, width, size):
        # (a short column's edge inside the band ends the gutter; the lines beside the band as found,
        # or else beside it so ended, tell whether it is one)
        edge = _edge_in_band(spans, x0, x1, size)
        for end in dict.fromkeys((x1, edge)):
            floor = out[-1].x1 if out else None
            gutter = _beside(rows, spans, x0, end, cross, size, floor)
            if gutter is not None:
                # (judged on the band as found, it divides the rows from the first beside it so found:
                # the short column's lines flush with its edge start left of that band's middle, and
                # its first line — the column's top — may be one of them)
                flush = _beside(rows, spans, x0, edge, cross, size, floor) if end != edge else None
                if flush is not None:
                    gutter = gutter._replace(top=min(gutter.top, flush.top), bottom=max(gutter.bottom, flush.bottom))
                out.append(gutter._replace(x1=edge))
                break
    if not out:
        short = _short_second_column(rows, spans, width, size)
        return [short] if short is not None else []
    nxt = _next_on_grid(out, spans, rows, size)
    return out + [nxt] if nxt is not None else out


def _short_second_column(rows: list[list[Glyph]], spans: list[list[tuple[float, float]]], width: float,
                         size: float) -> Gutter | None:
    """The gutter before a second column of a line or a few (an article's last lines, its 来源
    line, at the top of the next column), on a page where no gutter shows a valley of its own (a
    head over both columns puts its ink in the band, and the short column is too short to outweigh
    it): ``MIN_ROWS`` or more rows end at one right edge (the first column's measure), and the few
    rows that go on past it do so after a gap as wide as a gutter (``MIN_WIDTH_EM`` to
    ``SHORT_GUTTER_MAX_EM``), each going on from a line ending at that edge, their pieces past it
    starting together and no wider than the first column (a row whose line opens the column beside
    a line ending short of the edge is one of them: ``_opens_beside``).  The gutter divides the page
    from the short column's first row down to the first column's last line ending at the edge: the
    short column stands beside all of it.  A page of one column puts nothing past its measure's
    edge.  Read in steps: the edge (``_measure_edge``), the rows going on past it (``_rows_past``),
    the stretch the gutter divides (``_stretch_bottom``)."""
    found = _measure_edge(spans)
    if found is None:
        return None   # (no measure shared by a column's lines)
    edge, ending = found
    first = min(sp[0][0] for sp in spans if sp)
    slack = HANG_INK_SHARE * size   # (a line's end: its edge, or half a hung mark short of it)
    starts, across = _rows_past(rows, spans, edge, slack, first, size)
    if not starts or len(starts) >= MIN_ROWS or len(across) > SHORT_ACROSS_SHARE * ending:
        return None   # (rows across the edge are few — heads over both columns — or it is no column's edge)
    top, bottom = min(starts), max(starts)
    if any(top <= i <= bottom for i in across):
        return None   # (a row between them runs across the edge: no column there)
    x1 = min(starts.values())
    if any(start - x1 > START_TOUCH_EM * size or spans[i][-1][1] - x1 > edge - first + size
           for i, start in starts.items()):
        return None
    bottom = _stretch_bottom(spans, top, bottom, x1, edge, slack)
    using = [g for i in range(top, bottom + 1) for g in rows[i]]
    return Gutter(edge + slack, x1, min(g.top for g in using), max(g.bottom for g in using))


def _measure_edge(spans: list[list[tuple[float, float]]]) -> tuple[int, int] | None:
    """The first column's right edge (the point, rounded, where most rows' ink ends, within a bin;
    the rightmost of equals) and how many rows end there; None when fewer than ``MIN_ROWS`` do."""
    lasts = Counter(round(sp[-1][1]) for sp in spans if sp)
    if not lasts:
        return None

    def ending_at(x: int) -> int:   # (the rows whose line ends at x, within a bin)
        return sum(n for y, n in lasts.items() if abs(y - x) <= BIN_PT)
    edge = max(lasts, key=lambda x: (ending_at(x), x))
    ending = ending_at(edge)
    return (edge, ending) if ending >= MIN_ROWS else None


def _rows_past(rows: list[list[Glyph]], spans: list[list[tuple[float, float]]], edge: float, slack: float,
               first: float, size: float) -> tuple[dict[int, float], set[int]]:
    """The rows going on past the first column's ``edge``: those holding the short column's line —
    each with where its piece past the edge starts — and the rows running across the edge otherwise.
    A row's piece is the column's where it goes on from a line ending at the edge after a gutter's gap
    (``MIN_WIDTH_EM`` to ``SHORT_GUTTER_MAX_EM``); then, from where those pieces start, a row read as
    running across holds the column's line after all where it opens beside the first column
    (``_opens_beside``)."""
    starts: dict[int, float] = {}   # row → where its piece past the edge starts, after a gutter's gap
    across: set[int] = set()        # rows running across the edge otherwise
    for i, sp in enumerate(spans):
        beyond = [(a, b) for a, b in sp if b > edge + slack]
        if not beyond:
            continue
        # (a line's end is its last glyph's box: a mark it ends on is left out of the ink counted, its
        # box still reaches the measure's edge — 「…专题会议，」)
        before = [g.x1 for g in rows[i] if not g.text.isspace() and g.x1 <= edge + slack]
        start = beyond[0][0]
        if before and edge - max(before) <= slack and MIN_WIDTH_EM * size <= start - edge <= SHORT_GUTTER_MAX_EM * size:
            starts[i] = start
        else:
            across.add(i)
    if starts:
        x1 = min(starts.values())
        for i in sorted(across):
            if _opens_beside(rows[i], spans[i], edge, slack, (x1, x1 + _indent(spans, first, edge, size)), size):
                starts[i] = next(a for a, b in spans[i] if b > edge + slack)
                across.discard(i)
    return starts, across


def _stretch_bottom(spans: list[list[tuple[float, float]]], top: int, bottom: int, x1: float, edge: float,
                    slack: float) -> int:
    """The last row of the short column's stretch: the short column stands beside the first column's
    lines below it too, so the stretch runs on from its last row (``bottom``) to the last row ending at
    the first column's edge, so that a row there — a title's line in the first column beside the
    signature's date set right in the second — is parted, not read across; it stops above any row
    putting ink in the band (a row across the columns)."""
    inked = [i for i, sp in enumerate(spans) if any(a < x1 - BIN_PT and b > edge + slack + BIN_PT for a, b in sp)]
    return max([i for i, sp in enumerate(spans) if i > bottom and abs(sp[-1][1] - edge) <= slack
                and not any(top <= j <= i for j in inked)], default=bottom)


def _opens_beside(row: list[Glyph], spans: list[tuple[float, float]], edge: float, slack: float,
                  lines: tuple[float, float], size: float) -> bool:
    """Whether a row the short column's test read as running across the first column's ``edge`` holds
    the short column's line after all: its piece past the edge starts where the column's lines do
    (``lines``: their edge, or a paragraph's first line set in — ``_in_short_column``), a gutter's
    width on, after a body-size line ending short of the edge (a centred 发文字号, a paragraph's last
    line, a head of the first column set at body size) or at it — not "going on from a line ending at
    the edge" a gutter's width before the piece, the test's mark of a column's line (``slack``: a
    line's end, half a hung mark past the edge at most).  A title's line set larger beside it heads
    the page: its row is read whole, before the columns."""
    beyond = [a for a, b in spans if b > edge + slack]
    return bool(beyond) and _in_short_column(beyond[0], edge, lines, slack, size) \
        and all(b <= edge + slack for a, b in spans if a < beyond[0]) \
        and all(g.size <= size for g in row if g.x1 <= edge + slack and not g.text.isspace())


def _indent(spans: list[list[tuple[float, float]]], first: float, edge: float, size: float) -> float:
    """The paragraphs' first-line indent, read off the first column (from its left, ``first``, to its
    ``edge``): the commonest distance, in whole points, a line starts right of that left within
    ``START_TOUCH_EM``; 0 when no line is set in."""
    set_in = Counter(round(sp[0][0] - first) for sp in spans
                     if sp and BIN_PT < sp[0][0] - first <= START_TOUCH_EM * size and sp[-1][1] <= edge + size)
    return set_in.most_common(1)[0][0] if set_in else 0.0


def _in_short_column(start: float, edge: float, lines: tuple[float, float], slack: float, size: float) -> bool:
    """Whether a piece starting at ``start``, past the first column's ``edge``, is a line of the short
    column: at its lines' edge (``lines[0]``, within a bin), or where its paragraphs' first lines start
    (``lines[1]``, the first column's indent on from it, within ``slack``: the two columns' glyph boxes
    fall on the grid by half an em at most), and a gutter's width past the first column.  A short
    column of a few lines holds as many first lines set in as lines flush with its edge: counted only
    at the edge, a first line set in beside the first column's opening (「谢谢大家给我这个机会。」 beside
    「全县农家书屋提质增效座谈会，部」) stood between the column's rows as a row across, and the page got
    no gutter.  Lines set right (a signature's unit, a date) start elsewhere and stay rows across: the
    stretch runs on past them below (a unit's line starting four ems in was taken by an indent's reach
    and split the column's rows — qa_law_consumer_rights × nw54_08, seed 226)."""
    flush, set_in = lines
    return (abs(start - flush) <= BIN_PT or abs(start - set_in) <= slack) and start - edge >= MIN_WIDTH_EM * size


def _beside(rows: list[list[Glyph]], spans: list[list[tuple[float, float]]], x0: float, x1: float, cross: int,
            size: float, floor: float | None = None) -> Gutter | None:
    """The gutter [x0, x1] when enough column lines stand beside it — ``MIN_ROWS`` ending at its
    left, as many starting at its right — and few rows of the stretch they span cross it.  A line
    ending at its left stands in the column between it and the gutter found before it (``floor``,
    that gutter's right edge): a line ending left of that gutter is an earlier column's.  (A short
    column — a text's end, a few lines — beside full ones leaves a band quiet inside itself, from
    its lines flush with its edge to its first lines' indent: the first column's lines end within
    ``END_TOUCH_EM`` of that band too, a gutter and a column's edge away.)"""
    mid = (x0 + x1) / 2
    reach = x0 - END_TOUCH_EM * size if floor is None else max(floor, x0 - END_TOUCH_EM * size)
    left = [i for i, sp in enumerate(spans) if any(reach <= b <= mid for _, b in sp)]
    right = [i for i, sp in enumerate(spans) if any(mid <= a <= x1 + START_TOUCH_EM * size for a, _ in sp)]
    if min(len(left), len(right)) < MIN_ROWS:
        return None
    cross = min(cross, _crossing(spans, min(left + right), max(left + right), x0, x1))
    if cross > CROSS_SHARE * max(len(left), len(right)):
        return None
    using = [g for i in set(left) | set(right) for g in rows[i]]
    return Gutter(x0, x1, min(g.top for g in using), max(g.bottom for g in using))


def _edge_in_band(spans: list[list[tuple[float, float]]], x0: float, x1: float, size: float) -> float:
    """Where a column's edge stands inside the band [x0, x1] found quiet: the first x, at least a
    gutter's width (``MIN_WIDTH_EM``) past x0, where ``EDGE_IN_BAND_ROWS`` rows' ink starts together
    and runs on past the band (lines of the column right of it, flush with its edge); x1 when
    none does.  The columns' rows beside such a short column leave the whole band quiet to its
    lines' indent, and a gutter ending at the indent would cut the flush lines off their column."""
    starts = sorted(a for sp in spans for a, b in sp if x0 + MIN_WIDTH_EM * size <= a < x1 and b > x1)
    for k in range(len(starts) - EDGE_IN_BAND_ROWS + 1):
        if starts[k + EDGE_IN_BAND_ROWS - 1] - starts[k] <= BIN_PT:
            return starts[k]
    return x1


def _crossing(spans: list[list[tuple[float, float]]], first: int, last: int, x0: float, x1: float) -> int:
    """How many rows from ``first`` to ``last`` (the stretch with column lines beside the band) put
    ink inside the band: a headline, kicker and byline set across the columns above that stretch
    (a lead story's, over a short page's columns) head the columns and are read whole
    (``split_row``); they do not cross the gutter."""
    return sum(any(a < x1 - BIN_PT and b > x0 + BIN_PT for a, b in spans[i]) for i in range(first, last + 1))


def _next_on_grid(found: list[Gutter], spans: list[list[tuple[float, float]]], rows: list[list[Glyph]],
                  size: float) -> Gutter | None:
    """The gutter after the last one found, where the page's column grid puts it, when a short
    last column stands right of it.

    Newspaper and magazine columns are set to one measure, so gutters repeat at the column pitch
    (the first column's width plus a gutter).  A column of a line or two (an article's end) is
    too short for a valley of its own; it is a column when its lines start at the grid's next
    column beside the columns found, and the rows beside it leave the band before it empty."""
    if not found:
        return None
    first = min(sp[0][0] for sp in spans if sp)
    pitch = found[0].x1 - first
    if any(abs(b.x0 - a.x0 - pitch) > GRID_SLACK_EM * size for a, b in zip(found, found[1:])):
        return None    # the gutters found do not repeat at one pitch: no grid to follow
    last = found[-1]
    x0, x1 = last.x0 + pitch, last.x1 + pitch
    beside = [i for i, row in enumerate(rows) if last.top <= (row[0].top + row[-1].bottom) / 2 <= last.bottom]
    starts = [i for i in beside if any(x1 - BIN_PT <= a <= x1 + START_TOUCH_EM * size for a, _ in spans[i])]
    ends = [i for i in beside if any(x0 - END_TOUCH_EM * size <= b <= x0 + BIN_PT for _, b in spans[i])]
    cross = [i for i in beside if any(a < x1 - BIN_PT and b > x0 + BIN_PT for a, b in spans[i])]  # bands: to a bin
    if not starts or len(ends) < MIN_ROWS or len(cross) > CROSS_SHARE * len(ends):
        return None
    return Gutter(x0, x1, last.top, last.bottom)


def _quiet_runs(spans: list[list[tuple[float, float]]], width: float,
                size: float) -> list[tuple[float, float, int]]:
    """(x0, x1, most rows with ink in one bin) of the runs of bins, at least MIN_WIDTH_EM wide,
    where at most a fifth as many rows put ink as in the busiest bin on the busier side and at
    most half as many as on the quieter side: a valley between two columns, however short one."""
    nbins = int(width / BIN_PT) + 2
    cover = [0] * nbins   # rows with ink in the bin (a difference array, summed below)
    for row in spans:
        for x0, x1 in row:
            cover[_bin(x0, nbins)] += 1
            cover[_bin(x1, nbins) + 1] -= 1
    first = min((_bin(row[0][0], nbins) for row in spans if row), default=0)
    last = max((_bin(row[-1][1], nbins) for row in spans if row), default=0)
    total = 0
    for b in range(nbins):
        total += cover[b]
        cover[b] = total
    left_peak = list(accumulate(cover, max))
    right_peak = list(accumulate(reversed(cover), max))[::-1]
    runs: list[tuple[float, float, int]] = []
    start, most = None, 0
    for b, c in enumerate(cover):
        quiet = first < b < last and c <= CROSS_SHARE * max(left_peak[b], right_peak[b]) \
            and c <= SHORT_SIDE_SHARE * min(left_peak[b], right_peak[b])
        if quiet:
            start = b if start is None else start
            most = max(most, c)
        elif start is not None:
            if (b - start) * BIN_PT >= MIN_WIDTH_EM * size:
                runs.append((start * BIN_PT, b * BIN_PT, most))
            start, most = None, 0
    return runs


def _bin(x: float, nbins: int) -> int:
    return min(nbins - 2, max(0, int(x / BIN_PT)))


def _merged(row: list[Glyph], leave: frozenset[str] = frozenset()) -> list[tuple[float, float]]:
    """The row's ink as merged x intervals, left to right (``row`` is sorted by x0), the glyphs
    in ``leave`` left out."""
    out: list[tuple[float, float]] = []
    start = end = 0.0
    opened = False  # a run of ink is open from ``start`` to ``end``
    for g in row:
        if g.text.isspace() or g.text in leave:
            continue
        x0, x1 = ink(g)
        if opened and x0 <= end + BIN_PT:
            if x1 > end:
                end = x1
            continue
        if opened:
            out.append((start, end))
        start, end, opened = x0, x1, True
    if opened:
        out.append((start, end))
    return out


def _free(spans: list[tuple[float, float]], x0: float, x1: float) -> float:
    """The longest stretch of [x0, x1] the row's ink leaves empty."""
    longest, pos = 0.0, x0
    for a, b in spans:
        if b <= pos:
            continue
        if a >= x1:
            break
        longest = max(longest, a - pos)
        pos = max(pos, b)
    return max(longest, x1 - pos)


def crossed(row: list[Glyph], gutters: list[Gutter]) -> list[bool]:
    """Per gutter, whether the row stands across it: it puts ink inside the gutter, or has text
    on both sides of it outside the stretch the gutter divides."""
    top = min(g.top for g in row)
    bottom = max(g.bottom for g in row)
    spans = _merged(row)
    out = []
    for gutter in gutters:
        inside = _free(spans, gutter.x0, gutter.x1) < FREE_SHARE * (gutter.x1 - gutter.x0)
        if inside:
            hung = _hung_at(row, gutter)
            if hung:
                inside = _free(_merged([g for g in row if id(g) not in hung]), gutter.x0, gutter.x1) \
                    < FREE_SHARE * (gutter.x1 - gutter.x0)
        both = bool(spans) and spans[0][0] < gutter.x0 and spans[-1][1] > gutter.x1
        out.append(inside or (both and not gutter.top <= (top + bottom) / 2 <= gutter.bottom))
    return out


def _hung_at(row: list[Glyph], gutter: Gutter) -> set[int]:
    """The marks the row hangs into the gutter at the end of its left column's line: a hanging
    mark standing at the gutter's left edge right after the line's last character.  The gutter
    is found without them (``find_gutters``), and in a gutter narrower than the mark's half em of
    ink and ``FREE_SHARE`` of the gutter (0.6–0.8 em) they would leave too little of it free."""
    out: set[int] = set()
    seen = [g for g in row if not g.text.isspace()]
    for a, b in zip(seen, seen[1:]):
        if b.text in HANGING and b.x0 <= gutter.x0 + BIN_PT and ink(b)[1] > gutter.x0 \
                and abs(b.x0 - a.x1) <= BIN_PT and a.x1 <= gutter.x0 + BIN_PT:
            out.add(id(b))
    return out


def split_row(row: list[Glyph], gutters: list[Gutter],
              across: list[bool] | None = None) -> list[tuple[int, list[Glyph]]] | None:
    """The row's pieces as (column, glyphs), columns numbered from 1 across all the page's
    gutters; ``None`` when the row is one line across the page: it stands across every gutter
    (``crossed``).  A piece that stands across some gutters only (a caption under a picture two
    columns wide, beside the third column's text) is one piece, numbered by its first column —
    when ``across`` (the gutters it may stand across) is given; without it, a row across any
    gutter is ``None``."""
    cross = crossed(row, gutters)
    if any(cross) and (across is None or all(cross) or any(c and not a for c, a in zip(cross, across))):
        return None
    centres = [(gutter.x0 + gutter.x1) / 2 for gutter in gutters]
    pieces: dict[int, list[Glyph]] = {}
    for g in row:
        a, b = ink(g)
        column = 1 + sum(1 for c in centres if (a + b) / 2 >= c)
        while column > 1 and cross[column - 2]:   # the gutter on its left is crossed: one piece
            column -= 1
        pieces.setdefault(column, []).append(g)
    return sorted(pieces.items())
