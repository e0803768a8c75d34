"""Blocks cut inside a bracket, joined again.

A bracket opened in one block and closed at the start of the next was cut by a line end the
unwrapping took for a block end: a 题注 set centred on two lines (「（2024年11月28日…人民代表大」 /
「会常务委员会第十七次会议通过）」), a 名单 row the measure cut inside its last name
(「…　郑丽娟家庭（东湖区新城街」 / 「道）」).  No text opens a block by closing a bracket it never
opened, so the block that does is the rest of the one above.
"""

from __future__ import annotations

from operator import attrgetter

from booklet.clean.blocks import Blk, Kind, joined_block
from booklet.clean.lines import join_logged
from booklet.clean.stages import Blocks
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import BRACKET_PAIRS, JOINED_CLOSES_FIRST_RE, STOP_RE

# Kinds a cut block may have at this point: what the unwrapping made of it.
_JOINABLE = (Kind.PARA, Kind.HEADING)


def join_bracket_rests(stage: Blocks, log: Log) -> Blocks:
    """Each block that closes a bracket it never opened, right after a block that left one open,
    joined to that block (rule ``bracket_rests``; see the module docstring).  Blocks that close a
    bracket before they open one or end a sentence are found first, by one search of all texts
    joined: they are rare, and most sources have none."""
    blocks = stage.blocks
    joined = "\x00".join(map(attrgetter("text"), blocks))
    rests = [joined.count("\x00", 0, m.start()) + 1 for m in JOINED_CLOSES_FIRST_RE.finditer(joined)]
    if not rests:
        return stage
    out = list(blocks)
    for i in reversed(rests):   # (from the end: a block joined keeps the indices before it)
        prev, blk = out[i - 1], out[i]
        if _cut_pair(prev, blk):
            log.decided(blk.first, "joined", _("{text!r}: the rest of the bracket left open above").format(
                text=excerpt(blk.text)))
            out[i - 1:i + 1] = [joined_block(prev, blk, join_logged(prev.text, blk.text, blk.first, log))]
    return stage.but(blocks=out)


def _cut_pair(prev: Blk, blk: Blk) -> bool:
    """``prev`` leaves a bracket open and ``blk``'s first line closes one it never opened; both
    blocks as the unwrapping made them (no hard break kept inside, not given by the reader)."""
    if prev.kind not in _JOINABLE or blk.kind not in _JOINABLE or prev.marked or blk.marked:
        return False
    if "\n" in prev.text or "\n" in blk.text:
        return False
    first_line = blk.text[:blk.starts[1][0]] if len(blk.starts) > 1 else blk.text
    return any(prev.text.count(o) > prev.text.count(c) and _closes_first(first_line, o, c) for o, c in BRACKET_PAIRS)


def _closes_first(text: str, opening: str, closing: str) -> bool:
    """``text`` (a block's first line) closes a bracket it never opened before any sentence
    ends: it goes on with what the line above left open (「道）」, 「会常务委员会第十七次会议
    通过）」) — not a paragraph whose later line an extractor took from elsewhere (「执法全过程
    记录，…也是对执法人员」 / 「月8日）」), nor one with a stray rest (「减负不是减责任。…日）」)."""
    depth = 0
    for k, char in enumerate(text):
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return STOP_RE.search(text, 0, k) is None
    return False

