"""TOC entries that wrap where words end — in our PDF and after Word or LibreOffice update the field.

A word processor rebuilds a table of contents from the headings and wraps each
entry itself, greedily, at any character (Chinese has no spaces to prefer), so
manual breaks in the rows are lost on the first update.  What survives an
update is the entry's paragraph style.  So each entry gets the shape — right
indent and hang, one TOC level style per shape — at which greedy wrapping ends
every line where a word ends, checked with the segmenter; the PDF prints those
same lines and the DOCX's rows carry no manual breaks.  The house hang is two
characters; an entry no right indent wraps well at two may hang one or three,
and a booklet uses at most as many shapes as a TOC field has levels.

The prediction must hold for every renderer: a line breaks at the same place
whether a Chinese character is Word's or LibreOffice's 15.7 pt or the PDF's
15.79 pt, and a Latin character half a cell give or take a quarter; a break
that needs the no-line-start rules (which LibreOffice resolves by hanging the
punctuation) is not taken.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from booklet.layout import MM, Profile
from booklet.model import Booklet
from booklet.present.breaks import title_lines
from booklet.typeset.clreq import NO_END, NO_START
from booklet.typeset.titles import INSIDE_WORD, break_costs

HANG_CELLS = 2  # wrapped lines hang two characters in (the house style)
HANGS = (HANG_CELLS, 1, 3)  # hangs on offer, for entries no right indent wraps well at two
RIGHT_CELLS = tuple(range(3, 11))  # right indents on offer; the least leaves room for the
# leaders and a page number
DEFAULT_SHAPE = (RIGHT_CELLS[0], HANG_CELLS)  # Heading 1's level: also a title added by hand
STUB_CELLS = 4  # a last line shorter than this before the leaders is a stub (力……17)
WORD_PROCESSOR_CJK = 0.994  # Word's and LibreOffice's character advance against the grid pitch
LATIN_DOUBT = 0.25  # cells a Latin letter or digit may be wider or narrower than half a cell
SPACE_CELLS, SPACE_DOUBT = 0.25, 0.05  # a space in a Times face: a quarter em, give or take
LINE_COST = 20.0  # each line beyond the first, against the cost of where lines break
STUB_COST = 30.0  # a last line too short to stand before the leaders
HANG_COST = 15.0  # a hang other than the house's: a small irregularity in the column
SPLIT_WORD_COST = 1000.0  # a line ending inside a word: worse than any other choice

FIELD_LEVELS = 9  # a Word TOC field has nine levels; a grouped TOC's parts take the first
Option = tuple[float, tuple[int, int], tuple[str, ...]]  # (cost, shape, lines)


@dataclass(frozen=True, slots=True)
class TocEntry:
    """An entry's lines, and the right indent and hang (grid cells) of the TOC style at which a
    renderer wraps it into those lines."""

    lines: tuple[str, ...]
    right_cells: int
    hang_cells: int = HANG_CELLS

    @property
    def shape(self) -> tuple[int, int]:
        """(right indent, hang): what its TOC level style must have."""
        return self.right_cells, self.hang_cells


def entry_text(profile: Profile, title: str) -> str:
    """The text a rebuilt TOC entry shows: the title as its heading prints it, each of the
    heading's line breaks read as a space (as Word and LibreOffice read them)."""
    return " ".join(" ".join(title_lines(profile, "title", title)).split())


def toc_lines(profile: Profile, title: str) -> list[str]:
    """An article's TOC entry as lines on its own (``toc_entries`` decides for a booklet)."""
    return list(toc_entries(profile, (title,), levels=len(RIGHT_CELLS) * len(HANGS))[0].lines)


def booklet_entries(profile: Profile, booklet: Booklet) -> tuple[TocEntry, ...]:
    """The entries of ``booklet``'s contents page, one per article: what both writers print."""
    grouped = any(part.title for part in booklet.parts)
    return toc_entries(profile, tuple(a.title for a in booklet.articles),
                       levels=FIELD_LEVELS - grouped)


def toc_entries(profile: Profile, titles: tuple[str, ...], *, levels: int) -> tuple[TocEntry, ...]:
    """Every article's entry, using at most ``levels`` shapes (``DEFAULT_SHAPE`` among them).

    Each entry takes its cheapest shape that every renderer wraps alike — costs from the
    words where lines end (``typeset.titles``; inside a word, more than all else), per extra
    line, for a stub, for a hang other than two; while too many shapes are in use, the least used one is
    given up and its entries take their next best among those left.
    """
    measure = profile.text_width_mm * MM / _pitch(profile)
    options = [_options(entry_text(profile, title), measure) for title in titles]
    allowed = {shape for opts in options for _, shape, _ in opts}
    while True:
        chosen = [_pick(opts, allowed) for opts in options]
        used = Counter(entry.shape for entry in chosen)
        extra = sorted(allowed - {DEFAULT_SHAPE}, key=lambda shape: (used[shape], shape))
        if len(set(used) | {DEFAULT_SHAPE}) <= levels or not extra:
            return tuple(chosen)
        allowed.discard(extra[0])


def _pick(options: list[Option], allowed: set[tuple[int, int]]) -> TocEntry:
    return next(TocEntry(lines, *shape) for _, shape, lines in options if shape in allowed)


def _pitch(profile: Profile) -> float:
    return profile.style("toc_entry").size_pt * profile.char_pitch_pt / profile.body.size_pt


@lru_cache(maxsize=1024)
def _options(text: str, measure: float) -> list[Option]:
    """Every shape the renderers agree on, cheapest first, then (at any cost) the lines a
    renderer wraps the entry into at the house shape."""
    costs = break_costs(text)
    found = []
    for hang in HANGS:
        for right in RIGHT_CELLS:
            cuts = _agreed_cuts(text, measure - right, hang)
            if cuts is None:
                continue
            lines = _lines(text, cuts)
            stub = len(lines) > 1 and _cells(lines[-1], 0.0) < STUB_CELLS
            cost = sum(costs[cut] + SPLIT_WORD_COST * (costs[cut] >= INSIDE_WORD) for cut in cuts) \
                + LINE_COST * len(cuts) + STUB_COST * stub + HANG_COST * (hang != HANG_CELLS)
            found.append((cost, (right, hang), lines))
    found.sort()
    right, hang = DEFAULT_SHAPE
    fallback = _lines(text, _greedy(text, measure - right, hang, 1.0, 0.0)[0])
    return found + [(float("inf"), DEFAULT_SHAPE, fallback)]


def _agreed_cuts(text: str, room: float, hang: int) -> list[int] | None:
    """Where greedy lines on ``room`` cells (wrapped lines ``hang`` less) end, when every
    renderer's widths give the same lines, each ending at a clean break; else None."""
    found = None
    for cjk, latin in ((WORD_PROCESSOR_CJK, -LATIN_DOUBT), (1.0, LATIN_DOUBT)):
        cuts, clean = _greedy(text, room, hang, cjk, latin)
        if not clean or (found is not None and cuts != found):
            return None
        found = cuts
    return found


def _lines(text: str, cuts: list[int]) -> tuple[str, ...]:
    bounds = [0, *cuts, len(text)]
    return tuple(text[a:b].strip() for a, b in zip(bounds, bounds[1:]))


def _cells(text: str, latin: float, cjk: float = 1.0) -> float:
    """Width in cells, each Latin letter ``latin`` wider than half a cell and each space a
    fifth of that (the two renderer models are ``latin`` = ± ``LATIN_DOUBT``)."""
    space = SPACE_CELLS + SPACE_DOUBT * latin / LATIN_DOUBT
    return sum(cjk if ord(ch) >= 0x2000 else space if ch == " " else 0.5 + latin for ch in text)


def _greedy(text: str, room: float, hang: int, cjk: float,
            latin: float) -> tuple[list[int], bool]:
    """Where a word processor ends lines: as many characters as fit, a space at the end
    dropped; ``clean`` is False when a line had to give way to the no-line-start/end rules."""
    cuts: list[int] = []
    clean, start, n = True, 0, len(text)
    while True:
        avail = room - (hang if cuts else 0)
        width, end = 0.0, start
        while end < n:
            step = _cells(text[end], latin, cjk)
            if width + step > avail + 1e-6 and text[end] != " ":
                break
            width += step
            end += 1
        if end >= n:
            return cuts, clean
        if text[end] in NO_START or text[end - 1] in NO_END:
            clean = False
        end = max(end, start + 1)  # a character wider than the line takes a line of its own
        cuts.append(end)
        start = end
        while start < n and text[start] == " ":
            start += 1
