"""Page furniture: running headers/footers and page numbers in the page's top/bottom bands.

A line is furniture when it is among the first/last two lines of its page, lies
in the outer 12 % band, and either looks like a page number or repeats (digits
ignored) in the same band on at least 40 % of the pages (and on two or more).
The reader marks such lines (role ``FURNITURE``); the cleaner's ``strip_furniture``
rule removes and reports them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from booklet.readers.pdf.rows import PLine
from booklet.shapes import BAND_PAGE_NUMBER_RE, CIRCLED_RE

# The header and footer bands: the outer 12 % of the page height.
BAND = 0.12
# Lines looked at per band: the first two and the last two of a page.
BAND_LINES = 2
# A band line is a running head when it repeats on 40 % of the pages, and on two at least.
REPEAT_SHARE = 0.4
REPEAT_MIN_PAGES = 2
_DIGITS_SPACE = re.compile(r"[\d\s]+")


def _bands(lines: list[PLine], height: float) -> list[tuple[str, PLine]]:
    """(band, line) for the candidate lines of one page."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    out = [("top", ln) for ln in ordered[:BAND_LINES] if ln.top < BAND * height]
    top_ids = {id(ln) for _, ln in out}
    out += [("bottom", ln) for ln in ordered[-BAND_LINES:]
            if ln.bottom > (1 - BAND) * height and id(ln) not in top_ids]
    return out


def _key(band: str, line: PLine) -> tuple[str, str]:
    return band, _DIGITS_SPACE.sub("", line.text)


def find_furniture(lines: list[PLine], heights: dict[int, float]) -> set[int]:
    """``id()``s of the lines that are page furniture."""
    pages: dict[int, list[PLine]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    candidates = {n: _bands(page_lines, heights[n]) for n, page_lines in pages.items()}
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for n, cands in candidates.items():
        for band, line in cands:
            seen[_key(band, line)].add(n)
    need = max(REPEAT_MIN_PAGES, REPEAT_SHARE * len(pages))
    out: set[int] = set()
    for cands in candidates.values():
        for band, line in cands:
            key = _key(band, line)
            if BAND_PAGE_NUMBER_RE.match(line.text) or (key[1] and len(seen[key]) >= need
                                                        and not CIRCLED_RE.match(line.text.lstrip()[:1])):
                out.add(id(line))
    return out
