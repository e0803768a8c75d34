"""Benchmark: where a build's cleaning of new sources on two cores spends its CPU, phase by phase.

Not a test: run it by hand when changing ``booklet.ahead`` (it is how ``IN_ORDER_SHARE`` was set).

    python benchmarks/ahead.py                 # the example's sources, 4 copies (20 files)
    python benchmarks/ahead.py --copies 10 --share 0.1

Each round reads the project's entries as a build does (``sources.load_sources`` with an empty
cache folder): ``booklet.ahead`` forks a child for the second share and cleans the first here,
then the in-order pass takes every result, writes the cache and picks each entry's article.
CPU time, not wall time, is reported per phase (on a shared machine wall time measures the
neighbours): this process's own share, the wait for the child (its results unpickled), the
in-order pass, and the child's whole life (its share, its pickling).  Both cores finish together
when this process's share + wait + in-order pass is about the child's: the critical path is the
larger of the two.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)   # this work tree first

from booklet import ahead, sources  # noqa: E402
from booklet.cache import SourceCache  # noqa: E402
from booklet.manifest import load_manifest  # noqa: E402

sys.path.insert(1, str(ROOT / "benchmarks"))
from build import machine, make_project  # noqa: E402


def children_cpu() -> float:
    """CPU seconds of the waited-for children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Print the median CPU time of each phase over ``--rounds`` reads of a new project's sources."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the example (default 4)")
    parser.add_argument("--rounds", type=int, default=9, help="rounds, medians kept (default 9)")
    parser.add_argument("--share", type=float, help="IN_ORDER_SHARE to try instead of booklet's")
    args = parser.parse_args()
    if args.share is not None:
        ahead.IN_ORDER_SHARE = args.share
    here, marks = os.getpid(), {}
    clean_share, clean_ahead = ahead.clean_share, ahead.clean_ahead

    def timed_share(share):   # (the child runs it too: only this process's is kept)
        started = time.process_time()
        try:
            return clean_share(share)
        finally:
            if os.getpid() == here:
                marks["own share"] = time.process_time() - started

    def timed_ahead(*given, **named):
        started, child = time.process_time(), children_cpu()
        clean_ahead(*given, **named)
        marks["ahead end"] = time.process_time()
        marks["wait and unpickle"] = marks["ahead end"] - started - marks["own share"]
        marks["child"] = children_cpu() - child

    ahead.clean_share, sources.clean_ahead = timed_share, timed_ahead
    rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        manifest = load_manifest(make_project(Path(tmp), args.copies))
        folder = Path(tmp) / ".booklet-cache"
        for line in machine():
            print(line)
        for number in range(args.rounds + 1):   # (the first warms the imports)
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            started = time.process_time()
            sources.load_sources(manifest, SourceCache(folder))
            ended = time.process_time()
            if number:
                rounds.append({**marks, "in-order pass": ended - marks.pop("ahead end"),
                               "this process in all": ended - started})
    print(f"{args.copies * 5} files, IN_ORDER_SHARE {ahead.IN_ORDER_SHARE}; median CPU of "
          f"{args.rounds} rounds")
    for phase in ("own share", "wait and unpickle", "in-order pass", "this process in all", "child"):
        print(f"  {phase:22s} {statistics.median(r[phase] for r in rounds) * 1e3:7.1f} ms")
    parent = [r["own share"] + r["wait and unpickle"] + r["in-order pass"] for r in rounds]
    print(f"  after the fork: this process {statistics.median(parent) * 1e3:.1f} ms, "
          f"the child {statistics.median(r['child'] for r in rounds) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
