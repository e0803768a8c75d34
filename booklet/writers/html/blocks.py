"""Every block and inline of the model as HTML, text always escaped.

One method per block type (docutils' writer contract): an unknown block is a
programming error and raises.  Classes name the profile style a block is set in
(``present.style.block_style``), so the stylesheet, the inline styles and the
other writers agree on what each block looks like.
"""

from __future__ import annotations

from typing import Any, Callable

from markupsafe import Markup, escape

from booklet.model import (Attribution, Block, Bold, Caption, FootnoteRef, Heading,
                           Inline, Note, Paragraph, Quote, Separator, Text)
from booklet.present.breaks import word_breaks
from booklet.present.notes import note_mark
from booklet.present.style import SEPARATOR, block_style
from booklet.writers.html.styles import Styler

MAX_HTML_HEADING = 6  # h1 is the booklet's title, h2 an article's; headings take h3 … h6
WBR = Markup("<wbr>")
BR = Markup("<br>")


def text(value: str) -> Markup:
    """Source text escaped; a line break inside a block stays a line break."""
    return BR.join(escape(line) for line in value.split("\n"))


def display(value: str) -> Markup:
    """A display text (title, TOC entry) that may wrap only where ``present.breaks.word_breaks``
    says: ``<wbr>`` there, and the class's ``word-break: keep-all`` everywhere else."""
    cuts = [0, *word_breaks(value), len(value)]
    return WBR.join(text(value[a:b]) for a, b in zip(cuts, cuts[1:]))


def mark(label: str) -> str:
    """The printed marker of a paired note (labels are 1…n per article after ``present``)."""
    return note_mark(int(label)) if label.isdigit() else label


def note_id(article_id: str, label: str) -> str:
    """Anchor of a footnote body."""
    return f"{article_id}-n{label}"


def ref_id(article_id: str, label: str) -> str:
    """Anchor of the marker that cites the note."""
    return f"{article_id}-r{label}"


class BlockWriter:
    """Blocks of one article at a time; ``article_id`` makes the note anchors unique."""

    def __init__(self, k: Styler) -> None:
        self.k = k
        self.article_id = ""
        # a dispatch table: each visitor takes the one node class it is filed under
        self.visitors: dict[type, Callable[[Any], Markup]] = {
            Heading: self.heading, Paragraph: self.paragraph, Quote: self.quote,
            Attribution: self.attribution, Note: self.note, Caption: self.caption,
            Separator: self.separator,
        }

    def blocks(self, blocks: tuple[Block, ...], article_id: str) -> Markup:
        """The HTML of an article's blocks, one per line."""
        self.article_id = article_id
        return Markup("\n").join(self.visit(block) for block in blocks)

    def visit(self, block: Block) -> Markup:
        """Dispatch on the block's type."""
        try:
            visitor = self.visitors[type(block)]
        except KeyError:
            raise TypeError(f"HTML writer has no rule for {type(block).__name__}") from None
        return visitor(block)

    def heading(self, block: Heading) -> Markup:
        """Heading level n → ``h(n+2)`` in the style of its level."""
        tag = f"h{min(block.level + 2, MAX_HTML_HEADING)}"
        return Markup("<{0}{1}>{2}</{0}>").format(tag, self.k(block_style(block)),
                                                 self.inlines(block.inlines))

    def paragraph(self, block: Paragraph) -> Markup:
        """A body paragraph; its bold lead-in (``run_in``) is a ``strong`` run."""
        return self._p(block_style(block), self.inlines(block.inlines))

    def quote(self, block: Quote) -> Markup:
        """A quoted passage."""
        return Markup("<blockquote{}>{}</blockquote>").format(self.k(block_style(block)),
                                                              self.inlines(block.inlines))

    def attribution(self, block: Attribution) -> Markup:
        """——在…的讲话, aligned as its style says (right)."""
        return self._p(block_style(block), text(block.text))

    def note(self, block: Note) -> Markup:
        """※ editorial note."""
        return self._p(block_style(block), self.inlines(block.inlines))

    def caption(self, block: Caption) -> Markup:
        """A photo caption (only with ``captions: keep``)."""
        return self._p(block_style(block), text(block.text))

    def separator(self, block: Separator) -> Markup:
        """The section-break mark of ``present.style``."""
        return Markup('<p{} role="separator">{}</p>').format(self.k("separator"), SEPARATOR)

    def _p(self, style: str, content: Markup) -> Markup:
        return Markup("<p{}>{}</p>").format(self.k(style), content)

    def inlines(self, inlines: tuple[Inline, ...]) -> Markup:
        """Text, bold lead-ins and footnote markers linked to their notes."""
        out = []
        for node in inlines:
            if isinstance(node, Text):
                out.append(text(node.text))
            elif isinstance(node, Bold):
                out.append(Markup("<strong{}>{}</strong>").format(self.k("lead"), text(node.text)))
            elif isinstance(node, FootnoteRef):
                out.append(self.marker(node.label))
            else:
                raise TypeError(f"HTML writer has no rule for {type(node).__name__}")
        return Markup("").join(out)

    def marker(self, label: str) -> Markup:
        """A raised ①, a link to its note; the note links back here."""
        aid = self.article_id
        return Markup('<sup{}><a{} id="{}" href="#{}">{}</a></sup>').format(
            self.k("fn_mark"), self.k("fn_ref"), ref_id(aid, label), note_id(aid, label),
            mark(label))
