"""Widths in grid cells (one cell = one CJK character of the style's size), without font files.

Used wherever a width must be known before (or without) the PDF's font
metrics: the DOCX writer's indents and the display-line breaking both writers
share.  Latin letters and digits average about half an em in a proportional
serif (Times New Roman, Liberation Serif); everything from U+2000 on (CJK,
full-width punctuation, ——, ……, “”) takes a whole cell.
"""

from __future__ import annotations

HALF_BELOW = 0x2000  # code points below this are set half width


def cell(ch: str) -> float:
    """Width of one character in cells."""
    return 0.5 if ord(ch) < HALF_BELOW else 1.0


def cells(text: str) -> float:
    """Width of ``text`` in cells."""
    return sum(0.5 if ord(ch) < HALF_BELOW else 1.0 for ch in text)
