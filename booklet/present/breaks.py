"""Where display text wraps — one decision both writers print.

Titles, the cover and notice titles, part titles and the right-aligned
attributions are broken here (TOC entries in ``present.toc``), on widths in grid cells
(``typeset.cells``), not on one writer's font metrics, so the PDF and the DOCX
break them at the same words.  Chinese characters take exactly one cell in
every renderer and digits half a cell in Times New Roman and its twins; other
Latin letters and signs vary with the face, so a text holding them keeps half
a cell of slack on each line.
"""

from __future__ import annotations

from functools import lru_cache

from booklet.layout import MM, Profile
from booklet.typeset.cells import cell, cells
from booklet.typeset.clreq import can_break_before
from booklet.typeset.titles import INSIDE_WORD, break_costs, display_lines

SLACK_CELLS = 0.5  # room left on a line holding Latin letters, for another renderer's widths
ROUNDING_CELLS = 0.05  # room left on a line of Chinese and digits: renderers round to twips
EXACT = frozenset("0123456789")  # Latin characters exactly half a cell wide in a Times face
# A measure is taken to a millionth of a point: the PDF's and the DOCX's spellings of one
# measure (mm × 72 / 25.4, mm × MM) differ in their last bit, and must be one decision —
# one line break for both writers, and one entry in ``_balanced``'s memo, not two.
MEASURE_DIGITS = 6


def style_pitch(profile: Profile, style_name: str) -> float:
    """Grid advance (pt) of one CJK character in the style."""
    return profile.style(style_name).size_pt * profile.char_pitch_pt / profile.body.size_pt


def slack(text: str) -> float:
    """Cells a line of ``text`` keeps free for other renderers (see the module docstring)."""
    return SLACK_CELLS if any(ch.isascii() and ch not in EXACT for ch in text) else ROUNDING_CELLS


def title_lines(profile: Profile, style_name: str, text: str, measure_pt: float | None = None,
                ) -> list[str]:
    """A centred display text as balanced lines, broken where words end."""
    pitch = style_pitch(profile, style_name)
    measure = _measure(profile, measure_pt)
    return list(_balanced(text, pitch, measure - slack(text) * pitch))


def _measure(profile: Profile, measure_pt: float | None) -> float:
    """The measure asked for (the text width when None), to ``MEASURE_DIGITS``."""
    return round(profile.text_width_mm * MM if measure_pt is None else measure_pt, MEASURE_DIGITS)


@lru_cache(maxsize=4096)
def _balanced(text: str, pitch: float, room: float) -> tuple[str, ...]:
    """``title_lines`` once per text and measure: both writers, the contents page and the cover
    ask for the same titles."""
    return tuple(display_lines(text, [cell(ch) * pitch for ch in text], room, pitch))


def attribution_lines(profile: Profile, text: str, measure_pt: float | None = None) -> list[str]:
    """A right-aligned attribution (——在…的讲话（2016年4月19日）): one line when it fits, else
    broken before its closing （date） when both parts fit, else ragged lines broken at words."""
    pitch = style_pitch(profile, "attribution")
    room = _measure(profile, measure_pt) / pitch - slack(text)
    if cells(text) <= room:
        return [text]
    at = text.rfind("（")
    if at > 0 and max(cells(text[:at]), cells(text[at:])) <= room:
        return [text[:at], text[at:]]
    return display_lines(text, [cell(ch) * pitch for ch in text], room * pitch, pitch,
                         balanced=False)


def word_breaks(text: str) -> list[int]:
    """Offsets where a display text may wrap on a screen of unknown width (the HTML edition
    marks them ``<wbr>`` and wraps nowhere else): between words and after punctuation — the
    break costs the printed titles use, cheaper than splitting a word or a name — and only
    where clreq lets a line end.  Spaces are break points of their own."""
    if len(text) < 2:
        return []
    costs = break_costs(text)
    return [b for b in range(1, len(text))
            if costs[b] < INSIDE_WORD and " " not in text[b - 1:b + 1]
            and (can_break_before(text[b - 1], text[b]) or text[b:b + 2] == "——")]
