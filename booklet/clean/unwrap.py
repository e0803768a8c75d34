"""Unwrap: decide at every line boundary whether a new block starts, from combined evidence.

The evidence: the file's layout (``booklet.clean.layout``), final punctuation, indents,
blank lines, the reader's hints (``para_start``, role, geometry) and the block-opening
shapes of ``booklet.shapes``.  ``starts_block`` decides one boundary; ``group_lines``
walks the file and returns the groups (caption lines form groups of their own, and the
paragraph a caption interrupted resumes in a ``cont`` group).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, Layout
from booklet.clean.lines import Line
from booklet.clean.setoff import attribution_goes_on, closes_attribution, ends_addressees, rest_of_larger_line
from booklet.clean.stages import Lines
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (BARE_SPEAKER_LABEL_RE, BLOCK_OPENER_RE, BRACKETED_LINE_RE, CHAPTER_ONLY_RE, CREDIT_RE,
                            FIELD_LINE_RE, FIGURE_RE, LABEL_RE, LEAD_IN_END_RE, LEAD_IN_MARKS, MID_WORD_END_RE,
                            NO_LINE_START, OPENERS, ROW_LINE_RE, TOC_LINE_RE, TOC_ROW_RE, WHOLE_HEADING_RE,
                            full_width_only, leading_unit_width)

# A line ending further than this (em) from the measure, beyond the unit the next line starts
# with, stopped short: two characters, for glyph widths our count does not know (Latin and
# digits in another font, the quarter-em space Word puts around them, a pushed-down character).
SHORT_SLACK_EM = 2.0
# A line of a first line's width is one only when it stops this much (em) short of the measure
# beyond the unit the next line starts with (a continuation line falls short by that unit only).
FIRST_LINE_SLACK_EM = 1.0
# After a numbered line without punctuation that opens its block (a heading), one character.
HEADING_END_SLACK_EM = 1.0
# After a sentence end, where blocks often end, half a character is enough.
SENTENCE_END_SLACK_EM = 0.5
# Judged as full, a title line may fall this much (em) short of the measure (titles are centred).
TITLE_FULL_BELOW_EM = 3
TITLE_FULL_ABOVE_EM = 1
# A first line whose dropped indent is within this (em) of the expected width.
LOST_INDENT_TOLERANCE_EM = 0.75
# ... or this much narrower when the next line starts with a character and the punctuation no
# line may start with (。，、”): the character went down with it (kinsoku), the line is short by one.
KINSOKU_PUSH_EM = 1.0
# In a file of one paragraph per line, a line this short (em) without punctuation is a title.
SEPARATED_TITLE_MAX_EM = 25
# ... and a line this narrow (em) never runs on into the next across a blank line.
SEPARATED_RUN_ON_MIN_EM = 15
# Blank lines that separate blocks in a wrapped file (where one blank line is extraction noise).
GAP_BLANKS = 2
# A table-of-contents row may wrap over this many lines before its leader and page number.
TOC_ROW_MAX_LINES = 5
# Reader geometry (PDF): a line set in this far (share of its size) is indented; sizes within
# this many pt are the same; a gap of more than two line heights is extra leading; a line
# before set in by two sizes was centred or set off.
READER_INDENT_SHARE = 0.8
SAME_SIZE_PT = 0.6
EXTRA_LEADING_SIZES = 2.0
SET_OFF_SIZES = 2


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
    """Lines → groups of lines, one group per block (see the module docstring)."""
    return stage.but(groups=tuple(group_lines(stage.lines, stage.layout, log)))


def group_lines(lines: Sequence[Line], layout: Layout, log: Log | None = None) -> list[Group]:
    """Split the flow into groups; caption lines form their own groups."""
    groups: list[Group] = []
    group = Group()              # (the group filled last: ``groups[-1]`` once there is one)
    prev: Line | None = None
    prev_opens = prev_quiet = False
    quiet_before, quiet_after = quiet_lines(lines)
    for i, (line, nxt) in enumerate(zip(lines, [*lines[1:], None])):
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
            start = 0 if prev.clause else _at_article_start(groups)
            head = group.lines[0]
            if prev_quiet and quiet_after[i] and not (prev.final and _sibling_rows(head, line)):
                verdict = measured_break(prev, line, layout, prev_opens, nxt, head)   # (no evidence speaks)
            else:
                verdict = starts_block(prev, line, layout, prev_opens, nxt, head)
            opens = verdict or (
                start and _title_line_ends(prev, line, layout, start == 2)) or (
                prev.text[-1:].isdigit() and _toc_ends(prev, lines, i))   # (a row ends in its page number)
        if opens:
            group = Group()
            groups.append(group)
        elif group.kind == "caption":
            group = Group(kind="cont")
            groups.append(group)
        elif line.page_start and log is not None:
            log.decided(line.lineno, "joined", _("across a page break: {end!r} + {start!r}").format(
                end=excerpt(prev.text, tail=True), start=excerpt(line.text)))
        group.lines.append(line)
        prev, prev_opens, prev_quiet = line, bool(opens), quiet_before[i]
    return groups


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


def _caption_ended(group: Group) -> bool:
    """The caption group so far ends with its credit (…/摄) or is a figure title: a new one may start."""
    text = group.lines[-1].text
    return CREDIT_RE.search(text) is not None or FIGURE_RE.match(text) is not None


def starts_block(prev: Line, cur: Line, layout: Layout, prev_opens: bool = False,
                 nxt: Line | None = None, head: Line | None = None) -> bool:
    """True when ``cur`` begins a new block after ``prev`` (the heart of unwrapping); ``nxt`` is
    the line after ``cur``, which tells whether ``cur`` itself runs on; ``head`` is the first line
    of the block ``prev`` belongs to.  The evidence is read in the order of ``_EVIDENCE``: the
    first that speaks (a block starts, or the text goes on) decides; where none does, the
    measure decides (``_wrapped_break``) or, in a file of one paragraph a line, the separators."""
    for evidence in _EVIDENCE:
        verdict = evidence(prev, cur, layout, head)
        if verdict is not None:
            return verdict
    return measured_break(prev, cur, layout, prev_opens, nxt, head)


def measured_break(prev: Line, cur: Line, layout: Layout, prev_opens: bool = False,
                   nxt: Line | None = None, head: Line | None = None) -> bool:
    """``starts_block`` where no evidence spoke: the measure decides, or the separators."""
    if not layout.wrapped:
        return _separated_break(prev, cur)
    return _wrapped_break(prev, cur, layout, prev_opens, nxt, head)


def _structure(prev: Line, cur: Line, layout: Layout, head: Line | None) -> bool | None:
    """What the reader or the markup said: a heading, a quote's edge, a separator."""
    if cur.given_heading or prev.given_heading or cur.quote != prev.quote or cur.separator or prev.separator:
        return True
    return None


def _left_open(prev: Line, cur: Line, layout: Layout, head: Line | None) -> bool | None:
    """No block ends on an opening quote or bracket (「…自由探索“」 / 「两条腿走路”…」), after a
    speaker's label alone (「记者：」 / 「今年全市…怎么样？」: the label's turn follows it), nor
    inside an attribution whose first line filled the measure (``setoff.attribution_goes_on``)."""
    last = prev.text[-1:]
    if last in OPENERS and not cur.spaced_heading:
        return False
    if last in LEAD_IN_MARKS and BARE_SPEAKER_LABEL_RE.match(prev.text) and not cur.listed:
        return False
    if head is prev and attribution_goes_on(prev, cur, layout, head):  # (only a block's first line)
        return False
    return None


def _reader_said(prev: Line, cur: Line, layout: Layout, head: Line | None) -> bool | None:
    """The reader saw a paragraph start or a change of role; sibling rows (``_sibling_rows``)
    after a finished one start their own blocks; a line the reader saw continue goes on."""
    if (cur.raw.para_start and _reader_start(prev, cur)) or cur.role != prev.role:
        return True
    if prev.final and _sibling_rows(head, cur):
        return True
    if cur.raw.para_start is False and not cur.opener and not (cur.listed and prev.final):
        return False  # (no indent in an indenting layout)
    return None


def _shaped_edge(prev: Line, cur: Line, layout: Layout, head: Line | None) -> bool | None:
    """Lines whose shape makes them blocks of their own: spaced headings, openers (labels, 来源,
    ※ notes), a chapter number alone, an attribution closed by its date (「——《…意见》（2019年4月）」),
    and a numbered or labelled line after a line that could end a block."""
    if prev.spaced_heading or cur.spaced_heading or cur.opener:
        return True
    if (prev.opener and not prev.text.startswith("※") and not _open_bracket(prev.text)) \
            or (prev.listed and CHAPTER_ONLY_RE.match(prev.text)):
        return True
    if (not prev.clause and closes_attribution(head, prev, cur)) or ends_addressees(head, prev):
        return True
    if cur.listed:
        could_end = prev.final or prev.span_width < layout.measure - FULL_SLACK_EM or not layout.wrapped
        if (could_end or _sibling_fields(prev, cur)) and not _list_inline(cur):
            return True
    return None


# The evidence ``starts_block`` reads, strongest first.
_EVIDENCE = (_structure, _left_open, _reader_said, _shaped_edge)
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
    (``_left_open``, ``ends_addressees``); a paragraph start the reader saw or denied (``_reader_said``)."""
    marked = [ln.role or ln.given_heading or ln.quote or ln.separator or ln.spaced_heading or ln.opener or ln.listed
              for ln in lines]
    before = [not (mark or not ln.clause or ln.text[-1:] in _SPEAKING_ENDS) for mark, ln in zip(marked, lines)]
    after = [not (mark or ln.raw.para_start is not None) for mark, ln in zip(marked, lines)]
    return before, after


def _open_bracket(text: str) -> bool:
    """A bracket left open at the line end: the line wrapped (「来源：《人民日报》（2024年06月25」 / 「日02版）」)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


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
    1, or 2 when it follows a label (材料 N, 【…】) and so must be a title; else 0."""
    if len(groups[-1].lines) != 1:
        return 0
    if len(groups) == 1:
        return 1
    before = groups[-2].lines[0].text if groups[-2].lines else ""
    if BLOCK_OPENER_RE.match(before) is None:
        return 0
    return 2 if LABEL_RE.match(before) else 1


def _title_line_ends(prev: Line, cur: Line, layout: Layout, after_label: bool = False) -> bool:
    """A one-line block with no punctuation at all, before a line of prose, is a title line
    even when it is as wide as the body text (titles set in a larger size, another width).

    Right after a label (``材料 1``) even a full-width line is the title
    (``材料1`` / ``习近平：加强基础研究 实现高水平科技自立自强`` / ``今天，中央政治局…``)."""
    full = layout.measure - TITLE_FULL_BELOW_EM <= prev.width <= layout.measure + TITLE_FULL_ABOVE_EM \
        and not after_label
    return (layout.wrapped and not full and not prev.given_heading and not prev.clause and not prev.opener
            and not prev.final and cur.clause and not cur.gap_join)


def _sibling_fields(prev: Line, cur: Line) -> bool:
    """Two field lines in a row (``shapes.FIELD_LINE_RE``): two fields, however full the first."""
    return prev.listed and FIELD_LINE_RE.match(cur.text) is not None and FIELD_LINE_RE.match(prev.text) is not None


def _sibling_rows(head: Line | None, cur: Line) -> bool:
    """The block began with a row (``shapes.ROW_LINE_RE``, 「页面显示空白：清除浏览器缓存后重试。」)
    and ``cur`` is another: rows of one list, each a block (「…更换USB接口。」 / 「待办数量不更新：…」)."""
    return head is not None and ROW_LINE_RE.match(head.text) is not None and ROW_LINE_RE.match(cur.text) is not None


def _list_inline(cur: Line) -> bool:
    """「二是…」 continuing a sentence is not a block start unless the line is indented."""
    return cur.text[1:2] == "是" and not cur.indent


def _separated_break(prev: Line, cur: Line) -> bool:
    if cur.blanks_before == 0:
        # Soft-wrapped lines join, but an indent or a short title-like line still ends a block.
        return cur.indent or (prev.width <= SEPARATED_TITLE_MAX_EM and not prev.final and not prev.clause
                              and not soft_join_break(prev))
    if prev.final or prev.width < SEPARATED_RUN_ON_MIN_EM or not prev.clause \
            or not MID_WORD_END_RE.search(prev.text):
        return True
    # A paragraph split by a page break: "…持" / (blank) / "续抓下去。" (seed 002).
    return bool(cur.indent)


def _wrapped_break(prev: Line, cur: Line, layout: Layout, prev_opens: bool, nxt: Line | None,
                   head: Line | None = None) -> bool:
    """A block boundary in hard-wrapped text.

    Every line of a wrapped paragraph but its last runs to the measure, so a line that stops
    short of it ends its block whatever its punctuation (a heading with ，inside, a signature,
    a title).  After a line that reached the measure the text goes on, unless the line ended a
    sentence and the next line visibly starts a block."""
    if cur.gap_join and not prev.trail_space:
        # "…实际应用;" / " " / "建设一批…" (seed 004): one physical line cut in two.
        return False
    if layout.trail_marks_end and prev.trail_space and (prev.final or not prev.clause):
        # this file marks block ends with a trailing space — after a sentence, a title or a
        # heading; one after a clause that runs on (「…深入实施 」 / 「“中学生英才计划”…」) is noise
        return True
    if stops_short(prev, cur, layout, prev_opens):
        if rest_of_larger_line(prev, cur, layout, head):
            return False  # a heading set larger than the body wrapped short of the measure
        return not _open_bracket(prev.text)
    if prev_opens and BRACKETED_LINE_RE.match(prev.text):
        return True  # a note in brackets under a title (「（2024年11月28日…会议通过）」) stands alone
    if not prev.final:
        # A line that ends no sentence reaches the measure: the text goes on unless the next
        # line is visibly a paragraph's first line.  In a file that indents its paragraphs a
        # run-on line is never set in, so an indented line after an unindented one is that
        # evidence, whatever the line before (the last line of a heading wrapped on a narrow
        # measure: 「　　一、客观看待过去一年的」 / 「成绩，进一步坚定发展信心」 / 「　　过去的一年，…」);
        # where indents were dropped, only after a numbered or starred first line.
        if layout.uses_indent and cur.indent and not prev.indent:
            return _first_line_follows(cur, nxt, layout)
        return prev.listed and prev_opens and _first_line_follows(cur, nxt, layout)
    return _starts_after_sentence(prev, cur, layout, nxt)


def stops_short(prev: Line, cur: Line | None, layout: Layout, prev_opens: bool) -> bool:
    """``prev`` stops short of the measure by more than the unit ``cur`` begins with (which may
    simply not have fitted: 「…锚定」 / 「2035 年…」, 「…活动48」 / 「场，…」) and a slack that
    says how likely a block end is there (``block_end_slack``).  The measure of a first line is
    less its indent, or the indent the extractor dropped."""
    measure = layout.measure_at(prev) if layout.regions else layout.measure
    printed = layout.printed_width(prev) if layout.compressed else prev.span_width
    room = measure - (layout.indent_lost if prev_opens else 0.0) - (INDENT_EM if prev.indent else 0.0) - printed
    if room <= 0:
        return False  # (most lines: they reach the measure whatever follows, and the slack is never < 0)
    exact = prev.final and exact_fit(prev, layout)  # (a heading or a clause keeps its slack: 「（六）」 may be set narrow)
    room -= block_end_slack(prev, prev_opens, exact)
    if room <= 0:
        return False
    room -= leading_unit_width(cur.text) if cur is not None else 0.0
    if exact:
        return room >= 0  # the unit would have fitted
    return room > 0 and room > prev.unsure  # (the narrow characters' width asked only when it matters)


def exact_fit(line: Line, layout: Layout) -> bool:
    """``line``'s width and the measure are both exact (full-width characters only, a measure
    such lines reach): a line that left room for the unit the next line starts with ended there
    (「…昔日繁华的码头杂草丛生。」, 22 of 23 / 「光绪末年…」)."""
    return layout.measure_exact and full_width_only(line.text)


def block_end_slack(line: Line, opens: bool, exact: bool = False) -> float:
    """How far (em) ``line`` must stop short of the measure to end its block: the likelier a
    block ends there, the less evidence it takes — half a character after a sentence end, one after a numbered line that opens
    its block and reads as a whole heading (「1.2.1 科技创新成果数量持续增长」, as indented as a
    first line; 「（三）加强人才队伍建设，全面提升…职业吸引力」, a comma inside), two inside a
    sentence; none after a sentence end when the widths are exact (``exact_fit``)."""
    if line.final:
        return 0.0 if exact else SENTENCE_END_SLACK_EM
    if line.listed and opens and WHOLE_HEADING_RE.match(line.text):
        return HEADING_END_SLACK_EM
    return SHORT_SLACK_EM


def widest(line: Line, layout: Layout) -> float:
    """The widest ``line`` may have been printed: its narrow characters at their widest."""
    return layout.printed_width(line) + line.unsure


def _first_line_follows(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur`` is visibly the first line of a new paragraph.

    In a file that indents its paragraphs, it is when it carries the indent and is a paragraph's
    line — it ends a sentence or runs to the measure — not the short, set-in rest of a centred
    heading (「二、准确把握形势任务，进一步明确工作重点」 / 「　　当前，发展环境中…并」).
    Where the extractor dropped the indents, it is when it is a first line's width, stops short
    of the measure by more than the unit the next line starts with, and the next line is a full
    line of prose: read as the last line of the block above, the full line after it would be a
    first line without its indent (「★抓创新就是抓发展，谋创新就是谋未来」 / 「抓创新就是抓发展，
    谋创新就是谋未来。」 / 「不创新就要落后，…要激发」)."""
    if layout.uses_indent and cur.indent:
        return cur.final or nxt is None or not stops_short(cur, nxt, layout, True)
    if not layout.indent_lost or nxt is None or nxt.listed or nxt.opener or not nxt.clause:
        return False
    first = layout.measure_at(cur) - layout.indent_lost
    return first_line_width(cur, nxt, layout) and nxt.width > first + LOST_INDENT_TOLERANCE_EM \
        and widest(cur, layout) + leading_unit_width(nxt.text) <= layout.measure_at(cur) - (
            0.0 if exact_fit(cur, layout) else FIRST_LINE_SLACK_EM)


def first_line_width(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur`` is as wide as a first line whose indent the extractor dropped — or one character
    narrower because that character went down with the punctuation no line may start with
    (「当前，发展环境中的有利条件和不利因素并」 / 「存。我们…」)."""
    first = layout.measure_at(cur) - layout.indent_lost
    pushed = KINSOKU_PUSH_EM if nxt is not None and nxt.text[1:2] in NO_LINE_START else 0.0
    return first - LOST_INDENT_TOLERANCE_EM - pushed <= cur.width <= first + LOST_INDENT_TOLERANCE_EM


def _starts_after_sentence(prev: Line, cur: Line, layout: Layout, nxt: Line | None) -> bool:
    """After a full line that ends a sentence: does ``cur`` visibly start a new block?"""
    if cur.indent:
        return True
    if layout.uses_indent:
        return False  # in a file that indents its paragraphs, an unindented line goes on
    if layout.indent_lost and _may_go_on(cur) and first_line_width(cur, nxt, layout):
        return True  # "…自立自强。" / "我们要建成…" two em short: a first line whose indent was dropped
    if layout.sparse_blanks and cur.blanks_before and not prev.blanks_before:
        return True  # a blank line where the lines around have none (pdfminer text boxes)
    if not cur.final and not _open_bracket(cur.text) and (nxt is None or stops_short(cur, nxt, layout, True)):
        # a line that ends no sentence and stops short itself, after a finished sentence, is a
        # block of its own: a title, a heading, a signature (「…参加座谈会。」 /
        # 「习近平：加强基础研究 实现高水平科技自立自强」, 「…工程师。」 / 「★地基打得牢，…建得高」)
        return True
    return cur.blanks_before >= GAP_BLANKS and not cur.page_start


def _may_go_on(line: Line) -> bool:
    """``line`` ends no sentence, or leads in to what follows with a colon."""
    return not line.final or LEAD_IN_END_RE.search(line.text) is not None


def soft_join_break(prev: Line) -> bool:
    """Keep a line break inside a block (a hard break the reader saw, table-of-contents rows)."""
    return prev.raw.hard_break or (prev.text[-1:].isdigit() and TOC_LINE_RE.search(prev.text) is not None)
