"""Benchmark: what the phone edition (``outputs: [html]``) adds to the example build.

Not a test: run it by hand and copy the figures into the README.

    python benchmarks/html.py            # 5 runs of each, fastest kept

Two measures.  In fresh processes (imports included, cleaned sources cached, as a
user's second build), the example is built as ``pdf,docx,html,md`` and the time from
the HTML writer's progress line to the next writer's — its import, rendering and
writing — is what the phone edition adds; the PDF has already loaded the word
segmenter that the HTML's titles use too.  In process, the HTML writer alone on the presented
booklet, both editions.  A shared machine only ever adds time, so the fastest run of
each is kept; whole-build wall times on a busy two-core machine vary by seconds, more
than the HTML edition costs, so they are not compared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def presented_example():
    """The example booklet as the writers get it (cleaned sources from a fresh cache)."""
    from booklet.build import assemble_booklet
    from booklet.cache import SourceCache
    from booklet.layout import load_profile
    from booklet.manifest import load_manifest
    from booklet.present import present
    from booklet.sources import load_sources

    manifest = load_manifest(ROOT / "booklet.yaml")
    booklet = assemble_booklet(manifest, load_sources(manifest, SourceCache(ROOT, enabled=False)))
    profile = load_profile(manifest.layout_name, manifest.layout_overrides)
    return present(booklet, project_dir=manifest.root), profile


def fastest(fn, runs: int) -> float:
    """The fastest of ``runs`` timings of ``fn()``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


CHILD = """
import json, sys, time
from pathlib import Path
from booklet.build import BuildOptions, build
from booklet.i18n import _
from booklet.writers import LABELS
marks = {}
build(Path(sys.argv[1]), BuildOptions(formats=sys.argv[2].split(","), force=True),
      progress=lambda label, *a, **k: marks.setdefault(label, time.perf_counter()))
print(json.dumps(marks[_(LABELS["md"])] - marks[_(LABELS["html"])]))
"""


def html_share(folder: Path, inline: bool, runs: int) -> float:
    """Fastest time the HTML writer takes in a build of the project in ``folder`` (with the
    inline-styles edition when ``inline``): from its progress line to the next writer's, in
    ``pdf,docx,html,md`` order, fresh processes."""
    manifest = folder / ("inline.yaml" if inline else "booklet.yaml")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD, str(manifest), "pdf,docx,html,md"],
                             check=True, env=env, capture_output=True, text=True).stdout
        best = min(best, json.loads(out.strip().splitlines()[-1]))
    return best


def main() -> None:
    """Print the figures as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from booklet.frontmatter import load_template, template_env
    from booklet.writers.html import TEMPLATE, render_html

    booklet, profile = presented_example()
    render_html(booklet, profile=profile)  # the word segmenter loaded, as the PDF's titles do
    env = template_env(None)
    source = env.loader.get_source(env, TEMPLATE)[0]
    compile_ms = 1e3 * fastest(lambda: env.compile(source, TEMPLATE), args.runs)
    page = load_template(TEMPLATE, None)
    phone = fastest(lambda: render_html(booklet, profile=profile, template=page), args.runs)
    inline = fastest(lambda: render_html(booklet, profile=profile, inline=True, template=page),
                     args.runs)
    size = len(render_html(booklet, profile=profile).encode())
    inline_size = len(render_html(booklet, profile=profile, inline=True).encode())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ROOT / "booklet.yaml", folder)
        (folder / "inline.yaml").write_text((ROOT / "booklet.yaml").read_text(encoding="utf-8")
                                            + "\nhtml: {inline_styles: true}\n", encoding="utf-8")
        shutil.copytree(ROOT / "sources", folder / "sources")
        html_share(folder, False, 1)  # fills the caches: cleaned sources, compiled templates
        added = html_share(folder, False, args.runs)
        added_inline = html_share(folder, True, args.runs)
    print("| measure | figure |\n|---|---|")
    print(f"| the HTML writer in the example's build (import, render, write) | {added * 1e3:.0f} ms |")
    print(f"| … with the inline-styles edition too | {added_inline * 1e3:.0f} ms |")
    print(f"| HTML writer in process, phone edition ({size / 1e3:.0f} KB) | {phone * 1e3:.0f} ms |")
    print(f"| HTML writer in process, inline-styles edition ({inline_size / 1e3:.0f} KB) "
          f"| {inline * 1e3:.0f} ms |")
    print(f"| page template compiled (first build after an edit; cached after) "
          f"| {compile_ms:.0f} ms |")


if __name__ == "__main__":
    main()
