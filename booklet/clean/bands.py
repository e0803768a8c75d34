"""Running heads and footers: the lines that repeat in the top or bottom band of the pages.

A page's band is its first and its last few lines (page numbers aside): a header of two
lines, or one cut in two by the extractor, and a footer.  A line is a running head when its
copies sit in the bands of two or more pages and most of its copies sit there — whatever it
looks like: the chapter or article title used as the running head is one (the title printed
once in the text stays: on a page holding two copies only the outer one is the head).  A
line repeated elsewhere — an attribution under several quotations, a refrain, a 【材料N】
label — is text, even when one copy happens to fall at a page break.

Copies are compared without white space (``2026 年第 5 期`` = ``2026年第5期``); a head that
carries the page number (``主题教育学习资料  26``) is compared with its digits left out.
Where repetition cannot tell, position and shape do: the head of the one page of the other
parity in a short book with odd and even running heads (the header band at the top of the first
page is ``booklet.clean.pagehead.masthead``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import AbstractSet, Iterator, Mapping, NamedTuple, Sequence

from booklet.cjk import width
from booklet.clean.lines import Line, page_spans
from booklet.clean.midsentence import FULL_LINE_SHARE, between_halves, full_width, runs_across
from booklet.clean.pages import EDGE_FOLIOS_APART, Pages
from booklet.shapes import (ATTRIBUTION_OPEN_RE, BARE_HEAD_RE, CITING_OPENERS, CLOSED_ATTRIBUTION_RE, CLAUSE_RE,
                            FOLIO_FIRST_RE, FOLIO_LAST_RE, HEADER_DATED_RE, HEADER_LINE_RE, HEAD_PAGE_NUMBER_RE, HEAD_PIECE_RE,
                            ISSUE_RE, SECTION_OPEN_LOOK_RE,
                            LABEL_RE, NOTE_LEAD_RE, NOTE_MARK_FIRST, NUMBERED_RE, PADDING_RE, PAGED_HEAD_RE, PAGED_HEAD_END_RE, PAGED_HEAD_START_RE,
                            GLUED_FOLIO_RE,
                            CREDIT_RE, PROSE_PUNCT_RE, PUBLICATION_RE, SOURCE_LINE_RE, WORD_CHAR_RE, WORDY_RE, ends_sentence, heading_key, opens_on_number,
                            WEEKDAY_RE, is_attribution, name_like, opens_title, source_rest)

# A page's top and bottom bands hold this many lines each (page numbers not counted): a
# two-line header, or one an extractor cut in two, plus the line its rule left.
BAND_LINES = 3
# (word79) The body lines an extractor may write amid a page's head before the head's last piece:
# one, the block at the left margin under a head's row whose right end pdftotext writes after it.
LEAD_AMID_LINES = 1
# (miner80) On a short page (a last page of a line or two, every line in both its bands) pdfminer
# sorts the page's boxes by their place and may write the page's one body line — the rest of a
# sentence the page before ran over, 「准。」 — between the head's boxes (unit / body line / title's
# copy / date): a copy read in the band it is farther from is in the head with this many body lines
# between it and that edge, where a copy taken lies there too (``_under_taken``).  One: the body's
# line a short page holds; a page of more is no short page.
SHORT_PAGE_AMID_LINES = 1
# (date70) A head's dated part set at the row's right end (「江城市委政策研究室 … 2026年10月」) is a box
# of its own to an extractor sorting boxes (pdfminer): it may write the first body line under the
# band, set at the left, before it — so a line holding only a head's dates is looked for one line
# further from the edge.  Nothing else is: a body line there is what the band's reach keeps out.
DATED_PART_REACH = 1
# (verso68) A recto's first line, amid a spread whose verso alone carries the head, stands this many
# lines either side of the spread's middle (a page of a heading's space or a note's smaller lines
# holds a line or two fewer or more than the page beside it) …
RECTO_SLACK_LINES = 3
# … and the copies' numbers rise by two at least this many times before the pages are read as spreads
# (one: a head whose copies a page apart carry 2 and 4 is a verso's — text numbers no page so).
SPREAD_RISES_MIN = 1
# A head's page number cut off at its font is among the page's first this many lines (the head's
# words, then the number; or the number first, where the page starts are counted from it).
SPLIT_HEAD_RANK = 2
# A running head sits in the bands of at least this many pages …
HEAD_MIN_PAGES = 2
# … and at least this share of its copies sit there (a quotation's attribution repeated
# under several quotations, one of them at a page break, is text).
HEAD_BAND_SHARE = 0.75
# A head printed once beside a page number has at most this many parts an extractor may write as
# lines of their own (a head's left and right parts).
HEAD_PARTS_MAX = 2
# A running head is one line: never wider than this (em).
HEAD_LINE_MAX_EM = 40
# A head guessed from its place alone (the other parity's head, a lone footer) is this short.
HEAD_MIN_EM = 4
HEAD_MAX_EM = 25

# pypdf ends a line at each change of font, so a head's dated part set with Latin digits comes in
# pieces (「2026」 / 「年第」 / 「5」 / 「期」): a year's four digits, or the few characters between two
# digit runs (年第, 月, 日).  A piece of a cut head holds at most this many characters …
CUT_PIECE_MAX_CHARS = 4
# … and one printed head line is cut into at most this many (年 月 日 and their three numbers, 第 期).
CUT_PIECES_MAX = 8

# A line is as full as the body's when it reaches ``midsentence.full_width`` (``FULL_LINE_SHARE`` of
# the widths' upper quartile: most lines of a text are body lines running to the measure; a title
# set larger holds fewer characters to its line).

# (lone69) A running head printed once stands well short of the measure, at most this share of it
# (the names of a series or a book, 「干部学习口袋书」, are a few characters): a body line that runs on
# to the measure stops short of it in the extracted text where it holds Latin figures, set narrow
# (「产业增加值占比达到12%左」 / 「右。」), but not by a quarter.
SENTENCE_HEAD_SHARE = 0.75

# A title wraps onto at most this many lines (centred on two or three lines, a kicker apart):
# lines as full as the body's running on with no clause or stop past these are a paragraph's.
TITLE_LINES_MAX = 3

# With no page marks and no page numbers, a head shows the pages by itself when it repeats
# three times or more, a page apart: the usual gap is ten lines or more and most gaps are within
# 0.6–1.5 times it (numbered titles of short articles come at uneven gaps).
REPEAT_MIN_COPIES = 3
PAGE_GAP_MIN_LINES = 10
PAGE_GAP_LOW = 0.6
PAGE_GAP_HIGH = 1.5
PAGE_GAP_SHARE = 0.66
# An attribution set in a narrow column wraps: its lines, from the one its dash opens, are
# followed this far (a column of 8–10 characters takes three lines for 「——在…会议上的讲话（…）」).
ATTRIBUTION_LINES_MAX = 4
# Pages of one parity number two apart: the most a head's number steps from one copy to the next
# where the pages are not known (odd and even pages print different heads).
PARITY_STEP = 2

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

Copy = tuple[int, int, int, int]   # (page, line index, rank from the page's edge, edge)


def running_heads(lines: Sequence[Line], pages: Pages, known: AbstractSet[int] = frozenset()) -> set[int]:
    """Indices of running heads and footers (the copies to drop; see the module docstring);
    ``known``: lines a reader already found in a header or footer band."""
    farther: dict[int, Copy] = {}
    edges = list(_band(lines, pages, farther))
    band = [copy for copy in edges if _may_repeat(lines[copy[1]])]
    texts: Counter[str] = Counter()   # every line's copies, counted when first needed
    banded: dict[str, set[int]] = {}
    for page, i, _, _ in edges:
        banded.setdefault(_exact_key(lines[i].text), set()).add(page)
    drop: set[int] = set()
    left: list[tuple[list[Copy], bool]] = []   # the groups no copy of which was taken
    for key_of, numbered in ((_exact_key, False), (number_key, True)):
        copies: dict[str, list[Copy]] = {}
        for copy in band:
            text = lines[copy[1]].text
            if copy[1] not in drop and (not numbered or _carries_page_number(text)):
                copies.setdefault(key_of(text), []).append(copy)
        for found in copies.values():
            if len(found) > 1:
                if not texts:
                    texts.update([line.text for line in lines])
                taken = _heads(lines, found, texts, numbered, len(pages.starts), farther,
                               _Taken(drop, pages.numbers, banded))
                drop |= taken
                if not taken:
                    left.append((found, numbered))
    # (word79) the groups are read in the order their first copy stands, so a group read before the
    # others were taken saw none of them: read once more, every group taken known (a copy standing
    # under copies taken stands in the head: ``_under_taken``)
    for found, numbered in left if drop else ():
        found = [c for c in found if c[1] not in drop]
        if len(found) > 1:
            drop |= _heads(lines, found, texts, numbered, len(pages.starts), farther,
                           _Taken(drop, pages.numbers, banded))
    drop |= known
    drop |= section_heads(lines, pages, drop, edges)
    return drop | _other_parity(lines, pages, drop)


def section_heads(lines: Sequence[Line], pages: Pages, drop: AbstractSet[int],
                  edges: Sequence[Copy] | None = None) -> set[int]:
    """(pocket59) Running heads that name the section in force: a book prints the chapter's or
    section's heading over its rectos (「三、以实际行动推动作风持续好转」), so each head changes with
    the section and is printed on a page or two only — too few copies for repetition to tell, and
    the heading itself in the text is one more copy.  The habit repeats instead: the first line
    of a page after the first (``_band``'s rank 0 at the top edge) that copies a line of the text
    standing once, on that page or an earlier one, below the top band — the heading of the section begun
    there or before — on ``HEAD_MIN_PAGES`` pages or more (a copy in a top band is no evidence: an
    extractor may put the head a line or two down, and a heading opening a page stands there).  The copy in the text is the heading and stays; a heading
    opening a page has no copy before it, so it stays too.  A line quoted twice (an attribution
    under two quotations) is text: ``attribution_lines``.  ``edges``: ``_band``'s copies, where the
    caller has them.

    (verso68) The habit shows in more places: on the first page's top, which prints the head too
    (the section begun there, over the title — a title copies no heading under it, so it stays);
    amid a spread, where the versos alone carry a head and its number (``_recto_tops``); in a head
    carrying its page number at one end (``_section_keys``); in a heading the column wrapped
    (``_copies_in_text``); and in the tops another rule took already (a head repeated page after
    page is a head: it counts for the habit, and is not taken twice).

    (once69) A text with one later page's top to read (two pages: a short 简报 printing its lead's
    title over its second page, a story its own) cannot show the habit, and its one head has one
    copy: that top is judged alone, by the same test (it copies a heading printed once before it,
    on an earlier page), and the first page's top is not asked — with no habit shown, nothing says
    a title over the text is a head."""
    if len(pages.starts) < HEAD_MIN_PAGES:
        return set()
    band = [(page, i, rank) for page, i, rank, edge in (_band(lines, pages) if edges is None else edges)
            if edge == 0]
    # (a top another rule took already, a head repeated page after page, shows the habit too)
    tops = {i: page for page, i, rank in band
            if page > 0 and rank == 0 and _may_copy_section(lines[i]) and not lines[i].given_heading}
    # (verso68) where each page is a spread, its recto's top stands amid it
    rectos = {i: page for i, page in _recto_tops(lines, pages).items()
              if i not in drop and _may_copy_section(lines[i]) and not lines[i].given_heading}
    tops.update(rectos)
    if not tops:
        return set()
    alone = len(tops) < HEAD_MIN_PAGES   # (one later page: its top judged alone)
    # (habits90) … or one later page's top that no other rule took: judged alone too, the first page's
    # top still asked where the taken tops show the habit
    once = alone or _one_top_untaken(tops, drop)
    # (verso68) the first page's top too, once the other pages show the habit: a head printed on
    # the first page as well names the section begun there (「一、基本知识」 over the title)
    first = [] if alone else [i for page, i, rank in band if page == 0 and rank == 0 and i not in drop
                             and _may_copy_section(lines[i]) and not lines[i].given_heading]
    variants = {i: _section_keys(lines[i].text) for i in (*tops, *first)}
    keys = {key for found in variants.values() for key in found}
    top_band = {i for _, i, _ in band} | rectos.keys()   # (a copy in a top band may be a head an extractor put lower)
    in_text = _copies_in_text(lines, pages, keys, top_band | drop)
    quoted: set[int] | None = None   # (asked once a head copies a heading)
    found: set[int] = set()
    # (the later pages' tops first, then the first page's, judged as the others are)
    for i, page in [*tops.items(), *((i, 0) for i in first)]:
        copies = [copy for key in variants[i] for copy in in_text.get(key, ())]
        if not _heading_before([p for p, _ in copies], page):
            continue
        if quoted is None:
            quoted = attribution_lines(lines)
        if i in quoted:
            continue
        found.add(i)
        # a heading in two lines (「第二章」 / 「档案的收集与整理」, as an extractor parts a gap) is
        # copied in two: the head's next lines in its band copying the heading's next lines go too
        heading = copies[0][1]
        step = 1
        while i + step in top_band and heading + step < len(lines) and i + step not in drop \
                and _exact_key(lines[i + step].text) == _exact_key(lines[heading + step].text):
            found.add(i + step)
            step += 1
    return found - drop if once or len(found) >= HEAD_MIN_PAGES else set()


def _one_top_untaken(tops: Mapping[int, int], drop: AbstractSet[int]) -> bool:
    """(habits90) Of the later pages' tops, one only is left that no other rule took: a book with odd
    and even heads prints its own title (or the piece's) over the versos and the section in force over
    the rectos, so the tops the repeated head took are the versos', and a short text's rectos show the
    section head once (four pages: the opener, which prints no head, and one recto).  That top is
    judged alone, as a two-page text's is (once69): it copies a heading printed once, on its page or
    an earlier one."""
    return sum(1 for i in tops if i not in drop) < HEAD_MIN_PAGES


def _may_copy_section(line: Line) -> bool:
    """(once69) Could be a section head: a line that may repeat (``_may_repeat``), or a numbered
    section heading (「一、客观看待过去一年的成绩，进一步坚定发展信心」) — an official heading may hold a
    comma, and the head copying it whole is the evidence; a refrain or a sentence is numbered so never."""
    if _may_repeat(line):
        return True
    text = line.text.strip()
    return opens_on_number(text, clause_numbers=False) and not ends_sentence(text) and head_width(line) <= HEAD_LINE_MAX_EM


def _copies_in_text(lines: Sequence[Line], pages: Pages, keys: AbstractSet[str],
                    skip: AbstractSet[int]) -> dict[str, list[tuple[int, int]]]:
    """Each key's (page, index) as a line of the text, lines ``skip`` aside — or as two: (verso68)
    a heading the column wrapped that its head prints on one line (「三、以实际行动推动作风持」 /
    「续好转」 under 「三、以实际行动推动作风持续好转」), found at its first line."""
    found: dict[str, list[tuple[int, int]]] = {}
    if not pages.starts:
        return found
    firsts = {key[:1] for key in keys}   # (a line's key opens on its first character that is not a space)
    # (one comprehension picks the lines opening on a key's first character, most lines of a page opening
    # on another; each is on the page the starts say, read in the pages' order)
    near = [k for k in range(pages.starts[0], len(lines)) if lines[k].text.lstrip()[:1] in firsts and k not in skip]
    for k in near:
        page = pages.page_of(k)
        key = _exact_key(lines[k].text)
        if key in keys:
            found.setdefault(key, []).append((page, k))
        elif k + 1 < len(lines) and k + 1 not in skip:
            key = _exact_key(lines[k].text + lines[k + 1].text)
            if key in keys:
                found.setdefault(key, []).append((page, k))
    return found


def _section_keys(text: str) -> tuple[str, ...]:
    """(verso68) A section head's keys: its words whole, and without the page number it may carry
    set apart at its end or its start (``二、…的实践逻辑  5``, ``3      二、让制度管用、让办法好用``) —
    the heading it copies carries none, and a heading may open on its own number (``2 术语和定义``).
    A line of the text is matched whole: a copy carrying a number is a head's, no heading."""
    text = text.strip()
    end, start = PAGED_HEAD_END_RE.match(text), PAGED_HEAD_START_RE.match(text)
    keys = [_exact_key(text), *(_exact_key(words) for words in (end and end["words2"], start and start["words"]) if words)]
    # (book88) the number written into the head's last words, glued or amid them (``GLUED_FOLIO_RE``)
    if (glued := GLUED_FOLIO_RE.match(text)) is not None:
        keys.append(_exact_key(glued["words"] + glued["rest"]))
    return tuple(dict.fromkeys(keys))


def _recto_tops(lines: Sequence[Line], pages: Pages) -> dict[int, int]:
    """(verso68) The lines that may open a recto amid a spread, by page: where the pages are the
    copies of a head printed over the versos only (its number on its line or beside it rising by
    two from copy to copy: ``理论学习丛书  2`` … ``4`` … ``6``), each page but the first (page 1, a
    recto alone) is a verso and its recto, and the recto's first line stands half the spread down,
    give or take ``RECTO_SLACK_LINES`` (a page's lines vary with its headings and notes)."""
    if pages.marked or len(pages.starts) < SPREAD_RISES_MIN + 2:
        return {}
    read = [_head_value(lines, start) for start in pages.starts[1:]]
    values = [value for value in read if value is not None]
    if len(values) < len(read) or any(b - a != 2 for a, b in zip(values, values[1:])):
        return {}
    # half a spread: the median of the whole spreads' halves (the last may end mid-recto), or, with
    # no whole spread between, the first page's length (a recto alone)
    whole = sorted(len(pages.span(page, len(lines))) for page in range(1, len(pages.starts) - 1))
    half = whole[len(whole) // 2] // 2 if whole else len(pages.span(0, len(lines)))
    out: dict[int, int] = {}
    for page in range(1, len(pages.starts)):
        span = pages.span(page, len(lines))
        middle = span.start + half
        for i in range(max(span.start + BAND_LINES, middle - RECTO_SLACK_LINES),
                       min(span.stop, middle + RECTO_SLACK_LINES + 1)):
            out[i] = page
    return out


def _head_value(lines: Sequence[Line], start: int) -> int | None:
    """The page number a page's head carries: at its line's end or start (``理论学习丛书  2``), or
    on the line after it, where pypdf cut it off at its font (``理论学习丛书`` / ``2``)."""
    text = lines[start].text.strip()
    if (end := PAGED_HEAD_END_RE.match(text)) is not None:
        return int(end["end"])
    if (opening := PAGED_HEAD_START_RE.match(text)) is not None:
        return int(opening["start"])
    after = lines[start + 1].text.strip() if start + 1 < len(lines) else ""
    return int(after) if after.isdecimal() else None


def _heading_before(pages_in_text: list[int], page: int) -> bool:
    """The line a section head copies is its heading: printed once in the text, on the head's page
    or before it.  A line printed more often is a refrain or a wrapped attribution's tail
    (「讲话（2025年3月12日）」 under every quotation), text wherever a page break puts it."""
    return len(pages_in_text) == 1 and pages_in_text[0] <= page


def paged_heads(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """Running heads that differ from page to page but carry the page number at their outer end:
    ``政务数据共享开放工作指南（试行）  1`` on an odd page, ``2  当代区域发展研究`` on an even one —
    each printed once, so repetition cannot tell.  The habit repeats instead: lines shaped like
    a head with a number set apart at one end, whose numbers run on as the pages do (where the
    pages are known: in their bands, the numbers as far apart as the pages; else the next number
    a page of lines on).  At least one number stands at the end, and one at the start stands on
    an even page (the outer side of a book's left page): clause headings (``1 范围`` /
    ``2 术语和定义`` / ``3 基本原则``) number at the start, and labels (``材料 2``) are no heads."""
    if lines and lines[0].raw.page is not None and lines[0].raw.page == lines[-1].raw.page:
        return set()   # one page the reader marked holds one copy of a head: no chain to read
    page_of = {copy[1]: copy[0] for copy in _band(lines, pages)} if pages.marked else None
    chains: list[list[tuple[int, int, bool, str]]] = []   # (line index, number, at the end, words)
    split = _split_heads(lines, pages, drop)
    # (one comprehension picks the lines with a digit at an end, in order, with the split heads:
    # most lines of a page are prose, and a loop with a test per line cost more than the chains)
    numbered = [i for i, line in enumerate(lines) if line.text[-1:].isdigit() or line.text[:1].isdigit()]
    text_keys = _LineKeys(lines)
    for i in sorted(split.keys() | numbered) if split else numbered:
        line = lines[i]
        if i in split:
            line = line.but(text=split[i])
        elif i in drop or (page_of is not None and i not in page_of):
            continue
        match = PAGED_HEAD_RE.match(line.text)
        words = (match.group("words") or match.group("words2")) if match else ""
        if match is None or not _paged_words(line, words, text_keys):
            continue   # (a label numbers its material, 「材料 2」, not a page)
        item = (i, int(match.group("end") or match.group("start")), match.group("end") is not None,
                _exact_key(words))
        chain = next((c for c in chains if _runs_on(c[-1], item, page_of)), None)
        if chain is None:
            chains.append([item])
        else:
            chain.append(item)
    return {item[0] for chain in chains if len(chain) >= HEAD_MIN_PAGES and _paged(chain) for item in chain}


def folio_heads(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """A page's first line that carries the page's own number a wide gap from its words
    (``3                 学习手册`` over a page whose foot prints ``3``: `pdftotext -layout`
    writes a head set across the measure, folio at one edge, on one line).  Printed once — a
    short text's one odd page, the other parity printing another head — repetition cannot
    tell, but the number can: it is the one the page's foot prints, which no clause's or list's
    number (``3 基本原则``, one space before its words) is by more than chance, and its gap
    (``shapes.FOLIO_FIRST_RE``, or the same gap before a closing number) is a head's.  Only the
    page's first line: a page prints one head, and a heading under it may share its number."""
    found: set[int] = set()
    total = len(lines)
    for page in range(len(pages.starts)):
        span = pages.span(page, total)
        printed = {tuple(_DIGITS.findall(lines[k].text)) for k in span if k in pages.numbers}
        if len(printed) != 1:
            continue
        folio = next(iter(printed))
        # (the page's own first line: under a head already found stands the text — a clause
        # heading ``2     会前准备`` opening page 2)
        first = next((k for k in span if k not in pages.numbers), None)
        if first is None or first in drop or len(folio) != 1:
            continue
        if _head_beside_folio(lines[first], folio[0]):
            found.add(first)
    return found


def _head_beside_folio(line: Line, folio: str) -> bool:
    """``line`` is a head printed beside the page's folio ``folio``: the number stands at one
    edge a head's gap from the words (``FOLIO_FIRST_RE`` / ``FOLIO_LAST_RE``), it is the number
    the page's foot prints, and the words are a head's — no heading's or item's number
    (``NUMBERED_RE``), no label (``LABEL_RE``), and words that may repeat as a head's do."""
    match = PAGED_HEAD_RE.match(line.text)
    if match is None or (FOLIO_FIRST_RE.match(line.text) is None and FOLIO_LAST_RE.search(line.text) is None):
        return False
    if (match.group("start") or match.group("end")) != folio:
        return False
    words = match.group("words") or match.group("words2")
    return NUMBERED_RE.match(words) is None and LABEL_RE.match(words) is None and _may_repeat(line.but(text=words))


def cut_heads(lines: Sequence[Line], pages: Pages, heads: set[int]) -> set[int]:
    """The rest of a running head's line that pypdf cut into pieces at each change of font, next
    to a copy of the head's words (``heads``): 「工作简报」 / 「2026」 / 「年第」 / 「5」 / 「期」 for
    ``工作简报  2026年第5期`` with its digits in a Latin face.  Piece by piece no line repeats where
    a head stands (the pieces run past the page's band, a piece is no words), but read as one line
    the pieces are the same text on every page — a running head is printed alike on each page —
    while the body under a head differs from page to page.  The longest such run of short pieces
    (``CUT_PIECE_MAX_CHARS``) whose joined text recurs beside the head on ``HEAD_MIN_PAGES`` pages
    and on most of the pages that show pieces there (``HEAD_BAND_SHARE``) is the head's; it reads
    as a head's words do (no clause punctuation, no sentence end)."""
    if not heads or not pages.starts:
        return set()
    total = len(lines)
    found: dict[int, dict[str, list[int]]] = {1: {}, -1: {}}   # side → joined text → its pieces, per page
    shown: dict[int, set[int]] = {1: set(), -1: set()}
    for h in sorted(heads):
        page = pages.page_of(h)
        for step in (1, -1):
            run: list[int] = []
            i, text = h + step, ""
            while 0 <= i < total and len(run) < CUT_PIECES_MAX and i not in pages.numbers \
                    and pages.page_of(i) == page:
                if i not in heads:   # (a piece found by repetition already is passed: 「年第」)
                    if not _cut_piece(lines[i]):
                        break
                    run.append(i)
                    text = text + lines[i].text.strip() if step > 0 else lines[i].text.strip() + text
                    if len(run) > 1:
                        found[step].setdefault(f"{page}\0{text}", run[:])
                i += step
            if len(run) > 1:
                shown[step].add(page)
    out: set[int] = set()
    for step in (1, -1):
        pages_of: dict[str, set[int]] = {}
        for key in found[step]:
            number, text = key.split("\0", 1)
            pages_of.setdefault(text, set()).add(int(number))
        good = [text for text, where in pages_of.items()
                if len(where) >= HEAD_MIN_PAGES and len(where) >= HEAD_BAND_SHARE * len(shown[step])
                and PROSE_PUNCT_RE.search(text) is None and not ends_sentence(text)]
        if good:
            best = max(good, key=len)
            out.update(i for page in pages_of[best] for i in found[step][f"{page}\0{best}"])
    return out


def _cut_piece(line: Line) -> bool:
    """A short piece of a printed line (``CUT_PIECE_MAX_CHARS``) that no reader typed."""
    text = line.text.strip()
    return 0 < len(text) <= CUT_PIECE_MAX_CHARS and not line.given_heading and line.role is None


def _split_heads(lines: Sequence[Line], pages: Pages, drop: set[int]) -> dict[int, str]:
    """Heads whose page number an extractor cut off at its font (pypdf ends a line at each change
    of font): the words beside a page-number line among a page's top lines, read as one line
    with it.  A book prints the number on the outer side: after the words on an odd page
    (``政务数据共享开放工作指南（试行）`` / ``1``), before them on an even one (``2`` / ``当代区域发展
    研究``).  A head already found (``drop``) still shows the habit; the words are shaped like a
    head (``lone_head_shape``)."""
    out: dict[int, str] = {}
    for k in pages.numbers:
        number = lines[k].text.strip()
        if not number.isdecimal() or k - pages.starts[pages.page_of(k)] >= SPLIT_HEAD_RANK:
            continue
        i = k + 1 if int(number) % 2 == 0 else k - 1
        if _edge_copy(lines, pages, k):
            continue   # (the head's copy after its words, its page's foot copy before them: the words are its head's)
        if _head_on_other_side(k, i, drop):
            continue
        if 0 <= i < len(lines) and i not in pages.numbers and lone_head_shape(lines[i]):
            out[i] = f"{number}  {lines[i].text}" if i > k else f"{lines[i].text}  {number}"
    return out


def _head_on_other_side(k: int, i: int, drop: set[int]) -> bool:
    """(refs68) A head already found stands on the number ``k``'s other side from ``i``: the page
    prints its head there (「学习手册」 / 「8」 / 「参考文献」 — a design that sets the head over the folio
    on every page), and a page prints one head, so the line ``i`` is the page's text (a heading
    opening the page), not the head's words cut off their number."""
    return (k - 1 if i > k else k + 1) in drop


def _edge_copy(lines: Sequence[Line], pages: Pages, k: int) -> bool:
    """(pypdf59) Page number ``k`` is the head's copy of a folio printed at both edges, after the
    head's words (``pages.foot_folios``: 「3」 / 「问答」 / 「4」 / 「青禾县市场监督管理局」): the page
    before's foot copy stands two lines up, so the words before ``k`` are its head's, and the line
    after it is text (a signer under the head, not an even page's head words)."""
    before = k - EDGE_FOLIOS_APART
    return before in pages.numbers and lines[before].text.strip().isdecimal() \
        and int(lines[before].text) + 1 == int(lines[k].text)


# (furn89) A heading the column wrapped stands on this many lines at most: a 公文's longest section
# headings (「二、关于建立健全市县校三级联动的培训管理机制和培训质量跟踪评价制度的具体要求」, 38
# characters) fill three lines of a pocket page's 15-em measure; its head prints it on one line.
HEADING_WRAP_LINES = 3


class _LineKeys:
    """(furn89) The text's lines by their words (``_exact_key``), and each run of up to
    ``HEADING_WRAP_LINES`` lines joined (a heading the column wrapped), read once when first asked."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._keys: frozenset[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self._keys is None:
            texts = [_exact_key(line.text) for line in self._lines]
            self._keys = frozenset("".join(texts[i:i + n]) for n in range(1, HEADING_WRAP_LINES + 1)
                                   for i in range(len(texts) - n + 1))
        return key in self._keys


def _paged_words(line: Line, words: str, text_keys: _LineKeys) -> bool:
    """The words beside a number at a line's end or start may be a paged head's: no label
    (「材料 2」 numbers its material, not a page), and words that may repeat as a head's — or
    (furn89) a numbered section heading's words that stand as a line of the text: a head naming the
    section in force copies its heading and carries the folio (「一、培训对象和主要内容  1」 over
    「一、培训对象和主要内容」), where a clause heading (「2 术语和定义」) or an item numbered at its end
    stands once."""
    if LABEL_RE.match(line.text) or LABEL_RE.match(words):
        return False
    if NUMBERED_RE.match(words):
        return _may_copy_section(line.but(text=words)) and _exact_key(words) in text_keys
    return _may_repeat(line.but(text=words))


def _paged(chain: list[tuple[int, int, bool, str]]) -> bool:
    """A chain of numbered lines is a running head's: a number stands at the end somewhere, or
    every copy carries the same words (a book's even-page head, ``2  当代区域发展研究`` /
    ``4  当代区域发展研究``): clause headings number at the start but never repeat their words.
    The copies numbered at the start stand on the even pages, which print the book's (or the
    chapter's) title page after page: where two or more of them carry words no other copy
    repeats, they are clause headings (``2 术语和定义`` / ``4 目录编制``) under an odd page's head."""
    # (furn89) copies whose words open on a heading's number passed ``_paged_words`` as copies of the
    # text's section headings: a head naming the section in force, the number at either end
    # (「1  二、会议地点」 … 「2  四、会议议程」) — a clause heading's words (「术语和定义」) open on none
    if all(NUMBERED_RE.match(item[3]) for item in chain):
        return True
    even = [item[3] for item in chain if not item[2]]
    if len(even) >= 2 and len(set(even)) == len(even):
        return False
    return any(item[2] for item in chain) or len({item[3] for item in chain}) == 1


def title_head(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """A running head carrying the title and the page number over the title itself, on the first
    page (``运河与江城的兴衰  1`` / ``运河与江城的兴衰``): a book's chapter opens under its own head.
    The number may stand on a line of its own beside the head's words (pypdf cuts a line at each
    change of font: ``运河与江城的兴衰`` / ``1`` / ``运河与江城的兴衰``).
    The title printed right below says what the line is, even where it is printed once; a head
    shortened from a long title is the start of the title's lines (``shapes.opens_title``).  A
    news item's title may stand under its kicker (引题), wrapped over a few lines on a narrow page:
    the head's words then open a later line of the headline, above the body's first line."""
    span = [i for i in pages.span(0, len(lines)) if i not in drop] if pages.starts else []
    if not span or _head_found(pages, span[0], drop):
        return set()
    # the head, then the headline's lines down to the body's first (clause punctuation: prose); at
    # least the band's lines (a title may hold a comma)
    body = next((k for k, i in enumerate(span[1:], 1) if lines[i].clause), len(span))
    kept = span[:max(body, BAND_LINES + 1)]
    match = PAGED_HEAD_RE.match(lines[kept[0]].text)
    head = {kept[0]}
    if match is not None:
        words = _SPACES.sub("", match.group("words") or match.group("words2"))
    elif kept[0] + 1 in pages.numbers or kept[0] - 1 in pages.numbers:
        words = _SPACES.sub("", lines[kept[0]].text)   # the number cut off at its font (pypdf)
    elif named := _named_head_words(lines[kept[0]].text):
        words = named   # the band's name and the title's words on one row (「内部刊物  关于开展…」)
    elif len(kept) > 2 and _DIGITS.fullmatch(lines[kept[1]].text.strip()) and lines[kept[1]].blanks_before == 0:
        # the same cut where no count of pages confirms the number (one page: 「故乡」 / 「1」 /
        # 「故乡」): straight under the head's words it is the head's, and goes with it — only over
        # the whole title repeated below (the test that follows)
        words = _SPACES.sub("", lines[kept[0]].text)
        head = {kept[0], kept[1]}
    else:
        return set()
    below = [_SPACES.sub("", lines[i].text) for i in kept[len(head):]]
    # a short title (「故乡」) is repeated whole: the head's words are one of the lines below, all of
    # it — a label (``材料 2``, ``图 1``) is followed by its own words, never by itself again
    whole = "".join(_SPACES.sub("", lines[i].text) for i in sorted(head))
    if words and words in below and LABEL_RE.match(whole) is None:
        return head
    if len(head) > 1:
        return set()   # (a cut number's head only over the whole title: see above)
    # (the title's lines may stand under its kicker, 引题: the head's words open one of the lines below)
    return {kept[0]} if opens_title(words, below) else set()


def _head_found(pages: Pages, first: int, drop: set[int]) -> bool:
    """(refs68) A head of the first page was found already, over its first line left: a page prints
    one head, and the line under it is the page's text (「1 学习手册」, a design setting the folio
    before its head on every page, over 「第三章 区域科技创新体系」 / 「建设」)."""
    return any(k in drop and k not in pages.numbers for k in range(pages.starts[0], first))


def _named_head_words(text: str) -> str:
    """The title's words of a head row printed in two parts, the band's name at one end (a
    section, publication or circulation mark, ``shapes.BARE_HEAD_RE``: 「内部刊物」, 「工作简报」,
    「理论周刊」) and the title at the other (「内部刊物  关于开展2026年度理论学习中心组专」, the title cut
    at the head's measure).  pypdf ends a line at the change of font or place and writes the parts
    apart; pdftotext -raw, PDFium and a viewer's copy write the row as one line, a space between
    the parts.  As with a head's page number, only the title printed below says the words are the
    head's (``title_head``).  Empty when the row is no such pair."""
    text = text.strip()
    pairs = []
    left = text.split(maxsplit=1)
    if len(left) == 2:
        pairs.append((left[0], left[1]))
    right = text.rsplit(maxsplit=1)
    if len(right) == 2:
        pairs.append((right[1], right[0]))
    for name, words in pairs:
        if BARE_HEAD_RE.match(name) and not (BARE_HEAD_RE.match(words) or HEADER_LINE_RE.match(words)) \
                and not _numbers_a_part(name):
            return _SPACES.sub("", words)
    return ""


def _numbers_a_part(name: str) -> bool:
    """(habits90) A bare head's place holds a part's number (「第三章」, 「第一节」, 「第二部分」): that is the
    title's own numbering, set apart from its words by a space — a chapter opener prints no head, and its
    title, wrapped at the large size (「第三章 区域科技创新体」 / 「系建设」), opens on it."""
    return opens_on_number(name, clause_numbers=False)


def _runs_on(before: tuple[int, int, bool, str], item: tuple[int, int, bool, str],
             page_of: dict[int, int] | None) -> bool:
    """``item``'s number follows ``before``'s as its page follows: as many pages on where the pages
    are known, else at least a page of lines for each page on — the next page, or the next of
    the same parity (a head printed on the even pages only, the odd ones printing another)."""
    step = item[1] - before[1]
    if not item[2] and item[1] % 2 and item[3] != before[3]:
        # a number at the start stands on the outer side of an even page only — unless the words
        # are the copy before's: a design that sets the folio before its head on every page
        # (「3 学习手册」 after 「2 学习手册」; clause headings never repeat their words)
        return False
    if page_of is not None:
        return step >= 1 and page_of[item[0]] - page_of[before[0]] == step
    return 1 <= step <= PARITY_STEP and item[0] - before[0] >= step * PAGE_GAP_MIN_LINES


def _band(lines: Sequence[Line], pages: Pages, farther: dict[int, Copy] | None = None) -> Iterator[Copy]:
    """(page, index, rank, edge) of the lines in each page's top (edge 0) and bottom (edge 1)
    bands, a page number counting as an edge too (an extractor may print the footer amid the
    page's text, after its left column); a line in two bands is counted where it is nearer.
    ``farther``, where given, gets each such line's place in the band it is farther from.  A line
    of a head's dates only is looked for ``DATED_PART_REACH`` lines further (date70)."""
    total = len(lines)
    numbers = pages.numbers
    ordered = sorted(numbers)
    for page in range(len(pages.starts)):
        span = pages.span(page, total)
        seen: dict[int, tuple[int, int]] = {}
        ranks: dict[tuple[int, int], int] = {}   # (index, edge): the line's least rank from that edge
        edges = [(span.start, 1, 0), (span.stop - 1, -1, 1)]
        inside = ordered[bisect_left(ordered, span.start):bisect_left(ordered, span.stop)]
        edges += [(k + step, step, 1 if step < 0 else 0) for k in inside for step in (-1, 1)]
        for first, step, edge in edges:
            rank, i = 0, first
            while rank < BAND_LINES + DATED_PART_REACH and span.start <= i < span.stop:
                if i not in numbers:
                    if rank >= BAND_LINES and not dated_only(lines[i].text):
                        break
                    if i not in seen or rank < seen[i][0]:
                        seen[i] = (rank, edge)
                    if ranks.get((i, edge), BAND_LINES + DATED_PART_REACH) > rank:   # (miner80: a dated part's reach too)
                        ranks[i, edge] = rank
                    rank += 1
                i += step
        for i, (rank, edge) in sorted(seen.items()):
            if farther is not None and (i, 1 - edge) in ranks:
                farther[i] = (page, i, ranks[i, 1 - edge], 1 - edge)
            yield page, i, rank, edge


def head_copies_amid(lines: Sequence[Line]) -> set[int]:
    """(word79) The lines, read before the furniture goes, that repeat a line of another page's top
    band and stand in their own page's top band one line further down than a band holds
    (``BAND_LINES`` + ``LEAD_AMID_LINES``): a head's copy an extractor wrote after the page's first
    body line.  pdftotext writes a page's blocks by where they start, and a head's row set across
    the measure (「组工情况反映」 … 「第27期」) is two blocks: the right one comes after a block at
    the left margin below it — a clause's number or a schedule's date alone (「4.1.2」, 「4月8日」),
    which ``clauses`` and ``dated`` would join to the head's piece as its text.  A copy is known by
    what it repeats and where the pages break (form feeds, or a reader's pages), never by its words;
    a text with no page marks has none."""
    spans = page_spans(lines)
    if len(spans) < HEAD_MIN_PAGES:
        return set()
    tops: dict[str, set[int]] = {}
    for page, (start, stop) in enumerate(spans):
        for i in range(start, min(stop, start + BAND_LINES)):
            tops.setdefault(_exact_key(lines[i].text), set()).add(page)
    out: set[int] = set()
    for page, (start, stop) in enumerate(spans):
        for i in range(start, min(stop, start + BAND_LINES + LEAD_AMID_LINES)):
            if tops.get(_exact_key(lines[i].text), set()) - {page} and _may_repeat(lines[i]):
                out.add(i)
    return out


def _exact_key(text: str) -> str:
    """A line's text with its white space left out: one head's copies, however an extractor spaced
    them.  (``str.split`` parts at the characters ``\\s`` matches, every one of them, at a third of the
    pattern's cost: the furniture steps key every band line and scan the text by these keys.)"""
    return "".join(text.split())


def number_key(text: str) -> str:
    """A line's text with its spaces left out and each run of figures as ``#``: one running head's
    copies on pages numbered apart (``pagehead.head_copies`` keys a paper's head the same way)."""
    return _DIGITS.sub("#", _exact_key(text))


def _may_repeat(line: Line) -> bool:
    """Could be a running head: one line of words (or a date), no comma or stop, no note (a
    title a reader marked may be the copy the head repeats: it counts, and is never dropped)."""
    text = line.text
    if head_width(line) > HEAD_LINE_MAX_EM or PROSE_PUNCT_RE.search(text) is not None \
            or ends_sentence(text) or (text[:1] in NOTE_MARK_FIRST and NOTE_LEAD_RE.match(text) is not None) \
            or SOURCE_LINE_RE.match(text) is not None:
        return False   # (a note or a 来源 line repeated on every page is a note, a 来源 line)
    return WORDY_RE.search(text) is not None or HEADER_LINE_RE.match(text) is not None


def _carries_page_number(text: str) -> bool:
    """A head with the page number in it shows it apart from its words (``主题教育学习资料  26``,
    not ``标题1号文章``) and has no numbering or label of its own (``【材料2】``, ``3.1 …``)."""
    return HEAD_PAGE_NUMBER_RE.search(text) is not None and NUMBERED_RE.match(text) is None \
        and LABEL_RE.match(text) is None


class _Taken(NamedTuple):
    """(report72) The copies of other lines taken as heads so far, and the page numbers; (miner80)
    ``banded``: each band line's text (``_exact_key``) and the pages whose bands hold it."""
    copies: AbstractSet[int]
    numbers: AbstractSet[int]
    banded: Mapping[str, AbstractSet[int]] = {}


def _heads(lines: Sequence[Line], copies: list[Copy], texts: Counter, numbered: bool, page_count: int = 0,
           farther: Mapping[int, Copy] | None = None, taken: _Taken | None = None) -> set[int]:
    """The copies of one line to drop, when they are a running head: the outermost copy on each
    page, at the edge (top or bottom) where most of them are — and, unless the line is a header's
    own words (a body's or publication's name, a date, an issue: ``shapes.HEADER_LINE_RE``, found
    wherever an extractor put the band's parts), at the rank from that edge most of them share.
    (band70) A copy on a short page stands in both its bands (``farther``: its place in the band
    it is farther from): it is read at the edge the other copies share, where ``HEAD_MIN_PAGES`` or
    more show the habit there — a last page holding one line under a three-line head has its head's
    third line nearer the foot, and it is the head's; one copy at the top shows no habit, so a
    first page's issuer signing a short last page stays (tongbao_safety_inspection)."""
    placed: set[int] = set()   # (miner80) copies read in their farther band, standing under copies taken
    if farther and taken:
        placed = {c[1] for c in copies if c[1] in farther and _farther_in_head(lines, c, farther[c[1]], taken)}
        copies = [farther[c[1]] if c[1] in placed else c for c in copies]
    edge, at_edge = Counter(c[3] for c in copies).most_common(1)[0]
    if farther and at_edge >= HEAD_MIN_PAGES:
        copies = [c if c[3] == edge or c[1] not in farther else farther[c[1]] for c in copies]
    outer: dict[int, Copy] = {}
    for copy in copies:
        if copy[3] == edge and (copy[0] not in outer or copy[2] < outer[copy[0]][2]):
            outer[copy[0]] = copy
    if HEADER_LINE_RE.match(lines[copies[0][1]].text) is None:
        outer = _steady(outer, lines, taken, placed)
    # a second copy under the head on its page: the title the head repeats
    inner = sum(1 for c in copies if c[3] == edge == 0 and c[0] in outer and c != outer[c[0]])
    inner += _title_under_band(lines, outer, {c[1] for c in copies}) if edge == 0 else 0
    total = sum(texts[t] for t in {lines[c[1]].text for c in copies}) - inner
    if edge == 0 and not inner and total == len(outer) + 1 and _title_before(lines, outer, copies):
        total -= 1   # the title the head repeats, printed once below a first page's masthead
    if (len(outer) < HEAD_MIN_PAGES and not inner) or len(outer) < HEAD_BAND_SHARE * total:
        return set()
    if numbered and len({tuple(_DIGITS.findall(lines[c[1]].text)) for c in outer.values()}) < len(outer):
        return set()   # a page number differs from page to page
    drop = {c[1] for c in outer.values() if not lines[c[1]].given_heading}   # (a title a reader knew stays)
    if not drop:
        return drop
    first = min(drop)
    if _verso_heads(outer, page_count) and outer[0][1] == first:
        drop.discard(first)   # the title on the first page, a recto: the head is the versos'
        return drop
    if len(outer) > 1 and not inner and not _masthead_words(lines[first]) \
            and (_opens_article(lines, first, first == 0) or _opens_text(lines, outer, first)):
        drop.discard(first)   # the title itself, on a first page that prints no head
    return drop


def _title_under_band(lines: Sequence[Line], outer: Mapping[int, Copy], band: AbstractSet[int]) -> int:
    """(word79) The copies of a head standing straight under its copy at a page's top, past the
    band's lines (``band``: the copies found in the bands): the title the head repeats, printed under
    a head that fills the band (pdfminer writes a Word head's row boxes unit, date, title's copy, and
    the title under them is the page's fourth line).  Two copies one under the other at a page's top
    are the head and the title it repeats, whatever the rank: counted as ``_heads``' second copy under
    the head, so the upper one goes and the title stays."""
    return sum(1 for c in outer.values() if c[1] + 1 < len(lines) and c[1] + 1 not in band
               and _exact_key(lines[c[1] + 1].text) == _exact_key(lines[c[1]].text))


def _farther_in_head(lines: Sequence[Line], near: Copy, far: Copy, taken: _Taken) -> bool:
    """(band70, miner80) A copy on a short page read in the band it is farther from (``far``) stands in
    the head there: only copies taken lie between it and that edge — or, where the copy does not stand
    under copies taken where it is nearer (``near``), ``SHORT_PAGE_AMID_LINES`` of the page's body beside
    them (pdfminer's unit / 「准。」 / title's copy / date).  A copy already under the head at its nearer
    edge is read there (「××区教育局」 / 「注意保存」 / 「内部资料」 / 「日第 3 版」: the body line is under the head)."""
    if _under_taken(lines, far, taken):
        return True
    return not _under_taken(lines, near, taken) and _under_taken(lines, far, taken, SHORT_PAGE_AMID_LINES)


def _under_taken(lines: Sequence[Line], copy: Copy, taken: _Taken, amid: int = 0) -> bool:
    """(report72) A copy on a short page, standing in both its bands, read in the band it is
    farther from (``copy``) stands in the head printed there: every line between it and that edge
    is a copy of another line taken as a head already (page numbers passed over).  pdfminer writes
    a Word head's row boxes in its own order — 「工作简报」 / 「2026 年第 9 期」 / 「江城市发展和改革委员会
    办公室」 on every page — so on a last page of two lines the unit's copy, third in the head, is
    nearer the foot; its page's own head shows where it is printed, as the other pages' do.  The
    issuer signing a short last page right under its head stays (tongbao_safety_inspection):
    the line after it is the signer's own date (``_signed``), no copy.  (miner80) ``amid``: lines of
    the page's body allowed between, beside at least one copy taken (``SHORT_PAGE_AMID_LINES``)."""
    _, i, rank, edge = copy
    step = -1 if edge == 0 else 1
    j, seen, body = i + step, 0, 0
    while seen < rank and 0 <= j < len(lines):
        if j not in taken.numbers:
            if j not in taken.copies:
                body += 1
                if body > amid:
                    return False
            seen += 1
        j += step
    return seen == rank and rank > body and not _signed(lines, copy, -step, taken)


def _signed(lines: Sequence[Line], copy: Copy, step: int, taken: _Taken) -> bool:
    """(report72) The line after ``copy`` (``step`` on from the edge) is a date of its own, no copy
    taken: a body's name over it is a document's signature (「江城市安全生产委员会办公室」 /
    「2026 年 10 月 12 日」), which a short last page may hold alone under its head.  (miner80) A date
    that stands in another page's band too is the head's own date, whatever is taken yet (pdfminer's
    short page: unit / body line / title's copy / 「2026 年 10 月」): the head repeats it, a signer dates once."""
    page, i = copy[0], copy[1]
    j = i + step
    while 0 <= j < len(lines) and j in taken.numbers:
        j += step
    return 0 <= j < len(lines) and j not in taken.copies and dated_only(lines[j].text) \
        and not taken.banded.get(_exact_key(lines[j].text), set()) - {page}


def _masthead_words(line: Line) -> bool:
    """(report72) A head's own words: a line of a head's dates only (``dated_only``), or of a
    body's or publication's name, its issue, its date (``header_line``: 「青禾县人民政府办公室」,
    「××区教育局」, 「工作简报」).  Such a copy on the first page is never the text's title, whatever
    follows it: a Word report prints its head on the first page too, and the line under the
    unit's copy is the text's own opening — a column's label that reads as a name (「高端访谈」:
    高 is a surname), a chapter's head (「第三章 …」), a title — no byline or section of the unit's."""
    return dated_only(line.text) or header_line(line)


def _verso_heads(outer: dict[int, Copy], page_count: int) -> bool:
    """(lone69) The copies past the first page stand on pages of the other parity only (the
    versos: 2, 4 …), and a later page of the first page's parity prints none: the design sets
    this head over one side of the spreads, so the copy on the first page, a recto like the bare
    ones, is the text's title (「城市书房建设与服务规范」 over 「DB 3209/T 0187—2026」, the head over the
    even pages beside their folio).  ``page_count``: the pages known (0: not known)."""
    if 0 not in outer or len(outer) < 2:
        return False
    later = set(outer) - {0}
    if any(page % 2 == 0 for page in later):
        return False
    return any(page not in outer for page in range(2, page_count, 2))


def dated_only(text: str) -> bool:
    """Only a head's dated parts or its weekday (「2026年5月8日」, 「星期五」): a title names its
    subject, so such a copy on the first page is never the title the head repeats — whatever
    follows it (a 版名 「文化周刊」 under a weekday is no author's name)."""
    text = text.strip()
    return HEAD_PIECE_RE.match(text) is not None or WEEKDAY_RE.match(text) is not None


def _opens_text(lines: Sequence[Line], outer: dict[int, Copy], first: int) -> bool:
    """The copy opening the first page is the text's title, on a page that prints no head: it
    stands right over the body.  A design printing its head on the first page too prints the
    title under it (a label, an issuer, a document number between them: ``调研报告`` / ``材料1``
    / ``习近平：…``); a title over its body is the heading, kept, and only its repeats on the
    later pages are heads.  The body shows in the next line: prose (clause punctuation, a
    sentence's end) in the paragraph the next line opens.  Width alone cannot tell it: a title
    set a little larger than the body (1.1–1.3×) wraps into lines as full as a body line in a
    narrow column (「抓好冬春农田水利建设 夯实明」, 14.5 em of 16), and its wrapped lines run
    to a short one with no clause or stop among them (``_prose_follows``).  A header's own words
    (``shapes.HEADER_LINE_RE``) under it head the first page too; ``first`` holding them is no title
    (``_heads`` asks ``_masthead_words`` before this)."""
    top = outer.get(0)
    if top is None or top[1] != first or top[2] != 0 or top[3] != 0 or first + 1 >= len(lines):
        return False
    nxt = lines[first + 1]
    if header_line(nxt):
        return False   # a masthead's lines (a body's or publication's name, a date) head any page
        #  (``first`` itself is asked by the caller: ``_masthead_words``)
    return _title_note(lines, first + 1) or _prose_follows(lines, first + 1)


def _title_note(lines: Sequence[Line], start: int) -> bool:
    """The lines from ``start`` are a note in brackets, whole, as a title carries under it (题注:
    「（2026年3月18日江城市人民政府第二十九次常务会议通」 / 「过）」, 「（2026年修订版）」, the
    day a speech was given): set under the title, never under a running head."""
    if lines[start].text[:1] not in "（(":
        return False
    return any(line.text.rstrip().endswith(("）", ")")) for line in lines[start:start + TITLE_LINES_MAX])


def _prose_follows(lines: Sequence[Line], start: int) -> bool:
    """The lines from ``start`` are prose: the paragraph they open — its lines as full as the
    body's (``midsentence.full_width``) and the short one that ends it — shows a clause or a stop, or
    runs on past the lines a wrapped title takes (``TITLE_LINES_MAX``).  A title wrapped in the
    column ends on its short rest with no punctuation in it (「协同办公系统公文流转操作」 /
    「指南」); a paragraph's first clause ends within its first lines."""
    full = full_width(lines)
    for line in lines[start:start + TITLE_LINES_MAX + 1]:
        if line.clause or line.final:
            return True
        if line.width < full:
            return False   # the short line that ends it, and nothing in it a body's
    return True


def _steady(outer: dict[int, Copy], lines: Sequence[Line] = (), taken: _Taken | None = None,
            placed: AbstractSet[int] = frozenset()) -> dict[int, Copy]:
    """The copies that stand where the design prints its head: at one rank from the page's edge
    on every page (each line of a two-line band keeps its rank).  A line of the text falls at a
    page break at whatever rank the flow leaves it — an attribution one line under the head on
    one page, three lines over the foot on another — and there it is text.  (word79) A copy at
    another rank with only copies of other lines taken as heads between it and the edge stands in
    the head too (``_under_taken``): pdfminer writes a head's row boxes in another order on some
    pages (「教育督导通报」 / 「2026 年第 11 期」 / 「青禾县教育局」 on two pages, the unit first on the third).
    (miner80) ``placed``: copies on a short page found under copies taken (``_heads``' farther reading)
    stand in the head at whatever rank — a text of two pages shows no steady rank of its own."""
    rank, steady = Counter(c[2] for c in outer.values()).most_common(1)[0] if outer else (0, 0)
    return {page: c for page, c in outer.items()
            if c[2] == rank or c[1] in placed or _amid_head(lines, c, taken, steady)}


def _amid_head(lines: Sequence[Line], copy: Copy, taken: _Taken | None, steady: int) -> bool:
    """(word79) ``copy``, off its group's rank, stands in the head: the group shows the design's rank
    on ``HEAD_MIN_PAGES`` pages (``steady`` copies) and only copies taken lie between this one and its
    edge (``_under_taken``).  A text's line repeated twice, one copy falling under a head taken, shows
    no rank of its own — a contents page's wrapped entries (dev gold_real_002_booklet ×
    kai_16_hei_heads: 「总书记在加强基础研究座谈会上重要」 under 「北京理工大学党委宣传部」)."""
    return taken is not None and steady >= HEAD_MIN_PAGES and _under_taken(lines, copy, taken)


def _title_before(lines: Sequence[Line], outer: dict[int, Copy], copies: Sequence[Copy] = ()) -> bool:
    """The one copy of a head outside the bands comes before all of them: the title itself, set
    below a kicker or a masthead on a first page that prints no head (a paper or book that prints
    its running head from the second page on: 「把园区建成现代农业的示范窗口」).  The heads open
    their pages from the second page on, so the copy before the first of them is on the first
    page; heads that begin later leave a copy before them that is text (an attribution quoted
    on the first page, then falling at two page breaks further on).  (runhead79) A design that
    prints the title over the rectos only (the versos carry the series' or the journal's name) opens
    its heads on the third page, the first recto after the first page (``_recto_heads``)."""
    if min(outer) != 1 and not _recto_heads(outer, copies):
        return False
    first_head = min(c[1] for c in outer.values())
    key = _exact_key(lines[first_head].text)
    return sum(1 for i in range(first_head) if _exact_key(lines[i].text) == key) == 1


def _recto_heads(outer: dict[int, Copy], copies: Sequence[Copy]) -> bool:
    """(runhead79) The copies taken stand on the rectos only, from the first after the first page
    (pages 3, 5 … counted from one: 2, 4 … here), and the one copy left stands in the first page's
    band: the title the head repeats, a recto's too.  A short text (three to six pages) so prints its
    title over its rectos once or twice — fewer copies than the head's share asks beside the title."""
    return min(outer) == PARITY_STEP and all(page % PARITY_STEP == 0 for page in outer) \
        and any(c[0] == 0 for c in copies)


def _opens_article(lines: Sequence[Line], i: int, opens_text: bool = False) -> bool:
    """A title line followed by its 来源 line, a —— subtitle or an author's name is the article,
    not a running head (``故乡`` under ``学习参考`` is a title, not a name: no common surname);
    so is the text's first line followed by a section heading — a document's first section never
    comes before its title (``运河与江城的兴衰`` / ``一、因河而兴``, a book printing no head on
    its opening page), and nor does the text open with a numbered chapter's head printed over
    nothing: that line is the chapter's own heading (``第1章 科技成果转化概述``, repeated as the
    head of the pages after it)."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return SOURCE_LINE_RE.match(nxt) is not None or _subtitle(nxt) or name_like(nxt) \
        or (opens_text and (_section_start(nxt) or _section_start(lines[i].text)))


def _subtitle(text: str) -> bool:
    """A —— line that may be a subtitle under a title: not one citing a work (「——摘自《…》」,
    「——《礼记·大学》」: a quotation's attribution, which a page break may leave at a page's top
    under the head, 「干部学习口袋书」 / 「——摘自《在全省…的讲话》…」)."""
    return text.startswith("——") and not text[2:].startswith(CITING_OPENERS)


def _section_start(text: str) -> bool:
    """A section heading's numbering (``一、``, ``（一）``, ``第一章``, ``1 范围``, ``1.1 …``) — not
    a label (``材料 1``, which heads its title) nor a year (``2026 年第 5 期``)."""
    return opens_on_number(text)


def _other_parity(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """Odd and even running heads in a short book: when pages of one parity open with a head
    and exactly one page of the other parity (the first page aside) does not, that page's
    first line is its head if it is shaped like one (the even head, printed once).  Not when a
    copy of the head stands in that page's top band under its first line: the page prints the
    same head, and an extractor read the line before it (pdfminer puts a heading set larger
    ahead of the head over it: 「“恒”字为要：…」 / 「专题学习资料」) — that line is text."""
    firsts = [_first_kept(pages, page, len(lines)) for page in range(len(pages.starts))]
    headed = {page for page, i in enumerate(firsts) if i is not None and i in drop}
    parities = {page % 2 for page in headed}
    if not headed or len(parities) != 1:
        return set()
    other = [page for page in range(1, len(firsts)) if page % 2 not in parities]
    if len(other) != 1 or firsts[other[0]] is None:
        return set()
    top = [k for k in pages.span(other[0], len(lines)) if k not in pages.numbers][:BAND_LINES]
    if any(k in drop for k in top):
        return set()
    i = firsts[other[0]]
    return {i} if lone_head_shape(lines[i]) else set()  # type: ignore[index,arg-type]  # (not None: checked above)


def _first_kept(pages: Pages, page: int, total: int) -> int | None:
    return next((i for i in pages.span(page, total) if i not in pages.numbers), None)


def lone_head_shape(line: Line) -> bool:
    """Shaped like a running head where repetition cannot tell: 4–25 em of words, no clause
    punctuation, no sentence end, no numbering, label or 来源 of its own."""
    text = line.text
    return (HEAD_MIN_EM <= line.width <= HEAD_MAX_EM and not line.given_heading
            and WORDY_RE.search(text) is not None and not ends_sentence(text)
            and CLAUSE_RE.search(text) is None and NUMBERED_RE.match(text) is None
            and SOURCE_LINE_RE.match(text) is None and LABEL_RE.match(text) is None)


def lone_feet(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """A running foot or head printed once, next to a page number: a header line that names the
    publication or numbers its issue (``主题教育学习资料`` / ``26``; ``—1—`` / ``××县委办公室
    2026年第4期``, a head printed from the second page on; a signature and its date stay).  An
    extractor may write a two-part head's parts as two lines (``××县委办公室`` / ``2026年第4期``):
    the header lines standing together next to the number go together when one of them says so.
    A 来源 line's rest is no head part, whatever it holds (「来源：…《工作动态》」 / 「2026年第23期」 /
    「第2版」, the issue over the page's folio: ``shapes.source_rest``)."""
    out = set()
    for k in pages.numbers:
        for step in (-1, 1):
            run: list[int] = []
            i = k + step
            while len(run) < HEAD_PARTS_MAX and 0 <= i < len(lines) and i not in drop \
                    and i not in pages.numbers and _head_part(lines[i]) \
                    and not (i > 0 and source_rest(lines[i - 1].text, lines[i].text)):
                run.append(i)
                i += step
            if any(PUBLICATION_RE.search(lines[i].text) or ISSUE_RE.search(lines[i].text) for i in run):
                out.update(run)
    return out


def sentence_heads(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(lone69) A running head printed once or twice, where repetition cannot tell: a line shaped
    like a head (``lone_head_shape``), well short of the measure (``SENTENCE_HEAD_SHARE``),
    standing between a sentence's two halves — the last line of a page cut inside a sentence,
    running full, and the next page's text resuming it (``midsentence``: 「（一）集中学习。各级中心组
    每季度」 / 「干部学习口袋书」 / 「集中学习不少于1次，…」).  A typesetter sets no heading inside a
    sentence — but a design that keeps no heading with its text may break one over a page
    (「坚持问题导向，补齐基」 / 「础研究短板」, a page's first line), so the design must show that it
    prints furniture where the line stands (``_edge_furniture``).  A credit (「新华社记者
    姚大伟/摄」) is a caption's, which may stand inside a paragraph (``captions``)."""
    skip = drop | pages.numbers
    if not skip:
        return set()   # (a design that prints no furniture at all: most texts of one page)
    full = full_width(lines)
    widest = SENTENCE_HEAD_SHARE * full / FULL_LINE_SHARE   # (asked first: most lines run full, and go on the width alone)
    out: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip or line.width > widest or not lone_head_shape(line) or CREDIT_RE.search(line.text) is not None:
            continue
        if between_halves(lines, i, full, skip) and _edge_furniture(lines, pages, i, skip, full):
            out.add(i)
    return out


def section_copies_amid(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(furn89) A running head naming the section in force, written where the pages are not known:
    a pocket book's head over its rectos copies the heading of the section the page is in
    (「二、重点任务」), and where the folio stands in the versos' head only (pypdf, no form feed: the
    rectos show no page at all), ``section_heads`` finds no page top to read it at — the copy stands
    amid the text, between the last line of one page and the first of the next.  A typesetter sets a
    heading after its paragraph's end, never inside a sentence, so a section heading's copy standing
    where the text runs on across it (``runs_across``: the line before runs full and ends no
    sentence, the line after resumes it; the furniture found passed over) is the page's head: its
    words stand as a line elsewhere in the text (``_heading_copies``).  The heading itself stays —
    one copy at least is kept, whatever stands around the others."""
    skip = drop | pages.numbers
    copies = _heading_copies(lines, skip)
    if not copies:
        return set()
    full = full_width(lines)
    ranks = _outline_ranks(lines, skip)
    out: set[int] = set()
    for where in copies.values():
        amid = [i for i in where if runs_across(lines, i, full, skip)
                or (_under_deeper(lines, i, skip, ranks) and not _copy_follows(lines, i, skip, copies))]
        # (the heading itself is printed once: a copy of the words is left standing)
        out.update(amid if len(amid) < len(where) else ())
    return out


def _outline_ranks(lines: Sequence[Line], skip: AbstractSet[int]) -> dict[str, int]:
    """(furn89) Each heading numbering's rank in the text's outline, by the order its kind first
    opens a line (``heading_key``: 「一、」 before 「（一）」 before 「1.」): a document opens each level
    under the one above it, whatever numbering it gives each level."""
    ranks: dict[str, int] = {}
    for i, line in enumerate(lines):
        if i not in skip and (key := heading_key(line.text.strip())) is not None:
            ranks.setdefault(key, len(ranks))
    return ranks


def _under_deeper(lines: Sequence[Line], i: int, skip: AbstractSet[int], ranks: Mapping[str, int]) -> bool:
    """(furn89) Line ``i`` stands right under a heading of a deeper rank (``_outline_ranks``) — 「（二）学习
    贯彻全会精神」 / 「二、方式方法」: that heading's section would be empty, and a document gives each
    section its text before the next one opens; a page's head over the section in force stands there
    where the page broke after a heading kept with its first line (the text resumes under the head)."""
    before = i - 1
    while before >= 0 and before in skip:
        before -= 1
    if before < 0:
        return False
    above, own = heading_key(lines[before].text.strip()), heading_key(lines[i].text.strip())
    if above is None or own is None or above not in ranks or own not in ranks:
        return False
    return ranks[above] > ranks[own] and not ends_sentence(lines[before].text)


def _copy_follows(lines: Sequence[Line], i: int, skip: AbstractSet[int], copies: Mapping[str, list[int]]) -> bool:
    """(furn89) The line after line ``i`` copies a heading too: a contents list copies the headings one
    under another (「（二）学习贯彻全会精神」 / 「二、方式方法」 / 「（一）集中学习」), where a page's head has the
    text resuming under it."""
    after = i + 1
    while after < len(lines) and after in skip:
        after += 1
    return after < len(lines) and _exact_key(lines[after].text) in copies


def _heading_copies(lines: Sequence[Line], skip: AbstractSet[int]) -> dict[str, list[int]]:
    """(furn89) Lines shaped like a numbered section heading (``_may_copy_section``, opening on a
    heading's number) whose words stand as a line twice or more, ``skip`` aside, by their words."""
    found: dict[str, list[int]] = {}
    looks = map(SECTION_OPEN_LOOK_RE.match, [line.text for line in lines])   # (speed90: most lines, no call)
    for i, (line, look) in enumerate(zip(lines, looks)):
        if look is None or i in skip or line.given_heading or not opens_on_number(line.text.strip(), clause_numbers=False):
            continue
        if _may_copy_section(line):
            found.setdefault(_exact_key(line.text), []).append(i)
    return {key: where for key, where in found.items() if len(where) > 1}


def _edge_furniture(lines: Sequence[Line], pages: Pages, i: int, skip: AbstractSet[int], full: float) -> bool:
    """The design prints furniture where line ``i`` stands.  Where the pages are known, ``i`` is
    its page's first (last) line, the furniture passed over, and another page's first (last) line
    is furniture found: a head, a head's folio (「2」 over a verso).  Where they are not (pypdf's
    pages, told by folios on the versos only), furniture found stands between a sentence's halves
    elsewhere too: the pages' edges fall inside sentences, and the design prints there."""
    total = len(lines)
    if len(pages.starts) > 1:
        spans = [pages.span(page, total) for page in range(len(pages.starts))]
        own = pages.page_of(i)
        kept = [k for k in spans[own] if k not in skip]
        for edge in (0, -1):
            if kept and kept[edge] == i and any(span and span[edge] in skip for page, span in enumerate(spans)
                                                 if page not in (0, own)):
                return True
        return False
    return any(between_halves(lines, k, full, skip - {k}, words=False) for k in skip if k != i)


def _head_part(line: Line) -> bool:
    """A header line that may be a part of a head printed beside a page number: it names the
    publication, numbers the issue, or is a bare name (an issuer) — a line that only dates
    (``2026年2月15日``) is a signature's date over a page's foot, and stays."""
    text = line.text
    return header_line(line) and (PUBLICATION_RE.search(text) is not None or ISSUE_RE.search(text) is not None
                                  or HEADER_DATED_RE.search(text) is None)


def header_line(line: Line) -> bool:
    """A line made only of header parts (``shapes.HEADER_LINE_RE``), one line wide at most."""
    return not line.given_heading and head_width(line) <= HEAD_LINE_MAX_EM and HEADER_LINE_RE.match(line.text) is not None


def head_width(line: Line) -> float:
    """A head's width as its parts print it: the run of spaces an extractor pads between two parts
    (``pdftotext -layout`` writes each part at its place across the page: 「2026 年第 11 期」, fifty
    spaces, 「江城市科学技术协会」) says where they stand on the row, not how much the head holds —
    it counts as one space."""
    if "  " not in line.text:   # (most lines: no padding, the width as measured)
        return line.width
    return width(PADDING_RE.sub(" ", line.text))


def repeated_pages(lines: Sequence[Line], pages: Pages) -> Pages:
    """``pages``, or where neither marks nor page numbers gave a page start, the starts the
    repeated heads give (``pages_from_repeats``): a text's furniture rules and the rules that
    rejoin its pieces must agree on where its pages begin, or a running head after a page-foot
    note is read as the rest of the note's last line."""
    if pages.marked or len(pages.starts) != 1 or len(lines) <= 1:
        return pages
    return Pages(tuple(pages_from_repeats(lines, pages.numbers)), pages.numbers, False)


def pages_from_repeats(lines: Sequence[Line], numbers: AbstractSet[int] = frozenset()) -> list[int]:
    """Page starts of a text with no page marks and no page numbers: the copies of a line
    that repeats, shaped like a head, a page apart — where the text runs across them (``at_page_breaks``;
    ``numbers``: the page numbers found, passed over with the other copies: 「…基本」 / 「（ 3 ）」 /
    「XUEXI DUBEN」 / 「同步。」)."""
    found: dict[str, list[int]] = {}
    quoted = attribution_lines(lines)
    for i, line in enumerate(lines):
        if i in quoted:
            continue   # (an attribution repeated under several quotes is text, wherever it wraps)
        if not HEAD_MIN_EM <= line.width <= HEAD_MAX_EM or PROSE_PUNCT_RE.search(line.text) is not None:
            continue   # (both shapes below want a head's width and no prose mark — ``lone_head_shape``'s
            # clause marks hold them: a line of prose, most lines of a column, is passed at one search)
        if lone_head_shape(line) or (_may_repeat(line) and _carries_page_number(line.text)):
            found.setdefault(number_key(line.text), []).append(i)
    spaced = [where for where in found.values() if len(where) >= REPEAT_MIN_COPIES and _page_spaced(where)]
    copies = {i for where in spaced for i in where} | set(numbers)
    if spaced:   # (a folio no rule has taken yet stands beside a head: 「（ 3 ）」 / 「XUEXI DUBEN」)
        copies |= _folio_runs(lines)
    full = full_width(lines) if spaced else 0.0
    starts = {0}
    for where in spaced:
        if at_page_breaks(lines, where, full, copies):
            starts.update(where)
    out: list[int] = []
    for i in sorted(starts):
        if not out or i - out[-1] >= BAND_LINES:
            out.append(i)
    return out


def attribution_lines(lines: Sequence[Line]) -> set[int]:
    """The lines of attributions: a line its dash opens (``——在全市法治政府建设``) and the lines
    that carry it on until it closes (``工作会议上的讲话（2025`` / ``年 4 月 8 日）``).  A 摘编 prints
    the same attribution under several quotes, and a narrow column wraps it the same way each
    time: its pieces repeat like a running head's words, but they are the text's.  A running head
    that falls inside a wrapped attribution at a page break stands outside attributions elsewhere
    (on the pages where no attribution crosses the break): a line whose words stand there too is
    not counted."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if ATTRIBUTION_OPEN_RE.match(line.text) is None:
            continue
        joined = ""
        for j in range(i, min(len(lines), i + ATTRIBUTION_LINES_MAX)):
            if j > i and (lines[j].page_start or ATTRIBUTION_OPEN_RE.match(lines[j].text) is not None):
                break
            joined += lines[j].text.strip()
            if is_attribution(joined) or CLOSED_ATTRIBUTION_RE.match(joined) is not None:
                out.update(range(i, j + 1))
                break
            if ends_sentence(joined):
                break
    alone = {lines[i].text.strip() for i in range(len(lines)) if i not in out}
    return {i for i in out if lines[i].text.strip() not in alone}


def at_page_breaks(lines: Sequence[Line], where: Sequence[int], full: float, copies: AbstractSet[int]) -> bool:
    """(furn85b) The copies ``where`` of a repeated line stand where the text's pages break, where no
    mark and no page number shows the breaks: a page ends where its lines run out, inside a sentence
    on most pages, so a running head (or foot) stands between a sentence's two halves on one page at
    least (``midsentence.between_halves``, the other repeated lines — ``copies``, the heads of the
    other parity, a two-line head's other line — passed over).  A label the text repeats under each of
    its items (a 典型案例's 「基本案情」 / 「裁判结果」 / 「典型意义」, a 释义's 【条文释义】 / 【相关规定】)
    stands where its text puts it: between two blocks, after a paragraph's end or a heading, every
    time, however regularly its items fill the pages."""
    return any(runs_across(lines, i, full, copies - {i}) for i in where)


def _folio_runs(lines: Sequence[Line]) -> set[int]:
    """(furn85b) Short lines holding figures that repeat a page apart with the figures changing — a
    folio of any shape (「（ 1 ）」 … 「（ 3 ）」 … 「（ 5 ）」), found or not: passed over beside a head's copy."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.width <= HEAD_MIN_EM and _DIGITS.search(line.text) is not None:
            found.setdefault(number_key(line.text), []).append(i)
    return {i for where in found.values()
            if len(where) >= REPEAT_MIN_COPIES and _page_spaced(where)
            and len({_exact_key(lines[i].text) for i in where}) > 1 for i in where}


def _page_spaced(where: Sequence[int]) -> bool:
    """Copies a page apart: gaps of ten lines or more, most of them near the usual gap."""
    gaps = sorted(b - a for a, b in zip(where, where[1:]))
    usual = gaps[len(gaps) // 2]
    near = sum(1 for g in gaps if PAGE_GAP_LOW * usual <= g <= PAGE_GAP_HIGH * usual)
    return usual >= PAGE_GAP_MIN_LINES and near >= PAGE_GAP_SHARE * len(gaps)


def band_rest(lines: Sequence[Line], pages: Pages, drop: AbstractSet[int]) -> set[int]:
    """(wordhead59) A head band's lines pushed past the band, or left beside its found part: pypdf
    ends a line at each change of font, so a Word report's head 「青禾县人民政府办公室」 /
    「清河镇2025年工作大事记  2026年11月」 comes as 「青禾县人民政府办公室」 / 「清河镇」 /
    「2025年工作大事记」 / 「2026年11月」 — the band's first lines are found as heads and its
    date, past ``BAND_LINES``, stands in the text on every page (「…老年活2026年11月动用房…」);
    or the band's title line is the text's title too and its date the signer's date, so neither
    repeats only in the band.  A band is printed alike on every page, however many pieces an
    extractor made of it: the lines right after (at the foot, before) the copies taken at a
    page's edge that are the same, in the same order, on most pages where a copy was taken
    (``HEAD_BAND_SHARE``, ``HEAD_MIN_PAGES`` or more: one page's band may be cut otherwise)
    are the band's rest — the body under a head differs from page
    to page.  At most ``BAND_LINES`` lines, each shaped like a head (``_may_repeat``) or a piece
    of one cut at a font (word71: ``_band_piece``, the pieces of one printed line counted as one;
    the band read from the edge with its copies in place, ``_band_from_edge``, ``_agreed``).  Two
    pages are too few for a body's name alone: the issuer opening the first page under the head
    and signing the last page's text, alone under its head there, is text
    (tongbao_safety_inspection × sw25_07); a rest that carries the head's dates (``dated_only``)
    is the band's on two, and so is a line amid the copies taken (word71: ``_amid_copies``)."""
    total = len(lines)
    out: set[int] = set()
    # (word71) a line at a page's edge reading as a copy taken on other pages opens its band too,
    # though it stays (the first page's copy of the head a rule kept — the unit over the title, the
    # title itself): the band's rest past it is read against the other pages' as theirs is
    keys = {_exact_key(lines[i].text) for i in drop if i not in pages.numbers}
    for step in (1, -1):
        bands: list[list[int]] = []   # per page with a copy at this edge: its band's lines from the edge
        kept: set[int] = set()
        for page in range(len(pages.starts)):
            span = pages.span(page, total)
            edge = _edge_copies(lines, span, step, drop, pages.numbers, keys)
            band = _band_from_edge(lines, span, step, drop | edge, pages.numbers)
            if band:
                bands.append(band)
                kept |= edge
        taken_yet = set(drop) | kept   # (the kept copies read as copies, never taken)
        if len(bands) < HEAD_MIN_PAGES:
            continue
        least = max(HEAD_MIN_PAGES, HEAD_BAND_SHARE * len(bands))
        # read two ways, the band whole from the edge (the copies taken in their places: pypdf's
        # 「2025」 taken beside two copies of three stands where the others do) and the lines past
        # the copies alone (an extractor sorting a row's boxes, pdfminer, writes the date before
        # the unit's copy on one page and after it on the next)
        whole = _agreed(lines, bands, taken_yet, least)
        past = _agreed(lines, [[i for i in band if i not in taken_yet] for band in bands], taken_yet, least)
        taken = [(band, sorted(set(one) | set(other))) for band, one, other in zip(bands, whole, past)]
        taken = [(band, rest) for band, rest in taken if rest]
        if not taken:
            continue
        if len(taken) < REPEAT_MIN_COPIES and not _dated_rest([lines[i] for i in max((r for _, r in taken), key=len)]) \
                and not all(_amid_copies(band, rest, taken_yet) for band, rest in taken):
            continue
        out.update(i for _, rest in taken for i in rest)
    return out


def _edge_copies(lines: Sequence[Line], span: range, step: int, drop: AbstractSet[int], numbers: AbstractSet[int],
                 keys: AbstractSet[str]) -> set[int]:
    """(word71) The lines at a page's edge (``step`` 1 the top, -1 the foot) not taken but reading
    as a copy taken elsewhere (``keys``), where the page's edge shows no copy taken."""
    out: set[int] = set()
    i = span.start if step > 0 else span.stop - 1
    while span.start <= i < span.stop and (i in numbers or (i not in drop and _exact_key(lines[i].text) in keys)):
        if i not in numbers:
            out.add(i)
        i += step
    return out


def _amid_copies(band: Sequence[int], rest: Sequence[int], drop: AbstractSet[int]) -> bool:
    """(word71) Every line of ``rest`` stands between copies taken in its page's ``band``, one
    nearer the text than it: a band's middle line (「青禾县人民政府办公室」 / 「{title}」 / 「2026年11月」,
    the title's copy on a text of two pages), never the line past a band — an issuer opening the
    first page under the head and signing the last page's text (tongbao_safety_inspection)."""
    inner = max((k for k, i in enumerate(band) if i in drop), default=-1)
    return all(band.index(i) < inner for i in rest)


def _agreed(lines: Sequence[Line], bands: list[list[int]], drop: AbstractSet[int], least: float) -> list[list[int]]:
    """(word71) Per band, its lines not taken yet (``drop``) that stand, from the edge on, where the
    bands of at least ``least`` pages print the same text, each shaped like a head's line or a piece
    of one; a place where every band has a copy taken already passes whatever the copies read (a
    book's two heads).  Empty for a band that parts from the others before any such line."""
    agree = list(range(len(bands)))
    at = 0
    while True:
        here = [k for k in agree if len(bands[k]) > at]
        if here and all(bands[k][at] in drop for k in here):
            agree, at = here, at + 1
            continue
        keys = Counter(_exact_key(lines[bands[k][at]].text) for k in here)
        if not keys:
            break
        key, count = keys.most_common(1)[0]
        if count < least:
            break
        same = [k for k in here if _exact_key(lines[bands[k][at]].text) == key]
        shown = [lines[bands[k][at]] for k in same if bands[k][at] not in drop]
        if shown and (not (_may_repeat(shown[0]) or _band_piece(shown[0])) or any(ln.given_heading for ln in shown)):
            break
        agree, at = same, at + 1
    out: list[list[int]] = [[] for _ in bands]
    for k in agree:
        out[k] = [i for i in bands[k][:at] if i not in drop]
    return out


def _band_from_edge(lines: Sequence[Line], span: range, step: int, drop: AbstractSet[int],
                    numbers: AbstractSet[int]) -> list[int]:
    """(word71) A page's band read from its edge (``step`` 1 from the top, -1 from the foot), page
    numbers passed over: the copies taken there (``drop``), then the lines past them — at most
    ``BAND_LINES`` lines, pieces an extractor cut off a printed line (``_band_piece``) counted
    together as one, at most ``CUT_PIECES_MAX`` of them — and any copy taken amid those (pypdf cuts
    the head 「清河镇2025年工作大事记」 at its fonts: the copies of 「清河镇」 and 「年工作大事记」 stand
    either side of 「2025」, the unit's line and the date's pieces after them).  Empty where no copy
    was taken at the edge."""
    band: list[int] = []
    printed = pieces = 0
    piece_before = False
    i = span.start if step > 0 else span.stop - 1
    while span.start <= i < span.stop:
        if i in numbers:
            i += step
            continue
        if i in drop:
            band.append(i)
            i += step
            continue
        if not band:
            break   # (no copy at the edge: no band found on this page)
        piece = _band_piece(lines[i])
        if piece:
            pieces += 1
            if pieces > CUT_PIECES_MAX:
                break
        if not (piece and piece_before):
            printed += 1
            if printed > BAND_LINES:
                break
        band.append(i)
        piece_before = piece
        i += step
    return band


def _band_piece(line: Line) -> bool:
    """(word71) A short piece of a band's printed line cut off at a font (``_cut_piece``: 「2025」,
    「年」, 「10」): figures a Latin face set, or words — never a mark alone (a circled marker, 「①」,
    under a head on every page is a note's or a list's sign, text) — reading as a head's words do:
    no clause punctuation, no sentence end (「电。」, a sentence's rest cut off at a page break, is
    the page's text)."""
    text = line.text.strip()
    return _cut_piece(line) and (text.isascii() and text.isdigit() or WORD_CHAR_RE.search(text) is not None) \
        and PROSE_PUNCT_RE.search(text) is None and not ends_sentence(text)


def _dated_rest(rest: Sequence[Line]) -> bool:
    """(word71) A band's rest carries the head's dates: a line of dates only (``dated_only``), or
    pieces in a row that read as one joined (「2026」 / 「年」 / 「10」 / 「月」)."""
    joined = ""
    for line in rest:
        if dated_only(line.text):
            return True
        joined = joined + line.text.strip() if _band_piece(line) else ""
        if joined and dated_only(joined):
            return True
    return False
