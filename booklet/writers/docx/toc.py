"""The contents page: 目录 title and a TOC field prefilled with rows.

Word only offers to update a TOC on open and LibreOffice never does so
headless, so each row is written as Word itself would write it — a hyperlink
to the heading's bookmark, the title, a dot-leader tab and a ``PAGEREF``
field whose cached result is the page from our own pagination.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from booklet.model import Booklet
from booklet.present.breaks import toc_lines
from booklet.writers.docx.fields import field_begin, field_end, pageref_field, toc_instruction
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.ooxml import esc
from booklet.writers.docx.props import paragraph, ppr, run

TOC_TITLE = "目录"


@dataclass(frozen=True, slots=True)
class TocRow:
    """One cached TOC row: level (1/2), text, target bookmark, printed page or None;
    ``group``: a part's row, which heads the entries after it."""

    level: int
    text: str
    bookmark: str
    page: int | None
    group: bool = False


def article_bookmark(index: int) -> str:
    """Bookmark on the title of ``booklet.articles[index]`` (Word's ``_Toc`` naming)."""
    return f"_Toc1{index:08d}"


def part_bookmark(index: int) -> str:
    """Bookmark on the title of ``booklet.parts[index]``."""
    return f"_Toc2{index:08d}"


def toc_rows(booklet: Booklet, toc_pages: Sequence[int] | None) -> list[TocRow]:
    """Rows in reading order; parts with a title become level-1 group rows."""
    grouped = any(part.title for part in booklet.parts)
    rows: list[TocRow] = []
    index = 0
    for part_index, part in enumerate(booklet.parts):
        if part.title and part.articles:  # a group row: no page number (TOC \n "1-1")
            rows.append(TocRow(1, part.title, part_bookmark(part_index), None, group=True))
        for article in part.articles:
            page = toc_pages[index] if toc_pages is not None else None
            rows.append(TocRow(2 if grouped else 1, article.title, article_bookmark(index), page))
            index += 1
    return rows


def toc_paragraphs(booklet: Booklet, metrics: Metrics, toc_pages: Sequence[int] | None,
                   *, sect_pr: str, profile=None) -> list[str]:
    """目录 title and the field; ``sect_pr`` closes the front-matter section on the last row."""
    grouped = any(part.title for part in booklet.parts)
    out = [paragraph(ppr(style="TOCHeading", page_break_before=True,
                         spacing={"after": metrics.lines(1)}), run(TOC_TITLE))]
    rows = toc_rows(booklet, toc_pages)
    begin = field_begin(toc_instruction(grouped))
    if not rows:
        out.append(paragraph(ppr(style="TOC1", sect_pr=sect_pr), begin + field_end()))
        return out
    for i, row in enumerate(rows):
        last = i == len(rows) - 1
        text = row.text if row.group else _wrapped(row.text, metrics, profile)
        content = (begin if i == 0 else "") + _row_content(row, text) + (field_end() if last else "")
        keep = row.group and not last  # a part row stays with its first entry
        gap = {"before": metrics.lines(1)} if row.group and i else None  # as in the PDF
        out.append(paragraph(ppr(style=f"TOC{row.level}", keep_next=keep, spacing=gap,
                                 jc="left" if "\n" in text else None,
                                 sect_pr=sect_pr if last else ""), content))
    return out


def _wrapped(title: str, metrics: Metrics, profile) -> str:
    """The entry with line breaks where the PDF's TOC wraps it (``present.breaks.toc_lines``:
    at words, not inside one as Word would); ragged lines, so the row is not justified."""
    if profile is None:
        return title
    return "\n".join(toc_lines(profile, title))


def _row_content(row: TocRow, text: str) -> str:
    """Hyperlinked title, tab and page reference, as Word writes them."""
    inner = run(text)
    if row.page is not None:
        inner += "<w:r><w:tab/></w:r>" + pageref_field(row.bookmark, str(row.page))
    return f'<w:hyperlink w:anchor="{esc(row.bookmark)}" w:history="1">{inner}</w:hyperlink>'
