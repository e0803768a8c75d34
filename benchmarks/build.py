"""Benchmark: every build-speed figure of issue 14 in one table, with the machine above it.

Not a test: run it by hand and paste its output into the README.

    python benchmarks/build.py                     # 1× and 10×; 10, 25 and 50 MB sources
    python benchmarks/build.py --sizes 1,10,100 --large 10,25,50 --repeat 3

Each figure is the median of ``--repeat`` runs (3 by default; ``--large-repeat`` for the
large sources, whose runs take minutes).  Every build runs in a fresh Python process, as
a person starts it (interpreter start and imports included: the wall time is taken from
outside the process); CPU time and peak memory include the writer processes a build
forks.  The yardstick writes the same paragraphs with bare reportlab + python-docx in the
build's own body font and line pitch: no cleaning, no typography rules.  The per-user
cache of parsed fonts is warmed first, as any earlier build on the machine leaves it; the
project's cache of cleaned sources starts empty for every cold build.  The machine and its
load average are printed first: on a shared machine a figure is only as good as its load.

So "cold" clears: the project's ``.booklet-cache`` (cleaned sources, the quick check's
records) and its outputs — everything a build of a new project lacks.  It keeps: the
per-user font cache (``~/.cache/booklet``, filled once per machine, like fontconfig's),
the operating system's file cache, and booklet's compiled bytecode, which is compiled
first as ``pip install`` compiles it (an editable install under ``PYTHONDONTWRITEBYTECODE``
would otherwise compile every module from source on every run).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("reportlab", "rl-accel", "python-docx", "lxml", "pydantic", "jinja2", "pdfplumber",
             "pypdfium2", "pypdf", "numpy", "rapidfuzz", "rjieba")
# Targets of issue 14 (2-core machine): figure → (limit, "max" or "min"); "clean_build" is
# issue 10's "cleaning ≥ 5 MB/s on a 2-core machine".
TARGETS = {"cold1": (1.0, "max"), "ratio1": (1.2, "max"), "ratio10": (1.0, "max"),
           "noop": (0.15, "max"), "add_one": (0.6, "max"), "clean": (10.0, "min"),
           "clean_build": (5.0, "min"),
           "pdf_read": (100.0, "min"), "large_build": (60.0, "max"), "large_peak": (600.0, "max")}

CHILD = """
import json, resource, sys, time
t = time.perf_counter()
{body}
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"inside": time.perf_counter() - t,
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "peak_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024, **extra}}))
"""

BUILD_BODY = """
from booklet.cli import run
code = run({argv!r})
assert code == 0, code
extra = {{}}
"""

READ_PDF_BODY = """
from pathlib import Path
from booklet.readers import reader_for
from booklet.sniff import run_reader
path = Path({pdf!r})
reader = reader_for(path)
started = time.perf_counter()
product = run_reader(reader, path)
extra = {{"read": time.perf_counter() - started}}
"""

BASELINE_BODY = """
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
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
extra = {{}}
"""


def run_child(body: str, cwd: Path) -> dict:
    """Run ``body`` in a fresh interpreter: wall time from outside, CPU and peak from inside."""
    code = CHILD.format(body=textwrap.dedent(body))
    env = dict(os.environ)  # measure this work tree, not whatever copy is installed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env=env)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{proc.stderr[-3000:]}")
    return {"seconds": seconds, **json.loads(proc.stdout.strip().splitlines()[-1])}


def build_step(folder: Path, *argv: str) -> dict:
    """One ``booklet build`` (or other command) in a fresh process."""
    return run_child(BUILD_BODY.format(argv=["-q", *argv]), folder)


# ------------------------------------------------------------------ projects ---


def make_project(folder: Path, copies: int) -> Path:
    """The example project with its contents repeated ``copies`` times.

    Each copy reads its own copy of the sources, with a different number of trailing
    newlines, so that the cache cannot serve one copy from another.
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


def large_project(folder: Path, megabytes: int) -> Path:
    """One article of ``megabytes`` MB of raw extracted text: seed 003's title and byline,
    then its body (paragraphs, wrapped lines, a caption) again and again."""
    lines = (ROOT / "sources" / "003_8089adc89d669a0a.txt").read_text(encoding="utf-8") \
        .splitlines(keepends=True)
    head, body = "".join(lines[:4]), "".join(lines[4:])
    copies = megabytes * 1_000_000 // len(body.encode("utf-8")) + 1
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "large.txt").open("w", encoding="utf-8") as fh:
        fh.write(head)
        for _ in range(copies):
            fh.write(body)
    manifest = folder / "booklet.yaml"
    manifest.write_text("title: 大文件\nsource_date_epoch: 1778544000\nname: large\n"
                        "outputs: [pdf, docx, md, html]\ncontents:\n  - source: large.txt\n",
                        encoding="utf-8")
    return manifest


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


# ------------------------------------------------------------------- machine ---


def machine() -> list[str]:
    """What the figures were measured on: cores, CPU, Python, libraries, load."""
    model = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        model = re.search(r"^model name\s*:\s*(.+)$", info, re.M).group(1)  # type: ignore[union-attr]
    except (OSError, AttributeError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return [f"machine: {usable} cores usable ({os.cpu_count()} online), {model}, "
            f"{platform.system()} {platform.release()}",
            f"python: {platform.python_implementation()} {platform.python_version()} (booklet's "
            f"bytecode compiled first; PYTHONDONTWRITEBYTECODE "
            f"{os.environ.get('PYTHONDONTWRITEBYTECODE') or 'unset'})",
            "libraries: " + ", ".join(versions),
            f"load average at start (1 / 5 / 15 min): {load}",
            f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"]


def find_font() -> dict:
    """The file and face the build sets body text in, and its size and line pitch, for a fair
    yardstick; no file when the build itself falls back to reportlab's built-in CID font."""
    from booklet.build import resolve_fonts_quietly
    from booklet.layout import load_profile
    from booklet.manifest import load_manifest

    manifest = load_manifest(ROOT / "booklet.yaml")
    profile = load_profile(manifest.layout_name, manifest.layout_overrides)
    files = {r: manifest.resolve(p) for r, p in manifest.fonts.items()}
    body = resolve_fonts_quietly(profile, files)[profile.body.role]
    return {"font": str(body.path) if body.path else None, "index": body.index,
            "size": profile.body.size_pt, "leading": profile.line_pitch_pt}


def warm_font_cache() -> None:
    """Parse every role's face once, as any earlier build would have."""
    from booklet.build import resolve_fonts_quietly
    from booklet.fonts.load import load_metrics
    from booklet.layout import load_profile

    fonts = resolve_fonts_quietly(load_profile(), {})
    for role in fonts.roles():
        load_metrics(fonts[role].path, fonts[role].index)


# -------------------------------------------------------------------- figures ---


# Cleaning rounds are timed one by one for at least this long (CPU seconds) and this many rounds:
# on a shared VM single rounds spread by a third and more, so the median needs many of them.
CLEAN_MIN_SECONDS = 3.0
CLEAN_MIN_ROUNDS = 40


def bench_clean(repeat: int) -> tuple[float, float, int, int]:
    """Cleaning throughput (MB/s) over the example's sources, in this process: (median round,
    fastest round, rounds, bytes), each round timed alone in CPU time (single-threaded work: on a
    shared machine, wall time would count the neighbours' turns; ``benchmarks/clean.py`` splits
    it by rule), for ``repeat`` seconds and rounds times the minimums above."""
    from booklet.clean import clean_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Report

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
    total = sum(len(t.encode()) for t in texts)
    lines = [raw_lines(t) for t in texts]  # typed lines as the .txt reader gives them
    for ls in lines:   # warm: the cleaner's lazy imports and the segmenter's dictionary (0.2 s, once)
        clean_lines(ls, Report())
    rounds: list[float] = []
    while sum(rounds) < CLEAN_MIN_SECONDS * repeat / 3 or len(rounds) < CLEAN_MIN_ROUNDS * repeat / 3:
        started = time.process_time()
        for ls in lines:
            clean_lines(ls, Report())
        rounds.append(time.process_time() - started)
    return total / statistics.median(rounds) / 1e6, total / min(rounds) / 1e6, len(rounds), total


# Copies of the example's sources a build reads and cleans in ``bench_clean_ahead``: 4 (20 files,
# 0.8 MB — a month's study material, enough for both shares to outweigh a fork) and 10 (50 files,
# 2 MB — the 10× example of the build figures, where a round lasts long enough to be stable).
AHEAD_COPIES = (4, 10)


def bench_clean_ahead(repeat: int, copies: int) -> tuple[float, float, int, int]:
    """A build's new sources read, cleaned and written to an empty cache, wall time, as a build
    reads them (``sources.load_sources``: ``booklet.ahead`` cleans one share per core, then the
    in-order pass takes each result, writes the cache and selects the article): (MB/s side by
    side, MB/s in order, cores, bytes), each the median of ``repeat`` × 3 alternating rounds."""
    import shutil

    from booklet import ahead, parallel
    from booklet.cache import SourceCache
    from booklet.manifest import iter_entries, load_manifest
    from booklet.sources import load_sources

    with tempfile.TemporaryDirectory() as tmp:
        manifest = load_manifest(make_project(Path(tmp), copies))
        folder = Path(tmp) / ".booklet-cache"
        found = ahead.misses(manifest, iter_entries(manifest), SourceCache(folder, enabled=False))
        total = sum(miss[3] for miss in found)
        walls: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(repeat * 3):
            for side in (True, False):
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                os.environ[parallel.JOBS_ENV] = "" if side else "1"
                cache = SourceCache(folder)
                started = time.perf_counter()
                load_sources(manifest, cache)
                walls[side].append(time.perf_counter() - started)
                assert cache.misses == len(found) and not cache.fresh
        os.environ.pop(parallel.JOBS_ENV)
    return (total / statistics.median(walls[True]) / 1e6,
            total / statistics.median(walls[False]) / 1e6, ahead.cores(), total)


def bench_example(copies: int, font: dict) -> dict:
    """Cold, no-op, add-one, yardstick (and at 1×: PDF reading, ``booklet clean`` on the PDF)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = make_project(folder, copies)
        r = {"cold": build_step(folder, "build", str(manifest)),
             "noop": build_step(folder, "build", str(manifest))}
        pdf = folder / "build" / "study-issue.pdf"
        r["pages"] = page_count(pdf)
        r["bare"] = run_child(BASELINE_BODY.format(
            md=str(folder / "build" / "study-issue.md"), **font,
            pdf=str(folder / "bare.pdf"), docx_out=str(folder / "bare.docx")), folder)
        if copies == 1:  # the reader on main (``read_pdf``), then the whole ``booklet clean``
            r["pdf_read"] = run_child(READ_PDF_BODY.format(pdf=str(pdf)), folder)
            r["clean_pdf"] = build_step(folder, "clean", str(pdf), "-o", str(folder / "c.md"))
        add_one_source(manifest)
        r["add_one"] = build_step(folder, "build", str(manifest))
    return r


def bench_large(megabytes: int) -> dict:
    """A cold build of one ``megabytes`` MB source."""
    with tempfile.TemporaryDirectory() as tmp:
        manifest = large_project(Path(tmp), megabytes)
        result = build_step(Path(tmp), "build", str(manifest))
        result["pages"] = page_count(Path(tmp) / "build" / "large.pdf")
    return result


def median(runs: list[dict], key: str, field: str = "seconds") -> float:
    """The median of one measure over repeated runs."""
    return statistics.median(run[key][field] for run in runs)


def spread(runs: list[dict], key: str, field: str = "seconds") -> str:
    """Slowest and fastest run, for the reader to judge the noise."""
    values = sorted(run[key][field] for run in runs)
    return f"{values[0]:.2f}–{values[-1]:.2f}" if len(values) > 1 else f"{values[0]:.2f}"


def verdict(key: str, value: float) -> str:
    """Whether ``value`` meets issue 14's target for ``key``."""
    if key not in TARGETS:
        return ""
    limit, kind = TARGETS[key]
    met = value <= limit if kind == "max" else value >= limit
    return f"{'≤' if kind == 'max' else '≥'} {limit:g} {'✓' if met else '✗'}"


def main() -> None:
    """Run every figure and print the machine and one Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="example multiples (default 1,10)")
    parser.add_argument("--large", default="10,25,50",
                        help="large single sources in MB (default 10,25,50; '' for none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, median kept")
    parser.add_argument("--large-repeat", type=int, default=3, help="runs per large source")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    compileall.compile_dir(ROOT / "booklet", quiet=1)  # as an installed booklet has it
    for line in machine():
        print(line)
    print()
    rows: list[tuple[str, str, str, str]] = []  # figure, median, spread, target

    def row(label: str, value: str, runs: str = "", key: str = "", number: float = 0.0) -> None:
        rows.append((label, value, runs, verdict(key, number) if key else ""))

    mbps, best, rounds, total = bench_clean(args.repeat)
    row(f"cleaning throughput ({total / 1e3:.0f} KB of example sources, in-process, CPU time; "
        f"median round of {rounds})", f"{mbps:.1f} MB/s", f"fastest round {best:.1f} MB/s",
        key="clean", number=mbps)
    for copies in AHEAD_COPIES:
        side, in_order, cores, total = bench_clean_ahead(args.repeat, copies)
        row(f"a build's new sources read, cleaned and cached ({total / 1e6:.1f} MB in "
            f"{copies * 5} files), wall time, side by side on {cores} cores (`booklet.ahead`)",
            f"{side:.1f} MB/s", f"in order {in_order:.1f} MB/s", key="clean_build", number=side)
    font = find_font()
    warm_font_cache()
    for copies in (int(s) for s in args.sizes.split(",") if s):
        runs = [bench_example(copies, font) for _ in range(args.repeat)]
        pages = runs[0]["pages"]
        cold, bare = median(runs, "cold"), median(runs, "bare")
        tag = f"{copies}× ({pages} pp)"
        if copies == 1:
            read = statistics.median(r["pages"] / r["pdf_read"]["read"] for r in runs)
            row(f"PDF reading, the example's PDF ({pages} pp: the reader's typed lines, in-process)",
                f"{read:.0f} pages/s", key="pdf_read", number=read)
            clean_pdf = median(runs, "clean_pdf")
            row(f"`booklet clean` on the example's PDF ({pages} pp)",
                f"{clean_pdf:.2f} s ({pages / clean_pdf:.0f} pages/s)", spread(runs, "clean_pdf"))
        row(f"cold build {tag}: PDF + DOCX + MD + HTML",
            f"{cold:.2f} s ({pages / cold:.0f} pages/s), CPU {median(runs, 'cold', 'cpu'):.2f} s",
            spread(runs, "cold"), "cold1" if copies == 1 else "", cold)
        row(f"bare reportlab + python-docx {tag}", f"{bare:.2f} s, CPU "
            f"{median(runs, 'bare', 'cpu'):.2f} s", spread(runs, "bare"))
        ratio = statistics.median(r["cold"]["seconds"] / r["bare"]["seconds"] for r in runs)
        cpu_ratio = statistics.median(r["cold"]["cpu"] / r["bare"]["cpu"] for r in runs)
        row(f"cold / bare {tag}", f"{ratio:.2f} (CPU {cpu_ratio:.2f})",
            key={1: "ratio1", 10: "ratio10"}.get(copies, ""), number=ratio)
        row(f"no-op rebuild {tag}", f"{median(runs, 'noop'):.3f} s", spread(runs, "noop"),
            "noop" if copies == 1 else "", median(runs, "noop"))
        row(f"add one source + rebuild {tag}", f"{median(runs, 'add_one'):.2f} s",
            spread(runs, "add_one"), "add_one" if copies == 1 else "", median(runs, "add_one"))
        row(f"peak memory, cold build {tag}", f"{median(runs, 'cold', 'peak_mb'):.0f} MB "
            f"(bare {median(runs, 'bare', 'peak_mb'):.0f} MB)")
    for mb in (int(s) for s in args.large.split(",") if s):
        runs = [{"large": bench_large(mb)} for _ in range(args.large_repeat)]
        seconds, peak = median(runs, "large"), median(runs, "large", "peak_mb")
        row(f"{mb} MB text source, cold build ({runs[0]['large']['pages']} pp)",
            f"{seconds:.1f} s ({seconds / mb:.2f} s/MB), CPU {median(runs, 'large', 'cpu'):.1f} s",
            spread(runs, "large"), "large_build" if mb == 50 else "", seconds)
        row(f"{mb} MB text source, peak memory", f"{peak:.0f} MB ({peak / mb:.1f} MB/MB)",
            key="large_peak" if mb == 50 else "", number=peak)
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"| figure (median of {args.repeat}; large sources: of {args.large_repeat}) "
          "| measured | runs (s) | target |")
    print("|---|---|---|---|")
    for label, value, runs_, target in rows:
        print(f"| {label} | {value} | {runs_} | {target} |")
    print(f"\nload average at the end (1 / 5 / 15 min): {load}")


if __name__ == "__main__":
    main()
