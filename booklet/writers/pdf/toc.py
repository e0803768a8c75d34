"""Table of contents: 目录 centred, part rows, entries with hanging indent, dot leaders, page numbers."""

from __future__ import annotations

from booklet.model import Booklet
from booklet.typeset.titles import entry_lines
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page
from booklet.writers.pdf.text import Line, Shaper

NUMBER_CHARS = 3  # width reserved right of an entry for leaders and its page number


def toc_pages(booklet: Booklet, geo: Geometry, shaper: Shaper) -> list[Page]:
    """TOC pages; each entry's last line carries ``toc_target`` (the article index) for its number."""
    pages: list[Page] = []
    flow = Flow(geo, pages, "toc")
    pitch = shaper.pitch(shaper.profile.style("toc_entry"))
    chunks = [Chunk(shaper.set("toc_title", "目　录"), keep_next=True, splittable=False)]
    index = 0
    for part in booklet.parts:
        if part.title:
            chunks.append(Chunk(shaper.set("toc_part", part.title), keep_next=True, splittable=False,
                                space_before=1))
        for article in part.articles:
            lines = _entry(shaper, article.title, geo.measure - NUMBER_CHARS * pitch, pitch)
            chunk = Chunk(lines, splittable=False, toc_target=index)
            if len(chunks) == 1:
                chunk.space_before = 1
            chunks.append(chunk)
            index += 1
    flow.place_all(chunks)
    return pages


def _entry(shaper: Shaper, title: str, measure: float, pitch: float) -> list[Line]:
    """An entry's lines: broken at the title's spaces, punctuation or particles, wrapped lines
    hanging two characters in, each ragged (the leaders follow the last)."""
    style = shaper.profile.style("toc_entry")
    metrics = shaper.metrics(style)
    widths = [metrics.advance(ch) * style.size_pt + pitch - style.size_pt for ch in title]
    parts = entry_lines(title, widths, measure, 2 * pitch, pitch)
    return [line for i, part in enumerate(parts)
            for line in shaper.set("toc_entry", part, first_indent=2 if i else 0, indent=2,
                                   measure=measure, align="left")]
