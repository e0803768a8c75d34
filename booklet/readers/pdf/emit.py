"""Final step: typed lines in reading order, footnotes and captions moved out of the running text.

A caption printed in the middle of a paragraph (image between two halves) is
held back until the next line that surely starts a block, so the two halves
of the paragraph stay adjacent and can be rejoined.  Footnotes are held until
the next title (or the end), so that a note continued on the next page stays one run of
note lines, and its article's.  Lines keep
their original ``lineno`` when moved.  A title or heading wrapped over several
lines becomes one line.  Page furniture stays where it stands, marked, for the
cleaner to remove.
"""

from __future__ import annotations

from dataclasses import replace

from booklet.rawlines import Box, RawLine, Role, Run
from booklet.readers.pdf.blocks import FLOW_ASIDE
from booklet.readers.pdf.geometry import Geometry
from booklet.readers.pdf.roles import RoleLevel
from booklet.readers.pdf.rows import PLine


def line_runs(line: PLine, role: Role | None, geo: Geometry) -> tuple[str, tuple[Run, ...]]:
    """The line's text (trimmed) and its styled runs: bold judged against the body font, raised
    note markers; titles and headings carry no bold (their role already sets them apart)."""
    text = line.text.strip()
    heading = role in (Role.TITLE, Role.HEADING)
    runs = [(piece, bold and not heading, sup) for piece, bold, sup in geo.bold_runs(line)]
    if not any(bold or sup for _, bold, sup in runs):
        return text, ()
    lead = len(line.text) - len(line.text.lstrip())
    out: list[Run] = []
    pos = 0
    for piece, bold, sup in runs:
        start, end = max(pos, lead), min(pos + len(piece), lead + len(text))
        pos += len(piece)
        if end > start:
            out.append(Run(line.text[start:end], bold, sup=sup))
    return text, tuple(out)


def _box(line: PLine, geo: Geometry, height: float) -> Box:
    left, right = geo.blocks.get((line.page, line.column), (line.x0, line.x1))
    return Box(round(line.x0 - left, 2), round(line.x1 - left, 2), round(line.top, 2), line.size,
               round(right - left, 2), height)


def emit(lines: list[PLine], roles: list[RoleLevel], para: list[bool | None], geo: Geometry,
         heights: dict[int, float], furniture: set[int]) -> list[RawLine]:
    """Typed lines in reading order, captions and footnotes moved out of the running text."""
    out: list[RawLine] = []
    held: list[RawLine] = []
    notes: list[RawLine] = []
    placed = -1   # where in ``out`` the last note line went when notes were last let out
    body = iter(zip(roles, para))
    for line in lines:
        box = _box(line, geo, heights[line.page])
        if id(line) in furniture:
            out.append(RawLine(line.text.strip(), line.lineno, line.page, Role.FURNITURE, box=box))
            continue
        (role, level), start = next(body)
        text, runs = line_runs(line, role, geo)
        raw = RawLine(text, line.lineno, line.page, role, level, start, runs, box)
        if role in (Role.TITLE, Role.HEADING) and start is False:
            k = _last_text_line(out)
            if k is not None and out[k].role == role:   # (a title may wrap over a page's furniture)
                out[k] = replace(out[k], text=join_text(out[k].text, text))
                continue
        if role is Role.FOOTNOTE:
            if start is False and not notes and placed >= 0:   # the rest of a note let out
                placed += 1                                    # before a title: kept with it
                out.insert(placed, raw)
            else:
                notes.append(raw)
            continue
        if role in FLOW_ASIDE:
            held.append(raw)
            continue
        if start is True and held:
            out += held
            held = []
        if role is Role.TITLE and notes:
            out += notes
            placed = len(out) - 1
            notes = []
        out.append(raw)
    return out + held + notes


def _last_text_line(out: list[RawLine]) -> int | None:
    """Index of the last line in ``out`` that is not page furniture."""
    for k in range(len(out) - 1, -1, -1):
        if out[k].role is not Role.FURNITURE:
            return k
    return None


def join_text(left: str, right: str) -> str:
    """Join a wrapped line: no space between CJK, one between Latin words."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return left + " " + right
    return left + right
