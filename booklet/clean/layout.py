"""What a file tells about its layout: measure, wrapped or separated, indent habit.

Two kinds of file: *wrapped* (lines cut at a fixed measure, blank lines mean nothing —
seeds 000, 001, 004) and *separated* (one paragraph per line or Markdown, a blank line
separates blocks — seed 002).  ``study_layout`` reads the lines once; the unwrap, caption
and heading rules compare lines against the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Sequence

from booklet.clean.lines import Line
from booklet.shapes import ends_sentence

# Lines narrower than this (em) say nothing about the measure: labels, page numbers, names.
MEASURE_MIN_EM = 6
# The measure is the upper quartile of line widths: wrapped text has most lines at full width.
MEASURE_QUANTILE = 0.75
# Wrapped text: enough lines end within this band of the measure (em below, em above) …
NEAR_MEASURE_BELOW = 1.5
NEAR_MEASURE_ABOVE = 1
# … at least this share of the lines do, and the median line is this share of the measure.
WRAPPED_NEAR_SHARE = 0.3
WRAPPED_MEDIAN_SHARE = 0.6
# Fewer lines than this cannot show a wrap; a measure wider than this (em) is one paragraph a line.
WRAPPED_MIN_LINES = 4
WRAPPED_MAX_MEASURE = 80
# A file uses first-line indents when this many lines, and this share of them, are indented.
INDENT_MIN_LINES = 3
INDENT_MIN_SHARE = 0.08
# Trailing spaces mark block ends when at least this many lines carry one, this share of them
# end a sentence or a short line, and not more than this share of all lines carry one.
TRAIL_MIN_LINES = 5
TRAIL_END_SHARE = 0.7
TRAIL_MAX_SHARE = 0.6
# A line shorter than this share of the measure is short (a block's last line, a title).
SHORT_SHARE = 0.7
# Blank lines are sparse (each one means something) below this share of line gaps.
SPARSE_BLANK_SHARE = 0.4
# A dropped first-line indent: paragraph first lines fall short of the measure by 1.5–4.5 em
# (a two-character indent, give or take full-width punctuation), judged on three or more.
LOST_INDENT_MIN_EM = 1.5
LOST_INDENT_MAX_EM = 4.5
LOST_INDENT_MIN_LINES = 3
# A finished paragraph's last line is shorter than this share of the measure; the first line
# of the next is at least this share.
ENDED_SHARE = 0.8
FIRST_LINE_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Layout:
    """What the file tells about its layout."""

    measure: float             # the full-line width, em
    wrapped: bool              # hard-wrapped at the measure
    uses_indent: bool          # paragraphs start with an indent
    trail_marks_end: bool      # a trailing space ends a block
    sparse_blanks: bool = False  # blank lines are rare, so each one means something
    indent_lost: float = 0.0   # first lines are this much narrower: an indent the extractor dropped


def typical_measure(lines: Sequence[Line]) -> float:
    """The file's full-line width: the upper quartile of body-line widths.

    Wrapped text has most lines at (nearly) the full measure, so the 75th
    percentile lands on it; a paragraph-per-line file gets a large value.
    """
    widths = sorted(ln.width for ln in lines if ln.width >= MEASURE_MIN_EM and not ln.given_heading)
    if not widths:
        return 0.0
    return widths[int(len(widths) * MEASURE_QUANTILE)]


def is_wrapped(lines: Sequence[Line], measure: float) -> bool:
    """True when the file is hard-wrapped: many lines end within ~1.5 em of the measure.

    In such files blank lines between lines are extraction noise; otherwise
    (one paragraph per line, as in seed 002) a blank line separates paragraphs.
    """
    body = [ln for ln in lines if not ln.given_heading]
    if len(body) < WRAPPED_MIN_LINES or measure <= 0 or measure > WRAPPED_MAX_MEASURE:
        return False
    near = sum(1 for ln in body if measure - NEAR_MEASURE_BELOW <= ln.width <= measure + NEAR_MEASURE_ABOVE)
    return near / len(body) >= WRAPPED_NEAR_SHARE and median(ln.width for ln in body) >= measure * WRAPPED_MEDIAN_SHARE


def study_layout(lines: Sequence[Line]) -> Layout:
    """Measure, wrapped-or-separated, indent use and trailing-space meaning for a file."""
    measure = typical_measure(lines)
    wrapped = is_wrapped(lines, measure)
    body = [ln for ln in lines if not ln.given_heading]
    indented = sum(1 for ln in body if ln.indent)
    uses_indent = wrapped and indented >= INDENT_MIN_LINES and indented >= INDENT_MIN_SHARE * len(body)
    trailing = [ln for ln in body[:-1] if ln.trail_space]
    ends = sum(1 for ln in trailing if ends_sentence(ln.text) or ln.width < SHORT_SHARE * measure)
    trail_marks_end = len(trailing) >= TRAIL_MIN_LINES and ends >= TRAIL_END_SHARE * len(trailing) \
        and len(trailing) <= TRAIL_MAX_SHARE * len(body)
    blank = sum(1 for ln in body[1:] if ln.blanks_before)
    sparse = blank < SPARSE_BLANK_SHARE * max(1, len(body) - 1)
    lost = _indent_lost(body, measure) if wrapped and not uses_indent else 0.0
    return Layout(measure, wrapped, uses_indent, trail_marks_end, sparse, lost)


def _indent_lost(body: Sequence[Line], measure: float) -> float:
    """How much narrower a paragraph's first line is than the measure, when that is systematic.

    Lines after a clearly finished paragraph (short, ending 。) are first lines; if
    most of them fall ~2 em short, the PDF indented them and the extractor dropped it.
    """
    firsts = sorted(cur.width for prev, cur in zip(body, body[1:])
                    if ends_sentence(prev.text) and prev.width < ENDED_SHARE * measure
                    and cur.width >= FIRST_LINE_SHARE * measure and not ends_sentence(cur.text))
    if len(firsts) < LOST_INDENT_MIN_LINES:
        return 0.0
    lost = measure - firsts[len(firsts) // 2]
    return lost if LOST_INDENT_MIN_EM <= lost <= LOST_INDENT_MAX_EM else 0.0
