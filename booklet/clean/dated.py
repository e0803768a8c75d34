"""A schedule's leads written apart from their entries, put back in front of them.

A chronology (大事记) opens each entry with its date and an agenda (会议议程) each item with its
time of day, and both set the entry's text after the lead by an ideographic space on the same
line (「1月6日　镇党委召开…」, 「9:00—9:10　主持人介绍…」); the line is justified, so the space
prints wide.  Two extractors cut the line there:

- pdftotext (plain) writes each text block the page holds, and a gap wider than its word spacing
  parts two blocks: the lead becomes a block of its own, the rest of the first line a second, the
  entry's lines under it a third — 「1月6日」 / (blank) / 「镇党委召开基层党组织」 / (blank) /
  「书记抓党建述职评议会，11个村（社」 …;
- pypdf starts a line at every change of font, and a date set bold ends its run before the
  space, which the text's run opens with — 「3月5日」 / 「　镇团委组织青年志愿」.

A lead alone is ambiguous (a diary dates its sections by headings), but a schedule's leads count
up — dates through the year, times through the day — and most of its entries keep lead and text
on one line.  So where the lines opening on a lead of one kind — alone, or with the entry's text
after a space — form a chain of at least ``MIN_CHAIN`` leads none earlier than the one before,
each lead alone in the chain is joined to the text after it: a block after a blank line
(pdftotext), or a line opening on the one space the lead's run left (pypdf; a paragraph's indent
is two).  A first piece pdftotext cut off a line, ending inside a word, goes on into the block
under it (the entry's next line): the blank between them parts blocks, not paragraphs.  Where two
leads stand one under the other, pdftotext wrote two rows' leads together: which text goes with
which is unknown, and both are left as they are (as ``clauses`` leaves clause numbers).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from booklet.clean.bands import head_copies_amid
from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import ENTRY_DATE_RE, ENTRY_RANGE_MARKS, ENTRY_TIME_RE

# Three leads counting up are a schedule's; two dates may be a letter's and a heading's.
MIN_CHAIN = 3
# What a schedule sets between an entry's lead and its text.
ENTRY_SPACE = "\u3000"
# The space pypdf opens the entry's run with, where the lead's run (bold) ended before it.
RUN_SPACE_RE = re.compile("^\u3000(?!\u3000)")
# An entry's text opens on a word or a number (「5个单位作交流发言」), never on a mark.
TEXT_START_RE = re.compile(r"\w")
# A piece ending inside a word or a number: the printed line went on (not a sentence's end, nor
# a pause).
OPEN_END_RE = re.compile(r"[\w）)”’]$")


def join_entry_dates(lines: list[Line], log: Log) -> list[Line]:
    """Join each lead (an entry's date or time) written alone (see the module) to its entry's text."""
    chains: list[int] = []
    alone: set[int] = set()
    # (speed82) a lead opens on a digit (``shapes.entry_lead``'s look): the lines that do are picked once,
    # in one comprehension, and only they are asked each lead's pattern (most lines open on a character)
    digit_first = [(k, line.text) for k, line in enumerate(lines) if line.text[:1].isdigit()]
    for lead, key in _LEADS:
        led = [(k, key(match)) for k, text in digit_first if (match := lead.match(text)) is not None]
        alone.update(k for k, _key in led if lead.fullmatch(lines[k].text) is not None)
        if len(led) >= MIN_CHAIN and len(chain := _counting_up(led)) >= MIN_CHAIN:
            chains.extend(chain)
    # (word79) a head's piece written after the lead (pdftotext: the head's row's right end after
    # the page's first block at the left) is passed over: the entry's text is the next line
    amid = head_copies_amid(lines) if chains else set()
    joins = {k for k in chains if _joins_next(lines, k, alone, amid)}
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
        if k + 1 in amid:
            out.append(lines[k + 1].but(page_start=line.page_start))   # the head's piece, kept before the entry
            line = line.but(page_start=False)
            k += 1
        entry = lines[k + 1]
        text = f"{line.text}{ENTRY_SPACE}{entry.text}"
        joined = line.but(text=text, indent=False, trail_space=entry.trail_space, page_end=entry.page_end)
        span = joined.width
        k += 2
        # The lead's line cut inside a word went on: it was printed as wide as the entry's next
        # line (its width as text falls short by the space justified wide), and pdftotext's blank
        # before that line parts the blocks it cut, not paragraphs.
        if OPEN_END_RE.search(entry.text) and k < len(lines) and k not in alone \
                and not (lines[k].listed or lines[k].opener) and _entry_after(entry):
            span = max(span, lines[k].span_width)
            if entry.blanks_before and lines[k].blanks_before:
                unblank.add(k)
        log.decided(line.lineno, "merged", _("lead {lead!r} joined to its entry: {text!r}").format(
            lead=line.text, text=text))
        out.append(joined.but(span_width=span))
    return out


def _joins_next(lines: list[Line], k: int, alone: set[int], amid: set[int]) -> bool:
    """Line ``k``, a lead of a schedule's chain, is a lead alone that the next line's entry text
    goes on from — past a head's piece written after it (``amid``: ``bands.head_copies_amid``)."""
    nxt = k + 1 + int(k + 1 in amid)
    if k not in alone or nxt >= len(lines):
        return False
    if nxt in alone or k - 1 in alone:
        return False   # two leads one under the other: pdftotext wrote two rows' leads together, which text is whose is unknown
    if k and lines[k - 1].text[-1:] in ENTRY_RANGE_MARKS:
        return False   # the end of a range a line above opens (「9:00」 / 「—」 / 「9:10」): pypdf's pieces of one lead, for ``runs``
    return _entry_after(lines[nxt]) and TEXT_START_RE.match(lines[nxt].text) is not None


def _entry_after(line: Line) -> bool:
    """The line after a lead alone holds its entry's text: pdftotext's next block, or pypdf's
    next run, opening on the space the lead's run ended before."""
    return bool(line.blanks_before) or RUN_SPACE_RE.match(line.raw.text) is not None


def _date_key(match: re.Match[str]) -> tuple[int, int]:
    return int(match["month"]), int(match["day"])


def _time_key(match: re.Match[str]) -> tuple[int, int]:
    return int(match["hour"]), int(match["minute"])


# The leads a schedule's entries open with, and what orders them: a chronology's dates through
# the year, an agenda's times through the day.
_LEADS = ((ENTRY_DATE_RE, _date_key), (ENTRY_TIME_RE, _time_key))


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
