"""Is pdfminer's written order of a loose page a function of its boxes' rectangles, and how exact must
they be for it to tell?  (dev designs and sweep draws only; sim71)

    python tests/eval/miner_order.py open_leaded_three weekly_two_of_three
    python tests/eval/miner_order.py --sweep columns 133 8 --columns 3
    python tests/eval/miner_order.py --sweep news 134 6 --columns 3

At open leading pdfminer makes every line a text box of its own, groups the boxes by the area their
union leaves empty (``LTLayoutContainer.group_textboxes``: the closest pair first, ties in creation
order — the harness's ``extract._creation_order_ids`` — a pair with a third box inside its union put
back once), sorts each group's two children by ``(1 - boxes_flow)·x0 − (1 + boxes_flow)·(y0 + y1)``
(``LTTextGroupLRTB``) and writes the tree depth first.  ``written_order`` is that, on plain rectangles.

For every loose page (``LOOSE_SHARE`` of its boxes one line) this prints whether ``written_order`` on
pdfminer's own boxes, in their creation order, gives pdfminer's written order (``exact``), and how
much of the order survives when the page's geometry is off as a hypothesis built from the text would
be: the middle column moved down by ``SHIFTS`` (its vertical phase against the other columns), every
box widened by ``WIDENINGS`` em (a width guessed from the characters) — as the share of written
successor pairs the simulation keeps, and how many pages it still gives exactly.

Held-out and fresh designs and texts are never read here.
"""

from __future__ import annotations

import argparse
import heapq
import random
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import harness  # noqa: E402
from extract import _creation_order_ids  # noqa: E402

Rect = tuple[float, float, float, float]   # x0, y0, x1, y1 (PDF space: y grows upwards)

BOXES_FLOW = 0.5        # pdfminer's ``LAParams.boxes_flow`` default, as ``extract.pdfminer_text`` runs it
LOOSE_SHARE = 0.8       # a page whose boxes are one line each but for a few (heads pdfminer boxed with a line)
PAGE_BOXES_MIN = 30     # (a page of fewer boxes is a title page or a tail: no merge worth reading)
SHIFTS = (("0.05pt", 0.05), ("0.5pt", 0.5), ("2pt", 2.0), ("L/4", 0.25), ("L/2", 0.5))  # L/x: of the leading
WIDENINGS = (0.1, 0.5, 1.0)


def written_order(rects: Sequence[Rect], flow: float = BOXES_FLOW) -> list[int]:
    """The order pdfminer writes text boxes of these rectangles in (indices into ``rects``, which are
    in the boxes' creation order): ``group_textboxes``, then each group's children sorted by the
    LRTB key and the tree read depth first."""
    n = len(rects)
    if n < 2:
        return list(range(n))
    box: dict[int, Rect] = dict(enumerate(rects))
    kids: dict[int, tuple[int, int]] = {}

    def area(r: Rect) -> float:
        return (r[2] - r[0]) * (r[3] - r[1])

    def union(a: Rect, b: Rect) -> Rect:
        return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])

    def dist(a: int, b: int) -> float:
        return area(union(box[a], box[b])) - area(box[a]) - area(box[b])

    alive: dict[int, None] = dict.fromkeys(range(n))    # (the plane: insertion-ordered)

    def isany(a: int, b: int) -> bool:
        x0, y0, x1, y1 = union(box[a], box[b])
        for o in alive:
            if o != a and o != b:
                r = box[o]
                if not (x1 <= r[0] or r[2] <= x0 or y1 <= r[1] or r[3] <= y0):
                    return True
        return False

    heap = [(False, dist(i, j), i, j) for i in range(n) for j in range(i + 1, n)]
    heapq.heapify(heap)
    done: set[int] = set()
    while heap:
        skip, d, a, b = heapq.heappop(heap)
        if a in done or b in done:
            continue
        if not skip and isany(a, b):
            heapq.heappush(heap, (True, d, a, b))
            continue
        group = len(box)
        box[group] = union(box[a], box[b])
        kids[group] = (a, b)
        del alive[a], alive[b]
        done.update((a, b))
        for other in alive:
            heapq.heappush(heap, (False, dist(group, other), group, other))
        alive[group] = None
    out: list[int] = []

    def walk(node: int) -> None:
        if node < n:
            out.append(node)
            return
        for child in sorted(kids[node], key=lambda c: (1 - flow) * box[c][0] - (1 + flow) * (box[c][1] + box[c][3])):
            walk(child)
    for top in alive:
        walk(top)
    return out


def miner_pages(pdf: Path) -> list[list[tuple[Rect, int, str]]]:
    """pdfminer's text boxes of each page in creation order (as ``group_textboxes`` is handed
    them): rectangle, place in the written order, text — under the harness's tie-breaking ids."""
    import pdfminer.layout as layout
    from pdfminer.high_level import extract_pages

    handed: list[list] = []
    own = layout.LTLayoutContainer.group_textboxes

    def spy(self, laparams, boxes):
        handed.append(list(boxes))
        return own(self, laparams, boxes)
    layout.id = _creation_order_ids()
    layout.LTLayoutContainer.group_textboxes = spy
    pages = []
    try:
        for page in extract_pages(str(pdf)):
            written = [obj for obj in page if isinstance(obj, layout.LTTextBox)]
            place = {id(b): k for k, b in enumerate(written)}
            made = next((boxes for boxes in handed if {id(b) for b in boxes} == set(place)), [])
            handed.clear()
            pages.append([((b.x0, b.y0, b.x1, b.y1), place[id(b)], b.get_text()) for b in made])
    finally:
        layout.LTLayoutContainer.group_textboxes = own
        del layout.id
    return pages


def successors_kept(rects: Sequence[Rect], places: Sequence[int]) -> tuple[bool, float]:
    """Does ``written_order`` on ``rects`` give the written order (``places``), and what share of
    the written successor pairs does it keep."""
    simulated = [places[i] for i in written_order(rects)]
    n = len(simulated)
    at = {p: k for k, p in enumerate(simulated)}
    kept = sum(1 for p in range(n - 1) if at[p + 1] == at[p] + 1)
    return simulated == list(range(n)), kept / max(1, n - 1)


def middle_column(rect: Rect, layout, em: float) -> bool:
    """The box stands in the page's second column (and spans no more)."""
    side, pitch = layout.margins[2], (layout.measure + layout.gutter) * em
    return side + pitch - em / 2 <= rect[0] < side + 2 * pitch - em / 2 and rect[2] - rect[0] <= (layout.measure + 1) * em


def _plan(args) -> list:
    if not args.sweep:
        return [(doc, lay) for doc, lay in harness.plan("dev") if lay.name in args.designs]
    import heading_sweep as sweep
    from docs import load_docs
    kind, seed, count = args.sweep[0], int(args.sweep[1]), int(args.sweep[2])
    rng = random.Random(seed)
    draw = sweep.column_design if kind == "columns" else sweep.KINDS[kind]
    designs = [draw(k, rng) for k in range(count)]
    designs = [d for d in designs if not args.columns or d.columns == args.columns]
    texts = {"columns": sweep.COLUMN_TEXTS, "news": sweep.NEWS_TEXTS}.get(kind, sweep.TEXTS)
    docs = [d for d in load_docs("dev") if d.name in texts]
    return [(sweep.masthead_doc(doc, lay), lay) for lay in designs for doc in docs]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("designs", nargs="*", help="dev designs (layout names)")
    ap.add_argument("--sweep", nargs=3, metavar=("KIND", "SEED", "DESIGNS"), help="a heading_sweep draw instead")
    ap.add_argument("--columns", type=int, help="(--sweep) only designs in this many columns")
    args = ap.parse_args(argv)
    from render import render_pdf
    from typeset import compose

    tally: dict[str, list[tuple[bool, float]]] = {}
    with tempfile.TemporaryDirectory() as temp:
        pdf = Path(temp) / "page.pdf"
        for doc, lay in _plan(args):
            render_pdf(compose(doc, lay), lay, pdf)
            for number, boxes in enumerate(miner_pages(pdf), 1):
                n = len(boxes)
                if n < PAGE_BOXES_MIN or sum(text.count("\n") <= 1 for *_, text in boxes) < LOOSE_SHARE * n:
                    continue
                rects = [rect for rect, _, _ in boxes]
                places = [place for _, place, _ in boxes]
                em = statistics.median(r[3] - r[1] for r in rects)
                row = {"exact": successors_kept(rects, places)}
                middle = [middle_column(r, lay, em) for r in rects]
                for label, d in SHIFTS:
                    d = d * lay.leading * em if label.startswith("L") else d
                    moved = [(r[0], r[1] - d, r[2], r[3] - d) if m else r for r, m in zip(rects, middle)]
                    row[f"shift {label}"] = successors_kept(moved, places)
                for e in WIDENINGS:
                    row[f"widen {e}em"] = successors_kept([(r[0], r[1], r[2] + e * em, r[3]) for r in rects], places)
                for key, value in row.items():
                    tally.setdefault(key, []).append(value)
                print(f"{doc.name[:24]:24s} {lay.name[:16]:16s} p{number} {n:3d} boxes  "
                      + "  ".join(f"{k.split()[-1]}:{'=' if ok else f'{kept:.2f}'}" for k, (ok, kept) in row.items()),
                      flush=True)
    for key, values in tally.items():
        print(f"{key:14s} exact {sum(ok for ok, _ in values):3d}/{len(values):3d}  "
              f"successor pairs kept {statistics.mean(kept for _, kept in values):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
