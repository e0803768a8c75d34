"""The last step: article drafts → model ``Article``s, footnote bodies attached to their markers."""

from __future__ import annotations

from collections import defaultdict, deque
from pathlib import Path
from typing import Callable, Sequence

from booklet.clean.articles import Draft
from booklet.clean.blocks import Blk, Kind, all_bold
from booklet.clean.inlines import to_inlines
from booklet.clean.notes import SideNote
from booklet.clean.stages import Articles
from booklet.model import (Article, Attribution, Block, Caption, Document, Footnote, Heading, Note,
                           Paragraph, Provenance, Quote, Separator, Text)
from booklet.shapes import parse_source


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


def to_document(stage: Articles, source: Path | None = None) -> Document:
    """The model document: one ``Article`` per draft (one empty article when there is none)."""
    drafts = stage.drafts or [Draft()]
    per_article = notes_for(drafts, stage.notes)
    return Document(tuple(build_article(d, n, source) for d, n in zip(drafts, per_article)))


def build_article(draft: Draft, notes: Sequence[SideNote], source: Path | None) -> Article:
    """The model article for ``draft`` with the footnote bodies found in its line range."""
    refs = _Refs(notes)
    take = refs.take if notes else None   # (no notes: no marker can be a reference, none is looked for)
    blocks = tuple(_block(blk, take) for blk in draft.blocks)
    origin = date = None
    if draft.source_line:
        origin, date = parse_source(draft.source_line)
    return Article(title=draft.title, blocks=blocks, kicker=draft.kicker, subtitle=draft.subtitle,
                   author=draft.author, origin=origin, date=date, source_line=draft.source_line,
                   footnotes=refs.footnotes(),
                   provenance=Provenance(source) if source is not None else None,
                   source_at_end=draft.source_at_end)


def _block(blk: Blk, take: Callable[[str], bool] | None) -> Block:
    span = (blk.first, blk.last)
    if blk.kind is Kind.PARA:   # (most blocks)
        return Paragraph(to_inlines(blk.text, blk.bold, take), span)
    if blk.kind is Kind.HEADING:
        # (a heading's weight is its style: bold over the whole of it — a heading the PDF set in
        # bold, wrapped over two lines the reader gave as text — says nothing more; a bold part says
        # which part)
        bold = () if all_bold(blk) else blk.bold
        return Heading(max(1, blk.level), to_inlines(blk.text, bold, take), span)
    if blk.kind is Kind.QUOTE:
        return Quote(to_inlines(blk.text, blk.bold, take), span)
    if blk.kind is Kind.NOTE:
        return Note(to_inlines(blk.text, blk.bold, take), span)
    if blk.kind is Kind.ATTRIBUTION:
        return Attribution(blk.text, span)
    if blk.kind is Kind.CAPTION:
        return Caption(blk.text, span)
    if blk.kind is Kind.SEPARATOR:
        return Separator(span)
    return Paragraph(to_inlines(blk.text, blk.bold, take), span)


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
