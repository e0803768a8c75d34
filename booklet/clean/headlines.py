"""Where articles start, and what heads each: kicker (引题), title, subtitle, byline, 来源.

Before (seed 000): ``材料 1`` / ``习近平：加强基础研究 实现高水平科技自立自强`` / body … /
``来源 | 求是网`` / ``材料 2`` …; after: ``材料 1`` a ``KICKER``, the title line a ``TITLE``.
A run of heading lines followed by a byline or a 来源 line also starts an article (seed 001):
``split_articles`` marks such runs, ``headlines`` reads every article's headline into
typed blocks, and the step to the articles stage cuts the stream at them.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from booklet.cjk import is_ideograph_edge, width
from booklet.clean.blocks import Blk, Kind, joined_block, source_lines, split_at
from booklet.clean.lines import join_logged
from booklet.clean.setoff import REST_WIDER_EM, clause_of_its_own, kicker_pause_over_topic, kicker_phrase_over, pause_over_larger, left_open, names_topic, set_wider, short_tail, stops_in_phrase, width_slack, wider_by_slack
from booklet.clean.stages import Blocks
from booklet.typeset.segment import words
from booklet.clean.titles import OWN_MEASURE_EM, may_run_on, opens_series, same_measure, signed_by_body, wrapped_over_narrower_wrap
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import (ordinal, GENRE_TAIL_RE, AUTHOR_BODY_RE, EXCERPT_NOTE_RE, POST_LINE_RE, REPORTERS_OPEN_RE, BOUND_OPEN_TAGS, BRACKETED_LINE_RE, CONTRIBUTOR_LINE_RE, VOLUME_LINE_RE, DOC_TITLE_RE, CLAUSE_RE, EDITION_NOTE_RE, EDITOR_NOTE_RE, FIELD_COLON_RE, ISSUE_LINE_RE, ISSUER_RE, KICKER_END_RE, kicker_end, quoted_element,
                            CITING_OPENERS, CODE_LINE_RE,
                            NUMBER_UNIT_FIRST, NUMBERED_RE, PROSE_PUNCT_RE, STOP_RE, BYLINE_ROLES, leading_unit_width,
                            LABEL_RE, couplet, couplet_over, part_label, couplet_under, headline_apart, ideographs_only, looks_like_byline, one_phrase, series_phrase, name_like, opens_title, reporters_byline)

# A title run is at most this many heading lines.
TITLE_RUN_MAX = 4
# A couplet over this many heading lines or more heads a section over a headline (a kicker and its
# title), not the headline's own kicker: a headline holds one element over its title.
HEADLINE_UNDER_COUPLET = 2
# A newspaper kicker (引题) left at the end of the previous article is at most this wide (em),
# with the heading line it may have been split from.
LEAD_IN_MAX_EM = 40
# … or up to three lines of a kicker set centred over its title, when it holds no clause
# punctuation (「省委主要负责同志致信祝贺…获批国家级园区并在…推进会上作出批示」, 48 em): three
# lines of a column up to 24 em wide.
LEAD_IN_UNPUNCTUATED_MAX_EM = 72
# A kicker (引题) is set on one line, or wraps onto a second or, set centred in a narrow
# column, a third (a title never ends in the reporting verb that ends a kicker).
KICKER_MAX_LINES = 3
# A kicker is taken from the article above only when that keeps a paragraph (or has a title).
LEAD_IN_MIN_BODY = 2
# Two headline lines keep a space between them when the first is this much (em) shorter.
HEADLINE_STEP_EM = 2
# With no kicker found by its verb, a first headline line this much (em) narrower than the line
# under it, short of the measure, is a kicker: a wrapped title's first line is its widest.
KICKER_STEP_EM = HEADLINE_STEP_EM
# A kicker with no verb stands over its closed title (``_phrase_over_closed_title``) wider in
# characters than the title's measure by this much at least: set at or near the body's size it holds
# more characters a line than the title set large.  Over a one-line title, whose last line is its
# only one, the width sorts out what is no kicker (a title's first line is its widest) and the
# phrase's end decides the rest; a title's lines may differ by any amount, so one em clears the
# half-width figures and compressed marks of two lines of one size.
PHRASE_KICKER_STEP_EM = 1.0
# A closed title a kicker may stand over is set on this many lines at most (a lead's title wraps
# once in a column; a longer run is a title or kicker of its own, read by the other tests).
CLOSED_TITLE_MAX_LINES = 2
# … and short of that line by more than the next line's first unbreakable unit plus this (em):
# a title line that stopped where the unit did not fit ended full, not short.
WRAP_TOLERANCE_EM = 0.5
# A headline element that ended (it wrapped and stopped short of its measure, or the file marked
# its end) over the rest of the run is a kicker when it holds at least this many times the text
# of what stands under it: the two parts of a two-part title are set parallel (对仗), of like
# length (a few characters apart at most, hence twice as a safe margin), while a kicker is a
# clause (who did what, where) over a short title set larger.
KICKER_CLAUSE_RATIO = 2
# … and only over a title at least this wide (em): a title says something in a few words, while
# one or two characters under a wrapped line are its tail cut off by a column's end (「…在田间地」 /
# 「头」, 「…委员会办」 / 「公室」).
KICKER_TITLE_MIN_EM = 3
# A kicker over its byline's title is set near the body's size: each of its lines holds at least
# this share of the body's measure (a kicker a size or two above the body, 小四 over 五号, holds
# seven eighths; a title set large over a body of 五号, 三号 or more, two thirds at most).
KICKER_BODY_SHARE = 0.8
# A title is set at least this many times the body's size (a news item's 小三 or 三号 over a body of 五号,
# 1.4–1.5; a lead's 二号, 2.1): in a column it holds at most the body's measure over this many
# characters a line, so a line wider than that is no line of a title set in the column.
TITLE_MIN_SCALE = 1.5
# (news87) … but a paper sets the items under its lead a size or two smaller, down to 四号 over a body
# of 五号 (14 / 10.5 = 1.33; the news draws' later headlines at 1.3): a line under a one-line title
# wider than the body's measure over this is no line of any title set in the column — the 副题.  (Not
# asked of a kicker's line: where the measure read from the lines is a wider column's, 24.5 em over
# a 12-em one, the lower bound parted fewer kickers, and 22 dev cases of jianbao_wide_narrow read worse.)
TITLE_LEAST_SCALE = 1.3
# (news84b) An undashed 副题 under a wrapped title is a phrase of a line, at most two where it wraps on
# its own measure (a 副题 states the title's matter in a clause; a third line is a lede's paragraph).
SUBTITLE_MAX_LINES = 2
# The dictionary's tags (rjieba) of a last word that never ends a phrase: a preposition, a
# conjunction, a structural or aspect auxiliary (「与」, 「和」, 「的」).  Not a verb or a numeral, which
# ``setoff.PHRASE_OPEN_TAGS`` also counts: a kicker with no reporting verb may end on one
# (「…项目集中签约」, 「…收官之年」, tagged 「签约」 v, 「年」 m) — a line cut inside a word is told by
# the word read across the break (``setoff.left_open``) instead.
PHRASE_BOUND_TAGS = frozenset({"p", "c", "u", "uj", "ud", "uv", "ul", "uz"})


# (sign78) A 简报 that signs its items at their end, the contributor's credit in brackets under an
# item's last paragraph (「（市医疗保障局供稿）」), over the next item's headline, shows the habit in
# this many signatures: one article of a page may end on its credit, a 简报 that signs so signs every
# item (two is the least that is a habit, and a 简报 prints at least three items).
SIGNED_ITEMS_MIN = 2

_OPENERS = (Kind.TITLE, Kind.KICKER)
_SPACES = re.compile(r"\s+")


def split_articles(stage: Blocks, log: Log) -> Blocks:
    """Mark heading runs that open an article: the file's first block, or a run of headings
    followed by a byline and/or a 来源 line, or by a —— subtitle naming the piece (``_opens_article``).
    Not when the reader gave titles (Markdown ``# ``, DOCX Title, ``<h1>``): those open articles
    themselves."""
    blocks: Sequence[Blk] = stage.blocks
    if any(b.kind is Kind.TITLE for b in blocks):
        return stage
    blocks = _without_title_head(blocks, log)
    blocks = _bylines_apart(blocks, log)
    blocks = _kickers_over_bylines(blocks, stage.layout.measure, log)
    out = list(blocks)
    signed = items_signed_at_end(blocks)
    counted: dict[int, int] = {}   # the article's numbered headings so far: each series' last number
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        number = ordinal(blk.text) if blk.kind is Kind.HEADING else None
        opens = blk.kind is Kind.HEADING and not _counts_on(number, counted) \
            and _opens_article(blocks, i, at_start=i == 0, signed=signed)
        if opens:
            out[i] = blk.but(opens_article=True)
            counted = {}
        if number is not None:
            counted[number[0]] = number[1]
        if opens or blk.kind in _OPENERS:
            i = read_headline(blocks, i, signed=signed)[1]
            continue
        i += 1
    return stage.but(blocks=out)


def _counts_on(number: tuple[int, int] | None, counted: dict[int, int]) -> bool:
    """(lead87) A numbered heading whose number goes on from the article's last of its series (「五、板书设计」
    after 「四、教学过程」) is that article's next section: an article numbers its sections from the first
    and a new one starts its own count (or has none), so it opens no article, whatever stands under it —
    a 板书设计's short lines read as a byline (「背影」: any two to four ideographs may be a name)."""
    return number is not None and counted.get(number[0]) == number[1] - 1


def _without_title_head(blocks: Sequence[Blk], log: Log) -> Sequence[Blk]:
    """The blocks without a running head left at the top of the first page: a head repeats the
    text's title, whole or cut short where the typesetter's measure ended it (a PREFIX of the
    title's text), stands over it, and is never part of it.  The furniture rules run before the
    page is put in order and cannot always see the head's copy; here the headline is in order: the
    first source line of the first block, where the headline's text from a later line start (in
    that block or a later one, before the body's first clause-punctuated block) opens with that
    line's words, is the head and goes (reported).  Before (pdfminer, two columns):
    ``市科技局2025年工作总结和2026`` / ``市科技局2025年工作总结和`` / ``2026年工作思路``, one block; after:
    the title's two lines."""
    if not blocks or blocks[0].kind is not Kind.HEADING or blocks[0].marked:
        return blocks
    first = blocks[0]
    cut = first.starts[1][0] if len(first.starts) > 1 else len(first.text)
    head = _SPACES.sub("", first.text[:cut])
    if not head or LABEL_RE.match(head) or CLAUSE_RE.search(head):
        return blocks
    # the headline's text from each later line start, up to the body's first block
    window = [first.text[cut:]] if cut < len(first.text) else []
    starts = [0] if window else []
    for blk in blocks[1:]:
        if blk.kind is Kind.PARA and CLAUSE_RE.search(blk.text):
            break
        offset = sum(len(t) for t in window)
        starts += [offset + o for o, _line in (blk.starts or ((0, blk.first),))]
        window.append(blk.text)
    text = "".join(window)
    below = [_SPACES.sub("", text[a:b]) for a, b in zip(starts, [*starts[1:], len(text)])]
    if head not in below and not opens_title(head, below):
        return blocks
    log.removed(first.first, first.text[:cut])   # (a running head over its title)
    if cut < len(first.text):
        return [split_at(first, 1)[1]] + list(blocks[1:])
    return list(blocks[1:])


def _bylines_apart(blocks: Sequence[Blk], log: Log) -> list[Blk]:
    """The blocks with a byline the unwrap joined to the title over it as a block of its own: a
    heading block whose last source line is a body's name under title lines that have ended
    (``_byline_ends_title``, asked of the block's lines as ``title_run_end`` asks it of a run of
    blocks) was joined to them because nothing in the text parts them — a byline set centred under
    a wrapped title reads as its next line (「关于全市社区…运行情」 / 「况的调研报告」 /
    「市政协社会和法制委员会调研组」) — and is cut off: the title's lines, then the byline."""
    out: list[Blk] = []
    for blk in blocks:
        k = len(blk.starts) - 1
        if k and blk.kind is Kind.HEADING and not blk.marked and "\n" not in blk.text[blk.starts[k][0]:]:
            lines = _line_texts(blk)
            if _byline_ends_title(lines[:-1], lines[-1]):
                above, below = split_at(blk, k)
                log.decided(below.first, "split", _("{text!r}: a byline under the title").format(text=below.text))
                out += (above.but(full=False), below)
                continue
        out.append(blk)
    return out


def _kickers_over_bylines(blocks: Sequence[Blk], measure: float, log: Log) -> list[Blk]:
    """The blocks with a headline group the unwrap glued (or the heading guess took as one title)
    parted into its kicker and its title, where the group stands right over its byline: a kicker
    (引题) is a clause set at or near the body's size on a full line or two, the title under it a
    few words set large on a line of its own, and a byline closes the group — no prose stands
    between a headline and its byline, and prose that long always holds a comma (a headline holds
    none).  The group is the one or two unmarked blocks over the byline with no clause punctuation;
    the title is its last source line when the text above it is a clause over it (``_clause_over``, as ``_kicker_apart``): 「全面推进城乡社区治理现代化　全县148」
    / 「个村（社区）完成党群服务中心提档升级」 / 「家门口的服务更暖心」 / 「本报记者 沈佳宁 通讯员 邹立平」
    → the kicker's two lines, the title.  Widths alone cannot tell a kicker wrapped on full lines
    from a title's first lines; the byline under a short last line that ends the clause does."""
    bylines = {k for k, blk in enumerate(blocks) if k and reporters_byline(blk.text) and _byline(blk)}
    if not bylines:
        return list(blocks)   # (most texts: no story's byline, one look at each block)
    out: list[Blk] = []
    i = 0
    while i < len(blocks):
        group = _group_over_byline(blocks, i, bylines)
        if not group:
            out.append(blocks[i])
            i += 1
            continue
        lines = [t for b in blocks[i:i + group] for t in _line_texts(b)]
        parts = _kicker_and_title(blocks[i:i + group], lines, measure)
        if parts is None:
            out.extend(blocks[i:i + group])
        else:
            kicker, title = parts
            log.decided(title.first, "split", _("{text!r}: the title under its kicker, over the byline").format(
                text=title.text))
            out += (kicker, title)
        i += group
    return out


def _group_over_byline(blocks: Sequence[Blk], i: int, bylines: set[int]) -> int:
    """How many blocks from ``i`` (one or two) are a headline group standing right over a byline:
    unmarked paragraphs or guessed headings of whole lines with no clause punctuation, the block
    after them a byline naming its reporters or author by role (``bylines``, their indices:
    ``shapes.reporters_byline`` — a short name-like line may be a title's rest the column wrapped,
    「家门口的服务更」 / 「暖心」, or a piece of another column's title, 「活新动能」); else 0."""
    for n in (1, 2):
        if i + n not in bylines:
            continue
        group = blocks[i:i + n]
        if all(_headline_shaped(b) for b in group):
            return n
    return 0


def _headline_shaped(blk: Blk) -> bool:
    """A block that may be a headline's element: an unmarked paragraph or guessed heading, not
    itself a byline, with no clause punctuation (``CLAUSE_RE``) and no colon but at its end (a
    kicker may end on one; a colon inside leads a field's text, 「附件：江城市…提升」 / 「行动任务分工表」
    over the issuer's name, a document's annex line, no headline)."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and not blk.marked and "\n" not in blk.text \
        and CLAUSE_RE.search(blk.text) is None and FIELD_COLON_RE.search(blk.text) is None \
        and not _byline(blk) and not _subtitle(blk)


def _kicker_and_title(group: Sequence[Blk], lines: Sequence[str], measure: float) -> tuple[Blk, Blk] | None:
    """The group's kicker and title, cut before its last source line, when that line is a title
    under a kicker: the kicker up to ``KICKER_MAX_LINES`` lines each wider than the title's line
    by ``HEADLINE_STEP_EM`` and holding ``KICKER_BODY_SHARE`` of the body's ``measure`` (a title
    set large that wrapped holds fewer characters a line than the body: 「习近平总书记在加强基础研」 /
    「究座谈会上的重要讲话精神」 / 「学习专刊」 over 「党委宣传部」 is one title), a clause over the short
    title (``_clause_over``), its last line not left open (a word, a bracket or a quotation the
    measure cut goes on in the next line: one element)."""
    if len(lines) < 2 or len(lines) - 1 > KICKER_MAX_LINES:
        return None
    title_line, above = lines[-1], lines[:-1]
    if left_open("".join(above), above[-1], title_line) or not _clause_over("".join(above), title_line) \
            or any(width(t) < max(width(title_line) + HEADLINE_STEP_EM, KICKER_BODY_SHARE * measure) for t in above):
        return None
    last = group[-1]
    if len(last.starts) > 1:
        upper, title = split_at(last, len(last.starts) - 1)
        kicker_blocks = [*group[:-1], upper]
    else:
        title, kicker_blocks = last, list(group[:-1])
    first = kicker_blocks[0]
    text = _join_titles(kicker_blocks, [True] * len(kicker_blocks), first.first, None)
    kicker = first.but(kind=Kind.KICKER, text=text, last=kicker_blocks[-1].last, level=0, bold=(),
                       starts=first.starts if len(kicker_blocks) == 1 else (), full=True)
    return kicker, title.but(kind=Kind.HEADING, level=title.level or 1)


def _opens_article(blocks: Sequence[Blk], i: int, at_start: bool, signed: bool = False) -> bool:
    """A heading run opens an article at the start, when a —— subtitle that names the piece stands
    right under it (``_piece_subtitle``: only an article's title carries a 副题, whatever level the
    heading guess gave it), or when its headline goes on — past a —— subtitle and an editor's note
    set under it (「编者按：…」, which heads an item, over its byline) — to a byline or a 来源 line
    (news items on one page, 材料 of a compilation).  (sign78) In a 简报 that signs its items at
    their end (``signed``: ``items_signed_at_end``), a run the item's body closes opens one
    (``_closed_by_body``): its items carry no byline under their heads."""
    j = title_run_end(blocks, i)
    if at_start:
        return True
    if signed and _under_paragraph(blocks, i) and _closed_by_body(blocks, j):
        return True
    if j < len(blocks) and _subtitle(blocks[j]):
        if _piece_subtitle(blocks[j]):
            return True
        j += 1
    if j < len(blocks) and blocks[j].kind is Kind.PARA and EDITOR_NOTE_RE.match(blocks[j].text):
        j += 1
    return j < len(blocks) and (blocks[j].kind is Kind.SOURCE or _byline(blocks[j]) and not _part_title(blocks, j))


def _part_title(blocks: Sequence[Blk], j: int) -> bool:
    """(parts79) ``blocks[j]`` is a part's title: a line right under a part's label (``part_label``:
    「上篇」, 「第一部分」), which heads the part with it — never the byline of an article the label
    would open (「上篇」 / 「古代家训」 read as a title and its author: 古 is a surname)."""
    return 0 < j < len(blocks) and part_label(blocks[j - 1].text) and "\n" not in blocks[j - 1].text


def _end_signature(blocks: Sequence[Blk], k: int) -> bool:
    """(sign78) ``blocks[k]`` signs the item above it at its end: a contributor's credit in brackets
    (``CONTRIBUTOR_LINE_RE``: 「（市医疗保障局供稿）」) on a line of its own, under a paragraph (the
    item's last: a credit under a head is its byline) and over a heading (the next item's head)."""
    if not 0 < k < len(blocks) - 1:
        return False
    above, blk, below = blocks[k - 1], blocks[k], blocks[k + 1]
    return blk.kind in (Kind.PARA, Kind.HEADING) and not blk.marked and "\n" not in blk.text \
        and CONTRIBUTOR_LINE_RE.match(blk.text) is not None \
        and above.kind is Kind.PARA and below.kind is Kind.HEADING


def items_signed_at_end(blocks: Sequence[Blk]) -> bool:
    """(sign78) The text is a 简报 that signs its items at their end: ``SIGNED_ITEMS_MIN`` credits
    or more stand under an item's last paragraph over the next item's head (``_end_signature``)."""
    return sum(_end_signature(blocks, k) for k in range(len(blocks))) >= SIGNED_ITEMS_MIN


def _under_paragraph(blocks: Sequence[Blk], i: int) -> bool:
    """(sign78) The run at ``i`` stands under a paragraph — the item above's end, its signature, the
    报头's 编发 line — not under a heading line, which would be its own headline's upper line that
    ``title_run_end`` parted from it (a kicker): one headline opens one item."""
    return i > 0 and blocks[i - 1].kind is Kind.PARA


def _closed_by_body(blocks: Sequence[Blk], j: int) -> bool:
    """(sign78) The block ``j`` under a heading run is an item's body, which closes its headline where
    no byline stands under it: a paragraph of prose (``PROSE_PUNCT_RE``)."""
    return j < len(blocks) and blocks[j].kind is Kind.PARA and not blocks[j].marked \
        and PROSE_PUNCT_RE.search(blocks[j].text) is not None


def _subtitle(blk: Blk) -> bool:
    """A —— line under a title (a subtitle, 副题)."""
    return blk.kind in (Kind.ATTRIBUTION, Kind.HEADING) and blk.text.startswith("——")


def _piece_subtitle(blk: Blk) -> bool:
    """A —— line (``_subtitle``) that says what the piece is (「——县民政局推进普惠养老托育服务纪实」,
    「——记…」, 「——在…会上的讲话」): one line's block with no sentence stop, naming no person and
    citing no work.  An attribution under a quotation names who said it or where it stands
    (「——毛泽东」, 「——《礼记·大学》」, 「——摘自《…》」), and a short motto guessed a heading may
    carry one; a subtitle is set only under an article's title."""
    rest = blk.text[2:].strip()
    return "\n" not in blk.text and STOP_RE.search(rest) is None and not name_like(rest) \
        and not rest.startswith(CITING_OPENERS)


def _issue_line(blk: Blk) -> bool:
    """A masthead's issue line (``第12期``, ``2026年第5期``) a heading guess took for a heading."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and not blk.marked and ISSUE_LINE_RE.match(blk.text) is not None


def _title_note(blk: Blk) -> bool:
    """A line wholly in brackets under a title or its subtitle (题注: the speech's date, the
    meeting that adopted a text): part of the headline, the byline may still follow it."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and "\n" not in blk.text \
        and BRACKETED_LINE_RE.match(blk.text) is not None


def _excerpt_note(blk: Blk) -> bool:
    """(texts85b) The part printed in brackets alone under the title (``EXCERPT_NOTE_RE``: 「（摘要）」): the
    title's last words, its line wrapped before the bracket."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and not blk.marked and EXCERPT_NOTE_RE.match(blk.text.strip()) is not None


def _excerpt_note_off(run: list[Blk]) -> tuple[list[Blk], Blk | None]:
    """(lead86) A run of headline lines and the part's note that ends it (``EXCERPT_NOTE_RE``: 「（摘要）」,
    its last block or its last block's last source line), taken off: the note is the title's rest, never
    an element of the headline.  Read as one of the run's lines, the note under a title that a subtitle
    closes was taken for a narrow title under a phrase (``_phrase_over_closed``), the title for its kicker."""
    if len(run) > 1 and _excerpt_note(run[-1]):
        return run[:-1], run[-1]
    last = run[-1] if run else None
    if last is None or last.marked or len(last.starts) < 2 \
            or EXCERPT_NOTE_RE.match(last.text[last.starts[-1][0]:].strip()) is None:
        return run, None
    upper, note = split_at(last, len(last.starts) - 1)
    return [*run[:-1], upper], note


def _with_excerpt_note(head: list[Blk], note: Blk, log: Log | None) -> list[Blk]:
    """``head`` with the part's note taken off its run joined to its title (``_excerpt_note_off``)."""
    k = next((k for k in range(len(head) - 1, -1, -1) if head[k].kind is Kind.TITLE), None)
    if k is None:
        return [*head, note.but(kind=Kind.TITLE, level=0)]
    return [*head[:k], _title_rest(head[k], note, log), *head[k + 1:]]


def _title_rest(title: Blk, rest: Blk, log: Log | None) -> Blk:
    """The title with its wrapped last words ``rest`` after it."""
    if log is not None:
        log.decided(rest.first, "joined", _("{tail!r}: the rest of the title above").format(tail=rest.text))
    return joined_block(title, rest, title.text + rest.text.strip())


def _edition_note(blk: Blk) -> bool:
    """A title's edition or draft status in brackets under it (「（2026年修订版）」, 「（试行）」):
    part of the title, set as its subtitle."""
    return blk.kind in (Kind.PARA, Kind.HEADING) and EDITION_NOTE_RE.match(blk.text) is not None


# The shapes of a line that signs an item under its title, where a byline stands: the issuing body
# of a booklet (「党委宣传部」), a contributor's credit in brackets (「（县卫生健康局供稿）」, a 简报's or
# a news page's item: the paper sets the credit under the headline as it sets a byline).
_SIGNING_LINES = (ISSUER_RE, CONTRIBUTOR_LINE_RE)


def _byline(blk: Blk) -> bool:
    """A byline under a title: a paragraph, or a line guessed a heading, that reads as one — names,
    or a line that signs the item (``_SIGNING_LINES``: the issuing body, a contributor's credit)."""
    return (blk.kind is Kind.PARA or blk.kind is Kind.HEADING and not blk.marked) \
        and (looks_like_byline(blk.text) or any(rx.match(blk.text) is not None for rx in _SIGNING_LINES))


# The bylines set under a —— subtitle that read as no byline elsewhere: the speaker's post alone
# (「市直机关工委书记」: the name set in a line of its own or dropped by the extractor) and the reporters'
# role alone (「本报记者」, their names in another column under ``-layout``).  Out of a headline, such a
# line may be a heading's words (「做一名合格的村支部书记」).
_SUBTITLE_SIGNERS = (POST_LINE_RE, REPORTERS_OPEN_RE)


def _signs_under_subtitle(blk: Blk) -> bool:
    """The block under a —— subtitle signs the piece (``_SUBTITLE_SIGNERS``): a post or a role."""
    return (blk.kind is Kind.PARA or blk.kind is Kind.HEADING and not blk.marked) and "\n" not in blk.text \
        and any(rx.match(blk.text) is not None for rx in _SUBTITLE_SIGNERS)


def _holder_of(post: Blk, below: Blk) -> bool:
    """``below`` names the holder of the post or role ``post`` holds alone (「市直机关工委书记」 /
    「林志远」): a post is printed with its holder's name, on one line; a page dealt by columns or an
    extractor cutting at the space between them sets the name a block of its own under it."""
    return _names_no_holder(post.text) and "\n" not in below.text \
        and (below.kind is Kind.PARA or below.kind is Kind.HEADING and not below.marked) and name_like(below.text)


def _names_no_holder(text: str) -> bool:
    """``text`` names a post or a body and stops where its holder's name is printed: a post alone
    (``POST_LINE_RE``, never a byline of its own) or a labelled byline naming only the maker's body
    (``AUTHOR_BODY_RE``: 「执教：江城市第三中学」 / 「李晓梅」)."""
    return POST_LINE_RE.match(text) is not None and not looks_like_byline(text) or AUTHOR_BODY_RE.match(text) is not None


def _post_over_holder(blocks: Sequence[Blk], i: int) -> bool:
    """(texts82) Block ``i``, under the title, is a post alone (``POST_LINE_RE``) over its holder's name
    (``_holder_of``): the byline a 述职报告 or a speech sets under its title without a —— subtitle
    (「县农业农村局局长」 / 「周立新」: pdftotext writes the wide space between them as a line's end).  A
    post alone may be a heading's words (「做一名合格的村支部书记」), but none has a name under it."""
    return i + 1 < len(blocks) and _signs_under_subtitle(blocks[i]) and _holder_of(blocks[i], blocks[i + 1])


def _with_holder(post: Blk, name: Blk, log: Log | None) -> Blk:
    """The post's byline with its holder's name after it, an ideographic space between."""
    if log is not None:
        log.decided(name.first, "joined", _("{tail!r}: the name of the post above").format(tail=name.text))
    text = post.text + "\u3000" + name.text
    return post.but(text=text, last=name.last, starts=post.starts + tuple(
        (offset + len(post.text) + 1, line) for offset, line in name.starts))


def _byline_fields(blk: Blk) -> Blk:
    """A byline whose fields are set apart by spaces (unit, role, names: 「本报记者 田思远 通讯员 韩冰」),
    its lines joined with the space back where a line ended on a role (``BYLINE_ROLES``): a role is
    always followed by its names, a field of their own, so a line that broke after one broke at the
    space between them (「本报记者 田思远 通讯员」 / 「韩冰」) — the extractor put that space at the
    line's end or the next line's start, and joining the lines lost it.  A byline set without
    spaces (「本报记者张三」) gets none."""
    text = blk.text
    if len(blk.starts) < 2 or " " not in text:
        return blk
    cuts = [cut for cut, _line in blk.starts[1:]
            if text[:cut].endswith(BYLINE_ROLES) and is_ideograph_edge(text[cut:cut + 1])]
    if not cuts:
        return blk
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    def moved(offset: int) -> int:
        return offset + sum(cut <= offset for cut in cuts)
    return blk.but(text=text, starts=tuple((moved(o), n) for o, n in blk.starts),
                   bold=tuple((moved(a), moved(b - 1) + 1) for a, b in blk.bold))


def title_run_end(blocks: Sequence[Blk], i: int) -> int:
    """End of the run of heading lines from ``i`` that forms a title (at most four lines; a
    byline-like line ends it unless the line before may run on, and so do a —— subtitle, a
    line repeating the one before and a numbered line)."""
    j = i
    while j < len(blocks) and blocks[j].kind is Kind.HEADING and j - i < TITLE_RUN_MAX \
            and not (j > i and _subtitle(blocks[j])):
        if j == i + 1 and _couplet_over_headline(blocks, i):
            break  # a couplet, a whole element, over a kicker and its title: the section's head over a headline
        if j > i and headline_apart(blocks[j].text):
            break  # the authors' names set apart, or a salutation: never a title's rest, however full the line above
        if j > i and _part_title(blocks, j):
            break  # (parts79) a part's title under its label: a heading of its own (「上篇」 / 「古代家训」)
        if j > i and looks_like_byline(blocks[j].text) and not may_run_on(blocks[j - 1]) \
                and not (j + 1 < len(blocks) and _byline(blocks[j + 1])) and not _wrapped_on(blocks, j) \
                and not _rest_at_own_measure(blocks, i, j) and not _over_piece_subtitle(blocks, j):
            break  # (a name-like line over a byline ends a wrapped title: 「立自强」/「习近平」, 「专刊」/「党委宣传部」)
        if j > i and _post_over_holder(blocks, j):
            break  # (texts82) a post alone over its holder's name is the byline (「…履职情况报告」 / 「县农业农村局局长」 / 「周立新」)
        if j > i and _byline_under_ended(blocks[i:j], blocks[j]):
            break  # a body's name under a title that ended (「…运行情况的」 / 「调研报告」 / 「市政协…调研组」)
        if j > i and blocks[j].text == blocks[j - 1].text:
            break  # a title never repeats its line: the first copy was a running head
        if j > i and NUMBERED_RE.match(blocks[j].text):
            break  # a numbered line is a heading of its own (「运河与江城的兴衰」 / 「一、因河而兴」)
        if j > i and ISSUE_LINE_RE.match(blocks[j].text):
            break  # a masthead's issue line numbers the issue, it is no part of the title (「工作简报」 / 「第12期」)
        if j > i and (VOLUME_LINE_RE.match(blocks[j].text) or VOLUME_LINE_RE.match(blocks[j - 1].text)):
            break  # a volume in brackets is the title's subtitle, a line of its own (「…辅导读本」 / 「（第二辑）」 / 「专题一：…」)
        if j > i and CODE_LINE_RE.match(blocks[j].text):
            break  # a code under the title (「城市书房建设与服务规范」 / 「DB 3209/T 0187—2026」)
        if j > i and opens_series(blocks[j], blocks[j + 1:]):
            break  # the first of parallel headings (「法治政府建设学习语录」 / 「依法行政」 … 「规范执法」)
        j += 1
    return j


def _over_piece_subtitle(blocks: Sequence[Blk], j: int) -> bool:
    """(news86) Block ``j``, a short line that reads like names, stands right over a —— subtitle that says
    what the piece is (``_piece_subtitle``): a newspaper sets the byline under the whole headline, the
    副题 too, so a line over the 副题 is the title's, never its byline (「老街区焕发」 / 「新活力」 /
    「——江州市推进城市更新行动综述」 / 「本报记者 李明远 陈思齐」: a title set large in a narrow column
    wraps every five characters)."""
    return j + 1 < len(blocks) and _subtitle(blocks[j + 1]) and _piece_subtitle(blocks[j + 1])


def _couplet_over_headline(blocks: Sequence[Blk], i: int) -> bool:
    """Block ``i`` is a couplet (``shapes.couplet``: two halves of as many ideographs set apart on one
    source line, 「坚持人民至上  守护万家平安」) with a run of ``HEADLINE_UNDER_COUPLET`` heading blocks or
    more under it: a couplet is a whole element — nothing runs on from it — and a headline holds one
    element over its title (its kicker), so a couplet over two more heading lines is no part of their
    headline but the head of the section they open (a 简报's 栏目, a news page's theme line) over an
    item's kicker and title (「农村集体经济发展壮大三年行动」 / 「村级集体收入全部超十万元」), or over a
    kicker that ends on its reporting verb and the title under it.  Over one heading line the couplet
    is that line's kicker (``_couplet_over``).  A couplet set as the kicker of a title wrapped into two
    blocks is read as a head of its own too: an element apart either way."""
    blk = blocks[i]
    if blk.marked or len(blk.starts) > 1 or "\n" in blk.text or not couplet(blk.text.strip()):
        return False
    return title_run_end(blocks, i + 1) - (i + 1) >= HEADLINE_UNDER_COUPLET


def _byline_under_ended(run: Sequence[Blk], blk: Blk) -> bool:
    """``blk``, one line, is the byline under the heading blocks ``run``, whose title has ended
    (``_byline_ends_title``); none of them a heading the reader gave."""
    if blk.marked or "\n" in blk.text or any(b.marked for b in run):
        return False
    return _byline_ends_title([t for b in run for t in _line_texts(b)], blk.text.strip())


def _byline_ends_title(lines: Sequence[str], below: str) -> bool:
    """``below``, a line that is a body's name (``ISSUER_RE``: 「市政协社会和法制委员会调研组」, a
    byline with no 记者/文 marker), stands under the title ``lines`` when the title has ended, so it
    is the headline's byline, not the title's next line: the title names its genre last
    (``DOC_TITLE_RE``: 「关于…的调研报告」, nothing of a 公文's title follows its 文种), or it wrapped
    and its last line stopped short of its first (``_lines_ended``: a title wraps only where its
    line is full, so a short line is its last), or (texta79) the body opens on its own region or
    level under a title line that ended its phrase (``titles.signed_by_body``: 「…住得暖」 /
    「青山街道党工委」; a title wrapped at its own measure fills its last line too).  Any other body's
    name alone under a title of one line that may go on is left in the title (「全市召开优化营商环境」 / 「推进大会」)."""
    if ISSUER_RE.match(below) is None:
        return False
    return DOC_TITLE_RE.search(_SPACES.sub("", "".join(lines))) is not None or _lines_ended(lines, below) \
        or signed_by_body(lines[-1], below)


def _lines_ended(lines: Sequence[str], below: str) -> bool:
    """Lines of one headline element that wrapped and whose last stops short of the measure by
    more than the first unbreakable unit of ``below`` plus ``WRAP_TOLERANCE_EM``: the element
    ended there (as ``_wrapped_and_ended``).  The measure is the widest line; every line before the
    last filled it (within the next line's first unit and ``WRAP_TOLERANCE_EM``: a wrapped element
    fills each line but its last, so lines of unlike widths are two elements glued, a kicker over a
    title's first line), the first too within ``WRAP_TOLERANCE_EM`` (a trailing ideographic space or
    a digit run the count does not see: 「全面推进城乡社区治理现代化　」 over 「全县148个村（社区）完成党群」).
    An element never ends inside a bracket, a quotation or a dictionary word it leaves open: the
    measure cut it there, and ``below`` goes on with it."""
    if len(lines) < 2 or not below or left_open("".join(lines), lines[-1], below):
        return False   # (the measure cut it inside a word or quotation, 「锤炼过硬作风 勇」 / 「于担当作为」)
    measure = max(width(t) for t in lines)
    return all(width(t) + leading_unit_width(n) + WRAP_TOLERANCE_EM >= measure for t, n in zip(lines, lines[1:-1])) \
        and width(lines[0]) + WRAP_TOLERANCE_EM >= measure \
        and width(lines[-1]) + leading_unit_width(below) + WRAP_TOLERANCE_EM < measure


def _rest_at_own_measure(blocks: Sequence[Blk], i: int, j: int) -> bool:
    """Block ``j`` is the rest of a title the run from ``i`` wrapped at its own measure: the two lines
    over it are as wide as each other (``OWN_MEASURE_EM``), so both filled the title's line, set
    larger than the body in a narrow column (「江城市出台」 / 「十条措施支」 / 「持企业加大」 / 「研发投入」),
    and ``j`` is no wider and opens on no surname.  A byline stands under a title that ended, and a
    title ends on a line it did not fill; two full lines of a headline go on."""
    if j - i < 2:
        return False
    over, last = blocks[j - 2], blocks[j - 1]
    return same_measure(over, last) and width(blocks[j].text) <= width(last.text) + OWN_MEASURE_EM \
        and not name_like(blocks[j].text)


def _wrapped_on(blocks: Sequence[Blk], j: int) -> bool:
    """Block ``j``, a short line that reads like names (``looks_like_byline``), is a piece of a title
    wrapping in a narrow column when it does not open on a surname (``name_like``) and a heading
    line of the run comes under it: a byline stands under the whole headline, over the body, never
    over more of the title (「稳住产业链」 / 「激活新动」 / 「能」, a title set large in a 12-character
    column, wrapping every four or five characters)."""
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    return nxt is not None and nxt.kind is Kind.HEADING and not nxt.marked and not name_like(blocks[j].text) \
        and not _subtitle(nxt) and not NUMBERED_RE.match(nxt.text) and not looks_like_byline(nxt.text)


def headlines(stage: Blocks, log: Log) -> Blocks:
    """Every article's headline as typed blocks: a kicker over the title (a label, a shorter first
    line, or a lead-in left at the end of the previous article), the title lines joined into one
    title, a —— subtitle, a byline, the 来源 line."""
    blocks = stage.blocks
    signed = items_signed_at_end(blocks)
    out: list[Blk] = []
    body_start = 0          # where the current article's body starts in ``out``
    has_title = False
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if blk.kind in _OPENERS or blk.opens_article:
            lead = _take_lead_in(out, body_start, has_title, log) if out and blk.kind is Kind.HEADING else None
            head, i = read_headline(blocks, i, lead, log, stage.layout.measure, signed)
            out.extend(head)
            body_start = len(out)
            has_title = any(b.kind is Kind.TITLE and b.text for b in head)
            continue
        if blk.kind is Kind.SOURCE and i + 1 < len(blocks) and _source_tail(blk, blocks[i + 1]):
            blk, i = _joined(blk, blocks[i + 1], log), i + 1
        out.append(blk)
        i += 1
    return stage.but(blocks=out)


def _source_tail(source: Blk, nxt: Blk) -> bool:
    """The rest of a 来源 line the page cut in a number (a column or page break): the line ends in
    a digit and the next one-line block starts with what binds to a number (年月日, 版, 期 …).
    Before: ``来源：《江城日报》2026年11`` / ``月26日第2版``; after: one 来源 line."""
    return source.text[-1:].isdigit() and nxt.text[:1] in NUMBER_UNIT_FIRST and "\n" not in nxt.text \
        and nxt.kind in (Kind.PARA, Kind.HEADING) and not nxt.marked and not nxt.opens_article


def _joined(source: Blk, tail: Blk, log: Log | None) -> Blk:
    text = source.text + tail.text
    if log is not None:
        log.decided(tail.first, "joined", _("{tail!r}: the rest of the 来源 line above").format(
            tail=tail.text))
    return source.but(text=text, last=tail.last, starts=source.starts + tuple(
        (offset + len(source.text), line) for offset, line in tail.starts))


def read_headline(blocks: Sequence[Blk], i: int, lead: Blk | None = None,
                  log: Log | None = None, measure: float = 0.0, signed: bool = False) -> tuple[list[Blk], int]:
    """The headline opening at ``i`` as typed blocks, and where the body starts (``measure``: the
    body's, em; 0 when unknown, and no kicker is then read from it).  (sign78) In a 简报 that signs
    its items at their end (``signed``), the item's body closes its headline as a byline would
    (``_closed_by_body``)."""
    head: list[Blk] = [lead.but(kind=Kind.KICKER)] if lead is not None else []
    kicker = lead is not None
    labelled = False    # (textb79) the kicker read is a section's label over the headline run
    if blocks[i].kind is Kind.KICKER:
        head.append(blocks[i])
        labelled = not kicker and _section_label(blocks[i], blocks[i + 1:i + 2])
        kicker = True
        i += 1
    if i < len(blocks) and blocks[i].kind is Kind.TITLE:
        head.append(blocks[i])
        i += 1
        if not kicker and i < len(blocks) and blocks[i].kind is Kind.KICKER:
            head.insert(-1, blocks[i])  # a label a reader emitted after the title: it heads the title
            i += 1
    else:
        j = title_run_end(blocks, i)
        closed = j < len(blocks) and (_subtitle(blocks[j]) or _byline(blocks[j])) \
            or signed and _closed_by_body(blocks, j)
        # (a run over a —— subtitle has its subtitle: no line of the run is one)
        bylined = closed and not _subtitle(blocks[j])
        run, note = _excerpt_note_off(list(blocks[i:j]))
        head += _title_run(run, kicker, log, measure if closed else 0.0, bylined, labelled)
        if note is not None:
            head = _with_excerpt_note(head, note, log)
        i = j
    if i < len(blocks) and head and head[-1].kind is Kind.TITLE and _excerpt_note(blocks[i]):
        head[-1], i = _title_rest(head[-1], blocks[i], log), i + 1   # (texts85b) 「…政府工作报告」 / 「（摘要）」
    under_subtitle = i < len(blocks) and _subtitle(blocks[i])
    if i < len(blocks) and (under_subtitle or _edition_note(blocks[i])):
        head.extend(_note_apart(blocks[i].but(kind=Kind.SUBTITLE, level=0), log))
        i += 1
    if i < len(blocks) and _issue_line(blocks[i]):
        head.append(blocks[i].but(kind=Kind.PARA, level=0))  # the masthead's 「第12期」 under 「工作简报」
        i += 1
    if i + 1 < len(blocks) and _title_note(blocks[i]) and _byline(blocks[i + 1]):
        head.append(blocks[i].but(kind=Kind.PARA))  # (the speech's date: 「（2026年1月9日）」 / 「县委书记 周明远」)
        i += 1
    if i < len(blocks) and (_byline(blocks[i]) or under_subtitle and _signs_under_subtitle(blocks[i])
                            or _post_over_holder(blocks, i)) \
            and not opens_series(blocks[i], blocks[i + 1:]):
        byline = blocks[i]
        if i + 1 < len(blocks) and _holder_of(byline, blocks[i + 1]):
            byline, i = _with_holder(byline, blocks[i + 1], log), i + 1
        head.append(_byline_fields(byline).but(kind=Kind.BYLINE, level=0))  # (not a 小标题 like 「依法行政」)
        i += 1
    if i < len(blocks) and blocks[i].kind is Kind.SOURCE:
        source = blocks[i]
        if i + 1 < len(blocks) and _source_tail(source, blocks[i + 1]):
            source, i = _joined(source, blocks[i + 1], log), i + 1
        head.append(source)
        i += 1
    return head, i


def _note_apart(subtitle: Blk, log: Log | None) -> list[Blk]:
    """A subtitle whose last source line is wholly in brackets, a note set on a line of its own
    under it (题注: the speech's date, 「——在全县经济工作暨优化」 / 「营商环境推进大会上的讲话」 /
    「（2026年1月9日）」, joined because the subtitle's line was full in its narrow column), as the
    subtitle and the note: a subtitle that runs on into its bracket wraps inside it (「…讲话（2026年」
    / 「1月9日）」), never just before it with the bracket closing the line."""
    if len(subtitle.starts) < 2 or subtitle.marked:
        return [subtitle]
    cut, line = subtitle.starts[-1]
    head, tail = subtitle.text[:cut], subtitle.text[cut:]
    if not head.strip() or BRACKETED_LINE_RE.match(tail.strip()) is None:
        return [subtitle]
    if log is not None:
        log.decided(line, "split", _("{text!r}: a note under the subtitle").format(text=tail))
    above, note = split_at(subtitle, len(subtitle.starts) - 1)
    return [above.but(full=True), note.but(kind=Kind.PARA, level=0)]


def _section_label(label: Blk, under: Sequence[Blk]) -> bool:
    """(textb79) ``label`` is a section's label (``shapes.LABEL_RE``: 「【要闻】」, 「【基层传真】」, 「材料1」)
    over a headline run of two heading blocks or more (``under``: the block after it): a 栏目 names
    the page's section or numbers the item, and stands over the item's whole headline — a 引题 and its
    主题 as under no label (「【要闻】」 / 「坚持把群众冷暖放在心上，全市供热企业…启动供暖」 / 「十八万户居民
    家中暖起来了」).  Read as the headline's kicker, it left the run under it no kicker of its own, and the
    引题 was joined to the title as its first line on every extractor.  The run under it is asked for a
    kicker of its own by the evidence of an element's end alone (``_KICKER_UNDER_LABEL``).  A label the
    reader gave as a title's kicker (a marked block) is the reader's word and stays one."""
    return not label.marked and LABEL_RE.match(label.text.strip()) is not None \
        and bool(under) and under[0].kind in (Kind.HEADING, Kind.PARA)


def _title_run(run: list[Blk], kicker: bool, log: Log | None, closed: float = 0.0,
               bylined: bool = False, labelled: bool = False) -> list[Blk]:
    """A run of heading lines → [kicker,] title.

    The kicker (引题) is the first line or two up to one ending in a reporting verb or a colon
    (``KICKER_END_RE``: 「习近平在中共中央政治局第十一次集体学习时强调」 / 「加快发展新质生产力
    扎实推进高质量发展」) — a line of its own however long; without that signal the lines are one
    title set over two or three lines, unless the evidence of ``_KICKER_OVER`` says otherwise, or
    (``closed``, the body's measure, when a subtitle or a byline stands under the run, so its last
    line is the title's last) the run is a phrase over a narrower one-line title
    (``_phrase_over_closed``).  (kick74) Where a byline closes the run (``bylined``), its first block
    may hold the kicker and the title, the block under it the subtitle (``_three_elements``).  (deck80)
    A title that wrapped and ended over lines as wide as its measure, a phrase a line, is the title
    over its 副题 lines (``_decks_under_ended``), asked of the run before a kicker is read from it and
    of the run under the kicker after."""
    if not run:
        return []
    head: list[Blk] = []
    if not kicker and closed and bylined and (three := _three_elements(run, closed, log)):
        return three
    if decks := _decks_under_ended(run):
        return _title_over_decks(run[0], decks, log)
    if not kicker or labelled:
        run = _kicker_apart(run[0]) + run[1:]
    if bylined and len(run) == 2 and (_wider_under_wrapped(run[0], run[1])
                                       or _under_title_past_column(run[0], run[1], closed)):
        # (news84b) asked before a kicker is read: a kicker is set smaller than its title, so a block
        # that wrapped at fewer characters than the line under it is the title, not a kicker over it
        return [run[0].but(kind=Kind.TITLE, level=0, bold=()), _subtitle_under(run[0], run[1], log)]
    cut = kicker_lines(run, _KICKER_UNDER_LABEL) if labelled else 0 if kicker else kicker_lines(run)
    if not kicker and not cut and closed:
        run, cut = _phrase_over_closed(run, closed)
    if cut:
        text = _join_titles(run[:cut], [True] * cut, run[0].first, log)
        head.append(run[0].but(kind=Kind.KICKER, text=text, last=run[cut - 1].last, level=0, bold=()))
        run = run[cut:]
        if decks := _decks_under_ended(run):
            return head + _title_over_decks(run[0], decks, log)
    subtitle: list[Blk] = []
    if bylined and len(run) == 2 and (_wider_under_wrapped(run[0], run[1])
                                       or _under_title_past_column(run[0], run[1], closed)):
        # (bullet76) the title wrapped and ended, and a line wider than its measure under it is an
        # undashed subtitle set smaller: no line of the title
        subtitle, run = [_subtitle_under(run[0], run[1], log)], run[:1]
    texts = [b.text for b in run]
    title = _join_titles(run, [b.full for b in run], run[0].first, log)
    if len(run) > 1 and log is not None:
        log.decided(run[1].first, "merged", _("title lines {lines}").format(
            lines=" + ".join(repr(t) for t in texts)))
    head.append(run[0].but(kind=Kind.TITLE, text=title, last=run[-1].last, level=0, bold=()))
    return head + subtitle


def _subtitle_under(title: Blk, below: Blk, log: Log | None) -> Blk:
    """``below`` as the undashed subtitle under ``title`` (``_wider_under_wrapped``), logged."""
    if log is not None:
        log.decided(below.first, "split",
                    _("{title!r} / {sub!r}: the title wrapped, the wider line under it its subtitle").format(
                        title=title.text.strip(), sub=below.text.strip()))
    return below.but(kind=Kind.SUBTITLE, level=0)


def _wider_under_wrapped(title: Blk, below: Blk) -> bool:
    """(bullet76) ``below``, one line under a title block that wrapped and ended, is wider than that
    title's measure: an element set smaller, no line of the title (「青石镇十二个行政村换了新」 / 「颜」,
    12 em, then 「全镇农村生活污水治理率达到九成」, 15 em, over the byline: the undashed subtitle).
    A title that wraps fills its first line — its measure — and every line of it after is no wider;
    ``unwrap`` parted the two where the title's last line stopped short.  The title's last line leaves
    no word, bracket or quotation open into ``below`` (``setoff.left_open``), and ``below`` is no
    sentence, —— subtitle, byline or name alone.  (news84b) The subtitle may wrap in turn on its own
    measure (``SUBTITLE_MAX_LINES``): its first line is then the wider one, and no line of it after is
    wider than that (「老旧小区有了“红色」 / 「物业”」 over 「城关镇探索党建引领物业服务」 / 「新路子」, the
    byline under: ``unwrap`` joined the subtitle's two lines, ``headlines`` read the title as a kicker)."""
    if title.marked or below.marked or "\n" in title.text or "\n" in below.text \
            or len(title.starts) < 2 or not 1 <= len(below.starts) <= SUBTITLE_MAX_LINES:
        return False
    lines = _line_texts(title)
    text = below.text.strip()
    if STOP_RE.search(text) or text.startswith("——") or _byline(below) or name_like(text):
        return False
    subs = _line_texts(below)
    if any(width(sub) > width(subs[0]) + REST_WIDER_EM for sub in subs[1:]):
        return False
    measure = width(lines[0])
    return width(lines[-1]) + REST_WIDER_EM < measure and not left_open(title.text, lines[-1], subs[0]) \
        and wider_by_slack(subs[0], width(subs[0]), lines[0], measure)


def _under_title_past_column(title: Blk, below: Blk, measure: float) -> bool:
    """(news87) ``below``, one line under a one-line title ``title`` in a run its byline closes, is
    the undashed 副题 set smaller when it is wider than any line of a title set in the column could be
    (the body's ``measure`` over ``TITLE_LEAST_SCALE``) while the title is not, and wider than the
    title (``setoff.set_wider``): the title is set large, so a line of it holds at most that many
    characters, and a line under it holding more is set in a smaller face — the 副题, not the title's
    second line (「老旧小区有了“红色物业”」, 12 em, over 「城关镇探索党建引领物业服务新路子」, 16, on a
    17-em column).  A title that spans the columns over a 副题 as wide as its measure is not read by
    this (the title then is wider than the column's title line too).  The refusals of
    ``_wider_under_wrapped``: no sentence, —— subtitle, byline or name alone under it."""
    if not measure or title.marked or below.marked or "\n" in title.text or "\n" in below.text \
            or len(title.starts) != 1 or len(below.starts) != 1:
        return False
    upper, text = title.text.strip(), below.text.strip()
    if STOP_RE.search(text) or text.startswith("——") or _byline(below) or name_like(text):
        return False
    most = measure / TITLE_LEAST_SCALE
    return width(upper) <= most < width(text) and not left_open(upper, upper, text) \
        and wider_by_slack(text, width(text), upper, width(upper))


def _title_over_decks(title: Blk, decks: Sequence[Blk], log: Log | None) -> list[Blk]:
    """(deck80) The title and its 副题 lines (``_decks_under_ended``).  An article holds one subtitle;
    a second 副题 line is kept under it as a heading line of its own (「## …」 as the first), not joined
    into it."""
    if log is not None:
        log.decided(decks[0].first, "split", _("{title!r} / {sub!r}: the title ended, the lines under it its subtitles").format(
            title=title.text.strip(), sub=" / ".join(d.text.strip() for d in decks)))
    return [title.but(kind=Kind.TITLE, level=0, bold=()), decks[0].but(kind=Kind.SUBTITLE, level=0)] \
        + [d.but(kind=Kind.HEADING, level=1) for d in decks[1:]]


def _decks_under_ended(run: Sequence[Blk]) -> list[Blk]:
    """(deck80) The source lines under the title ``run[0]`` as the headline's undashed 副题 lines, one
    block a line, by the order of the elements' sizes: the 主题 is the larger face, a 副题 is set smaller
    on the same measure, so a 副题 line holds as many characters as the title's full line or more, and
    a title wraps only where its line is full, so its short line is its last (``_lines_ended``).  Where
    the title wrapped and ended and the run holds two lines or more under it, each as wide as the
    title's measure (within ``REST_WIDER_EM``), none the short rest of the line over it (narrower by
    more than ``width_slack``: a line that wrapped fills its measure and its rest stops short), each a
    phrase set whole — no sentence, no —— line, no name or byline, none opening on a word bound to the
    line above (``_opens_joining``), none stopping inside its phrase (``setoff.stops_in_phrase``: a
    word, bracket or quotation left open across a break, or a last word that waits for what follows —
    a body's lines a column deal put under a title, 「…社会化服务」 / 「队伍11支，为…种粮大户提供」, or a
    narrow column's full lines, 「专家团队下」 / 「青石镇十二」) — those lines are 副题, a line each: 「十八万户居民家中暖起来」 / 「了」 over
    「新建改造供热管网86公里」 / 「开通24小时供暖服务热线」, which ``unwrap`` joined (each line near the
    measure once the slack and the next unit are counted) and ``headlines`` read as the title's third
    and fourth lines, or (``_ended_clause_over``) read the title as a kicker over them — a kicker is set
    smaller than its title, so a block that wrapped at fewer characters than the lines under it is none.
    A line narrower than the title's measure says nothing (a 副题 may be short; a two-part title's second
    part, set in the title's face, is no wider than its first), nor does a single line under the title
    (left to ``_wider_under_wrapped``).  Else []."""
    if len(run) < 2 or any(b.marked or "\n" in b.text for b in run) or len(run[0].starts) < 2:
        return []
    title = _line_texts(run[0])
    decks: list[Blk] = []
    for blk in run[1:]:
        rest = blk
        while len(rest.starts) > 1:
            line, rest = split_at(rest, 1)
            decks.append(line)
        decks.append(rest)
    texts = [d.text.strip() for d in decks]
    if len(texts) < 2 or not _lines_ended(title, texts[0]):
        return []
    if any(STOP_RE.search(t) or t.startswith("——") or name_like(t) or looks_like_byline(t) or _opens_joining(t)
           for t in texts):
        return []
    pairs = zip([title[-1]] + texts, texts + [""])
    if any(stops_in_phrase(a, b) for a, b in pairs):
        return []   # (a line cut inside its phrase, or ending on a word that waits: a body's line dealt in)
    if any(width(b) + width_slack(a, b) < width(a) for a, b in zip(texts, texts[1:])):
        return []
    measure = max(width(t) for t in title)
    if any(width(t) + REST_WIDER_EM < measure for t in texts):
        return []
    return decks


def _three_elements(run: list[Blk], measure: float, log: Log | None) -> list[Blk]:
    """(kick74) A run of two blocks over its byline — the first of two source lines, the second of
    one — read as the headline's three elements, each set on its line of its own in its own size:
    the kicker, the title and an undashed subtitle (「和美乡村建设暨农村人居环境整治提升行动」 /
    「青石镇十二个行政村换了新颜」 / 「全镇农村生活污水治理率达到九成」, kicker and title joined by
    ``unwrap``: the kicker, set near the body's size, nearly fills the measure).  The first block's
    lines are a kicker over a title when its first line is a phrase over a narrower title of one line
    (``_phrase_over_closed_title``): the block ended there (``unwrap`` parted the next block from it),
    so its last line ends the title as a byline ends a closed run.  Read otherwise the block would be
    a kicker of two lines (``_ended_clause_over``) and the subtitle the title; a kicker that wrapped
    filled its first line to the measure and cut it anywhere, not at a phrase's end over a title.
    Else []."""
    if not _two_lines_over_one(run):
        return []
    upper, title = _line_texts(run[0])
    if kicker_end(upper):
        # a kicker ending on its reporting verb or colon is read as such (``_kicker_apart``): what it
        # introduces is the title, which may be set in two parts a part a line (「…会议召开强调」 /
        # 「压紧压实责任」 / 「守牢安全底线」), no subtitle
        return []
    if _opens_joining(title) or not _phrase_over_closed_title(upper, [title], measure):
        return []
    kicker, title_blk = split_at(run[0], 1)
    if log is not None:
        log.decided(title_blk.first, "split", _("{kicker!r} / {title!r}: kicker and title, {sub!r} the subtitle").format(
            kicker=upper, title=title, sub=run[1].text.strip()))
    return [kicker.but(kind=Kind.KICKER, level=0, bold=()), title_blk.but(kind=Kind.TITLE, level=0, bold=()),
            run[1].but(kind=Kind.SUBTITLE, level=0)]


def _two_lines_over_one(run: Sequence[Blk]) -> bool:
    """(kick74) The run's shape that may hold three elements: two unmarked blocks, the first of two source
    lines, the second of one that is no sentence, no dash-led subtitle and no name
    alone (its author's, no subtitle: 「…的实践逻辑」 / 「与推进路径」 / 「林思远」)."""
    if len(run) != 2 or any(b.marked or "\n" in b.text for b in run):
        return False
    first, second = run
    return len(first.starts) == 2 and len(second.starts) == 1 and STOP_RE.search(second.text) is None \
        and not second.text.startswith("——") and not name_like(second.text)


# Words that join two parts of one phrase, which the dictionary may tag as a preposition (「与」 p in
# 「实践逻辑与推进路径」): a line opening on one goes on with the line above, whatever its tag.
JOINING_WORDS = frozenset({"与", "和", "及", "暨", "同"})


def _opens_joining(text: str) -> bool:
    """(kick74) The line ``text`` opens on a word that binds to the one before it (``_opens_bound``) or
    on a joining word however tagged (``JOINING_WORDS``): 「新时代基层治理数字化转型的实践逻辑」 /
    「与推进路径」 is one title wrapped, no kicker over it."""
    tagged = words(text.lstrip())
    return _opens_bound(text) or bool(tagged) and tagged[0][0] in JOINING_WORDS


def _phrase_over_closed(run: list[Blk], measure: float) -> tuple[list[Blk], int]:
    """The run parted into its kicker and its title (and 1, the kicker's lines) when its source lines
    — one block ``unwrap`` joined, or more — are a phrase over a title of one line or of
    ``CLOSED_TITLE_MAX_LINES`` (``_phrase_over_closed_title``); else the run as it was and 0."""
    if not measure or any(b.marked or "\n" in b.text for b in run):
        return run, 0
    lines = [t for b in run for t in _line_texts(b)]
    if not 2 <= len(lines) <= 1 + CLOSED_TITLE_MAX_LINES or not _phrase_over_closed_title(lines[0], lines[1:], measure):
        return run, 0
    if len(_line_texts(run[0])) > 1:
        upper, title = split_at(run[0], 1)
        return [upper.but(full=True), title, *run[1:]], 1
    return run, 1


def _phrase_over_closed_title(upper: str, title_lines: Sequence[str], measure: float) -> bool:
    """A headline's first line ``upper`` over the title's lines ``title_lines`` (the run is closed by
    a subtitle or a byline, so they end the title) is a kicker with no reporting verb, not the first
    line of a title set on more lines, when it is one unbroken phrase wider in characters than the
    title's measure — its first line (``_title_measure``) — that ends where its phrase ends:
    「长江中游航运中心建设三年行动收官之年」 / 「江城港年内开通两条近洋航线」 over its subtitle.
    A kicker is set at or near the body's size and runs wider in characters than the title set large
    under it; a title wrapped on two lines filled its first line at its measure, and the measure cuts
    it anywhere, mostly inside a phrase.  How the phrase must end depends on the line's width: one
    holding ``KICKER_BODY_SHARE`` of the body's ``measure`` or more is no line of a title set large
    in a column, and it need only leave no word, bracket or quotation open (``setoff.left_open``) nor
    end on a word that never ends a phrase (``PHRASE_BOUND_TAGS``) — a kicker may end on a verb or a
    numeral the dictionary tags so (「…项目集中签约」, 「…收官之年」); a narrower one may be the first
    line of a title set large, and it must end on no word that waits for what follows
    (``setoff.stops_in_phrase``: 「让干净整洁成为」 / 「乡村的常态」 is one title) and be wider than a
    title set in the column could be (``TITLE_MIN_SCALE``: 「百家示范家庭农场」 / 「集中挂牌运营」, 8
    characters in a column of 13, is one title wrapped where a word ended) — or, as wide as such a
    line, name a topic over a title that is a clause of its own (``_topic_over_clause``).  The upper line is
    one phrase (``shapes.one_phrase``: ideographs and the figures a result is stated in, 「…增长6.8%」 —
    no space or clause mark of a two-part title, no quotation; (news85) its items may be joined by 、,
    ``shapes.series_phrase``: 「坚持人民城市人民建、人民城市为人民」 / 「老街区焕发新活力」), over a title of ``KICKER_TITLE_MIN_EM`` or more
    that opens on its own word (``_opens_bound``)."""
    upper, first = upper.strip(), title_lines[0].strip()
    title = "".join(t.strip() for t in title_lines)
    title_measure = _title_measure(title_lines)
    if not title_measure or not series_phrase(upper) or width(_SPACES.sub("", title)) < KICKER_TITLE_MIN_EM \
            or CLAUSE_RE.search(title) or STOP_RE.search(title) or _opens_bound(first) \
            or GENRE_TAIL_RE.match(_SPACES.sub("", title)):
        return False   # (wrap90) a genre alone (「报告（摘要）」) names no matter: the rest of the title over it
    if width(upper) < title_measure + PHRASE_KICKER_STEP_EM:
        return False
    if width(upper) >= KICKER_BODY_SHARE * measure:
        return not left_open(upper, upper, first) and not _waits_on(upper)
    return _no_title_line(upper, first, measure) or _over_cut_title(upper, title_lines) \
        or _topic_over_clause(upper, title)


def _over_cut_title(upper: str, title_lines: Sequence[str]) -> bool:
    """(news87) A headline line ``upper``, wider than the first of the title's lines ``title_lines``
    (the caller asks it), is no line of that title when the measure cut that first line inside a
    word, bracket or quotation (``setoff.left_open``), or wrapped onto a short tail (``setoff.short_tail``:
    a title is broken by choice into parts of a phrase, never to leave two characters under a line):
    a line cut so ran full to its measure, and a line of the same element set on that measure holds no more — ``upper`` is set smaller, the
    kicker (「县农业农村局开展秋冬种技术服务」 over 「县第一人民医院与省人民医」 / 「院共建专科联盟」;
    「今年新增城镇就业岗位2.1万个」 over 「零工市场让求职招工两头」 / 「方便」).  Its own last word must not wait for the title (``setoff.stops_in_phrase``)."""
    if len(title_lines) < 2:
        return False
    first, second = title_lines[0].strip(), title_lines[1].strip()
    full = left_open(first, first, second) \
        or (len(title_lines) == 2 and short_tail(width(second)) and width(second) + REST_WIDER_EM < width(first))
    return full and not stops_in_phrase(upper, first)


def _no_title_line(upper: str, first: str, measure: float) -> bool:
    """A headline line ``upper`` narrower than ``KICKER_BODY_SHARE`` of the body's ``measure`` that is
    no line of a title set in the column: wider than such a line could be (``TITLE_MIN_SCALE``), and
    ending on no word that waits for the title's first line ``first`` (``setoff.stops_in_phrase``)."""
    return width(upper) >= measure / TITLE_MIN_SCALE and not stops_in_phrase(upper, first)


def _topic_over_clause(upper: str, title: str) -> bool:
    """(bull66) A headline line ``upper`` that names a topic (``setoff.names_topic``: it ends on a noun,
    a nominal verb or a number and leaves nothing open) over a closed title that is a clause of its own
    (``setoff.clause_of_its_own``: a subject and its verb): a kicker over its title, however wide the
    two — 「老旧小区改造民生实事项目」 / 「两千余户居民告别爬楼难」 over its byline, 12 over 11 characters in a
    column of 23, as wide as a title set at 1.9× would wrap.  A title wrapped where a phrase ended
    parts its subject from its predicate (「百家示范家庭农场」 / 「集中挂牌运营」) or its verb from its
    object (「让干净整洁成为」 / 「乡村的常态」): its rest never opens a clause of its own under a topic."""
    return names_topic(upper, title) and clause_of_its_own(title)


def _title_measure(lines: Sequence[str]) -> float:
    """The measure of a title set on ``lines``, with room for the tolerance a kicker must clear: a
    one-line title's own width; a wrapped title's first line, which filled its measure, its last no
    wider (the rest) — widened by what its full lines may differ by (``KICKER_STEP_EM`` less
    ``PHRASE_KICKER_STEP_EM``: compressed marks, Latin figures); 0 when the lines are no title's."""
    widths = [width(t.strip()) for t in lines]
    if len(widths) == 1:
        return widths[0]
    if widths[-1] > widths[0]:
        return 0.0
    return widths[0] + KICKER_STEP_EM - PHRASE_KICKER_STEP_EM


def _opens_bound(text: str) -> bool:
    """The line ``text`` opens on a word that binds to the word before it (``shapes.BOUND_OPEN_TAGS``:
    的, 了, 着 …) or on a conjunction (「与」, 「和」, 「及」): it goes on with the line above, the rest of
    one element (「关于全市社区嵌入式养老服务设施运行情况」 / 「的调研报告」) — a title opens on its own word."""
    tagged = words(text.lstrip())
    return bool(tagged) and (tagged[0][1] in BOUND_OPEN_TAGS or tagged[0][1] == "c")


def _waits_on(text: str) -> bool:
    """The line ``text`` ends on a word that never ends a phrase (``PHRASE_BOUND_TAGS``)."""
    tagged = words(text.rstrip())
    return bool(tagged) and tagged[-1][1] in PHRASE_BOUND_TAGS


def _kicker_apart(first: Blk) -> list[Blk]:
    """A headline's first block whose first source lines end in a reporting verb or a colon
    (``KICKER_END_RE``), the title's lines joined to them because the kicker's last line was full
    in its column (「市文化和旅游局负责人表示」 / 「明年将实现」 → one block): the kicker's lines and
    the title's, as two blocks.  A title never ends in the verb that ends a kicker, and a kicker
    ends where its line does."""
    if first.marked:
        return [first]
    if len(first.starts) > 2:
        upper, below = _line_texts(first)[:2]
        if _broken_under(upper, first.starts[1][1], first, below):
            kicker, title = split_at(first, 1)
            return [kicker.but(full=False), title]   # (``kicker_lines`` reads it by the same break)
    for k, (cut, _line) in enumerate(first.starts[1:], 1):
        if kicker_end(first.text[:cut]) and first.text[cut:].strip():
            kicker, title = split_at(first, k)
            return [kicker.but(full=True), title]
    for k in range(2, len(first.starts)):
        kicker, title = split_at(first, k)
        if _wrapped_and_ended(kicker, title.text) and _clause_over(kicker.text, title.text):
            return [kicker.but(full=True), title]
    if len(first.starts) > 2:
        kicker, title = split_at(first, 1)
        if _short_over_wrapped(kicker, title):
            return [kicker.but(full=False), title]   # (``kicker_lines`` reads it as a label over the title)
    return [first]


def _short_over_wrapped(first: Blk, rest: Blk) -> bool:
    """A headline block's first source line clearly narrower (``_label_over_title``) than a line of
    the rest that wrapped (not the rest's last line): the first is an element of its own, a kicker.
    A headline is set centred, never set in like a paragraph, so a title's first line is its widest
    — the measure at its size — and a line under it wider by more than an unbreakable unit had room
    on the first (「小切口解决大问题」 / 「一张“明白卡”让办事」 / 「少跑腿」, joined by ``unwrap`` as a
    set-in heading's first line and its rest from the margin, which a 小标题 may be and a headline
    is not).  Where the rest did not wrap, the first may be one part of a two-part title set a part a
    line (「凝心聚力抓落实」 / 「奋力开创县域经济高质量发展新局面」): no kicker is read from widths then.
    The first line ends a phrase, as a whole element does: no clause mark inside it, no word,
    bracket or quotation left open into the next line (``setoff.stops_in_phrase``), no number whose
    unit opens the next — lines of columns dealt row by row (「也要“」 / 「立地”，让先」, 「县城新增3」 /
    「条公交线路…」) are no headline."""
    lines = _line_texts(rest)
    widest = max(range(len(lines)), key=lambda k: width(lines[k]))
    text = first.text.strip()
    # (where the widths are exact the first line had room for more and ended there, whatever its
    # last word's class: 「再提速」 and 「访谈」 end a phrase though a verb may wait for an object)
    open_end = left_open(text, text, lines[0]) if _exact_widths(text, lines) else stops_in_phrase(text, lines[0])
    ended = CLAUSE_RE.search(text) is None and not open_end \
        and not (text[-1:].isdigit() and lines[0][:1] in NUMBER_UNIT_FIRST)
    return ended and widest < len(lines) - 1 and _label_over_title(first, rest)


def _line_texts(blk: Blk) -> list[str]:
    """The source lines joined into ``blk``, each stripped."""
    return [line.strip() for line in source_lines(blk)]


def _wrapped_and_ended(upper: Blk, below: str) -> bool:
    """``upper`` wrapped (its first line the widest: the measure it filled) and its last line stops
    short of that measure by more than the first unbreakable unit of the text ``below`` plus
    ``WRAP_TOLERANCE_EM``: a line that wraps ends full, so the element ended there and ``below``
    starts the next element of the headline (「全面推进…现代化　全县148个村」 / 「（社区）完成…升级」 /
    「家门口的服务更暖心」)."""
    return _lines_ended(_line_texts(upper), below.strip())


def _clause_over(upper: str, below: str) -> bool:
    """``upper`` holds ``KICKER_CLAUSE_RATIO`` times the text of ``below`` or more, with no sentence
    stop: no part of a two-part title set parallel over it, a kicker."""
    title = width(_SPACES.sub("", below))
    return STOP_RE.search(upper) is None and title >= KICKER_TITLE_MIN_EM \
        and width(_SPACES.sub("", upper)) >= KICKER_CLAUSE_RATIO * title


def kicker_lines(run: Sequence[Blk], over: Sequence[Callable[[Blk, Sequence[Blk]], bool]] = ()) -> int:
    """How many of the first lines of a headline form its kicker: up to ``KICKER_MAX_LINES``, the
    last of them ending in a reporting verb or a colon, and a title left under them; else 0.
    ``over``: the evidence asked of a first block with no such end (``_KICKER_OVER`` when none given)."""
    for k, blk in enumerate(run[:KICKER_MAX_LINES], 1):
        if k < len(run) and kicker_end(blk.text):
            return k
    return 1 if len(run) > 1 and any(test(run[0], run[1:]) for test in over or _KICKER_OVER) else 0


def _on_next(test: Callable[[Blk, Blk], bool]) -> Callable[[Blk, Sequence[Blk]], bool]:
    """A test of a headline's first block and the block under it, asked of the blocks under it."""
    def asked(first: Blk, rest: Sequence[Blk]) -> bool:
        return test(first, rest[0])
    return asked


def _label_over_run(first: Blk, rest: Sequence[Blk]) -> bool:
    """``_label_over_title`` of the first block over the next, the block after that showing whether a
    one-line title wrapped."""
    return _label_over_title(first, rest[0], rest[1] if len(rest) > 1 else None)


def _broken_over(first: Blk, second: Blk) -> bool:
    """A first block of one source line over a block the extractor opened with a block break of its
    own (``blocks.block_breaks``: a blank line before it, and its lines running on with none between)
    is a kicker set apart, however wide: pdftotext and pdfminer give the lines of one wrapped title in
    one block, so the blank is a change of size — the kicker set smaller than its title (「身边的榜样」 /
    「三十年守护」 / 「一方百姓健」 / 「康」: as wide as the title's lines, widths cannot tell)."""
    return not first.marked and not second.marked and len(first.starts) <= 1 and "\n" not in first.text \
        and _broken_under(first.text, second.first, second, _line_texts(second)[0])


def _broken_under(upper: str, line: int, blk: Blk, below: str) -> bool:
    """Source line ``line`` of ``blk`` (its text ``below``) opens one of the extractor's own blocks of
    two lines or more (``Blk.broken_at``) under the one-line text ``upper``, a whole phrase: no sentence
    stop or clause mark (a sentence's line is no kicker), and no word, bracket or quotation left open
    into ``below`` (``setoff.left_open``): a title's first line the page's column cut off from its rest
    ends inside a word (「江城高铁」 / 「站新增6」, a column break between them), a kicker never does."""
    text = upper.strip()
    return line in blk.broken_at and bool(text) and CLAUSE_RE.search(text) is None and STOP_RE.search(text) is None \
        and not left_open(text, text, below.strip())


def _couplet_over(first: Blk, second: Blk) -> bool:
    """A first block of one line that is a couplet (``shapes.couplet``: 「抓好冬春农田水利建设 夯实明年
    粮食丰收基础」) over a narrower phrase (``shapes.couplet_over``): a whole element of two set halves,
    over the title it heads (「全县冬修水利工程全面开工」) — a kicker, however much wider than the title."""
    return not first.marked and len(first.starts) == 1 and "\n" not in first.text + second.text \
        and couplet_over(first.text, second.text)


def _quoted_over(first: Blk, second: Blk) -> bool:
    """(news84) A first block of one line that is a headline element of quotations alone
    (``shapes.quoted_element``: 「从“藏在深闺”到“走进生活”」, 「“让老百姓在家门口看得上病”」) over a block whose
    first line is no short tail (``setoff.short_tail``): a whole element, the kicker over its title
    (or a title over its subtitle), however wide — the measure closes a quotation at a line's very end
    only by chance, and then what it pushed on is a tail."""
    return not first.marked and len(first.starts) <= 1 and "\n" not in first.text \
        and quoted_element(first.text) and not short_tail(width(_line_texts(second)[0]))


def _over_couplet(first: Blk, second: Blk) -> bool:
    """A first block of one line over a couplet (``shapes.couplet_under``: 「聚焦民生实事 打通服务群众
    “最后一公里”」 / 「老旧小区换新颜 居民住得更舒心」): the couplet is a whole element, the title, and
    the line over it no first line of it — a kicker, however wide."""
    return not first.marked and not second.marked and len(first.starts) == 1 \
        and "\n" not in first.text + second.text and couplet_under(first.text, second.text)


def _phrase_over_wrapped(first: Blk, rest: Sequence[Blk]) -> bool:
    """A one-line first block as wide as the first line of a title that wrapped under it, the first
    ending a phrase and the title's first line stopping inside one (``setoff.kicker_phrase_over``:
    「小切口解决大问题」 / 「一张“明白卡”让」 / 「办事少跑腿」): a kicker, set smaller on the measure the
    larger title fills with as many characters.  Widths cannot tell them apart; the words decide, as in
    ``unwrap`` (``setoff.kicker_over_wrapped_title``), which parted the blocks.  The title is its full
    first line and a short rest, as there — one block of two lines, or two blocks of one line each
    where ``unwrap`` parted them too (``_title_lines``)."""
    if first.marked or len(first.starts) > 1 or "\n" in first.text or STOP_RE.search(first.text):
        return False
    lines = _title_lines(rest)
    text = first.text.strip()
    # (bullet76) as wide within what the widths can tell (``setoff.width_slack``), as in ``unwrap``
    return lines is not None and abs(width(text) - width(lines[0])) <= width_slack(text, lines[0]) \
        and width(lines[1]) + REST_WIDER_EM < width(lines[0]) and not _fills_title_measure(text, lines[0]) \
        and kicker_phrase_over(first.text.strip(), lines[0], lines[1])


def _fills_title_measure(upper: str, full: str) -> bool:
    """(news85b) The one-line ``upper`` filled the measure the title's full line ``full`` filled: both are
    ideographs only (``shapes.ideographs_only``: no space, quotation, bracket, digit or Latin letter, whose set
    width is unsure) and exactly as wide — the first line of a title wrapped over three lines, cut by the
    measure that cut its second (「全市新增城市书房」 / 「十五家市民阅读更」 / 「加便利」, 8 and 8; 「县第一人民
    医院与省」 / 「人民医院共建专科联」 / 「盟」).  A kicker is set in a smaller face and ends where its phrase
    ends, so it comes to the exact width of the larger title's full line only by chance; where a width is
    unsure (「小切口解决大问题」 over 「一张“明白卡”让」, 「守正创新 薪火相传」 over 「十年修复古籍三万」) the slack
    of ``width_slack`` stands and the words decide (``kicker_phrase_over``).  Words cannot decide here: a
    whole clause may end the first line of a title as it ends a kicker (「全市新增城市书房」, 「小切口解决大问题」)."""
    return ideographs_only(upper) and ideographs_only(full) and width(upper) == width(full)


def _wider_over_wrapped(first: Blk, rest: Sequence[Blk]) -> bool:
    """(bull74) A one-line first block wider by more than ``REST_WIDER_EM`` than the first line of a
    title that wrapped under it (its full first line and a short rest, ``_title_lines``): a kicker
    set smaller (「市政府新闻办召开新闻发布会介绍」, 15 em, over 「前三季度全市经济运行稳」 / 「中向好」).
    A line that wraps onto a rest of its own ran to its measure, so the title's measure is its first
    line's, and the wider line over it was set on another — no line of the title, whatever its last
    word (the kicker's 「介绍」 waits for the title it introduces).  ``unwrap`` parted the blocks so too
    (``setoff.kicker_over_wrapped_title``)."""
    if first.marked or len(first.starts) > 1 or "\n" in first.text or STOP_RE.search(first.text):
        return False
    lines = _title_lines(rest)
    text = first.text.strip()
    return lines is not None and set_wider(text, width(text), lines[0], width(lines[0])) \
        and short_tail(width(lines[1])) and width(lines[1]) + REST_WIDER_EM < width(lines[0])


def _wrapped_over_wrapped(first: Blk, second: Blk) -> bool:
    """(news86) A first block that wrapped over a block that wrapped on a narrower measure of its own
    (``titles.wrapped_over_narrower_wrap``): the kicker set smaller, more characters to its line, over
    the title set larger (「市民服务热线工单办」 / 「理质效提升专项行动」 over 「市民诉求件件有」 /
    「回音事事有着落」).  No block a reader marked, none ending a sentence (a lead-in's prose)."""
    if first.marked or second.marked or "\n" in first.text + second.text or STOP_RE.search(first.text[-1:]):
        return False
    return wrapped_over_narrower_wrap(first, second)


def _title_lines(rest: Sequence[Blk]) -> tuple[str, str] | None:
    """A title's first line and its rest under a headline's first block: the two source lines of the
    next block, or the next two blocks of one line each — ``unwrap`` parts a title's lines where each
    stops short of the body's measure (a title set large in a wide column: 「一张“明白卡”让」 / 「办事少跑腿」
    on a 21-character measure), and ``headlines`` joins them as one title after; a block that is no
    title's plain line (a —— subtitle, a byline, a marked block) is no rest."""
    if rest and len(rest[0].starts) == 2:
        lines = _line_texts(rest[0])
        return lines[0], lines[1]
    if len(rest) < 2 or any(len(b.starts) != 1 or b.marked or "\n" in b.text for b in rest[:2]):
        return None
    below = rest[1].text.strip()
    if below.startswith("——") or _byline(rest[1]) or STOP_RE.search(below):
        return None
    return rest[0].text.strip(), below


def _ended_clause_over(first: Blk, rest: Sequence[Blk]) -> bool:
    """A first block that wrapped and stopped short (``_wrapped_and_ended``) over the rest of the
    run, with no sentence stop, over at least ``KICKER_TITLE_MIN_EM`` of text: a kicker, however
    wide (「全面推进城乡社区治理现代化　全县148个村」 / 「（社区）完成党群服务中心提档升级 」 over
    「家门口的服务更暖心 」) or long against the title (a banner's first element 「抓好冬春农田水利建设
    夯实明年」 / 「粮食丰收基础」 over 「全县冬修水利工程全面开工」): the element ended, and a title is
    one element however many lines.  Unwrap parted the two blocks already; the ratio
    (``_clause_over``) is asked only where one block holds both (``_kicker_apart``).
    The file's block-end mark (``Blk.closed``) alone is no such sign: a wrapped title's line may
    keep a trailing space where its phrases part (「措加强基础研究 进一步打 」 / 「牢科技强国建设根基 」)."""
    below = "".join(b.text for b in rest)
    return not first.marked and _wrapped_and_ended(first, below) and STOP_RE.search(first.text) is None \
        and width(_SPACES.sub("", below)) >= KICKER_TITLE_MIN_EM


def _label_over_title(first: Blk, second: Blk, after: Blk | None = None) -> bool:
    """A first line that stops short of the measure over a clearly wider line is a kicker set
    apart, not a title's first line: a title wraps only where its line is full, so no line of
    one title is wider than its first (「小切口解决大问题」 / 「一张“明白卡”让办事少跑腿」, 「高端访谈」 / 「让农民…」),
    short of it by at most the next line's first unbreakable unit (「全市首个社区」 / 「“共享工具间”开」:
    「社区“」 may not end a line).  A line with a sentence stop is no label.  Where the widths are
    exact (``_exact_widths``) the unit alone is that step; ``after``, the block under ``second``, shows
    whether a one-line ``second`` wrapped (``_title_lines``: its plain rest, no wider)."""
    unit = leading_unit_width(second.text)
    lines = _line_texts(second)
    if after is not None and len(lines) == 1 and (pair := _title_lines([second, after])) is not None:
        lines = list(pair)   # (a title's line that ``unwrap`` parted from its rest)
    step = unit if _exact_widths(first.text, lines) else max(KICKER_STEP_EM, unit + WRAP_TOLERANCE_EM)
    return not first.full and len(first.starts) <= 1 and "\n" not in first.text \
        and STOP_RE.search(first.text) is None and width(first.text) + step <= _widest_line(second)


def _exact_widths(first: str, lines: Sequence[str]) -> bool:
    """The widest of a title's lines ``lines`` was cut by the measure — it stops inside a word, a
    bracket or a quotation that the next line goes on with (``setoff.left_open``: 「江城港集装箱吞吐」 /
    「量首破…」), so it filled the title's line, where a line broken by sense need not (a two-part
    title set a part a line, 「凝心聚力抓落实」 / 「奋力开创县域经济」 / 「高质量发展新局面」: 7 over 8 and
    8, one title) — and its width and that of a headline's first line ``first`` are exact: both are
    ideographs only — no space, digit, Latin letter or mark, whose set width is unsure (a quote or a
    bracket may be set wider or squeezed: 「青石镇“共富工坊”」, 9, is a title's first line over
    「带动四百余人就近就」, 10).  Then a first line narrower than that line by the unbreakable unit that
    opens the next had room for it and ended: no tolerance (``KICKER_STEP_EM``) is needed (「港口物流
    再提速」, 7, over 「江城港集装箱吞吐」, 8, / 「量首破百万标箱」; 「高端访谈」, 4, over 「让农民在产」 /
    「业发展中得」 / 「到更多实惠」, 5 each).  A line that did not wrap gives no measure: a running head's
    「文化周刊」 over a one-line kicker 「身边的榜样」 is no kicker over a title."""
    widest = max(range(len(lines)), key=lambda k: width(lines[k]))
    if widest == len(lines) - 1 or not ideographs_only(first.strip()) or not ideographs_only(lines[widest]):
        return False
    return left_open(lines[widest], lines[widest], lines[widest + 1])


def _closed_over_title(first: Blk, second: Blk) -> bool:
    """A first line the file marked as a block's end (``Blk.closed``: a trailing space where trailing
    spaces mark block ends) over a title that wrapped is a kicker set apart, however wide the title:
    a title's wrapped lines carry no mark, only its last line does (「小切口解决大问题 」 / 「一张“明白卡”让」 /
    「办事少跑腿 」, the title's first line no wider than the kicker): the title wrapped when the block
    under the marked line is more than one line or carries no mark itself (unwrap may have cut a
    title's line set larger off the rest: 「一张“明白卡”」 / 「让办事少跑腿 」).  Over a title of one line the mark
    says nothing: an extractor keeps the space of a two-part headline at the line end where the
    typesetter broke it (「共建文明城市 」 / 「共享美好家园 」: one title, a part a line), and a part
    a line is set whole, never wrapped.  One source line with no sentence stop, as ``_label_over_title``."""
    one_line = len(first.starts) <= 1 and "\n" not in first.text and STOP_RE.search(first.text) is None
    title_wrapped = len(second.starts) > 1 or not second.closed
    return first.closed and not first.marked and one_line and title_wrapped


# The evidence that a one-line first block of a headline is a kicker over the title in the blocks under
# it, when it ends in no reporting verb or colon (``kicker_lines``); each test reads one kind: widths
# (a label narrower than the title's measure), the file's block-end mark, the extractor's own block
# break, a clause that ended, a phrase over a title that wrapped inside one, a line wider than a title
# that wrapped (bull74), a couplet over or under.
def _pause_over_topic(first: Blk, second: Blk) -> bool:
    """(comma80) A first block of one line ending on a pause over a title that opens on its topic and
    a colon (``setoff.kicker_pause_over_topic``: 「破解“放学早、接娃难”，」 / 「江北区：一张课表管到晚六
    点」): a 引题 ended over its 地名：主题, whatever the widths."""
    return not first.marked and "\n" not in first.text and len(first.starts) <= 1 \
        and kicker_pause_over_topic(first.text, _line_texts(second)[0])


def _pause_over_larger(first: Blk, second: Blk) -> bool:
    """(kicker81) A first block of one line ending on a pause over a title set on another measure
    (``setoff.pause_over_larger``: 「农村学校因地制宜，」, 9 em, over 「田间地头成了孩子」, 8, / 「们的“第二
    课堂”」): a 引题 ended over its 主题 — the title's first line had no room for a unit the kicker's
    measure held, or the kicker had room for the unit the title's line opens with."""
    lines = _line_texts(second)
    return not first.marked and "\n" not in first.text and len(first.starts) <= 1 \
        and pause_over_larger(first.text, lines[0], lines[1] if len(lines) > 1 else None)


_KICKER_OVER: tuple[Callable[[Blk, Sequence[Blk]], bool], ...] = (
    _on_next(_pause_over_topic), _on_next(_pause_over_larger), _label_over_run, _on_next(_closed_over_title), _on_next(_broken_over), _ended_clause_over,
    _phrase_over_wrapped, _wider_over_wrapped, _on_next(_couplet_over), _on_next(_over_couplet),
    _on_next(_quoted_over), _on_next(_wrapped_over_wrapped))


# (textb79) Under a section's label (``_section_label``) the run's first block is a kicker only by the
# evidence that it ended as an element — it wrapped and stopped short of its measure (``_ended_clause_over``:
# 「坚持把群众冷暖放在心上，全市供」 / 「热企业提前五天启动供暖」 over 「十八万户居」 / 「民家中暖起」 / 「来了」) —
# or by its reporting verb or colon (``kicker_lines``): the label stood over a lone title before, and the
# width and phrase tests read the pieces of a title wrapped every few characters in a narrow column as a
# kicker over its rest (「【基层动态】」 / 「稳住产业链」 / 「　激活新动」 / 「能」: one title).
_KICKER_UNDER_LABEL: tuple[Callable[[Blk, Sequence[Blk]], bool], ...] = (_ended_clause_over, _on_next(_pause_over_topic),
                                                                      _on_next(_quoted_over), _on_next(_wrapped_over_wrapped))


def _widest_line(blk: Blk) -> float:
    """The widest source line joined into ``blk`` (em): a wrapped title's measure."""
    return max(width(line) for line in _line_texts(blk))


def _join_titles(run: Sequence[Blk], full: Sequence[bool], lineno: int, log: Log | None) -> str:
    """Title lines joined: a wrapped line joins without a space; two headline lines set one
    under the other (the first shorter and not reaching the measure: 「坚定科技报国为民造福理想」 /
    「加快实现高水平科技自立自强服务高质量发展」) keep one space between them.  The lines are
    compared by their widest source line (their measure), not by the text an earlier join made
    of them: a block ``unwrap`` joined from two lines of a wrapped title (「实 奋力开创县」 +
    「域经济高质量」, 12 em of text on a 6.5 em measure) is no wider line under 「凝心聚力抓落」.
    A line that itself wrapped (a block of more than one source line) reached its measure: it is
    a title wrapping in its column, never the short first line of a two-line headline (as in
    ``_label_over_title``), so what follows joins it without a space (「以更大力度」 / 「推进科技创」 /
    「新 为高质量」 keeps 「科技创新」 whole).  A line the file marked as a block's end (``Blk.closed``: a
    trailing space where trailing spaces mark block ends) is a part set whole on its line, never a
    wrapped line — a wrapped line carries no mark — so the next part keeps the space the extractor
    gave at its end (「共建文明城市 」 / 「共享美好家园 」 → 「共建文明城市 共享美好家园」)."""
    out = ""
    for k, blk in enumerate(run):
        text = blk.text
        separate = k > 0 and (run[k - 1].closed or _stepped_under(run[k - 1], blk, full[k - 1])) \
            and is_ideograph_edge(out) and is_ideograph_edge(text)
        out = f"{out} {text}" if separate else join_logged(out, text, lineno, log)
    return out


def _stepped_under(prev: Blk, blk: Blk, prev_full: bool) -> bool:
    """``blk`` is a headline line set under a shorter one of one source line that stopped short of
    the measure: the second part of a two-line headline, not the rest of a wrapped line."""
    return not prev_full and len(prev.starts) <= 1 \
        and _widest_line(prev) + HEADLINE_STEP_EM <= _widest_line(blk)


def _lead_in_shape(blk: Blk) -> bool:
    """A paragraph shaped like a kicker: one line ending in a reporting verb or a colon, no
    sentence stop, and short — or, wrapped over up to three lines, with no clause punctuation at
    all (prose that long always holds a comma; a headline holds none)."""
    text = blk.text
    longest = LEAD_IN_MAX_EM if CLAUSE_RE.search(text) else LEAD_IN_UNPUNCTUATED_MAX_EM
    return blk.kind is Kind.PARA and "\n" not in text and width(text) <= longest \
        and STOP_RE.search(text) is None and KICKER_END_RE.search(text) is not None


def _take_lead_in(out: list[Blk], body_start: int, has_title: bool, log: Log) -> Blk | None:
    """A newspaper kicker (引题) left at the end of the previous article, taken out of ``out``.

    Before (seed 001): ``…合作奖。`` / ``习近平在“国家工程师奖”首次评选表彰之际作出重要指示强调：`` /
    ``# 坚定科技报国为民造福理想`` / ``# 加快实现…`` / ``来源：新华社``; the short line ending in
    ``：`` (or unpunctuated) right before a title run that opens an article is that article's kicker.
    """
    body = len(out) - body_start
    blk = out[-1] if body else None
    # the article above keeps a paragraph (or its title); the document's first block has none above
    leaves_enough = body >= LEAD_IN_MIN_BODY or has_title or len(out) == 1
    if blk is None or not leaves_enough or not _lead_in_shape(blk):
        return None
    lead = out.pop()
    before = out[-1] if len(out) > body_start else None
    if before is not None and before.kind is Kind.HEADING and not before.marked \
            and width(before.text) + width(lead.text) <= LEAD_IN_MAX_EM:
        # the kicker's first line was taken for a heading of its own: 「习近平在…之际」 / 「作出…强调：」
        out.pop()
        lead = Blk(Kind.PARA, join_logged(before.text, lead.text, lead.first, log), before.first, lead.last)
    log.decided(lead.first, "moved", _("{text!r} from the article above: the next one's kicker").format(
        text=lead.text))
    return lead
