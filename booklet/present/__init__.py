"""The presentation layer: house style on the model, decided once, before any writer runs.

Between the cleaned model and the writers (DESIGN.md's data flow), ``present``
returns the booklet every print edition shows: sibling headings alike, one
来源 wording (``templates/source_line.j2``), footnote markers paired one-to-one
with their notes, captions without their photo left out, the notice's
salutation with its colon.  ``style`` holds the decisions writers look up
(heading level → style, the section-break mark, the epoch), ``breaks`` where
display text wraps.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from booklet.model import Article, Booklet, Caption, Notice, Part
from booklet.present.house import house_article
from booklet.present.notes import note_mark, number_notes
from booklet.present.source import source_fields, source_line, split_source

__all__ = ["present", "note_mark", "source_fields", "source_line", "split_source"]

KEEP, DROP = "keep", "drop"
CAPTION_CHOICES = (KEEP, DROP)


def present(booklet: Booklet, *, project_dir: Path | None = None, edition: str = "print") -> Booklet:
    """The booklet in house style.  ``edition="print"`` (PDF, DOCX) also pairs and renumbers
    footnotes and leaves out captions unless kept; ``"text"`` (the Markdown edition) keeps
    captions and the notes as printed."""
    parts = tuple(Part(part.title, tuple(_article(a, booklet, project_dir, edition)
                                         for a in part.articles)) for part in booklet.parts)
    notice = _notice(booklet.notice) if booklet.notice else None
    return dataclasses.replace(booklet, parts=parts, notice=notice)


def _article(article: Article, booklet: Booklet, project_dir: Path | None, edition: str) -> Article:
    article = house_article(article)
    line = source_line(article, project_dir)
    article = dataclasses.replace(article, source_line=line, source_at_end=False)
    if edition != "print":
        return article
    if (article.captions or booklet.captions) != KEEP:
        article = dataclasses.replace(
            article, blocks=tuple(b for b in article.blocks if not isinstance(b, Caption)))
    return number_notes(article)


def _notice(notice: Notice) -> Notice:
    """The salutation ends with its colon (各基层党委、党总支、直属党支部：), as GB/T 9704 prints it."""
    to = notice.to
    if to and not to.endswith(("：", ":")):
        to += "："
    return dataclasses.replace(notice, to=to)
