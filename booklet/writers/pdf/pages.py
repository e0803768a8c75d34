"""Page geometry and the grid pager.

Every text line sits in one slot of the profile's line grid (22 slots of
28.99 pt in gongwen), so body text lines up across pages and facing pages.
The pager keeps headings with what follows, avoids single lines at a page's
top or bottom, and records where each article begins.

Footnotes sit at the foot of the page that carries their marker, under a
short rule: the pager reserves their height (whole grid slots, so the body
stays on the grid) before it places the line with the marker, continues a
long note at the next page's foot, and numbers markers per page (①② …) or
per article as the profile says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from booklet.layout import MM, Profile
from booklet.present.notes import note_mark
from booklet.writers.pdf.text import Line

FOOT_RULE = 0.5  # grid slots for the short rule over the notes and the white around it
MIN_NOTE_LINES = 1  # lines a note split across pages leaves on the first: any (as Word and
# LibreOffice continue a note whose style has no widow control, which keeps it on its page)


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
    marks: tuple[str, ...] = ()  # printed footnote markers for the line's marker characters


@dataclass(slots=True)
class Page:
    """One page: its kind (cover, notice, toc, part, body, blank), lines, rules and outline marks."""

    kind: str
    placed: list[Placed] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, str]] = field(default_factory=list)  # x0,x1,y,w,col
    # rules centred on the paper rather than the text block: (length, y, width, colour)
    page_rules: list[tuple[float, float, float, str]] = field(default_factory=list)
    bookmarks: list[tuple[str, int]] = field(default_factory=list)  # (title, level)
    number: int | None = None
    foot: list[Placed] = field(default_factory=list)  # footnote lines at the page foot
    foot_step: float = 1.0  # grid slots per footnote line


@dataclass(slots=True)
class PageNote:
    """A footnote set for the page foot: its lines, the first one starting with its marker."""

    label: str
    lines: list[Line]


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
    notes: dict[str, PageNote] = field(default_factory=dict)  # footnotes by marker label


class Flow:
    """Places chunks on grid slots, opening pages as needed."""

    def __init__(self, geo: Geometry, pages: list[Page], kind: str, *, note_step: float = 1.0,
                 per_page: bool = True, on_page: Callable[[int], None] | None = None) -> None:
        self.on_page = on_page  # hears the page count whenever a page is opened
        self.geo = geo
        self.pages = pages
        self.kind = kind
        self.slot: float = 0  # grid slots from the top: lines in small type step less than one
        self.anchors: dict[int, int] = {}
        # refittable chunks with lines on this page: (chunk, index in placed, first line here)
        self.whole: list[tuple[Chunk, int, int]] = []
        self.note_step = note_step
        self.per_page = per_page
        self.carry: list[Line] = []  # lines of a note continued from the previous page
        self.numbered = 0  # notes numbered on this page
        self.page = self.new_page()

    def new_page(self, kind: str | None = None) -> Page:
        """Open a fresh page of this flow's kind; a note continued from the last page goes first
        at its foot."""
        self.page = Page(kind or self.kind, foot_step=self.note_step)
        self.pages.append(self.page)
        if self.on_page is not None:
            self.on_page(len(self.pages))
        self.slot = 0
        self.whole = []
        self.numbered = 0
        carry, self.carry = self.carry, []
        self._foot_lines(carry, ())
        return self.page

    def finish(self) -> None:
        """Pages for what is left of a note continued past the last line of text."""
        while self.carry:
            self.new_page()

    def break_page(self, kind: str | None = None) -> Page:
        """Start a new page unless the current one is still empty."""
        if self.page.placed or self.page.rules or self.page.foot:
            return self.new_page(kind)
        if kind:
            self.page.kind = kind
        return self.page

    def place_all(self, chunks: Iterable[Chunk]) -> None:
        """Place chunks in order, honouring keep-with-next and widow/orphan rules; ``chunks``
        may be set as they are asked for (only a run of keep-with-next chunks is read ahead)."""
        for chunk, lead in _with_leads(chunks):
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
            k = self._fit(chunk, len(lines) - done, done == 0, done)
            if k == 0:
                self.new_page()
                continue
            if done == 0:
                self._mark(chunk)
            piece = (len(self.page.placed), done)
            for j in range(done, done + k):
                target = chunk.toc_target if j == len(lines) - 1 else None
                placed = Placed(lines[j], self.slot, toc_target=target)
                self.page.placed.append(placed)
                self.slot += chunk.step
                notes = self._notes(chunk, lines[j])
                if notes:
                    placed.marks = self._add_notes(notes)
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
        if self.page.foot or chunk.notes:
            return  # notes at the foot: their room, not the grid, decides where the page ends
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

    def _fills(self, chunk: Chunk, lines: list[Line], free: float) -> bool:
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

    def _fit(self, chunk: Chunk, n: int, first: bool, start: int = 0) -> int:
        """How many of ``n`` remaining lines go on the current page (0: open a new one).

        A paragraph's last lines never stand alone at a page top (``widows``);
        its first line may close a page, as Chinese typesetting allows.
        """
        free = self._room(chunk, start, n)
        if n <= free:
            return n
        if self.slot == 0:
            k = min(free, n - chunk.widows)
            return k if chunk.splittable and k >= 1 else min(free, n)
        if not chunk.splittable:
            return 0
        k = min(free, n - chunk.widows)
        return k if k >= (chunk.orphans if first else 1) else 0

    # ------------------------------------------------------------ footnotes ---

    def _notes(self, chunk: Chunk, line: Line) -> list[PageNote]:
        return [chunk.notes[label] for label in line.refs if label in chunk.notes]

    def _limit(self, foot_lines: float) -> int:
        """Body slots left on the page when its foot holds ``foot_lines`` note lines."""
        if foot_lines <= 0:
            return self.geo.lines
        return self.geo.lines - math.ceil(FOOT_RULE + foot_lines * self.note_step - 1e-6)

    def _room(self, chunk: Chunk, start: int, n: int) -> int:
        """How many of the chunk's next ``n`` lines fit here with their notes (the last note on
        the page may continue on the next one, keeping ``MIN_NOTE_LINES`` here)."""
        foot = len(self.page.foot)
        body = self.slot
        k = 0
        while k < n:
            notes = self._notes(chunk, chunk.lines[start + k])
            need = sum(len(note.lines) for note in notes)
            body += chunk.step
            if body <= self._limit(foot + need) + 1e-6:
                foot += need
                k += 1
                continue
            if notes:
                whole = need - len(notes[-1].lines)
                part = min(MIN_NOTE_LINES, len(notes[-1].lines))
                if body <= self._limit(foot + whole + part) + 1e-6:
                    k += 1  # its last note starts here and continues overleaf
            break
        if k == 0 and self.slot == 0 and not self.page.foot:
            return 1  # notes taller than a page: the line goes first, its notes continue
        return k

    def _add_notes(self, notes: list[PageNote]) -> tuple[str, ...]:
        """Put notes at this page's foot, numbering them; lines that do not fit are carried to
        the next page.  Returns the markers for the line that cites them."""
        marks = []
        for note in notes:
            self.numbered += 1
            mark = note_mark(self.numbered) if self.per_page else note_mark(int(note.label)) \
                if note.label.isdecimal() else note.label
            marks.append(mark)
            self._foot_lines(note.lines, (mark,))
        return tuple(marks)

    def _foot_lines(self, lines: list[Line], marks: tuple[str, ...]) -> None:
        """Append note lines to the foot while the body above still fits; carry the rest."""
        foot = self.page.foot
        for i, line in enumerate(lines):
            if self.carry or self._limit(len(foot) + 1) < self.slot:
                self.carry.append(line)
                continue
            foot.append(Placed(line, marks=marks if i == 0 else ()))

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


def _with_leads(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, int]]:
    """Each chunk with the lines that must fit on the current page before it starts there.

    A heading (keep_next) needs itself plus the first lines of what follows:
    one line of a paragraph that can split there (a heading may close a page
    with its paragraph's first line), all of one that cannot.  Only a heading's
    lead depends on what follows, so chunks wait only while headings run on.
    """
    waiting: list[Chunk] = []
    for chunk in chunks:
        waiting.append(chunk)
        if not chunk.keep_next:
            yield from _leads(waiting)
            waiting = []
    yield from _leads(waiting)


def _leads(run: list[Chunk]) -> Iterator[tuple[Chunk, int]]:
    """Leads of keep-with-next chunks and the one chunk that ends them, counted backwards."""
    leads = [0] * len(run)
    follow = 0
    for i in range(len(run) - 1, -1, -1):
        chunk, n = run[i], len(run[i].lines)
        if chunk.keep_next:
            leads[i] = n + follow
        elif not chunk.splittable or n < chunk.orphans + chunk.widows:
            leads[i] = n
        else:
            leads[i] = chunk.orphans
        follow = leads[i]
    return zip(run, leads)
