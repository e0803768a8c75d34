"""What each line is: title, heading, footnote, caption — or body text (``None``).

Sizes decide first: the largest size above the body is the title, the other
larger sizes are headings by rank.  Smaller type below a page column's last
body line (or starting with ①②…) is a footnote; small type near an image, or
any line ending in 「/摄」, is a caption.
"""

from __future__ import annotations

from collections import defaultdict

from booklet.rawlines import Role
from booklet.readers.pdf.geometry import Geometry, same_size
from booklet.readers.pdf.opening import PageGlyphs
from booklet.readers.pdf.rows import PLine
from booklet.shapes import CREDIT_RE, NOTE_LINE_RE

CAPTION_GAP = 36.0   # pt between an image edge and a caption line
# Small type: at most 92 % of the body size (a 10.5 pt body with 9 pt notes and captions).
SMALL_SHARE = 0.92
# Footnotes sit in the lower half of the page.
NOTE_ZONE_TOP = 0.5

RoleLevel = tuple[Role | None, int | None]


def _level(rank: int, geo: Geometry) -> RoleLevel:
    if not geo.titled:
        return Role.HEADING, rank + 1
    return (Role.TITLE, None) if rank == 0 else (Role.HEADING, rank)


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
        if ln.size > geo.body_size * SMALL_SHARE:
            key = (ln.page, ln.column)
            zone[key] = max(zone[key], ln.bottom)
    return zone


def assign_roles(lines: list[PLine], geo: Geometry, pages: dict[int, PageGlyphs]) -> list[RoleLevel]:
    """(role, level) for each line, in order."""
    zones = _footnote_zones(lines, geo)
    out: list[RoleLevel] = []
    for ln in lines:
        page = pages[ln.page]
        small = ln.size <= geo.body_size * SMALL_SHARE
        lower = ln.top > page.height * NOTE_ZONE_TOP
        if CREDIT_RE.search(ln.text):
            out.append((Role.CAPTION, None))
        elif (rank := geo.heading_rank(ln.size)) is not None:
            out.append(_level(rank, geo))
        elif small and lower and (ln.top >= zones[(ln.page, ln.column)] or NOTE_LINE_RE.match(ln.text)):
            out.append((Role.FOOTNOTE, None))
        elif small and _near_image(ln, page):
            out.append((Role.CAPTION, None))
        else:
            out.append((None, None))
    return _credited_captions(lines, _continue_footnotes(lines, out))


def _continue_footnotes(lines: list[PLine], roles: list[RoleLevel]) -> list[RoleLevel]:
    """A small line right after a footnote line on the same page continues it."""
    for i in range(1, len(lines)):
        prev, cur = lines[i - 1], lines[i]
        if roles[i - 1][0] is Role.FOOTNOTE and roles[i][0] is None and cur.page == prev.page \
                and same_size(cur.size, prev.size):
            roles[i] = (Role.FOOTNOTE, None)
    return roles


def _credited_captions(lines: list[PLine], roles: list[RoleLevel]) -> list[RoleLevel]:
    """A caption closed by its credit (「通讯员 孔德兴/摄」) is a caption from its first line: a
    picture's caption under it at a column's foot is small type below the column's last body line,
    where notes stand too, but a note opens on its mark (``NOTE_LINE_RE``) and closes on no credit.
    The small lines right before a credited line (same page and column, same size), back to one
    that opens on a note's mark, are the caption's."""
    for i, (role, _level) in enumerate(roles):
        if role is not Role.CAPTION or not CREDIT_RE.search(lines[i].text):
            continue
        run = []
        j = i - 1
        while j >= 0 and roles[j][0] is Role.FOOTNOTE and lines[j].page == lines[i].page \
                and lines[j].column == lines[i].column and same_size(lines[j].size, lines[i].size):
            run.append(j)
            if NOTE_LINE_RE.match(lines[j].text):
                run = []
                break
            j -= 1
        for k in run:
            roles[k] = (Role.CAPTION, None)
    return roles

