"""Footnotes: every marker in the text paired with exactly one note, then numbered.

Books number notes per page (①②… restarting on each page), so a chapter
extracted from one prints ``①`` ten times; the k-th ``①`` marker belongs to the
k-th ``①`` note.  Pairing walks the markers in reading order and takes the next
unused note with the same label, which also pairs Markdown keys (``[^1]``).
Paired markers and notes are relabelled ``1``…``n`` (their order in the
article), so writers can number them per page or per article without ambiguity.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict, deque

from booklet.model import (Article, Block, Footnote, FootnoteRef, Inline, Note, Text,
                           plain_text)

# Circled numbers in Unicode: ①–⑳, ㉑–㉟, ㊱–㊿.
_CIRCLED = ([chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)]
            + [chr(0x32B1 + i) for i in range(15)])


def note_mark(number: int) -> str:
    """The printed marker of note ``number`` (1-based): ①…㊿, then [51] …."""
    return _CIRCLED[number - 1] if 1 <= number <= len(_CIRCLED) else f"[{number}]"


def number_notes(article: Article) -> Article:
    """The article with markers and notes paired and relabelled ``1``…``n``.

    A marker with no note left prints as plain text; a note no marker points to
    becomes an editorial ``Note`` at the article's end, so no text is lost.
    """
    if not article.footnotes and not _has_refs(article.blocks):
        return article
    pool: dict[str, deque[int]] = defaultdict(deque)
    for index, note in enumerate(article.footnotes):
        pool[note.label].append(index)
    order: list[int] = []

    def relabel(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for node in inlines:
            if isinstance(node, FootnoteRef):
                queue = pool.get(node.label)
                if queue:
                    order.append(queue.popleft())
                    node = FootnoteRef(str(len(order)))
                else:
                    node = Text(node.label)
            out.append(node)
        return tuple(out)

    blocks = [_map_inlines(block, relabel) for block in article.blocks]
    notes = tuple(Footnote(str(k), article.footnotes[i].inlines, article.footnotes[i].span)
                  for k, i in enumerate(order, 1))
    used = set(order)
    for index, note in enumerate(article.footnotes):
        if index not in used:  # a note without a marker: keep its text as an editorial note
            blocks.append(Note((Text(note.label + " "), *note.inlines), note.span))
    return dataclasses.replace(article, blocks=tuple(blocks), footnotes=notes)


def _has_refs(blocks: tuple[Block, ...]) -> bool:
    return any(isinstance(node, FootnoteRef) for block in blocks
               for node in getattr(block, "inlines", ()))


def _map_inlines(block: Block, fn) -> Block:
    inlines = getattr(block, "inlines", None)
    if inlines is None:
        return block
    return dataclasses.replace(block, inlines=fn(inlines))


def note_text(note: Footnote) -> str:
    """A note's visible text (for checks and reports)."""
    return plain_text(note.inlines)
