"""Breaking display titles (the cover's, TOC entries) at word-ish boundaries.

A cover title is set large and centred; GB/T 9704 asks that a wrapped title
keep its words whole and its lines symmetrical (回行时词意完整、排列对称).  With
no dictionary at hand, good break points are found from the text itself:
after punctuation or a space, before an opening mark or a ——副题, after the
particles and prepositions that close a phrase (的 在 上 和 与 …).  A break
anywhere else probably splits a word (座 / 谈会), so it costs more than an
extra line.
"""

from __future__ import annotations

from typing import Sequence

from booklet.typeset.clreq import can_break_before

AFTER_MARK = frozenset("，。、；：？！）》」』”’ ")
BEFORE_MARK = frozenset("（《「『“‘")
PHRASE_END = {"的": 1.0, "在": 3.0, "上": 3.0, "和": 3.0, "与": 3.0, "及": 3.0, "中": 4.0, "对": 4.0}
INSIDE_WORD = 60.0  # a break that probably splits a word
EXTRA_LINE = 6.0  # cost of each line beyond the fewest that fit
MAX_LINES = 5


def break_penalty(text: str, end: int) -> float:
    """Cost of ending a line before ``text[end]``."""
    if end >= len(text) or text[end - 1] in AFTER_MARK or text[end] in BEFORE_MARK \
            or text[end:end + 2] == "——" or text[end] == " ":
        return 0.0
    return PHRASE_END.get(text[end - 1], INSIDE_WORD)


def title_lines(text: str, widths: Sequence[float], measure: float, pitch: float) -> list[str]:
    """The title as lines no wider than ``measure``, even in length, broken where words end.

    Spaces at a break are dropped; a title too long for ``MAX_LINES`` lines (or
    with an unbreakable run wider than the measure) comes back as one line and
    the caller's own breaking takes over.
    """
    n = len(text)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    points = [b for b in range(1, n) if text[b - 1] != " " and
              (can_break_before(text[b - 1], text[b].strip() or "中") or text[b:b + 2] == "——")]
    best: tuple[float, list[int]] | None = None
    fewest = None
    for k in range(1, MAX_LINES + 1):
        found = _best_cuts(text, prefix, points, measure, pitch, k)
        if found is None:
            continue
        fewest = k if fewest is None else fewest
        cost = found[0] + EXTRA_LINE * (k - fewest)
        if best is None or cost < best[0]:
            best = (cost, found[1])
    if best is None:
        return [text]
    cuts = [0] + best[1]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]


def _best_cuts(text: str, prefix: list[float], points: list[int], measure: float, pitch: float,
               k: int) -> tuple[float, list[int]] | None:
    """Cheapest ``k`` lines: squared deviation (in cells) from the mean line plus break costs."""
    n = len(text)
    target = prefix[n] / k
    layer: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for line in range(k):
        ends = [n] if line == k - 1 else points
        nxt: dict[int, tuple[float, list[int]]] = {}
        for end in ends:
            for start, (cost, cuts) in layer.items():
                width = _width(text, prefix, start, end)
                if start >= end or width > measure + 0.01:
                    continue
                total = cost + ((width - target) / pitch) ** 2 + break_penalty(text, end)
                if end not in nxt or total < nxt[end][0]:
                    nxt[end] = (total, cuts + [end])
        layer = nxt
    return layer.get(n)


def _width(text: str, prefix: list[float], start: int, end: int) -> float:
    """Printed width of ``text[start:end]`` without spaces at its edges."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return prefix[end] - prefix[start]


def entry_lines(text: str, widths: Sequence[float], measure: float, indent: float,
                pitch: float) -> list[str]:
    """A TOC entry as ragged lines (the first on ``measure``, the rest ``indent`` in) broken at
    the title's own spaces, punctuation or particles, never leaving a stub of a word before the
    leaders (丁薛祥…创新能 / 力 ……17 becomes …创新 / 能力 ……17 or better)."""
    n = len(text)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    if prefix[n] <= measure + 0.01:
        return [text]
    points = [b for b in range(1, n) if text[b - 1] != " " and
              (can_break_before(text[b - 1], text[b].strip() or "中") or text[b:b + 2] == "——")]
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for end in points + [n]:  # points ascend, so every start is final before it is used
        for start in [s for s in best if s < end]:
            avail = measure - (indent if start else 0.0)
            width = _width(text, prefix, start, end)
            if width > avail + 0.01:
                continue
            if end == n:
                cost = max(0.0, 6 - width / pitch) * 8  # a stub before the leaders
            else:
                cost = 0.1 * ((avail - width) / pitch) ** 2 + break_penalty(text, end) + 10
            total = best[start][0] + cost
            if end not in best or total < best[end][0]:
                best[end] = (total, best[start][1] + [end])
    if n not in best:
        return [text]
    cuts = [0] + best[n][1]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
