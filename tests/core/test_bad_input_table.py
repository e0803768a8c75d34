"""Every bad input of issue 5, one table row each: exit code, and a one-line message naming the file.

Inputs that are unusual but fine (GBK, BOM, CRLF, a source outside the
project) must build; ``check`` warns about the outside source.
"""

from __future__ import annotations

import importlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from booklet.cli import run

SEED = Path(__file__).resolve().parents[2] / "sources" / "003_8089adc89d669a0a.txt"
PHRASE = "科技兴则民族兴"


def _snippet() -> str:
    """The opening of seed 003 (title, author, a few wrapped paragraphs), as raw text."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    end = next(i for i, line in enumerate(lines) if "有力推进科技自立自强" in line)
    return "\n".join(lines[: end + 3]) + "\n"


def _manifest(contents: str, head: str = "") -> str:
    return f"title: 学习专刊\nsource_date_epoch: 1778544000\n{head}contents:\n{contents}"


ONE = "  - source: sources/a.txt\n"


def _pdf(encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=encrypt, invariant=1)
    pdf.drawString(72, 720, "hello")
    pdf.save()
    return out.getvalue()


@dataclass
class Case:
    """One bad (or odd) input: files to write, the command, what must come back."""

    manifest: str
    files: dict[str, bytes | str] = field(default_factory=dict)
    args: tuple[str, ...] = ("--format", "md")
    command: str = "build"
    code: int = 2
    needles: tuple[str, ...] = ()
    needs: tuple[str, ...] = ("booklet.readers.text", "booklet.writers.markdown")


CASES: dict[str, Case] = {
    "malformed_yaml": Case("title: [学习专刊\ncontents:\n  - source: a.txt\n",
                           needles=("booklet.yaml:", "malformed YAML")),
    "misspelled_top_key": Case("titel: 学习专刊\ncontents:\n" + ONE,
                               needles=("booklet.yaml:1", "did you mean 'title'")),
    "misspelled_entry_key": Case(_manifest("  - sorce: sources/a.txt\n"),
                                 needles=("booklet.yaml:4", "did you mean 'source'")),
    "missing_manifest": Case("", needles=("booklet.yaml", "manifest not found")),
    "missing_source": Case(_manifest("  - source: sources/missing.txt\n"),
                           needles=("booklet.yaml:4", "missing.txt")),
    "empty_source": Case(_manifest(ONE), {"sources/a.txt": " \n\n"}, needles=("a.txt", "empty")),
    "binary_as_txt": Case(_manifest(ONE), {"sources/a.txt": b"\x00\x01\x02PK" * 500},
                          needles=("a.txt", "not a text file")),
    "picture_as_txt": Case(_manifest(ONE), {"sources/a.txt": b"\x89PNG\r\n\x1a\n" + bytes(300)},
                           needles=("a.txt", "PNG")),
    "unknown_suffix": Case(_manifest("  - source: sources/a.odt\n"), {"sources/a.odt": "x"},
                           needles=("a.odt", "cannot read '.odt'")),
    "select_matches_nothing": Case(
        _manifest("  - source: sources/a.txt\n    select: 材料 9\n"), {"sources/a.txt": "SNIPPET"},
        needles=("booklet.yaml:4", "matches no article", "朝着建成科技强国的宏伟目标奋勇前进")),
    "duplicate_article": Case(_manifest(ONE + ONE), {"sources/a.txt": "SNIPPET"},
                              needles=("booklet.yaml:5", "duplicate article")),
    "corrupt_pdf": Case(_manifest("  - source: sources/a.pdf\n"),
                        {"sources/a.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog" + b"\x00" * 50},
                        needles=("a.pdf",), needs=("booklet.readers.pdf",)),
    "not_a_pdf": Case(_manifest("  - source: sources/a.pdf\n"), {"sources/a.pdf": "just text"},
                      needles=("a.pdf", "not a PDF"), needs=()),
    "encrypted_pdf": Case(_manifest("  - source: sources/a.pdf\n"), {"sources/a.pdf": "ENCRYPTED"},
                          needles=("a.pdf",), needs=("booklet.readers.pdf",)),
    "unknown_layout": Case(_manifest(ONE, "layout: gongwenn\n"), {"sources/a.txt": "SNIPPET"},
                           needles=("booklet.yaml:3", "unknown layout 'gongwenn'"), needs=()),
    "unknown_output_in_manifest": Case(_manifest(ONE, "outputs: [pdf, odt]\n"),
                                       {"sources/a.txt": "SNIPPET"}, args=(),
                                       needles=("booklet.yaml:3", "outputs")),
    "unknown_format_option": Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"},
                                  args=("--format", "odt"), needles=("booklet.yaml", "'odt'"),
                                  needs=()),
    "font_path_missing": Case(_manifest(ONE, "fonts:\n  fangsong: fonts/nofont.ttf\n"),
                              {"sources/a.txt": "SNIPPET"}, args=("--format", "pdf"),
                              needles=("nofont.ttf", "not found")),
    "font_not_a_font": Case(_manifest(ONE, "fonts:\n  fangsong: fonts/fake.ttf\n"),
                            {"sources/a.txt": "SNIPPET", "fonts/fake.ttf": "not a font at all"},
                            args=("--format", "pdf"), needles=("fake.ttf", "not a TrueType")),
    "unknown_font_role": Case(_manifest(ONE, "fonts:\n  fangsongg: fonts/fake.ttf\n"),
                              {"sources/a.txt": "SNIPPET"}, args=("--format", "pdf"),
                              needles=("booklet.yaml:3", "fangsongg")),
    "gbk_text_builds": Case(_manifest(ONE), {"sources/a.txt": "GBK"}, code=0, needles=(PHRASE,)),
    "gb18030_text_builds": Case(_manifest(ONE), {"sources/a.txt": "GB18030"}, code=0,
                                needles=(PHRASE,)),
    "utf8_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "BOM"}, code=0, needles=(PHRASE,)),
    "crlf_builds": Case(_manifest(ONE), {"sources/a.txt": "CRLF"}, code=0, needles=(PHRASE,)),
    "outside_source_builds": Case(_manifest("  - source: ../elsewhere/a.txt\n"),
                                  {"../elsewhere/a.txt": "SNIPPET"}, code=0, needles=(PHRASE,)),
    "outside_source_check_warns": Case(_manifest("  - source: ../elsewhere/a.txt\n"),
                                       {"../elsewhere/a.txt": "SNIPPET"}, command="check", args=(),
                                       code=0, needles=("booklet.yaml:4", "outside the project")),
}


def _content(value: bytes | str) -> bytes:
    if isinstance(value, bytes):
        return value
    text = _snippet()
    gbk_text = text.replace("\u2003", "\u3000")  # GBK has the ideographic space, not em space
    special = {"SNIPPET": lambda: text.encode("utf-8"), "GBK": lambda: gbk_text.encode("gbk"),
               "GB18030": lambda: (text + "㐀\n").encode("gb18030"),
               "BOM": lambda: b"\xef\xbb\xbf" + text.encode("utf-8"),
               "CRLF": lambda: text.replace("\n", "\r\n").encode("utf-8"),
               "ENCRYPTED": lambda: _pdf(encrypt="secret")}
    return special[value]() if value in special else value.encode("utf-8")


def _setup(folder: Path, case: Case) -> Path:
    manifest = folder / "booklet.yaml"
    folder.mkdir()
    if case.manifest:
        manifest.write_text(case.manifest, encoding="utf-8")
    for name, value in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_content(value))
    return manifest


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    for module in case.needs:
        importlib.import_module(module)  # a module of ours that fails to import is a failure
    manifest = _setup(tmp_path / "project", case)
    code = run([case.command, str(manifest), *case.args])
    out, err = capsys.readouterr()
    if case.code == 0 and case.command == "build":
        assert code == 0, err
        text = (manifest.parent / "build" / "booklet.md").read_text(encoding="utf-8")
        assert all(needle in text for needle in case.needles)
        assert "\r" not in text and "\ufeff" not in text
        return
    assert code == case.code, err
    message = out + err
    for needle in case.needles:
        assert needle in message, message
    assert "Traceback" not in message
    if case.code:
        errors = [line for line in err.splitlines() if line.startswith("booklet: error:")]
        assert len(errors) == 1, err


def test_verbose_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _setup(tmp_path / "project", CASES["misspelled_top_key"])
    assert run(["build", str(manifest), "--verbose"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_bug_is_an_internal_error_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet import build as build_module

    def explode(*_: object, **__: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(build_module, "load_manifest", explode)
    assert run(["build", str(tmp_path / "booklet.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error: ZeroDivisionError" in err and "--verbose" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["build", "--no-such-option"]) == 2
    assert run([]) == 2
    assert run(["add"]) == 2
    capsys.readouterr()


def test_an_unwritable_cache_only_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _setup(tmp_path / "project", Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"}))
    (manifest.parent / ".booklet-cache").write_text("a file where the cache folder goes")
    assert run(["build", str(manifest), "--format", "md"]) == 0
    assert "warning: cannot write the cache" in capsys.readouterr().err


def test_an_output_folder_that_is_a_file_fails_the_build(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _setup(tmp_path / "project", Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"}))
    (manifest.parent / "build").write_text("not a folder")
    assert run(["build", str(manifest), "--format", "md"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"booklet: error: {manifest.parent / 'build'}: cannot create the output")
    assert err.count("\n") == 1


def test_a_gbk_manifest_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _setup(tmp_path / "project", Case("", {"sources/a.txt": "SNIPPET"}))
    manifest.write_bytes(_manifest(ONE).encode("gbk"))
    assert run(["build", str(manifest), "--format", "md"]) == 0, capsys.readouterr().err
    assert "学习专刊" in (manifest.parent / "build" / "booklet.md").read_text(encoding="utf-8")
