"""The same inputs give byte-identical PDF, DOCX and Markdown; SOURCE_DATE_EPOCH fixes the dates."""

from __future__ import annotations

import importlib
import shutil
import time
from pathlib import Path

import pytest

from booklet.cli import run

SEEDS = Path(__file__).resolve().parents[2] / "sources"


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "issue"
    assert run(["new", str(folder), "-q"]) == 0
    shutil.copy(SEEDS / "000_fd4eaa529b77abe0.txt", folder / "sources" / "compilation.txt")
    manifest = folder / "booklet.yaml"
    assert run(["add", str(folder / "sources/compilation.txt"), "-m", str(manifest),
                "--select", "材料 2", "-q"]) == 0
    return manifest


def _build(manifest: Path, out: Path) -> dict[str, bytes]:
    assert run(["build", str(manifest), "--out", str(out), "--force", "-q"]) == 0
    return {p.suffix: p.read_bytes() for p in sorted(out.glob("booklet.*"))}


@pytest.fixture(autouse=True)
def _writers() -> None:
    for name in ("booklet.readers.text", "booklet.writers.markdown", "booklet.writers.pdf",
                 "booklet.writers.docx"):
        importlib.import_module(name)  # fails, never skips, when one of ours is broken


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    manifest = _project(tmp_path)
    first = _build(manifest, tmp_path / "one")
    time.sleep(1.1)  # a writer stamping the wall clock would now differ
    second = _build(manifest, tmp_path / "two")
    assert set(first) == {".pdf", ".docx", ".md"}
    assert first == second


def test_source_date_epoch_from_the_environment(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path)
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text("\n".join(line for line in text.splitlines()
                                  if not line.startswith("source_date_epoch:")) + "\n",
                        encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1778544000")
    first = _build(manifest, tmp_path / "one")
    time.sleep(1.1)
    assert _build(manifest, tmp_path / "two") == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    other = _build(manifest, tmp_path / "three")
    assert other[".md"] == first[".md"] and other[".pdf"] != first[".pdf"]
