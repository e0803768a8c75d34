"""Locating a quotation in the project's texts and giving it a verdict.

A quotation is looked up in every shelf's n-gram index; each candidate
window is aligned character by character (``align.place``).  A place counts
as the quotation's source only when

* it is not itself a quotation in that text (a commentary quoting the same
  words is a copy, not a source), and
* the text fits the attribution: when the quotation names a date or an
  occasion, the text must carry that date or occasion (``fits``).

The best such place gives the verdict: exact, or differs (with its
differences).  Otherwise the quotation is not found — and when the words do
occur somewhere else, the verdict says where, instead of matching wrongly.
Very short quotations are matched exactly only: a few characters occur
everywhere with small differences.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from booklet.verify.align import Edit, place
from booklet.verify.corpus import Corpus
from booklet.verify.quotes import Quotation
from booklet.verify.citations import Source, occasion_key
from booklet.verify.texts import TextMeta, VerifyText

QUOTE_MIN_SIMILARITY = 0.8  # below this share of equal characters a place is another passage
SHORT_QUOTE_CHARS = 10      # shorter quotations are matched exactly only
# A newspaper prints a speech on the day or the day after; a 来源 date that much later
# than the attribution's date still names the same speech.
PUBLICATION_LAG_DAYS = 1
CANDIDATES_PER_SHELF = 12  # places of a passage kept per shelf: the likeliest that align
# Candidate windows aligned per shelf at most.  All references share one shelf, so the first
# windows by votes may be stray matches of common phrases in other files; aligning on past
# them finds the place, and the cap keeps a passage found nowhere cheap.
MAX_ALIGNED_PER_SHELF = 48


@dataclass(frozen=True, slots=True)
class Match:
    """One place a quotation's words occur, with how well it fits."""

    text: VerifyText
    start: int
    end: int
    edits: tuple[Edit, ...]   # a: positions in the passage, b: in ``text.folded``
    similarity: float
    fits: bool
    strength: int
    secondary: bool
    order: int

    def rank(self) -> tuple:
        """Sort key, best first: a source over a copy, closeness, fit, then reading order."""
        return (self.secondary, -self.similarity, -self.strength, self.order, self.start)


def _date_state(source: Source, meta: TextMeta) -> int:
    """2 event date agrees, 1 published within the lag, 0 unknown, -1 contradicts."""
    wanted = source.date
    if wanted is None:
        return 0
    if any(wanted.covers(d) or d.covers(wanted) for d in meta.event_dates):
        return 2
    if meta.event_dates:
        return -1
    said, printed = wanted.as_date(), meta.published.as_date() if meta.published else None
    if said and printed and _dt.timedelta(0) <= printed - said <= _dt.timedelta(PUBLICATION_LAG_DAYS):
        return 1
    return 0


def _occasion_state(source: Source, meta: TextMeta) -> int:
    """2 the text names the occasion, 0 unknown, -1 it names another one."""
    if source.occasion is None:
        return 0
    wanted = occasion_key(source.occasion)
    if any(wanted in d for d in meta.descriptors) \
            or any(o and (o in wanted or wanted in o) for o in meta.occasions):
        return 2
    return -1 if meta.occasions else 0


def fits(source: Source | None, meta: TextMeta) -> tuple[bool, int]:
    """Whether a text with ``meta`` can be the one ``source`` names, and how strongly."""
    if source is None or not source.names_anything:
        return True, 0
    date, occasion = _date_state(source, meta), _occasion_state(source, meta)
    if date < 0 or occasion < 0:
        return False, 0
    return date + occasion > 0, date + occasion


def _places(quote: Quotation, corpus: Corpus) -> list[tuple[VerifyText, int, int, tuple[Edit, ...], float]]:
    """(text, start, end, edits, similarity) of every place the passage may be."""
    passage = quote.passage
    out: list[tuple[VerifyText, int, int, tuple[Edit, ...], float]] = []
    if len(passage) < SHORT_QUOTE_CHARS:
        for text in corpus.texts:
            at = text.folded.find(passage)
            while at >= 0:
                out.append((text, at, at + len(passage), (), 1.0))
                at = text.folded.find(passage, at + 1)
        return out
    for shelf in corpus.shelves:
        kept = 0
        for cand in shelf.index.candidates(passage, limit=MAX_ALIGNED_PER_SHELF):
            text = shelf.texts[cand.text]
            placed = place(passage, text.folded[cand.start:cand.end])
            if placed.similarity >= QUOTE_MIN_SIMILARITY:
                edits = tuple(Edit(e.a_start, e.a_end, e.b_start + cand.start, e.b_end + cand.start)
                              for e in placed.edits)
                out.append((text, cand.start + placed.start, cand.start + placed.end, edits,
                            placed.similarity))
                kept += 1
                if kept == CANDIDATES_PER_SHELF:
                    break
    return out


def matches(quote: Quotation, corpus: Corpus) -> list[Match]:
    """Every place of ``quote`` in other texts, best first."""
    order = {t.key: n for n, t in enumerate(corpus.texts)}
    found: dict[tuple[str, int], Match] = {}
    for text, start, end, edits, similarity in _places(quote, corpus):
        if text.key == quote.text_key:
            continue  # the quotation itself, or its own article repeating it: no source
        ok, strength = fits(quote.source, text.meta)
        match = Match(text, start, end, tuple(edits), similarity, ok, strength,
                      text.quotes(start, end), order[text.key])
        known = found.get((text.key, start))
        if known is None or match.rank() < known.rank():
            found[(text.key, start)] = match
    return sorted(found.values(), key=Match.rank)


def best_source(candidates: list[Match]) -> tuple[Match | None, Match | None]:
    """(the source, or None; where else the words are when there is no source)."""
    sources = [m for m in candidates if m.fits and not m.secondary]
    if sources:
        return sources[0], None
    return None, candidates[0] if candidates else None
