"""The texts verification works on: articles of the booklet and reference articles, folded.

A ``VerifyText`` is one article's running text — headings, paragraphs,
quotations and attributions, without notes, captions or footnote markers —
folded for comparison (``fold``), with the way back from a folded position
to the block and character it came from, the date and occasion the text is
known to carry (``TextMeta``), its sketch and the spans it quotes.  It holds
plain strings and numbers, not the article: a reference's texts are cached
as they are and a later run loads them instead of folding them again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from booklet.model import (Article, Attribution, Bold, Heading, Note, Paragraph, Quote, Text)
from booklet.verify.fold import Origin, fold, folded_index, original_index
from booklet.verify.ngram import sketch
from booklet.verify.citations import (PartialDate, Source, find_occasion, note_source, occasion_key,
                                   parse_date)

# Blocks whose words are the text itself; notes and captions are the editor's.
_BODY_BLOCKS = (Heading, Paragraph, Quote, Attribution)


def visible_text(block: object) -> str:
    """The words of a block as read: footnote markers left out, bold as plain text."""
    if isinstance(block, Attribution):
        return block.text
    inlines = getattr(block, "inlines", ())
    return "".join(node.text for node in inlines if isinstance(node, (Text, Bold)))


@dataclass(frozen=True, slots=True)
class TextMeta:
    """What a text says about when and where it was spoken or published.

    ``event_dates``/``occasions`` come from ※ notes, a ——subtitle or the
    manifest (a reference's ``date``/``occasion``); ``published`` from the
    来源 line; ``descriptors`` are the title, subtitle and notes, folded, in
    which an attribution's occasion may be named.
    """

    event_dates: tuple[PartialDate, ...] = ()
    published: PartialDate | None = None
    occasions: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Piece:
    """One block's share of a text: its folded characters ``start:end`` and the block as printed."""

    start: int
    end: int
    block_index: int
    words: str                    # the block's visible text (``visible_text``)
    span: tuple[int, int] | None  # the source lines it was cleaned from
    origin: Origin = None         # index in ``words`` of each folded character; None: the same

    def __reduce__(self) -> tuple:
        # Pickled as a constructor call: a cached reference holds tens of thousands of pieces,
        # and the generic slots-dataclass state is several times slower to load.
        return Piece, (self.start, self.end, self.block_index, self.words, self.span, self.origin)

    def original_index(self, index: int) -> int:
        """Index in ``words`` of the piece's folded character ``index``."""
        return original_index(self.origin, index)

    def folded_index(self, original: int) -> int:
        """The piece's folded index of the first kept character at or after ``words[original]``."""
        return folded_index(self.origin, original)


@dataclass(frozen=True, slots=True)
class VerifyText:
    """One article (of the booklet or a reference) ready for comparison."""

    key: str
    kind: str                 # "article" or "reference"
    number: int | None        # 1-based place in the booklet for articles
    label: str                # how a person finds it: 「sources/000.txt（材料1）」
    path: Path
    title: str
    folded: str
    pieces: tuple[Piece, ...]
    meta: TextMeta
    starts: tuple[int, ...] = ()  # ``pieces[k].start``, for bisecting
    sketch: frozenset[int] = frozenset()  # ``ngram.sketch`` of ``folded``
    quoted: tuple[tuple[int, int], ...] = ()  # folded spans that are quotations in this text

    def piece_at(self, position: int) -> Piece:
        """The block share holding folded ``position`` (the text must not be empty)."""
        return self.pieces[max(0, bisect.bisect_right(self.starts, position) - 1)]

    def quotes(self, start: int, end: int) -> bool:
        """True when ``start:end`` lies in a quotation of this text (it is quoted here)."""
        return any(q_start < end and start < q_end for q_start, q_end in self.quoted)


def _meta(article: Article, explicit: Source | None) -> TextMeta:
    sources: list[Source] = []
    descriptors = [article.title, article.subtitle or "", article.kicker or ""]
    for block in article.blocks:
        if isinstance(block, Note):
            descriptors.append(visible_text(block))
            found = note_source(visible_text(block))
            if found:
                sources.append(found)
    if article.subtitle:
        found = note_source(article.subtitle)
        if found:
            sources.append(found)
    if explicit is not None:
        sources.insert(0, explicit)
        descriptors.append(explicit.text)
    published = parse_date(article.date) if article.date else None
    return TextMeta(
        event_dates=tuple(s.date for s in sources if s.date is not None),
        published=published,
        occasions=tuple(occasion_key(s.occasion) for s in sources if s.occasion),
        descriptors=tuple(occasion_key(d) for d in descriptors if d))


def make_text(article: Article, *, key: str, kind: str, label: str, path: Path,
              number: int | None = None, explicit: Source | None = None) -> VerifyText:
    """Fold ``article``'s running text and read its metadata (its quotations are found apart,
    by ``quotes.find_quotations``)."""
    pieces: list[Piece] = []
    chunks: list[str] = []
    start = 0
    for index, block in enumerate(article.blocks):
        if not isinstance(block, _BODY_BLOCKS):
            continue
        words = visible_text(block)
        folded = fold(words)
        if not folded.text:
            continue
        end = start + len(folded.text)
        pieces.append(Piece(start, end, index, words, block.span, folded.origin))
        chunks.append(folded.text)
        start = end
    text = "".join(chunks)
    return VerifyText(key=key, kind=kind, number=number, label=label, path=path,
                      title=article.title, folded=text, pieces=tuple(pieces),
                      meta=_meta(article, explicit), starts=tuple(p.start for p in pieces),
                      sketch=sketch(text))


def explicit_source(title: str | None, date: str | None, occasion: str | None) -> Source | None:
    """The date and occasion a manifest entry states for a reference, if any."""
    parsed = parse_date(date) if date else None
    named = occasion or (find_occasion(title) if title else None)
    if parsed is None and not named:
        return None
    return Source(text=" ".join(x for x in (title, date, occasion) if x), date=parsed,
                  occasion=named)
