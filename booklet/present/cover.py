"""The cover's placement, decided once for both writers from the profile's ``cover`` geometry.

Rules and text blocks are placed by their distance below the text block's top
edge: red rules (a heavy line over a light one above the title, a light one
under the title block) and, for each text, its lines, the baseline of the
first and the distance between baselines.  The PDF draws them there; the DOCX
puts each in a frame anchored to the page at the same height.
"""

from __future__ import annotations

from dataclasses import dataclass

from booklet.layout import MM, Profile
from booklet.model import Booklet
from booklet.present.breaks import title_lines

TITLE_MEASURE = 0.86  # the cover title and subtitle are set on 86 % of the measure, centred
LEADING = 1.6  # baseline distance of title and subtitle lines, in type sizes
CREDIT_LEADING = 2.0  # baseline distance from the issuer to the date, in the issuer's size
SUBTITLE_GAP = 0.4  # extra white above the subtitle, in title leads
UPPER_RULES = ((0.0, 2.5), (5.0, 0.8))  # (pt below the rule's position, width): heavy, light
LOWER_RULE = 0.8  # width of the rule under the title block


@dataclass(frozen=True, slots=True)
class CoverText:
    """One text block: style, lines, first baseline (pt below the block top), baseline step."""

    style: str
    lines: tuple[str, ...]
    baseline: float
    lead: float
    measure: float  # pt wide, centred on the text block


@dataclass(frozen=True, slots=True)
class CoverPlan:
    """Where every rule (pt below the block top, width) and text block of the cover goes."""

    rules: tuple[tuple[float, float], ...]
    texts: tuple[CoverText, ...]


def cover_plan(profile: Profile, booklet: Booklet) -> CoverPlan:
    """The cover of ``booklet`` in ``profile``."""
    g, measure = profile.cover, profile.text_width_mm * MM
    narrow = measure * TITLE_MEASURE
    upper = g.upper_rule_mm * MM
    rules = [(upper + below, width) for below, width in UPPER_RULES]
    rules.append((g.lower_rule_mm * MM, LOWER_RULE))
    texts = []
    lead = profile.style("cover_title").size_pt * LEADING
    lines = tuple(title_lines(profile, "cover_title", booklet.title, narrow))
    texts.append(CoverText("cover_title", lines, g.title_mm * MM, lead, narrow))
    if booklet.subtitle:
        sub = profile.style("cover_subtitle").size_pt * LEADING
        below = g.title_mm * MM + lead * (len(lines) - 1 + 1 + SUBTITLE_GAP)
        texts.append(CoverText("cover_subtitle", tuple(title_lines(
            profile, "cover_subtitle", booklet.subtitle, narrow)), below, sub, narrow))
    below = g.issuer_mm * MM
    for style, text in (("cover_issuer", booklet.issuer), ("cover_date", booklet.date)):
        if text:
            step = profile.style(style).size_pt * CREDIT_LEADING
            texts.append(CoverText(style, (text,), below, step, measure))
            below += step
    return CoverPlan(tuple(rules), tuple(texts))
