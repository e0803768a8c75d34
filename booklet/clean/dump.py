"""A stable, line-per-node text dump of a document, for golden tests and debugging.

Unlike the Markdown it shows every node's type and source span, so a golden file
pins classification (caption vs paragraph, note, attribution) as well as text.
"""

from __future__ import annotations

from booklet.model import Article, Bold, Document, FootnoteRef, Inline, block_text


def _inlines(inlines: tuple[Inline, ...]) -> str:
    parts = []
    for node in inlines:
        if isinstance(node, Bold):
            parts.append(f"<b>{node.text}</b>")
        elif isinstance(node, FootnoteRef):
            parts.append(f"<ref {node.label}>")
        else:
            parts.append(node.text)
    return "".join(parts)


def dump_article(article: Article) -> str:
    """Metadata lines, then one line per block and per footnote."""
    rows = [f"Article title={article.title!r}"]
    for name in ("kicker", "subtitle", "author", "origin", "date", "source_line"):
        value = getattr(article, name)
        if value:
            rows.append(f"  {name}={value!r}")
    if article.source_at_end:
        rows.append("  source_at_end=True")
    for block in article.blocks:
        kind = type(block).__name__
        span = f"{block.span[0]}-{block.span[1]}" if block.span else "-"
        level = f" {block.level}" if hasattr(block, "level") else ""
        text = _inlines(block.inlines) if hasattr(block, "inlines") else block_text(block)
        rows.append(f"  {kind}{level} [{span}] {text!r}")
    for note in article.footnotes:
        rows.append(f"  Footnote {note.label} {_inlines(note.inlines)!r}")
    return "\n".join(rows)


def dump(document: Document) -> str:
    """The whole document, articles in order, ending with a newline."""
    return "\n".join(dump_article(a) for a in document.articles) + "\n"
