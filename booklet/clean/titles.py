"""Title shapes across blocks: a long title before its 来源 line, ``第1章`` + its title,
a title wrapped over two heading lines."""

from __future__ import annotations

from typing import Sequence

from booklet.cjk import width
from booklet.clean.blocks import Blk, Kind, joined_block, source_lines
from booklet.clean.lines import join_logged
from booklet.clean.setoff import QUESTION_ENDS, REST_WIDER_EM, left_open, set_wider, short_tail, stops_in_phrase, takes_up
from booklet.clean.stages import Blocks
from booklet.report import Log
from booklet.shapes import (QUOTED_TERM_LINE_RE, PART_WORD_RE, BOX_LABEL_ONLY_RE, BYLINE_ROLES, CODE_LINE_RE, CONTRIBUTOR_LINE_RE, ISSUER_RE, REGION_LEVELS, SIGNING_BODY_RE, ISSUE_LINE_RE, VOLUME_LINE_RE, CHAPTER_ONLY_RE, NOTE_MARK_END_RE, kicker_end, NUMBERED_RE, QUESTION_BLOCK_RE, STOP_RE, TOC_ROW_RE, WORD_CONTEXT, ideographs_only,
                            ends_sentence, looks_like_byline, name_like, set_apart,
                            short_line_role, ROW_ROLES, couplet_over, couplet_under, headline_apart)
from booklet.typeset.segment import word_across, words

# A title before its 来源 line may be this long (characters): news titles run to two lines.
SOURCE_TITLE_MAX_CHARS = 120
# The first line of a wrapped title is at least this much (em) wider than its second.
WRAP_WIDER_EM = 2
# Marks that close a title (its note mark): the title does not run on after them.
TITLE_NOTE_MARKS = ("※", "*", "＊")
# Unnumbered 小标题 of one article are set parallel (对仗: 依法行政 / 规范执法 / 监督问责): a
# line with this many later headings of its width is the first of a series, not a title's rest.
# Two, because one later heading of the same width may be chance.
PARALLEL_SIBLINGS_MIN = 2
# (texta79) Marks of a pause inside a clause or a sentence: a title line holding one reads on as prose,
# so a body's name under it is not read as the title's signature (``signed_by_body``); 、 parts a
# title's parallel phrases (「管得好、住得暖」) and is allowed inside it.
PAUSE_MARKS = "，,；;：:"
# (texta79) Dictionary tags of a name (place, organisation, person, abbreviation): a line ending on one
# may be a 名单's row or a place the next line goes on naming, not a title's end.
NAME_END_TAGS = frozenset({"ns", "nt", "nr", "j"})
# (texta79) The words for a region's level (a county, a town, a street …) and the dictionary's tag of a
# place's name: a body's name opens on a place and its level (``_body_opens``).
LEVEL_WORDS = frozenset(REGION_LEVELS)
PLACE_TAGS = frozenset({"ns"})
# Headings of one series are as wide as each other to within this (em): the same characters.
PARALLEL_WIDTH_EM = 0.5
# Two lines of a title wrapped at its own measure (set large in a narrow column) are as wide as each
# other to within this (em): the same count of characters, a digit or a mark apart at most.
OWN_MEASURE_EM = 0.5
# A title wrapped at its own measure is read from this many heading lines (two full, the rest) up to
# a title run's most (four: a headline set large in a column of five characters).
OWN_MEASURE_LINES = (3, 4)
# … and its full lines hold at least this many em: a name (two to three characters) under a title
# of its width is an author's line, not the title's second line (「渡口」 / 「林溪」 / 「一」).
OWN_MEASURE_MIN_EM = 4


def source_titles(stage: Blocks, log: Log) -> Blocks:
    """A long unpunctuated block right before a 来源 line (or a byline and a 来源 line) is a
    title, however long (seed 001: ``全国科技大会 国家科学技术奖励大会 两院院士大会在京召开
    习近平为…并发表重要讲话``)."""
    if stage.headings_given:
        return stage
    blocks = list(stage.blocks)
    for i, blk in enumerate(blocks[:-1]):
        if blk.kind is not Kind.PARA or "\n" in blk.text or len(blk.text) > SOURCE_TITLE_MAX_CHARS \
                or STOP_RE.search(blk.text) or ends_sentence(blk.text):
            continue   # (most blocks: not shaped like a title, whatever follows; no byline asked)
        role = short_line_role(blk.text)
        if role == "byline" and set_apart(blk.text):
            continue   # the byline itself, set apart over the 来源 line (「本报记者 陈思远 刘佳」): no title
        if role in ROW_ROLES:
            continue   # (couplet71) a timetable's or a table's last row over the 来源 line: a row, set in cells, heads nothing
        j = i + 1
        if j < len(blocks) - 1 and looks_like_byline(blocks[j].text):
            j += 1
        if blocks[j].kind is Kind.SOURCE:
            blocks[i] = blk.but(kind=Kind.HEADING, level=1)
    return stage.but(blocks=blocks)


def merge_titles(stage: Blocks, log: Log) -> Blocks:
    """``第1章`` + its title one heading; a title wrapped over two heading lines one heading."""
    return stage.but(blocks=_merge_wrapped(_merge_chapters(stage.blocks, log), log))


def _joined(left: Blk, right: Blk, text: str, log: Log) -> Blk:
    log.decided(right.first, "merged", f"{left.text!r} + {right.text!r}")
    return joined_block(left, right, text)


def _label_over_title(text: str) -> bool:
    """``text`` is a label alone that heads the title under it: a chapter's (``CHAPTER_ONLY_RE``: 「第1章」)
    or (texts85b) a box's (``BOX_LABEL_ONLY_RE``: 「专栏1」)."""
    return CHAPTER_ONLY_RE.match(text) is not None or BOX_LABEL_ONLY_RE.match(text) is not None


def _merge_chapters(blocks: list[Blk], log: Log) -> list[Blk]:
    """``第1章`` / ``科技成果转化概述`` → one heading ``第1章 科技成果转化概述`` (seed 004); (texts85b) a box's
    label and its title too (「专栏1」 / 「2026年县政府十项民生实事」)."""
    out: list[Blk] = []
    for blk in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is Kind.HEADING and blk.kind is Kind.HEADING \
                and _label_over_title(prev.text):
            out[-1] = _joined(prev, blk, f"{prev.text} {blk.text}", log).but(full=prev.full)
            continue
        out.append(blk)
    return out


def _merge_wrapped(blocks: list[Blk], log: Log) -> list[Blk]:
    """Two guessed heading lines, the first clearly longer, neither numbered: one title that wrapped
    (a title set larger than the body wraps short of the body's measure).

    Before: ``习近平总书记在加强基础研究座谈会上的重要`` / ``讲话精神学习专刊``; after: one heading.
    A shorter first line is a kicker over its title and stays apart; a name-like second line
    (``习近平``) is a byline unless the first line reached the measure.  Only a pair of heading
    lines is looked at: runs of three or more are left to the article split.  A heading
    over table-of-contents rows (``目录``) stands alone.
    """
    out: list[Blk] = []
    skip = 0
    for i, blk in enumerate(blocks):
        if skip:
            skip -= 1
            continue
        after = blocks[i + 1:]
        run = _own_measure_run(blocks, i) if not out or out[-1].kind is not Kind.HEADING else 0
        if run:
            for nxt in blocks[i + 1:i + run]:
                blk = _joined(blk, nxt, join_logged(blk.text, nxt.text, nxt.first, log), log)
            out.append(blk)
            skip = run - 1
            continue
        if out and question_runs_on(out[-1], blk, after):
            out[-1] = _joined(out[-1], blk, join_logged(out[-1].text, blk.text, blk.first, log), log)
            continue
        if out and _pair_alone(out, after) and _element_break(out[-1], blk):
            out[-1] = _joined(out[-1], blk, f"{out[-1].text}\u3000{blk.text}", log)
            continue
        if out and _pair_alone(out, after) and _wraps_into(out[-1], blk, after) and not opens_series(blk, after) \
                and not _heads_toc(after):
            out[-1] = _joined(out[-1], blk, join_logged(out[-1].text, blk.text, blk.first, log), log)
            continue
        out.append(blk)
    return out


def same_measure(over: Blk, under: Blk) -> bool:
    """Two one-line heading blocks as wide as each other (``OWN_MEASURE_EM``), neither numbered nor
    ending a sentence or a kicker: lines of one title wrapped at the title's own measure."""
    if "\n" in over.text + under.text or any(_marked_line(b.text) for b in (over, under)):
        return False
    wide, narrow = width(over.text), width(under.text)
    return abs(wide - narrow) <= OWN_MEASURE_EM and min(wide, narrow) >= OWN_MEASURE_MIN_EM


def _marked_line(text: str) -> bool:
    """A heading line that is a whole of its own, never a title's wrapped line: numbered (it heads
    its section), ending a sentence, or ending as a kicker does."""
    return NUMBERED_RE.match(text) is not None or STOP_RE.search(text[-1:]) is not None \
        or kicker_end(text)


def _own_measure_run(blocks: Sequence[Blk], i: int) -> int:
    """How many heading lines from ``i`` are one title wrapped at its own measure (0 if none): a whole
    run of three or four unmarked heading lines, every line but the last as wide as the next
    (``same_measure``: each filled the title's line, set larger than the body in a narrow column,
    「县政府第十」 / 「八次常务会」 / 「议纪要」), the last no wider, the run over a paragraph that is
    no byline (a headline over its byline or 来源 line is read by ``headlines``)."""
    k = i
    while k < len(blocks) and _heading_lines(blocks[k], blocks[k]) and k - i <= max(OWN_MEASURE_LINES):
        k += 1
    n = k - i
    if n not in OWN_MEASURE_LINES or k >= len(blocks) or blocks[k].kind is not Kind.PARA or _byline_below(blocks[k:]):
        return 0
    run = blocks[i:k]
    return n if _wrapped_at_own_measure(run) else 0


def _wrapped_at_own_measure(run: Sequence[Blk]) -> bool:
    """The heading lines ``run`` read as one title wrapped at its own measure: its full lines as wide
    as each other, its last line no wider and no whole of its own (``_marked_line``); no line repeats
    the one above (the first copy was a running head), and no line after the first is one set under
    a title on its own — a name (its byline: 「激活新动能」 / 「习近平」), the authors set apart, an
    issue line, a volume or a code (``_own_line``), or (texta79) the body that signs it under a line
    that ended the title's phrase (``signed_by_body``: 「老旧小区管得好、住得暖」 / 「青山街道党工委」)."""
    full, last = run[:-1], run[-1]
    if not all(same_measure(a, b) for a, b in zip(full, full[1:])):
        return False
    if width(last.text) > width(full[-1].text) + OWN_MEASURE_EM or STOP_RE.search(last.text[-1:]) \
            or NUMBERED_RE.match(last.text):
        return False
    if any(a.text == b.text for a, b in zip(run, run[1:])):
        return False
    return not any(name_like(b.text) or headline_apart(b.text) is not None or _own_line(b.text)
                   or signed_by_body(a.text, b.text) for a, b in zip(run, run[1:]))


def _own_line(text: str) -> bool:
    """A line set under a title on a line of its own, never the title's rest: a masthead's issue line
    (「工作简报」 / 「第12期」), a volume in brackets, a standard's code (as ``headlines.title_run_end``), (std86) a
    part of the text named by its kind alone (``PART_WORD_RE``: 「前言」, 「引言」 — the heading of the first part under
    a standard's or a book's title)."""
    return any(rx.match(text) is not None for rx in (ISSUE_LINE_RE, VOLUME_LINE_RE, CODE_LINE_RE, PART_WORD_RE))


def _pair_alone(out: list[Blk], after: Sequence[Blk]) -> bool:
    """The block above and the one at hand are a pair: no heading line stands right before the one
    or right after the other (runs of three or more are left to the article split)."""
    return (not after or after[0].kind is not Kind.HEADING) and (len(out) < 2 or out[-2].kind is not Kind.HEADING)


def question_runs_on(prev: Blk, blk: Blk, after: Sequence[Blk] = ()) -> bool:
    """(qa83) ``blk`` ends on its ？ the question the heading line ``prev`` began, with the answer opening
    as plain prose under it (a 问答 column or a 答记者问 that sets no 「答：」): 「怎样理解“三会一课”在党员教育」 /
    「中的基础作用？」 over 「“三会一课”是党的组织生活的基本制度，…」.  A question head is one sentence: the
    two lines read as one whole question (``shapes.QUESTION_BLOCK_RE``: the first ends on no stop nor pause, no colon
    but an asker's 问：), the first no narrower than its rest (a line that wraps filled its measure,
    ``setoff.REST_WIDER_EM``), both set as heading lines of one face, the rest no numbered line of its own,
    and no heading line under the rest (the answer follows).  Read before ``_pair_alone``: a section's head
    over its first question (「二、组织生活」) stands over the pair but takes no part in it — narrower than
    the question it heads, it is never read as its first line."""
    if not _heading_lines(prev, blk) or prev.closed or blk.text[-1:] not in QUESTION_ENDS:
        return False
    if NUMBERED_RE.match(blk.text) or (after and after[0].kind is Kind.HEADING):
        return False   # a numbered question of its own, or a heading under it: no answer opens there
    if prev.text.rstrip()[-1:] in PAUSE_MARKS + "、":
        return False   # a line ending on a pause ended its own line (a verse's 「竹杖芒鞋轻胜马，」 / 「谁怕？」)
    if width(prev.text) + REST_WIDER_EM < width(blk.text):
        return False   # a first line narrower than the rest did not wrap into it (a section's head, a kicker)
    return QUESTION_BLOCK_RE.match(prev.text + blk.text) is not None and not ended_on_rest(prev, blk)


def _heads_toc(after: Sequence[Blk]) -> bool:
    """The next block is a table-of-contents row: the line at hand is the TOC's head (``目录``)."""
    return bool(after) and TOC_ROW_RE.search(after[0].text) is not None


def _element_break(prev: Blk, blk: Blk) -> bool:
    """``prev``, a heading line, ended on the ideographic space the typesetter sets between a title's
    elements (``Blk.spaced_end``), and ``blk``, the heading line under it, is the title's next element:
    the column wrapped right after that space, so the two are one title, the space kept between them
    (「青石镇　」 / 「“积分超市”激活乡村治理」 → 「青石镇　“积分超市”激活乡村治理」).  A kicker over its
    title is set on a line of its own, never with a space to end it; a numbered line heads its own
    section."""
    return prev.spaced_end and _heading_lines(prev, blk) \
        and not NUMBERED_RE.match(prev.text) and not NUMBERED_RE.match(blk.text)


def _wraps_into(prev: Blk, blk: Blk, after: Sequence[Blk] = ()) -> bool:
    """``prev`` is a heading line that wrapped into ``blk`` (``after``: the blocks under ``blk``).  A
    line the file marked as a block's end (``Blk.closed``) never did: a wrapped line carries no mark,
    only the last line of its block."""
    return not prev.closed and _heading_lines(prev, blk) and not ended_on_rest(prev, blk) \
        and not wider_than_own_wrap(prev, blk) \
        and (_wrapped_pair(prev, blk, _byline_below(after)) or _numbered_wrapped(prev, blk))


def wider_than_own_wrap(prev: Blk, blk: Blk) -> bool:
    """(bull74) ``blk`` wrapped at a measure of its own (two source lines or more, ``unwrap`` joined
    them, its last a short tail, ``setoff.short_tail``) and ``prev``, one line, is set wider than that
    measure, ``blk``'s widest line (``setoff.set_wider``): a line that wraps ran to its measure, so
    ``prev`` was set on another, in another size, and no line of ``blk``'s element wrapped from it
    (a kicker, 「市民服务热线工单办理质效提升专项行动」, 18 em, over 「市民诉求件件有回音事事」 /
    「有着落」, a title's 11 em measure)."""
    if len(blk.starts) < 2:
        return False
    if len(prev.starts) > 1:
        return wrapped_over_narrower_wrap(prev, blk)   # (news86)
    cuts = [o for o, _line in blk.starts] + [len(blk.text)]
    widths = [width(blk.text[a:b].strip()) for a, b in zip(cuts, cuts[1:])]
    first = blk.text[cuts[0]:cuts[1]].strip()
    return short_tail(widths[-1]) and set_wider(prev.text, width(prev.text), first, max(widths))


def wrapped_over_narrower_wrap(prev: Blk, blk: Blk) -> bool:
    """(news86) Two headline elements that each wrapped (two source lines or more, ``unwrap`` joined
    them), set on two measures: ``blk``'s first line is its widest (it filled ``blk``'s measure, no later
    line wider by more than ``REST_WIDER_EM``), and ``prev``'s widest line is set wider than it
    (``setoff.set_wider``).  A line that wraps ran to its measure, so had ``prev``'s element gone on into
    ``blk``, ``blk``'s first line — not its last — would fill ``prev``'s measure; narrower, it opens an
    element set larger on a measure of its own.  A newspaper sets its kicker smaller than its title, so
    more characters to a line: a kicker wrapped in a narrow column over a title wrapped in turn
    (「市民服务热线工单办」 / 「理质效提升专项行动」 over 「市民诉求件件有」 / 「回音事事有着落」: nine
    characters a line over seven).  ``prev``'s widest line must be its first (a wrapped element fills its
    first line; a wider line later is no wrap of it)."""
    if len(prev.starts) < 2 or len(blk.starts) < 2:
        return False   # (one line gives no measure: the widths of a line that did not wrap say nothing)
    over, under = [t.strip() for t in source_lines(prev)], [t.strip() for t in source_lines(blk)]
    if not all(over) or not all(under):
        return False
    over_widths, under_widths = [width(t) for t in over], [width(t) for t in under]
    if max(over_widths) > over_widths[0] + REST_WIDER_EM or max(under_widths) > under_widths[0] + REST_WIDER_EM:
        return False   # (a first line narrower than a later one filled no measure: no wrapped element)
    # (and ``prev``'s last line is wider than ``blk``'s measure too, so no line of ``blk``'s element: one as
    # wide may be, ``prev`` two elements already — 「家门口就能办成事，」 / 「社区政务服」 over 「务驿站覆盖」 /
    # 「全区」; ideographs alone are exact, a character wider is wider, else ``set_wider``'s slack)
    last, first = over[-1], under[0]
    exact = ideographs_only(last) and ideographs_only(first)
    last_wider = over_widths[-1] > under_widths[0] if exact else set_wider(last, over_widths[-1], first, under_widths[0])
    return last_wider and set_wider(over[0], over_widths[0], first, under_widths[0])


def ended_on_rest(blk: Blk, below: Blk) -> bool:
    """``blk`` is a heading the measure wrapped already (the lines ``unwrap`` joined), and its last
    line is clearly narrower than its widest (by ``WRAP_WIDER_EM``): a wrapped title fills each
    line at its size but the last, so that short last line is the title's rest and the title
    ended there — the heading line under it is the next element of the headline (a second title,
    「全面推进城乡社区治理现代化」 / 「全县148个村（社区）完成党群」 / 「服务中心提档升级」 over
    「家门口的服务更暖心」), not more of this one.  Not where the short line leaves a bracket, a
    quotation or a dictionary word open into ``below``: the measure cut it there (a head glued over
    a masthead, 「关于2026年第三季度安全生产明查暗」 / 「江城市安全生产委员会办」 over 「公室」)."""
    if len(blk.starts) < 2 or left_open(blk.text, blk.text, below.text):
        return False
    cuts = [o for o, _line in blk.starts] + [len(blk.text)]
    widths = [width(blk.text[a:b].strip()) for a, b in zip(cuts, cuts[1:])]
    return widths[-1] + WRAP_WIDER_EM <= max(widths[:-1])


def _heading_lines(prev: Blk, blk: Blk) -> bool:
    """Two unmarked heading blocks of one line each: the only pair a wrapped heading can be."""
    return prev.kind is blk.kind is Kind.HEADING and not prev.marked and not blk.marked \
        and "\n" not in prev.text + blk.text


def _wrapped_pair(prev: Blk, blk: Blk, byline_below: bool = False) -> bool:
    """``blk`` is the rest of the unnumbered heading line ``prev`` wrapped: ``prev`` is clearly wider,
    and ``blk`` is not a line of another kind set under it.  A name-like ``blk`` is the title's rest
    only under a line that may run on, or over a byline — an item carries one byline, under its
    whole headline, so a short line over the byline is the title's rest (a title set large in a
    narrow column, 「冬季森林防火进入」 / 「关键期」 / 「（县应急管理局供稿）」)."""
    if NUMBERED_RE.match(prev.text) or NUMBERED_RE.match(blk.text):
        return False   # numbered lines wrap by ``_numbered_wrapped``
    if width(prev.text) < width(blk.text) + WRAP_WIDER_EM or kicker_end(prev.text):
        return False   # not clearly wider, or ending on a kicker's word: two elements
    if headline_apart(blk.text) is not None or (couplet_over(prev.text, blk.text) and not quoted_term_taken_up(blk.text)) \
            or couplet_under(prev.text, blk.text):
        return False   # the authors' names set apart or a salutation under any line; a couplet's two set halves are whole
    if _own_line(blk.text):
        return False   # (bull67) an issue, a volume or a code line: set on a line of its own under a wider name (「工　作　简　报」 / 「第12期」)
    return may_run_on(prev) or not (name_like(blk.text) or signed_by_body(prev.text, blk.text)) \
        or byline_below and _bare(blk.text)


def quoted_term_taken_up(text: str) -> bool:
    """(wrap89) ``text``, a heading line, is one quoted term alone (``shapes.QUOTED_TERM_LINE_RE``:
    「“最后一公里”」): a title quotes a term inside its phrase, the term taking up what the words before it
    name (「拧紧责任链条　跑好安全生产」 / 「“最后一公里”」: 跑好…的“最后一公里”), and no element of a headline
    is a quoted term and nothing more — so under a couplet it is the couplet's wrapped rest, not the next
    element (``shapes.couplet_over``)."""
    return QUOTED_TERM_LINE_RE.match(text.strip()) is not None


def _body_opens(text: str) -> bool:
    """(texta79) ``text`` is a body's name alone that opens on its own region or level
    (``shapes.SIGNING_BODY_RE``): 「中共」 or a level first (「县」水利局) as they stand; a place's name and
    its level only where the dictionary ends a word at the level, the level a word of its own or the
    place's (tagged a place, ``PLACE_TAGS``) — a word that holds the level inside a phrase is no
    region (「事项跨省通办」: 跨省)."""
    match = SIGNING_BODY_RE.match(text)
    if match is None:
        return False
    end = match.end("opens")
    if text.startswith("中共") or end == 1:
        return True
    at = 0
    for word, tag in words(text):
        if at < end <= at + len(word):
            return end == at + len(word) and (text[at:end] in LEVEL_WORDS or tag in PLACE_TAGS)
        at += len(word)
    return False


def signed_by_body(title: str, below: str) -> bool:
    """(texta79) ``below`` is the body that signs the title line ``title`` over it, as a 经验交流
    material, a 简报's item or an 信息 is signed under its title (「青山街道“红色物业”让老旧小区管得好、
    住得暖」 / 「青山街道党工委」): a body's name alone (``shapes.SIGNING_BODY_RE``: it opens on its own
    region or level) under a line that ends its phrase (``setoff.stops_in_phrase``) and that it does not
    go on with (``setoff.takes_up``).  Asked where names are (``name_like``): under a title line that did
    not fill its measure — a line that filled it may go on (「…开通」 / 「县人民医院…」).  Not under a line
    holding a pause (``PAUSE_MARKS``) or ending on 、, nor one ending on a name (``NAME_END_TAGS``) or a body's name itself (``ISSUER_RE``: joint issuers
    stacked, 「中共江城市委」 / 「江城市人民政府」): on a
    page whose columns an extractor interleaved, prose cut into heading-like pieces (「这一年，我们也欣喜
    地看到，」) and rows of a 名单 (「…南岭镇中心小学」 / 「南岭县供电公司」) stand over bodies' names too."""
    return _body_opens(below) and not _reads_on(title) and _phrase_closed(title, below)


def _reads_on(title: str) -> bool:
    """(texta79) The line ``title`` reads on as prose or a list, not as a title that a body signs: a
    pause inside it or at its end, or 、 at its end (``PAUSE_MARKS``), or a body's name itself
    (``ISSUER_RE``: joint issuers stacked, 「中共江城市委」 / 「江城市人民政府」)."""
    if ISSUER_RE.match(title.strip()) is not None:
        return True
    return any(mark in title for mark in PAUSE_MARKS) or title.rstrip()[-1:] in PAUSE_MARKS + "、"


def _phrase_closed(title: str, below: str) -> bool:
    """(texta79) The line ``title`` ends its phrase where ``below`` starts: its last word no name that the
    next line may go on naming (``NAME_END_TAGS``), nothing left open into ``below``
    (``setoff.stops_in_phrase``), and ``below`` no word taking up its clause (``setoff.takes_up``)."""
    tagged = words(title.strip())
    return bool(tagged) and tagged[-1][1] not in NAME_END_TAGS and not stops_in_phrase(title, below) \
        and not takes_up(title, below)


def _bare(text: str) -> bool:
    """A short line that is no byline of its own: no names set apart, no reporter's role."""
    return not any(ch.isspace() for ch in text) and not any(role in text for role in BYLINE_ROLES)


def _byline_below(after: Sequence[Blk]) -> bool:
    """The next block is a byline: names (``looks_like_byline``) or a contributor's credit in brackets
    (``CONTRIBUTOR_LINE_RE``)."""
    return bool(after) and after[0].kind in (Kind.PARA, Kind.HEADING) and "\n" not in after[0].text \
        and (looks_like_byline(after[0].text) or CONTRIBUTOR_LINE_RE.match(after[0].text) is not None)


def _numbered_wrapped(prev: Blk, blk: Blk) -> bool:
    """A numbered heading wrapped in a narrow column, its rest a heading line of its own: the
    dictionary reads a word across the break (「二、准确把握当前机」 / 「关作风方面存在的突出问题」:
    机关).  A heading ends on a word's end; a line ends wherever the measure fell."""
    return NUMBERED_RE.match(prev.text) is not None and NUMBERED_RE.match(blk.text) is None \
        and STOP_RE.search(prev.text) is None and word_across(prev.text[-WORD_CONTEXT:], blk.text[:WORD_CONTEXT])


def opens_series(blk: Blk, after: Sequence[Blk]) -> bool:
    """``blk`` is the first of a series of unnumbered parallel headings: later headings of its
    width, up to the next title (「法治政府建设学习语录」 / 「依法行政」 … 「规范执法」 … 「监督问责」),
    each standing alone among paragraphs — a heading line next to another heading line is a line
    of a title wrapped, and in a narrow column every full line of every title is as wide as the
    next (「一条街上的」 / 「“创新生态”」 … 「全市首批“科」 / 「技副总”上岗」)."""
    if after and _heads_item(None, after[0]):
        return False   # a heading over a —— subtitle or a byline heads an item: no 小标题 carries one
    wide = width(blk.text)
    same = 0
    for k, other in enumerate(after):
        if other.kind is Kind.TITLE:
            break
        if other.kind is Kind.HEADING and "\n" not in other.text and not NUMBERED_RE.match(other.text) \
                and abs(width(other.text) - wide) <= PARALLEL_WIDTH_EM \
                and (after[k - 1] if k else blk).kind is not Kind.HEADING \
                and (k + 1 >= len(after) or after[k + 1].kind is not Kind.HEADING) \
                and not _heads_item(after[k - 1] if k else blk, after[k + 1] if k + 1 < len(after) else None):
            same += 1
            if same >= PARALLEL_SIBLINGS_MIN:
                return True
    return False


def _heads_item(before: Blk | None, after: Blk | None) -> bool:
    """A heading between ``before`` and ``after`` heads an item of its own, not a series of one
    article's 小标题: the 来源 line that closes an item stands over it, or a —— subtitle or a byline
    under it (「一座老粮仓的新生」 / 「——江城市粮食局旧址改建为城市书房侧记」, 「让老建筑说新故事」 under
    「来源：…」): on a news page the items' titles are as short as each other, by chance of width alone."""
    return (before is not None and before.kind is Kind.SOURCE) or (after is not None and (
        after.text.startswith("——") or looks_like_byline(after.text)))


def may_run_on(blk: Blk) -> bool:
    """A title line that filled the measure may go on in the next line, unless it ends with the
    title's note mark (``…奋勇前进※`` / ``习近平``: the mark closes the title)."""
    return blk.full and not blk.text.endswith(TITLE_NOTE_MARKS) and NOTE_MARK_END_RE.search(blk.text) is None
