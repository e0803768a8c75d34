"""Collapse headings that extraction spread out, one letter per line or per space.

Before (seed 004): ``1.1 研`` / ``究`` / ``背`` / ``景`` (blank lines between);
after: one line ``1.1 研究背景``.  Also ``研 究 背 景`` on one line → ``研究背景``.
"""

from __future__ import annotations

import re
from typing import Sequence

from booklet.clean.lines import Line
from booklet.report import Report

_ONE_CHAR = re.compile(r"^[\u3400-\u9fff]$")
_ENDS_ONE = re.compile(r"(?:^|[\s\d.、）)])[\u3400-\u9fff]$")
_SPACED = re.compile(r"^((?:第?[\d.一二三四五六七八九十]+[章节、.]?\s*)?)((?:[\u3400-\u9fff]\s+){2,}[\u3400-\u9fff])$")


def collapse_spaced_headings(lines: Sequence[Line], report: Report) -> list[Line]:
    """Join runs of one-character lines onto the heading line they were split from."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and len(lines[j].text) == 1 and _ONE_CHAR.match(lines[j].text):
            j += 1
        if j - i >= 3 and _ENDS_ONE.search(line.text) and len(line.text) <= 20:
            before = " / ".join(ln.text for ln in lines[i:j])
            line.set_text(line.text + "".join(ln.text for ln in lines[i + 1:j]))
            line.kind = "heading"
            report.changed(line.lineno, before, line.text, "collapse_spaced_headings")
            out.append(line)
            i = j
            continue
        if len(line.text) <= 40 and " " in line.text:
            _collapse_inline(line, report)
        out.append(line)
        i += 1
    return out


def _collapse_inline(line: Line, report: Report) -> None:
    match = _SPACED.match(line.text)
    if not match:
        return
    after = match.group(1) + re.sub(r"\s+", "", match.group(2))
    report.changed(line.lineno, line.text, after, "collapse_spaced_headings")
    line.set_text(after)
    line.kind = "heading"
