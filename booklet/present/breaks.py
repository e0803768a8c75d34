"""Where display text wraps — one decision both writers print.

Titles, the cover and notice titles, part titles and TOC entries are broken by
``typeset.titles.display_lines`` on widths in grid cells (``typeset.cells``),
not on one writer's font metrics, so the PDF and the DOCX break them at the same
words; half a cell of slack absorbs the difference between our metrics and
Word's or LibreOffice's.
"""

from __future__ import annotations

from booklet.layout import MM, Profile
from booklet.typeset.cells import cell
from booklet.typeset.clreq import can_break_before
from booklet.typeset.titles import INSIDE_WORD, break_costs, display_lines

SLACK_CELLS = 0.5  # room left on each line for another renderer's rounding
TOC_NUMBER_CELLS = 3  # width kept right of a TOC entry for its leaders and page number
TOC_HANG_CELLS = 2  # wrapped TOC lines hang two characters in


def style_pitch(profile: Profile, style_name: str) -> float:
    """Grid advance (pt) of one CJK character in the style."""
    return profile.style(style_name).size_pt * profile.char_pitch_pt / profile.body.size_pt


def title_lines(profile: Profile, style_name: str, text: str, measure_pt: float | None = None,
                ) -> list[str]:
    """A centred display text as balanced lines, broken where words end."""
    pitch = style_pitch(profile, style_name)
    measure = (profile.text_width_mm * MM if measure_pt is None else measure_pt)
    widths = [cell(ch) * pitch for ch in text]
    return display_lines(text, widths, measure - SLACK_CELLS * pitch, pitch)


def toc_lines(profile: Profile, text: str) -> list[str]:
    """A TOC entry as ragged lines: wrapped lines hang in, leaders and number follow the last."""
    pitch = style_pitch(profile, "toc_entry")
    measure = profile.text_width_mm * MM - (TOC_NUMBER_CELLS + SLACK_CELLS) * pitch
    widths = [cell(ch) * pitch for ch in text]
    return display_lines(text, widths, measure, pitch, balanced=False,
                         indent=TOC_HANG_CELLS * pitch)


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
