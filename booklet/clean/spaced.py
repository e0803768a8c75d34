"""Collapse headings that extraction spread out, one letter per line or per space.

Before (seed 004): ``1.1 研`` / ``究`` / ``背`` / ``景`` (blank lines between);
after: one line ``1.1 研究背景``.  Also ``研 究 背 景`` on one line → ``研究背景``.
"""

from __future__ import annotations

import re
from operator import is_

from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import (IDEOGRAPH_SPACE_RE, SPACED_HEADING_RE, SPREAD_OUT_RE, couplet, ideograph_space_is_gap,
                            opens_on_tail)

_ONE_CHAR = re.compile(r"^[\u3400-\u9fff]$")
_ENDS_ONE = re.compile(r"(?:^|[\s\d.、）)])[\u3400-\u9fff]$")
_SPACES = re.compile(r"\s+")
# At least this many one-letter lines after a heading's first letter make a spread heading …
MIN_SPREAD_LINES = 3
# … whose first line is this short (characters); a spaced heading on one line is this short.
SPREAD_HEAD_MAX_CHARS = 20
SPACED_LINE_MAX_CHARS = 40
# A body line an extractor spread out: justified lines set their glyphs wider apart and pdfminer-like
# extractors read a wide gap as a space, at arbitrary places (「终 于 忍不住 问 ：“你 们 这是要 干」).
# ``SPREAD_OUT_RE`` finds such a line; which of its spaces are gaps is ``ideograph_space_is_gap``'s
# decision, the normaliser's too (a line's ends are no field's edges: its paragraph goes on).
# In such a line a number or a Latin word is spread letter by letter alike (「实 施 “ 8 6 3 计 划」,
# 「于2 0 2 3 年度」): a space between two digits is a gap (Chinese text sets no space inside a
# number), and so is one between two lone Latin letters, each with a space (or the line's end) on
# its other side.  A space between two Latin words of several letters (``GB 50763``) stays.
_LONE_LATIN_SPACE_RE = re.compile(r"(?<=[0-9]) (?=[0-9])|(?<![^ ])([A-Za-z]) (?=[A-Za-z](?: |$))")


def collapse_spaced_headings(lines: list[Line], log: Log) -> list[Line]:
    """Join runs of one-character lines onto the heading line they were split from.

    Only two kinds of line can change: a line before (or starting) a run of one-letter lines, and
    a short line holding a space (a heading spaced out on one line).  Most lines of a file are
    neither, so those are found first (``_spread_runs``, a comprehension each) and only they are
    looked at, in order; the same list comes back when none changed.  First, a couplet head's two
    halves written as two blocks are put back on one line (``join_couplet_halves``)."""
    lines = join_couplet_halves(lines, log)
    texts = [line.text for line in lines]
    merges = _spread_runs(texts)
    todo = sorted({k for k, text in enumerate(texts) if " " in text and len(text) <= SPACED_LINE_MAX_CHARS}
                  | merges.keys())
    out: list[Line] = []
    done = 0   # lines before this one are in ``out``
    for i in todo:
        if i < done:
            continue   # (a letter of a spread heading joined already)
        out.extend(lines[done:i])
        line = lines[i]
        if i in merges:
            j = merges[i]
            joined = line.text + "".join(texts[i + 1:j])
            log.decided(line.lineno, "merged", _("{count} spread-out lines into {text!r}").format(count=j - i,
                                                                                                  text=joined))
            out.append(line.but(text=joined, spaced_heading=True))
            done = j
            continue
        if i + 1 < len(lines) and opens_on_tail(texts[i + 1]):
            out.append(line)   # a justified body line spread out, its sentence ending in the next line
        else:
            out.append(_collapse_inline(line, log))
        done = i + 1
    if len(out) == done and all(map(is_, out, lines)):
        return lines   # (nothing changed)
    out.extend(lines[done:])
    return out


# (texts90) A text heads its parts alike: couplet heads come in a series (a 事迹材料's four, a 解说词's halls), so
# at least this many pairs in the text are joined.  One pair alone is as likely a headline wrapped in a narrow
# column into two even lines (「河西区举办」 / 「冬季招聘会」, 「项目建设」 / 「跑出加速…」 on the dev news pages).
COUPLET_HEADS_MIN = 2


def join_couplet_halves(lines: list[Line], log: Log) -> list[Line]:
    """(texts90) A head made of two phrases of as many ideographs each, set on one line with a wide space between
    (a couplet, 对仗: 「苦练本领　精益求精」, 「第一展厅　星火初燃」 — how a 事迹材料, a 解说词 or a 心得 heads its
    parts, and how a headline's element is made: ``shapes.couplet``): plain pdftotext writes the text on each side
    of a wide gap as a text block of its own, so the head comes out as two blocks, 「苦练本领」 / (blank) /
    「精益求精」, and the second half is read as a paragraph under a heading.  The halves are put back on one line,
    the gap an ideographic space, where (``_couplet_halves``): the first half opens the text or follows a
    sentence's end (a blank line before it proves nothing where an extractor writes one under every line: a
    subtitle's wrapped rest 「国劳动模范陈永刚」 over the byline 「江城重工集团工会」 is as even), the second half is the
    next block and ends it (a blank or the text's end after it), the two make a couplet, and what follows is
    prose — a line with clause or sentence marks (a head stands over its text; lines of verse, each alone and
    even, stand over the next line of verse, which has neither) — and only where the text holds
    ``COUPLET_HEADS_MIN`` such pairs or more.  The same list comes back when none changed."""
    pairs = _couplet_halves(lines)
    if len(pairs) < COUPLET_HEADS_MIN:
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if k not in pairs:
            out.append(lines[k])
            k += 1
            continue
        first, second = lines[k], lines[k + 1]
        text = first.text + "\u3000" + second.text
        log.decided(first.lineno, "merged", _("a couplet's halves written apart joined: {text!r}").format(text=text))
        out.append(first.but(text=text, trail_space=second.trail_space, page_end=second.page_end))
        k += 2
    return out


def _couplet_halves(lines: list[Line]) -> set[int]:
    """(texts90) The first halves of the couplets ``join_couplet_halves`` joins (see there)."""
    pairs: set[int] = set()
    k = 0
    while k + 2 < len(lines):
        first, second, after = lines[k], lines[k + 1], lines[k + 2]
        if second.blanks_before and after.blanks_before and (after.clause or after.final) \
                and (k == 0 or lines[k - 1].final) and not first.page_end \
                and not second.page_start and couplet(first.text + "\u3000" + second.text):
            pairs.add(k)
            k += 2
            continue
        k += 1
    return pairs


def _spread_runs(texts: list[str]) -> dict[int, int]:
    """The spread headings of ``texts``: for each, the index of its first line and the index after
    its last letter.  In a run of one-letter lines (``_ONE_CHAR``), the first line from the line
    before the run on that has ``MIN_SPREAD_LINES`` lines or more to the run's end, ends in one
    letter (``_ENDS_ONE``) and is no longer than a heading (``SPREAD_HEAD_MAX_CHARS``)."""
    merges: dict[int, int] = {}
    if 1 not in map(len, texts):
        return merges   # (most files: no one-letter line)
    ones = [k for k, text in enumerate(texts) if len(text) == 1 and _ONE_CHAR.match(text) is not None]
    k = 0
    while k < len(ones):
        a = ones[k]
        while k + 1 < len(ones) and ones[k + 1] == ones[k] + 1:
            k += 1
        b = ones[k] + 1   # the run is lines a … b - 1
        k += 1
        for i in range(max(a - 1, 0), b - MIN_SPREAD_LINES + 1):
            if _ENDS_ONE.search(texts[i]) and len(texts[i]) <= SPREAD_HEAD_MAX_CHARS:
                merges[i] = b
                break
    return merges


def close_spread_lines(lines: list[Line], log: Log) -> list[Line]:
    """Drop the gaps an extractor read as spaces in a spread-out line (``SPREAD_OUT_RE``).

    The same list comes back when no line is spread, so the layout studied on it still holds."""
    out: list[Line] | None = None
    for i, line in enumerate(lines):
        if " " in line.text and not line.spaced_heading and SPREAD_OUT_RE.search(line.text):
            after = _closed(line.text)
            log.changed(line.lineno, line.text, after)
            if out is None:
                out = list(lines[:i])
            line = line.but(text=after)
        if out is not None:
            out.append(line)
    return lines if out is None else out


def _closed(text: str) -> str:
    """``text`` with the spaces between ideographs that are an extractor's gaps dropped, and those
    between the lone letters of a spread-out Latin run (``_LONE_LATIN_SPACE_RE``)."""
    text = _LONE_LATIN_SPACE_RE.sub(lambda m: m.group(1) or "", text)
    return IDEOGRAPH_SPACE_RE.sub(
        lambda m: "" if ideograph_space_is_gap(text, m.start(), m.end(), ends_are_edges=False) else " ", text)


def _collapse_inline(line: Line, log: Log) -> Line:
    match = SPACED_HEADING_RE.match(line.text)
    if not match:
        return line
    after = match.group(1) + _SPACES.sub("", match.group(2))
    log.changed(line.lineno, line.text, after)
    return line.but(text=after, spaced_heading=True)
