"""Display lines: centred titles broken where the sense allows, attributions split before their date.

Body text uses ``break_lines`` (greedy, justified); a title is short and centred,
so here a small dynamic programme picks the most even lines that break after
punctuation, at the author's spaces, before a ——副题, or after a particle.
"""

from __future__ import annotations

from typing import Sequence

from booklet.typeset.clreq import can_break_before
from booklet.typeset.linebreak import LineSpan, break_lines


def balanced_lines(chars: str, widths: Sequence[float], measure: float, pitch: float, count: int):
    """Centred lines of even length broken where the sense allows (GB/T 9704: 回行时词意完整、排列对称).

    Spaces in a centred title are the author's display breaks (「…座谈会上强调 以更大力度…」),
    so when every space-separated segment fits on a line, lines break only there.  Otherwise a
    small dynamic programme over legal break points minimises uneven lengths plus a penalty for
    breaking inside a phrase rather than after punctuation or a particle such as 的.
    """
    by_space = _space_breaks(chars, widths, measure)
    if by_space is not None or len(chars) > 200:
        return by_space or break_lines(chars, widths, measure, squeeze=pitch)
    n = len(chars)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    # a display title may put its ——副题 on a line of its own, dash first
    points = [b for b in range(1, n) if can_break_before(chars[b - 1], chars[b])
              or (chars[b:b + 2] == "——" and chars[b - 1] != "—")]
    # layers[k]: line end → (cost, cuts) of the best k lines up to it; ends in ascending order
    layers: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
    for k in range(1, count + 2):
        prev, layer = layers[-1], {}
        for end in points + [n]:
            trail = widths[end - 1] if chars[end - 1] == " " else 0
            penalty = _break_penalty(chars, end)
            for start, (cost, path) in prev.items():
                if start >= end:
                    break
                width = prefix[end] - prefix[start] - trail
                if width > measure + 0.01:
                    continue
                total = cost + ((measure - width) / pitch) ** 2 + penalty
                if end not in layer or total < layer[end][0]:
                    layer[end] = (total, path + [end])
        layers.append(layer)
    options = [(layers[k][n][0] + 25.0 * (k - count), k) for k in (count, count + 1) if n in layers[k]]
    if not options:
        return break_lines(chars, widths, measure, squeeze=pitch)
    cuts = [0] + layers[min(options)[1]][n][1]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        a += chars[a] == " "
        b -= chars[b - 1] == " "
        spans.append(LineSpan(a, b, prefix[b] - prefix[a], b >= n - 1))
    return spans


GOOD_AFTER = frozenset("，。、；：？！）》」』”’ ")
GOOD_BEFORE = frozenset("（《「『“‘")
PARTICLES = frozenset("的和与及在是之")


def _break_penalty(chars: str, end: int) -> float:
    """Cost of ending a centred line before ``chars[end]`` (in squared character cells)."""
    if end >= len(chars) or chars[end - 1] in GOOD_AFTER or chars[end] in GOOD_BEFORE \
            or chars[end:end + 2] == "——":
        return 0.0
    if chars[end - 1] in PARTICLES:
        return 4.0
    return 30.0


def _space_breaks(chars: str, widths: Sequence[float], measure: float):
    """Lines packed from whole space-separated segments, or None if a segment is too long."""
    if " " not in chars.strip():
        return None
    segments = list(_segments(chars, widths))
    if any(w > measure for _, _, w in segments):
        return None
    out, cur = [], None
    for start, end, width in segments:
        gap = widths[start - 1] if cur else 0.0
        if cur and cur[2] + gap + width <= measure:
            cur = (cur[0], end, cur[2] + gap + width)
        else:
            if cur:
                out.append(cur)
            cur = (start, end, width)
    out.append(cur)
    return [LineSpan(s, e, w, i == len(out) - 1) for i, (s, e, w) in enumerate(out)]


def _segments(chars: str, widths: Sequence[float]):
    """(start, end, width) of each run of non-space characters."""
    i, n = 0, len(chars)
    while i < n:
        while i < n and chars[i] == " ":
            i += 1
        start = i
        while i < n and chars[i] != " ":
            i += 1
        if i > start:
            yield start, i, sum(widths[start:i])


def split_before_bracket(chars: str, widths: Sequence[float], measure: float) -> list[LineSpan] | None:
    """Two right-aligned lines split before the final （…） (an attribution's date), if both fit."""
    at = chars.rfind("（")
    if at <= 0:
        return None
    first, second = sum(widths[:at]), sum(widths[at:])
    if first > measure or second > measure:
        return None
    return [LineSpan(0, at, first, False), LineSpan(at, len(chars), second, True)]
