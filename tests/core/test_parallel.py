"""Writers side by side in forked processes: the same bytes as one after the other, and a
failure in a child is the build's failure, with the previous outputs left as they were."""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pytest

from booklet import parallel
from booklet.build import BuildOptions, build
from booklet.errors import BuildError

ROOT = Path(__file__).resolve().parents[2]
FORK = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


def _project(folder: Path) -> Path:
    (folder / "sources").mkdir(parents=True)
    for name in ("003_8089adc89d669a0a.txt", "004_d7639a3b45169b27.txt"):
        shutil.copy(ROOT / "sources" / name, folder / "sources" / name)
    manifest = folder / "booklet.yaml"
    manifest.write_text(
        "title: 学习专刊\nsource_date_epoch: 1778544000\noutputs: [pdf, docx, md, html]\n"
        "html: {inline_styles: true}\nnotice: {number: 宣〔2026〕11号, body: 请认真学习。}\n"
        "contents:\n  - source: sources/003_8089adc89d669a0a.txt\n"
        "  - part: 延伸阅读\n    contents:\n      - source: sources/004_d7639a3b45169b27.txt\n",
        encoding="utf-8")
    return manifest


@FORK
def test_side_by_side_and_in_order_give_the_same_bytes(tmp_path: Path, forks: list[int],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p")
    outputs = {}
    for mode, concurrent in (("side by side", True), ("in order", False)):
        monkeypatch.setattr(parallel, "concurrent", lambda c=concurrent: c)
        result = build(manifest, BuildOptions(out_dir=tmp_path / mode, force=True))
        outputs[mode] = {fmt: path.read_bytes() for fmt, path in result.outputs.items()}
        if concurrent:
            assert len(forks) == 3  # repeated texts; the phone/Markdown editions; the DOCX
    assert set(outputs["in order"]) == {"pdf", "docx", "md", "html", "html.inline"}
    assert outputs["side by side"] == outputs["in order"]


@FORK
def test_a_writer_failing_in_a_child_fails_the_build_and_keeps_the_outputs(
        tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet import writers

    manifest = _project(tmp_path / "p")
    monkeypatch.setattr(parallel, "concurrent", lambda: True)
    first = build(manifest, BuildOptions(formats=["md", "docx"]))
    before = {path: path.read_bytes() for path in first.outputs.values()}

    def broken(job, target: Path) -> None:
        raise BuildError("DOCX 写不出来", path=target.name)

    monkeypatch.setitem(writers.WRITERS, "docx", broken)
    with pytest.raises(BuildError) as raised:
        build(manifest, BuildOptions(formats=["md", "docx"], force=True))
    assert raised.value.message == "DOCX 写不出来" and raised.value.path == "booklet.docx"
    assert forks  # it failed in a child
    assert {path: path.read_bytes() for path in first.outputs.values()} == before
    assert not list((manifest.parent / "build").glob(".staging-*"))


@FORK
def test_a_child_hands_back_its_warnings_and_errors(forks: list[int]) -> None:
    def warns() -> None:
        warnings.warn("子进程的提醒", UserWarning)

    def fails() -> None:
        raise KeyError("缺少")

    with pytest.warns(UserWarning, match="子进程的提醒"):
        with parallel.Steps(parallel=True) as steps:
            steps.start(warns)
    with pytest.raises(KeyError, match="缺少"):
        with parallel.Steps(parallel=True) as steps:
            steps.start(fails)
    with parallel.Steps(parallel=True) as steps:
        answer = steps.start(lambda: {"页数": 118})
    assert answer.value == {"页数": 118}
    assert len(forks) == 3


@FORK
def test_a_child_that_dies_without_a_word_is_a_failure() -> None:
    with pytest.raises(RuntimeError, match="without a report"):
        with parallel.Steps(parallel=True) as steps:
            steps.start(lambda: os._exit(3))


def test_in_order_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    assert not parallel.concurrent()
    ran: list[int] = []
    with parallel.Steps() as steps:
        steps.start(lambda: ran.append(os.getpid()))
    assert ran == [os.getpid()]
