"""The cover page: red rules, the title (and subtitle) in the upper part, issuer and date below,
where ``present.cover`` places them (the DOCX puts them at the same heights)."""

from __future__ import annotations

from dataclasses import replace

from booklet.model import Booklet
from booklet.present.cover import cover_plan
from booklet.writers.pdf.pages import Geometry, Page, Placed
from booklet.writers.pdf.text import Line, Shaper


def cover_page(booklet: Booklet, geo: Geometry, shaper: Shaper) -> Page:
    """The cover."""
    plan = cover_plan(shaper.profile, booklet)
    red = shaper.profile.accent_color
    page = Page("cover")
    for below, width in plan.rules:
        page.rules.append((0, geo.measure, geo.block_top - below, width, red))
    for text in plan.texts:
        inset = (geo.measure - text.measure) / 2
        y = geo.block_top - text.baseline
        for part in text.lines:
            for line in shaper.set(text.style, part, measure=text.measure):
                page.placed.append(Placed(_shift(line, inset), y=y))
                y -= text.lead
    return page


def _shift(line: Line, dx: float) -> Line:
    """The line moved right by ``dx`` (set on a narrower measure, centred on the page)."""
    return replace(line, x=line.x + dx)
