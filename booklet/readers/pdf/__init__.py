"""PDF reader: layout-aware typed lines.

Pipeline: ``opening`` (glyphs and errors; ``pdfium`` reads them out of the PDF) → ``rows``
(lines, raised markers, columns from ``gutters``) → ``furniture`` (running heads and feet,
page numbers: marked) → ``geometry`` (body size, heading sizes, text blocks) → ``roles``
(title/heading/footnote/caption) → ``blocks`` (para_start, bold headings) → ``emit`` (typed
lines with bold and raised runs and boxes).

Line numbers: a PDF has none, so ``RawLine.lineno`` (and the report's line
numbers) are a running 1-based index over all extracted lines in reading order
— page by page, column by column, page furniture included.  Furniture is reported
by the cleaner with its page number (``page 3: — 3 —``).
"""

from __future__ import annotations

from pathlib import Path

from booklet.rawlines import RawLine
from booklet.readers import Extracted
from booklet.readers.pdf.blocks import bold_headings, starts
from booklet.readers.pdf.emit import emit
from booklet.readers.pdf.furniture import find_furniture
from booklet.readers.pdf.geometry import measure
from booklet.readers.pdf.opening import load_pages
from booklet.readers.pdf.roles import assign_roles
from booklet.readers.pdf.rows import PLine, page_lines
from booklet.report import Report

__all__ = ["pdf_lines", "read_pdf"]


def pdf_lines(path: Path, report: Report | None = None) -> list[RawLine]:
    """The PDF's text as typed lines; sideways text (watermarks) goes to ``report``."""
    pages = load_pages(path)
    lines: list[PLine] = []
    for page in pages:
        if page.rotated_text.strip() and report is not None:
            report.removed(len(lines) + 1, f"page {page.number}: {page.rotated_text}", "pdf_rotated")
        lines += page_lines(page)
    for i, line in enumerate(lines, 1):
        line.lineno = i
    heights = {p.number: p.height for p in pages}
    furniture = find_furniture(lines, heights)
    body = [ln for ln in lines if id(ln) not in furniture]
    if not body:
        return []
    geo = measure(body)
    roles = assign_roles(body, geo, {p.number: p for p in pages})
    para = starts(body, roles, geo)
    bold_headings(body, roles, para, geo)
    return emit(lines, roles, para, geo, heights, furniture)


def read_pdf(path: Path) -> Extracted:
    """Read a PDF's text layer into typed lines."""
    report = Report()
    return Extracted(pdf_lines(path, report), report)
