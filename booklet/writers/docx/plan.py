"""The body's sections: articles, part dividers, and how each section starts.

A titled part opens with a divider page (the part title alone, no printed
page number) as the PDF writer does, so both writers paginate alike.  The
divider is its own section whose first page uses a blank footer; every body
section names its footers explicitly rather than relying on inheritance,
which LibreOffice and Word resolve differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from booklet.layout import Profile
from booklet.model import Article, Booklet
from booklet.writers.docx.body import ArticleWriter, with_sect_pr
from booklet.writers.docx.fields import bookmark
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.notes import Footnotes
from booklet.writers.docx.props import paragraph, ppr, run
from booklet.writers.docx.sections import sect_pr
from booklet.writers.docx.toc import part_bookmark
from booklet.writers.docx.toclevels import TocPlan

DIVIDER_LINES_ABOVE = 6  # the part title sits about a third down the page
PART_BOOKMARK_BASE = 20000  # bookmark ids for parts, clear of the article ids


@dataclass(frozen=True, slots=True)
class Unit:
    """A divider (``article`` None) or an article, with its index among its kind."""

    index: int
    title: str
    article: Article | None = None


def units(booklet: Booklet) -> list[Unit]:
    """Dividers and articles in reading order."""
    out: list[Unit] = []
    index = 0
    for part_index, part in enumerate(booklet.parts):
        if part.title and part.articles:
            out.append(Unit(part_index, part.title))
        for article in part.articles:
            out.append(Unit(index, article.title, article))
            index += 1
    return out


def sections(booklet: Booklet, recto: bool) -> list[list[Unit]]:
    """Units grouped into sections: a new one at each divider, after it, and per article if recto."""
    groups: list[list[Unit]] = []
    previous: Unit | None = None
    for unit in units(booklet):
        divider_edge = unit.article is None or (previous is not None and previous.article is None)
        if not groups or divider_edge or recto:
            groups.append([])
        groups[-1].append(unit)
        previous = unit
    return groups


def body_paragraphs(booklet: Booklet, profile: Profile, metrics: Metrics,
                    footers: dict[str, str], notes: Footnotes,
                    plan: TocPlan) -> tuple[list[str], str]:
    """All body paragraphs and the closing ``w:sectPr`` of the last section."""
    writer = ArticleWriter(metrics, profile, notes, plan)
    kind = "oddPage" if profile.articles_start_recto else "nextPage"
    groups = sections(booklet, profile.articles_start_recto)
    out: list[str] = []
    final = sect_pr(metrics, kind=kind, restart=True,
                    footer_refs=(("default", footers["default"]), ("even", footers["even"])))
    if not groups:
        return [paragraph(ppr(style="BodyText"), "")], final
    for number, group in enumerate(groups):
        divider = group[0].article is None
        refs = [("default", footers["default"]), ("even", footers["even"])]
        if divider:
            refs.append(("first", footers["first"]))
        final = sect_pr(metrics, kind=kind, restart=number == 0, footer_refs=tuple(refs),
                        title_page=divider)
        chunk: list[str] = []
        for position, unit in enumerate(group):
            if unit.article is None:
                chunk.append(_divider(unit, metrics))
            else:
                chunk += writer.article(unit.article, unit.index, new_page=position > 0)
        if number < len(groups) - 1:
            chunk[-1] = with_sect_pr(chunk[-1], final)
        out += chunk
    return out, final


def _divider(unit: Unit, metrics: Metrics) -> str:
    """The part title alone on its page."""
    name = part_bookmark(unit.index)
    content = bookmark(PART_BOOKMARK_BASE + unit.index, name, run(unit.title))
    return paragraph(ppr(style="PartTitle", spacing={"before": metrics.lines(DIVIDER_LINES_ABOVE)}),
                     content)
