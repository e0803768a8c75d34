"""The title breaker's dynamic programme tries only the starts that fit (``typeset.titles``):
it must choose exactly what a scan of every start chooses, ties included."""

from __future__ import annotations

import random

import pytest

from booklet.typeset import titles
from booklet.typeset.titles import _points, break_costs, display_lines

PIECES = ["习近平", "在", "加强", "基础研究", "座谈会", "上", "强调", "，", "、", "的", "Science",
          " ", "2024", "年", "——", "《", "人民日报", "》", "（", "）", "科技", "自立自强"]


def _every_start(text, prefix, points, costs, measure, pitch, k, balanced, indent):
    """The programme as first written: every start of the layer tried for every end."""
    n = len(text)
    target = (prefix[n] + indent * (k - 1)) / k
    layer = {0: (0.0, [])}
    for line in range(k):
        last = line == k - 1
        avail = measure - (indent if line else 0.0)
        nxt = {}
        for end in ([n] if last else points):
            for start, (cost, cuts) in layer.items():
                if start >= end:
                    continue
                width = titles._width(text, prefix, start, end)
                if width > avail + 0.01:
                    continue
                total = cost + titles._shape(width, line, last, avail, target, pitch, balanced,
                                             indent) + (0.0 if last else costs[end])
                if end not in nxt or total < nxt[end][0]:
                    nxt[end] = (total, cuts + [end])
        layer = nxt
    return layer.get(n)


@pytest.mark.parametrize("balanced", [True, False])
def test_only_the_starts_that_fit_give_the_same_lines(balanced, monkeypatch):
    rng = random.Random(14)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(4, 16))) for _ in range(60)]
    pitch = 16.0
    for text in texts:
        widths = [pitch * (0.5 if ch.isascii() else 1.0) for ch in text]
        for cells in (7, 9.5, 12, 18):
            measure, indent = cells * pitch, (2 * pitch if not balanced else 0.0)
            fast = display_lines(text, widths, measure, pitch, balanced=balanced, indent=indent)
            prefix = [0.0]
            for w in widths:
                prefix.append(prefix[-1] + w)
            for k in range(2, titles.MAX_LINES + 1):
                args = (text, prefix, _points(text), break_costs(text), measure, pitch, k,
                        balanced, indent)
                assert titles._best_cuts(*args) == _every_start(*args), (text, cells, k)
            with monkeypatch.context() as patched:
                patched.setattr(titles, "_best_cuts", _every_start)
                assert display_lines(text, widths, measure, pitch, balanced=balanced,
                                     indent=indent) == fast
