"""Benchmark: reading PDFs — PDFium (what booklet uses) against pdfplumber/pdfminer (what it used).

Not a test: run it by hand and copy the figures into the README.

    python benchmarks/pdfread.py                       # the example's PDF (built if missing)
    python benchmarks/pdfread.py --also DIR            # … and every PDF in DIR compared too

For each backend: glyph extraction alone (pages/s, fastest of ``--repeat`` runs, in process),
the whole reader (typed lines), and whether the cleaned Markdown is the same with either
backend's glyphs.  Then ``booklet clean FILE.pdf`` in a fresh process (imports included), as
a user runs it.  The pdfplumber loader below is the reader's glyph loader before it moved to
PDFium, kept here only to measure and compare against.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)   # this work tree first; and benchmarks/html.py must not hide the stdlib's html

from booklet.readers.pdf import opening  # noqa: E402


def plumber_pages(path: Path) -> list[opening.PageGlyphs]:
    """The same glyph facts through pdfplumber (pdfminer): text, box, size, font; upright only."""
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            glyphs = tuple(opening.Glyph(ch["text"], ch["x0"], ch["x1"], ch["top"], ch["bottom"],
                                         round(ch["size"], 1), ch["fontname"])
                           for ch in page.chars if ch.get("upright", True))
            images = tuple((im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.images)
            pages.append(opening.PageGlyphs(number, float(page.width), float(page.height), glyphs,
                                            images, ()))
    return pages


BACKENDS = {"pdfium": opening.load_pages, "pdfplumber": plumber_pages}


def fastest(fn, repeat: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the fastest of ``repeat`` calls (a shared machine only ever adds
    time; CPU time is the steadier figure there)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - used)
    return wall, cpu


def cleaned(path: Path, backend: str) -> str:
    """``booklet clean PATH`` in this process, the reader fed by ``backend``'s glyphs."""
    from booklet.cli import run

    saved = opening.load_pages
    opening.load_pages = BACKENDS[backend]
    import booklet.readers.pdf as reader
    reader.load_pages = BACKENDS[backend]
    try:
        with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(io.StringIO()):
            out = Path(tmp) / "out.md"
            assert run(["clean", str(path), "-o", str(out)]) == 0
            return out.read_text(encoding="utf-8")
    finally:
        opening.load_pages = reader.load_pages = saved


def cold_clean(path: Path) -> float:
    """Wall seconds of ``booklet clean PATH`` in a fresh interpreter."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "booklet", "clean", str(path), "-o", os.devnull],
                   check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def example_pdf() -> Path:
    """The example project's PDF, built when it is missing."""
    pdf = ROOT / "build" / "study-issue.pdf"
    if not pdf.exists():
        from booklet.cli import run
        assert run(["-q", "build", str(ROOT / "booklet.yaml"), "--format", "pdf"]) == 0
    return pdf


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--also", type=Path, help="a folder of PDFs to compare the backends on")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from booklet.readers.pdf import pdf_lines

    pdf = example_pdf()
    pages = len(opening.load_pages(pdf))
    print(f"{pdf.relative_to(ROOT)}: {pages} pages\n")
    print("| backend | glyphs only: wall (CPU) | whole reader, typed lines: wall (CPU) |")
    print("|---|---|---|")
    import booklet.readers.pdf as reader
    for name, load in BACKENDS.items():
        glyphs = fastest(lambda: load(pdf), args.repeat)
        saved, reader.load_pages = reader.load_pages, load
        try:
            whole = fastest(lambda: pdf_lines(pdf), args.repeat)
        finally:
            reader.load_pages = saved
        print(f"| {name} | {glyphs[0]:.2f} s ({glyphs[1]:.2f} s, {pages / glyphs[1]:.0f} pages/s) "
              f"| {whole[0]:.2f} s ({whole[1]:.2f} s, {pages / whole[1]:.0f} pages/s) |", flush=True)
    cold = min(cold_clean(pdf) for _ in range(args.repeat))
    print(f"\n`booklet clean {pdf.relative_to(ROOT)}` in a fresh process: {cold:.2f} s "
          f"({pages / cold:.0f} pages/s, imports included)")
    files = [pdf] + (sorted(args.also.glob("*.pdf")) if args.also else [])
    same = [f.name for f in files if cleaned(f, "pdfium") == cleaned(f, "pdfplumber")]
    print(f"cleaned Markdown identical with either backend: {len(same)} of {len(files)} PDFs")
    for f in files:
        if f.name not in same:
            print(f"  differs: {f.name}")


if __name__ == "__main__":
    main()
