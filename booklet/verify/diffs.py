"""Turning aligned edits into readable differences: original characters, context, line numbers.

Alignment works on folded text; a proofreader reads the original.  Each edit
is mapped back through ``VerifyText.piece_at`` to the characters as printed,
given a few characters of context, the source line of each version, and — when
one version plainly lost something in extraction — which reading is better.
"""

from __future__ import annotations

from dataclasses import dataclass

from booklet.verify.align import Edit, char_class, kind_of
from booklet.verify.lines import LineLocator
from booklet.verify.report import Difference, TextRef
from booklet.verify.texts import VerifyText

CONTEXT_CHARS = 6  # characters shown each side of a difference: enough to find it on the page
# A dropped letter or digit: at most this many Latin characters, next to another one ("6G").
LATIN_LOSS_CHARS = 3
# A page break lost characters when the two sides of the gap lie this many lines apart or more
# (page number, running head, blank lines between them).
PAGE_BREAK_LINES = 2
PAGE_LOSS_CHARS = 2  # at most this many characters lost at a page break


@dataclass(slots=True)
class Side:
    """One version in a comparison: its text and where its folded positions are printed."""

    text: VerifyText
    locator: LineLocator

    def original(self, start: int, end: int) -> str:
        """The characters as printed for folded positions ``start:end`` (within one block)."""
        start, end = max(0, start), min(len(self.text.folded), end)
        if end <= start:
            return ""
        out: list[str] = []
        pos = start
        while pos < end:
            piece = self.text.piece_at(pos)
            stop = min(end, piece.end)
            offset = piece.original_index(pos - piece.start)
            out.append(piece.words[offset:piece.original_index(stop - piece.start - 1) + 1])
            pos = stop
        return "".join(out)

    def line(self, position: int) -> int | None:
        """Source line of folded position ``position`` (clamped into the text)."""
        if not self.text.folded:
            return None
        position = min(max(position, 0), len(self.text.folded) - 1)
        piece = self.text.piece_at(position)
        return self.locator.line_of(self.text.path, piece.span, piece.words,
                                    piece.original_index(position - piece.start))

    def ref(self, position: int | None = None) -> TextRef:
        """This version as a ``TextRef``, with the line of ``position`` when given."""
        text = self.text
        return TextRef(text.label, text.title, text.kind, text.number,
                       self.line(position) if position is not None else None)


def _better(edit: Edit, ours: Side, theirs: Side) -> tuple[str | None, str | None]:
    """Which side reads better when the other plainly lost characters in extraction."""
    kind = kind_of(edit)
    if kind == "substitution":
        return None, None
    fuller, lossy = (ours, theirs) if kind == "extra" else (theirs, ours)
    f_start, f_end, gap = ((edit.a_start, edit.a_end, edit.b_start) if kind == "extra"
                           else (edit.b_start, edit.b_end, edit.a_start))
    lost = fuller.text.folded[f_start:f_end]
    name = "ours" if fuller is ours else "theirs"
    neighbours = fuller.text.folded[max(0, f_start - 1):f_start] \
        + fuller.text.folded[f_end:f_end + 1]
    if len(lost) <= LATIN_LOSS_CHARS and lost.isascii() and lost.isalnum() \
            and any(ch.isascii() and ch.isalnum() for ch in neighbours):
        return name, "latin"
    if len(lost) <= PAGE_LOSS_CHARS and 0 < gap < len(lossy.text.folded):
        before, after = lossy.line(gap - 1), lossy.line(gap)
        if before is not None and after is not None and after - before >= PAGE_BREAK_LINES:
            return name, "page_break"
    return None, None


def describe_edits(edits: list[Edit] | tuple[Edit, ...], ours: Side, theirs: Side,
                   a_offset: int = 0, b_offset: int = 0) -> tuple[Difference, ...]:
    """Differences for ``edits`` whose positions are relative to ``a_offset``/``b_offset``."""
    out: list[Difference] = []
    for rel in edits:
        edit = Edit(rel.a_start + a_offset, rel.a_end + a_offset,
                    rel.b_start + b_offset, rel.b_end + b_offset)
        ours_text = ours.original(edit.a_start, edit.a_end)
        theirs_text = theirs.original(edit.b_start, edit.b_end)
        better, reason = _better(edit, ours, theirs)
        changed = ours.text.folded[edit.a_start:edit.a_end] + theirs.text.folded[edit.b_start:edit.b_end]
        out.append(Difference(
            kind=kind_of(edit), chars=char_class(changed), ours=ours_text, theirs=theirs_text,
            before=ours.original(edit.a_start - CONTEXT_CHARS, edit.a_start),
            after=ours.original(edit.a_end, edit.a_end + CONTEXT_CHARS),
            our_line=ours.line(edit.a_start if edit.a_end > edit.a_start else edit.a_start - 1),
            their_line=theirs.line(edit.b_start if edit.b_end > edit.b_start else edit.b_start - 1),
            better=better, reason=reason))
    return tuple(out)
