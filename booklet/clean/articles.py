"""Articles: the block stream cut at each headline, and drafts folded into shape.

``to_articles`` is the step from the blocks stage to the articles stage: a new draft
starts at each kicker, title, or heading run ``split_articles`` marked, and takes the
headline blocks that follow it (title, subtitle, byline, 来源 line) into its fields.  It
decides nothing itself; the rules before it typed the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from booklet.clean.blocks import Blk, Kind
from booklet.clean.stages import Articles, Blocks
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import heading_key


@dataclass(frozen=True, slots=True)
class Draft:
    """An article before it becomes a model node."""

    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    author: str | None = None
    source_line: str | None = None
    source_at_end: bool = False
    first: int = 0
    blocks: tuple[Blk, ...] = field(default_factory=tuple)

    def but(self, **changes: Any) -> "Draft":
        """A copy with ``changes``."""
        return replace(self, **changes)


# Kinds that only mean something in a headline: elsewhere the block is a paragraph.
_HEADLINE_ONLY = (Kind.SOURCE, Kind.KICKER, Kind.CONT, Kind.SUBTITLE, Kind.BYLINE)


def to_articles(stage: Blocks, log: Log) -> Articles:
    """The articles stage from the blocks stage (see the module docstring)."""
    blocks = stage.blocks
    drafts: list[dict] = []
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if blk.kind in (Kind.KICKER, Kind.TITLE) or blk.opens_article:
            head, i = _headline(blocks, i)
            if drafts:
                log.decided(blk.first, "split", _("new article {title!r}").format(
                    title=head["title"] or head.get("kicker")))
            drafts.append(head)
            continue
        if not drafts:
            drafts.append({"first": blk.first, "title": "", "blocks": []})
        drafts[-1]["blocks"].append(blk)
        i += 1
    return Articles([_finish(d) for d in drafts], stage.notes)


def _headline(blocks: Sequence[Blk], i: int) -> tuple[dict, int]:
    head: dict = {"first": blocks[i].first, "title": "", "blocks": []}
    if blocks[i].kind is Kind.KICKER:
        head["kicker"] = blocks[i].text
        i += 1
    if i < len(blocks) and (blocks[i].kind is Kind.TITLE or blocks[i].opens_article):
        head["first"] = min(head["first"], blocks[i].first)
        head["title"] = blocks[i].text
        i += 1
    for kind, name in ((Kind.SUBTITLE, "subtitle"), (Kind.BYLINE, "author"), (Kind.SOURCE, "source_line")):
        if i < len(blocks) and blocks[i].kind is kind:
            head[name] = blocks[i].text
            i += 1
    return head, i


def _finish(draft: dict) -> Draft:
    blocks: list[Blk] = draft.pop("blocks")
    if not draft["title"] and draft.get("kicker"):
        draft["title"], draft["kicker"] = draft["kicker"], None  # a label with no title under it is the title
    if draft.get("source_line") is None and blocks and blocks[0].kind is Kind.SOURCE:
        draft["source_line"] = blocks.pop(0).text
    if draft.get("source_line") is None and blocks and blocks[-1].kind is Kind.SOURCE:
        draft["source_line"] = blocks.pop().text
        draft["source_at_end"] = True
    body = tuple(blk.but(kind=Kind.PARA) if blk.kind in _HEADLINE_ONLY
                 else blk.but(kind=Kind.HEADING, level=1) if blk.kind is Kind.TITLE or blk.opens_article
                 else blk for blk in blocks)
    return Draft(blocks=body, **draft)


def fold_empty(stage: Articles, log: Log) -> Articles:
    """An article with nothing but a title becomes a heading of its neighbour.

    Cleaned Markdown reads two ``# `` lines in a row as kicker + title, so an empty
    article before another one could not be told apart; its title is kept as a
    heading at the end of the previous article (or the start of the next).
    """
    drafts = stage.drafts
    if len(drafts) < 2:
        return stage
    out: list[Draft] = []
    pending: list[Blk] = []
    for k, draft in enumerate(drafts):
        empty = _title_only(draft)
        if empty and not pending and not any(not _title_only(d) for d in out) and _over_kicked(drafts, k):
            # (textb79) a section's label over the first headline, whose own kicker follows: a heading
            # at the start of the next article would stand under that headline, so it stays before it —
            # (news84) and so does each of a run of them (a 简报's unit over its 报头, then the label)
            out.append(draft)
            continue
        if empty:
            heading = Blk(Kind.HEADING, draft.title, draft.first, draft.first, level=1)
            log.decided(draft.first, "merged", _("title-only article {title!r} into its neighbour").format(
                title=draft.title))
            if out:
                out[-1] = out[-1].but(blocks=out[-1].blocks + (heading,))
            else:
                pending.append(heading)
            continue
        out.append(draft.but(blocks=tuple(pending) + draft.blocks))
        pending = []
    return stage.but(drafts=out or list(drafts))


def _title_only(draft: Draft) -> bool:
    """``draft`` holds a title and nothing else (``fold_empty``)."""
    return not (draft.blocks or draft.kicker or draft.subtitle or draft.author or draft.source_line)


def _over_kicked(drafts: Sequence[Draft], k: int) -> bool:
    """(news84) The first draft after ``drafts[k]`` that holds more than a title has a kicker: every
    title-only draft between them stands over a headline whose kicker comes first (``fold_empty``)."""
    return bool(next((d for d in drafts[k + 1:] if not _title_only(d)), drafts[-1]).kicker)


def closing_lines(stage: Articles, log: Log) -> Articles:
    """A guessed heading that ends the text, with nothing under it, is a paragraph.

    A heading heads the text under it; the last block of a text has none, so a short unpunctuated
    line there is a closing line the heading guess took for one by its shape — an issue row
    (「2026年11月　第12期」), a contact or distribution line (「电话 0710-3456789」, 「报送 市委 市政府」),
    a date under the signer.  Only where the text holds prose (an outline of headings alone may end
    on one), the reader did not give the heading (``Blk.marked``), and its numbering is no other
    heading's too (``_in_series``: 「二、…」 after 「一、…」 is a heading by its series, wherever the
    text or the reading order cut it off).
    """
    drafts = stage.drafts
    if not drafts or not drafts[-1].blocks:
        return stage
    last = drafts[-1]
    blk = last.blocks[-1]
    if blk.kind is not Kind.HEADING or blk.marked or _in_series(blk, drafts) \
            or not any(b.kind is Kind.PARA for d in drafts for b in d.blocks[:-1] if b is not blk):
        return stage
    log.decided(blk.first, "marked", _("{text!r}: the text's last line, nothing under it to head").format(
        text=blk.text))
    closed = last.but(blocks=last.blocks[:-1] + (blk.but(kind=Kind.PARA, level=0),))
    return stage.but(drafts=[*drafts[:-1], closed])


def _in_series(blk: Blk, drafts: Sequence[Draft]) -> bool:
    """``blk`` opens on a heading numbering (``shapes.heading_key``) another heading or an article's
    title in the text shares."""
    key = heading_key(blk.text)
    return key is not None and any(
        heading_key(text) == key for text in (*(d.title for d in drafts),
                                              *(b.text for d in drafts for b in d.blocks
                                                if b is not blk and b.kind is Kind.HEADING)))
