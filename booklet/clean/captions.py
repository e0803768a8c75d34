"""Photo captions and figure titles out of the paragraph flow.

A caption ends with a credit (``新华社记者 姚大伟/摄``) and starts at a dated line
(``2024 年 6 月 24 日，…``), an indented line or after a gap; it may wrap over several
lines and sit inside a paragraph that continues after it (seed 003).  Marked lines
form their own blocks when lines are grouped; ``merge_captions`` then rejoins the
paragraph around them.
"""

from __future__ import annotations

from typing import Sequence

from booklet.clean.blocks import Kind, joined_block
from booklet.clean.lines import Line, join_logged
from booklet.clean.stages import Blocks, Lines
from booklet.rawlines import Role
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (CAPTION_START_RE, CAPTION_TITLE_MIN_CHARS, CREDIT_RE, FIGURE_NUMBER_ONLY_RE, FIGURE_RE, LABEL_RE,
                            PROSE_PUNCT_RE, SPACED_RUN_RE, STOP_RE, TABLE_GAP_RE, UNIT_IN_BRACKETS_END_RE, ends_sentence)

_CAPTION = Role.CAPTION
_FIGURE_FIRST = frozenset("图表")
# (news85) A photo item's title under its label is set on a line or two, three in a narrow column
# (as a kicker: ``headlines.KICKER_MAX_LINES``); a longer run with no mark is a paragraph's.
ITEM_TITLE_MAX_LINES = 3
# A wrapped caption is looked for at most this many lines above its credit line.
CAPTION_MAX_LINES = 7
# Blank lines that open a caption: one in a file of one paragraph per line; two in a wrapped
# file, where single blank lines are extraction noise.
CAPTION_GAP_SEPARATED = 1
CAPTION_GAP_WRAPPED = 2
# (yb85) How far (em) a figure or table title's line may stop short of the measure and still be a line
# the measure wrapped: a title's line breaks where the next character would not fit, so it stops
# short by less than one character (a full-width mark's compression, a Latin digit's half em aside).
TITLE_WRAP_SLACK_EM = 1.0


def mark_captions(stage: Lines, log: Log) -> Lines:
    """Mark photo-caption and figure-title lines so they leave the paragraph flow."""
    lines = stage.lines
    marked: set[int] = set()
    separated = not stage.layout.wrapped
    # (most lines are neither a credit nor a figure title: speed82, one comprehension picks the few that
    # may be, ``_credit_word``'s look written in it, and the loop reads only those)
    near = [i for i, line in enumerate(lines) if line.role is _CAPTION or "摄" in line.text or "供图" in line.text
            or line.text[:1] in _FIGURE_FIRST]
    for i in near:
        line = lines[i]
        hinted = line.role is _CAPTION
        free = _free(line)
        if not hinted and free and not line.given_heading and _number_apart(lines, i):
            # (plain86) a caption's number its reader wrote apart from its title: the number, and the title
            # under it where one follows (``_parted_title``), are the caption
            marked.update(range(i, i + 1 + _parted_title(lines, i, stage.layout)))
            continue
        if hinted or (free and not line.given_heading and FIGURE_RE.match(line.text)):
            marked.add(i)
            if not hinted and _title_tail(lines, i, stage.layout):
                marked.add(i + 1)   # (yb85) the title the measure wrapped: its tail is the caption's
            if not (hinted and _credit_word(line.text) and CREDIT_RE.search(line.text)):
                continue
            # a reader may flag only the credit line of a wrapped caption: find where it starts
        elif not _credit_word(line.text) or not free or line.given_heading or not CREDIT_RE.search(line.text):
            continue
        start = _caption_start(lines, i, separated, marked)
        marked.update(range(start, i + 1))
    if not marked:
        return stage
    for i in sorted(marked):
        if i == 0 or i - 1 not in marked:
            log.decided(lines[i].lineno, "marked", _("caption {text!r} kept out of the paragraph").format(
                text=excerpt(lines[i].text)))
    return stage.marked([ln.but(caption=True) if i in marked else ln for i, ln in enumerate(lines)])


def _credit_word(text: str) -> bool:
    """The text holds a word every photo credit (``shapes.CREDIT_RE``) ends on: 摄 (a photographer's),
    供图 (a body's that supplied the photo) — a cheap test before the pattern's (``mark_captions`` writes it out
    in the comprehension that picks its lines: a call a line saved)."""
    return "摄" in text or "供图" in text


def _number_apart(lines: Sequence[Line], i: int) -> bool:
    """(plain86) Line ``i`` is a figure's or a table's number alone (``shapes.FIGURE_NUMBER_ONLY_RE``: 「表1」) set as a
    line of its own: the line over it ends a sentence or heads what follows, or a blank line stands on either
    side of it — a sentence that names a table (「如」 / 「表1」 / 「所示，…」) runs on through a line holding its number."""
    if FIGURE_NUMBER_ONLY_RE.match(lines[i].text.strip()) is None:
        return False
    return i == 0 or lines[i].blanks_before > 0 or _closes(lines[i - 1]) \
        or (i + 1 < len(lines) and lines[i + 1].blanks_before > 0)


def _parted_title(lines: Sequence[Line], i: int, layout) -> int:
    """(plain86) How many lines under the bare number on line ``i`` (「表1」) are its caption's title: a reader that
    writes each piece of a line set apart as a block of its own (plain pdftotext) writes the title
    (「2025年青禾县主要农作物」 / 「播种面积和产量」) as the block after the number's.  The line under it is the title when
    number and line read as one caption (``shapes.FIGURE_RE``, Latin digits' spaces aside: 「2025 年…」) and it names a
    table, not a column (``CAPTION_TITLE_MIN_CHARS``, no bracketed unit last: 「播种面积（万亩）」, 「指标」 are cells);
    and its next line too where the title ran to the measure (``_title_tail``).  0 when no title follows (the
    reader wrote the table's cells before it)."""
    j = i + 1
    if j >= len(lines) or not _free(lines[j]) or lines[j].given_heading or lines[j].caption:
        return 0
    number = lines[i].text.strip()
    title = SPACED_RUN_RE.sub("", lines[j].text.strip())
    if len(title) < CAPTION_TITLE_MIN_CHARS or UNIT_IN_BRACKETS_END_RE.search(title) \
            or FIGURE_RE.match(f"{number}\u3000{title}") is None:
        return 0
    return 2 if _title_tail(lines, j, layout, f"{number}\u3000") else 1


def _title_tail(lines: Sequence[Line], i: int, layout, head: str = "") -> bool:
    """(yb85) The figure or table title on line ``i`` (「表1　2025年青禾县主要农作物播种面积和产」) ran to the
    measure and goes on in the next line (「量」): a caption is set as a paragraph of its own, wrapped at the
    page's measure like any other, so its tail is no heading nor the table's first row.  The tail is read
    as the title's only where the two lines together are still one title (``shapes.FIGURE_RE``: no clause's
    mark, no gap) and the tail holds no table's gap (a row's cells: 「作物　播种面积（万亩）…」); a title that
    stopped short of the measure (``TITLE_WRAP_SLACK_EM``) ended on its line, in a file wrapped at a measure.
    ``head``: the caption's number, where its reader wrote it on a line of its own (``_parted_title``)."""
    if i + 1 >= len(lines) or not layout.wrapped:
        return False
    line, tail = lines[i], lines[i + 1]
    if not _free(tail) or tail.given_heading or tail.caption or TABLE_GAP_RE.search(tail.text) \
            or FIGURE_RE.match(tail.text) or " " in tail.text:
        return False
    if layout.room(line, bool(line.indent)) > TITLE_WRAP_SLACK_EM:
        return False
    if not head:
        return FIGURE_RE.match(line.text + tail.text) is not None
    return FIGURE_RE.match(head + SPACED_RUN_RE.sub("", line.text.strip()) + tail.text.strip()) is not None


def _free(line: Line) -> bool:
    """Not already something else (a separator, a collapsed heading); a line before a page
    number is still text."""
    return not (line.separator or line.spaced_heading)


def _caption_start(lines: Sequence[Line], i: int, separated: bool, marked: set[int]) -> int:
    """First line of the caption ending at line ``i``: a dated or indented line, else after a gap."""
    lowest = i
    while lowest > max(0, i - CAPTION_MAX_LINES) and _free(lines[lowest - 1]) \
            and lowest - 1 not in marked and not _heads(lines[lowest - 1]):
        # (a caption may run over a page break: the line before a page number is still text; it
        # never runs over a heading or a label, which heads it: ``_heads``)
        lowest -= 1
    for k in range(i, lowest - 1, -1):
        if CAPTION_START_RE.match(lines[k].text) or (lines[k].indent and not _runs_into(lines, k, lowest)):
            return k
    for k in range(i, lowest - 1, -1):
        if lines[k].blanks_before >= (CAPTION_GAP_SEPARATED if separated else CAPTION_GAP_WRAPPED):
            return k
    return i if separated else _after_last_sentence(lines, i, lowest)


def _runs_into(lines: Sequence[Line], k: int, lowest: int) -> bool:
    """Line ``k`` is set in only because the caption is centred: the line over it, within the
    caption's reach, ends no sentence and is set flush, so the caption's text runs on into ``k``
    (``pdftotext -layout``: 「剪纸艺人王桂芳（右）在社区工」 / 「　　坊指导学员。 郑雨桐 摄」)."""
    return k > lowest and not lines[k - 1].indent and not ends_sentence(lines[k - 1].text) \
        and not lines[k - 1].given_heading


def _after_last_sentence(lines: Sequence[Line], i: int, lowest: int) -> int:
    """In a wrapped file, a caption with no date, indent or gap before it starts where the text
    before it ends a sentence: a caption is set after its paragraph, never inside a sentence.
    Its own description may end in 。 on the line over a credit line that holds only the credit
    (「居民在…借用工具。」 / 「通讯员 邱明/摄」), so that line is the caption's, not the paragraph's.

    Before (a narrow column): ``…一次就办成了。”`` / ``市民在政务服务中心窗口领取办`` /
    ``事“明白卡”。 本报记者 田思`` / ``远/摄``; the caption is the last three lines.
    A label on the line over it (「【图片新闻】」) ends what stands above as a sentence does.
    If no sentence ends within reach, only the credit line is taken."""
    credit = CREDIT_RE.search(lines[i].text)
    own = lines[i].text[:credit.start()] if credit else lines[i].text
    k = i - 1 if STOP_RE.search(own) is None and i > lowest else i
    while k > lowest and not _closes(lines[k - 1]) and not _item_title(lines, k - 1):
        k -= 1
    return k if k > lowest or (k == lowest and lowest > 0 and _closes(lines[k - 1])) else i


def _item_title(lines: Sequence[Line], j: int) -> bool:
    """(news85) Line ``j`` is a line of the title of a labelled photo item: it and every line up to a
    label (``_heads``), at most ``ITEM_TITLE_MAX_LINES`` of them, hold no clause or sentence mark
    (「图说」 / 「初雪映古城」 / 「12月5日，江州迎来…」 / 「本报记者 许晨阳/摄」; in a narrow column 「冬修水利正」 /
    「当时」).  A 栏目 label heads its item's title, and the caption is set under the title, so the caption
    starts after it — a title ends no sentence, and read back from the credit it was taken as the
    caption's first lines."""
    for k in range(j, max(0, j - ITEM_TITLE_MAX_LINES), -1):
        if PROSE_PUNCT_RE.search(lines[k].text) is not None or lines[k].page_start:
            return False   # (prose, or a page turned: the title stands with its label on one page)
        if _heads(lines[k - 1]):
            return True
    return False


def _closes(line: Line) -> bool:
    """What follows ``line`` may open a caption: it ends a sentence, or it heads what follows
    (``_heads``)."""
    return _heads(line) or ends_sentence(line.text)


def _heads(line: Line) -> bool:
    """A heading the reader gave, or a line wholly a label (``shapes.LABEL_RE``: 「【图片新闻】」,
    「材料 2」): a news page sets a 栏目 label on a line of its own over the item it heads — a caption
    that is the whole item too — so neither is ever a line of that caption, nor anything above it."""
    return line.given_heading or LABEL_RE.match(line.text.strip()) is not None


def merge_captions(stage: Blocks, log: Log) -> Blocks:
    """Rejoin a paragraph that a caption interrupted; the caption follows the paragraph."""
    out: list = []
    for blk in stage.blocks:
        if blk.kind is not Kind.CONT:
            out.append(blk)
            continue
        k = len(out) - 1
        while k >= 0 and out[k].kind is Kind.CAPTION:
            k -= 1
        if k >= 0 and (out[k].kind is Kind.PARA or out[k].kind is Kind.HEADING and not out[k].marked):
            # a guessed heading that runs on after the caption was a paragraph after all
            into = out[k]
            joined = joined_block(into, blk, join_logged(into.text, blk.text, blk.first, log))
            out[k] = joined.but(kind=Kind.PARA, level=0, full=into.full)
            log.decided(blk.first, "joined", _("paragraph of line {line} resumed after a caption").format(
                line=into.first))
        else:
            out.append(blk.but(kind=Kind.PARA))
    return stage.but(blocks=out)
