"""A clause's number written apart from its title, put back in front of it.

pdftotext (plain) writes each text block the page holds, and a standard sets a clause's
number and its title (or its first line of text) apart by a wide space: the number becomes a
block of its own, 「4.1」 / (blank) / 「选址」.  A number alone is ambiguous — 「2」 may be a page
number — but clause numbers count up as an outline does (4, 4.1, 4.1.1, 4.1.2, 4.2, 5 …) and
page numbers do not fit into it.  So the number-only lines that form the longest chain of
outline steps through the text, when the chain holds a decimal number (a sub-clause, which no
page is numbered with), are clause numbers, each joined to the block after it — a block: a
blank line parts them, as it parts pdftotext's blocks (an extractor that cuts a line at a change
of font, pypdf, writes its runs one under the other with no blank: ``runs`` joins those).  Where two
numbers stand one under the other (「5.2.2」 / 「5.3」), pdftotext wrote the numbers of two rows
together and which text goes with which is unknown: both are left as they are — unless the block
after holds exactly their titles (texts87: ``_stacked_heads``).
"""

from __future__ import annotations

import statistics
from collections import Counter

from booklet.cjk import join_two, width
from booklet.clean.bands import head_copies_amid
from booklet.clean.dated import join_entry_dates
from booklet.clean.lines import Line
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import CHAPTER_LEAD_RE, CLAUSE_LEAD_RE, CLAUSE_NUMBER_ONLY_RE, TITLE_START_RE, term_number_over

# The chain must hold this many numbers: two alone (a page number and a clause, 「1」 / 「1.1」)
# are no outline yet, three counting steps are.
MIN_CHAIN = 3
# (texts87) A stacked head's title (``_stacked_heads``) ends this many ems short of the measure or more, its
# number and the gap before it counted: a clause's text that began on the number's row (「4.3.1」 「村收集点的服务
# 半径不宜」 / …) fills the row to the measure and wraps, a title (「2.1」 「市城区防涝应急指挥部」) stops short.
TITLE_ROOM_EM = 2.0
# (std89) A number is past (no clause's any more) once its subclause of this ordinal or a later one stood: its second.
SUBCLAUSES_PAST = 2
# (std89) A line printed this many times in a text is a running head's copy, no clause's title (a title is printed
# once, twice with a table of contents).
HEAD_COPIES_MIN = 3
# Lines this wide or wider that end on no sentence mark are the wrapped lines the page's measure is read from.
MEASURE_LINE_MIN_EM = 8.0


def join_leads(lines: list[Line], log: Log) -> list[Line]:
    """Join the leads extractors wrote apart from their text: clause numbers, then a
    chronology's dates and an agenda's times (``booklet.clean.dated``)."""
    return join_entry_dates(join_clause_numbers(lines, log), log)


def join_clause_numbers(lines: list[Line], log: Log) -> list[Line]:
    """Join each clause number written alone (see the module) to the line after it."""
    candidates = [k for k, line in enumerate(lines)
                  if line.text[:1].isdigit() and CLAUSE_NUMBER_ONLY_RE.match(line.text) is not None]
    if not candidates:
        return lines
    alone = set(candidates)
    # (std89) the outline is read off the subclauses written with their titles or texts too (``_outline_steps``)
    chain = _outline_chain(_outline_steps(lines, alone))
    if len(chain) < MIN_CHAIN or all(len(number) == 1 for _k, number in chain):
        return lines
    chain = [(k, number) for k, number in chain if k in alone]
    if not chain:
        return lines
    # (std89) the numbers the numbers alone confirm by themselves (the chain as read before the subclauses' lines
    # counted): only these may pass over a head's copy after them (``amid``) — a whole number alone over a copy
    # of the running head that only the subclauses' outline confirms is the page's folio (「6」 / 「视频会议室设备操作
    # 手册」, a manual's verso head row)
    own = _outline_chain([(k, _number(lines[k].text)) for k in candidates]) if len(candidates) >= MIN_CHAIN else []
    own_steps = {k for k, _number_ in own} if len(own) >= MIN_CHAIN and any(len(n) > 1 for _k, n in own) else set()
    # (word79) a head's piece written after the number (pdftotext: the head's row's right end
    # after the page's first block at the left) is passed over: the number's text is the next line
    amid = head_copies_amid(lines) if any(k + 1 < len(lines) and lines[k + 1].blanks_before for k, _n in chain) \
        else set()
    # (std86) a term entry's number stands alone over its term by GB/T 1.1's setting (``shapes.term_number_over``):
    # a step of the outline, joined to nothing
    # … and no number joins a line printed again and again (a clause's title is printed once, or twice with a table
    # of contents: a running head's copy, the number over it the page's folio)
    printed = Counter(line.text for line in lines)
    joins = {k for k, _number_ in chain if _text_block_after(lines, k, alone, amid)
             and (k in own_steps or k + 1 not in amid)
             and printed[lines[k + 1 + int(k + 1 in amid)].text] < HEAD_COPIES_MIN
             and not term_number_over([ln.text for ln in lines[k:k + 3]], [bool(ln.blanks_before) for ln in lines[k:k + 3]])}
    stacks = _stacked_heads(lines, chain, alone)
    if not joins and not stacks:
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k in stacks:
            n = stacks[k]
            for j in range(n):
                number, title = lines[k + j], lines[k + n + j]
                text = f"{number.text} {title.text}"
                log.decided(number.lineno, "merged", _("clause number {number!r} joined to its text: {text!r}").format(
                    number=number.text, text=text))
                out.append(number.but(text=text, trail_space=title.trail_space, page_end=title.page_end,
                                      blanks_before=max(number.blanks_before, int(j > 0)), listed=True))
            k += 2 * n
            continue
        if k not in joins:
            out.append(line)
            k += 1
            continue
        if k + 1 in amid:
            out.append(lines[k + 1].but(page_start=line.page_start))   # the head's piece, kept before the clause
            line = line.but(page_start=False)
            k += 1
        title = lines[k + 1]
        text = f"{line.text} {title.text}"
        last = title
        k += 2
        # A clause's text (not a title: it has clause punctuation) that stops mid-sentence: its
        # first line shared the number's row and pdftotext wrote the lines under it as the next
        # block — its next line goes on from it.
        if title.clause and not title.final and k < len(lines) and k not in alone \
                and lines[k].blanks_before and not (lines[k].listed or lines[k].opener):
            last = lines[k]
            text = join_two(text, last.text)
            k += 1
        log.decided(line.lineno, "merged", _("clause number {number!r} joined to its text: {text!r}").format(
            number=line.text, text=text))
        # (the outline confirmed the number: the line opens a block as a numbered one does)
        out.append(line.but(text=text, trail_space=last.trail_space, page_end=last.page_end).but(listed=True))
    return out


def _outline_steps(lines: list[Line], alone: set[int]) -> list[tuple[int, tuple[int, ...]]]:
    """(std89) The numbers the outline chain is read from, in the text's order: the clause numbers written alone
    (``alone``) and the subclause numbers that open a line with their title or text (「4.1 选址」, 「4.1.1　城市书房宜
    设在…」: ``shapes.CLAUSE_LEAD_RE``).  Where plain pdftotext writes a chapter's number apart from its title
    (「1」 / 「范围」, a wide space) and a subclause's with it (「4.1 选址」, a narrower one), the numbers alone are
    whole numbers only, which a page's folio is too; the subclauses between them show the outline they step
    through (1, 2, 3, 4, 4.1, 4.1.1 …), which the folios do not fit into.  Only the numbers alone are joined."""
    steps = []
    past: set[tuple[int, ...]] = set()   # the numbers whose second subclause or a later one stood already
    for k, line in enumerate(lines):
        if k in alone:
            number = _number(line.text)
        elif line.text[:1].isdigit() and ((lead := CLAUSE_LEAD_RE.match(line.text)) is not None or (
                not line.clause and not line.final and (lead := CHAPTER_LEAD_RE.match(line.text)) is not None)):
            number = _number(lead["number"])
        else:
            continue
        # a clause comes before its subclauses: a number under which a second subclause stood already is no clause's
        # (a page's folio 「4」 after 4.3.3, where the chapter's own 「4」 was read into another line); pdftotext may
        # write a head's number a row late, after its first subclause's (「5.1.1」 / 「5」 / 「5.1」), never after
        # its later ones
        if number not in past:
            steps.append((k, number))
        past.update(number[:j] for j in range(1, len(number)) if number[j] >= SUBCLAUSES_PAST)
    return steps


def _text_block_after(lines: list[Line], k: int, alone: set[int], amid: set[int]) -> bool:
    """The clause number ``k`` (no number alone over it) has its text in the block after it — past a
    head's piece written there (``amid``: ``bands.head_copies_amid``), and no number alone."""
    nxt = k + 1 + int(k + 1 in amid)
    return nxt < len(lines) and k - 1 not in alone and nxt not in alone and bool(lines[nxt].blanks_before) \
        and TITLE_START_RE.match(lines[nxt].text) is not None


def _title_line(line: Line) -> bool:
    """A clause's title on a line of its own: it starts on a word (``shapes.TITLE_START_RE``) and has no
    clause punctuation and no sentence end (a clause's text has)."""
    return TITLE_START_RE.match(line.text) is not None and not line.clause and not line.final


def _stacked_heads(lines: list[Line], chain: list[tuple[int, tuple[int, ...]]], alone: set[int]) -> dict[int, int]:
    """(texts87) Heads set one under the other with nothing between (「1　总则」 over 「1.1　编制目的」, as an
    应急预案 or a standard opens a part on its first clause): plain pdftotext writes the numbers' column
    as one block and the titles' column as the next — 「1」 / 「1.1」 / (blank) / 「总则」 / 「编制目的」.  The
    block reads top to bottom as the numbers do, so when the numbers are successive steps of the
    outline (``chain``) and the block after holds exactly as many lines, each a title (``_title_line``)
    and a blank after it, the n-th number goes with the n-th title.  A block holding a clause's text
    (「5.2.2」 / 「5.3」 over a sentence and a title) is refused, as the module says: which goes where is
    unknown; so is a line that with its number reaches to within ``TITLE_ROOM_EM`` of the measure (a
    clause's text begun on the number's row: 「4.3」 / 「4.3.1」 / 「村收集点」 / 「村收集点的服务半径不宜」).
    The stacks found: first number's line → how many numbers."""
    steps = {k: i for i, (k, _number) in enumerate(chain)}
    stacks: dict[int, int] = {}
    measure: list[float] = []
    for k, i in steps.items():
        if k - 1 in alone or k + 1 not in steps or steps[k + 1] != i + 1:
            continue
        n = 2
        while k + n in steps and steps[k + n] == i + n:
            n += 1
        if k + n in alone:
            continue
        titles = lines[k + n:k + 2 * n]
        after = k + 2 * n
        if len(titles) == n and titles[0].blanks_before and not any(t.blanks_before for t in titles[1:]) \
                and all(_title_line(t) for t in titles) and (after == len(lines) or lines[after].blanks_before):
            if not measure:
                measure.append(_measure(lines))
            if all(width(lines[k + j].text) + 1 + width(t.text) <= measure[0] - TITLE_ROOM_EM for j, t in enumerate(titles)):
                stacks[k] = n
    return stacks


def _measure(lines: list[Line]) -> float:
    """The text's measure in em: the median width of its wrapped lines (``MEASURE_LINE_MIN_EM`` wide or more,
    no sentence end) — a paragraph's lines but its last fill the measure."""
    wide = [w for ln in lines if not ln.final and (w := width(ln.text)) >= MEASURE_LINE_MIN_EM]
    return statistics.median(wide) if wide else 0.0


def _number(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _outline_chain(numbered: list[tuple[int, tuple[int, ...]]]) -> list[tuple[int, tuple[int, ...]]]:
    """The longest subsequence of ``numbered`` (line index, number) in which each number is an
    outline step from the one before: its first sub-clause (4 → 4.1), the next clause at its
    level (4.1 → 4.2) or the next clause of a level above (4.1.2 → 4.2, 4.2.2 → 5)."""
    # best chain length ending at a number; for a step to ``(…, k)`` the chain may end anywhere
    # under ``(…, k-1)`` (the clause before and its sub-clauses), or at ``(…)`` itself when k = 1
    under: dict[tuple[int, ...], tuple[int, int]] = {}   # prefix → (length, position in numbered)
    exact: dict[tuple[int, ...], tuple[int, int]] = {}
    back: list[int] = []
    length: list[int] = []
    for pos, (_k, number) in enumerate(numbered):
        best, prev = 1, -1
        head, last = number[:-1], number[-1]
        options = []
        if last > 1:
            options.append(under.get(head + (last - 1,)))
        elif head:
            options.append(exact.get(head))
        for option in options:
            if option is not None and option[0] + 1 > best:
                best, prev = option[0] + 1, option[1]
        back.append(prev)
        length.append(best)
        if best >= exact.get(number, (0, 0))[0]:
            exact[number] = (best, pos)
        for j in range(1, len(number) + 1):
            if best >= under.get(number[:j], (0, 0))[0]:
                under[number[:j]] = (best, pos)
    if not length:
        return []
    pos = max(range(len(length)), key=length.__getitem__)
    chain = []
    while pos >= 0:
        chain.append(numbered[pos])
        pos = back[pos]
    return chain[::-1]
