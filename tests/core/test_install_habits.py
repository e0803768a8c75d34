"""Install and run anywhere (issue 13): package data, up-to-date checks, `add` placement,
Windows habits (odd paths, narrow consoles), large sources."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from booklet.cli import run

ROOT = Path(__file__).resolve().parents[2]
SNIPPET_SOURCE = ROOT / "sources" / "003_8089adc89d669a0a.txt"


def _project(folder: Path, head: str = "", contents: str = "  - source: sources/a.txt\n") -> Path:
    (folder / "sources").mkdir(parents=True)
    shutil.copy(SNIPPET_SOURCE, folder / "sources" / "a.txt")
    manifest = folder / "booklet.yaml"
    manifest.write_text(f"title: 学习专刊\nsource_date_epoch: 1778544000\n{head}contents:\n{contents}",
                        encoding="utf-8")
    return manifest


def _state(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    return "up to date" if "up to date" in err else "built" if "built in" in err else err


def test_every_data_file_of_the_package_is_declared_package_data() -> None:
    """What ``pip install .``, a wheel or pipx copy besides the Python files (CI builds and
    installs the real wheel; this catches a new data file forgotten in pyproject.toml)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["booklet"]
    package = ROOT / "booklet"
    data = [p for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
            and "__pycache__" not in p.parts]
    assert {p.parent.name for p in data} >= {"templates", "profiles", "LC_MESSAGES"}
    undeclared = [p for p in data if not any(p.relative_to(package).match(g) for g in globs)]
    assert undeclared == []


def test_a_project_template_overrides_the_built_in_one_file_by_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _project(tmp_path / "p", contents="  - source: sources/a.txt\n    origin: 新华社\n")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert _state(capsys) == "built"
    templates = manifest.parent / "templates"
    templates.mkdir()
    (templates / "notes.txt").write_text("not a template anyone renders", encoding="utf-8")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert _state(capsys) == "up to date"  # a file no build renders changes nothing
    (templates / "source_line.j2").write_text("出处：{{ origin }}\n", encoding="utf-8")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert _state(capsys) == "built"
    text = (manifest.parent / "build" / "booklet.md").read_text(encoding="utf-8")
    assert "出处：新华社" in text and "学习专刊" in text  # the cover still comes from the built-in


def test_a_changed_layout_profile_rebuilds(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _project(tmp_path / "p", head="layout: {profile: gongwen, lines_per_page: 22}\n")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert _state(capsys) == "up to date"
    text = manifest.read_text(encoding="utf-8").replace("lines_per_page: 22", "lines_per_page: 23")
    manifest.write_text(text, encoding="utf-8")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert _state(capsys) == "built"


def test_the_fingerprint_follows_the_font_files(tmp_path: Path) -> None:
    from booklet.fingerprint import fingerprint
    from booklet.fonts import FontMap, ResolvedFont
    from booklet.layout import load_profile
    from booklet.manifest import load_manifest

    manifest = load_manifest(_project(tmp_path / "p"))
    profile = load_profile()
    font = tmp_path / "fangsong.ttf"
    font.write_bytes(b"\0" * 100)

    def stamp(path: Path | None) -> str:
        fonts = FontMap({"fangsong": ResolvedFont("fangsong", "X", path, wanted=path is not None)})
        return fingerprint(manifest, ["k"], ["pdf"], None, profile, fonts)

    first = stamp(font)
    assert stamp(font) == first
    os.utime(font, ns=(1, 1))  # the same file replaced by another version
    assert stamp(font) != first
    assert stamp(None) != stamp(font)  # the built-in fallback, then a real font installed


EXAMPLE_LIKE = """\
title: 学习专刊
contents:
  # the first article
  - source: sources/a.txt
    title: 第一篇   # printed title
  # Further reading, from raw PDF text.
  - part: 延伸阅读
    contents:
      - source: sources/b.txt
"""


def test_add_puts_an_article_at_the_top_level_and_comments_stay_with_their_entries(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "p"
    (folder / "sources").mkdir(parents=True)
    for name in ("a", "b", "c", "d"):
        text = SNIPPET_SOURCE.read_text(encoding="utf-8").replace("朝着建成", f"{name}朝着建成")
        (folder / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    manifest = folder / "booklet.yaml"
    manifest.write_text(EXAMPLE_LIKE, encoding="utf-8")
    assert run(["add", str(folder / "sources/c.txt"), "-m", str(manifest), "-q"]) == 0
    assert manifest.read_text(encoding="utf-8") == EXAMPLE_LIKE.replace(
        "  # Further reading", "  - source: sources/c.txt\n  # Further reading")
    assert run(["add", str(folder / "sources/d.txt"), "-m", str(manifest), "-q",
                "--part", "延伸阅读"]) == 0
    assert manifest.read_text(encoding="utf-8").endswith(
        "      - source: sources/b.txt\n      - source: sources/d.txt\n")


def test_add_to_a_new_project_keeps_the_closing_comment_block_at_the_end(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "p"
    assert run(["new", str(folder), "-q"]) == 0
    shutil.copy(SNIPPET_SOURCE, folder / "sources" / "a.txt")
    assert run(["add", str(folder / "sources/a.txt"), "-m", str(folder / "booklet.yaml")]) == 0
    assert "added sources/a.txt" in capsys.readouterr().err
    text = (folder / "booklet.yaml").read_text(encoding="utf-8")
    assert text.index("origin: 示例来源") < text.index("- source: sources/a.txt") \
        < text.index("# A part groups articles") < text.index("#     - source: sources/another")


def test_paths_with_spaces_and_chinese_characters(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "我的 学习专刊"
    assert run(["new", str(folder), "-q"]) == 0
    source = folder / "sources" / "讲话 稿（定稿）.txt"
    shutil.copy(SNIPPET_SOURCE, source)
    manifest = folder / "booklet.yaml"
    assert run(["add", str(source), "-m", str(manifest), "-q"]) == 0
    assert "sources/讲话 稿（定稿）.txt" in manifest.read_text(encoding="utf-8")
    assert run(["build", str(manifest), "--format", "md", "--out", str(folder / "输出 文件")]) == 0
    assert "科技兴则民族兴" in (folder / "输出 文件" / "booklet.md").read_text(encoding="utf-8")
    assert run(["check", str(manifest), "-q"]) == 0


def _narrow(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_console_that_cannot_show_a_character_never_crashes(
        lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p", contents="  - source: sources/a.txt\n    title: 𪚥 四龙\n"
                                                 "  - source: sources/gone.txt\n")
    for encoding in ("ascii", "gbk"):  # an old terminal; Chinese Windows redirected to a file
        out, err = _narrow(encoding), _narrow(encoding)
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        assert run(["--lang", lang, "check", str(manifest)]) == 2  # the missing source
        err.flush()
        said = err.buffer.getvalue().decode(encoding)
        assert "gone.txt" in said and (encoding == "gbk" or "\\u" in said or lang == "en")
        assert err.errors == "strict"  # the stream is left as it was found


def test_cleaned_markdown_on_a_redirected_stdout_is_utf8(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "a.txt"
    source.write_text(SNIPPET_SOURCE.read_text(encoding="utf-8") + "\n  𪚥字。\n", encoding="utf-8")
    out = _narrow("gbk")  # ``booklet clean a.txt > a.md`` on Chinese Windows
    monkeypatch.setattr(sys, "stdout", out)
    assert run(["clean", str(source)]) == 0
    out.flush()
    text = out.buffer.getvalue().decode("utf-8")
    assert "𪚥字。" in text and "科技兴则民族兴" in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_large_source_warns_before_it_is_cleaned(lang: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet import sources

    monkeypatch.setattr(sources, "LARGE_SOURCE_BYTES", 1000)
    manifest = _project(tmp_path / "p")
    steps: list[str] = []
    warned: list[str] = []

    def progress(step: str) -> None:
        steps.append(step)
        warned.append(f"{len(said)} warning(s) before this step")

    said: list[str] = []
    from booklet.build import build
    from booklet.i18n import use_language

    with use_language(lang):
        result = build(manifest, progress=progress, on_warning=said.append)
    large = {"en": "a large source", "zh": "源文件较大"}[lang]
    assert [w for w in result.warnings if large in w] and large in said[0]
    assert warned[0] == "1 warning(s) before this step"  # said before the cleaning starts
    assert {"en": "cleaning takes a while", "zh": "清理需要一些时间"}[lang] in steps[0]
    # while it is cleaned, the progress line goes on naming each rule as it starts
    cleaning = [s for s in steps if "unwrap" in s]
    assert cleaning and cleaning[0].startswith(steps[0].split(" — ")[0])
    assert {"en": "cleaning: step", "zh": "清理：第"}[lang] in cleaning[0]
    assert run(["--lang", lang, "check", str(manifest), "-q"]) == 0
