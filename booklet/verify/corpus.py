"""All texts of a project, indexed: the booklet's articles and the references.

Texts are grouped in shelves — the booklet's articles, and each reference
file — and every shelf has an n-gram index and a shingle sketch per text.
Both depend only on the folded texts, so they are cached (beside the
cleaned sources, keyed by a hash of the texts and of this code) and a
second run loads them instead of rebuilding them.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from booklet.cache import SourceCache, code_fingerprint
from booklet.verify.ngram import NgramIndex
from booklet.verify.texts import VerifyText

if TYPE_CHECKING:
    from booklet.verify.quotes import Quotation

SHINGLE_CHARS = 8    # a shingle: eight characters, a short phrase
SAMPLE_MODULUS = 8   # keep the shingles whose hash is 0 modulo this: one in eight, by content


def sketch(folded: str) -> frozenset[int]:
    """A content-sampled set of shingle hashes: two texts sharing most of their words share most
    of their sketches, whatever their length (Broder's mod-sampling)."""
    out: set[int] = set()
    for i in range(max(0, len(folded) - SHINGLE_CHARS + 1)):
        value = zlib.crc32(folded[i:i + SHINGLE_CHARS].encode("utf-8"))
        if value % SAMPLE_MODULUS == 0:
            out.add(value)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class ShelfIndex:
    """What is cached for a shelf: its n-gram index and one sketch per text."""

    index: NgramIndex
    sketches: tuple[frozenset[int], ...]


@dataclass(slots=True)
class Shelf:
    """Texts indexed together."""

    texts: list[VerifyText]
    index: NgramIndex
    sketches: tuple[frozenset[int], ...]


def _shelf_key(texts: list[VerifyText]) -> str:
    digest = hashlib.sha256(code_fingerprint("verify/ngram.py", "verify/fold.py",
                                             "verify/corpus.py", "verify/texts.py").encode())
    for text in texts:
        digest.update(text.folded.encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()


def make_shelf(texts: list[VerifyText], cache: SourceCache | None) -> Shelf:
    """Index ``texts`` (through the cache when one is given)."""
    def build() -> ShelfIndex:
        folded = [t.folded for t in texts]
        return ShelfIndex(NgramIndex.build(folded), tuple(sketch(f) for f in folded))

    built = cache.derived(_shelf_key(texts), "verify-index", build) if cache else build()
    if not isinstance(built, ShelfIndex) or len(built.sketches) != len(texts):
        built = build()
    return Shelf(texts, built.index, built.sketches)


@dataclass(slots=True)
class Corpus:
    """Every text of the project, its shelves, and the quotations found in each text."""

    shelves: list[Shelf]
    quotations: dict[str, list["Quotation"]] = field(default_factory=dict)

    @property
    def texts(self) -> list[VerifyText]:
        """All texts, booklet articles first, in order."""
        return [t for shelf in self.shelves for t in shelf.texts]

    @classmethod
    def build(cls, groups: list[list[VerifyText]], cache: SourceCache | None) -> "Corpus":
        """One shelf per non-empty group; the quotations of every text found once."""
        from booklet.verify.quotes import find_quotations  # the quotation grammar: only here

        shelves = [make_shelf(group, cache) for group in groups if group]
        corpus = cls(shelves)
        for text in corpus.texts:
            corpus.quotations[text.key] = find_quotations(text)
        return corpus

    def quoted(self, text: VerifyText, start: int, end: int) -> bool:
        """True when ``start:end`` of ``text`` lies in a quotation there: a secondary copy."""
        return any(q.start < end and start < q.end for q in self.quotations.get(text.key, ()))
