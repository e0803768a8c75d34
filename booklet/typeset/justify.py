"""Justification: spread a line over the full measure with inter-character spacing."""

from __future__ import annotations


def char_spacing(advances: float, gaps: int, measure: float, *, tracking: float, justify: bool,
                 max_stretch: float) -> float:
    """Character spacing (PDF ``Tc``) to use at each of a line's ``gaps`` stretchable gaps.

    ``advances`` is the line's width with no spacing at those gaps (Latin words keep their
    natural widths: their inner gaps are not counted).  A justified line gets the spacing
    that puts its last glyph flush with ``measure``; a line that would need more than
    ``max_stretch`` extra per gap (a very short line) keeps its natural ``tracking``.
    """
    if not justify or gaps < 1:
        return tracking
    spacing = (measure - advances) / gaps
    if spacing - tracking > max_stretch:
        return tracking
    return spacing
