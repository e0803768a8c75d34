"""The contents page: 目录 title and a TOC field prefilled with rows.

Word only offers to update a TOC on open and LibreOffice never does so
headless, so each row is written as Word itself would write it — a hyperlink
to the heading's bookmark, the title, a dot-leader tab and a ``PAGEREF``
field whose cached result is the page from our own pagination.  Rows carry no
manual line breaks: each entry's TOC level style has the right indent at which
the word processor wraps it where words end (``present.toc``), before an update
and after one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from booklet.model import Booklet
from booklet.writers.docx.fields import field_begin, field_end, pageref_field
from booklet.writers.docx.toclevels import TocPlan
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


def toc_rows(booklet: Booklet, toc_pages: Sequence[int] | None, plan: TocPlan) -> list[TocRow]:
    """Rows in reading order; parts with a title become level-1 group rows; each article's
    level is its entry shape's (``TocPlan``), its text the entry's lines run together."""
    rows: list[TocRow] = []
    index = 0
    for part_index, part in enumerate(booklet.parts):
        if part.title and part.articles:  # a group row: no page number (TOC \n "1-1")
            rows.append(TocRow(1, part.title, part_bookmark(part_index), None, group=True))
        for article in part.articles:
            page = toc_pages[index] if toc_pages is not None else None
            entry = plan.entries[index]
            rows.append(TocRow(plan.level(entry.shape), " ".join(entry.lines),
                               article_bookmark(index), page))
            index += 1
    return rows


def toc_paragraphs(booklet: Booklet, metrics: Metrics, toc_pages: Sequence[int] | None,
                   plan: TocPlan, *, sect_pr: str) -> list[str]:
    """目录 title and the field; ``sect_pr`` closes the front-matter section on the last row."""
    out = [paragraph(ppr(style="TOCHeading", page_break_before=True,
                         spacing={"after": metrics.lines(1)}), run(TOC_TITLE))]
    rows = toc_rows(booklet, toc_pages, plan)
    begin = field_begin(plan.instruction())
    if not rows:
        out.append(paragraph(ppr(style="TOC1", sect_pr=sect_pr), begin + field_end()))
        return out
    for i, row in enumerate(rows):
        last = i == len(rows) - 1
        content = (begin if i == 0 else "") + _row_content(row, row.text) \
            + (field_end() if last else "")
        keep = row.group and not last  # a part row stays with its first entry
        gap = {"before": metrics.lines(1)} if row.group and i else None  # as in the PDF
        out.append(paragraph(ppr(style=f"TOC{row.level}", keep_next=keep, spacing=gap,
                                 sect_pr=sect_pr if last else ""), content))
    return out


def _row_content(row: TocRow, text: str) -> str:
    """Hyperlinked title, tab and page reference, as Word writes them."""
    inner = run(text)
    if row.page is not None:
        inner += "<w:r><w:tab/></w:r>" + pageref_field(row.bookmark, str(row.page))
    return f'<w:hyperlink w:anchor="{esc(row.bookmark)}" w:history="1">{inner}</w:hyperlink>'
