"""End-to-end: the example project at the repo root builds, and its outputs read right.

The build runs once per session into a temporary folder; the tests read the
PDF (pdfplumber/pypdf) and DOCX (python-docx, zip XML) back as a reader would.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from booklet.build import BuildOptions, build
from booklet.cli import run
from booklet.manifest import iter_entries, load_manifest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_LINE_START = "，。、；：？！）》」』”’"
_PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
_NOISE = re.compile(r"[\s.·…]+")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("example")
    shutil.copy(ROOT / "booklet.yaml", folder / "booklet.yaml")
    shutil.copytree(ROOT / "sources", folder / "sources")
    result = build(folder / "booklet.yaml", BuildOptions())
    return {"folder": folder, "result": result,
            "manifest": load_manifest(folder / "booklet.yaml")}


def _norm(text: str) -> str:
    return _NOISE.sub("", text)


def _pdf_pages(path: Path) -> list[str]:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _printed_number(page_text: str) -> int | None:
    for line in reversed(page_text.splitlines()):
        match = _PAGE_NUMBER.match(line.strip())
        if match:
            return int(match.group(1))
    return None


def _titles(built: dict) -> list[str]:
    return [a.title for p in _booklet_parts(built) for a in p]


def _booklet_parts(built: dict) -> list[list]:
    from booklet.build import assemble_booklet
    from booklet.cache import SourceCache
    from booklet.sources import load_sources

    manifest = built["manifest"]
    loaded = load_sources(manifest, SourceCache(manifest.root / ".booklet-cache"))
    return [list(p.articles) for p in assemble_booklet(manifest, loaded).parts]


def test_build_writes_every_output(built: dict) -> None:
    outputs = built["result"].outputs
    assert set(outputs) == {"pdf", "docx", "md", "html"}
    for path in outputs.values():
        assert path.is_file() and path.stat().st_size > 1000


def test_booklet_has_the_nine_articles_then_further_reading(built: dict) -> None:
    parts = _booklet_parts(built)
    entries = iter_entries(built["manifest"])
    assert sum(len(p) for p in parts) == len(entries)
    assert len(parts[0]) == 9
    assert parts[0][0].title.startswith("习近平在加强基础研究座谈会上强调")
    assert parts[0][8].title.startswith("坚持不懈，提升我国原始创新能力")


def test_toc_page_numbers_equal_the_pages_where_titles_are_printed(built: dict) -> None:
    pages = _pdf_pages(built["result"].outputs["pdf"])
    first_body = next(i for i, text in enumerate(pages) if _printed_number(text) == 1)
    toc = _norm("".join(pages[:first_body]))
    for title in _titles(built):
        key = _norm(title)
        match = re.search(re.escape(key) + r"(\d+)", toc)
        assert match, f"TOC has no entry with a page number for {title}"
        listed = int(match.group(1))
        printed_on = [_printed_number(pages[i]) for i in range(first_body, len(pages))
                      if _norm(pages[i]).startswith(key[:10])
                      or key[:14] in _norm(pages[i])[:200]]
        assert listed in printed_on, f"{title}: TOC says {listed}, title printed on {printed_on}"


def test_pdf_outline_has_one_entry_per_article(built: dict) -> None:
    import pypdf
    reader = pypdf.PdfReader(str(built["result"].outputs["pdf"]))

    def flatten(items: list) -> list:
        out = []
        for item in items:
            out.extend(flatten(item) if isinstance(item, list) else [item])
        return out

    titles = {_norm(t) for t in _titles(built)}
    outline = [_norm(o.title) for o in flatten(reader.outline)]
    assert titles <= set(outline)
    assert sum(1 for o in outline if o in titles) == len(_titles(built))
    assert reader.metadata.title == built["manifest"].title


def test_no_pdf_line_starts_with_closing_punctuation(built: dict) -> None:
    bad = [line for text in _pdf_pages(built["result"].outputs["pdf"])
           for line in text.splitlines() if line.strip()[:1] in FORBIDDEN_LINE_START]
    assert bad == []


def test_docx_has_headings_toc_field_fonts_and_page_field(built: dict) -> None:
    import docx
    path = built["result"].outputs["docx"]
    document = docx.Document(str(path))
    # article titles: Heading 1, or a style based on it that maps to another TOC level
    heading1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1" or (
        p.style.base_style is not None and p.style.base_style.name == "Heading 1")]
    assert len(heading1) == len(_titles(built))
    with zipfile.ZipFile(path) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
        styles = zf.read("word/styles.xml").decode("utf-8")
        footers = "".join(zf.read(n).decode("utf-8") for n in zf.namelist()
                          if n.startswith("word/footer"))
        settings = zf.read("word/settings.xml").decode("utf-8")
    # Article titles (Heading 1) are collected; parts, when titled, through \t.
    assert re.search(r'TOC (\\o "1-\d"|\\h)', body) and "\\h \\z" in body
    assert "w:updateFields" in settings
    assert 'w:eastAsia="' in styles and "asciiTheme" not in styles
    assert "PAGE" in footers


def test_markdown_edition_is_readable_back(built: dict) -> None:
    text = built["result"].outputs["md"].read_text(encoding="utf-8")
    for title in _titles(built):
        assert f"# {title}" in text


def test_second_build_is_a_no_op_and_clean_reads_seed_000(built: dict, capsys) -> None:
    again = build(built["folder"] / "booklet.yaml", BuildOptions())
    assert again.up_to_date
    assert run(["clean", str(built["folder"] / "sources" / "000_fd4eaa529b77abe0.txt")]) == 0
    out = capsys.readouterr().out
    assert out.count("材料") >= 3
    assert "主题教育学习资料" not in out
    assert not re.search(r"^\s*\d{1,3}\s*$", out, re.MULTILINE)
