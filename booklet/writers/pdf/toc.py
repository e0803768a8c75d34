"""Table of contents: 目录 centred, part rows, entries with hanging indent, dot leaders, page numbers."""

from __future__ import annotations

from booklet.model import Booklet
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page
from booklet.writers.pdf.text import Shaper

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
            lines = shaper.set("toc_entry", article.title, indent=2,
                               measure=geo.measure - NUMBER_CHARS * pitch)
            chunk = Chunk(lines, splittable=False, toc_target=index)
            if len(chunks) == 1:
                chunk.space_before = 1
            chunks.append(chunk)
            index += 1
    flow.place_all(chunks)
    return pages
