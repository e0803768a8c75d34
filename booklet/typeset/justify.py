"""Justification: spread a line over the full measure with inter-character spacing."""

from __future__ import annotations


def char_spacing(natural: float, advances: float, glyphs: int, measure: float, *, tracking: float,
                 justify: bool, max_stretch: float) -> float:
    """Character spacing (PDF ``Tc``) to use for a line.

    ``advances`` is the sum of plain glyph advances, ``natural`` the width with
    ``tracking`` applied.  A justified line gets the spacing that puts its last
    glyph flush with ``measure``; a line that would need more than ``max_stretch``
    extra per gap (a very short line) keeps its natural tracking instead.
    """
    if not justify or glyphs < 2:
        return tracking
    spacing = (measure - advances) / (glyphs - 1)
    if spacing - tracking > max_stretch:
        return tracking
    return spacing
