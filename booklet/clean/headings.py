"""Blocks classified by shape: labels, 来源 lines, notes, attributions, headings, letter lines.

Before: the block ``来源：《人民日报》（2024 年 06 月 25 日 02 版）`` is a paragraph; after
``block_shapes`` it is a ``SOURCE`` block.  Which heading becomes an article title is
decided later (``split_articles``, ``headlines``).
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter
from typing import Callable, Sequence

from booklet.cjk import width
from booklet.clean.blocks import Blk, Kind, all_bold, joined_block, source_lines, split_at
from booklet.clean.lines import join_logged
from booklet.clean.layout import Layout
from booklet.clean.setoff import KICKER_PAUSES, kicker_pause_over_topic, left_open, pause_over_larger, set_alone
from booklet.clean.stages import Blocks
from booklet.clean.titles import opens_series
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.typeset.segment import word_across, words
from booklet.shapes import (ADDRESS_LINE_RE, CONTACT_FIELD_RE, FULL_STOP_END_RE, POST_LINE_RE, WHOLE_HEADING_RE, FIGURE_CELL_RE, ROW_WITH_FIGURE_RE, SPACED_RUN_RE, FIGURE_NUMBER_ONLY_RE, PROSE_PUNCT_RE, closes_open_quote, opens_on_number, ordinal, ADDRESSEES_RE, ANNEX_LINE_RE, LIST_ITEM_RE, SIGNING_BODIES_RE, COLUMN_LABEL_FIRST, COLONS, ISSUE_LINE_RE, ISSUED_ON_RE, COLOPHON_ROW_RE, DATE_HEAD_RE, PRINTING_DAY_RE, PRINTING_ROW_RE, PROVISION_CITATION_RE, TITLE_ONLY_RE, TABLE_GAP_RE, TABLE_ROW_RE, TABLE_ROW_PRESSED_RE, GRID_ROW_RE, TABLE_WORD_ROW_RE, TABLE_CAPTION_RE, TABLE_CELLS_MIN, CLAUSE_ROW_RE, TABLE_NAMES_ROW_RE, FIGURE_RE, ARTICLE_RUN_IN_RE, ATTRIBUTION_MAX_EM, BARE_SPEAKER_LABEL_RE, BYLINE_LABEL_RE, DASH_LED_RE, DOC_NUMBER_RE, EXCLAIMED_LINE_RE, FIELD_LINE_RE, ISSUER_RE, JOINED_EXCLAIMED_RE,
                            LABEL_RE, LISTED_NAME_RE, NAME_ROW_RE, NOTE_RE, NUMBERED_RE, ORDINAL_FIRST, HEADING_OPEN_TAGS,
                            QUESTION_BLOCK_RE, QUESTION_HEADING_RE, QUOTE_OPENERS, SALUTATION_RE, SIGN_DATE_RE, SOURCE_LINE_RE, SPEAKER_LINE_RE, SPEC_ROW_RE, SPEC_ROW_SPACED_RE, STOP_RE, CLAUSE_RE, TERM_ENTRY_RE, TERM_EQUIVALENT_RE, TERM_LINE_RE, TERM_NUMBER_RE,
                            WHOLE_NAME_RE, WORD_CHAR_RE,
                            closes_unopened_bracket, ends_sentence,
                            heading_key, heading_level, is_attribution, list_item, looks_like_byline, name_like, short_line_role, ROW_ROLES)

# A heading is at most this wide (em); in a wrapped file up to 1.8 measures (a title set
# larger wraps short of the body's measure, so its line is no guide).
HEADING_MAX_EM = 40.0
HEADING_MAX_MEASURES = 1.8
# A letter's title after its 发文字号 may run over this many em, or three measures.
LETTER_TITLE_MAX_EM = 60.0
LETTER_TITLE_MAX_MEASURES = 3
# A letter's addressees (主送机关) name a few bodies: at most this many em (two lines of a page).
ADDRESSEES_MAX_EM = 60.0
# A 名单 is a run of at least this many lines of names (rows, or one name a line): a heading
# over a list, or between two, is one line among paragraphs of another shape.
NAME_LIST_RUN_MIN = 3
# A person's name is at most this many characters (a surname and one to three more): longer lines
# are no name, whatever else they are (a cheap test before the name's shape).
PERSON_NAME_MAX_CHARS = 4
# A 名单's name, with its household's place in brackets, is at most this many characters
# (``shapes._LISTED``: twenty before the body's word, twelve in the bracket).
LISTED_NAME_MAX_CHARS = 40
# Endings a heading never has: a clause runs on.
_RUN_ON_ENDS = ("，", "、", ",", "：", ":")
# An exclaimed line is a 小标题 only among headings: at least this many others in the document
# (the first block, its title, not counted) — one article's 小标题 come in series.
EXCLAIMED_SIBLINGS_MIN = 2
# … as wide as they are, to within these shares of their median width: a vocative (「同志们！」)
# or a one-word cheer is far narrower than the 小标题 of its document, a sentence far wider.
EXCLAIMED_BAND = (0.5, 1.5)
# … and it heads at least this many paragraphs: a heading opens a passage, a slogan closes one.
EXCLAIMED_HEADS_MIN = 2
# A speaker's label heads a speech only among others: at least this many in the document (a 发言
# 摘登 prints several speakers; one bracketed word over a colon is a form's field, 「单位名称（盖章）：」).
SPEAKERS_MIN = 2

# A question heads its answer only in a 问答: at least this many question blocks in the document, and
# at least ``QUESTION_SIBLINGS_MIN`` of its own opening (问：, a number, none) — a 问答 asks several
# questions alike; a rhetorical question set alone in prose is one or two, and unnumbered.
QUESTIONS_MIN = 3
# The characters each side of a cut the dictionary reads a word across (``_numbered_question_rest``): a
# word is at most four ideographs, so three each side hold any word the cut falls inside.
QUESTION_CUT_CONTEXT = 3
QUESTION_SIBLINGS_MIN = 2
# A sentence ending in 。 heads a passage only as one of a series of 观点式 小标题: at least this many
# one-line sentences in the document opening alike (``SENTENCE_HEAD_OPENING`` characters) — an
# article states its points in parallel (「办实事要先问需于民。」 … 「办实事要敢啃硬骨头。」); a closing
# line, a one-line answer or a dialogue turn stands alone or opens unlike its neighbours.
SENTENCE_HEADS_MIN = 3
SENTENCE_HEAD_OPENING = 2
# … each over a paragraph at least this many times its width: a head states what the passage argues.
SENTENCE_ARGUED_SHARE = 2.0
# (texts83b) A numbered sentence head (「（一）加强组织领导。」, a 意见's or a 方案's points under GB/T 9704)
# opens on its number, so its siblings share the numbering's shape (``shapes.ordinal``'s kind), not its
# first characters: numbered heads are keyed by this mark and the kind, and make a series only where
# their numbers count on (「（一）」 「（二）」 「（三）」), ``SENTENCE_HEADS_MIN`` of them in a row.
NUMBERED_SENTENCE_KEY = "№"
# (A line opening on a quotation mark, ``shapes.QUOTE_OPENERS``, is a turn of talk or a quotation, not a
# head; nor is one with a colon, ``shapes.COLONS``: a speaker's turn (「答：主要靠合作社和龙头企业带动。」) or
# a lead-in to what follows.)
# (heads89) A series must be seen among the blocks the line widths set apart: at least this many of its
# heads standing alone before a paragraph's last line is read as one more (``_tail_head``).  Where a
# paragraph's last line filled the measure and ended on its stop, the short head under it reads as the
# paragraph's own short last line (every extractor that drops the type and the space above) — the widths
# cannot tell the two apart, the parallel can; but a series made only of such tails would read every
# one-sentence last line of a text as a head.
SENTENCE_HEADS_STANDING_MIN = 2


def classify_shapes(stage: Blocks, log: Log) -> Blocks:
    """材料 N / 【…】 labels, 来源 lines, ※ notes and ——attributions, by shape (rule ``block_shapes``).

    A label the reader set as a heading is still a label; a byline line run onto a dash-led
    subtitle is a block of its own again, and so is a dash-led subtitle run onto its title."""
    out: list[Blk] = []
    for whole in stage.blocks:
        parts = _subtitle_apart(whole, stage.layout, log) if "——" in whole.text else (whole,)
        for blk in parts:
            if blk.text[:1] not in _SHAPE_FIRST:
                out.append(blk)
                continue
            out.extend(_shape_kind(part) for part in _byline_apart(blk, log))
    return stage.but(blocks=out)


def _subtitle_apart(blk: Blk, layout: Layout, log: Log) -> tuple[Blk, ...]:
    """A title and the dash-led subtitle on the line under it, joined because the title's last line
    filled its column, as two blocks again: a —— subtitle is set on a line of its own under its
    title (「三十年守护一方百姓健康」 / 「——记江城县青石镇卫生院乡村医生刘守山」); the title holds no
    sentence, the subtitle runs to the block's end."""
    if len(blk.starts) < 2 or blk.kind is not Kind.PARA or blk.marked:
        return (blk,)
    for k, (cut, line) in enumerate(blk.starts[1:], 1):
        if blk.text.startswith("——", cut):
            break
    else:
        return (blk,)
    head, tail = blk.text[:cut], blk.text[cut:]
    if not looks_like_heading(head, layout) or DASH_LED_RE.match(tail) is None \
            or width(tail) > ATTRIBUTION_MAX_EM:
        return (blk,)
    log.decided(line, "split", _("{text!r}: a subtitle under the title above").format(text=excerpt(tail)))
    title, subtitle = split_at(blk, k)
    return title.but(full=True), subtitle


# First characters of those shapes: most blocks are ruled out without a regex.
_SHAPE_FIRST = frozenset("材【来（(※—") | COLUMN_LABEL_FIRST


def _shape_kind(blk: Blk) -> Blk:
    text = blk.text
    if text[:1] not in _SHAPE_FIRST:
        return blk
    if blk.kind in (Kind.TITLE, Kind.HEADING) and blk.marked:
        return blk.but(kind=Kind.KICKER) if LABEL_RE.match(text) else blk
    if blk.kind not in (Kind.PARA, Kind.HEADING):
        return blk
    if LABEL_RE.match(text):
        return blk.but(kind=Kind.KICKER, level=0)
    if SOURCE_LINE_RE.match(text):
        return blk.but(kind=Kind.SOURCE, level=0)
    if NOTE_RE.match(text):
        return blk.but(kind=Kind.NOTE, level=0)
    if is_attribution(text) or _dash_led(text):
        return blk.but(kind=Kind.ATTRIBUTION, level=0)
    return blk


def _byline_apart(blk: Blk, log: Log) -> tuple[Blk, ...]:
    """A dash-led subtitle and the byline on the line under it (``_signs_under``), joined because the
    subtitle filled its column or both lines were centred short, as two blocks again: a byline is a
    whole line of its own (「——江城区推行政务服务“一次告知”见闻」 / 「本报记者 田思远 通讯员 韩冰」,
    「——在全市城乡社区治理工作交流会上的发言」 / 「江城市南湖街道党工委」)."""
    if len(blk.starts) < 2 or blk.kind not in (Kind.PARA, Kind.HEADING) or blk.marked:
        return (blk,)
    cut, line = blk.starts[-1]
    head, tail = blk.text[:cut], blk.text[cut:]
    if DASH_LED_RE.match(head) is None or not _signs_under(head, tail.strip()):
        return (blk,)
    log.decided(line, "split", _("{text!r}: a byline under the line above").format(text=excerpt(tail)))
    subtitle, byline = split_at(blk, len(blk.starts) - 1)
    return subtitle.but(full=True), byline.but(kind=Kind.PARA, level=0)


def _signs_under(subtitle: str, line: str) -> bool:
    """``line``, under the dash-led ``subtitle``, is the byline of the text they head: a labelled
    byline (「本报记者 田思远 通讯员 韩冰」), or the body that speaks (``ISSUER_RE``: 「江城市南湖街道党工委」)
    under a subtitle that names its occasion whole (``is_attribution``: 「——在全市…交流会上的发言」) —
    a subtitle that wrapped before its last words (「——记江城市南湖」 / 「街道党工委」) ends in no
    occasion, and its rest stays with it."""
    return BYLINE_LABEL_RE.match(line) is not None or (ISSUER_RE.match(line) is not None and is_attribution(subtitle))


def _dash_led(text: str) -> bool:
    """A short dash-led line with no sentence stop: an attribution (or a subtitle) whatever it
    names — 「——《礼记·大学》」 carries no date and ends in no 讲话."""
    return "\n" not in text and DASH_LED_RE.match(text) is not None and width(text) <= ATTRIBUTION_MAX_EM


def guess_headings(stage: Blocks, log: Log) -> Blocks:
    """Short paragraphs without sentence punctuation become headings, their level from the
    numbering (第1章 → 1, 1.2 → 2); not when the reader gave the headings — but a 问答's questions
    over their answers (``question_headings``) either way."""
    if stage.headings_given:
        return question_headings(sentence_headings(stage, log), log)
    blocks = _sibling_heads_apart(stage.blocks, stage.layout, log)
    cut = _cut_names(blocks)
    out: list[Blk] = []
    for i, blk in enumerate(blocks):
        if blk.kind is Kind.PARA and _reads_as_heading(blocks, i, stage.layout) \
                and not (out and _next_item(out[-1], blk.text)) and not _in_name_list(blocks, i, cut) \
                and not any(refuse(blocks, i) for refuse in _PLACE_REFUSALS) and not _issue_number(blk.text):
            blk = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
        out.append(blk)
    out = _speaker_headings(_sections_of_lines(_numbered_rests_joined(out, log), log), log)
    calls = _calls(blocks)
    out = _series_apart(_exclaimed_headings(out, calls, log) if calls else out, log)
    return question_headings(sentence_headings(stage.but(blocks=_cut_names_joined(out, log)), log), log)


# (book88) The siblings set as headings before a heading the measure hid, in a row from the series' start or
# a break: two (「一、」 and 「二、」 over 「三、」) — one alone may be a list's item a page break set apart
# (「（三）本单位产生的具有保存」 / a head between / 「价值的电子文件…」), or a running head copying a heading.
SIBLING_HEADS_MIN = 2
# (texts90) … or one, where the series' first heading stood right under a heading of another numbering (「一、履行
# 职责情况」 / 「（一）抓班子带队伍，凝聚干事合力」): the outline's two levels are set as heads there, which no list's
# item a page break set apart and no running head shows (a 述职报告's sub-heads, two or three to a part).
SIBLING_HEADS_UNDER_PARENT_MIN = 1


def _sibling_heads_apart(blocks: Sequence[Blk], layout: Layout, log: Log) -> Sequence[Blk]:
    """(book88) A text sets its sibling headings alike: where 「一、…」 and 「二、…」 stand as blocks of
    their own that read as headings (``SIBLING_HEADS_MIN`` in a row), 「三、以实际行动推动作风持续好转」 opening a
    paragraph's first line is its heading, joined to the line under it where the widths could not tell it
    ended — a heading that filled the measure at its size, or a pocket page's first-line room (「《礼记·大学》
    有言：」 under it, every extractor).  The block is cut after that line (``_sibling_head``); the line is
    then read as any heading is."""
    out: list[Blk] = []
    # (each ordinal kind: the value of its last block read as a heading, and how many siblings in a row
    # before it were so read)
    heads: dict[int, tuple[int, int]] = {}
    # (texts90) the ordinal kinds whose series' first heading stood right under a heading of another numbering
    parented: set[int] = set()
    for blk in blocks:
        out.append(blk)
        number = ordinal(blk.text) if blk.kind in (Kind.PARA, Kind.HEADING) else None
        if number is None:
            continue
        kind, value = number
        last, run = heads.get(kind, (0, 0))
        run = run + 1 if last == value - 1 else 1
        needed = SIBLING_HEADS_UNDER_PARENT_MIN if kind in parented else SIBLING_HEADS_MIN
        if blk.kind is Kind.PARA and len(blk.starts) > 1 and last == value - 1 and run > needed \
                and _sibling_head(blk, layout):
            out[-1:] = split_at(blk, 1)
            log.decided(out[-1].first, "split", _("{text!r}: the next heading of its series, set apart from the "
                                                  "text under it").format(text=excerpt(out[-2].text)))
            heads[kind] = (value, run)
        elif blk.kind is Kind.HEADING or looks_like_heading(blk.text, layout):   # (wrapped or not)
            heads[kind] = (value, run)
            if value == 1:
                if _under_parent_heading(out, kind, layout):
                    parented.add(kind)
                else:
                    parented.discard(kind)
        else:
            heads.pop(kind, None)   # (a numbered paragraph: the series is a list's, no headings')
            parented.discard(kind)
    return out


def _under_parent_heading(out: Sequence[Blk], kind: int, layout: Layout) -> bool:
    """(texts90) The block just put last in ``out`` (its series' first, of ordinal ``kind``) stands right under a
    heading that opens on an ordinal of another kind — read as one (``Kind.HEADING``) or reading as one
    (``looks_like_heading``), as the series' own count reads them: its parent in the outline (「一、…」 over
    「（一）…」)."""
    if len(out) < 2:
        return False
    above = out[-2]
    parent = ordinal(above.text) if above.kind in (Kind.PARA, Kind.HEADING) else None
    return parent is not None and parent[0] != kind \
        and (above.kind is Kind.HEADING or looks_like_heading(above.text, layout))


def _sibling_head(blk: Blk, layout: Layout) -> bool:
    """``blk`` reads as no heading as a whole (a heading the measure wrapped, 「二、准确把握当前机关作风方面」 /
    「存在的突出问题」, is one block and stays so), its first line as a whole heading (``looks_like_heading``, ``WHOLE_HEADING_RE``: no
    stop in it, not broken off at a comma) and ends where a heading may end: no word, bracket or
    quotation left open into the next line (``left_open``: 「三、以实际行动推动作风持」 / 「续好转」 is one
    heading wrapped)."""
    first, rest = blk.text[:blk.starts[1][0]], blk.text[blk.starts[1][0]:]
    return not looks_like_heading(blk.text, layout) and looks_like_heading(first, layout) and WHOLE_HEADING_RE.match(first) is not None \
        and not left_open(first, first, rest) and not _heading_left_open(first, rest)


def _numbered_rests_joined(blocks: list[Blk], log: Log) -> list[Blk]:
    """(lead87) A numbered heading of one line that stops inside its phrase (``_heading_left_open``: 「四、推进
    基层治理数字化转型的」) goes on in the heading of one line under it that has no number of its own and is no
    wider (「路径」): a wrap an extractor set apart as a block of its own.  A heading ends on its last word, never on
    a word that waits for what follows it."""
    out: list[Blk] = []
    for blk in blocks:
        above = out[-1] if out else None
        if above is not None and _numbered_rest(above, blk):
            log.decided(blk.first, "merged", _("{text!r}: the rest of the numbered heading above").format(
                text=excerpt(blk.text)))
            out[-1] = joined_block(above, blk, join_logged(above.text, blk.text, blk.first, log))
            continue
        out.append(blk)
    return out


def _numbered_rest(above: Blk, blk: Blk) -> bool:
    """``blk`` is the rest of the numbered heading ``above`` (``_numbered_rests_joined``)."""
    return above.kind is Kind.HEADING and blk.kind is Kind.HEADING and not (above.marked or blk.marked) \
        and "\n" not in above.text and "\n" not in blk.text and _numbered(above.text) \
        and blk.text[:1] not in ORDINAL_FIRST and not _numbered(blk.text) and width(blk.text) <= width(above.text) \
        and PROSE_PUNCT_RE.search(blk.text) is None and _heading_left_open(above.text, blk.text)


def _heading_left_open(text: str, below: str) -> bool:
    """A heading's line ``text`` stops where no heading ends: a word, bracket or quotation left open into
    ``below`` (``setoff.left_open``), or its last dictionary word a function word (``HEADING_OPEN_TAGS``)."""
    if left_open(text, text, below):
        return True
    tagged = words(text.rstrip())
    return bool(tagged) and tagged[-1][1] in HEADING_OPEN_TAGS


def _numbered(text: str) -> bool:
    """``text`` opens on a heading's or an item's number (``ordinal``: 「一、」 「（一）」 「（1）」; ``shapes.opens_on_number``
    read for items, ``NUMBERED_RE``: 「1.」, 「第一章」, 「3.1 」)."""
    return ordinal(text) is not None or opens_on_number(text, clause_numbers=False, items=True)


def _sections_of_lines(blocks: list[Blk], log: Log) -> list[Blk]:
    """(lead87) A heading heads text.  Where everything between a numbered heading and its next sibling (the
    next number of its series: 「五、板书设计」 … 「六、教学反思」), or the text's end, was guessed a heading of no
    number of its own, the section would hold no text: those are its lines, set short on purpose (a 板书设计's
    「背影」 / 「开头点题　思念背影」, an agenda's items), not headings over nothing.  A stack of headings over text
    (part, chapter and title, 「案例一」 over its title, a headline's elements) ends on a heading with text under
    it, and a numbered sub-heading is counted by its own series — both are left as they are."""
    numbered = [(i, ordinal(blk.text)) for i, blk in enumerate(blocks) if blk.kind is Kind.HEADING]
    out = blocks
    for at, (i, number) in enumerate(numbered):
        if number is None:
            continue
        kind, value = number
        end = len(blocks)
        for j, other in numbered[at + 1:]:
            if other is not None and other[0] == kind:
                end = j if other[1] == value + 1 else -1
                break
        section = range(i + 1, end)
        if not section or any(blocks[k].kind is not Kind.HEADING or ordinal(blocks[k].text) is not None
                              for k in section):
            continue
        if out is blocks:
            out = list(blocks)
        for k in section:
            out[k] = _unheaded(out[k], log, _("{text!r}: a line of a numbered section that holds no text but these,"
                                                " not a heading"))
    return out


def _reads_as_heading(blocks: Sequence[Blk], i: int, layout: Layout) -> bool:
    """Block ``i`` has a heading's shape (``looks_like_heading``), or its place makes a heading of a
    shape that alone is none (``_PLACE_EVIDENCE``)."""
    return looks_like_heading(blocks[i].text, layout) or any(says(blocks, i, layout) for says in _PLACE_EVIDENCE)


def _kicker_over_topic(blocks: Sequence[Blk], i: int, layout: Layout) -> bool:
    """(comma80) Block ``i`` ends on a pause and is a heading's line but for it, over a heading's line
    that opens on its topic and a colon (``setoff.kicker_pause_over_topic``: 「破解“放学早、接娃难”，」 /
    「江北区：一张课表管到晚六点」): a 引题 ending on a comma over its 地名：主题, an element of the headline
    — a heading never ends on a pause otherwise (``_RUN_ON_ENDS``).  ``unwrap`` set the two apart."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind not in (Kind.PARA, Kind.HEADING):
        return False
    text, below = blocks[i].text, blocks[i + 1].text
    # (the words asked first: most blocks end on no pause, and are read for no heading's shape)
    return "\n" not in text and kicker_pause_over_topic(text, below) \
        and looks_like_heading(text.rstrip()[:-1], layout) and looks_like_heading(below, layout)


def _kicker_over_larger(blocks: Sequence[Blk], i: int, layout: Layout) -> bool:
    """(kicker81) Block ``i``, one line ending on a pause and a heading's line but for it, stands over a
    heading's block whose lines were set on another measure (``setoff.pause_over_larger``: 「农村学校因地
    制宜，」 / 「田间地头成了孩子们的」 / 「“第二课堂”」), and a paragraph — the byline or the body — under that:
    a 引题 ending on a comma over its 主题.  A paragraph never ends on a pause; a paragraph's line cut off
    by a column or a page runs to the measure, where a kicker was set alone (``setoff.set_alone``)."""
    if i + 2 >= len(blocks) or blocks[i + 1].kind not in (Kind.PARA, Kind.HEADING) or blocks[i + 2].kind is not Kind.PARA:
        return False
    text, title = blocks[i].text, blocks[i + 1]
    if text.rstrip()[-1:] not in KICKER_PAUSES or "\n" in text or len(blocks[i].starts) > 1 \
            or not looks_like_heading(text.rstrip()[:-1], layout) \
            or not looks_like_heading(title.text, layout):
        return False
    lines = source_lines(title)
    if layout.wrapped and not set_alone(width(text), lines[0], layout.measure):
        return False
    return pause_over_larger(text, lines[0], lines[1] if len(lines) > 1 else None)


def _issue_number(text: str) -> bool:
    """(bull67) A 报头's issue line (``shapes.ISSUE_LINE_RE``: 「第7期」, 「2026年第12期」) or its 编发 line
    (``shapes.ISSUED_ON_RE``: 「江城市水利局办公室编  2026年10月15日」, set as a row across the measure): they
    number and date the copy under the name, head nothing and are never part of a title, wherever an
    extractor put them (pdfminer, the other column's line between the issue and the name)."""
    return ISSUE_LINE_RE.match(text) is not None or ISSUED_ON_RE.match(text) is not None


def sentence_headings(stage: Blocks, log: Log) -> Blocks:
    """Parallel 观点式 小标题 that end in 。 become headings: a 评论员文章 or 心得 sets each point as a
    short sentence apart (黑体 or bold, centred or set in) over the paragraphs that argue it, and
    states its points alike (「办实事要先问需于民。」 / 「办实事要敢啃硬骨头。」 / 「办实事要让群众来评判。」).
    An extractor keeps the words and the 。 and drops the type, so every rule that takes a final 。
    for a sentence's end reads each as a one-line paragraph.  The shape (``_sentence_head_key``): a
    one-line paragraph of a heading's width, one sentence ending in 。, not opening on a quotation
    mark; over a paragraph ``SENTENCE_ARGUED_SHARE`` times as wide; and ``SENTENCE_HEADS_MIN`` of
    them opening alike, each said once — a 通知's 「特此通知。」 or a one-line answer has no parallel
    siblings, and a refrain repeated through a 语录 (「民有所呼，我有所应。」 three times) names no part:
    a document's headings differ.  One alone is a heading where the page sets it centred
    (``Blk.centred``: under ``pdftotext -layout`` a line written half its lack to the measure in,
    two indents past the paragraph under it, where no paragraph's line stands — 「办法总比困难多。」
    eight cells in on a 20-cell measure): centring, like the parallel, is the typesetter's mark of
    a head."""
    blocks = stage.blocks
    found: dict[str, list[int]] = {}
    tails: dict[str, list[int]] = {}
    tail_texts: dict[int, str] = {}
    centred: list[int] = []
    for i, blk in enumerate(blocks[:-1]):
        key = _sentence_head_key(blk, stage.layout)
        nxt = blocks[i + 1]
        if key is not None and nxt.kind is Kind.PARA \
                and width(nxt.text) >= SENTENCE_ARGUED_SHARE * width(blk.text) \
                and not _sibling_item(key, nxt):
            found.setdefault(key, []).append(i)
            if blk.centred and blk.first == blk.last:
                centred.append(i)
        elif key is None and nxt.kind is Kind.PARA and (tail := _tail_head(blk, stage.layout)) is not None \
                and width(nxt.text) >= SENTENCE_ARGUED_SHARE * width(tail.text):
            tails.setdefault(tail.text[:SENTENCE_HEAD_OPENING], []).append(i)
            tail_texts[i] = tail.text
    if not found and not centred:
        return stage   # (most texts: no block shaped as a sentence head, no copies to count)
    texts = Counter(blk.text for blk in blocks)
    series = [run for key, places in found.items() for run in _counting_on(key, places, blocks)
              if len(run) >= SENTENCE_HEADS_MIN and all(texts[blocks[i].text] == 1 for i in run)]
    # (heads89) a series of standing heads short of ``SENTENCE_HEADS_MIN``, completed by heads read as a
    # paragraph's last line: those are cut off their paragraphs and counted in
    cut: set[int] = set()
    for key, places in tails.items():
        standing = found.get(key, [])
        heads = [blocks[i].text for i in standing] + [tail_texts[i] for i in places]
        if SENTENCE_HEADS_STANDING_MIN <= len(standing) < SENTENCE_HEADS_MIN <= len(heads) \
                and len(set(heads)) == len(heads) and all(texts[blocks[i].text] == 1 for i in standing):
            series.append(list(standing))
            cut.update(places)
    # a sentence head set centred needs no siblings: the page shows it apart (``Blk.centred``: ``-layout``
    # wrote it half its lack to the measure in, two indents past the paragraph under it)
    series += [[i] for i in centred if texts[blocks[i].text] == 1 and not any(i in places for places in series)]
    if cut:
        blocks, series = _tails_cut(blocks, series, cut, log)
    if not series:
        return stage
    out = list(blocks)
    for places in series:
        for i in places:
            blk = blocks[i]
            out[i] = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
            log.decided(blk.first, "marked", _("{text!r}: one of parallel sentence heads").format(text=excerpt(blk.text)))
    return stage.but(blocks=out)


def _tail_head(blk: Blk, layout: Layout) -> Blk | None:
    """(heads89) A paragraph's last line cut off as a block of its own, where it is shaped as an unnumbered
    sentence head (``_sentence_head_key``) and opens a sentence — the line above ended on a full stop
    (``shapes.FULL_STOP_END_RE``: not a colon or a semicolon — a lead-in, 「要做到：」, or a clause of a list
    runs on into the line under it) — or None: 「…越要把好事办好、实事办实。」 / 「办实事要先问需于民。」 read as one
    paragraph, its last line full."""
    if blk.kind is not Kind.PARA or len(blk.starts) < 2 or not blk.text.rstrip().endswith("。"):
        return None   # (most paragraphs: a sentence head ends on 。, ``_sentence_head_key``; no cut is made)
    if FULL_STOP_END_RE.search(blk.text[:blk.starts[-1][0]].rstrip()) is None:
        return None
    tail = split_at(blk, len(blk.starts) - 1)[1]
    if ordinal(tail.text) is not None:
        return None
    tail = tail.but(text=tail.text.strip())
    return tail if _sentence_head_key(tail, layout) is not None else None


def _tails_cut(blocks: Sequence[Blk], series: list[list[int]], cut: set[int],
               log: Log) -> tuple[list[Blk], list[list[int]]]:
    """(heads89) ``blocks`` with each paragraph in ``cut`` parted before its last line, and ``series`` with
    its places renumbered and each cut-off line added to the series of the key it opens."""
    out: list[Blk] = []
    moved: dict[int, int] = {}
    added: dict[str, list[int]] = {}
    for i, blk in enumerate(blocks):
        if i in cut:
            above, tail = split_at(blk, len(blk.starts) - 1)
            out.append(above)
            added.setdefault(tail.text.strip()[:SENTENCE_HEAD_OPENING], []).append(len(out))
            log.decided(tail.first, "split", _("{text!r}: a sentence head read as the last line of the paragraph "
                                                "above, one of a series").format(text=excerpt(tail.text)))
        moved[i] = len(out)
        out.append(tail if i in cut else blk)
    renumbered = []
    for run in series:
        places = [moved[i] for i in run]
        if places:
            key = out[places[0]].text[:SENTENCE_HEAD_OPENING]
            places = sorted(places + added.pop(key, []))
        renumbered.append(places)
    return out, renumbered


def _sentence_head_key(blk: Blk, layout: Layout) -> str | None:
    """The opening of a one-line paragraph shaped as a sentence head (one sentence ending in 。, of a
    heading's width, not opening on a quotation mark), or None."""
    text = blk.text
    if blk.kind is not Kind.PARA or "\n" in text or not text.endswith("。") or text.startswith(QUOTE_OPENERS):
        return None
    if STOP_RE.search(text[:-1]) is not None or any(c in text for c in COLONS) or not heading_fits(text, layout):
        return None
    return _numbered_key(text) or text[:SENTENCE_HEAD_OPENING]


def _numbered_key(text: str) -> str | None:
    """(texts83b) A numbered sentence head's key, its numbering's kind (``shapes.ordinal``), or None
    where the text opens on no list number."""
    number = ordinal(text)
    return None if number is None else f"{NUMBERED_SENTENCE_KEY}{number[0]}"


def _sibling_item(key: str, nxt: Blk) -> bool:
    """(texts83b) Whether the block under a numbered sentence head opens on the same numbering: then the
    two are items of one list run in a passage (「（一）…。」 / 「（二）…」), the first no head over the
    second."""
    return key.startswith(NUMBERED_SENTENCE_KEY) and _numbered_key(nxt.text) == key


def _counting_on(key: str, places: list[int], blocks: Sequence[Blk]) -> list[list[int]]:
    """(texts83b) The series among the places of one key: all of them for an opening's key; for a
    numbering's key, each run whose numbers count on by one (「（一）」 「（二）」 「（三）」), a document's
    numbered heads being told apart by their numbers, not their words."""
    if not key.startswith(NUMBERED_SENTENCE_KEY):
        return [places]
    runs: list[list[int]] = []
    last = None
    for i in places:
        number = ordinal(blocks[i].text)
        value = None if number is None else number[1]
        if runs and last is not None and value == last + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = value
    return runs


def _speaker_headings(blocks: list[Blk], log: Log) -> list[Blk]:
    """A speaker's label alone on its line (``shapes.SPEAKER_LINE_RE``: a name ``name_like`` says
    is a person's, the post in brackets, a colon) over a paragraph becomes a heading when the
    document has ``SPEAKERS_MIN`` of them: a 发言摘登 heads each speaker's part so
    (「周海林（柳湾镇党委副书记）：」 / 「我们镇有十四个农家书屋，…」).  The colon that keeps a clause's
    lead-in from being a heading (``_RUN_ON_ENDS``) here introduces the speech, not the rest of a
    sentence."""
    found = []
    for i, blk in enumerate(blocks[:-1]):
        if blk.kind is Kind.PARA and blocks[i + 1].kind is Kind.PARA and "\n" not in blk.text:
            label = SPEAKER_LINE_RE.match(blk.text)
            if label is not None and name_like(label.group(1)):
                found.append(i)
    if len(found) < SPEAKERS_MIN:
        return blocks
    out = list(blocks)
    for i in found:
        blk = blocks[i]
        out[i] = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
        log.decided(blk.first, "marked", _("{text!r}: a speaker's label over the speech").format(text=excerpt(blk.text)))
    return out


def question_headings(stage: Blocks, log: Log) -> Blocks:
    """A question set as a block of its own over its answer becomes a heading in a 问答 (in rule
    ``headings``): a 学习问答, 应知应会 or 政策问答 sets each question apart (bold or 黑体) over
    its answer and lists it in the contents (「1.为什么说党支部是党的基础组织？」 / 「党支部处在…」,
    「问：在户外遇到洪水怎么办？」 / 「答：应迅速…」).  The shape is ``shapes.QUESTION_BLOCK_RE``: one
    question, opened by 问：, a number or nothing, ending its block; its place ``_asks_over``: a
    paragraph of its own (one line, or a head wrapped and joined), an answer under it that is no
    question, no question over it (a list of questions heads nothing) and no speaker's label (an
    interviewer's 「记者：」 set on its own line asks in a turn of talk).  And it has siblings
    (``QUESTIONS_MIN``, ``QUESTION_SIBLINGS_MIN``): one ？ line in prose is not a heading.  The direct
    reader's whole-bold question (``**…？**``) is a paragraph the same test reads, so it runs
    whether the reader gave the headings or not."""
    blocks = _wrapped_questions(stage.blocks, stage.layout, log)
    asked = [_question_key(blk) for blk in blocks]
    asked = ["#" if key == "" and _numbered_question_rest(blocks, i) else key for i, key in enumerate(asked)]
    found: dict[str, list[int]] = {}
    for i, key in enumerate(asked):
        if key is not None and _asks_over(blocks, asked, i, stage.layout):
            found.setdefault(key, []).append(i)
    if sum(map(len, found.values())) < QUESTIONS_MIN:
        return stage
    out = list(blocks)
    for places in found.values():
        if len(places) < QUESTION_SIBLINGS_MIN:
            continue
        for i in places:
            blk = blocks[i]
            out[i] = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
            log.decided(blk.first, "marked", _("{text!r}: a question over its answer").format(text=excerpt(blk.text)))
    return stage.but(blocks=out)


def _wrapped_questions(blocks: Sequence[Blk], layout: Layout, log: Log) -> list[Blk]:
    """A question set larger than the body, wrapped at a clause and cut there because its first line
    fell short of the body's measure, as one block again (「问：网上买的商品不满意，」 / 「可以无理由退货
    吗？」, 「问：预付了美容卡，店铺突」 / 「然关门，钱还能要回来吗？」 at 黑体 1.2× on a 17-character page): a
    line ending on no stop ends no paragraph, and together the two are one question of a heading's
    width over a paragraph (a heading above, 「二、组织生活」, is no paragraph: it stays apart)."""
    out: list[Blk] = []
    for i, blk in enumerate(blocks):
        if out and i + 1 < len(blocks) and blocks[i + 1].kind is Kind.PARA and _clause_cut(out[-1], blk):
            text = join_logged(out[-1].text, blk.text, blk.first, log)
            if QUESTION_BLOCK_RE.match(text) is not None and heading_fits(text, layout):
                log.decided(blk.first, "merged", _("{text!r}: the rest of a question").format(text=excerpt(blk.text)))
                out[-1] = joined_block(out[-1], blk, text)
                continue
        out.append(blk)
    return out


def _clause_cut(head: Blk, tail: Blk) -> bool:
    """Two one-line paragraphs, the first ending on no stop (a clause's mark, or inside a word: a
    heading's line breaks where its measure ends), the second on a question mark.  A row set in cells
    (``shapes.ROW_ROLES``: a timetable's 「下午  大会交流  二楼会议室」) is whole on its line, no question's
    first line."""
    return head.kind is Kind.PARA and tail.kind is Kind.PARA and tail.text.endswith(("？", "?")) \
        and "\n" not in head.text and "\n" not in tail.text \
        and not ends_sentence(head.text) and short_line_role(head.text) not in ROW_ROLES


def _numbered_question_rest(blocks: Sequence[Blk], i: int) -> bool:
    """(lead88) Question block ``i``, opening on no number, is the rest of a numbered question over it that the
    heading guess took for a heading of its own (「6.党员因工作调动或者外」 / 「出务工经商，…参加组织生活？」: a question
    set in a heading's face, wrapped, its first line a numbered heading's shape): a line guessed a heading, opening
    on a number, that ends on no stop and inside a word the dictionary reads across the cut (「外」 + 「出」: a
    part's heading over an unnumbered question, 「三、基本制度篇」 / 「怎样理解…？」, ends on its last word).  It is
    a sibling of the numbered questions (key 「#」), and the titles' merge joins the two."""
    if i == 0:
        return False
    above = blocks[i - 1]
    if above.kind is not Kind.HEADING or above.marked or "\n" in above.text or ends_sentence(above.text):
        return False
    match = QUESTION_BLOCK_RE.match(above.text + blocks[i].text)
    return match is not None and bool(match.group(1)) \
        and word_across(above.text[-QUESTION_CUT_CONTEXT:], blocks[i].text[:QUESTION_CUT_CONTEXT])


def _question_key(blk: Blk) -> str | None:
    """The opening a question block has (「问」: an asker's label; 「#」: a number; 「」: none), or None
    when ``blk`` is no paragraph shaped as one question (``QUESTION_BLOCK_RE``)."""
    if blk.kind is not Kind.PARA or not blk.text.endswith(("？", "?")):
        return None
    match = QUESTION_BLOCK_RE.match(blk.text)
    if match is None:
        return None
    lead = match.group(1) or ""
    return "问" if lead.startswith("问") else "#" if lead else ""


def _asks_over(blocks: Sequence[Blk], asked: Sequence[str | None], i: int, layout: Layout) -> bool:
    """Question block ``i`` stands over its answer: a heading's width (``heading_fits``), an answer
    under it (a paragraph, no question), and over it no question and no speaker's bare label."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind is not Kind.PARA or asked[i + 1] is not None:
        return False
    if i > 0 and (asked[i - 1] is not None or BARE_SPEAKER_LABEL_RE.match(blocks[i - 1].text) is not None):
        return False
    return heading_fits(blocks[i].text, layout)


def _cut_names_joined(blocks: list[Blk], log: Log) -> list[Blk]:
    """The two pieces of a 名单's name its cell cut (``_cut_name``), inside a list, as one block
    again (「江城市博」 / 「物馆」 → 「江城市博物馆」); the names of a field an extractor cut at its wide
    spaces (``_field_name``) on the field's line again, a wide space between (「出席：赵明辉」 /
    「刘建平」 → 「出席：赵明辉　刘建平」)."""
    out: list[Blk] = []
    cut = _cut_names(blocks)
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if out and _field_name(blocks, i):
            log.decided(blk.first, "merged", _("{text!r}: a name of the field above").format(text=excerpt(blk.text)))
            out[-1] = joined_block(out[-1], blk, f"{out[-1].text}\u3000{blk.text}")
        elif cut[i] and _in_name_list(blocks, i, cut):
            tail = blocks[i + 1]
            log.decided(tail.first, "merged", _("{text!r}: the rest of a name in a list").format(text=excerpt(tail.text)))
            out.append(joined_block(blk, tail, join_logged(blk.text, tail.text, tail.first, log)))
            i += 1
        else:
            out.append(blk)
        i += 1
    return out


def _series_apart(blocks: list[Blk], log: Log) -> list[Blk]:
    """A heading joined from lines whose last line opens a series of parallel headings
    (``titles.opens_series``: later headings of its width) is two headings again: a title set larger
    whose line the measure could not tell full from short, and the first 小标题 under it
    (「法治政府建设学习语录」 / 「依法行政」 … 「规范执法」 … 「监督问责」, read as one title wrapped).
    A last line that closes a quotation the lines above left open (``shapes.closes_open_quote``:
    「…「夫风化者，自上而行于下者」 / 「也」」) is the same heading's end, not a heading of its own."""
    out: list[Blk] = []
    for i, blk in enumerate(blocks):
        if blk.kind is Kind.HEADING and not blk.marked and len(blk.starts) > 1:
            cut, line = blk.starts[-1]
            head, tail = blk.text[:cut], blk.text[cut:]
            if head and tail and NUMBERED_RE.match(tail) is None and not closes_open_quote(head, tail) \
                    and opens_series(blk.but(text=tail), blocks[i + 1:]):
                log.decided(line, "split", _("{text!r}: the first of parallel headings").format(text=excerpt(tail)))
                above, first = split_at(blk, len(blk.starts) - 1)
                out.append(above.but(full=False, level=heading_level(head)))
                out.append(first.but(level=heading_level(tail)))
                continue
        out.append(blk)
    return out


def _calls(blocks: Sequence[Blk]) -> list[int]:
    """The blocks shaped as a call (``EXCLAIMED_LINE_RE``), found by one search of all texts
    joined: few documents have any."""
    joined = "\x00".join(map(attrgetter("text"), blocks))
    found, seen, count = [], 0, 0
    for match in JOINED_EXCLAIMED_RE.finditer(joined + "\x00"):
        count += joined.count("\x00", seen, match.start() + 1)
        seen = match.start() + 1
        found.append(count)
    return found


def _exclaimed_headings(blocks: list[Blk], calls: list[int], log: Log) -> list[Blk]:
    """An unnumbered 小标题 set as a call (「把群众的小事当作自己的大事！」) among the document's
    other headings becomes one when all of ``_EXCLAIMED_EVIDENCE`` holds; a slogan ending in ！
    (closing a passage, or one of a list of slogans) stays a paragraph.  ``calls``: the blocks
    shaped as a call."""
    widths = sorted(width(b.text) for b in blocks[1:] if b.kind is Kind.HEADING)
    if len(widths) < EXCLAIMED_SIBLINGS_MIN:
        return blocks
    median = widths[len(widths) // 2]
    out = list(blocks)
    for i in calls:
        blk = blocks[i]
        if blk.kind is Kind.PARA and all(evidence(blocks, i, median) for evidence in _EXCLAIMED_EVIDENCE):
            out[i] = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
            log.decided(blk.first, "marked", _("{text!r} a heading among headings").format(text=excerpt(blk.text)))
    return out


def _sibling_width(blocks: list[Blk], i: int, median: float) -> bool:
    """As wide as the document's headings are (``EXCLAIMED_BAND``)."""
    low, high = EXCLAIMED_BAND
    return low * median <= width(blocks[i].text) <= high * median


def _between_paragraphs(blocks: list[Blk], i: int, median: float) -> bool:
    """Alone between two paragraphs, neither of them a call too (a list of slogans)."""
    if i == 0 or i + 1 >= len(blocks):
        return False
    return all(b.kind is Kind.PARA and EXCLAIMED_LINE_RE.match(b.text) is None for b in (blocks[i - 1], blocks[i + 1]))


def _heads_passage(blocks: list[Blk], i: int, median: float) -> bool:
    """Followed by a passage of paragraphs (``EXCLAIMED_HEADS_MIN``), not by the document's end."""
    after = blocks[i + 1:i + 1 + EXCLAIMED_HEADS_MIN]
    return len(after) == EXCLAIMED_HEADS_MIN and all(b.kind is Kind.PARA for b in after)


_EXCLAIMED_EVIDENCE = (_sibling_width, _between_paragraphs, _heads_passage)


def _next_item(prev: Blk, text: str) -> bool:
    """``text`` is the next item of a list whose item before it is the paragraph ``prev``: its
    sibling, a paragraph too (「附件：1.…申请表」 / 「2.…评估标准」, GB/T 9704 附件说明)."""
    if prev.kind is not Kind.PARA:
        return False
    here, before = list_item(text), list_item(prev.text)
    return here is not None and before is not None and here == (before[0] + 1, before[1])


def _in_name_list(blocks: Sequence[Blk], i: int, cut: Sequence[bool]) -> bool:
    """Block ``i`` is a line of a 名单: one of a run of ``NAME_LIST_RUN_MIN`` or more paragraphs
    each holding a row of names or one name — a long name takes a row to itself (「北塘县人民检察院
    北塘县农村信用合作联社」 / 「江城经济技术开发区管委会政务服务中心」), and an extractor reading
    the rows as table columns puts each name on a line (「江城市第一中学」 / 「江城市人民医院」 / …),
    a name its cell cut in two pieces (``cut``: ``_cut_names``)."""
    if not _listed_at(blocks, i, cut):
        return False
    run = 1
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(blocks) and run < NAME_LIST_RUN_MIN and _listed_at(blocks, k, cut):
            run += 1
            k += step
    return run >= NAME_LIST_RUN_MIN


def _term_entry(blocks: Sequence[Blk], i: int) -> bool:
    """Block ``i`` is a standard's term entry (``shapes.TERM_ENTRY_RE``, GB/T 1.1 clause 3) whose
    English equivalent an extractor put at the head of the block under it (「3.1 城市书房」 /
    「urban reading room依托公共图书馆…」): a numbered heading holds no term to define."""
    if i + 1 >= len(blocks):
        return False
    equivalent = TERM_EQUIVALENT_RE.match(blocks[i + 1].text)
    return equivalent is not None and TERM_ENTRY_RE.match(f"{blocks[i].text} {equivalent.group(0)}") is not None


def _term_under_number(blocks: Sequence[Blk], i: int) -> bool:
    """(std86) Block ``i`` is a standard's term with its English equivalent (``shapes.TERM_LINE_RE``: 「农村生活垃圾　rural
    domestic waste」) under the entry's number alone (``shapes.TERM_NUMBER_RE``: 「3.1」), as GB/T 1.1 sets a term
    entry: a term defined, never a heading — a heading holds no English words."""
    if i == 0 or TERM_NUMBER_RE.match(blocks[i - 1].text) is None:
        return False
    return TERM_LINE_RE.match(blocks[i].text.replace("\n", " ")) is not None


def _spaced_spec_row(blocks: Sequence[Blk], i: int) -> bool:
    """(register80) Block ``i`` is a specification list's row in a text whose reader set every figure
    off by spaces (``shapes.SPEC_ROW_SPACED_RE``: 「服务器 8 ～ 16 台，单台不少于 64 核、…」), next to a row
    ``shapes.SPEC_ROW_RE`` reads (「存储 有效容量不少于 200 TB ，…」): a list's rows stand together, and a
    heading never stands among them."""
    if "\n" in blocks[i].text or SPEC_ROW_SPACED_RE.match(blocks[i].text) is None:
        return False
    return any(0 <= k < len(blocks) and blocks[k].kind is Kind.PARA and SPEC_ROW_RE.match(blocks[k].text) is not None
               for k in (i - 1, i + 1))


def _field_name(blocks: Sequence[Blk], i: int) -> bool:
    """Block ``i`` is a person's name alone (``shapes.name_like``) that goes on a field of names above
    it (``shapes.FIELD_LINE_RE``: 「出席：赵明辉　刘建平　陈国强　王丽华」), through other such names:
    an extractor that cuts a printed line at every wide space gives each name after the first a
    line of its own (「出席：赵明辉」 / 「刘建平」 / 「陈国强」).  (gongwen89) A contact is set as its office,
    then its person, a wide space between (「联系人：市委宣传部理论处　许文静」): a name alone under a contact's
    field (``shapes.CONTACT_FIELD_RE``) whose value ends on a body's name (``ISSUER_RE``) goes on it too — not
    under a field of bodies (「列席：市应急管理局」 / 「刘建平」).  A heading is never a bare name."""
    if not _bare_name(blocks[i]):
        return False
    k = i - 1
    while k >= 0 and _bare_name(blocks[k]):
        k -= 1
    if k < 0 or blocks[k].kind is not Kind.PARA or "\n" in blocks[k].text:
        return False
    field = FIELD_LINE_RE.match(blocks[k].text)
    names = blocks[k].text[field.end():].split() if field is not None else []
    return bool(names) and (name_like(names[-1]) or CONTACT_FIELD_RE.match(blocks[k].text) is not None
                            and ISSUER_RE.match(names[-1]) is not None)


def _cited_beside(blocks: Sequence[Blk], i: int) -> bool:
    """(texts84) Block ``i`` is a document's title alone in 《》 (``shapes.TITLE_ONLY_RE``: 「《新时代公民道德
    建设实施纲要》」) next to a citation of a provision (``shapes.PROVISION_CITATION_RE``: 「《…立法法》第八十一条」):
    an entry of the same list of sources (a 释义's 【相关规定】, a 案例's 【法条链接】) — a list's entries stand
    together, and a heading never stands among them.  A 读本's section headed by a title alone has its
    text under it, never a citation."""
    if "\n" in blocks[i].text or TITLE_ONLY_RE.match(blocks[i].text) is None:
        return False
    return any(0 <= k < len(blocks) and blocks[k].kind is Kind.PARA and "\n" not in blocks[k].text
               and PROVISION_CITATION_RE.match(blocks[k].text) is not None for k in (i - 1, i + 1))


def _table_head(blocks: Sequence[Blk], i: int) -> bool:
    """(texts84) Block ``i`` is a table's header row (``shapes.TABLE_WORD_ROW_RE``: 「指标　单位　数量」, column
    names in words alone parted by the table's wide gaps) over a row of the same table (``shapes.TABLE_ROW_RE``:
    「农机总动力　万千瓦　96.8」) with as many cells: a table's rows stand together, its first names the
    columns of the others, and a heading never has the row of a table's cells under it."""
    text = blocks[i].text
    if "\n" in text or i + 1 >= len(blocks) or TABLE_WORD_ROW_RE.match(text) is None:
        return False
    below = blocks[i + 1]
    return below.kind is Kind.PARA and "\n" not in below.text and TABLE_ROW_RE.match(below.text) is not None \
        and len(TABLE_GAP_RE.split(below.text.strip())) == len(TABLE_GAP_RE.split(text.strip()))


def _cells_of_row(blk: Blk) -> int:
    """The cells a block of one line is parted into by a table's wide gaps (``shapes.TABLE_GAP_RE``), or 0: a
    block of several lines, or a line spaced out a character a cell (「学　习　强　国」, a spaced heading's)."""
    text = blk.text.strip()
    if "\n" in text or not TABLE_GAP_RE.search(text):
        return 0
    cells = TABLE_GAP_RE.split(text)
    return 0 if all(len(cell) == 1 for cell in cells) else len(cells)


def _row_among_rows(blocks: Sequence[Blk], i: int) -> bool:
    """(lead88) Block ``i`` is a row of a table turned to text, whatever its cells hold: a line parted by the
    table's wide gaps into ``TABLE_CELLS_MIN`` cells or more, beside a line parted into as many (an 应急预案's
    levels table, 「响应级别　启动条件　指挥机构」 / 「Ⅳ级　1小时降雨量达到30毫米以上，或局部出现积水　市指挥部办公室」: cells
    holding clauses, which ``_table_head`` and ``_table_body`` never read as cells).  A table's columns give its
    rows one count of cells; a heading is parted once at most (its number's gap: 「1.1　编制目的」), and two
    headings in a row parted alike into three or more are a table's rows."""
    n = _cells_of_row(blocks[i])
    return n >= TABLE_CELLS_MIN and any(0 <= j < len(blocks) and _cells_of_row(blocks[j]) == n for j in (i - 1, i + 1))


def _row_shaped(blk: Blk, row: re.Pattern[str]) -> bool:
    """(plan89) A paragraph of one line shaped as a table's ``row``: a row whose cells hold clauses
    (``shapes.CLAUSE_ROW_RE``) or a header of column names (``shapes.TABLE_NAMES_ROW_RE``)."""
    return blk.kind is Kind.PARA and "\n" not in blk.text and row.match(blk.text.strip()) is not None


def _clause_row_among_rows(blocks: Sequence[Blk], i: int) -> bool:
    """(plan89) Block ``i`` is a row of a table whose cells hold clauses, however its reader wrote the gaps (an
    应急预案's levels table, 「响应级别 启动条件 指挥机构」 / 「Ⅳ级 1小时降雨量达到30毫米以上，或局部出现积水 市指挥部办公室」 /
    …: pdfplumber and pdftotext write each gap as one space, the direct reader some as one, a row the measure
    wrapped comes back one line with its wrap's gap lost).  A table's rows stand together, one after another with
    no text between; a heading has text under it.  So: a row of clause cells (``_row_shaped``) beside another, or
    under its header of column names (``shapes.TABLE_NAMES_ROW_RE``); the header over such a row; and a line
    holding a clause between two such rows (the row whose gap its reader lost at the wrap: 「…主干道积水市指挥部
    副总指挥」).  ``_row_among_rows`` reads the rows whose gaps are the table's wide ones, three or more."""
    blk = blocks[i]
    if blk.kind is not Kind.PARA or "\n" in blk.text:
        return False
    above = blocks[i - 1] if i > 0 else None
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    text = blk.text.strip()
    if CLAUSE_ROW_RE.match(text) is not None:
        return (above is not None and (_row_shaped(above, CLAUSE_ROW_RE) or _row_shaped(above, TABLE_NAMES_ROW_RE))) \
            or (below is not None and _row_shaped(below, CLAUSE_ROW_RE))
    if TABLE_NAMES_ROW_RE.match(text) is not None:
        return below is not None and _row_shaped(below, CLAUSE_ROW_RE)
    return above is not None and below is not None and CLAUSE_RE.search(text) is not None and not ends_sentence(text) \
        and _row_shaped(above, CLAUSE_ROW_RE) and _row_shaped(below, CLAUSE_ROW_RE)


def _row_under_row(blocks: Sequence[Blk], i: int) -> bool:
    """(yb85) Block ``i`` is a row of the table whose row stands over it (``shapes.TABLE_ROW_RE``: 「植保无人机　架　236」),
    its cells pressed together where the measure or a page wrapped it and a reader's join lost the gap
    (``shapes.TABLE_ROW_PRESSED_RE``: 「主要农作物耕种收综合机械化率　%91.6」): a table's rows stand together, one a
    line, each ending on its figure, and a heading under a table opens on no cell of it."""
    text = blocks[i].text
    if "\n" in text or i == 0 or TABLE_ROW_PRESSED_RE.match(text) is None:
        return False
    return _row_block(blocks[i - 1])


def _row_block(blk: Blk) -> bool:
    """(yb85) A paragraph of one line that is a table's row (``shapes.TABLE_ROW_RE``, or ``GRID_ROW_RE``: its gaps
    written as one space, a name first, a figure last)."""
    text = blk.text
    return blk.kind is Kind.PARA and "\n" not in text and (TABLE_ROW_RE.match(text) or GRID_ROW_RE.match(text)) is not None


def _grid_beside(blocks: Sequence[Blk], i: int) -> bool:
    """(yb85) Block ``i`` is a row of a grid whose gaps the reader wrote as one space (``shapes.GRID_ROW_RE``:
    「拖拉机 台 5420」) beside another row of a table, above or under it: a table's rows stand together, and a
    heading is no row of cells ending on a figure — even where the columns' order parted the rows from
    their caption (``_table_body``)."""
    blk = blocks[i]
    if "\n" in blk.text or GRID_ROW_RE.match(blk.text) is None:
        return False
    return (i > 0 and _row_block(blocks[i - 1])) or (i + 1 < len(blocks) and _row_block(blocks[i + 1]))


# (yb85) How many rows up from a block its table's caption is looked for (``_table_body``): a table set in a
# 年鉴's or a report's page holds a few to a few dozen rows; a longer run of spaced lines is no table of one caption.
TABLE_ROWS_MAX = 40
_CELLS_RE = re.compile(r"[ \t\u3000]+")


def _cells(blk: Blk) -> int:
    """How many cells a one-line paragraph holds, parted by any run of spaces (a table's gap, or the one
    space a reader writes for it: pdftotext); 0 for any other block."""
    text = blk.text.strip()
    return 0 if blk.kind is not Kind.PARA or "\n" in text else len(_CELLS_RE.split(text))


def _table_body(blocks: Sequence[Blk], i: int) -> bool:
    """(yb85) Block ``i`` is a row of a table set under its caption (``shapes.FIGURE_RE`` read for a 表,
    ``shapes.TABLE_CAPTION_RE``: 「表2　2025年青禾县农业机械化主要指标」): a table's rows are short cells in a grid,
    every row as many cells as its header (「指标 单位 数量」 / 「农机总动力 万千瓦 96.8」 / 「拖拉机 台 5420」), and a
    heading is never set inside a table.  Read where the reader wrote each gap as one space or the row's cells
    are words (a unit, 「台」) the row's shapes (``TABLE_ROW_RE``) do not know: the caption over an unbroken run of
    one-line rows of ``TABLE_CELLS_MIN`` cells or more, all as many, says it; a heading after the table has
    its own count of words (「第三章　保障措施」) or none."""
    cells = _cells(blocks[i])
    if cells < TABLE_CELLS_MIN:
        return False
    j = i - 1
    while j >= max(0, i - TABLE_ROWS_MAX) and _cells(blocks[j]) == cells:
        j -= 1
    if j < 0:
        return False
    caption = blocks[j].text.strip().replace("\n", "")   # (a title the measure wrapped: ``captions._title_tail``)
    return TABLE_CAPTION_RE.match(caption) is not None and FIGURE_RE.match(caption) is not None


# (plain86) How many blocks a table's cells written one a block (plain pdftotext on a wide page: 「作物」 / 「播种面积（万亩）」 /
# 「小麦」 / 「42.6」 …) span between its caption and a figure of its body: a header row's few names, a row's name and unit,
# the caption's title where the reader wrote it after the first cell — a dozen; further on is no longer the same row.
CELL_BLOCKS_REACH = 12


def _cell_block(blk: Blk) -> bool:
    """(plain86) A block that may be one cell of a table: one line, no clause or sentence mark."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and "\n" not in blk.text and PROSE_PUNCT_RE.search(blk.text) is None


def _caption_block(blk: Blk) -> bool:
    """(plain86) A table's caption, or its number alone: ``captions.mark_captions``' caption, or a 表N paragraph —
    (std86b) read without the spaces a reader sets beside Latin digits (「表 1 2025 年…」: ``shapes.SPACED_RUN_RE``)."""
    text = SPACED_RUN_RE.sub("", blk.text.strip())
    return TABLE_CAPTION_RE.match(text) is not None and (
        blk.kind is Kind.CAPTION or FIGURE_RE.match(text) is not None or FIGURE_NUMBER_ONLY_RE.match(text) is not None)


def _among_cells(blocks: Sequence[Blk], i: int) -> bool:
    """(plain86) Block ``i`` stands between a table's caption (「表1」, 「表2　2025年…主要指标」) and a figure of the table's
    body (``shapes.FIGURE_CELL_RE``: 「42.6」, 「5420」) or a row of it (``_row_block``), with only blocks that may be
    cells between (one line, no clause or sentence mark: ``_cell_block``): a reader that writes each cell as a block of its own (plain pdftotext) writes a
    table's column names and row names as short lines with no mark, a heading's shape, and a heading is never set
    inside a table — a heading after the table has prose under it before any figure."""
    if not _cell_block(blocks[i]) or FIGURE_CELL_RE.match(blocks[i].text.strip()):
        return False
    j = i - 1
    while j >= max(0, i - CELL_BLOCKS_REACH) and not _caption_block(blocks[j]) and _cell_block(blocks[j]):
        j -= 1
    if j < max(0, i - CELL_BLOCKS_REACH) or not _caption_block(blocks[j]):
        return False
    for k in range(i + 1, min(len(blocks), j + 1 + CELL_BLOCKS_REACH)):
        if not _cell_block(blocks[k]):
            return False
        if FIGURE_CELL_RE.match(blocks[k].text.strip()) or _row_block(blocks[k]) or _figured_row(blocks[k]):
            return True   # (a figure of the body, or a row of it the cleaner read whole: 「小麦 42.6 18.9 1.8」)
    return False


def _figured_row(blk: Blk) -> bool:
    """(std86b) A block that reads as a table's row or a cell of it with a figure (``shapes.ROW_WITH_FIGURE_RE``:
    「易腐垃圾2402～3每日1次」, 「每2日1次」) and no heading's numbering (``heading_key``)."""
    text = blk.text.strip()
    return ROW_WITH_FIGURE_RE.match(text) is not None and heading_key(text) is None


def _caption_over_rows(blocks: Sequence[Blk], i: int) -> bool:
    """(std86b) Block ``i`` is a table's caption, its number and its title (``_caption_block`` with ``shapes.FIGURE_RE``:
    「表1　2025年青禾县主要农作物播种面积和产量」, the spaces a reader sets beside Latin digits aside: 「表 1 2025 年…」), over the table's header row or a row (a cell block: one line,
    no clause or sentence mark): a table is set as a caption over rows of cells, and a caption names the table
    under it, never a section — a section's heading has text under it."""
    text = SPACED_RUN_RE.sub("", blocks[i].text.strip().replace("\n", ""))
    if FIGURE_RE.match(text) is None or not _caption_block(blocks[i].but(text=text)) or i + 1 >= len(blocks):
        return False
    return _cell_block(blocks[i + 1])


def _rows_block(blk: Blk) -> bool:
    """(std86b) A block of one or more lines, each a row with a figure among its cells (``_figured_row``), no clause or
    sentence mark: a row, or rows the reader did not part (「大豆　6.3 1.2 5.1」 / 「蔬菜　11.8 39.5 3.4」)."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and PROSE_PUNCT_RE.search(blk.text) is None \
        and all(_figured_row(blk.but(text=line)) for line in blk.text.split("\n"))


def _row_of_caption(blocks: Sequence[Blk], i: int) -> bool:
    """(std86b) Block ``i`` is a row of the table its caption heads: a table is set as a caption (「表1　村收集点分类容器
    配置要求」) over rows of short cells, each row opening on its name with figures among its cells
    (``shapes.ROW_WITH_FIGURE_RE``: 「易腐垃圾　240　2～3　每日1次」), and no row is a heading.  Read whatever the
    reader made of the gaps — pressed out by a join (「易腐垃圾2402～3每日1次」), two rows run into one, or rows left
    in one block (``_rows_block``) — where
    ``_table_body``'s count of cells cannot: every block between the caption (within ``TABLE_ROWS_MAX``) and this
    one may be a cell or a row (one line, no clause or sentence mark: ``_cell_block``; or ``_rows_block``).  A heading after the
    table is numbered (``heading_key``: 「5　转运作业要求」), or has no figure, or a note or prose stands before it."""
    if not _rows_block(blocks[i]):
        return False
    j = i - 1
    while j >= max(0, i - TABLE_ROWS_MAX) and not _caption_block(blocks[j]) \
            and (_cell_block(blocks[j]) or _rows_block(blocks[j])):
        j -= 1
    return j >= max(0, i - TABLE_ROWS_MAX) and _caption_block(blocks[j])


# Where a block stands that makes it a heading though its shape alone does not (``_reads_as_heading``):
# each takes the blocks, the block's index and the layout.
_PLACE_EVIDENCE = (
    _kicker_over_topic,  # (comma80) a 引题 ending on a comma over its 地名：主题
    _kicker_over_larger,  # (kicker81) a 引题 ending on a comma over a 主题 set on another measure
)

# Where a block stands that makes it no heading, whatever its shape (``guess_headings``): each
# takes the blocks and the block's index.
_PLACE_REFUSALS = (
    _field_name,        # a name alone going on a field of names above it (「出席：赵明辉」 / 「刘建平」)
    _term_entry,        # a standard's term entry, its English equivalent cut into the block under it
    _term_under_number,  # (std86) a standard's term under its entry's number alone (「3.1」 / 「农村生活垃圾　rural …」)
    _spaced_spec_row,   # a specification row with its figures spaced, beside another row
    _cited_beside,      # a title alone in 《》 beside a citation of a provision: an entry of a list of sources
    _table_head,        # a table's header row of column names over a row of its cells
    _row_under_row,     # (yb85) a table's row its reader pressed together, under a row of the table
    _table_body,        # (yb85) a row of a table under its 表N caption, as many cells as the rows over it
    _among_cells,       # (plain86) a cell its reader wrote as a block, between a table's caption and a figure of it
    _caption_over_rows,  # (std86b) a table's caption, number and title, over the table's first row
    _row_of_caption,    # (std86b) a row opening on its name with figures among its cells, under its table's caption
    _row_among_rows,    # (lead88) a line parted into three cells or more, beside a line parted into as many
    _clause_row_among_rows,  # (plan89) a row of clause cells beside a row or under its header; the header; a row between two
)


def _bare_name(blk: Blk) -> bool:
    """A paragraph of one line that is a person's name and nothing else."""
    text = blk.text
    return len(text) <= PERSON_NAME_MAX_CHARS and blk.kind is Kind.PARA and "\n" not in text and " " not in text \
        and "\u3000" not in text and BYLINE_LABEL_RE.match(text) is None and name_like(text)


def _listed(blk: Blk) -> bool:
    """A paragraph holding a 名单 row, or one name of it."""
    return blk.kind is Kind.PARA and (NAME_ROW_RE.match(blk.text) or LISTED_NAME_RE.match(blk.text)) is not None


def _listed_at(blocks: Sequence[Blk], i: int, cut: Sequence[bool]) -> bool:
    """Block ``i`` holds a 名单 row or a name, or a piece of a name its cell cut (``cut``)."""
    return _listed(blocks[i]) or i > 0 and cut[i - 1] or cut[i]


def _cut_names(blocks: Sequence[Blk]) -> list[bool]:
    """Per block, whether it and the next are the two pieces of a name (``_cut_name``): asked once
    per block, the name list's run and the merge of its pieces read it off."""
    return [_cut_name(blocks, i) for i in range(len(blocks))]


def _cut_name(blocks: Sequence[Blk], i: int) -> bool:
    """Blocks ``i`` and ``i + 1`` are the two pieces of one name of a 名单 whose rows an extractor
    read as table columns, a name a line: a name longer than its cell wraps inside it, and the
    extractor gives the cell's two lines as two (「江城市博」 / 「物馆」, 「江城市」 / 「气象局」,
    「郑丽娟家庭」 / 「（东湖区新城街道）」).  Together they are one name, apart not both; and the
    block before them is a line of the list (a heading over a list is no piece of its first name)."""
    if i < 1 or i + 1 >= len(blocks):
        return False
    head, tail = blocks[i], blocks[i + 1]
    if len(head.text) + len(tail.text) > LISTED_NAME_MAX_CHARS:   # (the cheap test first: names are short)
        return False
    if any(piece.kind is not Kind.PARA or "\n" in piece.text for piece in (head, tail)):   # (a cell's line each)
        return False
    if WHOLE_NAME_RE.match(head.text + tail.text) is None \
            or (WHOLE_NAME_RE.match(head.text) is not None and WHOLE_NAME_RE.match(tail.text) is not None):
        return False
    return _listed(blocks[i - 1])


def looks_like_heading(text: str, layout: Layout) -> bool:
    """Short, no sentence-final punctuation inside or at the end, no other role's shape (a
    byline, a credit, an attribution, a dated or bracketed line; an article of a regulation, its label
    run in with its text: ``shapes.ARTICLE_RUN_IN_RE``), and a word in it (``WORD_CHAR_RE``:
    a heading names something; digits and marks alone are a piece of a number — the pages of a
    reference a page cut from its note, 「2020,(8):33-43.」), no contact's value alone (``ADDRESS_LINE_RE``,
    an e-mail or web address or a telephone number, its label's colon before it or not: a field's value): a title or heading.  A numbered
    question is a heading however it ends (``QUESTION_HEADING_RE``)."""
    if "\n" in text:
        return False
    if (ends_sentence(text) or STOP_RE.search(text)) and QUESTION_HEADING_RE.match(text) is None:
        return False
    return heading_fits(text, layout) and not text.endswith(_RUN_ON_ENDS) and ARTICLE_RUN_IN_RE.match(text) is None \
        and short_line_role(text) is None and not closes_unopened_bracket(text) \
        and WORD_CHAR_RE.search(text) is not None and ADDRESS_LINE_RE.match(text) is None


def heading_fits(text: str, layout: Layout) -> bool:
    """As wide as a heading may be: ``HEADING_MAX_EM``, in a wrapped file up to ``HEADING_MAX_MEASURES``."""
    limit = max(HEADING_MAX_EM, HEADING_MAX_MEASURES * layout.measure) if layout.wrapped else HEADING_MAX_EM
    return width(text) <= limit


def letter_shapes(stage: Blocks, log: Log) -> Blocks:
    """Official-letter shapes (GB/T 9704) the line shapes alone miss.

    The unpunctuated block after the document number or before the salutation is the
    letter's title however long (``宣〔2026〕11号`` / ``关于发布《…》…学习专刊的通知`` /
    ``各基层党委、党总支、直属党支部：``); an issuer's name over a date line is its
    signature, not a heading (``党委宣传部`` / ``2026年5月``), and so is each of the bodies of a
    joint letter stacked over it (``_signing``)."""
    if stage.headings_given:
        return stage
    blocks = stage.blocks
    limit = max(LETTER_TITLE_MAX_EM, LETTER_TITLE_MAX_MEASURES * stage.layout.measure)
    blocks = _printing_row(blocks, log)
    signing = _signing(blocks)
    if any(ANNEX_LINE_RE.match(blk.text) for blk in blocks):
        blocks = _annex_list(blocks, signing, log)
        signing = _signing(blocks)
    out: list[Blk] = []
    for i, blk in enumerate(blocks):
        prev = blocks[i - 1].text if i else ""
        nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
        if blk.kind is Kind.HEADING and not blk.marked and signing[i]:
            blk = blk.but(kind=Kind.PARA, level=0)
        elif blk.kind is Kind.PARA and _letter_title(blk.text, prev, nxt, limit):
            blk = blk.but(kind=Kind.HEADING, level=heading_level(blk.text))
        out.append(blk)
    return stage.but(blocks=_letter_title_runs(out, limit, log))


# (banji82) The 印发 row's pieces a reader may write apart: its office, then at most this many pieces
# of its date over the piece ending on 「印发」 (「江城市民政局办公室」 / 「2026 年」 / 「10 月 20 日印发」:
# a row cut at its gap and at the measure; a date cut at each figure is ``runs``' and joined there).
PRINTING_ROW_PIECES_MAX = 3


def _printing_row(blocks: Sequence[Blk], log: Log) -> list[Blk]:
    """(banji82) The 版记 closes a 公文 (GB/T 9704 7.4), and its last row is the 印发 row: the printing
    office at the left, the day at the right (``shapes.PRINTING_ROW_RE``) — one row, never a heading.
    A reader breaks it at its wide gap or at the measure (pdftotext: 「江城市民政局办公室」 / 「10 月 20 日
    印发」) and may write the date's head after the page's folio, the text's last line (「2026 年」).
    Where the text ends on a block ending the row (after it at most that stranded head,
    ``DATE_HEAD_RE``), the pieces over it — the office, then pieces of the date, each opening on a
    figure — are joined to it while the whole reads as the row (a 版记 row above, 「抄送：…」, or a
    sentence ends the search), the stranded head set before the date's tail where the two make one
    whole day (``PRINTING_DAY_RE``); the row is a paragraph."""
    n = len(blocks)
    if n < 2 or not blocks[-1].text.endswith("发") and not blocks[-2].text.endswith("发"):
        return list(blocks)
    stranded = _row_piece(blocks[-1]) and DATE_HEAD_RE.match(blocks[-1].text.strip()) is not None
    end = n - 2 if stranded else n - 1
    if not _row_piece(blocks[end]) or not blocks[end].text.endswith("发"):
        return list(blocks)   # (the row ends on 「印发」, or on 「发」 where the measure cut the word)
    head = blocks[-1].text.strip() if stranded else ""
    tail = PRINTING_ROW_RE.match(blocks[end].text.strip())
    if not head and tail is not None and PRINTING_DAY_RE.match(tail["date"]) is not None and len(blocks[end].starts) < 2:
        return _row_apart(blocks, end, log)   # (a date written whole on its line: the row may be set as two)
    found: tuple[int, str] | None = None
    for start in range(end, max(-1, end - PRINTING_ROW_PIECES_MAX - 1), -1):
        blk = blocks[start]
        if start < end and (not _row_piece(blk) or COLOPHON_ROW_RE.match(blk.text) is not None):
            break
        if start < end - 1 and not blocks[start + 1].text.lstrip()[:1].isdigit():
            break         # (only the topmost piece names the office; the others are the date's)
        if start == end and PRINTING_ROW_RE.match(blk.text.strip()) is None:
            continue      # (「发」 alone: the row's word cut, its 「印」 in the piece over it)
        text = _row_text([b.text for b in blocks[start:end + 1]], head)
        if text is not None:
            found = (start, text)
    if found is None:
        return list(blocks)
    start, text = found
    last = n if stranded else end + 1
    if last == start + 1:
        return list(blocks)   # (a row written whole and last: ``articles.closing_lines`` reads it)
    row = blocks[start]
    for blk in blocks[start + 1:last]:
        row = joined_block(row, blk, row.text + blk.text)
    log.decided(blocks[start].first, "marked", _("{text!r}: the 版记's 印发 row (office and date), not a heading").format(
        text=excerpt(text)))
    return [*blocks[:start], row.but(text=text, kind=Kind.PARA, level=0), *blocks[last:]]


def _row_apart(blocks: Sequence[Blk], end: int, log: Log) -> list[Blk]:
    """The 印发 row's date whole on its line (``end``), the office alone on the line over it: the row
    set as two lines (a 简报 stacks them: 「江城市水利局办公室」 / 「2026年10月15日印发」) or the reader's
    break at its gap — both kept apart as written, and neither a heading (the date's line, the text's
    last, is ``articles.closing_lines``'; the office over it is no signature, ``_signing``, and is
    read here)."""
    out = list(blocks)
    if end and _row_piece(blocks[end - 1]) and PRINTING_ROW_RE.match(blocks[end - 1].text.strip() + "印发") is not None:
        out[end - 1] = _row_para(blocks[end - 1], log)
    return out


def _row_para(blk: Blk, log: Log) -> Blk:
    """A piece of the 印发 row as a paragraph."""
    return _unheaded(blk, log, _("{text!r}: the 版记's 印发 row (office and date), not a heading"))


def _unheaded(blk: Blk, log: Log, why: str) -> Blk:
    """``blk`` as a paragraph, the decision logged with ``why`` (a message taking the block's ``text``)
    where the heading guess had taken it for a heading: a closing matter's line (``_row_para``,
    ``_as_item``)."""
    if blk.kind is Kind.HEADING:
        log.decided(blk.first, "marked", why.format(text=excerpt(blk.text)))
        return blk.but(kind=Kind.PARA, level=0)
    return blk


def _row_piece(blk: Blk) -> bool:
    """A block that may be a piece of a 版记 row: one line, a paragraph or a guessed heading."""
    return blk.kind in _ANNEX_KINDS and not blk.marked and "\n" not in blk.text and blk.text.strip() != ""


def _row_text(pieces: Sequence[str], head: str) -> str | None:
    """The 印发 row ``pieces`` make, with the date's ``head`` (cut off and written after it) set before
    the date's tail; None where they make no such row.  A row written whole is kept as written."""
    joined = "".join(p.strip() for p in pieces)
    m = PRINTING_ROW_RE.match(joined)
    if m is None:
        return None
    body, date = m["body"] or "", m["date"]
    if head:
        if PRINTING_DAY_RE.match(head + date) is None:
            return None
        date = head + date
    elif len(pieces) == 1:
        return pieces[0]
    return f"{body}\u3000{date}印发" if body and date else f"{body}{date}印发"


def _signing(blocks: Sequence[Blk]) -> list[bool]:
    """Per block, whether it is a signature (发文机关署名, GB/T 9704 7.3.5) over its date line
    (``SIGN_DATE_RE``): a body's or a person's name alone on its line right over the date
    (``ISSUER_RE``, ``looks_like_byline``), or a body's name over another signing body's — a joint
    letter stacks the names of all its issuers over the one date (「中共江城市委」 / 「江城市人民政府」 /
    「2026年9月9日」).  Only a body's name stacks: a short word over a signature (the last word of a
    wrapped title, 「专刊」 / 「党委宣传部」 / 「2026年5月」) is no issuer.  Read from the end, so each
    block asks only the one under it.

    A body's name that closes the text signs it with no date under it too (a 简报's or a study
    guide's 「青河县农业农村局办公室」, 「县委党校教研室」 on the last line): a heading heads what follows
    it, and after a signature come only its date and the 版记's rows (``_closing``)."""
    signing = [False] * len(blocks)
    below: tuple[str, ...] = ("closing",)   # (the roles of what stands under this block, ``_SIGNS_OVER``'s keys)
    closing = True                          # (nothing but a date or a 版记's row under this block)
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i].text
        body = False
        if below:   # (most blocks stand over no signature)
            body = _body_signs(text)
            signing[i] = body or any(signs(text) for role in below for signs in _SIGNS_OVER[role])
        closing = closing and _closing(text)
        below = tuple(role for role, held in (
            ("date", SIGN_DATE_RE.match(text) is not None),
            ("body", signing[i] and body),
            ("person", signing[i] and not body and "date" in below),
            ("closing", closing)) if held)
    return signing


def _body_signs(text: str) -> bool:
    """A signing body's name alone on its line (``SIGNING_BODIES_RE``): it signs over any role of
    ``_SIGNS_OVER`` — a joint letter stacks its issuers' names, and a body's name closes a text."""
    return "\n" not in text and SIGNING_BODIES_RE.match(text) is not None


def _signer_post(text: str) -> bool:
    """(gongwen89) A person who signs a report in their office (a 述职报告, a speech's text) signs with
    the office before the name, a wide space between (「县农业农村局局长　周立新」 over the date); an
    extractor that cuts a line at its wide spaces writes the office as a line of its own over the name
    (plain pdftotext).  The office alone (``shapes.POST_LINE_RE``: a body and its post) over a person
    signing over the date signs with them: a heading heads text, and under this one stand only a name
    and a date."""
    return "\n" not in text and POST_LINE_RE.match(text) is not None


# (gongwen89) Who signs over each role of the block under it in a signature (``_signing``), besides
# a signing body's name, which signs over every role (``_body_signs``: a joint letter stacks its
# issuers' names over the date, and a body's name closes a text).  Over a date line
# (``SIGN_DATE_RE``): a person's name (``looks_like_byline``); over a person signing over the date:
# the person's office on a line of its own (``_signer_post``); over a body's name, or over nothing
# but a date and the 版记's rows (``_closing``): a body's name only — a short word over a signature
# (「专刊」, the last word of a wrapped title) is no issuer.
_SIGNS_OVER: dict[str, tuple[Callable[[str], bool], ...]] = {
    "date": (looks_like_byline,),
    "person": (_signer_post,),
    "body": (),
    "closing": (),
}


def _annex_list(blocks: Sequence[Blk], signing: Sequence[bool], log: Log) -> list[Blk]:
    """(sign82) The 附件说明 under a letter's body (GB/T 9704 7.3.4) is one list, never a heading: its
    line (``ANNEX_LINE_RE``: 「附件：1．…测算表」, or 「附件：」 and the first item under it), then each later
    item on a line of its own, numbered on in the same series (``shapes.list_item``: 「2．…情况」), each
    item's title wrapped under it where the measure cut it (「附件：1．江城市城乡低保标」 / 「准调整测算表」:
    a block the unwrapping ended, ``Blk.full``, or one an extractor's blank line cut off).  The list ends
    at the first block that is neither the next item nor such a rest: the signature
    (``_signing``), its date, a 版记's row, a paragraph.  Its items are paragraphs, and a rest is
    joined to the item it goes on from.  Rests are read only under an item that holds no clause
    punctuation and does not end a sentence — a title's line — and are themselves a title's rest: no
    clause punctuation, no number, no signature."""
    out: list[Blk] = []
    expected: tuple[int, str] | None = None   # (the next item's number and its numbering's shape)
    in_list = False
    for i, blk in enumerate(blocks):
        text = blk.text
        plain = blk.kind in _ANNEX_KINDS and not blk.marked and "\n" not in text
        if plain and ANNEX_LINE_RE.match(text) is not None:
            item = list_item(text)
            expected = _after_run_in(text, *item) if item is not None else (1, "") if _annex_alone(text) else None
            in_list = True
            out.append(_as_item(blk, log))
            continue
        if in_list and plain and not signing[i]:
            item = list_item(text)
            if item is None and expected == (1, "") and text[:1] in _ITEM_STOPS:
                item = (1, ".")   # (the first item's number on a line of its own, taken for a folio: 「附件：」 / 「．…测算表」)
            if item is not None and expected is not None and item == (expected[0], expected[1] or item[1]):
                expected = _after_run_in(text, *item)
                out.append(_as_item(blk, log))
                continue
            if item is None and _annex_rest(out[-1], blk):
                log.decided(blk.first, "joined", _("{text!r}: the rest of an attachment's title (附件) above").format(
                    text=excerpt(text)))
                above = out[-1]
                out[-1] = joined_block(above, blk, join_logged(above.text, text, blk.first, log)).but(
                    kind=Kind.PARA, level=0)
                continue
        in_list = False
        out.append(blk)
    return out


# The kinds an 附件 list's block may have when ``letter_shapes`` reads it: what the unwrapping and
# the heading guess made of it.
_ANNEX_KINDS = (Kind.PARA, Kind.HEADING)


# The stops after an 附件 item's number (「1．」, 「1.」, 「1、」): a block opening on one under 「附件：」 is
# its first item, the number written apart (pypdf: 「1」 / 「．…测算表」) and taken as a folio.
_ITEM_STOPS = "．.、"


def _after_run_in(text: str, number: int, shape: str) -> tuple[int, str]:
    """The number the item after ``text``'s last would bear: ``text`` opens on item ``number`` and
    may hold the next items run in, where an extractor wrote each number on a line of its own and
    the unwrapping ran the list into one block (「附件：1.…申请表2.…标准」, pypdf)."""
    stops = "．." if shape == "." else shape
    while re.search(rf"(?<!\d){number + 1}\s?[{stops}]", text) is not None:
        number += 1
    return number + 1, shape


def _annex_alone(text: str) -> bool:
    """「附件：」 with nothing after it: its first item is the next line."""
    return ANNEX_LINE_RE.sub("", text).strip() == ""


def _as_item(blk: Blk, log: Log) -> Blk:
    """An 附件 list's line as a paragraph."""
    return _unheaded(blk, log, _("{text!r}: an item of the attachment list (附件), not a heading"))


def _annex_rest(above: Blk, blk: Blk) -> bool:
    """``blk`` is the rest of the 附件 title ``above`` ends on: ``above`` reached the measure
    (``Blk.full``: the measure cut the title, and only an extractor's blank line had ended the block)
    on a title's line (``_title_left_open``), and ``blk`` is one line of a title's words
    (``_title_words``)."""
    return above.full and _title_left_open(above) and _title_words(blk.text)


def _title_left_open(above: Blk) -> bool:
    """``above`` is the list's line or an item whose title the measure may have cut: after its colon
    and number a title's words (no clause punctuation), no sentence ended, no block-end mark
    (``Blk.closed``)."""
    head = ANNEX_LINE_RE.sub("", above.text)
    return bool(head) and CLAUSE_RE.search(LIST_ITEM_RE.sub("", head.strip(), count=1)) is None \
        and not ends_sentence(above.text) and not above.closed


# What a title's wrapped rest never opens on: a bracket, a book title's or a quotation's mark (a note
# or a citation under the item, 「（此件公开发布）」).
_REST_REFUSED_FIRST = "（(《“"


def _title_words(text: str) -> bool:
    """One line of a title's words: no clause punctuation, no colon, no bracket or quotation opening
    it, no date (``SIGN_DATE_RE``), no 版记 row (``COLOPHON_ROW_RE``)."""
    return bool(text) and CLAUSE_RE.search(text) is None and not any(c in text for c in COLONS) \
        and text[0] not in _REST_REFUSED_FIRST and SIGN_DATE_RE.match(text) is None \
        and COLOPHON_ROW_RE.match(text) is None


def _closing(text: str) -> bool:
    """A block that may follow a text's signature: its date (``SIGN_DATE_RE``) or a row of its
    版记 (``COLOPHON_ROW_RE``: 「抄送：…」, 「印发：…」)."""
    return SIGN_DATE_RE.match(text) is not None or COLOPHON_ROW_RE.match(text) is not None


def _addressees(text: str) -> bool:
    """A letter's addressees (主送机关): bodies named up to a colon, no sentence in them
    (「各区委宣传部，市直各单位党组（党委）：」)."""
    return text[-1:] in "：:" and STOP_RE.search(text) is None and "\n" not in text \
        and (ADDRESSEES_RE.match(text) is not None or SALUTATION_RE.match(text) is not None
             or width(text) <= ADDRESSEES_MAX_EM)


def _letter_title_runs(blocks: list[Blk], limit: float, log: Log) -> list[Blk]:
    """The heading lines between a letter's 发文字号 and its addressees are its title, set over as
    many lines as its size needs: one heading (「江宣发〔2026〕7号」 / 「关于开展 2026年度理论学习」 /
    「中心组专题学」 / 「习的通知」 / 「各区委宣传部，市直各单位党组（党委）：」 in a 16 em column)."""
    out: list[Blk] = []
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        j = i
        if out and DOC_NUMBER_RE.match(out[-1].text) is not None:
            while j < len(blocks) and blocks[j].kind is Kind.HEADING and not blocks[j].marked:
                j += 1
        if j - i >= 2 and j < len(blocks) and _addressees(blocks[j].text) \
                and width("".join(b.text for b in blocks[i:j])) <= limit:
            title = blk
            for part in blocks[i + 1:j]:
                title = joined_block(title, part, join_logged(title.text, part.text, part.first, log))
                log.decided(part.first, "merged", _("{text!r}: the rest of the letter's title").format(text=part.text))
            out.append(title.but(level=heading_level(title.text)))
            i = j
            continue
        out.append(blk)
        i += 1
    return out


def _letter_title(text: str, prev: str, nxt: str, limit: float) -> bool:
    """A letter's title: in its place (after the 发文字号, or over the salutation) and shaped like a
    title — one line, no clause punctuation or sentence end, no other short line's role.  A line
    in brackets over 「同志们：」 is a transcript's stage direction (「（掌声）」), no title."""
    placed = DOC_NUMBER_RE.match(prev) is not None or SALUTATION_RE.match(nxt) is not None
    return placed and "\n" not in text and not ends_sentence(text) and CLAUSE_RE.search(text) is None \
        and width(text) <= limit and short_line_role(text) is None


def promote_bold_siblings(stage: Blocks, log: Log) -> Blocks:
    """A standalone one-line all-bold paragraph without final punctuation whose leading shape
    matches a heading of the same article becomes a heading of that level (seed 002:
    ``### ★形成持续稳定投入机制`` … ``**★让投身基础研究成为更多青少年的人生追求**``).

    Articles are delimited by title blocks; only shaped headings (★, 一、 …) are siblings."""
    blocks = list(stage.blocks)
    start = 0
    for end in [i for i, b in enumerate(blocks) if b.kind is Kind.TITLE] + [len(blocks)]:
        levels: dict[str, int] = {}
        for blk in blocks[start:end]:
            key = heading_key(blk.text) if blk.kind is Kind.HEADING else None
            if key is not None:
                levels.setdefault(key, blk.level)
        for k in range(start, end):
            blk = blocks[k]
            if blk.kind is not Kind.PARA or not all_bold(blk) or "\n" in blk.text \
                    or ends_sentence(blk.text) or STOP_RE.search(blk.text):
                continue
            key = heading_key(blk.text)
            if key is not None and key in levels:
                blocks[k] = blk.but(kind=Kind.HEADING, level=levels[key])
                log.decided(blk.first, "marked", _("bold {text!r} a heading like its siblings").format(
                    text=excerpt(blk.text)))
        start = end + 1
    return stage.but(blocks=blocks)
