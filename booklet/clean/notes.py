"""Footnotes out of the text flow: page-bottom note zones, and notes a reader marked.

Notes are cut out before paragraphs are formed, so that a paragraph a footnote zone
interrupted joins up again across it.  Each note keeps its printed marker as its label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from booklet.clean.layout import compressed_width, typical_measure
from booklet.clean.lines import Line, join_logged
from booklet.clean.stages import Lines
from booklet.rawlines import Role
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import HEADING_LEVELS, LEAD_IN_END_RE, NOTE_LABEL_RE, NOTE_MARK_FIRST, NOTE_MARK_RE, NOTE_START_RE, PUSHED_MARKER_RE, ends_sentence, note_number

_FOOTNOTE = Role.FOOTNOTE
# A zone of page-bottom notes is at most this many lines (else the marker was something else).
MAX_ZONE = 24
# Notes are set smaller than the body: a full note line holds more than this much (em) beyond the
# body's measure (the measure's own slack).
NOTE_WIDER_EM = 2.0
# A note's text never ends on a comma or an enumeration mark: a note ending so (「…[J].经济问题探索，」)
# was cut by the page's foot and goes on at the next page's, whatever the notes' size.
_CUT_OPEN_RE = re.compile(r"[，、,]\s*$")
# Where a document's notes are seen set smaller, a line wider than the body's measure by more than this
# (em) is a note's: the measure already counts a mark hung past it, and half an em is the count's own
# slack (a Latin digit or a compressed mark counts half).  The notes' smaller type gains the measure ×
# (1 / scale − 1) characters less a one-em hanging indent: on a 13–18-character pocket measure, two em
# or less — so NOTE_WIDER_EM, asked where nothing yet says the notes are smaller, misses their lines
# (「始于五代，见清光绪《江城县志》卷一《沿」, 19 on an 18-character page).
SMALLER_PAST_EM = 0.5
# A note body ends with a full stop; the next unmarked line then starts the next body.
_BODY_END = re.compile(r"[.。]$")
# A marker followed by punctuation is a marker in running text, not a note's start.
_PUNCT_START = re.compile(r"^[，。、；：！？,.;:!?”’）)]")
# A line above a bracket-numbered run ([1] [2] …) that heads it is shorter than the measure by more
# than this (em): a heading (参考文献, 注释) or a label; a line of running text just above a page's
# notes is full, or ends its paragraph with a mark.  Three em: a full line may stand short by the slack
# of the count (compressed marks, a Latin run: under one), a mark hung past the measure that the
# measure was read with (one), and a character kinsoku pushed down to the next page with the mark no
# line may start with (one: 「…日新又新的精」 over the page's notes, 「神。」 overleaf); a heading over a
# list (参考文献, 注释, 主要参考文献) is a few words, far shorter.
HEAD_SHORT_EM = 3.0
# A note that ends before the body comes back ends on the full stop 。: a Latin period also ends a
# reference's piece as an extractor cuts it (「…的战略重点与路径[J].」 / 「经济问题，2024(1):1-9+17.」).
_NOTE_END = re.compile(r"。$")
# The words of a numbered heading hold no clause or sentence mark (「二、准确把握…突出问题」); a note's
# line that opens on a number goes on in a sentence (「1981年版，第23页。」).
_HEADING_TEXT_MARK = re.compile(r"[，。；：！？、,.;:!?]")


@dataclass(frozen=True, slots=True)
class SideNote:
    """A footnote body taken out of the flow: its printed marker and joined text."""

    label: str
    text: str
    first: int
    last: int


def extract_footnotes(stage: Lines, log: Log) -> Lines:
    """Cut page-bottom footnote zones (and reader-marked notes) out of the flow.

    A zone starts at a line beginning with ①②③… and runs to the next page start;
    markers may sit on their own lines before the bodies (seed 004:
    ``①`` / ``②`` / ``③`` / ``戚聿东,杜博.…(哲学社会科学`` / ``版),2024,(1):`` / ``108-124.`` …).
    A note that runs over a page break goes on at the foot of the next page, above its notes:
    it stays one note.
    """
    lines = stage.lines
    # the lines a note may start at (most files have none, or a few): the lines between them are
    # copied as slices, with no Python step per line
    may = [k for k, line in enumerate(lines) if line.text[:1] in NOTE_MARK_FIRST or line.role is _FOOTNOTE]
    if not may:
        return stage
    out: list[Line] = []
    notes: list[SideNote] = []
    zones: list[tuple[int, int]] = []   # (where in ``out``, which note) each zone of text notes starts
    smaller = False   # a zone's line shows the notes set smaller (``_shows_smaller``)
    listed: set[int] = set()   # the lines of bracket-numbered lists in the text (``_list_items``)
    wider: _NoteWidth | None = None   # set in the notes' size: read once, where first asked
    since = 0   # where the last zone of notes ended: the citations above it are answered
    i = 0
    while i < len(lines):
        k = bisect_left(may, i)
        ahead = may[k] if k < len(may) else len(lines)
        if ahead > i:
            out += lines[i:ahead]
            i = ahead
            continue
        line = lines[i]
        if line.role is _FOOTNOTE:   # a reader that knows (PDF, DOCX) marked them
            i = _take_hinted(lines, i, out, notes, log)
            continue
        if i not in listed and _list_may_open(lines, i, since):
            wider = wider or _NoteWidth(_body_measure(lines, may))
            if heads_list(lines, i - 1, wider.measure) and not _set_smaller(lines, i, wider):
                items = _list_items(lines, i, may[k:])
                if not _answers_citation(lines, items, since):
                    listed.update(items)
        end = _zone_end(lines, i) if line.text[:1] in NOTE_MARK_FIRST and i not in listed else None
        if end is not None:
            wider = wider or _NoteWidth(_body_measure(lines, may))
            end = _body_resumes(lines, i, end, wider)
            smaller = smaller or _shows_smaller(lines[i:end], wider)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        zone = _split_zone(lines[i:end], log)
        zones.append((len(out), len(notes)))
        notes.extend(zone)
        log.decided(lines[i].lineno, "moved", _("footnotes {labels} out of the text").format(
            labels="".join(n.label for n in zone)))
        if end < len(lines) and out and not lines[end].page_start:
            lines = list(lines)
            lines[end] = lines[end].but(page_start=True)
        i = since = end
    if not notes:
        return stage
    if zones:
        _carry_over(out, notes, zones, smaller, log)
    return stage.but(lines=out, notes=stage.notes + tuple(notes))


def _shows_smaller(zone: Sequence[Line], wider: _NoteWidth) -> bool:
    """A line of the zone past its notes' first lines is wider than the body's measure by more
    than ``SMALLER_PAST_EM``: the notes are set smaller — in the whole document, whose notes are
    set in one size, so that width tells their lines at every page's foot.  (A first line holds
    the note's label, which a bracketed 「[3]」 writes three characters wide: 「[3]关于咸丰年间漕粮改
    行海运的经」 is as wide as the body's lines on a 14-character page.)"""
    return any(wider.set_small(line) for line in zone if not _opens_note(line))


def _carry_over(out: list[Line], notes: list[SideNote], zones: list[tuple[int, int]], smaller: bool,
                log: Log) -> None:
    """Lines at the foot of a page, just above its notes, that continue the last note of the page
    before go back to that note: set in the notes' smaller size, every one of them but the last
    holds more than the body's measure (the body's, measured without the notes).

    The walk up stops where a page starts: at a line of the run that opens its page.  The line
    after the zone (``out[at]``, when the zone is not the last thing in the file) opens the next
    page and says nothing about the lines above the zone.  Where the zones showed the notes'
    smaller size (``smaller``) and the last note was cut by the foot (``_cut_by_foot``: its rest is
    known to come), a line wider than the measure by ``SMALLER_PAST_EM`` is enough; and the rest of
    a note whose next page holds no notes is taken from that page's foot (``_rests_on_bare_pages``).
    A line of the run that opens with a note's marker starts a note of its own (a continued note's
    lines carry none: a whole note the page before had no room for stands there), and the lines
    after it are that note's."""
    measure, compressed = typical_measure(out)
    wider = _Wider(measure, NOTE_WIDER_EM, compressed)
    wider_cut = _Wider(measure, SMALLER_PAST_EM, compressed)
    if smaller:
        _rests_on_bare_pages(out, notes, zones, wider_cut, log)
    for z in range(len(zones) - 1, 0, -1):
        at, first = zones[z]
        note = notes[first - 1]
        cut = smaller and _cut_by_foot(note)
        start = _carried_from(out, at, note, wider_cut if cut else wider,
                              cut or _CUT_OPEN_RE.search(note.text) is not None)
        if start is not None:
            run = out[start:at]
            head = next((n for n, line in enumerate(run) if _opens_note(line)), len(run))
            if head:
                notes[first - 1] = _continued(notes[first - 1], run[:head], log)
            notes[first:first] = _split_zone(run[head:], log) if head < len(run) else []
            del out[start:at]
            # (a zone above at the same place — two pages' notes with no body line between, the second
            # page's body all notes — or inside the lines taken now starts where they started)
            zones[:z] = [(min(pos, start), n) for pos, n in zones[:z]]


def _cut_by_foot(note: SideNote) -> bool:
    """The note's text stops inside its sentence (「…[J].经济问题探索，」, 「…中华书局」, 「…第4」,
    「…对沿」): a note ends on a stop (。 ． . ！ ？), so the page's foot cut it and its rest goes on
    at the next page's foot."""
    return bool(note.text) and not ends_sentence(note.text) and not _BODY_END.search(note.text)


@dataclass(frozen=True, slots=True)
class _Wider:
    """Whether a line of the text, as the lines above a page's notes are, is wider than the body's
    ``measure`` by more than ``slack`` (em): set in the notes' smaller size.  A line citing a note
    is the body's — notes cite no notes: a marker kinsoku pushed off the text line above, 「[4]。」,
    or that line rejoined with it, 「…寻找新的出路[4]。」, is wider than the measure only because the
    line could not hold the marker."""

    measure: float
    slack: float
    compressed: bool

    def __call__(self, line: Line) -> bool:
        return self.past(line, self.slack)

    def past(self, line: Line, slack: float) -> bool:
        """Wider than the measure by more than ``slack``, and citing no note."""
        return not line.given_heading and not _cites(line) and self._width(line) > self.measure + slack

    def reaches(self, line: Line) -> bool:
        """As wide as the measure at least (a full line or a note's), and citing no note."""
        return not line.given_heading and not _cites(line) and self._width(line) >= self.measure

    def _width(self, line: Line) -> float:
        return compressed_width(line) if self.compressed else line.span_width


def _rests_on_bare_pages(out: list[Line], notes: list[SideNote], zones: list[tuple[int, int]],
                         wider: _Wider, log: Log) -> None:
    """The rest of a note the page's foot cut, where the next page holds no note of its own: the
    rest is that page's foot — its last line, which ends the note's sentence, and the lines over it
    set in the notes' smaller size (``wider``: past the measure by ``SMALLER_PAST_EM``).  (Where the
    next page has notes, the rest stands just above them: ``_carried_from``.)  The note's own cut is
    the evidence that a rest comes; asked only where a zone of the document showed the notes'
    smaller size (``_shows_smaller``): where the notes gain no more than a hung mark on the body (a
    14-character page, notes at 0.85), width cannot tell where the rest starts, and taking its last
    line alone would leave the rest's other lines cut off in the body (「…《江城县志》卷十二」 run into
    the next page's heading); so where the line over the run is as wide as the body's measure (the
    measure counts a hung mark: a body line stopping inside its sentence at the page's foot falls
    short of it unless it hangs one) and ends no sentence, the rest's first line is not told and the
    rest is left where it stands."""
    for z in reversed(range(len(zones))):
        at, first = zones[z]
        last = zones[z + 1][1] - 1 if z + 1 < len(zones) else len(notes) - 1
        if last < first or not _cut_by_foot(notes[last]) or at >= len(out):
            continue
        end = next((j for j in range(at + 1, len(out)) if _page_breaks(out, j)), len(out))
        if z + 1 < len(zones) and zones[z + 1][0] <= end:
            continue   # (the next page has notes: ``_carried_from``)
        foot = out[end - 1]
        if foot.given_heading or _cites(foot) or not _NOTE_END.search(foot.text):
            continue
        start = end - 1   # (the rest may be all the last page holds: the document ends with it)
        while start > at and wider(out[start - 1]):
            start -= 1
        if start > at and wider.reaches(out[start - 1]) and not ends_sentence(out[start - 1].text):
            continue   # (the line over the run may be the rest's too: where it starts is not told)
        notes[last] = _continued(notes[last], out[start:end], log)
        del out[start:end]
        zones[z + 1:] = [(pos - (end - start), n) for pos, n in zones[z + 1:]]


def _cites(line: Line) -> bool:
    """The line holds a note's marker past its start (a citation in running text), or is a marker
    pushed down from such a line (「[4]。」)."""
    if PUSHED_MARKER_RE.match(line.text) is not None:
        return True
    return any(mark.start() > 0 for mark in NOTE_MARK_RE.finditer(line.text))


def _carried_from(out: list[Line], at: int, note: SideNote, wider: Callable[[Line], bool],
                  cut: bool) -> int | None:
    """Where the lines just above the zone at ``out[at]`` that continue ``note``, the last note of
    the page before, start (None: no line there is the note's).  Two things tell a note's line
    from the body's.  Its size: set smaller, a note's full lines are wider than the body's measure —
    a run of them (the last, the note's end, may be short), walking up no further than where the
    page starts.  And the note (``cut``): one cut after a comma (``_CUT_OPEN_RE``), or inside a word
    where the zones showed the notes' smaller size (``_cut_by_foot``, ``smaller``: a rest of
    more lines would show wider ones), goes on, so a single line standing between the body's last
    sentence (the line above it ends one) and the zone is its rest (「2020,(8):33-43.」 under
    「…创新兴邦的不变真理。」, 「1981年版，第23页。」 under 「…一落千丈[3]。」: the note's last line, short)."""
    k = at - 1 if at and not wider(out[at - 1]) else at
    start = k
    while start > 0 and wider(out[start - 1]) and (start == at or not out[start].page_start):
        start -= 1
    if start < k:
        return None if out[start].page_start else start
    if k == at - 1 and k and not out[k].page_start and cut \
            and ends_sentence(out[k - 1].text):
        return k
    return None


def _opens_note(line: Line) -> bool:
    """The line starts with a note's marker (and is not a marker in running text)."""
    start = NOTE_START_RE.match(line.text) if line.text[:1] in NOTE_MARK_FIRST else None
    return start is not None and not _PUNCT_START.match(start.group(2))


def _continued(note: SideNote, lines: Sequence[Line], log: Log) -> SideNote:
    """``note`` with ``lines`` added to its text (it ran over a page break)."""
    text = _join([note.text] + [ln.text for ln in lines], lines[0].lineno, log)
    log.decided(lines[0].lineno, "joined", _("note {label} continued across a page break").format(
        label=note.label))
    return SideNote(note.label, text, note.first, lines[-1].lineno)


def _take_hinted(lines: Sequence[Line], i: int, out: list[Line], notes: list[SideNote], log: Log) -> int:
    """The run of reader-marked footnote lines from ``i`` into ``notes``; returns where it ends.

    A marker the reader set small below its text line (「③。」) is a piece of the running text;
    lines before the first marker continue the note the last page ended with."""
    end = i
    while end < len(lines) and lines[end].role is _FOOTNOTE:
        end += 1
    zone = list(lines[i:end])
    while zone and PUSHED_MARKER_RE.match(zone[0].text):
        piece = replace(zone[0].raw, role=None, para_start=False)
        out.append(zone[0].but(raw=piece, role=None, gap_join=bool(out)))
        zone.pop(0)
    if notes and zone and not NOTE_START_RE.match(zone[0].text):
        head = 1
        while head < len(zone) and not NOTE_START_RE.match(zone[head].text):
            head += 1
        notes[-1] = _continued(notes[-1], zone[:head], log)
        zone = zone[head:]
    notes.extend(_hinted_notes(zone, log))
    return end


def _join(pieces: Sequence[str], lineno: int, log: Log) -> str:
    out = ""
    for piece in pieces:
        out = join_logged(out, piece, lineno, log)
    return out


def _hinted_notes(zone: Sequence[Line], log: Log) -> list[SideNote]:
    """Footnote lines hinted by a reader: a note starts at its marker, and the lines after it —
    a hanging indent, a line of its own — continue it, across a page too; only where the notes
    carry no markers does the reader's ``para_start`` start one."""
    groups: list[list[Line]] = []
    marked = any(NOTE_START_RE.match(line.text) for line in zone)
    for line in zone:
        if not groups or (NOTE_START_RE.match(line.text) if marked else line.raw.para_start):
            groups.append([])
        groups[-1].append(line)
    notes = []
    for group in groups:
        text = _join([ln.text for ln in group], group[0].lineno, log)
        marker = NOTE_START_RE.match(text)
        label = marker.group(1) if marker else ""
        body = marker.group(2) if marker else text
        notes.append(SideNote(label, body, group[0].lineno, group[-1].lineno))
    return notes


def _page_breaks(lines: Sequence[Line], j: int) -> bool:
    """A page break comes before line ``j``: it starts a page, or the line before ends one (a page
    number dropped after it: a verso's folio that tells no page start — the note's body ends there)."""
    return lines[j].page_start or lines[j - 1].page_end


def _zone_end(lines: Sequence[Line], i: int) -> int | None:
    line = lines[i]
    start = NOTE_START_RE.match(line.text)
    if line.given_heading or line.separator or line.spaced_heading or not start \
            or _PUNCT_START.match(start.group(2)):
        return None
    if line.role not in (None, Role.FOOTNOTE):
        return None
    j = i + 1
    while j < len(lines) and j - i <= MAX_ZONE:
        if _page_breaks(lines, j) or lines[j].given_heading:
            break
        j += 1
    else:
        if not (j == len(lines) and j - i <= MAX_ZONE and i > 0):
            return None
    return j if _numbered_in_order(lines, i, j) else None


def _body_measure(lines: Sequence[Line], may: Sequence[int]) -> tuple[float, bool]:
    """The body's measure (and whether its marks were compressed), read from the lines outside
    every zone of notes a marker may open (to the next page break, the widest reach): notes set
    smaller hold more characters to the line, and where a text has many, their full lines would
    give theirs."""
    skip: set[int] = set()
    for i in may:
        end = _zone_end(lines, i) if lines[i].text[:1] in NOTE_MARK_FIRST else None
        if end is not None:
            skip.update(range(i, end))
    body = [line for k, line in enumerate(lines) if k not in skip]
    return typical_measure(body if body else lines)


@dataclass(frozen=True, slots=True)
class _NoteWidth:
    """Whether a line holds more than the body's ``measure`` (its width and whether its marks were
    compressed, ``_body_measure``): set in the notes' smaller size."""

    measure: tuple[float, bool]

    def __call__(self, line: Line) -> bool:
        width, compressed = self.measure
        return (compressed_width(line) if compressed else line.span_width) > width + NOTE_WIDER_EM

    def set_small(self, line: Line) -> bool:
        """Wider than the body's measure by more than ``SMALLER_PAST_EM``, and citing no note: a
        note's line, where the notes are known to be set smaller."""
        width, compressed = self.measure
        return _Wider(width, SMALLER_PAST_EM, compressed)(line)


def _body_resumes(lines: Sequence[Line], i: int, end: int, wider: _NoteWidth) -> int:
    """Where the zone of notes from ``lines[i]`` really ends: at ``end`` (the page break), or
    earlier, where the body's text comes back after the notes.

    An extractor that writes no page marks (pypdf, pdfium, pdfplumber, a viewer's paste) gives the
    page's notes and then straight on the next page's heading and text; the next break found may be
    a page or more further on, and the zone would take the heading and the paragraphs with it.  The
    notes are set smaller than the body, so their full lines hold more than the body's measure: once
    the zone has shown such a line (the notes here are set smaller), a note that ends (its line ends
    a sentence) and a line after it that neither opens a note with its marker nor is set in the
    notes' size is the body again — a page starts there (the page foot holds notes and nothing after
    them).  Once the zone has shown its smaller type, a line past the body's measure by more than
    ``SMALLER_PAST_EM`` is the notes' (``_NoteWidth.set_small``): a note's continued lines hang an em
    in, and on a narrow measure they gain no more than two em (「…第15—18页。」 / 「该报告对区域创新体
    系与国家创新体系的关系作了」, 20 characters on an 18-character page, is the note's).  (A short last
    line ending 。 is no such sign where the notes are set as wide: a column read out of turn puts a
    note's rest after it — tried, dev 3 worse.)  And a page foot never holds a heading: a numbered
    heading's line (``_heading_shaped``) ends the zone wherever it stands.
    Where the notes are set as wide as the body and end full, nothing tells them apart and the zone
    runs to the break, as before; so it does where the zone's markers stand listed on lines of their
    own (「①」 / 「②」 / bodies: a label's body may be a single short line).  One label alone on its
    line over its note's text (pypdf parts a bracketed label at its face: 「[3]」 / 「参见《…》」) is
    a note's first line like any other."""
    smaller = False
    for k in range(i, end - 1):
        line = lines[k]
        if NOTE_LABEL_RE.match(line.text) and NOTE_LABEL_RE.match(lines[k + 1].text):
            return end
        smaller = smaller or wider(line)
        after = lines[k + 1]
        if _opens_note(after):
            continue
        if _heading_shaped(after):
            return k + 1
        if smaller and _NOTE_END.search(line.text) and not wider.set_small(after):
            return k + 1
    return end


def _heading_shaped(line: Line) -> bool:
    """A heading by its numbering: an ordinal (「二、」 「（三）」 「3.1」) and then words with no mark of
    a clause or a sentence.  A note's text runs in sentences and cites with marks; a page foot never
    holds a heading — the line is the next page's, and the notes ended above it."""
    if line.given_heading:
        return True
    number = next((m for m in (pattern.match(line.text) for pattern, _level in HEADING_LEVELS) if m), None)
    return number is not None and not _HEADING_TEXT_MARK.search(line.text[number.end():])


def _list_may_open(lines: Sequence[Line], i: int, since: int) -> bool:
    """``lines[i]`` may open a list in the text: a line numbered as lists open (``_opens_list``) under a
    line of the text — never the file's first line, and never a page's first line right under a zone of
    notes (``since == i``), which goes on with those notes.  A list opening a page under the page
    before's last line of text (a 参考文献 heading the foot left) is read as one."""
    line = lines[i]
    return i > 0 and not (line.page_start and since == i) and _opens_list(line)


def _opens_list(line: Line) -> bool:
    """A numbered line that may open a list in the text: its number is 1, bracketed (a 参考文献 or
    注释 list set as the text's last section) or circled (an enumeration's labels set full size,
    「内容一般包括：」 / 「①集中学习；」 / 「②交纳党费；」, texts86: a page's notes and a list in the text
    print the same labels).  A list numbers from its first item; a page's notes numbered on through
    a chapter open at any number (「三、古河新生」 at a page's foot over 「[3]关于…」 / 「[4]…」 heads no
    list of its own)."""
    if line.text[:1] not in NOTE_MARK_FIRST:
        return False
    start = NOTE_START_RE.match(line.text)
    return start is not None and note_number(start.group(1)) == 1


def _answers_citation(lines: Sequence[Line], items: Sequence[int], since: int) -> bool:
    """The run the list check found is the page's notes after all, by what the text above cites.
    A bracketed run (a reference list) is cited from the text as a page's notes are: only a lone
    item answering a citation made since the last notes is a note (``_lone_answer``).  A circled
    run is a page's notes when any of its numbers is cited since the last notes
    (``_cited_since``): a page's notes answer the raised marks of the page above them, and an
    enumeration's labels are cited by nothing — 「①集中学习；」 under a lead-in is read as a note
    only where a 「…①」 above asks for it (a quotation's lead-in 「…他说：」 left at a page's foot
    over the page's notes cites them)."""
    if lines[items[0]].text[:1] == "[":
        return _lone_answer(lines, items, since)
    return _cited_since(lines, items, since)


def _set_smaller(lines: Sequence[Line], i: int, wider: Callable[[Line], bool]) -> bool:
    """The item ``lines[i]`` opens (its lines up to the next marker or the page's end) holds a line
    wider than the body's measure: set in the notes' smaller size, it is a page's note, whatever
    stands above it (a list in the text is set at the body's size; a heading left at a page's foot,
    「二、基层治理数字化转型的实践」 / 「逻辑」 over 「[1]本文所称基层，主要指街道（乡镇）和社区」, heads
    the next page's text).  Only the item's own lines (a 参考文献 list may stand over the page's
    notes), and only lines with no space in them: pdftotext spreads a justified line of a reference
    over the measure with spaces (「] ． 国 家 行 政 学 院 学 报 ，」)."""
    end = _zone_end(lines, i)
    if end is None:
        return False
    for line in lines[i:end]:
        if line is not lines[i] and line.text[:1] in NOTE_MARK_FIRST and NOTE_START_RE.match(line.text):
            return False
        if wider(line) and " " not in line.text:   # (spaces an extractor wrote widen a line)
            return True
    return False


def heads_list(lines: Sequence[Line], k: int, body_measure: tuple[float, bool] | None = None) -> bool:
    """``lines[k]`` heads the bracket-numbered run under it, which is then a list in the text (a
    参考文献 list: 「参考文献」 / 「[1] 王…[J]．…」 / …), not a page's notes: a typesetter keeps a
    heading with the text it heads, so no page ends on a heading (or on a lead-in ending in ：)
    above its foot notes — the line above a page's notes is running text, full or ending its
    sentence.  The heading is one the reader marked, or a line well short of the measure that
    neither ends a sentence nor breaks off at a clause mark — the body's measure (``body_measure``,
    read without the runs that may be notes: notes set smaller hold more characters to the line,
    and a text with many would make its full body lines look short); else the lines'."""
    above = lines[k]
    if above.given_heading or LEAD_IN_END_RE.search(above.text):
        return True
    if above.final or above.clause or above.caption:
        return False
    measure, compressed = body_measure or typical_measure(lines)
    width = compressed_width(above) if compressed else above.span_width
    return 0 < width < measure - HEAD_SHORT_EM


def _list_items(lines: Sequence[Line], i: int, may: Sequence[int]) -> list[int]:
    """The lines (of ``may``, from ``i``) that start the items of the list ``lines[i]`` opens: each
    numbered one above the one before (「[1]」 「[2]」 …, across a page break too); the count breaks
    off at a number out of turn, and where the text came back between two items (``_cites``: a line
    between them cites a note — the list's items follow one another, a reference holds no raised
    marker; the body that cites 「[2]」 a page after a heading left over the page's note 「[1]」 has
    its note 「[2]」 at that page's foot)."""
    items: list[int] = []
    last = note_number(NOTE_START_RE.match(lines[i].text).group(1))  # type: ignore[union-attr]
    if last is None:
        return items
    items.append(i)
    bracketed = lines[i].text[:1] == "["   # a list's items share their labels' kind (「[2]」 after 「[1]」, 「②」 after 「①」)
    for k in may[1:]:
        start = NOTE_START_RE.match(lines[k].text) if (lines[k].text[:1] == "[") == bracketed else None
        number = note_number(start.group(1)) if start else None
        if number is None:
            continue
        if number != last + 1 or any(_cites(line) for line in lines[items[-1] + 1:k]):
            break
        items.append(k)
        last = number
    return items


def _lone_answer(lines: Sequence[Line], items: Sequence[int], since: int) -> bool:
    """The list has one item, and it answers a citation of its number made in the text since the
    last notes (``since``): a page's one note under a heading the page's foot left over it
    (「二、准确把握当前机关作风方」 / 「[1]语出《论语·子路》。」 — the heading's rest and its section
    overleaf; or a lead-in 「…明确提出：」 whose quotation goes on overleaf), not a list in the text.
    A list runs on from item to item (a 参考文献 list of one reference is rare), and a note follows
    the marker citing it on its page — a list's items cited in the text, if at all, are cited
    from the article's start, and a list of several is read as one whatever cited them.  A marker
    pushed onto a line of its own (「[1]」, 「[1]。」) is a citation too."""
    return len(items) == 1 and _cited_since(lines, items, since)


def _cited_since(lines: Sequence[Line], items: Sequence[int], since: int) -> bool:
    """A number of the run's ``items`` is cited (``NOTE_MARK_RE`` past a line's start, or a marker
    pushed onto a line of its own) in the text since the last notes (``since``) and above the run."""
    numbers = {note_number(NOTE_START_RE.match(lines[k].text).group(1)) for k in items}  # type: ignore[union-attr]
    for line in lines[since:items[0]]:
        if PUSHED_MARKER_RE.match(line.text) is not None:
            marks = NOTE_MARK_RE.finditer(line.text)
        else:
            marks = (mark for mark in NOTE_MARK_RE.finditer(line.text) if mark.start() > 0)
        if any(note_number(mark.group(0)) in numbers for mark in marks):
            return True
    return False


def _numbered_in_order(lines: Sequence[Line], i: int, j: int) -> bool:
    """The notes of a zone are numbered upwards: a note in the zone numbered below the first one
    says the first was no note — a marker pushed down from the running text onto a line of its
    own (「…制度环境」 / 「。」 / 「③」 / prose … / 「①参见…」); so does a note numbered as a lone
    first marker (「①」 / 「①司聪…」: the marker the note belongs to)."""
    first = note_number(NOTE_START_RE.match(lines[i].text).group(1))  # type: ignore[union-attr]
    if first is None:
        return True
    lone = NOTE_LABEL_RE.match(lines[i].text) is not None
    for line in lines[i + 1:j]:
        start = NOTE_START_RE.match(line.text) if line.text[:1] in NOTE_MARK_FIRST else None
        number = note_number(start.group(1)) if start else None
        if number is not None and (number < first or number == first and lone):
            return False
    return True


def _split_zone(zone: Sequence[Line], log: Log) -> list[SideNote]:
    labels: list[str] = []
    bodies: list[list[str]] = []
    spans: list[list[int]] = []
    for line in zone:
        if NOTE_LABEL_RE.match(line.text):
            labels.append(line.text)
            continue
        start = NOTE_START_RE.match(line.text)
        if start:
            labels.append(start.group(1))
            bodies.append([start.group(2)])
            spans.append([line.lineno, line.lineno])
        elif not bodies or len(bodies) < len(labels) and _BODY_END.search(bodies[-1][-1]):
            bodies.append([line.text])
            spans.append([line.lineno, line.lineno])
        else:
            bodies[-1].append(line.text)
            spans[-1][1] = line.lineno
    notes: list[SideNote] = []
    for k, label in enumerate(labels):
        text = _join(bodies[k], spans[k][0], log) if k < len(bodies) else ""
        first, last = spans[k] if k < len(spans) else (zone[0].lineno, zone[0].lineno)
        notes.append(SideNote(label, text, first, last))
    for extra, span in zip(bodies[len(labels):], spans[len(labels):]):
        notes[-1] = SideNote(notes[-1].label, _join([notes[-1].text] + extra, span[0], log), notes[-1].first,
                             span[1])
    return notes
