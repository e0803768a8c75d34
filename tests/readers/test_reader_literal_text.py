"""Text stays text through every reader, the cleaner and every writer.

A body paragraph that starts with ``# ``, ``> ``, ``- `` or ``1. ``, or holds ``**x**``,
``[^1]`` or ``<b>``, is a paragraph with exactly those characters: through ``booklet clean``
(whose Markdown reads back to the same text) and ``booklet build`` (the Markdown edition
escapes it, the PDF and the DOCX show the characters).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from booklet.model import Paragraph, block_text
from booklet.readers.markdown import parse_markdown
from booklet.sources import load_source
from booklet.writers.markdown import render_document

TITLE = "字面文字测试"
LITERAL = [
    "# 这一段以井号开头，是正文的一部分，不是标题。",
    "> 这一段以大于号开头，也是正文，不是引文；它比别的段落长一些，好让这个文件看起来就是一段一行的普通文本。",
    "这一段含有**x**和[^1]，都是字面的字符，既不加粗也不是脚注。",
    "- 这一段以减号开头，<b>不是HTML</b>，也不是列表。",
    "1. 这一段以数字和点开头，是正文。",
]
ESCAPED = [
    "\\# 这一段以井号开头，是正文的一部分，不是标题。",
    "\\> 这一段以大于号开头，也是正文，不是引文；它比别的段落长一些，好让这个文件看起来就是一段一行的普通文本。",
    "这一段含有\\*\\*x\\*\\*和\\[^1]，都是字面的字符，既不加粗也不是脚注。",
    "\\- 这一段以减号开头，\\<b>不是HTML\\</b>，也不是列表。",
    "1\\. 这一段以数字和点开头，是正文。",
]


def _txt(folder: Path) -> Path:
    path = folder / "literal.txt"
    path.write_text(TITLE + "\n\n" + "\n\n".join(LITERAL) + "\n", encoding="utf-8")
    return path


def _md(folder: Path) -> Path:
    path = folder / "literal.md"
    path.write_text(f"# {TITLE}\n\n" + "\n\n".join(ESCAPED) + "\n", encoding="utf-8")
    return path


def _html(folder: Path) -> Path:
    from html import escape
    path = folder / "literal.html"
    body = "".join(f"<p>{escape(p)}</p>" for p in LITERAL)
    path.write_text(f"<html><body><h1>{TITLE}</h1>{body}</body></html>", encoding="utf-8")
    return path


def _docx(folder: Path) -> Path:
    docx = pytest.importorskip("docx", reason="python-docx not installed")
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for text in LITERAL:
        document.add_paragraph(text)
    path = folder / "literal.docx"
    document.save(str(path))
    return path


def _pdf(folder: Path) -> Path:
    font = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if not font.exists():
        pytest.skip("CJK font fonts-wqy-zenhei not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "LiteralFont" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LiteralFont", str(font), subfontIndex=0))
    path = folder / "literal.pdf"
    page = canvas.Canvas(str(path), pagesize=(595.28, 841.89), invariant=1)
    page.setFont("LiteralFont", 20)
    page.drawString(72, 760, TITLE)
    page.setFont("LiteralFont", 12)
    y = 720.0
    for text in LITERAL:   # each paragraph on two lines, the first set in by two characters
        page.drawString(96, y, text[:16])
        page.drawString(72, y - 18, text[16:])
        y -= 36
    page.save()
    return path


MAKERS = {"txt": _txt, "md": _md, "html": _html, "docx": _docx, "pdf": _pdf}


def _paragraphs(document) -> list[str]:
    return [block_text(b) for a in document.articles for b in a.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_markup_characters_stay_literal_through_clean(kind, tmp_path):
    if kind == "html":
        pytest.importorskip("bs4", reason="beautifulsoup4 not installed")
    result = load_source(MAKERS[kind](tmp_path))
    articles = result.document.articles
    assert [a.title for a in articles] == [TITLE]
    assert _paragraphs(result.document) == LITERAL
    assert not any(getattr(b, "level", None) for b in articles[0].blocks)   # no heading appeared
    text = render_document(result.document)
    for escaped in ESCAPED:
        assert escaped in text
    assert _paragraphs(parse_markdown(text)) == LITERAL


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    pytest.importorskip("bs4", reason="beautifulsoup4 not installed")
    folder = tmp_path_factory.mktemp("literal")
    entries = "".join(f"  - source: {MAKERS[kind](folder).name}\n    title: {TITLE}（{kind}）\n"
                      for kind in sorted(MAKERS))
    entries += f"  - source: {_txt(folder).name}\n    select: {TITLE}\n    title: <script>alert(2)</script>\n"
    (folder / "booklet.yaml").write_text(
        "title: 字面文字 <script>alert(1)</script> 测试\nname: literal\noutputs: [pdf, docx, md]\n"
        f"contents:\n{entries}", encoding="utf-8")
    from booklet.cli import run
    assert run(["build", str(folder / "booklet.yaml"), "-q"]) == 0
    return folder / "build"


def test_markdown_edition_escapes_markup_and_html_and_reads_back(built):
    text = (built / "literal.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(?:script|/script|b>)", text)   # every tag escaped
    assert "\\<script>alert(2)\\</script>" in text
    for escaped in ESCAPED:
        assert text.count(escaped) == len(MAKERS) + 1
    assert _paragraphs(parse_markdown(text)).count(LITERAL[0]) == len(MAKERS) + 1
    assert "<script>alert(2)</script>" in [a.title for a in parse_markdown(text).articles]


def test_docx_shows_the_characters(built):
    xml = zipfile.ZipFile(built / "literal.docx").read("word/document.xml").decode("utf-8")
    from html import escape
    for text in LITERAL:
        assert xml.count(escape(text, quote=False)) == len(MAKERS) + 1


def test_pdf_shows_the_characters(built):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    out = subprocess.run(["pdftotext", str(built / "literal.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    flat = "".join(out.split())
    for text in LITERAL:
        assert flat.count("".join(text.split())) == len(MAKERS) + 1, text
