"""Which text of a booklet is set in which profile style (shared by the glyph check and the PDF writer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from booklet.model import Booklet, block_text, plain_text
from booklet.present.notes import note_mark
from booklet.present.style import block_style


@dataclass(frozen=True, slots=True)
class TextUse:
    """A piece of text, the style it is set in, and where it is (for reports)."""

    style: str
    text: str
    article: str | None  # article title, or a front-matter name such as "cover"
    block_index: int | None
    block_kind: str


def text_uses(booklet: Booklet) -> Iterator[TextUse]:
    """Every piece of visible text in the booklet with its style."""
    for style, text in (("cover_title", booklet.title), ("cover_subtitle", booklet.subtitle),
                        ("cover_issuer", booklet.issuer), ("cover_date", booklet.date)):
        if text:
            yield TextUse(style, text, "cover", None, style)
    yield from _notice_uses(booklet)
    yield TextUse("toc_title", "目录", "toc", None, "toc_title")
    for part in booklet.parts:
        if part.title:
            yield TextUse("toc_part", part.title, "toc", None, "part")
            yield TextUse("part_title", part.title, part.title, None, "part")
        for article in part.articles:
            yield TextUse("toc_entry", article.title, "toc", None, "toc_entry")
            yield from _article_uses(article)


def _notice_uses(booklet: Booklet) -> Iterator[TextUse]:
    notice = booklet.notice
    if notice is None:
        return
    issuer = notice.issuer or booklet.issuer
    if issuer:
        yield TextUse("notice_masthead", issuer, "notice", None, "masthead")
    if notice.number:
        yield TextUse("notice_number", notice.number, "notice", None, "number")
    yield TextUse("notice_title", notice.title, "notice", None, "title")
    for i, text in enumerate((notice.to, *notice.body, notice.attachment, notice.signature,
                              notice.date)):
        if text:
            yield TextUse("body", text, "notice", i, "body")


def _article_uses(article) -> Iterator[TextUse]:
    title = article.title
    for style, text in (("kicker", article.kicker), ("title", article.title),
                        ("subtitle", article.subtitle), ("author", article.author),
                        ("source_line", article.source_line)):
        if text:
            yield TextUse(style, text, title, None, style)
    for i, block in enumerate(article.blocks):
        yield TextUse(block_style(block), block_text(block), title, i, type(block).__name__)
    for note in article.footnotes:
        # isdecimal, not isdigit: '①' is a digit to Python but no number for int()
        label = note_mark(int(note.label)) if note.label.isdecimal() else note.label
        yield TextUse("footnote", f"{label}{plain_text(note.inlines)}", title, None, "Footnote")
