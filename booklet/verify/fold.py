"""Folding text for comparison: width, spaces, line breaks and quote styles are not differences.

``，`` and ``,``, ``２`` and ``2``, “” and "" and 「」 are the same reading;
a space or a line break is extraction noise.  Folding maps each of them to
one form and drops whitespace, and keeps, for every folded character, where
it came from, so a difference is shown in the original text with its line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Full-width ASCII (！ … ～) → ASCII; every quotation mark → one ASCII quote (a quotation
# renders the source's “” as ‘’ inside its own marks, so the two must compare equal).
_TABLE: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_TABLE.update({ord(ch): '"' for ch in "“”‘’「」『』\"'＂＇"})
_SPACE = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")


def fold_char(ch: str) -> str:
    """One character folded (whitespace folds to itself; callers drop it)."""
    return ch.translate(_TABLE)


Origin = tuple[int, ...] | None  # each folded character's index in the original; None: equal


def original_index(origin: Origin, index: int) -> int:
    """Index in the unfolded text of folded character ``index``."""
    if origin is None:
        return index
    if index >= len(origin):
        return (origin[-1] + 1) if origin else 0
    return origin[index]


def folded_index(origin: Origin, original: int) -> int:
    """Index in the folded text of the first kept character at or after ``original``."""
    if origin is None:
        return original
    return bisect.bisect_left(origin, original)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded string and, when whitespace was dropped, each character's index in the original."""

    text: str
    origin: Origin = None  # None: no characters dropped, indices are equal

    def original_index(self, index: int) -> int:
        """Index in the unfolded text of folded character ``index``."""
        return original_index(self.origin, index)

    def folded_index(self, original: int) -> int:
        """Index in the folded text of the first kept character at or after ``original``."""
        return folded_index(self.origin, original)


def fold(text: str) -> Folded:
    """``text`` folded for comparison, with the way back to the original positions."""
    translated = text.translate(_TABLE)
    if _SPACE.search(translated) is None:
        return Folded(translated)
    kept = [i for i, ch in enumerate(translated) if not _SPACE.match(ch)]
    return Folded("".join(translated[i] for i in kept), tuple(kept))


def fold_text(text: str) -> str:
    """Just the folded string."""
    return _SPACE.sub("", text.translate(_TABLE))
