"""Block text → inlines: bold spans, footnote markers; and the bold lead-in rule."""

from __future__ import annotations

from typing import Callable

from booklet.clean.articles import Draft
from booklet.clean.blocks import Blk, Kind, Spans
from booklet.clean.stages import Articles
from booklet.model import Bold, FootnoteRef, Inline, Text
from booklet.report import Log
from booklet.shapes import LEAD_IN_RE, NOTE_MARK_RE, mark_label

# The spaces an extractor may write between a word and the raised marker after it.
MARKER_SPACES = " \u3000"


def bold_leadins(stage: Articles, log: Log) -> Articles:
    """Mark a lead-in sentence bold: 「第一，强化……布局。基础研究…」 → 「**第一，强化……布局。**基础研究…」.

    Only in a paragraph that goes on after the sentence and carries no bold yet."""
    return stage.but(drafts=[_leadins(d) for d in stage.drafts])


def _leadins(draft: Draft) -> Draft:
    blocks = tuple(_leadin(b) for b in draft.blocks)
    return draft if all(a is b for a, b in zip(blocks, draft.blocks)) else draft.but(blocks=blocks)


def _leadin(blk: Blk) -> Blk:
    if blk.kind is not Kind.PARA or blk.bold:
        return blk
    match = LEAD_IN_RE.match(blk.text)
    return blk if match is None else blk.but(bold=((0, match.end(1)),))


def to_inlines(text: str, bold: Spans, take_ref: Callable[[str], bool] | None) -> tuple[Inline, ...]:
    """Inlines for ``text``: bold spans become ``Bold``; outside them a printed marker (①, [1])
    becomes a ``FootnoteRef`` when ``take_ref(label)`` says its note exists (``None``: there are
    no notes, so no marker is looked for)."""
    if not bold and take_ref is None:   # (most blocks: plain text, no notes in the article)
        return (Text(text),) if text else ()
    out: list[Inline] = []
    pos = 0
    for start, end in bold:
        _plain(text[pos:start], take_ref, out)
        out.append(Bold(text[start:end]))
        pos = end
    _plain(text[pos:], take_ref, out)
    return tuple(out)


def _plain(text: str, take_ref: Callable[[str], bool] | None, out: list[Inline]) -> None:
    """``text`` as inlines, each marker whose note exists a ``FootnoteRef``.  A marker is set raised
    and tight against the character it follows; the space an extractor wrote before it (pdftotext
    gives the raised run its own word: 「核心位置 [1]。」) is dropped with it."""
    pos = 0
    for match in NOTE_MARK_RE.finditer(text) if take_ref is not None else ():
        label = mark_label(match.group(0))
        if take_ref(label):  # type: ignore[misc]
            before = text[pos:match.start()].rstrip(MARKER_SPACES)
            if before:
                out.append(Text(before))
            out.append(FootnoteRef(label))
            pos = match.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
