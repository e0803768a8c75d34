"""Character alignment of two folded strings, grouped into readable differences.

rapidfuzz's Levenshtein opcodes give the edit script in C (bit-parallel);
neighbouring edits separated by a single equal character are merged so that
「甲1乙」→「丙1丁」 reads as one change, not two.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

MERGE_GAP = 1  # equal characters between two edits that still make them one difference


@dataclass(frozen=True, slots=True)
class Edit:
    """One difference: ``a[a_start:a_end]`` reads ``b[b_start:b_end]`` in the other version."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


def _merge(edits: list[Edit]) -> list[Edit]:
    merged: list[Edit] = []
    for edit in edits:
        if merged and edit.a_start - merged[-1].a_end <= MERGE_GAP \
                and edit.b_start - merged[-1].b_end <= MERGE_GAP:
            last = merged[-1]
            merged[-1] = Edit(last.a_start, edit.a_end, last.b_start, edit.b_end)
        else:
            merged.append(edit)
    return merged


def differences(a: str, b: str) -> tuple[list[Edit], int]:
    """The grouped edits turning ``a`` into ``b`` and the number of equal characters."""
    edits: list[Edit] = []
    equal = 0
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            equal += op.src_end - op.src_start
        else:
            edits.append(Edit(op.src_start, op.src_end, op.dest_start, op.dest_end))
    return _merge(edits), equal


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a passage sits in a window and how it differs there."""

    start: int          # in the window
    end: int
    edits: tuple[Edit, ...]  # b positions relative to the window
    similarity: float   # equal characters / the longer of passage and placed span


def best_end(pattern: str, text: str) -> tuple[int, int]:
    """(edit distance, end) of the best match of all of ``pattern`` ending anywhere in ``text``.

    Myers' bit-parallel approximate search (J. ACM 46(3), 1999): one machine
    word per 64 pattern characters, Python integers for any length.  The
    match may start anywhere, so the window's surplus costs nothing.
    """
    m = len(pattern)
    if m == 0:
        return 0, 0
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask, top = (1 << m) - 1, 1 << (m - 1)
    pv, mv, score = mask, 0, m
    best = (m, 0)
    for j, ch in enumerate(text):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        if score < best[0]:
            best = (score, j + 1)
    return best


def place_roughly(passage: str, text: str) -> float:
    """A quick estimate of ``place(passage, text).similarity``: one global alignment (in C)
    with the text's surplus at both ends cut off.  Scattered matches spread the span, so a
    text that merely shares many phrases scores low, as it would when placed exactly."""
    ops = Levenshtein.opcodes(passage, text)
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return 0.0
    matched = sum(op.src_end - op.src_start for op in equal)
    span = equal[-1].dest_end - equal[0].dest_start
    return matched / max(len(passage), span, 1)


def place(passage: str, window: str) -> Placement:
    """Align all of ``passage`` against the best-fitting part of ``window``.

    The part is found first — its end by a semi-global search, its start by
    the same search run backwards from that end — so the window's text
    around the passage is never taken for a difference; then the passage is
    aligned with exactly that part.
    """
    _, end = best_end(passage, window)
    _, back = best_end(passage[::-1], window[:end][::-1])
    start = end - back
    edits, equal = differences(passage, window[start:end])
    edits = [Edit(e.a_start, e.a_end, e.b_start + start, e.b_end + start) for e in edits]
    return Placement(start, end, tuple(edits), equal / max(len(passage), end - start, 1))


# ------------------------------------------------------------ classifying ---

KINDS = ("missing", "extra", "substitution")


def kind_of(edit: Edit) -> str:
    """Seen from ``a``: ``missing`` (``a`` lacks what ``b`` has), ``extra`` (``a`` has what ``b``
    lacks), or ``substitution``.  For a quotation (``a``) checked against its source, a dropped
    word is "missing"."""
    if edit.a_start == edit.a_end:
        return "missing"
    if edit.b_start == edit.b_end:
        return "extra"
    return "substitution"


def char_class(text: str) -> str:
    """What a differing piece is made of: punctuation, digit, latin, or text (Chinese)."""
    if not text:
        return "text"
    if all(unicodedata.category(ch).startswith(("P", "S")) for ch in text):
        return "punctuation"
    if all(ch.isdigit() for ch in text):
        return "digit"
    if all(ch.isascii() and ch.isalnum() for ch in text):
        return "latin" if any(ch.isalpha() for ch in text) else "digit"
    return "text"
