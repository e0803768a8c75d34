"""``booklet add`` edits booklet.yaml in place: comments, order and style survive."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from booklet.errors import InputError
from booklet.manifest import iter_entries, load_manifest
from booklet.manifest_edit import add_source

ROOT = Path(__file__).resolve().parents[2]


def _only_insertions(before: str, after: str) -> list[str]:
    """The inserted lines; fails when any original line was changed or removed."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    inserted = []
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        assert tag in ("equal", "insert"), (tag, after)
        if tag == "insert":
            inserted.extend(after.splitlines()[j1:j2])
    return inserted


def test_add_to_the_example_keeps_every_line_and_comment(tmp_path: Path) -> None:
    manifest = tmp_path / "booklet.yaml"
    shutil.copy(ROOT / "booklet.yaml", manifest)
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    new = tmp_path / "sources" / "new.txt"
    new.write_text("新的讲话\n\n  正文。\n", encoding="utf-8")
    before = manifest.read_text(encoding="utf-8")
    result = add_source(manifest, new, title="新的讲话（2026年5月）", part="延伸阅读")
    after = manifest.read_text(encoding="utf-8")
    assert _only_insertions(before, after) == ["      - source: sources/new.txt",
                                               "        title: 新的讲话（2026年5月）"]
    assert result.part == "延伸阅读" and result.line == after.splitlines().index(
        "      - source: sources/new.txt") + 1
    assert iter_entries(load_manifest(manifest))[-1].entry.title == "新的讲话（2026年5月）"


def test_add_follows_a_flush_left_list_style(tmp_path: Path) -> None:
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 专刊  # cover\ncontents:\n# speeches\n- source: a.txt\n",
                        encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("标题\n\n正文。\n", encoding="utf-8")
    add_source(manifest, tmp_path / "b.txt", select="标题")
    assert manifest.read_text(encoding="utf-8") == (
        "title: 专刊  # cover\ncontents:\n# speeches\n- source: a.txt\n"
        "- source: b.txt\n  select: 标题\n")


def test_add_after_an_unknown_title_lists_the_titles(tmp_path: Path) -> None:
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 专刊\ncontents:\n  - source: a.txt\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("加强基础研究\n\n  正文第一段。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("另一篇\n\n  正文。\n", encoding="utf-8")
    before = manifest.read_bytes()
    with pytest.raises(InputError, match="matches no entry; titles: 加强基础研究"):
        add_source(manifest, tmp_path / "b.txt", after="不存在的标题")
    assert manifest.read_bytes() == before
    add_source(manifest, tmp_path / "b.txt", after="基础研究")  # found through the article title
    assert manifest.read_text(encoding="utf-8").endswith("  - source: b.txt\n")


def test_add_to_a_malformed_manifest_changes_nothing(tmp_path: Path) -> None:
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: [专刊\ncontents:\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("标题\n", encoding="utf-8")
    with pytest.raises(InputError, match="malformed YAML"):
        add_source(manifest, tmp_path / "a.txt")
    assert manifest.read_text(encoding="utf-8") == "title: [专刊\ncontents:\n"


def test_manifest_errors_name_the_line_of_the_problem(tmp_path: Path) -> None:
    from booklet.manifest import parse_manifest

    path = tmp_path / "booklet.yaml"
    cases = {"title: x\ntitle: y\ncontents: []\n": ("booklet.yaml:2: 'title': duplicate key"),
             "title: x\ncontents:\n  - source: a.txt\n    tilte: y\n":
                 "booklet.yaml:4: 'contents.0.tilte': unknown key (did you mean 'title'?)",
             "title: x\ncontents:\n  - part: 延伸\n    contents:\n      - sourse: a.txt\n":
                 "booklet.yaml:5: 'contents.0.contents.0.sourse': unknown key "
                 "(did you mean 'source'?)",
             "title: !!python/object:os.system x\ncontents: []\n": "booklet.yaml:1: malformed YAML"}
    for text, expected in cases.items():
        with pytest.raises(InputError) as info:
            parse_manifest(text, path)
        assert info.value.one_line().startswith(f"{tmp_path}/{expected}"), info.value.one_line()
