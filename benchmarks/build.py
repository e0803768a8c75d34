"""Benchmark: cleaning throughput and build times for the example booklet at 1×, 10×, 100×.

Not a test: run it by hand and copy the table into the README.

    python benchmarks/build.py              # 1× and 10×
    python benchmarks/build.py --sizes 1,10,100

Every timing runs in a fresh Python process (imports included, as a user would
see it, with this work tree first on the path) which reports its own wall
time, CPU time and peak memory; each step is repeated (``--repeat``) and the
fastest run kept, since a shared machine only ever adds time.  The baseline
writes the same paragraphs with bare reportlab + python-docx: no cleaning, no
typography rules, one font (the very file and face the build sets body text
in) — the floor a cold build is compared against.  The per-user cache of
parsed fonts ($XDG_CACHE_HOME/booklet/fonts, like fontconfig's) is warmed
first, as any earlier build on the machine leaves it; the project's own cache
of cleaned sources starts empty for every cold build.  Reading PDFs: the
reader's pages/s on the example's PDF (in-process), and per size ``booklet
clean`` of the PDF the build wrote (fresh process, imports and cleaning
included).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
t = time.perf_counter()
{body}
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"seconds": time.perf_counter() - t, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_mb": usage.ru_maxrss / 1024}}))
"""

BUILD_BODY = """
from booklet.cli import run
code = run({argv!r})
assert code == 0, code
"""

BASELINE_BODY = """
import re
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, PageBreak
import docx
text = Path({md!r}).read_text(encoding="utf-8")
paras = [p.strip().lstrip("#> ").replace("**", "") for p in text.split("\\n\\n") if p.strip()]
font, index = {font!r}, {index!r}
if font:
    pdfmetrics.registerFont(TTFont("CJK", font, subfontIndex=index))
    name = "CJK"
else:
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    name = "STSong-Light"
style = ParagraphStyle("b", fontName=name, fontSize={size!r}, leading={leading!r},
                       wordWrap="CJK", firstLineIndent=2 * {size!r})
story = [Paragraph(p.replace("&", "&amp;").replace("<", "&lt;"), style) for p in paras]
SimpleDocTemplate({pdf!r}, pagesize=A4).build(story)
d = docx.Document()
for p in paras:
    d.add_paragraph(p)
d.save({docx_out!r})
"""


def run_child(body: str, cwd: Path) -> dict:
    """Run ``body`` in a fresh interpreter; return its seconds and peak memory."""
    code = CHILD.format(body=textwrap.dedent(body))
    env = dict(os.environ)  # measure this work tree, not whatever copy is installed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env=env)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def make_project(folder: Path, copies: int) -> Path:
    """The example project with its contents repeated ``copies`` times.

    Each copy reads its own copy of the sources, with a different number of
    trailing newlines, so that the cache cannot serve one copy from another.
    """
    manifest = (ROOT / "booklet.yaml").read_text(encoding="utf-8")
    head, contents = manifest.split("\ncontents:\n", 1)
    blocks = []
    for i in range(copies):
        sub = folder / "sources" / f"copy{i:03d}"
        sub.mkdir(parents=True)
        for src in (ROOT / "sources").glob("*.txt"):
            (sub / src.name).write_bytes(src.read_bytes() + b"\n" * (i + 1))
        block = contents.replace("sources/", f"sources/copy{i:03d}/")
        if i:
            block = re.sub(r"part: (\S+)", rf"part: \1（{i + 1}）", block)
        blocks.append(block)
    (folder / "booklet.yaml").write_text(head + "\ncontents:\n" + "\n".join(blocks),
                                         encoding="utf-8")
    return folder / "booklet.yaml"


def add_one_source(manifest: Path) -> None:
    """Append one new article to the manifest, as ``booklet add`` would."""
    src = manifest.parent / "sources" / "extra.txt"
    src.write_bytes((ROOT / "sources" / "003_8089adc89d669a0a.txt").read_bytes() + b"\n\n\n")
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("\n  - source: sources/extra.txt\n    title: 新增的一篇\n")


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def find_font() -> dict:
    """The file and face the build sets body text in, and its size and line pitch, for a fair
    baseline; no file when the build itself falls back to reportlab's built-in CID font."""
    import warnings

    from booklet.fonts import resolve_fonts
    from booklet.layout import load_profile
    from booklet.manifest import load_manifest

    manifest = load_manifest(ROOT / "booklet.yaml")
    profile = load_profile(manifest.layout_name, manifest.layout_overrides)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the CID fallback warns; None says it
        body = resolve_fonts(profile, {r: manifest.resolve(p) for r, p in manifest.fonts.items()})[
            profile.body.role]
    return {"font": str(body.path) if body.path else None, "index": body.index,
            "size": profile.body.size_pt, "leading": profile.line_pitch_pt}


def warm_font_cache() -> None:
    """Parse every role's face once, as any earlier build would have, so that each cold build
    finds the per-user font cache warm (the project's source cache still starts empty)."""
    import warnings

    from booklet.fonts import resolve_fonts
    from booklet.fonts.load import load_metrics
    from booklet.layout import load_profile

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        fonts = resolve_fonts(load_profile())
    for role in fonts.roles():
        load_metrics(fonts[role].path, fonts[role].index)


def bench_clean() -> tuple[float, int]:
    """Cleaning throughput (MB/s) over all example sources, in this process."""
    from booklet.clean import clean_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Report

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
    total = sum(len(t.encode()) for t in texts)
    lines = [raw_lines(t) for t in texts]   # typed lines as the .txt reader gives them
    rounds, started = 0, time.perf_counter()
    while time.perf_counter() - started < 3 or rounds < 3:
        for ls in lines:
            clean_lines(ls, Report())
        rounds += 1
    seconds = (time.perf_counter() - started) / rounds
    return total / seconds / 1e6, total


def bench_pdf_read(pdf: Path) -> tuple[float, int]:
    """PDF reading throughput (pages/s): the reader's typed lines of ``pdf``, in this process,
    fastest of three (what ``booklet clean FILE.pdf`` spends beyond imports and cleaning)."""
    from booklet.readers.pdf import pdf_lines
    from booklet.readers.pdf.opening import load_pages

    pages = len(load_pages(pdf))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        pdf_lines(pdf)
        best = min(best, time.perf_counter() - started)
    return pages / best, pages


def _fastest(runs: list[dict]) -> dict:
    """The fastest of repeated runs (a loaded machine only ever adds time).  CPU time is
    printed beside the wall-time ratio: on a busy machine it is the steadier of the two."""
    return min(runs, key=lambda r: r["seconds"])


def bench_once(copies: int, font: dict) -> dict:
    """Cold, no-op, PDF-only, DOCX-only, add-one and baseline runs in one fresh project."""
    def build(folder: Path, manifest: Path, *extra: str) -> dict:
        return run_child(BUILD_BODY.format(argv=["-q", "build", str(manifest), *extra]), folder)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = make_project(folder, copies)
        r = {"cold": build(folder, manifest), "noop": build(folder, manifest),
             "pdf": build(folder, manifest, "--force", "--format", "pdf"),
             "docx": build(folder, manifest, "--force", "--format", "docx")}
        r["pages"] = page_count(folder / "build" / "study-issue.pdf")
        r["read_pdf"] = run_child(BUILD_BODY.format(argv=["-q", "clean", str(folder / "build" / "study-issue.pdf"),
                                                          "-o", os.devnull]), folder)
        r["baseline"] = run_child(BASELINE_BODY.format(
            md=str(folder / "build" / "study-issue.md"), **font,
            pdf=str(folder / "baseline.pdf"), docx_out=str(folder / "baseline.docx")), folder)
        add_one_source(manifest)
        r["add_one"] = build(folder, manifest)
    return r


def bench_size(copies: int, font: dict, repeat: int) -> dict:
    """Each step's fastest run over ``repeat`` fresh projects of the example × ``copies``."""
    runs = [bench_once(copies, font) for _ in range(repeat)]
    best = {key: _fastest([r[key] for r in runs]) for key in runs[0] if key != "pages"}
    return {"copies": copies, "pages": runs[0]["pages"], **best}


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="comma-separated multiples (default 1,10)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per step, fastest kept (default 3; 1 for sizes of 100 and up)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    mbps, total = bench_clean()
    print(f"clean: {mbps:.1f} MB/s over {total / 1e3:.0f} KB of sources (in-process)")
    pdf = ROOT / "build" / "study-issue.pdf"
    if pdf.exists():
        rate, pages = bench_pdf_read(pdf)
        print(f"read PDF: {rate:.0f} pages/s over the example's {pages}-page PDF (the reader, in-process)")
    print()
    font = find_font()
    warm_font_cache()
    print(f"baseline: {font['font'] or 'built-in STSong-Light'} face {font['index']}, "
          f"{font['size']} pt on a {font['leading']:.1f} pt pitch\n")
    print("| size | pages | cold build | no-op rebuild | add one source | PDF only | DOCX only "
          "| bare reportlab+python-docx | cold/bare (CPU) | no-op/cold | peak MB (cold / bare) "
          "| `booklet clean` of the PDF |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for copies in (int(s) for s in args.sizes.split(",")):
        r = bench_size(copies, font, args.repeat if copies < 100 else 1)
        cold, bare = r["cold"]["seconds"], r["baseline"]["seconds"]
        print(f"| {copies}× | {r['pages']} | {cold:.2f} s ({r['pages'] / cold:.0f} pages/s) "
              f"| {r['noop']['seconds']:.2f} s | {r['add_one']['seconds']:.2f} s "
              f"| {r['pdf']['seconds']:.2f} s | {r['docx']['seconds']:.2f} s "
              f"| {bare:.2f} s ({r['pages'] / bare:.0f} pages/s) "
              f"| {cold / bare:.2f} ({r['cold']['cpu'] / r['baseline']['cpu']:.2f}) "
              f"| {r['noop']['seconds'] / cold:.2f} "
              f"| {r['cold']['peak_mb']:.0f} / {r['baseline']['peak_mb']:.0f} "
              f"| {r['read_pdf']['seconds']:.2f} s ({r['pages'] / r['read_pdf']['seconds']:.0f} pages/s) |",
              flush=True)


if __name__ == "__main__":
    main()
