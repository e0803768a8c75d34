"""PDF writer: our own grid layout (clreq line breaking, GB/T 9704 pages) drawn with reportlab.

``paginate`` runs the layout only (the DOCX writer takes its TOC page numbers
from it); ``write_pdf`` lays out and draws, writing atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from booklet.fileio import atomic_path
from booklet.fonts import FontMap
from booklet.layout import Profile
from booklet.model import Booklet
from booklet.writers.pdf.document import Layout, lay_out
from booklet.writers.pdf.draw import draw_pdf

__all__ = ["PdfInfo", "paginate", "write_pdf"]


@dataclass(slots=True)
class PdfInfo:
    """What the layout produced: printed start page per article, page counts, page kinds."""

    article_pages: list[int]
    total_pages: int
    front_pages: int  # cover, notice, TOC (and padding) before the first body page
    page_kinds: list[str] = field(default_factory=list)
    page_numbers: list[int | None] = field(default_factory=list)  # printed number per page
    warnings: list[str] = field(default_factory=list)
    layout: Layout | None = field(default=None, repr=False)  # for ``write_pdf`` to reuse


def paginate(booklet: Booklet, *, profile: Profile, fonts: FontMap,
             progress: Callable[[str], None] | None = None) -> PdfInfo:
    """The PDF layout without writing a file (``progress`` hears how far it got)."""
    return _info(lay_out(booklet, profile, fonts, progress), fonts)


def write_pdf(booklet: Booklet, target: Path, *, profile: Profile, fonts: FontMap,
              layout: Layout | None = None,
              progress: Callable[[str], None] | None = None) -> PdfInfo:
    """Write the (presented) booklet as PDF to ``target`` (atomically, byte-reproducibly);
    ``layout`` is a ``paginate`` result's own layout of the same booklet, to reuse — and
    use up: its drawn pages keep only their kind and number (``draw_pdf``)."""
    layout = layout if isinstance(layout, Layout) else lay_out(booklet, profile, fonts, progress)
    with atomic_path(Path(target)) as tmp:
        draw_pdf(layout, booklet, tmp, progress)
    return _info(layout, fonts)


def _info(layout: Layout, fonts: FontMap) -> PdfInfo:
    pages = layout.pages
    numbers = [p.number for p in pages]
    first = next((i for i, n in enumerate(numbers) if n == 1), len(pages))
    return PdfInfo([pages[i].number or 0 for i in layout.article_starts], len(pages), first,
                   [p.kind for p in pages], numbers, list(fonts.warnings), layout)
