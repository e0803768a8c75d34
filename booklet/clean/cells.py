"""A table written a cell a line, read back as its rows (table83).

A 调研报告's or a 简报's table turned to text (「主城区　172　2036　9860」, a key figures list's
「乡镇快递服务站　12个　覆盖率100%」) is set as rows of cells the table's columns apart.  Plain pdftotext
writes each cell as a text block of its own — the cells of a row one under the other, a blank line
apart, row after row (「乡镇快递服务站」 / 「12 个」 / 「覆盖率 100%」 / 「村级综合服务点」 / …) — with nothing
left of the grid.  Each cell is then a short line with no punctuation: the heading guess took the
labels and figures for headings (wide82's largest promoted cause), the furniture rule took a bare
figure for a page number, and the rows were never rows again.

A table is told by what stays of its columns: a run of cell lines (short, no clause punctuation,
no sentence end, not numbered as a heading is) in which a label cell (a row's name) is followed by
figure cells (``shapes.TABLE_KEY_CELL_RE``: figures, counts, rates, a header's units), and at least
``TABLE_ROWS_MIN`` such rows hold the same number of cells (the columns the rows share).  Each row
found is written back as one line, its cells an ideographic space apart — the shape of a row printed
whole (``shapes.TABLE_ROW_RE``), which the later rules keep a block of its own and never a heading.
A row pdftotext wrote with its label after its figures (the table's last row, 「386」 / 「4218」 /
「19000」 / 「合计」, where the label stood lower than the figures) is put back label first.  The
table's width is the number of cells most rows hold when read that wide (``_width``: a row read
longer holds the next row's cells written out of turn), and only rows holding a figure count.  The
cells no row took right after a row go on it (a header's cell wrapped in two, cells out of turn);
a header's cells over the first row, a label and a unit among them, are a row of their own or go
on the first (``_head_taken``); a page's number between two rows is passed over, a page's start
ends a row.  A row printed whole whose figures a Latin-digit design spaced from their words
(``pdftotext -layout``: 「乡镇快递服务站     12 个    覆盖率 100%」) is read with that space out, so it
stays a row (``_spaced_row``).  A first look (``_short_runs``, the lines with a wide gap) sends
most texts past all this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import (PAGE_NUMBER_RE, TABLE_CELL_MAX, TABLE_CELL_SPACE_RE, TABLE_CELLS_MIN, TABLE_KEY_CELL_RE,
                            TABLE_LABEL_CELL_RE, TABLE_ROW_RE)

# Two rows of the same number of cells are a table's columns; one row of short lines is as often a
# heading over a figure or a date.
TABLE_ROWS_MIN = 2
# The gap a rebuilt row's cells are written apart by: the ideographic space the gold sets and
# ``shapes.TABLE_ROW_RE`` reads as a gap between cells.
CELL_GAP = "\u3000"
_NOT_IN_CELL = frozenset("，。；！？,;!?：:、")


def _cell(line: Line) -> str | None:
    """The line's text as a table cell (a Latin-digit design's spaces between a figure and its
    ideographs taken out), or None where the line is no cell: long, punctuated, numbered."""
    if line.final or line.clause or line.listed or line.opener or line.given_heading or line.caption:
        return None
    text = TABLE_CELL_SPACE_RE.sub("", line.text) if " " in line.text else line.text
    if not text or len(text) > TABLE_CELL_MAX or " " in text or "\u3000" in text or not _NOT_IN_CELL.isdisjoint(text):
        return None
    return text if _key(text) or _label(text) else None


@lru_cache(maxsize=4096)   # (each cell is asked again for each width a table is read at)
def _key(text: str) -> bool:
    return TABLE_KEY_CELL_RE.match(text) is not None


@lru_cache(maxsize=4096)
def _label(text: str) -> bool:
    return TABLE_LABEL_CELL_RE.match(text) is not None and not _key(text)


def _rows(cells: Sequence[str], width: int | None = None) -> list[tuple[int, int, tuple[int, ...]]]:
    """The rows in a run of cells: (first, past the last, the cells' order in the row).  A label
    and the figure cells after it (``TABLE_CELLS_MIN - 1`` or more, and no more than ``width`` cells
    in all where the table's width is known); or figure cells and the label after them that no
    figure follows (the label written after its row)."""
    rows: list[tuple[int, int, tuple[int, ...]]] = []
    i, n = 0, len(cells)
    while i < n:
        label = _label(cells[i])
        j = i + 1 if label else i
        while j < n and _key(cells[j]) and (width is None or not label or j - i < width):
            j += 1
        keys = j - i - int(label)
        if label and keys >= TABLE_CELLS_MIN - 1:
            rows.append((i, j, tuple(range(i, j))))
            i = j
        elif not label and keys >= TABLE_CELLS_MIN - 1 and _label_last(cells, j):
            rows.append((i, j + 1, (j, *range(i, j))))
            i = j + 1
        else:
            i += 1
    return rows


def _label_last(cells: Sequence[str], j: int) -> bool:
    """Cell ``j`` is a label no figure follows: the label of the figures before it, written after
    them (the row's label stood lower than its figures)."""
    return j < len(cells) and _label(cells[j]) and (j + 1 >= len(cells) or not _key(cells[j + 1]))


def _width(cells: Sequence[str]) -> int | None:
    """The table's number of columns: the number of cells ``TABLE_ROWS_MIN`` rows or more hold when
    the rows are read that wide (a row read longer holds the next row's cells written out of turn:
    「其他方式」 「33」 「79.2」 「满意度（%）」 「91.3」), the most rows first, then the wider; None where no
    width gives as many rows — no table.  Only rows holding a figure count: a header's units alone, or a
    list of names each with its place in brackets (「王建国家庭（东湖区东湖街道）」, a unit's shape), are no
    table's rows."""
    best = (0, 0)
    for width in sorted({len(order) for _a, _b, order in _rows(cells)}):
        found = sum(len(order) == width and _figured(cells, order) for _a, _b, order in _rows(cells, width))
        best = max(best, (found, width))
    return best[1] if best[0] >= TABLE_ROWS_MIN else None


def _figured(cells: Sequence[str], order: Sequence[int]) -> bool:
    return any(ch.isdigit() for c in order for ch in cells[c])


def _furniture(line: Line) -> bool:
    """A page's number standing between a table's cells (the table crossed a page): passed over, left
    where it is for the furniture rule."""
    return PAGE_NUMBER_RE.match(line.text) is not None and not line.text.isdigit()


def cell_rows(lines: list[Line], log: Log) -> list[Line]:
    """Each table written a cell a line rebuilt as its rows, one line a row (see the module)."""
    spans = _short_runs(lines)
    spaced = [k for k, line in enumerate(lines) if " " in line.text and ("  " in line.text or "\u3000" in line.text)]
    if not spans and not spaced:
        return lines
    new: dict[int, Line | None] = {}   # (a line's replacement; None: taken into a row above it)
    for k in spaced:
        row = _spaced_row(lines[k], log)
        if row is not lines[k]:
            new[k] = row
    for start, stop in spans:
        _tables_in(lines, start, stop, new, log)
    if not new:
        return lines
    return [kept for k, line in enumerate(lines) if (kept := new.get(k, line)) is not None]


# (a first look over every line, in comprehensions: most lines are prose, with a clause mark or a
# sentence end, and most texts hold no table) A cell's line is no longer than twice a cell (a
# Latin-digit design's spaces in it); a table's cells stand this many lines apart at most (a page
# number between two).
CELL_LOOK_MAX = 2 * TABLE_CELL_MAX
CELLS_APART_MAX = 2
_DIGIT_RE = re.compile(r"\d")   # (a table's rows hold figures: ``_figured``)


def _short_runs(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The stretches of lines short enough to be cells and many enough for a table's rows, digits on
    one line of each row at least (``_figured``)."""
    short = [k for k, line in enumerate(lines)
             if not (line.clause or line.final or line.listed) and len(line.text) <= CELL_LOOK_MAX]
    need = TABLE_ROWS_MIN * TABLE_CELLS_MIN
    spans: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(short) + 1):
        if i == len(short) or short[i] - short[i - 1] > CELLS_APART_MAX:
            if i - first >= need and sum(_DIGIT_RE.search(lines[k].text) is not None
                                         for k in short[first:i]) >= TABLE_ROWS_MIN:
                spans.append((short[first], short[i - 1] + 1))
            first = i
    return spans


def _tables_in(lines: Sequence[Line], k: int, stop: int, new: dict[int, Line | None], log: Log) -> None:
    """The tables in lines ``k`` to ``stop``: each row's line set in ``new`` at its first cell, None at
    its other cells."""
    while k < stop:
        if _cell(lines[k]) is None:
            k += 1
            continue
        at: list[int] = []       # the run's cells' places
        cells: list[str] = []
        end = k
        while end < stop:
            cell = _cell(lines[end])
            if cell is not None:
                at.append(end)
                cells.append(cell)
            elif not (_furniture(lines[end]) and end + 1 < stop and _cell(lines[end + 1]) is not None):
                break
            end += 1
        width = _width(cells) if len(cells) >= TABLE_ROWS_MIN * TABLE_CELLS_MIN else None
        if width is not None:
            # (a row's cells past the table's width are the next row's, written before its label: 「远郊县」
            # 「86」 「757」 「3020」 「386」 「4218」 「19000」 「合计」)
            rows = _head_taken(_rests_taken(_rows(cells, width), at, lines, len(cells)), cells, at, lines)
            for _a, _b, order in rows:
                places = [at[c] for c in order]
                for i in places:
                    new[i] = None
                new[min(places)] = _row_line(lines, places, [cells[c] for c in order], log)
        k = max(end, k + 1)


def _spaced_row(line: Line, log: Log) -> Line:
    """A row printed whole on its line (``pdftotext -layout``: 「乡镇快递服务站     12 个    覆盖率 100%」)
    whose figure cells a Latin-digit design wrote with a space between the figure and its word: one
    space inside a cell, which ``shapes.TABLE_ROW_RE`` reads as no cell at all.  Taken out where the row
    is then a table's row (the normalise rule takes such spaces out of running text too)."""
    text = line.text
    if " " not in text or ("  " not in text and "\u3000" not in text) or TABLE_ROW_RE.match(text) is not None:
        return line
    solid = TABLE_CELL_SPACE_RE.sub("", text)
    if solid == text or TABLE_ROW_RE.match(solid) is None:
        return line
    log.changed(line.lineno, text, solid, old=" ", new="")
    return line.but(text=solid)


def _rests_taken(rows: list[tuple[int, int, tuple[int, ...]]], at: Sequence[int], lines: Sequence[Line],
                 n: int) -> list[tuple[int, int, tuple[int, ...]]]:
    """The cells no row took right after a row (a header's cell wrapped into two, 「日」 / 「均服务（人次）」; a
    row's cells pdftotext wrote out of turn) go on that row: a table's cells, never headings.  Up to
    the next row, a page's break or a page number between (a head's words after it are no cells)."""
    out = []
    for r, (first, past, order) in enumerate(rows):
        stop = rows[r + 1][0] if r + 1 < len(rows) else n
        rest = past
        while rest < stop and at[rest] == at[rest - 1] + 1 and not lines[at[rest]].page_start:
            rest += 1
        out.append((first, rest, (*order, *range(past, rest))))
    return out


def _head_taken(rows: list[tuple[int, int, tuple[int, ...]]], cells: Sequence[str], at: Sequence[int],
                lines: Sequence[Line]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The cells no row took right over the table's first row, holding a label and a figure or a unit cell: the
    table's header (「运营方式」 「设施数量（个）」 「满意度（%）」, a header's label and the first row's label or
    figures written with it out of turn).  ``TABLE_CELLS_MIN`` of them or more are a row of their own;
    fewer go on the first row.  Back to the run's start, a page's break or a page number."""
    first = rows[0][0]
    top = first
    while top > 0 and at[top - 1] == at[top] - 1 and not lines[at[top]].page_start:
        top -= 1
    if not (any(_key(cells[c]) for c in range(top, first)) and any(_label(cells[c]) for c in range(top, first))):
        return rows
    if first - top >= TABLE_CELLS_MIN:
        return [(top, first, tuple(range(top, first))), *rows]
    return [(top, rows[0][1], (*range(top, first), *rows[0][2])), *rows[1:]]


def _row_line(lines: Sequence[Line], places: Sequence[int], cells: Sequence[str], log: Log) -> Line:
    """One row's cells as one line, in the row's order, on the first cell's line."""
    head, last = lines[min(places)], lines[max(places)]
    text = CELL_GAP.join(cells)
    log.decided(head.lineno, "merged", _("table cells written a line each read as one row: {text!r}").format(text=text))
    return head.but(text=text, trail_space=last.trail_space, page_end=last.page_end, gap_join=False)
