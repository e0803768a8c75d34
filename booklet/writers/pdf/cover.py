"""The cover page: red rules, the title (and subtitle) in the upper part, issuer and date below.

Positions come from the profile's ``cover`` geometry (mm below the text block's
top), which the DOCX writer reads too.
"""

from __future__ import annotations

from dataclasses import replace

from booklet.layout import MM
from booklet.model import Booklet
from booklet.writers.pdf.pages import Geometry, Page, Placed
from booklet.writers.pdf.text import Line, Shaper

TITLE_MEASURE = 0.86  # the cover title is set on 86 % of the measure, centred
TITLE_LEADING = 1.6  # baseline distance of cover title lines, in type sizes
DOUBLE_GAP = 5.0  # pt between the heavy and light upper rule


def cover_page(booklet: Booklet, geo: Geometry, shaper: Shaper) -> Page:
    """The cover."""
    profile = shaper.profile
    cover, red = profile.cover, profile.accent_color
    page = Page("cover")
    top = geo.block_top
    rule_y = top - cover.upper_rule_mm * MM
    page.rules.append((0, geo.measure, rule_y, 2.5, red))
    page.rules.append((0, geo.measure, rule_y - DOUBLE_GAP, 0.8, red))
    y = top - cover.title_mm * MM
    lead = profile.style("cover_title").size_pt * TITLE_LEADING
    inset = geo.measure * (1 - TITLE_MEASURE) / 2
    for line in shaper.set("cover_title", booklet.title, measure=geo.measure * TITLE_MEASURE):
        page.placed.append(Placed(_shift(line, inset), y=y))
        y -= lead
    if booklet.subtitle:
        y -= lead * 0.4
        sub = profile.style("cover_subtitle").size_pt * TITLE_LEADING
        for line in shaper.set("cover_subtitle", booklet.subtitle,
                               measure=geo.measure * TITLE_MEASURE):
            page.placed.append(Placed(_shift(line, inset), y=y))
            y -= sub
    y = top - cover.issuer_mm * MM
    for style_name, text in (("cover_issuer", booklet.issuer), ("cover_date", booklet.date)):
        if text:
            for line in shaper.set(style_name, text):
                page.placed.append(Placed(line, y=y))
                y -= profile.style(style_name).size_pt * 2
    page.rules.append((0, geo.measure, top - cover.lower_rule_mm * MM, 0.8, red))
    return page


def _shift(line: Line, dx: float) -> Line:
    """The line moved right by ``dx`` (set on a narrower measure, centred on the page)."""
    return replace(line, x=line.x + dx)
