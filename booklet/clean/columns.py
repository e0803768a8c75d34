"""Pages in columns in ``pdftotext -layout`` text: split each row at the gutter, left column first.

Before (one row of a two-column page)::

    科技成果转化是党和国家高度重视的           随着全球化进程迅速推进，国际竞争变得

after: the left halves of the page's rows, then the right halves, as separate lines; a
half that shows a gutter of its own is split again (three columns).  The page's header and
footer rows stay whole.  Only text without reader geometry is touched, and only pages where
most long rows have a wide run of spaces ending at (nearly) the same column.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import AbstractSet, Sequence

from booklet.rawlines import RawLine
from booklet.shapes import (BODY_LINE_END_RE, NO_LINE_START, NOTE_LEAD_RE, PADDED_PIECES_RE, PADDING_RE, PROSE_PUNCT_RE,
                            looks_like_byline)
from booklet.clean.layout import upper_quartile
from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log

_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_GAP_COUNT = re.compile(r"\S {3,}\S")  # (no look-behind: a quick count over the whole text)
_ANY_GAP = re.compile(r"(?<=\S) +(?=\S)")
_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")   # (a row's text between runs of three spaces or more)
_SLACK = 4  # columns the right column's start may wander (CJK and Latin cells differ)
# Lines with reader geometry (PDF) are in reading order already: look at this many to tell.
GEOMETRY_PROBE_LINES = 50
# Too short a text to show columns.
MIN_LINES = 10
# A page is in two columns when six or more long rows, half of them, show the gutter, and
# the gutter is ten character cells or more from the left edge (a newspaper column is 12–14
# characters wide).
GUTTER_MIN_ROWS = 6
GUTTER_ROW_SHARE = 0.5
GUTTER_MIN_COLUMN = 10
# Inside a half of a page already in columns, a gutter shows in this many rows: a short last
# column (an author's unit, two lines at the top of the third column) beside longer ones — when no
# long row of the half runs through it.
SHORT_COLUMN_MIN_ROWS = 2
# A long row reaches more than two cells past the gutter (into the right column).
LONG_ROW_PAST_GUTTER = 2
# A gutter runs down the whole page: every long row breaks there.  Where more than one long row
# in twenty runs through it unbroken, the wide gaps lined up by chance (a list's or a table's,
# in one-column text) or the columns are set so tight that pdftotext wrote them with no space
# between: no cut serves, the rows stay whole (``flow.column_flow`` reads tight columns by the
# cells where they start).  One row in twenty may be a heading or figure set across the columns.
RUN_THROUGH_SHARE = 0.05
# Columns hold running text: of the rows a gutter parts, at least one in five carries a comma or a
# stop (two columns of prose: a third to all of them).  A list set in rows — names or units of like
# length spaced apart and wrapped at the measure (a 名单) — parts at like gaps in every row, and
# none of its rows holds a clause: its gaps line up by the items' like length, not at a gutter.
GUTTER_PROSE_SHARE = 0.2
# A page's header or footer is at most three rows, set off from the columns by a blank row.
BAND_ROWS = 3
# A page holds at most this many columns (a newspaper page of three, and one more).
COLUMNS_MAX = 4
# A column's full line may fall this many cells short of the column's width, or run this many past
# it (a mark hung in the gutter, or squeezed, leaves the line a character shorter or longer); read
# here and by ``pagemodel``.
FULL_CELLS_SLACK = 1
# The columns' text begins at the first of this many rows in a row that each hold a column's line
# (``_head_end`` here, before the cut; ``pagemodel.head_rows`` after it): a head set over the columns
# holds at most two rows that look like the columns' (a banner's or kicker's parts padded apart, a
# headline's line as long as a column), each with a head's line below it that does not; the
# columns' own rows run on, a line or two pieces every row.
HEAD_OPEN_RUN_ROWS = 3
# A head over the columns at their top, written right of the gutter (``_opening_head``), holds at most
# this many rows: a kicker, a headline of two lines, a subtitle and a byline.
OPENING_HEAD_MAX_ROWS = 5
# Under a head over the columns, their first lines stand side by side: on the first column's first
# row, or the next (a later column opening on its own headline, in a larger face, has its baseline
# a row lower).
COLUMNS_TOP_ROWS = 2
# A line of running text: it holds a clause's mark (a lead's 「编者按：」 or 「本报讯」 line's colon too).
RUNNING_TEXT_RE = re.compile(r"[，、。；！？：,;:!?]")
# A paragraph's first line is set in by two ideographs: it fills its column short of them.
FIRST_INDENT_CELLS = 2
# A later column's lines start at its edge, its paragraphs' first lines set in by their indent;
# ``pdftotext -layout`` writes the two starts up to this many cells apart (two ideographs' indent: three
# to five cells, its grid is finer than a character), more than ``_SLACK``.
INDENT_CELLS_MAX = 6
# The column's edge is a start this many rows share (one row alone there is a chance piece: a
# centred line, a head's part).
EDGE_MIN_ROWS = 2
# The lines at that edge go on from lines set in from it (a paragraph's rest under its first line):
# this share of them stand right under one.
EDGE_AFTER_INDENT_SHARE = 0.4


def split_columns(lines: list[RawLine], log: Log) -> list[RawLine]:
    """Lines in reading order; unchanged unless pages are laid out in two columns."""
    if any(ln.box is not None for ln in lines[:GEOMETRY_PROBE_LINES]) or len(lines) < MIN_LINES:
        return lines
    if not _gutter_shows("\n".join([ln.text for ln in lines])):
        return lines
    out: list[RawLine] = []
    for page in _pages(lines):
        split = _split_page(page) if _gutter_shows("\n".join([ln.text for ln in page])) else page
        if split is not page:
            log.decided(page[0].lineno, "split", _("a two-column page: left column first, then right"))
        out.extend(split)
    return out


def _gutter_shows(joined: str) -> bool:
    """Enough rows of the text show a gutter for a page of it to be in columns: a wide gap, or a
    row of the right column alone (starting a column's width in) — C-level scans: ordinary text
    stops here (every gap holds a run of three spaces, so too few runs means too few gaps).  The
    count is the rows a gutter needs (``GUTTER_MIN_ROWS``), not a share of the text's: a page whose
    right column is short (a brief's end beside a long story) shows its gutter in a few rows."""
    return joined.count("   ") >= GUTTER_MIN_ROWS and len(_GAP_COUNT.findall(joined)) \
        + joined.count("\n" + " " * GUTTER_MIN_COLUMN) >= GUTTER_MIN_ROWS


def _pages(lines: Sequence[RawLine]) -> list[list[RawLine]]:
    pages: list[list[RawLine]] = []
    current = None
    for line in lines:
        if not pages or line.page != current:
            pages.append([])
            current = line.page
        pages[-1].append(line)
    return pages


def _gutter(page: Sequence[RawLine], min_rows: int = GUTTER_MIN_ROWS) -> int | None:
    """The column where the right column starts, when most long rows show it: a wide gap ending
    there, or the row's text starting there (a row of the right column alone: the columns'
    lines need not share baselines)."""
    ends = _starts(page)
    if not ends:
        return None
    commonest = _commonest(ends)
    col = _column_edge(page, ends, commonest)
    near = sum(ends[c] for c in range(col - _SLACK, commonest + _SLACK + 1))
    top = _across(page, col)
    long_rows = [text for line in page[top:] if len(text := line.text.rstrip()) > col + LONG_ROW_PAST_GUTTER]
    parted = [text for text in long_rows if _cut(text, col) is not None]
    through = len(long_rows) - len(parted)
    if min_rows < GUTTER_MIN_ROWS and (through or top > OPENING_HEAD_MAX_ROWS):
        return None   # (a short column's gutter is taken on few rows only where no long row runs through it,
        #  and it stands at the top, under a head at most: rows paired under a column's running text are a list's)
    if not _parts_prose(parted):
        return None   # (a list's items in rows: like gaps, no columns)
    return col if len(long_rows) >= min_rows and near >= GUTTER_ROW_SHARE * len(long_rows) \
        and through <= RUN_THROUGH_SHARE * len(long_rows) and col >= GUTTER_MIN_COLUMN else None


def _starts(page: Sequence[RawLine]) -> Counter[int]:
    """The cells where text starts right of a wide gap, or a row's text alone (set in a column's
    width or more), counted over the rows."""
    ends: Counter[int] = Counter()
    for line in page:
        text = line.text
        for gap in _WIDE_GAP.finditer(text):
            ends[gap.end()] += 1
        lead = len(text) - len(text.lstrip(" "))
        if lead >= GUTTER_MIN_COLUMN and len(text) > lead:
            ends[lead] += 1
    return ends


def _commonest(ends: Counter[int]) -> int:
    """The start most rows share, within ``_SLACK`` cells."""
    return max(ends, key=lambda c: sum(ends[c + d] for d in range(-_SLACK, _SLACK + 1)))


def _indent_base(rows: Sequence[RawLine], col: int) -> int:
    """The cell a later column's indents are counted from: its commonest start where that stands
    within an indent right of its edge ``col`` (``_column_edge``), else the edge.  ``pdftotext
    -layout`` writes a later column's indent in cells of its own grid (three to five for two
    ideographs, where the first column shows one or two), so the lines read below compare it with
    nothing; the cut at the edge moves no line's indent from where the commonest start puts it."""
    ends = _starts(rows)
    commonest = _commonest(ends) if ends else col
    return commonest if col < commonest and _column_edge(rows, ends, commonest) == col else col


def _column_edge(page: Sequence[RawLine], ends: Counter[int], commonest: int) -> int:
    """Where the later column starts, from the commonest start of its lines (``commonest``): its edge,
    a start within an indent left of it (``INDENT_CELLS_MAX``) where ``EDGE_MIN_ROWS`` rows hold a
    line of that column — a piece running on past ``commonest`` (the first column's short pieces
    set right, an attribution's end 「本》」, stop short of it) — whose lines go on from the lines set
    in: most stand right under one (``EDGE_AFTER_INDENT_SHARE``).  A column's lines start at its edge
    and its paragraphs' first lines an indent further in, each paragraph's rest under its first line;
    in dialogue or short paragraphs the first lines are the commoner, and a gutter taken at their
    start leaves the lines at the edge running through it.  Two starts a few cells apart whose lines
    do not take turns so are two grids' columns (a news page's items set on columns of their own,
    one above the other): no edge is read there."""
    pieces = [m.start() for line in page for m in _PIECE.finditer(line.text.rstrip())
              if commonest - INDENT_CELLS_MAX <= m.start() <= commonest + _SLACK and ends[m.start()]
              and m.end() > commonest + _SLACK]
    starts = Counter(start for start in pieces if start < commonest - _SLACK)   # (nearer, ``_cut`` reaches)
    for edge in sorted(c for c, n in starts.items() if n >= EDGE_MIN_ROWS):
        at_edge = [k for k in range(1, len(pieces)) if pieces[k] <= edge + 1]
        after_indent = sum(pieces[k - 1] > edge + 1 for k in at_edge)
        if after_indent >= max(EDGE_MIN_ROWS, EDGE_AFTER_INDENT_SHARE * len(at_edge)):
            return edge
    return commonest


def _short_last_column(rows: Sequence[RawLine]) -> int | None:
    """The gutter of a page whose later column is short — a text's end at the top of the next column
    beside a full first column — too few rows for a page's gutter (``GUTTER_MIN_ROWS``): taken as a
    short column's (``SHORT_COLUMN_MIN_ROWS``, no long row running through it, at the top) where its
    lines are running text (a clause mark), not a signature's or a table's pieces set right, and no
    wider than the first column's (a page's columns share a measure; a standard's clauses set past
    their numbers, 「5.2.1    城市书房应提供…」, are one column's lines)."""
    col = _gutter(rows, SHORT_COLUMN_MIN_ROWS)
    if col is None:
        return None
    left, right = _halves(rows, col)
    if column_cells(right) > column_cells(left) + FULL_CELLS_SLACK:
        return None   # (a column is no wider than the first: text set past a standard's clause numbers is one column)
    return col if any(RUNNING_TEXT_RE.search(line.text) for line in right) else None


def _parts_prose(parted: Sequence[str]) -> bool:
    """Whether the rows a gutter parts are columns' running text: ``GUTTER_PROSE_SHARE`` of them
    carry a comma or a stop (``shapes.PROSE_PUNCT_RE``).  A column's lines run on through clauses;
    a list's rows of names or units spaced apart hold none, whatever their gaps line up at.  Fewer
    rows than a page's gutter needs (``GUTTER_MIN_ROWS``: a short last column's, an author's unit and
    date beside a column's last lines) are too few to tell a list by."""
    if len(parted) < GUTTER_MIN_ROWS:
        return True
    clauses = sum(PROSE_PUNCT_RE.search(text) is not None for text in parted)
    return clauses >= GUTTER_PROSE_SHARE * len(parted)


def _split_page(page: list[RawLine]) -> list[RawLine]:
    # the page's header and footer span the page (``理论周刊        2026年5月12日  星期二``):
    # up to three rows set off by a blank row at the top or bottom stay whole, where they are
    top, bottom = _band_rows(page), len(page) - _band_rows(page[::-1])
    # ... but rows that all stand in the first column, more than one, are that column's text (an
    # item's headline and byline at its foot: 「县城新增3条公」 / 「交线路」 / 「本报讯（记者 马晓东）」)
    col = _gutter(page[top:bottom])
    if col is not None:
        top = 0 if _first_column_text(page[:top], col) else top
        bottom = len(page) if _first_column_text(page[bottom:], col) else bottom
        # a line of the head set over the columns (a headline, its byline centred over them) is
        # read whole before them: the gutter does not cut it
        cells, width = max(len(line.text.rstrip()) for line in page[top:bottom]), column_cells(page[top:bottom])
        whole = {id(line) for line in page[top:top + _head_end(page[top:bottom])]
                 if _over_columns(line, cells, width)}
    else:
        whole = set()
    notes = _notes_zone(page, top, bottom)
    if notes < bottom:   # (the page's notes, under the columns, are read after all of them: a column's
        #  notes under it, the page's first gutter parting them)
        body, gutter = _split_rows(page[top:notes], COLUMNS_MAX - 1, whole), _gutter(page[top:notes])
        if body is not None and gutter is not None:
            left, right = _halves(page[notes:bottom], gutter)
            if not right or NOTE_LEAD_RE.match(right[0].text.strip()):   # (no column runs on beside them)
                return page[:top] + body + left + right + page[bottom:]
    body = _split_rows(page[top:bottom], COLUMNS_MAX - 1, whole)
    return page if body is None else page[:top] + body + page[bottom:]


def _notes_zone(page: Sequence[RawLine], top: int, bottom: int) -> int:
    """Where the notes printed at the page's foot begin (``bottom`` when there are none): the rows
    after the body's last blank row, when the first of them opens on a note's marker (「①」,
    「[1]」).  A typesetter sets a page's notes under all its columns (under the first, in a
    column's width, or across the page), set off by space: they are read after every column,
    not after the column they stand under — the rule the dealing keeps (``flow._notes_last``)."""
    for k in range(bottom - 1, top, -1):
        if not page[k - 1].text.strip() and page[k].text.strip():
            return k if NOTE_LEAD_RE.match(page[k].text.strip()) else bottom
    return bottom


def _split_rows(rows: list[RawLine], depth: int, whole: AbstractSet[int] = frozenset()) -> list[RawLine] | None:
    """The rows read column by column (left half first, each half split again where it shows
    a gutter of its own: three columns), or None when they show no gutter."""
    # (in a half of a page in columns, a short last column shows its gutter in a few rows)
    col = _gutter(rows, GUTTER_MIN_ROWS if depth == COLUMNS_MAX - 1 else SHORT_COLUMN_MIN_ROWS) if depth > 0 else None
    if col is None and depth == COLUMNS_MAX - 1:
        col = _short_last_column(rows)
    if col is None:
        return None
    top = _across(rows, col)
    head, body = _opening_head(rows, top, col)
    left, right = _halves(body, col, whole)
    return rows[:top] + head + (_split_rows(left, depth - 1, whole) or left) + (_split_rows(right, depth - 1, whole) or right)


def _across(rows: Sequence[RawLine], col: int) -> int:
    """How many rows at the top are a block set across the page over the columns — a chapter's
    title and opening paragraph, an abstract over two columns: a gutter runs down the columns from
    the first row it parts, and above that row, the rows down to the last that runs through it (a
    long row, uncut) are the block over them; the rows after it that stand in one column only are
    the columns'.  0 when no block spans the page's top.  (Under the columns, the page's notes are
    read apart: ``_notes_zone``.)"""
    first = next((k for k, line in enumerate(rows) if _cut(line.text.rstrip(), col) is not None), 0)
    return max((k + 1 for k in range(first) if _runs_through(rows[k].text.rstrip(), col)), default=0)


def _opening_head(rows: list[RawLine], top: int, col: int) -> tuple[list[RawLine], list[RawLine]]:
    """A head set over the columns at their top that the extractor wrote right of the gutter: its
    lines, and the rows from ``top`` on with them taken out (a head's line and a later column's beside it in one row:
    the head's cells blanked, the row kept).  A page's columns begin on one row, the first column at
    its left edge (a first line set in by an indent, a column's own head centred in it): the first
    column's cells stay blank only beside a head over the columns — a headline, its kicker, subtitle
    and byline, centred over them, which ``pdftotext -layout`` places at or past the gutter (it sets
    a line's cells from its neighbours', not its width).  So the rows after ``top`` down to the first
    that opens in the first column's left half are that head (read before the columns, as the
    recursive XY-cut reads a head over columns i..j before their flow), when they are few
    (``OPENING_HEAD_MAX_ROWS``), none of their lines holds a comma or a stop (a head's parts break at a
    space; a column's running line carries clauses), the first column opens under them on running
    text (``RUNNING_TEXT_RE``: a column opening on its own headline, in a larger face, stands a row
    lower than a later column's top line — that line is the later column's) and the columns begin
    below them side by side (``COLUMNS_TOP_ROWS``).  A later column whose text
    runs on from above (a story continued at the top of the next column) begins a row above the first
    column too, but its lines then step between the first column's, row by row: no row near the
    first column's top holds both."""
    margin = col // 2
    first = next((k for k in range(top, len(rows))
                  if (text := rows[k].text.rstrip()) and len(text) - len(text.lstrip()) <= margin), None)
    if first is None or first == top:
        return [], rows[top:]
    if not any(_parted(line.text.rstrip(), col) for line in rows[first:first + COLUMNS_TOP_ROWS]):
        return [], rows[top:]   # (a later column's lines step between the first's: it runs on from above)
    opening = PADDING_RE.split(rows[first].text.strip())[0]   # (the first column's line: its first piece)
    if not RUNNING_TEXT_RE.search(opening):
        return [], rows[top:]   # (the first column opens on its own head: a later column's may stand a row higher)
    pieces = [(k, PADDING_RE.split(rows[k].text.strip())) for k in range(top, first) if rows[k].text.strip()]
    if not pieces or len(pieces) > OPENING_HEAD_MAX_ROWS \
            or any(PROSE_PUNCT_RE.search(piece[0]) for _, piece in pieces):
        return [], rows[top:]   # (a head breaks its parts at a space: a comma or stop is running text)
    head = list(rows[top:first])   # (blank rows kept: they set the head's lines apart)
    rests: list[RawLine] = []
    for k, piece in pieces:
        if len(piece) > 1:   # (a later column's line beside the head's: the head's cells blanked)
            text = rows[k].text.rstrip()
            end = text.index(piece[0]) + len(piece[0])
            head[k - top] = replace(rows[k], text=text[:end])
            rests.append(replace(rows[k], text=" " * end + text[end:]))
    return head, rests + rows[first:]


def _parted(text: str, col: int) -> bool:
    """A row the gutter parts into two columns' lines (text on both sides of it)."""
    cut = _cut(text, col)
    return cut is not None and bool(text[:cut[0]].strip())


def _runs_through(text: str, col: int) -> bool:
    """A long row (reaching into the right column) that the gutter does not part."""
    return len(text) > col + LONG_ROW_PAST_GUTTER and _cut(text, col) is None


def _halves(rows: Sequence[RawLine], col: int,
            whole: AbstractSet[int] = frozenset()) -> tuple[list[RawLine], list[RawLine]]:
    """The rows' parts left and right of the gutter starting at ``col``; a row in ``whole`` (by id: a
    head's line over the columns) is not cut, and goes left."""
    left: list[RawLine] = []
    right: list[RawLine] = []
    base = _indent_base(rows, col)
    full = column_cells(rows)
    for line in rows:
        text = line.text.rstrip()
        cut = None if id(line) in whole else _cut(text, col, full)
        if cut is None:
            left.append(line)
            continue
        start, end = cut
        if text[:start].strip():
            left.append(replace(line, text=text[:start], gutter_cut=True))
        # the right half keeps its own indent (spaces beyond the gutter)
        right.append(replace(line, text=" " * max(0, end - base) + text[end:], gutter_cut=True))
    return left, right


def _head_end(rows: Sequence[RawLine]) -> int:
    """How many of the rows come before the columns' body begins: the rows above the first of
    ``HEAD_OPEN_RUN_ROWS`` rows with text that each hold a column's line (0 when no such run shows,
    or a row above it ends a sentence: body text).  A column's line is a piece (between runs of
    padding) no wider than a column that fills it (short of a first-line indent at most), ends a
    sentence or stands at the first column's cells; a row of two pieces padded apart holds two
    columns' lines or a head's parts (a banner's, a kicker's) — the run decides, as in
    ``pagemodel.head_rows``: a head's other lines below such a row are short and carry no full
    stop, or span more than a column."""
    width = column_cells(rows)
    run = 0
    for k, line in enumerate(rows):
        text = line.text.rstrip()
        if not text:
            continue
        lead = len(text) - len(text.lstrip(" "))
        pieces = PADDING_RE.split(text.strip())
        body = len(pieces) > 1 or (len(pieces[0]) <= width + FULL_CELLS_SLACK and (
            lead <= _SLACK or len(pieces[0]) >= width - FULL_CELLS_SLACK - FIRST_INDENT_CELLS
            or BODY_LINE_END_RE.search(pieces[0]) is not None))
        run = run + 1 if body else 0
        if run == HEAD_OPEN_RUN_ROWS:
            first = [j for j in range(k + 1) if rows[j].text.strip()][-run]
            if any(BODY_LINE_END_RE.search(ln.text.strip()) for ln in rows[:first]):
                return 0   # (a row above ends a sentence: body text, a head carries no full stop)
            return first
    return 0


def column_cells(rows: Sequence[RawLine | Line]) -> int:
    """A column's width in cells: the upper quartile of the lengths of the rows' pieces between
    spaces (a column's lines run full to its measure, one cell a character; a quarter may be short;
    two columns' lines may stand one space apart where the gutter is narrow)."""
    return upper_quartile(sorted(len(piece) for line in rows for piece in line.text.split()), empty=0)


def _over_columns(line: RawLine, page_cells: int, width: int) -> bool:
    """Whether a line is a head's set over the columns: one piece wider than a column (no column's
    line is: it spans columns) or a byline (``shapes.looks_like_byline``: never a headline's wrapped
    rest), its middle within ``_SLACK`` cells of the page's (a head is centred over the columns it
    spans).  A short line that is no byline may be a column's headline ending near the middle."""
    text = line.text.rstrip()
    body = text.strip()
    lead = len(text) - len(body)
    return (len(body) > width + FULL_CELLS_SLACK or looks_like_byline(body)) and not PADDED_PIECES_RE.search(body) \
        and abs(lead + len(text) - page_cells) <= 2 * _SLACK


def _first_column_text(rows: Sequence[RawLine], col: int) -> bool:
    """More than one row with text, all ending before the gutter: the first column's lines, not a
    header or footer spanning the page (a page number alone at the left edge still is one)."""
    filled = [text for line in rows if (text := line.text.rstrip())]
    return len(filled) > 1 and all(len(text) <= col - _SLACK for text in filled)


def _band_rows(rows: Sequence[RawLine]) -> int:
    """How many rows at the start of ``rows`` form a band: at most ``BAND_ROWS`` rows with
    text, then a blank row (0 when there is no such band)."""
    filled = 0
    for k, line in enumerate(rows):
        if not line.text.strip():
            return k if filled else 0
        filled += 1
        if filled > BAND_ROWS:
            return 0
    return 0


def _cut(text: str, col: int, full: int = 0) -> tuple[int, int] | None:
    """(end of left text, start of right text) for a row, or None when it has no right part; with
    ``full`` (a column's width in cells), also a row glued at the gutter (``_glued_cut``) — asked
    where a page's rows are parted at a gutter found, not where the gutter is judged: the rows a
    page glues show no gutter of theirs, and a page judged on them alone is one whose other glued
    rows (after a Latin number, after no mark) are left whole (the width-cut reading of
    ``flow.column_flow`` parts those)."""
    if len(text) <= col - _SLACK:
        return None
    if text[:col - _SLACK].isspace():
        return (0, len(text) - len(text.lstrip()))
    best = None
    for gap in _ANY_GAP.finditer(text):
        if abs(gap.end() - col) <= _SLACK and (best is None or abs(gap.end() - col) < abs(best[1] - col)):
            best = (gap.start(), gap.end())
    if best is None:
        # a right-column line set in from its edge (a centred title's last line): a wide gap
        # that spans the gutter still separates the columns
        for gap in _WIDE_GAP.finditer(text):
            if gap.start() <= col + _SLACK and gap.end() > col:
                return (gap.start(), gap.end())
        return _glued_cut(text, col, full) if full else None
    return best


def _glued_cut(text: str, col: int, full: int) -> tuple[int, int] | None:
    """(end of left text, start of right text) for a row pdftotext glued at a narrow gutter; None
    otherwise.  A column's line ending on a mark no line may start with (hung past the measure, or
    its blank half ending it) leaves a gutter of an em or so too little blank for ``pdftotext
    -layout`` to pad the next column's line to its cell: it writes it one space after the mark,
    several cells short of the gutter.  The cut is the last single space short of the gutter's cell
    right after such a mark, the piece before it one run of text filling its column: ``full``
    characters or more (a paragraph's last line, a caption's line before its credit — 「正在查看番茄
    长势。 本报」 — are shorter)."""
    gaps = list(_ANY_GAP.finditer(text, 0, col - _SLACK))
    if not gaps:
        return None
    gap = gaps[-1]   # (only the last gap before the gutter's cell: any other is inside the left column's line)
    piece = text[len(text) - len(text.lstrip()):gap.start()]
    if gap.end() - gap.start() == 1 and piece[-1:] in NO_LINE_START and " " not in piece and len(piece) >= full:
        return (gap.start(), gap.end())
    return None
