"""Page furniture: running heads and feet and page numbers, found by where they stand.

A page's head is the run of up to three lines at its top (in the outer 12 % of the page) that a
wider blank than the text's own line spacing separates from what follows; its foot is the same
at the bottom.  A head or foot line is
furniture when

- it is shaped like a page number (``— 3 —``, ``第 3 页 共 9 页``, ``·iv·``), or
- it stands in the head or foot of another page too, at the same height and size (digits
  aside: ``第 3 页``; odd and even pages alike), or
- it is set smaller than the body text: a one-page brief's 单位名称 / 刊名 over its title.

So the chapter title used as the running head goes, and the chapter's own heading — larger,
inside the text block — stays; a line that merely opens a page, with body spacing below it
(a repeated attribution, a refrain), is never a head.  Notes at a page's foot are not its foot.
The reader marks furniture (role ``FURNITURE``); the cleaner's ``strip_furniture`` removes and
reports it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from statistics import median

from booklet.readers.pdf.rows import PLine
from booklet.shapes import BAND_PAGE_NUMBER_RE, NOTE_LINE_RE

# Heads and feet stand in the outer 12 % of the page, at most three lines each (a head band of
# two lines, a rule between them and the text); a blank at least one body size high, and 1.5
# times the blank between the text's lines, parts them from the text.
BAND = 0.12
BAND_LINES = 3
SEPARATION_SIZES = 1.0
SEPARATION_BLANKS = 1.5
# Copies of one head stand within half a size of the same height, in the same size.
SAME_TOP_SIZES = 0.5
SAME_SIZE_PT = 0.3
# A head line set at most 92 % of the body size is furniture on its own.
SMALL_SHARE = 0.92
_DIGITS_SPACE = re.compile(r"[\d\s]+")


def find_furniture(lines: list[PLine], heights: dict[int, float]) -> set[int]:
    """``id()``s of the lines that are page furniture."""
    pages: dict[int, list[PLine]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    blank = _usual_blank(lines, body)
    bands = {n: _bands(sorted(ls, key=lambda ln: ln.top), heights[n], body, blank) for n, ls in pages.items()}
    copies: dict[tuple[str, str], list[PLine]] = defaultdict(list)
    for band_lines in bands.values():
        for band, line in band_lines:
            copies[(band, _DIGITS_SPACE.sub("", line.text))].append(line)
    out: set[int] = set()
    for band_lines in bands.values():
        for band, line in band_lines:
            same = copies[(band, _DIGITS_SPACE.sub("", line.text))]
            if BAND_PAGE_NUMBER_RE.match(line.text) or line.size <= SMALL_SHARE * body \
                    or _repeats(line, same):
                out.add(id(line))
    return out


def _repeats(line: PLine, copies: list[PLine]) -> bool:
    """Another page's head or foot holds the line at the same height, in the same size."""
    return any(other.page != line.page and abs(other.size - line.size) <= SAME_SIZE_PT
               and abs(other.top - line.top) <= SAME_TOP_SIZES * line.size for other in copies)


def _usual_blank(lines: list[PLine], body: float) -> float:
    """The blank between two consecutive body lines of a column (line spacing less the size)."""
    blanks = [b.top - a.bottom for a, b in zip(lines, lines[1:])
              if a.page == b.page and a.column == b.column and abs(a.size - body) <= SAME_SIZE_PT
              and abs(b.size - body) <= SAME_SIZE_PT and 0 <= b.top - a.bottom <= 2 * body]
    return median(blanks) if blanks else 0.5 * body


def _bands(ordered: list[PLine], height: float, body: float, blank: float) -> list[tuple[str, PLine]]:
    """("top" | "bottom", line) for a page's head and foot lines."""
    sep = max(SEPARATION_SIZES * body, SEPARATION_BLANKS * blank)
    head = _group(ordered, sep, lambda ln: ln.top < BAND * height, lambda a, b: b.top - a.bottom)
    foot = _group(ordered[::-1], sep, lambda ln: ln.bottom > (1 - BAND) * height, lambda a, b: a.top - b.bottom)
    if len(head) + len(foot) > len(ordered):
        return []
    if foot and _in_notes(ordered, len(ordered) - len(foot)):
        foot = []
    # A page number is the page's first or last line in the band, however near the text it sits.
    if not head and ordered and ordered[0].top < BAND * height and BAND_PAGE_NUMBER_RE.match(ordered[0].text):
        head = [ordered[0]]
    if not foot and len(ordered) > len(head) and ordered[-1].bottom > (1 - BAND) * height \
            and BAND_PAGE_NUMBER_RE.match(ordered[-1].text):
        foot = [ordered[-1]]
    return [("top", ln) for ln in head] + [("bottom", ln) for ln in foot]


def _group(ordered: list[PLine], sep: float, in_band, blank) -> list[PLine]:
    """The lines of ``ordered`` before its first blank of ``sep`` or more, when they are at most
    BAND_LINES and all in the band."""
    for k in range(min(BAND_LINES, len(ordered) - 1)):
        if not in_band(ordered[k]):
            return []
        if blank(ordered[k], ordered[k + 1]) >= sep:
            return ordered[:k + 1]
    return []


def _in_notes(ordered: list[PLine], first: int) -> bool:
    """The foot lines from ``first`` on belong to a block of notes (one of its lines, or of the
    lines closely above them in the same size, opens with a note marker)."""
    k = first
    while k > 0 and abs(ordered[k - 1].size - ordered[k].size) <= SAME_SIZE_PT \
            and ordered[k].top - ordered[k - 1].bottom <= ordered[k].size:
        k -= 1
    return any(NOTE_LINE_RE.match(line.text) for line in ordered[k:])
