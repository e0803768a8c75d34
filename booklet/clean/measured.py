"""Where the measure decides a boundary: the break no evidence of ``unwrap`` spoke for.

Every line of a hard-wrapped paragraph but its last runs to the measure, so a line that stops
short of it ends its block (``stops_short``: by more than the unit the next line starts with and
a slack that says how likely a block end is there); after a full line the text goes on unless
the next line is visibly a first line (its indent, or a first line's width where the extractor
dropped indents).  In a file of one paragraph a line, the blank lines and the soft joins decide
(``_separated_break``).  ``unwrap.starts_block`` asks this module last; ``unwrap.group_lines``
asks it straight away between two lines no evidence reads (``unwrap.quiet_lines``).
"""

from __future__ import annotations

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, SHORT_SHARE, Layout, numbered_heading, pushed_down, untitled_clause
from booklet.clean.lines import Around, Line
from booklet.typeset.segment import words
from booklet.clean.setoff import REST_WIDER_EM, centred_apart, centred_rest, centred_under, ends_on_pause, kicker_over_wrapped_title, pause_over_larger, pause_over_topic, set_alone, signed_under, rest_of_larger_line, set_wider, left_open, title_at_own_measure_under, stops_in_phrase
from booklet.shapes import (ANSWER_TURN_RE, ASKER_TURN_RE, BOX_KINDS, QUESTION_BLOCK_RE, LINKING_TAGS, CLAUSE_TEXT_RE, BOX_LABEL_OPEN_RE, BRACKET_LABEL_OPEN_RE, DIVISION_OPEN_RE, BRACKETED_LINE_RE, FULL_STOP_END_RE, DATED_END_LAST, DATED_END_RE, kicker_end, LABEL_RE, LEAD_IN_END_RE, MID_WORD_END_RE, NO_LINE_START, NUMBERED_RE, STOP_RE, TOC_LINE_RE,
                            WHOLE_HEADING_RE, closes_unopened_bracket, ends_mid_word, full_width_only, has_short_line_role, leading_unit_width, leaves_bracket_open, leaves_quote_open,
                            ideographs_only, looks_like_byline, parallel_phrases, set_apart, QUOTED_HEAD_RE)

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
# A first line whose dropped indent is within this (em) of the expected width.
LOST_INDENT_TOLERANCE_EM = 0.75
# ... or this much narrower when the next line starts with a character and the punctuation no
# line may start with (。，、”): the character went down with it (kinsoku), the line is short by one.
KINSOKU_PUSH_EM = 1.0
# A line ending on a mark the page hangs past the measure (clreq 行尾点号悬挂) is this much (em)
# wider than the room its text took: a first line so ended runs one em past a first line's width
# (「过去学习，常常满足于看摘要、读解读，」, 18 em where a first line holds 17) …
HUNG_MARK_EM = 1.0
# … the marks hung so: the comma, the enumeration comma and the full stop, the ones books hang (a
# colon or a semicolon ending a line as wide is a line cut or misread, not a first line).
FIRST_LINE_HUNG_MARKS = "，。、"
# In a file of one paragraph per line, a line this short (em) without punctuation is a title.
SEPARATED_TITLE_MAX_EM = 25
# ... and a line this narrow (em) never runs on into the next across a blank line.
SEPARATED_RUN_ON_MIN_EM = 15
# A line ending on a pause (，、) was cut inside its clause: no heading or label ends so, only a
# line the measure cut (a column narrowed round a picture: 「冬修水利是为群众办实事、」).
PAUSE_ENDS = frozenset("，、,")
# Blank lines that separate blocks in a wrapped file (where one blank line is extraction noise).
GAP_BLANKS = 2


def measured_break(prev: Line, cur: Line, layout: Layout, prev_opens: bool = False,
                   around: Around = Around()) -> bool:
    """``starts_block`` where no evidence spoke: the measure decides, or the separators (``around``:
    the lines about the break, ``lines.Around``)."""
    if not layout.wrapped:
        return _separated_break(prev, cur)
    return _wrapped_break(prev, cur, layout, prev_opens, around)


def open_bracket(text: str) -> bool:
    """A bracket left open at the line end: the line wrapped (「来源：《人民日报》（2024年06月25」 / 「日02版）」;
    every pair of ``shapes.BRACKET_PAIRS``, counted as ``turn`` and ``headings`` count them)."""
    return leaves_bracket_open(text)


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


def _wrapped_break(prev: Line, cur: Line, layout: Layout, prev_opens: bool, around: Around) -> bool:
    """A block boundary in hard-wrapped text.

    Every line of a wrapped paragraph but its last runs to the measure, so a line that stops
    short of it ends its block whatever its punctuation (a heading with ，inside, a signature,
    a title).  After a line that reached the measure the text goes on, unless the line ended a
    sentence and the next line visibly starts a block."""
    nxt, head, above = around.nxt, around.head, around.above
    if cur.gap_join and not prev.trail_space:
        # "…实际应用;" / " " / "建设一批…" (seed 004): one physical line cut in two.
        return False
    if layout.trail_marks_end and prev.trail_space and (prev.final or not prev.clause):
        # this file marks block ends with a trailing space — after a sentence, a title or a
        # heading; one after a clause that runs on (「…深入实施 」 / 「“中学生英才计划”…」) is noise
        return True
    if not (cur.listed or cur.opener or cur.indent) and untitled_clause(prev, layout):
        # (stdind89) the first line of an untitled subclause's text, its indent dropped, goes on (「4.2.1 城市书房建筑
        # 面积不宜」 / 「小于150平方米，…」): GB/T 1.1 writes the level's subclauses all untitled
        return False
    if stops_short(prev, cur, layout, prev_opens):
        if layout.trail_marks_end and not prev.trail_space and not cur.page_start:
            # this file marks its block ends with a trailing space, and this line carries none: it
            # stopped short for a reason the count does not see (a bold lead-in or digits set wider,
            # a larger face) and its block goes on (「1. 责任体系压得更实。汛前，…防汛行政责任」 /
            # 「人 1426 名，…」) — but not across a page break, where the mark may be lost
            return False
        if kicker_over_wrapped_title(prev, cur, layout, around):
            return True   # a kicker as wide as the wrapped title's first line under it
        if not prev.clause and kicker_shaped(prev) and not prev.listed:
            # (joined83) a line ending as a kicker does (its reporting or meeting verb, its colon) that
            # stopped short ended there: what it introduces opens the next element, however wide the
            # title set larger under it (「区委区政府召开专题会议研究」 / 「今冬明春安全生产重点工作」 was
            # read as the rest of a heading the kicker began)
            return True
        pause = ends_on_pause(prev.text)   # (speed82: the two pause readings' first look, taken once)
        if pause and pause_over_topic(prev, cur):
            return True   # (comma80) a kicker ending on a comma over its 地名：主题 title
        if pause and around.nxt is not None and _pause_kicker_alone(prev, cur, around.nxt, layout) \
                and _wrapped_short(cur, around.nxt, layout, around):
            # (kicker81) a kicker set alone ending on a comma over a title set larger that wraps at a
            # measure of its own, the two widths on two measures (「农村学校因地制宜，」 / 「田间地头成了孩子们
            # 的」 / 「“第二课堂”」): the title opens an element in another size; a paragraph's first line
            # whose indent the extractor dropped stops short by the indent alone (「为切实防范化解重大安全风
            # 险，」, 14 em on 16, over 「坚决遏制较大以上生产安全事故发」, 15)
            return True
        if pause and nxt is not None and _kicker_over_title_going_on(prev, cur, nxt, layout):
            # (news86) the same kicker over a title whose first line goes on in its words where the widths
            # cannot say it wrapped (「盘活闲置农房，」 / 「山村民宿带」 / 「火乡村游」: 5 em over 4, a title set
            # 2.8 times the body in a 16 em column)
            return True
        if above is not None and head is prev and ends_on_pause(above.text) \
                and _kicker_over_title_going_on(above, prev, cur, layout):
            return False   # (news86) that title's first line under its kicker, going on in its rest
        if pause and nxt is not None and _pause_kicker_over_signed_title(prev, cur, nxt, layout):
            # (news84) a kicker set alone ending on a comma over a title of one line that the headline's
            # byline or —— subtitle closes (「盘活闲置农房，」, 7 em, / 「山村民宿带火乡村游」, 9, / 「本报记者
            # 韩立秋」): the title opens an element; read as a heading set in like the paragraphs, whose
            # rest may be an indent wider, it was joined to the kicker
            return True
        if rest_of_larger_line(prev, cur, layout, head, nxt) and not set_flush(prev, layout):
            # a heading set larger than the body wrapped short of the measure — not after a line
            # set flush at the body's size (``set_flush``): one set larger holds fewer characters
            # than a first line's room (「二、关于城区停车设施建设工作」, 14 of 15 / 「会议听取了…」)
            return False
        if centred_rest(prev, cur, layout):
            return False  # a centred heading's last line (「…推进大会上的讲」 / 「           话」)
        return not open_bracket(prev.text)
    if layout.measure_exact and _narrower_run_ended(head, prev, cur, layout):   # (speed82: its first look, here)
        return True   # a title wrapped to its own measure, then the body (「…全市中小」 / 「学教师…的通知」 / 「各县…」)
    if prev_opens and BRACKETED_LINE_RE.match(prev.text):
        return True  # a note in brackets under a title (「（2024年11月28日…会议通过）」) stands alone
    if prev_opens and quoted_head(prev, cur, layout):
        return True  # (texts86b) a saying set apart as a head (「“这块地，我得亲自看看”」) over its paragraph
    if not prev.final:
        # (both centred tests hold only where ``cur`` stands centred under ``prev``: most lines of a
        # paragraph run from the margin, and are asked that once)
        if centred_under(prev, cur, layout):
            if centred_rest(prev, cur, layout):
                return False  # a centred heading's last line under its full first (「…基础」 / 「        作用？」)
            if centred_apart(prev, cur, layout):
                # a centred line that is no heading's rest and has a byline's or a credit's shape is a
                # block of its own: a paragraph's lines run from the margin (a title over the byline
                # centred under it: 「把握好发展新质生产力的几个关系」 / 「         张建华」)
                return True
        if not prev.clause and kicker_shaped(prev) and nxt is not None \
                and rest_of_larger_line(cur, nxt, layout, cur, around.after):
            # a kicker that filled its line over a title set larger, wrapped short of the measure
            # (「市文化和旅游局负责人表示」 / 「明年将实现非遗」 / 「工坊街道全覆盖」); (bullet77b) its tail is
            # read with the line under it, as ``title_wraps_on`` reads it: over the headline's byline
            # or subtitle a tail that reads as a name is the title's (``setoff.signed_under``)
            return True
        # (speed82: the two pause readings are asked past their first look, ``ends_on_pause``: most lines
        # of prose end on no comma, and pay no call)
        pause = ends_on_pause(prev.text)
        if pause and nxt is not None and _pause_kicker_alone(prev, cur, nxt, layout) \
                and rest_of_larger_line(cur, nxt, layout, cur, around.after):
            # (kicker81) a kicker set alone (``set_alone``) that fell within a clause's slack of the
            # measure, over a title set larger on a measure of its own (「农村学校因地制宜，」, 9 em on
            # 13, / 「田间地头成了孩子」, 8, / 「们的“第二课堂”」); a paragraph's line ending on a comma runs
            # to the measure, over a full line as wide or over its last line, which ends the sentence
            return True
        if pause and pause_over_topic(prev, cur) and _wrapped_short(cur, nxt, layout, around):
            # (comma80) a kicker that filled a narrow column's line on its comma over a 地名：主题 set
            # larger, wrapped short of the measure (「破解“放学早、接娃难”，」 / 「江北区：一张课表管到」 /
            # 「晚六点」): the title opens an element in another size; a body line under a full one
            # fills its line too
            return True
        # (``kicker_over_wrapped_title`` reads no pair holding a clause: asked first, most lines of
        # prose pay for no widths and no words)
        if not (prev.clause or cur.clause) and set_wider(prev.text, prev.width, cur.text, cur.width) \
                and kicker_over_wrapped_title(prev, cur, layout, around):
            # (bull74) a kicker that filled its line over a narrower title's first line that wraps on
            # (「市民服务热线工单办理质效提升专项行动」 / 「市民诉求件件有回音事事」 / 「有着落」): the title runs
            # to its own measure, narrower than the kicker's line, so the two are set in two sizes
            return True
        if not prev.clause and title_at_own_measure_under(prev, cur, around):   # (speed82: its first look, here)
            # (bullet78) a kicker's line over a title wrapped at its own narrower measure, three lines or
            # more (「…项目集中签约」 / 「二十三个项」 / 「目集中落户」 / 「江北」): two sizes, two elements
            return True
        # A line that ends no sentence reaches the measure: the text goes on unless the next
        # line is visibly a paragraph's first line.  In a file that indents its paragraphs a
        # run-on line is never set in, so an indented line after an unindented one is that
        # evidence, whatever the line before (the last line of a heading wrapped on a narrow
        # measure: 「　　一、客观看待过去一年的」 / 「成绩，进一步坚定发展信心」 / 「　　过去的一年，…」);
        # where indents were dropped, only after a heading's line: a numbered or starred first
        # line, a first line with no clause (「1.着力扩大有效投资」 / 「要坚持项目为王，实行」 /
        # 「县级领导包联重点项目制度，」), or the rest of a numbered heading (「二、准确把握形势任务，」
        # / 「进一步明确工作重点」 / 「当前，发展环境中的有」).
        if prev_opens and _number_under_full_heading(prev, cur, prev_opens):   # (speed82: its first look, here)
            return True
        if layout.firsts_full and (_heading_over_block_first(above, head, prev, cur, nxt, layout, prev_opens)
                                   or _heading_rest_over_block_first(head, prev, cur, nxt, layout, prev_opens)):
            return True
        if layout.uses_indent and cur.indent and not prev.indent:
            return _first_line_follows(cur, nxt, layout)
        return _heading_line(above, head, prev, cur, layout, prev_opens) and _first_line_follows(cur, nxt, layout)
    if nxt is not None and cur.text[:1] == "“" and quoted_head_wrapped(cur, nxt, layout):
        return True   # (texts86b) after a sentence, a saying set as a head wrapped over two lines
    return _starts_after_sentence(prev, cur, layout, nxt, head)


def _pause_kicker_alone(prev: Line, cur: Line, nxt: Line, layout: Layout) -> bool:
    """(kicker81) ``prev`` ends on a pause over ``cur`` set in another size (``pause_over_larger``: the
    two widths on two measures, ``nxt`` the title's next line) and stands alone, short of its measure
    by more than a paragraph's indent and a unit (``set_alone``): a 引题 over its 主题, if ``cur``
    wrapped as a title does (the callers ask that, each in its own way)."""
    return pause_over_larger(prev.text, cur.text, nxt.text) and set_alone(prev.width, cur.text, layout.measure_at(prev))


def _pause_kicker_over_signed_title(prev: Line, cur: Line, nxt: Line, layout: Layout) -> bool:
    """(news84) ``prev`` ends on a pause and stands alone (``set_alone``) over ``cur``, a title of one line:
    ``nxt`` signs the headline or sets its subtitle (``setoff.signed_under``: 「本报记者 韩立秋」,
    「——青山县前三季度…」), so ``cur`` is the element right over it, whole on its line.  The widths are
    read as for a title that gave no measure (``pause_over_larger`` with no rest): ``cur`` is wider than
    ``prev`` by the unit it opens with, so ``prev`` had room for that unit and ended — a wrapped line fills
    its measure, and the rest of a line is no wider than the line.  A heading set in like the paragraphs
    has a rest up to its indent wider (``rest_of_larger_line``); such a heading is numbered (refused by
    ``pause_over_larger``) and never stands over a byline: a headline is set flush or centred, not set in."""
    return signed_under(nxt) and pause_over_larger(prev.text, cur.text, None) \
        and set_alone(prev.width, cur.text, layout.measure_at(prev))


def _kicker_over_title_going_on(kicker: Line, title: Line, rest: Line, layout: Layout) -> bool:
    """(news86) ``kicker``, ending on a pause and set alone over ``title`` in another size
    (``_pause_kicker_alone``), over a title whose first line goes on in ``rest`` by its words
    (``_title_goes_on``): asked of the kicker's line (the title opens under it) and of the title's first
    line (it goes on in its rest) — one reading of the same three lines."""
    return _pause_kicker_alone(kicker, title, rest, layout) and _title_goes_on(title, rest)


def _title_goes_on(cur: Line, nxt: Line) -> bool:
    """(news86) ``cur``, a heading's line of ideographs, goes on in ``nxt`` by its words: it stops inside its
    phrase (``setoff.stops_in_phrase``: a word, quotation or bracket left open, a last word that waits for
    what follows — 「山村民宿带」 / 「火乡村游」) and ``nxt``, ideographs too, is no wider (a rest is no wider
    than its line, ``REST_WIDER_EM``).  Asked under a kicker the widths parted already
    (``_pause_kicker_alone``), where the title's rest is too near its line's width to say it wrapped."""
    return ideographs_only(cur.text) and ideographs_only(nxt.text) and nxt.width <= cur.width + REST_WIDER_EM \
        and stops_in_phrase(cur.text, nxt.text)


def _wrapped_short(cur: Line, nxt: Line | None, layout: Layout, around: Around) -> bool:
    """(comma80) ``cur`` is a heading's line set larger: it stopped short of the measure and ``nxt``
    is its rest (``rest_of_larger_line``), so it wrapped at a measure of its own."""
    return nxt is not None and stops_short(cur, nxt, layout, False) \
        and rest_of_larger_line(cur, nxt, layout, cur, around.after)


def _number_under_full_heading(prev: Line, cur: Line, prev_opens: bool) -> bool:
    """``prev`` is a whole numbered heading that filled its line and ``cur`` opens on a heading's or
    an item's number of its own: a block starts.  A column's measure is a 小标题's length (11–22
    characters in a 简报 or 理论周刊 column), so a heading set in it fills the line as often as not
    (「三、切实把全会精神落到实处」, 13 em on a 13 em column; 「（一）深入学习党的创新理论」), and the
    next heading or the list under it (「（一）抓好学习宣传」, 「1.系统学习…」) was read as its wrapped
    rest.  A heading the measure cut goes on in its words (「一、认真学习贯彻党的二十届」 / 「三中全会
    精神」), never on a number that opens an ordinal or a list (``_numbered``)."""
    return _numbered_whole(prev, prev_opens) and _numbered(cur)


def _heading_over_block_first(above: Line | None, head: Line | None, prev: Line, cur: Line, nxt: Line | None,
                              layout: Layout, prev_opens: bool) -> bool:
    """(pocket79) On a page set in block paragraphs (``layout.firsts_full``: first lines run to the
    measure), ``prev`` is a heading's line (``_heading_line``) that left room for the unit ``cur``
    opens on, and ``cur`` is a full line of prose: a paragraph's first line there is as full as any
    line but its last, so a line opening its block that stopped short was not cut by the measure —
    it is a 小标题 set bold at the body's size, which no extractor but the PDF reader keeps apart
    (「坚持问题导向，补齐基础研究短板」, 15 em on an 18-em page / 「设立市自然科学基金联合基金，引导企业」;
    「二、让制度管用、让办法好用」, 13 of 15 / 「村规民约不在条文多，而在大家」).  Where first lines
    lost an indent unseen, a run-in item's first line stops as short (numhead59's worse cases); here
    the page shows its first lines full.  Not after a line leading in to a list (「…：」, 「…；」): an
    item of that list opens its block on its number; widths exact (full-width characters only).  ``cur``
    is full less a character kinsoku pushed down onto ``nxt`` (「…而在大家」 / 「认、大家守。…」)."""
    if not prev_opens or not full_width_only(prev.text) or open_bracket(prev.text) \
            or (above is not None and above.text[-1:] in LIST_LEAD_ENDS):
        return False
    if _left_in_phrase(prev, cur):
        return False
    room = layout.room(prev, False) - leading_unit_width(cur.text)
    if room < 0 or (not layout.measure_exact and room <= HEADING_END_SLACK_EM):
        return False
    pushed = KINSOKU_PUSH_EM if nxt is not None and nxt.text[1:2] in NO_LINE_START else 0.0
    if not _prose_line(cur, layout) or cur.width < layout.measure_at(cur) - LOST_INDENT_TOLERANCE_EM - pushed:
        return False
    return _heading_line(above, head, prev, cur, layout, prev_opens)


def _heading_rest_over_block_first(head: Line | None, prev: Line, cur: Line, nxt: Line | None, layout: Layout,
                                   prev_opens: bool) -> bool:
    """(pocket89) ``_heading_over_block_first`` for the last line of a numbered heading that wrapped: on a
    page set in block paragraphs (``layout.firsts_full``), a block opened by a numbered line with no
    clause (``numbered_heading``: 「二、准确把握形势任」, a 小标题 set larger, so wrapped at fewer characters
    than the body's measure holds) whose line ``prev`` ends on a word, left room for the unit ``cur``
    opens on and stands over a full line of prose (「务，进一步明确工作重点」, 11 of 14 / 「当前，发展环境
    中的有利条件和」, 14): the heading ended.  A paragraph's line stops short only at its end, and a
    numbered paragraph's last line ends its sentence; so a line that stopped short on a word under a
    numbered line with no clause is its heading's last."""
    if prev_opens or head is None or head is prev or not numbered_heading(head) or not full_width_only(prev.text) \
            or open_bracket(prev.text) or WHOLE_HEADING_RE.match(prev.text) is None or _left_in_phrase(prev, cur):
        return False
    room = layout.room(prev, False) - leading_unit_width(cur.text)
    if room < 0 or (not layout.measure_exact and room <= HEADING_END_SLACK_EM):
        return False
    pushed = KINSOKU_PUSH_EM if nxt is not None and nxt.text[1:2] in NO_LINE_START else 0.0
    return _prose_line(cur, layout) and cur.width >= layout.measure_at(cur) - LOST_INDENT_TOLERANCE_EM - pushed


def _left_in_phrase(prev: Line, cur: Line) -> bool:
    """(the lead, at pocket79's merge) ``prev`` stops where no heading ends: inside a word, bracket or
    quotation that ``cur`` goes on with (``setoff.left_open``: 「市统计局日前发布数」 / 「据，前三季度…」,
    「…村民李大爷拧」 / 「开水龙头…」), or on a word that links its phrase to what follows
    (``shapes.LINKING_TAGS``, a preposition, a conjunction, an adverb, of one character — the dictionary tags
    some two-character predicates so, 「…让办法好用」 a preposition: 「日前，县第一人民医院与」 / 「省人民医院签订
    协议…」).  A line so cut was cut by a measure — a column's, narrower than the page's,
    on a page an extractor dealt by rows or boxes (dev: news pages under pdfplumber, pdfminer and plain
    pdftotext, where the block page's rule read a column paragraph's first line as a heading).  Not a
    verb's end (``setoff.stops_in_phrase``): a heading may end on its verb (「…让办法好用」)."""
    if left_open(prev.text, prev.text, cur.text):
        return True
    tagged = words(prev.text.rstrip())
    return bool(tagged) and len(tagged[-1][0]) == 1 and tagged[-1][1] in LINKING_TAGS


# (pocket79) A line ending on these leads in to a list or a field's rest: the numbered line after it is an
# item of that list, not a heading (「归档范围：」 / 「（一）反映本单位职能活动和主」).
LIST_LEAD_ENDS = frozenset("：:；;")


def _heading_line(above: Line | None, head: Line | None, prev: Line, cur: Line, layout: Layout,
                  prev_opens: bool) -> bool:
    """``prev`` is a heading's line where indents were dropped: a line that leaves a bracket open goes
    on; one that continues a block is a heading's only as the rest of a numbered heading; one that
    opens its block is a heading's when it is numbered or starred, holds no clause (and is not the
    first line of the text a label heads, ``_text_under_label``), or reads as a whole heading of
    parallel phrases (``_phrased_heading``: 「坚持人才引领，优化创新生态」 / 「完善“揭榜挂帅”“赛马”等项目组」 /
    「织方式，深化…」), or is no paragraph's rest under a full line ending a sentence
    (``_alone_under_full``: 「…还管用。」 / 「群众的事再小，也要当作大事来办」 / 「十七栋的王阿姨反映，…坏了两」):
    a block of its own, which a first line under it does not run on."""
    if not prev_opens:   # (most lines: a numbered head is rare, the bracket's count asked after it)
        return head is not None and _numbered(head) and not open_bracket(prev.text)
    if open_bracket(prev.text):
        return False
    if prev.listed:
        return True
    if not prev.clause and not _text_under_label(above, prev, cur, layout):
        return True
    return _phrased_heading(prev, cur, layout, _first_line_under(cur, layout)) \
        or _alone_under_full(above, prev, cur, layout)


def stops_short(prev: Line, cur: Line | None, layout: Layout, prev_opens: bool) -> bool:
    """``prev`` stops short of the measure by more than the unit ``cur`` begins with (which may
    simply not have fitted: 「…锚定」 / 「2035 年…」, 「…活动48」 / 「场，…」) and a slack that
    says how likely a block end is there (``block_end_slack``).  The measure of a first line is
    less its indent, or the indent the extractor dropped — not a signature's (``signed_end``),
    which is set flush right or centred."""
    # (a signature set in is set flush right or centred: it has no first-line indent to take off)
    room = layout.room(prev, prev.indent and not signed_end(prev))
    if room <= 0:
        return False  # (most lines: they reach the measure whatever follows, and the slack is never < 0)
    byline = set_apart(prev.text) and byline_alone(prev, cur)   # (most lines: no byline's spaces, no call)
    if prev_opens and layout.indent_lost and not byline and not signed_end(prev) and not set_flush(prev, layout):
        # (a byline is set centred, a signature flush right or centred: they lost no indent; nor
        # did a line wider than a first line's room, ``set_flush``)
        room -= layout.indent_lost
        if room <= 0:
            return False
    # (a clause keeps its slack; so does a heading, but a numbered one where first lines lost their
    # indent, ``_numbered_whole``: where indents show, the indented line under it tells its end)
    exact = (prev.final or (layout.indent_lost > 0 and _numbered_whole(prev, prev_opens))) \
        and exact_fit(prev, layout)
    room -= 0.0 if byline else block_end_slack(prev, prev_opens, exact, layout.uses_indent or layout.indent_lost > 0)
    if room <= 0 and not byline:
        return False
    room -= leading_unit_width(cur.text) if cur is not None else 0.0
    if exact:
        return room >= 0  # the unit would have fitted
    if byline:
        # a byline or dateline set on its line of its own: a dateline run in with the item's first
        # words (「本报讯（记者 马晓东）10月28日起，…」) fills its line, so a line that holds the
        # byline alone and had room, at its widest, for the unit the next line starts with ended
        # there (「本报记者 郑雨桐 文/图」 / 「周六上午，…」 on a 12 em measure)
        return room >= prev.unsure
    return room > 0 and room > prev.unsure  # (the narrow characters' width asked only when it matters)


def _narrower_run_ended(head: Line | None, prev: Line, cur: Line, layout: Layout) -> bool:
    """``prev`` ends a block of lines as wide as one another and narrower than a body first line's
    room (``head`` its first line, ``prev`` its last, of full-width characters: its width is exact)
    — a block set to a narrower measure, a title set larger, each line filled to its own measure —
    and ``cur``, wider than they are by more than a pushed mark (``REST_WIDER_EM``), is set to
    another measure: no rest of theirs — unless ``cur`` may hold a character kinsoku pushed down
    (``layout.pushed_down``): a body line cut a character early is so narrow too.  The widths
    must be exact (``Layout.measure_exact``).  A title of two full lines on a
    pocket page (「关于做好2026年度全市中小」 / 「学教师全员培训工作的通知」, 12 em at 1.25× where a first
    line holds 13) stops within the two-em slack of a line inside a sentence, and the salutation
    under it (「各县（市、区）教育局，市直各学」, 15) ran on into it."""
    if not layout.measure_exact or head is None or head is prev or prev.final or not full_width_only(prev.text):
        return False
    first_room = layout.measure_at(prev) - max(INDENT_EM, layout.indent_lost)
    return abs(head.width - prev.width) <= REST_WIDER_EM and prev.width < first_room \
        and cur.width > prev.width + REST_WIDER_EM and not pushed_down(cur.text)


def byline_alone(line: Line, nxt: Line | None) -> bool:
    """``line`` is a byline or a dateline, set apart as bylines are (``shapes.set_apart``), and
    ``nxt`` does not go on with its names (「通讯员 林家豪 本报记者」 / 「周可欣」, a name cut in two)."""
    return set_apart(line.text) and has_short_line_role(line.text, "byline") \
        and not (nxt is not None and (has_short_line_role(f"{line.text} {nxt.text}", "byline")
                                      or has_short_line_role(line.text + nxt.text, "byline")))   # (「…本报记者 周」 / 「可欣」)


def exact_fit(line: Line, layout: Layout) -> bool:
    """``line``'s width and the measure are both exact (full-width characters only, a measure
    such lines reach): a line that left room for the unit the next line starts with ended there
    (「…昔日繁华的码头杂草丛生。」, 22 of 23 / 「光绪末年…」)."""
    return layout.measure_exact and full_width_only(line.text)


def block_end_slack(line: Line, opens: bool, exact: bool = False, firsts_known: bool = False) -> float:
    """How far (em) ``line`` must stop short of the measure to end its block: the likelier a
    block ends there, the less evidence it takes — half a character after a sentence end, one after a numbered line that opens
    its block and reads as a whole heading (「1.2.1 科技创新成果数量持续增长」, as indented as a
    first line; 「（三）加强人才队伍建设，全面提升…职业吸引力」, a comma inside; not a standard's
    clause opening on its text, ``shapes.CLAUSE_TEXT_RE``: 「4.1.1　…人口集中、交通便利」), two inside a
    sentence; none after a sentence end when the widths are exact (``exact_fit``).  A line shaped
    like a kicker (``kicker_shaped``) or ending in a signature's date (``signed_end``) ends where a
    sentence does: 「研究科技创新工作强调」 / 「以更大力度」 (the title under it, set larger).

    An unnumbered line that opens its block with no clause punctuation, of full-width characters
    only (its width is exact: no digit, Latin or space whose printed width the count does not know),
    ends with a heading's slack too (「“实”字托底：把论述落到每一户困难家庭」, 19 em where a first line
    holds 22) — when ``firsts_known``: the file's first lines keep their indent or show the indent
    they lost, so a first line is not read as short.  Where neither shows, a first line whose
    indent went unseen stops two em short just as a heading does, and the two-em slack stays."""
    if line.final:
        return 0.0 if exact else SENTENCE_END_SLACK_EM
    if not line.clause and (kicker_shaped(line) or signed_end(line)):   # (both read only a line with no clause)
        return SENTENCE_END_SLACK_EM
    if opens and (line.listed or (firsts_known and not line.clause and full_width_only(line.text)
                                  and not closes_unopened_bracket(line.text))) \
            and WHOLE_HEADING_RE.match(line.text) and CLAUSE_TEXT_RE.match(line.text) is None:
        # (the rest of a bracket opened above is no heading: 「…会议通过）」)
        return 0.0 if exact and numbered_heading(line) else HEADING_END_SLACK_EM
    return SHORT_SLACK_EM


def _numbered_whole(line: Line, opens: bool) -> bool:
    """``line`` opens its block, is numbered and reads as a whole heading (「一、作风建设关系人心向背」):
    where its widths are exact (``exact_fit``), a line that left room for the unit the next line
    starts with ended there, as a sentence's last line does.  A numbered heading set in like the
    paragraphs on a narrow measure stops one em short of a first line's width as often as not
    (12 of 13 on a 15 em measure: 「一、作风建设关系人心向背」 / 「我们党历来重视作风建设。作」), which
    the one-em heading slack read as a full first line."""
    return opens and numbered_heading(line) and WHOLE_HEADING_RE.match(line.text) is not None


def kicker_shaped(line: Line) -> bool:
    """``line`` ends in a reporting verb, a meeting's verb or a colon (``shapes.kicker_end``) with no clause punctuation
    before it: a newspaper kicker's end (「市委常委会召开会议专题」 / 「研究科技创新工作强调」,
    「江城高新区：」) — prose that says 强调 goes on with ，or 要 on the same full line."""
    return not line.clause and kicker_end(line.text)


def signed_end(line: Line) -> bool:
    """``line`` ends in the date of a signature or a colophon with no clause punctuation before it
    (``shapes.DATED_END_RE``: 「党委宣传部 2026年5月12日」, 「2026年5月编印」): where a letter or a
    booklet signs off, its block ends as at a sentence end.  The digits' printed width is unsure
    (``Line.unsure``), so without this a short signature over a title set larger may look full
    (「党委宣传部 2026年5月12日」 / 「习近平总书记在加强基础研」 on a 16 em measure)."""
    return not line.clause and line.text[-1:] in DATED_END_LAST and DATED_END_RE.search(line.text) is not None


def widest(line: Line, layout: Layout) -> float:
    """The widest ``line`` may have been printed: its narrow characters at their widest."""
    return layout.printed_width(line) + line.unsure


def _text_under_label(label: Line | None, line: Line, nxt: Line, layout: Layout) -> bool:
    """``line`` is the first line of the text a label alone over it heads (``shapes.LABEL_RE``:
    「【经验链接】」 / 「石桥镇组建了由12名农机手组成的代耕服」 / 「务队，为外出务工家庭…」): it fills a first
    line's width (``first_line_width``) and the text goes on, so it holds no clause only because the
    line ended before the sentence's first pause — a title under a label stops where its words end."""
    return label is not None and LABEL_RE.match(label.text) is not None and first_line_width(line, nxt, layout)


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
    if not layout.indent_lost or nxt is None or nxt.listed or nxt.opener or not _prose_line(nxt, layout):
        return False
    first = layout.measure_at(cur) - layout.indent_lost
    return first_line_width(cur, nxt, layout) and nxt.width > first + LOST_INDENT_TOLERANCE_EM \
        and widest(cur, layout) - _hung(cur, layout) + leading_unit_width(nxt.text) <= layout.measure_at(cur) - (
            0.0 if exact_fit(cur, layout) else FIRST_LINE_SLACK_EM)


def _hung(line: Line, layout: Layout) -> float:
    """The em ``line`` runs past a first line's width on a mark hung past the measure: one when it
    ends on such a mark and would not be a first line's width without it, else nothing."""
    if line.text[-1:] not in FIRST_LINE_HUNG_MARKS:
        return 0.0
    return HUNG_MARK_EM if line.width > layout.measure_at(line) - layout.indent_lost + LOST_INDENT_TOLERANCE_EM else 0.0


def _numbered(line: Line) -> bool:
    """``line`` opens with a heading's number or bullet (「二、」, 「（三）」, 「1.2」, 「★」), not with
    the dash of an attribution or a field's label: its block is a heading so far."""
    return line.listed and NUMBERED_RE.match(line.text) is not None and not line.text.startswith("—")


def _phrased_heading(line: Line, nxt: Line, layout: Layout, first_under: bool = False) -> bool:
    """``line`` reads as a whole heading though it holds a clause mark: phrases joined by a comma
    or a colon, no stop, ending in a word (``WHOLE_HEADING_RE``: not in ，、 — a cut clause), no
    bracket closed that it never opened (「…会议通过）」, the rest of a note) — and it was not cut by
    the measure: of full-width characters only (its width exact), it stops short of a first line's
    room (less its indent, seen or lost) by more than a heading's slack and the unit ``nxt`` starts
    with.  The caller asks besides that ``nxt`` be visibly a paragraph's first line
    (``_first_line_follows``): a 小标题 of two phrases set in like the paragraphs on a narrow measure
    (「坚持人才引领，优化创新生态」, 13 em where a first line holds 16 / 「完善“揭榜挂帅”“赛马”等项目组」 /
    「织方式，深化…」), which the two-em slack of a line inside a sentence kept in the paragraph.
    Or, ``first_under``, ``nxt`` is itself as wide as a first line: then ``line`` needs only be no
    wider than one when it is two phrases in parallel (``shapes.parallel_phrases``: a heading
    centred in its column, as wide as a first line; a prose first line that happens to be as wide,
    over another first line — columns dealt out of turn, a column narrowed round a picture — ends
    in a cut clause)."""
    if WHOLE_HEADING_RE.match(line.text) is None or not full_width_only(line.text) \
            or closes_unopened_bracket(line.text):
        return False
    lost = 0.0 if set_flush(line, layout) else layout.indent_lost
    room = layout.measure_at(line) - (INDENT_EM if line.indent else lost) - line.span_width
    if room >= 0 and first_under and parallel_phrases(line.text):
        # no wider than a first line, over a line that is one too (``first_under``, which the
        # caller read: ``_first_line_under``, and a full line of prose under that): a paragraph's
        # second line runs to the measure, so the line above was no first line the measure cut (a
        # 小标题 centred in its column as wide as a first line: 「坚持企业主体，提升企业创新能力」, 15 em
        # on a 17 em column whose first lines hold 15 / 「实施企业研发机构提质工程，推动」 / 「规模以上…」)
        return True
    if layout.measure_exact:
        # the measure is exact too: a first line cut by it leaves less than the next unit's room
        return room - leading_unit_width(nxt.text) >= 0
    return room - HEADING_END_SLACK_EM - leading_unit_width(nxt.text) > 0


def set_flush(line: Line, layout: Layout) -> bool:
    """``line``, opening its block where the extractor dropped the first lines' indent
    (``layout.indent_lost``), is wider than a first line's room by more than the count's tolerance:
    it was set flush, not in — no paragraph's first line, which holds no more than its room bar a
    mark hung past the measure.  A 小标题 set flush over indented paragraphs on a pocket page fills
    the measure as often as not (「三、以实际行动推动作风持续好转」, 15 em on a 16 em page whose
    first lines hold 14): read as a first line that lost its indent it seemed to run to the
    measure, and the paragraph under it ran on into it.  Its own room is then the whole measure.
    Widths exact (full-width characters, an exact measure), and the line ends on a word, not on a
    mark that may hang (``NO_LINE_START``).  The indent is two em at most: the lost indent is read
    off first lines some of which a pushed character left short (a three-em reading where there are
    two), and a first line of the two-em room is no line set flush (「（二）作交流发言的单位请」, 12
    em on a 14 em page read as three em lost)."""
    return layout.indent_lost > 0 and layout.measure_exact and not line.indent and full_width_only(line.text) \
        and line.text[-1:] not in NO_LINE_START \
        and line.span_width > layout.measure_at(line) - min(layout.indent_lost, INDENT_EM) + LOST_INDENT_TOLERANCE_EM


def _first_line_under(line: Line, layout: Layout) -> bool:
    """``line`` is as wide as a paragraph's first line, short of the full measure: set in where
    indents show, a first line's width where the extractor dropped them (``first_line_width``) —
    ending no sentence (so no paragraph's last line) and of full-width characters only, whose
    width the count knows."""
    if line.final or not full_width_only(line.text):
        # (a line ending a sentence may be its paragraph's last, short anywhere; digits or Latin:
        # the count is unsure of the width, a full line may read short)
        return False
    if layout.uses_indent:
        return line.indent
    return layout.indent_lost > 0 and first_line_width(line, None, layout)


def _prose_line(line: Line, layout: Layout) -> bool:
    """``line`` reads as a line of prose: it holds clause punctuation, or the measure cut it inside
    a word once it filled it (「全县各级领导干部要树立正」) — not a title line of another size, nor a
    byline whose names, spaced apart, fill the line (「通讯员 林家豪 本报记者」 under a subtitle on an
    11 em column: prose runs on without spaces between its words, a byline spaces its names)."""
    return line.clause or (ends_mid_word(line.text)
                           and line.span_width >= layout.measure_at(line) - FULL_SLACK_EM
                           and not (" " in line.text and looks_like_byline(line.text)))


def first_line_width(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur`` is as wide as a first line whose indent the extractor dropped — or one character
    narrower because that character went down with the punctuation no line may start with
    (「当前，发展环境中的有利条件和不利因素并」 / 「存。我们…」)."""
    first = layout.measure_at(cur) - layout.indent_lost
    pushed = KINSOKU_PUSH_EM if nxt is not None and nxt.text[1:2] in NO_LINE_START else 0.0
    low = first - LOST_INDENT_TOLERANCE_EM - pushed
    # (a few narrow characters, at their widest, may make up the difference — 「3.着力优化营商环境」 —
    # unless their width is too unsure to tell: 「2022年,…9467亿美元,相比2018年增长了」)
    widest_ = cur.width + cur.unsure if cur.unsure <= LOST_INDENT_TOLERANCE_EM else cur.width
    return low <= widest_ and cur.width - _hung(cur, layout) <= first + LOST_INDENT_TOLERANCE_EM


def _starts_after_sentence(prev: Line, cur: Line, layout: Layout, nxt: Line | None,
                           head: Line | None = None) -> bool:
    """After a full line that ends a sentence: does ``cur`` visibly start a new block?  One opening on a
    label set apart does (``_label_opens``), however full the last line before it."""
    if cur.indent or _label_opens(cur.text):
        return True
    if _question_over_answer(head, cur, nxt):
        return True
    if layout.uses_indent:
        # in a file that indents its paragraphs, an unindented line goes on — unless it is a
        # heading set flush between two paragraphs
        return _flush_between_paragraphs(prev, cur, nxt, layout)
    if layout.indent_lost and _may_go_on(cur) and first_line_width(cur, nxt, layout):
        return True  # "…自立自强。" / "我们要建成…" two em short: a first line whose indent was dropped
    if layout.sparse_blanks and cur.blanks_before and not prev.blanks_before:
        return True  # a blank line where the lines around have none (pdfminer text boxes)
    if (not cur.final or kicker_shaped(cur)) and not open_bracket(cur.text) \
            and (nxt is None or stops_short(cur, nxt, layout, True)):
        # a line that ends no sentence and stops short itself, after a finished sentence, is a
        # block of its own: a title, a heading, a signature, a kicker (「…参加座谈会。」 /
        # 「习近平：加强基础研究 实现高水平科技自立自强」, 「…工程师。」 / 「★地基打得牢，…建得高」)
        return True
    if _rest_unfinished(cur, nxt, layout):
        return True
    if _heading_wrapped(cur, nxt, layout):
        return True
    if layout.indent_lost and nxt is not None and _phrased_heading(cur, nxt, layout) \
            and first_line_width(nxt, None, layout) and _prose_line(nxt, layout):
        # a heading of phrases over a paragraph's first line (its indent dropped): no paragraph's
        # last line ends in a word with no stop in it, and ``nxt`` is as wide as a first line
        # (「…提高1个百分点。」 / 「坚持企业主体，提升企业创新能力」 / 「实施企业研发机构提质工程，推动规模」)
        return True
    return cur.blanks_before >= GAP_BLANKS and not cur.page_start


# The first characters of the labels ``_label_opens`` reads (a law's 第…, a box's kind): most lines pay one look.
_LABEL_FIRSTS = frozenset("第【" + "".join(kind[0] for kind in BOX_KINDS))


def _label_opens(text: str) -> bool:
    """A line opening on a label set apart from what follows by a wide space, or alone: a law's division
    (``DIVISION_OPEN_RE``: 「第十五条　本条例自2027年1月1日起施行。」, 「第二章　监督管理」) or a box's head
    (``BOX_LABEL_OPEN_RE``: 「专栏1　2026年县政府十项民生实事」).  Each starts a block: an article is a
    paragraph, a chapter or a box opens with its head — however full the last line of the block before
    (「…参照本条例执行。」 on a 24 em measure; 「…具体项目见专栏1。」 on a narrow column's 17).  A label cited
    in a sentence runs on with no space after it (「依照本条例第十五条规定」).  (pypdf87) And a label of words in
    【】 opening the line (``BRACKET_LABEL_OPEN_RE``: a 年鉴's 条目 「【蔬菜产业】全县蔬菜种植面积…」 after 「…创全县纪录。」,
    a full line on a pocket measure, plain pdftotext's and pypdf's alike): an entry's title, never a sentence's
    words."""
    return text[:1] in _LABEL_FIRSTS and (DIVISION_OPEN_RE.match(text) or BOX_LABEL_OPEN_RE.match(text)
                                          or BRACKET_LABEL_OPEN_RE.match(text)) is not None


def _question_over_answer(head: Line | None, cur: Line, nxt: Line | None) -> bool:
    """(qa81) ``cur`` is a question set apart over the answer it heads: one whole question on its line
    (``shapes.QUESTION_BLOCK_RE``) over a line opening on the answerer's label (``ANSWER_TURN_RE``:
    「答：」).  A 问答 or a 答记者问 sets each question as a line or block of its own right above its
    answer; a paragraph's last line never ends on a question and goes on into 答：.  So after a full
    line ending a sentence the question opens its block, however full that line (「…把群众反映集中
    的问题解决好。」 / 「申请加装电梯需要满足哪些条件？」 / 「答：主要有三个方面的条件。」).  Not inside a
    turn the asker opened (``ASKER_TURN_RE``: 「记者：…已经印发。」 / 「请问有哪些规定？」 / 「答：…」),
    whose question is the rest of its turn."""
    if nxt is None or ANSWER_TURN_RE.match(nxt.text) is None or QUESTION_BLOCK_RE.match(cur.text) is None:
        return False
    return head is None or ASKER_TURN_RE.match(head.text) is None


def _flush_between_paragraphs(prev: Line, cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """In a file that indents its paragraphs, an unindented ``cur`` after a full stop that could not
    end the paragraph — it ends no sentence and stops short as a line inside one stops
    (``_rest_unfinished``) — over an indented first line: a heading set flush at the body's size
    (「…300 余项。」 / 「存在的问题」 / 「　　对照高质量发展要求，…」).  After a full stop only: a line
    ending on ；or ： leads on to a list's or a field's rest (「关键词：…；一网统管；」 / 「数据共享」); and
    not a line wholly in brackets, or one opening a bracket: a transcript's 「（掌声）」 goes on."""
    if nxt is None or not nxt.indent or FULL_STOP_END_RE.search(prev.text) is None:
        return False
    if open_bracket(cur.text) or BRACKETED_LINE_RE.match(cur.text) is not None:
        return False
    return _rest_unfinished(cur, nxt, layout)


def _alone_under_full(above: Line | None, line: Line, nxt: Line, layout: Layout) -> bool:
    """``line`` opened its block under ``above``, a line that ends a sentence and fills the measure,
    and is no rest of that paragraph (``_rest_unfinished``; not a bracket left open, whose rest
    is ``nxt``): the block is ``line`` alone."""
    return above is not None and above.final and not open_bracket(line.text) \
        and not stops_short(above, line, layout, False) and _rest_unfinished(line, nxt, layout)


def _rest_unfinished(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur``, read as the rest of the paragraph whose sentence the full line above finished,
    would end that paragraph with no sentence's end: a paragraph's last line ends a sentence (or
    leads in with a colon), so ``cur`` is no line of it but the first of a block of its own (a
    heading, a label) whose indent the extraction lost.  The measure ends the rest there when
    ``cur`` stops short of it as a line that runs on stops (no first line's indent taken off:
    「…比电脑里的表格还管用。」 / 「群众的事再小，也要当作大事来办」 / 「十七栋的王阿姨反映，…」, 15 em
    on a 20 em measure whose first lines hold 17), or when ``cur`` leaves a bracket open that
    ``nxt`` closes and ``nxt`` stops short (「…不少于七天。」 / 「《关于推进移风易俗树立」 /
    「文明乡风的指导意见》」).  ``stops_short`` keeps the slack of a line inside a sentence and
    the width the count is unsure of, so a line short only for glyphs it does not see goes on."""
    if nxt is None or cur.final or cur.text[-1:] in PAUSE_ENDS:
        # (a line ending a sentence, or leading in with its colon, may end the paragraph; one
        # ending on a pause was cut inside its clause: a column narrowed round a picture)
        return False
    if not open_bracket(cur.text):
        return stops_short(cur, nxt, layout, False)
    return not nxt.final and nxt.text[-1:] not in PAUSE_ENDS and not open_bracket(cur.text + nxt.text) \
        and not leaves_quote_open(cur.text + nxt.text) \
        and stops_short(nxt, None, layout, False)


def _heading_wrapped(cur: Line, nxt: Line | None, layout: Layout) -> bool:
    """``cur`` and ``nxt`` make a heading wrapped onto a short second line: neither holds a sentence
    stop, and ``nxt`` is short and ends in a word, with no mark.  A paragraph ends with its
    sentence, so after a finished sentence such lines are no paragraph's rest (「…时时提醒自己。」 /
    「“恒”字为要：久久为功才能见到」 / 「实效」 / 「学习不是一阵子的事，…」, on a 16 em measure)."""
    return nxt is not None and not cur.final and not nxt.final and not nxt.clause \
        and nxt.width < SHORT_SHARE * layout.measure_at(nxt) and ends_mid_word(nxt.text) \
        and STOP_RE.search(cur.text) is None and STOP_RE.search(nxt.text) is None


def _may_go_on(line: Line) -> bool:
    """``line`` ends no sentence, or leads in to what follows with a colon."""
    return not line.final or LEAD_IN_END_RE.search(line.text) is not None


def soft_join_break(prev: Line) -> bool:
    """Keep a line break inside a block (a hard break the reader saw, table-of-contents rows)."""
    return prev.raw.hard_break or (prev.text[-1:].isdigit() and TOC_LINE_RE.search(prev.text) is not None)


def quoted_head(prev: Line, cur: Line, layout: Layout) -> bool:
    """(texts86b) ``prev``, a line that opened its block, is one quotation whole whose words end on no
    sentence mark (``shapes.QUOTED_HEAD_RE``: 「“这块地，我得亲自看看”」) and stops short of the measure
    with room for the unit ``cur`` opens with: a saying set apart as a 人物通讯's small head, over
    the paragraph under it.  A line the measure cut is full; a line of dialogue closes its sentence
    inside the quotes (「“先别急，我下田看看再说。”」) and is read by its stop.  The room is the plain
    room, no indent taken off: where the extractor dropped the indent, a paragraph's first line that
    happened to close a stopless quotation at its end would be as short, so the unit must fit beyond
    that line's own slack (``prev.unsure``, the narrow characters' doubt)."""
    if QUOTED_HEAD_RE.match(prev.text) is None:
        return False
    return layout.room(prev, False) - leading_unit_width(cur.text) > prev.unsure


def quoted_head_wrapped(cur: Line, nxt: Line, layout: Layout) -> bool:
    """(texts86b) ``cur`` and ``nxt`` together are one quotation whole whose words end on no sentence
    mark (``shapes.QUOTED_HEAD_RE``: 「“农民不看你说得多好，只看你种」 / 「得多好”」), the quotation closing
    on ``nxt`` short of the measure: the head ``quoted_head`` reads on one line, wrapped on a narrow
    page.  A quoted line of dialogue closes its sentence inside the quotes and goes on after them."""
    if "”" in cur.text or QUOTED_HEAD_RE.match(cur.text + nxt.text) is None:
        return False
    return layout.room(nxt, False) > nxt.unsure
