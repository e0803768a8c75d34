"""Glyphs → text lines in reading order: row grouping, word spacing, two columns.

A ``PLine`` keeps the geometry the hint rules need.  Column pages are read
column by column: rows that cross the gutter (titles, page numbers) are read
where they stand, the rows between them left column first, then right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from booklet.readers.pdf.opening import Glyph, PageGlyphs

# Glyphs whose vertical centres lie within this share of the row's largest glyph size share a row.
ROW_CENTRE_SHARE = 0.55
# A gap wider than half a character between glyphs is a word space.
WORD_SPACE_SHARE = 0.5
# The gutter of a two-column page: looked for in the middle 40 % of the page (30 %–70 %), in
# 2 pt bins crossed by at most a quarter of the busiest bin's glyphs; at least 0.6 body sizes
# wide, with a fifth of the glyphs or more on each side; pages of fewer glyphs are not columns.
GUTTER_BIN_PT = 2
GUTTER_ZONE = (0.3, 0.7)
GUTTER_QUIET_SHARE = 0.25
GUTTER_MIN_SIZES = 0.6
GUTTER_SIDE_SHARE = 0.2
GUTTER_MIN_GLYPHS = 200
# A row crosses the gutter when only a word space (under 0.8 sizes) bridges it.
GUTTER_BRIDGE_SIZES = 0.8
STRONG_FONT = re.compile(r"bold|black|heavy|demi|semibold|extrab|ultrab|,B\b|-B\b", re.I)
HEAVY_FAMILY = re.compile(r"hei|黑|gothic|sans", re.I)


@dataclass(slots=True)
class PLine:
    """One line on a page, before hints are decided."""

    text: str             # plain text
    runs: list[tuple[str, str]]   # (text, font name) runs, joined == text
    page: int
    column: int           # 0 full width / single column, 1 left, 2 right
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
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
    """Cluster glyphs whose vertical centres lie within ~0.55 size of the row's largest glyph."""
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
    return rows


def find_gutter(page: PageGlyphs) -> tuple[float, float] | None:
    """The empty vertical band of a two-column page, or ``None``.

    Coverage of glyph x-ranges is counted in 2 pt bins; a gutter is a run of
    sparse bins (crossed only by a few spanning rows) in the middle 40 % of the page, with text on both sides.
    """
    glyphs = [g for g in page.glyphs if not g.text.isspace()]
    if len(glyphs) < GUTTER_MIN_GLYPHS:
        return None
    nbins = int(page.width // GUTTER_BIN_PT) + 1
    cover = [0] * nbins
    for g in glyphs:
        for b in range(int(g.x0 // GUTTER_BIN_PT), min(nbins, int(g.x1 // GUTTER_BIN_PT) + 1)):
            cover[b] += 1
    lo, hi = (int(page.width * share // GUTTER_BIN_PT) for share in GUTTER_ZONE)
    peak = max(cover)
    quiet = [b for b in range(lo, hi) if cover[b] <= peak * GUTTER_QUIET_SHARE]
    if not quiet:
        return None
    runs: list[list[int]] = [[quiet[0], quiet[0]]]
    for b in quiet[1:]:
        if b == runs[-1][1] + 1:
            runs[-1][1] = b
        else:
            runs.append([b, b])
    start, end = max(runs, key=lambda r: r[1] - r[0])
    body = Counter(g.size for g in glyphs).most_common(1)[0][0]
    left = sum(1 for g in glyphs if g.x1 <= start * GUTTER_BIN_PT)
    right = sum(1 for g in glyphs if g.x0 >= (end + 1) * GUTTER_BIN_PT)
    if (end - start + 1) * GUTTER_BIN_PT < GUTTER_MIN_SIZES * body or min(left, right) < GUTTER_SIDE_SHARE * len(glyphs):
        return None
    return float(start * GUTTER_BIN_PT), float((end + 1) * GUTTER_BIN_PT)


def _make_line(row: list[Glyph], page: int, column: int) -> PLine:
    """Join a row's glyphs, adding a space where the gap is wider than half a character."""
    while len(row) > 1 and row[-1].text.isspace():
        row = row[:-1]
    while len(row) > 1 and row[0].text.isspace():
        row = row[1:]
    runs: list[tuple[str, str]] = []
    prev: Glyph | None = None
    for g in row:
        text = g.text
        if prev is not None and g.x0 - prev.x1 > WORD_SPACE_SHARE * max(g.size, prev.size) \
                and not text.isspace() and not prev.text.isspace():
            text = " " + text
        if runs and (runs[-1][1] == g.font or text.isspace()):
            runs[-1] = (runs[-1][0] + text, runs[-1][1])
        else:
            runs.append((text, g.font))
        prev = g
    sizes = Counter(g.size for g in row if not g.text.isspace())
    fonts = Counter(g.font for g in row if not g.text.isspace())
    size = sizes.most_common(1)[0][0] if sizes else row[0].size
    font = fonts.most_common(1)[0][0] if fonts else row[0].font
    text = "".join(t for t, _ in runs)
    return PLine(text, runs, page, column, row[0].x0, max(g.x1 for g in row),
                 min(g.top for g in row), max(g.bottom for g in row), size, font)


def _spans(lpart: list[Glyph], rpart: list[Glyph], mid: float) -> bool:
    """A row crosses the gutter when a glyph covers its middle or only a word space bridges it."""
    lp = [g for g in lpart if not g.text.isspace()]
    rp = [g for g in rpart if not g.text.isspace()]
    if not lp or not rp:
        return any(g.x0 < mid < g.x1 for g in lp + rp)
    return lp[-1].x1 > mid or rp[0].x0 < mid or rp[0].x0 - lp[-1].x1 < GUTTER_BRIDGE_SIZES * lp[-1].size


def page_lines(page: PageGlyphs) -> list[PLine]:
    """The page's lines in reading order (column by column on two-column pages)."""
    rows = [r for r in group_rows(page.glyphs) if any(not g.text.isspace() for g in r)]
    gutter = find_gutter(page)
    if gutter is None:
        return [_make_line(r, page.number, 0) for r in rows]
    mid = sum(gutter) / 2
    out: list[PLine] = []
    left: list[PLine] = []
    right: list[PLine] = []
    for row in rows:
        lpart = [g for g in row if (g.x0 + g.x1) / 2 < mid]
        rpart = [g for g in row if (g.x0 + g.x1) / 2 >= mid]
        if _spans(lpart, rpart, mid):
            out += left + right
            left, right = [], []
            out.append(_make_line(row, page.number, 0))
            continue
        if any(not g.text.isspace() for g in lpart):
            left.append(_make_line(lpart, page.number, 1))
        if any(not g.text.isspace() for g in rpart):
            right.append(_make_line(rpart, page.number, 2))
    return out + left + right
