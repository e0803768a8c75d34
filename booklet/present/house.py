"""House style on the model: what every edition prints the same way, decided before writing.

- Headings of one shape in one article (★ items, 一、 …, （一）…, 1.1 …, 「领航擘画：…」
  parallel titles) are siblings: they get one level, the highest any of them has, and a
  lone bold paragraph of the same shape joins them as a heading.  Levels are then
  closed up (an article whose top heading is level 2 starts at 1).
- A heading carries no bold runs or stray ``**``: its style decides its weight.
- A paragraph that opens with a bold lead is marked ``run_in``.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import TypeGuard

from booklet.model import Article, Block, Bold, Heading, Inline, Paragraph, Text, plain_text
from booklet.shapes import HEADING_STYLES

# Heading shapes, most specific first: the name of the first pattern that matches is the shape
# (the grammar lives in booklet.shapes).
SHAPES = HEADING_STYLES
MAX_LEAD_CELLS = 40  # a bold paragraph longer than this is emphasis, not a heading


def heading_shape(text: str) -> str | None:
    """The shape name of a heading's text, or None for a free-form heading."""
    text = text.strip().lstrip("*")
    for name, pattern in SHAPES:
        if pattern.match(text):
            return name
    return None


def house_article(article: Article) -> Article:
    """The article with sibling headings unified, headings plain and run-in leads marked."""
    blocks = [_plain_heading(b) if isinstance(b, Heading) else b for b in article.blocks]
    blocks = _promote_bold_siblings(blocks)
    blocks = _unify_levels(blocks)
    blocks = _close_levels(blocks)
    blocks = [_mark_run_in(b) for b in blocks]
    return dataclasses.replace(article, blocks=tuple(blocks))


def _plain_heading(block: Heading) -> Heading:
    """Bold runs and literal ``**`` out of a heading; its style gives the weight."""
    out: list[Inline] = []
    for node in block.inlines:
        if isinstance(node, (Text, Bold)):
            text = node.text.replace("**", "")
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + text)
            elif text:
                out.append(Text(text))
        else:
            out.append(node)
    if out and isinstance(out[0], Text):
        out[0] = Text(out[0].text.lstrip())
    return dataclasses.replace(block, inlines=tuple(out))


def _is_bold_lead_only(block: Block) -> TypeGuard[Paragraph]:
    return (isinstance(block, Paragraph) and bool(block.inlines)
            and all(isinstance(n, Bold) for n in block.inlines)
            and len(plain_text(block.inlines)) <= MAX_LEAD_CELLS)


def _promote_bold_siblings(blocks: list[Block]) -> list[Block]:
    """A lone bold paragraph shaped like the article's headings becomes one of them."""
    levels: dict[str, int] = {}
    for block in blocks:
        if isinstance(block, Heading):
            shape = heading_shape(plain_text(block.inlines))
            if shape and shape not in levels:
                levels[shape] = block.level
    out = []
    for block in blocks:
        if _is_bold_lead_only(block):
            shape = heading_shape(plain_text(block.inlines))
            if shape in levels and shape not in ("ordinal",):
                block = _plain_heading(Heading(levels[shape], block.inlines, block.span))
        out.append(block)
    return out


def _unify_levels(blocks: list[Block]) -> list[Block]:
    """Siblings of one shape take the highest level (smallest number) found among them."""
    best: dict[str, int] = defaultdict(lambda: 99)
    for block in blocks:
        if isinstance(block, Heading):
            shape = heading_shape(plain_text(block.inlines))
            if shape:
                best[shape] = min(best[shape], block.level)
    out = []
    for block in blocks:
        if isinstance(block, Heading):
            shape = heading_shape(plain_text(block.inlines))
            if shape and best[shape] != block.level:
                block = dataclasses.replace(block, level=best[shape])
        out.append(block)
    return out


def _close_levels(blocks: list[Block]) -> list[Block]:
    """Heading levels renumbered by rank: the levels used, in order, become 1, 2, …."""
    used = sorted({b.level for b in blocks if isinstance(b, Heading)})
    rank = {level: i + 1 for i, level in enumerate(used)}
    if all(rank[level] == level for level in used):
        return blocks
    return [dataclasses.replace(b, level=rank[b.level]) if isinstance(b, Heading) else b
            for b in blocks]


def _mark_run_in(block: Block) -> Block:
    if isinstance(block, Paragraph) and block.inlines and isinstance(block.inlines[0], Bold) \
            and not block.run_in:
        return dataclasses.replace(block, run_in=True)
    return block
