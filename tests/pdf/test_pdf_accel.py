"""reportlab's optional C helpers (rl-accel, the ``fast`` extra) change the speed, never the PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = """
import sys
if {pure}:
    sys.modules["_rl_accel"] = None  # as on a machine without rl-accel: reportlab's Python code
from booklet.cli import run
assert run(["-q", "build", {manifest!r}, "--format", "pdf", "--out", {out!r}]) == 0
import reportlab.lib.rl_accel as accel
print("C" if accel._c_funcs else "Python")
"""


def test_the_pdf_is_the_same_with_and_without_the_c_helpers(tmp_path: Path) -> None:
    pytest.importorskip("_rl_accel", reason="rl-accel not installed (pip install -e '.[fast]')")
    (tmp_path / "sources").mkdir()
    shutil.copy(ROOT / "sources" / "004_d7639a3b45169b27.txt", tmp_path / "sources" / "a.txt")
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 学习专刊\nsource_date_epoch: 1778544000\n"
                        "contents:\n  - source: sources/a.txt\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    pdfs, used = [], []
    for pure in (False, True):
        out = tmp_path / ("python" if pure else "c")
        code = BUILD.format(pure=pure, manifest=str(manifest), out=str(out))
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, cwd=tmp_path, check=True)
        used.append(done.stdout.strip())
        pdfs.append((out / "booklet.pdf").read_bytes())
    assert used == ["C", "Python"]
    assert pdfs[0] == pdfs[1]
