"""Every bad input of issue 5, one table row each: exit code, and a one-line message naming the file.

Inputs that are unusual but fine (GBK, BOM, CRLF, a source outside the
project) must build; ``check`` warns about the outside source.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from booklet.cli import run

sys.path.insert(0, str(Path(__file__).parent))
from messages import english_words  # noqa: E402

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
# "Billion laughs": nine levels of ten aliases, 10^9 values once expanded.
BOMB = ("title: 学习专刊\nlol0: &l0 [lol]\n"
        + "".join(f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 10))
        + "contents:\n" + ONE)


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
    needles: tuple[str, ...] = ()  # in the English messages (or the built Markdown)
    zh: tuple[str, ...] = ()  # in the Chinese messages
    needs: tuple[str, ...] = ("booklet.readers.text", "booklet.writers.markdown")


CASES: dict[str, Case] = {
    "malformed_yaml": Case("title: [学习专刊\ncontents:\n  - source: a.txt\n",
                           needles=("booklet.yaml:", "malformed YAML"), zh=("YAML 格式有误",)),
    "misspelled_top_key": Case("titel: 学习专刊\ncontents:\n" + ONE,
                               needles=("booklet.yaml:1", "did you mean 'title'"),
                               zh=("booklet.yaml:1", "是不是要写 'title'")),
    "misspelled_entry_key": Case(_manifest("  - sorce: sources/a.txt\n"),
                                 needles=("booklet.yaml:4", "did you mean 'source'"),
                                 zh=("booklet.yaml:4", "是不是要写 'source'")),
    "missing_manifest": Case("", needles=("booklet.yaml", "manifest not found"),
                             zh=("booklet.yaml", "找不到配置文件")),
    "missing_source": Case(_manifest("  - source: sources/missing.txt\n"),
                           needles=("booklet.yaml:4", "missing.txt"),
                           zh=("booklet.yaml:4", "missing.txt", "找不到源文件")),
    "empty_source": Case(_manifest(ONE), {"sources/a.txt": " \n\n"}, needles=("a.txt", "empty"),
                         zh=("a.txt", "空的")),
    "binary_as_txt": Case(_manifest(ONE), {"sources/a.txt": b"\x00\x01\x02PK" * 500},
                          needles=("a.txt", "not a text file"), zh=("a.txt", "不是文本文件")),
    "picture_as_txt": Case(_manifest(ONE), {"sources/a.txt": b"\x89PNG\r\n\x1a\n" + bytes(300)},
                           needles=("a.txt", "PNG"), zh=("a.txt", "PNG 图片")),
    "unknown_suffix": Case(_manifest("  - source: sources/a.odt\n"), {"sources/a.odt": "x"},
                           needles=("a.odt", "cannot read '.odt'"), zh=("a.odt", "不能读取 .odt")),
    "select_matches_nothing": Case(
        _manifest("  - source: sources/a.txt\n    select: 材料 9\n"), {"sources/a.txt": "SNIPPET"},
        needles=("booklet.yaml:4", "matches no article", "朝着建成科技强国的宏伟目标奋勇前进"),
        zh=("booklet.yaml:4", "没有找到与“材料 9”对应的文章", "朝着建成科技强国的宏伟目标奋勇前进")),
    "duplicate_article": Case(_manifest(ONE + ONE), {"sources/a.txt": "SNIPPET"},
                              needles=("booklet.yaml:5", "duplicate article"),
                              zh=("booklet.yaml:5", "文章重复")),
    "corrupt_pdf": Case(_manifest("  - source: sources/a.pdf\n"),
                        {"sources/a.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog" + b"\x00" * 50},
                        needles=("a.pdf",), zh=("a.pdf", "PDF"), needs=("booklet.readers.pdf",)),
    "not_a_pdf": Case(_manifest("  - source: sources/a.pdf\n"), {"sources/a.pdf": "just text"},
                      needles=("a.pdf", "not a PDF"), zh=("a.pdf", "不是 PDF 文件"), needs=()),
    "encrypted_pdf": Case(_manifest("  - source: sources/a.pdf\n"), {"sources/a.pdf": "ENCRYPTED"},
                          needles=("a.pdf",), zh=("a.pdf", "密码"), needs=("booklet.readers.pdf",)),
    "unknown_layout": Case(_manifest(ONE, "layout: gongwenn\n"), {"sources/a.txt": "SNIPPET"},
                           needles=("booklet.yaml:3", "unknown layout 'gongwenn'"),
                           zh=("booklet.yaml:3", "没有 'gongwenn' 这种版式"), needs=()),
    "unknown_output_in_manifest": Case(_manifest(ONE, "outputs: [pdf, odt]\n"),
                                       {"sources/a.txt": "SNIPPET"}, args=(),
                                       needles=("booklet.yaml:3", "outputs"),
                                       zh=("booklet.yaml:3", "outputs", "只能是以下之一")),
    "unknown_format_option": Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"},
                                  args=("--format", "odt"), needles=("booklet.yaml", "'odt'"),
                                  zh=("booklet.yaml", "不能生成 'odt' 格式"), needs=()),
    "font_path_missing": Case(_manifest(ONE, "fonts:\n  fangsong: fonts/nofont.ttf\n"),
                              {"sources/a.txt": "SNIPPET"}, args=("--format", "pdf"),
                              needles=("nofont.ttf", "not found"), zh=("nofont.ttf", "找不到仿宋")),
    "font_not_a_font": Case(_manifest(ONE, "fonts:\n  fangsong: fonts/fake.ttf\n"),
                            {"sources/a.txt": "SNIPPET", "fonts/fake.ttf": "not a font at all"},
                            args=("--format", "pdf"), needles=("fake.ttf", "not a TrueType"),
                            zh=("fake.ttf", "不是 TrueType 字体文件")),
    "unknown_font_role": Case(_manifest(ONE, "fonts:\n  fangsongg: fonts/fake.ttf\n"),
                              {"sources/a.txt": "SNIPPET"}, args=("--format", "pdf"),
                              needles=("booklet.yaml:3", "fangsongg"),
                              zh=("booklet.yaml:3", "fangsongg", "这类字体")),
    "impose_without_pdf_output": Case(_manifest(ONE, "outputs: [md]\nimpose: saddle\n"),
                                      {"sources/a.txt": "SNIPPET"}, args=(),
                                      needles=("booklet.yaml:4", "'impose'", "needs the PDF"),
                                      zh=("booklet.yaml:4", "'impose'", "拼版要用到 PDF"), needs=()),
    "impose_option_without_pdf": Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"},
                                      args=("--format", "md", "--impose", "saddle"),
                                      needles=("'--impose'", "needs the PDF"),
                                      zh=("'--impose'", "拼版要用到 PDF"), needs=()),
    "impose_creep_too_large": Case(_manifest(ONE, "outputs: [pdf]\nimpose:\n  mode: saddle\n"
                                                  "  creep_mm: 25\n"),
                                   {"sources/a.txt": "SNIPPET"}, args=(),
                                   needles=("booklet.yaml:6", "'impose.creep_mm'", "between 0 and 10"),
                                   zh=("booklet.yaml:6", "'impose.creep_mm'", "毫米"), needs=()),
    "impose_creep_on_two_up": Case(_manifest(ONE, "outputs: [pdf]\nimpose: {mode: 2up, creep_mm: 1}\n"),
                                   {"sources/a.txt": "SNIPPET"}, args=(),
                                   needles=("booklet.yaml:4", "'impose.creep_mm'", "'mode: saddle'"),
                                   zh=("booklet.yaml:4", "爬移"), needs=()),
    "alias_bomb": Case(BOMB, needles=("booklet.yaml:7", "aliases", "expand"),
                       zh=("booklet.yaml:7", "别名", "展开"), needs=()),
    "nesting_bomb": Case(_manifest(ONE, "subtitle: " + "[" * 200 + "]" * 200 + "\n"),
                         needles=("booklet.yaml:3", "nests more than"), zh=("booklet.yaml:3", "嵌套"),
                         needs=()),
    "gbk_text_builds": Case(_manifest(ONE), {"sources/a.txt": "GBK"}, code=0, needles=(PHRASE,)),
    "gb18030_text_builds": Case(_manifest(ONE), {"sources/a.txt": "GB18030"}, code=0,
                                needles=(PHRASE,)),
    "utf8_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "BOM"}, code=0, needles=(PHRASE,)),
    "utf16_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "UTF16"}, code=0, needles=(PHRASE,)),
    "utf16_without_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "UTF16LE"}, code=0,
                                     needles=(PHRASE,)),
    "utf16be_without_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "UTF16BE"}, code=0,
                                       needles=(PHRASE,)),
    "utf32_bom_builds": Case(_manifest(ONE), {"sources/a.txt": "UTF32"}, code=0, needles=(PHRASE,)),
    "utf16_markdown_builds": Case(_manifest("  - source: sources/a.md\n"),
                                  {"sources/a.md": "UTF16MD"}, code=0, needles=("标题一", "正文。")),
    "crlf_builds": Case(_manifest(ONE), {"sources/a.txt": "CRLF"}, code=0, needles=(PHRASE,)),
    "outside_source_builds": Case(_manifest("  - source: ../elsewhere/a.txt\n"),
                                  {"../elsewhere/a.txt": "SNIPPET"}, code=0, needles=(PHRASE,)),
    "outside_source_check_warns": Case(_manifest("  - source: ../elsewhere/a.txt\n"),
                                       {"../elsewhere/a.txt": "SNIPPET"}, command="check", args=(),
                                       code=0, needles=("booklet.yaml:4", "outside the project"),
                                       zh=("booklet.yaml:4", "不在项目文件夹里")),
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
               "UTF16": lambda: text.encode("utf-16"),  # Notepad's "Unicode": BOM + LE
               "UTF16LE": lambda: text.encode("utf-16-le"),
               "UTF16BE": lambda: text.encode("utf-16-be"),
               "UTF32": lambda: text.encode("utf-32"),
               "UTF16MD": lambda: "# 标题一\n\n正文。\n".encode("utf-16"),
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


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Run the CLI as a person whose system speaks ``lang`` (Chinese: LANG=zh_CN.UTF-8)."""
    for name in ("BOOKLET_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8" if lang == "zh" else "C.UTF-8")


ERROR_PREFIX = {"en": "booklet: error:", "zh": "booklet: 错误:"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                   monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[name]
    for module in case.needs:
        importlib.import_module(module)  # a module of ours that fails to import is a failure
    manifest = _setup(tmp_path / "project", case)
    speak(monkeypatch, lang)
    code = run([case.command, str(manifest), *case.args])
    out, err = capsys.readouterr()
    message = out + err
    assert "Traceback" not in message
    if lang == "zh":
        leaked = english_words(message.replace(str(tmp_path), ""))
        assert not leaked, f"English in the Chinese messages: {sorted(leaked)}\n{message}"
    if case.code == 0 and case.command == "build":
        assert code == 0, err
        text = (manifest.parent / "build" / "booklet.md").read_text(encoding="utf-8")
        assert all(needle in text for needle in case.needles)
        assert "\r" not in text and "\ufeff" not in text
        return
    assert code == case.code, err
    for needle in case.needles if lang == "en" else case.zh:
        assert needle in message, message
    if case.code:
        errors = [line for line in err.splitlines() if line.startswith(ERROR_PREFIX[lang])]
        assert len(errors) == 1 and err.count("\n") == 1, err


def test_the_leak_check_finds_english() -> None:
    assert english_words("booklet: 错误: a.txt: 'select': 没有找到 (known: .txt, .md)") == {"known"}
    assert english_words("booklet: 错误: build/booklet.docx 正被其他程序打开，请关闭后重试") == set()
    assert english_words("booklet: warning: source is outside") == {"warning", "source", "is",
                                                                   "outside"}


def test_verbose_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _setup(tmp_path / "project", CASES["misspelled_top_key"])
    assert run(["build", str(manifest), "--verbose"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_bug_is_an_internal_error_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet import manifest as manifest_module

    def explode(*_: object, **__: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(manifest_module, "load_manifest", explode)  # the build imports it late
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


HELD_OPEN = {"en": "booklet: error: build/booklet.docx is open in another program; close it and "
                   "try again\n",
             "zh": "booklet: 错误: build/booklet.docx 正被其他程序打开，请关闭后重试\n"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_output_held_open_fails_in_one_line_and_changes_nothing(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Word or WPS holding the DOCX open: Windows refuses to rename it (PermissionError)."""
    importlib.import_module("booklet.writers.docx")  # fails, never skips, when broken
    manifest = _setup(tmp_path / "project", Case(_manifest(ONE, "outputs: [md, docx]\n"),
                                                 {"sources/a.txt": "SNIPPET"}))
    monkeypatch.chdir(manifest.parent)
    speak(monkeypatch, lang)
    assert run(["build", "-q"]) == 0, capsys.readouterr().err
    build_dir = manifest.parent / "build"
    before = {p.name: p.read_bytes() for p in build_dir.iterdir()}
    source = manifest.parent / "sources" / "a.txt"
    source.write_bytes(source.read_bytes() + "\n  新加的一段话。\n".encode("utf-8"))
    held = build_dir / "booklet.docx"
    replace = os.replace

    def refuse_held(src: str | Path, dst: str | Path) -> None:
        if Path(src) == held:
            raise PermissionError(13, "The process cannot access the file because it is being "
                                      "used by another process", str(src))
        replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_held)
    capsys.readouterr()
    assert run(["build"]) == 1
    err = capsys.readouterr().err
    assert err.endswith(HELD_OPEN[lang]) and err.count(ERROR_PREFIX[lang]) == 1, err
    assert {p.name: p.read_bytes() for p in build_dir.iterdir()} == before  # nothing moved or left
    monkeypatch.setattr(os, "replace", replace)  # the document is closed: the build goes through
    assert run(["build", "-q"]) == 0
    assert "新加的一段话" in (build_dir / "booklet.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_fonts_installed_after_a_build_rebuild(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from booklet.fonts import discover

    if not discover.fontconfig_faces():
        pytest.skip("no CJK fonts installed (fonts-arphic-uming/ukai, fonts-wqy-zenhei)")
    manifest = _setup(tmp_path / "project", Case(_manifest(ONE), {"sources/a.txt": "SNIPPET"}))
    speak(monkeypatch, lang)
    folder = tmp_path / "fonts"  # the machine's font folder, as the up-to-date check watches it
    folder.mkdir()
    monkeypatch.setattr(discover, "font_trees", lambda: [folder])
    with monkeypatch.context() as bare:  # a machine with no Chinese TrueType font yet
        bare.setattr(discover, "fontconfig_faces", lambda lang="zh": ())
        assert run(["build", str(manifest), "--format", "pdf"]) == 0
        fallback = {"en": "no TrueType Chinese font found", "zh": "没有找到 TrueType 中文字体"}
        assert fallback[lang] in capsys.readouterr().err
        assert run(["build", str(manifest), "--format", "pdf"]) == 0
        assert {"en": "up to date", "zh": "无需重新生成"}[lang] in capsys.readouterr().err
    pdf = manifest.parent / "build" / "booklet.pdf"
    assert b"STSong-Light" in pdf.read_bytes()
    (folder / "uming.ttc").write_bytes(b"")  # fonts now installed
    assert run(["build", str(manifest), "--format", "pdf"]) == 0
    err = capsys.readouterr().err
    assert {"en": "built in", "zh": "已生成"}[lang] in err
    assert b"STSong-Light" not in pdf.read_bytes() and b"/FontFile2" in pdf.read_bytes()
