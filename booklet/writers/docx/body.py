"""Articles: title block, every block kind of the model, and 注释 notes at the end.

One method per block type (docutils' writer contract): an unknown block is a
programming error and raises.  Real Word footnotes would need a footnotes
part python-docx does not provide; footnote bodies are listed under 注释 at
the article's end with superscript markers in the text, like the PDF.
"""

from __future__ import annotations

from typing import Callable

from booklet.layout import Profile
from booklet.model import (
    Article, Attribution, Block, Bold, Caption, FootnoteRef, Heading, Inline, Note, Paragraph,
    Quote, Separator, Text,
)
from booklet.writers.docx.fields import bookmark
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.props import paragraph, ppr, rpr, run
from booklet.writers.docx.toc import article_bookmark

BOLD = rpr(bold=True)
MARK = rpr(style="FootnoteReference")
NOTES_TITLE = "注释"
SEPARATOR_TEXT = "＊　＊　＊"
MAX_HEADING = 4  # model levels 1-4 → Word Heading 2-5


def source_line(article: Article) -> str | None:
    """The printed 来源 line: as given, or composed from origin and date."""
    if article.source_line:
        return article.source_line
    if article.origin and article.date:
        return f"（来源：{article.origin}，{article.date}）"
    if article.origin:
        return f"（来源：{article.origin}）"
    if article.date:
        return f"（{article.date}）"
    return None


def marker(label: str) -> str:
    """A footnote label as printed: Markdown keys in brackets, ①-style labels as they are."""
    return f"[{label}]" if label.isascii() else label


def inline_runs(inlines: tuple[Inline, ...]) -> str:
    """Runs for text, bold lead-ins and superscript footnote markers."""
    out = []
    for node in inlines:
        if isinstance(node, Text):
            out.append(run(node.text))
        elif isinstance(node, Bold):
            out.append(run(node.text, BOLD))
        elif isinstance(node, FootnoteRef):
            out.append(run(marker(node.label), MARK))
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


def _width(text: str) -> float:
    """Printed width in ems: ASCII is half width."""
    return sum(0.5 if ord(c) < 128 else 1 for c in text)


class ArticleWriter:
    """Turns one article into paragraph XML; ``metrics`` gives the grid for spacing."""

    def __init__(self, metrics: Metrics, profile: Profile) -> None:
        self.metrics = metrics
        self.profile = profile
        self.title_pt = profile.style("title").size_pt
        self.measure_pt = metrics.text_w / 20
        self.visitors: dict[type, Callable[[Block], str]] = {
            Heading: self.heading, Paragraph: self.paragraph, Quote: self.quote,
            Attribution: self.attribution, Note: self.note, Caption: self.caption,
            Separator: self.separator,
        }

    def article(self, article: Article, index: int, *, new_page: bool) -> list[str]:
        """Paragraphs of one article: kicker, title, subtitle, author, 来源 line, blocks, notes."""
        head: list[tuple[str, str]] = []  # (style, content)
        if article.kicker:
            head.append(("Kicker", run(article.kicker)))
        head.append(("Heading1", bookmark(index, article_bookmark(index),
                                          run(self.title_lines(article.title)))))
        for style, text in (("ArticleSubtitle", article.subtitle), ("Author", article.author),
                            ("SourceLine", source_line(article))):
            if text:
                head.append((style, run(text)))
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
        out.extend(self.footnotes(article))
        return out

    def title_lines(self, title: str) -> str:
        """A title too long for one line breaks at its spaces (引题 / 主题 / 副题), like the PDF."""
        if " " not in title.strip() or _width(title) * self.title_pt <= self.measure_pt:
            return title
        return "\n".join(title.split())

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
        return paragraph(ppr(style=f"Heading{level}"), inline_runs(block.inlines))

    def paragraph(self, block: Paragraph) -> str:
        """A body paragraph (first-line indent from the style); a short all-bold one is a run-in
        heading and keeps with the next, as in the PDF."""
        xml = paragraph('<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>', inline_runs(block.inlines))
        if block.inlines and all(isinstance(i, Bold) for i in block.inlines) and \
                _width("".join(i.text for i in block.inlines)) <= self.profile.chars_per_line - 2:
            xml = with_keep_next(xml)
        return xml

    def quote(self, block: Quote) -> str:
        """A quoted passage in the quote face."""
        return paragraph(ppr(style="Quote"), inline_runs(block.inlines))

    def attribution(self, block: Attribution) -> str:
        """——在…的讲话, right-aligned (the block before it keeps with it); too long for one line,
        it breaks before its closing （date）, as in the PDF, rather than inside the date."""
        text = block.text
        at = text.rfind("（")
        size = self.profile.style("attribution").size_pt
        if at > 0 and _width(text) * size > self.measure_pt \
                and max(_width(text[:at]), _width(text[at:])) * size <= self.measure_pt:
            text = text[:at] + "\n" + text[at:]
        return paragraph(ppr(style="Attribution"), run(text))

    def note(self, block: Note) -> str:
        """※ editorial note."""
        return paragraph(ppr(style="Note"), inline_runs(block.inlines))

    def caption(self, block: Caption) -> str:
        """Photo caption, centred."""
        return paragraph(ppr(style="Caption"), run(block.text))

    def separator(self, block: Separator) -> str:
        """A centred row of asterisks."""
        return paragraph(ppr(style="Separator"), run(SEPARATOR_TEXT))

    def footnotes(self, article: Article) -> list[str]:
        """注释: the article's footnote bodies after its text."""
        if not article.footnotes:
            return []
        out = [paragraph(ppr(style="NotesHeading", spacing={"before": self.metrics.lines(1)}),
                         run(NOTES_TITLE))]
        for note in article.footnotes:
            out.append(paragraph(ppr(style="FootnoteText"),
                                 run(marker(note.label) + " ") + inline_runs(note.inlines)))
        return out
