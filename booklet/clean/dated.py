"""A chronology's entry dates written apart from their entries, put back in front of them.

A chronology (大事记) opens each entry with its date and sets the entry's text after it by an
ideographic space on the same line (「1月6日　镇党委召开…」); the line is justified, so the space
prints wide.  Two extractors cut the line there:

- pdftotext (plain) writes each text block the page holds, and a gap wider than its word spacing
  parts two blocks: the date becomes a block of its own, the rest of the first line a second, the
  entry's lines under it a third — 「1月6日」 / (blank) / 「镇党委召开基层党组织」 / (blank) /
  「书记抓党建述职评议会，11个村（社」 …;
- pypdf starts a line at every change of font, and a date set bold ends its run before the
  space, which the text's run opens with — 「3月5日」 / 「　镇团委组织青年志愿」.

A date alone is ambiguous (a diary dates its sections by headings), but a chronology's dates count
up through the year, and most of its entries keep date and text on one line.  So where the lines
opening on a date — alone, or with the entry's text after a space — form a chain of at least
``MIN_CHAIN`` dates none earlier than the one before, each date alone in the chain is joined to
the text after it: a block after a blank line (pdftotext), or a line opening on the one space
the date's run left (pypdf; a paragraph's indent is two).  A first piece pdftotext cut off a
line, ending inside a word, goes on into the block under it (the entry's next line).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import ENTRY_DATE_RE, WORD_CHAR_RE

# Three dates counting up are a chronology's; two may be a letter's date and a heading's.
MIN_CHAIN = 3
# What a chronology sets between an entry's date and its text.
ENTRY_SPACE = "\u3000"
# The space pypdf opens the entry's run with, where the date's run (bold) ended before it.
RUN_SPACE_RE = re.compile("^\u3000(?!\u3000)")
# A piece ending inside a word or a number: the printed line went on (not a sentence's end, nor
# a pause).
OPEN_END_RE = re.compile(r"[\w）)”’]$")


def join_entry_dates(lines: list[Line], log: Log) -> list[Line]:
    """Join each entry date written alone (see the module) to its entry's text."""
    dated = [(k, key) for k, line in enumerate(lines)
             if line.text[:1].isdigit() and (key := _date_key(line.text)) is not None]
    if len(dated) < MIN_CHAIN:
        return lines
    chain = _counting_up(dated)
    if len(chain) < MIN_CHAIN:
        return lines
    alone = {k for k, _key in dated if ENTRY_DATE_RE.fullmatch(lines[k].text) is not None}
    joins = {k for k in chain if k in alone and k + 1 < len(lines) and k + 1 not in alone
             and _entry_after(lines[k + 1]) and WORD_CHAR_RE.match(lines[k + 1].text) is not None}
    if not joins:
        return lines
    out: list[Line] = []
    unblank: set[int] = set()   # lines after a blank that parts the blocks pdftotext cut one line into
    k = 0
    while k < len(lines):
        line = lines[k]
        if k not in joins:
            out.append(line.but(blanks_before=0) if k in unblank else line)
            k += 1
            continue
        entry = lines[k + 1]
        text = f"{line.text}{ENTRY_SPACE}{entry.text}"
        joined = line.but(text=text, indent=False, trail_space=entry.trail_space, page_end=entry.page_end)
        span = joined.width
        k += 2
        # The date's line cut inside a word went on: it was printed as wide as the entry's next
        # line (its width as text falls short by the space justified wide), and pdftotext's blank
        # before that line parts the blocks it cut, not paragraphs.
        if OPEN_END_RE.search(entry.text) and k < len(lines) and k not in alone \
                and not (lines[k].listed or lines[k].opener) and _entry_after(entry):
            span = max(span, lines[k].span_width)
            if entry.blanks_before and lines[k].blanks_before:
                unblank.add(k)
        log.decided(line.lineno, "merged", _("entry date {date!r} joined to its text: {text!r}").format(
            date=line.text, text=text))
        out.append(joined.but(span_width=span))
    return out


def _entry_after(line: Line) -> bool:
    """The line after a date alone holds its entry's text: pdftotext's next block, or pypdf's
    next run, opening on the space the date's run ended before."""
    return bool(line.blanks_before) or RUN_SPACE_RE.match(line.raw.text) is not None


def _date_key(text: str) -> tuple[int, int] | None:
    match = ENTRY_DATE_RE.match(text)
    if match is None:
        return None
    return int(match["month"]), int(match["day"])


def _counting_up(dated: list[tuple[int, tuple[int, int]]]) -> list[int]:
    """The line indices of the longest subsequence of dates none earlier than the one before
    (patience sorting: ``tails[n]`` is the position ending the best chain of n + 1 dates)."""
    tails: list[int] = []
    keys: list[tuple[int, int]] = []
    back: list[int] = []
    for pos, (_k, key) in enumerate(dated):
        at = bisect_right(keys, key)
        back.append(tails[at - 1] if at else -1)
        if at == len(tails):
            tails.append(pos)
            keys.append(key)
        else:
            tails[at], keys[at] = pos, key
    chain = []
    pos = tails[-1] if tails else -1
    while pos >= 0:
        chain.append(dated[pos][0])
        pos = back[pos]
    return chain[::-1]
