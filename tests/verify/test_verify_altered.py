"""An altered copy of the 论述汇编: one character changed, four dropped — exactly two differences."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.cli import run
from booklet.verify.project import verify_project

from .conftest import COMPILATION, QIUSHI, SEED_002, write_manifest

CHANGED = ("基础研究处于从研究到应用、再到生产的科研链条起始端", "基础研究处于从研究到应用、再到生产的科研连条起始端")
DROPPED = ("我们要构筑国际基础研究合作平台，牵头实施国际大科学计划", "我们要构筑国际基础研究合作平台，国际大科学计划")


def altered_project(folder: Path) -> Path:
    """Seed 002 with the two alterations made in the compilation only (the speech unchanged)."""
    text = SEED_002.read_text(encoding="utf-8")
    heading = text.index(f"# {COMPILATION}")
    head, tail = text[:heading], text[heading:]
    for before, after in (CHANGED, DROPPED):
        assert before in tail
        tail = tail.replace(before, after, 1)
    (folder / "sources").mkdir()
    (folder / "sources" / "002.txt").write_text(head + tail, encoding="utf-8")
    return write_manifest(folder, f"  - source: sources/002.txt\n    select: {QIUSHI}\n"
                                  f"  - source: sources/002.txt\n    select: {COMPILATION}\n")


@pytest.fixture(scope="module")
def altered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return altered_project(tmp_path_factory.mktemp("altered"))


def test_exactly_the_two_alterations_are_reported(altered: Path):
    report = verify_project(altered)
    differing = [q for q in report.quotations if q.verdict == "differs"]
    assert len(differing) == 2
    changed, dropped = differing
    assert [(d.kind, d.ours, d.theirs) for d in changed.differences] == [("substitution", "连", "链")]
    assert [(d.kind, d.ours, d.theirs) for d in dropped.differences] == [("missing", "", "牵头实施")]
    for q in differing:
        assert q.found_in and q.found_in.title == QIUSHI
        d = q.differences[0]
        assert d.our_line and d.their_line and d.their_line < d.our_line  # the speech comes first
    # The other four quotations of that speech are untouched and found exactly.
    exact = [q for q in report.quotations if q.verdict == "exact" and q.found_in
             and q.found_in.title == QIUSHI]
    assert len(exact) == 4


def test_strict_exits_1_when_a_quotation_differs(altered: Path, capsys):
    assert run(["verify", str(altered), "-q"]) == 0
    assert run(["verify", str(altered), "-q", "--strict"]) == 1


def test_strict_exits_0_when_every_quotation_is_found(tmp_path: Path):
    text = SEED_002.read_text(encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "002.txt").write_text(text, encoding="utf-8")
    manifest = write_manifest(tmp_path, f"  - source: sources/002.txt\n    select: {QIUSHI}\n")
    assert run(["verify", str(manifest), "-q", "--strict"]) == 0
