"""References and ``compare_with:``: read and cached like sources, checked against, never printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booklet.cli import run
from booklet.verify.project import verify_project

from .conftest import COMPILATION, SEED_002, SOURCES, write_manifest

SCIENTISTS = ("基础研究是科技创新的源头。我国基础研究虽然取得显著进步，但同国际先进水平的差距还是明显的。"
              "我国面临的很多“卡脖子”技术问题，根子是基础理论研究跟不上，源头和底层的东西没有搞清楚。")


@pytest.fixture
def compilation_project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "002.txt").write_bytes(SEED_002.read_bytes())
    (tmp_path / "refs").mkdir()
    return tmp_path


def test_a_reference_with_the_right_date_confirms_a_quotation(compilation_project: Path):
    refs = compilation_project / "refs"
    (refs / "scientists.md").write_text(f"# 在科学家座谈会上的讲话\n\n{SCIENTISTS}\n", encoding="utf-8")
    (refs / "other.md").write_text(f"# 另一篇讲话\n\n{SCIENTISTS}\n", encoding="utf-8")
    manifest = write_manifest(
        compilation_project, f"  - source: sources/002.txt\n    select: {COMPILATION}\n",
        "references:\n  - source: refs/scientists.md\n    date: 2020-09-11\n"
        "  - refs/other.md\n")
    report = verify_project(manifest)
    quote = next(q for q in report.quotations if q.quotation.startswith("基础研究是科技创新的源头"))
    assert quote.verdict == "exact"
    assert quote.found_in.label == "refs/scientists.md" and quote.found_in.kind == "reference"
    assert report.references == 2
    # The other reference holds the same words but names no date: never the match.
    assert all(q.found_in is None or q.found_in.label != "refs/other.md" for q in report.quotations)


def test_references_are_cached_like_sources(compilation_project: Path):
    (compilation_project / "refs" / "a.md").write_text(f"{SCIENTISTS}\n", encoding="utf-8")
    manifest = write_manifest(
        compilation_project, f"  - source: sources/002.txt\n    select: {COMPILATION}\n",
        "references:\n  - refs/\n")
    first = verify_project(manifest)
    cache = compilation_project / ".booklet-cache"
    assert len(list(cache.glob("*.verify-index.pickle"))) == 2  # the booklet's shelf, the references'
    assert len(list(cache.glob("*.verify-texts.pickle"))) == 1  # refs/a.md, prepared
    stamp = {p: p.stat().st_mtime_ns for p in cache.iterdir()}
    again = verify_project(manifest)
    assert {p: p.stat().st_mtime_ns for p in cache.iterdir()} == stamp  # nothing rebuilt
    assert again.as_dict() == first.as_dict()


def test_a_warm_run_never_loads_the_cleaned_references(compilation_project: Path):
    """The prepared texts stand in for the cleaned articles: with those gone, nothing is re-cleaned."""
    (compilation_project / "refs" / "a.md").write_text(f"{SCIENTISTS}\n", encoding="utf-8")
    manifest = write_manifest(
        compilation_project, f"  - source: sources/002.txt\n    select: {COMPILATION}\n",
        "references:\n  - source: refs/a.md\n    date: 2020-09-11\n")
    first = verify_project(manifest)
    cache = compilation_project / ".booklet-cache"
    derived = {p for p in cache.iterdir() if p.name.count(".") == 2}  # KEY.verify-….pickle
    for cleaned in set(cache.iterdir()) - derived:
        if cleaned.suffix == ".pickle":
            cleaned.unlink()
    source = next(q for q in first.quotations if q.quotation.startswith("基础研究是科技创新的源头"))
    assert source.found_in.label == "refs/a.md"
    again = verify_project(manifest)
    assert again.as_dict() == first.as_dict()
    assert len(list(cache.glob("*.pickle"))) == len(derived) + 1  # only the booklet's source again


def test_a_reference_is_prepared_again_when_its_date_changes(compilation_project: Path):
    (compilation_project / "refs" / "a.md").write_text(f"{SCIENTISTS}\n", encoding="utf-8")
    contents = f"  - source: sources/002.txt\n    select: {COMPILATION}\n"
    manifest = write_manifest(compilation_project, contents,
                              "references:\n  - source: refs/a.md\n    date: 2020-09-11\n")
    quote = "基础研究是科技创新的源头"
    found = next(q for q in verify_project(manifest).quotations if q.quotation.startswith(quote))
    assert found.verdict == "exact"
    write_manifest(compilation_project, contents,
                   "references:\n  - source: refs/a.md\n    date: 2019-01-02\n")
    moved = next(q for q in verify_project(manifest).quotations if q.quotation.startswith(quote))
    assert moved.verdict == "not_found" and moved.elsewhere.label == "refs/a.md"


@pytest.mark.parametrize("entry, message", [
    ("  - refs/missing/\n", "'references.0': reference folder not found: refs/missing/"),
    ("  - refs/\n", "'references.0': reference folder holds no readable file: refs/"),
    ("  - source: refs/x.txt\n    titel: t\n", "'references.0.titel': unknown key (did you mean 'title'?)"),
])
def test_reference_errors_are_one_line_naming_the_file(compilation_project: Path, entry: str,
                                                       message: str,
                                                       capsys: pytest.CaptureFixture[str]):
    manifest = write_manifest(compilation_project, "  - source: sources/002.txt\n"
                                                   f"    select: {COMPILATION}\n",
                              "references:\n" + entry)
    assert run(["verify", str(manifest)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"booklet: error: {manifest}:")
    assert err[0].endswith(message)


def test_an_unreadable_reference_names_its_file(compilation_project: Path,
                                                capsys: pytest.CaptureFixture[str]):
    (compilation_project / "refs" / "broken.pdf").write_bytes(b"not a pdf")
    manifest = write_manifest(compilation_project, "  - source: sources/002.txt\n"
                                                   f"    select: {COMPILATION}\n",
                              "references:\n  - refs/\n")
    assert run(["check", str(manifest)]) == 2
    assert "broken.pdf: is not a PDF file" in capsys.readouterr().err


def test_compare_with_collates_two_versions_without_width_or_space_noise(tmp_path: Path):
    """003's speech against a copy of 001's with half-width commas, spaces and extra line breaks."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "003.txt").write_bytes((SOURCES / "003_8089adc89d669a0a.txt").read_bytes())
    raw = (SOURCES / "001_b06077b12bd6695a.txt").read_text(encoding="utf-8")
    noisy = re.sub(r"，", ",", raw).replace("。", "。 ").replace("各位院士", "各 位 院 士")
    (tmp_path / "sources" / "001-noisy.txt").write_text(noisy, encoding="utf-8")
    manifest = write_manifest(tmp_path, "  - source: sources/003.txt\n"
                                        "    compare_with: sources/001-noisy.txt\n")
    report = verify_project(manifest)
    (same,) = [s for s in report.same_texts if s.declared]
    assert same.second.label.startswith("sources/001-noisy.txt")
    # Only the salutation 003 lacks and the lost G: no comma, colon or space differences (the
    # cleaner drops the spaces that spread 「各 位 院 士」 out: issue 10, family 9).
    assert [(d.ours, d.theirs) for d in same.differences] == [("", "各位院士，同志们、朋友们："),
                                                              ("", "G")]
    g = same.differences[1]
    assert g.better == "theirs" and g.our_line == 50 and g.their_line == 46
    assert "6G卫星" in g.suggestion()
