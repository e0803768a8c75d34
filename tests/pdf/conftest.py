"""Fixtures for the PDF tests: seed 002 (the study issue we must reproduce) as a Booklet.

Until the Markdown reader lands, a small parser here turns the seed's Markdown
into model objects; it only needs to be good enough to exercise the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from booklet.model import (Article, Attribution, Bold, Booklet, Heading, Note, Notice, Paragraph,
                           Part, Text)

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "sources").glob("002_*.txt"))
FINAL = tuple("。！？：；”）)…")
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff“”，、])[ \t]+(?=[\u4e00-\u9fff“”])")


def _paras(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, re-joining ones the extraction split mid-sentence."""
    text = "\n".join(lines)
    out: list[str] = []
    for raw in re.split(r"\n\s*\n", text):
        para = raw.replace("  \n", "").replace("\n", "").strip()
        if not para:
            continue
        if out and not out[-1].startswith(("#", "**★", "——")) and not out[-1].endswith(FINAL) \
                and not para.startswith(("#", "**", "——", "※")):
            out[-1] += para
        else:
            out.append(para)
    return out


def _inlines(text: str):
    parts = re.split(r"\*\*(.+?)\*\*", text)
    out = []
    for i, part in enumerate(parts):
        if part:
            out.append(Bold(part) if i % 2 else Text(part))
    return tuple(out)


def _block(para: str):
    if para.startswith("#"):
        level = len(para) - len(para.lstrip("#"))
        return Heading(max(level - 1, 1), (Text(para.lstrip("# ").replace("**", "")),))
    if para.startswith("**★") and para.endswith("**"):
        return Heading(2, (Text(para.strip("*")),))
    if para.startswith("——"):
        return Attribution(para)
    if para.startswith("※"):
        return Note((Text(para),))
    return Paragraph(_inlines(para))


def seed_booklet(**kw) -> Booklet:
    """Seed 002 as a Booklet: notice, cover data, nine articles (titles from its TOC)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    heads = [i for i, line in enumerate(lines) if line.startswith("# ")]
    toc_at = next(i for i in heads if lines[i] == "# 目录")
    titles = [re.sub(r"\s*\.{3,}\s*\d+\s*$", "", l) for l in lines[toc_at + 1:heads[heads.index(toc_at) + 1]]
              if l.strip()]
    notice_paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[heads[0] + 1:heads[1]])) if p.strip()]
    signature, date = notice_paras[5].strip().split("  \n")
    notice_paras = [p.replace("  \n", "").strip() for p in notice_paras]
    notice = Notice(title=CJK_GAP.sub("", notice_paras[1].lstrip("# ")), number=notice_paras[0],
                    to=notice_paras[2], body=(notice_paras[3],),
                    attachment=CJK_GAP.sub("", notice_paras[4].removeprefix("附件：")),
                    signature=signature, date=date, issuer=lines[heads[0]][2:])
    starts = [i for i in heads if i > toc_at]
    articles = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        paras = _paras(lines[start + 1:end])
        src = paras.pop(0) if paras and paras[0].lstrip("(（").startswith("来源") else None
        blocks = tuple(_block(p) for p in paras)
        articles.append(Article(title=titles[n], blocks=blocks, source_line=src))
    return Booklet(title=lines[heads[1]][2:], parts=(Part(None, tuple(articles)),),
                   issuer="党委宣传部", date="2026年5月", notice=notice, **kw)


@pytest.fixture(scope="session")
def seed_booklet_factory():
    """``seed_booklet`` itself, for tests that need variants (another layout, options)."""
    return seed_booklet


@pytest.fixture(scope="session")
def seed() -> Booklet:
    """Seed 002 as a Booklet."""
    return seed_booklet()


# ------------------------------------------------------------ reading PDFs ---


@dataclass
class Row:
    """One printed line read back from a PDF page."""

    page: int
    top: float  # baseline, measured from the top of the page
    x0: float
    size: float
    font: str
    text: str

    def cells(self, latin=None) -> float:
        """Width in grid cells: CJK characters count 1, ASCII by ``latin(ch)`` (its advance in
        the Latin face, in cells), else ½.  Counted from the characters, not measured: pdfminer
        drops the character spacing after the last glyph of each text string, so its positions
        drift wherever a line switches font subset."""
        return sum((latin(c) if latin else 0.5) if ord(c) < 0x80 else
                   0.5 if ord(c) < 0x2000 and c != "—" and c != "…" else 1.0 for c in self.text)


def read_rows(path: Path) -> list[list[Row]]:
    """Rows of characters per page (grouped by baseline), in reading order."""
    import pdfplumber

    pages: list[list[Row]] = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            groups: dict[float, list[dict]] = {}
            for ch in page.chars:  # group by baseline (the text matrix), not by glyph box
                groups.setdefault(round(page.height - ch["matrix"][5], 1), []).append(ch)
            rows = []
            for base, chars in sorted(groups.items()):
                chars.sort(key=lambda c: c["x0"])
                main = max(chars, key=lambda c: c["size"])
                rows.append(Row(number, base, chars[0]["x0"], round(main["size"], 1),
                                main["fontname"].split("+")[-1], "".join(c["text"] for c in chars)))
            pages.append(rows)
    return pages


@pytest.fixture(scope="session")
def pdf_rows():
    """``read_rows`` for test modules (conftest is not importable under --import-mode=importlib)."""
    return read_rows


@pytest.fixture(scope="session")
def fonts_or_skip():
    """The resolved font map; skip when no TrueType CJK font is installed."""
    from booklet.fonts import resolve_fonts
    from booklet.fonts.discover import fontconfig_faces
    from booklet.layout import load_profile

    if not any(f.truetype for f in fontconfig_faces()):
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-arphic-uming "
                    "fonts-arphic-ukai fonts-wqy-zenhei)")
    return resolve_fonts(load_profile("gongwen"))


@pytest.fixture(scope="session")
def latin_cells(fonts_or_skip):
    """``latin_cells(profile)``: ASCII character → its width in body grid cells when set in the
    Latin face (what ``Row.cells`` counts it as)."""
    from booklet.fonts.load import load_metrics

    face = fonts_or_skip.latin()
    metrics = load_metrics(face.path, face.index) if face is not None else None

    def for_profile(profile):
        ratio = profile.body.size_pt / profile.char_pitch_pt
        return lambda ch: (metrics.advance(ch) if metrics else 0.5) * ratio

    return for_profile


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory, seed, fonts_or_skip):
    """Seed 002 written as PDF in the gongwen profile: (path, PdfInfo, rows per page)."""
    from booklet.layout import load_profile
    from booklet.writers.pdf import write_pdf

    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    info = write_pdf(seed, path, profile=load_profile("gongwen"), fonts=fonts_or_skip)
    return path, info, read_rows(path)
