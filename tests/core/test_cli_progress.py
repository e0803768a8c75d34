"""The progress line appears only on a terminal, only after a moment, and is gone afterwards."""

from __future__ import annotations

import io
import time

import pytest

from booklet import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_when_not_a_terminal_or_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with progress.progress_reporter() as report:
        assert report is None
    monkeypatch.setattr("sys.stderr", _Terminal())
    with progress.progress_reporter(enabled=False) as report:
        assert report is None


def test_a_fast_build_shows_nothing_a_slow_one_shows_its_step(
        monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.progress_reporter(delay=5) as report:
        assert report is not None
        report("reading 1/1: sources/a.txt")
    assert terminal.getvalue() == ""
    with progress.progress_reporter(delay=0.01) as report:
        report("PDF")
        time.sleep(0.3)
    assert "booklet: PDF" in terminal.getvalue()


def test_a_long_layout_and_pdf_report_their_pages(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress names the article being laid out and the page reached, and the PDF's page
    being written, every ``PROGRESS_PAGES`` pages (here 2), so a 50 MB source visibly moves."""
    import shutil
    from pathlib import Path

    from booklet.build import BuildOptions, build
    from booklet.i18n import use_language
    from booklet.writers.pdf import document, draw

    monkeypatch.setattr(document, "PROGRESS_PAGES", 2)
    monkeypatch.setattr(draw, "PROGRESS_PAGES", 2)
    root = Path(__file__).resolve().parents[2]
    (tmp_path / "sources").mkdir()
    shutil.copy(root / "sources" / "004_d7639a3b45169b27.txt", tmp_path / "sources" / "a.txt")
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 学习专刊\ncontents:\n  - source: sources/a.txt\n", encoding="utf-8")
    steps: list[str] = []
    with use_language("en"):
        build(manifest, BuildOptions(formats=["pdf"]), progress=steps.append)
    assert steps[0].startswith("reading 1/1: sources/a.txt")
    laying = [s for s in steps if s.startswith("laying out article 1/1")]
    assert len(laying) >= 3 and "(page 4)" in " ".join(laying)
    assert "writing the PDF: page 2/" in " ".join(steps)
