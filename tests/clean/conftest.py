"""Fixtures for the cleaner tests: clean a text snippet, find the seeds and golden files."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from booklet.clean import clean_lines
from booklet.model import Document
from booklet.readers.text import raw_lines
from booklet.report import Report

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real seed inputs shipped with the repository."""
    return REPO / "sources"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    """Golden outputs; regenerate with BOOKLET_UPDATE_GOLDEN=1."""
    return Path(__file__).parent / "golden"


@pytest.fixture
def clean() -> Callable[..., tuple[Document, Report]]:
    """``clean(text, markdown=None, **rules)`` → (document, report) for a raw text snippet;
    ``markdown=True`` reads it as a Markdown-flavoured .txt (None: the reader decides)."""
    def run(text: str, markdown: bool | None = None, **rules: bool) -> tuple[Document, Report]:
        report = Report()
        return clean_lines(raw_lines(text, markdown), report, rules=rules or None), report
    return run
