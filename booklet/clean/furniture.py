"""Page furniture: page starts, page numbers, running headers/footers, web-page boilerplate.

Only lines that are furniture as a whole are removed, and each is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Sequence

from booklet.clean.lines import Line
from booklet.rawlines import Role
from booklet.report import Log
from booklet.shapes import (CLAUSE_RE, BYLINE_RE, NUMBERED_RE, SOURCE_LINE_RE,
                            WEB_BOILERPLATE_RE, WEB_WORDS_RE, WORDY_RE, ends_sentence,
                            is_page_number)

# A lone leading space marks page starts only when that rare: at most one line in six (or
# three lines) carries one — an extractor that indents every line means something else.
PAGE_SPACE_ONE_IN = 6
PAGE_SPACE_MAX_ALWAYS = 3
# A header or footer carrying the page number is at most this wide (em) …
NUMBERED_FURNITURE_MAX_EM = 30
# … and repeats, with different numbers, on at least this many pages.
NUMBERED_FURNITURE_MIN_PAGES = 3
# Copies of a running head stand a page apart: the usual gap is ten lines or more and most
# gaps are within 0.6–1.5 times it (numbered titles of short articles come at uneven gaps).
PAGE_GAP_MIN_LINES = 10
PAGE_GAP_LOW = 0.6
PAGE_GAP_HIGH = 1.5
PAGE_GAP_SHARE = 0.66
# A running head is 4–25 em wide: a page number is narrower, a sentence wider.
HEAD_MIN_EM = 4
HEAD_MAX_EM = 25
# It repeats three times, or exactly twice when both copies sit at page breaks.
HEAD_MIN_COPIES = 3
HEAD_PAIR_COPIES = 2

_FURNITURE = Role.FURNITURE
# Lines looked at to tell whether a reader placed them on the page (they carry boxes).
_GEOMETRY_PROBE_LINES = 40
_SPACE_RUN = re.compile(r"\s+")
_DIGIT_RUN = re.compile(r"\d+")


def strip_web_boilerplate(lines: list[Line], log: Log) -> list[Line]:
    """Drop web-page furniture pasted with an article: 责任编辑：…, 【纠错】, 分享到, 扫一扫, 打印/关闭窗口.

    来源 and date lines are kept: they are metadata, not furniture.
    """
    joined = "\n".join([ln.text for ln in lines])
    starts = [0]
    drop: set[int] = set()
    for match in WEB_WORDS_RE.finditer(joined):   # one C-level scan: most lines hold none of the words
        if len(starts) == 1:
            for line in lines:
                starts.append(starts[-1] + len(line.text) + 1)
        k = bisect_right(starts, match.start()) - 1
        if k not in drop and WEB_BOILERPLATE_RE.match(lines[k].text):
            drop.add(k)
            log.removed(lines[k].lineno, lines[k].text)
    return [line for k, line in enumerate(lines) if k not in drop] if drop else lines


def mark_page_starts(lines: list[Line], log: Log) -> list[Line]:
    """Mark page starts from the reader's page numbers and from a lone leading space.

    Some extractors put one space before the first line of a page
    (seed 000: `` 济社会发展…``); when that is rare in the file it is a page mark.
    The first line starts a page too (its running header is furniture).
    """
    singles = sum(1 for ln in lines if ln.lead_space)
    use_space = 0 < singles <= max(PAGE_SPACE_MAX_ALWAYS, len(lines) // PAGE_SPACE_ONE_IN)
    out = list(lines)
    if lines and lines[0].raw.page is None and not use_space:   # no page marks at all
        if not lines[0].page_start:
            out[0] = lines[0].but(page_start=True)
        return out
    prev_page = None
    for k, line in enumerate(lines):
        page = line.raw.page
        if (k == 0 or (page is not None and prev_page is not None and page != prev_page)
                or (use_space and line.lead_space)) and not line.page_start:
            out[k] = line.but(page_start=True)
        prev_page = page if page is not None else prev_page
    return out


def strip_furniture(lines: list[Line], log: Log) -> list[Line]:
    """Drop page numbers and running heads/footers, and what a reader flagged as furniture.

    A reader that places its lines on the page (a PDF's boxes) has judged furniture by where it
    stands; the text's repetitions are not judged again (a repeated attribution that opens a
    page is text there)."""
    flagged = _strip_flagged(lines, log)
    if any(ln.raw.box is not None for ln in lines[:_GEOMETRY_PROBE_LINES]):
        return flagged
    return _strip_running_heads(_strip_page_numbers(flagged, log), log)


def _strip_flagged(lines: list[Line], log: Log) -> list[Line]:
    """Lines a reader found in a page's header/footer band (PDF): removed, their page break kept."""
    if _FURNITURE not in {ln.role for ln in lines}:
        return lines
    out: list[Line] = []
    pending = False
    for line in lines:
        if line.role is _FURNITURE:
            log.removed(line.lineno, line.text, f"page {line.raw.page}")
            pending = pending or line.page_start
            continue
        out.append(line.but(page_start=True) if pending and not line.page_start else line)
        pending = False
    return out


def _strip_page_numbers(lines: Sequence[Line], log: Log) -> list[Line]:
    """Drop page-number lines; the line after one starts a new page.

    Before: ``…攻坚。`` / ``主题教育学习资料`` / `` 26`` / ``综合考虑…`` (seed 000);
    after: the ``26`` line is gone and ``综合考虑…`` is marked ``page_start``.
    """
    out: list[Line] = []
    pending = False
    numbered = _numbered_furniture(lines)
    for k, line in enumerate(lines):
        if not line.given_heading and (is_page_number(line.text) or k in numbered):
            log.removed(line.lineno, line.text)
            pending = True
            if out and not out[-1].caption and not out[-1].separator:
                out[-1] = out[-1].but(page_end=True)
            continue
        if pending:
            line = line.but(page_start=True)
            pending = False
        out.append(line)
    return out


def _numbered_furniture(lines: Sequence[Line]) -> set[int]:
    """Header/footer lines that carry the page number: the same words with a different number
    on three or more pages (``主题教育学习资料  26`` / ``主题教育学习资料  27`` …)."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.text
        if line.width <= NUMBERED_FURNITURE_MAX_EM and not line.given_heading \
                and _DIGIT_RUN.search(text) is not None and WORDY_RE.search(text) is not None \
                and not ends_sentence(text) and not CLAUSE_RE.search(text) \
                and not NUMBERED_RE.match(text):
            found.setdefault(_norm(text), []).append(i)
    out: set[int] = set()
    for where in found.values():
        numbers = {tuple(_DIGIT_RUN.findall(lines[i].text)) for i in where}
        if len(where) >= NUMBERED_FURNITURE_MIN_PAGES and len(numbers) >= NUMBERED_FURNITURE_MIN_PAGES \
                and _page_spaced(where):
            out.update(where)
    return out


def _page_spaced(where: Sequence[int]) -> bool:
    """Occurrences a page apart: gaps of ten lines or more, most of them near the usual gap
    (numbered titles of short articles, 「标题1号文章」…, come at uneven or short distances)."""
    gaps = sorted(b - a for a, b in zip(where, where[1:]))
    usual = gaps[len(gaps) // 2]
    near = sum(1 for g in gaps if PAGE_GAP_LOW * usual <= g <= PAGE_GAP_HIGH * usual)
    return usual >= PAGE_GAP_MIN_LINES and near >= PAGE_GAP_SHARE * len(gaps)


def _norm(text: str) -> str:
    return _DIGIT_RUN.sub("#", _SPACE_RUN.sub("", text))


def _candidate(line: Line) -> bool:
    text = line.text
    return (HEAD_MIN_EM <= line.width <= HEAD_MAX_EM and not line.given_heading
            and WORDY_RE.search(text) is not None and not ends_sentence(text)
            and not SOURCE_LINE_RE.match(text) and not NUMBERED_RE.match(text)
            and not CLAUSE_RE.search(text))


def _strip_running_heads(lines: Sequence[Line], log: Log) -> list[Line]:
    """Drop running headers/footers: short lines repeated on several pages, or a short
    unpunctuated line that sits alone just before a page number after a finished paragraph.

    Before (seed 000): ``…攻坚。`` / ``主题教育学习资料`` / ``26``; after: ``…攻坚。``.
    """
    keys = {i: _norm(ln.text) for i, ln in enumerate(lines) if _candidate(ln)}
    counts = Counter(keys.values())
    # a two-page document repeats its header only twice: enough when both sit at page breaks
    at_breaks = Counter(key for i, key in keys.items() if _near_page_break(lines, i))
    drop: set[int] = set()
    seen: set[str] = set()
    for i, key in keys.items():
        line = lines[i]
        first = key not in seen  # only the first occurrence can be the title the header repeats
        seen.add(key)
        repeated = counts[key] >= HEAD_MIN_COPIES or counts[key] == at_breaks[key] == HEAD_PAIR_COPIES
        if repeated and _near_page_break(lines, i) and not (first and _opens_article(lines, i)):
            drop.add(i)
        elif line.page_end and i > 0 and ends_sentence(lines[i - 1].text) and line.blanks_before >= 1:
            drop.add(i)
    if not drop:
        return list(lines)
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i in drop:
            log.removed(line.lineno, line.text)
            continue
        out.append(line.but(page_start=True) if i - 1 in drop and not line.page_start else line)
    return out


def _opens_article(lines: Sequence[Line], i: int) -> bool:
    """A title line followed by its 来源 line or a byline is the article, not a running head
    (a header may repeat the title on every page; the title itself stays)."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return bool(SOURCE_LINE_RE.match(nxt)) or BYLINE_RE.match(nxt) is not None


def _near_page_break(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    if line.page_start or line.page_end:
        return True
    return i + 1 < len(lines) and lines[i + 1].page_start
