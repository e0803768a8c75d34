"""Chinese text as characters: the character classes, display width, and joining wrapped lines.

Shared by the readers, the cleaner and the Markdown reader.  Everything is table- or
regex-driven so callers stay linear-time.
"""

from __future__ import annotations

import re
from itertools import repeat

# Han ideographs (CJK Unified, Extension A, compatibility ideographs).
IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width and CJK punctuation, dashes, ellipsis, curly quotes.
CJK_PUNCT = ("\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
             "\u2014\u2026\u201c\u201d\u2018\u2019")
# Characters that take no space when two wrapped lines are joined: ideographs, CJK
# punctuation, full-width forms, kana, middle dot, circled numbers.
JOINS_TIGHT = ("\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
               "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
               "\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\u2460-\u24ff\u2776-\u2793")
IDEOGRAPH_RE = re.compile(f"[{IDEOGRAPH}]")
_TIGHT_MATCH = re.compile(f"[{JOINS_TIGHT}]").match
# ``join_two`` puts nothing between two pieces when either side's edge character matches this.
TIGHT_EDGE = _TIGHT_MATCH
_HYPHEN_WORD = re.compile(r"[A-Za-z]-$")


# A narrow (ASCII) character's width in em, and an extractor's space's: ``width`` and ``widths`` count
# it (written out there as the figure), and so do the rules that take such a space back out.
NARROW_EM = 0.5


def width(text: str) -> float:
    """Display width in em: CJK characters count 1, narrow (ASCII) characters 0.5.

    Counted from the UTF-8 length (3 bytes for CJK, 1 for ASCII) — done in C, fast.
    """
    wide = (len(text.encode("utf-8", "surrogatepass")) - len(text)) / 2
    return wide + (len(text) - wide) * 0.5


def widths(texts: list[str]) -> list[float]:
    """``width`` of each of ``texts`` (the same values; the encoding and the lengths run in C)."""
    sizes = map(len, map(str.encode, texts, repeat("utf-8"), repeat("surrogatepass")))
    return [(size - n) / 2 + (n - (size - n) / 2) * 0.5 for size, n in zip(sizes, map(len, texts))]


def is_ideograph_edge(text: str) -> bool:
    """Both ends of ``text`` are Han ideographs (two headline lines may then keep a space)."""
    return bool(text) and IDEOGRAPH_RE.match(text[-1]) is not None \
        and IDEOGRAPH_RE.match(text[0]) is not None


def hyphen_repaired(left: str, right: str) -> bool:
    """``join_two`` drops the hyphen of a Latin word split at the line end (``pro-`` + ``gress``)."""
    return bool(left and right) and _TIGHT_MATCH(left[-1]) is None and _TIGHT_MATCH(right[0]) is None \
        and not left[-1].isspace() and not right[0].isspace() \
        and _HYPHEN_WORD.search(left) is not None and right[0].islower()


def join_two(left: str, right: str, spaced: bool = False) -> str:
    """Join two wrapped pieces: no space around CJK, one space between Latin words.

    A Latin word split by a hyphen at the line end is repaired ("pro-" + "gress"); callers
    that must account for every character check ``hyphen_repaired`` first.  A number cut at a
    line end is set solid (``达到9`` / ``2%，`` → ``92%``): Chinese text wraps between any two
    characters, inside a number too, and Latin text never breaks a line at a space between two
    digits it would have had to keep — unless ``spaced``: the extractor wrote a space between the
    two pieces (one printed line), which stays between any two Latin words or numbers.
    """
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if _TIGHT_MATCH(a) is not None or _TIGHT_MATCH(b) is not None or a.isspace() or b.isspace():
        return left + right
    if _HYPHEN_WORD.search(left) and b.islower():
        return left[:-1] + right
    if a.isdigit() and b.isdigit() and not spaced:
        return left + right
    if (a.isalnum() and b.isalnum()) or (a in ",.;:!?)" and b.isalpha()):
        return left + " " + right
    return left + right


def join_lines(pieces: list[str]) -> str:
    """Join several wrapped line texts (already stripped) into one paragraph text."""
    out = ""
    for piece in pieces:
        out = join_two(out, piece)
    return out
