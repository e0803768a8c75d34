"""Typed lines: what every reader hands to the cleaner.

A ``RawLine`` is one physical line of a source.  Its ``text`` is always the literal
text — a line that starts with ``# `` or holds ``**`` means exactly those characters.
Structure the reader knows travels in fields: ``role`` and ``level`` (a heading, a
footnote, a caption …), ``runs`` (bold/italic/superscript stretches), ``page``,
``para_start`` and, from a PDF, the line's ``box`` (position and size on the page).
Only the ``.md`` reader and the Markdown-flavoured ``.txt`` path parse Markdown syntax;
they turn it into these fields, never leave it in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a reader knows a line to be; ``None`` on a line means body text or unknown."""

    TITLE = "title"          # an article title (DOCX Title style, <h1>, the PDF's largest size)
    HEADING = "heading"      # a heading inside an article, with ``level``
    QUOTE = "quote"          # a quotation set off from the body (Markdown ``> ``)
    CAPTION = "caption"      # a photo or figure caption
    FOOTNOTE = "footnote"    # a footnote body (DOCX footnotes, small type at a PDF page foot)
    SEPARATOR = "separator"  # a section break (Markdown ``---``); its text is empty
    FURNITURE = "furniture"  # in a page's header/footer band: a page number or a running head


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a line's text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False        # superscript (a note reference in DOCX/HTML)


@dataclass(frozen=True, slots=True)
class Box:
    """Where a PDF line stands, in pt: x relative to its text block, y from the page top."""

    x0: float
    x1: float
    y: float
    size: float              # dominant font size
    block_width: float       # width of the text block (column) the line stands in
    page_height: float = 0.0


@dataclass(frozen=True, slots=True)
class RawLine:
    """One physical line as read: literal text plus what the reader knows about it."""

    text: str                       # as read, line end removed, not stripped; never markup
    lineno: int                     # 1-based position in the source (reported to users)
    page: int | None = None         # 1-based page number when the reader knows it
    role: Role | None = None
    level: int | None = None        # heading level when role is HEADING (1 = highest)
    para_start: bool | None = None  # True: surely begins a block; False: surely continues one
    runs: tuple[Run, ...] = ()      # styled stretches, joined == text; () when all plain
    box: Box | None = None          # geometry, from PDFs
    hard_break: bool = False        # the line break after this line is kept inside its block
    gutter_cut: bool = False        # a column's part of a wider row, cut at the page's gutter (``columns``)

    @property
    def bold(self) -> bool:
        """Every visible character is bold."""
        return bool(self.runs) and all(r.bold for r in self.runs if r.text.strip())


def plain_runs(runs: tuple[Run, ...]) -> bool:
    """No run carries a style (such runs are stored as ``()``)."""
    return not any(r.bold or r.italic or r.sup for r in runs)


def styled(text_runs: list[tuple[str, bool]]) -> tuple[Run, ...]:
    """Runs from (text, bold) pieces, neighbours of the same style merged; () when none is bold."""
    out: list[Run] = []
    for text, bold in text_runs:
        if not text:
            continue
        if out and out[-1].bold == bold:
            out[-1] = Run(out[-1].text + text, bold)
        else:
            out.append(Run(text, bold))
    return tuple(out) if any(r.bold for r in out) else ()
