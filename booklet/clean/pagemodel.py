"""Where a page's columns start, read off the rows of ``pdftotext -layout`` text: the page as a whole.

``pdftotext -layout`` writes each row of a page as one line of character cells, and pads with
spaces up to the cell where a glyph's x position falls.  So every line a column holds alone
begins at that column's cell (wrapped text is set flush left: one cell for most of a column's
lines, a few cells further for an indented first line or a centred heading), and a piece after a
run of spaces in a merged row begins at its column's cell too::

                     科研人员更大的人财物支配          <- the second column, alone on its row
    会议还研究了其他事项。   全市首批“科           <- first and second, padded to the second's cell

Read over the whole text, the cells where many lines and padded pieces begin are the columns'
starts (a column that never has a row to itself shows in its padded pieces alone), and a line, or
a piece padded to its cell, belongs to the last column starting at or before it.  A piece
after a single space may have been pushed by the text before it (larger type is written in
fewer cells than it spans), so its place is left open: continuity decides it (``flow``).  Text
from other extractors has no such cells (no line starts a column's width in): no model.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from booklet.clean.columns import FULL_CELLS_SLACK, GUTTER_MIN_COLUMN, HEAD_OPEN_RUN_ROWS, column_cells
from booklet.clean.lines import Line
from booklet.shapes import BODY_LINE_END_RE, ENTRY_LEAD_PADDED_RE, PADDING_RE, entry_lead

# A later column's start is a cell (give or take the slack) where at least this many lines begin:
# a column of wrapped text starts most of its lines at one cell, a stray centred line does not.
START_MIN_LINES = 3
# Cells a line may begin past its column's start and still be read as starting it: an indented
# first line (two ideographs: two or three cells), a centred heading; also how far larger type,
# written in fewer cells than it spans, may pull a start back.
CELL_SLACK = 4
# A piece after this many spaces was padded to its own cell (``pdftotext -layout`` writes one space
# between pieces the text before has pushed); ``shapes.PADDING_RE`` finds such a run.
PADDED_SPACES = 2

# A column's top line may stand this many cells past the column's start and still open it (``_opens``):
# an indented first line, which ``pdftotext -layout`` writes up to five cells in where a later
# column's flush lines were pulled back to its start (the first column's indent is two cells; the
# slack a start is read with, ``CELL_SLACK``, is the pull).  A head's line as long as a column
# begins at the start, being centred over it, so the wider window takes no head for a top line.
TOP_INDENT_CELLS = CELL_SLACK + 2

# A first-line indent is two ideographs: two cells or more past the column's flush-left lines
# (``CELL_SLACK`` past them at most: further in, a line is centred or stands in another block).
INDENT_CELLS = 2


Places = tuple[int | None, ...]   # per line of a row, the column its cell puts it in (None: open)


def column_starts(lines: Sequence[Line], most: int) -> tuple[int, ...]:
    """The cells where the text's columns start, the first at 0 — up to ``most`` of them; () when
    no later column shows (no cell a column's width in where lines or padded pieces keep beginning).

    One column's lines do not begin at one cell down the whole page: ``pdftotext -layout`` gives
    each of its blocks (a stretch of a column) the cell that the blocks to its left push it to —
    past a block beside it, into the cells of a wide or large-type block above (a headline over two
    columns) — so a column shows as several groups of cells, stretch by stretch.  A later group
    starts another column when rows hold a piece in it beside a piece of the column before (one
    column never stands twice in a row; as many rows as a start needs lines: a stray head's line
    may stand beside anything), or when it lies a column's width on (a block entirely to the right
    of another starts past that block's cells); else it is the column before, pushed."""
    padded = " " * PADDED_SPACES   # (most rows hold no run of spaces: none of their cells is placed)
    rows = [_cells(line.raw.text) for line in lines if padded in line.raw.text]
    leads = Counter(cell for cells in rows for cell in cells if cell >= GUTTER_MIN_COLUMN)
    groups: list[Counter[int]] = []
    for cell in sorted(leads):
        if not groups or cell - min(groups[-1]) > CELL_SLACK:
            groups.append(Counter())
        groups[-1][cell] = leads[cell]
    width = column_cells(lines) if groups else 0   # (most texts: no cell where lines keep beginning)
    starts = [0]
    column = set(range(GUTTER_MIN_COLUMN))   # (the cells the last column's lines begin at)
    for group in groups:
        if sum(group.values()) < START_MIN_LINES:
            continue   # (a stray centred line, a head's part: no column's start)
        cell = max(sorted(group), key=group.__getitem__)   # (its most common cell: a column's flush-left lines)
        beside = sum(not column.isdisjoint(cells) and not group.keys().isdisjoint(cells) for cells in rows)
        if cell - starts[-1] >= GUTTER_MIN_COLUMN and (beside >= START_MIN_LINES or cell - starts[-1] >= width):
            starts.append(cell)
            column = set(group)
        else:
            column |= set(group)
    return tuple(starts[:most]) if len(starts) > 1 else ()


def cells_columned(lines: Sequence[Line], starts: Sequence[int]) -> bool:
    """Whether the text's rows stand in the columns its cells show (``column_starts``): fewer rows run
    one piece across the second column's start than hold a piece at it.  A page in columns writes
    a row across that start only for a head set over the columns; a one-column page's body lines all
    run across it, where its cells are a table's, a list's or a form's (pieces padded to the cells
    a few rows share)."""
    if len(starts) < 2:
        return False
    edge = starts[1]
    across = held = 0
    for line in lines:
        raw = line.raw.text.rstrip()
        cell = _lead(raw)
        if cell >= edge - CELL_SLACK:
            held += 1   # (a later column's line alone on its row)
        elif len(raw) > edge + CELL_SLACK and not PADDING_RE.search(raw, cell):
            across += 1   # (one piece running over the gutter)
    return across < held


def places(item: Sequence[Line], starts: Sequence[int]) -> Places:
    """The column each line of a row's reading stands in by its cell: a row's first piece, and a
    piece padded to its cell, go to the last column starting at or before it; others stay open."""
    if not starts:
        return (None,) * len(item)
    raw = item[0].raw.text
    found: list[int | None] = []
    at = 0
    for line in item:
        cell = raw.find(line.text, at)
        if cell < 0:
            return (None,) * len(item)
        padded = at == 0 or raw[max(at, cell - PADDED_SPACES):cell] == " " * PADDED_SPACES
        found.append(_column(cell, starts) if padded else None)
        at = cell + len(line.text)
    return tuple(found)


def page_places(rows: Sequence[Sequence[Sequence[Line]]], starts: Sequence[int],
                head: int | None = None) -> list[list[Places]]:
    """Per row of a page, per way to read it, the column each line stands in (``places``) — save
    the head a page may set across its columns (``head_rows``): its lines go to the first column.
    A headline, its kicker, subtitle and byline centred over the columns they span stand above
    them and are read before them; their cells say nothing of a column (a centred line begins
    inward of the first column's cells, and larger type is written in fewer cells than it spans).
    With three columns or more, a line at the last column's cells stands beside a head over the
    first ones (a head over them all is centred over the page: its lines begin left of the last).
    Below the head, a line pushed left into another column's cells stays in its own (``_pushed``)."""
    if not starts or not rows:
        return [[places(item, starts) for item in row] for row in rows]
    width = column_cells([row[0][0] for row in rows])
    # (below the first row holding two columns' pieces padded apart: above it, a head's centred lines)
    side = next((r for r, row in enumerate(rows) if PADDING_RE.search(row[0][0].raw.text.strip())), len(rows))
    placed = [[places(item, starts) for item in row] for row in rows]
    for r in range(side + 1, len(rows)):
        placed[r] = [_pushed(item, where, starts, width) for item, where in zip(rows[r], placed[r])]
    beside = len(starts) - 1 if len(starts) > 2 else len(starts)   # (the column a head leaves beside it)
    for r in range(head_rows([row[0] for row in rows], starts, width) if head is None else head):
        placed[r] = [tuple(None if w is None else w if w >= beside else 0 for w in where) for where in placed[r]]
    return placed


def _pushed(item: Sequence[Line], where: Places, starts: Sequence[int], width: int) -> Places:
    """A row's places, save a line that runs on past a later column's start: a column's line ends
    before the next column's cells begin, so a line no wider than a column that runs past them was
    pushed left — ``pdftotext -layout`` puts a block past the blocks to its left by their cells, and
    a headline in large type beside it is written in fewer cells than it spans — and stands in the
    last column whose start it runs past."""
    raw = item[0].raw.text
    found = list(where)
    at = 0
    for j, (line, w) in enumerate(zip(item, where)):
        cell = raw.find(line.text, at)
        if cell < 0:
            break
        at = cell + len(line.text)
        if w is not None and len(line.text) <= width + FULL_CELLS_SLACK:
            found[j] = max(w, sum(at > start for start in starts[1:]))
    return tuple(found)


def head_rows(rows: Sequence[Sequence[Line]], starts: Sequence[int], width: int) -> int:
    """How many of a page's first rows (each as its lines: one, or a row cut into columns' lines)
    hold a head set across its columns: the rows above the first where the columns' text begins —
    a row holding two columns' lines (padded apart, or cut at a gutter), a line of the first column
    (at its cells, a column wide at most: a line wider spans columns), or a line of a later column
    (as wide as a column, or ending in a full stop, at its start or set in: a column's top line runs
    to its edge or ends a sentence, where a head's lines are centred and carry no full stop — and a
    line in body type never begins left of its column's start).
    The columns, once begun, run on row after row, each row holding a column's line or lines
    padded apart; a head's lines may look like one (a headline's line at the first column's cells,
    a kicker's parts set an em apart and padded) but the head's other lines below them do not (a
    headline or subtitle centred over two columns begins inward of the first column's cells and
    runs past its width, or is short and ends without a full stop).  So the columns begin at the
    first of ``HEAD_OPEN_RUN_ROWS`` rows that all show them; without such a run, at the first row that
    does.  (A first column's line may run ``FULL_CELLS_SLACK`` past the width: a mark hung in the gutter.)
    0 when no row shows the columns begin (``width``: a column's, in cells)."""
    run = 0
    for k, row in enumerate(rows):
        run = run + 1 if _opens(row, starts, width) else 0
        if run == HEAD_OPEN_RUN_ROWS:
            if all(BODY_LINE_END_RE.search(line.text) is None for row in rows[:k + 1 - run] for line in row):
                return k + 1 - run
            break   # (a line above ends a sentence: body text, a head carries no full stop)
    for k, row in enumerate(rows):
        if _opens(row, starts, width):
            if len(row) > 1 and not PADDING_RE.search(row[0].raw.text.strip()) and k + 1 < len(rows) \
                    and not _opens(rows[k + 1], starts, width):
                continue   # (cut at a word space alone, and the head goes on below: a head's line)
            return k
    return 0


def page_head(rows: Sequence[Sequence[Sequence[Line]]], starts: Sequence[int]) -> int:
    """How many of a page's first rows (each as its ways to read it) hold a head set across its
    columns (``head_rows``); 0 without columns."""
    if not starts or not rows:
        return 0
    # (a column's width from the rows' whole readings: a row's first piece alone depends on where
    # one row was cut)
    return head_rows([row[0] for row in rows], starts, column_cells([line for row in rows for line in row[0]]))


def _opens(row: Sequence[Line], starts: Sequence[int], width: int) -> bool:
    """Whether a row shows the columns' text begun (``head_rows``).  A row cut at a single space
    shows it only when the row below does too: a head's line, centred across the columns and
    wider than one, is cut at the word space between its parts as a row of two columns' lines set
    one space apart would be — but the head goes on below it (a second line, a byline), where the
    columns' rows go on as columns."""
    raw = row[0].raw.text
    text, cell = raw.strip(), _lead(raw)
    if len(row) > 1 or PADDING_RE.search(text) or (cell <= CELL_SLACK and len(text) <= width + FULL_CELLS_SLACK):
        return True
    ends = len(text) >= width - FULL_CELLS_SLACK or BODY_LINE_END_RE.search(text) is not None
    return ends and any(0 <= cell - start <= TOP_INDENT_CELLS for start in starts[1:])


def cell_cuts(line: Line, starts: Sequence[int]) -> list[str] | None:
    """A row cut where a piece padded to its cell stands in a later column than the text before
    it (「组         落实却打了折扣。」: a heading's last character, then the next column's line) —
    each piece is a line of its column, however narrow the row; None when no piece is.  (A run of
    padding inside one column's cells — a head's parts — cuts nothing.)"""
    found = cell_pieces(line, starts)
    return [piece for piece, _column in found] if found is not None else None


def cell_pieces(line: Line, starts: Sequence[int]) -> list[tuple[str, int]] | None:
    """``cell_cuts``' pieces, each with the column its cell puts it in.  A piece followed by one in
    the very next column holds that one column's text alone (it is written in its cells, and the
    next column's begin where the next piece does); a piece before a column further on may hold
    the column between too, set one space apart."""
    raw, text = line.raw.text, line.text
    offset = raw.find(text)
    if offset < 0 or not starts:
        return None
    pieces: list[tuple[str, int]] = []
    begin = 0
    column = _column(offset, starts)
    for run in PADDING_RE.finditer(text):
        after = _column(offset + run.end(), starts)
        if after > column:
            pieces.append((text[begin:run.start()], column))
            begin, column = run.end(), after
    return [*pieces, (text[begin:], column)] if pieces else None


def _column(cell: int, starts: Sequence[int]) -> int:
    """The column a piece beginning at ``cell`` stands in: the last starting at or before it."""
    return sum(cell >= start - CELL_SLACK for start in starts[1:])


def paper_pages(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) of each page the reader saw (a form feed's page): in text laid out in cells a
    lone space before a line is a glyph's cell, not the page mark some extractors write.  A page
    the ``columns`` rule already cut at a gutter is its halves, left then right (the right half's
    rows start again at the page's first row): each half is read as a page of its own, since no
    row of one half stands beside a row of the other — its columns are inside the half."""
    cuts = [k for k in range(1, len(lines)) if lines[k].raw.page != lines[k - 1].raw.page
            or lines[k].raw.lineno < lines[k - 1].raw.lineno]
    return list(zip([0, *cuts], [*cuts, len(lines)])) if lines else []


def _cells(text: str) -> list[int]:
    """The cells where a row's pieces begin that were placed by their x: its first glyph's, and each
    after a run of padding."""
    cells = [_lead(text)]
    # (a schedule's lead and the wide space after it, 「1 月 15 日   镇领导班子…」: the text after it is
    # the lead's line going on, placed by the lead, not by a column's cell)
    lead = entry_lead(ENTRY_LEAD_PADDED_RE, text, cells[0])
    start = cells[0] if lead is None else len(text) - len(text[lead.end():].lstrip(" "))
    at = text.find(" " * PADDED_SPACES, start)
    while at >= 0:
        end = len(text) - len(text[at:].lstrip(" "))
        if end < len(text):
            cells.append(end)
        at = text.find(" " * PADDED_SPACES, end)
    return cells


def _lead(text: str) -> int:
    """Spaces before a line's first glyph."""
    return len(text) - len(text.lstrip(" "))


def column_indents(column: Sequence[Line]) -> list[bool]:
    """Whether each line of a later column, in its order down the page, begins with a first-line
    indent: a line's cell against the next line's in the column (a paragraph's first line stands
    two cells or more further in than its second, set flush), not the page's left edge (every line
    of a later column has the page's cells before it).  A next line more than ``CELL_SLACK`` cells
    off stands in another block (pushed to other cells, ``_pushed``): then the line before it.  A
    line with no neighbour in its block shows no indent (its leading cells are the page's: a
    later column's line, like a row's later piece, has no indent the page's edge could show).
    Only cells placed by x count (a row's first glyph, a piece padded to its cell): a piece after
    a single space was pushed by the text before it, and keeps the indent it had."""
    cells = [_placed_cell(line) for line in column]
    found = []
    for k, cell in enumerate(cells):
        if cell < 0:
            found.append(column[k].indent)
            continue
        after = cells[k + 1] if k + 1 < len(cells) else -1
        before = cells[k - 1] if k else -1
        flush = next((c for c in (after, before) if c >= 0 and abs(c - cell) <= CELL_SLACK), cell)
        found.append(cell - flush >= INDENT_CELLS)
    return found


def _placed_cell(line: Line) -> int:
    """The cell a line's text begins at when ``pdftotext -layout`` placed it there by its x (the
    row's first glyph, or a piece after padding); -1 when it was pushed, or is not found."""
    raw = line.raw.text
    cell = raw.find(line.text)
    if cell < 0 or (cell > _lead(raw) and raw[max(0, cell - PADDED_SPACES):cell] != " " * PADDED_SPACES):
        return -1
    return cell
