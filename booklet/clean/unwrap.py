"""Unwrap: decide at every line boundary whether a new block starts, from combined evidence.

The evidence: the file's layout (``booklet.clean.layout``), final punctuation, indents,
blank lines, the reader's hints (``para_start``, role, geometry) and the block-opening
shapes of ``booklet.shapes``; where none of it speaks, the measure (``booklet.clean.measured``).
``starts_block`` decides one boundary; ``group_lines``
walks the file and returns the groups (caption lines form groups of their own, and the
paragraph a caption interrupted resumes in a ``cont`` group).
"""

from __future__ import annotations

import re
from itertools import repeat
from dataclasses import dataclass, field
from typing import Callable, Sequence

from booklet.cjk import width
from booklet.clean.layout import FULL_SLACK_EM, Layout
from booklet.clean.lines import Around, Line, around_of
from booklet.clean.measured import byline_alone, measured_break, open_bracket
from booklet.clean.series import series_heads
from booklet.clean.setoff import attribution_goes_on, closes_attribution, ends_addressees, label_runs_on, note_under_title, short_tail, speaker_under_subtitle
from booklet.clean.stages import Lines
from booklet.clean.verse import verse_ends
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (EXTRACT_PAGE_END_RE, spaced_name_cut, CIRCLED_FIRST, circled_item_after, PART_WORD_LINE_RE, ANNEX_LINE_RE, ORG_LAST, PART_HEAD_RE, SIGNING_BODIES_RE, BRACKET_CLOSERS, BRACKET_OPENERS, DIVISION_OPEN_RE, couplet_over, quoted_element, COLUMN_LABEL_FIRST, COLUMN_LABEL_RE, SIGN_DATE_RE, couplet_under, headline_apart, opens_lede, ARTICLE_ONLY_RE, ISSUED_ON_RE, BARE_SPEAKER_LABEL_RE, BLOCK_OPENER_RE, BYLINE_ROLES, CHAPTER_ONLY_RE, CLAUSE_SPACED_RE, CREDIT_RE,
                            ENTRY_RANGE_MARKS, ENTRY_SPACED_RE, entry_lead,
                            CLOSING_RE, COLOPHON_ROW_RE, ISSUE_LINE_RE, masthead_name,
                            DATELINE_RE, EDITOR_NOTE_RE, FIELD_LINE_RE, FIGURE_RE, TABLE_CAPTION_RE, LEAD_IN_MARKS, NUMBERED_LABEL_RE,
                            LISTED_NAME_LAST, MID_WORD_END_RE, NAME_ROW_RE, NOTE_LEAD_RE, NOTE_MARK_FIRST, NOTE_MARK_RE, OPENERS, mark_label,
                            PUSHED_MARKER_RE, FORM_FIELD_RE, SCHEDULE_DAYPARTS, SCHEDULE_ROW_RE, LEAD_IN_END_RE, SPEC_NAME_MAX, SPEC_ROW_RE, SPEC_ROW_SPACED_RE, TABLE_ROW_RE, PROVISION_CITATION_RE, TITLE_ONLY_RE, CREDIT_ROLES_LINE_RE, GRID_ROW_RE, WHOLE_NAME_RE, WHOLE_NAME_ROW_RE, ROW_LINE_RE, ROW_TERM_MAX, SOURCE_LINE_RE, SOURCE_WHOLE_RE, SPREAD_STOP_RE, TAIL_OR_DIGIT_RE, TOC_LINE_RE, TOC_ROW_RE,
                            date_cut, ends_mid_word, outline_head_over_first, term_entries, has_short_line_role, list_item, locator_rest, opens_on_tail)

# Judged as full, a title line may fall this much (em) short of the measure (titles are centred).
TITLE_FULL_BELOW_EM = 3
TITLE_FULL_ABOVE_EM = 1
# A table-of-contents row may wrap over this many lines before its leader and page number.
TOC_ROW_MAX_LINES = 5
# Reader geometry (PDF): a line set in this far (share of its size) is indented; sizes within
# this many pt are the same; a gap of more than two line heights is extra leading; a line
# before set in by two sizes was centred or set off.
READER_INDENT_SHARE = 0.8
SAME_SIZE_PT = 0.6
EXTRA_LEADING_SIZES = 2.0
SET_OFF_SIZES = 2
# A line wider than the body's measure by more than this (em) is set to another measure (a
# headline group or an abstract spanning the columns): the body's lines reach the measure give or
# take a hung stop (one em) and a half-width run, never two characters more.
SPAN_EXCESS_EM = 2.0
# A line of a run set across the columns that stops short of this share of the run's widest line
# ended: a wrapped line fills its measure, and the count in em reads a justified line of a
# wide run up to a few em off (full-width stops set in half an em, half-width runs, a hung
# stop: 44 against 46 em in a two-column journal's abstract), while the short lines of a
# headline group stop far short (a 14-em title under a 33-em kicker).
SPAN_FULL_SHARE = 0.85


@dataclass(slots=True)
class Group:
    """Consecutive lines that form one block; ``kind`` is "caption", "cont" (a paragraph resumed
    after a caption) or "" (decided later)."""

    lines: list[Line] = field(default_factory=list)
    kind: str = ""

    @property
    def first(self) -> int:
        """First source line number."""
        return self.lines[0].lineno

    @property
    def last(self) -> int:
        """Last source line number."""
        return self.lines[-1].lineno


def unwrap(stage: Lines, log: Log) -> Lines:
    """Lines → groups of lines, one group per block (see the module docstring); then the （N） heads
    their series reads as heads cut from the paragraphs they ran into (``series.series_heads``)."""
    groups = group_lines(stage.lines, stage.layout, log)
    cuts = series_heads([group.lines if not group.kind else () for group in groups], stage.layout)
    if cuts:
        groups = [part for gi, group in enumerate(groups) for part in _cut(group, cuts.get(gi, ()))]
    return stage.but(groups=tuple(groups))


def _cut(group: Group, places: Sequence[int]) -> list[Group]:
    """``group`` cut before each of its lines at ``places`` (a head and the lines it ran into)."""
    ends = [0, *places, len(group.lines)]
    return [Group(lines=group.lines[a:b], kind=group.kind) for a, b in zip(ends, ends[1:])]


def group_lines(lines: Sequence[Line], layout: Layout, log: Log | None = None) -> list[Group]:
    """Split the flow into groups; caption lines form their own groups."""
    groups: list[Group] = []
    group = Group()              # (the group filled last: ``groups[-1]`` once there is one)
    prev: Line | None = None
    above: Line | None = None    # (the line before ``prev``, captions aside)
    prev_opens = prev_quiet = False
    quiet_before, quiet_after = quiet_lines(lines)
    notes = _note_starts(lines)
    spans = span_measures(lines, layout)
    verse = verse_ends(lines, layout)
    terms = _term_ends(lines)
    parts = _part_lines(lines)
    for i, (line, nxt, after) in enumerate(zip(lines, [*lines[1:], None], [*lines[2:], None, None])):
        if line.caption:
            if not groups or group.kind != "caption" or (
                    (line.indent or line.raw.para_start) and _caption_ended(group)):
                group = Group(kind="caption")
                groups.append(group)
            group.lines.append(line)
            continue
        if prev is None:
            opens = True
        else:
            head = group.lines[0]
            around = around_of((nxt, head, above, after))   # (speed84: ``Around`` built in C)
            if prev.final and i in notes:
                verdict = True   # a note opens on its marker after a full stop (``_note_starts``)
            elif prev_quiet and quiet_after[i] and not (prev.final and _sibling_rows(head, line)):
                verdict = measured_break(prev, line, layout, prev_opens, around)   # (no evidence speaks)
            else:
                verdict = starts_block(prev, line, layout, prev_opens, around)
            if not verdict and spans[i - 1] and layout.wrapped and _stops_short_of_span(prev, spans[i - 1]):
                verdict = True   # a line set across the columns stopped short of their measure
            if not verdict and i - 1 in verse:
                verdict = True   # (texts85) a verse's line in a run of verse ends its block (``verse``)
            if not verdict and i in parts and (prev.final or not prev.clause):
                verdict = True   # (std86) a part named by its kind alone opens a block of its own (``_part_lines``)
            if not verdict and i - 1 in terms:
                verdict = True   # (std86) a term entry's number and its term end their blocks (``_term_ends``)
            if verdict and line.listed and (_runs_in(group.lines, line) or _runs_on(prev, lines, i)):
                verdict = False   # the list was run in: its next item goes on in the paragraph
            # (the article's start is asked only where no evidence opened a block: it walks the groups)
            opens = verdict or (not prev.clause and (start := _at_article_start(groups))
                                and _title_line_ends(prev, line, layout, start == 2)) or (
                prev.text[-1:].isdigit() and _toc_ends(prev, lines, i))   # (a row ends in its page number)
        if not opens and group.kind == "caption" and _over_table(group):
            opens = True   # (yb85) a table's caption sits over its table: its first row opens a block
        if opens:
            group = Group()
            groups.append(group)
        elif group.kind == "caption":
            group = Group(kind="cont")
            groups.append(group)
        elif line.page_start and log is not None:
            log.decided(line.lineno, "joined", _("across a page break: {end!r} + {start!r}").format(
                end=excerpt(prev.text, tail=True), start=excerpt(line.text)))  # type: ignore[union-attr]
        group.lines.append(line)
        above, prev, prev_opens, prev_quiet = prev, line, bool(opens), quiet_before[i]
    return groups


def _part_lines(lines: Sequence[Line]) -> set[int]:
    """(std86) The lines that name a part of the text by its kind alone (``shapes.PART_WORD_RE``: 「前言」, 「引言」,
    「附录」 — GB/T 1.1's and a book's elements).  Under a line that holds no running clause (a title, a heading) or
    ends a sentence (``group_lines`` asks that), such a line is the part's heading, set on its own line, never the
    title's wrapped rest nor a paragraph's.  (speed90: ``shapes.PART_WORD_LINE_RE``, the pattern of the stripped line,
    mapped over the texts: one scan in C, no call a line.)"""
    return {i for i, named in enumerate(map(PART_WORD_LINE_RE.match, [line.text for line in lines])) if named is not None}


def _term_ends(lines: Sequence[Line]) -> set[int]:
    """(std86) The lines that end a block inside a standard's term entry (GB/T 1.1: the entry's number alone, the
    term with its English equivalent under it, the definition under that — ``shapes.term_entries``): the number's
    line and the term's last line.  Each is a printed line set short on purpose, whatever the measure says."""
    return {k for entry in term_entries([line.text for line in lines], [bool(line.blanks_before) for line in lines]) for k in entry}


def _note_starts(lines: Sequence[Line]) -> set[int]:
    """The lines that open a note: a line opening on a printed marker (「②2025年…」) whose mark
    the same page already showed, inside a line or at a line's start (the reference, 「知之不多②。」).
    A note is set after the text that refers to it, each note on its own marker; a reference mark
    the measure pushed to a line's start (「…令不从。”」 / 「①作风正，则」) and a list's items numbered
    ①②③ are each the first of their marks on the page, so they are not taken for notes."""
    if NOTE_MARK_FIRST.isdisjoint([line.text[:1] for line in lines]):
        return set()   # (most files: no line opens on a marker, no scan)
    starts: set[int] = set()
    seen: set[str] = set()
    page = None
    for i, line in enumerate(lines):
        if line.raw.page != page:
            page, seen = line.raw.page, set()
        lead = NOTE_LEAD_RE.match(line.text) if line.text[:1] in NOTE_MARK_FIRST else None
        if lead is not None and lead.group(1) in seen and PUSHED_MARKER_RE.match(line.text) is None:
            starts.add(i)
        seen.update(mark_label(mark.group(0)) for mark in NOTE_MARK_RE.finditer(line.text))
    return starts


def _toc_ends(prev: Line, lines: Sequence[Line], i: int) -> bool:
    """The table of contents ended at ``prev`` (a row ending in its page number) when no row's
    leader and number come in the next lines before a 来源 line: 「…重要讲话 .....35」 /
    「习近平在加强基础研究座谈会上强调 以更大力度更」 / 「实举措加强基础研究…」 (a title)."""
    if not prev.text[-1:].isdigit() or TOC_LINE_RE.search(prev.text) is None:   # (asked by the caller too)
        return False
    for line in lines[i:i + TOC_ROW_MAX_LINES]:
        if line.opener:
            return True
        if TOC_ROW_RE.search(line.text):
            return False
    return True


def _over_table(group: Group) -> bool:
    """(yb85) The caption group is a table's caption (``shapes.TABLE_CAPTION_RE``, ``FIGURE_RE``: 「表1　2025年青禾县主要
    农作物播种面积和产量」, its tail the measure wrapped joined, ``captions._title_tail``).  A photo's caption may
    stand inside a paragraph that goes on after it; a table's caption is set over the table, so the line under
    it is the table's first row, never the rest of the paragraph before the caption."""
    text = "".join(line.text for line in group.lines)
    return TABLE_CAPTION_RE.match(text) is not None and FIGURE_RE.match(text) is not None


def _caption_ended(group: Group) -> bool:
    """The caption group so far ends with its credit (…/摄) or is a figure title: a new one may start."""
    text = group.lines[-1].text
    return CREDIT_RE.search(text) is not None or FIGURE_RE.match(text) is not None


def starts_block(prev: Line, cur: Line, layout: Layout, prev_opens: bool = False,
                 around: Around = Around()) -> bool:
    """True when ``cur`` begins a new block after ``prev`` (the heart of unwrapping); ``around``
    holds the lines about the break (``lines.Around``: the line after ``cur``, the first line of
    ``prev``'s block, the line before ``prev``, the line after the next).  The evidence is read in the order of ``_EVIDENCE``: the first
    that speaks (a block starts, or the text goes on) decides; where none does, the measure
    decides (``measured.measured_break``) or, in a file of one paragraph a line, the separators."""
    for evidence in _EVIDENCE:
        verdict = evidence(prev, cur, layout, around)
        if verdict is not None:
            return verdict
    return measured_break(prev, cur, layout, prev_opens, around)


def _structure(prev: Line, cur: Line, layout: Layout, around: Around) -> bool | None:
    """What the reader or the markup said: a heading, a quote's edge, a separator."""
    if cur.given_heading or prev.given_heading or cur.quote != prev.quote or cur.separator or prev.separator:
        return True
    return None


def _left_open(prev: Line, cur: Line, layout: Layout, around: Around) -> bool | None:
    """No block ends on an opening quote or bracket (「…自由探索“」 / 「两条腿走路”…」), after a
    speaker's label alone (「记者：」 / 「今年全市…怎么样？」: the label's turn follows it), nor
    inside an attribution whose first line filled the measure (``setoff.attribution_goes_on``), nor
    inside a word a boxed note's first line cut after its run-in label (``setoff.label_runs_on``),
    nor after a byline's role without its names, nor inside the date of a 来源 line."""
    head = around.head
    last = prev.text[-1:]
    if last in OPENERS and not cur.spaced_heading:
        return False
    if last in LEAD_IN_MARKS and BARE_SPEAKER_LABEL_RE.match(prev.text) and not cur.listed:
        return False
    if last == "条" and ARTICLE_ONLY_RE.match(prev.text) is not None and not (cur.listed or cur.opener):
        return False  # an article's label waits for its text (「第六条」 / 「志愿服务组织应当履行下列职责：」)
    if head is prev and attribution_goes_on(prev, cur, layout, head):  # (only a block's first line)
        return False
    if head is prev and label_runs_on(prev, cur):  # (only a block's first line)
        return False  # a boxed note's label run in with its first words, cut inside a word (「资料：江城市现」 / 「有…」)
    if prev.text.endswith(BYLINE_ROLES) and has_short_line_role(f"{prev.text} {cur.text}", "byline"):
        return False  # a byline's role waits for its names (「本报记者 何静怡 通讯员」 / 「吴志强」)
    if _spaced_name_goes_on(prev, cur, around):
        return False  # (texts86b) a byline's spaced name cut into its characters (「通讯员」 / 「何」 / 「芸」)
    if _source_cut(prev, cur, head):
        return False
    if _opens_on_tail(prev, cur, head):
        return False  # the line's sentence ends a few characters into the next (「1. 责任体系压得更」 / 「实。汛前，…」)
    return None


def _spaced_name_goes_on(prev: Line, cur: Line, around: Around) -> bool:
    """(texts86b) ``cur`` is the first or the second character of a byline's two-character name spaced
    to a three's width, cut from its role and from each other at the wide gaps (``shapes.spaced_name_cut``:
    「通讯员」 / 「何」 / 「芸」, plain pdftotext): the byline goes on across both breaks."""
    if len(cur.text) != 1:
        return False   # (most lines: longer than one character, no look at the lines about them)
    nxt, above = around.nxt, around.above
    return (nxt is not None and spaced_name_cut(prev.text, cur.text, nxt.text)) \
        or (above is not None and spaced_name_cut(above.text, prev.text, cur.text))


def _opens_on_tail(prev: Line, cur: Line, head: Line | None) -> bool:
    """``cur`` opens on the tail of a sentence ``prev`` left inside a word: a character or few,
    then the sentence's stop (「实。汛前，…」, 「难。”他说，…」) or one character and the pause after
    it (「年，走遍全镇…」: ``shapes.opens_on_tail``).  No paragraph, heading
    or item opens so; a line the measure cut inside its sentence does, however short the line
    above looks — a bold lead-in set in a wider face, a line pushed short by the characters no
    line may start with (clreq 禁则) — so the two lines are one block.  Not after a line ending
    on a pause (a verse's line) nor after a closing formula's first line (「此致」 / 「敬礼！」), nor
    a block whose first and last lines hold no clause mark and no number: a title or a heading carries
    no sentence, and the tail under it is another column's (「…明查暗访情况的通报」 / 「纠，并将…」,
    plain pdftotext's interleaved columns)."""
    first = head or prev
    if not (first.clause or prev.clause or first.listed):
        return False   # a title's or heading's lines, unnumbered: no sentence of theirs to finish
    return prev.text[-1:] not in _PAUSES and ends_mid_word(prev.text) and not cur.listed \
        and opens_on_tail(cur.text) and not _own_line(prev.text)


# A line ending on a pause may end a verse (「竹杖芒鞋轻胜马，」 / 「谁怕？」); a line cut by the measure
# inside a word ends on the word.
_PAUSES = frozenset("，、,")


def _source_cut(prev: Line, cur: Line, head: Line | None) -> bool:
    """A 来源 line the column cut inside its date (「…》2026年」 / 「11月20日第7版」, 「…2026」 / 「年11」 /
    「月26日…」), between its whole date and its page (「…2026年11月20日」 / 「第7版」) or before its
    locator (``shapes.locator_rest``: 「来源：江城县人民政府办公室」 / 「《工作动态》2026年第23期」)."""
    if head is None or not head.opener or SOURCE_LINE_RE.match(head.text) is None:
        return False
    return date_cut(prev.text, cur.text) or locator_rest(("" if head is prev else head.text) + prev.text, cur.text)


# The last characters of a 来源 line whole (``shapes.SOURCE_WHOLE_RE``): its page, its issue, the
# bracket it is set in (one set lookup screens every other line end).
_CITATION_ENDS = frozenset("版期）)")


def _source_ended(head: Line | None, prev: Line) -> bool:
    """``prev`` ends a 来源 line that wrapped (``head`` its first line): the line cites down to its
    page or issue or closes its bracket (``shapes.SOURCE_WHOLE_RE``), and a 来源 line is a block of
    its own, so the next line — a headline the column set under it (「来源：《江城日报》2026」 /
    「年11月20日第7版」 / 「让老建筑」 / 「说新故事」) — starts a block, however full the line before."""
    if head is None or not head.opener or prev.text[-1:] not in _CITATION_ENDS \
            or SOURCE_LINE_RE.match(head.text) is None:
        return False
    match = SOURCE_WHOLE_RE.search(head.text + prev.text)
    return match is not None and not open_bracket(match.group())


def _reader_said(prev: Line, cur: Line, layout: Layout, around: Around) -> bool | None:
    """The reader saw a paragraph start or a change of role; sibling rows (``_sibling_rows``)
    after a finished one start their own blocks; a line the reader saw continue goes on."""
    head = around.head
    if (cur.raw.para_start and _reader_start(prev, cur)) or cur.role != prev.role:
        return True
    if prev.final and _sibling_rows(head, cur):
        return True
    if cur.raw.para_start is False and not cur.opener and not (cur.listed and prev.final):
        return False  # (no indent in an indenting layout)
    return None


def span_measures(lines: Sequence[Line], layout: Layout) -> list[float]:
    """For each line of a run set across the columns, the run's measure (its widest line), else 0.
    A line wider than the body's measure by more than ``SPAN_EXCESS_EM`` is set to another
    measure: a headline group's kicker, title, subtitle and byline over three of four 11-character
    columns, an abstract over two.  A run holds such lines in a row; one narrower line between two
    of them (the rest of a wrapped kicker, 「…并在全县乡」 / 「村振兴工作推进会上作出批示」) stays in it."""
    wide = layout.measure + SPAN_EXCESS_EM
    spanning = [ln.span_width > wide and _set_width(ln) > wide for ln in lines]
    measures = [0.0] * len(lines)
    if not any(spanning):
        return measures   # (most files: no line is wider than the measure)
    i, n = 0, len(lines)
    while i < n:
        if not spanning[i]:
            i += 1
            continue
        j = i + 1
        while j < n and (spanning[j] or (j + 1 < n and spanning[j + 1])):
            j += 1
        if j - i > 1:
            top = max(ln.span_width for ln in lines[i:j])
            measures[i:j] = [top] * (j - i)
        i = j
    return measures


def _set_width(line: Line) -> float:
    """The line's width as set, without the spaces an extractor wrote where justification spread
    its glyphs (``shapes.SPREAD_STOP_RE``): a column's full line is then no wider than the measure."""
    if " " not in line.text or SPREAD_STOP_RE.search(line.text) is None:
        return line.span_width
    return line.span_width - (width(line.text) - width(line.text.replace(" ", "")))


# A line ending on these has not ended, however short: an opening quote or bracket, or a pause
# mark inside its sentence (a headline's line and an abstract's last line never end on ，or 、; a
# ragged page's paragraph does, where its next line runs wider than the measure).
_GOES_ON_ENDS = OPENERS | frozenset("，、")


def _stops_short_of_span(prev: Line, span: float) -> bool:
    """``prev`` stands in a run set across the columns (``span_measures``: ``span`` its measure)
    and stops short of that measure: it ended, whatever the body's measure says (every line of the
    run is wider than a column's line, so the body's measure reads each as a full line that goes
    on: kicker, title, subtitle, byline and the first paragraphs became one block)."""
    return bool(span) and prev.span_width < SPAN_FULL_SHARE * span and not open_bracket(prev.text) \
        and prev.text[-1:] not in _GOES_ON_ENDS


def _shaped_edge(prev: Line, cur: Line, layout: Layout, around: Around) -> bool | None:
    """Lines whose shape makes them blocks of their own: spaced headings, openers (labels, 来源,
    ※ notes), a chapter number alone, an attribution closed by its date (「——《…意见》（2019年4月）」),
    a row of a kind set one a line (``ROW_KINDS``: a 名单's, a timetable's, a form's field, a 版记
    row, a table's row, a closing formula), and a numbered or labelled line after a
    line that could end a block; a standard's clause, which opens with its number and the ideographic
    space after it (「1　范围」, 「4.1.1　城市书房宜设在…」), after any line; a line repeating an
    unpunctuated line above (a running head repeating the title under it, 书眉, as set on a text's
    one page)."""
    head = around.head
    if prev.spaced_heading or cur.spaced_heading or cur.opener:
        return True
    if _column_label(prev) or _column_label(cur):
        return True   # a paper's bare column name (短评, 编后, 记者手记) is a label on its own line: nothing runs on
    if not prev.clause and cur.text.strip() == prev.text.strip():
        return True   # a title never wraps into its own words: the line above was a running head over it
    if not prev.clause and ISSUED_ON_RE.match(prev.text) is not None:
        return True   # a 简报's 编发 line (office 编, the day) closes its 报头 over the rule: nothing runs on
    if (prev.opener and not prev.text.startswith("※") and not open_bracket(prev.text)) \
            or (prev.listed and CHAPTER_ONLY_RE.match(prev.text)):
        return True
    if head is not prev and _source_ended(head, prev):
        return True   # a 来源 line that wrapped ends with its page, issue or bracket: nothing runs on
    if (not prev.clause and closes_attribution(head, prev, cur)) or ends_addressees(head, prev):
        return True
    if head is prev and not cur.clause and couplet_over(prev.text, cur.text):
        return True   # a couplet is a headline's whole element: the heading line under it is the next (kicker / title)
    if head is prev and quoted_element(prev.text) and not short_tail(cur.width):
        return True   # (news84) a headline element of quotations alone (「从“没人管”到“有人管”」): the line under it is the next
    if head is prev and not prev.clause and couplet_under(prev.text, cur.text):
        return True   # … and under the line above it: a headline line never wraps into a couplet's two halves
    if speaker_under_subtitle(head, prev, cur, layout):
        return True   # the speaker under a speech's subtitle: 「——在…上的辅导报告」 / 「市直机关工委理论学习中心组」
    if note_under_title(head, prev, cur, layout):
        return True   # a title's note or volume in brackets: 「江城市档案管理条例」 / 「（2026年9月25日…」
    if _signer_over_date(prev, cur):
        return True   # a signature's date on its line under the issuer's name (落款): the name never runs on into it
    if _row_edge(prev, cur, head):
        return True   # rows of one kind (``ROW_KINDS``): a block each, however full or short the line before
    if head is prev and byline_alone(prev, cur) and DATELINE_RE.match(prev.text) is None:
        return True  # a byline of role and names is never run in with the text, however full its line
    if not prev.clause and (byline_alone(cur, None) or headline_apart(cur.text)):
        return True   # a byline, the authors' names or a salutation under a headline line: a headline never runs on into them
    if EDITOR_NOTE_RE.match(cur.text) is not None:
        return True   # an editor's note (编者按：) is set apart under the headline in its own face: no line runs on into it
    if CLAUSE_SPACED_RE.match(cur.text) is not None:
        return True   # a standard's clause opens with its number and ideographic space (GB/T 1.1): a block
    if around.nxt is not None and cur.text[:1].isdigit() and outline_head_over_first(cur.text, around.nxt.text):
        return True   # (plan89) an outline's head over its first sub-head (「1 总则」 / 「1.1 编制目的」): a head, no line's rest
    if _opens_entry(cur.text) and (prev.final or prev.span_width < layout.measure - FULL_SLACK_EM) \
            and prev.text[-1:] not in ENTRY_RANGE_MARKS:
        return True   # a schedule's entry opens with its date or time and ideographic space (not a range's end)
    if prev.text[-1:] in _CITATION_ENDS and EXTRACT_PAGE_END_RE.search(prev.text) is not None:
        return True   # (texts87) an extract closed by its page (「……意思。”（第49页）」): the extract ends there
    if cur.text[:1] in CIRCLED_FIRST and prev.final and head is not None and circled_item_after(head.text, cur.text):
        return True   # (texts86) the next item of a circled enumeration whose item before opened its block and ended (「③…；」 / 「④…」)
    if cur.listed:
        could_end = prev.final or prev.span_width < layout.measure - FULL_SLACK_EM or not layout.wrapped
        if (could_end or _sibling_fields(prev, cur)) and not _list_inline(cur, prev, head):
            return True
    return None


def _signer_over_date(prev: Line, cur: Line) -> bool:
    """``cur`` is a date alone (``shapes.SIGN_DATE_RE``: 「2026年11月6日」, 「2026年5月编印」) under a line
    with no clause punctuation: a signature, the issuer's name over its date (落款, GB/T 9704 7.3.5),
    each set on its line of its own, flush right or set in, so neither the measure nor the indent
    tells them apart — the name stops short only by what the setting put left of it, which an
    extractor drops, and the date's digits and 年 make a leading unit as wide as that room: the two
    ran on into one paragraph on every pocket measure (「中共江城市委宣传部」 / 「2026年11月6日」, 9 em on
    14).  A body's text never ends on a whole date with no stop after it.  Not after a line whose
    break the reader kept inside its block (a hard break: the signature's two lines as one block),
    nor after one left open or ending on a digit (a line cut inside a count, 「…单位236」 /
    「家，…」: an issuer's name ends on a character)."""
    last = prev.text[-1:]
    return not prev.clause and not prev.raw.hard_break and not last.isdigit() and not last.isascii() \
        and SIGN_DATE_RE.match(cur.text) is not None and not open_bracket(prev.text)


def _signature_under(prev: Line, cur: Line, layout: Layout, around: Around) -> bool | None:
    """(sign82) ``cur`` opens the signature (落款, GB/T 9704 7.3.5): the bodies' names
    (``SIGNING_BODIES_RE``: one, or a joint signature's side by side) over its date line, or the first
    of a joint signature's names stacked over the next and the date (「中共江城市委」 / 「江城市人民政府」 /
    「2026年9月9日」).  A signature is set apart at the right under the body's end, so it never goes on
    from the line above: a sentence's end, or an attachment list's item or title (「附件：1．…测算表」 /
    「2．…情况」 / 「江城市民政局」, the item a title's words that a body's name would run on into).
    Not under a line that ends nothing (a name the measure wrapped, 「江城市精神文明」 / 「建设委员会」).
    It reads the two lines after ``cur`` (``around``), and it speaks first: the full line above it,
    which the other evidence and the measure would run on, says nothing against a signature."""
    nxt = around.nxt
    if nxt is None or cur.clause or SIGNING_BODIES_RE.match(cur.text) is None:
        return None
    if SIGN_DATE_RE.match(nxt.text) is None and not (
            SIGNING_BODIES_RE.match(nxt.text) is not None and around.after is not None
            and SIGN_DATE_RE.match(around.after.text) is not None):
        return None
    head = around.head or prev
    if prev.final or list_item(head.text) is not None or ANNEX_LINE_RE.match(head.text) is not None:
        return True
    return None


# The evidence ``starts_block`` reads, strongest first; each is asked ``(prev, cur, layout, around)``
# and says True (a block starts), False (the text goes on) or None (it cannot tell).
_EVIDENCE = (_signature_under, _structure, _left_open, _reader_said, _shaped_edge)
# Last characters of a line before a boundary some evidence looks at: an opening quote or bracket
# (``_left_open``), a speaker's label or addressees' colon (``_left_open``, ``ends_addressees``).
_SPEAKING_ENDS = OPENERS | LEAD_IN_MARKS


def quiet_lines(lines: Sequence[Line]) -> tuple[list[bool], list[bool]]:
    """For each line, whether no evidence of ``_EVIDENCE`` can speak for what the line itself is,
    as the line before a boundary and as the line after it: most lines of prose are neither
    marked, nor shaped, nor left open, and a boundary between two such lines goes straight to the
    measure unless it is the second row of a list of rows (``group_lines``).  Each test names the
    evidence that reads it: a role, a given heading or a quotation (``_structure`` and
    ``_reader_said`` compare them across the boundary), separator, spaced heading, opener and
    list shapes (``_structure``, ``_shaped_edge``); no clause punctuation (an attribution it may
    close or go on with, ``_shaped_edge``, ``_left_open``); an end left open or leading in
    (``_left_open``, ``ends_addressees``); a sentence's tail opening the line (``_left_open``); a
    paragraph start the reader saw or denied (``_reader_said``); a specification list's row, which
    holds a list's clauses and so looks like prose (``_shaped_edge`` through ``ROW_KINDS``); a body's
    name that may open a signature (``_signature_under``: a signature under a full line that ended a
    sentence was run into it where the screen let the pair go to the measure)."""
    marked = [ln.role or ln.given_heading or ln.quote or ln.separator or ln.spaced_heading or ln.opener or ln.listed
              or ln.text[:1] in CIRCLED_FIRST   # (a circled item's next, ``_shaped_edge``)
              or (ln.text[-1:] in _CITATION_ENDS and EXTRACT_PAGE_END_RE.search(ln.text) is not None)   # (an extract's page, ``_shaped_edge``)
              or (ln.text[:1] in _OWN_FIRST and _own_line(ln.text))
              or (ln.text[:1] in COLUMN_LABEL_FIRST and _column_label(ln))
              or (ln.text[-1:] in ORG_LAST and SIGNING_BODIES_RE.match(ln.text) is not None)   # (``_signature_under``)
              for ln in lines]   # (its look, inline)
    before = [not (mark or not ln.clause or ln.text[-1:] in _SPEAKING_ENDS) for mark, ln in zip(marked, lines)]
    # (a line opens on a sentence's tail or a schedule's lead only where ``TAIL_OR_DIGIT_RE`` matches:
    # the look runs over every line in C, the two tests on the few it lets through)
    texts = [ln.text for ln in lines]
    looks = map(TAIL_OR_DIGIT_RE.match, texts)
    # (speed82: ``_spec_gap``'s look, a space within the reach of a row's name, runs over every line in C
    # too: the rows' patterns are asked of the few lines it lets through)
    gaps = map(_SPEC_GAP_RE.search, texts, repeat(0), repeat(SPEC_NAME_MAX + 2))
    after = [not (mark or ln.raw.para_start is not None
                  or (look is not None and (opens_on_tail(ln.text) or _opens_entry(ln.text)))
                  or (gap is not None and _spec_row_any(ln.text)))
             for mark, ln, look, gap in zip(marked, lines, looks, gaps)]
    return before, after


def _reader_start(prev: Line, cur: Line) -> bool:
    """Trust a reader's ``para_start=True`` unless its geometry shows no reason but a ragged right
    edge: same size, no indent, no extra leading, and the line before stops mid-sentence
    (``…基础研究整体研究实力和`` / ``学术水平显著增强。``, a line short of the margin only
    because it held half-width characters)."""
    box, before = cur.raw.box, prev.raw.box
    if box is None or before is None or cur.role or prev.role or cur.raw.page != prev.raw.page:
        return True
    if box.x0 >= READER_INDENT_SHARE * box.size or abs(box.size - before.size) > SAME_SIZE_PT \
            or box.y - before.y > EXTRA_LEADING_SIZES * box.size:
        return True
    if before.x0 >= SET_OFF_SIZES * before.size:
        return True  # the line before was centred or set off
    return prev.final or cur.opener or cur.listed or MID_WORD_END_RE.search(prev.text) is None


def _at_article_start(groups: Sequence[Group]) -> int:
    """The current group is one line and the first of the file or follows a 材料 N / 来源 line:
    1, or 2 when it follows a label numbering its item (材料 N, 【材料三】: ``NUMBERED_LABEL_RE``) and
    so must be a title; else 0.  Under a label naming a kind of passage (【经验链接】) a full line is
    the passage's first (``_title_line_ends``)."""
    if len(groups[-1].lines) != 1:
        return 0
    if len(groups) == 1:
        return 1
    before = groups[-2].lines[0].text if groups[-2].lines else ""
    if BLOCK_OPENER_RE.match(before) is None:
        return 0
    return 2 if NUMBERED_LABEL_RE.match(before) else 1


def _title_line_ends(prev: Line, cur: Line, layout: Layout, after_label: bool = False) -> bool:
    """A one-line block with no punctuation at all, before a line of prose, is a title line
    even when it is as wide as the body text (titles set in a larger size, another width).

    Right after a label (``材料 1``) even a full-width line is the title
    (``材料1`` / ``习近平：加强基础研究 实现高水平科技自立自强`` / ``今天，中央政治局…``), and so
    it is over a lede (``shapes.opens_lede``): a news item's first sentence opens on its day
    (``市科技局召开一季度重点工作推进会`` / ``4月8日，市科技局召开…``, a one-page 简报's title about as
    wide as the body's lines), and no sentence of the file's first line runs on into a day and its pause."""
    full = layout.measure - TITLE_FULL_BELOW_EM <= prev.width <= layout.measure + TITLE_FULL_ABOVE_EM \
        and not after_label and not opens_lede(cur.text)
    return (layout.wrapped and not full and not prev.given_heading and not prev.clause and not prev.opener
            and not prev.final and cur.clause and not cur.gap_join)


def _sibling_fields(prev: Line, cur: Line) -> bool:
    """Two field lines in a row (``shapes.FIELD_LINE_RE``): two fields, however full the first."""
    return prev.listed and FIELD_LINE_RE.match(cur.text) is not None and FIELD_LINE_RE.match(prev.text) is not None


def _sibling_rows(head: Line | None, cur: Line) -> bool:
    """The block began with a row (``shapes.ROW_LINE_RE``, 「页面显示空白：清除浏览器缓存后重试。」)
    and ``cur`` is another: rows of one list, each a block (「…更换USB接口。」 / 「待办数量不更新：…」)."""
    return head is not None and _row_line(cur.text) and _row_line(head.text)


def _row_line(text: str) -> bool:
    """``shapes.ROW_LINE_RE``, tried only on a line with a colon where a row's term may end (one
    C-speed look: most lines of prose hold none so near their start)."""
    reach = text[:ROW_TERM_MAX + 1]
    return ("：" in reach or ":" in reach) and ROW_LINE_RE.match(text) is not None


# A form's field label stands within this many characters of its line's start (「统一社会信用代码：」
# is nine with its colon; ``shapes.FORM_LABEL_MAX`` ideographs and the colon, and a space).
FORM_LABEL_REACH = 10
# Marks that join the two times of a span (「9:00—9:10」): a line ending in one is cut inside the span.
SPAN_MARKS = frozenset("—–~～-至")
# First characters of the lines ``_own_line`` knows (a closing formula's, a 版记 label's): one set
# lookup per line keeps the two patterns off the lines of prose.
_OWN_FIRST = frozenset("此以妥当可特报送发抄分主印")
# The line a row is compared with: the line above it, or the first line of the block the line
# above belongs to (a row's kind is known from the block's first row, however its rows wrapped).
ABOVE, FIRST = "above", "first"


@dataclass(frozen=True, slots=True)
class RowKind:
    """A kind of line documents set one a line — a row — so that each is a block of its own,
    however full or short the line before (``ROW_KINDS``).  A line starts a block as a row of
    the kind when it is one (``row``), the line it is ``compared`` with fits ``pair`` (a row
    never holds the next row's start, so two rows in a row are two blocks), and the line above
    ended as a row of the kind ends (``ended``).  ``row``, ``pair`` and ``ended`` are asked in
    that order; a kind compared with nothing is decided by the line and ``ended`` alone."""

    name: str
    row: Callable[[str], bool]
    compared: str = ""                            # ABOVE, FIRST or "" (with nothing)
    pair: Callable[[str], bool] | None = None     # (what the line compared with must be)
    ended: Callable[[Line], bool] | None = None   # (what the line above must be: its row done)
    reason: str = ""


def _fits(pattern: re.Pattern[str], look: Callable[[str], bool] | None = None) -> Callable[[str], bool]:
    """A line of ``pattern``'s shape, the pattern tried only on lines that pass ``look`` (a
    C-speed look that rules out most lines of prose first)."""
    match = pattern.match
    if look is None:
        return lambda text: match(text) is not None
    return lambda text: look(text) and match(text) is not None


def _opens_on_clock(text: str) -> bool:
    """The line opens as a timetable's row may (``shapes.SCHEDULE_ROW_RE``): on the hour's digit,
    or on a part of the day (``shapes.SCHEDULE_DAYPARTS``: 上午, 下午, 晚上 …)."""
    return text[:1].isdigit() or text[:2] in SCHEDULE_DAYPARTS


def _opens_on_label(text: str) -> bool:
    """The line opens as a form's field may (``shapes.FORM_FIELD_RE``): on an ideograph of its
    label, a colon near the line's start where the label ends.  (A timetable's row holds its clock's
    digits before any colon, which no field's label holds: the two shapes never fit one line, so
    neither look needs the other.)"""
    reach = text[:FORM_LABEL_REACH]
    return "\u3400" <= text[:1] <= "\u9fff" and ("：" in reach or ":" in reach)


def _opens_own(text: str) -> bool:
    """The line opens on a first character of a closing formula or a 版记 label (``_OWN_FIRST``)."""
    return text[:1] in _OWN_FIRST


def _opens_entry(text: str) -> bool:
    """The line opens on a schedule's lead (a chronology's date, an agenda's time) and its
    ideographic space (``_shaped_edge``)."""
    return entry_lead(ENTRY_SPACED_RE, text) is not None


def _column_label(line: Line) -> bool:
    """(absorb80) The line is wholly a paper's column name (``shapes.COLUMN_LABEL_RE``: 「短评」, 「编后」,
    「记者手记」): set on a line of its own over its piece, so a block of its own whatever the measure says
    (after a caption's 「…摄」, which ends no sentence; before a column's next line)."""
    return line.text[:1] in COLUMN_LABEL_FIRST and COLUMN_LABEL_RE.match(line.text.strip()) is not None


def _own_line(text: str) -> bool:
    """The line is a closing formula (``shapes.CLOSING_RE``: 「妥否，请批示。」, 「特此通知。」, 「此致」) or
    opens a row of a 版记 (``shapes.COLOPHON_ROW_RE``: 「抄送：…」, 「报：…」)."""
    return CLOSING_RE.match(text) is not None or COLOPHON_ROW_RE.match(text) is not None


# (bull67) An issue line is this short at most (「（总第1234期）」, 「2026年第12期」 with spaces round
# its figures): a longer line is never one, and the pattern is not tried on it.
ISSUE_LINE_MAX_CHARS = 16


def _short(text: str) -> bool:
    """A line no longer than an issue line (``ISSUE_LINE_MAX_CHARS``): a C-speed look first."""
    return len(text) <= ISSUE_LINE_MAX_CHARS


def _any_line(text: str) -> bool:
    """Any line at all (a row kind decided by the line it is compared with alone)."""
    return True


def _not_own(text: str) -> bool:
    """Any line but a closing formula or a 版记 row (those are judged as rows of their own kind)."""
    return not (text[:1] in _OWN_FIRST and _own_line(text))


def _finished(prev: Line) -> bool:
    """The line above ends its sentence."""
    return prev.final


def _span_whole(prev: Line) -> bool:
    """The line above does not end inside a span of times (pypdf: 「9:40」 / 「—」 / 「10:40」)."""
    return prev.text[-1:] not in SPAN_MARKS


def _has_gap(text: str) -> bool:
    """The line holds white space where a table's cells part (an ideographic space, or a space
    where the reader wrote the gap so) and none of a sentence's commas or stops, which no cell
    holds (C-speed looks: most lines of prose are ruled out before the row's pattern is tried)."""
    return ("\u3000" in text or " " in text) and "，" not in text and "。" not in text


def _has_row_gap(text: str) -> bool:
    """The line holds the white space a 名单 row's names stand apart by (``shapes.NAME_ROW_RE``: a
    space, a tab or an ideographic space): a row of two names or more holds some."""
    return " " in text or "\t" in text or "\u3000" in text


def _spec_gap(text: str) -> bool:
    """The line holds, near its start, the wide space between a specification row's item name and
    its specification (``shapes.SPEC_ROW_RE``: a name of ``SPEC_NAME_MAX`` ideographs at most, then an
    ideographic space or a space, as some readers write it) — a C-speed look that rules out lines of prose."""
    reach = text[:SPEC_NAME_MAX + 2]
    return "\u3000" in reach or " " in reach


# (speed82) ``_spec_gap``'s look as a pattern, searched up to its reach (``quiet_lines``: every line, in C).
_SPEC_GAP_RE = re.compile("[ \u3000]")


def _spec_row(text: str) -> bool:
    """``shapes.SPEC_ROW_RE``, tried only past ``_spec_gap``'s look."""
    return _spec_gap(text) and SPEC_ROW_RE.match(text) is not None


def _spec_row_spaced(text: str) -> bool:
    """``shapes.SPEC_ROW_SPACED_RE`` (a row only beside a row of ``SPEC_ROW_RE``), past ``_spec_gap``'s look."""
    return _spec_gap(text) and SPEC_ROW_SPACED_RE.match(text) is not None


def _spec_row_any(text: str) -> bool:
    """A row of either shape: beside a row ``SPEC_ROW_RE`` reads, the spaced one is a row too
    (``_spec_gap``'s look taken once for both: ``quiet_lines`` asks it of every line)."""
    return _spec_gap(text) and (SPEC_ROW_RE.match(text) is not None or SPEC_ROW_SPACED_RE.match(text) is not None)


def _spec_lead(text: str) -> bool:
    """The line above a specification row's first line is a row of the list too, or the lead-in
    that opens the list on its colon (``shapes.LEAD_IN_END_RE``: 「…典型配置如下：」)."""
    return LEAD_IN_END_RE.search(text) is not None or _spec_row_any(text)


def _prose(text: str) -> bool:
    """The line holds a clause's comma or a sentence's stop (C-speed looks): prose, no heading's line."""
    return "，" in text or "。" in text


def _opens_di(text: str) -> bool:
    """The line opens on 第 (a C-speed look before a label's pattern)."""
    return text[:1] == "第"


def _leaves_nothing_open(prev: Line) -> bool:
    """The line above ends on no opening quote or bracket (``_left_open`` keeps such a line with the
    next before any row is asked: said here so that the row kind names what it asks of the line above)."""
    return prev.text[-1:] not in OPENERS


def _opens_label_char(text: str) -> bool:
    """The line opens on 第 and is short enough to be a label alone (a C-speed look)."""
    return text[:1] == "第" and len(text) <= 7


def _opens_bracket(text: str) -> bool:
    """The block opens on a bracket (a note wholly in brackets: a law's 题注 under its title)."""
    return text[:1] in BRACKET_OPENERS


def _closes_bracket(prev: Line) -> bool:
    """The line above ends on a closing bracket (the note it belongs to closed there)."""
    return prev.text[-1:] in BRACKET_CLOSERS


def _ends_as_name(text: str) -> bool:
    """The line ends as a name of a 名单 does (``shapes.LISTED_NAME_LAST``: 「…中学」, 「…（东湖区）」)."""
    return text[-1:] in LISTED_NAME_LAST


def _opens_title(text: str) -> bool:
    """The line opens on a title's 《 (one look before a source list entry's pattern)."""
    return text[:1] == "《"


def _cited_entry(text: str) -> bool:
    """(texts84) The line is an entry of a list of sources: a citation of a provision or a title alone."""
    return text[:1] == "《" and (PROVISION_CITATION_RE.match(text) is not None or TITLE_ONLY_RE.match(text) is not None)


def _row_tail(prev: Line) -> bool:
    """(yb85) The line above is the tail of a table's row the measure wrapped: cells parted by the table's gap
    (「量（万吨）　比上年增长（%）」), itself no row (it holds too few cells): a label the measure cut inside a cell
    (「主要农作物耕种收综合机」, no gap) is no row's tail, and its row goes on under it."""
    return _has_gap(prev.text) and TABLE_ROW_RE.match(prev.text) is None


# The kinds of row (``RowKind``): name, the row's shape, what it is compared with and what ends
# the row before it, and the reason a row of the kind is a block of its own.
ROW_KINDS: tuple[RowKind, ...] = (
    RowKind("名单 row", _fits(NAME_ROW_RE, _has_row_gap), ABOVE, _fits(NAME_ROW_RE, _has_row_gap), None,
            "a 名单 sets its names in rows as wide as the names made them (``shapes.NAME_ROW_RE``: "
            "「王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）」 / 「张德明家庭（西山区青石镇）　…」)"),
    RowKind("名单 name alone", _fits(WHOLE_NAME_RE, _ends_as_name), ABOVE, _fits(WHOLE_NAME_ROW_RE), None,
            "a long name takes a row to itself after a row of whole names, none cut by the measure "
            "(「北塘县人民检察院　北塘县农村信用合作联社」 / 「江城经济技术开发区管委会政务服务中心」)"),
    RowKind("timetable row", _fits(SCHEDULE_ROW_RE, _opens_on_clock), FIRST, _fits(SCHEDULE_ROW_RE), _span_whole,
            "a timetable sets a row a line (``shapes.SCHEDULE_ROW_RE``: 「9:00—9:10　主持人介绍…」) and a row "
            "never holds the next row's time — but a reader may cut a span at its dash, and its second "
            "time is no row (pypdf: 「9:40」 / 「—」 / 「10:40」)"),
    RowKind("form field", _fits(FORM_FIELD_RE, _opens_on_label), FIRST, _fits(FORM_FIELD_RE), None,
            "a form sets a field a line (``shapes.FORM_FIELD_RE``: 「当事人：江城市…有限公司」) and a field "
            "never holds the next one's label; a field that wrapped (「统一社会信用代码：…3P2」 / 「Q」) "
            "keeps its tail, which opens on no label"),
    RowKind("closing formula", _fits(CLOSING_RE, _opens_own), "", None, _finished,
            "GB/T 9704 sets a 公文's closing formula (``shapes.CLOSING_RE``: 「妥否，请批示。」, 「特此报告。」) "
            "as a paragraph of its own after the body's finished sentence, however full its last line"),
    RowKind("版记 row after the body", _fits(COLOPHON_ROW_RE, _opens_own), "", None, _finished,
            "GB/T 9704 sets each row of the 版记 (``shapes.COLOPHON_ROW_RE``: 「报：…」, 「抄送：…」) on lines "
            "of its own under the body's finished sentence"),
    RowKind("版记 row after a row", _fits(COLOPHON_ROW_RE, _opens_own), FIRST, _fits(COLOPHON_ROW_RE), None,
            "a 版记 row after another (a row's value may end unpunctuated); a wrapped row's tail never "
            "opens on a label, so it stays with its row"),
    RowKind("after a closing formula", _not_own, ABOVE, _fits(CLOSING_RE, _opens_own), None,
            "nothing runs on from a closing formula: the line after it starts a block (a formula or a "
            "版记 row after it is judged as its own kind)"),
    RowKind("issue line", _fits(ISSUE_LINE_RE, _short), ABOVE, masthead_name, None,
            "(bull67) a 报头 sets its issue number on a line of its own (``shapes.ISSUE_LINE_RE``: 「第12期」, "
            "「2026年第12期」) under its name (``shapes.masthead_name``), however wide the name — set spaced out "
            "(「工　作　简　报」 / 「2026年第12期」) it is no title's line wrapped into the issue"),
    RowKind("under an issue line", _any_line, FIRST, _fits(ISSUE_LINE_RE, _short), None,
            "(bull67) nothing runs on from the 报头's issue line set as a block of its own (the block's first "
            "line is the issue): the 编发 line or the title under it starts a block — an issue line a "
            "row-dealing reader put amid a column's lines ran into that paragraph and is no block's first"),
    RowKind("specification row", _spec_row, FIRST, _spec_row_any, None,
            "(register80) a specification list turned to text sets each item a row, its name, a wide space and "
            "its figures (``shapes.SPEC_ROW_RE``: 「服务器　8～16台，单台不少于64核、512 GB内存」 / 「存储　有效容量…」): "
            "the next item's name opens a block of its own, a row the measure wrapped keeps its tail"),
    RowKind("specification row after its lead-in", _spec_row, ABOVE, _spec_lead, None,
            "(register80) the list's first row opens a block under the lead-in that ends in its colon "
            "(「单个标准节点的典型配置如下：」 / 「服务器　8～16台，…」), and so does a row under a row that ran "
            "to the line's end, whichever block that row joined"),
    RowKind("specification row, figures spaced", _spec_row_spaced, ABOVE, _spec_row, None,
            "(register80) a row whose reader set its figures off by spaces (``shapes.SPEC_ROW_SPACED_RE``: "
            "「交换机 2 台，…」) is a row only beside one ``SPEC_ROW_RE`` reads: under such a row…"),
    RowKind("specification row, figures spaced, in a row's block", _spec_row_spaced, FIRST, _spec_row, None,
            "(register80) … or under that row's wrapped tail"),
    RowKind("article label alone", _fits(ARTICLE_ONLY_RE, _opens_label_char), "", None, _leaves_nothing_open,
            "(texts81) an article's label on a line of its own (``shapes.ARTICLE_ONLY_RE``: 「第八条」) is an article's first "
            "piece, the reader having written the wide space after it as a line's end (pdftotext): never the rest "
            "of the chapter title over it (「第三章」 / 「志愿服务活动」 / 「第八条」 / 「志愿服务组织可以…」), nor of a paragraph "
            "(an article cited in a sentence runs on with its words, 「依照本条例第八条规定」)"),
    RowKind("law division after its bracketed note", _fits(DIVISION_OPEN_RE, _opens_di), FIRST, _opens_bracket, _closes_bracket,
            "(texts81) a law sets its 题注 wholly in brackets under the title (「（2026年8月27日…会议通过　…批准）」) and "
            "opens each chapter, section and article on a line of its own (``shapes.DIVISION_OPEN_RE``: 「第一章　总　　则」, "
            "「第一条　为了…」): where the note's last line filled the measure, the division under it is no rest of the "
            "note"),
    RowKind("part heading under a part heading", _fits(PART_HEAD_RE, _opens_di), ABOVE, _fits(PART_HEAD_RE, _opens_di), None,
            "(texts82) a part's heading line (``shapes.PART_HEAD_RE``: its label, a wide space, its title) under "
            "another is its first sub-part's head (「第一展厅　星火初燃」 / 「第一单元　党组织的建立」), set on lines of "
            "their own: no title wraps into a second part's label, however short the measure says the first line stopped"),
    RowKind("prose under a part heading", _prose, ABOVE, _fits(PART_HEAD_RE, _opens_di), None,
            "(texts82) a part's heading line is set on a line of its own: a line of prose under it (a clause's "
            "mark in it) is the part's first paragraph, never the rest of its title, however short the measure "
            "says the heading stopped (pdftotext -layout: 「第二展厅 浴血奋战」 / 「各位观众，第二展厅展示的是…」); "
            "a title the measure wrapped goes on in a tail with no clause's mark"),
    RowKind("source list entry under a citation", _cited_entry, ABOVE, _fits(PROVISION_CITATION_RE, _opens_title), None,
            "(texts84) a list of sources (a 释义's 【相关规定】, a 案例's 【法条链接】) sets each entry on a line of its own: a "
            "citation of a provision (``shapes.PROVISION_CITATION_RE``: 「《中华人民共和国立法法》第八十一条」) or a title alone "
            "(``shapes.TITLE_ONLY_RE``: 「《新时代公民道德建设实施纲要》」); an entry never runs on into the next, however "
            "short the measure says the citation stopped — a citation the measure wrapped goes on in its provision "
            "(「《中华人民共和国治安管理处罚法》」 / 「第二十三条」), which opens on no 《"),
    RowKind("citation under a title alone", _fits(PROVISION_CITATION_RE, _opens_title), ABOVE, _fits(TITLE_ONLY_RE, _opens_title), None,
            "(texts84) … and a citation under an entry that is a title alone (「《…纲要》」 / 「《…条例》第二十一条」)"),
    RowKind("law division under a citation", _fits(DIVISION_OPEN_RE, _opens_di), ABOVE, _fits(PROVISION_CITATION_RE, _opens_title), None,
            "(texts84) a 释义 quotes each article whole on lines of its own (``shapes.DIVISION_OPEN_RE``: 「第十一条　公民应当…」) "
            "after the previous article's list of sources: no citation runs on into the next article"),
    RowKind("contributors' credit", _fits(CREDIT_ROLES_LINE_RE, _opens_bracket), "", None, _leaves_nothing_open,
            "(yb85) a 年鉴 closes each 分目 with its contributors' credit in brackets on a line of its own "
            "(``shapes.CREDIT_ROLES_LINE_RE``: 「（撰稿：周敏　审稿：陈立新）」), however short the line before it (a table's "
            "last row, 「蔬菜　11.8　39.5　3.4」) or full (an entry's last line) — unless that line left a quote or a "
            "bracket open, which the bracket under it goes on"),
    RowKind("after a contributors' credit", _any_line, ABOVE, _fits(CREDIT_ROLES_LINE_RE, _opens_bracket), None,
            "(yb85) … and nothing runs on from it: the next 分目's head or entry under it starts a block"),
    RowKind("table row under a wrapped row", _fits(TABLE_ROW_RE, _has_gap), FIRST, _fits(TABLE_ROW_RE, _has_gap), _row_tail,
            "(yb85) a table's row the measure wrapped goes on in a tail that is no row (「作物　播种面积（万亩）　总产」 / "
            "「量（万吨）　比上年增长（%）」): the next row under that tail opens a block as it would under the row whole "
            "(「小麦　42.6　18.9　1.8」), compared with the wrapped row's first line"),
    RowKind("grid row, gaps a space", _fits(GRID_ROW_RE, _has_gap), ABOVE, _fits(GRID_ROW_RE, _has_gap), None,
            "(yb85) a table's rows written with one space for a gap (``shapes.GRID_ROW_RE``: 「农机总动力 万千瓦 96.8」 / "
            "「拖拉机 台 5420」), a name first, a figure last: a row never runs on into the next"),
    RowKind("table row", _fits(TABLE_ROW_RE, _has_gap), ABOVE, _fits(TABLE_ROW_RE, _has_gap), None,
            "a table turned to text sets each row on a line of its own (``shapes.TABLE_ROW_RE``: "
            "「区域　设施数量（个）…」 / 「主城区　172　2036　9860」) and a row never runs on into the next, "
            "whatever the measure says of a row that filled the line"),
)


def _may_open_row(prev: Line, cur: Line, head: Line | None) -> bool:
    """(speed82) A combined first look before ``ROW_KINDS``: whether any kind could take ``cur`` as a
    row.  Each kind's row test opens on a C-speed look at the line (``_fits``' ``look``), or takes any
    line only beside a line its pair's look passes; a line no look passes is no row of any kind, and
    the table's fifteen-odd calls are not made (most breaks ``_shaped_edge`` reads: lines of prose).
    Each clause names the kinds it stands for; ``tests/clean/test_clean_fast_looks.py`` holds the
    look to the table (no line it turns away is a row of any kind)."""
    text = cur.text
    return (_has_row_gap(text)         # 名单 row; table row (``_has_gap``); specification rows (``_spec_gap``: in its reach)
            or _ends_as_name(text)     # 名单 name alone
            or _opens_on_clock(text)   # timetable row
            or _opens_on_label(text)   # form field
            or _opens_own(text)        # closing formula; 版记 rows
            or _short(text)            # issue line
            or text[:1] == "第"        # article label alone (``_opens_label_char``); law division, part heading (``_opens_di``)
            or prev.text[:1] == "第"   # prose or a part heading under a part heading (its pair: ``PART_HEAD_RE`` past ``_opens_di``)
            or _opens_own(prev.text)   # after a closing formula (its pair: ``CLOSING_RE`` past ``_opens_own``)
            or _opens_bracket(text)    # (yb85) contributors' credit
            or _opens_bracket(prev.text)   # (yb85) after a contributors' credit
            or (head is not None and _short(head.text)))   # under an issue line (its pair: ``ISSUE_LINE_RE`` past ``_short``)


def _row_edge(prev: Line, cur: Line, head: Line | None) -> bool:
    """``cur`` starts a block as a row of some kind of ``ROW_KINDS`` (``head`` is the first line
    of the block ``prev`` belongs to); the kinds are asked only past ``_may_open_row``'s look."""
    if not _may_open_row(prev, cur, head):
        return False
    text = cur.text
    for kind in ROW_KINDS:
        other = prev if kind.compared is ABOVE else head if kind.compared is FIRST else None
        if (other is None and kind.compared) or not kind.row(text):
            continue
        if other is not None and not kind.pair(other.text):  # type: ignore[misc]
            continue
        if kind.ended is None or kind.ended(prev):
            return True
    return False


def _runs_in(group: Sequence[Line], cur: Line) -> bool:
    """``cur`` opens on item N of a list numbered in brackets (「（3）把贵重物品…」) while the open
    block holds item N−1 run in after other text (「…减少外出；（2）检查房屋…」): a writer sets the
    items of one list all the same way, one a paragraph or run in, so this one is run in too and
    only the measure brought it to a line's start (the line before fell short because 「（3）」 could
    not be cut).  An indented line or one the reader saw open a paragraph is left to that evidence."""
    if cur.indent or cur.raw.para_start:
        return False
    item = list_item(cur.text)
    if item is None or item[1] != "（" or item[0] < 2:
        return False
    number = item[0] - 1
    marks = (f"（{number}）", f"({number})")
    for k, line in enumerate(group):   # (at a later line's start it was run in already)
        for mark in marks:
            at = line.text.find(mark)
            if at > 0 or (at == 0 and k > 0):
                return True
    return False


# How many lines on from a list's first item (「（1）消防通道…」) its second item's mark is looked
# for: an item run in is a clause or two, a few lines even in a 12-character column.
RUN_ON_LOOKAHEAD = 4


def _runs_on(prev: Line, lines: Sequence[Line], i: int) -> bool:
    """``lines[i]`` opens on item 1 of a list numbered in brackets (「（1）消防通道被占用、堵塞；（2）…」)
    right after a lead-in ending in its colon (「…主要表现在：」), and item 2 follows run in inside a
    line (not at a line's start) within the next few lines: a writer sets the items of one list
    all the same way, so the list was run in after its lead-in and only the measure brought item 1 to
    a line's start (the lead-in filled its line).  A list set one item a paragraph shows item 2 at a
    line's start instead; an indented line or one the reader saw open a paragraph is left to that
    evidence (``_runs_in`` asks the same of item N after item N−1)."""
    cur = lines[i]
    if cur.indent or cur.raw.para_start or prev.text[-1:] not in "：:":
        return False
    item = list_item(cur.text)
    if item is None or item[1] != "（" or item[0] != 1:
        return False
    for k, line in enumerate(lines[i:i + RUN_ON_LOOKAHEAD]):
        if k and (line.indent or line.raw.para_start):
            return False   # (a paragraph opened before item 2 came)
        for mark in ("（2）", "(2)"):
            at = line.text.find(mark)
            if at > 0:
                return True
            if at == 0:
                return False
    return False


# The numerals of a series of lead-ins 「一是」「二是」…, in order.
SERIES_NUMERALS = "一二三四五六七八九十"
# Marks that end a sentence (not a clause of one: run-in items end on ；).
_SENTENCE_STOPS = frozenset("。！？!?")


def _list_inline(cur: Line, prev: Line | None = None, head: Line | None = None) -> bool:
    """「二是…」 continuing a sentence is not a block start unless the line is indented — nor when
    the open block began with the item before it (「一是部分山塘水库监测设施老化。」 / 「二是个别乡镇…」)
    and that item's sentence ended: a writer sets the items of one series all the same way, and
    item N−1 opened a paragraph of its own, so item N at a line's start after a full stop opens one
    too (run-in items follow a lead-in sentence, or end on ；)."""
    if cur.text[1:2] != "是" or cur.indent:
        return False
    number = SERIES_NUMERALS.find(cur.text[:1])
    if number > 0 and head is not None and prev is not None and head is not cur \
            and head.text[:2] == f"{SERIES_NUMERALS[number - 1]}是" and prev.text[-1:] in _SENTENCE_STOPS:
        return False
    return True


