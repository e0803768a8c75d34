"""An article as chunks of set lines: title block and blocks (one function per block kind),
each carrying the footnotes its markers cite for the pager to set at the page foot."""

from __future__ import annotations

from typing import Iterator

from booklet.model import (Article, Attribution, Block, Caption, FootnoteRef, Heading, Note,
                           Paragraph, Quote, Separator)
from booklet.present.style import (SEPARATOR, block_style, keeps_with_next, lines_before_heading,
                                   note_step)
from booklet.writers.pdf.pages import Chunk, PageNote
from booklet.writers.pdf.refit import refitter
from booklet.writers.pdf.text import Line, Shaper

QUOTE_MIN_SPLIT = 2  # lines of a credited passage kept on each side of a page break


def article_chunks(article: Article, index: int, shaper: Shaper, level: int) -> Iterator[Chunk]:
    """Chunks of one article, set one block at a time as the pager asks for them (a 50 MB
    article is never set all at once); the first carries its outline entry and page anchor."""
    head: list[Line] = []
    if article.kicker:
        head += shaper.set("kicker", article.kicker)
    head += shaper.set("title", article.title)
    for style, text in (("subtitle", article.subtitle), ("author", article.author)):
        if text:
            head += shaper.set(style, text)
    if article.source_line:
        head += shaper.set("source_line", article.source_line)
    held = Chunk(head, keep_next=True, splittable=False, bookmarks=[(article.title, level)],
                 anchor=index)  # given out once the next block is known not to credit it
    notes = page_notes(article, shaper)
    for i, block in enumerate(article.blocks):
        chunk = block_chunk(block, shaper)
        chunk.notes = notes
        if i == 0:
            chunk.space_before = 1  # one blank line between the title block and the text
        if isinstance(block, Attribution) and i > 0 and held.splittable:
            _credit(held, chunk.lines)
            continue
        yield held
        held = chunk
    yield held


def block_chunk(block: Block, shaper: Shaper) -> Chunk:
    """The chunk for one block (every block type of the model is handled here)."""
    indent = shaper.profile.first_line_indent_chars
    if isinstance(block, Paragraph):
        chunk = _text_chunk(shaper, "body", block.inlines, indent)
        if keeps_with_next(block, shaper.profile):  # a run-in heading standing alone
            chunk.keep_next, chunk.splittable, chunk.refit = True, False, None
        return chunk
    if isinstance(block, Heading):
        return Chunk(shaper.set(block_style(block), block.inlines, first_indent=indent),
                     keep_next=True, splittable=False,
                     space_before=lines_before_heading(block.level))
    if isinstance(block, Quote):
        return _text_chunk(shaper, "quote", block.inlines, indent)
    if isinstance(block, Note):
        return _text_chunk(shaper, "note", block.inlines, indent)
    if isinstance(block, Attribution):
        return Chunk(shaper.set("attribution", block.text), splittable=False)
    if isinstance(block, Caption):  # a kept caption never splits across pages
        return Chunk(shaper.set("caption", block.text), splittable=False)
    if isinstance(block, Separator):
        return Chunk(shaper.set("body", SEPARATOR, align="center"), splittable=False)
    raise TypeError(f"PDF writer cannot set block type {type(block).__name__}")


def _text_chunk(shaper: Shaper, style: str, inlines, indent: float) -> Chunk:
    """A justified paragraph that the pager may refit a line shorter or longer."""
    lines = shaper.set(style, inlines, first_indent=indent)
    return Chunk(lines, refit=refitter(shaper, style, inlines, lines, indent))


def _credit(chunk: Chunk, attribution: list[Line]) -> None:
    """Append an attribution to the passage it credits: it travels with the passage's last
    lines, and a passage split across pages keeps two lines on each side."""
    chunk.widows = len(attribution) + min(QUOTE_MIN_SPLIT, len(chunk.lines))
    chunk.orphans = QUOTE_MIN_SPLIT
    chunk.lines = chunk.lines + attribution
    chunk.refit = None


def footnote_step(shaper: Shaper) -> float:
    """Grid slots per footnote line (``present.style.note_step``)."""
    return note_step(shaper.profile)


def page_notes(article: Article, shaper: Shaper) -> dict[str, PageNote]:
    """The article's footnotes set for the page foot: marker, then the text hanging under it."""
    out = {}
    for note in article.footnotes:
        lines = shaper.set("footnote", (FootnoteRef(note.label), *note.inlines), indent=1,
                           marks_inline=True)
        out[note.label] = PageNote(note.label, [_without_refs(line) for line in lines])
    return out


def _without_refs(line: Line) -> Line:
    """A note's own lines cite nothing (its label is not a marker in the text)."""
    from dataclasses import replace

    return replace(line, refs=()) if line.refs else line
