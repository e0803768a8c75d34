"""The PDF reader recovers blocks, headings and footnotes and drops furniture, across layouts.

PDFs are drawn from the gold Markdown with plain reportlab (reader_pdfgen), so
the gold is exactly what was typeset; paragraphs are assembled from the
reader's hints alone, so these tests do not depend on the cleaner.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booklet.readers.pdf import pdf_lines
from booklet.rawlines import Role
from booklet.report import Report

LAYOUTS = {
    "indent_header_pagenum": dict(header="京津冀科技成果转化研究报告", page_numbers="dash"),
    "noindent_spaced": dict(indent=False, para_space=0.6, page_numbers="plain"),
    "two_columns": dict(columns=2, page_numbers="dash", header="学习资料汇编"),
    "big_title_16pt": dict(size=16, title_size=26, heading_size=18, margin=80,
                           page_numbers="dash"),
}
DOCS = ["real_004_chapter1", "real_000_cailiao1", "real_001_news"]


def _make(pdfgen, gold_text, tmp_path_factory, doc: str, layout: str) -> tuple[Path, str]:
    gold = gold_text(doc)
    path = tmp_path_factory.mktemp("pdf") / f"{doc}__{layout}.pdf"
    pdfgen.make_pdf(gold, path, pdfgen.Layout(**LAYOUTS[layout]))
    return path, gold


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("doc", DOCS)
def test_reader_pdf_hints_recover_blocks(pdfgen, assembler, gold_text, tmp_path_factory, doc, layout):
    path, gold = _make(pdfgen, gold_text, tmp_path_factory, doc, layout)
    report = Report()
    lines = pdf_lines(path, report)
    metrics = assembler.boundary_f1(assembler.assemble(lines), gold)
    assert metrics["f1"] >= 0.99, metrics
    assert metrics["extra"] <= 10, metrics        # no page numbers or headers left in the text
    assert metrics["missing"] <= 10, metrics


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_reader_pdf_marks_furniture_and_the_cleaner_reports_its_pages(pdfgen, gold_text, tmp_path_factory,
                                                                     layout):
    from booklet.sources import load_source
    path, _ = _make(pdfgen, gold_text, tmp_path_factory, "real_004_chapter1", layout)
    lines = pdf_lines(path, Report())
    text_lines = [line for line in lines if line.role is not Role.FURNITURE]
    header = LAYOUTS[layout].get("header")
    assert not any(header and header in line.text for line in text_lines)
    assert not any(re.fullmatch(r"(— )?\d+( —)?", line.text) for line in text_lines)
    pages = {line.page for line in lines}
    marked = [line for line in lines if line.role is Role.FURNITURE]
    assert len(marked) >= len(pages) * (2 if header else 1)
    removed = [r for r in load_source(path).report.removals if r.rule == "strip_furniture"]
    assert len(removed) >= len(marked) and all(r.where.startswith("page ") for r in removed[:len(marked)])


def test_reader_pdf_footnotes_marked_and_kept_after_their_paragraph(pdfgen, gold_text,
                                                                    tmp_path_factory):
    path, gold = _make(pdfgen, gold_text, tmp_path_factory, "real_004_chapter1",
                       "indent_header_pagenum")
    lines = pdf_lines(path, Report())
    starts = [ln.text for ln in lines if ln.role is Role.FOOTNOTE and ln.para_start]
    expected = [b for b in gold.split("\n\n") if b.strip()[:1] in "①②③④⑤"]
    assert len(starts) == len(expected)
    assert all(t[0] in "①②③④⑤" for t in starts)
    # a body line never directly follows a footnote line unless it starts a block
    for prev, cur in zip(lines, lines[1:]):
        if prev.role is Role.FOOTNOTE and cur.role is None:
            assert cur.para_start is True


def test_reader_pdf_title_and_headings_from_sizes(pdfgen, gold_text, tmp_path_factory):
    path, _ = _make(pdfgen, gold_text, tmp_path_factory, "real_004_chapter1", "big_title_16pt")
    lines = pdf_lines(path, Report())
    titles = [ln.text for ln in lines if ln.role is Role.TITLE]
    headings = [ln.text for ln in lines if ln.role is Role.HEADING]
    assert titles == ["第1章 科技成果转化概述"]
    assert "1.1 研究背景" in headings
    assert all(ln.level == 1 for ln in lines if ln.role is Role.HEADING)


def test_reader_pdf_page_break_inside_paragraph_is_rejoinable(pdfgen, gold_text, tmp_path_factory):
    path, _ = _make(pdfgen, gold_text, tmp_path_factory, "real_004_chapter1",
                    "indent_header_pagenum")
    lines = pdf_lines(path, Report())
    firsts = {}
    for line in lines:
        if line.role is None:
            firsts.setdefault(line.page, line)
    continued = [ln for ln in firsts.values() if ln.page > 1 and ln.box.x0 < 1]
    assert continued, "fixture should break a paragraph across pages"
    assert all(ln.para_start is False for ln in continued)


def test_reader_pdf_two_columns_read_column_by_column(pdfgen, gold_text, tmp_path_factory):
    path, gold = _make(pdfgen, gold_text, tmp_path_factory, "real_000_cailiao1", "two_columns")
    lines = pdf_lines(path, Report())
    page1 = "".join(ln.text for ln in lines if ln.page == 1 and ln.role is None)
    assert len(page1) > 500
    # interleaved columns would break the page's text apart
    assert page1 in re.sub(r"\s+", "", gold)
