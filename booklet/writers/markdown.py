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

import re
from collections import defaultdict, deque

from booklet.model import (Article, Attribution, Block, Bold, Caption, Document, FootnoteRef,
                           Heading, Inline, Note, Paragraph, Quote, Separator)

_DEF_LOOKALIKE = re.compile(r"(?m)^(\[\^[^\]\s]+\]):")
_ESCAPE_INLINE = re.compile(r"([\\*])")
_ESCAPE_START = re.compile(r"^(#|>|\[\^|\* \* \*|---)")
# A printed marker (① or [1]) that a footnote body starts with in the Markdown.
PRINTED_LABEL = re.compile("^(?:[\u2460-\u2473\u24eb-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|\\[\\d{1,3}\\])$")


def _escape(text: str) -> str:
    return _ESCAPE_INLINE.sub(r"\\\1", text)


def _line_starts(text: str) -> str:
    """Escape markup at the start of each physical line and write breaks as hard breaks."""
    lines = [_ESCAPE_START.sub(r"\\\1", ln) for ln in text.split("\n")]
    return "  \n".join(lines)


class _Keys:
    """Numbered footnote keys: the k-th marker ``①`` gets the key of the k-th ``①`` footnote."""

    def __init__(self, article: Article, first: int = 1) -> None:
        self.queues: dict[str, deque[int]] = defaultdict(deque)
        for k, note in enumerate(article.footnotes, first):
            self.queues[note.label].append(k)

    def key(self, label: str) -> str | None:
        queue = self.queues.get(label)
        return str(queue.popleft()) if queue else None


def _text(text: str, at_start: bool) -> str:
    """Escaped text; markup-like starts of its lines (``#``, ``>``, ``[^``) get a backslash."""
    lines = _escape(text).split("\n")
    return "\n".join(_ESCAPE_START.sub(r"\\\1", ln) if (k or at_start) else ln
                     for k, ln in enumerate(lines))


def _inlines(inlines: tuple[Inline, ...], keys: _Keys) -> str:
    out: list[str] = []
    for node in inlines:
        at_start = not out or out[-1].endswith("\n")
        if isinstance(node, Bold):
            out.append(f"**{_escape(node.text)}**")
        elif isinstance(node, FootnoteRef):
            key = keys.key(node.label)
            out.append(f"[^{key}]" if key else _text(node.label, at_start))
        else:
            out.append(_text(node.text, at_start))
    text = _DEF_LOOKALIKE.sub(r"\1\\:", "".join(out))  # "[^1]:" would read as a definition
    return "  \n".join(text.split("\n"))


def _block(block: Block, keys: _Keys) -> str:
    if isinstance(block, Heading):
        text = _inlines(block.inlines, keys).replace("  \n", " ")
        return "#" * min(6, block.level + 1) + " " + text
    if isinstance(block, Quote):
        return "\n".join("> " + ln for ln in _inlines(block.inlines, keys).split("\n"))
    if isinstance(block, (Paragraph, Note)):
        return _inlines(block.inlines, keys)
    if isinstance(block, (Attribution, Caption)):
        return _line_starts(_escape(block.text))
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
        parts.append("# " + _escape(article.kicker))
    if article.title or article.kicker:
        parts.append("# " + _escape(article.title))
    if article.subtitle:
        parts.append("## " + _escape(article.subtitle))
    if article.author:
        parts.append(_line_starts(_escape(article.author)))
    if article.source_line and not article.source_at_end:
        parts.append(_line_starts(_escape(article.source_line)))
    for k, block in enumerate(article.blocks):
        text = _block(block, keys)
        if k == 0 and not article.subtitle and isinstance(block, Heading) and text.startswith("## ——"):
            text = "## \\" + text[3:]  # not the subtitle: that is a "## ——" line right after the title
        parts.append(text)
    if article.source_line and article.source_at_end:
        parts.append(_line_starts(_escape(article.source_line)))
    for k, note in enumerate(article.footnotes, first_key):
        body = _inlines(note.inlines, _Keys(Article(title="")))
        label = note.label if PRINTED_LABEL.match(note.label) else ""
        parts.append(f"[^{k}]: {label}{body}")
    return "\n\n".join(parts) + "\n"


def render_document(document: Document) -> str:
    """All articles, separated by one blank line."""
    parts = []
    first = 1
    for article in document.articles:
        parts.append(render_article(article, first))
        first += len(article.footnotes)
    return "\n".join(parts)
