"""Print the cleaner's per-family scores on the evaluation sets, with the worst cases.

    python tests/eval/run.py                      # dev and held-out
    python tests/eval/run.py --set all            # dev, held-out and fresh: the suite's cases
    python tests/eval/run.py --set dev --only pypdf --save /tmp/eval-out
    python tests/eval/run.py --full --json /tmp/eval.json

Columns: files, boundary P/R/F1 (micro), fidelity (weighted by gold length), heading F1, crashes,
stray spaces between two CJK characters (not seen by the scorer, which ignores whitespace).
The held-out and fresh sets are for aggregate figures only: tune rules on dev, never on their
cases.  ``--save DIR`` keeps, per dev case, the input (``.in.txt``/``.in.pdf``), the gold, the
cleaner's output and any traceback (held-out and fresh cases are never saved, nor listed among the
worst cases, and their documents' names are masked wherever a case is named: a crash, the JSON);
``--only REGEX`` picks cases by name (``split__doc__layout__family``).  ``--errors`` adds a table of
the heading errors by kind per layout and class — a kicker joined to its title, a heading extended
by text, cut, absorbed into a paragraph or standing as one, a paragraph or furniture read as a
heading (``harness.heading_errors``): counts only, so it is printed for every set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # this work tree's booklet, not whichever is installed

import harness  # noqa: E402

# ``--set`` → the sets run: ``both`` is dev and held-out (as before the fresh set came), ``all`` adds fresh.
SET_SPLITS = {"dev": ("dev",), "heldout": ("heldout",), "fresh": ("fresh",),
              "both": ("dev", "heldout"), "all": harness.SPLITS}

HEAD = f"{'':24} {'files':>5} {'bP':>6} {'bR':>6} {'bF1':>6} {'fid':>7} {'hF1':>6} {'crash':>5} {'sp':>4}"


def line(label: str, agg: dict) -> str:
    """One table row."""
    h = f"{agg['heading_f1']:6.3f}" if agg["heading_gold"] else "     -"
    return (f"{label[:24]:24} {agg['files']:5d} {agg['boundary_p']:6.3f} {agg['boundary_r']:6.3f} "
            f"{agg['boundary_f1']:6.3f} {agg['fidelity']:7.4f} {h} {agg['crashes']:5d} "
            f"{agg['cjk_spaces']:4d}")


def print_split(split: str, rows: list[dict], n_worst: int, errors: bool = False) -> None:
    """Tables by class, family and layout for one set (with ``errors``, the heading errors by kind
    per layout and class), then each family's worst cases."""
    print(f"== {split} ({len(rows)} cases)")
    for key in ("class", "family", "layout"):
        print(f"{'by ' + key:24}" + HEAD[24:])
        for label, group in harness.group(rows, key).items():
            print(line("  " + label, harness.aggregate(group)))
    print(line("all", harness.aggregate(rows)))
    if errors:
        print_errors(rows)
    if split in harness.UNSEEN or not n_worst:
        print()
        return
    print("\nworst cases per family (boundary F1, fidelity, heading F1):")
    for family, group in harness.group(rows, "family").items():
        for r in harness.worst(group, n_worst):
            flag = "CRASH " if r["status"] != "ok" else ""
            print(f"  {family:18} {flag}{r['boundary']['f1']:.3f} {r['fidelity']:.4f} "
                  f"{r['headings']['f1']:.3f}  {r['name']}")
    print()


def print_errors(rows: list[dict]) -> None:
    """Heading errors by kind (``harness.heading_errors``) per layout, and per class under it."""
    kinds = harness.HEADING_ERRORS
    print(f"{'heading errors':24}" + "".join(f" {k[:9]:>9}" for k in kinds))
    for layout, group in harness.group(rows, "layout").items():
        for label, part in [("  " + layout, group), *(("    " + k, g) for k, g in harness.group(group, "class").items())]:
            sums = [sum(r["heading_errors"][k] for r in part) for k in kinds]
            if any(sums):
                print(f"{label[:24]:24}" + "".join(f" {n:9d}" for n in sums))


def _listed(row: dict) -> dict:
    """A row as the JSON keeps it: a fresh case's document masked (held-out rows keep their names,
    as the baselines written before the fresh set have them, so that runs stay comparable)."""
    if row["split"] != "fresh":
        return row
    name = harness.masked(row["name"])
    return {**row, "name": name, "doc": name.split("__")[1], "error": "(masked)" if row["error"] else ""}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=tuple(SET_SPLITS), default="both",
                    help="both: dev and held-out; all: dev, held-out and fresh")
    ap.add_argument("--full", action="store_true", help="one more layout per document")
    ap.add_argument("--only", help="regex on case names (split__doc__layout__family)")
    ap.add_argument("--save", type=Path, help="keep input, gold, output, traceback per dev case here")
    ap.add_argument("--work", type=Path, help="build the PDFs and extractions here (kept)")
    ap.add_argument("--json", type=Path, help="write every row and aggregate here")
    ap.add_argument("--worst", type=int, default=3, help="worst cases shown per family (dev)")
    ap.add_argument("--jobs", type=int, help="worker processes (default: up to 2)")
    ap.add_argument("--errors", action="store_true",
                    help="print the heading errors by kind per layout and class (counts only)")
    args = ap.parse_args(argv)
    splits = SET_SPLITS[args.set]
    start = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        rows = harness.evaluate(args.work or Path(tmp), splits, full=args.full, only=args.only,
                                save=args.save, jobs=args.jobs)
    missing = harness.missing_tools()
    if missing:
        print("not run (tool missing): " + ", ".join(f"{k} ({v})" for k, v in missing.items()))
    for split, group in harness.group(rows, "split").items():
        print_split(split, group, args.worst, args.errors)
    crashes = [r for r in rows if r["status"] != "ok"]
    for r in crashes[:5]:
        if r["split"] in harness.UNSEEN:  # its traceback may quote the text: the name alone, masked
            print(f"CRASH {harness.masked(r['name'])}")
        else:
            print(f"CRASH {r['name']}:\n{r['error'][-1200:]}")
    print(f"{len(rows)} cases in {time.time() - start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({
            "aggregate": {s: {k: harness.aggregate(g) for k, g in harness.group(grp, "family").items()}
                          for s, grp in harness.group(rows, "split").items()},
            "rows": [_listed(r) for r in rows]}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
