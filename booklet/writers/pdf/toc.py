"""Table of contents: 目录 centred, part rows, entries with hanging indent, dot leaders, page numbers."""

from __future__ import annotations

from booklet.model import Booklet
from booklet.present.breaks import TOC_HANG_CELLS, TOC_NUMBER_CELLS, toc_lines
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page
from booklet.writers.pdf.text import Line, Shaper


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
            lines = _entry(shaper, article.title, geo.measure - TOC_NUMBER_CELLS * pitch)
            chunk = Chunk(lines, splittable=False, toc_target=index)
            if len(chunks) == 1:
                chunk.space_before = 1
            chunks.append(chunk)
            index += 1
    flow.place_all(chunks)
    return pages


def _entry(shaper: Shaper, title: str, measure: float) -> list[Line]:
    """An entry's lines, broken where ``present.breaks.toc_lines`` breaks them (the DOCX's
    rows break there too), wrapped lines hanging two characters in, each ragged (the leaders
    follow the last)."""
    hang = TOC_HANG_CELLS
    return [line for i, part in enumerate(toc_lines(shaper.profile, title))
            for line in shaper.set("toc_entry", part, first_indent=hang if i else 0, indent=hang,
                                   measure=measure, align="left")]
