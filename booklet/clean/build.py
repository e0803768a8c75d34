"""Turn article drafts into model ``Article``s: inlines, footnotes, provenance."""

from __future__ import annotations

from collections import defaultdict, deque
from pathlib import Path
from typing import Sequence

from booklet.clean.articles import Draft
from booklet.clean.blocks import Blk
from booklet.clean.inlines import bold_leadin, to_inlines
from booklet.clean.notes import SideNote
from booklet.clean.source_line import parse_source
from booklet.model import (Article, Attribution, Block, Caption, Footnote, Heading, Note,
                           Paragraph, Provenance, Quote, Separator, Text)


class _Refs:
    """Hands out footnote bodies to markers in reading order, per label."""

    def __init__(self, notes: Sequence[SideNote]) -> None:
        self.queues: dict[str, deque[SideNote]] = defaultdict(deque)
        for note in notes:
            self.queues[note.label].append(note)
        self.used: list[SideNote] = []
        self.all = list(notes)

    def take(self, label: str) -> bool:
        queue = self.queues.get(label)
        if not queue:
            return False
        self.used.append(queue.popleft())
        return True

    def footnotes(self) -> tuple[Footnote, ...]:
        taken = {id(n) for n in self.used}
        rest = [n for n in self.all if id(n) not in taken]
        return tuple(Footnote(n.label, (Text(n.text),), (n.first, n.last))
                     for n in self.used + rest)


def build_article(draft: Draft, notes: Sequence[SideNote], source: Path | None,
                  bold_leadins: bool) -> Article:
    """The model article for ``draft`` with the footnote bodies found in its line range."""
    refs = _Refs(notes)
    blocks = tuple(_block(blk, refs, bold_leadins) for blk in draft.blocks)
    origin = date = None
    if draft.source_line:
        origin, date = parse_source(draft.source_line)
    return Article(title=draft.title, blocks=blocks, kicker=draft.kicker, subtitle=draft.subtitle,
                   author=draft.author, origin=origin, date=date, source_line=draft.source_line,
                   footnotes=refs.footnotes(),
                   provenance=Provenance(source) if source is not None else None,
                   source_at_end=draft.source_at_end)


def _block(blk: Blk, refs: _Refs, bold_leadins: bool) -> Block:
    span = (blk.first, blk.last)
    if blk.kind == "heading":
        return Heading(max(1, blk.level), to_inlines(blk.text, refs.take), span)
    if blk.kind == "quote":
        return Quote(to_inlines(blk.text, refs.take), span)
    if blk.kind == "note":
        return Note(to_inlines(blk.text, refs.take), span)
    if blk.kind == "attribution":
        return Attribution(blk.text, span)
    if blk.kind == "caption":
        return Caption(blk.text, span)
    if blk.kind == "separator":
        return Separator(span)
    text = bold_leadin(blk.text) if bold_leadins else blk.text
    return Paragraph(to_inlines(text, refs.take), span)


def notes_for(drafts: Sequence[Draft], notes: Sequence[SideNote]) -> list[list[SideNote]]:
    """Footnote bodies per draft: each goes to the last article starting before it."""
    out: list[list[SideNote]] = [[] for _ in drafts]
    for note in notes:
        k = 0
        for idx, draft in enumerate(drafts):
            if draft.first <= note.first:
                k = idx
        if out:
            out[k].append(note)
    return out
