"""Every cleaning is balanced by the nothing-lost guard, not only ``booklet clean --verify``.

A rule that loses a character is a bug of the cleaner, never of the input: the person building
the booklet still gets the booklet, and one warning naming the file, what went missing and the
source line, so that the file can be reported.  ``BOOKLET_VERIFY=1`` (which the suite sets)
and ``--verify`` make the same finding an error.  The losing rule here is put into the table by
hand, as in ``tests/clean/test_clean_cli.py``: no rule of the table is known to lose text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.clean import table
from booklet.clean.stages import over_lines
from booklet.cli import run


def _drop_de(lines, log):
    """A broken rule: drops every 的 and says nothing."""
    return [line.but(text=line.text.replace("的", "")) for line in lines]


@pytest.fixture
def losing_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tuple(table.Rule(r.name, r.stage, over_lines(_drop_de), r.summary)
                  if r.name == "separators" else r for r in table.RULES)
    monkeypatch.setattr("booklet.clean.pipeline.RULES", rules)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "issue"
    assert run(["new", str(folder), "--quiet"]) == 0
    return folder


def _warnings_about(err: str, name: str) -> list[str]:
    return [line for line in err.splitlines() if name in line and "warning" in line]


def test_a_build_warns_once_and_still_makes_the_booklet(project: Path, losing_rule: None,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOOKLET_VERIFY")
    assert run(["build", str(project / "booklet.yaml"), "--format", "md"]) == 0
    lines = _warnings_about(capsys.readouterr().err, "sample.txt")
    assert len(lines) == 1, lines
    assert "lost '的'" in lines[0] and "(line " in lines[0] and "please report this file" in lines[0]
    made = list((project / "build").glob("*.md"))
    assert made and "的" not in made[0].read_text(encoding="utf-8")   # (what the broken rule made)


def test_the_warning_speaks_chinese(project: Path, losing_rule: None, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOOKLET_VERIFY")
    assert run(["--lang", "zh", "build", str(project / "booklet.yaml"), "--format", "md"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "sample.txt" in line]
    assert len(lines) == 1 and "清理时丢失了 '的'" in lines[0] and "请把这个文件反馈给我们" in lines[0]


def test_a_cached_source_warns_again_in_the_language_of_the_build(
        project: Path, losing_rule: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOOKLET_VERIFY")
    manifest = str(project / "booklet.yaml")
    assert run(["--lang", "zh", "build", manifest, "--format", "md"]) == 0   # cleaned in Chinese
    capsys.readouterr()
    assert run(["--lang", "en", "build", manifest, "--format", "md", "--force", "-v"]) == 0
    err = capsys.readouterr().err
    lines = _warnings_about(err, "sample.txt")
    assert "cache: 1 hit(s), 0 miss(es)" in err and len(lines) == 1
    assert "cleaning lost '的'" in lines[0] and "丢失" not in lines[0]


def test_check_and_clean_warn_too(project: Path, losing_rule: None, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOOKLET_VERIFY")
    assert run(["check", str(project / "booklet.yaml")]) == 0
    assert any("lost '的'" in line for line in capsys.readouterr().out.splitlines() if "sample.txt" in line)
    out = project / "clean.md"
    assert run(["clean", str(project / "sources" / "sample.txt"), "-o", str(out)]) == 0
    assert len(_warnings_about(capsys.readouterr().err, "sample.txt")) == 1 and out.is_file()


def test_strict_verification_makes_it_an_error(project: Path, losing_rule: None,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    # (BOOKLET_VERIFY=1, as the suite sets it: a test never passes over a loss)
    assert run(["build", str(project / "booklet.yaml"), "--format", "md"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sample.txt" in err[0] and "lost '的'" in err[0]
    assert not (project / "build").exists() or not list((project / "build").glob("*.md"))


def test_a_sound_cleaning_says_nothing(project: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOOKLET_VERIFY")
    assert run(["build", str(project / "booklet.yaml"), "--format", "md"]) == 0
    assert "warning" not in capsys.readouterr().err
