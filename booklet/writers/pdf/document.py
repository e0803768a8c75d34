"""Lay out the whole booklet: notice, cover, TOC (or the cover first), part dividers and articles,
then number pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from booklet.fonts import FontMap
from booklet.i18n import _
from booklet.layout import Profile
from booklet.model import Booklet
from booklet.writers.pdf.article import article_chunks, footnote_step
from booklet.writers.pdf.cover import cover_page
from booklet.writers.pdf.notice import notice_pages
from booklet.writers.pdf.pages import Flow, Geometry, Page, Placed
from booklet.writers.pdf.text import Shaper
from booklet.writers.pdf.toc import toc_pages


@dataclass(slots=True)
class Layout:
    """Laid-out pages plus where each article starts (index into ``pages``)."""

    pages: list[Page]
    article_starts: list[int]
    geometry: Geometry
    shaper: Shaper


Progress = Callable[[str], None]
# Pages between two progress reports: a large source's layout visibly advances (about a
# second apart), and reporting costs nothing against setting a hundred pages.
PROGRESS_PAGES = 100


def lay_out(booklet: Booklet, profile: Profile, fonts: FontMap,
            progress: Progress | None = None) -> Layout:
    """Every page of the booklet, with printed page numbers assigned; ``progress`` hears
    which article is being laid out and how many pages there are so far."""
    geo = Geometry.of(profile)
    shaper = Shaper(profile, fonts)
    notice = notice_pages(booklet, geo, shaper) if booklet.notice is not None else []
    cover = [cover_page(booklet, geo, shaper)]
    pages = cover + notice if booklet.cover_first else notice + cover
    pages += toc_pages(booklet, geo, shaper)
    if profile.articles_start_recto and len(pages) % 2:
        pages.append(Page("blank"))  # page 1 must fall on a right-hand page
    first_body = len(pages)
    starts = _body(booklet, geo, shaper, pages, progress)
    _number(pages, starts[0] if starts else first_body)
    return Layout(pages, starts, geo, shaper)


def _body(booklet: Booklet, geo: Geometry, shaper: Shaper, pages: list[Page],
          progress: Progress | None) -> list[int]:
    """Part dividers and articles; returns the page index where each article starts."""
    index = 0

    def say(page: int, new_article: bool = False) -> None:
        if progress and (new_article or page % PROGRESS_PAGES == 0):
            progress(_("laying out article {number}/{total} (page {page})").format(
                number=index + 1, total=len(booklet.articles), page=page))

    flow = Flow(geo, pages, "body", note_step=footnote_step(shaper),
                per_page=shaper.profile.note_numbering == "page", on_page=say)
    recto = shaper.profile.articles_start_recto
    has_parts = any(p.title for p in booklet.parts)
    for part in booklet.parts:
        if part.title:
            _new_page(flow, recto, "part")
            size = shaper.profile.style("part_title").size_pt
            for i, line in enumerate(shaper.set("part_title", part.title)):
                flow.page.placed.append(Placed(line, y=geo.block_top - geo.block_h * 0.3 - i * size * 1.6))
            flow.page.bookmarks.append((part.title, 0))
        for article in part.articles:
            say(len(pages), new_article=True)
            _new_page(flow, recto, "body")
            level = 1 if has_parts and part.title else 0
            flow.place_all(article_chunks(article, index, shaper, level))
            index += 1
    flow.finish()
    if pages[-1] is flow.page and not (flow.page.placed or flow.page.rules or flow.page.bookmarks
                                       or flow.page.foot):
        pages.pop()  # the flow opens a page eagerly; drop it if nothing came
    return [flow.anchors[i] for i in range(index)]


def _new_page(flow: Flow, recto: bool, kind: str) -> None:
    """A fresh page for an article or divider; with ``recto``, a blank verso first when needed."""
    flow.break_page(kind)
    if recto and (len(flow.pages) - 1) % 2 == 1:  # 0-based even index = physical odd page
        flow.page.kind = "blank"
        flow.new_page(kind)


def _number(pages: list[Page], first: int) -> None:
    """Printed numbers: the first article page is 1; front matter carries none."""
    for i, page in enumerate(pages):
        page.number = i - first + 1 if i >= first else None
