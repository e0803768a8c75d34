"""Page furniture: running headers/footers and page numbers in the page's top/bottom bands.

A line is furniture when it is among the first/last two lines of its page, lies
in the outer 12 % band, and either looks like a page number or repeats (digits
ignored) in the same band on at least 40 % of the pages (and on two or more).
"""

from __future__ import annotations

import re
from collections import defaultdict

from booklet.readers.pdf.rows import PLine
from booklet.report import Report

PAGE_NUMBER = re.compile(
    r"^[\s\-—–·•\[\]()（）]*(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*页)?"
    r"(?:\s*(?:/|of|共)\s*\d{1,4}\s*页?)?[\s\-—–·•\[\]()（）]*$")
BAND = 0.12
_DIGITS_SPACE = re.compile(r"[\d\s]+")


def _bands(lines: list[PLine], height: float) -> list[tuple[str, PLine]]:
    """(band, line) for the candidate lines of one page."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    out = [("top", ln) for ln in ordered[:2] if ln.top < BAND * height]
    top_ids = {id(ln) for _, ln in out}
    out += [("bottom", ln) for ln in ordered[-2:]
            if ln.bottom > (1 - BAND) * height and id(ln) not in top_ids]
    return out


def _key(band: str, line: PLine) -> tuple[str, str]:
    return band, _DIGITS_SPACE.sub("", line.text)


def find_furniture(pages: dict[int, list[PLine]], heights: dict[int, float]) -> set[int]:
    """``id()``s of the lines that are page furniture."""
    candidates = {n: _bands(lines, heights[n]) for n, lines in pages.items()}
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for n, cands in candidates.items():
        for band, line in cands:
            seen[_key(band, line)].add(n)
    need = max(2, 0.4 * len(pages))
    out: set[int] = set()
    for cands in candidates.values():
        for band, line in cands:
            key = _key(band, line)
            if PAGE_NUMBER.match(line.text) or (key[1] and len(seen[key]) >= need
                                                and not line.text.lstrip()[:1] in "①②③④⑤⑥⑦⑧⑨⑩"):
                out.add(id(line))
    return out


def drop_furniture(lines: list[PLine], heights: dict[int, float], report: Report) -> list[PLine]:
    """``lines`` without furniture; each dropped line is reported with its page."""
    pages: dict[int, list[PLine]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    furniture = find_furniture(pages, heights)
    kept = []
    for line in lines:
        if id(line) in furniture:
            report.removed(line.lineno, f"page {line.page}: {line.text}", "pdf_furniture")
        else:
            kept.append(line)
    return kept
