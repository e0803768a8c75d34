"""How many streams are pdfminer's loose column pages merged from, and can the joins tell? (dev only)

    python tests/eval/miner_streams.py open_leaded_three weekly_two_of_three neikan_three_picture

For every page the cleaner hands to ``order._unmerged`` (whether or not it acts), this prints the
page's lines, how many of them pdfminer boxed with the line before (``order.BOXED_MAX_SHARE``
gates the split on this), the columns its lines' glyphs stand in (``miner_bands.glyph_columns``),
the switches between columns as written, and against the page as written (``order._stream_join``
summed):

- ``truth``: the joins inside the true streams (each column's lines in order; no junctions);
- ``two``: the best split into two in-order streams (``order._split``, B opening anywhere, no
  junction), and how many lines it puts in a wrong stream;
- ``three``: the best split into three in-order streams (``split3``, the same pass with the last
  line of each of the two other streams as state, no junctions), its lines wrong and its streams'
  sizes.

A three-stream split can only be called for where ``three`` beats ``two`` by more on pages whose
glyphs stand in three columns than on pages whose glyphs stand in two, and where ``truth`` is the
best score.  The third line of the output per page is the true column of each line as written.

Held-out designs and texts are never read here.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from miner_bands import true_pages  # noqa: E402

from booklet.clean import order  # noqa: E402

STREAMS = 3


def split3(join, n: int) -> tuple[float, list[int]]:
    """The best split of lines 0 … n-1 into three in-order streams (stream 0 holds line 0, stream 1
    opens before stream 2), scored by the joins inside each stream: ``order._split``'s pass without
    junctions, its state the line's stream and the last lines of the two others (-1: not open).
    n³ states in all: seconds on a page of 60 lines, a minute on one of 100."""
    states: dict[tuple[int, int, int], float] = {(0, -1, -1): 0.0}
    backs: list[dict] = []
    for i in range(n - 1):
        stay = join(i, i + 1)
        ahead: dict[tuple[int, int, int], float] = {}
        back: dict = {}
        for key, score in states.items():
            s, a, b = key
            others = [t for t in range(STREAMS) if t != s]
            last = {s: i, others[0]: a, others[1]: b}
            for t in range(STREAMS):
                if t == s:
                    value = score + stay
                elif last[t] < 0:
                    if t == 2 and last[1] < 0:
                        continue
                    value = score
                else:
                    value = score + join(last[t], i + 1)
                rest = [u for u in range(STREAMS) if u != t]
                new = (t, last[rest[0]], last[rest[1]])
                if value > ahead.get(new, float("-inf")):
                    ahead[new] = value
                    back[new] = key
        backs.append(back)
        states = ahead
    key = max(states, key=states.__getitem__)
    best = states[key]
    labels = [0] * n
    for i in range(n - 1, 0, -1):
        labels[i] = key[0]
        key = backs[i - 1][key]
    labels[0] = key[0]
    return best, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("designs", nargs="+", help="dev designs (layout names)")
    ap.add_argument("--only", default="", help="only texts whose name holds this")
    args = ap.parse_args(argv)
    for doc, layout, page, truth, join in true_pages(args.designs, args.only):
        n = len(page)
        opened: dict[int, int] = {}
        for column in truth:
            opened.setdefault(column, len(opened))
        true_labels = [opened[column] for column in truth]

        def inside(labels: list[int]) -> float:
            last: dict[int, int] = {}
            score = 0.0
            for i, s in enumerate(labels):
                if s in last:
                    score += join(last[s], i)
                last[s] = i
            return score

        def wrong(labels: list[int]) -> int:
            ways = max(STREAMS, len(opened))
            return min(sum(perm[x] != y for x, y in zip(labels, true_labels))
                       for perm in itertools.permutations(range(ways)))
        written = sum(join(k, k + 1) for k in range(n - 1))
        boxed = sum(not line.blanks_before for line in page[1:])
        switches = sum(truth[k] != truth[k + 1] for k in range(n - 1))
        two, two_labels = order._split(join, n, 0, 0.0, junction=False)
        three, three_labels = split3(join, n)
        sizes = [three_labels.count(s) for s in range(STREAMS)]
        print(f"{doc.name[:24]:24s} {layout.name[:20]:20s} {n:3d} lines {boxed:2d} boxed  columns "
              f"{sorted(opened)} {switches:2d} switches  written {written:6.1f}  truth {inside(true_labels):6.1f}  "
              f"two {two:6.1f} ({wrong(two_labels):2d} wrong)  three {three:6.1f} ({wrong(three_labels):2d} "
              f"wrong, {sizes})")
        print("    " + "".join(str(column) if column >= 0 else "?" for column in truth), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
