"""Runs and characters an extractor put on lines of their own, rejoined to the line they were cut from.

pypdf (and viewers built like it) starts a new output line at every change of font or size,
so a line set in a CJK face with its digits and Latin words in a Latin face (as Word sets
them) arrives in pieces, and so does a raised note marker::

    全年新增省级以上创新平台        →   全年新增省级以上创新平台28家，其中国家级平台3家。市实验室
    28
    家，其中国家级平台
    3
    家。市实验室

pdftotext cuts a line where a raised marker changes the baseline, and the rest of the line
starts with what no printed line starts with (``…重要支撑①`` / ``。改革开放以来，…``).

Where such a piece (``shapes.LATIN_RUN_RE``: digits, Latin, the marks a Latin face sets — ``·``,
``%`` — or a circled marker, inside Chinese text however many runs follow each other; or a line
starting with a closing mark, ``shapes.NO_LINE_START``) meets its neighbours, the extractor
either cut one printed line or the text really went on to the next line; the text alone does
not say which.  The measure does: the printed lines of a page are as wide as the measure unless
a block ends there, so the pieces are regrouped into the lines that best fill it — a line never
wider than the measure, and as few lines as possible that stop short of it without ending a
sentence, and a list number (``1.``) only at a line's start (``booklet.clean.regroup``: a small
dynamic programme over each run of ambiguous breaks; breaks between two lines of the body font
are real and stay).  Page numbers and running heads (``booklet.clean.pages``,
``booklet.clean.bands``) are never joined to anything: ``专题学习资料`` / ``2026`` / ``年`` … under
it is the page's first line.

pypdf's rule (``crlf_space_check`` in its text extractor): a new output line whenever the text
position moves down by more than 0.8 of the font size between two positioning operators.  A PDF
that places every run of one font in a text object of its own, resetting the text matrix before
the absolute move (``BT 1 0 0 1 0 0 Tm 1 0 0 1 x y Tm /F2 Tf … ET``: ReportLab, and writers like
it), moves to the origin and back at every change of font, so every font run is a line, bold
and regular Chinese alike::

    对照要求，我们机关作风还存在一些不容忽视的问题。       (regular)
    一是有的                                               (bold: the line ends)
    同志担当意识不强。                                     (bold)
    遇到矛盾绕着走，碰到难题往上推，满足于“不              (regular: the line ends)

A text is shown to be cut so by runs inside Chinese text, or, where its digits and Latin words
are set in the body face, by the lead-ins' edges themselves (``_filled_pairs``): a finished
sentence and a piece after it that finishes nothing fill one printed line, the line after them
is whole, and this recurs (``一、做文明风尚的倡导者！`` / ``自觉践行社会主`` / ``义核心价值观，…``
at every item of a list).  In such a text a break after a finished sentence where the next
piece would have fitted on the same line may be a lead-in's edge (``_lead_in_edge``); such pieces
join the regrouping, at a cost that only a piece left short mid-sentence pays, so a paragraph's
end before a short paragraph or a heading stays a break.

PDFium's rule (``CPDF_TextPage``, pypdfium2 and Chrome's viewer): it reads a page as set
vertically when its text objects cover less of the page's width than of its height (a page of
narrow columns with gutters, short headlines), and a text object of one character then takes the
page's direction — a new output line unless its box overlaps the current line's sideways.  A
justified column line set as a row of words and characters (a typesetter spreading its space
between them) comes out cut before every character that stands alone::

    料清单，背面是二维码 / ，扫码 / 就 / 能 / 看 / 到填表示范 / 。   →   料清单，背面是二维码，扫码
                                                                          就能看到填表示范。

A line of one ideograph between Chinese lines is such a piece (a ``gap``, where two lie close:
one alone is a title's last character wrapped), and so are the breaks next to the doubted ones
where the two lines fit one printed line and the first ends no block (``_spread``): the piece
after the break may go on from the lone character it started with (``项186`` / ``项，全部``).
The kinds of evidence are declared in ``_EVIDENCE``; all of them feed the same regrouping.
A stretch of PDFium's pieces takes in a short line with a clause mark inside (running text cut
short: ``农业现`` / ``代化，关键是农业``), never a line that opens a block by shape nor the line
after a byline the column wrapped (``…通讯员`` / ``邱明）``, ``…本报记者 周`` / ``可欣``).  PDFium
also joins printed lines with a generated space: a line wider than any printed one, or a title
line whose last character wrapped alone (``“共享工具间”开 放``), is split back at that space
(``_split_joined``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import attrgetter, gt
from typing import AbstractSet, Callable, Sequence

from booklet.cjk import widths
from booklet.clean.bands import band_rest, cut_heads, repeated_pages, running_heads, title_head
from booklet.clean.layout import MEASURE_MIN_EM, SHORT_SHARE
from booklet.clean.lines import Line
from booklet.clean.pages import EM_SPACE, em_spaced_piece, find_pages, head_numbers, shaped_numbers, spaced_item, spaced_piece
from booklet.clean.verse import verse_lines
from booklet.clean.regroup import OVERFLOW_EM, RUN_ON_SLACK_EM, lead_run, marker, regroup, width
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (ARABIC_PAREN_OPEN_RE, CREDIT_ROLES_LINE_RE, COLUMN_LABEL_RE, ENTRY_RANGE_MARKS, CLAUSE_RE, FIELD_COLON_RE, LEAD_IN_MARKS, ORDINAL_FIRST, ends_sentence, series_key, BYLINE_LABEL_RE, CHINESE_EDGE_RE, NOTE_MARK_FIRST, NOTE_MARK_RE, NOTE_START_RE, note_number, CJK_AT_START_RE, CJK_CHAR_RE, CREDIT_RE,
                            ITEM_NUMBER_RUN_RE, JOINED_LINES_RE, LATIN_RUN_RE, BOUND_TO_BEFORE, NO_LINE_START, NUMBERED_RE,
                            ONE_IDEOGRAPH_RE, PAGE_NUMBER_MAX_CHARS, PIECE_LINES_RE, QUOTED_LINE_RE, REFERENCE_LABEL_RUN_RE,
                            SIGN_DATE_RE, STOP_RE, HEAD_PIECE_RE, ISSUE_LINE_RE, PERIODICAL_NAME_RE,
                            SOURCE_WHOLE_RE, BRACKET_LABEL_RE, STANDARD_DESIGNATION_RE, PART_WORD_RE, CLAUSE_SPACED_RE, CLAUSE_LEAD_RE, full_width_only, term_entries, leaves_bracket_open, opens_on_tail, series_key)

_FINAL = attrgetter("final")

# The measure is this quantile of the widths of the lines no piece touches.
MEASURE_QUANTILE_PIECES = 0.9
# PDFium spreads a justified line into several one-character pieces; a title's last character
# wrapped alone stands by itself: one-character lines are pieces where two are this close (lines).
GAP_NEAR_LINES = 2
# A text is shown cut at every change of font, with no run in a Latin face to show it, by this many
# breaks after a finished sentence whose two pieces fill one printed line (``_filled_pairs``): a
# paragraph's end and a short heading after it fill a line once by chance, a run-in lead-in's edge
# recurs with every item of its list.
FONT_CUT_MIN_PAIRS = 2
# A piece PDFium cut off a printed line is at most this share of the measure (the characters
# between two that stood alone); a line wider than that is a printed line of its own.
PIECE_SHARE = 0.5
# A bold lead-in is one sentence, the first of its paragraph: at most this many printed lines
# (``第一，…布局。`` wraps once on a 16-character page; a sentence running longer is the paragraph's
# body, and its last line before a short heading ends a paragraph).
LEAD_IN_MAX_LINES = 2
# (edge70) A running head's copy that is a run of its own stands whole where it recurs on this many
# pages with nothing recurring beside it (``_alone_in_band``): it takes two copies to see whether
# anything beside them recurs (a short text's versos print the book's head twice).
BAND_ALONE_MIN_COPIES = 2
# (texts83) A head over a run-in lead-in is at most this many printed lines (``_under_head``): a section's
# head wraps once on a pocket page (「三、强化保障，凝聚推动乡村振兴的强大合」 / 「力」); three lines with no
# stop are a paragraph's, not a head's.
HEAD_LINES_MAX = 2
# (meas74) A text shows its lead-ins as a list's by this many pieces opening on a list's numbering after a
# finished sentence (「一是有的」, 「1.」): one is a numbered paragraph or heading after a paragraph's end,
# two make a series — the items of a list set their lead-ins alike.
LEAD_IN_SERIES_MIN = 2
# (meas74) A label alone on its piece (``_label_alone``) is at most this many characters: a speaker's
# name, title and colon (「李秀兰：」, 「市委书记王建国：」); a longer line ending on a colon is a sentence
# leading on to what follows.
LEAD_IN_LABEL_MAX_CHARS = 8
# (pypdf59) A signature's date cut at its font is at most this many pieces (「2026」 / 「年」 / 「11」 /
# 「月」 / 「25」 / 「日」, and a colophon's 「印发」 after them).
DATE_PIECES_MAX = 7
# The last characters of a 来源 line whole (``shapes.SOURCE_WHOLE_RE``): its page, its issue, the
# bracket it is set in; a piece ending otherwise ends no citation (a cheap screen before the shape).
_CITATION_ENDS = frozenset("版期）)")


@dataclass(frozen=True, slots=True)
class _Evidence:
    """A kind of piece an extractor cuts off a printed line: what shows one (``piece``: line ``i``
    of ``lines``), which of those shown are pieces (``confirm``).  The breaks on both sides of a
    run or a gap are in doubt, a cut's break before it only."""

    name: str
    piece: Callable[[Sequence[Line], int], bool]
    confirm: Callable[[Sequence[Line], list[int]], list[int]]


# (std89) A standard's designation cut at its fonts is this many pieces at most (code, number, dash, year, a space
# between each).
DESIGNATION_MAX_PIECES = 8


def rejoin_runs(lines: list[Line], log: Log) -> list[Line]:
    """Pieces of printed lines rejoined (see the module docstring); other lines unchanged."""
    if not lines or lines[0].raw.box is not None:
        return lines   # a PDF read by booklet: its reader composes lines itself
    lines = _join_spaced(lines, log)
    found = _pieces(lines)
    runs, cuts = found["run"] | found["gap"], found["cut"]
    paired = _paired(lines)
    if not runs and not cuts and not paired:
        return lines
    # markers on consecutive lines are a page's note labels listed before their bodies (seed
    # 004: ``①`` / ``②`` / ``戚聿东…``), not raised markers cut from the text
    labels = {i for i in runs if marker(lines[i]) and ((i > 0 and marker(lines[i - 1]))
                                                        or (i + 1 < len(lines) and marker(lines[i + 1])))}
    answers = _cited_again(lines)
    runs -= labels
    pages = find_pages(lines)
    runs -= pages.numbers
    cuts -= pages.numbers
    if not runs and not cuts and not paired:
        return lines   # (the page numbers of most texts)
    heads = running_heads(lines, pages)
    repeated = repeated_pages(lines, pages)
    if repeated is not pages:
        # (where only repeats tell the pages, a head they repeat that stands whole is no piece either:
        # a head after a page-foot note's last line, 「社区（村）两级。」 / 「干部学习口袋书」, shares no
        # printed line; a copy cut into pieces itself, 「关于开展」 / 「2026」 / 「年度…」, is rejoined
        # first, and the furniture rules find the whole line)
        # (a copy whose piece beside it is its own page number, 「理论学习丛书」 / 「2」, stands whole too)
        # (edge70) and a copy that is a run itself, 「XUEXI DUBEN」 under a folio the shapes do not
        # know (「（ 1 ）」), stands whole where nothing beside it recurs with it (``_alone_in_band``):
        # the rest of a head cut into pieces recurs beside each copy, a page's text does not
        pieces = runs | cuts
        copies = running_heads(lines, repeated)
        numbers = head_numbers(lines, repeated, copies)
        alone = _alone_in_band(lines, copies, numbers)
        heads |= {i for i in copies if not (pieces & {i - 1, i, i + 1}) - numbers or i in alone} | numbers
    # (a title's head whose page number pypdf cut off at its font: the number is the head's)
    # (and a head's page number cut off at its font beside each copy: 「渡口」 / 「2」, or the rest of
    # its line cut into pieces: 「工作简报」 / 「2026」 / 「年第」 / 「5」 / 「期」)
    heads |= head_numbers(lines, pages, heads) | cut_heads(lines, pages, heads)
    # (word71) and the band's lines past the copies, read as the furniture rule reads them
    # (``bands.band_rest``): pypdf's head 「清河镇」 / 「2025」 / 「年工作大事记」 / 「江城市委政策研究室」 /
    # 「2026」 / 「年」 / 「10」 / 「月」 is the band whole, none of its pieces a sentence's
    heads |= band_rest(lines, pages, heads | set(pages.numbers))
    # (and a separator ornament: its text was taken out, and a piece joined to it would go with it)
    fixed = set(pages.numbers) | heads | title_head(lines, pages, set()) | labels \
        | {i for i, line in enumerate(lines) if line.separator} | _term_numbers(lines)
    runs -= fixed
    cuts -= fixed
    if not runs and not cuts and not paired - fixed:
        return lines
    near = runs | cuts
    plain = [ln for i, ln in enumerate(lines) if i not in near and i + 1 not in near and i - 1 not in runs
             and i not in fixed]
    # (a note's label cut off its text, 「[1]」 / 「语出《论语·子路》。」: the text is the note's, set
    # smaller, and bounds nothing either)
    notes = answers | {i + 1 for i in answers}
    measure = _measure(plain, [ln for i, ln in enumerate(lines) if (i in near or i + 1 in near or i - 1 in near)
                               and not _note_body(ln) and i not in notes])
    # (texts85) a verse's lines are whole lines set short on purpose (``verse``): no piece of a
    # printed line, however two of them fill the measure together (「小艇轻摇烟渚〔1〕。」 / 「笑语惊鸥鹭，」)
    verse = {k for run in verse_lines(lines, lambda line: measure - width(line), fixed) for k in run} - fixed
    if verse:
        fixed = fixed | verse
        runs -= verse
        cuts -= verse
    filled = _filled_pairs(lines, measure, fixed, paired)
    cut_by_font = bool(runs) or len(filled) >= FONT_CUT_MIN_PAIRS
    # (meas74) a lead-in's edge is read only in a text that shows lead-ins (``_shows_lead_ins``): runs
    # in a Latin face show the text cut at every change of font, not that it sets any bold lead-in
    lead_ins = _sharing(lines, measure, fixed, runs) if cut_by_font and _shows_lead_ins(lines, filled) \
        else _lone_pairs(lines, filled)
    series = _series_pairs(lines, measure, fixed, runs, paired, filled)
    lead_ins -= series
    if not runs and not cuts and not lead_ins and not series:
        return lines
    doubted = series | {k for k in range(len(lines) - 1) if _ambiguous(lines, k, runs, cuts, fixed)}
    before_labels = {i - 1 for i in answers}   # (a note's label opens its printed line)
    # (std86) and so does a label in 【】 (「【赏析】」 after a 注释 entry's 「…同“栏”。」): it heads what follows
    before_labels |= {i - 1 for i, line in enumerate(lines)
                      if i and line.text[:1] == "【" and BRACKET_LABEL_RE.match(line.text) is not None}
    # (std89) and so does a standard's designation written whole in pieces (``_designation_starts``)
    before_labels |= _designation_starts(lines, doubted)
    doubted -= before_labels
    # (glue79) a periodical's name and its issue are a head row's two ends, never one word
    doubted -= _name_over_issue(lines, doubted)
    shredded = bool(found["gap"] & runs)   # (a text PDFium cut)
    spread = _spread(lines, measure, doubted, fixed) if shredded else set()
    shared = (lead_ins | spread) - before_labels
    alone = _series_alone(lines, near, fixed, measure)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and (j in shared or j in doubted) and not _cites_whole(lines, i, j):
            j += 1
        if j == i:
            out.append(lines[i])
        else:
            out.extend(regroup(lines[i:j + 1], measure, log,
                               [k - i for k in range(i + 1, j + 1) if k - 1 in spread and k - 1 not in lead_ins],
                               [k - i for k in range(i + 1, j + 1) if k - 1 in lead_ins],
                               [k - i for k in range(i, j + 1) if k in alone]))
        i = j + 1
    return _split_joined(out, measure, log) if shredded else out


def _term_numbers(lines: Sequence[Line]) -> set[int]:
    """(std86) The lines that are a term entry's number alone over its term (``shapes.term_number_over``: 「3.1」 /
    「农村生活垃圾　rural domestic waste」): GB/T 1.1 sets the number on a line of its own, in a face of its own, so a
    reader cutting at fonts writes it as a run — but it is a printed line whole, joined to neither neighbour."""
    return {start for start, _end in term_entries([line.text for line in lines], [bool(line.blanks_before) for line in lines])}


def _designation_starts(lines: Sequence[Line], doubted: AbstractSet[int]) -> set[int]:
    """(std89) The breaks around a standard's designation that pypdf cut at its fonts in a standard's head
    (「城市书房建设与服务规范」 / 「DB」 / 「3209/T」 / 「0187」 / 「—」 / 「2026」 / 「1　范围」): pieces from one opening on
    a capital that read as a designation whole (``shapes.STANDARD_DESIGNATION_RE``), in the text's head: before any
    sentence has ended, 「前言」 or a clause has opened (``shapes.PART_WORD_RE``, ``CLAUSE_SPACED_RE``, ``CLAUSE_LEAD_RE``).  GB/T 1.1 sets the designation on a line of its own in the head of the standard, over or under the
    title; a designation cited in a sentence (「按照GB/T 1.1—2020《…》」) stands where sentences are."""
    out: set[int] = set()
    for start, line in enumerate(lines):
        if line.final or PART_WORD_RE.match(line.text) is not None or CLAUSE_SPACED_RE.match(line.text) is not None \
                or CLAUSE_LEAD_RE.match(line.text) is not None:
            break    # (the head is over: a sentence, 「前言」, the first clause)
        if not line.text[:1].isupper() or not line.text[:1].isascii():
            continue
        text = ""
        for j in range(start, min(len(lines), start + DESIGNATION_MAX_PIECES)):
            text += "".join(lines[j].text.split())
            if STANDARD_DESIGNATION_RE.match(text) is not None:
                out.update(k for k in (start - 1, j) if k >= 0)
                break
            if j not in doubted:
                break
    return out


def _name_over_issue(lines: Sequence[Line], doubted: AbstractSet[int]) -> set[int]:
    """(glue79) The breaks after a periodical's name (``shapes.PERIODICAL_NAME_RE``) whose pieces
    after it, read to the end of their stretch, are an issue whole (``shapes.ISSUE_LINE_RE``:
    「财政工作交流」 / 「2026」 / 「年第」 / 「3」 / 「期」, pypdf cutting Word's head row at its fonts).
    A head row sets the name and the issue at its two ends, apart; the issue ends its printed line,
    so the break before it is the row's change of place, not a cut inside a line of text.  Kept, the
    name and the issue reach the furniture rules as the row cut at its place (pdftotext's
    「财政工作交流」 / 「2026 年第 3 期」), which read it on a page with no other copy to repeat it;
    joined with nothing between them (「财政工作交流2026年第3期」) no head shape reads the row."""
    out: set[int] = set()
    for k in doubted:
        if lines[k].given_heading or PERIODICAL_NAME_RE.match(lines[k].text.strip()) is None:
            continue
        j, text = k + 1, ""
        while j < len(lines):
            text += "".join(lines[j].text.split())
            if j not in doubted:
                break
            j += 1
        if ISSUE_LINE_RE.match(text) is not None:
            out.add(k)
    return out


def _alone_in_band(lines: Sequence[Line], copies: AbstractSet[int], numbers: AbstractSet[int]) -> set[int]:
    """(edge70) The copies of a running head that stand whole at their page's edge: each copy's
    text recurs (``BAND_ALONE_MIN_COPIES`` copies or more), and neither line beside a copy — a page
    number passed over — recurs beside another copy of the same text.  A head pypdf cut into
    pieces at its fonts prints its rest beside every copy (「关于开展」 / 「2026」 / 「年度…」,
    「工作简报」 / 「2026」 / 「年第」 / 「5」 / 「期」), so its copies are pieces to rejoin first;
    a head that is a run of its own (a Latin line, 「XUEXI DUBEN」) has the page's folio and the
    page's text beside it, different on every page, and no sentence goes on across it."""
    groups: dict[str, list[int]] = {}
    for i in copies:
        groups.setdefault(lines[i].text, []).append(i)
    out: set[int] = set()
    for found in groups.values():
        if len(found) < BAND_ALONE_MIN_COPIES:
            continue
        sides = []
        for step in (-1, 1):
            beside = [lines[k].text for i in found if 0 <= (k := _beside(i, step, numbers, len(lines))) < len(lines)]
            sides.append(len(set(beside)) == len(beside))
        if all(sides):
            out.update(found)
    return out


def _beside(i: int, step: int, numbers: AbstractSet[int], total: int) -> int:
    """The line next to line ``i`` on the side ``step`` (-1 before, 1 after), page numbers passed
    over (-1 or ``total``: none)."""
    k = i + step
    while 0 <= k < total and k in numbers:
        k += step
    return k


def _whole_heading(text: str) -> bool:
    """A numbered heading whole (``shapes.NUMBERED_RE`` with an ordinal's number, or (pypdf87) an Arabic one
    in brackets, ``shapes.ARABIC_PAREN_OPEN_RE``; words after it, no clause mark, no colon past the number,
    no sentence's end): 「一、会议时间」, 「（三）实施」, 「（2）深化公共数据开放利用」."""
    if text[:1] not in ORDINAL_FIRST:
        return False
    number = NUMBERED_RE.match(text) or ARABIC_PAREN_OPEN_RE.match(text)
    return number is not None and number.end() < len(text) and CLAUSE_RE.search(text, number.end()) is None \
        and FIELD_COLON_RE.search(text, number.end()) is None and LEAD_IN_MARKS.isdisjoint(text[-1:]) \
        and not ends_sentence(text)


def _series_alone(lines: Sequence[Line], near: AbstractSet[int], fixed: AbstractSet[int], measure: float) -> set[int]:
    """The pieces that are a numbered heading whole (``_whole_heading``) of a series whose other
    headings the text sets as lines of their own: a sibling numbered alike (``shapes.series_key``)
    stands whole, no piece on it or beside it, short of a full line by more than the run-on slack (a
    paragraph's first line with no clause mark in it is no heading's).  A text sets the headings of one
    series alike, so this one ends its printed line too where its words do (「一、会议时间」 / 「2026」 /
    「年11月18日…会期半天。」, its siblings 「二、会议地点」 「三、参会人员」 lines of their own: the date's
    figures count half an em, and the heading with the paragraph's first line fits the measure)."""
    keys: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i not in fixed and _plain(line) and _whole_heading(line.text) \
                and (key := series_key(line.text)) is not None:
            keys.setdefault(key, []).append(i)
    out: set[int] = set()
    for found in keys.values():
        whole = [i for i in found if not near & {i - 1, i, i + 1} and width(lines[i]) < measure - RUN_ON_SLACK_EM]
        if whole:
            # (the piece ends at a change of font, a run in a Latin face after it: a heading cut
            # inside a word, 「…转型的路」 / 「径」, goes on)
            # (pypdf87) or it starts at one after a paragraph's finished sentence (``_opens_after_sentence``),
            # its own end no piece's (a heading's last character wrapped alone, 「径」, is in doubt: it goes on)
            out.update(i for i in found if (i + 1 < len(lines) and i + 1 in near and _run(lines[i + 1])
                                            or (_opens_after_sentence(lines, i) and i + 1 not in near))
                       and any(j != i for j in whole))
    return out


def _opens_after_sentence(lines: Sequence[Line], i: int) -> bool:
    """(pypdf87) Piece ``i``, a numbered heading whole, comes right after a piece that finished a sentence: a
    heading set in a face of its own (bold, 黑体) is a piece of its own at both its edges, and the regrouping
    would read it as a bold lead-in run in after the sentence, the two filling one printed line (「力翻一番，
    上架率达到」 / 「80%」 / 「以上。」 / 「（2）深化公共数据开放利用」 / 「再开放」 / 「20」 …, its sibling
    「（1）启动算力中心二期建设」 a line of its own).  A lead-in run in ends on its mark (「一是…不强。」); a
    heading whole ends on none, so its siblings' lines say where it stands."""
    return i > 0 and ends_sentence(lines[i - 1].text)


def _cites_whole(lines: Sequence[Line], i: int, j: int) -> bool:
    """The pieces ``i``..``j`` end a 来源 line whole (``shapes.SOURCE_WHOLE_RE``, no bracket left
    open): it starts a piece (it opens a block, so a printed line) and closes its item, so the
    stretch ends with it — the next item's headline never continues it (PDFium's ``…20`` / ``日`` /
    ``第`` / ``7`` / ``版`` / ``让老建筑说``).  Only a piece that ends as a citation does is read."""
    if lines[j].text[-1:] not in _CITATION_ENDS:
        return False
    starts, text = set(), ""
    for line in lines[i:j + 1]:
        starts.add(len(text))
        text += line.text
    match = SOURCE_WHOLE_RE.search(text)
    return match is not None and match.start() in starts and not leaves_bracket_open(match.group())


def _split_joined(lines: list[Line], measure: float, log: Log) -> list[Line]:
    """Lines PDFium joined with a space, split back into the printed lines they were: in a text it
    read as set vertically it joins two printed lines with a generated space (``…网上网下都要文明``
    + `` `` + ``发言，不造谣…``, a page's head and its first line ``第2版 要闻 人才自主培养…``), and
    a line wider than any printed one (the measure and what may overhang) is such a join.  It is
    cut at its spaces between Chinese text (``shapes.JOINED_LINES_RE``), each part as long as fits
    the measure (a byline's or a head's own spaces stay inside its part); and a title's last
    character wrapped alone is split off (``_wrapped_last``)."""
    out: list[Line] = []
    for line in lines:
        if not _plain(line) or JOINED_LINES_RE.search(line.text) is None:
            out.append(line)
            continue
        if line.width > measure + OVERFLOW_EM:
            parts = _printed_parts(line.text, measure)
        else:
            parts = _wrapped_last(line.text)
        if len(parts) == 1:
            out.append(line)
            continue
        log.decided(line.lineno, "split", _("{count} printed lines an extractor joined with a space: {text!r}").format(
            count=len(parts), text=excerpt(line.text)))
        first = line.but(text=parts[0], trail_space=False)
        out.append(first.but(span_width=first.width))
        for part in parts[1:]:
            piece = line.but(text=part, blanks_before=0, indent=False, lead_space=False, page_start=False,
                             gap_join=False)
            out.append(piece.but(span_width=piece.width))
        out[-1] = out[-1].but(trail_space=line.trail_space)
    return out


def _wrapped_last(text: str) -> list[str]:
    """A title's last character the column wrapped alone, which PDFium joined back with a space
    (``“共享工具间”开 放``, ``老手艺有了新传 人``), on a line of its own again (as it was printed:
    ``runs`` leaves a lone character alone).  A title line holds no other space: a byline's
    spaced name (``通讯员 韩 冰``) or a credit (``郑雨桐 摄``) stays."""
    head, space, last = text.rpartition(" ")
    if not space or ONE_IDEOGRAPH_RE.match(last) is None or JOINED_LINES_RE.search(head[-1:] + " " + last) is None \
            or not head.strip() or " " in head.strip():   # (a title line holds no other space)
        return [text]
    return [head.rstrip(), last]


def _printed_parts(text: str, measure: float) -> list[str]:
    """``text`` cut at its joining spaces into parts that each fit the measure, filled greedily."""
    cuts = [m.start() + 1 for m in JOINED_LINES_RE.finditer(text)]   # (after the character before the space)
    parts: list[str] = []
    start = 0
    for at, nxt in zip(cuts, cuts[1:] + [len(text)]):
        head = text[start:at]
        if head.strip() and widths([text[start:nxt].strip()])[0] > measure + OVERFLOW_EM:
            parts.append(head.strip())
            start = at
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _pieces(lines: Sequence[Line]) -> dict[str, set[int]]:
    """The lines that may be pieces, by kind of ``_EVIDENCE``: each candidate line is of the first
    kind it shows, and each kind confirms its own among them."""
    shown: dict[str, list[int]] = {kind.name: [] for kind in _EVIDENCE}
    for i in _candidates(lines):
        for kind in _EVIDENCE:
            if kind.piece(lines, i):
                shown[kind.name].append(i)
                break
    return {kind.name: set(kind.confirm(lines, shown[kind.name])) for kind in _EVIDENCE}


def _spread(lines: Sequence[Line], measure: float, doubted: set[int], fixed: set[int]) -> set[int]:
    """Breaks next to a doubted one, in a text PDFium cut: PDFium breaks before every character set
    apart, and the text after may go on from it (``看`` / ``到填表示范``), so a break where the two
    lines fit one printed line, the first ending no block, may be such a cut too; and so, in turn,
    may the break next to that one between two pieces (``构建人类命运`` / ``共同体理`` / ``念，在`` /
    ``开放`` / ``合作…``), never a whole line (a headline after a 来源 line cut in pieces) nor a
    line that opens a block by shape (``_opens_block``).  A sentence's mark set apart ends no block
    by itself (``_mark_set_apart``): the break after it is in doubt, though no further."""
    open_ = {k for k in range(len(lines) - 1)
             if k not in doubted and not _opens_block(lines[k + 1]) and not _ends_byline(lines, k)
             and _fits(lines, k, measure) and _free(lines, k, fixed)}
    # after a mark set apart the break is in doubt itself, and no further: the pieces after it
    # show their own cuts (a centred line after a justified one that ended a paragraph is whole)
    apart = {k for k in open_ if _closed(lines[k]) and _mark_set_apart(lines, k, doubted)}
    open_ = {k for k in open_ if not _closed(lines[k])}
    spread: set[int] = set(apart)
    edge = [k for k in open_ if k - 1 in doubted or k + 1 in doubted]
    while edge:
        spread.update(edge)
        edge = [k for k in {j for e in edge for j in (e - 1, e + 1)} if k in open_ and k not in spread
                and _piece_like(lines[k], measure) and _piece_like(lines[k + 1], measure)]
    return spread


def _mark_set_apart(lines: Sequence[Line], k: int, doubted: set[int]) -> bool:
    """Line ``k`` is a lone closing mark PDFium set apart (``化楼陆续亮起灯光`` / ``。`` / ``在一家从
    事传``): it stands alone because the typesetter spread the space of a justified line between
    its characters, and a paragraph's last line is set ragged, never spread — so the sentence it
    finishes need not end the printed line, and the break after it is as much in doubt as the one
    before (the regrouping joins it only where that fills the lines, at ``FONT_CHANGE_COST``)."""
    text = lines[k].text
    return k - 1 in doubted and len(text) == 1 and text in NO_LINE_START


def _piece_like(line: Line, measure: float) -> bool:
    """The line may be a piece PDFium cut off a printed line: at most ``PIECE_SHARE`` of the
    measure (the characters between two set apart), or short of the measure with a clause mark
    inside (``代化，关键是农业``: running text cut short — a title line breaks where its phrase
    does, with no comma left inside)."""
    return line.width <= measure * PIECE_SHARE or (line.clause and line.width < measure - RUN_ON_SLACK_EM)


def _join_spaced(lines: list[Line], log: Log) -> list[Line]:
    """A short run and the line after it that starts with a lone space joined, keeping the space
    (``2.1`` / `` 政务数据`` → ``2.1 政务数据``): the space says they share a printed line
    (``pages.spaced_piece``), so no measure is needed; so does one ideographic space, kept, after a
    standard's clause number (``4.1`` / ``　选址`` → ``4.1　选址``, ``pages.em_spaced_piece``); page-number pieces stay for
    ``strip_furniture`` (``第`` / ``1`` / `` 页 共`` …)."""
    pairs = [k for k in range(1, len(lines))
             if (lines[k].lead_space and (spaced_piece(lines, k) or spaced_item(lines, k)))
             or (lines[k].indent and em_spaced_piece(lines, k))]   # (speed82: its first look, ``indent``, here)
    if not pairs:
        return lines
    numbers = shaped_numbers(lines, [k for k in range(len(lines)) if len(lines[k].text) <= PAGE_NUMBER_MAX_CHARS])
    joined = {k for k in pairs if k not in numbers and k - 1 not in numbers}
    # (a range's end before the space, 「9:00」 / 「—」 / 「9:10」 / 「　主持人介绍…」: the range is one lead)
    ranged = {k - 1 for k in joined if _range_end(lines, k - 1) and not numbers & {k - 3, k - 2}}
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in ranged:
            start = out[-2]
            text = start.text + out[-1].text + line.text
            log.decided(start.lineno, "merged", _("{count} pieces of one printed line: {text!r}").format(
                count=3, text=excerpt(text)))
            del out[-2:]
            merged = start.but(text=text, trail_space=line.trail_space)
            out.append(merged.but(span_width=merged.width))
        elif k in joined:
            head = out[-1]
            text = head.text + (" " if line.lead_space else EM_SPACE) + line.text
            log.decided(head.lineno, "merged", _("{count} pieces of one printed line: {text!r}").format(
                count=2, text=excerpt(text)))
            # (a reference's label read as a raised marker cut off the line before, 「[1]」, is no
            # marker once the space after it shows it opens its entry's printed line)
            merged = head.but(text=text, trail_space=line.trail_space,
                              gap_join=head.gap_join and REFERENCE_LABEL_RUN_RE.match(head.text) is None)
            out[-1] = merged.but(span_width=merged.width)
        else:
            out.append(line)
    return out


def _range_end(lines: Sequence[Line], k: int) -> bool:
    """Line ``k``, a Latin run before an entry's space, ends a range whose mark and start pypdf wrote on
    lines of their own (「9:00」 / 「—」 / 「9:10」 / 「　主持人介绍会议有关情况」: the dash in the Chinese
    face parts the two times' runs): an agenda's lead is the whole range, one printed line with its
    entry's text (``shapes.ENTRY_RANGE_MARKS``), so the range's start goes with its end — left behind,
    it is regrouped with the line before (「四、会议议程9:00—」)."""
    if k < 2:
        return False
    mark, start = lines[k - 1], lines[k - 2]
    return len(mark.text) == 1 and mark.text in ENTRY_RANGE_MARKS and start.text[-1:].isdigit() \
        and LATIN_RUN_RE.match(start.text) is not None and _plain(mark) and _plain(start) \
        and not (mark.blanks_before or lines[k].blanks_before or mark.page_start or lines[k].page_start)


def _measure(plain: Sequence[Line], pieces: Sequence[Line]) -> float:
    """The measure, from the lines no piece touches: most of them run to it (a high quantile:
    in a short text cut into many pieces few whole lines are left, and some end paragraphs).
    No piece of body text is wider than the printed line it was cut from, so the widest line
    next to a run (less what may overhang) bounds it from below: where every paragraph is a line
    or two, the whole lines are mostly last lines, short of the measure.  (Not the widest line
    of all: a headline spans the columns of a newspaper page; nor a line with a space between two
    ideographs, two printed lines an extractor joined, ``shapes.JOINED_LINES_RE``.)"""
    bounding = [line.width for line in pieces if JOINED_LINES_RE.search(line.text) is None]
    widest = max(bounding, default=0.0) - OVERFLOW_EM
    widths = sorted(line.width for line in plain if line.width >= MEASURE_MIN_EM)
    return max(widths[int(len(widths) * MEASURE_QUANTILE_PIECES)] if widths else 0.0, widest)


def _sharing(lines: Sequence[Line], measure: float, fixed: set[int], runs: set[int]) -> set[int]:
    """Breaks after a finished sentence that may fall inside one printed line, in a text whose
    extractor cuts its lines at every change of font (runs were found inside Chinese text, or
    lead-ins' edges filling lines: ``_filled_pairs``): the two pieces fit one line (``_fits``) and
    the break may be a lead-in's edge (``_lead_in_edge``).  ``fixed``: lines fixed in place;
    ``runs``: the runs, whose breaks are ambiguous at no extra cost."""
    kept = fixed | runs
    shared: set[int] = set()
    for k in range(len(lines) - 1):
        if lines[k].final and _fits(lines, k, measure) and _free(lines, k, kept) \
                and _lead_in_edge(lines, k, measure, fixed, runs, shared) and not _over_date(lines, k + 1):
            shared.add(k)
    return shared


def _shows_lead_ins(lines: Sequence[Line], filled: AbstractSet[int]) -> bool:
    """(meas74) The text sets lead-ins in another font, so a break after a finished sentence may be a
    lead-in's edge (``_sharing``): a lead-in and its paragraph's text fill one printed line somewhere
    (``filled``, ``_filled_pairs``), or pieces opening on a list's numbering follow finished sentences
    ``LEAD_IN_SERIES_MIN`` times or more (「…不容忽视的问题。」 / 「一是有的」 / 「同志担当意识不强。」, 「…如下。」 /
    「1.」 / 「责任体系压得更实。」: ``shapes.series_key``, Word's item numbers), a label alone on its piece
    counted with them (a transcript's speakers, 「李秀兰：」 / 「我在图书馆工作了…」).  Runs in a Latin face show
    only that the extractor cut the text at every change of font: a Word report with its figures in a
    Latin face and no lead-in at all has every paragraph's end before a short paragraph, a label or a
    heading (「…刊发时有删节。」 / 「【材料2】把握好…」, 「…转危为安。」 / 「一本台账」, 「…得实惠。」 / 「专题二：…」)
    read as a lead-in's edge, and the regrouping ran them into one line wherever the widths let it."""
    if filled:
        return True
    shaped = 0
    for k in range(len(lines) - 1):
        if _lead_in_shaped(lines, k):
            shaped += 1
            if shaped >= LEAD_IN_SERIES_MIN:
                return True
    return False


def _lead_in_shaped(lines: Sequence[Line], k: int) -> bool:
    """(meas74) The piece after line ``k`` has a lead-in's shape: a label alone (``_label_alone``), or a
    list's numbering after a finished sentence (``shapes.series_key``: 「一是」, 「第一，」; Word's item number,
    ``shapes.ITEM_NUMBER_RUN_RE``: 「1.」)."""
    text = lines[k + 1].text
    if _label_alone(text):
        return True
    return lines[k].final and (series_key(text) is not None or ITEM_NUMBER_RUN_RE.match(text) is not None)


def _label_alone(text: str) -> bool:
    """(meas74) The piece is a label alone, a speaker's name and its colon (「李秀兰：」, 「主持人：」): set in
    bold before its turn, the lead-in of a transcript's paragraphs."""
    return len(text) <= LEAD_IN_LABEL_MAX_CHARS and text[-1:] in LEAD_IN_MARKS and CLAUSE_RE.search(text[:-1]) is None


def _over_date(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` stands over a date alone on its printed line — a signature's (``SIGN_DATE_RE``:
    「江城市精神文明建设委员会办公室」 / 「2026年11月25日」), whole or cut at its font into pieces
    (「2026」 / 「年」 / 「11」 / 「月」 / 「25」 / 「日」): a signer's name, a line of its own, not the rest of a
    lead-in's printed line.  (A date inside prose runs on in the piece that ends it: 「日上午，…」.)"""
    text = ""
    for j in range(k + 1, min(len(lines), k + 1 + DATE_PIECES_MAX)):
        if lines[j].blanks_before and j > k + 1:
            break
        text += lines[j].text.strip()
        if SIGN_DATE_RE.match(text) is not None:
            return True
    return False


def _paired(lines: Sequence[Line]) -> set[int]:
    """Breaks shaped like a change of font inside one printed line, before the measure is known: a
    finished sentence, then a piece that finishes nothing, the two about as wide as the line after
    them, which is wider than the piece (taken for a whole line, it stands for the measure), no
    blank line between the three (``一、做文明风尚的倡导者！`` / ``自觉践行社会主`` / ``义核心价值
    观，…做文``).  (Widths as the lines give them: a raised marker's half size is ``_filled_pairs``'
    to count.)"""
    final = list(map(_FINAL, lines))
    after_final = compress(range(len(lines) - 2), map(gt, final, final[1:]))   # (in C: most breaks are not)
    paired = set()
    for k in after_final:
        first, piece, whole = lines[k], lines[k + 1], lines[k + 2]
        if piece.width < whole.width and piece.blanks_before == 0 == whole.blanks_before \
                and whole.width - RUN_ON_SLACK_EM <= first.width + piece.width <= whole.width + OVERFLOW_EM \
                and _piece_shaped(piece):
            paired.add(k)
    return paired


def _piece_shaped(line: Line) -> bool:
    """The line may be the rest of a printed line cut at a change of font: it ends no block
    (``_closed``) and starts with no first-line indent — an indent is set where a printed line
    starts a paragraph, never where a font changes inside a line (``…8件。`` / ``　　二月`` is a
    paragraph's end and an indented heading, not a lead-in's edge)."""
    return not line.indent and not _closed(line)


def _filled_pairs(lines: Sequence[Line], measure: float, fixed: set[int], paired: set[int]) -> set[int]:
    """The ``paired`` breaks that show a text cut at every change of font, runs in a Latin
    face or not (a bold lead-in set in a Chinese face): the two pieces fill one printed line together
    (to the measure, or to the measure less a dropped indent: ``RUN_ON_SLACK_EM``) while the second
    alone stops short and the line after it is whole (the paragraph goes on: short lines of verse
    fill a line two by two too, ``何妨吟啸且徐行。`` / ``竹杖芒鞋轻胜马，`` / ``谁怕？``), and the
    break may be a lead-in's edge.  A paragraph's last line and a short heading after it fill a
    line so only by chance: ``FONT_CUT_MIN_PAIRS`` of them show the whole text cut so; one alone
    shows its own break in doubt (a text with one bold lead-in: ``…来抓。`` / ``各级`` / ``各部门…``)."""
    low = measure - RUN_ON_SLACK_EM
    return {k for k in paired
            if low <= width(lines[k]) + width(lines[k + 1]) <= measure + OVERFLOW_EM
            and width(lines[k + 1]) < low <= width(lines[k + 2]) and _free(lines, k, fixed)
            and _lead_in_edge(lines, k, measure, fixed)}


def _series_pairs(lines: Sequence[Line], measure: float, fixed: set[int], runs: set[int],
                  paired: set[int], filled: set[int]) -> set[int]:
    """The ``paired`` breaks after a lead-in of a series some ``filled`` pair showed run in: a
    list's items are set alike, so where one numbered lead-in (``第一，…布局。`` / ``基础研究处于从``)
    shares its printed line with its paragraph's text, the lead-ins numbered like it
    (``series_key``: ``第二，``, ``二是``, ``（二）``) do too, also where the widths alone cannot say
    so: a lead-in wrapped onto a second line that its two characters end (``第二，深化基础研究体制
    机制改`` / ``革。`` / ``世界已经进入大科学时代，基础``), whose rest fills the line as an indented
    first line would (``_filled_pairs`` leaves that to chance).  The two pieces fill one printed line,
    the line after them is whole, and the lead-in opened its paragraph (``_sentence_start``); the
    piece has no shape of a block's own (``_lone_pairs``).  These breaks are cuts, not doubts: each
    joins unless the measure forbids it."""
    keys = {key for k in filled if (key := series_key(_lead_in_text(lines, k, measure, fixed, runs))) is not None}
    if not keys:
        return set()
    low = measure - RUN_ON_SLACK_EM
    series = set()
    for k in paired - filled:
        if not (low <= width(lines[k]) + width(lines[k + 1]) <= measure + OVERFLOW_EM
                and low <= width(lines[k + 2]) and _free(lines, k, fixed)):
            continue
        start = _sentence_start(lines, k, measure, fixed, runs)
        if start >= 0 and series_key(lines[start].text) in keys and not lines[k + 1].listed \
                and not _opens_block(lines[k + 1]) and not any(map(_joined, lines[k:k + 3])):
            series.add(k)
    return series


def _lead_in_text(lines: Sequence[Line], k: int, measure: float, fixed: set[int], runs: set[int]) -> str:
    """The text a filled pair's lead-in opens with: the sentence line ``k`` ends, where it opened
    its paragraph, else the piece after the break (``…如下。`` / ``隐患排查改得更早。``)."""
    start = _sentence_start(lines, k, measure, fixed, runs)
    return lines[start].text if start >= 0 else lines[k + 1].text


def _lone_pairs(lines: Sequence[Line], filled: set[int]) -> set[int]:
    """The breaks of ``filled`` pairs that stay in doubt in a text not shown cut at every change of
    font (fewer than ``FONT_CUT_MIN_PAIRS``): the pair is the only evidence, so its piece must have no
    shape of a block's own — a numbered heading or item (``line.listed``: ``（3）生态方面``), a field
    (``出席：…``), a byline — which after a paragraph's last line is a block that happens to fill the
    line (``…经费。`` / ``出席：赵明辉 …``), not the rest of a lead-in's line (``…来抓。`` / ``各级``);
    and no line of the three is two printed lines joined (``_joined``): then no width measures a line."""
    return {k for k in filled if not lines[k + 1].listed and not _opens_block(lines[k + 1])
            and not any(map(_joined, lines[k:k + 3])) and not _heading_of_series(lines, k + 1, filled)}


def _heading_of_series(lines: Sequence[Line], i: int, filled: AbstractSet[int]) -> bool:
    """Line ``i``, a piece of a lone pair, has the shape of a line the text sets as a block of its
    own elsewhere: another line as wide, with no clause mark and no sentence end, stands after a
    finished sentence where no pair explains it (its widths fit no printed line with the line
    before).  A text sets the headings of one series alike (「脚下有泥」, 「心中有数」: four
    ideographs between a paragraph's last line and the next paragraph), so one of them after a
    last line that happens to leave its width of room is that series' heading, not the rest of a
    lead-in's printed line (``…在这里和大家交流。`` / ``脚下有泥`` / ``到社区的第一天，…``, 30 + 4
    em on a 34 em reading of the measure: the paragraph, the heading and the next paragraph were
    regrouped into one).  A lead-in's rest is the opening of a sentence that runs on, with no
    sibling standing alone."""
    piece = lines[i]
    if piece.clause or piece.final or not full_width_only(piece.text) or opens_on_tail(lines[i + 1].text):
        return False   # (the line after opening on the piece's word's tail goes on from it: 「…靠前服」 / 「务，…」)
    shape = width(piece)
    alike = [j for j in range(1, len(lines) - 1) if j != i and width(lines[j]) == shape]
    if not alike:
        return False
    # (a running head repeats and a folio holds digits: neither is a heading of the text's own)
    counts = Counter(line.text for line in lines)
    # (a numbered heading is of its own numbered series: 「（一）产业发展势头向好」 is no sibling of an
    # unnumbered piece as wide)
    return any(lines[j - 1].final and not lines[j].final and not lines[j].clause and not lines[j].indent
               and not lines[j].listed and NUMBERED_RE.match(lines[j].text) is None
               and lines[j].blanks_before == 0 and j - 1 not in filled and counts[lines[j].text] == 1
               and full_width_only(lines[j].text) for j in alike)


def _joined(line: Line) -> bool:
    """The line is two printed lines an extractor joined, a space between two ideographs
    (``shapes.JOINED_LINES_RE``: columns read across, ``（三）学习科技创新 导参阅；…``): its width
    measures no line of the page."""
    return " " in line.text and JOINED_LINES_RE.search(line.text) is not None


def _fits(lines: Sequence[Line], k: int, measure: float) -> bool:
    """Lines ``k`` and ``k + 1`` fit one printed line, with no blank line between them."""
    return width(lines[k]) + width(lines[k + 1]) <= measure + OVERFLOW_EM and lines[k + 1].blanks_before == 0


def _lead_in_edge(lines: Sequence[Line], k: int, measure: float, fixed: set[int],
                  runs: AbstractSet[int] = frozenset(), shared: AbstractSet[int] = frozenset()) -> bool:
    """Between two pieces set in Chinese faces the font changes at a bold lead-in's edges, and a
    lead-in is a sentence: it ends in the piece after the break (``…如下。`` / ``隐患排查改得更早。``)
    or, cut by the line's end, in the one after that (``…问题。`` / ``一是有的`` / ``同志担当意识
    不强。``); or the piece before the break is the lead-in, opening its paragraph (``第一，…布局。``
    / ``基础研究处于…``).  A numbered piece that finishes no sentence is a heading on a line of its
    own (``…时间。`` / ``五、常见问题`` / ``页面显示空白：…``), and so is a quotation standing whole
    (``…李秀兰女士。`` / ``“书要读到手上有温度”`` / ``李秀兰：``): a title in quotes.  The one after that is the next line
    of text: a page's number and running head (``fixed``) between them are not (``…“不出事”。`` /
    ``二是有的`` / ``2`` / ``学习手册`` / ``同志调查研究不深。``); and there the lead-in's other edge
    follows it, at the sentence's end in the piece after the page's head: the line of text before
    that piece starts after a break already ``shared`` (``同志调查研究不深。`` / ``习惯于…``)."""
    nxt = lines[k + 1]
    if nxt.final:
        return True
    if NUMBERED_RE.match(nxt.text) is not None or (nxt.text[:1] == "“" and QUOTED_LINE_RE.match(nxt.text) is not None):
        return False
    after = k + 2
    while after in fixed:
        after += 1
    return (after < len(lines) and lines[after].final) or _opens_sentence(lines, k, measure, fixed, runs) \
        or _ends_lead_in(lines, k, fixed, shared)


def _ends_lead_in(lines: Sequence[Line], k: int, fixed: set[int], shared: AbstractSet[int]) -> bool:
    """Line ``k`` finishes the sentence a lead-in started after a ``shared`` break, on the line of
    text before it (a page's number and head between them: ``二是有的`` / ``2`` / ``学习手册`` /
    ``同志调查研究不深。``)."""
    before = k - 1
    while before in fixed:
        before -= 1
    return before > 0 and before - 1 in shared and not lines[before].final


def _opens(lines: Sequence[Line], k: int, measure: float, fixed: set[int], runs: AbstractSet[int]) -> bool:
    """Line ``k`` opens its paragraph: it comes first, or one of ``_OPENING_SIGNS`` reads so.  The
    lines before it are lines of text: a page's number and running head (``fixed``) are passed over
    (``…。`` / ``3`` / ``凝心聚力抓落实`` / ``要把营商环境作为“一把手工程”来抓。`` / ``各级``)."""
    before = _text_before(k, fixed)
    if before < 0:
        return True
    for sign in _OPENING_SIGNS:
        if sign(lines, k, before, measure, fixed, runs):
            return True
    return False


def _after_sentence(lines: Sequence[Line], k: int, before: int, measure: float, fixed: set[int],
                    runs: AbstractSet[int]) -> bool:
    """The line of text above ends a sentence."""
    return lines[before].final


def _after_item_number(lines: Sequence[Line], k: int, before: int, measure: float, fixed: set[int],
                       runs: AbstractSet[int]) -> bool:
    """The line above is a list item's number alone (Word's numbering opens a paragraph: ``1. `` /
    ``责任体系压得更实。``)."""
    return ITEM_NUMBER_RUN_RE.match(lines[before].text) is not None


def _numbered_lead_in_whole(lines: Sequence[Line], k: int, before: int, measure: float, fixed: set[int],
                            runs: AbstractSet[int]) -> bool:
    """Line ``k`` is a numbered lead-in whole (``_numbered_lead_in``), whatever stands above it."""
    return _numbered_lead_in(lines[k])


def _after_short_remark(lines: Sequence[Line], k: int, before: int, measure: float, fixed: set[int],
                        runs: AbstractSet[int]) -> bool:
    """The line above is a block of one short line after a finished sentence (``layout.SHORT_SHARE``
    of the measure: a remark, ``致辞。`` / ``（掌声）`` / ``主持人：`` / ``各位领导…``; not a run, nor a
    piece after one: ``10`` / ``万公里。村``)."""
    earlier = _text_before(before, fixed)
    return earlier >= 0 and lines[earlier].final and before not in runs \
        and width(lines[before]) < measure * SHORT_SHARE


def _numbered_lead_in(line: Line) -> bool:
    """(texts83) The line is a numbered lead-in whole, which opens its paragraph by its numbering
    whatever stands above it: one sentence, ending the line, opening on a list's numbering
    (``shapes.series_key``: 「5．提升数字文化服务水平。」, 「（二）健全薪酬体系。」, 「二是…。」).  A 工作要点's
    or 方案's points are numbered through the text and follow a part's head (「五、强化工作保障」) or an
    item's bracketed 责任单位 line (「（责任单位：…各区县人民」 / 「政府）」) as often as a finished
    sentence — neither ends in a stop, so the line above does not show the paragraph's start; the
    numbering does (a list's number opens a paragraph or a heading, never a printed line inside one
    but where a run-in list wraps onto it, and then the line holds the item's text, not one sentence)."""
    text = line.text
    return line.final and series_key(text) is not None and STOP_RE.search(text[:-1]) is None


def _lead_in_under_head(lines: Sequence[Line], k: int, before: int, measure: float, fixed: set[int],
                        runs: AbstractSet[int]) -> bool:
    """(texts83) Line ``k`` is a lead-in whole — one finished sentence on its piece, opening on no
    word's or sentence's tail (``shapes.opens_on_tail``) — under a head (``_under_head``, line
    ``before``): 「三、强化保障，凝聚推动乡村振兴的强大合」 / 「力」 / 「要压实责任。」.  A line that goes on
    from the line above (an article's or an item's text wrapped, 「第六条　归档的文件材料应」 / 「当齐全完整、
    真实准确，整理符」, 「（三）违反规定对外提供档」 / 「案的。」) is no lead-in under a head, whatever the
    widths say: a column page's measure may be read wide."""
    line = lines[k]
    return line.final and STOP_RE.search(line.text[:-1]) is None and not opens_on_tail(line.text) \
        and _under_head(lines, before, measure, fixed)


def _under_head(lines: Sequence[Line], k: int, measure: float, fixed: set[int]) -> bool:
    """(texts83) Line ``k`` ends a head set on lines of its own: up to ``HEAD_LINES_MAX`` lines with no
    sentence's stop, the first opening on a heading's number or an attribution's dash
    (``shapes.NUMBERED_RE``: 「3.着力优化营商环境」, 「三、强化保障，凝聚推动乡村振兴的强大合」 / 「力」) right
    after a finished sentence or the text's start, the last stopping short of the measure by more
    than a line of text may (``regroup.RUN_ON_SLACK_EM``, a dropped indent's room and a cut's).  A head closes its block without a stop, so the line under it opens a
    paragraph, as a line under a finished sentence does (a page's number and running head between
    are passed over).  A numbered item or an article whose text wraps fills its line
    (「（三）违反规定对外提供档」 / 「案的。」, 「第六条　归档的文件材料应」 / 「当齐全完整…」): the line under
    it goes on with the item."""
    if width(lines[k]) > measure - RUN_ON_SLACK_EM:
        return False
    for _n in range(HEAD_LINES_MAX):
        if k < 0 or lines[k].final or STOP_RE.search(lines[k].text) is not None:
            return False
        above = _text_before(k, fixed)
        if NUMBERED_RE.match(lines[k].text) is not None:
            return above < 0 or lines[above].final
        k = above
    return False


# The signs that line ``k`` opens its paragraph, each asked ``(lines, k, before, measure, fixed,
# runs)`` with ``before`` the line of text above it: one entry per reading, cheapest and commonest first.
_OPENING_SIGNS = (
    _after_sentence,
    _after_item_number,
    _numbered_lead_in_whole,     # (texts83)
    _lead_in_under_head,         # (texts83)
    _after_short_remark,
)


def _opens_sentence(lines: Sequence[Line], k: int, measure: float, fixed: set[int], runs: AbstractSet[int]) -> bool:
    """The sentence line ``k`` ends opened its paragraph (``_sentence_start``)."""
    return _sentence_start(lines, k, measure, fixed, runs) >= 0


def _sentence_start(lines: Sequence[Line], k: int, measure: float, fixed: set[int], runs: AbstractSet[int]) -> int:
    """The line that opens the paragraph whose first sentence line ``k`` ends (-1: that sentence
    opened no paragraph): line ``k`` opens it (``_opens``), or a lead-in wider than the measure
    wrapped onto line ``k`` from a line that opens the paragraph and holds no sentence's end
    (``第一，强化基础研究前瞻性、战`` / ``略性、系统性布局。`` / ``基础研究处于从``): up to
    ``LEAD_IN_MAX_LINES`` printed lines, and line ``k`` finishes no sentence before its last.
    Each is one printed line: two an extractor joined across a gutter (``_joined``) hold the ends
    of two columns' sentences, no lead-in."""
    if _opens(lines, k, measure, fixed, runs):
        return k
    if STOP_RE.search(lines[k].text[:-1]) is not None or _joined(lines[k]):
        return -1
    for _n in range(LEAD_IN_MAX_LINES - 1):
        k = _text_before(k, fixed)
        if k < 0 or k in runs or STOP_RE.search(lines[k].text) is not None or _joined(lines[k]):
            return -1
        if _opens(lines, k, measure, fixed, runs):
            return k
    return -1


def _text_before(k: int, fixed: set[int]) -> int:
    """The line of text before line ``k`` (-1: none), a page's furniture passed over."""
    k -= 1
    while k in fixed:
        k -= 1
    return k


def _free(lines: Sequence[Line], k: int, fixed: set[int]) -> bool:
    """Neither line at the break after ``k`` is fixed (a page number, a running head, a line
    the reader placed) and no page starts there."""
    nxt = lines[k + 1]
    return k not in fixed and k + 1 not in fixed and not nxt.page_start and not nxt.given_heading \
        and nxt.role is None and not lines[k].given_heading and lines[k].role is None


def _opens_block(line: Line) -> bool:
    """The line opens a block by its shape (a byline or dateline, ``本报讯（记者 马晓东）``; a 来源
    line, a label, a paper's bare column name 「编后」: ``shapes.COLUMN_LABEL_RE``): a whole line, never a
    piece cut off the one before; (yb85) a 年鉴's contributors' credit, 「（撰稿：周敏 审稿：陈立新）」:
    ``shapes.CREDIT_ROLES_LINE_RE``)."""
    return line.opener or BYLINE_LABEL_RE.match(line.text) is not None or COLUMN_LABEL_RE.match(line.text) is not None \
        or CREDIT_ROLES_LINE_RE.match(line.text) is not None


def _ends_byline(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` ends a byline or dateline the column wrapped (``本报讯（记者 周婷 通讯员`` /
    ``邱明）``, ``通讯员 林家豪 本报记者 周`` / ``可欣``): the block ends there, however short the
    line.  (A byline whole on its own line, ``□ 本报评论员``, is followed by the text: ``农业现``
    is no name of it.)"""
    if k == 0 or BYLINE_LABEL_RE.match(lines[k - 1].text) is not None:
        return False
    before = lines[k - 1]
    space = " " if before.trail_space or lines[k].lead_space else ""   # (a name cut inside: ``周`` / ``可欣``)
    return BYLINE_LABEL_RE.match(f"{before.text}{space}{lines[k].text}") is not None


def _closed(line: Line) -> bool:
    """The line ends its block: a sentence, a photo credit (``…/摄``), a byline or dateline, (yb85) a 年鉴's
    contributors' credit closing its 分目 (``shapes.CREDIT_ROLES_LINE_RE``)."""
    return line.final or CREDIT_RE.search(line.text) is not None or BYLINE_LABEL_RE.match(line.text) is not None \
        or CREDIT_ROLES_LINE_RE.match(line.text) is not None


def _candidates(lines: Sequence[Line]) -> list[int]:
    """Indices of the lines that may be pieces (one C-level scan; most texts have none)."""
    joined = "\n" + "\n".join([line.text for line in lines])
    found = [m.start() for m in PIECE_LINES_RE.finditer(joined)]   # (a line's newline: where it starts without)
    if not found:
        return []
    starts = list(accumulate([len(line.text) + 1 for line in lines[:-1]], initial=0))
    # (and the runs opening on a lead's space, whose text starts as any line's)
    return sorted({bisect_right(starts, at) - 1 for at in found}
                  | {i for i, line in enumerate(lines) if line.indent and lead_run(line)})


def _cut(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` starts with what no printed line starts with (``shapes.NO_LINE_START``), or, right
    after a piece with no Chinese in it (a run in another face), with what goes with the piece
    before (``shapes.BOUND_TO_BEFORE``: Word's 「1」 / 「．汛期…」, 「[J]」 / 「．」), or is the run pypdf
    opened on the space after an entry's lead cut into runs itself (``regroup.lead_run`` after 「3」 /
    「月」 / 「5」 / 「日」: ``dated`` joins a lead that came whole)."""
    line = lines[i]
    return i > 0 and line.role is None and not line.given_heading \
        and (line.text[:1] in NO_LINE_START or _bound_after_run(lines, i)
             or (lead_run(line) and _run(lines[i - 2]) if i > 1 else False))


def _bound_after_run(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` opens on what goes with the piece before (``shapes.BOUND_TO_BEFORE``: 「．」) right
    after a piece with no Chinese in it — a run in another face (「1」, 「[J]」), where the mark proves
    a cut; after Chinese it may open a printed line."""
    return lines[i].text[:1] in BOUND_TO_BEFORE and CJK_CHAR_RE.search(lines[i - 1].text) is None


def _font_run(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is only a run in a Latin face or a raised marker (``shapes.LATIN_RUN_RE``); a
    number with blank lines on both sides is a block of its own (a page number), and so is a
    paper's page number (``_page_number_block``)."""
    line = lines[i]
    return _run(line) and not (_page_number_block(line.text) and _set_off(lines, i))


def _page_number_block(text: str) -> bool:
    """A page's number as a block of its own may print: a number (「26」), or a head's dated piece —
    a paper's lettered page (「A1」), a date in figures (``shapes.HEAD_PIECE_RE``) — pdftotext cuts a
    paper's head row into blocks at the wide spaces between its fields (「江城晚报」 / 「城事」 / 「2026年5月3日」 / 「A1」) and writes each set
    off by blank lines, where pypdf writes a run cut at its face with none; read as a run, the page
    number took the date over it and the headline under it into one printed line
    (「2026年5月3日A1身边的榜样」), out of the furniture rules' reach. (news74)"""
    return (text.isascii() and text.isdigit()) or HEAD_PIECE_RE.match(text.strip()) is not None


def _clustered(lines: Sequence[Line], shown: list[int]) -> list[int]:
    """One-character lines are PDFium's pieces where two of them lie close (``GAP_NEAR_LINES``):
    it spreads a justified line into several; a title's last character wrapped alone stands by
    itself."""
    return shown if any(b - a <= GAP_NEAR_LINES for a, b in zip(shown, shown[1:])) else []


def _all(lines: Sequence[Line], shown: list[int]) -> list[int]:
    return shown


def _run(line: Line) -> bool:
    return not line.given_heading and line.role is None and LATIN_RUN_RE.match(line.text) is not None


def _gap_piece(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is one character PDFium set on a line of its own (``shapes.ONE_IDEOGRAPH_RE``),
    with Chinese text right before and after it: no change of face explains the breaks (pypdf's
    ``5`` / ``期`` is a run's neighbour) and no blank line parts them (a heading spread one letter
    to a line has them: ``1.1 研`` / ``究``, for ``collapse_spaced_headings``)."""
    line = lines[i]
    if not 0 < i < len(lines) - 1 or ONE_IDEOGRAPH_RE.match(line.text) is None or not _plain(line):
        return False
    after = lines[i + 1]
    edges = lines[i - 1].text[-1:] + after.text[:1]
    return len(CHINESE_EDGE_RE.findall(edges)) == 2 and line.blanks_before == 0 == after.blanks_before


def _plain(line: Line) -> bool:
    """Nothing the reader said about the line (a role, a heading) fixes it in place."""
    return line.role is None and not line.given_heading


def _ambiguous(lines: Sequence[Line], k: int, runs: set[int], cuts: set[int], fixed: set[int]) -> bool:
    """The break after line ``k`` may be a cut inside one printed line."""
    return (k in runs or k + 1 in runs or k + 1 in cuts) and _free(lines, k, fixed)


def _inside_cjk(lines: Sequence[Line], shaped: Sequence[int]) -> list[int]:
    """The runs with Chinese text on both sides of the stretch of runs they are in (``平台`` /
    ``28`` / ``家，``; ``偏多`` / ``2`` / ``3%`` / ``。``; ``7月“`` / ``8`` / ``·`` / ``02”强降雨``):
    pieces cut from a Chinese line.  A page range under a reference (``版),2024,(1):`` /
    ``108-124.``) is a line of its own: the line before ends in Latin."""
    inside: list[int] = []
    k = 0
    while k < len(shaped):
        end = k
        while end + 1 < len(shaped) and shaped[end + 1] == shaped[end] + 1:
            end += 1
        first, last = shaped[k], shaped[end]
        if first > 0 and last + 1 < len(lines) and CJK_CHAR_RE.match(lines[first - 1].text[-1:]) is not None \
                and CJK_AT_START_RE.match(lines[last + 1].text) is not None:
            inside.extend(shaped[k:end + 1])
        k = end + 1
    return inside


def _cited_again(lines: Sequence[Line]) -> set[int]:
    """The lines that open on a marker the text cited above and no note has answered yet: a note's
    label (with the figures its text opens with, 「[2]2025」), cut off the page's last line of text
    and off its note (「…一派繁华景象。」 / 「[1]」 / 「《元和郡县图志》…」 — pypdf parts a bracketed
    label from both at its face), not a raised marker of the text: the break before it is no cut.
    A note follows the marker citing it, and answers it once; counted so, numbers that start again
    on every page pair too."""
    if NOTE_MARK_FIRST.isdisjoint([line.text[:1] for line in lines]):
        return set()
    cited: set[int] = set()
    labels: set[int] = set()
    for i, line in enumerate(lines):
        if line.text[:1] in NOTE_MARK_FIRST and (start := NOTE_START_RE.match(line.text)) is not None:
            number = note_number(start.group(1))
            if number in cited:   # (a note's label: the citation answered)
                labels.add(i)
                cited.discard(number)
                rest = start.group(2)
            else:
                rest = line.text
        else:
            rest = line.text
        cited.update(n for mark in NOTE_MARK_RE.finditer(rest) if (n := note_number(mark.group(0))) is not None)
    return labels


def _note_body(line: Line) -> bool:
    """The line opens a note at the page's foot (``②2025年市直机关…``): set smaller than the body,
    it holds more characters than the measure, so it bounds nothing."""
    if line.text[:1] not in NOTE_MARK_FIRST:
        return False
    start = NOTE_START_RE.match(line.text)
    return start is not None and start.group(2) != ""


def _set_off(lines: Sequence[Line], i: int) -> bool:
    """Blank lines on both sides: a block of its own (a page number), never a piece of a line
    (an extractor that cuts runs off puts no blank line between them)."""
    return lines[i].blanks_before > 0 and (i + 1 == len(lines) or lines[i + 1].blanks_before > 0)



# The kinds of pieces, in the order a line is tried against them.
_EVIDENCE = (
    _Evidence("cut", _cut, _all),               # clreq 行首禁则: 。，、） open no printed line
    _Evidence("run", _font_run, _inside_cjk),   # pypdf: a run in a Latin face, inside Chinese text
    _Evidence("gap", _gap_piece, _clustered),   # PDFium: characters a justified line spread apart
)
