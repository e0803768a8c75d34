"""Open a PDF with pdfplumber and turn each page into plain glyph tuples.

This is the only module that touches pdfplumber objects, so the layout code
downstream works on small immutable values and can be unit-tested without PDFs.
Every failure to open is mapped to a one-line ``InputError`` naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from booklet.errors import InputError
from booklet.i18n import _

# A horizontal rule (a footnote separator, a 红头 line): thinner than 2 pt, longer than 20 pt.
RULE_MAX_THICKNESS_PT = 2
RULE_MIN_LENGTH_PT = 20


class Glyph(NamedTuple):
    """One drawn character; coordinates in pt from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str


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


def _error_message(exc: BaseException) -> str:
    """A user-facing reason for a pdfminer failure."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    name = type(inner).__name__
    if "Password" in name or "Encryption" in name:
        return _("the PDF is encrypted (password-protected); save an unprotected copy and read that")
    return _("not a readable PDF: the file is corrupt or truncated (--verbose shows the details)")


def _page_glyphs(page, number: int) -> PageGlyphs:
    """Copy what the layout code needs out of one pdfplumber page."""
    glyphs: list[Glyph] = []
    rotated: list[str] = []
    for ch in page.chars:
        if not ch.get("upright", True):
            rotated.append(ch["text"])
            continue
        glyphs.append(Glyph(ch["text"], ch["x0"], ch["x1"], ch["top"], ch["bottom"],
                            round(ch["size"], 1), ch["fontname"]))
    images = tuple((im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.images)
    rules = tuple((ln["x0"], ln["x1"], ln["top"]) for ln in page.lines
                  if abs(ln["top"] - ln["bottom"]) < RULE_MAX_THICKNESS_PT and ln["x1"] - ln["x0"] > RULE_MIN_LENGTH_PT)
    rules += tuple((r["x0"], r["x1"], r["top"]) for r in page.rects
                   if r["bottom"] - r["top"] < RULE_MAX_THICKNESS_PT and r["x1"] - r["x0"] > RULE_MIN_LENGTH_PT)
    return PageGlyphs(number, float(page.width), float(page.height), tuple(glyphs), images,
                      rules, "".join(rotated))


def load_pages(path: Path) -> list[PageGlyphs]:
    """All pages of ``path`` as glyphs; ``InputError`` for encrypted, corrupt or scanned PDFs."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(path) as pdf:
            pages = [_page_glyphs(page, i) for i, page in enumerate(pdf.pages, 1)]
    except PdfminerException as exc:
        raise InputError(_error_message(exc), path=path) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        # pdfminer raises plain errors on some malformed object streams.
        raise InputError(_("not a readable PDF: the file is corrupt or truncated (--verbose shows "
                           "the details)"), path=path) from exc
    if not pages:
        raise InputError(_("the PDF has no pages"), path=path)
    if sum(1 for p in pages for g in p.glyphs if not g.text.isspace()) == 0:
        raise InputError(_("no text layer: the PDF holds only images (scanned?) and needs OCR "
                           "before booklet can read it"), path=path)
    return pages
