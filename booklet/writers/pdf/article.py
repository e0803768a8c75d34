"""An article as chunks of set lines: title block, blocks, footnotes (one function per block kind)."""

from __future__ import annotations

import math

from booklet.fonts.usage import source_line
from booklet.model import (Article, Attribution, Block, Bold, Caption, Heading, Note, Paragraph,
                           Quote, Separator, Text)
from booklet.writers.pdf.pages import Chunk
from booklet.writers.pdf.refit import refitter
from booklet.writers.pdf.text import Line, Shaper

QUOTE_MIN_SPLIT = 2  # lines of a credited passage kept on each side of a page break


def article_chunks(article: Article, index: int, shaper: Shaper, level: int) -> list[Chunk]:
    """Chunks of one article; the first carries its outline entry and page anchor."""
    head: list[Line] = []
    if article.kicker:
        head += shaper.set("kicker", article.kicker)
    head += shaper.set("title", article.title)
    for style, text in (("subtitle", article.subtitle), ("author", article.author)):
        if text:
            head += shaper.set(style, text)
    src = source_line(article)
    if src:
        head += shaper.set("source_line", src)
    chunks = [Chunk(head, keep_next=True, splittable=False, bookmarks=[(article.title, level)],
                    anchor=index)]
    for i, block in enumerate(article.blocks):
        chunk = block_chunk(block, shaper)
        if i == 0:
            chunk.space_before = 1  # one blank line between the title block and the text
        if isinstance(block, Attribution) and i > 0 and chunks[-1].splittable:
            _credit(chunks[-1], chunk.lines)
            continue
        chunks.append(chunk)
    chunks.extend(_footnote_chunks(article, shaper))
    return chunks


def block_chunk(block: Block, shaper: Shaper) -> Chunk:
    """The chunk for one block (every block type of the model is handled here)."""
    indent = shaper.profile.first_line_indent_chars
    if isinstance(block, Paragraph):
        chunk = _text_chunk(shaper, "body", block.inlines, indent)
        if len(chunk.lines) == 1 and all(isinstance(i, Bold) for i in block.inlines):
            chunk.keep_next, chunk.splittable, chunk.refit = True, False, None  # a run-in heading
        return chunk
    if isinstance(block, Heading):
        style = f"heading{min(max(block.level, 1), 4)}"
        return Chunk(shaper.set(style, block.inlines, first_indent=indent), keep_next=True,
                     splittable=False, space_before=1 if block.level == 1 else 0)
    if isinstance(block, Quote):
        return _text_chunk(shaper, "quote", block.inlines, indent)
    if isinstance(block, Note):
        return _text_chunk(shaper, "note", block.inlines, indent)
    if isinstance(block, Attribution):
        return Chunk(shaper.set("attribution", block.text), splittable=False)
    if isinstance(block, Caption):  # a long caption may split like a paragraph, two lines a side
        lines = shaper.set("caption", block.text)
        return Chunk(lines, splittable=len(lines) >= 4, orphans=2)
    if isinstance(block, Separator):
        return Chunk(shaper.set("body", "＊　＊　＊", align="center"), splittable=False)
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
    """Grid slots per footnote line: about 1.6 times its type size, in quarter slots (a 12 pt
    note on the 29 pt gongwen grid takes ¾ of a slot instead of looking double-spaced)."""
    size = shaper.profile.style("footnote").size_pt
    pitch = shaper.profile.line_pitch_pt
    return min(1.0, math.ceil(size * 1.6 / pitch * 4) / 4)


def _footnote_chunks(article: Article, shaper: Shaper) -> list[Chunk]:
    """Footnote bodies at the end of the article, under a short rule, with hanging labels."""
    if not article.footnotes:
        return []
    chunks = [Chunk([Line.blank_rule(0, shaper.measure / 4)], keep_next=True, splittable=False,
                    space_before=1)]
    step = footnote_step(shaper)
    for note in article.footnotes:
        label = f"[{note.label}]" if note.label.isascii() else note.label
        lines = shaper.set("footnote", (Text(label + " "), *note.inlines), indent=1)
        chunks.append(Chunk(lines, step=step))
    return chunks
