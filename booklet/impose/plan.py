"""Which page goes where on the printed sheets: padding and page order, with no PDF in sight.

A *side* is one face of a sheet: a page (an index into the print PDF, or
``None`` for a blank) on its left half and on its right half.  Saddle stitch
folds a stack of sheets in the middle and staples the fold, so sheet 1 carries
the outermost pages: front ``last | 1``, back ``2 | last−1``; the next sheet
``last−2 | 3`` and ``4 | last−3``, and so on inwards.  Two-up simply puts
``1 | 2``, ``3 | 4``, … side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

PAGES_PER_SHEET = {"saddle": 4, "2up": 2}  # saddle: two pages a face, printed on both faces
ARTICLE_PAGE_KINDS = frozenset({"body"})  # the PDF layout's kind for the pages an article runs over


@dataclass(frozen=True, slots=True)
class Side:
    """One printed face of a sheet.

    ``left``/``right`` index the print PDF's pages (``None``: leave that half
    blank); ``inward`` shifts both pages towards the fold by that many points
    (creep compensation); ``sheet`` counts from 1, outermost sheet first, and
    ``face`` is ``front`` or ``back`` (two-up sheets have only fronts).
    """

    left: int | None
    right: int | None
    sheet: int
    face: str = "front"
    inward: float = 0.0


def blank_position(page_count: int, page_kinds: Sequence[str] = (),
                   article_starts: Sequence[int] = ()) -> int:
    """Where padding blanks go: right after the last page of the last article.

    So they never fall inside an article, and a closing page the layout puts
    after the articles (a back cover) stays the last page.  The last article
    runs from its start over the following ``body`` pages; with no article
    starts known, blanks go at the end.
    """
    if not article_starts:
        return page_count
    end = article_starts[-1] + 1
    while end < min(page_count, len(page_kinds)) and page_kinds[end] in ARTICLE_PAGE_KINDS:
        end += 1
    return page_count if end >= len(page_kinds) else end


def wrong_side(page_numbers: Sequence[int | None]) -> list[int]:
    """Printed numbers drawn for one side of the leaf but falling on the other.

    The PDF layout draws an odd-numbered page as a right-hand page (number and
    binding margin placed for it); the cover is the first right-hand page, so
    page index ``i`` is right-hand when ``i`` is even.  An odd count of front
    pages before page 1 puts every numbered page on the wrong side: numbers and
    wide margins at the fold.
    """
    return [n for i, n in enumerate(page_numbers) if n and (i % 2 == 0) != (n % 2 == 1)]


def padded_order(page_count: int, multiple: int, position: int) -> list[int | None]:
    """The pages in reading order with blanks (``None``) at ``position`` up to a ``multiple``."""
    blanks = -page_count % multiple
    pages: list[int | None] = list(range(page_count))
    return pages[:position] + [None] * blanks + pages[position:]


def saddle_sides(order: Sequence[int | None], creep_pt: float = 0.0) -> list[Side]:
    """Front and back of every sheet for a saddle-stitched booklet, outermost sheet first.

    ``creep_pt`` is how far the innermost sheet's edge pushes out beyond the
    outermost one's when the stack is folded; each sheet's pages move towards
    the fold by its share (0 for the outermost, all of it for the innermost), so
    every page keeps the same outer margin once the booklet is trimmed.
    """
    n = len(order)
    if n % 4:
        raise ValueError(f"saddle stitch needs a multiple of 4 pages, got {n}")
    sheets = n // 4
    sides = []
    for s in range(sheets):
        inward = creep_pt * s / (sheets - 1) if sheets > 1 else 0.0
        sides.append(Side(order[n - 1 - 2 * s], order[2 * s], s + 1, "front", inward))
        sides.append(Side(order[2 * s + 1], order[n - 2 - 2 * s], s + 1, "back", inward))
    return sides


def two_up_sides(order: Sequence[int | None]) -> list[Side]:
    """Pages side by side in reading order: ``1 | 2``, ``3 | 4``, …"""
    if len(order) % 2:
        raise ValueError(f"two-up needs an even number of pages, got {len(order)}")
    return [Side(order[i], order[i + 1], i // 2 + 1) for i in range(0, len(order), 2)]


def plan_sides(mode: str, page_count: int, *, page_kinds: Sequence[str] = (),
               article_starts: Sequence[int] = (), creep_pt: float = 0.0) -> list[Side]:
    """Every printed side for ``mode`` (``saddle`` or ``2up``), blanks placed as above."""
    position = blank_position(page_count, page_kinds, article_starts)
    order = padded_order(page_count, PAGES_PER_SHEET[mode], position)
    return saddle_sides(order, creep_pt) if mode == "saddle" else two_up_sides(order)
