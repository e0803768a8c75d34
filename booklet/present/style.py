"""Presentation decisions every writer reads: styles of blocks, wording of fixed marks, the epoch.

pandoc's writers share ``Text.Pandoc.Writers.Shared``; ours share this module,
so the PDF, the DOCX and the later editions cannot disagree on which style a
heading takes, what a section break prints, or when a build says it was made.
"""

from __future__ import annotations

import math

from booklet.layout import Profile
from booklet.model import (Attribution, Block, Bold, Booklet, Caption, Heading, Note, Paragraph,
                           Quote, Separator, plain_text)
from booklet.typeset.cells import cells

SEPARATOR = "＊　＊　＊"  # a section break (``* * *``), centred
NOTE_LEADING = 1.6  # footnote baseline distance, in type sizes, before rounding to the grid
MAX_HEADING = 4  # heading levels with their own profile style (heading1 … heading4)
# Build time when neither the manifest nor SOURCE_DATE_EPOCH gives one: 2026-01-01 UTC, so
# every output of every writer carries the same stamp and rebuilds are byte-identical.
DEFAULT_EPOCH = 1767225600


def lines_before_heading(level: int) -> int:
    """Blank grid lines above a heading of ``level`` (none at a page top): one above a top-level
    heading, which opens a section of the article; the DOCX puts it in the heading's style."""
    return 1 if level == 1 else 0


def heading_style(level: int) -> str:
    """Profile style of a heading of ``level`` (deeper levels share the last style)."""
    return f"heading{min(max(level, 1), MAX_HEADING)}"


def block_style(block: Block) -> str:
    """Profile style name of a block."""
    if isinstance(block, Heading):
        return heading_style(block.level)
    if isinstance(block, (Paragraph, Separator)):
        return "body"
    if isinstance(block, Quote):
        return "quote"
    if isinstance(block, Attribution):
        return "attribution"
    if isinstance(block, Note):
        return "note"
    if isinstance(block, Caption):
        return "caption"
    raise TypeError(f"unknown block type {type(block).__name__}")


def keeps_with_next(block: Block, profile: Profile) -> bool:
    """A paragraph that is only its run-in heading (all bold, one line) stays with what follows."""
    if not (isinstance(block, Paragraph) and block.run_in):
        return False
    if not all(isinstance(node, Bold) for node in block.inlines):
        return False
    room = profile.chars_per_line - profile.first_line_indent_chars
    return cells(plain_text(block.inlines)) <= room


def note_step(profile: Profile) -> float:
    """Grid slots per footnote line: about 1.6 times its type size, in quarter slots (a 12 pt
    note on the 29 pt gongwen grid takes ¾ of a slot instead of looking double-spaced)."""
    size = profile.style("footnote").size_pt
    return min(1.0, math.ceil(size * NOTE_LEADING / profile.line_pitch_pt * 4) / 4)


def build_epoch(booklet: Booklet) -> int:
    """Seconds since 1970 stamped into every output (creation dates, zip members)."""
    return booklet.source_date_epoch if booklet.source_date_epoch is not None else DEFAULT_EPOCH
