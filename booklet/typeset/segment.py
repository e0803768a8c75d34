"""Chinese word segmentation for display breaking: where words and phrases end.

rjieba (jieba-rs: jieba's dictionary and algorithm in Rust) tags each word
with its part of speech.  Loading the dictionary takes about a quarter of a
second, so it happens once per process and only when a display text wraps.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Callable


@cache
def _tagger() -> Callable[..., list[tuple[str, str]]]:
    """rjieba's module-level ``tag``: importing rjieba already loads the dictionary into its
    default segmenter, so a ``Jieba()`` of our own would load it a second time."""
    import rjieba  # imported here: a build whose titles all fit never pays for the dictionary

    return rjieba.tag


def load() -> None:
    """Load the dictionary now: processes forked after this share it instead of each loading
    its own (``booklet.build`` calls it before starting the writers that break titles)."""
    _tagger()


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech tag) pairs covering ``text`` exactly, in order (HMM on, so names
    and new words the dictionary lacks still come out whole)."""
    return tuple((word, tag) for word, tag in _tagger()(text, hmm=True))


def word_bounds(text: str) -> frozenset[int]:
    """Offsets in ``text`` where one word ends and the next begins (0 and len excluded)."""
    out, pos = set(), 0
    for word, _ in words(text):
        pos += len(word)
        out.add(pos)
    out.discard(len(text))
    return frozenset(out)


@lru_cache(maxsize=65536)
def word_at(left: str, right: str) -> tuple[str, int] | None:
    """The word the dictionary reads across the join of ``left`` and ``right`` (``按`` + ``照本``:
    按照), with where in it the join falls (1); None when the best dictionary-only cut of
    ``left + right`` has a boundary at the join.  HMM off: a guessed "new word" across a line
    break is no evidence; the cleaner asks this of line breaks (two columns read back apart)."""
    _tagger()
    import rjieba

    pos = 0
    for word in rjieba.cut(left + right, hmm=False):
        begin, pos = pos, pos + len(word)
        if pos >= len(left):
            return (word, len(left) - begin) if pos > len(left) else None
    return None


def word_across(left: str, right: str) -> bool:
    """Whether the dictionary reads a word across the join of ``left`` and ``right`` (``word_at``)."""
    return word_at(left, right) is not None
