"""How well ``column_flow`` reads pdfplumber's column pages, measured against the glyphs' positions (dev only).

    python tests/eval/flow_truth.py --work /tmp/flow-truth            # every dev text in the five column designs
    python tests/eval/flow_truth.py --work /tmp/flow-truth --only county --show

The harness sets only the texts that name a column design in it (21 pdfplumber cases), too few
to tell a change to ``flow`` from chance: one junction read wrong sends the rest of a column
elsewhere, and single cases move by 0.3–0.6 either way.  This sets every dev text in the five
column designs (``news_three_tight``, ``neikan_three_all``, ``tabloid_three_columns``,
``two_columns_hanging``, ``two_columns_plain``: 180 documents), reads each PDF with pdfplumber,
and takes the truth from the PDF itself: pdfplumber's own text lines, cut where glyphs stand more
than 3 pt apart (its ``x_tolerance``: where ``extract_text`` writes a space), each piece put in the
column its left edge falls in by the design's margins, measure and gutter.  The reading the page
should get is every page's pieces column by column, top to bottom.

Per document it prints the similarity (normalised Levenshtein, spaces ignored) of ``column_flow``'s
output with that reading and with the extractor's text as it stands, then the mean and the pages
by what went wrong: not read as columns, fewer columns dealt than the page holds, more, the right
number (then the dealing or the order of the columns is wrong).  It also prints the share of dealt
lines that stand in their dealt column's true column (``purity``): the dealing alone, steadier than
the similarity, which one wrong junction or a column read out of order moves by 0.3–0.6.  With
``--order`` it also reads each one-page document's dealt columns in the order that matches the
truth best (``best_order``): what the dealing loses, apart from the order the columns are read in.
With ``--junctions`` it counts the wrong junctions in the dealt columns (a line followed in its dealt
column by a line of another true column) by what continuity (``flow.goes_on``) said of the line
dealt after it against its true next line: for the truth, for the wrong one, or the same (a tie,
which only turns, shapes and the search decide).  With
``--turns`` it counts, from the glyphs alone, how often a row stays in the column of the row before
instead of taking turns, after a short line of another column and after a full one.  The lines reach ``column_flow`` as
in the pipeline: after the rules the table runs before it on the lines stage.

With ``--sweep SEED`` (deal67) the designs are the column sweep's instead — ``heading_sweep.py --kind columns
--seed SEED``'s first ``--sweep-designs`` drawn designs, those of ``--sweep-columns`` columns — so the dealing
is measured on page designs no rule was written from (seed 83's first eight hold three of three columns).

Held-out designs and texts are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # this work tree's booklet

COLUMN_DESIGNS = ("news_three_tight", "neikan_three_all", "tabloid_three_columns", "two_columns_hanging",
                  "two_columns_plain")
# pdfplumber's ``x_tolerance``: glyphs further apart than this (pt) are written with a space between.
X_TOLERANCE = 3.0
# Pieces shorter than this (characters) do not count toward the columns a page holds (a head's
# page number, a stray mark).
COUNTED_PIECE = 3

# ``--turns``: a column takes part in the turns while it has this many lines to come (a page's last
# rows may hold a column's stray piece: a folio, a source line) ...
TURN_LIVE = 3
# ... and a line is short when it stops this many characters before the measure (a hung or squeezed
# mark leaves a full line a character short).
SHORT_BY = 2

Piece = tuple[str, int, float]   # text, column, top

# The designs measured, by name (``main``: the dev column designs, or ``--sweep``'s drawn ones).
LAYOUTS: dict = {}


def dev_designs() -> dict:
    """The five dev column designs, by name."""
    from layouts import DEV_LAYOUTS
    named = {layout.name: layout for layout in DEV_LAYOUTS}
    return {name: named[name] for name in COLUMN_DESIGNS}


def sweep_designs(seed: int, designs: int, columns: int) -> dict:
    """(deal67) The column sweep's drawn designs (``heading_sweep.py --kind columns --seed seed --designs
    designs --columns columns``), by name."""
    import random

    from heading_sweep import column_design
    rng = random.Random(seed)
    drawn = [column_design(k, rng) for k in range(designs)]
    return {d.name: d for d in drawn if not columns or d.columns == columns}


def build(work: Path, only: str | None) -> list[str]:
    """Every dev text set in the column designs, as a PDF and pdfplumber's text (kept in ``work``)."""
    from extract import pdfplumber_text
    from harness import load_docs
    from render import render_pdf
    from typeset import compose

    layouts = LAYOUTS or dev_designs()
    stems = []
    for doc in load_docs("dev"):
        for name in layouts:
            stem = f"dev__{doc.name}__{name}"
            if only and only not in stem:
                continue
            pdf = work / f"{stem}.pdf"
            if not pdf.exists():
                render_pdf(compose(doc, layouts[name]), layouts[name], pdf)
                (work / f"{stem}__pdfplumber.txt").write_text(pdfplumber_text(pdf), encoding="utf-8", newline="")
            stems.append(stem)
    return stems


def truth(work: Path, stem: str) -> list[list[list[Piece]]]:
    """Per page, per pdfplumber line, its pieces with the column each stands in."""
    import pdfplumber

    layout = (LAYOUTS or dev_designs())[stem.split("__")[2]]
    pages = []
    with pdfplumber.open(str(work / f"{stem}.pdf")) as pdf:
        for number, page in enumerate(pdf.pages):
            body = Counter(round(c["size"], 1) for c in page.chars).most_common(1)[0][0]
            left = layout.margins[2] if number % 2 == 0 else layout.margins[3]
            pitch = (layout.measure + layout.gutter) * body
            rows = []
            for line in page.extract_text_lines(return_chars=True):
                chars = line["chars"]
                cuts = [k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] > X_TOLERANCE]
                row = []
                for a, b in zip([0, *cuts], [*cuts, len(chars)]):
                    column = int((chars[a]["x0"] - left + layout.gutter * body / 2) // pitch)
                    row.append(("".join(c["text"] for c in chars[a:b]), column, line["top"]))
                rows.append(row)
            pages.append(rows)
    return pages


def reading(pages: list[list[list[Piece]]]) -> str:
    """The text as the page is read: each page's pieces column by column, top to bottom."""
    out = []
    for rows in pages:
        out += [text for text, _column, _top in sorted((p for row in rows for p in row), key=lambda p: (p[1], p[2]))]
    return "".join(out).replace(" ", "")


def columns_of(pages: list[list[list[Piece]]]) -> dict[str, int]:
    """Each piece's text (spaces ignored) and the column it stands in, for texts that stand in one column only."""
    seen: dict[str, set[int]] = {}
    for rows in pages:
        for row in rows:
            for text, column, _top in row:
                seen.setdefault(text.replace(" ", ""), set()).add(column)
    return {text: next(iter(cols)) for text, cols in seen.items() if len(cols) == 1}


def purity(columns: dict[str, int], dealings: list[list[list[str]]]) -> tuple[int, int]:
    """How many dealt lines stand in the column most of their dealt column's lines stand in (of the
    lines the truth names): a measure of the dealing alone, blind to the order the columns are read
    in, and to a wrong line's effect on the lines after it (the similarity feels both)."""
    kept = total = 0
    for dealing in dealings:
        for column in dealing:
            known = Counter(columns[text] for text in column if text in columns)
            if known:
                kept += known.most_common(1)[0][1]
                total += sum(known.values())
    return kept, total


def best_order(want: str, columns: list[list[str]]) -> float:
    """The similarity of the truth's reading with the dealt columns read in the order that matches it
    best (a page's columns are at most ``FLOW_COLUMNS_MAX``: every order is tried)."""
    from itertools import permutations

    from rapidfuzz.distance import Levenshtein

    texts = ["".join(column) for column in columns if column]
    return max(Levenshtein.normalized_similarity(want, "".join(seq)) for seq in permutations(texts))


def junctions(path: Path, pages: list[list[list[Piece]]], dealings: list[list[list[str]]],
              counts: Counter[str]) -> None:
    """Count the wrong junctions of the dealt columns by what continuity said of them (``--junctions``)."""
    from booklet.clean import flow
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines

    lines = to_lines(raw_lines(path.read_text(encoding="utf-8")))
    pairs = flow.text_pairs(lines)
    columns = columns_of(pages)
    after: dict[str, str] = {}   # (a piece's next piece in its true column)
    for rows in pages:
        stacks: dict[int, list[str]] = {}
        for row in rows:
            for text, column, _top in row:
                stacks.setdefault(column, []).append(text.replace(" ", ""))
        for stack in stacks.values():
            after.update(zip(stack, stack[1:]))

    def line(text: str):   # type: ignore[no-untyped-def]
        return to_lines(raw_lines(text))[0]

    for dealing in dealings:
        for column in dealing:
            for a, b in zip(column, column[1:]):
                if a in columns and b in columns and columns[a] != columns[b] and after.get(a):
                    dealt_on = flow.goes_on(line(a), line(b), pairs)
                    true_on = flow.goes_on(line(a), line(after[a]), pairs)
                    counts["for the truth" if true_on > dealt_on else "for the wrong line" if dealt_on > true_on
                           else "a tie after punctuation" if not flow._mid_word(line(a)) else "a tie (same pair evidence)"] += 1


def turns(pages: list[list[list[Piece]]], counts: Counter[tuple[bool, bool]]) -> None:
    """Count, for each row of one piece after a row of one piece, while another column still has
    ``TURN_LIVE`` lines to come: whether it stays in the previous row's column (a departure from the
    turns) and whether another column's last line was short of the measure (the upper quartile of the
    pieces' lengths, less ``SHORT_BY`` characters): ``counts[(departed, short)]``."""
    for rows in pages:
        body = rows[1:]   # (the head's row)
        lengths = sorted(len(text) for row in body for text, _column, _top in row)
        if not lengths:
            continue
        full = lengths[int(len(lengths) * 0.75)]
        rows_of: dict[int, list[int]] = {}
        for r, row in enumerate(body):
            for _text, column, _top in row:
                rows_of.setdefault(column, []).append(r)
        last: dict[int, int] = {}
        previous = None
        for r, row in enumerate(body):
            if len(row) != 1:
                previous = None
                last.update({column: len(text) for text, column, _top in row})
                continue
            text, column, _top = row[0]
            live = [c for c in last if c != column and sum(k > r for k in rows_of[c]) >= TURN_LIVE]
            if previous is not None and live:
                counts[(previous == column, any(last[c] < full - SHORT_BY for c in live))] += 1
            previous, last[column] = column, len(text)


def grid(pages: list[list[list[Piece]]], counts: Counter[tuple[str, bool]]) -> None:
    """(deal67, ``--grid``) Count, for each row of two lines on a page of three columns or more, whether
    its two columns are the two whose last lines shared a row (``flow.GRID_BONUS``'s lean: columns whose
    baselines meet keep sharing rows): ``counts[("lean", same)]``; where no two of the columns' last lines
    shared a row apart from the rest (all shared one, or none did), whether they are the last row of
    two's columns: ``counts[("no lean", same)]``."""
    for rows in pages:
        last: dict[int, int] = {}   # (a column's last line: its row)
        pair = None
        for r, row in enumerate(rows[1:]):   # (the head's row)
            held = tuple(sorted({column for text, column, _top in row if len(text.replace(" ", "")) >= 2}))
            if len(held) == 2 and len(last) >= 3:
                rows_of = Counter(last.values())
                shared = tuple(sorted(c for c, k in last.items() if rows_of[k] == 2))
                if len(shared) == 2:
                    counts[("lean", held == shared)] += 1
                elif pair is not None:
                    counts[("no lean", held == pair)] += 1
            if len(held) == 2:
                pair = held
            last.update({column: r for column in held})


def flowed(path: Path, dealt: list[int], dealings: list[list[list[str]]] | None = None) -> str:
    """``column_flow``'s reading of an extraction (the columns each page was dealt into go to ``dealt``,
    and with ``dealings``, each page's dealt columns as their lines' texts, spaces ignored)."""
    from booklet.clean import flow, furniture, runs, separators
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Report

    lines = to_lines(raw_lines(path.read_text(encoding="utf-8")))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):   # (the lines rules before column_flow)
        lines = rule(lines, Report().log("flow_truth"))
    deal = flow._deal

    def counting(items, placed, pairs, n, labelled, turning, *rest):   # type: ignore[no-untyped-def]
        dealt.append(n)
        columns = deal(items, placed, pairs, n, labelled, turning, *rest)
        if dealings is not None:
            dealings.append([[line.text.replace(" ", "") for line in column] for column in columns])
        return columns

    flow._deal = counting
    try:
        return "".join(line.text for line in flow.column_flow(lines, Report().log("column_flow"))).replace(" ", "")
    finally:
        flow._deal = deal


def main() -> None:
    from rapidfuzz.distance import Levenshtein

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, required=True, help="PDFs and extractions are built (and kept) here")
    ap.add_argument("--only", help="substring of the case names (dev__DOC__DESIGN)")
    ap.add_argument("--show", action="store_true", help="print each case's figures")
    ap.add_argument("--turns", action="store_true",
                    help="count the truth's departures from the turns after a short or a full line")
    ap.add_argument("--order", action="store_true",
                    help="also score one-page documents with their dealt columns in the truth's best order")
    ap.add_argument("--junctions", action="store_true",
                    help="count the dealt columns' wrong junctions by what continuity said of them")
    ap.add_argument("--grid", action="store_true",
                    help="count how often a row of two lines holds the two columns whose last lines shared a row")
    ap.add_argument("--sweep", type=int, metavar="SEED",
                    help="(deal67) the column sweep's designs drawn with this seed instead of the dev column designs")
    ap.add_argument("--sweep-designs", type=int, default=8, help="designs drawn (--sweep)")
    ap.add_argument("--sweep-columns", type=int, default=3, help="keep the drawn designs of this many columns (0: all)")
    args = ap.parse_args()
    if args.sweep is not None:
        LAYOUTS.update(sweep_designs(args.sweep, args.sweep_designs, args.sweep_columns))
    args.work.mkdir(parents=True, exist_ok=True)
    scores: list[float] = []
    causes: Counter[str] = Counter()
    by_cause: dict[str, list[float]] = {}
    kept_all = total_all = 0
    turn_counts: Counter[tuple[bool, bool]] = Counter()
    ordered: list[tuple[float, float]] = []   # (--order) one-page dealt documents: as read, in the best order
    wrong: Counter[str] = Counter()   # (--junctions) wrong junctions by what continuity said
    leans: Counter[tuple[str, bool]] = Counter()   # (--grid) rows of two lines by the grid's lean
    for stem in build(args.work, args.only):
        pages = truth(args.work, stem)
        turns(pages, turn_counts)
        if args.grid:
            grid(pages, leans)
        want = reading(pages)
        text = args.work / f"{stem}__pdfplumber.txt"
        dealt: list[int] = []
        dealings: list[list[list[str]]] = []
        got = flowed(text, dealt, dealings)
        kept, total = purity(columns_of(pages), dealings)
        if args.junctions:
            junctions(text, pages, dealings, wrong)
        kept_all += kept
        total_all += total
        score = Levenshtein.normalized_similarity(want, got)
        if args.order and len(pages) == 1 and len(dealings) == 1:
            ordered.append((score, best_order(want, dealings[0])))
        held = [len({c for row in rows[1:] for t, c, _top in row if len(t) >= COUNTED_PIECE}) for rows in pages]
        if max(held) < 2:
            cause = "one column"
        elif not dealt:
            cause = "not read as columns"
        elif len(dealt) != len(pages):
            cause = "pages cut wrong"
        elif any(d < h for d, h in zip(dealt, held)):
            cause = "too few columns dealt"
        elif any(d > h for d, h in zip(dealt, held)):
            cause = "too many columns dealt"
        else:
            cause = "right number of columns"
        scores.append(score)
        causes[cause] += 1
        by_cause.setdefault(cause, []).append(score)
        if args.show:
            raw = text.read_text(encoding="utf-8").replace("\n", "").replace(" ", "")
            print(f"{stem[5:]:60} flow {score:.3f}  as extracted {Levenshtein.normalized_similarity(want, raw):.3f}"
                  f"  columns {held} dealt {dealt}  lines in their column {kept / total if total else 1:.3f}")
    print(f"{len(scores)} documents: mean {sum(scores) / len(scores):.4f};"
          f" dealt lines in their column {kept_all / max(total_all, 1):.4f} ({total_all} lines)")
    for cause, count in causes.most_common():
        values = by_cause[cause]
        print(f"  {cause:26} {count:4d}  mean {sum(values) / len(values):.3f}  below 0.9: {sum(v < 0.9 for v in values)}")
    if wrong:
        print(f"  wrong junctions in the dealt columns: {sum(wrong.values())}; continuity said "
              + ", ".join(f"{why} {count}" for why, count in wrong.most_common()))
    if ordered:
        print(f"  one-page documents dealt: {len(ordered)}, mean {sum(a for a, _b in ordered) / len(ordered):.4f};"
              f" their dealt columns in the best order {sum(b for _a, b in ordered) / len(ordered):.4f}")
    for kind in ("lean", "no lean") if args.grid else ():
        same, other = leans[(kind, True)], leans[(kind, False)]
        print(f"  rows of two lines, {kind}: {same} of {same + other} hold the "
              + ("two columns whose last lines shared a row" if kind == "lean" else "last row of two's columns"))
    if args.turns:
        for short in (False, True):
            departed, kept = turn_counts[(True, short)], turn_counts[(False, short)]
            print(f"  after a {'short' if short else 'full'} line: {departed} departures from the turns in"
                  f" {departed + kept} rows ({departed / max(departed + kept, 1):.3f})")


if __name__ == "__main__":
    main()
