"""Articles: title block and every block kind of the model, with real Word footnotes.

One method per block type (docutils' writer contract): an unknown block is a
programming error and raises.  A footnote marker becomes a ``w:footnoteReference``
and its note a ``w:footnote`` in ``word/footnotes.xml`` (``notes.Footnotes``), so
Word, WPS and LibreOffice set each note at the foot of its marker's page and
number them (①②…, restarting per page as the profile says).
"""

from __future__ import annotations

from typing import Any, Callable

from booklet.layout import Profile
from booklet.model import (
    Article, Attribution, Block, Bold, Caption, FootnoteRef, Heading, Inline, Note, Paragraph,
    Quote, Separator, Text,
)
from booklet.present.breaks import attribution_lines, title_lines
from booklet.present.style import MAX_HEADING, SEPARATOR, keeps_with_next
from booklet.writers.docx.fields import bookmark
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.notes import Footnotes
from booklet.writers.docx.props import paragraph, ppr, rpr, run
from booklet.writers.docx.toc import article_bookmark
from booklet.writers.docx.toclevels import TITLE_ID, TocPlan

BOLD = rpr(bold=True)


def inline_runs(inlines: tuple[Inline, ...], notes: Footnotes | None = None,
                article: Article | None = None) -> str:
    """Runs for text, bold lead-ins and footnote references."""
    out = []
    for node in inlines:
        if isinstance(node, Text):
            out.append(run(node.text))
        elif isinstance(node, Bold):
            out.append(run(node.text, BOLD))
        elif isinstance(node, FootnoteRef):
            out.append(notes.reference(article, node.label) if notes is not None
                       else run(node.label, rpr(style="FootnoteReference")))
        else:
            raise TypeError(f"unknown inline {type(node).__name__}")
    return "".join(out)


def with_sect_pr(paragraph_xml: str, sect_pr: str) -> str:
    """End a section at this paragraph (no extra empty paragraph that could spill a page)."""
    if paragraph_xml.startswith("<w:p><w:pPr>"):
        cut = paragraph_xml.index("</w:pPr>")
        return paragraph_xml[:cut] + sect_pr + paragraph_xml[cut:]
    return "<w:p><w:pPr>" + sect_pr + "</w:pPr>" + paragraph_xml[len("<w:p>"):]


def with_keep_next(paragraph_xml: str) -> str:
    """Keep this paragraph on the page of the next one (``w:keepNext`` right after the style)."""
    head = "<w:p><w:pPr><w:pStyle "
    if not paragraph_xml.startswith(head):
        return paragraph_xml
    cut = paragraph_xml.index("/>", len(head)) + 2
    return paragraph_xml[:cut] + "<w:keepNext/>" + paragraph_xml[cut:]


class ArticleWriter:
    """Turns one article into paragraph XML; ``metrics`` gives the grid for spacing, ``notes``
    collects the footnotes for ``word/footnotes.xml``."""

    def __init__(self, metrics: Metrics, profile: Profile, notes: Footnotes,
                 plan: TocPlan | None = None) -> None:
        self.metrics = metrics
        self.profile = profile
        self.notes = notes
        self.plan = plan
        self.current: Article | None = None
        # a dispatch table: each visitor takes the one node class it is filed under
        self.visitors: dict[type, Callable[[Any], str]] = {
            Heading: self.heading, Paragraph: self.paragraph, Quote: self.quote,
            Attribution: self.attribution, Note: self.note, Caption: self.caption,
            Separator: self.separator,
        }

    def article(self, article: Article, index: int, *, new_page: bool) -> list[str]:
        """Paragraphs of one article: kicker, title, subtitle, author, 来源 line, blocks, notes."""
        self.current = article
        head: list[tuple[str, str]] = []  # (style, content)
        if article.kicker:
            head.append(("Kicker", run(self.display(article.kicker, "kicker"))))
        title_style = self.plan.title_style(self.plan.entries[index].shape)[0] \
            if self.plan else TITLE_ID  # the title's TOC level (``toclevels``)
        head.append((title_style, bookmark(index, article_bookmark(index),
                                           run(self.display(article.title, "title")))))
        for style, key, text in (("ArticleSubtitle", "subtitle", article.subtitle),
                                 ("Author", "author", article.author),
                                 ("SourceLine", "source_line", article.source_line)):
            if text:
                head.append((style, run(self.display(text, key))))
        out = []
        for i, (style, content) in enumerate(head):
            after = self.metrics.lines(1) if i == len(head) - 1 else None
            props = ppr(style=style, page_break_before=new_page and i == 0,
                        spacing={"after": after} if after else None)
            out.append(paragraph(props, content))
        blocks = article.blocks
        for i, block in enumerate(blocks):
            xml = self.visit(block)
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], Attribution):
                xml = with_keep_next(xml)  # a quotation never parts from its source line
            out.append(xml)
        return out

    def display(self, text: str, style: str) -> str:
        """A centred display text with line breaks where the presentation layer breaks it
        (at words, as the PDF does)."""
        return "\n".join(title_lines(self.profile, style, text))

    def visit(self, block: Block) -> str:
        """Dispatch on the block's type."""
        try:
            visitor = self.visitors[type(block)]
        except KeyError:
            raise TypeError(f"DOCX writer has no rule for {type(block).__name__}") from None
        return visitor(block)

    def heading(self, block: Heading) -> str:
        """Heading level n inside an article → Word Heading n+1."""
        level = min(max(block.level, 1), MAX_HEADING) + 1
        return paragraph(ppr(style=f"Heading{level}"), self.runs(block.inlines))

    def runs(self, inlines: tuple[Inline, ...]) -> str:
        """Runs of the current article's inlines, footnotes referenced."""
        return inline_runs(inlines, self.notes, self.current)

    def paragraph(self, block: Paragraph) -> str:
        """A body paragraph (first-line indent from the style); one that is only its run-in
        heading keeps with the next (``present.style.keeps_with_next``, as in the PDF)."""
        xml = paragraph('<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>', self.runs(block.inlines))
        if keeps_with_next(block, self.profile):
            xml = with_keep_next(xml)
        return xml

    def quote(self, block: Quote) -> str:
        """A quoted passage in the quote face."""
        return paragraph(ppr(style="Quote"), self.runs(block.inlines))

    def attribution(self, block: Attribution) -> str:
        """——在…的讲话, right-aligned (the block before it keeps with it), broken where the
        presentation layer breaks it (before its closing （date） when too long), as in the PDF."""
        return paragraph(ppr(style="Attribution"),
                         run("\n".join(attribution_lines(self.profile, block.text))))

    def note(self, block: Note) -> str:
        """※ editorial note."""
        return paragraph(ppr(style="Note"), self.runs(block.inlines))

    def caption(self, block: Caption) -> str:
        """Photo caption (kept with ``captions: keep``), centred, never split across pages."""
        return paragraph(ppr(style="Caption", keep_lines=True), run(block.text))

    def separator(self, block: Separator) -> str:
        """A centred row of asterisks."""
        return paragraph(ppr(style="Separator"), run(SEPARATOR))
