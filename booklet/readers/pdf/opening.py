"""Open a PDF and turn each page into plain glyph tuples; errors as one-line messages.

The layout code downstream works on these small immutable values (``Glyph``, ``PageGlyphs``)
and can be unit-tested without PDFs; ``pdfium`` is the one module that reads them out of a
PDF.  Every failure to open is mapped to a one-line ``InputError`` naming the file.

Bold drawn without a bold font is a fact of the glyph (``heavy``): the outline stroked as well
as filled, a descriptor that says bold, or the same text printed twice a hair apart — PDFium
drops such a copy when it repeats a whole text object (the glyphs under it are marked here),
``rows`` drops the other copies.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from booklet.errors import InputError
from booklet.i18n import _

# A text object PDFium dropped whole covers a kept glyph by 70 % of its width: that glyph was
# printed twice.
OVERPRINT_COVER = 0.7
# PDFium is not thread-safe: one document is read at a time in a process.
_PDFIUM_LOCK = threading.Lock()


class Glyph(NamedTuple):
    """One drawn character; coordinates in pt from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    heavy: bool = False      # drawn bolder than its font: stroked outline, overprinted, bold descriptor


@dataclass(frozen=True, slots=True)
class PageGlyphs:
    """A page's upright glyphs plus what we need of its graphics."""

    number: int                      # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    images: tuple[tuple[float, float, float, float], ...]   # (x0, top, x1, bottom)
    rules: tuple[tuple[float, float, float], ...]           # horizontal rules (x0, x1, y)
    rotated_text: str = ""           # text drawn sideways (watermarks, margin notes)
    overprints: tuple[tuple[float, float, float, float], ...] = ()   # boxes of copies PDFium dropped


def _error_message(exc: BaseException) -> str:
    """A user-facing reason for a PDFium failure to open a document."""
    import pypdfium2.raw as pdfium_c

    if getattr(exc, "err_code", None) in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return _("the PDF is encrypted (password-protected); save an unprotected copy and read that")
    return _("not a readable PDF: the file is corrupt or truncated (--verbose shows the details)")


def without_overprints(page: PageGlyphs) -> PageGlyphs:
    """``page`` with the glyphs that text objects PDFium dropped as copies were printed over
    marked heavy (a copy that reached the reader is dropped with the row: ``rows.overprinted``)."""
    if not page.overprints:
        return page
    glyphs = list(page.glyphs)
    for x0, top, x1, bottom in page.overprints:
        for n, g in enumerate(glyphs):
            cover = min(x1, g.x1) - max(x0, g.x0)
            if cover >= OVERPRINT_COVER * (g.x1 - g.x0) > 0 and top <= (g.top + g.bottom) / 2 <= bottom:
                glyphs[n] = g._replace(heavy=True)
    return replace(page, glyphs=tuple(glyphs), overprints=())


def load_pages(path: Path) -> list[PageGlyphs]:
    """All pages of ``path`` as glyphs; ``InputError`` for encrypted, corrupt or scanned PDFs."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from booklet.readers.pdf.pdfium import PageReader

    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as exc:
            raise InputError(_error_message(exc), path=path) from exc
        try:
            reader = PageReader(pdfium_c)
            pages = []
            for i in range(len(pdf)):
                page = pdf[i]
                try:
                    pages.append(without_overprints(reader.page(page, i + 1)))
                finally:
                    page.close()
        except pdfium.PdfiumError as exc:
            raise InputError(_error_message(exc), path=path) from exc
        finally:
            pdf.close()
    if not pages:
        raise InputError(_("the PDF has no pages"), path=path)
    if all(g.text.isspace() for p in pages for g in p.glyphs):
        raise InputError(_("no text layer: the PDF holds only images (scanned?) and needs OCR "
                           "before booklet can read it"), path=path)
    return pages
