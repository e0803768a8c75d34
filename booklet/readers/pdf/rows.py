"""Glyphs → text lines in reading order: row grouping, word spacing, raised markers, columns.

A ``PLine`` keeps the geometry the hint rules need.  Column pages (``gutters``) are read
column by column: rows that stand across a gutter (titles, headers, page numbers) are read
where they stand, the rows between them one column after the other.  A small glyph raised
above its row's baseline (a note marker ①, ¹) is kept in its line and flagged ``sup``; it
decides neither the line's size nor its height.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from booklet.readers.pdf.gutters import crossed, find_gutters, ink, split_row
from booklet.readers.pdf.opening import Glyph, PageGlyphs
from booklet.shapes import ends_sentence

# Glyphs whose vertical centres lie within this share of the row's largest glyph size share a row.
ROW_CENTRE_SHARE = 0.55
# A gap is a word space when it exceeds the line's usual gap between glyphs (its letter spacing,
# which justification widens) by 0.15 em between two Latin letters or digits (a Latin space is
# 0.25–0.28 em), and by 0.28 em anywhere else: CJK fonts' spaces are 0.3–0.5 em, while the
# quarter em Word sets between CJK and Latin text is no space at all.
LATIN_SPACE_EM = 0.15
WIDE_SPACE_EM = 0.28
# Overprinted bold: the same character again within 0.2 em of where it was drawn (printers
# offset the copy by 0.02–0.1 em; the next character of a line stands a whole advance away).
OVERPRINT_EM = 0.2
# A raised marker: set at most 80 % of the row's size, its foot at least 15 % of that size above
# the row's (superscripts are set at 55–70 % and raised by a third of the size).
SUP_SIZE_SHARE = 0.8
SUP_RISE_SHARE = 0.15
STRONG_FONT = re.compile(r"bold|black|heavy|demi|semibold|extrab|ultrab|,B\b|-B\b", re.I)
HEAVY_FAMILY = re.compile(r"hei|黑|gothic|sans", re.I)
# A line across some of the page's columns but not all, set no larger than the text (heads are set
# larger), under an empty band at least 4 body sizes tall over its whole width, is a caption under a picture set across those columns (the
# typesetter's run-round: the columns' text stops above the picture and goes on under the
# caption): it is read in its first column's flow, where the picture stands.  A head over some
# columns has at most the space of a line or two above it (a rule, a hairline, 1–2 em), less
# than the shortest picture a page sets (design34's pictures: six lines; 4 sizes ≈ 2.7 lines at
# leading 1.5).
PICTURE_GAP_EM = 4.0
# Two parts of a row stand on one baseline when their feet lie within 0.15 em (glyph boxes of one
# font at one size share their foot; the next line of a column stands a whole leading away).
BASELINE_SLACK_EM = 0.15
# … and at one size within 5 % (a run of one size; a head beside a smaller head is set larger).
SAME_SIZE_SHARE = 0.05
# The line above a part is looked for among the rows just above it (rows are per baseline: a
# column's line above stands within the few rows the other columns' lines make).
RUN_ON_ROWS = 6
# A head's lines share one axis: a deck or byline centred under the line above stands within an em
# of its centre (glyph ink, not the boxes the typesetter centred: hung or half-width marks at the
# ends shift the ink by half an em at most); a column's line set flush left in the middle column
# of three is off the page's axis by the column's slack (half a measure less its length).
HEAD_AXIS_SLACK_EM = 1.0
# ... and is no line of the column it stands in: a column's line is flush with the column's left or
# right edge (a full line, an indented first line that runs full, a paragraph's last line: within
# half an em, a compressed or hung mark at the end), so a head's line stands clear of both by three
# quarters of the text's em at least (a one-line paragraph set in two ems and ending short of the
# edge is the only column line clear of both; it must also sit on the axis), or starts inside the
# gutter on the column's left (nothing of a column's line is set there; 0.1 em: ink against box).
HEAD_INSET_EM = 0.75
GUTTER_EDGE_SLACK_EM = 0.1
# ... but a deck (副题) opening on its dash, 「——致全市广大市民的倡议书」, says by its shape that it is the
# head's line: a long deck centred in the middle column of three stands clear of its edges by less than
# that margin (0.7 em on seed 226's nw54_06), and needs only be no flush line of the column — clear of
# both edges by more than the half em a column's line may fall short of them (a compressed or hung mark).
# A column's line led by a dash (an attribution, a signature) is set flush right, or runs full.
DECK_INSET_EM = 0.5
DECK_DASH_RE = re.compile(r"^——(?!—)")


class Span(NamedTuple):
    """A stretch of a line drawn alike: one font, as heavy, raised or not."""

    text: str
    font: str
    heavy: bool = False
    sup: bool = False


@dataclass(slots=True)
class PLine:
    """One line on a page, before hints are decided."""

    text: str             # plain text
    runs: list[Span]      # joined == text
    page: int
    column: int           # 0 full width / single column; 1, 2, … the columns left to right
    x0: float
    x1: float
    top: float
    bottom: float
    size: float           # of the line's text, raised markers left out
    font: str
    lineno: int = 0


def _plain_name(font: str) -> str:
    """Font name without the subset tag (``ABCDEF+``)."""
    return font.split("+", 1)[-1]


def is_bold(font: str, body_font: str) -> bool:
    """Bold by name (Bold/Black/Heavy …), or a heavier family (黑体, sans) than the body's."""
    name, body = _plain_name(font), _plain_name(body_font)
    if STRONG_FONT.search(name):
        return not STRONG_FONT.search(body) or name != body
    return bool(HEAVY_FAMILY.search(name)) and not HEAVY_FAMILY.search(body)


def _centre(g: Glyph) -> float:
    return (g.top + g.bottom) / 2


def group_rows(glyphs: list[Glyph] | tuple[Glyph, ...]) -> list[list[Glyph]]:
    """Cluster glyphs whose vertical centres lie within ~0.55 size of the row's largest glyph;
    each row left to right, a character printed over itself once (``overprinted``)."""
    rows: list[list[Glyph]] = []
    ref_c = ref_s = 0.0
    for g in sorted(glyphs, key=_centre):
        c = _centre(g)
        if rows and abs(c - ref_c) <= ROW_CENTRE_SHARE * max(ref_s, g.size):
            rows[-1].append(g)
            if g.size > ref_s:
                ref_c, ref_s = c, g.size
        else:
            rows.append([g])
            ref_c, ref_s = c, g.size
    for row in rows:
        row.sort(key=lambda g: g.x0)
    return [overprinted(row) for row in rows]


def overprinted(row: list[Glyph]) -> list[Glyph]:
    """``row`` (left to right) with a character printed again a hair from itself — the way
    printer drivers and WPS make bold without a bold font — kept once and marked heavy."""
    out: list[Glyph] = []
    for g in row:
        last = out[-1] if out else None
        if last is not None and last.text == g.text and g.x0 - last.x0 < OVERPRINT_EM * g.size \
                and abs(g.top - last.top) < OVERPRINT_EM * g.size and last.size == g.size:
            if not g.text.isspace():
                out[-1] = last._replace(heavy=True)
            continue
        out.append(g)
    return out


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _raised(row: list[Glyph]) -> set[int]:
    """Indices of the row's raised markers (small glyphs whose foot stands above the others')."""
    size = max(g.size for g in row)
    small = [i for i, g in enumerate(row) if g.size <= SUP_SIZE_SHARE * size and not g.text.isspace()]
    if not small:
        return set()
    base = max(g.bottom for g in row if g.size > SUP_SIZE_SHARE * size)
    return {i for i in small if base - row[i].bottom >= SUP_RISE_SHARE * size}


def _spaced(row: list[Glyph]) -> list[tuple[Glyph, str]]:
    """The row's visible glyphs, each with its text and a space before it: the space drawn
    there (`` ``, U+3000 …), else `` `` where the gap before it is a word space."""
    seen = [g for g in row if not g.text.isspace()]
    gaps = [b.x0 - a.x1 for a, b in zip(seen, seen[1:])]
    usual = max(0.0, sorted(gaps)[len(gaps) // 2]) if gaps else 0.0
    out: list[tuple[Glyph, str]] = []
    drawn = ""
    for g in row:
        if g.text.isspace():
            drawn = (drawn or g.text) if out else ""
            continue
        if out and not drawn:
            a = out[-1][0]
            excess = gaps[len(out) - 1] - usual
            size = a.size if a.size > g.size else g.size
            if excess > WIDE_SPACE_EM * size or (excess > LATIN_SPACE_EM * size and _is_latin(a.text[-1:])
                                                 and _is_latin(g.text[:1])):
                drawn = " "
        out.append((g, drawn + g.text))
        drawn = ""
    return out


def make_line(row: list[Glyph], page: int, column: int) -> PLine:
    """Join a row's glyphs (spaces where drawn or where the gaps are word spaces) into a line."""
    spaced = _spaced(row)
    seen = [g for g, _ in spaced]
    raised = _raised(seen)
    runs: list[Span] = []
    key: tuple[str, bool, bool] = ("", False, False)  # font, heavy, raised: set by the first glyph
    texts: list[str] = []
    for i, (g, text) in enumerate(spaced):
        this = (g.font, g.heavy, i in raised)
        if this != key and texts:
            runs.append(Span("".join(texts), *key))
            texts = []
        key = this
        texts.append(text)
    runs.append(Span("".join(texts), *key))
    body = [g for i, g in enumerate(seen) if i not in raised] if raised else seen
    size = Counter([g.size for g in body]).most_common(1)[0][0]
    font = Counter([g.font for g in body]).most_common(1)[0][0]
    return PLine("".join([r.text for r in runs]), runs, page, column, seen[0].x0, max([g.x1 for g in seen]),
                 min([g.top for g in body]), max([g.bottom for g in body]), size, font)


def page_lines(page: PageGlyphs) -> list[PLine]:
    """The page's lines in reading order (column by column on column pages).

    Rows are grouped once to find the gutters; on a column page they are grouped again within
    each column, so that a large title in one column never gathers two lines of the next.  A
    page is read as typesetters build it (a Manhattan layout, read by recursive XY cuts): rows
    across every column cut the page into stretches; within a stretch, a head over some columns
    only, beside text in the others, heads the region under it, and the stretch is read region
    by region (``_region_lines``)."""
    rows = [r for r in group_rows(page.glyphs) if any(not g.text.isspace() for g in r)]
    sizes = Counter(g.size for g in page.glyphs if not g.text.isspace())
    gutters = find_gutters(rows, page.width, sizes.most_common(1)[0][0]) if sizes else []
    if not gutters:
        return [make_line(r, page.number, 0) for r in rows]
    out: list[PLine] = []
    pieces: list[Piece] = []
    size = sizes.most_common(1)[0][0]
    over: tuple[dict[int, list[PLine]], PLine] | None = None   # columns over a picture across them all; its caption
    last = len(gutters) + 1
    heads = _heads_over_some(rows, gutters, size)
    above: list[Glyph] | None = None   # the line across the columns just read, while no column has begun under it
    for i, row in enumerate(rows):
        if above is not None and over is None and not pieces and _under_across(rows, i, above, gutters, size):
            out.append(make_line(row, page.number, 0))   # a deck or byline of the head above, read where it stands
            above = row
            continue
        above = None
        caption = _under_picture(rows, i, gutters, size)
        head = None if caption else heads.get(i)
        split = split_row(row, gutters, caption or head)
        if split is None:   # across the columns: the columns so far are read first
            stretch, pieces = _region_lines(pieces, 1, last, page.number), []
            line = make_line(row, page.number, 0)
            if over is None and _caption_across(rows, i, size):
                over = (stretch, line)   # (read once the columns under the picture are known)
                continue
            out += _past_picture(over, stretch)
            over = None
            out.append(line)
            above = row
            continue
        spans = _spanned(row, gutters) if head else {}   # a caption is read in its first column's flow
        for column, glyphs in split:
            pieces.append(Piece(column, spans.get(column, column), glyphs))
    return out + _past_picture(over, _region_lines(pieces, 1, last, page.number))


def _under_across(rows: list[list[Glyph]], i: int, above: list[Glyph], gutters: list, body: float) -> bool:
    """Whether row ``i``, right under a line across the columns (``above``) and over the columns'
    text, is a line of that head set narrower than a column: a deck or a byline centred under a
    head over an odd number of columns stands inside the middle column and crosses no gutter.
    It is such a line when it stands in one column, centred on the line above (a head's lines
    share one axis: ``HEAD_AXIS_SLACK_EM``), with no text of another column beside it — a
    column's own first line has the other columns' first lines beside it (columns under a head
    start level)."""
    glyphs = [g for g in rows[i] if not g.text.isspace()]
    over = [g for g in above if not g.text.isspace()]
    column = _column_of(gutters)
    own = {column(g) for g in glyphs}
    if not glyphs or not over or len(own) != 1 or _text_beside(rows, i, own, column):
        return False
    x0, x1 = min(ink(g)[0] for g in glyphs), max(ink(g)[1] for g in glyphs)
    size = max(g.size for g in glyphs)
    axis = (min(ink(g)[0] for g in over) + max(ink(g)[1] for g in over)) / 2
    if abs((x0 + x1) / 2 - axis) > HEAD_AXIS_SLACK_EM * size:
        return False
    # not a line of the column: it stands into the gutter on its left, or clear of both the
    # column's edges (a column's line is flush with one: a full line, an indented first line run
    # to the right edge, a paragraph's last line)
    c = own.pop()
    ink_edges = [ink(g) for r in rows for g in r if not g.text.isspace()]
    text_left = min(a for a, _ in ink_edges)
    left = gutters[c - 2].x1 if c > 1 else text_left
    # (the last column found may have an empty column right of it: columns share one measure)
    right = gutters[c - 1].x0 if c <= len(gutters) else left + gutters[0].x0 - text_left
    inset = _head_inset("".join(g.text for g in glyphs)) * body   # (the columns' em: a head's own size is larger)
    return (c > 1 and x0 < left - GUTTER_EDGE_SLACK_EM * body) or (x0 - left >= inset and right - x1 >= inset)


def _head_inset(text: str) -> float:
    """How far, in the columns' em, a line under a head across the columns must stand clear of both
    edges of the column it stands in to be the head's line: ``HEAD_INSET_EM``, or for a deck opening
    on its dash (``DECK_DASH_RE``) only more than a column's flush line may fall short (``DECK_INSET_EM``)."""
    return DECK_INSET_EM if DECK_DASH_RE.match(text) else HEAD_INSET_EM


class Piece(NamedTuple):
    """A row's glyphs in one column (``first == last``) or set over columns ``first``..``last``."""

    first: int
    last: int
    glyphs: list[Glyph]


def _spanned(row: list[Glyph], gutters: list) -> dict[int, int]:
    """The last column of each run of columns the row stands across, by its first column."""
    cross = crossed(row, gutters)
    out: dict[int, int] = {}
    for k, c in enumerate(cross, 1):   # gutter k parts columns k and k + 1
        if c:
            first = k
            while first > 1 and cross[first - 2]:
                first -= 1
            out[first] = k + 1
    return out


def _heads_over_some(rows: list[list[Glyph]], gutters: list, size: float) -> dict[int, list[bool]]:
    """The rows that are heads over some columns only, each with the gutters it crosses.

    A head block (kicker, title lines, deck, byline) is set over one run of columns: consecutive
    rows crossing the same gutters, but not all, with only lines of the other columns between
    them.  It is set over those columns only when another column has text beside one of its rows
    (a line whose height overlaps the row's): that column runs on beside the head, not under it.
    A block with the other columns blank beside it is a line across the page (a short head over
    all of them); a caption under a picture (``_under_picture``) is read in its column's flow."""
    column = _column_of(gutters)
    out: dict[int, list[bool]] = {}
    block: list[int] = []
    cross: list[bool] = []
    covered: set[int] = set()
    beside = False
    for i, row in enumerate(rows):
        this = crossed(row, gutters)
        partial = any(this) and not all(this) and _under_picture(rows, i, gutters, size) is None \
            and not _in_parts(rows, i, _covered(row, gutters), column)
        if partial and block and this == cross:
            block.append(i)
        elif block and not partial and all(column(g) not in covered for g in row if not g.text.isspace()):
            continue    # a line of another column, beside the block
        else:
            if beside:
                out.update((j, cross) for j in block)
            block, beside = ([i], False) if partial else ([], False)
            cross = this
            covered = _covered(row, gutters)
        if partial:
            beside = beside or _text_beside(rows, i, covered, column)
    if beside:
        out.update((j, cross) for j in block)
    return out


def _covered(row: list[Glyph], gutters: list) -> set[int]:
    """The columns the row stands across."""
    return {k for first, last in _spanned(row, gutters).items() for k in range(first, last + 1)}


def _in_parts(rows: list[list[Glyph]], i: int, covered: set[int], column) -> bool:
    """Whether row ``i`` is one line set in parts: its glyphs in the other columns all stand on the
    baseline of its part over ``covered``, at its size (a running head: the paper's name left, the
    date right; two kickers side by side) — read as one line across, as before the columns.  A
    part that runs on under its column's line above (a line's gap away: ``_runs_on``) is that
    column's line, beside a byline set at the text's size."""
    row = rows[i]
    head = [g for g in row if not g.text.isspace() and column(g) in covered]
    rest = [g for g in row if not g.text.isspace() and column(g) not in covered]
    if not head or not rest:
        return False
    return all(_one_line(g, head) for g in rest) and not _runs_on(rows[:i], rest, column)


def _runs_on(above: list[list[Glyph]], part: list[Glyph], column) -> bool:
    """Whether a line of ``part``'s column stands right above it: its foot less than the part's
    size over the part's top (the leading's gap; a running head has the page's margin above it,
    a kicker the space over a head)."""
    columns = {column(g) for g in part}
    top, size = min(g.top for g in part), max(g.size for g in part)
    return any(not g.text.isspace() and column(g) in columns and 0 <= top - g.bottom < size
               for r in above[-RUN_ON_ROWS:] for g in r)


def _one_line(g: Glyph, line: list[Glyph]) -> bool:
    """Whether ``g`` could be set in ``line``: at its size, on its baseline."""
    size = Counter(h.size for h in line).most_common(1)[0][0]
    return abs(g.size - size) <= SAME_SIZE_SHARE * size \
        and abs(g.bottom - max(h.bottom for h in line)) <= BASELINE_SLACK_EM * g.size


def _text_beside(rows: list[list[Glyph]], i: int, covered: set[int], column) -> bool:
    """Whether a column outside ``covered`` has text beside row ``i``'s part over the ``covered``
    columns: a line whose height overlaps it, not one line with it (``_one_line``).  A part on the
    row's own baseline at its size is the same line set in parts (a running head: the paper's
    name left, the date right), not a column running on."""
    head = [g for g in rows[i] if not g.text.isspace() and column(g) in covered]
    if not head:
        return False
    top, bottom = min(g.top for g in head), max(g.bottom for g in head)
    return any(not g.text.isspace() and g.bottom > top and g.top < bottom and column(g) not in covered
               and not _one_line(g, head) for r in rows for g in r)


def _column_of(gutters: list):
    """The column a glyph stands in, from the gutters' middles."""
    centres = [(gt.x0 + gt.x1) / 2 for gt in gutters]

    def column(g: Glyph) -> int:
        a, b = ink(g)
        return 1 + sum(1 for c in centres if (a + b) / 2 >= c)
    return column


def _region_lines(pieces: list[Piece], first: int, last: int, page: int) -> dict[int, list[PLine]]:
    """The lines of a stretch of columns ``first``..``last`` in reading order, by the first column
    of each region read (a recursive XY cut): the region is parted at each gutter no piece stands
    across (the columns either side are read one after the other, left to right); where a piece
    stands across the whole region (a head over those columns), it parts the region above it
    from the region under it.  Without pieces over several columns: column by column."""
    if all(p.first == p.last for p in pieces):
        return _column_lines(_by_column(pieces), page)
    cuts = [k for k in range(first, last) if not any(p.first <= k < p.last for p in pieces)]
    if cuts:
        out: dict[int, list[PLine]] = {}
        for a, b in zip([first, *[k + 1 for k in cuts]], [*cuts, last]):
            part = _region_lines([p for p in pieces if a <= p.first <= b], a, b, page)
            out[a] = [line for k in sorted(part) for line in part[k]]
        return out
    heads = {id(p) for p in pieces if p.first == first and p.last == last} \
        or {id(p) for p in pieces if p.first < p.last}
    lines: list[PLine] = []
    band: list[Piece] = []
    for p in pieces:
        if id(p) in heads:
            part = _region_lines(band, first, last, page)
            lines += [line for k in sorted(part) for line in part[k]]
            lines += [make_line(row, page, 0) for row in group_rows(p.glyphs) if any(not g.text.isspace() for g in row)]
            band = []
        else:
            band.append(p)
    part = _region_lines(band, first, last, page)
    return {first: lines + [line for k in sorted(part) for line in part[k]]}


def _by_column(pieces: list[Piece]) -> dict[int, list[Glyph]]:
    columns: dict[int, list[Glyph]] = {}
    for p in pieces:
        columns.setdefault(p.first, []).extend(p.glyphs)
    return columns


def _caption_across(rows: list[list[Glyph]], i: int, size: float) -> bool:
    """Row ``i``, standing across every column, is a caption under a picture set across them all:
    no larger than the text (heads are set larger), under an empty band ``PICTURE_GAP_EM`` sizes
    tall over its whole width, with text above that band (``_under_picture``'s test, for a picture
    as wide as the columns)."""
    glyphs = [g for g in rows[i] if not g.text.isspace()]
    if not glyphs or max(g.size for g in glyphs) > size:
        return False
    x0, x1, top = min(g.x0 for g in glyphs), max(g.x1 for g in glyphs), min(g.top for g in glyphs)
    above = [g.bottom for r in rows[:i] for g in r if not g.text.isspace() and g.x1 > x0 and g.x0 < x1]
    return bool(above) and top - max(above) >= PICTURE_GAP_EM * size


def _past_picture(over: tuple[dict[int, list[PLine]], PLine] | None, under: dict[int, list[PLine]]) -> list[PLine]:
    """The lines of the columns over a picture set across them all (``over``: those columns and the
    picture's caption) and of the columns under it (``under``), in reading order.

    A picture across the columns may part two stretches of text read one after the other (a
    story over it, others under it: the columns above, the caption, the columns below), or stand
    in one story's columns, whose text runs down each column past it (the first column above it,
    the caption, the first column below it, then the second column from its top).  The text says
    which: a column under the picture that stops inside a sentence, with nothing under the picture
    in the next column, goes on in the next column's top — where the column above the picture
    beside it ended its sentence (a story that ran across the columns over the picture would stop
    inside its sentence there)."""
    if over is None:
        return [line for k in sorted(under) for line in under[k]]
    above, caption = over
    keys = sorted(set(above) | set(under))
    down = any(above.get(right) and not under.get(right) and under.get(left) and above.get(left)
               and not ends_sentence(under[left][-1].text) and ends_sentence(above[left][-1].text)
               for left, right in zip(keys, keys[1:]))
    if not down:
        return [line for k in sorted(above) for line in above[k]] + [caption] \
            + [line for k in sorted(under) for line in under[k]]
    return [line for n, k in enumerate(keys) for line in [*above.get(k, []), *([caption] if n == 0 else []),
                                                          *under.get(k, [])]]


def _column_lines(columns: dict[int, list[Glyph]], page: int) -> dict[int, list[PLine]]:
    """The lines of a stretch of columns, per column."""
    return {k: [make_line(row, page, k) for row in group_rows(columns[k]) if any(not g.text.isspace() for g in row)]
            for k in sorted(columns)}


def _under_picture(rows: list[list[Glyph]], i: int, gutters: list, size: float) -> list[bool] | None:
    """The gutters row ``i`` may stand across and still be read in a column's flow: those it
    crosses when it crosses some but not all, is set no larger than the page's text ``size``, and
    the rows above leave an empty band at least
    PICTURE_GAP_EM sizes tall over its whole width (a picture), else ``None``."""
    row = rows[i]
    cross = crossed(row, gutters)
    if not any(cross) or all(cross):
        return None
    centres = [(gt.x0 + gt.x1) / 2 for gt in gutters]
    edge = [False, *cross, False]   # edge[c - 1], edge[c]: the gutters left and right of column c
    part = []                       # the crossing part: glyphs in a column beside a crossed gutter
    for g in row:
        c = 1 + sum(1 for m in centres if (g.x0 + g.x1) / 2 >= m)
        if not g.text.isspace() and (edge[c - 1] or edge[c]):
            part.append(g)
    if not part or max(g.size for g in part) > size:
        return None    # a head over some columns (set larger than the text), not a caption
    x0, x1, top = min(g.x0 for g in part), max(g.x1 for g in part), min(g.top for g in part)
    above = [g.bottom for r in rows[:i] for g in r if not g.text.isspace() and g.x1 > x0 and g.x0 < x1]
    if not above or top - max(above) < PICTURE_GAP_EM * size:
        return None
    return cross


