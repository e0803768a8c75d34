"""The rebuild loop a non-programmer runs, end to end in a temporary folder.

``booklet new`` → ``booklet add`` of a raw seed → ``booklet build`` twice
(byte-identical) → ``add`` one more source and rebuild (only that source is
re-cleaned) → break a source and build again (exit 2, previous outputs kept).
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from booklet.cli import run

SEEDS = Path(__file__).resolve().parents[2] / "sources"


def _need(*modules: str) -> None:
    for name in modules:
        importlib.import_module(name)  # fails, never skips, when one of ours is broken


def _build(manifest: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = run(["build", str(manifest), "--verbose", *extra])
    return code, capsys.readouterr().err


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.suffix: p.read_bytes() for p in sorted((folder / "build").glob("booklet.*"))}


def test_new_add_build_rebuild_and_failed_build_keep_outputs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _need("booklet.readers.text", "booklet.writers.markdown", "booklet.writers.pdf",
          "booklet.writers.docx")
    folder = tmp_path / "issue"
    assert run(["new", str(folder)]) == 0
    manifest = folder / "booklet.yaml"
    speech = folder / "sources" / "speech.txt"
    shutil.copy(SEEDS / "003_8089adc89d669a0a.txt", speech)
    assert run(["add", str(speech), "-m", str(manifest),
                "--title", "朝着建成科技强国的宏伟目标奋勇前进"]) == 0
    assert "sources/speech.txt" in manifest.read_text(encoding="utf-8")
    capsys.readouterr()

    code, err = _build(manifest, capsys)
    assert code == 0, err
    first = _outputs(folder)
    assert set(first) == {".pdf", ".docx", ".md"}
    assert "2 miss(es)" in err

    shutil.rmtree(folder / "build")  # a genuine second build, not an up-to-date skip
    code, err = _build(manifest, capsys)
    assert code == 0, err
    assert "2 hit(s), 0 miss(es); re-cleaned: none" in err
    assert _outputs(folder) == first

    extra = folder / "sources" / "report.txt"
    shutil.copy(SEEDS / "004_d7639a3b45169b27.txt", extra)
    assert run(["add", str(extra), "-m", str(manifest), "--part", "延伸阅读"]) == 0
    capsys.readouterr()
    code, err = _build(manifest, capsys)
    assert code == 0, err
    assert "2 hit(s), 1 miss(es)" in err
    assert f"re-cleaned: {extra.resolve()}" in err
    good = _outputs(folder)
    assert good[".pdf"] != first[".pdf"]

    extra.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # a picture saved as .txt
    code = run(["build", str(manifest)])
    err = capsys.readouterr().err
    assert code == 2
    assert "report.txt" in err and "Traceback" not in err
    assert _outputs(folder) == good


def test_noop_rebuild_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _need("booklet.readers.text", "booklet.writers.markdown")
    folder = tmp_path / "issue"
    assert run(["new", str(folder)]) == 0
    manifest = folder / "booklet.yaml"
    assert run(["build", str(manifest), "--format", "md"]) == 0
    target = folder / "build" / "booklet.md"
    stamp = target.stat().st_mtime_ns
    capsys.readouterr()
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert "up to date" in capsys.readouterr().err
    assert target.stat().st_mtime_ns == stamp


def test_failed_writer_leaves_previous_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _need("booklet.readers.text", "booklet.writers.markdown")
    from booklet.writers import booklet_markdown

    folder = tmp_path / "issue"
    assert run(["new", str(folder)]) == 0
    manifest = folder / "booklet.yaml"
    assert run(["build", str(manifest), "--format", "md"]) == 0
    before = (folder / "build" / "booklet.md").read_bytes()

    def broken(booklet, target: Path, **_: object) -> None:
        target.write_text("half a booklet", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(booklet_markdown, "write_markdown", broken)
    capsys.readouterr()
    assert run(["build", str(manifest), "--format", "md", "--force"]) == 1
    err = capsys.readouterr().err
    assert "could not write the outputs: disk full" in err and "Traceback" not in err
    assert (folder / "build" / "booklet.md").read_bytes() == before
    assert not list((folder / "build").glob(".staging-*"))
