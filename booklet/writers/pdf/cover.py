"""The cover page: title (and subtitle) in the upper part, issuer and date near the foot, red rules."""

from __future__ import annotations

from dataclasses import replace

from booklet.model import Booklet
from booklet.typeset.titles import title_lines
from booklet.writers.pdf.pages import Geometry, Page, Placed
from booklet.writers.pdf.text import Line, Shaper

RED = "#E60012"


def cover_page(booklet: Booklet, geo: Geometry, shaper: Shaper) -> Page:
    """The cover; positions are fractions of the text block so both profiles look alike."""
    page = Page("cover")
    style = shaper.profile.style("cover_title")
    top = geo.block_top
    rule_y = top - geo.block_h * 0.16
    page.rules.append((0, geo.measure, rule_y, 2.5, RED))
    page.rules.append((0, geo.measure, rule_y - 5, 0.8, RED))
    y = top - geo.block_h * 0.30
    lead = style.size_pt * 1.6
    for line in display_lines(shaper, "cover_title", booklet.title, geo.measure * 0.86):
        page.placed.append(Placed(_shift(line, geo.measure * 0.07), y=y))
        y -= lead
    if booklet.subtitle:
        y -= lead * 0.4
        sub = shaper.profile.style("cover_subtitle").size_pt * 1.6
        for line in display_lines(shaper, "cover_subtitle", booklet.subtitle, geo.measure * 0.86):
            page.placed.append(Placed(_shift(line, geo.measure * 0.07), y=y))
            y -= sub
    y = top - geo.block_h * 0.82
    for style_name, text in (("cover_issuer", booklet.issuer), ("cover_date", booklet.date)):
        if text:
            for line in shaper.set(style_name, text):
                page.placed.append(Placed(line, y=y))
                y -= shaper.profile.style(style_name).size_pt * 2
    page.rules.append((0, geo.measure, top - geo.block_h * 0.74, 0.8, RED))
    return page


def display_lines(shaper: Shaper, style_name: str, text: str, measure: float) -> list[Line]:
    """A centred display text broken into balanced lines at word-ish boundaries (座谈会 stays whole)."""
    style = shaper.profile.style(style_name)
    pitch = shaper.pitch(style)
    metrics = shaper.metrics(style)
    widths = [metrics.advance(ch) * style.size_pt + pitch - style.size_pt for ch in text]
    return [line for part in title_lines(text, widths, measure, pitch)
            for line in shaper.set(style_name, part, measure=measure)]


def _shift(line: Line, dx: float) -> Line:
    """The line moved right by ``dx`` (set on a narrower measure, centred on the page)."""
    return replace(line, x=line.x + dx)
