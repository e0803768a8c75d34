"""What each line is: title, heading, footnote, caption — or body text (``None``).

Sizes decide first: the largest size above the body is the title, the other
larger sizes are headings by rank.  Smaller type below a page column's last
body line (or starting with ①②…) is a footnote; small type near an image, or
any line ending in 「/摄」, is a caption.
"""

from __future__ import annotations

import re
from collections import defaultdict

from booklet.readers.pdf.geometry import Geometry
from booklet.readers.pdf.opening import PageGlyphs
from booklet.readers.pdf.rows import PLine

NOTE_MARK = re.compile(r"^\s*(?:[\u2460-\u2473\u2776-\u277f\u24eb-\u24f4]|\[\d{1,3}\]|注\s*[:：\d])")
PHOTO_CREDIT = re.compile(r"(?:/|／)\s*摄\s*[）)]?\s*$|摄\s*[）)]\s*$")
CAPTION_GAP = 36.0   # pt between an image edge and a caption line


def _level(geo: Geometry, line: PLine) -> tuple[str, int | None]:
    size = round(line.size * 2) / 2
    if size == geo.heading_sizes[0]:
        return "title", None
    return "heading", geo.heading_sizes.index(size)


def _near_image(line: PLine, page: PageGlyphs) -> bool:
    for x0, top, x1, bottom in page.images:
        overlaps = line.x0 < x1 and line.x1 > x0
        if overlaps and (0 <= line.top - bottom <= CAPTION_GAP or 0 <= top - line.bottom <= CAPTION_GAP):
            return True
    return False


def _footnote_zones(lines: list[PLine], geo: Geometry) -> dict[tuple[int, int], float]:
    """(page, column) → bottom of the lowest line set in body size or larger."""
    zone: dict[tuple[int, int], float] = defaultdict(float)
    for ln in lines:
        if ln.size > geo.body_size * 0.92:
            key = (ln.page, ln.column)
            zone[key] = max(zone[key], ln.bottom)
    return zone


def assign_roles(lines: list[PLine], geo: Geometry, pages: dict[int, PageGlyphs]
                 ) -> list[tuple[str | None, int | None]]:
    """(role, level) for each line, in order."""
    zones = _footnote_zones(lines, geo)
    out: list[tuple[str | None, int | None]] = []
    for ln in lines:
        page = pages[ln.page]
        small = ln.size <= geo.body_size * 0.92
        lower = ln.top > page.height * 0.5
        if PHOTO_CREDIT.search(ln.text):
            out.append(("caption", None))
        elif round(ln.size * 2) / 2 in geo.heading_sizes:
            out.append(_level(geo, ln))
        elif small and lower and (ln.top >= zones[(ln.page, ln.column)] or NOTE_MARK.match(ln.text)):
            out.append(("footnote", None))
        elif small and _near_image(ln, page):
            out.append(("caption", None))
        else:
            out.append((None, None))
    return _continue_footnotes(lines, out)


def _continue_footnotes(lines: list[PLine], roles: list[tuple[str | None, int | None]]
                        ) -> list[tuple[str | None, int | None]]:
    """A small line right after a footnote line on the same page continues it."""
    for i in range(1, len(lines)):
        prev, cur = lines[i - 1], lines[i]
        if roles[i - 1][0] == "footnote" and roles[i][0] is None and cur.page == prev.page \
                and abs(cur.size - prev.size) < 0.6:
            roles[i] = ("footnote", None)
    return roles
