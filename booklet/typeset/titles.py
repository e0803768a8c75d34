"""Breaking display text — titles, the cover, the notice title, TOC entries — where words end.

GB/T 9704 asks that a wrapped title keep its words whole and its lines
symmetrical (回行时词意完整、排列对称).  One dynamic programme serves every
display text: it chooses break points that minimise a line-shape cost plus a
cost per break taken from the text's words (``segment.words``):

- at the author's spaces, after punctuation, before an opening mark or a ——副题: free;
- after a particle (的 之 等) or before a preposition/conjunction (在 为 和): cheap;
- between two nouns of one compound (国家最高/科学技术奖), after a preposition (在/京),
  beside a one-character word, or between the parts of a name: dear;
- inside a word (座/谈会, 颁/奖): dearer than an extra line.

Two line shapes: ``balanced`` (centred titles: lines of even length) and ragged
(TOC entries: full lines, wrapped lines ``indent`` in, no stub before the leaders).
"""

from __future__ import annotations

from typing import Sequence

from booklet.typeset.clreq import can_break_before
from booklet.typeset.segment import words

FREE_AFTER = frozenset("，。、；：？！）》」』”’ ")
FREE_BEFORE = frozenset("（《「『“‘ ")
INSIDE_WORD = 60.0  # a break that splits a word
NAME_PARTS = 60.0  # between two parts of a person's name (丁 / 薛祥)
AFTER_BINDER = 24.0  # after a preposition or conjunction: it belongs to what follows
COMPOUND = 24.0  # between two nominal words of one compound
MODIFIER = 40.0  # between an adjective and the noun it qualifies (国家最高/科学技术奖)
ONE_CHAR = 10.0  # beside a one-character word (在/京, 科学技术/奖)
VERB_OBJECT = 10.0  # between a verb and its object
OTHER = 16.0
AFTER_PARTICLE = 1.0
BEFORE_BINDER = 2.0
EXTRA_LINE = 6.0  # each line beyond the fewest that fit
MAX_LINES = 6
_NOMINAL = ("n", "vn", "j", "l", "a", "b", "m", "q", "f", "s", "t", "i", "z")


def _kind(tag: str) -> str:
    if tag.startswith("nr"):
        return "name"
    if tag.startswith(("u",)):
        return "particle"
    if tag.startswith(("p", "c")):
        return "binder"
    if tag.startswith("v") and tag != "vn":
        return "verb"
    if tag.startswith(_NOMINAL):
        return "nominal"
    if tag == "x":
        return "mark"
    return "other"


def break_costs(text: str) -> list[float]:
    """``costs[b]``: the cost of ending a line before ``text[b]`` (index 0 unused, 0.0)."""
    n = len(text)
    costs = [INSIDE_WORD] * (n + 1)
    costs[0] = costs[n] = 0.0
    tokens = list(words(text))
    pos = 0
    for i, (word, tag) in enumerate(tokens[:-1]):
        pos += len(word)
        nxt_word, nxt_tag = tokens[i + 1]
        costs[pos] = _between(word, tag, nxt_word, nxt_tag)
    for b in range(1, n):
        if text[b - 1] in FREE_AFTER or text[b] in FREE_BEFORE or text[b:b + 2] == "——":
            costs[b] = 0.0
    return costs


def _between(left: str, left_tag: str, right: str, right_tag: str) -> float:
    """Cost of a break between two adjacent words."""
    a, b = _kind(left_tag), _kind(right_tag)
    if a == "mark" or b == "mark":
        return OTHER
    if a == "name" and b == "name":
        return NAME_PARTS
    if a == "particle":
        cost = AFTER_PARTICLE
    elif a == "binder":
        cost = AFTER_BINDER
    elif b == "binder":
        cost = BEFORE_BINDER
    elif left_tag.startswith("a") and b == "nominal":
        cost = MODIFIER
    elif a in ("nominal", "name") and b == "nominal":
        cost = COMPOUND
    elif a == "verb" and b in ("nominal", "name"):
        cost = VERB_OBJECT
    else:
        cost = OTHER
    if (len(left) == 1 and a != "particle") or (len(right) == 1 and b != "binder"):
        cost += ONE_CHAR
    return cost


def break_penalty(text: str, end: int) -> float:
    """Cost of ending a line before ``text[end]``."""
    if end <= 0 or end >= len(text):
        return 0.0
    return break_costs(text)[end]


def _points(text: str) -> list[int]:
    """Offsets where clreq allows a line to end (spaces are break points, dropped at the break)."""
    return [b for b in range(1, len(text)) if text[b - 1] != " " and
            (can_break_before(text[b - 1], text[b].strip() or "中") or text[b:b + 2] == "——")]


def _width(text: str, prefix: list[float], start: int, end: int) -> float:
    """Printed width of ``text[start:end]`` without spaces at its edges."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return prefix[end] - prefix[start]


def display_lines(text: str, widths: Sequence[float], measure: float, pitch: float, *,
                  balanced: bool = True, indent: float = 0.0) -> list[str]:
    """``text`` as lines no wider than ``measure`` (wrapped lines ``indent`` narrower), broken
    where words end; spaces at a break are dropped.  A text that fits stays one line; one
    that cannot be broken within ``MAX_LINES`` lines comes back whole for the caller's
    ordinary line breaker.
    """
    n = len(text)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    if _width(text, prefix, 0, n) <= measure + 0.01:
        return [text.strip()]
    costs = break_costs(text)
    points = _points(text)
    best: tuple[float, list[int]] | None = None
    fewest = None
    for k in range(2, MAX_LINES + 1):
        found = _best_cuts(text, prefix, points, costs, measure, pitch, k, balanced, indent)
        if found is None:
            continue
        fewest = k if fewest is None else fewest
        cost = found[0] + EXTRA_LINE * (k - fewest)
        if best is None or cost < best[0]:
            best = (cost, found[1])
        if k > fewest + 1:
            break
    if best is None:
        return [text]
    cuts = [0] + best[1]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]


def _best_cuts(text, prefix, points, costs, measure, pitch, k, balanced, indent):
    """Cheapest ``k`` lines: line-shape cost plus break costs.

    Each layer holds, per break point in increasing order, the cheapest way to end a line
    there.  A line's width only shrinks as its start moves right and grows as its end does,
    so the starts that fit before an end are one run of the layer, whose first member only
    moves right from end to end: only those are tried, in the layer's order (the first of
    equal costs wins, as in a plain scan of every start).
    """
    n = len(text)
    target = (prefix[n] + indent * (k - 1)) / k
    lead, tail = _trimmed(text)
    layer: list[tuple[int, float, list[int]]] = [(0, 0.0, [])]  # (line end, cost, cuts)
    for line in range(k):
        last = line == k - 1
        avail = measure - (indent if line else 0.0)
        nxt: list[tuple[int, float, list[int]]] = []
        first = 0
        for end in ([n] if last else points):
            right = prefix[tail[end]]
            while first < len(layer) and right - prefix[min(lead[layer[first][0]], end)] \
                    > avail + 0.01 and lead[layer[first][0]] < end:
                first += 1
            best: tuple[float, list[int]] | None = None
            for start, cost, cuts in layer[first:]:
                if start >= end:
                    break
                begin = lead[start]
                width = right - prefix[begin] if begin < end else 0.0
                total = cost + _shape(width, line, last, avail, target, pitch, balanced, indent) \
                    + (0.0 if last else costs[end])
                if best is None or total < best[0]:
                    best = (total, cuts)
            if best is not None:
                nxt.append((end, best[0], best[1] + [end]))
        layer = nxt
    return next(((cost, cuts) for end, cost, cuts in layer if end == n), None)


def _trimmed(text: str) -> tuple[list[int], list[int]]:
    """``lead[i]``: the first offset from ``i`` on that is not a space; ``tail[j]``: the end of
    the last character before ``j`` that is not one (``_width`` without its loops)."""
    n = len(text)
    lead, tail = [n] * (n + 1), [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        lead[i] = i if text[i] != " " else lead[i + 1]
    for j in range(1, n + 1):
        tail[j] = j if text[j - 1] != " " else tail[j - 1]
    return lead, tail


def _shape(width, line, last, avail, target, pitch, balanced, indent) -> float:
    """Line-shape cost of one line ``width`` wide (``_best_cuts``)."""
    if balanced:
        return ((width + (indent if line else 0.0) - target) / pitch) ** 2
    if last:
        return max(0.0, 6 - width / pitch) * 8  # a stub before the leaders
    return 0.05 * ((avail - width) / pitch) ** 2
