"""A column page's blocks read in order where an extractor wrote them out of it (pdfminer's text
boxes, pdftotext's blocks).

An extractor without the page's geometry in hand writes a page as blocks — stretches of one
column, set off by blank lines — in an order of its own: pdfminer may write the right column's
box before the left one, or a section head's box between two columns; pdftotext interleaves
blocks by their height.  Read as it stands, a column ends inside a sentence and the next block
opens a headline, or a list runs （二）（三）（一）.  How text is made says where that is wrong:

- a line wrapped at the measure inside a sentence goes on in the next block: never in a block
  that opens fresh (a heading or list shape, a short unpunctuated first line: title, byline), nor
  over a page break into a page that opens so — a *fault*; a block that opens on a sentence's
  tail (its stop, or the colon bringing in a quotation: 「提出：」), or on a line as full as the
  measure where the page's paragraphs open set in, is the rest of a cut sentence — after the
  text's start or a sentence's stop such a tail is a fault too (a title set large and cut inside
  a word goes on in the title box completing the word);
- a byline or dateline stands under its item's headline: a block opening on one after a block
  ending on body text (a photo's caption, another item's last lines) is a *fault*, as is a text
  opening on one the extractor did not write first — a note labelled as one (「编者按：…」) may
  stand between; a headline's blocks written one after the other (a kicker over its title) stand
  together, the upper one never set alone over another item's byline;
- a line cut inside a bracket goes on in the block opening on the bracket's rest (「版）」), and a
  text never opens on such a rest — a *fault* elsewhere;
- a 来源 line closes its item: what comes after it opens another item (its headline) — a block
  opening on prose, on a field (「编者按：…」) or on a section's head over its text is a *fault*
  (pdfminer writes a later column first where its box starts higher: its item, closed, then the
  first column's text); a note written straight over a byline stands under the headline as the
  byline does;
- a list's items come in turn: 「（二）」 right after 「（一）」 of the same kind — a *step*; an
  ordinal of a higher level starts the lists under it afresh (「三、」 then 「（一）」).  Of moves
  that mend alike, the one leaving a list's first item right under its parent item (「（三）」 /
  「1.」) goes first.

- a one-page text an extractor wrote from its last column on breaks a news item's grammar (an
  item closed that never opened, one opened with no body …) — it is *turned*: read from a block
  on, then from its start (``turn``).

The extractor's order stands unless a move — a run of blocks taken out and put back elsewhere —
mends a fault or adds a step; a join a move makes must be seen to go on (a character pair the
text holds elsewhere, or a word read across the break: ``flow``'s scorer), as a join the
extractor made is trusted unless it cannot be — and where it is seen to go on, a move cutting it
must mend a fault more to pay for it.  Of the moves that mend as much, the one whose
new joins read on best, then one whose run ends where a block opens fresh or at the page's end (a
column's run of boxes is not cut inside its section) and starts at a column's top (a block
opening fresh or on a cut sentence's tail), then the one moving fewest lines the shortest way
(minimum moves).  A text ending open is no fault (a copy may be cut there) where the extractor
wrote it so: a block a move sets last must be seen to go on in the next page's first line.  Only pages whose lines are a column's
width are looked at; on a page that spaces its lines (a blank before most of them: pdfminer at open
leading, a viewer's paste) blocks are rebuilt from the text's continuity (a line cut inside a
sentence goes on in the next, a headline's lines down to its byline stand together), and the page
is looked at only where its item grammar breaks between them (a sentence cut into a headline, a
signed opening going on in another headline, a text ending on an opening): a single column read in
order, whose short paragraphs may look like cut tails, keeps its order.
Lines are only moved (a turned text's first line still starts a block), never changed: every
character stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import permutations
from collections import Counter
from operator import attrgetter
from typing import Sequence

from booklet.cjk import IDEOGRAPH, NARROW_EM
from booklet.clean.bands import header_line
from booklet.clean.flow import (COLUMN_CHARS_MAX, FLOW_COLUMNS_MAX, FULL_LINE_SLACK_EM, PAIR_SEEN, WORD_ACROSS,
                                _join, _mid_word, goes_on, row_cuts, signs, spread, text_pairs)
from booklet.clean.layout import (FULL_SLACK_EM, INDENT_EM, INDENT_MIN_LINES, LOST_INDENT_MAX_EM, LOST_INDENT_MIN_EM,
                                  MEASURE_MIN_EM, _indent_lost, upper_quartile)
from booklet.clean.lines import Line, page_spans
from booklet.clean.pagemodel import column_starts
from booklet.i18n import _
from booklet.report import Log
from booklet.clean.turn import (BODY, HEAD, LATER_PAGE, ONE_PAGE, SOURCE, UNDER_TITLE, Reading as _Reading, Turns, announces, cut_at_measure, ends_open,
                                faults as grammar_faults, fresh_line, open_line, opening_rest, opens_item, parts, reads_round, series_number, signs_off, title_line, turn as turned, wraps)
from booklet.typeset.segment import word_across, words
from booklet.shapes import (ONE_IDEOGRAPH_RE, ATTRIBUTION_OPEN_RE, BRACKET_PAIRS, CITATION_END_RE, CITATION_PAGE_RE, AUTHOR_LABEL_RE, BOUND_OPEN_TAGS, BYLINE_LABEL_RE, BYLINE_ROLES, COLON_TAIL_RE, CREDIT_RE, FIELD_LINE_RE, ITEM_SOLID_RE,
                            LABEL_ONLY_RE, NOTE_MARK_FIRST, NOTE_START_RE, PUSHED_MARKER_RE,
                            SENTENCE_TAIL_RE, SIGNED_QUOTE_RE, SOURCE_LINE_RE, closes_unopened_bracket, leaves_bracket_open,
                            leaves_quote_open, ordinal, series_next, series_place, CLAUSE_PROSE_RE, headline_apart, figure_then_unit, QUESTION_END_RE, QUOTED_UTTERANCE_RE, REPLY_RE)

# Only pages whose lines are a column's width are looked at (``flow.COLUMN_CHARS_MAX``: a page of A4
# sets 28–40 characters to the line).  A page with a blank line before more than this share of its
# lines spaces lines, not blocks: pdfminer writes each line of a page set with open leading (1.5 and
# up: the gap between lines passes its line margin) as a box of its own, a viewer's paste puts a
# blank after every line.  Its blocks are rebuilt from the text's own continuity (``_loose_page``),
# and it is ordered only where its item grammar breaks between them (``_columned_loose``).
SPACED_LINES_MAX_SHARE = 0.5
# Characters either side of a cut title's break the dictionary reads (a title line set large holds
# about this many): with fewer, chance pairs read as words across it (「25日」 / 「共建」: 日共).
TITLE_CONTEXT = 8
# The levels of ``shapes.ordinal``'s kinds, as GB/T 9704 numbers a document: 「一、」 over 「（一）」 over
# 「1、」 over 「（1）」 — each kind's lower kinds, whose numbering starts afresh under each of its items.
_LOWER_KINDS = {0: (1, 3, 2), 1: (3, 2), 3: (2,), 2: ()}
# Each kind's level above: a list's first item stands right under an item of it.  (Only to choose
# among moves that mend alike: an item of the level above may be missing — a text cut short, a
# list under a section's lead paragraph — so a list opening elsewhere mends nothing.)
_PARENT_KIND = {1: 0, 3: 1, 2: 3}
# Pages of more blocks than this are left as they are (the moves tried grow with its cube).
BLOCKS_MAX = 60
# A one-page text the extractor wrote as this few blocks is only turned, never moved block by block:
# two boxes are two columns' runs, and an extractor writes the later column first where it starts
# higher than the first column's headline set with space above (``turn``); the turn's faults decide.
TURN_BLOCKS_MIN = 2

Block = tuple[int, int]   # (start, end) of a block in its page's lines
# A line the column cut fills the measure, give or take half an em (justification, a compressed
# mark); a paragraph's first line, its two-em indent dropped by the extractor, falls two em short:
# evidence that must tell the two apart takes the half-way mark.
FULL_PROSE_SLACK_EM = INDENT_EM / 2
# Marks a page may hang past the measure's edge (clreq 「行末点号悬挂」): a line ending on one may be an
# em wider than its text, and a paragraph's first line so ended as wide as the measure less one em.
HANGING_MARKS = frozenset("，。、")
HANG_EM = 1.0
_SET_APART_RE = re.compile(r"[\s\u3000（(]")
# A note's text ends on a full stop (``notes._BODY_END``): a note box ending elsewhere goes on in the
# box after it (pdfminer boxes a note's lines set smaller apart from their wrapped rest as it does
# a column's).  A note runs over this many boxes at most: a note is a sentence or two.
_NOTE_END_RE = re.compile(r"[.。]$")
NOTE_BOXES_MAX = 3
# pdfminer at open leading (``_unmerged``) writes a column page's one-line boxes as a merge of two
# streams, each in reading order.  What the shapes of two lines say of the second following the
# first in its stream (log-odds, on top of ``flow._join``): a line opening on closing punctuation
# (「。」, 「”」) goes on from a line the column cut and from nothing else, and where paragraphs open
# set in, a line cut inside a sentence is not followed by a paragraph's set-in first line or a
# heading, nor a paragraph's last line or a heading by a line running full.  Each is about as sure
# as a word read across a break (``flow.WORD_ACROSS``) — a column breaks this way almost never —
# the closing mark surer still (a line can open on one only after a cut).
CLOSE_AFTER_END = -4.0
SHAPE_CLASH = -3.0
_CLOSE_FIRST_RE = re.compile(r"^[，。、；：！？”’」』）)》】〕]")
# A page is read as two merged streams only when the best split beats the page as written by this
# much (five words read across breaks: in a trial over every dev pdfminer loose page, a one-column
# page's best split gained 13 at most, from chance pairs and a list's short lines; a column page
# pdfminer merged 15–46) and each stream holds this many lines (a run of a column at least: the
# shorter stream of a merged column page holds 19 lines or more on dev; a page of a narrow book
# holds about 22 in all).
UNMERGE_GAIN_MIN = 5 * WORD_ACROSS
STREAM_MIN_LINES = 12
# ... and only where (nearly) every line is a box of its own: below open leading pdfminer boxes a
# column's lines together, its boxes are runs of columns and the page's blocks are ordered as they
# stand (``_ordered``) — a merge in runs of boxes, not line by line.  (On dev, pages merged line by
# line box none of their lines together; merged in runs, 6 to 27 lines, 11 % of them or more; a
# headline set tight over open leading may box its two lines together.)
BOXED_MAX_SHARE = 0.05
# ... and only where the split reads words across more breaks than the page as written, by this
# many: a score gained by shapes alone is no merge (a column page pasted in order, a blank after
# every line, holds headlines, captions and bylines whose joins clash with a column's shapes, and
# its best split gains 15 and more from them); a page merged line by line deals apart many breaks
# a word was cut at.  On dev: 4 on the two open_leaded_three pdfminer pages read as two streams
# (2 and 0 on the two left as they are: by where their glyphs stand, two columns and a one-line
# head — miner39 — whose joins do not read the merge), at most 2 on the 42 column pages
# pasted in order that reach the split (paste_viewer, realstyle).
UNMERGE_WORDS_MIN = 4
# ... and only where the text as written shows two streams: lines whose rest stands after the next
# line (a word read across to the line after next, none to the next: ``_skipped_rests``), this many
# at least.  Where two columns' lines stand level a merge puts the other column's line between a cut
# line and its rest; text written in reading order goes on into each next line and needs no dealing.
# On dev: 4 on each of the two pdfminer pages read as two streams, 0 on every page pasted in order
# that reaches the split (a picture's caption and a narrow column's short lines gained one such
# page 4 words by long-range chance pairs); one may be chance.
SKIPPED_RESTS_MIN = 2
# (saved54) A loose page's blocks are moved for its item grammar only where its lines are seen out of
# order: a cut word finished by a line other than the next (``_rests_elsewhere``), this many at least.
# A page written in order goes on from each cut line into the next; one is enough where the page
# is not (pdfminer, pdftotext at open leading leave many).
LOOSE_RESTS_MIN = 1
# A bound on a split's score (``_opening_bounds``) sums the same joins as the split's own pass in
# another order, so rounding may leave it below that pass's sum: an opening is passed over only when
# its bound falls short of the best score found by more than this.  Joins are word counts and shape
# constants of a few units; a page's sum of some hundred of them errs by about 1e-13.
BOUND_SLACK = 1e-6
# A running head naming the text (the page's first line, shaped as a title) that a line of the page
# opens on and that this line and a later one read on (「关于…安全生」 + 「产明查暗访…」: a head set in
# body type holds more of the title on its line than the title's large type does, or is cut short
# itself) names the title's two pieces: they go together, first in the text, whatever stands
# between them as written is the other stream's.  A piece holds this many characters at least (a
# title set large over a column of 20 still holds ten or more on its first line: no chance prefix).
# Their join is as sure as a closing mark's after a cut, and the split they call for (``_named_split``)
# needs to beat the page as written by one word read across only, whatever the streams' lengths (a
# short column beside a title set large): the pieces themselves say the page is a merge.
TITLE_PIECE_MIN = 6
TITLE_PIECES_JOIN = -CLOSE_AFTER_END
UNMERGE_NAMED_GAIN_MIN = WORD_ACROSS


def _loose(spaced: int, lines: int) -> bool:
    """A page of ``lines`` lines, ``spaced`` of them after a blank line, is loose (``SPACED_LINES_MAX_SHARE``)."""
    return spaced > SPACED_LINES_MAX_SHARE * lines


def order_blocks(lines: list[Line], log: Log) -> list[Line]:
    """Column pages whose blocks an extractor wrote out of order, read in order."""
    if len(lines) < 3 or lines[0].raw.box is not None:
        return lines
    lines = _unstacked(lines, log)
    pages = page_spans(lines)
    widths = list(map(_WIDTH, lines))
    spaced = list(map(bool, map(_BLANKS, lines)))
    measures = [_measure(widths[a:b]) for a, b in pages]
    columned = [0 < measure <= COLUMN_CHARS_MAX for measure in measures]
    loose = [_loose(sum(spaced[a:b]), b - a) for a, b in pages]
    if not any(columned):
        return lines   # (most texts: no page of column lines)
    if column_starts(lines, FLOW_COLUMNS_MAX):
        return lines   # (text laid out in cells: ``flow`` read its columns from the page's geometry)
    lines, parted = _outdents_read(lines, pages, measures, [c and not lo for c, lo in zip(columned, loose)], log)
    pairs = text_pairs(lines)
    out: list[Line] = []
    last_ordinals: dict[int, int] = {}
    for k, (a, b) in enumerate(pages):
        page = lines[a:b]
        after = lines[pages[k + 1][0]] if k + 1 < len(pages) else None
        if columned[k] and not _read_by_gutters(page):
            moved = _ordered_loose(page, out[-1] if out else None, after, measures[k], pairs, last_ordinals) \
                if loose[k] else _ordered(page, out[-1] if out else None, after, measures[k], pairs, last_ordinals,
                                          parted=parted)
            if moved is not page:
                log.decided(page[0].lineno, "move", _("a column page's blocks read in the order the text runs"))
                page = moved
        out.extend(page)
        for found in filter(None, map(ordinal, (line.text for line in page))):
            last_ordinals[found[0]] = found[1]
    return out


def _outdents_read(lines: list[Line], pages: list[tuple[int, int]], measures: list[float], read: list[bool],
                   log: Log) -> tuple[list[Line], bool]:
    """A text that writes a blank line after each paragraph's set-in first line read without them;
    and whether the text shows that habit (``order``'s evidence reads the text's blocks as parted so).

    MuPDF (``mutool draw -F txt``, the viewers and converters built on it) starts a new block of
    its structured text wherever a line's left edge moves, and writes a blank line after every
    block: a paragraph's first line, set in by its indent, stands alone over a blank line and the
    flush rest of its paragraph (「这次会议的主要任务是，」 / blank / 「深入贯彻中央和省委、市委」).
    Read as blocks, every paragraph is two, the second opening on the rest of a cut sentence —
    what ``order`` mends by moving blocks — so a column page written in order is taken apart.
    Where the text shows that habit (``_outdent_habit``), the blank after a set-in first line
    going on in a full line of prose, or ending in its paragraph's last (``_outdent_pairs``), parts
    nothing; it is dropped on the pages
    ``order`` reads (column pages, not spaced line by line), so that their blocks are the text's.
    Lines are never moved or changed here."""
    pairs = [(a + j, page_pair) for (a, b), measure, on in zip(pages, measures, read) if on
             for j, page_pair in enumerate(_outdent_pairs(lines[a:b], measure))]
    if not _outdent_habit([lines[k + 1].blanks_before > 0 for k, kind in pairs if kind == _SET_IN],
                          [lines[k + 1].blanks_before > 0 for k, kind in pairs if kind == _FLUSH]):
        return lines, False
    out = list(lines)
    for k, kind in pairs:
        if kind in (_SET_IN, _SET_IN_HEAD) and out[k + 1].blanks_before and not out[k + 1].page_start:
            out[k + 1] = out[k + 1].but(blanks_before=0)
    log.decided(lines[0].lineno, "joined", _("a blank line after a paragraph's set-in first line read as none"))
    return out, True


# The kinds of line pairs ``_outdent_pairs`` tells apart: a paragraph's set-in first line over its
# flush rest (what the habit is read from); a set-in first line over a line that ends what it opened
# (a paragraph's last line, 「依托……开放的阅读空」 / 「间。」), or a heading's set in over its rest
# (「（一）产业发展势头向」 / 「好」): read alike where the habit holds; a flush line of prose over
# the next; anything else.
_SET_IN, _SET_IN_HEAD, _FLUSH, _OTHER = 1, 3, 2, 0
# (mupdf84) A text writes its blocks as MuPDF does when at least this many set-in first lines go on
# in a full line, nearly all of them (``OUTDENT_BLANK_SHARE``) over a blank line, while flush lines of
# prose going on in the next stand over one rarely (``FLUSH_BLANK_SHARE_MAX``): blanks where the left
# edge moves, not before every line (a page spaced line by line is ``_loose``, read otherwise).  MuPDF
# parts every such pair; an extractor that writes blocks in an order of its own (pdftotext's
# interleaved columns) parts a few by chance (two of three on a dev page), so the habit asks four
# pairs and four in five parted.
OUTDENT_PAIRS_MIN = 4
OUTDENT_BLANK_SHARE = 0.8
FLUSH_BLANK_SHARE_MAX = 0.25


def _outdent_habit(set_in: list[bool], flush: list[bool]) -> bool:
    """Blank lines stand after set-in first lines (``set_in``: one flag a pair, a blank between) and
    rarely between flush lines of prose (``flush``): the text parts its blocks where the edge moves."""
    return (len(set_in) >= OUTDENT_PAIRS_MIN and sum(set_in) >= OUTDENT_BLANK_SHARE * len(set_in)
            and sum(flush) <= FLUSH_BLANK_SHARE_MAX * max(1, len(flush)))


def _outdent_pairs(page: Sequence[Line], measure: float) -> list[int]:
    """For each line of the page but the last, the kind of it and the next (``_SET_IN``,
    ``_SET_IN_HEAD``, ``_FLUSH``, ``_OTHER``)."""
    kinds = []
    for k in range(len(page) - 1):
        line, nxt = page[k], page[k + 1]
        kind = _OTHER
        if nxt.page_start:
            pass
        elif not _open_set_in(line, measure):
            if _running_prose(line) and _full_prose(page, k, measure) and _full_prose(page, k + 1, measure):
                kind = _FLUSH
        elif _full_prose(page, k + 1, measure):
            kind = _SET_IN if _running_prose(line) else _SET_IN_HEAD
        elif not (nxt.listed or nxt.opener or signs(nxt)) and (nxt.final or line.listed) \
                and _solid_width(nxt) <= measure:
            kind = _SET_IN_HEAD
        kinds.append(kind)
    return kinds


def _open_set_in(line: Line, measure: float) -> bool:
    """A line short of the measure by a paragraph's indent (``LOST_INDENT_MIN_EM`` to
    ``LOST_INDENT_MAX_EM``), a mark hung past the measure not counted (「这次会议的主要任务是，」 over
    a measure of twelve), or set in where the extractor kept it; ending open (no stop last), one
    column's (no gap of spaces), no photo's credit; no attribution (「——摘自《…」: set under its
    quotation in a measure of its own, its lines' edges move inside it, not at a paragraph's indent)."""
    if line.final or "  " in line.text or CREDIT_RE.search(line.text) is not None \
            or ATTRIBUTION_OPEN_RE.match(line.text) is not None:
        return False
    room = _solid_width(line) - HANG_EM * (line.text[-1:] in HANGING_MARKS)
    return bool(line.indent) or measure - LOST_INDENT_MAX_EM <= room \
        and room + line.unsure <= measure - LOST_INDENT_MIN_EM


def _read_by_gutters(page: Sequence[Line]) -> bool:
    """The ``columns`` rule cut the page's rows at its gutters: ``pdftotext -layout`` wrote each row
    at the cells where its glyphs stand, so its columns, read left to right and each top to bottom,
    are already in the order the page is read (and ``flow`` read each cut part by its own cells).
    Blank rows there are white space on the page — under a head set across the columns, before an
    item starting mid-column — not blocks written out of turn: ``order``'s block moves, made for
    extractors that write blocks in an order of their own, could only take a column from its place
    (a banner's page read second and third column first)."""
    return any(line.raw.gutter_cut for line in page)


# (std89) A title spread one character a block (``_owned_after_stack``) has this many characters at least: one alone is
# any block's.
SPACED_TITLE_MIN_CHARS = 2


def _unstacked(lines: list[Line], log: Log) -> list[Line]:
    """Labels an extractor stacked ahead of what each labels, read each before its own.

    A chapter's label set apart from its title by a wide space (「第四章　促进措施」), and an
    article's from its text (「第十一条　市、区人民政府…」), are two pieces side by side: pdftotext
    writes a page's pieces by their columns, so the labels of two such lines one under the other
    come out stacked (「第四章」 / 「第十一条」) and the titles and text after them.  The lines
    after a stack of labels are theirs in turn, one each: label and line are read together again
    (each pair set off from the next, as a label alone on its line is)."""
    # (speed82: the lines opening on 第 picked in one comprehension, the labels' patterns asked of them)
    if not any(LABEL_ONLY_RE.match(lines[k].text) is not None
               and k + 1 < len(lines) and LABEL_ONLY_RE.match(lines[k + 1].text) is not None
               for k in [k for k, line in enumerate(lines) if line.text[:1] == "第"]):
        return lines   # (most texts: no two labels in a row)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and LABEL_ONLY_RE.match(lines[end].text) is not None and (
                end == k or not lines[end].blanks_before and not lines[end].page_start):
            end += 1
        count = end - k
        owned, taken = _owned_after_stack(lines, end, count) if count >= 2 else ([], 0)
        if count < 2 or len(owned) < count or any(
                LABEL_ONLY_RE.match(line.text) is not None or line.listed or line.opener or line.page_start
                for line in owned):
            out.append(lines[k])
            k += 1
            continue
        log.decided(lines[k].lineno, "move", _("labels stacked ahead of their titles read each before its own"))
        for label, owner in zip(lines[k:end], owned):
            out.append(label if label is lines[k] else label.but(blanks_before=max(1, label.blanks_before)))
            out.append(owner.but(blanks_before=max(1, owner.blanks_before)))
        k = end + taken
    return out


def _owned_after_stack(lines: list[Line], start: int, count: int) -> tuple[list[Line], int]:
    """(std89) The ``count`` lines after a stack of labels (``_unstacked``), one for each label, and how many lines
    of the text they take.  A chapter's title of two characters is set letter-spaced (「第一章　总　　则」,
    「第五章　附　　则」, as a 条例 or a 规定 sets it): pdftotext writes each of its characters as a block of its
    own (「总」 / 「则」), so a run of lines of one ideograph each (``shapes.ONE_IDEOGRAPH_RE``, a block each) is
    the one title they spread."""
    owned: list[Line] = []
    j = start
    while len(owned) < count and j < len(lines):
        run = j
        while run < len(lines) and ONE_IDEOGRAPH_RE.match(lines[run].text) is not None \
                and (run == j or lines[run].blanks_before) and not lines[run].page_start:
            run += 1
        if run - j >= SPACED_TITLE_MIN_CHARS:
            owned.append(lines[j].but(text="".join(ln.text for ln in lines[j:run]), trail_space=lines[run - 1].trail_space,
                                      page_end=lines[run - 1].page_end))
            j = run
        else:
            owned.append(lines[j])
            j += 1
    return owned, j - start


_WIDTH = attrgetter("width")
_BLANKS = attrgetter("blanks_before")


def _measure(widths: list[float]) -> float:
    """A page's measure: the upper quartile of its lines' widths (those of a few characters up)."""
    widths.sort()
    return upper_quartile(widths, bisect_left(widths, MEASURE_MIN_EM))


def _blocks(page: Sequence[Line], measure: float, glued: bool = True) -> list[Block]:
    """The page's blocks: set off by blank lines, or by a page number the furniture rule took out
    (pdftotext writes a column's foot after the page's number) — and, with ``glued``, inside a box
    where a headline's line is followed by the rest of a sentence another column cut (``_glued``)."""
    indents = glued and _indented(page, measure)
    starts = [k for k, line in enumerate(page) if k == 0 or line.blanks_before > 0 or page[k - 1].page_end
              or glued and _glued(page, k, measure, indents)]
    return list(zip(starts, starts[1:] + [len(page)]))


def _indented(page: Sequence[Line], measure: float) -> bool:
    """The page's paragraphs open set in by an indent, kept or dropped by the extractor."""
    return _indent_lost(page, measure) > 0 or sum(line.indent for line in page) >= INDENT_MIN_LINES


def _headline_line(line: Line, measure: float) -> bool:
    """A byline, or a headline's line set across columns (unpunctuated, wider than the page's
    column): no sentence goes on from it.  (A short unpunctuated line may be a line of prose the
    measure misjudged, a section's head may stand over a paragraph whose lost indent the line's
    digits and spaces fill: neither is told from its shape.)"""
    # (a row holding two columns' pieces, a gap of spaces between them, is as wide: not a headline's)
    return not line.clause and not line.final and (
        _solid_width(line) > measure + FULL_SLACK_EM and "  " not in line.text or _byline(line))


def _solid_width(line: Line) -> float:
    """The line's width without the spaces an extractor wrote between glyphs a justified line set
    apart (「日前， 全 市首批 6 0名」): in a line of CJK they are none of the printed text's."""
    # (a space counts half an em in a line's width, ``cjk.NARROW_EM``; in a line of CJK prose it is one
    # an extractor wrote between glyphs set apart by justification, not the printed text's)
    return line.width - NARROW_EM * line.text.count(" ")


def _byline(line: Line) -> bool:
    """A byline or dateline whose names are set apart (「本报记者 何静怡」, 「本报讯（记者 马晓东）」):
    the label's shape alone also fits a paragraph's first words (「记者从市文化和旅游局」)."""
    return BYLINE_LABEL_RE.match(line.text) is not None and _SET_APART_RE.search(line.text) is not None


def _signs_text(page: Sequence[Line], blocks: list[Block], k: int) -> bool:
    """(miner88) Block ``k`` is the signer's byline a commentary sets at its end (「本报评论员 方若水」):
    one line, the page's last block as the extractor wrote it, right after closed prose
    (``turn.signs_off``) — it stands under no headline."""
    a, b = blocks[k]
    return k == len(blocks) - 1 and k > 0 and b - a == 1 and signs_off(page[a - 1:b])


def _opening(block: Sequence[Line], measure: float) -> bool:
    """The block is an item's opening: a headline wrapped over its lines, or a byline, a dateline or a
    kicker (``turn.parts``: every line a headline's; a lone short line may be a signature)."""
    found = parts(block, measure)
    return all(part == HEAD for part in found) and (len(block) > 1 or announces(block[0]))


def _glued(page: Sequence[Line], k: int, measure: float, indents: bool) -> bool:
    """Line ``k`` of a box goes on from no line of it: the line above is a headline's or a byline's,
    and it is the rest of a sentence a column's foot cut (its tail: 「说。」; or, where paragraphs
    open set in, a line of prose as full as the measure).  pdfminer builds a box of lines one under
    the other that share a left edge, a right edge or a centre: a headline or byline centred over
    an odd number of columns shares its centre with the middle column, whose top lines then join
    the headline's box — the box holds two runs of the page, each a block of its own."""
    line = page[k]
    if line.blanks_before or not _headline_line(page[k - 1], measure):
        return False
    if SENTENCE_TAIL_RE.match(line.text) is not None or (
            COLON_TAIL_RE.match(line.text) is not None and FIELD_LINE_RE.match(line.text) is None):
        return True
    return indents and _full_prose(page, k, measure) or _second_opening(page, k, measure)


def _second_opening(page: Sequence[Line], k: int, measure: float) -> bool:
    """Line ``k`` of a box, under a byline, opens another item's opening: an item's opening ends on
    its byline, so title lines after one, going on in a byline of their own in the box (「本报记者
    郑小川」 / 「放」 / 「本报讯（记者 周婷…」: the rest of another item's title, centred, and its
    byline), are another column's top the box took in by their shared centre."""
    if not signs(page[k - 1]) or signs(page[k]) or not title_line(page[k], measure) \
            or closes_unopened_bracket(page[k].text):
        return False
    for j in range(k + 1, len(page)):
        line = page[j]
        # (a byline wrapped in its box: 「本报讯（记者 周婷 通讯员 邱」 / 「明）」)
        signed = signs(line) or j + 1 < len(page) and not page[j + 1].blanks_before and (
            BYLINE_LABEL_RE.match(line.text + page[j + 1].text) is not None)
        if line.blanks_before or not signed and not title_line(line, measure):
            return False
        if signed:
            return True
    return False


def _full_prose(page: Sequence[Line], k: int, measure: float) -> bool:
    """Line ``k`` is a line of prose as full as the measure however narrow its digits (``Line.unsure``
    not counted) and without the spaces an extractor wrote between its glyphs (「日前， 全 市首批 6 0
    名」), not set in, opening nothing (a paragraph's first line is set in): where paragraphs open
    set in, the rest of a paragraph.  Prose: a clause mark in it, or in the line under it in its box
    (a narrow column's line may hold none: 「高血压患者规范管理率达到9」 / 「2%，比全县平均水平…」)."""
    line = page[k]
    prose = line.clause or k + 1 < len(page) and not page[k + 1].blanks_before and page[k + 1].clause
    # (a row holding two columns' pieces, a gap of spaces between them, is no one column's line)
    return (prose and not line.indent and not line.opener and not line.listed and "  " not in line.text
            and (_solid_width(line) - HANG_EM * (line.text[-1:] in HANGING_MARKS) >= measure - FULL_PROSE_SLACK_EM
                 or _spread_full(line, measure))
            and CREDIT_RE.search(line.text) is None)


def _spread_full(line: Line, measure: float) -> bool:
    """A line justification spread glyph by glyph (``flow.spread``) that fills the measure: spread,
    it was stretched to a line's room — the measure, or a paragraph's first line's, the measure less
    its indent (「清 晨 六 点 ， 天 刚 蒙 蒙」, nine glyphs stretched over the ten of a set-in room: the
    next, 「亮，」, did not fit).  Its glyphs tell which: a first line holding as many as its room would
    have been set solid, so a spread line whose glyphs fall short of the set-in room
    (``INDENT_EM``) may open its paragraph — and the spaces the extractor wrote widen it past the
    measure all the same."""
    return spread(line) and line.width >= measure and _solid_width(line) >= measure - INDENT_EM


# A title in 《》 or a date in （） cut at a column's measure runs on for a line or two before it
# closes (「——摘自《在市委理论学习」 / 「中心组专题学习会上的发」 / 「言》（2025年2月21日），」): a
# block whose first lines carry no bracket mark until one closes a bracket it never opened is the
# bracket's rest as surely as one closing it on its first line.  Past this many lines a run of
# text with no mark in it is prose, not a title's rest.
BRACKET_REST_LINES_MAX = 3


def _bracket_rest(page: Sequence[Line], a: int, b: int) -> bool:
    """The block page[a:b] opens on the rest of a bracket a line before it left open: read from its
    first line, the first line holding a bracket mark closes one the lines so far never opened —
    no sentence ended before it (``BRACKET_REST_LINES_MAX`` lines at most).  MuPDF parts a wrapped
    attribution or source at each change of left edge, so its rest may open on a line of the
    title's middle (「中心组专题学习会上的发」) rather than on the one closing it."""
    text = ""
    for line in page[a:min(b, a + BRACKET_REST_LINES_MAX)]:
        text += line.text
        if any(mark in line.text for pair in BRACKET_PAIRS for mark in pair):
            return closes_unopened_bracket(text)
        if line.final:
            return False
    return False


def _citation_page(line: Line) -> bool:
    """(mupdf85) The line is a reference's page alone (``shapes.CITATION_PAGE_RE``: 「第112页」): the
    reference wrapped before its last part, and MuPDF starts a block there where the part sets flush
    under a hung attribution.  A folio never reaches ``order`` (``pages`` took it), so the line is the
    tail of a reference cut above — it goes on from a line left open, never opens a block."""
    return CITATION_PAGE_RE.match(line.text.strip()) is not None


class _Evidence:
    """What a page's blocks say about their order.  For every pair of blocks (the page's start and
    end as two more): whether the first ends open and the second cannot go on from it (a fault:
    it opens fresh, or the next page opens so), and, where it can, how well it goes on (``flow``'s
    log-odds: a join a move makes where it does not show is a fault too).
    For every block: the list ordinals its lines start with."""

    def __init__(self, page: Sequence[Line], blocks: list[Block], before: Line | None, after: Line | None,
                 measure: float, pairs: Counter[str], *, parted: bool = False) -> None:
        self.page, self.measure, self.pairs, self.parted = page, measure, pairs, parted
        self.sizes = [b - a for a, b in blocks]
        self.bounds = blocks
        n = len(blocks)
        self.start, self.end = n, n + 1          # (the page's start and end, as blocks)
        firsts = [page[a] for a, _b in blocks] + [None, after]
        # a block opening on a short line with no punctuation is a title, a kicker or a byline: a
        # sentence that goes on in a block of its own ends there, on its final mark (「小头的情况？」);
        # so does one opening on a title wrapped at the column's edge (``_wrapped_title``)
        # (mupdf85) — never one opening on a reference's page, 「第112页」: the last part of a reference
        # cut at the measure, a tail of the line above (``_citation_page``)
        fresh = [line is not None and fresh_line(line, measure) and not _citation_page(line) for line in firsts]
        fresh[:n] = [fresh[k] or _wrapped_title(page, a, b, measure) for k, (a, b) in enumerate(blocks)]
        # (the page's end is fresh when the next page opens so: a page cannot end on an open line then)
        lasts = [page[b - 1] for _a, b in blocks] + [before, None]
        # a block opening on a sentence's tail — its stop (「就办成了。”」) or the colon bringing in a
        # quotation (「提出：」) — goes on from a line cut inside its sentence: never from the text's
        # start nor from a line ending on a sentence's stop (the tail is another column's) …
        # … and so does one opening on a word that binds to the word before it (``_bound_opening``)
        cut_tails = [line is not None and (SENTENCE_TAIL_RE.match(line.text) is not None or (
                         COLON_TAIL_RE.match(line.text) is not None and FIELD_LINE_RE.match(line.text) is None)
                         or _bound_opening(line) or _citation_page(line))
                     for line in firsts]
        # … as does one — where the page's paragraphs open set in by an indent, kept or dropped — on a
        # line as full as the measure (no paragraph's first line: 「新型研发机构、40余家孵化器和众创空间。」)
        indents = _indented(page, measure)
        # (a block's end is open where its last line, or the line of prose it goes on, is cut)
        # (mupdf85) — never one ending on a reference's page (「…2025年版，第58页」): the reference is whole
        opens = [i < n and ends_open(page[blocks[i][0]:blocks[i][1]], measure)
                 and CITATION_END_RE.search(page[blocks[i][1] - 1].text) is None
                 or i == n and before is not None and open_line(before, measure) for i in range(n + 2)]
        tails = [line is not None and (cut_tails[k] or indents and k < n and _runs_on(page, blocks[k], measure))
                 for k, line in enumerate(firsts)]
        # … and where they do, a block opening on a paragraph's first line — prose short of the
        # measure by the indent — goes on from no line cut inside a sentence: the cut line's rest
        # runs on full from the next column's top, never set in (``_set_in_opening``)
        set_in = [indents and k < n and _set_in_opening(page, blocks[k], measure) for k in range(n + 2)]
        # (a line cut inside a paragraph's sentence: not a heading's, ``_cut_in_prose``)
        cut_prose = [i < n and _cut_in_prose(page, blocks[i], measure) for i in range(n + 2)]
        # (where a run of a column's blocks starts: a block opening fresh, or on the rest of a sentence
        # a column's foot cut — a column's top — not a paragraph opening inside a column)
        self.seams = [fresh[k] or tails[k] for k in range(n)] + [False, False]
        # (a block opening on an item's headline: two headline lines or more, the first a title's,
        # not a byline's — one unpunctuated line may be a paragraph's first)
        found = [parts(page[a:b], measure) for a, b in blocks]
        # (a kicker heads its title: 「市文化和旅游局负责人表示」 over 「明年将实现…」 opens an item's headline)
        headlines = [not signs(page[a]) and kinds[:2] == [HEAD, HEAD] for (a, _b), kinds in zip(blocks, found)]
        # (a run of a column's blocks also ends on a 来源 line: it closes an item)
        self.closes = [kinds[-1] == SOURCE for kinds in found] + [False, False]
        # (where a run of a column's blocks ends: before a block that opens fresh — not on a 来源 line,
        # which closes the item above it — or at the page's end)
        self.breaks = [*(fresh[k] and found[k][0] != SOURCE for k in range(n)), False, True]
        self.fault = [[0] * (n + 2) for _ in range(n + 2)]
        self.join = [[0.0] * (n + 2) for _ in range(n + 2)]
        openings = [_opening(page[a:b], measure) for a, b in blocks]
        for i in range(n + 2):
            if i == self.end or (last := lasts[i]) is None or not opens[i]:
                if i != self.end and (last is None and i == self.start or last is not None and last.final):
                    for j in range(n):
                        self.fault[i][j] = int(cut_tails[j] and not _own_sentence(last, firsts[j]))
                elif i < n and _headline_line(last, measure):  # type: ignore[arg-type,union-attr]
                    # (nor from a headline or a byline: the rest of a cut sentence, a tail or a
                    # full line where paragraphs open set in, is another column's)
                    # … and an item's opening — headline lines down to its byline — goes on in its
                    # item's body, not in another item's headline
                    # (miner86) — or a byline boxed alone under the headline blocks written over it
                    signed = i < n and _closes_opening(last, len(found[i]) > 1, i > 0 and openings[i - 1],  # type: ignore[arg-type]
                                                       openings[i])
                    for j in range(n):
                        self.fault[i][j] = int(cut_tails[j] or indents and _full_prose(page, blocks[j][0], measure)
                                               or signed and headlines[j])
                if i < n and after is None and not last.final:  # type: ignore[arg-type,union-attr]
                    # an item's headline goes on in its body: the text does not end on one
                    self.fault[i][self.end] = int(_opening(page[blocks[i][0]:blocks[i][1]], measure))
                continue
            for j in range(n + 2):
                if j == i or j == self.start:
                    continue
                if j == self.end and not fresh[j]:
                    # (a text may end open where its copy was cut, a page where its sentence goes on
                    # over the page: its end alone moves nothing.  But that holds of the block the
                    # extractor wrote last: one a move sets last must be seen to go on there, in the
                    # next page's first line, as at any join a move makes — at the text's end
                    # nothing is seen, and an open block moved there hides its fault, mending none)
                    if i != n - 1:
                        self.fault[i][j] = int(after is None or goes_on(last, after, pairs) <= 0)
                    continue
                first = firsts[j]
                # (mupdf85) a piece's rest the extractor wrote straight after it — a photo credit's
                # name (「…休闲健身。 本报记」 / 「者 孙晓岚/摄」), the names after a byline's role — goes
                # on there whatever its shape: MuPDF starts a block where the line's edge moves
                if j == i + 1 and first is not None and _piece_rest(last, first):
                    self.join[i][j] = max(goes_on(last, first, pairs), PAIR_SEEN)
                    continue
                # (a heading's line goes on in a short unpunctuated line: the heading wrapped, as
                # 「二、准确把握形势任务，」 / 「进一步明确工作重点」 over two boxes)
                if first is None or fresh[j] and not (last.listed and not first.listed and not first.opener) \
                        or set_in[j] and cut_prose[i]:
                    self.fault[i][j] = 1
                else:
                    # (a block opening on a sentence's tail goes on from a line cut inside one, as
                    # surely as over a pair the text holds elsewhere)
                    join = goes_on(last, first, pairs)
                    # (miner86) a box cut at the measure on a figure goes on in a box opening on its
                    # unit (``shapes.figure_then_unit``: a count is never left bare) as surely as over
                    # a pair the text holds — the dictionary reads no word across a Latin figure
                    self.join[i][j] = max(join, PAIR_SEEN) if tails[j] or figure_then_unit(last.text, first.text) \
                        else join
                    # a join the extractor made is trusted unless it cannot be; one a move makes
                    # must be seen to go on (a character pair or a word across the break)
                    made = j == (0 if i == self.start else i + 1)
                    self.fault[i][j] = int(self.join[i][j] <= 0 and not made)
        self.lead = _leads(page, blocks, fresh, measure, self.fault)
        # (miner86) an opening whose lead the page holds apart from it goes on in that lead: it tells
        # the headline's words again, and no other prose is the item's body (``_leads`` finds one only
        # where one block alone shares them, and the block written under the opening is not its body)
        # — a 来源 line set under the byline, a photo's caption, may still stand between
        for i, row in enumerate(self.lead):
            found_lead = [j for j, value in enumerate(row) if value >= PAIR_SEEN * LEAD_TOLD_PAIRS]
            if found_lead:
                for j, (a, b) in enumerate(blocks):
                    if j not in (i, found_lead[0]) and _body_prose(page, a, b, fresh[j], openings[j]):
                        self.fault[i][j] = 1
        self._cut_titles(firsts, lasts, fresh, measure)
        whole = parts(page, measure)   # (the page's lines as read in the order written: once, for both)
        self._closed_items(page, blocks, fresh, found, whole)
        rests = self._bracket_rests(lasts)
        self._bylines(page, blocks, rests, whole)
        self.ordinals = [[ordinal for line in page[a:b] if (ordinal := _item_ordinal(line.text)) is not None]
                         for a, b in blocks]
        # (miner87) … and the through-counted numbers they open on (a standard's clause heads, a law's
        # articles: ``_series_place``), which step on through the whole text as a list's items do
        self.series = [[place for line in page[a:b] if (place := _series_place(line, measure)) is not None]
                       for a, b in blocks]
        # the extractor's own joins that read on (a pair the text holds elsewhere, a word across the
        # break): evidence its order holds there, as a fault is evidence it does not — a move cutting
        # one must mend a fault more to pay for it (on a page whose columns the extractor dealt line
        # by line, any order holds chance faults and chance joins alike: a move trading them evens
        # out, and it breaks the turns ``flow`` deals the columns back by)
        self.kept = [0] * (n + 2)
        for i in (self.start, *range(n)):
            j = 0 if i == self.start else i + 1 if i + 1 < n else self.end
            # (miner87: a block opening on a clause's or an article's number opens fresh — the join
            # into it reads on by chance, 「…0187—2026」 / 「4.2　建筑面积」, and keeps nothing)
            self.kept[i] = int(self.join[i][j] > 0 and not (j < n and _series_place(page[blocks[j][0]], measure)))
        # the page's first block opening on an item's headline (title lines over title lines: a kicker
        # over its title, a title wrapped) is where a page read in order starts: the text's start
        # goes on there as surely as a join that reads on, and a move setting another block first
        # must mend a fault more (a block that only stepped out of a closed item's way — the furniture
        # line that stood between them gone — does not open the text)
        if n and (headlines[0] or _signed_opening(page, blocks, measure)):
            self.kept[self.start] = 1

    def _cut_titles(self, firsts: Sequence[Line | None], lasts: Sequence[Line | None], fresh: Sequence[bool],
                    measure: float) -> None:
        """A title set large wraps inside a word where its column ends (「全市首批“科」 / 「技副总”上岗」):
        a title-shaped block ending inside a word the dictionary reads across into a title-shaped
        block's start goes on there, and only there — the page's end or any other block after it
        is a fault (a page's boxes hold the title's rest; a text does not end on half a word)."""
        n = len(self.sizes)
        for i in range(n):
            last = lasts[i]
            if last is None or not title_line(last, measure) or not _mid_word(last):
                continue
            # (a quotation's signature ends on the name set apart, whole: 「——桂花苑小区居民 张玉梅」 —
            # the dictionary's 梅|江 into the next box's 「江城市…」 is chance)
            if SIGNED_QUOTE_RE.match(last.text) is not None:
                continue
            # (mupdf85) where the text parts its blocks at each change of left edge (``parted``, MuPDF:
            # an item's opening comes one block a line, in the order written), nor does a byline nor a
            # photo's credit: each ends on its names set apart, whole (「本报记者 刘佳音」, 「记者 沈佳宁/摄」
            # — 佳|音 read across into another box is chance), nor the names a byline's role left due
            # (「本报记者 田思远 通讯员」 / 「何晓」, ``_piece_rest``), nor a title the extractor wrote
            # straight over its byline or its subtitle (「家门口的服务更暖心」 / 「本报记者 沈佳宁…」).
            # (Where an extractor deals blocks in an order of its own — pdftotext, pdfminer — the
            # faults set here stand: a byline there goes on in its item's body, and the fault is the
            # page's only evidence against another item's headline written after it.)
            a, b = self.bounds[i]
            if self.parted and _opening_piece(self.page, a, b, firsts[i + 1] if i + 1 < n else None):
                continue
            # (a line right under a sentence's end, short of the measure by no more than a paragraph's
            # indent, is that paragraph's first line set in — the extractor dropped the indent —
            # 「…值得多一些。」 / 「资料：江城市现有市级以上非物质文化遗」: no title, and a chance word
            # across its cut, 遗|老, reads nothing)
            if b - a > 1 and self.page[b - 2].final and last.width + last.unsure >= measure - INDENT_EM - FULL_SLACK_EM:
                continue
            # (the whole title as wrapped in its block, and the whole line after: the dictionary
            # reads a cut word only where the words beside it agree — 「…田间地头」 / 「版）」 is no 头版)
            title = "".join([line.text for line in self.page[self.bounds[i][0]:self.bounds[i][1]]])
            rests = [j for j in range(n) if j != i and fresh[j] and (first := firsts[j]) is not None
                     and title_line(first, measure) and not closes_unopened_bracket(first.text)
                     and word_across(title[-TITLE_CONTEXT:], first.text[:TITLE_CONTEXT])]
            if not rests:
                continue
            # (mupdf85) where the text parts its blocks at each change of left edge (``parted``: MuPDF,
            # which writes them in the order the page's stream holds them), the block the extractor
            # wrote next is a rest as surely as one the dictionary finds elsewhere: title-shaped (a
            # centred headline's lines, each its own left edge: 「个行政村换」 / 「了新颜」), or reading on
            # whatever its shape (「把养老和托育放在同」 / 「一栋楼里，是…」: a paragraph's set-in first
            # line over its rest, no title's).  An extractor that deals blocks in an order of its own
            # (pdftotext's interleaved columns) sets another column's title there by chance.
            if self.parted and i + 1 < n and (first := firsts[i + 1]) is not None \
                    and (fresh[i + 1] and title_line(first, measure) or goes_on(last, first, self.pairs) > 0):
                rests.append(i + 1)
            for j in range(n + 2):
                if j != i and j != self.start:
                    self.fault[i][j] = int(j not in rests)
                    self.join[i][j] = WORD_ACROSS if j in rests else 0.0

    def _closed_items(self, page: Sequence[Line], blocks: list[Block], fresh: Sequence[bool],
                      found: Sequence[Sequence[str]], whole: Sequence[str]) -> None:
        """A 来源 line closes its item (「来源：《江城日报》…第2版」): what comes after it is another
        item, opening on its headline (a block opening fresh), or the page's end.  Never a block
        opening on prose, nor on a field (a label and its content: 「编者按：…」 stands under its
        item's headline), nor on a section's head over its text (``_section_over_text``: a
        section inside an item) — the rest of a column the extractor wrote after the item's close
        (pdfminer writes the column whose box starts highest first: a later column's item, closed,
        then the first column's text).  A 来源 line standing in a headline (under its byline, the
        page read as written: ``parts``) closes nothing; a photo's caption (its credit last) may
        stand under its item, wherever the extractor put it."""
        closed = [i for i, (a, b) in enumerate(blocks) if whole[b - 1] == SOURCE and self.closes[i]]
        if not closed:
            return
        after = [not fresh[j] or FIELD_LINE_RE.match(page[c].text) is not None
                 or _section_over_text(page[c:d], found[j])
                 for j, (c, d) in enumerate(blocks)]
        for i in closed:
            for j, (_c, d) in enumerate(blocks):
                if j != i and after[j] and CREDIT_RE.search(page[d - 1].text) is None:
                    self.fault[i][j] = 1

    def _bracket_rests(self, lasts: Sequence[Line | None]) -> list[int]:
        """A line cut inside a bracket (「来源：《江城县报》（2026年11月2日第1」) goes on in the line
        closing it (「版）」): a block opening on a bracket's rest — closing one it never opened — goes
        on from a block whose last line left one open, and only there where the page holds such a
        rest; a text never opens on one, nor a page unless the page before ends inside a bracket (an
        extractor wrote the rest where it stands on the page, atop the next column or in a row of
        its own)."""
        n = len(self.sizes)
        page, measure = self.page, self.measure
        # (the rest with what goes on from it: not a block that goes on in a headline of its own, as a
        # row of `pdftotext -layout` holding the rest atop the next column's title does)
        rests = [j for j, (a, b) in enumerate(self.bounds) if _bracket_rest(page, a, b) and (
                     b - a == 1 or not (fresh_line(page[a + 1], measure) or _wrapped_title(page, a + 1, b, measure)))]
        if not rests:
            return rests
        # (over a page break the rest goes on from the page before when its last line left one open)
        before = lasts[self.start]
        for j in rests:
            self.fault[self.start][j] = int(before is None or not leaves_bracket_open(before.text))
        for i in range(n):
            last = lasts[i]
            if last is None or not leaves_bracket_open(last.text):
                continue
            for j in range(n + 2):
                if j != i and j != self.start:
                    self.fault[i][j] = int(j not in rests)
                    self.join[i][j] = WORD_ACROSS if j in rests else 0.0
        return rests

    def _bylines(self, page: Sequence[Line], blocks: list[Block], rests: Sequence[int],
                 whole: Sequence[str]) -> None:
        """A byline or dateline stands under its item's headline (「本报记者 郑小川」, 「本报讯」): a block
        opening on one goes on from a block ending on a headline's line, never from one ending on
        body text — there an extractor slotted another column's block (a photo's caption, the last
        lines of another item) between the headline and its byline — unless that block is a note
        labelled as one (「编者按：…」, set under the headline over the byline).  (An author named by
        label may sign after the text, 「作者：…」: ``AUTHOR_LABEL_RE``, not looked at.)"""
        signed = [k for k, (a, _b) in enumerate(blocks)
                  if BYLINE_LABEL_RE.match(page[a].text) is not None and AUTHOR_LABEL_RE.match(page[a].text) is None
                  and not _signs_text(page, blocks, k)]
        if not signed:
            return
        for j in signed:   # (nor does the text open on one: the extractor's own first block is trusted)
            self.fault[self.start][j] = max(self.fault[self.start][j], int(j > 0))
        # a note the extractor wrote straight over a byline (「编者按：…」 / 「通讯员 王春燕」) stands in
        # that item's opening, under its headline, as the byline does: it goes on from no body text
        # either (else the byline's one fault, a note between, is never seen) and keeps its byline
        noted = [k - 1 for k in signed if k > 0 and FIELD_LINE_RE.match(page[blocks[k - 1][0]].text) is not None]
        for k in noted:
            self.join[k][k + 1] = max(self.join[k][k + 1], PAIR_SEEN)
            self.fault[self.start][k] = max(self.fault[self.start][k], int(k > 0))
        under = signed + noted
        for i, (a, b) in enumerate(blocks):
            # (a note labelled as one stands under a headline too: 「编者按：…」 over the byline)
            if whole[b - 1] != HEAD and FIELD_LINE_RE.match(page[a].text) is None:
                for j in under:
                    if j != i:
                        self.fault[i][j] = 1
            # (a headline's blocks the extractor wrote one after the other — a kicker over its title —
            # stand together: taking one away loses a join that reads on, as a cut word's does; a
            # bracket's rest, short and unpunctuated as a title is, is no headline's)
            # (miner86) — never from a byline to another byline's block: an item is signed once, and
            # a headline signed under it after a byline is another item's (「本报记者 郑小川」 /
            # 「具间”开放」 / 「本报讯（记者 周婷…）」)
            elif (i + 1 < len(blocks) and whole[b] == HEAD and i not in rests and i + 1 not in rests
                  and not self.fault[i][i + 1] and not self.join[i][i + 1]
                  and not (_byline(page[b - 1]) and _signed_in(page, b, blocks[i + 1][1]))):
                self.join[i][i + 1] = PAIR_SEEN
                # (nor is the upper one a headline of its own: set straight over another byline it
                # would head that item alone)
                for j in signed:
                    if j != i + 1:
                        self.fault[i][j] = 1

    def steps(self, order: Sequence[int], last_ordinals: dict[int, int]) -> tuple[int, int]:
        """How many list items come right after their predecessor of the same kind; and how many
        lists open (an item 1) right under an item of the level above (「（三）」 then 「1.调研选题」)."""
        last = dict(last_ordinals)
        total = headed = 0
        above = -1    # (the kind of the ordinal read last)
        places: dict[str, tuple[int, ...]] = {}   # (the through-counted number read last, by series)
        for i in order:
            for series, place in self.series[i]:
                # (miner87) a clause's number right after the one before it in the series: its first
                # part, or the next at its level or above (``shapes.series_next``) — a step too
                total += series in places and series_next(places[series], place)
                places[series] = place
            for kind, value in self.ordinals[i]:
                total += last.get(kind) == value - 1
                headed += value == 1 and _PARENT_KIND.get(kind) == above
                last[kind] = value
                above = kind
                # (a section's ordinal starts the numbering under it afresh: 「（一）」 after 「三、」
                # opens section three's list, no step from section two's 「（一）」)
                for lower in _LOWER_KINDS[kind]:
                    last.pop(lower, None)
        return total, headed


# A headline says what its item tells, and the item's lead (its first sentence) tells it again in
# the same words (「县城新增3条公交线路」 over 「10月28日起，县城新开通3条公交线路」): an item's opening
# goes on in the body whose first characters share its headline's character pairs.  Where pdfminer
# wrote a brief's box of text apart from its headline's (the headline's box starts lower), that is
# the one fact left joining them.  The lead is read over its first sentence or so (three lines of a
# column); a pair or two the page's items share by chance (「县城」, 「城新」) counts for nothing.
LEAD_CHARS = 40
LEAD_PAIRS_MIN = 3
# (miner86) A lead that tells its headline again as a whole — this many of its pairs, a headline's
# phrase or two in the same words (「市委常委会召开会议，专题研究…科技创新」) — is the item's body
# wherever the extractor wrote it: the opening goes on in it and in no other block (``_Evidence``).
# Three pairs are two words any item of the page may share (「服务中心」, 「民生」).
LEAD_TOLD_PAIRS = 6


def _own_sentence(last: Line | None, first: Line | None) -> bool:
    """A line shaped as a sentence's tail (``SENTENCE_TAIL_RE``: a few characters and a stop) that is a
    sentence of its own where it stands: one opening on a quoted utterance whose stop falls inside
    the quote (「“开。雾散了就开。”」, 「“修桥！”一个小伙子笑着说」: a tail would close a quote it opened
    after its stop, 「“好”。」), or a short reply right under a question (「…可以申请吗？」 /
    「不需要。」, 「不能。」; not a question's cut tail, 「么办？」, nor a line opening on a word bound
    to the one before it, 「的老年人。」).  pdfminer boxes such a line apart on a one-column page — a one-line
    paragraph set in by its indent lines up with neither the line above nor the one below — and
    writes it in place: after the closed sentence it follows, as the rest of a cut sentence never is."""
    if first is None:
        return False
    if QUOTED_UTTERANCE_RE.match(first.text) is not None:
        return True
    return (last is not None and QUESTION_END_RE.search(last.text) is not None
            and REPLY_RE.match(first.text) is not None and not _bound_opening(first))


def _leads(page: Sequence[Line], blocks: list[Block], fresh: Sequence[bool], measure: float,
           cannot: Sequence[Sequence[int]]) -> list[list[float]]:
    """For every item's opening block (headline lines down to its byline) and every block opening on
    prose, how surely the prose is that item's lead: the character pairs of the headline (its
    bylines left out) found again in the prose's first characters, from ``LEAD_PAIRS_MIN`` on, each as
    sure as a pair the text holds across a join (``PAIR_SEEN``) — where one block alone shares so
    much: a story may open on a scene and name its matter in the second paragraph, and its
    headline's words then stand in more than one of its paragraphs, leads of none.  The page's
    start and end, as blocks, join nothing."""
    n = len(blocks)
    lead = [[0.0] * (n + 2) for _ in range(n + 2)]
    heads = []
    # (a block opening on prose: not on a headline's line, a byline or another item's opening)
    prose = [not fresh[j] and not signs(page[a]) and not _opening(page[a:b], measure)
             for j, (a, b) in enumerate(blocks)]
    opening = [_opening(page[a:b], measure) for a, b in blocks]
    # (miner86) a lead is read on through the prose boxes after its own, never into a headline's or a
    # byline's box: the characters of an opening written right under a short box are no lead's
    stops = [next((blocks[k][0] for k in range(j + 1, n) if not prose[k]), len(page)) for j in range(n)]
    for i, (a, b) in enumerate(blocks):
        block = page[a:b]
        # (miner86) the headline is the opening's whole run: pdfminer boxes each headline line set
        # with space around it, and the byline, apart — the signed block alone holds no title, the
        # headline blocks the extractor wrote straight over it do (``_headline_run``)
        title = "".join(line.text for k in _headline_run(opening, i) for line in page[slice(*blocks[k])]
                        if not signs(line))
        heads.append(_pairs(title) if opening[i] and signs(block[-1]) else set())
    for i, head in enumerate(heads):
        # (an opening the extractor wrote its body after is read so: a story may open on a scene,
        # and its second paragraph name the headline's matter — only one written with no body after
        # it, its box apart from its body's, looks for its lead; so does one written over prose it
        # cannot go on in, ``cannot`` — the rest of another column's sentence, 「余家孵化器和众创空间。」)
        written_over = i + 1 < n and prose[i + 1]
        if not head or written_over and not cannot[i][i + 1]:
            continue
        # (over prose it cannot go on in, its lead must tell the headline again as a whole: ``LEAD_TOLD_PAIRS``)
        least = LEAD_TOLD_PAIRS if written_over else LEAD_PAIRS_MIN
        shared = [0 if j == i or not prose[j] else len(head & _pairs(_lead_text(page, a, stops[j])))
                  for j, (a, _b) in enumerate(blocks)]
        # (a lead read on into the box written after its own is one lead: its first box stands for it)
        found = [j for j in range(n) if shared[j] >= least and not (j and shared[j - 1] >= LEAD_PAIRS_MIN)]
        if len(found) == 1:
            lead[i][found[0]] = PAIR_SEEN * shared[found[0]]
    return lead


def _closes_opening(last: Line, holds_headline: bool, opening_above: bool, opening: bool) -> bool:
    """A block of an item's opening (``opening``) ends on its byline (``last``): the block holds headline
    lines over it, or (miner86) pdfminer boxed the byline alone under the opening written over it
    (``opening_above``).  Such a block goes on in its item's body, never in another item's headline."""
    return opening and (holds_headline or opening_above) and _byline(last)


def _signed_in(page: Sequence[Line], a: int, b: int) -> bool:
    """(miner86) A byline or dateline stands in the block ``a:b``: a line of it — or one with the line
    under it, where the column wrapped it inside its bracket (「本报讯（记者 周婷 通讯员 邱」 / 「明）」)
    — reads as one whole (``BYLINE_LABEL_RE``)."""
    texts = [line.text.strip() for line in page[a:b]]
    return any(BYLINE_LABEL_RE.match(text) is not None for text in [*texts, *map(str.__add__, texts, texts[1:])])


def _body_prose(page: Sequence[Line], a: int, b: int, fresh: bool, opening: bool) -> bool:
    """(miner86) The block ``a:b`` is an item's running text: it opens on no headline, byline, field or
    来源 line (``fresh``, ``opening``: its parts as read) and ends on no photo's credit (a caption)."""
    first = page[a]
    return not (fresh or opening or signs(first) or SOURCE_LINE_RE.match(first.text) is not None
                or FIELD_LINE_RE.match(first.text) is not None or CREDIT_RE.search(page[b - 1].text) is not None)


def _signed_opening(page: Sequence[Line], blocks: list[Block], measure: float) -> bool:
    """(miner86) The page's first blocks are an item's opening boxed apart: headline blocks down to a
    block a byline or dateline ends (each headline line set with space around it is a box of
    pdfminer's own) — the page read in order starts there, as on a headline of two lines in one box."""
    for k, (a, b) in enumerate(blocks[:HEADLINE_BLOCKS_MAX + 1]):
        if not _opening(page[a:b], measure):
            return False
        if k and signs(page[b - 1]):
            return True
    return False


def _headline_run(opening: Sequence[bool], i: int) -> range:
    """(miner86) The blocks of the opening block ``i`` signs: it and the opening blocks written straight
    over it, up to ``HEADLINE_BLOCKS_MAX`` (a kicker, a title wrapped over two boxes, a subtitle)."""
    k = i
    while k > 0 and i - k < HEADLINE_BLOCKS_MAX and opening[k - 1]:
        k -= 1
    return range(k, i + 1)


# An item's headline is a kicker, a title (two lines at most, each boxed alone where space parts
# them) and a subtitle: four boxes over its byline at most.
HEADLINE_BLOCKS_MAX = 4


def _lead_text(page: Sequence[Line], start: int, stop: int) -> str:
    """The first ``LEAD_CHARS`` of the prose written from line ``start`` on (a lead's first line may
    stand in a box of its own: pdfminer parts a line set spread from the lines under it)."""
    text = ""
    for line in page[start:stop]:
        if len(text) >= LEAD_CHARS:
            break
        text += _SPACES_RE.sub("", line.text)
    return text[:LEAD_CHARS]


def _pairs(text: str) -> set[str]:
    """The text's pairs of ideographs standing side by side."""
    text = _SPACES_RE.sub("", text)
    return {text[k:k + 2] for k in range(len(text) - 1) if _IDEO_PAIR_RE.fullmatch(text[k:k + 2])}


_SPACES_RE = re.compile(r"[\s\u3000]+")
_IDEO_PAIR_RE = re.compile(f"[{IDEOGRAPH}]{{2}}")


def _bound_opening(line: Line) -> bool:
    """The line is prose (a clause mark or a stop in it) and opens on a word that binds to the word
    before it (``shapes.BOUND_OPEN_TAGS``: 了, 着, 的, 地, 得, 等): no sentence opens so, so the line
    is the rest of one a line's end cut — where a column's box opens so, it goes on from another
    column's foot (「…只在内部加装」 / 「了书架和照明。」).  (A headline wrapped in a narrow column
    opens its rest so too, 「一条街上」 / 「的“创新生态”」, and goes on from its own first line:
    no clause mark in it, it is left to the headline grammar.)"""
    if not (line.clause or line.final):
        return False
    tagged = words(line.text)
    return bool(tagged) and tagged[0][1] in BOUND_OPEN_TAGS


def _series_place(line: Line, measure: float) -> tuple[str, tuple[int, ...]] | None:
    """(miner87) Where the through-counted number the line opens on stands in its series
    (``shapes.series_place``), where ``turn.series_number`` reads one there (an article's number set
    apart, a clause's on a heading's short line: a figure opening prose numbers nothing)."""
    if series_number(line, measure) is not None:
        return series_place(line.text)
    # (a subclause's number set apart from its text by an ideographic space opens the clause's
    # prose as surely: 「4.2.1　城市书房建筑面积…」 — a figure in prose is spaced by a word space)
    return series_place(line.text) if CLAUSE_PROSE_RE.match(line.text) is not None else None


def _clause_head(line: Line, measure: float) -> bool:
    """(miner87) The line opens on a standard's clause number (「1　范围」, 「4.2.1　…」: ``_series_place``'s
    「.」 series) — a law's article number opens a line of running text, which a loose page's line
    after a row parted at its gutter may go on (``_joins_block`` keeps it there)."""
    found = _series_place(line, measure)
    return found is not None and found[0] == "."


def _item_ordinal(text: str) -> tuple[int, int] | None:
    """The list ordinal a line starts with (``shapes.ordinal``), an item numbered 「1.」 set solid
    before its first ideograph (「1.调研选题」, GB/T 9704's third level, as 「1、」) among them."""
    found = ordinal(text)
    if found is None and ITEM_SOLID_RE.match(text) is not None:
        return 3, int(text[:text.index(".")])
    return found


def _section_over_text(block: Sequence[Line], found: Sequence[str]) -> bool:
    """The block is a section's head over its text: it opens on headline lines with no byline,
    dateline or kicker among them (「一只药箱」) and goes on in body lines in its box.  An item's
    headline is set larger, with space under it, and signed: pdfminer boxes it alone or with its
    byline; a section's head, set in the column's own size with little space, shares its
    paragraph's box.  (A narrow column's paragraph may open on a short line without punctuation, a
    title's shape: 「刘守山毕业于市卫生」 — the body's lines say the block goes on in text.)"""
    if found[0] != HEAD or BODY not in found:
        return False
    return not any(map(announces, block[:found.index(BODY)]))


def _wrapped_title(page: Sequence[Line], start: int, end: int, measure: float) -> bool:
    """The block opens on a title wrapped at the column's edge (「市委常委会召开会议专题研究科技创新工」 /
    「作强调」): lines as full as the measure holding no punctuation, then a short one holding none —
    a title's.  Prose is punctuated: a paragraph's full lines hold its clauses, and its last line,
    the short one, ends on its stop; a line of a title holds neither, full or short."""
    k = start
    while k < end and not page[k].clause and not page[k].final and not page[k].listed and not page[k].opener:
        if title_line(page[k], measure):
            return k > start
        k += 1
    return False


def _runs_on(page: Sequence[Line], block: Block, measure: float) -> bool:
    """The block opens on a line of prose as full as the measure, not set in: in a text whose
    paragraphs open set in, the rest of a paragraph — unless the block is a photo's caption (set
    full from its first line, its credit last).  Prose: a clause mark in the line, or in the line
    under it in the block (a narrow column's line may hold none)."""
    a, b = block
    first = page[a]
    return ((first.clause or a + 1 < b and page[a + 1].clause) and not first.indent and not first.opener and not first.listed
            and first.width + first.unsure >= measure - FULL_SLACK_EM
            and CREDIT_RE.search(page[block[1] - 1].text) is None)


def _set_in_opening(page: Sequence[Line], block: Block, measure: float) -> bool:
    """The block opens on a paragraph's first line where the page's paragraphs open set in: a line
    of prose (a clause mark in it) that is not the paragraph's last (no stop last, a line of the
    block under it), short of the measure by about the indent the extractor dropped
    (``LOST_INDENT_MIN_EM`` to ``LOST_INDENT_MAX_EM``: two ideographs, give or take a narrow digit),
    or set in where the extractor kept the indent.  A line inside a paragraph runs full to the
    measure, so a sentence cut at a column's foot goes on at the next column's top in a full
    line or in its paragraph's last, never in a line set in."""
    a, b = block
    first = page[a]
    if b - a < 2 or not _running_prose(first):
        return False
    return bool(first.indent) or measure - LOST_INDENT_MAX_EM <= first.width \
        and first.width + first.unsure <= measure - LOST_INDENT_MIN_EM


def _running_prose(line: Line) -> bool:
    """``line`` is a line of a paragraph that goes on: a clause mark in it and no stop last, and no
    shape of its own — no opener or list number, no space between fields, no photo credit."""
    if not line.clause or line.final or line.opener or line.listed:
        return False
    return " " not in line.text and CREDIT_RE.search(line.text) is None


def _heading_block(page: Sequence[Line], block: Block) -> bool:
    """The block is a heading: it opens on a list number or a heading's shape, and no sentence in
    it ends (a numbered paragraph's text ends on its stop; a heading wrapped holds none)."""
    a, b = block
    return (page[a].listed or page[a].opener) and not any(line.final for line in page[a:b])


def _cut_in_prose(page: Sequence[Line], block: Block, measure: float) -> bool:
    """The block ends on a line cut inside a paragraph's sentence (``open_line``) and shows it is
    prose: a line of the block stands over it, and the block is no heading (``_heading_block``).
    A heading wrapped full holds a clause mark too (「一、客观看待过去一年的」 / 「成绩，进一步坚定
    发展信心」), and a lone line an extractor boxed apart may be such a heading's rest."""
    a, b = block
    return b - a > 1 and open_line(page[b - 1], measure) and not _heading_block(page, block)


def _ordered(page: list[Line], before: Line | None, after: Line | None, measure: float,
             pairs: Counter[str], last_ordinals: dict[int, int], *, parted: bool = False) -> list[Line]:
    """The page with its blocks in the order the evidence reads (the page itself when unmoved;
    ``parted``: the text's blocks are parted at each change of left edge, ``_outdents_read``)."""
    blocks = _blocks(page, measure)
    # the page's head (its paper, section, page and date: a block of header parts, or more than one
    # where the extractor wrote its two ends apart) stands over the columns: it is read first, and
    # the columns' blocks are ordered under it
    head = next((k for k, (a, b) in enumerate(blocks) if not all(map(header_line, page[a:b]))), len(blocks))
    if 0 < head < len(blocks):
        cut = blocks[head][0]
        rest = _ordered(page[cut:], before, after, measure, pairs, last_ordinals, parted=parted)
        return page if rest is page[cut:] or rest == page[cut:] else [*page[:cut], *rest]
    # (a page the extractor wrote in fewer boxes — or in none, as one run of lines — is left as written;
    # a one-page text in two, its later column written first, is still turned: ``TURN_BLOCKS_MIN``)
    unglued = len(_blocks(page, measure, glued=False))
    if unglued == TURN_BLOCKS_MIN and len(blocks) == TURN_BLOCKS_MIN and before is None and after is None:
        spun = _turned(page, blocks, measure)
        return page if spun is None else _restarted(spun, True)
    if not 3 <= unglued <= BLOCKS_MAX or len(blocks) > BLOCKS_MAX:
        return page
    # the notes set at a column's or the page's foot are read after the page's text, the rest ordered
    # without them (pdfminer writes a note's box where its order of boxes puts it: between a
    # column's cut line and its rest)
    noted = _set_notes(page, blocks)
    if noted:
        text = [line for k, (a, b) in enumerate(blocks) if k not in noted for line in page[a:b]]
        rest = _ordered(text, before, after, measure, pairs, last_ordinals, parted=parted)
        notes = [line for k in sorted(noted) for line in page[blocks[k][0]:blocks[k][1]]]
        return _restarted([*rest, *notes], page[0].page_start)
    if all(line.other_at < 0 for line in page):
        return _read(page, before, after, measure, pairs, last_ordinals, parted=parted)[0]
    # ``flow`` handed on beside the page another reading of its blocks (``line.other_at``: the blocks
    # as written, which the split by height reads, or taken up in turn): both are ordered, and the
    # other is kept only where its result reads better by the page's own evidence
    chosen, chosen_reads = _read(page, before, after, measure, pairs, last_ordinals, parted=parted)
    other = _restarted(sorted(page, key=_OTHER_AT), page[0].page_start)
    moved, moved_reads = _read(other, before, after, measure, pairs, last_ordinals, parted=parted)
    return moved if moved_reads > chosen_reads else chosen


_OTHER_AT = attrgetter("other_at")


def _read(page: list[Line], before: Line | None, after: Line | None, measure: float, pairs: Counter[str],
          last_ordinals: dict[int, int], *, parted: bool = False) -> tuple[list[Line], int]:
    """The page split by height where plain pdftotext merged its columns' blocks so
    (``_height_streams``), then its blocks moved into the order the evidence reads (``_moved``); and
    how well that order reads (``_reading``)."""
    streamed = _height_streams(page, measure, pairs, after is None)
    if streamed is None:
        return _moved(page, before, after, measure, pairs, last_ordinals, parted=parted)
    # (pdftotext's blocks merged by height: read column by column, the moves below start there)
    return _moved(_restarted(streamed, page[0].page_start), before, after, measure, pairs, last_ordinals, parted=parted)


def _moved(page: list[Line], before: Line | None, after: Line | None, measure: float, pairs: Counter[str],
           last_ordinals: dict[int, int], *, parted: bool = False) -> tuple[list[Line], int]:
    """The page with its blocks in the order the evidence reads (the page itself when unmoved; a
    one-page text read from its second run on where it reads round, ``_turned``), and how well that
    order reads (``_reading``)."""
    blocks = _blocks(page, measure)
    spun = _turned(page, blocks, measure) if before is None and after is None else \
        _turned_later(page, blocks, before, measure) if any(line.after_head for line in page) else None
    turn = spun is not None
    if spun is not None:
        # (the page read from its second run on: the moves below start from that order)
        page = spun
        blocks = _blocks(page, measure)
    evidence = _Evidence(page, blocks, before, after, measure, pairs, parted=parted)
    order = list(range(len(blocks)))
    for _move in range(len(blocks)):
        best = _best_move(order, evidence, last_ordinals)
        if best is None:
            break
        order = best
    reads = _reading(order, evidence, last_ordinals)
    if order == sorted(order):
        return (_restarted(page, page[0].page_start or bool(turn)) if turn else page), reads
    out = [line for i in order for line in page[blocks[i][0]:blocks[i][1]]]
    return _restarted(out, page[0].page_start or bool(turn)), reads


def _reading(order: Sequence[int], evidence: _Evidence, last_ordinals: dict[int, int]) -> int:
    """How well the page's blocks read in ``order``, by the evidence the moves weigh: the list steps
    taken and lists opened under their parent item, less the faults across its joins (an open end
    not gone on, a fresh opening after one; the page's start and end among them).  How well the
    joins go on is left out: ``flow`` chose between the readings by the words their joins read."""
    seq = [evidence.start, *order, evidence.end]
    steps, headed = evidence.steps(order, last_ordinals)
    return steps + headed - sum(evidence.fault[x][y] for x, y in zip(seq, seq[1:]))


def _turned_later(page: list[Line], blocks: list[Block], before: Line | None, measure: float) -> list[Line] | None:
    """A page of a longer text read from where a piece of its head was dropped inside it, then from
    its start (None where the extractor's order stands).  Where the page before ends inside a
    sentence, its text goes on in the page's column top: the marked block turns where it goes on
    (its first line opens no block of its own) and the page's written start does not; elsewhere
    the grammar's turn at a marked item's opening (``turn.LATER_PAGE``)."""
    if before is None or not ends_open([before], measure):
        return _turned(page, blocks, measure, LATER_PAGE)
    if not fresh_line(page[0], measure) and not page[0].blanks_before:
        return None   # (the page as written goes on from the page before)
    marked = [a for a, _b in blocks[1:] if page[a].after_head and not fresh_line(page[a], measure)]
    if len(marked) != 1:
        return None
    start = marked[0]
    return [*page[start:], page[0].but(blanks_before=max(1, page[0].blanks_before)), *page[1:start]]


def _turned(page: list[Line], blocks: list[Block], measure: float, kind: Turns = ONE_PAGE) -> list[Line] | None:
    """The one-page text read from the block ``turn`` finds on, then from its start; None where the
    extractor's order stands.  A running head over the page (``_running_head``) stays first, as
    set, and names the text's title to ``turn``.  (The text's first line, now inside the page,
    starts a block: it started the text.)  Where ``turn`` finds no turn of a one-page text, the text
    under its opening headline may still be read from its salutation on (``_addressed_late``)."""
    title = _running_head(page, blocks, measure)
    pinned = 1 if title is not None else 0
    if not pinned and kind is ONE_PAGE:
        # (the text's last box going on right under its opening headline: the text under it is turned)
        pinned = opening_rest(page, blocks, measure)
        kind = UNDER_TITLE if pinned else kind
    rest, kept = page[pinned:], [(a - pinned, b - pinned) for a, b in blocks if a >= pinned]
    held = pinned or _headline_opening(page, blocks, measure) if title is None and kind in (ONE_PAGE, UNDER_TITLE) else 0
    # (a regulation's or a standard's numbers read in their order under its headline held first: a
    # whole page turned at an item's headline reads the title after the articles — ``_numbered_late``)
    k = _numbered_late(page[held:], [(a - held, b - held) for a, b in blocks if a >= held], measure) if held else 0
    if k:
        pinned = held
        rest, kept = page[pinned:], [(a - pinned, b - pinned) for a, b in blocks if a >= pinned]
    else:
        k = turned(rest, kept, measure, title, kind)
    if not k and (pinned := held):
        # (the opening headline, written first, read first — pinned by the text's end going on under
        # it, or by its own lines — and the text under it read from its salutation on)
        rest, kept = page[pinned:], [(a - pinned, b - pinned) for a, b in blocks if a >= pinned]
        k = _addressed_late(rest, kept, measure)
    if not k:
        return None
    start = kept[k][0]
    return [*page[:pinned], *rest[start:], rest[0].but(blanks_before=max(1, rest[0].blanks_before)), *rest[1:start]]


def _addressed_late(rest: Sequence[Line], blocks: list[Block], measure: float) -> int:
    """The block of ``rest`` — the text under a one-page text's opening headline — that opens on the
    text's salutation standing after its body's text (0: none does).  A letter or a speech addresses
    those it speaks to once, before it says anything (「同志们：」, 「广大市民朋友们：」, 「全市广大教师、
    教育工作者和离退休教职工：」: ``shapes.headline_apart``'s addressees, wrapped over two lines or
    not), right under its headline; written after prose that ends a sentence, the salutation opens the
    first column, and what pdfminer wrote before it — the later column, whose top stood higher, beside
    the headline — is the text's end: it is read after the page's end, where that end can go on in it
    (``turn``'s one new join, ``turn.wraps``)."""
    found = parts(rest, measure)
    at = [k for k, (a, b) in enumerate(blocks) if k and (rest[a - 1].final or found[a - 1] == SOURCE)
          and any(_salutation(rest, a, n, found) for n in (1, 2) if a + n <= b)]
    if len(at) != 1 or not wraps(rest[-2:], rest[0], found[0] == HEAD, measure):
        return 0
    start = blocks[at[0]][0]
    # (and the reading from the salutation mends the text as written: a speech reported inside a
    # transcript is addressed after its host's words, 「主持人：…致辞。」 / 「同志们、朋友们：」, in order)
    spun = _Reading([*rest[start:], *rest[:start]], [*found[start:], *found[:start]], measure)
    return at[0] if grammar_faults(spun) < grammar_faults(_Reading(rest, found, measure)) else 0


def _numbered_late(rest: Sequence[Line], blocks: list[Block], measure: float) -> int:
    """(ordinal82) The block of ``rest`` — the text under a one-page text's opening headline — that opens
    on a regulation's article, chapter or a standard's clause (``turn.series_number``) and from which the
    text reads its numbers in their order (0: none does).  pdfminer wrote the later column, whose top
    stood beside the headline, before the first column: the text as written counts its parts up, then
    back from the first column's top (「第六条」 … 「第十条」, 「第一条」 … 「第五条」: ``turn``'s
    ``series_broken``).  The block read first is the one, standing after a line that ends a sentence,
    whose reading has fewest of the grammar's faults — fewer than the text as written, and no other
    block's as few — where the page's end can go on in the rest's first line (``turn.wraps``)."""
    found = parts(rest, measure)
    if not wraps(rest[-2:], rest[0], found[0] == HEAD, measure):
        return 0
    least = grammar_faults(_Reading(rest, found, measure))
    counts: dict[int, int] = {}
    for k, (a, _b) in enumerate(blocks):
        if k and (rest[a - 1].final or found[a - 1] == SOURCE) and series_number(rest[a], measure) is not None:
            counts[k] = grammar_faults(_Reading([*rest[a:], *rest[:a]], [*found[a:], *found[:a]], measure))
    fewest = min(counts.values(), default=least)
    at = [k for k, count in counts.items() if count == fewest]
    return at[0] if fewest < least and len(at) == 1 else 0


def _salutation(lines: Sequence[Line], at: int, n: int, found: Sequence[str]) -> bool:
    """The ``n`` lines from ``at`` are a salutation (``shapes.headline_apart``'s addressees) that the
    text goes on from in prose: the line after them is body text (``turn.parts``).  A kicker naming a
    body over its title (「家门口的养老服务中心：」 / 「老人吃饭有了好去处」) addresses no one: a headline's
    line follows it."""
    return (at + n < len(lines) and found[at + n] == BODY
            and headline_apart("".join(line.text for line in lines[at:at + n])) == "addressees")


def _headline_opening(page: Sequence[Line], blocks: list[Block], measure: float) -> int:
    """Where the text under a one-page text's opening headline starts, the headline written first
    (0: the page does not open on one): the page's first blocks, every line a headline's
    (``turn.parts``), up to the first block holding a body line — a title, its subtitle, its
    byline set over the columns, a regulation's note in brackets under its title (``_title_note``)."""
    found = parts(page, measure)
    end = 0
    for a, b in blocks:
        if not all(part == HEAD for part in found[a:b]) and not (end and _title_note(page[a:b])):
            break
        end = b
    return end if end < len(page) else 0


def _title_note(block: Sequence[Line]) -> bool:
    """(ordinal82) The block is one remark in brackets whole (「（2026年8月12日青川县人民政府第三十一次
    常务会议审议通过）」): a regulation's 题注, set under its title, over its text — the headline's, however
    wide its lines (``turn.parts`` reads a full line as body)."""
    text = "".join(line.text for line in block).strip()
    return text[:1] in "（(" and text[-1:] in "）)" and not any(mark in text[1:-1] for mark in "（()）")


def _running_head(page: Sequence[Line], blocks: list[Block], measure: float) -> str | None:
    """The text a page's running head repeats: a one-line first block, shaped as a title, whose text
    a later block opens on (a booklet's head repeating the text's title, 书眉: on a text's one page
    the head and its title both stand there).  None where the page has no such head."""
    if len(blocks) < 3 or blocks[0] != (0, 1) or not title_line(page[0], measure):
        return None
    text = page[0].text.strip()
    return text if any(page[a].text.strip() == text for a, _b in blocks[1:]) else None


def _set_notes(page: Sequence[Line], blocks: list[Block]) -> set[int]:
    """The blocks that are notes set at a foot, written among the text's blocks: a block opening
    on a note's marker and its text (「①语出《论语·子路》。」) whose mark the page's text holds as a
    reference (inside a line, after the words it notes: 「…令不从。”①作风正」), with the blocks its
    text goes on in until it ends on a full stop.  A page's notes stand under its text: a note's
    box written before another block of text stands out of place.  (A list numbered ①② opens its
    items on their lines; its marks stand inside no other line.)"""
    refs = {line.text[k] for line in page for k in range(1, len(line.text)) if line.text[k] in NOTE_MARK_FIRST}
    if not refs:
        return set()   # (most pages: no note mark inside a line)
    noted: set[int] = set()
    for k, (a, _b) in enumerate(blocks):
        first = page[a].text
        start = NOTE_START_RE.match(first) if first[:1] in refs else None
        if start is None or not start.group(2) or PUSHED_MARKER_RE.match(first) is not None:
            continue
        run = [k]
        while not _NOTE_END_RE.search(page[blocks[run[-1]][1] - 1].text) and len(run) < NOTE_BOXES_MAX \
                and run[-1] + 1 < len(blocks) and not page[blocks[run[-1] + 1][0]].text[:1] in NOTE_MARK_FIRST:
            run.append(run[-1] + 1)
        if not _NOTE_END_RE.search(page[blocks[run[-1]][1] - 1].text):
            continue   # (no note ends so: a list's item, or a reference's line)
        noted.update(run)
    # (notes already under the page's text stand where they are)
    text = [k for k in range(len(blocks)) if k not in noted]
    return noted if text and any(k < text[-1] for k in noted) else set()


def _ordered_loose(page: list[Line], before: Line | None, after: Line | None, measure: float,
                   pairs: Counter[str], last_ordinals: dict[int, int]) -> list[Line]:
    """A loose page (a blank line between most of its lines) in the order its rebuilt blocks read:
    the page with its blank lines kept only where a block starts (``_loose_page``) is ordered as
    any page is, and its lines are read back as they were (their blank lines too).  A page pdfminer
    merged line by line from two in-order streams is read as the two streams (``_unmerged``), and
    no block of it moved after: the streams' order is the page's."""
    dealt = _unmerged(page, measure, pairs)
    if dealt is not page:
        return _restarted(dealt, page[0].page_start)
    dealt = _undealt(page, measure, pairs)
    tight = _loose_page(dealt, measure)
    own = {(line.lineno, line.text): line for line in page}
    if len(own) < len(page):
        return page   # (two pieces of one line alike: the lines cannot be read back, the page stays)
    if not _loose_out_of_order(tight, before, after, measure) \
            or _written_in_order(page, tight, before, after, measure, pairs):
        # (a one-page text whose running head names it is read from its title, as any page is:
        # ``_turned``; a head naming the text is evidence a page read in order never contradicts)
        blocks = _blocks(tight, measure)
        spun = _turned(tight, blocks, measure) if before is None and after is None \
            and _running_head(tight, blocks, measure) is not None else None
        if spun is not None:
            return _restarted([own[line.lineno, line.text] for line in spun], page[0].page_start)
        return page if dealt is page else _restarted(dealt, page[0].page_start)
    moved = _ordered(tight, before, after, measure, pairs, last_ordinals)
    if moved is tight:
        return page if dealt is page else _restarted(dealt, page[0].page_start)
    # (a row of two columns' lines the split by height parted at its gutter, ``_rows_parted``, is
    # read back as its pieces: they are lines of no one written line, each a block of its own)
    return _restarted([own.get((line.lineno, line.text), line) for line in moved], page[0].page_start)


def _stream_join(x: Line, y: Line, pairs: Counter[str], measure: float, indents: bool,
                 set_small: bool = False) -> float:
    """Evidence (log-odds) that ``y`` comes right after ``x`` in one stream of a merged loose page:
    ``flow._join`` (a word or a seen pair across the break, a cut line followed by a shaped opener),
    and what the lines' shapes say (``SHAPE_CLASH``, ``CLOSE_AFTER_END``).  Widths are taken less a
    hung mark: a full line ending on one stands an em past the measure.  With ``set_small``, ``y``
    is a photo's caption, set smaller than the text: its line runs as wide as the column or wider
    whatever it holds, so its width says nothing of a line running on."""
    score = _join(x, y, pairs, measure - FULL_LINE_SLACK_EM)
    wx = x.width + x.unsure - HANG_EM * (x.text[-1:] in HANGING_MARKS)
    wy = y.width + y.unsure - HANG_EM * (y.text[-1:] in HANGING_MARKS)
    cut = wx >= measure - FULL_SLACK_EM and not x.final
    if _quote_closed_over(x, y):
        score += PAIR_SEEN     # (as sure as a pair the text holds elsewhere: the quotation closes there)
    elif not cut and _CLOSE_FIRST_RE.match(y.text) is not None:
        score += CLOSE_AFTER_END
    if not indents:
        return score
    short = measure - INDENT_EM - FULL_PROSE_SLACK_EM     # (shorter than a set-in first line)

    def heading(line: Line, width: float) -> bool:   # (no clause mark, shorter than a first line)
        return not line.clause and width < short

    opens = not y.final and (abs(wy - measure + INDENT_EM) <= FULL_PROSE_SLACK_EM or heading(y, wy))
    ends = wx < measure - FULL_SLACK_EM and (x.final or heading(x, wx))
    runs_full = wy >= measure - FULL_SLACK_EM and not (y.listed or y.opener or set_small)
    if cut and opens:
        score += SHAPE_CLASH      # (a cut sentence going on in a set-in opening or a heading)
    if ends and runs_full:
        score += SHAPE_CLASH      # (a paragraph's last line or a heading going on in a full line)
    return score


def _quote_closed_over(x: Line, y: Line) -> bool:
    """``y`` opens on the closing quotation mark ``x`` leaves open (「“过去种地靠经验，现在靠数据。」 /
    「”种植大户老陈…」): the quotation's last sentence stopped at the line's end and its closing mark,
    which cannot stand first on a line yet was pushed there, is the next line's first glyph — the
    line ends on a stop inside its sentence's quotation, not after it."""
    return x.final and y.text[:1] in "”’" and leaves_quote_open(x.text)


def _unmerged(page: list[Line], measure: float, pairs: Counter[str]) -> list[Line]:
    """The loose page read as two in-order streams put one after the other, where it is a merge.

    pdfminer at open leading writes each line of a column page as a box of its own and sorts the
    boxes so that its text is a merge of two streams, each in reading order (about the first and
    the second half of the page): line by line where their columns share rows, in runs elsewhere.
    Of all splits of the page's lines into two subsequences A (holding the first line) and B, the
    one whose joins inside each stream, and from A's last line on into B's first, read on best
    (``_stream_join``) is found by a pass over the lines whose state is the last line given to the
    other stream (``_split``), once for each line B may open on.  Only a page whose lines pdfminer
    boxed one by one is looked at (``BOXED_MAX_SHARE``: where it boxed a column's lines together,
    its boxes are runs read as blocks), and it is read as A then B only where a split beats the page
    as written by ``UNMERGE_GAIN_MIN`` and each stream holds ``STREAM_MIN_LINES``: a one-column
    page's best split gains only chance pairs.  Where the page's running head names a title whose
    two pieces stand apart (``_named_titles``), the pieces pin the split instead (``_named_split``).
    (The page itself otherwise.)"""
    n = len(page)
    if n < 2 * STREAM_MIN_LINES or sum(not line.blanks_before for line in page[1:]) > BOXED_MAX_SHARE * n:
        return page
    indents = _indented(page, measure)
    memo: dict[tuple[int, int], float] = {}

    def join(a: int, b: int) -> float:
        found = memo.get((a, b))
        if found is None:
            found = memo[a, b] = _stream_join(page[a], page[b], pairs, measure, indents)
        return found
    columns: dict[int, list[float]] = {}

    def column(b: int) -> list[float]:   # (the joins of every line before ``b`` into it: ``_split``)
        found = columns.get(b)
        if found is None:
            found = columns[b] = [join(a, b) for a in range(b)]
        return found
    written = [0.0]
    for k in range(n - 1):
        written.append(written[-1] + join(k, k + 1))
    named = _named_titles(page, measure)
    if named:
        # (a head naming its title in pieces that stand apart: the split joining one pair of pieces
        # best, needing to beat the page as written by one word only; the pieces say it is a merge)
        gain, labels = max((_named_split(join, n, written, pair) for pair in named), key=lambda found: found[0])
        if gain < UNMERGE_NAMED_GAIN_MIN:
            return page
        return [line for s in (0, 1) for line, own in zip(page, labels) if own == s]
    if _skipped_rests(n, join) < SKIPPED_RESTS_MIN:
        return page   # (every cut line's rest where written: text in reading order, no merge)
    # (first the best split with B opening anywhere and no junction, a cheap bound: a page whose
    # best split does not pay so is no merge, and is not looked at once for each opening of B)
    if _split(join, n, 0, 0.0, junction=False, column=column)[0] - written[-1] < UNMERGE_GAIN_MIN:
        return page
    best, labels = _best_opening(join, n, written, column)
    if best - written[-1] < UNMERGE_GAIN_MIN or min(sum(labels), n - sum(labels)) < STREAM_MIN_LINES \
            or _words_gained(labels, join) < UNMERGE_WORDS_MIN:
        return page
    return [line for s in (0, 1) for line, own in zip(page, labels) if own == s]


def _best_opening(join, n: int, written: list[float], column) -> tuple[float, list[int]]:
    """The best of the splits ``_opening_split`` gives for each line 1 … n-1 that B may open on, and
    its score — the first such line where several score alike (as ``max`` over them in order).

    Each opening's pass costs n²/2 steps; most openings cannot win.  One pass backwards over the
    page (``_opening_bounds``) bounds every opening's score from above: the openings are tried
    from the highest bound down, and the search stops at the first whose bound falls short of the
    best score found (``BOUND_SLACK``) — no opening left can reach it, so none left can win or tie.
    The scores and labels are ``_opening_split``'s own, and ties go to the earliest opening."""
    bounds = _opening_bounds(join, n, written, column)
    best, labels, first = float("-inf"), [], n
    for f in sorted(range(1, n), key=lambda f: -bounds[f]):
        if bounds[f] + BOUND_SLACK < best:
            break
        score, trial = _opening_split(join, n, f, written, column)
        if score > best or (score == best and f < first):
            best, labels, first = score, trial, f
    return best, labels


def _opening_bounds(join, n: int, written: list[float], column) -> list[float]:
    """For each line f that B may open on, a bound on ``_opening_split``'s score: A's joins up to
    line f-1 (``written[f - 1]``), the best the lines from f on can score once B opens on f, and the
    best junction any of A's possible last lines (f-1, or any line after f) could make into f.
    The middle term is one pass backwards over the page for all openings at once: from line i on,
    the best a state (stream s, the other stream's last line j) can still score depends on i, s
    and j, not on where B opened (``_split``'s steps, read from the end) — n² steps, not n³/2."""
    # ahead[s][j + 1]: the best the lines after line i can score from state (s, j) at line i
    ahead = [[0.0] * (n + 1), [0.0] * (n + 1)]
    opened = [0.0] * n
    for i in range(n - 2, 0, -1):
        stay = join(i, i + 1)
        into = column(i + 1)
        now = [[0.0] * (n + 1), [0.0] * (n + 1)]
        for s in (0, 1):
            kept, other = ahead[s], ahead[1 - s][i + 1]
            row = now[s]
            row[0] = max(stay + kept[0], other)
            for j in range(i):
                row[j + 1] = max(stay + kept[j + 1], into[j] + other)
        ahead = now
        opened[i] = ahead[1][i]    # (state (1, i-1) at line i: B opened on i, A's last line i-1)
    bounds = [float("-inf")] * n
    for f in range(1, n):
        junction = max([column(f)[f - 1]] + [join(last, f) for last in range(f + 1, n)])
        bounds[f] = written[f - 1] + opened[f] + junction
    return bounds


def _opening_split(join, n: int, first: int, written: list[float], column=None) -> tuple[float, list[int]]:
    """The best split whose stream B opens on line ``first`` (``_split`` with its junction), and its
    score: A holds lines 0 … first-1 up to there, whose joins are the page's as written up to the
    pair (first-1, first) — the pair the split cuts, so not counted (``written[k]`` sums the written
    joins up to line k)."""
    return _split(join, n, first, written[first - 1], junction=True, column=column)


def _named_split(join, n: int, written: list[float], pair: tuple[int, int]) -> tuple[float, list[int]]:
    """The split in runs the title's pieces ``pair`` (x, y) call for, and its gain over the page as
    written: the first stream's lines up to a line c, then the other's from c on to y save x, then
    the first's from y on.  (pdfminer merges a page whose columns do not share rows in runs: beside
    a title set large the other column's lines run on, and what it wrote between the pieces is the
    other column's.)  c is where the split reads on best (``TITLE_PIECES_JOIN`` for x on into y)."""
    k, j = pair
    best, labels = float("-inf"), []
    for c in range(1, k + 1):
        trial = [0] * c + [1] * (j - c) + [0] * (n - j)
        trial[k] = 0
        score = sum(TITLE_PIECES_JOIN if (a, b) == pair else join(a, b) for a, b in _stream_joins(trial))
        first = trial.index(1)
        score += join(n - 1, first)
        if score > best:
            best, labels = score, trial
    return best - written[-1], labels


def _named_titles(page: list[Line], measure: float) -> list[tuple[int, int]]:
    """The pairs of lines that may be the pieces of the title the page's running head names,
    standing apart (``TITLE_PIECE_MIN``): a line the head opens on, and a later line not next to it
    that it reads the head on with (a head cut short may be read on by more than one line: each is
    tried).  None where the line after the first piece reads the head on: the title stands whole."""
    head = page[0].text.strip()
    if len(head) < TITLE_PIECE_MIN or not title_line(page[0], measure):
        return []
    out: list[tuple[int, int]] = []
    for k in range(1, len(page) - 1):
        first = page[k].text.strip()
        if len(first) < TITLE_PIECE_MIN or first == head or not head.startswith(first):
            continue
        rests = [j for j in range(k + 1, len(page)) if (first + page[j].text.strip()).startswith(head)]
        if rests and rests[0] == k + 1:
            return []
        out.extend((k, j) for j in rests)
    return out


def _skipped_rests(n: int, join) -> int:
    """How many of the page's lines are read on (``flow.WORD_ACROSS``) by the line after next and not
    by the next: a cut line whose rest a merge set one line further down."""
    return sum(1 for k in range(n - 2) if join(k, k + 2) >= WORD_ACROSS and join(k, k + 1) < WORD_ACROSS)


def _words_gained(labels: list[int], join) -> int:
    """How many more breaks a word is read across (``flow.WORD_ACROSS``) in the split's streams than
    in the page as written: joins the split makes, less the page's own that it cuts."""
    joins = _stream_joins(labels)
    kept = set(joins)
    made = sum(1 for a, b in joins if b != a + 1 and join(a, b) >= WORD_ACROSS)
    cut = sum(1 for k in range(len(labels) - 1) if (k, k + 1) not in kept and join(k, k + 1) >= WORD_ACROSS)
    return made - cut


def _stream_joins(labels: list[int]) -> list[tuple[int, int]]:
    """The joins inside the split's two streams."""
    last, out = [-1, -1], []
    for i, s in enumerate(labels):
        if last[s] >= 0:
            out.append((last[s], i))
        last[s] = i
    return out


def _split(join, n: int, start: int, before: float, *, junction: bool, column=None) -> tuple[float, list[int]]:
    """The best split of lines ``0 … n-1`` into stream A (0) and B (1), each in order, whose lines
    up to ``start`` are A's and line ``start`` B's first (with ``junction``; else B opens anywhere
    from ``start`` on), and its score: the joins inside each stream (``before``: those of A's lines
    before ``start``), and with ``junction`` the join from A's last line into B's first.  The state
    after line ``i``: its stream and the other stream's last line (-1: none yet).

    The pass meets every state at every line, for each line B may open on (``_opening_split``):
    n³/2 steps on a page of n lines.  So a step does no call: the join that keeps a state's stream
    (line ``i`` into ``i+1``) is the same for every state, and the joins that switch are read from
    ``column(i + 1)`` (every earlier line's join into ``i+1``, worked out once per page) — the same
    sums, compared in the same order, as asking ``join`` each time."""
    if column is None:
        def every(b: int) -> list[float]:
            return [join(a, b) for a in range(b)]
        column = every   # (not a def named as the parameter: compiled, that name is the closure's alone)
    states: dict[tuple[int, int], float] = {(1, start - 1): before} if junction else {(0, -1): before}
    backs: list[dict[tuple[int, int], tuple[int, int]]] = []
    least = float("-inf")
    for i in range(start, n - 1):
        ahead: dict[tuple[int, int], float] = {}
        back: dict[tuple[int, int], tuple[int, int]] = {}
        stay = join(i, i + 1)
        into = column(i + 1)
        switched = ((1, i), (0, i))   # (the state after switching from stream 0, from stream 1)
        for key, score in states.items():
            value = score + stay
            if value > ahead.get(key, least):
                ahead[key] = value
                back[key] = key
            s, j = key
            other = switched[s]
            value = score + (into[j] if j >= 0 else 0.0)
            if value > ahead.get(other, least):
                ahead[other] = value
                back[other] = key
        backs.append(back)
        states = ahead
    if junction:
        ends = {key: score + join(n - 1 if key[0] == 0 else key[1], start) for key, score in states.items()}
    else:
        ends = states
    state = max(ends, key=ends.__getitem__)
    best = ends[state]
    labels = [0] * n
    for i in range(n - 1, start, -1):
        labels[i] = state[0]
        state = backs[i - start - 1][state]
    labels[start] = state[0]
    return best, labels


def _crossed(a: Line, b: Line, a2: Line, b2: Line, measure: float, pairs: Counter[str]) -> bool:
    """Four loose lines that are two columns' lines dealt one by one (A, B, A', B'), in steps: each
    line its own box, on one page; A and B cut inside their sentences; their rests open nothing;
    then the crossed breaks read on as words (A|A', B|B') and the straight ones do not (A|B, B|A')."""
    if not all(line.blanks_before for line in (b, a2, b2)) or any(line.page_end for line in (a, b, a2)):
        return False
    if not (cut_at_measure(a, measure) and cut_at_measure(b, measure)):
        return False
    if any(line.opener or line.listed for line in (a2, b2)):
        return False
    crossed = goes_on(a, a2, pairs) >= WORD_ACROSS and goes_on(b, b2, pairs) >= WORD_ACROSS
    return crossed and goes_on(a, b, pairs) <= 0 and goes_on(b, a2, pairs) <= 0


def _undealt(page: list[Line], measure: float, pairs: Counter[str]) -> list[Line]:
    """The loose page with the lines of two columns that pdfminer dealt one by one read each after
    its own column's line.  pdfminer writes a loose page's lines as boxes of their own and sorts them
    down the page: where two columns' lines stand level, it alternates them, so that two lines cut
    inside their sentences (``cut_at_measure``) are each followed by the other column's line.  Each line's
    rest then stands two further on: the line after the next reads on as a word across the break
    (``flow.WORD_ACROSS``) from each, while the next does not read on from either — the pair is read
    crossed (A, B, A', B' as A, A', B, B').  A column read in order shows this only where two word
    readings fall by chance on two crossed breaks at once, and each straight break reads as none.
    (The page itself when no pair is crossed.)"""
    out = page
    k = 0
    while k + 3 < len(out):
        a, b, a2, b2 = out[k:k + 4]
        if _crossed(a, b, a2, b2, measure, pairs):
            if out is page:
                out = list(page)
            out[k + 1], out[k + 2] = a2, b
            k += 2
        else:
            k += 1
    return out


def _columned_loose(page: list[Line], after: Line | None, measure: float) -> bool:
    """The loose page, as rebuilt, was written out of its columns' order: its item grammar breaks
    where one column's run meets another's — a sentence cut inside going on in an item's headline,
    an item's opening (signed by its byline) going on in another headline, or the text ending on an
    item's opening.  A page of one column, read in order, shows none of these, though its short
    paragraphs (a story's dialogue: 「“修桥？”」) have the shapes of a column's cut tails: only these
    breaks, not the tails, tell a column page from a narrow book.  (Only the text's last page, with
    no page after it, shows where the text ends.)"""
    blocks = _blocks(page, measure, glued=False)
    if len(blocks) < 3:
        return False
    found = [parts(page[a:b], measure) for a, b in blocks]
    openings = [_opening(page[a:b], measure) and any(map(signs, page[a:b])) for a, b in blocks]
    headlines = [kinds[:2] == [HEAD, HEAD] and not signs(page[a]) for (a, _b), kinds in zip(blocks, found)]
    for i in range(len(blocks) - 1):
        a, b = blocks[i]
        if headlines[i + 1] and (openings[i] or ends_open(page[a:b], measure)):
            return True
    return after is None and openings[-1]


def _loose_page(page: list[Line], measure: float) -> list[Line]:
    """The page with a blank line before a line only where a block starts.  A line goes on the block
    above it where the line above was cut inside a sentence (``cut_at_measure``: not a byline's, which goes on
    only in its rest) and it opens nothing of its own (a heading's or list's shape, a title's line
    after a line of prose); or the line above was a field's (「来源：…」) filling the measure and it is
    the field's short rest; or both stand in an item's opening (``opens_item``: a kicker, a title's
    lines, down to the byline — a block of its own in a page set tight, an opening goes on in its
    item's body)."""
    out = [page[0]]
    heading = _heads(page[0], measure)     # (the block so far is an item's opening, unsigned)
    first = True                           # (the line above opens its block)
    for k in range(1, len(page)):
        line, last = page[k], page[k - 1]
        signed = BYLINE_LABEL_RE.match(last.text) is not None
        field = last.opener and (SOURCE_LINE_RE.match(last.text) is not None
                                 or FIELD_LINE_RE.match(last.text) is not None)
        joined = _joins_block(last, line, measure, first=first, heading=heading, signed=signed, field=field)
        still_opening = heading and joined and not signed and BYLINE_LABEL_RE.match(line.text) is None
        opens_anew = not joined and _heads(line, measure)
        heading = still_opening or opens_anew
        first = not joined
        if joined and line.blanks_before:
            out.append(line.but(blanks_before=0))
        else:
            out.append(line)
    return out


def _joins_block(last: Line, line: Line, measure: float, *, first: bool, heading: bool, signed: bool,
                 field: bool) -> bool:
    """On a loose page, ``line`` goes on the block of the line above it, ``last`` (see ``_loose_page``;
    ``first``: ``last`` opens its block, ``heading``: the block so far is an item's opening, unsigned,
    ``signed``: ``last`` is a byline, ``field``: ``last`` is a field's line, 「来源：…」)."""
    if last.page_end:
        return False
    if not line.blanks_before:
        return True       # (lines pdfminer boxed together stay together)
    if line.opener:
        return False
    if _clause_head(line, measure):
        return False      # (miner87: a standard's clause number opens a block, as its box does)
    if _rest_of(last, line):
        return True
    if not line.listed and cut_at_measure(last, measure, INDENT_EM if first and not last.opener else 0.0):
        short = title_line(line, measure)
        if signed or field:
            # (a byline goes on only in its rest; a field's line is set flush, no indent allowed for:
            # its short rest goes on, another line opening a block of its own — a document's number,
            # 「江宣发〔2026〕7号」 — in nothing)
            if short:
                return True
        # (after a line of prose cut inside its sentence, a line ending on a colon is the sentence's
        # rest, 「位党组（党委）：」, not a kicker)
        elif not last.opener and not signs(line) and (not short or not last.clause):
            return True
    # (a subtitle's dash is a list's shape, 「——…纪实」, but no numbered section's — nor a clause's or an
    # article's through-counted number, 「1　范围」, 「4.2　建筑面积」: miner87)
    return heading and (opens_item(line, measure)
                        or line.listed and ordinal(line.text) is None and series_place(line.text) is None)


def _rest_of(last: Line, line: Line) -> bool:
    """``line`` is the rest of a piece ``last`` began and the measure cut: it closes the bracket
    ``last`` left open (「（…江苏 江城」 / 「225000）」), ends the photo credit ``last`` began
    (「…指导学员。 郑雨桐」 / 「摄」) or names whom the byline ``last`` ends on a role of
    (「本报记者 田思远 通讯员」 / 「韩冰」: a role is followed by its names, ``shapes.BYLINE_ROLES``).  A
    piece's two halves are one block, whatever their shapes."""
    return leaves_bracket_open(last.text) and closes_unopened_bracket(line.text) \
        or CREDIT_RE.search(last.text) is None and CREDIT_RE.search(f"{last.text} {line.text}") is not None \
        or last.text.rstrip().endswith(BYLINE_ROLES) \
        and BYLINE_LABEL_RE.match(f"{last.text.strip()} {line.text.strip()}") is not None


# (mupdf85) Where a wrapped credit was cut: at the space before 摄 (「郑雨桐」 / 「摄」), or inside a word
# (「…渠道。 县」 / 「水利局供图」, 「本报记」 / 「者 孙晓岚/摄」).
_CREDIT_CUTS = (" ", "")


def _byline_block(block: Sequence[Line]) -> bool:
    """(mupdf85) The block's lines read as one byline, wrapped before a name (「本报记者 田思远 通讯员」 /
    「何晓」): its last line is a name, whole, however short and unpunctuated."""
    return len(block) > 1 and BYLINE_LABEL_RE.match(" ".join(line.text.strip() for line in block)) is not None


def _under_title(line: Line) -> bool:
    """(mupdf85) The line stands under an item's title, never in it: a byline with its names set
    apart (``_byline``), or a subtitle or attribution on its dash (「——县民政局推进普惠养老…」)."""
    return _byline(line) or line.text.startswith("——")


def _piece_rest(last: Line, line: Line) -> bool:
    """(mupdf85) ``line`` ends a credit or a byline ``last`` began (``_rest_of`` without its bracket:
    「…在用餐。 通讯员 许」 / 「文/摄」, 「本报记者 田思远 通讯员」 / 「韩冰」): the piece wrapped at the
    measure, its rest short and unpunctuated as a title is.  The credit stands apart from its caption
    by a space on ``last`` — a caption's line, not a line of prose that a credit standing whole after
    it (「新华社记者 姚大伟 摄」) would seem to end.  A bracket's rest is ``_bracket_rests``'."""
    return " " in last.text.strip() and not last.final and CREDIT_RE.search(last.text) is None \
        and any(CREDIT_RE.search(f"{last.text}{gap}{line.text}") is not None for gap in _CREDIT_CUTS) \
        or last.text.rstrip().endswith(BYLINE_ROLES) \
        and BYLINE_LABEL_RE.match(f"{last.text.strip()} {line.text.strip()}") is not None


def _opening_piece(page: Sequence[Line], a: int, b: int, after: Line | None) -> bool:
    """(mupdf85) The block ``page[a:b]`` is a whole piece of an item's opening, written one block a
    line where the text parts its blocks at each change of left edge: a byline or a photo's credit
    (names set apart, whole), a byline wrapped before a name (``_byline_block``), the rest of a piece
    begun in the block above (``_piece_rest``), or a title the extractor wrote straight over its
    byline or subtitle (``after``, the next block's first line, ``_under_title``)."""
    last = page[b - 1]
    return (_byline(last) or CREDIT_RE.search(last.text) is not None or _byline_block(page[a:b])
            or a > 0 and _piece_rest(page[a - 1], page[a]) or after is not None and _under_title(after))


def _heads(line: Line, measure: float) -> bool:
    """The line may open an item's headline: a kicker's, a title's line (not a field, 「来源：…」)."""
    return not line.opener and not line.listed and opens_item(line, measure)


def _restarted(out: list[Line], page_start: bool) -> list[Line]:
    """The page's lines in their new order, its first line (only) starting the page."""
    out = [line.but(page_start=False) if line.page_start else line for line in out]
    if page_start and out:
        out[0] = out[0].but(page_start=True)
    return out


def _best_move(order: list[int], evidence: _Evidence, last_ordinals: dict[int, int]) -> list[int] | None:
    """The order after the one move (a run of blocks put back elsewhere) that mends most faults and
    list steps; of those, the one opening most lists right under their parent items, then the one
    whose new joins go on best (an item's opening into the one block that tells its headline's words
    again, its lead, among them: ``_leads``), then the one moving fewest lines the shortest way (a
    block that cut a column off steps aside, it does not leave the column).
    None when no move mends one: evidence of continuation alone never moves a block.  Each of the
    extractor's own joins that reads on which a move cuts counts against it as a fault made
    (``_Evidence.kept``)."""
    fault, join, sizes, lead = evidence.fault, evidence.join, evidence.sizes, evidence.lead
    seq = [evidence.start, *order, evidence.end]
    has_steps = sum(map(bool, evidence.ordinals)) + sum(map(bool, evidence.series)) > 1
    base_steps, base_headed = evidence.steps(order, last_ordinals) if has_steps else (0, 0)
    best_key: tuple[int, int, float, int, int, int] = (0, 0, 0.0, 0, 0, 0)
    breaks, seams, closes = evidence.breaks, evidence.seams, evidence.closes
    best = None
    n = len(order)
    kept, start, end = evidence.kept, evidence.start, evidence.end

    def kept_cut(x: int, y: int) -> int:
        """1 where the join x → y is one of the extractor's that reads on."""
        return kept[x] if y == (0 if x == start else x + 1 if x + 1 < n else end) else 0
    for i in range(1, n + 1):                 # the run is seq[i:j]
        for j in range(i + 1, n + 2):
            a, first, last, b = seq[i - 1], seq[i], seq[j - 1], seq[j]
            cut_faults = fault[a][first] + fault[last][b] - fault[a][b] - kept_cut(a, first) - kept_cut(last, b)
            cut_join = join[a][first] + join[last][b] - join[a][b]
            cut_lead = lead[a][first] + lead[last][b] - lead[a][b]
            rest = seq[:i] + seq[j:]
            size = -sum(sizes[k] for k in seq[i:j])
            # (list steps change only where the run holds items: the others keep their order)
            counted = has_steps and any(evidence.ordinals[k] or evidence.series[k] for k in seq[i:j])
            for p in range(1, len(rest)):      # put back between rest[p - 1] and rest[p]
                if p == i:
                    continue
                x, y = rest[p - 1], rest[p]
                mended = cut_faults - (fault[x][first] + fault[last][y] - fault[x][y]) - kept_cut(x, y)
                if mended <= 0 and not counted:
                    continue
                moved = rest[:p] + seq[i:j] + rest[p:]
                headed = 0
                if counted:
                    steps, headed = evidence.steps(moved[1:-1], last_ordinals)
                    mended += steps - base_steps
                    headed -= base_headed
                key = (mended, headed, join[x][first] + join[last][y] - join[x][y] - cut_join
                       + lead[x][first] + lead[last][y] - lead[x][y] - cut_lead,
                       (breaks[b] or closes[last]) + seams[first], size, -abs(p - i))
                if mended > 0 and key > best_key:
                    best_key, best = key, moved[1:-1]
    return best


# Plain pdftotext, where a page's columns share no rows, writes each column as runs of lines
# (blocks) and puts the blocks of all columns in one sequence by their height on the page: each
# block's top stands at or below the one written before it, and a column's blocks, one under the
# other with nothing between them, follow each other down the column.  With every line one line
# high, a block's top is the count of lines its column holds above it: of all splits of the
# written blocks into columns (streams) each in order, only those whose blocks are written
# lowest top first fit how the page was written, and of those the one reading on best across
# its joins (``_stream_join``) is the page's.  A block may stand this many lines off the order of
# tops (a headline set large is a line high in the text and two or three on the page; a
# paragraph's space or a caption's shifts a column by a line or so).
HEIGHT_SLACK_LINES = 1.5
# A wrapped title's first line fills the column in its own characters (``_set_height``): one running
# under this share of the measure was cut by sense, not by the column's edge, and tells no size.
# Headlines are set at most about twice the text's size (a 10.5-pt text's 20–22-pt main heads).
TITLE_SCALE_MIN_SHARE = 0.5
# A page is read as columns in turn only where pdftotext wrote it so: its blocks pass from column to
# column this many times at least (written by height, columns side by side switch at nearly every
# block; pdfminer writes a column's boxes together and switches once or twice per column) ...
HEIGHT_SWITCHES_MIN = 4
# ... with this many columns at most, and reading better than the page as written by
# ``UNMERGE_GAIN_MIN`` (five words read across: chance pairs in a one-column page's breaks gain less).
# Two: a page of three columns side by side shares rows between them (pdftotext writes them as a
# block of rows, which ``flow`` deals), and a third column let in splits a headline's lines and a
# news item's columns under it apart (dev: news_page_science weekly_two_of_three 0.57 → 0.34).
HEIGHT_STREAMS_MAX = 2
# The states kept at each block (the best scored): splits alike in their columns' heights differ
# only in joins far back.
HEIGHT_BEAM = 400
# A column more costs as much as a word read across: a split must read on better for each column it
# opens (a title and its byline, a photo's caption, stand at a column's top and read on into nothing).
HEIGHT_COLUMN_COST = WORD_ACROSS
# Where two columns' blocks stand the same count of lines down, pdftotext writes first the one whose
# lines stand a little higher on the page (the column under a title set large, or a paragraph's
# space, stands a fraction of a line lower), the same one each time on a page: a split writing them
# the other way round at another such tie costs as much as a word read across.
HEIGHT_TIE_COST = WORD_ACROSS
# A column opens beside any of the first this many lines of the block written before it.  pdftotext
# builds a block of lines at one leading whatever their width, so a title group spanning both columns
# comes out in one block with the first column's opening lines under it (a 简报's title, subtitle and
# 编者按's first line): the second column's top stands beside that block's lower lines, not its top.
# A title group is a title, a subtitle, a byline or an 按 and the lines under it: a handful of lines.
HEIGHT_OPEN_LINES_MAX = 6

# What a split by height must gain scales with the page's written blocks: the more blocks, the more
# splits fit the height order and the more joins one may make across which a chance pair reads on.
# Measured on dev's one-column pages (any split there is wrong) in every family, the best split
# gained at most 0.68 per block (a meeting agenda's short item lines, 7.5 on 11 blocks, 8 on 12),
# 10 at most in all (22 blocks); a two-column page pdftotext merged by height gains 0.9–2.3 per
# block.  A word read across (``flow.WORD_ACROSS``) for every fourth block sets the gate over the
# one-column pages' figure; from 20 blocks on it is ``UNMERGE_GAIN_MIN``, as for any merge.
HEIGHT_CHANCE_PER_BLOCK = WORD_ACROSS / 4
# ... and only where the split passes from column to column at half its joins or more: pdftotext's
# blocks of columns side by side, merged by height, alternate at nearly every block (dev: 6 of 9 to
# 15 of 15 joins), while pdfminer writes a column's boxes together and a split of its page switches
# at a few joins only (4 of 23, 6 of 16): short pages of boxes keep the gate of any merge.
HEIGHT_ALTERNATE_SHARE = 0.5


def _height_streams(page: list[Line], measure: float, pairs: Counter[str], ends_text: bool = False
                    ) -> list[Line] | None:
    """The page read column by column where plain pdftotext wrote its columns' blocks merged by
    their height (``_height_split``), each column after the one before; None elsewhere: no split,
    one reading better than the page as written by less than ``_height_gain_min`` (what chance pairs
    gain on a page of that many blocks), or passing from column to column fewer than
    ``HEIGHT_SWITCHES_MIN`` times.  ``ends_text``: the text ends with the page."""
    if len({line.lineno for line in page}) < len(page):
        return None   # (rows ``flow`` cut apart: the columns share rows as ``flow`` deals them)
    page, level = _rows_parted(page, measure)
    found = _height_split(page, measure, pairs, ends_text, level)
    if found is None:
        return None
    blocks, labels, gain = found
    switches = sum(a != b for a, b in zip(labels, labels[1:]))
    if switches < HEIGHT_SWITCHES_MIN or gain < _height_gain_min(len(blocks), switches):
        return None
    order = [k for s in range(max(labels) + 1) for k in range(len(blocks)) if labels[k] == s]
    return [line for k in order for line in page[blocks[k][0]:blocks[k][1]]]


def column_reading(page: list[Line], pairs: Counter[str], before: Line | None = None,
                   after: Line | None = None) -> list[Line] | None:
    """The page read column by column from its blocks' heights, as ``order`` reads it where plain
    pdftotext merged its columns' blocks by height (``_height_streams``, at the page's own measure);
    None where no such split reads the page, or where ``order`` would not reach the split on it: a
    loose page (a blank line before most lines, ``SPACED_LINES_MAX_SHARE``) is ordered only where its
    rebuilt blocks break the item grammar (``_columned_loose``) — a page pdfminer merged line by line
    is read as its streams, and one whose blocks break nothing is left as written, so the split by
    height would never be made there.  ``before``/``after``: the lines before and after the page
    (None at the text's ends).  For ``flow``, which weighs that reading against its own
    (``flow._as_written``) before ``order`` runs."""
    measure = _measure([line.width for line in page])
    if _loose(sum(bool(line.blanks_before) for line in page), len(page)) \
            and not _orders_loose(page, before, after, measure, pairs):
        return None
    return _height_streams(page, measure, pairs, after is None)


def _orders_loose(page: list[Line], before: Line | None, after: Line | None, measure: float,
                  pairs: Counter[str]) -> bool:
    """``_ordered_loose`` hands the loose page on to ``_ordered`` (where the split by height is
    asked): no two streams merged line by line, and its rebuilt blocks read out of the columns'
    order (``_columned_loose``) or as a one-page text written from a later column on."""
    if _unmerged(page, measure, pairs) is not page:
        return False
    return _loose_out_of_order(_loose_page(_undealt(page, measure, pairs), measure), before, after, measure)


def _written_in_order(page: Sequence[Line], tight: list[Line], before: Line | None, after: Line | None,
                      measure: float, pairs: Counter[str]) -> bool:
    """(saved54) The loose page was written in reading order, whatever its item grammar says: a blank
    after every line (``_spaced_throughout``), no cut word whose rest stands elsewhere
    (``_rests_elsewhere``), and — for a one-page text — no last line stopping inside a word its first
    line completes (``turn.reads_round``)."""
    return _spaced_throughout(page) and not _rests_elsewhere(page, measure, pairs) and not (
        before is None and after is None and reads_round(tight[-1], tight[0]))


def _spaced_throughout(page: Sequence[Line]) -> bool:
    """(saved54) Every line of the page after its first stands after a blank line: the blanks are a
    writer's habit (a viewer's paste, an extraction saved with a blank after each line), not blocks an
    extractor built — where one built them (pdfminer's boxes, pdftotext's blocks at open leading) a
    box of two lines or more is written without one somewhere on the page."""
    return all(line.blanks_before > 0 for line in page[1:])


def _rests_elsewhere(page: Sequence[Line], measure: float, pairs: Counter[str]) -> bool:
    """(saved54) The loose page's lines are seen out of order: at least ``LOOSE_RESTS_MIN`` lines
    wrapped at the measure inside a word that the next line does not finish, and that a line opening
    after a sentence's stop does (a word read across: ``flow.WORD_ACROSS``) — a cut sentence's tail
    standing where a paragraph should open.  A text written in reading order with a blank line after
    every line (a viewer's paste, a saved extraction) goes on from each cut line into the next and
    opens a paragraph after each stop, so its item grammar alone — a caption, a byline under a
    headline, a list of names — moves nothing; an extractor that wrote a column page's blocks out of
    order leaves cut words whose rests open a block elsewhere."""
    full = measure - FULL_SLACK_EM
    tails = [j for j in range(1, len(page)) if page[j - 1].final]
    found = 0
    for k in range(len(page) - 1):
        x = page[k]
        if x.width < full or not _mid_word(x) or goes_on(x, page[k + 1], pairs) >= WORD_ACROSS:
            continue
        if any(j != k + 1 and goes_on(x, page[j], pairs) >= WORD_ACROSS for j in tails):
            found += 1
            if found >= LOOSE_RESTS_MIN:
                return True
    return False


def _loose_out_of_order(tight: list[Line], before: Line | None, after: Line | None, measure: float) -> bool:
    """Whether a loose page's rebuilt blocks (``tight``) read out of the columns' order, so that it is
    ordered as any page is: they break the item grammar (``_columned_loose``), or the page is a
    one-page text whose last line stops inside a word its first line completes — written from a later
    column on, as a column page is (``turn.reads_round``)."""
    return _columned_loose(tight, after, measure) or _series_back(tight, measure) or (
        before is None and after is None and reads_round(tight[-1], tight[0]))


def _series_back(page: Sequence[Line], measure: float) -> bool:
    """(miner87) The page's through-counted numbers (a standard's clause heads, a law's articles:
    ``_series_place``) go back somewhere as written — 「4.2」 before 「1」, 「5.3」 before 「2」: a text numbers
    them on from its first to its last, so the page's blocks stand out of their order (pdfminer writes
    the heads topping two columns as a row before either column's text)."""
    places: dict[str, tuple[int, ...]] = {}
    for line in page:
        found = _series_place(line, measure)
        if found is None:
            continue
        series, place = found
        # (a number read twice is no going back: a folio or a table's cell written before a clause
        # head of the same number, 「5 垃圾类别…」 / 「5 转运作业要求」, says nothing of the order)
        if series in places and place < places[series]:
            return True
        places[series] = place
    return False


def _height_gain_min(blocks: int, switches: int) -> float:
    """How much better than the page as written a split by height must read, on a page of ``blocks``
    written blocks that the split passes from column to column ``switches`` times: what chance pairs
    gain across the joins a split can make on that many blocks (``HEIGHT_CHANCE_PER_BLOCK`` each, at
    most ``UNMERGE_GAIN_MIN``) where the split alternates as pdftotext's merge by height does
    (``HEIGHT_ALTERNATE_SHARE``), ``UNMERGE_GAIN_MIN`` elsewhere."""
    if switches < HEIGHT_ALTERNATE_SHARE * (blocks - 1):
        return UNMERGE_GAIN_MIN
    return min(UNMERGE_GAIN_MIN, HEIGHT_CHANCE_PER_BLOCK * blocks)


def _height_split(page: list[Line], measure: float, pairs: Counter[str], ends_text: bool = False,
                  level: frozenset[int] = frozenset()) -> tuple[list[Block], list[int], float] | None:
    """The page's written blocks, the column each is read in (numbered in reading order) and how much
    better that reads than the page as written, for the split of the blocks into columns by their
    height (``HEIGHT_SLACK_LINES``) reading on best; None where no split fits.

    A pass over the written blocks keeps, for each split so far, each column's foot (lines down
    to its last block's end), its last block and whether it has ended; a block goes on a column
    whose foot stands lowest, give or take the slack (the next block written is the highest not
    yet written), or opens a new column (beside a line of the block before: ``HEIGHT_OPEN_LINES_MAX``),
    and a column may end (a shorter column, or one ended under a headline).  Joins read on as
    ``_stream_join`` has them, and as a news item is set (``_ItemGrammar``: an item's opening goes on
    in its body, so neither a caption nor — ``ends_text`` — the text's end follows it; a caption's
    wide line is no full line)."""
    blocks = _blocks(page, measure, glued=False)
    n = len(blocks)
    if not 2 * HEIGHT_SWITCHES_MIN <= n <= BLOCKS_MAX:
        return None
    if any(not _captioned(page[a:b]) and any(len(row_cuts(line, measure)) > 1 for line in page[a:b]) for a, b in blocks):
        # (a row holding two columns' lines standing whole: a block holding such a row is no one
        # column's — ``_height_streams`` parts them first, ``_rows_parted``)
        return None
    indents = _indented(page, measure)
    items = _ItemGrammar(page, blocks, measure)
    levelled = {t for t, (a, _b) in enumerate(blocks) if a in level}
    joins: dict[tuple[int, int], float] = {}   # (every split in the beam asks its joins again: each scored once)

    def join(x: int, y: int) -> float:
        found = joins.get((x, y))
        if found is None:
            found = joins[x, y] = _stream_join(page[blocks[x][1] - 1], page[blocks[y][0]], pairs, measure, indents,
                                               set_small=items.captions[y]) + items.clash(x, y)
        return found

    def end(x: int) -> float:    # (the text ending after block x)
        return items.clash(x, None) if ends_text else 0.0
    written = sum(join(k, k + 1) for k in range(n - 1)) + end(n - 1)
    # state: (columns: tuple of (foot, last block, ended), top of the block before, the ties seen:
    # (a, b) where a block of column a was written before column b's at the same count of lines
    # above) → (score, the state before)
    start: tuple = (((_set_height(page[blocks[0][0]:blocks[0][1]], measure), 0, False),), 0, frozenset())
    beam: dict[tuple, tuple[float, tuple | None]] = {start: (0.0, None)}
    history = []
    for t in range(1, n):
        height = _set_height(page[blocks[t][0]:blocks[t][1]], measure)
        ahead: dict[tuple, tuple[float, tuple | None]] = {}
        for state, (score, _back) in beam.items():
            cols, top, ties = state
            # (a row's later piece, read just before: it stands level with the line this block opens on)
            piece = next(c for c, (_f, last, _e) in enumerate(cols) if last == t - 1) if t - 1 in levelled else None
            open_feet = [foot for c, (foot, _last, ended) in enumerate(cols) if not ended and c != piece]
            low = min(open_feet) if open_feet else top
            options = []
            for s, (foot, last, ended) in enumerate(cols):
                # (a row's later piece may go in any open column: its foot is set by the block after
                # it, beside it; any other block in a column whose foot stands near the lowest open one)
                free = t in levelled or (s != piece and top - HEIGHT_SLACK_LINES <= foot <= low + HEIGHT_SLACK_LINES)
                if ended or not free:
                    continue
                grown = list(cols)
                grown[s] = (foot + height, t, False)
                if piece is not None:
                    grown[piece] = (foot + _set_height(page[blocks[t - 1][0]:blocks[t - 1][1]], measure), t - 1, False)
                # (the columns whose foot stands as low: this one written before each of them)
                tied = {(s, c) for c, (other, _l, gone) in enumerate(cols) if c != s and not gone and other == foot}
                turned_ties = sum((b, a) in ties for a, b in tied)
                options.append((tuple(grown), foot, ties | tied,
                                score + join(last, t) - HEIGHT_TIE_COST * turned_ties))
            if len(cols) < HEIGHT_STREAMS_MAX:
                # (a new column opens beside a line of the block before: its top line, or one further
                # down where that block holds lines over both columns — a spanning title group written
                # with the first column's opening lines under it)
                for j in range(min(blocks[t - 1][1] - blocks[t - 1][0], HEIGHT_OPEN_LINES_MAX)):
                    opened = cols if piece is None else tuple(
                        (top + j + 1.0, t - 1, False) if c == piece else col for c, col in enumerate(cols))
                    options.append((opened + ((top + j + height, t, False),), top + j, ties,
                                    score - HEIGHT_COLUMN_COST))
            for new, new_top, new_ties, value in options:
                # (any column other than the one written to may end here)
                variants = [new]
                for s, (foot, last, ended) in enumerate(new):
                    if not ended and last != t:
                        v = list(new)
                        v[s] = (foot, last, True)
                        variants.append(tuple(v))
                for variant in variants:
                    key = (variant, new_top, new_ties)
                    if value > ahead.get(key, (float("-inf"), None))[0]:
                        ahead[key] = (value, state)
        if not ahead:
            return None
        beam = dict(sorted(ahead.items(), key=lambda kv: -kv[1][0])[:HEIGHT_BEAM])
        history.append(beam)
    # the columns in turn: each one's last block on into the next one's first
    best, best_labels = float("-inf"), None
    for state, (score, _back) in beam.items():
        cols = state[0]
        if len(cols) < 2:
            continue
        labels = _height_labels(history, state, n)
        firsts = [labels.index(s) for s in range(len(cols))]
        # (the columns in the order whose junctions read on best; of orders alike, the one not opening
        # on a bracket's rest, then the one opening on a title — a text opens on its title — then the
        # order written)
        turns = max(permutations(range(len(cols))), key=lambda p: (
            sum(join(cols[p[i]][1], firsts[p[i + 1]]) for i in range(len(p) - 1)),
            not closes_unopened_bracket(page[blocks[firsts[p[0]]][0]].text),
            title_line(page[blocks[firsts[p[0]]][0]], measure), [-c for c in p]))
        value = score + sum(join(cols[turns[i]][1], firsts[turns[i + 1]]) for i in range(len(turns) - 1)) \
            + end(cols[turns[-1]][1])
        if value > best:
            rank = {c: i for i, c in enumerate(turns)}
            best, best_labels = value, [rank[label] for label in labels]
    return None if best_labels is None else (blocks, best_labels, best - written)


class _ItemGrammar:
    """How a page's written blocks stand in its news items, for the joins of a split by height.  A
    typesetter keeps an item's opening — its headline's lines down to the byline or dateline — with
    the first lines of its body (no headline stands at a column's foot, its body in the next), and a
    photo's caption stands in an item's body, under the photo, never between the headline and the
    text.  So a block that is an item's opening (``_opening``: headline lines, a byline, a dateline;
    its last line unpunctuated, 「全市首个社区“共享工具间”」 / 「开放」 / 「本报讯（记者 周婷 通讯员 邱明）」)
    goes on neither in a caption nor in the text's end: either join clashes as surely as a shape
    does (``SHAPE_CLASH``).  A caption, set smaller than the text, runs as wide as a full line
    whatever it holds (``captions``: ``_stream_join``'s ``set_small``), so a paragraph's end goes on
    in it as in any block."""

    def __init__(self, page: Sequence[Line], blocks: list[Block], measure: float) -> None:
        self.captions = [_captioned(page[a:b]) for a, b in blocks]
        self.openings = [not page[b - 1].final and _opening(page[a:b], measure) for a, b in blocks]

    def clash(self, x: int, y: int | None) -> float:
        """``SHAPE_CLASH`` where block ``y`` (None: the text's end) cannot follow block ``x`` in an
        item, else 0."""
        return SHAPE_CLASH if self.openings[x] and (y is None or self.captions[y]) else 0.0


def _set_height(block: Sequence[Line], measure: float) -> float:
    """How many of the text's lines a written block stands as tall as.  A title set large wraps
    where its own larger characters fill the column: its first line, cut so, runs to the column's
    edge in fewer characters, and each of its lines stands as many times a text line's height as
    the column's measure is its first line's width (「抓早抓实民生实事 确保群」 / 「众温暖过冬」, 12.5
    characters in a 19-character column: two lines, three text lines tall).  Other blocks: one text
    line per line."""
    lines = len(block)
    if lines < 2 or not title_line(block[0], measure) or not all(title_line(line, measure) for line in block[1:]):
        return float(lines)
    first = block[0].width + block[0].unsure
    if first < measure * TITLE_SCALE_MIN_SHARE:
        return float(lines)   # (too short to have been cut by its measure: a title cut by sense)
    return lines * measure / first


def _rows_parted(page: list[Line], measure: float) -> tuple[list[Line], frozenset[int]]:
    """The page with each row of two (``flow.row_cuts``) outside a caption parted at its gutter: its
    first piece opens the rest of its block, each later piece stands just before it as a block of
    one line.  Plain pdftotext merges two flows' blocks by their height, and where a line of each
    stands on one baseline it writes them as one row, in the block of the flow it is writing (「区三十
    年，走遍全镇二十一个自然村， 家乡。」: the first column's line beside the last of a paragraph in
    the third): the later piece is the other column's line at that height — a block the split by
    height places as it places any other — and the row whole is no one column's line.  Only the
    split sees the pieces; a page it does not read keeps its rows.

    Also where the later pieces of a row opening its block stand (their lines' places): pdftotext
    starts a block where it passes from one flow to the other at the highest line not yet written,
    so the other flow's line on that row is level with the new block's first line — the split sets
    the foot of the column it reads that piece in by the column the block goes on (the feet counted
    in text lines drift apart under a title set large).  A row inside a block says less: pdftotext
    may interleave two columns' lines inside one block."""
    out: list[Line] = []
    level: set[int] = set()
    for a, b in _blocks(page, measure, glued=False):
        captioned = _captioned(page[a:b])
        for k, line in enumerate(page[a:b]):
            cuts = [] if captioned else row_cuts(line, measure)
            if len(cuts) < 2:
                out.append(line)
                continue
            first, *later = cuts
            blanks = max(1, line.blanks_before)
            for piece in later:
                if k == 0 and len(later) == 1:
                    level.add(len(out))
                out.append(line.but(text=piece.strip(), blanks_before=blanks, indent=False))
            out.append(line.but(text=first.strip(), blanks_before=blanks))
    return (out, frozenset(level)) if len(out) > len(page) else (page, frozenset())


def _captioned(block: Sequence[Line]) -> bool:
    """A photo's caption: a block whose text ends on a credit (「…借用工具。 通讯员 邱明/摄」, 「新华社记者 姚大伟 摄」: ``CREDIT_RE``).
    A caption is set smaller than the text, so its lines hold more characters than a column's: a
    caption line wider than the measure is one column's line, not a row of two (``flow.row_cuts``)."""
    return CREDIT_RE.search(" ".join(line.text for line in block[-2:])) is not None


def _height_labels(history: list[dict], state: tuple, n: int) -> list[int]:
    """Each block's column in the split ending in ``state`` (the columns numbered by their first block)."""
    labels = [0] * n
    for t in range(n - 1, 0, -1):
        # (block t is the last of the column it was written to, in the state right after it)
        labels[t] = next(s for s, (_foot, last, _ended) in enumerate(state[0]) if last == t)
        state = history[t - 1][state][1]
    return labels
