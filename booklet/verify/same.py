"""Same-text detection and collation: two versions of one text, and how they differ.

Candidates come from shingle sketches (``ngram.sketch``) through an
inverted map from sampled shingle to the booklet's articles — never from
comparing every pair.  A candidate pair is then aligned: the shorter text
against the longer one (a speech may repeat inside a longer file), and when
most of the shorter text's characters are matched, the two are one text and
their differences are listed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from booklet.verify.align import differences, place, place_roughly
from booklet.verify.diffs import Side, describe_edits
from booklet.verify.lines import LineLocator
from booklet.verify.references import relative_label
from booklet.verify.report import Difference, SameText, shorten
from booklet.verify.texts import VerifyText, make_text

if TYPE_CHECKING:
    from booklet.sources import LoadedSource

# Sketches shared for a pair to be aligned at all: below the final bar, since a sketch
# samples one shingle in eight and a short text's sketch is small.
CANDIDATE_SHARE = 0.7
# "Share most of their text": at least this share of the shorter text's characters is
# matched in the other.
SAME_TEXT_SHARE = 0.8
MIN_TEXT_CHARS = 200  # shorter texts (a notice, a cover) repeat phrases, not texts


def candidate_pairs(texts: list[VerifyText]) -> list[tuple[VerifyText, VerifyText]]:
    """Pairs of texts, the first an article of the booklet, whose sketches mostly agree.

    ``texts`` are in reading order (articles first), so a pair of two articles
    is counted once, from its later member.
    """
    owners: dict[int, list[int]] = defaultdict(list)
    for n, text in enumerate(texts):
        if text.kind == "article" and len(text.folded) >= MIN_TEXT_CHARS:
            for value in text.sketch:
                owners[value].append(n)
    owned = frozenset(owners)  # the articles' shingles: one C-level intersection per text
    pairs: list[tuple[VerifyText, VerifyText]] = []
    for m, text in enumerate(texts):
        if len(text.folded) < MIN_TEXT_CHARS or not text.sketch:
            continue
        shared = Counter(n for value in text.sketch & owned for n in owners[value] if n < m)
        for n, count in sorted(shared.items()):
            if count >= CANDIDATE_SHARE * min(len(text.sketch), len(texts[n].sketch)):
                pairs.append((texts[n], text))
    return pairs


def collate(first: VerifyText, second: VerifyText, locator: LineLocator,
            declared: bool = False) -> SameText | None:
    """The differences between two versions of one text (None when they share too little).

    Texts of similar length are aligned whole; a shorter one is placed inside the longer.
    """
    a, b = first.folded, second.folded
    ours, theirs = Side(first, locator), Side(second, locator)
    if min(len(a), len(b)) >= 0.5 * max(len(a), len(b)):
        edits, equal = differences(a, b)
        contained, share, swapped = equal / max(1, min(len(a), len(b))), equal / max(1, len(a), len(b)), False
    else:
        # A shorter text inside a longer one: placed roughly first (in C); only a text that
        # passes is placed exactly (semi-global, in Python).
        shorter, longer = (a, b) if len(a) < len(b) else (b, a)
        if place_roughly(shorter, longer) < SAME_TEXT_SHARE and not declared:
            return None
        swapped = len(b) < len(a)
        placed = place(b, a) if swapped else place(a, b)
        edits, share = list(placed.edits), placed.similarity
        contained = share
    if contained < SAME_TEXT_SHARE and not declared:
        return None
    if swapped:
        diffs = tuple(_swap(d) for d in describe_edits(edits, theirs, ours))
    else:
        diffs = describe_edits(edits, ours, theirs)
    return SameText(ours.ref(0), theirs.ref(0), share, diffs, declared)


def _swap(diff: Difference) -> Difference:
    """The same difference seen from the other version."""
    flip = {"missing": "extra", "extra": "missing", "substitution": "substitution"}
    better = {"ours": "theirs", "theirs": "ours"}.get(diff.better or "", None)
    return replace(diff, kind=flip[diff.kind], ours=diff.theirs, theirs=diff.ours,
                   our_line=diff.their_line, their_line=diff.our_line, better=better)


def same_texts(texts: list[VerifyText], locator: LineLocator) -> list[SameText]:
    """Every pair of versions of one text among ``texts``, in reading order of the later one."""
    out: list[SameText] = []
    for first, second in candidate_pairs(texts):
        found = collate(first, second, locator)
        if found is not None:
            out.append(found)
    return out


def article_texts(loaded: list["LoadedSource"], root: Path) -> list[VerifyText]:
    """The booklet's articles as texts, numbered in reading order."""
    out = []
    for number, item in enumerate(loaded, start=1):
        label = relative_label(item.path, root)
        if item.ref.entry.select:
            label += f"（{item.article.kicker or shorten(item.ref.entry.select)}）"
        out.append(make_text(item.article, key=f"article:{number}", kind="article", label=label,
                             path=item.path, number=number))
    return out


def repeated_articles(loaded: list["LoadedSource"], root: Path) -> list[SameText]:
    """Articles of the booklet that repeat an earlier one (``build`` warns)."""
    return same_texts(article_texts(loaded, root), LineLocator())
