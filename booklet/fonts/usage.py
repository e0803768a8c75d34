"""Which text of a booklet is set in which profile style (shared by the glyph check and the PDF writer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from booklet.model import (Attribution, Block, Booklet, Caption, Heading, Note, Paragraph, Quote,
                           Separator, block_text, plain_text)


def block_style(block: Block) -> str:
    """Profile style name of a block."""
    if isinstance(block, Heading):
        return f"heading{min(max(block.level, 1), 4)}"
    if isinstance(block, Paragraph):
        return "body"
    if isinstance(block, Quote):
        return "quote"
    if isinstance(block, Attribution):
        return "attribution"
    if isinstance(block, Note):
        return "note"
    if isinstance(block, Caption):
        return "caption"
    if isinstance(block, Separator):
        return "body"
    raise TypeError(f"unknown block type {type(block).__name__}")


def source_line(article) -> str | None:
    """The 来源 line as printed: the article's own, else composed from origin and date."""
    if article.source_line:
        return article.source_line
    bits = [b for b in (article.origin, article.date) if b]
    return f"（来源：{'，'.join(bits)}）" if bits else None


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
                        ("source_line", source_line(article))):
        if text:
            yield TextUse(style, text, title, None, style)
    for i, block in enumerate(article.blocks):
        yield TextUse(block_style(block), block_text(block), title, i, type(block).__name__)
    for note in article.footnotes:
        yield TextUse("footnote", f"{note.label} {plain_text(note.inlines)}", title, None, "Footnote")
