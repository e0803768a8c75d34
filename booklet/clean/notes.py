"""Footnotes out of the text flow: page-bottom note zones, and notes a reader marked.

Notes are cut out before paragraphs are formed, so that a paragraph a footnote zone
interrupted joins up again across it.  Each note keeps its printed marker as its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from booklet.clean.lines import Line, join_logged
from booklet.clean.stages import Lines
from booklet.rawlines import Role
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import NOTE_LABEL_RE, NOTE_MARK_FIRST, NOTE_START_RE

_FOOTNOTE = Role.FOOTNOTE
# A zone of page-bottom notes is at most this many lines (else the marker was something else).
MAX_ZONE = 24
# A note body ends with a full stop; the next unmarked line then starts the next body.
_BODY_END = re.compile(r"[.。]$")
# A marker followed by punctuation is a marker in running text, not a note's start.
_PUNCT_START = re.compile(r"^[，。、；：！？,.;:!?”’）)]")


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
    """
    lines = stage.lines
    out: list[Line] = []
    notes: list[SideNote] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.role is _FOOTNOTE:   # a reader that knows (PDF, DOCX) marked them
            end = i
            while end < len(lines) and lines[end].role is _FOOTNOTE:
                end += 1
            notes.extend(_hinted_notes(lines[i:end], log))
            i = end
            continue
        end = _zone_end(lines, i) if line.text[:1] in NOTE_MARK_FIRST else None
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        zone = _split_zone(lines[i:end], log)
        notes.extend(zone)
        log.decided(lines[i].lineno, "moved", _("footnotes {labels} out of the text").format(
            labels="".join(n.label for n in zone)))
        if end < len(lines) and out and not lines[end].page_start:
            lines = list(lines)
            lines[end] = lines[end].but(page_start=True)
        i = end
    if not notes:
        return stage
    return stage.but(lines=out, notes=stage.notes + tuple(notes))


def _join(pieces: Sequence[str], lineno: int, log: Log) -> str:
    out = ""
    for piece in pieces:
        out = join_logged(out, piece, lineno, log)
    return out


def _hinted_notes(zone: Sequence[Line], log: Log) -> list[SideNote]:
    """Footnote lines hinted by a reader: a note starts at ``para_start`` or at a marker."""
    groups: list[list[Line]] = []
    for line in zone:
        if not groups or line.raw.para_start or NOTE_START_RE.match(line.text):
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
        if lines[j].page_start or lines[j].given_heading:
            return j
        j += 1
    return j if j == len(lines) and j - i <= MAX_ZONE and i > 0 else None


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
