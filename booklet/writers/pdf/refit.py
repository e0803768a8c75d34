"""缩行/伸行: set a paragraph one line shorter or longer by retightening only its last lines.

A widow (a paragraph's last line alone at a page top) is avoided by carrying a
second line over, which leaves the page a grid line short.  Chinese compositors
fix that by pulling the paragraph in by a line (a few lines take one character
more, squeezed) or letting it out by one (a few lines take one less, spaced).
Only the last lines change, each by at most one character, so the grid of the
rest of the paragraph and of its neighbours stays intact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from booklet.model import Bold, FootnoteRef, Inline, Text
from booklet.writers.pdf.text import marker_text, Line, Shaper

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_TAIL = 8  # lines that may change; more would show as a visibly tighter or looser block


def refitter(shaper: Shaper, style: str, inlines: Sequence[Inline], lines: list[Line],
             first_indent: float) -> Callable[[int], list[Line] | None]:
    """A ``Chunk.refit`` for a justified paragraph already set as ``lines``."""
    def refit(delta: int) -> list[Line] | None:
        return refit_lines(shaper, style, tuple(inlines), lines, first_indent, delta)
    return refit


def refit_lines(shaper: Shaper, style: str, inlines: tuple[Inline, ...], lines: list[Line],
                first_indent: float, delta: int) -> list[Line] | None:
    """``lines`` re-set with ``len(lines) + delta`` lines, changing as few final lines as possible."""
    k = len(lines)
    if k < 2 or shaper.profile.style(style).align != "justify":
        return None
    text_style = shaper.profile.style(style)
    pitch = shaper.pitch(text_style)
    tracking = pitch - text_style.size_pt
    measure = shaper.measure
    starts = _line_starts(inlines, lines)
    if starts is None:
        return None
    for m in range(1, min(k, MAX_TAIL + 1)):
        s = k - 1 - m  # re-set lines[s:] (m + 1 lines) as m + 1 + delta lines
        indent = first_indent if s == 0 else 0
        if _hopeless(lines[s:], m, delta, measure, pitch, tracking, indent * pitch):
            continue  # setting it would only prove that it cannot work
        tail = _slice(inlines, starts[s])
        new = shaper.set(style, tail, first_indent=indent, measure=measure - delta * pitch)
        ends = [_natural(line, tracking) for line in new]
        if len(new) == m + 1 + delta and max(ends) <= measure + pitch + 0.01 \
                and min(ends[:-1], default=measure) >= measure - 1.5 * pitch:
            return lines[:s] + [_to_measure(line, measure, last=i == len(new) - 1)
                                for i, line in enumerate(new)]
    return None


def _hopeless(tail: list[Line], m: int, delta: int, measure: float, pitch: float,
              tracking: float, indent: float) -> bool:
    """Whether the text of ``tail`` (m + 1 lines) cannot make the m + 1 + delta lines that
    ``refit_lines`` accepts, whatever the breaks: shorter, more text than m lines of at most
    a measure and a cell hold; longer, too little to fill the m + 1 lines before the last to
    within a cell and a half of the measure.  Each bound allows a cell a line for spaces
    dropped or kept at line ends, so only attempts that must fail are skipped."""
    text = sum(_natural(line, tracking) - line.x for line in tail)
    if delta < 0:
        return text > m * (measure + 2 * pitch)
    return text + (m + 2) * pitch < (m + 1) * (measure - 1.5 * pitch) - indent


def _to_measure(line: Line, measure: float, last: bool) -> Line:
    """A line set on a wider or narrower measure, spaced to end exactly at ``measure``
    (a last line only when it would overrun)."""
    gaps = line.gaps
    end = line.x + line.width
    if gaps < 1 or (last and end <= measure + 0.01):
        return line
    advances = line.width - gaps * line.spacing
    spacing = (measure - line.x - advances) / gaps
    return replace(line, spacing=spacing, width=measure - line.x)


def _natural(line: Line, tracking: float) -> float:
    """Where the line would end with plain grid tracking.  A refitted line stays within one
    cell of the measure: a pushed-in closing mark on top of the extra character, or a
    character held back on top of the one let out, would show."""
    return line.x + line.width - line.gaps * (line.spacing - tracking)


def _printed(inlines: tuple[Inline, ...]) -> list[tuple[Inline, str]]:
    """Each inline with the characters the shaper prints for it."""
    out: list[tuple[Inline, str]] = []
    for node in inlines:
        if isinstance(node, FootnoteRef):
            out.append((node, marker_text(CONTROL.sub("", node.label))))
        else:
            out.append((node, CONTROL.sub("", node.text)))
    return out


def _line_starts(inlines: tuple[Inline, ...], lines: list[Line]) -> list[int] | None:
    """Offset of each line's first character in the printed text (None if they do not match,
    e.g. when a missing glyph was replaced)."""
    full = "".join(text for _, text in _printed(inlines))
    pos, starts = 0, []
    for line in lines:
        while pos < len(full) and full[pos] in " \t":
            pos += 1
        if not full.startswith(line.text, pos):
            return None
        starts.append(pos)
        pos += len(line.text)
    return starts


def _slice(inlines: tuple[Inline, ...], offset: int) -> tuple[Inline, ...]:
    """The inlines from printed character ``offset`` on (a footnote mark is never cut)."""
    out: list[Inline] = []
    pos = 0
    for node, text in _printed(inlines):
        end = pos + len(text)
        if end <= offset:
            pos = end
            continue
        if pos >= offset or isinstance(node, FootnoteRef):
            out.append(node)
        elif isinstance(node, Bold):
            out.append(Bold(text[offset - pos:]))
        else:
            out.append(Text(text[offset - pos:]))
        pos = end
    return tuple(out)
