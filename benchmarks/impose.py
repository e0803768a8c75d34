"""Benchmark: imposing the example's print PDF (saddle and 2-up, A4 and A5 profiles).

Not a test: run it by hand and copy the table into the README.

    python benchmarks/impose.py
    python benchmarks/impose.py --repeat 9

For each profile the example's PDF is built once; then, in a fresh process per
run, pypdf is imported (timed apart: a build that reads PDF sources has it
loaded already) and the PDF is imposed (timed).  Each figure is the fastest of
``--repeat`` runs, since a shared machine only ever adds time.  (The
difference between whole builds with and without ``--impose`` drowns in the
noise of a 3 s build on a shared machine, so it is not reported.)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, time
t = time.perf_counter()
import pypdf
imported = time.perf_counter() - t
from pathlib import Path
from booklet.impose import Imposition, impose_pdf
t = time.perf_counter()
impose_pdf(Path({source!r}), Path({target!r}), Imposition({mode!r}, crop_marks={marks!r}))
print(json.dumps({{"import": imported, "impose": time.perf_counter() - t}}))
"""

BUILD = """
import json, time
t = time.perf_counter()
from booklet.cli import run
assert run({argv!r}) == 0
print(json.dumps({{"seconds": time.perf_counter() - t}}))
"""


def _child(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def _project(folder: Path, layout: str) -> Path:
    shutil.copytree(ROOT / "sources", folder / "sources")
    text = (ROOT / "booklet.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^layout: .*$", f"layout: {layout}", text)
    manifest = folder / "booklet.yaml"
    manifest.write_text(text, encoding="utf-8")
    return manifest


def measure(layout: str, mode: str, marks: bool, repeat: int) -> dict:
    """Imposition of the example's PDF in ``layout``: sizes and times."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp:
        manifest = _project(Path(tmp), layout)
        build = ["build", str(manifest), "--format", "pdf", "--force", "-q"]
        _child(BUILD.format(argv=build))
        source = Path(tmp) / "build" / "study-issue.pdf"
        target = Path(tmp) / "imposed.pdf"
        runs = [_child(CHILD.format(source=str(source), target=str(target), mode=mode,
                                    marks=marks)) for _ in range(repeat)]
        return {"pages": len(PdfReader(source).pages), "sides": len(PdfReader(target).pages),
                "pdf_kb": source.stat().st_size / 1024, "imposed_kb": target.stat().st_size / 1024,
                "import": min(r["import"] for r in runs), "impose": min(r["impose"] for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    print("| profile | mode | pages → sheet sides | PDF → imposed | import pypdf | impose |\n"
          "|---|---|---|---|---|---|")
    for layout, mode, marks in (("gongwen", "saddle", False), ("gongwen", "saddle", True),
                                ("a5-booklet", "saddle", False), ("a5-booklet", "2up", False)):
        m = measure(layout, mode, marks, args.repeat)
        label = mode + (" + crop marks" if marks else "")
        print(f"| {layout} | {label} | {m['pages']} → {m['sides']} | {m['pdf_kb']:.0f} → "
              f"{m['imposed_kb']:.0f} KB | {m['import']:.2f} s | {m['impose']:.2f} s |")


if __name__ == "__main__":
    main()
