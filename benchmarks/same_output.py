"""Check: two versions of the cleaner give the same output, byte for byte, on the same texts.

Not a test: run it by hand when a change to the cleaner is meant to change its speed only.

    git archive BASE | tar -x -C /tmp/base              # the version to compare with
    python benchmarks/same_output.py --tree /tmp/base --out /tmp/base.json sources DIR…
    python benchmarks/same_output.py --out /tmp/new.json sources DIR…   # this work tree
    python benchmarks/same_output.py --compare /tmp/base.json /tmp/new.json

Each ``.txt`` file (a directory gives its ``*.txt`` files: the example's ``sources``, the
``.in.txt`` inputs ``tests/eval/run.py --save`` keeps) is cleaned as the ``.txt`` reader gives
it, and the ``repr`` of the document and of the report is kept as a SHA-256 digest per file,
with the CPU time of all the cleaning.  ``--compare`` lists the files whose digests differ
(and those only one run cleaned) and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def files_of(paths: list[Path]) -> list[Path]:
    """The ``.txt`` files named, and those in the directories named, sorted."""
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return out


def digests(paths: list[Path]) -> tuple[dict[str, str], float]:
    """Per file, the digest of ``repr(document) + repr(report)``; the CPU time of the cleaning."""
    from booklet.clean import pipeline
    from booklet.readers.text import raw_lines

    out: dict[str, str] = {}
    spent = 0.0
    for path in paths:
        lines = raw_lines(path.read_text(encoding="utf-8"))
        started = time.process_time()
        try:
            cleaned = pipeline.clean(lines)
            text = repr(cleaned.document) + "\n" + repr(cleaned.report)
        except Exception as error:   # (a failure is an output too: the same one on both sides)
            text = f"{type(error).__name__}: {error}"
        spent += time.process_time() - started
        out[str(path)] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return out, spent


def main() -> None:
    """Clean the files with one version (``--out``), or compare two such runs (``--compare``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="text files or directories of them")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the work tree whose cleaner runs (default: this one)")
    parser.add_argument("--out", type=Path, help="where the digests go (JSON)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BASE", "NEW"), help="two --out files")
    args = parser.parse_args()
    if args.compare:
        base, new = (json.loads(path.read_text(encoding="utf-8")) for path in args.compare)
        differ = sorted(name for name in base["files"].keys() | new["files"].keys()
                        if base["files"].get(name) != new["files"].get(name))
        for name in differ:
            print("differs:", name)
        print(f"{len(base['files'])} / {len(new['files'])} files, {len(differ)} differ; "
              f"CPU {base['cpu']:.1f} → {new['cpu']:.1f} s")
        sys.exit(1 if differ else 0)
    if not args.out or not args.paths:
        parser.error("give --out and the files (or --compare BASE NEW)")
    sys.path.insert(0, str(args.tree.resolve()))
    found, spent = digests(files_of(args.paths))
    import booklet
    print(f"{len(found)} files cleaned by {Path(booklet.__file__).parent} in {spent:.1f} s of CPU")
    args.out.write_text(json.dumps({"tree": str(args.tree), "cpu": spent, "files": found}, indent=0),
                        encoding="utf-8")


if __name__ == "__main__":
    main()
