"""Cleaned Markdown: what ``booklet clean FILE`` prints, and what ``read_markdown`` reads back.

Convention (one block per paragraph, blocks separated by one blank line, no hard wraps)::

    # 材料1                      ← kicker (引题/label): a "# " line directly followed by another "# " line
    # 习近平：加强基础研究 实现高水平科技自立自强   ← the article title
    ## ——在…上的讲话              ← subtitle: a "## " line starting with —— right after the title
    习近平                        ← byline: a paragraph of one to three short names right after the title
    来源：《人民日报》（2024年06月25日02版）   ← source line right after title/byline …

    正文段落……[^1]
    **第一，强化……布局。**基础研究……     ← bold runs
    ## 小标题 / ### 下一级         ← headings: level n is written with n+1 "#"
    > 引文                          ← quote
    ——在科学家座谈会上的讲话（2020年9月11日）   ← attribution: a paragraph starting with ——
    ※这是……的讲话。               ← note: a paragraph starting with ※
    ……新华社记者 姚大伟/摄          ← caption: a paragraph ending with a photo credit
    * * *                          ← separator
    来源 | 求是网                  ← … or the article's last paragraph (source_at_end)

    [^1]: ①戚聿东，杜博.……        ← footnotes after the body; the printed marker starts the body

Metadata stays in the body (not in front matter) so the text reads as printed and a
scorer or reviewer sees every line; ``origin``/``date`` are parsed back from the
source line.  Footnote keys are numbered through the document in order; a marker ``①`` used
on several pages stays ``①`` and pairs with the footnote bodies in order.
Line breaks inside a block (table-of-contents rows, hard breaks) are written as
two trailing spaces.  Output is byte-identical for equal documents.
"""

from __future__ import annotations

from collections import defaultdict, deque

from booklet.mdsyntax import escape_closing_hashes, escape_heading, escape_text
from booklet.model import (Article, Attribution, Block, Bold, Caption, Document, FootnoteRef,
                           Heading, Inline, Note, Paragraph, Quote, Separator)
from booklet.shapes import NOTE_LABEL_RE

HARD_BREAK = "  \n"


def _lines(text: str) -> str:
    """Escaped text whose line breaks are written as hard breaks."""
    return HARD_BREAK.join(escape_text(text).split("\n"))


class _Keys:
    """Numbered footnote keys: the k-th marker ``①`` gets the key of the k-th ``①`` footnote."""

    def __init__(self, article: Article, first: int = 1) -> None:
        self.queues: dict[str, deque[int]] = defaultdict(deque)
        for k, note in enumerate(article.footnotes, first):
            self.queues[note.label].append(k)

    def key(self, label: str) -> str | None:
        queue = self.queues.get(label)
        return str(queue.popleft()) if queue else None


def _inlines(inlines: tuple[Inline, ...], keys: _Keys, at_start: bool = True) -> str:
    """Inlines as escaped Markdown: text is text, ``**bold**``, ``[^n]`` references; a line
    break inside the block is a hard break."""
    out: list[str] = []
    for node in inlines:
        start = at_start if not out else out[-1].endswith("\n")
        if isinstance(node, Bold):
            out.append(f"**{escape_text(node.text, at_line_start=False)}**")
        elif isinstance(node, FootnoteRef):
            key = keys.key(node.label)
            out.append(f"[^{key}]" if key else escape_text(node.label, start))
        else:
            out.append(escape_text(node.text, start))
    return HARD_BREAK.join("".join(out).split("\n"))


def _block(block: Block, keys: _Keys) -> str:
    if isinstance(block, Heading):
        text = _inlines(block.inlines, keys, at_start=False).replace(HARD_BREAK, " ")
        return "#" * min(6, block.level + 1) + " " + escape_closing_hashes(text)
    if isinstance(block, Quote):
        return "\n".join("> " + ln for ln in _inlines(block.inlines, keys).split("\n"))
    if isinstance(block, (Paragraph, Note)):
        return _inlines(block.inlines, keys)
    if isinstance(block, (Attribution, Caption)):
        return _lines(block.text)
    if isinstance(block, Separator):
        return "* * *"
    raise TypeError(f"markdown writer: unknown block {type(block).__name__}")


def render_article(article: Article, first_key: int = 1) -> str:
    """One article as cleaned Markdown (see the module docstring), ending with a newline.

    Footnote keys start at ``first_key`` so that keys stay unique in a whole document.
    """
    keys = _Keys(article, first_key)
    parts: list[str] = []
    if article.kicker:
        parts.append("# " + escape_heading(article.kicker))
    if article.title or article.kicker:
        parts.append("# " + escape_heading(article.title))
    if article.subtitle:
        parts.append("## " + escape_heading(article.subtitle))
    if article.author:
        parts.append(_lines(article.author))
    if article.source_line and not article.source_at_end:
        parts.append(_lines(article.source_line))
    for k, block in enumerate(article.blocks):
        text = _block(block, keys)
        if k == 0 and _next_after_title(article) and isinstance(block, Heading) and text.startswith("## ——"):
            text = "## \\" + text[3:]  # not the subtitle: that is a "## ——" line right after the title
        parts.append(text)
    if article.source_line and article.source_at_end:
        parts.append(_lines(article.source_line))
    for k, note in enumerate(article.footnotes, first_key):
        body = _inlines(note.inlines, _Keys(Article(title="")), at_start=False)
        label = note.label if _label_kept(note.label) else ""
        parts.append(f"[^{k}]: {label}{body}")
    return "\n\n".join(parts) + "\n"


def _next_after_title(article: Article) -> bool:
    """The article's first block is written right after its title (or first, with no title): no
    subtitle, byline or leading 来源 line stands between.  Only there does the reader take a
    「## ——…」 line for the subtitle (``readers.markdown``), so only there is a heading's dash
    escaped: after a byline it is a heading as written (「本刊记者 …」 / 「## ——致全市广大市民的倡议书」)."""
    return not (article.subtitle or article.author or article.source_line and not article.source_at_end)


def _label_kept(label: str) -> bool:
    """A note's printed label written after its key: a circled one (「[^1]: ①…」, the glyph the
    source printed); one in brackets is a number, as the key is — the key numbers the note, and
    「[^2]: [2]参见…」 would say it twice (「2. [2]参见…」 to a reader of the Markdown), or say a page's
    own count where notes start again on every page: a marker, not the note's text."""
    return label[:1] != "[" and NOTE_LABEL_RE.match(label) is not None


def render_document(document: Document) -> str:
    """All articles, separated by one blank line."""
    parts = []
    first = 1
    for article in document.articles:
        parts.append(render_article(article, first))
        first += len(article.footnotes)
    return "\n".join(parts)
