"""Helpers for the imposition tests: small labelled PDFs in, sheets read back as a reader would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

from booklet.layout import MM

A5_MM = (148, 210)
A4_MM = (210, 297)


def labelled_pdf(path: Path, count: int, size_mm: tuple[float, float] = A5_MM) -> Path:
    """``count`` pages, page n showing ``P<n>`` centred (Helvetica, not embedded)."""
    width, height = size_mm[0] * MM, size_mm[1] * MM
    canvas = Canvas(str(path), pagesize=(width, height), invariant=1)
    for n in range(1, count + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawCentredString(width / 2, height / 2, f"P{n}")
        canvas.showPage()
    canvas.save()
    return path


@dataclass(frozen=True)
class SheetSide:
    """What one page of the imposed PDF shows: the text in each half, and its boxes."""

    left: str
    right: str
    media: tuple[float, ...]
    trim: tuple[float, ...]
    label_x: dict[str, float]  # text → x of its first character's left edge
    lines: int  # stroked line segments (crop marks)
    images: int


def read_sides(path: Path, first: int = 0, last: int | None = None) -> list[SheetSide]:
    """Pages ``first`` to ``last`` (0-based, inclusive) of an imposed PDF, each half's text."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[first:None if last is None else last + 1]:
            x0, y0, x1, y1 = (float(v) for v in page.trimbox)
            middle = (x0 + x1) / 2
            left = page.crop((0, 0, middle, page.height)).extract_text() or ""
            right = page.crop((middle, 0, page.width, page.height)).extract_text() or ""
            words = page.extract_words()
            media = tuple(float(v) for v in page.mediabox)
            out.append(SheetSide(left.strip(), right.strip(), media, (x0, y0, x1, y1),
                                 {w["text"]: w["x0"] for w in words}, len(page.lines),
                                 len(page.images)))
    return out
