"""Does the band shape of pdfminer's output pick the right split of a loose column page? (dev only)

    python tests/eval/miner_bands.py open_leaded_three weekly_two_of_three
    python tests/eval/miner_bands.py jianbao_two_span_ruled --only deeds

At open leading pdfminer writes a two-column page band after band: a run of the left column's
lines, then the run of the right column's lines level with them (``miner_runs.py``, branch
miner26), so between the first band and the last the two runs of a band hold as many lines, to
one.  For every page the cleaner hands to ``order._unmerged`` (whether or not it acts), this
prints, against each line's true column (from the glyphs' positions, as ``miner_runs.py`` finds
it):

- ``written``: the joins of the page as written (``order._stream_join``);
- ``truth``: the joins of the true split (left column's lines, then the right's);
- ``free``: the best split ``order._split`` finds (``order._opening_split``) (B opening on any line), and how many lines it
  puts in the wrong stream;
- ``band``: the best split whose runs alternate left/right with every band but the first and the
  last level (runs alike to one line), and its wrong lines.

The right split is found only where ``truth`` is the best score.  The summary tallies the join
score at every switch of the true split, and at every written pair the true split cuts: where
both are ties (0 or the small unseen-pair cost) no constraint on the runs' lengths can choose,
because a level band of 2k lines re-splits into smaller level bands that read as well.

Held-out designs and texts are never read here.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import harness  # noqa: E402
from extract import _creation_order_ids, pdfminer_text  # noqa: E402

from booklet.clean import order  # noqa: E402

# (pages with fewer switches between the columns are blocks written whole, not merges)
MERGE_SWITCHES_MIN = 6
_SPACE_RE = re.compile(r"\s")


def glyph_columns(pdf: Path, layout) -> dict[str, set[int]]:
    """Each text line pdfminer writes (spaces taken out) and the columns its centre falls in."""
    import pdfminer.layout
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextBox

    width = layout.page[0] - layout.margins[2] - layout.margins[3]
    em = width / (layout.columns * layout.measure + (layout.columns - 1) * layout.gutter)
    pitch = (layout.measure + layout.gutter) * em
    pdfminer.layout.id = _creation_order_ids()  # as the harness reads (see extract.pdfminer_text)
    out: dict[str, set[int]] = {}
    try:
        for page in extract_pages(str(pdf)):
            for box in page:
                if isinstance(box, LTTextBox):
                    for line in box:
                        column = int(((line.x0 + line.x1) / 2 - layout.margins[2]) // pitch)
                        column = min(max(column, 0), layout.columns - 1)
                        out.setdefault(_SPACE_RE.sub("", line.get_text()), set()).add(column)
    finally:
        del pdfminer.layout.id
    return out


def unmerged_pages(text: str, work: Path) -> list[tuple[list, float, Counter]]:
    """The pages the cleaner hands ``order._unmerged`` when it cleans ``text``."""
    from booklet.cli import run

    seen: list[tuple[list, float, Counter]] = []
    original = order._unmerged

    def spy(page, measure, pairs):
        seen.append((list(page), measure, pairs))
        return original(page, measure, pairs)
    source = work / "in.txt"
    source.write_text(text, encoding="utf-8")
    order._unmerged = spy
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            run(["clean", str(source), "-o", str(work / "out.md")])
    finally:
        order._unmerged = original
    return seen


def band_split(join, n: int, written: list[float]) -> tuple[float, list[int]]:
    """The best split in alternating runs (stream 0 first) whose bands, but the first and the one
    ending the page, are level (runs alike to one line); score as ``order._split`` with junction."""
    best: tuple[float, list[int]] = (float("-inf"), [])
    for first in range(1, n):
        table: dict[tuple[int, int, int], tuple[float, tuple | None]] = {}
        at: dict[int, list[tuple[int, int, int]]] = {}

        def offer(key, value, back):
            if key not in table:
                at.setdefault(key[0], []).append(key)
            if key not in table or value > table[key][0]:
                table[key] = (value, back)
        for b in range(1, n - first + 1):
            offer((first + b - 1, 1, b), written[first - 1] + written[first + b - 1] - written[first], None)
        ends = []
        for i in range(n):
            for key in at.get(i, []):
                score, _ = table[key]
                _, s, run = key
                if i == n - 1:
                    ends.append((score + join(n - 1 if s == 0 else n - 1 - run, first), key))
                    continue
                other = i - run
                for m in range(1, n - i):
                    j = i + m
                    if s == 0 and j != n - 1 and abs(m - run) > 1:
                        continue
                    offer((j, 1 - s, m), score + join(other, i + 1) + written[j] - written[i + 1], key)
        if ends:
            score, key = max(ends)
            if score > best[0]:
                labels = [0] * n
                while key is not None:
                    i, s, run = key
                    labels[i - run + 1:i + 1] = [s] * run
                    key = table[key][1]
                best = (score, labels)
    return best


def true_pages(designs: list[str], only: str = ""):
    """Each page of the dev texts set in ``designs`` (and named with ``only``) that pdfminer reads
    loose and the cleaner hands ``order._unmerged``: ``(doc, layout, page, truth, join)`` — the
    column each line's glyphs stand in (-1: not found), and ``order._stream_join`` between two of its
    lines by index, remembered."""
    from render import render_pdf
    from typeset import compose

    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        for doc, layout in harness.plan("dev"):
            if layout.name not in designs or only not in doc.name:
                continue
            pdf = work / "page.pdf"
            render_pdf(compose(doc, layout), layout, pdf)
            columns = glyph_columns(pdf, layout)
            for page, measure, pairs in unmerged_pages(pdfminer_text(pdf), work):
                truth = [min(columns.get(_SPACE_RE.sub("", line.text), {-1})) for line in page]
                yield doc, layout, page, truth, _joins(page, measure, pairs)


def _joins(page: list, measure: float, pairs: Counter):
    """``order._stream_join`` between lines ``a`` and ``b`` of ``page``, each pair scored once."""
    indents = order._indented(page, measure)
    memo: dict[tuple[int, int], float] = {}

    def join(a: int, b: int) -> float:
        if (a, b) not in memo:
            memo[a, b] = order._stream_join(page[a], page[b], pairs, measure, indents)
        return memo[a, b]
    return join


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("designs", nargs="+", help="dev designs (layout names)")
    ap.add_argument("--only", default="", help="only texts whose name holds this")
    args = ap.parse_args(argv)
    at_switch, cut = Counter(), Counter()
    found = pages = 0
    for doc, layout, page, truth, join in true_pages(args.designs, args.only):
        n = len(page)
        if set(truth) != {0, 1} or truth[0] != 0:
            continue
        written = [0.0]
        for k in range(n - 1):
            written.append(written[-1] + join(k, k + 1))

        def score(labels: list[int]) -> float:
            last_a = max(k for k in range(n) if labels[k] == 0)
            return sum(join(a, b) for a, b in order._stream_joins(labels)) + join(last_a, labels.index(1))

        def wrong(labels: list[int]) -> int:
            return sum(x != y for x, y in zip(labels, truth))
        free, free_labels = max((order._opening_split(join, n, f, written) for f in range(1, n)),
                                key=lambda got: got[0])
        band, band_labels = band_split(join, n, written)
        true_score = score(truth)
        switches = sum(truth[k] != truth[k + 1] for k in range(n - 1))
        pages += 1
        found += true_score >= max(free, band)
        print(f"{doc.name[:24]:24s} {layout.name[:20]:20s} {n:3d} lines {switches:2d} switches  "
              f"written {written[-1]:6.1f}  truth {true_score:6.1f}  free {free:6.1f} ({wrong(free_labels):2d} "
              f"wrong)  band {band:6.1f} ({wrong(band_labels):2d} wrong)")
        if switches >= MERGE_SWITCHES_MIN:
            at_switch.update(round(join(a, b), 1) for a, b in order._stream_joins(truth) if b != a + 1)
            cut.update(round(join(k, k + 1), 1) for k in range(n - 1) if truth[k] != truth[k + 1])
    print(f"pages where the true split scores best: {found} of {pages}")
    print("join scores at the true split's switches (merged pages):", sorted(at_switch.items()))
    print("join scores of written pairs the true split cuts:       ", sorted(cut.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
