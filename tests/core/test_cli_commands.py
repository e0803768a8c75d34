"""The workflow commands through ``run(argv)``: new, add, check, build --watch, clean --report."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from booklet.cli import run
from booklet.model import Article, Paragraph, Text
from booklet.suspicious import article_hints
from booklet.watch import watch

SEEDS = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "issue"
    assert run(["new", str(folder), "--quiet"]) == 0
    return folder


def test_new_makes_a_project_that_checks_clean(project: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert (project / "sources" / "sample.txt").is_file()
    assert {p.name for p in (project / "templates").iterdir()} >= {"cover.yaml.j2",
                                                                 "notice.yaml.j2"}
    assert "# Build it with" in (project / "booklet.yaml").read_text(encoding="utf-8")
    assert run(["check", str(project / "booklet.yaml")]) == 0
    assert "1 article read: 0 errors" in capsys.readouterr().err


def test_new_refuses_a_folder_with_a_manifest(project: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["new", str(project)]) == 2
    assert f"{project}: already holds a booklet.yaml" in capsys.readouterr().err


def test_add_after_an_entry_and_into_a_part(project: Path) -> None:
    manifest = project / "booklet.yaml"
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEEDS / "003_8089adc89d669a0a.txt", project / "sources" / name)
    assert run(["add", str(project / "sources/a.txt"), "-m", str(manifest), "-q"]) == 0
    assert run(["add", str(project / "sources/b.txt"), "-m", str(manifest), "-q",
                "--after", "sample"]) == 0
    assert run(["add", str(project / "sources/c.txt"), "-m", str(manifest), "-q",
                "--part", "延伸阅读", "--title", "延伸：讲话"]) == 0
    text = manifest.read_text(encoding="utf-8")
    order = [text.index(f"sources/{n}") for n in ("sample.txt", "b.txt", "a.txt", "c.txt")]
    assert order == sorted(order)
    assert "- part: 延伸阅读\n    contents:\n      - source: sources/c.txt\n" \
           "        title: 延伸：讲话" in text


def test_add_refuses_duplicates_and_missing_files(project: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    manifest = project / "booklet.yaml"
    before = manifest.read_bytes()
    assert run(["add", str(project / "sources/sample.txt"), "-m", str(manifest)]) == 2
    assert "duplicate article" in capsys.readouterr().err
    assert run(["add", str(project / "sources/nope.txt"), "-m", str(manifest)]) == 2
    assert "nope.txt: source file not found" in capsys.readouterr().err
    assert run(["add", str(project / "sources/sample.txt"), "-m", str(manifest),
                "--after", "x", "--part", "y"]) == 2
    assert manifest.read_bytes() == before


def test_add_warns_about_a_source_outside_the_project(project: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "download.txt"
    shutil.copy(SEEDS / "003_8089adc89d669a0a.txt", outside)
    assert run(["add", str(outside), "-m", str(project / "booklet.yaml")]) == 0
    err = capsys.readouterr().err
    assert "../download.txt" in err and "outside the project folder" in err


def test_check_lists_suspicious_cleaning_with_file_and_line(project: Path,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    sample = project / "sources" / "sample.txt"
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace("要坚持“四个面向”", "要坚持“四个面向"), encoding="utf-8")
    assert run(["check", str(project / "booklet.yaml")]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "unmatched “”" in line]
    assert len(lines) == 1 and f"{sample}:" in lines[0]


def test_check_exits_2_on_every_broken_entry_and_keeps_going(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = project / "booklet.yaml"
    (project / "sources" / "empty.txt").write_text("\n", encoding="utf-8")
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("  - source: sources/missing.txt\n  - source: sources/empty.txt\n")
    assert run(["check", str(manifest)]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and "empty.txt: the source is empty" in err
    assert "1 article read: 2 errors" in err


def test_suspicious_hints_cover_each_kind() -> None:
    blocks = (Paragraph((Text("— 12 —"),), span=(3, 3)),
              Paragraph((Text("他说"),), span=(5, 5)),
              Paragraph((Text("这是" * 700 + "。"),), span=(7, 9)),
              Paragraph((Text("学习《决定》的体会，认识到— 3 —重要。"),), span=(11, 11)),
              Paragraph((Text("参见《关于加强基础研究的意见。"),), span=(13, 13)))
    hints = article_hints(Article("标题", blocks), Path("a.txt"))
    found = {(h.line, h.message.split(" ")[0]) for h in hints}
    assert found == {(3, "looks"), (5, "very"), (7, "very"), (11, "page"), (13, "unmatched")}
    assert hints[0].where() == "a.txt:3"


def test_watch_rebuilds_after_a_source_changes(project: Path) -> None:
    manifest = project / "booklet.yaml"
    sample = project / "sources" / "sample.txt"
    builds: list[int] = []
    changes: list[list[Path]] = []
    ticks = iter(range(100))

    def fake_sleep(_: float) -> None:
        if next(ticks) == 2:  # nothing changes for two polls, then the source is edited
            sample.write_text(sample.read_text(encoding="utf-8") + "\n新段落。\n",
                              encoding="utf-8")

    def build_once() -> int:
        builds.append(1)
        return 0

    code = watch(manifest, build_once, on_change=changes.append, max_builds=2, sleep=fake_sleep)
    assert code == 0 and len(builds) == 2
    assert changes == [[sample.resolve()]]


def test_watch_keeps_going_after_a_failed_build_and_stops_on_ctrl_c(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = project / "booklet.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("title:", "titel:", 1),
                        encoding="utf-8")
    assert run(["build", str(manifest), "--watch", "--max-builds", "1", "--format", "md"]) == 2
    assert "did you mean 'title'" in capsys.readouterr().err

    def interrupt(_: float) -> None:
        raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("booklet.watch.time.sleep", interrupt)
        assert run(["build", str(manifest), "--watch", "--format", "md"]) == 0
    assert "stopped watching" in capsys.readouterr().err


def test_quiet_build_prints_nothing_and_verbose_prints_cache_stats(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = str(project / "booklet.yaml")
    assert run(["-q", "build", manifest, "--format", "md"]) == 0
    assert capsys.readouterr() == ("", "")
    assert run(["build", manifest, "--format", "md", "--force", "-v"]) == 0
    assert "cache: 1 hit(s), 0 miss(es)" in capsys.readouterr().err


def test_clean_report_lists_removals_with_line_numbers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "clean.md"
    assert run(["clean", str(SEEDS / "000_fd4eaa529b77abe0.txt"), "--report", "-o", str(out)]) == 0
    report = capsys.readouterr().err.splitlines()
    assert out.read_text(encoding="utf-8").startswith(("---", "# "))
    removed = [line for line in report if ": removed [" in line]
    assert removed and all(line.split(":")[0].isdigit() for line in removed)


def test_clean_of_a_binary_file_is_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(500))
    assert run(["clean", str(path)]) == 2
    assert capsys.readouterr().err == (f"booklet: error: {path}: is not a text file (it holds a "
                                       "JPEG image file); give it its real suffix or export it "
                                       "as text\n")


def test_check_names_the_source_line_of_a_character_no_font_has(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = project / "sources" / "sample.txt"
    lines = sample.read_text(encoding="utf-8").splitlines()
    lines.append("\u3000\u3000古文字“𪚥”在常用字体中没有。")
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["check", str(project / "booklet.yaml")]) == 0
    out = capsys.readouterr().out
    assert f"{sample}:{len(lines)}: warning: U+2A6A5" in out


def test_add_of_a_compilation_needs_a_select_that_finds_one_article(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = project / "booklet.yaml"
    news = project / "sources" / "news.txt"
    shutil.copy(SEEDS / "001_b06077b12bd6695a.txt", news)
    before = manifest.read_bytes()
    assert run(["add", str(news), "-m", str(manifest)]) == 2
    err = capsys.readouterr().err
    assert re.search(rf"{re.escape(str(news))}: '--select': holds \d+ articles", err)
    assert "新能源" in err
    assert run(["add", str(news), "-m", str(manifest), "--select", "科技"]) == 2
    assert re.search(r"select '科技' matches \d+ articles", capsys.readouterr().err)
    assert manifest.read_bytes() == before
    assert run(["add", str(news), "-m", str(manifest), "--select", "新能源"]) == 0
    assert "    select: 新能源\n" in manifest.read_text(encoding="utf-8")
