"""The DOCX as LibreOffice lays it out (soffice --convert-to pdf), read back with pdfplumber.

LibreOffice never updates a TOC field headless, so what it prints is our
cached rows; its pagination should hold the same 22 × 28 grid as the PDF.
"""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from booklet.layout import load_profile

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def converted(seed_docx, tmp_path_factory) -> Path:
    """The seed DOCX converted to PDF by LibreOffice."""
    out = tmp_path_factory.mktemp("lo")
    profile_dir = out / "profile"  # a private user profile: no clash with a running soffice
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile_dir}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(seed_docx)],
                   check=True, capture_output=True, timeout=180)
    return out / (seed_docx.stem + ".pdf")


def _lines(page) -> list[str]:
    return [line["text"].replace(" ", "") for line in page.extract_text_lines()]


def test_toc_page_shows_every_title_with_its_page_number(converted, seed):
    booklet, pages = seed
    with pdfplumber.open(converted) as pdf:
        start = next(i for i, p in enumerate(pdf.pages) if _lines(p)[:1] == ["目录"])
        text = ""
        for page in pdf.pages[start:]:  # the TOC may run over a page; body pages carry — N —
            lines = _lines(page)
            if page is not pdf.pages[start] and lines and lines[-1].startswith("—"):
                break
            text += "".join(lines)
    for page in pages:
        assert f"..{page}" in text.replace("…", "..")


def test_body_pages_hold_22_lines_of_28_characters(converted):
    heights: collections.Counter[int] = collections.Counter()
    widths: collections.Counter[int] = collections.Counter()
    pitches: collections.Counter[float] = collections.Counter()
    with pdfplumber.open(converted) as pdf:
        for page in pdf.pages:
            lines = page.extract_text_lines()
            if not lines or not lines[-1]["text"].startswith("—"):
                continue  # front matter
            lines = lines[:-1]  # the page number
            widths.update(len(line["text"].replace(" ", "")) for line in lines)
            heights[len(lines)] += 1
            tops = [line["top"] for line in lines]
            pitches.update(round(b - a, 1) for a, b in zip(tops, tops[1:]))
    # Shorter pages end an article, keep a heading with its text or a quotation
    # with its source, or avoid a widow/orphan; none holds more than 22 lines.
    assert max(heights) == 22
    assert heights[22] + heights[21] >= sum(heights.values()) / 2
    assert pitches.most_common(1)[0][0] == pytest.approx(579 / 20, abs=0.1)
    assert widths.most_common(1)[0][0] == 28


def test_first_article_page_is_numbered_1_and_front_matter_is_not(converted, seed):
    booklet, _ = seed
    first_title = booklet.articles[0].title.replace(" ", "")[:10]
    with pdfplumber.open(converted) as pdf:
        texts = ["".join(_lines(p)) for p in pdf.pages]
    start = next(i for i, t in enumerate(texts) if t.startswith(first_title))
    assert texts[start].endswith("—1—")
    assert texts[start + 1].endswith("—2—")
    for text in texts[:start]:
        assert "—" not in text[-4:]


def _printed_start_pages(pdf_path: Path, titles: list[str]) -> list[int | None]:
    """The printed page number of the page on which each title first heads the text."""
    found: dict[str, int] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            text = "".join(_lines(page))
            number = re.search(r"—(\d+)—$", text)
            if not number:
                continue
            for title in titles:
                if title not in found and title[:10] in text[:60]:
                    found[title] = int(number.group(1))
    return [found.get(title) for title in titles]


def test_libreoffice_paginates_like_the_pdf_writer(converted, seed):
    """Same grid, same keeps: articles start on the pages the PDF's TOC prints (±1)."""
    import booklet.fonts as fonts
    import booklet.writers.pdf as pdf_writer
    booklet, _ = seed
    profile = load_profile("gongwen")
    expected = pdf_writer.paginate(booklet, profile=profile,
                                   fonts=fonts.resolve_fonts(profile)).article_pages
    titles = [a.title.replace(" ", "") for a in booklet.articles]
    actual = _printed_start_pages(converted, titles)
    assert None not in actual
    assert all(abs(a - e) <= 1 for a, e in zip(actual, expected)), (actual, expected)
