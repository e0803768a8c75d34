"""Table of contents: 目录 centred, part rows, entries with hanging indent, dot leaders, page numbers."""

from __future__ import annotations

from booklet.model import Booklet
from booklet.present.toc import TocEntry, booklet_entries
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page
from booklet.writers.pdf.text import Line, Shaper


def toc_pages(booklet: Booklet, geo: Geometry, shaper: Shaper) -> list[Page]:
    """TOC pages; each entry's last line carries ``toc_target`` (the article index) for its number."""
    pages: list[Page] = []
    flow = Flow(geo, pages, "toc")
    pitch = shaper.pitch(shaper.profile.style("toc_entry"))
    chunks = [Chunk(shaper.set("toc_title", "目　录"), keep_next=True, splittable=False)]
    entries = booklet_entries(shaper.profile, booklet)  # as the DOCX's contents page
    index = 0
    for part in booklet.parts:
        if part.title:
            chunks.append(Chunk(shaper.set("toc_part", part.title), keep_next=True, splittable=False,
                                space_before=1))
        for article in part.articles:
            lines = _entry(shaper, entries[index], geo.measure, pitch)
            chunk = Chunk(lines, splittable=False, toc_target=index)
            if len(chunks) == 1:
                chunk.space_before = 1
            chunks.append(chunk)
            index += 1
    flow.place_all(chunks)
    return pages


def _entry(shaper: Shaper, entry: TocEntry, measure: float, pitch: float) -> list[Line]:
    """An entry's lines as ``present.toc`` breaks them — where Word and LibreOffice wrap the
    DOCX's entry, before and after they rebuild the table — wrapped lines hanging in, each
    ragged (the leaders follow the last)."""
    room = measure - (entry.right_cells - 0.5) * pitch  # the lines fit by construction
    hang = entry.hang_cells
    return [line for i, part in enumerate(entry.lines)
            for line in shaper.set("toc_entry", part, first_indent=hang if i else 0,
                                   indent=hang, measure=room, align="left")]
