"""Greedy clreq line breaking over pre-measured characters, independent of any PDF library.

The caller measures each character (advance plus tracking, in points) and the
breaker decides where lines end: it never starts a line with a closing mark,
never ends one with an opening mark, never splits ——/…… or a Latin word, and
prefers pushing one closing mark into a full line (squeezing it a little) over
pushing a character out, the way Chinese typesetters do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from booklet.typeset.clreq import NO_END, NO_START, can_break_before

SPACES = frozenset(" \t")


@dataclass(frozen=True, slots=True)
class LineSpan:
    """Characters ``text[start:end]`` form one line; ``width`` is their natural width."""

    start: int
    end: int
    width: float
    last: bool


def break_lines(text: str, widths: Sequence[float], measure: float, *, first_indent: float = 0.0,
                indent: float = 0.0, squeeze: float = 0.0) -> list[LineSpan]:
    """Break ``text`` into lines no wider than ``measure`` (minus indents).

    ``squeeze`` is how far (points) a line may overflow to take in a character
    that may not start the next line; the writer then tightens that line.
    Spaces at a line's edges are dropped from it.
    """
    n = len(text)
    lines: list[LineSpan] = []
    start = _skip_spaces(text, 0)
    while start < n:
        avail = measure - (first_indent if not lines else indent)
        end = _line_end(text, widths, start, avail, squeeze)
        end = _avoid_lone_char(text, start, end)
        stop = end
        while stop > start and text[stop - 1] in SPACES:
            stop -= 1
        width = sum(widths[start:stop])
        nxt = _skip_spaces(text, end)
        lines.append(LineSpan(start, stop, width, nxt >= n))
        start = nxt
    return lines


def _avoid_lone_char(text: str, start: int, end: int) -> int:
    """Pull one character down when the rest would leave it alone on the last line (单字不成行)."""
    tail = text[end:].strip()
    if not tail or len(tail) > 2 or sum(c not in NO_START for c in tail) > 1 or end - start < 8:
        return end
    for b in range(end - 1, start + 1, -1):
        if _can_break_at(text, b):
            return b
    return end


def _can_break_at(text: str, b: int) -> bool:
    """Whether a line may end before ``text[b]``, judging across spaces (which the break drops):
    a space is a break opportunity unless the mark after it may not start a line or the one
    before it may not end one."""
    j = _skip_spaces(text, b)
    k = b - 1
    while k > 0 and text[k] in SPACES:
        k -= 1
    if j >= len(text):
        return True
    if j == b and text[k] == text[b - 1]:
        return can_break_before(text[b - 1], text[b])
    return text[j] not in NO_START and text[k] not in NO_END


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in SPACES:
        i += 1
    return i


def _line_end(text: str, widths: Sequence[float], start: int, avail: float, squeeze: float) -> int:
    """Index after the last character of the line beginning at ``start``."""
    n = len(text)
    total = 0.0
    i = start
    while i < n:
        w = widths[i] if text[i] not in SPACES or total + widths[i] <= avail else 0.0
        if total + w > avail + 0.01:
            break
        total += w
        i += 1
    if i >= n:
        return n
    if i > start and _can_break_at(text, i):
        return i
    pushed_in = _push_in(text, widths, i, total, avail + squeeze)
    if pushed_in is not None:
        return pushed_in
    for b in range(i - 1, start, -1):
        if _can_break_at(text, b):
            return b
    return max(i, start + 1)  # an unbreakable run longer than the line: cut it


def _push_in(text: str, widths: Sequence[float], i: int, total: float, limit: float) -> int | None:
    """End index when the characters up to the next break point still fit within ``limit``.

    Break points are judged as everywhere else in the breaker (``_can_break_at``, across
    spaces), so a space after an opening bracket is no break point: （ would end the line.
    """
    n = len(text)
    j = i
    while j < n and not _can_break_at(text, j):
        if text[j] not in NO_START:  # only closing marks are squeezed in, never a character
            return None
        total += widths[j]
        if total > limit + 0.01:
            return None
        j += 1
    return j
