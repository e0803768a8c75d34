"""Separator ornaments: a line that is only ``* * *``, ``---`` or ``＊＊＊`` becomes a section break.

The ornament's characters are replaced by the ``Separator`` node, so they are reported
as removed.
"""

from __future__ import annotations

from booklet.clean.lines import Line
from booklet.report import Log
from booklet.shapes import SEPARATOR_FIRST, SEPARATOR_RE


def mark_separators(lines: list[Line], log: Log) -> list[Line]:
    """Lines that are only a separator ornament: marked, their text taken out (and reported)."""
    if not SEPARATOR_FIRST.intersection([line.text[:1] for line in lines]):
        return lines
    out = lines
    for k, line in enumerate(lines):
        if line.text[:1] in SEPARATOR_FIRST and not line.given_heading and SEPARATOR_RE.match(line.text):
            if out is lines:
                out = list(lines)
            log.removed(line.lineno, line.text)
            out[k] = line.but(text="", separator=True)
    return out
