"""The profile's geometry in Word units (twips, half-points, 4096ths of a point).

Word rounds every length to whole twips; the line pitch is rounded DOWN so
that ``lines_per_page`` exact-spaced lines still fit the text block (rounding
28.99 pt up to 29 pt would leave room for only 21 lines on A4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from booklet.layout import DOCX_FAMILY_NAMES, Profile, TextStyle
from booklet.present.style import note_step

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    """Millimetres to whole twips."""
    return round(mm * TWIPS_PER_MM)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Page setup and grid numbers derived once from a ``Profile``."""

    page_w: int
    page_h: int
    top: int
    bottom: int
    inner: int
    outer: int
    footer: int
    header: int
    text_w: int
    line: int  # exact line pitch, twips
    char_space: int  # docGrid w:charSpace
    tracking: int  # run w:spacing of body text, twips (see metrics_for)
    body_pt: float
    indent_chars: int
    notes_per_page: bool = True  # footnote numbers restart on each page
    note_line: int = 0  # exact line of footnote text, twips (the PDF's note step)
    pitch: float = 0.0  # one grid character (the PDF's character pitch), twips

    @property
    def char_twips(self) -> int:
        """One body character (an em of the body size) in twips, for indents."""
        return round(self.body_pt * TWIPS_PER_PT)

    def lines(self, n: float) -> int:
        """``n`` grid lines in twips (for spacing before/after)."""
        return round(self.line * n)


def metrics_for(profile: Profile) -> Metrics:
    """Word numbers for ``profile`` (margins mirror when the profile binds double-sided)."""
    page_w = mm_to_twips(profile.page_width_mm)
    page_h = mm_to_twips(profile.page_height_mm)
    top = mm_to_twips(profile.margin_top_mm)
    inner = mm_to_twips(profile.margin_left_mm)
    text_w = mm_to_twips(profile.text_width_mm)
    outer = page_w - inner - text_w
    text_h = mm_to_twips(profile.text_height_mm)
    bottom = page_h - top - text_h
    body_pt = profile.body.size_pt
    line = math.floor(text_h / profile.lines_per_page)
    number_pt = profile.styles["page_number"].size_pt if "page_number" in profile.styles else 14
    # The number's top sits page_number_offset_mm below the block: the footer
    # distance is measured from the page edge to the footer's bottom.
    footer = bottom - mm_to_twips(profile.page_number_offset_mm) - round(number_pt * 1.3 * 20)
    pitch_pt = text_w / profile.chars_per_line / TWIPS_PER_PT
    char_space = math.floor((pitch_pt - body_pt) * 4096)
    # Paragraphs do not snap to the character grid (see styles._normal): body
    # type is tracked a little tighter than the pitch so that chars_per_line
    # characters fit and one more does not.
    tracking = math.floor((pitch_pt - body_pt) * TWIPS_PER_PT) - 1
    return Metrics(page_w=page_w, page_h=page_h, top=top, bottom=bottom, inner=inner,
                   outer=outer, footer=max(footer, 0), header=mm_to_twips(15), text_w=text_w,
                   line=line, char_space=char_space, tracking=tracking, body_pt=body_pt,
                   indent_chars=profile.first_line_indent_chars,
                   notes_per_page=profile.note_numbering == "page",
                   note_line=round(line * note_step(profile)),
                   pitch=text_w / profile.chars_per_line)


def font_names(style: TextStyle, latin: str) -> tuple[str, str]:
    """(East Asian, Latin) family names for a style: its role's Chinese face, and the profile's
    proportional Latin serif for ASCII letters and digits (``w:ascii``/``w:hAnsi``)."""
    return DOCX_FAMILY_NAMES[style.role][0], latin


def exact_line(metrics: Metrics, size_pt: float) -> int:
    """Exact line height for type of ``size_pt``: one grid line, or half-line steps for big type."""
    steps = max(2, math.ceil(2 * size_pt * 1.3 * TWIPS_PER_PT / metrics.line))
    return round(metrics.line * steps / 2)
