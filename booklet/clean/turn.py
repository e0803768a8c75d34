"""Which run of a one-page column text comes first, read from how a news item is built.

A news item opens on its headline (kicker, title, subtitle) and its byline or dateline
(「本报讯（记者 周婷）」), goes on in its body, and may close on its 来源 line.  An extractor that
writes a page by boxes or rows (pdfminer, pdftotext, pdfplumber) writes the last column first
where that column starts higher on the page than the first column's headline, set with space
above it: the text then opens in the middle of an item and ends on another item's opening.  Such
a reading breaks the grammar where a page read in order does not: its *faults*, declared in
``_FAULTS``, each a function with its reason (a text opening on a photo's caption, or ending on a
numbered section heading, among them).  A legitimate text may open on prose before any
headline (an 编者按, a lead): prose first is no fault; only what the grammar cannot hold is.

The page is *turned* — read from a block on to its end, then from its start — where the turned
reading has strictly fewer faults than the extractor's (or as few, and its sections and items
count up in turn more often: 「一、」 「二、」 「三、」) and its one new join (the page's end to
its start) can go on: a page ending inside a sentence goes on in a line that does not open a
block of its own.  Of the turns that mend most, the one whose sections and items come in turn
(「一、」 … 「二、」, 「（一）」 「（二）」: a text is numbered in reading order), then the one opening on a
kicker (a page's lead item is headed by 引题 over 主题), then one signed under its headline, then
the one moving fewest lines to the end.  A page of a longer text turns only where a piece of its
head was dropped inside it, whatever the faults: over a page break a reading's start and end are
other pages' too (``Turns``: ``ONE_PAGE``, ``LATER_PAGE``).  The line tests the page's order shares
(``open_line``, ``fresh_line``) live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM
from booklet.clean.flow import WORD_CONTEXT
from booklet.clean.lines import Line
from booklet.clean.pagehead import bare_name
from booklet.typeset.segment import word_across
from booklet.shapes import (BYLINE_LABEL_RE, COLOPHON_ROW_RE, CREDIT_RE, DASH_LED_RE, KICKER_END_RE, MID_WORD_END_RE, ORG_BYLINE_RE, SENTENCE_END_RE, SENTENCE_TAIL_RE, series_key,
                            FIELD_LINE_RE, SIGN_DATE_RE, SOURCE_LINE_RE, kicker_end, leaves_bracket_open, ordinal, series_ordinal)

Block = tuple[int, int]   # (start, end) of a block in its page's lines

# A line's part in a news item.
HEAD = "head"       # a headline's line, a byline, a dateline: it opens an item
BODY = "body"       # the item's text (a photo's caption among it)
SOURCE = "source"   # the 来源 line that closes an item (its wrapped rest too)


def open_line(line: Line, measure: float) -> bool:
    """The line was wrapped inside a sentence: it runs to the measure, a character or a clause
    mark last (a title or a date set short is no open line), with a clause mark in it (a line
    of prose, not of a title wrapped at a narrow column's edge), and it does not open a block
    of its own (「来源：《江城日报》…第2版」 ends a text though it ends on a character), nor on a photo
    credit (「…借用工具。 通讯员 邱明/摄」: the credit ends its caption)."""
    return line.clause and not line.opener and cut_at_measure(line, measure, _set_in(line))


def cut_at_measure(line: Line, measure: float, set_in: float = 0.0) -> bool:
    """The line was wrapped at the measure inside a sentence or a field: it fills the measure (less
    ``set_in``, the indent of a line that may open a paragraph, and ``FULL_SLACK_EM`` for a mark
    squeezed or hung at the edge) and it ends inside a word — no stop, no photo credit (「/摄」 ends
    its caption wherever the line stops).  The one test of a line cut at the measure: the page's
    order (``order``), its turn (``open_line``, ``ends_open``) ask it alike."""
    return (not line.final and line.width + line.unsure >= measure - FULL_SLACK_EM - set_in
            and MID_WORD_END_RE.search(line.text) is not None and CREDIT_RE.search(line.text) is None)


def ends_open(block: Sequence[Line], measure: float) -> bool:
    """The block's last line was wrapped inside a sentence (``open_line``) — also one with no clause
    mark of its own (「工委在2022年专题调研后曾」) where the line above it in the block is open:
    the paragraph runs on through it, so it is a line of prose, not a title's, and one as full
    as the measure ending inside a word is cut there as surely."""
    last = block[-1]
    if open_line(last, measure):
        return True
    return (len(block) > 1 and not last.clause and not last.opener and not last.listed
            and not last.blanks_before and open_line(block[-2], measure) and cut_at_measure(last, measure))


def _set_in(line: Line) -> float:
    """How far in the line may start: a block's first line is a paragraph's, set in by its indent
    (two em: clreq, GB/T 9704) — kept or dropped by the extractor — so it fills its line at the
    measure less that indent (a column's last line 「一张证明晚开一天，群众可能就」 opening a
    paragraph is cut inside its sentence as surely as a full one)."""
    return INDENT_EM if line.indent or line.blanks_before else 0.0


def title_line(line: Line, measure: float) -> bool:
    """A short line with no punctuation: a title, a kicker, a byline (not a sentence's last line) —
    or one wider than the column, with no space in it: a headline set across the columns (a row
    an extractor merged from two columns' lines holds a space between their pieces)."""
    return across(line, measure) or (not line.clause and not line.final
                                     and line.width + line.unsure < measure - FULL_SLACK_EM)


def fresh_line(line: Line, measure: float) -> bool:
    """The line opens a block of its own: a heading or list shape, a title, a kicker, a byline."""
    return line.opener or line.listed or title_line(line, measure)


def opens_item(line: Line, measure: float) -> bool:
    """The line stands in an item's opening: a title line, a byline or dateline, a kicker ending
    on its colon (「非遗工坊开进社区：」), a —— subtitle however wide (``_dash_subtitle``) — never a
    photo credit set short (「/摄」: its caption's)."""
    text = line.text
    if CREDIT_RE.search(text) is not None:
        return False
    return (title_line(line, measure) or BYLINE_LABEL_RE.match(text) is not None or _dash_subtitle(line)
            or not line.clause and text.endswith(("：", ":")) and line.width + line.unsure < measure)


def _dash_subtitle(line: Line) -> bool:
    """The line is a subtitle (副题): it opens on a dash and holds no punctuation
    (「——江城县农业科技园区建设纪实」).  A subtitle is set in the body's size or near it, so one
    as long as the column fills the measure as a prose line cut inside its sentence does — the width
    that tells a short title line from prose says nothing here; the dash does: no line of prose cut
    at the measure opens on one with no clause mark after it (a dash-led item of a list runs on
    in clauses)."""
    return not line.clause and DASH_LED_RE.match(line.text) is not None


def parts(page: Sequence[Line], measure: float) -> list[str]:
    """Each line's part in its item: a 来源 line (and the rest of it wrapped in its block) closes
    one, unless it stands in a headline (under the byline); a line that ``opens_item`` opens one,
    with the unpunctuated lines of its block above it; the rest is body.  A line a bracket left
    open goes on in takes that line's part (「（作者单位：江城市民政局社会救助」 / 「科）」 is one
    remark after the body, not a headline's two lines).  A signature's date line (「2026年2月15日」,
    GB/T 9704's 落款) closes its text as a 来源 line does; a field (「附件：…」) is body, however short."""
    out: list[str] = []
    sourced = False          # (the line before is a 来源 line's)
    field = False            # (the line before is a field's)
    for k, line in enumerate(page):
        sourced = SOURCE_LINE_RE.match(line.text) is not None or (
            sourced and not line.blanks_before and not line.final and not line.clause)
        # (a field's content cut inside a word goes on in the next line, a box's edge between or
        # not: 「附件：…提升行动任」 / 「务分工表」)
        field = FIELD_LINE_RE.match(line.text) is not None or (
            field and word_across(page[k - 1].text[-WORD_CONTEXT:], line.text[:WORD_CONTEXT]))
        if sourced:
            out.append(HEAD if k and out[-1] == HEAD else SOURCE)
        elif SIGN_DATE_RE.match(line.text) is not None:
            out.append(SOURCE)      # (a signature's date line closes its text, under its issuer)
        elif field:
            out.append(BODY)        # (a field, 「附件：…」 「联系人：…」, is content: never a headline's line)
        elif k and not line.blanks_before and leaves_bracket_open(page[k - 1].text):
            out.append(out[-1])     # (a remark wrapped inside its bracket is one remark: one part)
        else:
            out.append(HEAD if opens_item(line, measure) else BODY)
    # a headline wrapped at the column's edge: its full lines hold no punctuation either
    for k in range(len(page) - 2, -1, -1):
        line = page[k]
        if (out[k] == BODY and out[k + 1] == HEAD and not page[k + 1].blanks_before
                and not line.clause and not line.final and FIELD_LINE_RE.match(line.text) is None):
            out[k] = HEAD
        elif out[k] == BODY and out[k + 1] == HEAD and _headline_box(page, k, measure):
            out[k] = HEAD
    return out


# Clause marks a headline's line may hold: a headline parts its clauses by a comma (「秋粮颗粒归仓，冬种
# 接续铺开」) or a space, and never closes them — a stop, a colon or a semicolon is prose's or a kicker's.
HEADLINE_CLAUSE_MARKS = frozenset("，、")


def _headline_box(page: Sequence[Line], k: int, measure: float) -> bool:
    """(miner85) Line ``k``, a block of its own over a headline's line boxed alone as well, is the
    headline's first line though it holds a comma: a line short of the measure whose only clause
    marks part a headline's clauses (``HEADLINE_CLAUSE_MARKS``) and that ends on neither a stop nor a
    closing mark — a paragraph's last line ends its sentence, a line cut inside one runs to the
    measure.  pdfminer writes each line of a headline set with space between as a box of its own,
    so the back-pass over a wrapped headline's unpunctuated lines (``parts``) never reaches it."""
    text = page[k].text.rstrip()
    return bool(text) and _boxed_alone(page, k) and _headline_words(page[k], text, measure)


def _boxed_alone(page: Sequence[Line], k: int) -> bool:
    """Line ``k`` and the line under it each stand as a box of their own (blank lines around them):
    the headline line under it boxed alone too — a paragraph's first line set in, with no clause
    mark, reads as a title line to ``opens_item`` but goes on in its box."""
    return ((k == 0 or bool(page[k].blanks_before)) and bool(page[k + 1].blanks_before)
            and (k + 2 == len(page) or bool(page[k + 2].blanks_before)))


# Numberings that enumerate inside running text (「第三，」 「二是」 「其一，」): a sentence's opening in a
# speech's or a report's paragraph, never a headline's first line (the lead review of miner85: the
# seed-350 page where 「第三，要把守住不发生规」, the next column's lead-in boxed alone, was read as one).
RUNNING_SERIES = frozenset(("第一，", "一是", "其一"))


def _headline_words(line: Line, text: str, measure: float) -> bool:
    """The line's words read as a headline's first line: short of the measure (a line cut inside a
    sentence runs to it), its only clause marks a headline's (``HEADLINE_CLAUSE_MARKS``), ending on
    neither a stop nor a closing mark (a paragraph's last line ends its sentence), and opening on no
    enumeration of running text (``RUNNING_SERIES``)."""
    return (not line.final and line.width + line.unsure < measure - FULL_SLACK_EM
            and all(ch not in _CLOSING_MARKS or ch in HEADLINE_CLAUSE_MARKS for ch in text)
            and text[-1] not in _ENDING_MARKS and series_key(text) not in RUNNING_SERIES)


# Marks that close a clause or a sentence (a headline's line holds none but its commas) and marks a
# line of prose ends on (a closing quote or bracket after its stop).
_CLOSING_MARKS = frozenset("，、。！？；：,.!?;:…")
_ENDING_MARKS = frozenset("。！？；：.!?;:…”’」』）)》】")


def announces(line: Line) -> bool:
    """The line is a byline (a reporter's, an author's under the unit 「江城市民政局 张晓燕」), a
    dateline or a kicker — a line ending as a kicker ends over its title (``shapes.kicker_end``: a
    reporting verb, a colon, or the verb by which a meeting took up the title's matter, 「县政府召开专题
    会议部署」): it stands in an item's opening headline."""
    return (BYLINE_LABEL_RE.search(line.text) is not None or ORG_BYLINE_RE.search(line.text) is not None
            or kicker_end(line.text))


class Reading:
    """One reading of the page: its lines in order, each one's part, the page's measure, and the
    text's title as its running head names it (``title``: None where no head does)."""

    __slots__ = ("lines", "parts", "measure", "title")

    def __init__(self, lines: Sequence[Line], parts_: Sequence[str], measure: float, title: str | None = None) -> None:
        self.lines, self.parts, self.measure, self.title = lines, parts_, measure, title


def _closes_unopened(reading: Reading) -> bool:
    """A 来源 line closes the item above it, which opened on its headline — set over more than
    one line, or with a byline, a dateline or a kicker (a lone short line is a section's head):
    the reading's first 来源 line with no such headline before it closes an item never opened."""
    found = reading.parts
    return SOURCE in found and not _opened(reading, found.index(SOURCE))


def _opened(reading: Reading, end: int) -> bool:
    """An item opens on its headline among the reading's first ``end`` lines: a run of headline
    lines more than one long, or one holding a byline, a dateline or a kicker (a lone short line
    is a section's head)."""
    found, lines = reading.parts, reading.lines
    run = 0
    for k in range(end):
        run = run + 1 if found[k] == HEAD else 0
        if run > 1 or run and announces(lines[k]):
            return True
    return False


def _ends_on_opening(reading: Reading) -> bool:
    """An item's headline and byline go on in its body: a text ending on headline lines among
    which a byline, a dateline or a kicker stands opened an item it never gave."""
    found, lines = reading.parts, reading.lines
    k = len(found)
    while k and found[k - 1] == HEAD:
        k -= 1
    return any(map(announces, lines[k:])) and not signs_off(lines[k - 1:]) if k else any(map(announces, lines))


def signs_off(lines: Sequence[Line]) -> bool:
    """(miner88) A commentary signs at its end (「本报评论员 方若水」): a byline naming its signer, set alone
    after its body's closed last sentence with no headline line over it, signs the text above it — it
    opens no item.
    ``lines``: the body's last line, then the text's trailing head lines."""
    if len(lines) != 2:
        return False
    last, signer = lines
    return (SENTENCE_END_RE.search(last.text) is not None and not kicker_end(signer.text)
            and _SIGNER_NAMED_RE.search(signer.text) is not None
            and (BYLINE_LABEL_RE.search(signer.text) is not None or ORG_BYLINE_RE.search(signer.text) is not None))


# A signer names the one who signs, set apart from the role (「本报评论员 方若水」); a bare role (「本报评论员」) is an
# editorial's byline, set under its headline — pdfminer may write it last, after the body (seed 327's
# commentary_sentence_heads × nw54_01, test_turn_subtitle: there it goes back under the title).
_SIGNER_NAMED_RE = re.compile(r"\S[\s\u3000]+\S")


def _opening_split(reading: Reading) -> bool:
    """An item's headline stands over its byline: a text opening on a byline or dateline (wrapped
    over its block's lines: 「通讯员 林家豪 本报记者 周」 / 「可欣」) and ending on headline lines
    holds one item's opening cut in two."""
    found, lines = reading.parts, reading.lines
    if found[-1] != HEAD or found[0] != HEAD:
        return False
    end = next((k for k in range(1, len(lines)) if lines[k].blanks_before or found[k] != HEAD), len(lines))
    return BYLINE_LABEL_RE.match("".join([line.text for line in lines[:end]])) is not None


def _ends_inside_sentence(reading: Reading) -> bool:
    """A line wrapped at the measure inside a sentence goes on in the next: a whole text does
    not end on one."""
    return ends_open(reading.lines[-2:], reading.measure)


def _opens_on_tail(reading: Reading) -> bool:
    """No text opens on a sentence's last few characters and its stop (「就办成了。”」): a line
    a column wrapped inside the sentence does.  A section's bare name set alone over the page
    (「要闻」: the head's part, where no page number beside it told the furniture rules so) opens
    nothing: the tail under it opens the text all the same."""
    lines = reading.lines
    k = _text_start(lines)
    return k < len(lines) and SENTENCE_TAIL_RE.match(lines[k].text) is not None


# (miner88) A page of items shows this many signed openings under the prose it opens on: a text of one
# item (an essay, a deeds report: its title and its author's byline under a lead or an 编者按 the
# extractor wrote first) may stand under prose of its own, and the turn it took read a one-item text
# from a section head (seed 391 insights_phrase_heads × col53_01, 0.921 → 0.102; test_clean_order's
# deeds page without its 来源 line).
ITEMS_SIGNED_MIN = 2


def _opens_on_body(reading: Reading) -> bool:
    """(miner88) A page of items opens on its first item's headline: a reading whose text starts on an
    item's body (prose under no headline, closing a sentence, no 编者按's field) while the page signs
    items below (``ITEMS_SIGNED_MIN`` headline runs holding a byline, a dateline or a kicker:
    ``announces``) was written from inside an item — pdfminer wrote first
    the column whose box stands highest, the rest of the text's last item."""
    found, lines = reading.parts, reading.lines
    first = _text_start(lines)
    if first == len(lines) or found[first] != BODY or FIELD_LINE_RE.match(lines[first].text) is not None:
        return False
    end = next((k for k in range(first + 1, len(lines)) if lines[k].blanks_before), len(lines))
    # (prose: its block closes a sentence — a kicker parted by a 、 that ``parts`` reads as body ends on none)
    if SENTENCE_END_RE.search(lines[end - 1].text) is None:
        return False
    signed = 0   # (the openings below signed by a byline, a dateline or a kicker: one per headline run)
    for k in range(end, len(lines)):
        if found[k] == HEAD and announces(lines[k]) and not (k > end and found[k - 1] == HEAD and announces(lines[k - 1])):
            signed += 1
    return signed >= ITEMS_SIGNED_MIN


def _text_start(lines: Sequence[Line]) -> int:
    """Where the page's text starts: past a section's bare name set alone over it (「要闻」, a block
    of its own: the page head's part, whatever the furniture rules made of it)."""
    return next((k for k, line in enumerate(lines)
                 if not (bare_name(line) and (k + 1 == len(lines) or lines[k + 1].blanks_before))), len(lines))


def _ends_round(reading: Reading) -> bool:
    """A line stopped inside a word goes on in the word's rest: a text whose last line stops inside
    a word its first line completes (the dictionary reads a word across: 「…对损害营商环」 /
    「境的行为，…」, 「一座老粮仓的新」 / 「生」) was written from the middle of its run: the extractor
    wrote first the column that starts higher, and the line the text ends on stands right above it.
    A turn that cuts a word so (its reading ending on the word's first half) shows it too."""
    return reads_round(reading.lines[-1], reading.lines[0])


def reads_round(last: Line, first: Line) -> bool:
    """``last``, a text's last line, stops inside a word that ``first`` completes: the dictionary reads
    a word across the two (``_ends_round``'s and ``order``'s one test)."""
    return (not last.final and MID_WORD_END_RE.search(last.text) is not None
            and word_across(last.text[-WORD_CONTEXT:], first.text[:WORD_CONTEXT]))


def _opens_on_caption(reading: Reading) -> bool:
    """A photo's caption stands in the item that carries the photo, under its headline: a text
    does not open on one (its first block ending on a credit, 「…借用工具。 通讯员 邱明/摄」) — the
    column holding the photo was written before the column holding the item's start.  A block
    that opens on the item's headline itself (its title and byline, then its text, the caption
    last: plain ``pdftotext`` writes a column's run of lines as one block) holds the caption
    under its headline, as set: no fault."""
    lines = reading.lines
    end = next((k for k in range(1, len(lines)) if lines[k].blanks_before), len(lines))
    return CREDIT_RE.search(lines[end - 1].text) is not None and not (
        reading.parts[0] == HEAD and _opened(reading, end - 1))


# Ordinal kinds (``shapes.ordinal``) that number a section's heading (「一、」, 「（一）」: GB/T 9704's
# first two levels); 「（1）」 and 「1、」 also number a list's items, which may end a text.
SECTION_KINDS = (0, 1)


def _ends_on_section_head(reading: Reading) -> bool:
    """A numbered section heading heads the section under it: a text ending on headline lines
    the first of which is numbered as a section (「（三）民生保障更加有力」) opened a section it
    never gave — the column that holds the section was written first."""
    found, lines = reading.parts, reading.lines
    k = len(found)
    while k and found[k - 1] == HEAD:
        k -= 1
    head = ordinal(lines[k].text) if k < len(lines) else None
    return head is not None and head[0] in SECTION_KINDS


def _opens_off_title(reading: Reading) -> bool:
    """A page's running head that repeats a headline line of the page names the text: the text
    opens on that title (its first column's top), not on prose written before it — the column the
    extractor wrote first started higher than the title set with space above it."""
    return reading.title is not None and reading.lines[0].text.strip() != reading.title


def series_broken(reading: Reading) -> bool:
    """(ordinal82) A regulation numbers its chapters and articles, a standard its clauses, on through the
    whole text (``shapes.series_ordinal``: 第N章, 第N条, 「1 范围」, 「3.1 城市书房」): a reading in which
    such a number does not exceed the one before it of its series (「第十条」 … 「第一条」) holds the text's
    parts out of their order (``series_number``).  pdfminer writes such a page's headline first: the
    turn that mends this fault is most often under the headline held (``order._numbered_late``, asked
    before ``turn``)."""
    last: dict[str, int] = {}
    for line in reading.lines:
        number = series_number(line, reading.measure)
        if number is None:
            continue
        series, value = number
        if last.get(series, 0) >= value:
            return True
        last[series] = value
    return False


def series_number(line: Line, measure: float) -> tuple[str, int] | None:
    """(ordinal82) The through-counted number the line opens on (``shapes.series_ordinal``) as (series,
    value): an article's or a chapter's set apart by its space, a clause's on a heading's short line
    only (``title_line``: a figure opening a line of prose, 「12 家企业…」, numbers nothing)."""
    number = series_ordinal(line.text) if line.text[:1] in SERIES_FIRST else None
    if number is None or number[0] not in ("章", "条") and not title_line(line, measure):
        return None
    return number


# First characters of a through-counted number (``series_broken``): most lines open on none, and pay no regex.
SERIES_FIRST = frozenset("第0123456789")


# The faults of a page's reading: each a reason the page was not set so.
_FAULTS: tuple[Callable[[Reading], bool], ...] = (
    _closes_unopened, _ends_on_opening, _opening_split, _ends_inside_sentence, _opens_on_tail,
    _ends_on_section_head, _opens_on_caption, _opens_off_title, _ends_round, series_broken, _opens_on_body)


def faults(reading: Reading) -> int:
    """How many of the grammar's faults the reading shows."""
    return sum(fault(reading) for fault in _FAULTS)


@dataclass(frozen=True, slots=True)
class Turns:
    """Which turns a kind of page takes (``turn``): a row of ``ONE_PAGE`` / ``LATER_PAGE``."""

    marked_only: bool    # only at a block right after a head's piece dropped inside the page (``Line.after_head``)
    mending_only: bool   # only a turn that mends the page as written (``_mends``)
    closed_only: bool = False   # only right after a line that closes a text (``_closed_by``), whatever opens there


# A one-page text: its reading's start and end join each other, so the grammar's faults judge a
# turn at any item's opening; a turn is taken where it mends the reading as written.
ONE_PAGE = Turns(marked_only=False, mending_only=True)
# A page of a longer text (miner75b): its reading's start and end join other pages, not each other,
# so the faults that read a text's ends (``_ends_round``: the page's end read on into its start) say
# nothing of it.  pdfminer writes each page by its own groups, and a page written from a later group
# shows the mark a one-page text does: it turns only there, at a block opening an item, whatever the
# faults (the one new join the turn makes, the page's end to its start, must still go on).
LATER_PAGE = Turns(marked_only=True, mending_only=False)
# The text under a one-page text's opening headline, read on its own (miner78, ``opening_rest``): pdfminer
# wrote the last column from its top down to the text's end, then the first column's body — so the body
# opens right after a line that closes the text (its signature's date, its 来源 line), on prose (a lead
# paragraph under the title) or a section's heading alike.  Only there: the text's end inside the page
# is the one place the grammar tells; a turn at a paragraph after any closed sentence moved a column's
# second item or an excerpt's last box alone (seed 197 / 219: 3 better, 5 worse).
UNDER_TITLE = Turns(marked_only=False, mending_only=True, closed_only=True)


def opening_rest(page: Sequence[Line], blocks: list[Block], measure: float) -> int:
    """(miner78) Where the text under a one-page text's opening headline starts, when pdfminer wrote the
    last column's top there (0: it did not).  pdfminer groups a page's boxes by the empty area between
    them and writes a group's children top-left first: the text's title (its kicker, subtitle, byline,
    date under it) stands over the first column in a group of its own, written first; where the group
    holding the last column's top stands higher than the first column's, it is written next — right
    under the title stands the rest of the text's last sentence (「…承担重」 / 「大科技攻关任务。」), and
    the first column's body after it.  The sign is the text's end: a one-page text does not end inside a
    word, and the block right under its opening is the one (of all the page's blocks) whose first line
    completes the word its last line stops inside (``reads_round``) — a line cut at the measure inside its
    sentence (``ends_open``: a heading's short line reads a word across by chance, 「…市县」 / 「市教育局…」).  The opening is the page's first
    blocks, every line a headline's (``parts``); the text under it is then turned as a page of its own
    (``UNDER_TITLE``), the opening kept first."""
    if not ends_open(page[-2:], measure):
        return 0    # (a short line stopping on a word — a section heading's first line, 「二、关于建立健全市县」 — is no cut)
    found = parts(page, measure)
    rounds = [k for k, (a, _b) in enumerate(blocks) if k and reads_round(page[-1], page[a])]
    if len(rounds) != 1:
        return 0
    start = blocks[rounds[0]][0]
    return start if all(part == HEAD for part in found[:start]) else 0


def turn(page: Sequence[Line], blocks: list[Block], measure: float, title: str | None = None,
         kind: Turns = ONE_PAGE) -> int:
    """The block a page reads from (0: the extractor's order stands); which turns a page takes is
    its ``kind``'s (``ONE_PAGE``, ``LATER_PAGE``).  A page's reading opens on an item's headline and
    ends where a run ends (a paragraph, a 来源 line): the turns there, if the page's end can go on in
    its start; of those, the one with fewest faults, then the one whose ordinals count up most
    (``steps``), then one opening on a kicker (a page's lead
    item is headed by 引题 over 主题), then one ending where a text closes (its 来源 line, its
    signature's date: ``_closed_by``), then one whose opening is signed — a byline or dateline
    under its headline (a section's head inside a column is not) — then the one moving fewest
    lines.  (``title``: the text's title as a running head set over the page names it.)
    Of the turns with fewest faults, one opening right where a piece of the page's head was dropped
    inside the page (``Line.after_head``) comes before the ordinals' count: pdfminer wrote the group
    holding the page's top-left corner — the head's first piece over the lead item — after another
    (``furniture._head_amid``), and a list's ordinals count up from either place alike."""
    found = parts(page, measure)
    least = faults(Reading(page, found, measure, title))
    ordinals = [ordinal(line.text) for line in page]
    numbers = [number for number in ordinals if number is not None]
    counted = steps(numbers)
    first = _text_start(page)   # (the page's end goes on in its text's start, not in a bare name over it)
    marks = any(line.after_head for line in page)
    if kind.mending_only and not (least or numbers or marks):
        return 0    # (no fault to mend, no ordinal to count, no head's piece dropped inside the page)
    if first == len(page) or not wraps(page[-2:], page[first], found[first] == HEAD, measure):
        return 0
    if across(page[first], measure):
        return 0    # (the page opens on its banner: set over the columns, it is read first)
    best: tuple[int, bool, int, bool, bool, bool] | None = None
    choice = 0
    before = [0]   # (how many of the page's ordinals stand before each line)
    for number in ordinals:
        before.append(before[-1] + (number is not None))
    for k in range(1, len(blocks)):     # (blocks in turn: of turns alike, the first moves fewest lines)
        start, end = blocks[k]
        marked = page[start].after_head
        # (a headline run opens an item where it starts: a block inside one is no turn — unless a
        # piece of the page's head was dropped right before it: the lines above stood in another
        # group, a colophon's short lines 「江城市民政局办公室」 / 「20日印发」 closing the text)
        if kind.closed_only:
            if not _closed_by(found[start - 1]) or COLOPHON_ROW_RE.match(page[start].text) is not None:
                continue    # (the text under its title opens right after the text's end — past its 版记 rows)
        elif found[start] != HEAD or found[start - 1] == HEAD and not marked:
            continue
        if kind.marked_only and not marked:
            continue
        count = faults(Reading([*page[start:], *page[:start]], [*found[start:], *found[:start]], measure, title))
        opening = page[start:_opening_end(found, start, end)]
        counts_up = steps([*numbers[before[start]:], *numbers[:before[start]]])
        key = (count, not marked, -counts_up, not _kicker(page[start:end]), not _closed_by(found[start - 1]),
               not any(map(announces, opening[1:])))     # (signed under a headline, not a byline alone)
        # (a turn mends the page as written — or leaves as many faults and opens an item's headline
        # right after another group's text ended, where a piece of the page's head was dropped:
        # ``_group_turn``)
        mends = _mends(count, least, counts_up, counted) or count == least and marked and _group_turn(
            page, found, start, end, measure)
        if (not kind.mending_only or mends) and (best is None or key < best):
            best, choice = key, k
    if choice and blocks[choice - 1][0] <= first and _subtitle_split(page, found, blocks[choice][0]):
        return 0    # (the page opens on its title, the turn at its subtitle: the title read after the text's end)
    return choice


def _subtitle_split(page: Sequence[Line], found: Sequence[str], start: int) -> bool:
    """(three83) A turn at ``start`` — the block right after the one the page's text opens on (asked by
    ``turn``: the title pdfminer wrote first, as set) — parts a headline from its subtitle: the block opens on a dash-led
    line with no sentence stop (``shapes.DASH_LED_RE``, 「——致全市广大市民的倡议书」) written right under
    a line that ends no sentence (a headline's: ``parts`` may read a title with a space in it as body).  A subtitle names the headline over it and no text opens on
    it: pdfminer writes a title and its subtitle as two boxes where space parts them, the title first,
    as set, and a page so opened was not written from a later group — the grammar's preferred seam is
    the text's opening's own, so no turn is proved by it and the page is left as written (seed 327: 8
    pdfminer pages turned at a subtitle's box, fidelity 0.49 → 1.000 unturned; taking the next-best
    turn instead read two of them worse).  A turn's block follows the text's end, which closes its
    sentence; an attribution under a quotation is dash-led too, and a column may break between the two
    (the column written first opening on it), but the quotation's line above it ends a sentence."""
    return not page[start - 1].final and DASH_LED_RE.match(page[start].text) is not None


def _group_turn(page: Sequence[Line], found: Sequence[str], start: int, end: int, measure: float) -> bool:
    """(miner76) The marked block at ``start`` opens an item's headline (``_opened``: a headline over
    more than one line, or signed) right after a body's or a 来源 line's end: where pdfminer wrote the
    group holding the page's top-left corner after another group, the head's piece dropped between
    them stands after that group's last text and over the lead item's headline — the mark alone is
    then the rotation's evidence, though the page as written shows no fault.  A mark under a
    headline's line (「第二章　志愿者和志愿服务组织」 / 「第五条…」, 「慰问信」 over its signers) stands
    where a line taken as a head's piece — a bare name that was text — cut an item's opening: no
    group's end; so is one under a line that does not end its sentence (a date dropped amid a 附件
    field, 「附件：1．江城市城乡低保标准」 / 「调整测算表」: the field goes on, pdftotext, seed 197)."""
    if found[start - 1] == HEAD or not (found[start - 1] == SOURCE or page[start - 1].final):
        return False    # (a group's text ends a sentence or on its 来源 line: 「附件：1．…低保标准」 / 「调整测算表」 goes on)
    stop = _opening_end(found, start, end)
    return _opened(Reading(page[start:stop], found[start:stop], measure), stop - start)


def _mends(count: int, least: int, counts_up: int, counted: int) -> bool:
    """A turned reading (``count`` faults, ``counts_up`` ordinals in turn) mends the page as written
    (``least``, ``counted``): it mends a fault, or leaves as many and numbers the text more in turn."""
    return count < least or count == least and counts_up > counted


def _closed_by(part: str) -> bool:
    """A reading whose last line is of this part ends where a text closes: on a 来源 line or on a
    signature's date (``parts``: ``SOURCE``).  A document signs once, at its end (GB/T 9704's 落款),
    and a page clipped from a paper most often names its source under its last item
    (「来源：《江城日报》（2026年11月27日第3版）」): of turns the grammar finds alike, one that
    leaves that line inside the text and ends on a column's paragraph more likely reads the page
    from another item than its lead.  Only a tie-break, asked after the kicker: a page may set a
    短评 under the item its 来源 line closes (the kicker then names the lead), and where every item
    closes on its own 来源 line, every turn at an item's headline ends on one."""
    return part == SOURCE


def across(line: Line, measure: float) -> bool:
    """The line is a headline set across the columns (wider than the column, no punctuation, no
    space: not a row an extractor merged from two columns' lines): a banner stands over the
    columns at the page's top, so a one-page text opening on it is not read from a later block on
    — its columns' boxes, written out of order, are moved under it instead."""
    return not line.clause and not line.final and line.width > measure + FULL_SLACK_EM and " " not in line.text


def _kicker(block: Sequence[Line]) -> bool:
    """A block's line ends as a kicker does (on a colon or a reporting verb: 「…重点工作强调」),
    also where the column's edge wrapped it (「…重点工作强」 / 「调」) — a kicker is never numbered
    (「一、总体要求」 is a section's heading)."""
    texts = [line.text for line in block if not line.listed]
    return any(KICKER_END_RE.search(text) is not None for text in [*texts, *map(str.__add__, texts, texts[1:])])


def steps(numbers: Sequence[tuple[int, int]]) -> int:
    """How many of a reading's list ordinals (``shapes.ordinal``: kind, value) come right after
    their predecessor of the same kind: a text's sections and items are numbered in turn."""
    last: dict[int, int] = {}
    total = 0
    for kind, value in numbers:
        total += last.get(kind) == value - 1
        last[kind] = value
    return total


def _opening_end(found: Sequence[str], start: int, end: int) -> int:
    """Where the opening a block starts ends: past the block and the headline lines after it (a
    byline set off below its title by space is still the item's opening)."""
    k = max(start + 1, end)
    while k < len(found) and found[k] == HEAD:
        k += 1
    return k


def wraps(last: Sequence[Line], first: Line, opens: bool, measure: float) -> bool:
    """The page's last line (``last``: it and the line above) can go on in its first: it ends a sentence, or the first line opens
    neither an item (``opens``) nor a block of its own (a turn's one new join is as sure as the
    faults it mends: a column's foot cut inside a word, 「聚集着12家」 / 「新型研发机构、…」,
    shows no pair the text holds elsewhere)."""
    return not ends_open(last, measure) or not (opens or fresh_line(first, measure))
