"""All texts of a project, indexed: the booklet's articles and what they are checked against.

Texts are grouped in shelves — the booklet's articles, and everything else
(references, ``compare_with:`` files) — and every shelf has one n-gram index
over all its texts, so a quotation is looked up once per shelf however many
files the references hold.  An index depends only on the folded texts, so it
is cached (beside the cleaned sources, keyed by a hash of the texts and of
this code) and a second run loads it instead of rebuilding it; editing the
booklet rebuilds only the small index of its articles.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from booklet.cache import SourceCache, code_fingerprint
from booklet.verify.ngram import NgramIndex
from booklet.verify.texts import VerifyText

if TYPE_CHECKING:
    from booklet.verify.quotes import Quotation


@dataclass(slots=True)
class Shelf:
    """Texts indexed together."""

    texts: list[VerifyText]
    index: NgramIndex


def _shelf_key(texts: list[VerifyText]) -> str:
    digest = hashlib.sha256(code_fingerprint("verify/ngram.py", "verify/corpus.py").encode())
    digest.update(sys.byteorder.encode())  # the index holds native machine words
    for text in texts:
        digest.update(text.folded.encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()


def make_shelf(texts: list[VerifyText], cache: SourceCache | None) -> Shelf:
    """Index ``texts`` (through the cache when one is given)."""
    def build() -> NgramIndex:
        return NgramIndex.build([t.folded for t in texts])

    index = cache.derived(_shelf_key(texts), "verify-index", build) if cache else build()
    if not isinstance(index, NgramIndex) or len(index.lengths) != len(texts):
        index = build()  # a stale or foreign pickle: rebuilt, never trusted
    return Shelf(texts, index)


@dataclass(slots=True)
class Corpus:
    """Every text of the project, its shelves, and the quotations of the booklet's articles."""

    shelves: list[Shelf]
    quotations: dict[str, list["Quotation"]] = field(default_factory=dict)

    @property
    def texts(self) -> list[VerifyText]:
        """All texts, booklet articles first, in order."""
        return [t for shelf in self.shelves for t in shelf.texts]

    @classmethod
    def build(cls, groups: list[list[VerifyText]], cache: SourceCache | None,
              quotations: dict[str, list["Quotation"]] | None = None) -> "Corpus":
        """One shelf per non-empty group (the booklet's articles, then all the others)."""
        return cls([make_shelf(group, cache) for group in groups if group], quotations or {})
