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
「19000」 / 「合计」, where the label stood lower than the figures) is put back label first.  A cell no row
takes (a header's wrapped piece) is left as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import PAGE_NUMBER_RE, TABLE_CELL_MAX, TABLE_CELL_SPACE_RE, TABLE_CELLS_MIN, TABLE_KEY_CELL_RE, TABLE_LABEL_CELL_RE

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
    return text


def _key(text: str) -> bool:
    return TABLE_KEY_CELL_RE.match(text) is not None


def _label(text: str) -> bool:
    return TABLE_LABEL_CELL_RE.match(text) is not None and not _key(text)


def _rows(cells: Sequence[str]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The rows in a run of cells: (first, past the last, the cells' order in the row).  A label
    and the figure cells after it (``TABLE_CELLS_MIN - 1`` or more); or figure cells and the label
    after them that no figure follows (the label written after its row)."""
    rows: list[tuple[int, int, tuple[int, ...]]] = []
    i, n = 0, len(cells)
    while i < n:
        j = i + 1 if _label(cells[i]) else i
        while j < n and _key(cells[j]):
            j += 1
        keys = j - i - int(_label(cells[i]))
        if _label(cells[i]) and keys >= TABLE_CELLS_MIN - 1:
            rows.append((i, j, tuple(range(i, j))))
            i = j
        elif not _label(cells[i]) and keys >= TABLE_CELLS_MIN - 1 and j < n and _label(cells[j]) \
                and (j + 1 >= n or not _key(cells[j + 1])):
            rows.append((i, j + 1, (j, *range(i, j))))
            i = j + 1
        else:
            i += 1
    return rows


def _table(rows: Sequence[tuple[int, int, tuple[int, ...]]]) -> bool:
    """The rows share their columns: ``TABLE_ROWS_MIN`` of them or more hold the same number of cells."""
    counts = Counter(len(order) for _a, _b, order in rows)
    return bool(counts) and max(counts.values()) >= TABLE_ROWS_MIN


def _furniture(line: Line) -> bool:
    """A page's number standing between a table's cells (the table crossed a page): passed over, left
    where it is for the furniture rule."""
    return PAGE_NUMBER_RE.match(line.text) is not None and not line.text.isdigit()


def cell_rows(lines: list[Line], log: Log) -> list[Line]:
    """Each table written a cell a line rebuilt as its rows, one line a row (see the module)."""
    out: list[Line] = []
    k, n = 0, len(lines)
    changed = False
    while k < n:
        if _cell(lines[k]) is None:
            out.append(lines[k])
            k += 1
            continue
        at: list[int] = []       # the run's cells' places
        cells: list[str] = []
        end = k
        while end < n:
            cell = _cell(lines[end])
            if cell is not None:
                at.append(end)
                cells.append(cell)
            elif not (_furniture(lines[end]) and end + 1 < n and _cell(lines[end + 1]) is not None):
                break
            end += 1
        rows = _rows(cells) if len(cells) >= TABLE_ROWS_MIN * TABLE_CELLS_MIN else []
        if not _table(rows):
            out.extend(lines[k:end])
            k = end
            continue
        changed = True
        rows = _rests_taken(rows, at, lines, len(cells))
        firsts = {at[min(order)]: order for _a, _b, order in rows}
        taken = {at[c] for _a, _b, order in rows for c in order}
        for i in range(k, end):
            if i in firsts:
                out.append(_row_line(lines, [at[c] for c in firsts[i]], [cells[c] for c in firsts[i]], log))
            elif i not in taken:
                out.append(lines[i])
        k = end
    return out if changed else lines


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


def _row_line(lines: Sequence[Line], places: Sequence[int], cells: Sequence[str], log: Log) -> Line:
    """One row's cells as one line, in the row's order, on the first cell's line."""
    head, last = lines[min(places)], lines[max(places)]
    text = CELL_GAP.join(cells)
    log.decided(head.lineno, "merged", _("table cells written a line each read as one row: {text!r}").format(text=text))
    return head.but(text=text, trail_space=last.trail_space, page_end=last.page_end, gap_join=False)
