"""Move page-bottom footnotes and in-flow photo captions out of the text flow.

Both are found on lines before paragraphs are formed, so that the paragraph a
footnote block or caption interrupted joins up again across it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from booklet.clean.lines import Line
from booklet.clean.text import CIRCLED, join_lines

# A printed footnote marker at the start of a note: ① or [1].
MARKER_START = re.compile(f"^([{CIRCLED}]|\\[\\d{{1,3}}\\])\\s*")
# Printed markers of page-bottom notes: ①, or [1] (bracketed numbers, common in Word exports).
_MARK_LINE = re.compile(f"^(?:[{CIRCLED}]|\\[\\d{{1,3}}\\])$")
_MARK_START = re.compile(f"^([{CIRCLED}]|\\[\\d{{1,3}}\\])\\s*(.*)$")
_BODY_END = re.compile(r"[.。]$")
_PUNCT_START = re.compile(r"^[，。、；：！？,.;:!?”’）)]")
MAX_ZONE = 24

CREDIT_RE = re.compile(r"(?:[/／]\s*摄|摄影[：:]?\s*\S{1,12}|（\S{0,20}摄）)$")
# A figure or table title on its own line: 「图1-1 科技成果产出及出口现状」.
# The number is followed by a space and the title has no punctuation, so a wrapped line
# such as 「图1-1所示，标志着…」 is not taken for one.
FIGURE_RE = re.compile(r"^[图表]\s*\d+(?:[-.．—]\d+)*[ \t\u3000]+[^\s，、。！？；：,;:]{2,30}$")


def is_caption(text: str) -> bool:
    """A photo credit at the end (…新华社记者 姚大伟/摄) or a figure/table title line."""
    return CREDIT_RE.search(text) is not None or (FIGURE_RE.match(text) is not None and "\n" not in text)
_CAPTION_START = re.compile(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月|图为|图[\d一二三四五六七八九十]|上图|下图|左图|右图)")


@dataclass(frozen=True, slots=True)
class SideNote:
    """A footnote body taken out of the flow: its printed marker and joined text."""

    label: str
    text: str
    first: int
    last: int


def extract_footnotes(lines: Sequence[Line]) -> tuple[list[Line], list[SideNote]]:
    """Cut page-bottom footnote zones out of the flow.

    A zone starts at a line beginning with ①②③… and runs to the next page start;
    markers may sit on their own lines before the bodies (seed 004:
    ``①`` / ``②`` / ``③`` / ``戚聿东,杜博.…(哲学社会科学`` / ``版),2024,(1):`` / ``108-124.`` …).
    """
    out: list[Line] = []
    notes: list[SideNote] = []
    i = 0
    while i < len(lines):
        if lines[i].raw.role == "footnote":   # a reader that knows (PDF, DOCX) marked them
            end = i
            while end < len(lines) and lines[end].raw.role == "footnote":
                end += 1
            notes.extend(_hinted_notes(lines[i:end]))
            i = end
            continue
        end = _zone_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        notes.extend(_split_zone(lines[i:end]))
        if end < len(lines) and out:
            lines[end].page_start = True
        i = end
    return out, notes


def _hinted_notes(zone: Sequence[Line]) -> list[SideNote]:
    """Footnote lines hinted by a reader: a note starts at ``para_start`` or at a marker."""
    groups: list[list[Line]] = []
    for line in zone:
        if not groups or line.raw.para_start or MARKER_START.match(line.text):
            groups.append([])
        groups[-1].append(line)
    notes = []
    for group in groups:
        text = join_lines([ln.text for ln in group])
        marker = MARKER_START.match(text)
        label = marker.group(1) if marker else ""
        body = text[marker.end():].lstrip() if marker else text
        notes.append(SideNote(label, body, group[0].lineno, group[-1].lineno))
    return notes


def _zone_end(lines: Sequence[Line], i: int) -> int | None:
    start = _MARK_START.match(lines[i].text)
    if lines[i].md_level or lines[i].kind not in ("", "page_end") or not start \
            or _PUNCT_START.match(start.group(2)):
        return None
    if lines[i].raw.role not in (None, "footnote"):
        return None
    j = i + 1
    while j < len(lines) and j - i <= MAX_ZONE:
        if lines[j].page_start or lines[j].md_level:
            return j
        j += 1
    return j if j == len(lines) and j - i <= MAX_ZONE and i > 0 else None


def _split_zone(zone: Sequence[Line]) -> list[SideNote]:
    labels: list[str] = []
    bodies: list[list[Line]] = []
    for line in zone:
        if _MARK_LINE.match(line.text):
            labels.append(line.text)
            continue
        start = _MARK_START.match(line.text)
        if start:
            labels.append(start.group(1))
            line.set_text(start.group(2))
            bodies.append([line])
        elif not bodies or len(bodies) < len(labels) and _BODY_END.search(bodies[-1][-1].text):
            bodies.append([line])
        else:
            bodies[-1].append(line)
    notes: list[SideNote] = []
    for k, label in enumerate(labels):
        body = bodies[k] if k < len(bodies) else []
        text = join_lines([ln.text for ln in body])
        first = body[0].lineno if body else zone[0].lineno
        last = body[-1].lineno if body else zone[0].lineno
        notes.append(SideNote(label, text, first, last))
    for extra in bodies[len(labels):]:
        notes[-1:] = [SideNote(notes[-1].label, join_lines([notes[-1].text] + [ln.text for ln in extra]),
                               notes[-1].first, extra[-1].lineno)] if notes else []
    return notes


def mark_captions(lines: Sequence[Line], separated: bool) -> None:
    """Mark photo-caption lines (``kind = "caption"``) so they leave the paragraph flow.

    A caption ends with a credit (``新华社记者 姚大伟/摄``) and starts at a dated line
    (``2024 年 6 月 24 日，…``), an indented line or after a gap; it may wrap over
    several lines and sit inside a paragraph that continues after it (seed 003).
    """
    for i, line in enumerate(lines):
        free = line.kind in ("", "page_end")  # ("page_end": the last line before a page number)
        hinted = line.raw.role == "caption"
        if hinted or (free and not line.md_level and FIGURE_RE.match(line.text)):
            line.kind = "caption"
            if not (hinted and "摄" in line.text and CREDIT_RE.search(line.text)):
                continue
            # a reader may flag only the credit line of a wrapped caption: find where it starts
        elif "摄" not in line.text or not free or line.md_level or not CREDIT_RE.search(line.text):
            continue
        start = _caption_start(lines, i, separated)
        for k in range(start, i + 1):
            lines[k].kind = "caption"


def _caption_start(lines: Sequence[Line], i: int, separated: bool) -> int:
    """First line of the caption ending at line ``i``: a dated or indented line, else after a gap."""
    lowest = i
    while lowest > max(0, i - 7) and lines[lowest - 1].kind in ("", "page_end"):
        # (a caption may run over a page break: the line before a page number is still text)
        lowest -= 1
    for k in range(i, lowest - 1, -1):
        if _CAPTION_START.match(lines[k].text) or lines[k].indent:
            return k
    for k in range(i, lowest - 1, -1):
        if lines[k].blanks_before >= (1 if separated else 2):
            return k
    return i
