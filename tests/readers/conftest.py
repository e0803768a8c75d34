"""Fixtures for the reader tests: helper modules loaded by path (importlib mode)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"  # copies of the dev gold (tests/data/README.md)


def _load(name: str):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def pdfgen():
    """The reportlab fixture generator; skips when the CJK fonts are missing."""
    module = _load("reader_pdfgen")
    if not module.fonts_available():
        pytest.skip("CJK fonts (fonts-arphic-uming, fonts-wqy-zenhei) not installed")
    return module


@pytest.fixture(scope="session")
def docxgen():
    """The python-docx fixture generator."""
    return _load("reader_docxgen")


@pytest.fixture(scope="session")
def assembler():
    """Hint-only assembly and the gold scorer (tests/data/score.py)."""
    return _load("reader_assemble")


@pytest.fixture(scope="session")
def gold_text():
    """Read a gold Markdown file from tests/data/gold by name."""
    def read(name: str) -> str:
        return (GOLD / f"{name}.gold.md").read_text(encoding="utf-8")
    return read
