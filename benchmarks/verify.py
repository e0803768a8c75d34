"""Benchmark: ``booklet verify`` on the example, 10 MB of references, locating one quotation.

Not a test: run it by hand and copy the table into the README.

    python benchmarks/verify.py            # 10 MB of references
    python benchmarks/verify.py --mb 2     # a quicker run

Figures (each the fastest of ``--repeat`` runs, since a shared machine only adds time):

* example, warm: the whole example project verified in a fresh process with its
  cache of cleaned sources and indexes warm (imports included);
* references cold: N MB of references (copies of the seeds, each made distinct)
  cleaned, prepared (folded, quotations found), indexed and cached, in-process;
  the indexing alone (n-gram index and sketches) is reported too;
* references warm: the same project again, the prepared texts and the index loaded
  (in-process, so without the imports);
* locate: one 50-character quotation with two wrong characters located in all of it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "sources").glob("*.txt"))
QUOTE = "要构筑国际基础研究合作平台，牵头实施国际大科学计划和大科学工程，设立面向全球的科学研究基金，加大"

CHILD = """
import time, json
t = time.perf_counter()
from booklet.cli import run
code = run({argv!r})
print(json.dumps({{"seconds": time.perf_counter() - t, "code": code}}))
"""


def _child(argv: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD.format(argv=argv)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]


def example_warm(repeat: int) -> float:
    """The example project verified in a fresh process, caches warm."""
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(ROOT / "sources", Path(folder) / "sources")
        shutil.copy(ROOT / "booklet.yaml", Path(folder) / "booklet.yaml")
        argv = ["verify", str(Path(folder) / "booklet.yaml"), "-q"]
        _child(argv)  # warms the caches
        return min(_child(argv) for _ in range(repeat))


def _disguise(text: str, n: int) -> str:
    """Copy ``n`` of a seed made another text with the same statistics: every Chinese
    character shifted by ``n`` places (a substitution cipher); copy 0 is the seed itself."""
    if n == 0:
        return text
    return "".join(chr(0x4E00 + (ord(c) - 0x4E00 + 7 * n) % 0x5200) if "\u4e00" <= c <= "\u9fff"
                   else c for c in text)


def make_references(folder: Path, megabytes: float) -> int:
    """Distinct texts totalling about ``megabytes`` (the seeds and disguised copies)."""
    (folder / "refs").mkdir()
    written, n = 0, 0
    while written < megabytes * 1_000_000:
        seed = SEEDS[n % len(SEEDS)]
        text = _disguise(seed.read_text(encoding="utf-8"), n // len(SEEDS))
        path = folder / "refs" / f"{n:04d}-{seed.name}"
        path.write_text(text, encoding="utf-8")
        written += path.stat().st_size
        n += 1
    (folder / "booklet.yaml").write_text(
        "title: bench\noutputs: [md]\ncontents:\n  - source: booklet.txt\n    select: 材料 2\n"
        "references:\n  - refs/\n", encoding="utf-8")
    (folder / "booklet.txt").write_bytes(SEEDS[0].read_bytes())  # seed 000, 材料 1-3
    return written


def references(megabytes: float, repeat: int) -> dict[str, float]:
    """Cold and warm verification with ``megabytes`` of references, and one quotation located."""
    from booklet.build import source_cache
    from booklet.manifest import load_manifest
    from booklet.sources import load_sources
    from booklet.verify.corpus import Corpus, make_shelf
    from booklet.verify.fold import fold_text
    from booklet.verify.locate import matches
    from booklet.verify.ngram import sketch
    from booklet.verify.project import load_for_verify, verify_project
    from booklet.verify.quotes import Quotation

    with tempfile.TemporaryDirectory() as folder:
        size = make_references(Path(folder), megabytes)
        manifest_path = Path(folder) / "booklet.yaml"
        started = time.perf_counter()
        verify_project(manifest_path)
        cold = time.perf_counter() - started
        manifest = load_manifest(manifest_path)
        cache = source_cache(manifest)
        texts = load_for_verify(manifest, load_sources(manifest, cache), cache).references
        indexing = min(_timed(lambda: (make_shelf(texts, None), [sketch(t.folded) for t in texts]))
                       for _ in range(repeat))
        warm = min(_timed(lambda: verify_project(manifest_path)) for _ in range(repeat))
        corpus = Corpus.build([texts], cache)
        passage = fold_text(QUOTE.replace("牵头", "率头").replace("基金", "资金"))
        quote = Quotation("bench", "inline", 0, len(passage), passage, 0, None)
        locate = min(_timed(lambda: matches(quote, corpus)) for _ in range(max(5, repeat)))
        found = matches(quote, corpus)
        assert found and found[0].similarity > 0.9, "the quotation was not located"
        return {"mb": size / 1e6, "chars": sum(len(t.folded) for t in texts), "cold": cold,
                "indexing": indexing, "warm": warm, "locate_ms": locate * 1000,
                "places": len(found)}


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of references")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    example = example_warm(args.repeat)
    refs = references(args.mb, args.repeat)
    print("| measure | figure |\n|---|---|")
    print(f"| example verified, warm cache (fresh process, imports included) | {example:.2f} s |")
    print(f"| {refs['mb']:.1f} MB of references ({refs['chars'] / 1e6:.1f} M characters): "
          f"cleaned, prepared, indexed, verified, cold | {refs['cold']:.1f} s |")
    print(f"| … of which indexing (n-gram index + sketches) | {refs['indexing']:.2f} s |")
    print(f"| the same project again, warm (prepared texts and index from the cache) "
          f"| {refs['warm']:.2f} s |")
    print(f"| locating a 50-character quotation (2 wrong characters) in all of it "
          f"({refs['places']} places) | {refs['locate_ms']:.1f} ms |")

if __name__ == "__main__":
    main()
