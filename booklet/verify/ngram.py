"""An n-gram index over folded texts: where does a passage (probably) occur?

Every position of every text is indexed by the four characters starting
there, packed into one 64-bit number (four UTF-16 code units), and the
(gram, position) pairs are kept sorted in two flat arrays.  Looking up a
passage votes, for each of its grams, for the diagonals (text position minus
passage position) where the gram occurs; the diagonals with most votes are
the candidate places, which the caller then aligns character by character
in a small window.  Flat arrays keep 10 MB of text at ~40 MB, pickle fast
and load without rebuilding anything.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections import defaultdict
from dataclasses import dataclass

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

_NON_BMP = re.compile("[^\u0000-\uffff]")


def _bmp(text: str) -> str:
    """One UTF-16 code unit per character, so byte offsets are character offsets."""
    return _NON_BMP.sub("\ufffd", text) if _NON_BMP.search(text) else text


def gram_key(gram: str) -> int:
    """The 64-bit number a four-character gram is indexed under."""
    return int.from_bytes(_bmp(gram).encode("utf-16-le"), sys.byteorder)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a passage may occur: text number and a window of folded positions."""

    text: int
    start: int
    end: int
    votes: int


@dataclass(slots=True)
class NgramIndex:
    """Sorted (gram, position) pairs over several texts joined end to end."""

    keys: array
    positions: array
    starts: list[int]   # where each text begins in the joined string
    lengths: list[int]

    @classmethod
    def build(cls, texts: list[str]) -> "NgramIndex":
        """Index ``texts`` (already folded)."""
        starts, lengths, offset = [], [], 0
        for text in texts:
            starts.append(offset)
            lengths.append(len(text))
            offset += len(text) + 1
        joined = _bmp("\x00".join(texts))
        data = joined.encode("utf-16-le")
        count = max(0, len(joined) - GRAM + 1)
        packed: list[int] = []
        for residue in range(min(GRAM, count)):
            grams = (count - residue + GRAM - 1) // GRAM
            view = memoryview(data)[2 * residue: 2 * residue + 8 * grams].cast("Q")
            packed.extend((key << 32) | (residue + GRAM * j) for j, key in enumerate(view))
        packed.sort()
        keys = array("Q", [value >> 32 for value in packed])
        positions = array("I", [value & 0xFFFFFFFF for value in packed])
        return cls(keys, positions, starts, lengths)

    def postings(self, key: int) -> array:
        """Joined-string positions of one gram."""
        lo = bisect.bisect_left(self.keys, key)
        hi = bisect.bisect_right(self.keys, key, lo)
        return self.positions[lo:hi]

    def _locate(self, position: int) -> tuple[int, int]:
        text = bisect.bisect_right(self.starts, position) - 1
        return text, position - self.starts[text]

    def candidates(self, passage: str, limit: int = 6) -> list[Candidate]:
        """The likeliest places of ``passage`` (folded), best first."""
        probes = len(passage) - GRAM + 1
        if probes <= 0:
            return []
        step = max(1, probes // MAX_PROBES)
        anchors: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for j in range(0, probes, step):
            hits = self.postings(gram_key(passage[j:j + GRAM]))
            if len(hits) > MAX_POSTINGS:
                continue
            for position in hits:
                anchors[(position - j) // BAND].append((j, position))
        scored = sorted(anchors, key=lambda band: (-_votes(anchors, band), band))
        needed = max(2, int(MIN_VOTE_SHARE * len(range(0, probes, step))))
        out: list[Candidate] = []
        taken: set[int] = set()
        for band in scored:
            if _votes(anchors, band) < needed:
                break
            if band in taken or len(out) >= limit:
                continue
            taken.update((band - 1, band, band + 1))
            group = anchors[band] + anchors.get(band - 1, []) + anchors.get(band + 1, [])
            out.append(self._window(group, len(passage)))
        return out

    def _window(self, anchors: list[tuple[int, int]], length: int) -> Candidate:
        text, _ = self._locate(min(p for _, p in anchors))
        begin = min(p - j for j, p in anchors) - self.starts[text]
        end = max(p + (length - j) for j, p in anchors) - self.starts[text]
        return Candidate(text, max(0, begin - SLACK), min(self.lengths[text], end + SLACK),
                         len(anchors))


def _votes(anchors: dict[int, list[tuple[int, int]]], band: int) -> int:
    return sum(len(anchors.get(b, ())) for b in (band - 1, band, band + 1))
