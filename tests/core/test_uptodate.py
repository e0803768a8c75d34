"""The quick up-to-date check (``booklet.uptodate``): a no-op build stops before loading the
build's modules, and still rebuilds whenever the full fingerprint would change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from booklet.build import BuildOptions, build, quick_context
from booklet.uptodate import record_path, unchanged_outputs

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "sources" / "003_8089adc89d669a0a.txt"
HEAVY = ("pydantic", "jinja2", "reportlab", "docx", "yaml", "booklet.writers", "booklet.manifest",
         "booklet.fonts", "booklet.clean")


def _project(folder: Path, formats: str = "[md]") -> Path:
    (folder / "sources").mkdir(parents=True)
    shutil.copy(SOURCE, folder / "sources" / "a.txt")
    manifest = folder / "booklet.yaml"
    manifest.write_text(f"title: 学习专刊\nsource_date_epoch: 1778544000\noutputs: {formats}\n"
                        "contents:\n  - source: sources/a.txt\n    origin: 新华社\n",
                        encoding="utf-8")
    return manifest


def _quick(manifest: Path, options: BuildOptions | None = None) -> bool:
    """Whether the quick check alone finds the outputs up to date."""
    return unchanged_outputs(manifest, quick_context(options or BuildOptions())) is not None


def test_a_no_op_build_imports_nothing_heavy(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    assert not build(manifest).up_to_date
    probe = ("import sys\nfrom booklet.cli import run\n"
             f"assert run(['-q', 'build', {str(manifest)!r}]) == 0\n"
             f"print([m for m in sys.modules if m.startswith({HEAVY!r})])")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                         cwd=tmp_path, check=True).stdout
    assert out.strip() == "[]"


def test_an_edited_input_rebuilds_a_touched_one_does_not(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    build(manifest)
    assert _quick(manifest) and build(manifest).up_to_date
    source = manifest.parent / "sources" / "a.txt"
    os.utime(source, ns=(1, 1))  # same bytes, another time: still up to date
    assert _quick(manifest)
    source.write_bytes(source.read_bytes() + "新的一段。\n".encode())
    assert not _quick(manifest)
    assert not build(manifest).up_to_date
    assert build(manifest).up_to_date


def test_a_template_added_to_the_project_is_noticed(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    templates = manifest.parent / "templates"
    templates.mkdir()
    build(manifest)
    assert _quick(manifest)
    (templates / "source_line.j2").write_text("出处：{{ origin }}\n", encoding="utf-8")
    assert not _quick(manifest)
    assert not build(manifest).up_to_date
    assert "出处：新华社" in (manifest.parent / "build" / "booklet.md").read_text(encoding="utf-8")
    (templates / "source_line.j2").write_text("来自：{{ origin }}\n", encoding="utf-8")
    assert not _quick(manifest)  # an edit inside: the folder's time may not move, the hash does


def test_outputs_changed_or_removed_rebuild(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    result = build(manifest)
    output = result.outputs["md"]
    output.write_text("edited by hand", encoding="utf-8")
    assert not _quick(manifest)
    assert not build(manifest).up_to_date
    output.unlink()
    assert not build(manifest).up_to_date


def test_options_and_environment_are_part_of_the_check(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p")
    text = manifest.read_text(encoding="utf-8").replace("source_date_epoch: 1778544000\n", "")
    manifest.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1778544000")
    build(manifest)
    assert _quick(manifest)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert not _quick(manifest)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1778544000")
    elsewhere = BuildOptions(out_dir=tmp_path / "elsewhere")
    assert not _quick(manifest, elsewhere)
    assert not build(manifest, elsewhere).up_to_date
    assert _quick(manifest)  # a build into another folder leaves this one's outputs right
    assert not build(manifest, BuildOptions(formats=["html"])).up_to_date
    assert not _quick(manifest)  # … one into the same folder replaced their state
    assert not build(manifest).up_to_date


def test_a_font_installed_or_replaced_after_the_build_is_noticed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet.fonts import discover

    folder = tmp_path / "fonts" / "truetype"
    folder.mkdir(parents=True)
    watched = discover.font_trees
    monkeypatch.setattr(discover, "font_trees", lambda: [*watched(), tmp_path / "fonts"])
    manifest = _project(tmp_path / "p", formats="[docx]")
    font = manifest.parent / "kai.ttf"
    shutil.copy(_any_truetype_font(), font)
    text = manifest.read_text(encoding="utf-8") + "fonts: {kaiti: kai.ttf}\n"
    manifest.write_text(text, encoding="utf-8")
    build(manifest)
    assert _quick(manifest)
    (folder / "new").mkdir()  # fonts installed in a new folder of a font tree
    assert not _quick(manifest)
    assert build(manifest).up_to_date  # the full check: discovery finds the same files
    assert _quick(manifest)  # … and the observations are fresh again
    os.utime(font, ns=(1, 1))  # the manifest's font file replaced
    assert not _quick(manifest)
    assert not build(manifest).up_to_date


def test_the_record_holds_what_the_fingerprint_came_from(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    build(manifest)
    observed = json.loads(record_path(manifest, quick_context(BuildOptions()))
                          .read_text(encoding="utf-8"))
    assert set(observed["content"]) == {str(manifest.resolve()),
                                        str((manifest.parent / "sources" / "a.txt").resolve())}
    assert str((manifest.parent / "templates").resolve()) in observed["trees"]


def _any_truetype_font() -> Path:
    from booklet.build import resolve_fonts_quietly
    from booklet.layout import load_profile

    fonts = resolve_fonts_quietly(load_profile(), {})
    paths = [fonts[role].path for role in fonts.roles() if fonts[role].path is not None]
    if not paths:
        pytest.skip("no TrueType font installed (CI installs fonts-arphic-ukai)")
    return paths[0]


def test_a_source_saved_while_the_build_runs_is_not_taken_as_built(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    source = manifest.parent / "sources" / "a.txt"

    def edit_once_written(step: str) -> None:  # the source was read long before this step
        if "Markdown" in step and b"saved late" not in source.read_bytes():
            source.write_bytes(source.read_bytes() + "saved late。\n".encode())

    build(manifest, progress=edit_once_written)
    assert "saved late" not in (manifest.parent / "build" / "booklet.md").read_text("utf-8")
    assert not _quick(manifest)  # observed after the build, but changed while it ran
    assert not build(manifest).up_to_date
    assert "saved late" in (manifest.parent / "build" / "booklet.md").read_text("utf-8")
    assert _quick(manifest)


def test_a_manifest_saved_while_the_build_runs_is_not_taken_as_built(tmp_path: Path) -> None:
    manifest = _project(tmp_path / "p")
    old = manifest.read_text(encoding="utf-8")

    def edit_while_reading(step: str) -> None:  # the manifest was loaded before any step
        if manifest.read_text(encoding="utf-8") == old:
            manifest.write_text(old.replace("学习专刊", "改过的专刊"), encoding="utf-8")

    build(manifest, BuildOptions(use_cache=True), progress=edit_while_reading)
    built = (manifest.parent / "build" / "booklet.md").read_text("utf-8")
    assert "学习专刊" in built and "改过的专刊" not in built
    assert not _quick(manifest)
    assert not build(manifest).up_to_date  # the full check too: it hashed the bytes built from
    assert "改过的专刊" in (manifest.parent / "build" / "booklet.md").read_text("utf-8")
    assert _quick(manifest)
