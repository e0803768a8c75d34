"""The whole booklet as one Markdown file (``templates/booklet.md.j2``)."""

from __future__ import annotations

import re
from pathlib import Path

from booklet.fileio import write_text_atomic
from booklet.frontmatter import render_template
from booklet.mdsyntax import escape_text
from booklet.model import Booklet
from booklet.writers.markdown import render_article

_BLANK_RUNS = re.compile(r"\n{3,}")
_COMMENT_END = re.compile(r"-(?=-)|>")


def _comment(text: str) -> str:
    """Text that cannot end the HTML comment it stands in (``--`` and ``>`` are spaced out)."""
    return _COMMENT_END.sub(lambda m: m.group(0) + " ", text.replace("\n", " "))


def render_booklet_markdown(booklet: Booklet, project_dir: Path | None = None) -> str:
    """Markdown text of the booklet: front matter, notice, contents list, articles.

    All text is escaped (``booklet.mdsyntax``): a ``<script>`` in a title is shown, never run."""
    text = render_template("booklet.md.j2", project_dir, booklet=booklet, notice=booklet.notice,
                           parts=booklet.parts, render_article=lambda a: render_article(a).strip(),
                           md=escape_text, md_inline=lambda t: escape_text(t, at_line_start=False),
                           comment=_comment)
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def write_markdown(booklet: Booklet, target: Path, *, project_dir: Path | None = None) -> None:
    """Write the booklet's Markdown edition to ``target`` atomically."""
    write_text_atomic(target, render_booklet_markdown(booklet, project_dir))
