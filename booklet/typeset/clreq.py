"""Character classes of W3C clreq (Requirements for Chinese Text Layout) used by the line breaker.

Kept as plain frozensets so a break test is two set look-ups per character.
"""

from __future__ import annotations

# Characters that must not begin a line (clreq §3.1.7 "行首禁则").
NO_START = frozenset("，。、；：？！）》」』”’〉】〕］｝…—·%‰,.;:?!)]}・～〃々ー")
# Characters that must not end a line ("行尾禁则").
NO_END = frozenset("（《「『“‘〈【〔［｛([{")
# Marks written doubled that must never be split across lines (——, ……).
INSEPARABLE = frozenset("—…")
# Dashes that join the two ends of a range (2018—2022年, 3～5).
RANGE_DASHES = frozenset("—–～~-－")


def is_latin(ch: str) -> bool:
    """A character that belongs to a Latin word or number (2035, 6G, Web3.0)."""
    return "!" <= ch <= "~"


def can_break_before(prev: str, cur: str) -> bool:
    """Whether a line may end after ``prev`` and the next begin with ``cur``."""
    if cur in NO_START or prev in NO_END:
        return False
    if prev == cur and cur in INSEPARABLE:
        return False
    if is_latin(prev) and is_latin(cur):
        return False
    if prev in RANGE_DASHES and cur.isdigit():  # 2018—2022年: a range is never split
        return False
    return True
