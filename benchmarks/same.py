"""Check: two trees of the cleaner give the same ``repr`` of document and report on text files.

Not a test: run it by hand after a speed change that must leave the output byte-identical.

    python benchmarks/same.py OLD_TREE NEW_TREE DIR_OR_FILE…   # e.g. a ``git archive`` of the base
    python benchmarks/same.py --compiled . COMPILED_TREE DIR…  # the compiled cleaner against this one

Each tree cleans every ``*.txt`` / ``*.in.txt`` file given (directories are walked) as the ``.txt``
reader gives it, in a process of its own; the digests of ``repr((document, report))`` are compared
file by file and the files that differ are listed.  The CPU time each tree took is printed too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from booklet.clean import pipeline
from booklet.readers.text import raw_lines
out = {}
spent = 0.0
compiled = not pipeline.__file__.endswith(".py")
for name in sys.stdin.read().split("\n"):
    if not name:
        continue
    lines = raw_lines(Path(name).read_text(encoding="utf-8"))
    started = time.process_time()
    result = pipeline.clean(lines)
    spent += time.process_time() - started
    out[name] = hashlib.sha1(repr(result).encode("utf-8")).hexdigest()
print(json.dumps({"digests": out, "cpu": spent, "compiled": compiled}))
"""


def _files(paths: list[str]) -> list[str]:
    found: list[str] = []
    for arg in paths:
        path = Path(arg).resolve()   # (the children run in their trees)
        found.extend(str(p) for p in sorted(path.rglob("*.txt"))) if path.is_dir() else found.append(str(path))
    return found


def _run(tree: str, files: list[str]) -> dict:
    # (run in the tree: ``python -c`` puts its working folder first on the path, so a child started
    # in another work tree would import that tree's modules, not ``tree``'s)
    root = str(Path(tree).resolve())
    done = subprocess.run([sys.executable, "-c", _CHILD], input="\n".join(files), capture_output=True,
                          text=True, env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"}, cwd=root, check=True)
    return json.loads(done.stdout)


def main() -> None:
    args = sys.argv[1:]
    # ``--compiled``: the new tree must hold the compiled cleaner (a check that compared two pure
    # cleaners would pass for nothing)
    want_compiled = "--compiled" in args
    old, new, *paths = [arg for arg in args if arg != "--compiled"]
    files = _files(paths)
    a, b = _run(old, files), _run(new, files)
    differ = [name for name in files if a["digests"][name] != b["digests"][name]]
    for name in differ:
        print("DIFFERS", name)
    kind = {True: "compiled", False: "pure"}
    print(f"{len(files) - len(differ)} of {len(files)} files identical; "
          f"CPU {a['cpu']:.1f} s (old, {kind[a['compiled']]}) → {b['cpu']:.1f} s (new, {kind[b['compiled']]})")
    if want_compiled and not b["compiled"]:
        print(f"the new tree ({new}) does not hold the compiled cleaner")
        sys.exit(1)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
