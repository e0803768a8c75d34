"""Lines as a reader hands them to the cleaner, with whatever layout hints it knows.

A plain-text reader fills only ``text`` and ``lineno``; the PDF reader adds page,
position, font size and boldness so the same cleaning rules can use real geometry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawLine:
    """One physical line of extracted text.

    ``text`` may carry the Markdown markup of the cleaned-Markdown contract
    (``# `` headings, ``**bold**``, ``> `` quotes): seed 002 is such a file, and
    the DOCX/HTML readers express headings and bold runs this way too.
    """

    text: str                 # as extracted, line end removed, not stripped
    lineno: int               # 1-based position in the source (reported to users)
    page: int | None = None   # 1-based page number when the reader knows it
    x0: float | None = None   # left edge relative to the page's text block, in pt
    x1: float | None = None   # right edge relative to the page's text block, in pt
    y: float | None = None    # top of the line from the top of the page, in pt
    size: float | None = None  # dominant font size in pt
    bold: bool = False        # all (or nearly all) characters in a bold face
    page_width: float | None = None  # width of the page's text block, in pt
    # Hints from readers that know more than plain text does (PDF, DOCX, HTML):
    para_start: bool | None = None  # True: this line surely begins a paragraph/block
    role: str | None = None   # "title" | "heading" | "footnote" | "caption" | None (unknown)
    level: int | None = None  # heading level when role == "heading"
