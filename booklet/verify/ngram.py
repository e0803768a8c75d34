"""An n-gram index over folded texts: where does a passage (probably) occur?

Every position of every text is indexed by the four characters starting
there: the gram's four UTF-16 code units, hashed to 32 bits and packed with
the position into one sorted ``uint64`` array (``hash << 32 | position``).
Looking up a passage votes, for each of its grams, for the diagonals (text
position minus passage position) where the gram occurs; the diagonals with
most votes are the candidate places, which the caller then aligns character
by character in a small window.

Built with numpy (vectorised grams, hashes and one sort), 10 MB of text is
indexed in well under a second; the array pickles as raw bytes, so a cached
index loads at disk speed.  Every position is kept — a sampled (winnowed)
index would be smaller but could no longer place a 12-character quotation
with one wrong character, and half of a booklet's quotations are that short.
A 32-bit hash may make two grams share postings (about one probe in 2 000 at
10 MB); that only adds a stray vote, which the alignment then rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

GRAM = 4  # four characters: rare enough in Chinese prose to place a passage, short enough to survive typos
# A gram found this often ("基础研究", "的发展") says nothing about where a passage is.
MAX_POSTINGS = 400
# Diagonals within this many characters are one candidate: a few dropped or extra
# characters shift the diagonal without making it another place.
BAND = 24
# A long passage is placed by a sample of its grams; more probes would not place it better.
MAX_PROBES = 160
SLACK = 12  # characters added on each side of a candidate window before aligning
# A place is worth aligning when this share of the passage's grams agree on it (two wrong
# characters in 50 spoil at most 8 of 47 grams); never fewer than two grams.
MIN_VOTE_SHARE = 0.2

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: 2**64 / golden ratio, odd
_SHIFT16, _SHIFT32, _SHIFT48 = np.uint64(16), np.uint64(32), np.uint64(48)
_POSITION = np.uint64(0xFFFFFFFF)
_NON_BMP = re.compile("[^\u0000-\uffff]")


def _units(text: str) -> np.ndarray:
    """One UTF-16 code unit per character (a character beyond the BMP counts as U+FFFD)."""
    if _NON_BMP.search(text):
        text = _NON_BMP.sub("\ufffd", text)
    return np.frombuffer(text.encode("utf-16-le"), dtype="<u2").astype(np.uint64)


def gram_keys(text: str) -> np.ndarray:
    """The 64-bit key of every gram of ``text``: four code units, the first in the low bits."""
    units = _units(text)
    if len(units) < GRAM:
        return np.zeros(0, dtype=np.uint64)
    return units[:-3] | (units[1:-2] << _SHIFT16) | (units[2:-1] << _SHIFT32) \
        | (units[3:] << _SHIFT48)


def mix(keys: np.ndarray) -> np.ndarray:
    """A 64-bit mixing of ``keys`` (multiplicative hashing, wrapping)."""
    with np.errstate(over="ignore"):
        return keys * _MULTIPLIER


def gram_hashes(text: str) -> np.ndarray:
    """The 32-bit hash of every gram of ``text`` (as ``uint64``, in the high half's place value)."""
    return mix(gram_keys(text)) >> _SHIFT32


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a passage may occur: text number and a window of folded positions."""

    text: int
    start: int
    end: int
    votes: int


@dataclass(slots=True)
class NgramIndex:
    """Every gram position of several texts joined end to end, sorted by gram hash."""

    entries: np.ndarray  # uint64: hash << 32 | position in the joined texts, sorted
    starts: np.ndarray   # where each text begins in the joined texts
    lengths: np.ndarray

    @classmethod
    def build(cls, texts: list[str]) -> "NgramIndex":
        """Index ``texts`` (already folded)."""
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.int64)
        parts = [(gram_hashes(text) << _SHIFT32) | (np.arange(max(0, len(text) - GRAM + 1),
                                                              dtype=np.uint64) + np.uint64(start))
                 for text, start in zip(texts, starts.tolist())]
        entries = np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)
        return cls(entries, starts, lengths)

    def _postings(self, hashes: np.ndarray) -> list[np.ndarray | None]:
        """Joined-text positions of each hashed gram; None for a gram too common to place."""
        low = np.searchsorted(self.entries, hashes << _SHIFT32, side="left")
        high = np.searchsorted(self.entries, (hashes + np.uint64(1)) << _SHIFT32, side="left")
        return [None if hi - lo > MAX_POSTINGS else (self.entries[lo:hi] & _POSITION)
                for lo, hi in zip(low.tolist(), high.tolist())]

    def candidates(self, passage: str, limit: int = 6) -> list[Candidate]:
        """The likeliest places of ``passage`` (folded), best first."""
        probes = len(passage) - GRAM + 1
        if probes <= 0 or not len(self.entries):
            return []
        step = max(1, probes // MAX_PROBES)
        probed = range(0, probes, step)
        anchors: dict[int, list[tuple[int, int]]] = {}
        for j, hits in zip(probed, self._postings(gram_hashes(passage)[::step])):
            if hits is None:
                continue
            for position in hits.tolist():
                anchors.setdefault((position - j) // BAND, []).append((j, position))
        votes = {band: _votes(anchors, band) for band in anchors}
        scored = sorted(anchors, key=lambda band: (-votes[band], band))
        needed = max(2, int(MIN_VOTE_SHARE * len(probed)))
        out: list[Candidate] = []
        taken: set[int] = set()
        for band in scored:
            if votes[band] < needed or len(out) >= limit:
                break
            if band in taken:
                continue
            taken.update((band - 1, band, band + 1))
            group = anchors[band] + anchors.get(band - 1, []) + anchors.get(band + 1, [])
            out.append(self._window(group, len(passage)))
        return out

    def _window(self, anchors: list[tuple[int, int]], length: int) -> Candidate:
        first = min(p for _, p in anchors)
        text = int(np.searchsorted(self.starts, first, side="right")) - 1
        start = int(self.starts[text])
        begin = min(p - j for j, p in anchors) - start
        end = max(p + (length - j) for j, p in anchors) - start
        return Candidate(text, max(0, begin - SLACK), min(int(self.lengths[text]), end + SLACK),
                         len(anchors))


def _votes(anchors: dict[int, list[tuple[int, int]]], band: int) -> int:
    return sum(len(anchors.get(b, ())) for b in (band - 1, band, band + 1))


# ---------------------------------------------------------------- sketches ---

# A shingle is eight characters (two grams side by side), a short phrase; a sketch keeps the
# shingles whose mixed value has its top three bits clear: one in eight, chosen by content.
SHINGLE_GAP = GRAM
_SAMPLE_SHIFT = np.uint64(61)


def sketch(folded: str) -> frozenset[int]:
    """A content-sampled set of shingle hashes: two texts sharing most of their words share most
    of their sketches, whatever their length (Broder's mod-sampling)."""
    keys = gram_keys(folded)
    if len(keys) <= SHINGLE_GAP:
        return frozenset()
    values = mix(mix(keys[:-SHINGLE_GAP]) ^ keys[SHINGLE_GAP:])
    return frozenset(np.unique(values[(values >> _SAMPLE_SHIFT) == 0]).tolist())
