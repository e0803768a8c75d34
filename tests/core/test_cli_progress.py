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
