"""Lines set off from the body, which wrap by other rules than its lines do.

A heading or title set larger than the body wraps short of the body's measure
(``rest_of_larger_line``); an attribution set flush right or centred wraps at the measure and
sets its rest in (``attribution_goes_on``), and ends with the bracket that closes its date or
source (``closes_attribution``); a boxed note, set in from the column and its first line indented,
runs its label in with its text and fills that first line short of the body's measure
(``label_runs_on``).

Larger lines.  A heading set 1.2× the body size on a 17-character measure holds 14 characters
a line (12 after its indent): its first line stops five characters short of the measure, and
the rest of the heading follows on a short line of its own (「一、深刻认识作风建设的重」 /
「要意义」).  Measured in body characters both lines look like block ends;
``rest_of_larger_line`` tells when the second is the rest of the first.  Its evidence comes from
how such lines are made: the first line is long enough to have filled the measure at a
heading's size and breaks off inside its phrase; the second ends no sentence, is no wider than
the first and has no shape of its own (a number, a label, a byline, a date, an attribution, a
salutation, an issuing office) that would make it a block; nor has the first (a field, a dated
line, an attribution: they are not headings).
"""

from __future__ import annotations

from typing import Callable

from booklet.cjk import width
from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, Layout, pushed_down
from booklet.clean.lines import Around, Line
from booklet.shapes import (EXCERPT_NOTE_RE, ANSWER_TURN_RE, QUESTION_BLOCK_RE, CLAUSE_RE, ADDRESSED_RE, BOUND_ON_TAGS, TAKES_UP_TAGS, CLOSED_FIGURE_RE, count_after_noun, DASH_LED_RE, EDITION_NOTE_RE, ITEMS_APART_RE, PIECE_SUBTITLE_RE, PROFILE_SUBTITLE_RE, COMPILER_NOTE_RE, POST_LINE_RE, REPORTERS_OPEN_RE, ADDRESSEES_RE, BRACKETED_LINE_RE, CHAPTER_ONLY_RE, CLOSED_ATTRIBUTION_RE, CONTRIBUTOR_LINE_RE, DATE_IN_BRACKETS_RE, ISSUER_RE,
                            KICKER_END_RE, NUMBERED_RE, NUMERAL_ONLY_RE, PHRASE_OPEN_TAGS, RUN_IN_LABEL_RE, TOPIC_OPEN_RE, TOPIC_PROSE_RE, SUBJECT_TAGS, TOPIC_END_TAGS, VERB_TAGS, LINKING_TAGS, FIGURE_DATE_END_RE, SALUTATION_RE, STOP_RE, ends_mid_word, opens_on_tail, full_width_only, ideographs_only,
                            has_short_line_role, leading_unit_width, leaves_bracket_open, leaves_quote_open, name_like, short_line_role, WORD_CONTEXT)
from booklet.typeset.segment import word_across, words

# The largest size a heading or title is set at, relative to the body (newspaper titles: 1.8–2×):
# a line narrower than the measure at that size (less a heading's indent) never filled a line.
LARGER_SCALE_MAX = 2.0
# The marks a numbered heading may end with though they end a sentence: a question's (「二、哪些老年人
# 可以申请」 / 「补贴？」, the headings of a 问答) and an exclamation's — a heading never ends on 。；：,
# which end a paragraph's sentence or lead in to what follows.  (Unnumbered, a line so ended after a
# wrapped line is as often a verse's or a slogan's: 「竹杖芒鞋轻胜马，」 / 「谁怕？」.)
HEADING_END_MARKS = "？！?!"
# (qa82) The marks of those a question ends on (``question_ends_over_answer``).
QUESTION_ENDS = "？?"
# The rest of a wrapped line is no wider than its first line (a centred or justified heading
# may set its first line a character narrower after pushing a mark down: one em of tolerance).
REST_WIDER_EM = 1.0
# (bull74) A kicker set smaller over a title that wrapped at its own measure is read by width where it
# is wider than the title's full first line by more than this (em) when either line holds a glyph of
# unsure width: a unit pushed down (``REST_WIDER_EM``) and the digits, Latin and spaces an extractor
# writes beside them (a saved copy's 「全县 148 个」 counts about 1.5 em more than it printed).
KICKER_WIDER_EM = 3.0
# The lesser of the two slacks (``width_slack``): a line no wider than this is no wider by either.
_LEAST_WIDER_EM = min(REST_WIDER_EM, KICKER_WIDER_EM)
# (bull74) … and only over a title whose rest is a tail this short (em): what the measure pushed onto a
# line of its own (「中向好」, 「有着落」).  A wider line under a title's line may be an element of its own
# (a second title, 「家门口的服务更暖心」) or the first line of a title set larger still in a narrow column
# (「八十个青」 / 「年创业项」 under a kicker wrapped 「第二届长江中游城市群」 / 「青年创新创业大赛」: dev's
# dangbao_four_ruled): widths cannot tell those from a title's rest.
TAIL_MAX_EM = 3.0
# (bullet78) The line after two full lines of a title wrapped at its own measure (set large in a narrow
# column) is no wider than they are by more than this (em): a mark or a digit of unsure width
# (``title_at_own_measure_under``; the two full lines, ideographs alone, are exactly as wide) …
OWN_MEASURE_SLACK_EM = REST_WIDER_EM
# … and hold at least this many em: a name of two or three characters under a line is its author's.
OWN_MEASURE_MIN_EM = 4.0
# A centred line's lead (cells, past the full line above) is at least this: two indents, more than
# any paragraph's first line is set in (``centred_rest``) …
CENTRED_MIN_LEAD_EM = 2 * INDENT_EM
# … and within this of half the line's lack to the measure (a cell's rounding either side, and a
# heading set larger, whose characters take more cells than they count).
CENTRED_SLACK_EM = 1.5
# A bare name centred under a title is its author's from three characters: two are as often a
# title's last word centred on its own (「抓早抓实民生实事 确保群众温暖」 / 「      过冬」; 过 a surname).
NAME_APART_MIN = 3
# Characters either side of a line break the dictionary reads for a word across it: enough for a
# four-character word cut anywhere (as ``flow.WORD_CONTEXT``).
RUN_ON_CONTEXT = 3
# (wrap89) a paragraph's first line that goes on fills its room to within a character's slack (a
# mark set half-width, 标点挤压, or one pushed down): a line a whole character short of that room stopped
# at a measure of its own (``set_in_rest_across``)
SET_IN_REST_SHORT_EM = 1.0
# (wrap89) the rest ends at the first line's edge: full-width characters count exactly, and a heading
# set in by two em at its own size has a rest exactly the indent wider — so no slack (half an em for a
# float's rounding).  A character's slack took a paragraph's first line, 12 under a heading of 11 on a
# pocket page whose room is 13 (``test_clean_pocket_set_in_heads``: 「二、作风建设要常抓长效」 / 「作风问题具有
# 反复性和顽固」), which the widths alone cannot tell from a rest an indent set at the body's size left
SET_IN_REST_EDGE_EM = 0.5
# The colons a run-in label ends with, looked for where ``RUN_IN_LABEL_RE`` puts them (after two
# to four ideographs): one slice test keeps the pattern off most lines.
_LABEL_COLONS = frozenset("：:")


def rest_of_larger_line(prev: Line, cur: Line, layout: Layout, head: Line | None, nxt: Line | None = None) -> bool:
    """``cur`` is the rest of a heading or title that ``prev`` began, set larger than the body
    (see the module docstring); ``head`` is the first line of ``prev``'s block, which (in a
    heading of three lines) has ``prev``'s width and ends no sentence either; ``nxt``, the line
    after ``cur``, does not finish a sentence ``cur`` left open (``_goes_on_in``)."""
    first = head if head is not None else prev
    numbered = numbered_line(first)
    if not _wrapped_larger(prev, layout, head) or _goes_on_in(cur, nxt, layout):
        return False
    # a heading set in like the paragraphs indents its first line only: the rest runs from the
    # margin and holds up to the indent's characters more (「（一）完善设施网络，推」 / 「动街道综合养老服务
    # 中心和社」, 1.2× on a 19 em measure) — where the rest stops short of a body first line's room
    # by more than that indent, so it is no paragraph's first line (which the measure cuts at its room),
    # and its width is exact (full-width characters only: no space or digit whose width is unsure,
    # nor a number spread glyph by glyph, 「（ 一 ） 企业主体责任落」)
    set_in = first is prev and full_width_only(cur.text) \
        and (cur.width <= layout.measure_at(cur) - max(INDENT_EM, layout.indent_lost) - INDENT_EM
             or (numbered and set_in_rest_across(prev, cur, nxt, layout)))
    # (wrap90) a section's numbered head carries no byline — a piece signs under its title — so under a
    # numbered head that ran over a full line already (``prev`` its second line, as wide as its first: the
    # head had not ended) a rest that reads as a name is the head's (「二、准确把握加强乡村治理必」 / 「须坚持的
    # 基本原则和主要目标」 / 「任务」, 任 a surname), as under a headline's byline (``signed_under``).  Not under
    # a numbered first line: there a name of ``NAME_APART_MIN`` characters or more is as often the page's
    # furniture (the author's name a two-column journal page runs at its head, 「（一）技术逻辑：从信息化到智
    # 能化」 / 「林思远」: dev, pdftotext); two characters are as often a head's last word (「…主要目标」 / 「任务」)
    ran_on = numbered and ((head is not None and head is not prev) or len(cur.text.strip()) < NAME_APART_MIN)
    return _plain_rest(cur, prev, numbered or question_ends_head(prev, cur, nxt),
                       INDENT_EM if set_in else 0.0, ran_on or signed_under(nxt))


def numbered_line(line: Line) -> bool:
    """(wrap90) ``line`` opens on a heading's number (``NUMBERED_RE``: 「一、」, 「（二）」, 「3.」) and the layout read
    it so (``Line.listed``): the first line of a section's head, never a headline's 引题 (a kicker stands over
    a piece's title and carries no number) and never a rest (a wrapped line's rest carries none)."""
    return line.listed and NUMBERED_RE.match(line.text) is not None


def set_in_rest_across(prev: Line, cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """(wrap89) ``cur`` is the rest of a numbered heading set in like the paragraphs, ``prev`` its first
    line cut by the heading's own measure (「一、深刻认识加强和改进乡村」 / 「治理对推进乡村全面振兴的重要意」 /
    「义」: 1.15× set in two em on an 18 em measure, 13 and 15 characters).  A heading set larger and set
    in wraps at a measure narrower than the body's: its first line stops an indent short of the line
    under it, which runs from the margin to the same edge (``SET_IN_REST_EDGE_EM``), or the measure cut
    a dictionary word across the break (``segment.word_across``) — and the rest stops short of a body
    first line's room by a whole character (``SET_IN_REST_SHORT_EM``), which a paragraph's first line
    that goes on never does, unless the line under it opens on what kinsoku pushed down
    (``pushed_down``).  ``rest_of_larger_line`` asks it of a numbered first line only: a rest carries no
    number (``_plain_rest`` refuses a listed line) and finishes no sentence."""
    room = layout.measure_at(cur) - max(INDENT_EM, layout.indent_lost)
    if cur.width > room - SET_IN_REST_SHORT_EM or (nxt is not None and pushed_down(nxt.text)):
        return False
    if cur.clause:
        # (a rest holding a clause mark is left to the rules that read it — a numbered question's, which
        # end it on its ？ (qa83): the first version joined 「6.党员因工作调动或者外」 / 「出务工经商，组织关系
        # 应当怎」 here, and the question, going on over a page turn, was then read as a paragraph — dev
        # qa_yingzhi_parts_runin × kai_16_hei_heads, 10 cases worse)
        return False
    return abs(cur.width - (prev.width + INDENT_EM)) <= SET_IN_REST_EDGE_EM \
        or word_across(prev.text[-RUN_ON_CONTEXT:], cur.text[:RUN_ON_CONTEXT])


def question_ends_over_answer(prev: Line, cur: Line, nxt: Line | None) -> bool:
    """(qa82) ``cur`` ends on its ？ the question ``prev`` began, right over the answer it heads: ``nxt``
    opens on the answerer's label (``shapes.ANSWER_TURN_RE``: 「答：」) and the two lines read as one whole
    question (``shapes.QUESTION_BLOCK_RE``: no other stop, no colon but an asker's 问：).  A 问答 or a
    答记者问 sets each question as a block of its own over its answer, so a question set larger that wraps
    (「加装电梯的钱从哪里」 / 「来？」 / 「答：以业主自筹为主，…」) ends its heading on that ？ as a numbered
    question does (``HEADING_END_MARKS``); a verse's or a slogan's line so ended has no 答： under it."""
    return nxt is not None and cur.text[-1:] in QUESTION_ENDS and ANSWER_TURN_RE.match(nxt.text) is not None \
        and QUESTION_BLOCK_RE.match(prev.text + cur.text) is not None


def question_ends_head(prev: Line, cur: Line, nxt: Line | None) -> bool:
    """(qa83) ``cur`` ends on its ？ the question heading ``prev`` began: it stands over the answer's label
    (``question_ends_over_answer``), or the measure cut a word across the break (``question_cut_in_word``)."""
    return question_ends_over_answer(prev, cur, nxt) or question_cut_in_word(prev, cur)


def question_cut_in_word(prev: Line, cur: Line) -> bool:
    """(qa83) ``cur`` ends on its ？ the question ``prev`` began, the measure cutting a dictionary word
    across the break (「组织生活会和民主评议党员可以合并召」 / 「开吗？」, 召开): the two lines read as one whole
    question (``shapes.QUESTION_BLOCK_RE``), and a line that ends mid-word ended no verse or slogan of its
    own (「竹杖芒鞋轻胜马，」 / 「谁怕？」 end their phrases) — so the answer under it may open as plain
    prose, no 「答：」 needed."""
    return cur.text[-1:] in QUESTION_ENDS and QUESTION_BLOCK_RE.match(prev.text + cur.text) is not None \
        and word_across(prev.text[-RUN_ON_CONTEXT:], cur.text[:RUN_ON_CONTEXT])


def signed_under(below: Line | None) -> bool:
    """(bullet77) ``below`` signs a headline or sets its subtitle: a byline or source line naming the
    reporters (「本报讯（记者 宋雨桐）」, 「本报记者 邵明哲」) or a —— subtitle saying what the piece is
    (「——江城市工业经济运行情况综述」, no person's name after the dash).  A headline signs once, under
    its subtitle, so a line right over either is no signature: a title's tail that reads as a name
    (「前三季度全市经济运行稳中」 / 「向好」, 向 a surname) is the title's rest there."""
    if below is None:
        return False
    text = below.text.strip()
    if text.startswith("——"):
        rest = text[2:].strip()
        return bool(rest) and STOP_RE.search(rest) is None and not name_like(rest)
    return has_short_line_role(text, "byline")


def centred_rest(prev: Line, cur: Line, layout: Layout) -> bool:
    """``cur`` is the last line of a centred heading or title whose line ``prev`` was filled at its
    size: a question's 「怎样理解“三会一课”在党员教育中的基础」 / 「        作用？」, a subtitle set larger's
    「——在全县经济工作暨优化营商环境推进大会上的讲」 / 「           话」.

    ``pdftotext -layout`` writes each line at its place in character cells: a centred heading's rest
    stands about half its lack to the measure in from the margin, where a paragraph's first line
    stands one indent in and the full line above starts at the margin.  So a line whose lead,
    counted from the line above's, is wider than ``CENTRED_MIN_LEAD_EM`` and within
    ``CENTRED_SLACK_EM`` of centring it on the measure, under a line from the margin that may have
    filled the measure at a heading's size, goes on from that line when it could be its
    end: a sentence's one stop (a question's ？) or a plain rest (``_plain_rest``: no date, byline,
    name or number of its own).  Text with no cells (other extractors) has no such lead."""
    if not centred_under(prev, cur, layout):
        return False
    if prev.final or prev.opener or prev.indent or prev.width < layout.measure_at(prev) / LARGER_SCALE_MAX - INDENT_EM:
        # (the line above ended its sentence, stood set in — a paragraph's or a list's line, not a
        # centred heading's first, which fills its line from the margin — or was too short to fill one)
        return False
    if cur.final:
        return STOP_RE.search(cur.text, 0, len(cur.text) - 1) is None and not cur.listed and not cur.opener
    return _plain_rest(cur, prev)


def centred_under(prev: Line, cur: Line, layout: Layout) -> bool:
    """``cur`` stands centred on the measure under ``prev``: ``pdftotext -layout`` wrote it after a
    lead, counted from ``prev``'s, of at least ``CENTRED_MIN_LEAD_EM`` (more than any paragraph's
    first line is set in) and within ``CENTRED_SLACK_EM`` of half its lack to the measure.  No line
    of a paragraph stands so: its lines run from the margin or one indent in.  Text with no cells
    (other extractors) has no such lead."""
    cells = cur.lead
    if cells < CENTRED_MIN_LEAD_EM:
        return False   # (most lines: written near the margin, so no further in than ``prev`` by that much)
    lead = cells - prev.lead
    return lead >= CENTRED_MIN_LEAD_EM \
        and abs(lead - (layout.measure_at(cur) - cur.span_width) / 2) <= CENTRED_SLACK_EM


def centred_alone(line: Line, below: Line, layout: Layout) -> bool:
    """``line`` stands centred on the measure by itself over ``below``: ``pdftotext -layout`` wrote
    it after a lead at least ``CENTRED_MIN_LEAD_EM`` cells past the line under it (more than any
    paragraph's first line is set in past its others: a paragraph's line runs from the margin or one
    indent in, and where a page's cells are narrow that indent is four cells — a short last clause
    set in as a paragraph, 「    （三）违反规定对外提供档案的。」, may stand near half its lack) and within
    ``CENTRED_SLACK_EM`` of half its lack to the measure — a heading or title set centred.  Text with
    no cells (other extractors) has no such lead."""
    cells = line.lead
    return cells - below.lead >= CENTRED_MIN_LEAD_EM \
        and abs(cells - (layout.measure_at(line) - line.span_width) / 2) <= CENTRED_SLACK_EM


def centred_apart(prev: Line, cur: Line, layout: Layout) -> bool:
    """``cur``, centred under ``prev`` (``centred_under``), is a line set apart under a title by its
    own shape — a byline (``short_line_role``), a contributor's credit in brackets
    (``CONTRIBUTOR_LINE_RE``), an author's bare name of at least ``NAME_APART_MIN`` characters — and
    ``prev`` no dash-led subtitle or attribution, whose date in brackets is its own rest
    (「——在全市基层治理工作推进会上的讲话」 / 「（2025年3月12日）」)."""
    text = cur.text
    if prev.text.startswith("——") or not centred_under(prev, cur, layout):
        return False
    return short_line_role(text) is not None or CONTRIBUTOR_LINE_RE.match(text) is not None \
        or (len(text.strip()) >= NAME_APART_MIN and name_like(text))


def _goes_on_in(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur``'s sentence goes on in ``nxt``, a body line: ``nxt`` opens on the tail of the word or
    sentence ``cur`` cut (``shapes.opens_on_tail``) and reaches the body's measure, which no line of
    a heading set larger does.  A heading's rest ends the heading (「作风问题具有反复性和顽固」 /
    「性，抓一抓就好转，…」 under 「二、作风建设要常抓长效」 is a paragraph's first two lines, not its rest).
    (pocket89) Or the dictionary reads a word across the break (``segment.word_across``: 「当前，发展环境中的
    有利条」 / 「件和不利因素并存。我们既要看」, 条件, under 「二、准确把握形势任」 / 「务，进一步明确工作重点」 on a
    pocket page whose first lines lost their indent, 12 em where the heading's rest holds 11): a heading's
    rest ends on its words, and no word runs on from it into a full body line."""
    return nxt is not None and ends_mid_word(cur.text) and nxt.width >= layout.measure_at(nxt) - FULL_SLACK_EM \
        and (opens_on_tail(nxt.text) or (_lost_first_width(cur, layout)
                                         and word_across(cur.text[-RUN_ON_CONTEXT:], nxt.text[:RUN_ON_CONTEXT])))


def _lost_first_width(line: Line, layout: Layout) -> bool:
    """(pocket89) ``line`` is as wide as a first line whose indent the extractor dropped
    (``layout.indent_lost``; within ``REST_WIDER_EM``): the word read across the break is asked of such a
    line only — on column pages with no indent lost (news pages under pdfplumber, plain pdftotext, PDFium),
    a headline's last line over a body line reads a word across by chance as often (dev: 5 worse, 2 mixed)."""
    return layout.indent_lost > 0 and abs(line.width - (layout.measure_at(line) - layout.indent_lost)) <= REST_WIDER_EM


def left_open(text: str, last: str, below: str) -> bool:
    """A headline element ``text`` (its last line ``last``) the measure cut inside a bracket, a
    curly quotation or a dictionary word that ``below`` goes on with: it never ends there."""
    return leaves_bracket_open(text) or leaves_quote_open(text) \
        or word_across(last[-WORD_CONTEXT:], below[:WORD_CONTEXT])


def kicker_over_wrapped_title(prev: Line, cur: Line, layout: Layout, around: Around) -> bool:
    """``prev``, a headline's first line, is a kicker (引题) as wide as the first line of the title
    under it, and ``cur`` is that title's first line, wrapped onto ``nxt``.  Widths cannot tell the
    two apart (the kicker is set smaller on a wider measure and ended where its phrase ended; the
    title, larger, filled fewer characters of the same width); their words can: the kicker ends a
    phrase (no word, bracket or quotation left open into ``cur``, no last word that waits for what
    follows, ``shapes.PHRASE_OPEN_TAGS``) while the title's first line stops inside one (a word read
    across the break, a quotation opened, 「让」 a verb waiting for its object: 「小切口解决大问题」 /
    「一张“明白卡”让」 / 「办事少跑腿」), and ``nxt`` is its rest (``rest_of_larger_line``).

    (bull74) A kicker wider than the title's first line under it (``set_wider``), the title's rest a
    short tail (``short_tail``: 「市民服务热线工单办理质效提升专项行动」, 18 em, over 「市民诉求件件有回音
    事事」 / 「有着落」; 「市政府新闻办召开新闻发布会介绍」 over 「前三季度全市经济运行稳」 / 「中向好」), needs
    no words: a line that wraps onto a rest of its own ran to its measure, so a ``cur`` that goes on in
    ``nxt`` is a full line, and a line over it wider than that measure is set in another size — no line
    of ``cur``'s element.
    The kicker's own last word may then wait for what follows (「介绍」 before the title it introduces).
    ``nxt`` and ``head`` are ``around``'s (``lines.Around``); its ``after`` is the line under ``nxt``:
    (bullet77) a rest that reads as a name is the title's over the headline's byline or subtitle
    (``signed_under``)."""
    nxt, head, after = around.nxt, around.head, around.after
    if nxt is None or (head is not None and head is not prev) or prev.clause or cur.clause:
        return False
    if numbered_line(prev):
        # (wrap90) a line opening on a section head's number is no 引题: a numbered head set larger wraps at
        # its own measure, so its first line and the line under it are as wide, and where the break falls
        # between two words (「一、深刻认识加强和改进乡村」 / 「治理对推进乡村全面振兴的重」 / 「要意义」, 乡村 / 治理)
        # the kicker's words read it as one — the rest of the head was cut off as a title of its own
        return False
    if set_wider(prev.text, prev.width, cur.text, cur.width):
        return not prev.final and not _other_role(prev) and short_tail(nxt.width) \
            and title_wraps_on(cur, nxt, layout, after)
    if abs(prev.width - cur.width) > width_slack(prev.text, cur.text) or not _wrapped_larger(prev, layout, None):
        # (bullet76) as wide within what widths can tell: where a digit, Latin or a space makes them
        # unsure, up to ``KICKER_WIDER_EM``, past which ``set_wider`` reads the two by width — so the
        # words read every pair the widths cannot part (「今年新增城镇就业岗位2.1万个」, 13.5 em as
        # counted, over 「零工市场让求职招工两头方」 / 「便」, 12: on main neither reading asked)
        return False
    return title_wraps_on(cur, nxt, layout, after) and kicker_phrase_over(prev.text, cur.text, nxt.text)


# (comma80) The pauses a 引题 may end on over its 主题 (「破解“放学早、接娃难”，」, 「农村学校因地制宜，」).
KICKER_PAUSES = frozenset("，,")


def ends_on_pause(text: str) -> bool:
    """(speed82) ``text`` may end on a pause (``KICKER_PAUSES``) once stripped: the look both pause
    readings (``kicker_pause_over_topic``, ``pause_over_larger``) open with, taken by a caller before the
    call (its last character is a pause, or white space the strip would take off)."""
    last = text[-1:]
    return last in KICKER_PAUSES or last.isspace()


def pause_over_topic(prev: Line, cur: Line) -> bool:
    """(comma80) ``prev``, a line that stopped short of the measure on a pause, is a 引题 over the 主题
    ``cur`` opens (``kicker_pause_over_topic``: 「破解“放学早、接娃难”，」 / 「江北区：一张课表管到晚六」 /
    「点」).  A comma at a line's end says the sentence runs on, and a heading set larger that wrapped
    (``rest_of_larger_line``) reads so: the two are as wide (12 em each, the kicker's quotation marks
    unsure), widths cannot part them; the words can.  Asked only of a line that stopped short: a body
    line that filled its column and ended on a comma over a brief's 「地名：」 line runs on as the
    measure says."""
    return kicker_pause_over_topic(prev.text, cur.text)


def kicker_pause_over_topic(upper: str, below: str) -> bool:
    """(comma80) ``upper`` ends on a pause (``KICKER_PAUSES``) with no sentence stopping inside it, and
    ``below`` opens on a topic and its colon (``shapes.TOPIC_OPEN_RE``, 地名：主题: 「江北区：一张课表管到
    晚六点」) with no clause or sentence mark past it: ``upper`` is a 引题 ended, ``below`` its 主题.  A
    topic and its colon open an element (a title, a brief's item), never a wrapped line's rest, and a
    主题 is one phrase — a brief's body run in after its place (「石门乡：今年以来，…」) is prose."""
    text = upper.strip()
    if text[-1:] not in KICKER_PAUSES or STOP_RE.search(text[:-1]) is not None:
        return False
    title = below.strip()
    topic = TOPIC_OPEN_RE.match(title)
    return topic is not None and TOPIC_PROSE_RE.search(title, topic.end()) is None


def pause_over_larger(upper: str, first: str, rest: str | None) -> bool:
    """(kicker81) ``upper``, a line ending on a pause (``KICKER_PAUSES``) with no sentence stopping inside
    it, stands over ``first``, a heading's line set in another size that wraps onto ``rest``: ``upper``
    is a 引题 ended, ``first`` opens its 主题 (「农村学校因地制宜，」 / 「田间地头成了孩子们的」 / 「“第二课堂”」).
    A line of one element fills that element's measure but for the unit that did not fit, and the
    widths say the two lines were set on two measures: ``first`` is wider than ``upper`` by the unit it
    opens with (``upper`` had room for it and ended: 9 em over 10), or ``upper`` is wider than
    ``first`` by the unit ``rest`` opens with (``first`` had no room for it, so its measure is narrower
    than ``upper``: 9 em over 「田间地头成了孩子」, 8, / 「们的“第二课堂”」).  Both widths must be exact
    (``full_width_only``; the pause at ``upper``'s end may only be set narrower, which leaves more room),
    and ``first`` and ``rest`` a heading's phrase (no clause or sentence mark; a paragraph's first line
    whose indent the extractor dropped is narrower than the full line under it by that indent, and the
    line after holds clauses: 「为切实防范化解重大安全风险，」 / 「坚决遏制较大以上生产安全事故发」 / 「生，8月至9月，…」).  A line opening on a heading's
    number is no 引题: a numbered heading set in like the paragraphs has its first line narrower by
    the indent and its rest may be wider (「（三）加强人才队伍建设，」 / 「全面提升养老护理员职业技能水」).  As wide within a unit, widths
    cannot tell (「田间地头成了孩子们」, 9, under the kicker's 9): left to the other evidence.  Where
    ``first`` is a title's one line (``rest`` None) it gave no measure: only the room reads."""
    text, line = upper.strip(), first.strip()
    if text[-1:] not in KICKER_PAUSES or STOP_RE.search(text[:-1]) is not None or not line \
            or NUMBERED_RE.match(text) is not None \
            or CLAUSE_RE.search(line) is not None or not full_width_only(text) or not full_width_only(line):
        return False
    if rest is not None and CLAUSE_RE.search(rest.strip().rstrip(HEADING_END_MARKS)) is not None:
        return False   # a title's rest is its phrase's end: a body line's holds clauses (「生，8月至9月，…」)
    above, below = width(text), width(line)
    return above + leading_unit_width(line) <= below \
        or (rest is not None and above >= below + leading_unit_width(rest.strip()))


def set_alone(upper_width: float, below: str, measure: float) -> bool:
    """(kicker81) A line ``upper_width`` em wide stopped short of the body's ``measure`` by a first
    line's indent (``INDENT_EM``), the unit ``below`` opens with and ``REST_WIDER_EM`` more (a unit
    pushed down, a cell's width unsure in ``-layout``): it was set alone, as a kicker is, where a
    paragraph's line — a first line set in by its indent among them — runs to the measure
    (「市统计局日前发布数据，」, 11 em, a body's first line on a 13 em column, over a title that pdftotext
    dealt under it; 「记者从市文化和旅游局获悉，」, 13 em on 16 under ``-layout``)."""
    return upper_width + INDENT_EM + leading_unit_width(below.strip()) + REST_WIDER_EM <= measure


def title_at_own_measure_under(prev: Line, cur: Line, around: Around) -> bool:
    """(bullet78) ``cur`` opens a title wrapped at its own measure under ``prev``, a line set wider — the
    last line of a kicker set near the body's size: 「江北临港产业园新一轮招」 / 「商引资项目集中签约」 (9
    em) over 「二十三个项」 / 「目集中落户」 / 「江北」 (5 em a line), 「第二届长江中游城市群」 /
    「青年创新创业大赛」 over 「八十个青」 / 「年创业项」 / 「目同台竞」 / 「技」.  ``cur``, ``nxt`` and the line
    after them have the shape of such a title's lines (``at_own_measure``) and ``cur`` stops inside its
    phrase into ``nxt`` (``stops_in_phrase``: 「二十三个项」 / 「目集中落户」, 项目 cut); a line over them
    wider than that measure (``set_wider``, nothing left open into ``cur``) and ending no sentence or
    clause was set on another measure, in another size — no line of the title, whatever its block (the
    kicker may have wrapped, so ``prev`` need not open its block).  A kicker's own rest over the title
    is as wide as the title's first line only by chance, and then mostly ends its phrase
    (「抓好冬春农田水利建设 夯实明年」 / 「粮食丰收基础」 / 「全县冬修水利工」; 「县农业农村局开展秋冬种」 /
    「技术服务」 / 「专家团队下」; 「江北临港产业园新一轮招商引资」 / 「项目集中签约」 / 「二十三个项」).
    A kicker ending on its reporting verb or colon (``kicker_word_ended``) is left to the readings of
    that word."""
    nxt, after = around.nxt, around.after
    if nxt is None or after is None or prev.final or prev.clause or kicker_word_ended(prev, cur):
        return False
    return at_own_measure(cur, nxt, after) and stops_in_phrase(cur.text, nxt.text) \
        and set_wider(prev.text, prev.width, cur.text, cur.width)


def at_own_measure(first: Line, second: Line, after: Line) -> bool:
    """(bullet78) ``first`` and ``second`` are two full lines of a title set large in a narrow column,
    ``after`` the line under them: such a title fills every line but its last at its own measure, so
    the two — ideographs alone, whose widths are exact and of which none was pushed down — are exactly
    as wide (at least ``OWN_MEASURE_MIN_EM``, more than a name), and ``after`` is no wider (by
    ``OWN_MEASURE_SLACK_EM``).  No line holds a clause or a sentence's mark: a paragraph narrowed round
    a picture keeps its punctuation."""
    if any(x.clause or x.final for x in (first, second)) or after.clause \
            or STOP_RE.search(after.text[:-1]) is not None:
        return False
    return ideographs_only(first.text.strip()) and ideographs_only(second.text.strip()) \
        and first.width == second.width >= OWN_MEASURE_MIN_EM and after.width <= second.width + OWN_MEASURE_SLACK_EM


def kicker_word_ended(prev: Line, cur: Line) -> bool:
    """(bullet78) ``prev`` or ``cur`` ends on a kicker's reporting verb or colon (``KICKER_END_RE``): a kicker
    so ended (「县政务服务中心负责人表示」) is read by that word, with the title under it
    (``measured.kicker_shaped``, ``headlines._kicker_apart``), and a line so ending is the kicker's own
    rest, no title's line (「全市安全生产工作会议」 / 「召开强调」 / 「压紧压实」)."""
    return KICKER_END_RE.search(prev.text) is not None or KICKER_END_RE.search(cur.text) is not None


def set_wider(upper: str, upper_width: float, first: str, first_width: float) -> bool:
    """(bull74) The line ``upper`` (``upper_width`` em) is set wider than the line ``first`` under it
    by more than ``KICKER_WIDER_EM`` and leaves no word, bracket or quotation open into it
    (``left_open``: 「江城市民政局关于提高城乡最」 / 「低生活保障标准的请示」 is one title's two lines,
    whatever their widths).  Over a title's full first line, it was set on another measure.  Where
    both lines are full-width characters alone their widths are exact, and more than ``REST_WIDER_EM``
    (a unit pushed down) is wider (「市政府新闻办召开新闻发布会介绍」, 15 em, over 「前三季度全市经济运行稳
    中向」, 13)."""
    return wider_by_slack(upper, upper_width, first, first_width) and not left_open(upper, upper, first)


def wider_by_slack(line: str, line_width: float, other: str, other_width: float) -> bool:
    """(news87) The widths' half of ``set_wider``: ``line`` is set wider than ``other`` by more than
    their counted widths may part (``width_slack``).  Asked alone where the two lines do not stand
    one over the other (a 副题 line against the title's first line above it): the words across a
    break that is not there say nothing (「…物业服」 and 「老旧小区…」 read as 「服老」)."""
    wider = line_width - other_width
    if wider <= _LEAST_WIDER_EM:
        return False   # (most pairs of lines: no wider by either slack, and no slack is counted)
    return wider > width_slack(line, other)


def width_slack(upper: str, first: str) -> float:
    """(bullet76) How far (em) the counted widths of two lines may part and still be one width:
    ``REST_WIDER_EM`` where both are full-width characters alone (exact), ``KICKER_WIDER_EM`` where
    either holds a digit, Latin or a space, whose printed width the count does not know."""
    exact = full_width_only(upper.strip()) and full_width_only(first.strip())
    return REST_WIDER_EM if exact else KICKER_WIDER_EM


def title_wraps_on(first: Line, second: Line, layout: Layout, after: Line | None = None) -> bool:
    """(bull74) ``first`` may be a title's full first line and ``second`` its short rest: narrower by
    more than ``REST_WIDER_EM`` (under a line as wide as ``first`` a title goes on over more full
    lines, and a first line ending a phrase is as likely a title's, 「全国科技大会 国家科学技术奖励
    大会」 / 「两院院士大会在京召开 习近平为国家最」 / 「高科学技术奖获得者等颁奖并发表重要」) and
    shaped as its rest (``rest_of_larger_line``; ``after``, the line under ``second``, may sign the
    headline, ``signed_under``)."""
    return second.width + REST_WIDER_EM < first.width and rest_of_larger_line(first, second, layout, first, after)


def short_tail(rest_width: float) -> bool:
    """(bull74) A line ``rest_width`` em wide is short enough to be read as a title's tail by width
    alone (``TAIL_MAX_EM``)."""
    return rest_width <= TAIL_MAX_EM


def kicker_phrase_over(kicker: str, first: str, second: str) -> bool:
    """A line ``kicker`` that ends a phrase over a title's first line ``first`` that stops inside
    one, ``second`` going on with it (see ``kicker_over_wrapped_title``); (bullet78) ``first`` does not
    take up ``kicker``'s clause (``takes_up``)."""
    return not stops_in_phrase(kicker, first) and not takes_up(kicker, first) and stops_in_phrase(first, second)


def takes_up(upper: str, below: str) -> bool:
    """(bullet78) The line ``below`` goes on with the clause of the line ``upper`` over it rather than
    opening a headline element of its own: it opens on a word that binds to what stands before it (an
    auxiliary or a localizer, ``shapes.BOUND_ON_TAGS``: 「一条街上」 / 「的“创新生」), or — under a line
    that holds no predicate of its own (``holds_predicate``) — on a verb, a preposition, a conjunction or
    an adverb (``shapes.TAKES_UP_TAGS``): the predicate of a subject left without one (「家庭农场」 /
    「集中挂牌」 / 「运营」, 「县第一人民医院」 / 「与省人民医院共」 / 「建专科联盟」) or of a causative verb's
    object (「让干净整洁」 / 「成为乡村的」 / 「常态」).  In a column so narrow that every line of a title
    fills it (five characters a line), a title's first line is as wide as a kicker over the title's
    second, and widths say nothing; a kicker is a whole element, and the line under it does not finish
    its clause (「小切口解决大问题」 / 「一张“明白卡”让」: a clause, then a count opening a new phrase)."""
    tagged = words(below.strip())
    if not tagged:
        return False
    tag = tagged[0][1]
    if tag in BOUND_ON_TAGS:
        return True
    return tag in TAKES_UP_TAGS and not holds_predicate(upper)


def holds_predicate(text: str) -> bool:
    """(bullet78) The headline line ``text`` holds a predicate: a verb (``shapes.VERB_TAGS``) with a naming
    word (``shapes.SUBJECT_TAGS``) before it — its subject — or right after it — its object
    (「小切口解决大问题」, 「聚焦民生实事」).  A noun phrase alone (「家庭农场」, 「县第一人民医院」) or a
    causative verb over adjectives (「让干净整洁」: 让 waits for the verb its object does) holds none."""
    tagged = words(text.strip())
    for i, (_, tag) in enumerate(tagged):
        if tag in VERB_TAGS and (any(t in SUBJECT_TAGS for _, t in tagged[:i])
                                 or (i + 1 < len(tagged) and tagged[i + 1][1] in SUBJECT_TAGS)):
            return True
    return False


def stops_in_phrase(text: str, below: str) -> bool:
    """The line ``text`` stops inside its phrase: a word, bracket or quotation left open into
    ``below`` (``left_open``), or a last dictionary word that waits for what follows it (a verb for
    its object, a preposition, an auxiliary: ``shapes.PHRASE_OPEN_TAGS``; not a figure closed by
    its sign, ``shapes.CLOSED_FIGURE_RE``, which the dictionary tags a numeral, nor (bullet76) a count
    after the noun it counts, ``shapes.count_after_noun``: 「…就业岗位2.1万个」)."""
    if left_open(text, text, below):
        return True
    tagged = words(text.rstrip())
    return bool(tagged) and tagged[-1][1] in PHRASE_OPEN_TAGS and CLOSED_FIGURE_RE.fullmatch(tagged[-1][0]) is None \
        and not count_after_noun(tagged)


def clause_of_its_own(text: str) -> bool:
    """(bull66) A headline line ``text`` that states who did what: its first dictionary word names
    (``shapes.SUBJECT_TAGS``) and a verb follows (``shapes.VERB_TAGS``) — 「两千余户居民告别爬楼难」,
    「医保报销实现一站式结算」.  The rest of a title wrapped after its subject opens on the predicate
    (「百家示范家庭农场」 / 「集中挂牌运营」) or goes on with the word cut (「…社区建」 / 「设试点…」)."""
    tagged = words(text.strip())
    return bool(tagged) and tagged[0][1] in SUBJECT_TAGS and any(tag in VERB_TAGS for _, tag in tagged[1:])


def names_topic(text: str, below: str) -> bool:
    """(bull66) A headline line ``text`` that names a topic: it ends on a word closing a name
    (``shapes.TOPIC_END_TAGS``: 「…民生实事项目」, 「…攻坚行动」, 「…收官之年」; no date,
    ``shapes.FIGURE_DATE_END_RE``), holds no word that links its phrase to
    the verb under it or marks a predicate (``shapes.LINKING_TAGS``), and leaves no word, bracket or
    quotation open into ``below`` (``left_open``)."""
    tagged = words(text.rstrip())
    return bool(tagged) and tagged[-1][1] in TOPIC_END_TAGS and FIGURE_DATE_END_RE.search(text.rstrip()) is None \
        and all(tag not in LINKING_TAGS for _, tag in tagged) and not left_open(text, text, below)


def _wrapped_larger(prev: Line, layout: Layout, head: Line | None) -> bool:
    """``prev`` may be a full line of a heading set larger: it ends inside its phrase (not in a
    kicker's colon or reporting verb, nor in a hard break the reader saw), is wide enough to have
    filled the measure at a heading's size, its block holds only lines like it, and it has no
    shape of another role (a field such as 附件：…, a byline, a dated line, an attribution)."""
    text = prev.text
    if prev.final or not ends_mid_word(text) or prev.width < layout.measure / LARGER_SCALE_MAX - INDENT_EM:
        return False
    if _other_role(prev):
        return False
    # (a heading set in has its first line up to the indent narrower than the lines after it)
    return head is None or head is prev or (
        not head.final and -REST_WIDER_EM <= prev.width - head.width <= INDENT_EM + REST_WIDER_EM)


def _other_role(line: Line) -> bool:
    """``line`` ends in a kicker's colon or reporting verb, or in a hard break the reader saw, or has
    the shape of another role (a field such as 附件：…, a byline, a dated line, an attribution)."""
    text = line.text
    return any((line.opener, line.raw.hard_break, KICKER_END_RE.search(text), short_line_role(text)))


def _rest_slack(first: str, rest: str) -> float:
    """How much (em) wider than the line ``first`` its rest ``rest`` may be: ``REST_WIDER_EM`` where
    a mark may have pushed a character down (``rest`` opens on an unbreakable unit wider than one
    ideograph, 「量，」 or 「“共」) or a width is unsure (a space, a digit, a Latin letter, a mark the
    typesetter may set half-width, 标点挤压); none where the rest is ideographs alone and the first
    line holds no narrow character — the rest's width is exact and no mark was pushed down into it,
    and the first line is at least as wide as its count (a mark in it set half-width only made room
    for more), so a first line narrower than its rest had room for the rest's first ideograph and
    did not wrap (「港口物流再提速」 over 「江城港集装箱吞吐」: a kicker over its title, not a title's two
    lines; pypdf's 「二、关于城区停车设施建设工作」 over 「会议听取了县住建局关于城区停车」, 14 and 15 em on
    a 17 em measure: a heading over its paragraph's first line, whose indent the extractor dropped)."""
    return 0.0 if ideographs_only(rest.strip()) and full_width_only(first.strip()) else REST_WIDER_EM


def _plain_rest(cur: Line, prev: Line, numbered: bool = False, indent: float = 0.0, signed: bool = False) -> bool:
    """``cur`` could be the end of ``prev``'s heading: it finishes no sentence (but a question or an
    exclamation, ``HEADING_END_MARKS``, where the heading is ``numbered`` — or, the caller's
    ``question_ends_over_answer``, a question over its answer), is no wider, and no
    shape makes it a block of its own — nor a name (its author's), unless the line under it is
    ``signed`` (``signed_under``: the headline's byline or subtitle, under which its name stands)."""
    text = cur.text
    if (cur.final and not (numbered and text[-1:] in HEADING_END_MARKS)) or cur.listed or cur.opener \
            or cur.width > prev.width + indent + _rest_slack(prev.text, text):
        return False
    if STOP_RE.search(text, 0, len(text) - 1):
        return False   # a sentence stops inside it: a heading holds none (「我们党历来重视作风建设。作」)
    shaped = (short_line_role(text), BRACKETED_LINE_RE.match(text), SALUTATION_RE.match(text),
              NUMERAL_ONLY_RE.match(text), CHAPTER_ONLY_RE.match(text), ISSUER_RE.match(text))
    return not any(shaped) and (signed or not name_like(text))


def closes_attribution(head: Line | None, prev: Line, cur: Line) -> bool:
    """``prev`` ends an attribution with the bracket that closes it (``CLOSED_ATTRIBUTION_RE``),
    on one line or wrapped over several (「——在全省科技创新大会暨科学技术奖」 /
    「励大会上的讲话（2021年5月28日）」, on a 17-character measure) — or with the cited work's 》
    (「——摘自《江城市行政执法人员培训读本》」) unless its bracketed date follows on ``cur``."""
    if prev.clause or (prev.text.endswith("》") and DATE_IN_BRACKETS_RE.match(cur.text) is not None):
        return False
    if prev.listed and CLOSED_ATTRIBUTION_RE.match(prev.text):
        return True
    return head is not None and head is not prev and not head.clause \
        and CLOSED_ATTRIBUTION_RE.match(head.text + prev.text) is not None


def speaker_under_subtitle(head: Line | None, prev: Line, cur: Line, layout: Layout | None = None) -> bool:
    """``prev`` ends a —— subtitle and ``cur`` is the headline's next element, set on a line of its
    own under it and never run on into it, however full the subtitle's line (GB/T 9704's and the
    house styles' head: title, subtitle, speaker or byline, note, each on its own lines).  Which
    elements are asked depends on whether the subtitle is whole (``_UNDER_SUBTITLE``): under any
    subtitle's line, an element no subtitle's rest opens as — the issuing body (「——供基层宣讲员参考
    使用」 / 「中共江城市委宣传部」), the reporters' byline (「——…改造任务见闻」 / 「本报记者」), a compiler's
    note in brackets (「——…现场实录」 / 「（根据现场录音整理…」); once the subtitle has said the kind of
    piece (``shapes.PIECE_SUBTITLE_RE``, on one line or wrapped: 「——在市直机关工委专题党课上的辅导报告」),
    also who spoke: a person (``name_like``) or a post (「市直机关工委书记」), which a ——记 subtitle's
    rest may read as.  (news85) Under a feature's ——记 subtitle whose line ran to the body's measure
    (``layout``; ``_profile_running``), the subject it names goes on: a body's name there is its rest
    (「——记全国古籍保护先进集体」 / 「江州市图书馆古籍部」), so only the byline and the note are asked."""
    if prev.clause:
        return False
    if PIECE_SUBTITLE_RE.match(prev.text) is not None or _subtitle_wrapped(head, prev):
        looks = _UNDER_SUBTITLE["whole"]
    elif _subtitle_line(head, prev):
        looks = _UNDER_SUBTITLE["profile" if _profile_running(head, prev, layout) else "any"]
    else:
        return False
    return any(look(cur.text) for look in looks)


# The headline's elements under a —— subtitle (``speaker_under_subtitle``), by whether the subtitle
# is known whole: under any subtitle line, those no subtitle's rest opens as; under a whole one, also
# a person's name and a post.
_ANY_SUBTITLE: tuple[Callable[[str], object], ...] = (ISSUER_RE.match, REPORTERS_OPEN_RE.match, COMPILER_NOTE_RE.match)
_UNDER_SUBTITLE: dict[str, tuple[Callable[[str], object], ...]] = {
    "any": _ANY_SUBTITLE,
    # (news85) under a ——记 line that ran to its measure: the issuing body's shape is the subject's rest
    "profile": (REPORTERS_OPEN_RE.match, COMPILER_NOTE_RE.match),
    "whole": (*_ANY_SUBTITLE, name_like, POST_LINE_RE.match),
}


def _profile_running(head: Line | None, prev: Line, layout: Layout | None) -> bool:
    """(news85) ``prev`` is the first line of a feature's subtitle (``shapes.PROFILE_SUBTITLE_RE``: 「——记…」)
    and ran to the body's measure (within ``FULL_SLACK_EM``): the measure cut it, and the line under it
    goes on with the subject it names.  An issuing body signs a 宣讲 or 事迹 material under a subtitle
    set short and centred (「——记…同志」 / 「中共江城县委组织部」), never under a line the measure cut."""
    return layout is not None and (head is None or head is prev) and PROFILE_SUBTITLE_RE.match(prev.text) is not None \
        and prev.span_width >= layout.measure_at(prev) - FULL_SLACK_EM


def _subtitle_line(head: Line | None, prev: Line) -> bool:
    """``prev`` is a —— subtitle's line (``DASH_LED_RE``: dash-led, no sentence stop) and its first,
    or the rest of the subtitle its block opens with."""
    first = prev if head is None else head
    return first.text.startswith("——") and not first.clause \
        and DASH_LED_RE.match(prev.text if first is prev else first.text + prev.text) is not None


def _items_apart(text: str) -> bool:
    """The line sets items apart by white space between two ideographs or marks (an ideographic space,
    or the space a reader wrote for it — not one it put beside a figure, 「表彰 2026 年度」): a row of a
    名单 or a table (「吴新华家庭（…）　郑丽娟家庭」), which a title's line, set solid, never holds — an
    item's place or unit in brackets may wrap onto the next line."""
    return ("\u3000" in text or " " in text) and ITEMS_APART_RE.search(text) is not None


def note_under_title(head: Line | None, prev: Line, cur: Line, layout: Layout) -> bool:
    """``cur`` opens a note in brackets (题注: a date in brackets, 「（2026年9月25日江城市第十七届」, or
    a line wholly in brackets, 「（第二辑）」) under a line with no clause that stops short of the body's
    measure and sets no items apart (「江城市档案管理条例」, a title set larger; ``_items_apart``): the note or the volume under a title is set on
    lines of its own, never run on into the title, however full the title's line at its size.  Not
    an edition in brackets (``EDITION_NOTE_RE``: 「（试行）」, part of the title's name) or the part printed
    (``EXCERPT_NOTE_RE``: 「（摘要）」, the title's last words), nor the date an
    attribution carries on its next line (「——摘自《…》」 / 「（2019年4月）」, ``closes_attribution``)."""
    if prev.clause or prev.span_width >= layout.measure - FULL_SLACK_EM or (head or prev).text.startswith("——") \
            or _items_apart(prev.text):
        return False
    text = cur.text
    if DATE_IN_BRACKETS_RE.match(text) is not None:
        return True
    return BRACKETED_LINE_RE.match(text) is not None and EDITION_NOTE_RE.match(text) is None \
        and EXCERPT_NOTE_RE.match(text) is None


def _subtitle_wrapped(head: Line | None, prev: Line) -> bool:
    """A speech's subtitle wrapped onto a second line, ``prev``: its first line heads the block."""
    return head is not None and head is not prev and head.text.startswith("——") and not head.clause \
        and PIECE_SUBTITLE_RE.match(head.text + prev.text) is not None


def attribution_goes_on(prev: Line, cur: Line, layout: Layout, head: Line | None) -> bool:
    """``prev`` is the first line of an attribution (dash-led, no clause) that filled the measure
    and broke off inside its phrase, and ``cur`` looks set in (indented, or the reader saw a new
    block): it is the attribution's rest set flush right or centred (「——在全省科技创新大会暨科学
    技术奖」 / 「　　　励大会上的讲话（2021年5月28日）」) — unless it opens a block by its own shape."""
    if head is not prev or not prev.text.startswith("——") or prev.clause or not ends_mid_word(prev.text):
        return False
    set_in = cur.indent or bool(cur.raw.para_start)
    return set_in and prev.span_width >= layout.measure - FULL_SLACK_EM and not (cur.listed or cur.opener) \
        and not speaker_under_subtitle(head, prev, cur, layout)   # (the speaker or byline under a subtitle: its own line)


def ends_addressees(head: Line | None, prev: Line) -> bool:
    """``prev`` ends a letter's addressees (``ADDRESSEES_RE``), on one line or wrapped onto a
    second: the letter's text starts on the next line, however full this one."""
    if prev.text[-1:] not in "：:":
        return False
    return ADDRESSEES_RE.match(prev.text) is not None or ADDRESSED_RE.match(prev.text) is not None \
        or (head is not None and head is not prev and ADDRESSEES_RE.match(head.text + prev.text) is not None)


def label_runs_on(prev: Line, cur: Line) -> bool:
    """``prev`` opens a boxed note with its label run in (``shapes.RUN_IN_LABEL_RE``: 「资料：江城市现」)
    and stops inside a word that ``cur`` finishes (the dictionary reads one across the break:
    「现有」, 「有市级以上非物质文化遗产…」): the box is set in from the column and its first line
    indented, so the line is full at the box's measure though short of the column's, and the note
    goes on.  A label run in with a title that ends where its words end (「链接：非遗保护名录」)
    reads no word across the break."""
    text = prev.text
    if _LABEL_COLONS.isdisjoint(text[2:5]) or RUN_IN_LABEL_RE.match(text) is None or not ends_mid_word(text):
        return False
    return word_across(text[-RUN_ON_CONTEXT:], cur.text[:RUN_ON_CONTEXT])
