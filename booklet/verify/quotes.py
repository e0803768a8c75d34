"""Finding the quotations in a cleaned article.

Three shapes, read from the document model (never from Markdown):

* ``block``: quotation blocks, with the attribution that follows them if any;
* ``compilation``: the paragraphs of a 论述汇编 item followed by an attribution
  「——在…上的讲话（2023年2月21日）」;
* ``inline``: 「习近平指出，“…”」, 「他强调：“…”」 — a speaker and a speech verb
  before the opening mark; 「强调“甲”，“乙”」 gives two.

It is forgiving of imperfect cleaning: an attribution the cleaner left as a
paragraph is recognised by its shape, one wrapped onto a second line
(「（2023年2月21日）」 alone) is joined, and an inline quotation that runs over
several paragraphs is followed to its closing mark.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from booklet.model import Article, Attribution, Paragraph, Quote
from booklet.shapes import ends_sentence
from booklet.verify.citations import (Source, inline_openings, inline_source, is_bracketed_date,
                                   parse_attribution)
from booklet.verify.texts import VerifyText, visible_text

MAX_QUOTE_BLOCKS = 4  # a compilation item or a quotation longer than this is body text
HEADING_MAX_CHARS = 40  # a one-line heading; a paragraph split at a page break is longer
_TRIM = set('"，。、；：！？,.;:!?…—-·（）()')


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: where it is (folded positions in its text) and what it claims."""

    text_key: str
    kind: str               # "block", "compilation" or "inline"
    start: int
    end: int
    passage: str            # folded, without its outer marks and punctuation
    block_index: int
    source: Source | None   # the attribution (inline: the words before it)


def _attribution_at(blocks: tuple, i: int) -> tuple[Source | None, int]:
    """The attribution starting at block ``i`` and how many blocks it takes (0: none)."""
    block = blocks[i]
    if not isinstance(block, (Attribution, Paragraph)):
        return None, 0
    text = visible_text(block)
    source = parse_attribution(text)
    if source is None:
        return None, 0
    if source.date is None and i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph) \
            and is_bracketed_date(visible_text(blocks[i + 1])):
        joined = parse_attribution(text + visible_text(blocks[i + 1]))
        if joined is not None:
            return joined, 2
    return source, 1


class _Finder:
    def __init__(self, text: VerifyText, article: Article) -> None:
        self.text = text
        self.blocks = article.blocks
        self.pieces = {p.block_index: p for p in text.pieces}
        self.found: list[Quotation] = []
        self.claimed: set[int] = set()

    def _span(self, first: int, last: int) -> tuple[int, int] | None:
        pieces = [self.pieces[b] for b in range(first, last + 1) if b in self.pieces]
        if not pieces:
            return None
        return pieces[0].start, pieces[-1].end

    def _add(self, kind: str, start: int, end: int, block: int, source: Source | None) -> None:
        folded = self.text.folded
        while start < end and folded[start] in _TRIM:
            start += 1
        while end > start and folded[end - 1] in _TRIM:
            end -= 1
        if end - start >= 2:
            self.found.append(Quotation(self.text.key, kind, start, end, folded[start:end], block,
                                        source))

    def attributed(self) -> None:
        i = 0
        while i < len(self.blocks):
            source, taken = _attribution_at(self.blocks, i)
            if not taken:
                i += 1
                continue
            run = self._run_before(i)
            if run:
                span = self._span(run[0], run[-1])
                if span:
                    kind = "block" if isinstance(self.blocks[run[0]], Quote) else "compilation"
                    self._add(kind, span[0], span[1], run[0], source)
                    self.claimed.update(run)
            self.claimed.update(range(i, i + taken))
            i += taken

    def _run_before(self, i: int) -> list[int]:
        """The blocks an attribution at ``i`` belongs to: quotation blocks, else paragraphs."""
        want = Quote if i and isinstance(self.blocks[i - 1], Quote) else Paragraph
        run: list[int] = []
        j = i - 1
        while j >= 0 and isinstance(self.blocks[j], want) and j not in self.claimed \
                and _attribution_at(self.blocks, j)[1] == 0 and not _heading_like(self.blocks[j]):
            run.insert(0, j)
            j -= 1
        if want is Paragraph and len(run) > MAX_QUOTE_BLOCKS:
            run = run[-1:]  # body text ends here; only its last paragraph is the quotation
        return run

    def unattributed_blocks(self) -> None:
        run: list[int] = []
        for i, block in enumerate(list(self.blocks) + [None]):
            if isinstance(block, Quote) and i not in self.claimed:
                run.append(i)
                continue
            if run:
                span = self._span(run[0], run[-1])
                if span:
                    self._add("block", span[0], span[1], run[0], None)
                self.claimed.update(run)
                run = []

    def inline(self) -> None:
        for i, block in enumerate(self.blocks):
            if i in self.claimed or not isinstance(block, Paragraph) or i not in self.pieces:
                continue
            words = visible_text(block)
            for opening in inline_openings(words):
                self._inline_from(i, words, opening.quote_start, inline_source(opening.context))

    def _inline_from(self, i: int, words: str, at: int, source: Source) -> None:
        """Quotations opening at ``words[at]`` (a “), and any 「，“…”」 right after them."""
        while True:
            close = _closing(words, at)
            piece = self.pieces[i]
            start = piece.start + piece.folded_index(at + 1)
            if close is None:
                end_block, end = self._run_on(i)
                self._add("inline", start, end, i, source)
                return
            self._add("inline", start, piece.start + piece.folded_index(close), i, source)
            rest = words[close + 1:close + 4].lstrip("，、；,; ")
            if not rest.startswith("“"):
                return
            at = words.index("“", close + 1)

    def _run_on(self, i: int) -> tuple[int, int]:
        """A quotation not closed in its paragraph runs on while the next ones open with “."""
        last = i
        for j in range(i + 1, min(len(self.blocks), i + MAX_QUOTE_BLOCKS)):
            nxt = self.blocks[j]
            if not isinstance(nxt, Paragraph) or j not in self.pieces:
                break
            words = visible_text(nxt).lstrip()
            if not words.startswith("“"):
                break
            last = j
            close = _closing(words, 0)
            if close is not None:
                piece = self.pieces[j]
                return j, piece.start + piece.folded_index(close)
        return last, self.pieces[last].end


def _heading_like(block: object) -> bool:
    """A short paragraph that ends no sentence: a heading the cleaner left as a paragraph
    (「**★让投身基础研究成为…**」), not part of the quotation below it."""
    words = visible_text(block)
    return isinstance(block, Paragraph) and len(words) <= HEADING_MAX_CHARS \
        and not ends_sentence(words)


def _closing(words: str, at: int) -> int | None:
    """Index of the ” closing the “ at ``words[at]``, nested marks counted; None if unclosed."""
    depth = 0
    for k in range(at, len(words)):
        if words[k] == "“":
            depth += 1
        elif words[k] == "”":
            depth -= 1
            if depth == 0:
                return k
    return None


def find_quotations(text: VerifyText, article: Article) -> list[Quotation]:
    """Every quotation in ``text`` (made from ``article``), in reading order."""
    finder = _Finder(text, article)
    finder.attributed()
    finder.unattributed_blocks()
    finder.inline()
    return sorted(finder.found, key=lambda q: q.start)


def with_quotations(text: VerifyText, article: Article) -> tuple[VerifyText, list[Quotation]]:
    """``text`` knowing which of its spans are quotations (``VerifyText.quoted``), and those
    quotations."""
    found = find_quotations(text, article)
    return replace(text, quoted=tuple((q.start, q.end) for q in found)), found
