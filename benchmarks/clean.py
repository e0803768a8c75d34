"""Benchmark: where the cleaner's time goes — each rule of the table and each fixed step.

Not a test: run it by hand when changing the cleaner's speed.

    python benchmarks/clean.py                    # the example's sources
    python benchmarks/clean.py --rounds 40 FILE…  # other text files
    python benchmarks/clean.py --columns          # column-page texts (benchmarks/data/columns)

The cleaner runs over the sources as the ``.txt`` reader gives them, ``--rounds`` times in this
process, after a warm-up pass.  Each rule and step keeps the CPU time of its fastest round (on a
shared machine the slowest rounds measure the neighbours), so the column adds up to a little
less than a round.  The whole rounds are given twice: the fastest (what the cleaner costs) and
the median (what a person gets on this machine at this load — on a shared VM rounds spread by
a third and more with the neighbours' work, so the machine and its load, before and after,
are printed above and below them).  The file's layout is studied when a rule first asks for it
(``captions`` today), so that rule's figure includes it.  ``benchmarks/build.py`` reports the
same two throughputs among the build figures the README quotes.

The example's sources are set in one column; ``--columns`` runs six dev-set texts copied from
column pages instead (``benchmarks/data/columns``, five pdfminer, one pasted from a viewer), where
the cleaner rebuilds the reading order (``order_blocks``) and costs several times more per byte.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)   # this work tree first

from booklet.clean import pipeline  # noqa: E402
from booklet.clean.table import RULES  # noqa: E402
from booklet.readers.text import raw_lines  # noqa: E402

sys.path.insert(1, str(ROOT / "benchmarks"))
from build import machine  # noqa: E402


def timed(name: str, spent: dict[str, float], call: Callable[..., Any]) -> Callable[..., Any]:
    """``call``, adding its CPU time to ``spent[name]``."""
    def run(*args: Any) -> Any:
        started = time.process_time()
        try:
            return call(*args)
        finally:
            spent[name] += time.process_time() - started
    return run


def main() -> None:
    """Print the fastest round's CPU time per rule and step, largest first; the fastest and median whole round."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="text files (default: the example's sources)")
    parser.add_argument("--rounds", type=int, default=40, help="rounds over all files (default 40)")
    parser.add_argument("--columns", action="store_true",
                        help="the column-page texts of benchmarks/data/columns instead of the example's sources")
    args = parser.parse_args()
    default = ROOT / "benchmarks" / "data" / "columns" if args.columns else ROOT / "sources"
    files = args.files or sorted(default.glob("*.txt"))
    if not files:   # (a copy of the package without the example: 0 KB would print 0.00 MB/s)
        parser.error(f"no text files to clean in {default}: name them")
    texts = [path.read_text(encoding="utf-8") for path in files]
    size = sum(len(text.encode("utf-8")) for text in texts)
    sources = [raw_lines(text) for text in texts]
    for lines in sources:   # warm: imports, compiled patterns, the segmenter's dictionary
        pipeline.clean(lines)

    spent: dict[str, float] = defaultdict(float)
    fastest: dict[str, float] = defaultdict(lambda: float("inf"))
    # compiled (``BOOKLET_COMPILE=1``, mypyc) the modules call each other directly in C, past any
    # wrapper set on a module: only whole rounds are measured then
    compiled = not pipeline.__file__.endswith(".py")
    if not compiled:
        pipeline.RULES = tuple(rule.__class__(rule.name, rule.stage, timed(rule.name, spent, rule.apply),
                                              rule.summary, rule.default) for rule in RULES)
        for step in ("to_lines", "to_blocks", "to_articles", "to_document"):
            setattr(pipeline, step, timed(step, spent, getattr(pipeline, step)))
    rounds: list[float] = []
    compileall.compile_dir(ROOT / "booklet", quiet=1)   # (as ``machine`` says, and as build.py does)
    for line in machine():
        print(line)
    for _ in range(args.rounds):
        spent.clear()
        started = time.process_time()
        for lines in sources:
            pipeline.clean(lines)
        rounds.append(time.process_time() - started)
        for name, seconds in spent.items():
            fastest[name] = min(fastest[name], seconds)
    total = sum(fastest.values())
    kind = "compiled (mypyc: whole rounds only, no figure per rule)" if compiled else "pure Python"
    print(f"cleaner: {kind} — {pipeline.__file__}")
    print(f"{len(files)} file(s), {size / 1e3:.0f} KB; fastest of {args.rounds} rounds (CPU ms per round)")
    for name, seconds in sorted(fastest.items(), key=lambda item: -item[1]):
        print(f"  {name:26} {seconds * 1e3:7.2f} ms  {seconds / total:6.1%}")
    for label, seconds in (("fastest round", min(rounds)), ("median round", statistics.median(rounds))):
        print(f"  {label:26} {seconds * 1e3:7.2f} ms  → {size / seconds / 1e6:.2f} MB/s")
    quartiles = statistics.quantiles(rounds, n=4) if len(rounds) > 1 else rounds * 3
    print(f"  rounds: quartiles {' / '.join(f'{q * 1e3:.1f}' for q in quartiles)} ms, "
          f"slowest {max(rounds) * 1e3:.1f} ms")
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"load average at the end (1 / 5 / 15 min): {load}")


if __name__ == "__main__":
    main()
