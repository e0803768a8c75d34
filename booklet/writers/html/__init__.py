"""The phone edition: the booklet as one self-contained HTML file.

Notice letter, cover, contents and every article of the presented (print)
booklet, in the page skeleton and fixed wording of ``templates/booklet.html.j2``;
the blocks are written by ``blocks.BlockWriter``, the styles derived from the
layout profile by ``styles``.  Nothing is fetched: the CSS is inline, there are
no scripts, fonts or images.  With ``inline_styles`` a second file,
``NAME.inline.html``, carries the same document with every style on its element
for WeChat official-account editors, which strip ``<style>``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from booklet.fileio import write_text_atomic
from booklet.frontmatter import load_template, render_loaded
from booklet.layout import Profile
from booklet.model import Article, Booklet
from booklet.writers.html.blocks import BlockWriter, display, mark, note_id, ref_id
from booklet.writers.html.styles import Styler, stylesheet

__all__ = ["render_html", "write_html", "inline_target", "TEMPLATE"]

TEMPLATE = "booklet.html.j2"
GENERATOR = "booklet"
LANG = "zh-CN"
INLINE_SUFFIX = ".inline.html"


@dataclass(frozen=True, slots=True)
class NoteView:
    """A footnote as the template lists it."""

    id: str
    ref: str
    mark: str
    body: Markup


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with its anchors and its blocks already written."""

    id: str
    title_id: str
    article: Article
    blocks: Markup
    notes: tuple[NoteView, ...]


@dataclass(frozen=True, slots=True)
class PartView:
    """A part: its title (None for the articles outside any part) and anchor."""

    title: str | None
    id: str
    articles: tuple[ArticleView, ...]


def inline_target(target: Path) -> Path:
    """Where the inline-styles edition of ``target`` (``NAME.html``) goes: ``NAME.inline.html``."""
    return target.with_name(target.name.removesuffix(".html") + INLINE_SUFFIX)


def render_html(booklet: Booklet, *, profile: Profile, inline: bool = False,
                project_dir: Path | None = None, template: jinja2.Template | None = None) -> str:
    """The HTML text: the same booklet gives the same characters.  ``template``: the page
    template already loaded (both editions of one build share it)."""
    notice = booklet.notice
    if notice is not None:  # the masthead names the notice's issuer, else the booklet's
        notice = dataclasses.replace(notice, issuer=notice.issuer or booklet.issuer)
    k = Styler(profile, notice, inline=inline)
    writer = BlockWriter(k)
    parts, number = [], 0
    for part_number, part in enumerate(booklet.parts, 1):
        views = []
        for article in part.articles:
            number += 1
            views.append(_article_view(article, f"a{number}", writer))
        parts.append(PartView(part.title, f"p{part_number}", tuple(views)))
    css = None if inline else Markup(stylesheet(profile, notice))
    return render_loaded(template or load_template(TEMPLATE, project_dir), booklet=booklet,
                         notice=notice, parts=parts, stylesheet=css, k=k, display=display,
                         lang=LANG, generator=GENERATOR, letter=profile.notice_format == "letter")


def _article_view(article: Article, article_id: str, writer: BlockWriter) -> ArticleView:
    blocks = writer.blocks(article.blocks, article_id)
    notes = tuple(NoteView(note_id(article_id, n.label), ref_id(article_id, n.label),
                           mark(n.label), writer.inlines(n.inlines)) for n in article.footnotes)
    return ArticleView(article_id, f"{article_id}-t", article, blocks, notes)


def write_html(booklet: Booklet, target: Path, *, profile: Profile, inline_styles: bool = False,
               project_dir: Path | None = None) -> None:
    """Write ``target`` (and with ``inline_styles`` its ``inline_target``) atomically."""
    template = load_template(TEMPLATE, project_dir)
    write_text_atomic(target, render_html(booklet, profile=profile, template=template))
    if inline_styles:
        write_text_atomic(inline_target(target), render_html(
            booklet, profile=profile, inline=True, template=template))
