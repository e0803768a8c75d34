"""Page geometry and the grid pager.

Every text line sits in one slot of the profile's line grid (22 slots of
28.99 pt in gongwen), so body text lines up across pages and facing pages.
The pager keeps headings with what follows, avoids single lines at a page's
top or bottom, and records where each article begins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from booklet.layout import MM, Profile
from booklet.writers.pdf.text import Line


@dataclass(frozen=True, slots=True)
class Geometry:
    """Page and text-block measurements in points (PDF origin bottom left)."""

    page_w: float
    page_h: float
    margin_left: float
    measure: float
    block_top: float
    block_h: float
    pitch: float
    lines: int
    mirror: bool

    @classmethod
    def of(cls, profile: Profile) -> "Geometry":
        """Geometry of a profile."""
        return cls(profile.page_width_mm * MM, profile.page_height_mm * MM, profile.margin_left_mm * MM,
                   profile.text_width_mm * MM, (profile.page_height_mm - profile.margin_top_mm) * MM,
                   profile.text_height_mm * MM, profile.line_pitch_pt, profile.lines_per_page,
                   profile.mirror_margins)

    def block_left(self, recto: bool) -> float:
        """Left edge of the text block; the binding side alternates when mirrored."""
        if recto or not self.mirror:
            return self.margin_left
        return self.page_w - self.margin_left - self.measure

    def baseline(self, slot: float, size: float) -> float:
        """Baseline that centres an ideographic em box of ``size`` in grid slot ``slot``."""
        return self.block_top - (slot + 0.5) * self.pitch - 0.38 * size


@dataclass(slots=True)
class Placed:
    """A line on a page: in grid slot ``slot`` or, when ``y`` is set, at that baseline."""

    line: Line
    slot: float = 0.0
    y: float | None = None
    toc_target: int | None = None  # article whose page number ends this TOC line


@dataclass(slots=True)
class Page:
    """One page: its kind (cover, notice, toc, part, body, blank), lines, rules and outline marks."""

    kind: str
    placed: list[Placed] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, str]] = field(default_factory=list)  # x0,x1,y,w,col
    bookmarks: list[tuple[str, int]] = field(default_factory=list)  # (title, level)
    number: int | None = None


@dataclass(slots=True)
class Chunk:
    """Lines that belong together: a paragraph, a heading, a title block.

    ``keep_next`` keeps it on the page of the first lines of the next chunk;
    ``splittable`` chunks may break across pages, leaving at least ``orphans``
    lines at the page bottom and carrying at least ``widows`` to the next top
    (a quote carries its attribution plus two lines); ``space_before`` empty
    slots are dropped at a page top.  ``refit(delta)``, when given, sets the
    chunk one line shorter (-1) or longer (+1), or returns None: the pager uses
    it to fill a page a widow would leave a line short (缩行/伸行).  ``step``
    below 1 sets small type (footnotes, at an article's end) closer than the grid.
    """

    lines: list[Line]
    keep_next: bool = False
    splittable: bool = True
    space_before: int = 0
    orphans: int = 1
    widows: int = 2
    refit: Callable[[int], list[Line] | None] | None = None
    step: float = 1.0  # grid slots per line: footnotes, in small type, take less than one
    bookmarks: list[tuple[str, int]] = field(default_factory=list)
    anchor: int | None = None  # article index starting here
    toc_target: int | None = None


class Flow:
    """Places chunks on grid slots, opening pages as needed."""

    def __init__(self, geo: Geometry, pages: list[Page], kind: str) -> None:
        self.geo = geo
        self.pages = pages
        self.kind = kind
        self.slot = 0
        self.anchors: dict[int, int] = {}
        # refittable chunks with lines on this page: (chunk, index in placed, first line here)
        self.whole: list[tuple[Chunk, int, int]] = []
        self.page = self.new_page()

    def new_page(self, kind: str | None = None) -> Page:
        """Open a fresh page of this flow's kind."""
        self.page = Page(kind or self.kind)
        self.pages.append(self.page)
        self.slot = 0
        self.whole = []
        return self.page

    def break_page(self, kind: str | None = None) -> Page:
        """Start a new page unless the current one is still empty."""
        if self.page.placed or self.page.rules:
            return self.new_page(kind)
        if kind:
            self.page.kind = kind
        return self.page

    def place_all(self, chunks: list[Chunk]) -> None:
        """Place chunks in order, honouring keep-with-next and widow/orphan rules."""
        leads = _leads(chunks)
        for chunk, lead in zip(chunks, leads):
            self._place(chunk, lead)

    def _place(self, chunk: Chunk, lead: int) -> None:
        n_slots = self.geo.lines
        if self.slot > 0 and chunk.space_before:
            self.slot += chunk.space_before
            if self.slot >= n_slots:
                self.new_page()
        if self.slot > 0 and lead > n_slots - self.slot:
            self.new_page()
        self._refit(chunk)
        lines = chunk.lines
        done = 0
        piece = (0, 0)  # (index in page.placed, line index) of the chunk's piece on this page
        while done < len(lines):
            k = self._fit(chunk, len(lines) - done, done == 0)
            if k == 0:
                self.new_page()
                continue
            if done == 0:
                self._mark(chunk)
            piece = (len(self.page.placed), done)
            for j in range(done, done + k):
                target = chunk.toc_target if j == len(lines) - 1 else None
                self.page.placed.append(Placed(lines[j], self.slot, toc_target=target))
                self.slot += chunk.step
            done += k
        if chunk.refit is not None and lines:
            self.whole.append((chunk, *piece))

    def _refit(self, chunk: Chunk) -> None:
        """Fill a page that splitting ``chunk`` would leave short: set it, or a paragraph
        already on the page, a line shorter or longer (缩行/伸行)."""
        free = self.geo.lines - self.slot
        n = len(chunk.lines)
        if chunk.step != 1 or free != int(free) or self.slot == 0 or n <= free:
            return  # small type off the grid, a fresh page, or nothing to split
        if self._fit(chunk, n, True) == free:
            return  # the split already fills the page
        for delta in (-1, 1):
            alt = chunk.refit(delta) if chunk.refit else None
            if alt is not None and self._fills(chunk, alt, free):
                chunk.lines = alt
                return
        for earlier, start, first in reversed(self.whole):
            for delta in (-1, 1):
                if self._fills(chunk, chunk.lines, free - delta):
                    alt = earlier.refit(delta) if earlier.refit else None
                    if alt is not None and _keeps_head(earlier, alt, first):
                        self._replace(earlier, start, first, alt)
                        return

    def _fills(self, chunk: Chunk, lines: list[Line], free: int) -> bool:
        """Whether ``lines`` in place of the chunk's end exactly a page with ``free`` slots left."""
        if len(lines) <= free:
            return True
        k = min(free, len(lines) - chunk.widows)
        return k == free and k >= chunk.orphans

    def _replace(self, chunk: Chunk, start: int, first: int, lines: list[Line]) -> None:
        """Swap the chunk's lines from ``first`` on (placed from ``start``) for those of
        ``lines`` and move what follows it on the page."""
        placed = self.page.placed
        old = len(chunk.lines) - first
        shift = len(lines) - len(chunk.lines)
        slot = placed[start].slot
        new = [Placed(line, slot + i) for i, line in enumerate(lines[first:])]
        for later in placed[start + old:]:
            later.slot += shift
        placed[start:start + old] = new
        self.slot += shift
        self.whole = [(c, i + shift if i > start else i, f) for c, i, f in self.whole]
        chunk.lines = lines

    def _fit(self, chunk: Chunk, n: int, first: bool) -> int:
        """How many of ``n`` remaining lines go on the current page (0: open a new one).

        A paragraph's last lines never stand alone at a page top (``widows``);
        its first line may close a page, as Chinese typesetting allows.
        """
        free = int((self.geo.lines - self.slot) / chunk.step + 1e-6)
        if n <= free:
            return n
        if self.slot == 0:
            k = min(free, n - chunk.widows)
            return k if chunk.splittable and k >= 1 else min(free, n)
        if not chunk.splittable:
            return 0
        k = min(free, n - chunk.widows)
        return k if k >= (chunk.orphans if first else 1) else 0

    def _mark(self, chunk: Chunk) -> None:
        self.page.bookmarks.extend(chunk.bookmarks)
        if chunk.anchor is not None:
            self.anchors[chunk.anchor] = len(self.pages) - 1


def _keeps_head(chunk: Chunk, lines: list[Line], first: int) -> bool:
    """Whether a refit leaves the lines on earlier pages alone and enough lines on this one."""
    if first == 0:
        return True
    return all(a is b for a, b in zip(lines[:first], chunk.lines[:first])) \
        and len(lines) - first >= chunk.widows


def _leads(chunks: list[Chunk]) -> list[int]:
    """Lines that must fit on the current page before each chunk starts there.

    A heading (keep_next) needs itself plus the first lines of what follows:
    one line of a paragraph that can split there (a heading may close a page
    with its paragraph's first line), all of one that cannot.
    """
    leads = [0] * len(chunks)
    follow = 0
    for i in range(len(chunks) - 1, -1, -1):
        chunk, n = chunks[i], len(chunks[i].lines)
        if chunk.keep_next:
            leads[i] = n + follow
            follow = leads[i]
        elif not chunk.splittable or n < chunk.orphans + chunk.widows:
            leads[i] = follow = n
        else:
            leads[i] = follow = chunk.orphans
    return leads
