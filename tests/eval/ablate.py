"""Which rule makes a set's errors: every case cleaned once with each rule switched off in turn.

    python tests/eval/ablate.py --set fresh --layouts pocket --families 'pypdf|pdfplumber'
    python tests/eval/ablate.py --set dev --layouts news --rules footnotes,rejoin_runs --by family

For the cases chosen (a set, a regex on design names and one on families), prints per rule switched
off the sums of heading matches, boundary matches, the edit distance to the gold (what fidelity
counts) and the heading errors by kind
(``harness.heading_errors``) — the row with no rule off first, then only the rows that differ.  A
rule whose row gains matches and loses errors is where those errors are made.  Counts only: nothing
of a case is printed or saved, so it may be run on the held-out and fresh sets as their aggregate
tables are.  (Not run by the suite; ``--by layout|family`` prints one block per design or family.)
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # this work tree's booklet

import harness  # noqa: E402

NONE = "(none)"
COLUMNS = ("headings", "bounds", "distance", *harness.HEADING_ERRORS)


def _counts(case: harness.Case, text: str) -> dict[str, int]:
    """The sums ``main`` adds up, from the case's row as the harness scores it."""
    row = harness.score(case, "ok", text, "")
    return {"headings": row["headings"]["tp"], "bounds": row["boundary"]["tp"], "distance": row["distance"],
            **row["heading_errors"]}


def _job(args: tuple) -> list[tuple[str, str, dict[str, int]]]:
    doc, layout, work, families, rules, by = args
    from booklet.readers import ReadOptions
    from booklet.sources import load_source
    from booklet.writers.markdown import render_document

    out = []
    for case in harness.build(doc, layout, work):
        if not re.search(families, case.family):
            continue
        group = {"layout": case.layout, "family": case.family}.get(by, "all")
        for name in (NONE, *rules):
            options = ReadOptions(rules={} if name == NONE else {name: False})
            try:
                text = render_document(load_source(case.input, options).document)
            except Exception:  # noqa: BLE001 - a crash with a rule off is counted as an empty output
                text = ""
            out.append((group, name, _counts(case, text)))
    return out


def main(argv: list[str] | None = None) -> int:
    from booklet.clean.table import RULES

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=harness.SPLITS, default="dev")
    ap.add_argument("--layouts", default=".", help="regex on design names")
    ap.add_argument("--families", default=".", help="regex on families (e.g. '^(?!direct)')")
    ap.add_argument("--rules", help="rules to switch off, separated by commas (default: every rule)")
    ap.add_argument("--by", choices=("all", "layout", "family"), default="all")
    args = ap.parse_args(argv)
    rules = tuple(args.rules.split(",")) if args.rules else tuple(r.name for r in RULES)
    work = Path(tempfile.mkdtemp(prefix="ablate_"))
    totals: dict[tuple[str, str], dict[str, int]] = {}
    try:
        import booklet.cli  # noqa: F401 - imported once before forking
        jobs = [(doc, layout, work, args.families, rules, args.by)
                for doc, layout in harness.plan(args.set) if re.search(args.layouts, layout.name)]
        with ProcessPoolExecutor(2, mp_context=get_context("fork")) as pool:
            for part in pool.map(_job, jobs):
                for group, name, counts in part:
                    total = totals.setdefault((group, name), dict.fromkeys(COLUMNS, 0))
                    for key in COLUMNS:
                        total[key] += counts[key]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'rule switched off':28}" + "".join(f" {c[:9]:>9}" for c in COLUMNS))
    for group in sorted({g for g, _ in totals}):
        if args.by != "all":
            print(f"== {group}")
        base = totals[(group, NONE)]
        for name in (NONE, *rules):
            row = totals.get((group, name))
            if row is not None and (name == NONE or row != base):
                print(f"{name[:28]:28}" + "".join(f" {row[c]:9d}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
