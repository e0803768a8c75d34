"""Fixtures for ``booklet verify``: copies of the example project, altered sources, a browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources"
SEED_002 = SOURCES / "002_c555cb9c51b4d844.txt"
QIUSHI = "习近平：加强基础研究 实现高水平科技自立自强"
COMPILATION = "习近平总书记关于基础研究部分重要论述汇编"


def copy_example(folder: Path) -> Path:
    """The example project (manifest and sources) copied into ``folder``; its manifest."""
    shutil.copytree(SOURCES, folder / "sources")
    shutil.copy(REPO / "booklet.yaml", folder / "booklet.yaml")
    return folder / "booklet.yaml"


@pytest.fixture(scope="session")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example project (shared: tests must not change it)."""
    return copy_example(tmp_path_factory.mktemp("example"))


@pytest.fixture(scope="session")
def example_report(example: Path):
    """``booklet verify`` of the example project."""
    from booklet.verify.project import verify_project

    return verify_project(example)


def write_manifest(folder: Path, contents: str, extra: str = "") -> Path:
    """A minimal manifest in ``folder`` with the given ``contents:`` block."""
    path = folder / "booklet.yaml"
    path.write_text(f"title: 测试\noutputs: [md]\ncontents:\n{contents}{extra}", encoding="utf-8")
    return path

