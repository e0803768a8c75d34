"""Where the pages of a text end: page starts and page-number lines.

Extractors hand pages over in different ways: form feeds (pdftotext, pdfminer, office
plain text), a lone leading space on a page's first line (some exports), or not at all
(pypdf, pdfplumber, PDFium, text pasted from a viewer) — then only the page numbers tell.
``find_pages`` reads all of them into one ``Pages``.

A page number is known by its shape (``— 3 —``, ``第 3 页 共 9 页``, ``3 / 9``), also when an
extractor cut it at each digit run (``第`` / ``3`` / ``页 共`` / ``9`` / ``页``).  Digits alone
(``26``) are as often a year or a count that an extractor put on a line of its own, so such a
line is a page number only where a page ends: at the edge of a page the reader marked, where
its value continues the running sequence of page numbers (``1`` … ``2`` … ``3`` a page apart),
at the very start or end of the text (after the head's words pypdf cut it from), or set off by
blank lines as a block of its own; on the one page a reader marked, ``1`` ending a block amid the
text (pdftotext writes the page's foot after the left column; no page break) — and never when
the next line starts with a unit (``2026`` / ``年``).  A newspaper's folio (``第3版``) is read
the same way, at a page's edge or in the run of the pages' numbers — not for being set off by
blank lines, nor for opening the text (a folio in the page's head goes with the head,
``pagehead``) — and never where it ends the 来源 line above it (``shapes.source_rest``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import AbstractSet, Sequence

from booklet.clean.lines import Line
from booklet.clean.midsentence import between_halves, full_width
from booklet.shapes import (BARE_NUMBER_RE, LETTERED_PAGE_RE, BRACKETED_FOLIO_FIRST, BRACKETED_FOLIO_RE, BRACKETED_NUMBER_RE, NO_LINE_START, CJK_CHAR_RE, ROMAN_GRADE_RE, EDITION_FOLIO_RE, LATIN_RUN_RE, LABEL_RE, NUMBERED_RE, WORDY_RE, ITEM_NUMBER_RUN_RE, REFERENCE_LABEL_RUN_RE, NUMBER_UNIT_FIRST, OPENERS,
                            PAGE_NUMBER_MAX_CHARS, PAGE_NUMBER_RE, NUMBER_ALONE_RE, PAGE_PIECE_FIRST, is_page_number, source_rest, citation_page_rest)

_DIGITS_RE = re.compile(r"\d+")
_SPACES_RE = re.compile(r"\s+")
# A page number cut in pieces has at most this many (``第`` ``3`` ``页 共`` ``9`` ``页``).
PAGE_PIECES_MAX = 5
# Digits alone are a page number within this many lines of a page edge the reader marked (the
# number may sit under a running footer, or above the header of the next page).
EDGE_RANK = 2
# A page number within this many lines of the top of the text is printed in the header (the
# pages start that many lines before each number), else in the footer (they start after it).
HEADER_NUMBER_RANK = 3
# (pypdf59) A folio printed at both edges with a one-line running head before the head's copy
# (``{title}|{n}``) comes as foot folio, head words, head folio: the two copies this many lines apart.
EDGE_FOLIOS_APART = 2
# A running head's words hold at least this many characters: shorter words before a number label
# what follows (``材料`` / ``1``, ``图`` / ``1``).
HEAD_WORDS_MIN_CHARS = 4
# A running sequence of page numbers has at least this many members when the pages are not
# marked (two numbers a page apart, ``1`` … ``2``, already make one: a two-page document).
SEQUENCE_MIN = 2
# A design that numbers one side of each spread only (the verso's foot carries the folio, the recto's
# head the title) numbers every other page: 2 … 4 … 6.  Even digits alone on their lines also come
# from the text, so such a chain needs a third member before it is read as the pages' numbers.
ALTERNATE_SEQUENCE_MIN = 3
# (lone69) … but two are enough where each stands between a sentence's two halves (``midsentence``).
INSIDE_SEQUENCE_MIN = 2
# (edge70) Folios in brackets stand a page apart, at least this many lines (a pocket page holds ten
# lines or more); labels a list numbers in brackets, cut off their entries, stand one to three apart.
BRACKETED_FOLIOS_APART = 5
# (verso68) The steps a head's page numbers rise by from one page of its copies to the next: one
# (a head over every page), or two where the copies are a head printed over the versos only.
HEAD_NUMBER_STRIDES = (1, 2)
# A page number printed in a running head has at most this many digits (a book of 9999 pages).
HEAD_NUMBER_MAX_DIGITS = 4
# The space a clause number's words follow in Chinese standards (GB/T 1.1): one ideographic space.
EM_SPACE = "\u3000"


@dataclass(frozen=True, slots=True)
class Pages:
    """The pages of a text: the index of each page's first line, and the page-number lines."""

    starts: tuple[int, ...]        # sorted; starts[0] == 0 when there are lines
    numbers: frozenset[int]        # indices of page-number lines (each piece of a cut one)
    marked: bool                   # the reader knew the pages (form feeds, PDF pages)

    def page_of(self, i: int) -> int:
        """The 0-based page that line ``i`` is on."""
        return bisect_right(self.starts, i) - 1

    def span(self, page: int, total: int) -> range:
        """The line indices of ``page`` (``total``: the number of lines)."""
        end = self.starts[page + 1] if page + 1 < len(self.starts) else total
        return range(self.starts[page], end)


def find_pages(lines: Sequence[Line]) -> Pages:
    """Page starts and page-number lines of ``lines`` (see the module docstring)."""
    if not lines:
        return Pages((), frozenset(), False)
    marked_starts = [0] + [i for i, line in enumerate(lines) if line.page_start and i]
    # one pass picks the few short lines that could be a page number or a piece of one
    short = [i for i, line in enumerate(lines) if line.text[:1] in PAGE_PIECE_FIRST
             and len(line.text) <= PAGE_NUMBER_MAX_CHARS and not line.given_heading]
    # (mupdf85) a reference's page cut off its line (「…2025年版，」 / 「第112页」) is the text's, not a folio
    numbers = {i for i in shaped_numbers(lines, short) if not _citation_rest(lines, i)}
    candidates = [i for i in short if i not in numbers and folio_value(lines[i].text) is not None
                  and not _glued(lines, i) and not _source_rest(lines, i)]
    # (edge70) a folio in brackets is a candidate as digits alone are, where no note shares its number
    candidates = sorted(candidates + bracketed_once(lines))
    # (a paper's folio, 第3版, is read at a page's edge and in the run of the pages' numbers only: a
    # folio in the page's head goes with the head, ``pagehead``; pdftotext sets every block apart)
    digits = [i for i in candidates if lines[i].text.isdecimal()]
    numbers |= {i for i in digits if _set_off(lines, i)}
    first = lines[0].raw.page
    if first is not None and lines[-1].raw.page != first:   # the reader knew the pages
        numbers |= _at_marked_edges(candidates, marked_starts, len(lines))
        numbers |= _page_ordinals(candidates, marked_starts, lines)
        return Pages(tuple(marked_starts), frozenset(numbers), True)
    # a lone leading space marks some page starts at best: the page numbers tell the rest.  A
    # document numbers its pages one way: with page numbers of a shape (— 3 —), digits alone
    # in the text never run on as page numbers
    # (verso folios only: page numbers, but no page starts of their own — the repeats tell them)
    alternate = set() if numbers else alternate_sequence(lines, candidates)
    if not numbers:
        run = running_sequence(lines, candidates)
        # (pypdf75) two digits a page apart by chance (a verso's folio 「4」, a count 「5」 cut off at its
        # face) make no sequence where the versos' folios run on longer by two
        numbers |= set() if _versos_outrun(run, alternate) else run
    alternate = set() if numbers else alternate or inside_sequence(lines, digits) or verso_pairs(lines, digits)
    numbers |= {i for i in candidates if i == len(lines) - 1}
    numbers |= {i for i in digits if i == 0 or (i == 1 and _head_words(lines[0], lines[1]))}
    starts = sorted(set(marked_starts).union(_starts_after(numbers, len(lines))))
    edges = foot_folios(lines, numbers, candidates)
    numbers |= alternate | head_folios(lines, numbers, candidates) | edges
    # (the head's words between a foot folio and the head's copy open the next page; a start the
    # run put a few lines after it counted from a copy the run took at the page's foot instead)
    opened = {i + 1 for i in edges if i + EDGE_FOLIOS_APART in edges}
    if opened:
        starts = sorted(opened.union(s for s in starts if not any(0 < s - o <= HEADER_NUMBER_RANK for o in opened)))
    if first is not None and not numbers:
        # one page the reader marked: its number is its ordinal, where pdftotext writes the page's
        # foot after the column above it — a block's end amid the text; that is no page break
        numbers |= {i for i in candidates if folio_value(lines[i].text) == 1 and _ends_block(lines, i)}
    return Pages(tuple(starts), frozenset(numbers), False)


def head_folios(lines: Sequence[Line], numbers: set[int], candidates: Sequence[int]) -> set[int]:
    """Digit lines that number a page at its head as well as at its foot: a design that prints the
    folio at both edges has the extractor write page ``n``'s foot folio and page ``n + 1``'s head
    folio on consecutive lines (``3`` / ``4``); the line straight after a page number, holding
    the next value, is that page's number (no page start of its own: the one before starts it)."""
    found = set()
    for i in candidates:
        before = printed_value(lines[i - 1].text) if i and i - 1 in numbers else None
        if before is not None and folio_value(lines[i].text) == before + 1:
            found.add(i)
    return found


def foot_folios(lines: Sequence[Line], numbers: set[int], candidates: Sequence[int]) -> set[int]:
    """Digit lines that number a page at its foot and at its head with a running head's words
    (``_head_words``, repeated in the text) between: a design that prints the folio at both edges, the head's copy after the head's words
    (``{title}|{n}``), has pypdf write page ``n``'s foot folio, page ``n + 1``'s head words and
    then its number (``1`` / ``问答`` / ``2``) — ``head_folios``' pair with one line between.  Two
    lone numbers so placed, the second one more, are both page numbers where either is, or where
    the pages' run holds the value of either (the run took the other copies: heads, or feet)."""
    values = {folio_value(lines[i].text) for i in numbers}
    found: set[int] = set()
    pairs = [(a, b) for a, b in zip(candidates, candidates[1:]) if b - a == EDGE_FOLIOS_APART
             and _head_words(lines[a + 1], lines[b])]
    if not pairs:
        return found
    # (the words between are a running head's: they repeat — 「提前准备」 / 「1」 / 「至」 / 「2」 / 「份…」 is text)
    repeated = Counter(line.text for line in lines)
    for a, b in pairs:
        if repeated[lines[a + 1].text] < 2:
            continue
        low, high = folio_value(lines[a].text), folio_value(lines[b].text)
        if low is not None and high == low + 1 and (a in numbers or b in numbers or low in values or high in values):
            found |= {a, b}
    return found


def folio_value(text: str) -> int | None:
    """The page's number a line may be by its evidence alone: digits alone (``26``), a
    newspaper's folio (``第3版``, ``shapes.EDITION_FOLIO_RE``) or a number in brackets
    (``[12]``, ``shapes.BRACKETED_FOLIO_RE``: a candidate only as ``bracketed_once`` says); else None."""
    if text.isdecimal() and len(text) <= HEAD_NUMBER_MAX_DIGITS:
        return int(text)
    if text[:1] in BRACKETED_FOLIO_FIRST and (bracketed := BRACKETED_FOLIO_RE.match(text)) is not None:
        return int(next(group for group in bracketed.groups() if group is not None))
    edition = EDITION_FOLIO_RE.match(text)
    return int(edition["n"]) if edition is not None else None


def bracketed_once(lines: Sequence[Line]) -> list[int]:
    """(edge70) The lines that are a number in brackets alone (``shapes.BRACKETED_FOLIO_RE``:
    「[3]」, 「〔3〕」) whose bracketed number the text prints nowhere else.  A note's number is
    printed twice, where the text cites it and where its note answers it (「…如下。[1]」 … 「[1]参见…」,
    or both cut onto lines of their own); a folio's number is printed once, on its page.  Such a line
    is a page number only where the page evidence holds, as digits alone are (``find_pages``)."""
    shaped = [i for i, line in enumerate(lines) if line.text[:1] in BRACKETED_FOLIO_FIRST
              and BRACKETED_FOLIO_RE.match(line.text) is not None]
    if not shaped:
        return []
    # (one scan over the lines joined by a character no bracketed number holds — ``\s`` and ``\d`` match
    # no NUL — so none runs across two lines: a pattern's call per line cost more than the scan)
    printed = Counter(_SPACES_RE.sub("", mark)
                      for mark in BRACKETED_NUMBER_RE.findall("\x00".join([line.text for line in lines])))
    # (a list's labels pypdf cut off their entries, 「[1]」 / 「张三．…」 / 「[2]」, stand a few lines
    # apart; folios stand a page apart)
    # (and a marker pypdf cut off inside its printed line, the line after it opening on what no
    # printed line opens on — 「…固化为制度」 / 「[2]」 / 「。市直机关」 — is the text's: a sentence goes on
    # across it, where a page's folio stands outside the text)
    return [i for k, i in enumerate(shaped) if printed[_SPACES_RE.sub("", lines[i].text)] == 1
            and not (i + 1 < len(lines) and lines[i + 1].text[:1] in NO_LINE_START)
            and (k == 0 or i - shaped[k - 1] >= BRACKETED_FOLIOS_APART)
            and (k + 1 == len(shaped) or shaped[k + 1] - i >= BRACKETED_FOLIOS_APART)]


def printed_value(text: str) -> int | None:
    """(lone69) The page's number a page-number line prints: ``folio_value``, or the page's own
    number in a number of a shape (``— 1 —``, ``第 3 页 共 9 页``, ``3 / 9``: the first figures; a
    count alone, ``共 9 页``, numbers no page).  A design that sets a shaped folio at the foot and
    the bare one at the next page's head (``— 1 —`` / ``2``) has both read as one run."""
    value = folio_value(text)
    if value is not None or not is_page_number(text) or text.lstrip().startswith("共"):
        return value
    figures = _DIGITS_RE.search(text)
    return int(figures.group()) if figures is not None else None


def _value(line: Line) -> int:
    """``folio_value`` of a candidate line (one that has it)."""
    value = folio_value(line.text)
    assert value is not None
    return value


def head_numbers(lines: Sequence[Line], pages: Pages, heads: set[int]) -> set[int]:
    """Digit lines beside a running head's copy that are its page number, cut off at its font:
    pypdf ends a line at each change of font, so a head printed with the number at its end in a
    Latin face (``抓早抓实民生实事 确保群众温暖过冬  2``, ``渡口  2``) comes as the head's words, then
    the number (or the number first, on the outer side of a left page).  The words repeat page
    after page and are found as a head (``heads``); the number changes with the page, so it is
    known by where it stands — on the head's page, next to it — and by its value: the page's
    ordinal plus one offset for all of them (a book may count its pages from its cover).  One
    such number alone is taken only at offset none (page 2 numbered 2); a count that opens the
    body (``2026`` / ``年``) binds to its unit and is no number of a page.

    (verso68) Where the pages are the copies of a head printed on one side of the spreads only
    (``理论学习丛书  2`` over the versos, the section in force over the rectos), each page the copies
    give is a spread: the numbers rise by two (``HEAD_NUMBER_STRIDES``).  Beside a head's copy a
    number is read whatever follows it — pypdf writes the next line's first character after it
    (``2`` / ``位？``, a unit only by chance): the copy, not the text, says what it is."""
    if not heads or not pages.starts:
        return set()
    by_offset: dict[tuple[int, int], list[int]] = {}
    for h in heads:
        page = pages.page_of(h)
        for i in (h - 1, h + 1):
            if not 0 <= i < len(lines) or i in heads or i in pages.numbers or pages.page_of(i) != page:
                continue
            value = _head_number(lines[i].text)
            if value is not None and not lines[i].given_heading \
                    and lines[i].role is None and not _opens_count(lines, i, h) \
                    and not (i + 1 < len(lines) and em_spaced_piece(lines, i + 1)):
                for stride in HEAD_NUMBER_STRIDES:
                    by_offset.setdefault((stride, value - _printed_page(page, stride)), []).append(i)
    if not by_offset:
        return set()
    (_, offset), found = max(by_offset.items(), key=lambda item: (len(set(item[1])), item[0][1] == 0, -item[0][0]))
    return set(found) if len(set(found)) >= SEQUENCE_MIN or offset == 0 else set()


def _head_number(text: str) -> int | None:
    """The page number a line beside a head's copy may print: digits alone (``2``), or (news74) a
    paper's lettered page (「A1」, ``shapes.LETTERED_PAGE_RE``: pdftotext writes the head's row as
    blocks, 「江城晚报」 / 「城事」 / 「2026年5月3日」 / 「A1」, the number changing with the page, the
    words repeating); else None."""
    if text.isdecimal() and len(text) <= HEAD_NUMBER_MAX_DIGITS:
        return int(text)
    lettered = LETTERED_PAGE_RE.match(text.strip())
    return int(lettered["n"]) if lettered is not None else None


def lettered_folios(lines: Sequence[Line]) -> set[int]:
    """(news74) A paper's lettered page numbers written as blocks of their own, one per page
    (「A1」 … 「A2」: pdftotext cuts them off the head's row, and may write them anywhere on their
    page — among a kicker's lines, after the page's foot): lines that are only a lettered page
    (``shapes.LETTERED_PAGE_RE``), set off by blank lines, of one letter, numbered 1, 2 … with no
    gap and none twice, at least ``SEQUENCE_MIN`` of them.  A text's own label 「A1」 (a grid's cell,
    a seat) comes with the rest of its sentence or its table, not as a run of numbered blocks."""
    # (the blank lines and the last character asked first: most lines of a text follow another or end
    # in no digit, and pay no pattern — ``\d`` is a digit ``str.isdigit`` knows)
    found = [(i, m) for i, line in enumerate(lines)
             if (i == 0 or line.blanks_before > 0) and (line.text[-1:].isdigit() or line.text[-1:].isspace())
             and (m := LETTERED_PAGE_RE.match(line.text.strip())) is not None and not line.given_heading
             and (i + 1 == len(lines) or lines[i + 1].blanks_before > 0)]
    if len(found) < SEQUENCE_MIN or len({m.group(0)[0] for _i, m in found}) != 1:
        return set()
    values = [int(m["n"]) for _i, m in found]
    return {i for i, _m in found} if values == list(range(1, len(values) + 1)) else set()


def _printed_page(page: int, stride: int) -> int:
    """The printed page a ``Pages`` page ``page`` (from 0) is numbered as: the next one, or, where
    each page is a spread whose verso alone carries the head, the spread's verso (``2 × page``)."""
    return page + 1 if stride == 1 else stride * page


def _opens_count(lines: Sequence[Line], i: int, head: int) -> bool:
    """The digits of line ``i`` beside a head's copy bind to the line after them (``2026`` /
    ``年…``, ``_glued``) — unless the head's copy comes straight before them: the head's words and
    its number are one row, and the line after them is the page's text (``理论学习丛书`` / ``2`` /
    ``位？`` — the last line of the page before wrapped 「保证水」 / 「位？」)."""
    return _glued(lines, i) and head != i - 1


def _ends_block(lines: Sequence[Line], i: int) -> bool:
    """A blank line comes after line ``i`` (or the text ends there)."""
    return i + 1 == len(lines) or lines[i + 1].blanks_before > 0


def _opens_chinese(text: str) -> bool:
    """A piece's text opens in the Chinese face: on an ideograph or a Chinese mark, or on a grade in Roman
    numerals before an ideograph (``shapes.ROMAN_GRADE_RE``: 「Ⅳ级响应」, set in the Chinese face as its word is —
    pypdf cut no line at it)."""
    return CJK_CHAR_RE.match(text[:1]) is not None or ROMAN_GRADE_RE.match(text) is not None


def spaced_piece(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is the title of the section number before it: pypdf ends a line at each change
    of font and writes the space between a number in a Latin face and the Chinese title after it
    as the next line's first character (``2.1`` / `` 政务数据``, ``3`` / `` 基本原则``).  Such a
    lone leading space is no page mark, and the number no page number.  A title has no clause
    punctuation, and no blank line comes between (an extractor that cuts runs puts none), nor a
    form feed (one printed line is on one page): after a page number (``26`` / `` 济社会发展，…``,
    ``1`` / blank / `` 运河与江城的兴衰``, ``2`` / form feed / `` 习近平：…``) a new page goes on."""
    line = lines[k]
    if k <= 0 or not line.lead_space or line.blanks_before or line.clause or line.final or not _opens_chinese(line.text):
        return False
    prev = lines[k - 1]
    if prev.raw.page != line.raw.page:
        return False
    return not prev.given_heading and prev.role is None and NUMBER_ALONE_RE.match(prev.text) is not None


def em_spaced_piece(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is the words of the clause number before it, set after an ideographic space
    (GB/T 1.1's ``4.1　选址``, ``4.1.1　城市书房宜设在…``, as Word sets a numbered clause): the
    number in a Latin face, pypdf ends the line at the change of font and writes the space, in
    the Chinese face, as the next line's first character.  One ideographic space is no indent (a
    first-line indent is two), and a page's first line never follows on the same page.  The
    clause's words may be prose (a clause without a title), so unlike ``spaced_piece`` clause
    marks are allowed; the number is a Latin run ending in a digit (a standard's number,
    ``GB/T`` / ``28220`` / ``　公共图书馆服务规范``, is set so too)."""
    if k <= 0:
        return False
    line, prev = lines[k], lines[k - 1]
    raw = line.raw.text
    if not line.indent or raw[:1] != EM_SPACE or raw[1:2].isspace() or line.blanks_before \
            or not _opens_chinese(line.text) or prev.raw.page != line.raw.page:
        return False
    return not prev.given_heading and prev.role is None and prev.text[-1:].isdigit() \
        and LATIN_RUN_RE.match(prev.text) is not None


# What opens a list item's printed line in a Latin face, cut off with its space by pypdf: Word's item
# number (``1.``, ``(2)``) or a reference list's label (``[1]``).
_ITEM_LEADS = (ITEM_NUMBER_RUN_RE, REFERENCE_LABEL_RUN_RE)


def spaced_item(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is the text of the list item numbered by the line before: Word's numbering in a
    Latin face (``1.``, ``(2)``) or a reference list's label (``[1]``, ``shapes.REFERENCE_LABEL_RUN_RE``)
    with the space after it starting the next line (``1.`` / `` 打开浏览器，…``, ``[1]`` / `` 王浦劬．…``).
    The item's point or the label's brackets say it is no page number, so the text may be prose, and
    the lone space no page mark."""
    line, prev = lines[k], lines[k - 1] if k > 0 else None
    return prev is not None and line.lead_space and not line.blanks_before and not prev.given_heading \
        and prev.role is None and any(rx.match(prev.text) is not None for rx in _ITEM_LEADS) \
        and CJK_CHAR_RE.match(line.text[:1]) is not None


def _set_off(lines: Sequence[Line], i: int) -> bool:
    """Blank lines before and after: a block of its own, where an extractor puts the page number
    (a number it split off a sentence comes with no blank line)."""
    return lines[i].blanks_before > 0 and i + 1 < len(lines) and lines[i + 1].blanks_before > 0


def _head_words(line: Line, number: Line) -> bool:
    """The text's first line is a running head's words, the page number after it cut off at its
    font (pypdf ends a line at each change of font: ``运河与江城的兴衰`` / ``1`` for ``运河与江城的
    兴衰  1``): a line of words — no clause punctuation, no sentence end, no numbering of its own —
    and no label the number completes (``材料`` / ``1``: shorter words before a number label what
    follows, ``HEAD_WORDS_MIN_CHARS``)."""
    return not (line.clause or line.final or line.given_heading or line.role is not None) \
        and len(line.text.strip()) >= HEAD_WORDS_MIN_CHARS and WORDY_RE.search(line.text) is not None \
        and NUMBERED_RE.match(line.text) is None and LABEL_RE.match(line.text + number.text) is None


def _source_rest(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` ends the 来源 line above it on the same page (``shapes.source_rest``: 「来源：《江城
    日报》2026年9月18日」 / 「第3版」): the edition it cites, not the page's folio."""
    return i > 0 and lines[i - 1].raw.page == lines[i].raw.page and source_rest(lines[i - 1].text, lines[i].text)


def _citation_rest(lines: Sequence[Line], i: int) -> bool:
    """(mupdf85) Line ``i`` is the page the reference above it on the same page still owes
    (``shapes.citation_page_rest``: 「江城人民出版社2025年版，」 / 「第112页」)."""
    return i > 0 and lines[i - 1].raw.page == lines[i].raw.page \
        and citation_page_rest(lines[i - 1].text, lines[i].text)


def _glued(lines: Sequence[Line], i: int) -> bool:
    """The number binds to its neighbours: a unit after it (``2026`` / ``年…``), or brackets
    around it (``（`` / ``1`` / ``）优秀调研报告…``)."""
    return (i + 1 < len(lines) and (lines[i + 1].text[:1] in NUMBER_UNIT_FIRST or spaced_piece(lines, i + 1))) \
        or (i > 0 and lines[i - 1].text[-1:] in OPENERS)


def shaped_numbers(lines: Sequence[Line], short: Sequence[int]) -> set[int]:
    """Of the ``short`` lines, those that are a page number by shape (``— 3 —``, ``第 3 页``,
    ``3 / 9``) or begin a run of pieces of one that an extractor cut at each digit run; digits
    alone are left to ``find_pages``."""
    out: set[int] = set()
    for i in short:
        text = lines[i].text
        if i in out:
            continue
        if PAGE_NUMBER_RE.match(text) is not None:
            if BARE_NUMBER_RE.match(text) is None:
                out.add(i)
            continue
        out.update(_pieces(lines, i))
    return out


def _pieces(lines: Sequence[Line], i: int) -> range:
    """Lines ``i`` … that together make a page number (the longest such run), else empty."""
    joined = lines[i].text
    found = range(0)
    for j in range(i + 1, min(len(lines), i + PAGE_PIECES_MAX)):
        joined += lines[j].text
        if len(joined) > PAGE_NUMBER_MAX_CHARS:
            break
        if PAGE_NUMBER_RE.match(joined) is not None and BARE_NUMBER_RE.match(joined) is None:
            found = range(i, j + 1)
    return found


def _at_marked_edges(candidates: Sequence[int], starts: Sequence[int], total: int) -> set[int]:
    """Digit lines within ``EDGE_RANK`` lines of the start or end of a page the reader marked."""
    out = set()
    for i in candidates:
        k = bisect_right(starts, i) - 1
        end = starts[k + 1] if k + 1 < len(starts) else total
        if i - starts[k] < EDGE_RANK or end - 1 - i < EDGE_RANK:
            out.add(i)
    return out


def _page_ordinals(candidates: Sequence[int], starts: Sequence[int], lines: Sequence[Line]) -> set[int]:
    """Digit lines whose value is their page's ordinal plus one offset, on two pages or more:
    the page number where an extractor printed it amid the page's text (pdftotext puts the
    footer of a two-column page after the left column)."""
    by_offset: dict[int, list[int]] = {}
    for i in candidates:
        by_offset.setdefault(_value(lines[i]) - bisect_right(starts, i), []).append(i)
    best = max(by_offset.values(), key=lambda found: len({bisect_right(starts, i) for i in found}), default=[])
    return set(best) if len({bisect_right(starts, i) for i in best}) >= SEQUENCE_MIN else set()


def running_sequence(lines: Sequence[Line], candidates: Sequence[int]) -> set[int]:
    """Digit lines whose values run on page by page (``1`` … ``2`` … ``3``): the longest chain
    of values rising by one, its links as even as the pages (a number in the text between
    two page numbers of the same value is passed over)."""
    return _sequence(lines, candidates, 1, SEQUENCE_MIN)


def _versos_outrun(run: AbstractSet[int], alternate: AbstractSet[int]) -> bool:
    """(pypdf75) The versos' folios (``alternate_sequence``) outnumber the chain rising by one
    (``running_sequence``): a document numbers its pages one way, and where its folios stand on the
    versos only (a verso head 「{n}|{title}」, the recto's head the title alone) the chain by one is two
    digits that happen to stand a page apart — a verso's folio and a count pypdf cut off at its face
    (「4」 … 「5」 of 「5个」), or two counts.  Where every page is numbered, the chain by one holds
    every folio and the versos' chain half of them: it is never the shorter there."""
    return len(alternate) > len(run)


def alternate_sequence(lines: Sequence[Line], candidates: Sequence[int]) -> set[int]:
    """The numbers of one side of the spreads (``2`` … ``4`` … ``6``: values rising by two, at
    least ``ALTERNATE_SEQUENCE_MIN`` of them) — a design that sets its folio on the versos only.
    They are page numbers, but tell every other page start only (the others: the running heads)."""
    return _sequence(lines, candidates, 2, ALTERNATE_SEQUENCE_MIN)


def inside_sequence(lines: Sequence[Line], digits: Sequence[int]) -> set[int]:
    """(lone69) The verso folios of a short text, two of them (``2`` … ``4``), where each stands
    between a sentence's two halves (``midsentence``): digits alone inside a sentence are no count
    of the text — a number the text holds runs on with its words or its unit on the line — so
    there they need no third member to be read as the pages' numbers."""
    if len(digits) < INSIDE_SEQUENCE_MIN:
        return set()
    full = full_width(lines)
    inside = [i for i in digits if between_halves(lines, i, full, words=False)]
    return _sequence(lines, inside, 2, INSIDE_SEQUENCE_MIN)


def verso_pairs(lines: Sequence[Line], digits: Sequence[int]) -> set[int]:
    """(habits90) The verso folios of a short book, two of them (``2`` … ``4``), each with the same
    words beside it on the same side: a book's verso head sets the folio at its outer edge and the
    book's (or the part's) title beside it (「2  理论学习读本」 … 「4  理论学习读本」), and pypdf, ending
    a line at each change of font, writes the folio and the words as two lines (「2」 / 「理论学习读本」);
    the rectos print the chapter in force, so no third copy comes.  A count the text holds runs on
    with what it counts; the same line of words beside two digits two apart is a head
    (``_head_words``: no clause punctuation, no sentence end, no numbering of its own)."""
    if len(digits) < INSIDE_SEQUENCE_MIN:
        return set()
    beside: dict[tuple[int, str], list[int]] = {}
    for i in digits:
        for side in (-1, 1):
            k = i + side
            if 0 <= k < len(lines) and _head_words(lines[k], lines[i]):
                beside.setdefault((side, "".join(lines[k].text.split())), []).append(i)
    out: set[int] = set()
    for where in beside.values():
        if len(where) >= INSIDE_SEQUENCE_MIN:
            out |= _sequence(lines, where, 2, INSIDE_SEQUENCE_MIN)
    return out


def _sequence(lines: Sequence[Line], candidates: Sequence[int], step: int, least: int) -> set[int]:
    """``running_sequence``'s chain of values rising by ``step`` (empty: under ``least``)."""
    chain = _longest_chain(lines, candidates, None, step)
    if len(chain) < least:
        return set()
    gaps = sorted(b - a for a, b in zip(chain, chain[1:]))
    chain = _longest_chain(lines, candidates, gaps[len(gaps) // 2], step)
    return set(chain) if len(chain) >= least else set()


def _longest_chain(lines: Sequence[Line], candidates: Sequence[int], gap: int | None, step: int = 1) -> list[int]:
    """Candidates whose values rise by ``step`` in line order; among equally long chains the link
    nearest ``gap`` lines (or, with no ``gap`` yet, the latest predecessor) is taken."""
    ends: dict[int, list[tuple[int, int]]] = {}   # value → (chain length, index) of chains ending there
    before: dict[int, int] = {}
    best = (0, -1)
    for i in candidates:
        value = _value(lines[i])
        options = ends.get(value - step, ())
        length = max((n for n, _ in options), default=0) + 1
        tied = [j for n, j in options if n == length - 1]
        if tied:
            before[i] = tied[-1] if gap is None else min(tied, key=lambda j: (abs(i - j - gap), -j))
        ends.setdefault(value, []).append((length, i))
        if length >= best[0]:
            best = (length, i)
    chain = []
    i = best[1]
    while i >= 0:
        chain.append(i)
        i = before.get(i, -1)
    return chain[::-1]


def _starts_after(numbers: set[int], total: int) -> list[int]:
    """Page starts when only the page numbers tell: after each run of page-number lines (a
    footer), or — when the first number comes in the first few lines (a header) — as many
    lines before each number as the first one stands from the top."""
    runs = [i for i in sorted(numbers) if i - 1 not in numbers]
    if not runs:
        return [0]
    lead = runs[0]
    if lead < HEADER_NUMBER_RANK and (len(runs) == 1 or lead < (runs[1] - runs[0]) / 2):
        return sorted({0, *(max(0, i - lead) for i in runs)})
    starts = [0]
    for i in sorted(numbers):
        if i + 1 < total and i + 1 not in numbers and i + 1 > starts[-1]:
            starts.append(i + 1)
    return starts
