"""DOCX writer: the booklet as a Word document with real styles, a TOC field and a line grid.

Public entry point: ``write_docx``.  Paragraph XML is built as strings
(``props``/``body``/``front``/``toc``) and parsed once, which keeps a
60-page booklet well under a second; python-docx supplies the package,
the footer parts and core properties.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Sequence

import docx
from docx.document import Document as DocxDocument

from booklet.errors import BuildError
from booklet.i18n import _
from booklet.fileio import atomic_path
from booklet.layout import Profile
from booklet.model import Booklet
from booklet.writers.docx.front import cover, notice
from booklet.writers.docx.metrics import Metrics, metrics_for
from booklet.writers.docx.notes import Footnotes
from booklet.writers.docx.ooxml import parse_fragment
from booklet.writers.docx.plan import body_paragraphs
from booklet.writers.docx.package import (
    app_properties, build_date, configure_settings, font_table, prune_template, reproducible_zip,
    set_core_properties,
)
from booklet.writers.docx.sections import install_footers, replace_final_sect_pr, sect_pr
from booklet.writers.docx.styles import install_styles
from booklet.writers.docx.toc import toc_paragraphs
from booklet.writers.docx.toclevels import TocPlan

__all__ = ["write_docx", "render_docx"]


def write_docx(booklet: Booklet, target: Path, *, profile: Profile,
               toc_pages: Sequence[int] | None = None) -> None:
    """Write ``booklet`` to ``target`` (atomically); ``toc_pages[i]`` = start page of article i."""
    data = render_docx(booklet, profile=profile, toc_pages=toc_pages)
    with atomic_path(Path(target)) as tmp:
        tmp.write_bytes(data)


def render_docx(booklet: Booklet, *, profile: Profile,
                toc_pages: Sequence[int] | None = None) -> bytes:
    """The .docx bytes: same inputs give the same bytes."""
    if toc_pages is not None and len(toc_pages) != len(booklet.articles):
        raise BuildError(_("DOCX writer got {pages} TOC page numbers for {articles} articles")
                         .format(pages=len(toc_pages), articles=len(booklet.articles)))
    document = docx.Document()
    metrics = metrics_for(profile)
    plan = TocPlan.of(booklet, profile)
    install_styles(document.styles.element, profile, metrics, plan)
    footers = install_footers(document, profile, blank_first=plan.grouped)
    notes = Footnotes(per_page=profile.note_numbering == "page")
    paragraphs = _front_matter(booklet, profile, metrics, toc_pages, plan)
    body, final = body_paragraphs(booklet, profile, metrics, footers, notes, plan)
    paragraphs += body
    _insert_paragraphs(document, paragraphs)
    replace_final_sect_pr(document, final)
    notes.install(document)
    configure_settings(document, profile)
    set_core_properties(document, booklet)
    prune_template(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), build_date(booklet),
                            {"word/fontTable.xml": font_table,
                             "docProps/app.xml": app_properties(booklet)})


def _front_matter(booklet: Booklet, profile: Profile, metrics: Metrics,
                  toc_pages: Sequence[int] | None, plan: TocPlan) -> list[str]:
    """Notice, cover (or cover first) and contents: one section without page numbers."""
    letter = notice(booklet, booklet.notice, profile, metrics,
                    first=not booklet.cover_first) if booklet.notice else []
    front = cover(booklet, profile, metrics, first=booklet.cover_first or not letter)
    out = front + letter if booklet.cover_first else letter + front
    out += toc_paragraphs(booklet, metrics, toc_pages, plan, sect_pr=sect_pr(metrics))
    return out


def _insert_paragraphs(document: DocxDocument, paragraphs: list[str]) -> None:
    """Parse all paragraphs at once and put them before the body's final ``w:sectPr``."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    final = body[-1]
    for node in parse_fragment("".join(paragraphs)):
        final.addprevious(node)
