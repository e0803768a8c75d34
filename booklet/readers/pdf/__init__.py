"""PDF reader: layout-aware lines with hints, handed to the cleaner.

Pipeline: ``opening`` (pdfplumber → glyphs, errors) → ``rows`` (lines, columns)
→ ``furniture`` (running headers, page numbers) → ``geometry`` (body size, text
blocks) → ``roles`` (title/heading/footnote/caption) → ``blocks`` (para_start)
→ ``emit`` (markup, RawLines).

Line numbers: a PDF has none, so ``RawLine.lineno`` (and the report's line
numbers) are a running 1-based index over all extracted lines in reading order
— page by page, column by column, page furniture included.  Removed furniture
is reported with its page number in the text (``page 3: — 3 —``).
"""

from __future__ import annotations

from pathlib import Path

from booklet.rawlines import RawLine
from booklet.readers import ReadOptions, ReadResult
from booklet.readers.pdf.blocks import bold_headings, starts
from booklet.readers.pdf.emit import emit, markup
from booklet.readers.pdf.furniture import drop_furniture
from booklet.readers.pdf.geometry import measure
from booklet.readers.pdf.opening import load_pages
from booklet.readers.pdf.roles import assign_roles
from booklet.readers.pdf.rows import page_lines
from booklet.report import Report

__all__ = ["pdf_lines", "read_pdf"]


def pdf_lines(path: Path, report: Report) -> list[RawLine]:
    """The PDF's text as hinted RawLines; furniture and sideways text go to ``report``."""
    pages = load_pages(path)
    lines = []
    for page in pages:
        if page.rotated_text.strip():
            report.removed(len(lines) + 1, f"page {page.number}: {page.rotated_text}", "pdf_rotated")
        lines += page_lines(page)
    for i, line in enumerate(lines, 1):
        line.lineno = i
    lines = drop_furniture(lines, {p.number: p.height for p in pages}, report)
    if not lines:
        return []
    geo = measure(lines)
    roles = assign_roles(lines, geo, {p.number: p for p in pages})
    para = starts(lines, roles, geo)
    bold_headings(lines, roles, para, geo)
    return emit(lines, markup(lines, roles, para, geo), roles, para, geo)


def read_pdf(path: Path, options: ReadOptions) -> ReadResult:
    """Read a PDF's text layer into a ``Document`` via the cleaner."""
    from booklet.clean import clean_lines

    report = Report()
    lines = pdf_lines(path, report)
    document = clean_lines(lines, report, rules=options.rules, source=path)
    return ReadResult(document, report)
