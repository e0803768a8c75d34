"""Columns an extractor interleaved, read one after the other (pdfplumber's text).

pdfplumber (and tools built like it) sort a page's characters into rows by height.  Where the
columns' baselines meet, a row holds a line of each, one space apart
(``快培养造就一支规模宏大、结构合理、素质 家科学技术奖获奖代表，并同大家合影留念。``);
where they do not, rows take turns between the columns (columns of one line pitch, offset).
Read as it stands, each column's sentences are cut into every other line.

Two signals show such a page, and where each line belongs:

- rows wider than a column that cut at spaces into lines no wider than one (the gutters: "a
  single space at the same character index in most long lines"), as many as the widest row
  holds measures (``FLOW_COLUMNS_MAX``);
- continuity: a line goes on where the next line *of its column* begins, so a word the
  dictionary knows is cut across the break (``按`` / ``照预设``: 按照), or the two characters
  across it are a pair the document's text holds elsewhere (``加`` / ``快培养``: 加快).  In
  interleaved rows that holds for a line and the line a round of rows later more than for a
  line and the next — the one sign of a document whose columns never share a baseline.

A page of two columns whose right column is short shows neither much: a few rows merged where the
baselines met, turns only at the top.  The merged rows still tell it when they are wider than any
line of one column may be and their left lines run to the column's edge and break inside a word
the next line of that column finishes (``_gutter_page``); the turns then hold down to the last
merged row, and the longer column runs on alone below (``_split_stretch``).

A page that shows either is read as columns: a row cut at the gutters gives a line to each
column, left to right; any other line goes to the column it continues, else to the column whose
turn it is (the one longest without a line, among those still taking turns); a short row with
a space after a full-width mark may be a line of each of two columns, or one line — the columns
decide.  Columns no row labels are read in the order whose ends run on into the next's start.
Other pages, and documents with neither sign, are left as they are.

An extractor that writes a page as blocks (plain ``pdftotext``: blank lines between them) mixes
columns only in the blocks it built where two columns' baselines came close: on such a page only
the stretch of those blocks is dealt, from its rows cut at the gutter (``_mixed_pages``), and the
blocks it wrote whole stay as they are, for ``order`` to place.

Text laid out in character cells (``pdftotext -layout``) is read as a page first: the cells where its
columns start (``pagemodel``) name the column of every piece placed by its cell, and the columns are
read left to right; continuity and turns decide only the pieces the cells leave open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache, partial
from itertools import combinations, permutations
from math import log
from typing import Callable, Iterable, NamedTuple, Sequence

from booklet.clean.layout import FULL_SLACK_EM, INDENT_EM, MEASURE_MIN_EM, MEASURE_REACH_EM, upper_quartile
from booklet.clean.lines import Line, page_spans
from booklet.clean.notes import MAX_ZONE, NOTE_WIDER_EM, heads_list
from booklet.clean.pagehead import unit_over_masthead
from booklet.clean.pages import Pages
from booklet.clean.pagemodel import Places, cell_pieces, cells_columned, column_indents, column_starts, page_head, page_places, paper_pages
from booklet.clean.setoff import left_open
from booklet.cjk import IDEOGRAPH, width
from booklet.i18n import _
from booklet.report import Log
from booklet.shapes import (TERM_NUMBER_RE, TERM_LINE_RE, ARTICLE_ONLY_RE, SUBCLAUSE_NUMBER_RE, LATIN_ALNUM_RE, ORDINAL_PREFIX_RE, SIGN_DATE_RE, SIGNING_BODIES_RE, BYLINE_LABEL_RE, CJK_CHAR_RE, CLAUSE_RE, DASH_LED_RE, DATE_CUT_RE, ENTRY_LEAD_PADDED_RE, ENTRY_LEAD_SPACED_RE, FIGURE_RE, HUNG_MARK_RE, LEAD_IN_END_RE,
                            FULL_STOP_END_RE, LABEL_ONLY_RE, LETTER_SPACED_RE, MID_WORD_END_RE, NOTE_LEAD_RE, SOURCE_LINE_RE, SPACE_AFTER_MARK_RE, SHORT_ROWS_SPACE_RE, SPACE_BEFORE_CJK_RE,
                            ORG_BYLINE_RE, PROSE_PUNCT_RE, closes_unopened_bracket, closes_unopened_quote, date_cut, entry_lead, is_caption,
                            leaves_bracket_open, leaves_quote_open, reporters_byline, looks_like_byline, NUMBERED_RE, HEAD_FIGURE_RE, OPEN_BRACKET_TAIL_RE, PART_LABEL_ONLY_RE)
from booklet.typeset.segment import word_across, word_at

# A row splits at the gutter when both parts are at most a column wide, give or take a
# hanging punctuation mark (em).
COLUMN_SLACK_EM = 1.5
# A document is read for interleaved columns when this many rows, and this share of its
# lines, split at a gutter.
SPLIT_MIN_ROWS = 4
SPLIT_MIN_SHARE = 0.1
# The lines holding no space are one column's when their upper quartile is under this many times
# the measure read with every spaced line cut at its spaces: a row of two columns is at least two
# columns wide (a row glued at a hung mark holds no space), while the pieces of a one-column page's
# lines cut at its Latin spaces fall short of its measure by a few ems only (20 against 22).
PLAIN_ONE_COLUMN = 1.5
# Most rows split at a gutter have a full left line (the left column's line runs to its edge
# unless its paragraph ends there): two titles on a line do not.
FULL_LEFT_EM = 2
FULL_LEFT_SHARE = 0.5
# A page is in two columns when this many of its rows split at the gutter, or when its lines
# run on into the line after next at least twice as often as into the next (and that often).
PAGE_MIN_SPLITS = 2
SKIP_ONE_RATIO = 2.0
# What a character pair across a break says (log-odds that the lines follow each other): a
# true continuation's pair turns up elsewhere in the text about one time in two, a chance
# pair about one in twenty.
PAIR_SEEN = 2.0
PAIR_UNSEEN = -0.5
# A break the dictionary reads a word across (``按`` / ``照本``: 按照) is a word cut at a line's
# end: lines of one column break anywhere, so about one break in three does, while a chance
# pairing makes a word only where two characters happen to form one.  Stronger evidence than a
# pair seen elsewhere, and it holds for words the document uses only once.
WORD_ACROSS = 3.0
# Characters either side of a break the dictionary reads: enough for a four-character word
# cut anywhere, and for the cut to see the words beside it.
WORD_CONTEXT = 3
# How much a word read across a break tells depends on how often its two parts stand together in
# Chinese at large against how often they would by chance (the parts' pointwise mutual information
# in jieba's dictionary counts, natural log): where chance makes a word across a wrong join, the
# word is mostly one whose parts are common on their own (用|作, 办|结, 从|中); a line's end and
# the next line's start of one column cut a word the language writes together.  On dev column pages
# the words across true breaks have PMI 7.7 at the median, those across wrong ones the dealing
# picked 6.1, and below 4 stand 15 % of the true ones and 35 % of the wrong: below ``WORD_PMI_COMMON``
# each unit takes ``WORD_PMI_SLOPE`` off ``WORD_ACROSS``.
WORD_PMI_COMMON = 4.0
WORD_PMI_SLOPE = 0.5
# The dictionary's total count (jieba's ``dict.txt``), which the segmenter's frequencies are out of.
DICT_TOTAL = 60_101_967
# A line's shape says what may come after it in its column (log-odds, on top of ``goes_on``).  Inside
# a paragraph every line but the last runs to the column's edge, so a line that runs full and stops
# inside a sentence goes on: its column's next line finishes the sentence and cannot open a block
# by shape (a list item, a numbered heading, a 来源 or 注 line, a ——byline).  On pdfplumber's dev
# column pages (columns from the glyphs' positions) a full line cut inside a sentence is followed in
# its column by a shaped opener in 36 of about 3,100 true breaks (where a section heading across
# columns sends the sentence on elsewhere), and in 44 of about 330 breaks the dealing got wrong: a
# likelihood ratio of about 1 : 11 (log-odds -2.4), taken a little short of it.
CUT_THEN_OPENS = -2.0
# A line runs full when it stops within this much of the column's measure: the widths count
# characters, and a line whose punctuation the typesetter squeezed to fill the measure counts
# short of it by up to about an em (a set-in first line: two ems short).
FULL_LINE_SLACK_EM = 0.75
# Single rows of interleaved columns mostly take turns (log-odds of going to the other
# column; after a row split at the gutter, both columns moved on and either may come next).
TURN_BONUS = 1.0
# A column out of turn for this many rounds of rows (a row per column) has ended or is setting a
# tall headline: it takes no turns until it has a line again.
TURN_ROUNDS = 2
# ... and on a page written in rows (``_written_in_rows``: in blocks a column's runs say nothing of
# rows) a column whose last line closed a news item (its 来源 line, 「（作者单位：…）」: ``_resting``)
# stops taking turns sooner, once it has let this many rounds of rows pass without a line: its text
# stopped there (a picture, the next item's headline set at its own pitch beside the other columns'
# rows), while the other columns go on.  A paragraph's end is no such stop (the column's next
# paragraph follows a pitch or two below): resting columns after a paragraph's end too, after one
# round, took dev pdfplumber's column pages 8 better / 12 worse (lecture ``news_three_tight`` 0.775 →
# 0.319); after an item's closer, 3 better / 0 worse on 100 column pages, 2 better / 0 worse asked only
# on three dealt columns (``STAY_COLUMNS_MIN``: on two, a 来源 line cut by a plain-pdftotext block's
# rows, 「来源：《江城县报》（2026年11」, rested a column of a mixed stretch), 1 better / 0 worse with a cut
# closer not resting (a date cut, a bracket left open: it goes on in its next line); after less than a round
# (a third, two thirds) 3 better / 6 worse, culture ``news_three_tight`` 0.725 → 0.068: a column's
# next item may start within a round, its headline's first line beside the other columns' rows.
REST_ROUNDS = 1
# ... and, on such a page, a column rests where the pieces show it: its last line runs full and stops
# inside a word (its next line must finish that word), no piece of the next ``STALL_ROUNDS`` rounds of
# rows goes on from it (``STALL_ON``), while every other column taking turns has a line just as
# unfinished that a piece of those rows does finish, and those rows hold no row split into all the
# columns (``_stalled``): the column's text goes on below a picture or a head set over the other
# columns, whose rows go on beside it.  A rest read from one column alone loses: a break reads a word
# across in about one break in three (``WORD_ACROSS``), so most true next lines say nothing and a
# column running on looks stalled — resting it when no piece finished it took the dev column pages'
# lines in their true column (``flow_truth``, 250 documents) 0.797 → 0.789; asking that the others be
# seen running, 0.797 → 0.798, and 4 of the 288 saved dev pdfplumber pages better, 1 worse (by the
# three figures; all five up in fidelity).  Three rounds (a picture stands as tall as several rows,
# a head over two columns two or three at its own pitch): two rounds 3 better / 3 worse, one 2 / 1.
STALL_ROUNDS = 3
# A piece goes on from a line when the break reads a word across or a pair the text holds elsewhere
# (``goes_on``'s ``PAIR_SEEN``): a word alone (``WORD_ACROSS``) leaves too many true next lines
# unseen (2 better / 3 worse on the same pages).
STALL_ON = PAIR_SEEN
# Columns whose baselines meet share rows row after row (their line grids agree) until a heading
# shifts one of them: a row of fewer lines than columns leans to the columns the last shared row
# held (log-odds), where nothing else tells which columns its lines belong to.
GRID_BONUS = 0.5
SKIP_ONE_MIN = 3
# Split rows whose lines come round (``_rounds``) tell a page's period alone, when the whole rows do not
# (``_interleaved`` reads a split row as one line, ending with its last column's line): one more round
# than the turns ask, since nothing else on the page says the rows take turns (pdfplumber's three-column
# pages whose third column a head set off the others' grid: rows of two and one, never of three).
ROUNDS_ALONE_MIN = SKIP_ONE_MIN + 1
# An extractor writing rows (pdfplumber: tops within its tolerance make one row, each row's pieces in x order)
# writes columns set at one leading as a pattern a pitch long: every column's grid gives one line a round, so
# the round's rows repeat (a row of two and a row of one: three rows of one would repeat with any period, and
# are not read as rounds) until a head, a picture or a column's end shifts a grid. Inside such a stretch each
# column takes its line from the same place of every round: a row's lines go on the columns the rows one
# period before went to, where the row-by-row lean above (``GRID_BONUS``) can be outweighed by a word read by
# chance across a break and keep the wrong columns for the rest of the page.  ``PHASE_ROUNDS_MIN`` rounds at
# least (fewer is a coincidence of a head's rows); a line dealt off its round pays ``PHASE_OFF``, as much as a
# line off its cell (a stretch's rounds are as plain a sign of the columns as cells; which column is which is
# still read at the stretch's ends, where the rounds begin and end).
PHASE_ROUNDS_MIN = 4
PHASE_OFF = -8.0
# A page's turns come round among as many columns as its widest round shows over this share of the
# best round's lines at least (``_round_period``): three columns, one shorter than the others, show
# period 3 above its end and period 2 below it, about as often (seed 197's open-leading three-column
# pages under plain pdftotext: 20 and 20 lines); two columns show period 3 only by chance (a line
# in 40 or fewer).
ROUND_SHARE = 0.5
# A short text on a page of columns fills some columns further than others: its lines take turns
# only in the rows where two columns both hold text, and one column runs on alone below (a
# column's tail under a shorter one).  The turns show where lines going on a round of rows later
# outweigh lines going on into the next (each of those counts ``SKIP_ONE_RATIO`` against), on at
# least this many lines more than those count (a few rows that happen to continue across a skip
# tell nothing) ...
STRETCH_MIN = 6
# ... and they hold from the top of the page (a typesetter fills the columns from there: they
# start side by side) until this many breaks in a row go on into the next: a column running on
# alone.  Fewer happen inside the turns: a headline's line, set at about twice the body's size or
# more (1.8–2.4× on news and 内刊 pages), stands as tall as two or three body lines, and beside it
# the other column sets two or three rows in a row (one or two breaks).  Outside the turns a
# column runs alone, its lines kept together (dealt as a run).
RUN_BREAKS = 3
# A column runs on alone below the turns when the breaks below the last turn that go on into the
# next row weigh this much (``_skip_votes``: a pair seen elsewhere 2, a word read across the break
# 3): two continuations, where a chance pairing across interleaved rows makes about one in ten
# breaks go on into the next row.
TAIL_MIN = 4.0
# A line put in a column other than the one its cell shows (``pagemodel``: log-odds): the page's
# geometry outweighs all that continuity and turns say together, yet leaves a way when no reading
# keeps every cell (a row the model misread).
OFF_CELL = -8.0
# A line dealt to a column narrower than it (wider than the measure the column's pieces of the rows cut
# at the gutters show, with ``COLUMN_SLACK_EM``): a typesetter never sets text past a column's measure,
# so it weighs as a misplaced cell does.
OFF_MEASURE = OFF_CELL
# Lines of prose (clause punctuation: no head, byline or credit) a column must show in the rows cut at
# the gutters before its own measure is read off them: one may be a row cut where a line was not.
MEASURE_LINES_MIN = 2
# Columns whose measures differ by less (em) are set to one measure: the page's serves them all (a narrow
# character or a hung mark makes a line of one measure half an em wider or narrower).
MEASURES_APART_EM = FULL_LEFT_EM
# Ways of dealing the lines out kept at each line.
BEAM = 64
# At most this many columns are dealt out (the dealing is written for any number; the widest row
# cut at the gutters says how many a page has, up to this).  A tabloid or news page in study
# material is set in three columns at most: an A4 or 4开 page holds three columns of 11–14
# characters, four would leave under ten.  Three read once each cut line carries its own printed
# width (``_split``): before, the rows' widths misled the layout measure.
FLOW_COLUMNS_MAX = 3
# Text laid out in cells (``pdftotext -layout``) names each piece's column by its cell, so the dealing
# does not guess among columns and a page may show more: a 4开 party paper (党报) sets four columns of
# 11–12 characters (dev ``dangbao_four_ruled``: its cells start at 0, 15, 28, 45), as many as
# ``columns.COLUMNS_MAX`` splits at gutters.
CELL_COLUMNS_MAX = 4
# A document with too few rows split at a gutter is still read for columns when its lines take
# turns between the columns (the columns' baselines never meet): its first lines show it, as
# interleaving is the extractor's habit on every page.
PROBE_LINES = 400
# A row split at a gutter on a page with few such rows tells of columns when its left line goes on
# into the next line of its column (the next row's, or with rows taking turns the one after) across
# a word the dictionary reads: a body line breaks anywhere, a headline's lines between phrases.
GUTTER_ON_ROWS = 2
# ... and only when its lines are a column's width on average: a page of A4 sets 28–40 characters
# to the line, so a column of two or more holds at most about this many (wider lines, or whole
# paragraphs on a line, are text in one column: no need to look for turns).
COLUMN_CHARS_MAX = 24

# A page is written as blocks (plain ``pdftotext``, pdfminer: blank lines between them) when blank
# lines stand before this many of its lines; an extractor writing rows (pdfplumber) sets none.
BLOCK_PAGE_BLANKS = 2
# ... counted below the page's opening (its head or headline group) when this many rows or more stand
# under it: the count's two gaps stand between blocks, three blocks of two lines at least (a block of one
# line is a heading or a caption as often as a column's run); a shorter body cannot show them, and the
# whole page's count stands.  Measured on the 864 saved plain-pdftotext, -layout and pdfplumber dev inputs:
# 3 moves the same pages' scores as 6 (flow39).
BODY_MIN_ROWS = 6
# A page written as blocks is dealt where this many of its rows, in one stretch, hold a full line of
# one column and a line of another (one row alone may be a caption beside its photo's credit, or a
# title beside its date: two such rows are columns whose baselines met).
MIXED_MIN_ROWS = 2
# Blocks holding mixed rows this many lines apart or fewer are one stretch of interleaved blocks: columns of one
# leading whose baselines met part only where one column's grid shifts — a paragraph's space, a
# headline's line as tall as two or three body lines — and meet again a few rows on; farther apart,
# the lines between are blocks the extractor wrote whole.
MIXED_GAP = 6

# A stretch is dealt only when its rows cut at the gutters hold two lines at most: a row of two
# columns names both (left, right), and a single line between has two columns to go to.  A block
# mixing three (three narrow columns whose baselines all meet) leaves a row of two lines three ways
# to place and a single line three columns, with no geometry in the text to tell; the page is then
# read as a whole, as an extractor writing rows is (turns over the page; on dev, better there).
MIXED_COLUMNS_MAX = 2
# A page written as blocks is left as written, for ``order`` to place its blocks, when it holds no
# stretch of mixed blocks, blank lines stand before at most this share of its lines, and no block of
# it holds rows taking turns (``_rows_block``): the extractor grouped its lines into blocks of
# several, each a run of one column's lines read in order (plain ``pdftotext`` joins a column's
# lines whose leading is even), so dealing its lines by turns tears apart runs the extractor had
# right.  Above the share (open leading: nearly every line a block of its own, as ``order`` counts a
# loose page) the blocks say nothing of the columns, and rows are dealt by turns as on a page
# written in rows.
RUNS_MAX_BLANK_SHARE = 0.5
# ... yet on such a page the lines written with no blank line before them still say something: an
# extractor writing boxes (pdfminer) puts a line in the box of the line above only where it stands
# right under it, a line's leading below, starting where it starts — in the same column (a
# paragraph's lines set closer than the page's open leading).  A line so glued to a column's body
# line (running full, or holding a clause mark) goes to that line's column and takes no turn of its
# own (no ``TURN_BONUS``, no ``STAY_COST``: it was never a row of the turns).  A head's line fixes
# no column (a title set across the columns boxes with the line under it whichever column that
# opens); the head over the columns is read first instead (``_boxed_head``).

# An extractor that writes a page in rows of one height (pdfplumber) gives each printed row one line
# of text, top to bottom: columns of one leading take turns row by row, and a column gives two rows
# in a row only where another column's grid shifted (a paragraph's space, a headline, its text's
# end).  A column whose last line runs full and stops inside a sentence has its next line a pitch
# below, before the other column's next: measured on pdfplumber's ``news_three_tight`` pages from the
# glyphs (``flow_truth --turns``), a row breaks the turn after a full line in 3 of 1022 rows, after a
# short one in 68 of 412.  A single row staying in the column of the single row before while such a
# line of another column waits costs this (log-odds: about 1 : 300, taken far short of it, as the
# dealing's other terms are pairs' log-odds of a few units).
STAY_COST = -4.0
# ... asked only on pages written in rows (no blank line: pdfplumber sets none on 65 of 65 dealt dev
# pages, plain pdftotext and pdfminer one between their blocks on 16 of 16 and 4 of 4) ...
ROWS_MAX_BLANKS = 0
# ... and only where the page is dealt into as many columns as the dealing deals at most
# (``FLOW_COLUMNS_MAX``).  Two dealt columns may hold three or four true ones (a page whose rows never
# show all its columns side by side: a headline over two of three, a four-column 党报 page): a dealt
# column then holds two true columns' lines, which take turns between themselves, and a full line
# of it waiting says nothing of the turn (dev pdfplumber: of the six pages the cost moved when asked
# on two dealt columns, all set in three or four, three got better and science ``dangbao_four_ruled``
# fell 0.603 → 0.145, deeds ``daily_span_ruled`` 0.819 → 0.542; no page set in two columns moved).
STAY_COLUMNS_MIN = 3
# Plain text (no cells to show where columns start) sets a head across a page's columns as lines
# wider than a column that no gutter cuts: a run of glyphs wider than one column spans columns (a
# title, an abstract set to the full measure over a journal's two columns).  The head runs from the
# page's top to its last such line, with at most this many lines no wider than a column between two
# of them (a byline, a short title's line: a journal head sets the unit's line between its title and
# its abstract); a row split at a gutter, or more lines in a row a column wide, are the columns.
SPAN_HEAD_GAP = 2
# A story's headline group over its columns — a kicker, the headline's lines, a subtitle's, then the
# byline naming its reporters — is set first and read first, whole: the columns' text begins under
# it.  Its rows are at most this many: a kicker and a section line (2), a headline wrapped at its
# larger size (3), a subtitle wrapped (2), the byline (1), and a slack of two for lines an extractor
# breaks a wide headline into (pdftotext writes a headline over two columns as a column's width of
# it at a time: 「聚焦民生实事 打通服务群众“最」/「后一公里”」).
HEAD_GROUP_MAX_ROWS = 10
# A page whose later column is short — a text's end at the top of the next column beside a full first
# column — shows as few rows split at the gutter as that column holds, and pdfplumber writes the first
# column's short lines (dialogue, paragraphs' ends) beside it: too few full left lines for
# ``_gutter_page``, no turns.  Such a page is read for columns (``_short_column_page``) where its split
# rows are one stretch of at least this many at the page's top (under a head group,
# ``HEAD_GROUP_MAX_ROWS``) — two rows are a title beside its date as often (lay72's
# ``SHORT_COLUMN_MIN_ROWS`` is 2 where the extractor keeps the gutter's width; pdfplumber keeps one space) —
SHORT_SPLIT_MIN_ROWS = 3
# ... whose pieces are running text — at least this share of the stretch's rows hold a clause mark in
# both pieces (a list's names, a table's cells or a couplet's halves spaced apart hold none) — and
# under which the first column goes on alone for at least as many rows as the stretch holds — the first
# column is the longer: the text ends in the short one — none of them wider than a column by more than
# this many ems (a justified line whose marks pdfplumber counts narrow holds a character or two past the
# measure: 23 against 21 on seed 221's ferry story; a page-wide row under them, a footnote's, is no
# column's line, and the page is not two columns down to it).
SHORT_PROSE_SHARE = 0.5
SHORT_BELOW_SLACK_EM = 2.0
# A short later column standing beside the first column's head group (a 简报's masthead and title):
# pdfplumber writes its lines between the head's, and the first row holding a line of each columns'
# body comes at most this many rows down — the head's rows (``HEAD_GROUP_MAX_ROWS``) and as many
# of the other column's lines beside them —
BESIDE_HEAD_MAX_ROWS = 2 * HEAD_GROUP_MAX_ROWS
# ... and the head's lines come back after the other column's lines at least this many times (one
# return is a head over a paragraph set between the head's elements: an editor's note, a lead).
BESIDE_HEAD_MIN_TURNS = 2
# ... and beside the head's lines the short column sets at most this many of its own between two
# of them (``_turns_beside_head``): a head's line set at up to twice the body's size takes two body
# rows, and the space over a title or under a 报头's rule one more.
BESIDE_HEAD_GAP_MAX = 3
# ... and the page may open on the other column's lines before the head's first: a title set larger
# than the text has its first baseline under the first body line's beside it (a title at twice the body
# size and more, the short column's first line written above it: 「看报表上的完成率。路修好」 / 「把为民办
# 实事」 / …); one body line's height is what a title's larger ascent leaves, and a slack of one.  On a
# page of one column's blocks (``_blocks_only``) only on the text's first page: over a later page's
# head, lines are the last page's paragraph going on (a pocket book's page).
BESIDE_HEAD_ABOVE_MAX = 2
# ... and among the lines read as the head's, at most this many of two parts set a space apart
# (``_edge_cut``): the editor's line, the unit and the date, an issue and its date — a head holds a
# few; a run of more is a list's rows (names two to a row, 「王建国家庭（东湖区东湖街道） 李秀英家庭」,
# a 名单's units), the short column's own, which the head's shape does not tell apart (seed 294's
# decision_commendation_list pages hold 4 to 6, no other page of seeds 294 and 328 more than 3).
BESIDE_HEAD_TWO_PART_MAX = 3
# A column's body line runs to the column's edge: a line no further than this many ems short of the
# measure, and no wider than a column (``COLUMN_SLACK_EM``: a mark hung in the gutter), holding a
# comma or a stop, is a column's prose — a headline group's lines stop short of the measure where a
# phrase ends and carry no sentence punctuation, or run across several columns.  Measured on the 26
# dev column pages where a group was taken: it refuses the rows above a byline of a two-column speech
# (pdfplumber: four lines of 20 ems against a measure of 20, each holding a comma or a stop), of a
# three-column science page's second page read by pdfplumber and by pdftotext (lines of 16–17 ems
# against 16) and of a three-column picture page whose group had swallowed body lines (15.5 and 14.5
# against 15); no headline, kicker or subtitle line of the other pages held either mark.
PROSE_LINE_SHORT_EM = FULL_LEFT_EM
# Where the columns' baselines never come close, plain ``pdftotext`` writes each column's run of lines
# as a block of its own, and the blocks take turns down the page between the columns (open leading:
# blocks of one or two lines, 「三十年来，他累计接诊群众12万」 / 「“这里离不开我，我也离不开这」 /
# 「余人次，出诊3万多次，…」).  A block whose last line stops inside a word that the next block does not
# go on from has its column's next line in a later block: at most one block of each other column
# stands between (``FLOW_COLUMNS_MAX`` columns take turns), so the blocks looked at are the next
# ``BLOCKS_AHEAD`` after the next.
BLOCKS_AHEAD = FLOW_COLUMNS_MAX - 1
# A title plain pdftotext writes after a page's rows, as a block of its own, is a headline: wrapped at
# its larger size over a column's width it takes a few lines (three, as ``HEAD_GROUP_MAX_ROWS`` counts
# a headline wrapped), and a longer block after the rows is text.
TITLE_LAST_LINES = 3
# (a column dealt from the page's top that has no line for more rows than this, more than the other
# columns fill in a round of turns, had its space taken: on a page whose title was written last, by
# the title over it — the stream's lines below are the title's column, begun under it)
TITLE_REST_ROWS = 2
# The blocks taken up in turn win over ``order``'s split of them by height only where their joins
# read words across (less the words they leave broken) on more joins than the split's: a tie leaves
# the split, the reading ``order`` already proves on the page's heights.  Measured on the 288 saved
# plain-pdftotext dev inputs: 7 pages reach the choice; at a margin of 0 the ties (2 / 2, −3 / −3)
# flip, one of them worse (essay_canal ``two_columns_open`` 0.639 → 0.480).
REJOIN_MARGIN = 1
# (a block's leading stretch is dealt into two columns taking turns when at least this many of its
# breaks inside a word are finished two lines down, twice as many as go on into the next line: a
# block is a short sample, and a column's own lines finish their words in the next line)
TURNS_IN_BLOCK_MIN = 2
# A page of items under their own headlines signs each item (「本报讯（记者…）」, 「本报记者 …」): the
# rows path reads such a page's headline groups (``_opening``, ``_headline_group``) where dealing its
# one-line blocks by the rounds put a kicker, a title or a subtitle into another item's turn (seed 197
# news_page_city_briefs × nw54_02, seed 59's × nw54_04 in ``test_clean_kicker_block_break``).  One
# byline is one article's.
ITEM_PAGE_BYLINES = 1
# Plain ``pdftotext`` takes a page's blocks up by height, one of each column in turn, the same order
# each round: where it did, the dealing (``_round_columns``) finds each block at its column's turn,
# and tells a block to another column only where a column ended or a line stood a little out of
# line.  Of the blocks dealt, more than this share told out of turn say the page was not written
# round by round — pdfminer's blocks, taken up by its own grouping (seed 197 lecture_party_style ×
# nw54_04, 3 of 61 blocks, 0.798 → 0.142; essay_canal_history × nw54_00, 4 of 53) — or that the
# period fell where a column ended (exchange_experience_community × nw54_04, 15 of 91, 0.545 →
# 0.178): the rows path keeps such a page.  The pages the rounds mend tell at most 2 of 40–70.
ROUNDS_OFF_TURN_SHARE = 0.04
# A column that reaches the page's foot beside columns that ended where the text did stands deeper by
# several lines; a section head's space or a paragraph's short last line leaves a column that also
# reaches the foot a line or two short of its neighbour, never this many (``_ran_on``).
RAN_ON_LINES = 3

# A short column whose last lines take turns with the first column's body under the head
# (``_short_tail_dealt``) holds at most half as many lines as the first column's body dealt beside and
# below it: the first runs to the page's foot, the short one ends high (a page of two full columns whose
# later column ends a few rows above the foot is read by the rows' dealing).
SHORT_TAIL_MAX_SHARE = 0.5

# The short column's piece of a row parted off a head's line (``_beside_head_rows``) is one column's line:
# at most the measure the page's lines show (``full``, a full line less ``FULL_LINE_SLACK_EM``), give or
# take that slack and a hanging mark's width (``COLUMN_SLACK_EM``).
PARTED_SLACK_EM = FULL_LINE_SLACK_EM + COLUMN_SLACK_EM

# (plain85) The marks a paragraph's last line ends on: the later piece of a short row ending so is
# a line of its own (``_own_line_after``).
SHORT_ROW_CLOSERS = frozenset("。！？；：…")
_GAPS = re.compile(r" +")
# A space between two ideographs: pdfminer writes one where a glyph stands further from the last
# than its word margin, as the letter spacing that stretches a justified line sets them.  Three
# such spaces or more say the line was spread (one or two may be a phrase set apart, 「抓早抓实民生
# 实事 确保群众温暖过冬」; a byline's names, set apart each, are no line of prose).
_SPREAD_RE = re.compile(f"[{IDEOGRAPH}] (?=[{IDEOGRAPH}])")
SPREAD_MIN = 3
# Lines that close a news item and nothing else: its 来源 line, or the bracketed unit under an
# essay (「（作者单位：…）」).  A paragraph's last line closes on a stop like any column's running
# paragraph does; these are printed only where an item's text has ended.
_ITEM_CLOSER_RE = re.compile(SOURCE_LINE_RE.pattern + r"|^[（(]\s*作者单位")

Item = tuple[Line, ...]   # a row: one line, or the lines of a row split at the gutters
Row = tuple[Item, ...]    # the ways to read a row (whole, or split after a mark), at least one


def column_flow(lines: list[Line], log: Log) -> list[Line]:
    """Pages whose columns an extractor interleaved, read column by column."""
    if len(lines) < SPLIT_MIN_ROWS or lines[0].raw.box is not None:
        return lines
    enough = max(SPLIT_MIN_ROWS, SPLIT_MIN_SHARE * len(lines))
    # one C-level scan: a text with fewer spaces between Chinese characters than rows to split
    # has no rows split at a gutter (most texts stop here, or at the probe for turns)
    joined = "\n".join([line.text for line in lines])
    spaced = sum(1 for m in SPACE_BEFORE_CJK_RE.finditer(joined) if m.start() and CJK_CHAR_RE.match(joined[m.start() - 1]))
    # (a schedule's lead's own space is no gutter; speed82: a lead opens on a digit, ``entry_lead``'s look,
    # taken in the comprehension: most lines pay no call)
    spaced -= sum(1 for line in lines if line.text[:1].isdigit() and _lead_space(line))
    # (fewer: a page of columns may still show in a few rows split at one gutter, when its lines
    # are a column's width on average)
    narrow = len(joined) <= COLUMN_CHARS_MAX * len(lines)
    measure = _column_measure(lines) if spaced >= enough or (narrow and spaced >= PAGE_MIN_SPLITS) else 0.0
    rows = _gutter_rows(lines, measure)
    # (whether a row's left line runs full is asked of the widest cut, as the row allows: a left line
    # cut short of a Latin run's word space, before the other column's 「5.1.2 …」, still shows the gutter)
    full = sum(_set_width(_gutter_cuts(lines[i].text, measure, prefer=False)[0]) >= measure - FULL_LEFT_EM for i in rows)
    gutter = bool(rows) and _gutter_page(lines, rows, measure)
    if rows and not gutter and (edges := _short_column_page(lines, rows, measure)) is not None:
        gutter = True   # (a page whose later column is short: its rows beside the stretch cut too)
        rows.update(edges)
    if spaced < enough and not gutter:
        measure, rows = 0.0, {}   # (too few spaces for the document's rows, and no page split at one gutter)
    turns = 0
    starts: tuple[int, ...] = ()
    if (len(rows) < enough or full < FULL_LEFT_SHARE * len(rows)) and not gutter:
        # text laid out in cells shows its columns in the cells where their lines begin, whatever
        # stands beside a column's rows: a masthead, a head over one column, a picture's caption
        # leave its left lines short (no full left line in most split rows), not its cells
        starts = column_starts(lines, CELL_COLUMNS_MAX) if spaced >= PAGE_MIN_SPLITS else ()
        starts = starts if cells_columned(lines, starts) else ()
    if (len(rows) < enough or full < FULL_LEFT_SHARE * len(rows)) and not gutter and not starts:
        # too few rows to tell the page by; if its lines take turns, the rows cut at the gutters
        # are still where the columns' baselines met: a line of each
        probe = lines[:PROBE_LINES]
        turns = narrow and (_interleaved(probe, text_pairs(probe), FLOW_COLUMNS_MAX)
                            or _stretch_columns(probe, text_pairs(probe), FLOW_COLUMNS_MAX))
        if not turns:
            return _blocks_only(lines, log, narrow and spaced >= MIXED_MIN_ROWS, narrow)
    if rows:   # (a document read for columns: a wide row no space cuts may be cut after a hung mark)
        rows.update({i: pieces for i, ln in enumerate(lines)
                     if i not in rows and ln.width > measure + COLUMN_SLACK_EM
                     and len(pieces := _gutter_cuts(ln.text, measure, glued=True)) > 1})
    starts = starts or column_starts(lines, CELL_COLUMNS_MAX)   # (text in cells: where each column starts)
    if starts and measure:   # (a piece padded to a later column's cell is a line of that column)
        for i, line in enumerate(lines):
            if "  " in line.text and (cut := cell_pieces(line, starts)) is not None:
                # (a piece the next column's piece follows, whose glyphs fit one column, is that
                # column's line whole, however wide its letter spacing sets it: a justified line's
                # spaces are no gutter; glyphs beyond a column are two columns' lines, the next
                # piece pushed left into the cells of the column it follows)
                rows[i] = [part for (piece, c), after in zip(cut, [*cut[1:], None])
                           for part in ([piece] if after is not None and after[1] == c + 1
                                        and width(piece.replace(" ", "")) <= measure + COLUMN_SLACK_EM
                                        else _piece_cuts(piece, measure))]
    # the widest row split at the gutters spans the page: as many columns as it holds measures (or cells show);
    # a page may show more in the lines a round of its rows holds (``_round_lines``)
    n = max(turns, 2, len(starts),
            min(FLOW_COLUMNS_MAX, round(max(lines[i].width for i in rows) / measure)) if rows else 0)
    pairs = text_pairs(lines)
    def read(start: int, end: int) -> list[Line]:
        # (an extractor that writes blocks: only the stretches whose rows mix two columns are
        # dealt; a page with none is read as below)
        if not starts and measure and (page := _blocks_dealt(lines, start, end, rows, measure, pairs, log)) is not None:
            return page
        if not starts and _written_in_runs(lines, start, end, pairs):
            return _as_written(lines, start, end, pairs)   # (blocks of one column's runs: ``order`` places them)
        title = end if starts else _title_written_last(lines, start, end, measure)
        items = [_ways(lines[i], rows.get(i), n, measure) for i in range(start, title)]
        singles = [row[0][0] for row in items if len(row[0]) == 1]
        m = n if n >= FLOW_COLUMNS_MAX or starts else max(n, _round_lines(lines[start:title], items, pairs))
        if m > n:
            items = [_ways(lines[i], rows.get(i), m, measure) for i in range(start, title)]
            singles = [row[0][0] for row in items if len(row[0]) == 1]
        splits = sum(len(row[0]) > 1 for row in items)
        if _interleaved(singles, pairs, m):
            stretch: tuple[int, int] | tuple[()] | None = _turns_end(items, pairs, m) or _signed_off(items, pairs, m)
        elif splits >= PAGE_MIN_SPLITS:   # (a few split rows: columns side by side at the top only)
            stretch = (_split_stretch(items) if splits < SPLIT_MIN_SHARE * len(items)
                       else _turns_end(items, pairs, m) or _signed_off(items, pairs, m))   # (many: turns, a column perhaps alone below)
        else:
            stretch = _turn_stretch(items, pairs, m)
        if stretch == ():
            return _as_written(lines, start, end, pairs) if not starts else lines[start:end]
        if title < end:   # (the page's title, written after its rows: read first, over the columns)
            head = [lines[title].but(page_start=lines[start].page_start), *lines[title + 1:end]]
            dealt = [*head, *_reflow(items, pairs, False, m, starts, stretch or None, lines[start:title],
                                     start == 0, True, True)]
        else:
            dealt = _reflow(items, pairs, lines[start].page_start, m, starts, stretch or None, lines[start:end],
                            start == 0)
        if not starts and (rounds := _rounds_read_better(lines, start, end, dealt, pairs)) is not None:
            return rounds   # (blocks written round by round: dealt by the round, not by rows)
        if not _order_written(lines, start, end) or not _written_reads_on(lines[start:end], dealt, pairs):
            log.decided(lines[start].lineno, "split", _("a page whose columns were interleaved, read column by column"))
            return dealt
        return _as_written(lines, start, end, pairs)

    out: list[Line] = []
    for start, end in paper_pages(lines) if starts else page_spans(lines):
        page = read(start, end)
        # (a short later column beside a head set over the first column only: its few split rows made
        # the page a gutter one; read as ``_blocks_only`` reads such a page where that reads on better)
        if not starts and (beside := _beside_head_dealt(lines[start:end], pairs, BESIDE_HEAD_ABOVE_MAX)) is not None \
                and not _rows_kept_whole(beside, lines, start, end, rows) \
                and _reading_on(beside, pairs) >= _reading_on(page, pairs):
            log.decided(lines[start].lineno, "split", _("a page whose columns were interleaved, read column by column"))
            page = beside
        out.extend(page)
    return out


def _rows_kept_whole(reading: Sequence[Line], lines: Sequence[Line], start: int, end: int,
                     rows: dict[int, list[str]]) -> bool:
    """``reading`` (a page read by ``_beside_head_dealt``) keeps whole a row of ``lines[start:end]``
    that the gutters cut (``rows``): that reading cuts only the rows beside a short column's stretch,
    so a page whose two columns run side by side further down (a page of two full columns under its
    head) is no short column's, and its rows' own reading stands."""
    whole = {(lines[i].lineno, lines[i].text) for i in rows if start <= i < end}
    return any((line.lineno, line.text) in whole for line in reading)


def _rounds_read_better(lines: Sequence[Line], start: int, end: int, dealt: Sequence[Line],
                        pairs: Counter[str]) -> list[Line] | None:
    """The page ``lines[start:end]`` dealt by its blocks' rounds (``_as_written``'s stages, then
    ``_blocks_round_dealt``), where the extractor wrote it as blocks of a line or two (more blank
    lines than ``_written_in_runs`` allows, so the rows path took it) and its joins from block to
    block read more words across than the rows' ``dealt`` (``_join_score``, as ``_rejoined_page``'s
    readings are weighed); None otherwise, and on a page of items (more bylines than
    ``ITEM_PAGE_BYLINES``), whose headlines the rows path reads.  (``_reading_on``, the lines' breaks summed, prefers the
    rows' dealing on most such pages: it counts the rows' own joins inside each block, not where the
    blocks were put.)"""
    if not _block_page(lines, start, end) or sum(map(signs, lines[start:end])) > ITEM_PAGE_BYLINES:
        return None
    page = _blocks_turns_dealt(_title_rows_moved(list(lines[start:end]), pairs), pairs)
    found = _round_columns(page, pairs)
    if found is None or found.off_turn > ROUNDS_OFF_TURN_SHARE * found.dealt:
        return None   # (the period does not hold over the page: not written round by round)
    rounds = _round_page(page, found.above, found.columns)
    if _join_score(rounds, pairs) <= _join_score(dealt, pairs):
        return None
    return rounds


def _written_reads_on(written: Sequence[Line], dealt: Sequence[Line], pairs: Counter[str]) -> bool:
    """The page as the extractor wrote it reads on across its lines at least as well as the dealing
    of it (``_reading_on``): a text already in reading order (a copy saved from a viewer or a word
    processor) goes on from each line cut at the measure into the next, where a dealing takes lines
    of one column apart.  Spaces between Chinese characters (a names list, a byline's names, a
    couplet heading's two halves, a schedule's rows) only open the page to dealing; it is taken when
    it reads better than the order as written, as it does where the columns were interleaved (each
    line's cut word finished two lines down, or in the other half of its merged row)."""
    return _reading_on(written, pairs) >= _reading_on(dealt, pairs)


def _reading_on(reading: Sequence[Line], pairs: Counter[str]) -> float:
    """How well a reading goes on from line to line: the evidence of each break (``goes_on``, the
    scorer the dealing places lines with), summed over the breaks that stop inside a word."""
    return sum(goes_on(before, after, pairs) for before, after in zip(reading, reading[1:]))


def _as_written(lines: Sequence[Line], start: int, end: int, pairs: Counter[str]) -> list[Line]:
    """The page ``lines[start:end]`` the dealing leaves as written, its blocks rejoined where the
    extractor wrote them taking turns (``_rejoined_page``) when it was written as blocks — unless
    ``order`` would read the page column by column from its blocks' heights (``order.column_reading``,
    asked of the page as ``order`` would order it, the lines before and after it at hand:
    plain ``pdftotext`` merged the columns' blocks by height, and that split reads the blocks as
    written; taken up out of turn, they no longer alternate as the merge set them).  Where both
    readings stand, the one whose joins read more words across (``_rejoining_reads_better``) goes
    on and the other is handed on beside it (``Line.other_at``): ``order``, which makes the split,
    orders both and keeps the other only where its result reads better (``order._ordered``)."""
    page = list(lines[start:end])
    if not _block_page(lines, start, end):
        return page
    page = _title_rows_moved(page, pairs)
    page = _blocks_turns_dealt(page, pairs)
    if (dealt := _blocks_round_dealt(page, pairs)) is not None:
        return dealt
    rejoined = _rejoined_page(page, pairs)
    if all(a is b for a, b in zip(rejoined, page)):
        return page
    from booklet.clean.order import column_reading   # (order imports flow: imported here, not at the top)
    streamed = column_reading(page, pairs, lines[start - 1] if start else None, lines[end] if end < len(lines) else None)
    if streamed is None:
        return rejoined
    # (the reading whose joins read better goes on; the other beside it, each line's place in it, for
    # ``order`` to weigh where it makes the split by height: ``order._ordered``)
    chosen, other = (rejoined, page) if _rejoining_reads_better(rejoined, streamed, pairs) else (page, rejoined)
    place = {id(line): k for k, line in enumerate(other)}
    return [line.but(other_at=place[id(line)]) for line in chosen]


def _blocks_turns_dealt(page: Sequence[Line], pairs: Counter[str]) -> list[Line]:
    """The page's blocks, each whose leading lines take turns between two columns
    (``_turning_lines``) dealt into the two (``_block_turns_dealt``): the first column's lines, then
    the second's as a block of its own, for ``order`` to place like any other block.  A row of such
    a stretch wider than a column that cuts at a gutter into two lines (``_gutter_cuts``: the two
    columns' baselines met there) is read as its two lines, one after the other, as the turns
    would have written them."""
    measure = _column_measure(page)
    opens = [k for k in range(len(page)) if k == 0 or page[k].blanks_before]
    out: list[Line] = []
    for a, b in zip(opens, opens[1:] + [len(page)]):
        block = list(page[a:b])
        parted = [piece for line in block for piece in _row_lines(line, measure)]
        stretch = _turning_lines(parted, pairs, measure)
        out.extend(block if stretch is None else _block_turns_dealt(parted, stretch, pairs))
    return out


def _lead_space(line: Line) -> bool:
    """The line opens on a schedule's lead and the one space after it, a Chinese character next
    (「1 月 6 日 镇党委召开…」, plain and ``-raw`` pdftotext): a space between Chinese characters that is
    the lead's own, not a gutter between two columns' lines — a chronology's page of one column
    has one on every entry.  (A time's space, 「9:00 主持人…」, has a digit before it: not counted.)"""
    lead = entry_lead(ENTRY_LEAD_SPACED_RE, line.text)
    return lead is not None and CJK_CHAR_RE.match(line.text, lead.end() - 1) is not None \
        and CJK_CHAR_RE.match(line.text, lead.end() + 1) is not None


def _row_lines(line: Line, measure: float) -> list[Line]:
    """A row of two columns' lines (``row_cuts``) as those two lines; any other line as it stands."""
    pieces = row_cuts(line, measure)
    if len(pieces) != 2:
        return [line]
    return [_piece_line(line, pieces[0], measure, False), _piece_line(line, pieces[1], measure, True).but(blanks_before=0)]


def row_cuts(line: Line, measure: float) -> list[str]:
    """A row wider than a column (``measure``) cut at spaces into the lines of the columns it holds,
    each no wider than one (``_gutter_cuts``); one piece, the line whole, where it is one column's
    line — it cannot be so cut, or its spaces are a justified line's, spread glyph by glyph
    (``spread``: 「今 年 汛 期， 全市 共经 历强 降雨 过 程 9」 is one column's full line)."""
    if not measure or line.width <= measure + COLUMN_SLACK_EM or " " not in line.text or spread(line):
        return [line.text]
    return _gutter_cuts(line.text, measure)


def signs(line: Line) -> bool:
    """The line is a byline or dateline (a reporter's, an author's under the unit)."""
    return BYLINE_LABEL_RE.match(line.text) is not None or ORG_BYLINE_RE.search(line.text) is not None


def spread(line: Line) -> bool:
    """The extractor wrote spaces between the line's ideographs in ``SPREAD_MIN`` places or more
    (「高血 压患 者 规 范 管 理 率 达到 9」), and it signs nothing: justification stretched it, glyph
    by glyph, to the measure — a line the column cut, full however few its glyphs (a paragraph's
    last line, a title, is set solid)."""
    return len(_SPREAD_RE.findall(line.text)) >= SPREAD_MIN and not signs(line)


def _turning_lines(block: Sequence[Line], pairs: Counter[str], measure: float) -> tuple[int, int] | None:
    """The stretch ``(first, end)`` of the block's lines that take turns between two columns (None:
    none does).

    Where two columns' baselines come close, plain ``pdftotext`` may build one block of both and
    write their lines alternately (a line of the first column, a line of the second …) while the
    two columns' lines meet; above and below, the block runs on in one column.  Over such a stretch
    a line stopping inside a word is finished two lines down (``_word_cut``: its column's next
    line; or inside a quotation or bracket closed there, ``_closed_two_down``), not in the next
    line (the other column's) — a line of the column's measure (``measure``,
    less ``FULL_LEFT_EM``): text is cut inside a word only at the column's edge, so a short line
    a word seems to run out of (a headline's, set large: 「让老建筑说」 / 「明年将实现」) tells
    nothing.  The stretch runs from the first such line to
    the last line finishing one, over the run of lines in which those breaks most outnumber the
    breaks going on into the next line (a line both kinds go on into is the next line's: the turns
    ended above it); it is taken when they number ``TURNS_IN_BLOCK_MIN`` and ``SKIP_ONE_RATIO``
    times the others, as ``_interleaved`` asks of a page — one column's lines finish their words in
    the next line — and when the turns open the block (its first line finished two lines down is
    one of its first two, a line of each column): the extractor built the block where the two
    columns' lines began to meet.  Turns found lower down leave open which column the line they
    start from continues (measured: read as the run above, torn runs on ``news_page_grassroots_items``
    × ``weekly_two_of_three``), so such a block stays as written."""
    found = []   # (the line a break is finished in, +1 two lines down / -1 in the next line)
    for k in range(len(block) - 2):
        if not _mid_word(block[k]):
            continue   # (after punctuation: no telling)
        if goes_on(block[k], block[k + 1], pairs) > 0:
            found.append((k + 1, -1))
        elif ((_word_cut(block[k], block[k + 2], pairs) or _closed_two_down(block[k:k + 3]))
              and block[k].width >= measure - FULL_LEFT_EM):
            found.append((k + 2, 1))
    found.sort()   # (where they meet, the next-line break first)
    best: tuple[int, int, int, int, int] | None = None   # (later - on, first, end, later, on)
    score = later = on = 0
    first = 0
    for target, vote in found:   # (the run of events scoring most: Kadane's)
        if score <= 0:
            score = later = on = 0
            first = target - 2 if vote > 0 else target
        score += vote
        later, on = later + (vote > 0), on + (vote < 0)
        if score > 0 and (best is None or score > best[0]):
            best = (score, first, target + 1, later, on)
    if best is None or best[3] < TURNS_IN_BLOCK_MIN or best[3] < SKIP_ONE_RATIO * best[4] or best[1] > 1:
        return None
    return 0, best[2]


def _block_turns_dealt(block: Sequence[Line], stretch: tuple[int, int], pairs: Counter[str]) -> list[Line]:
    """The block whose lines ``stretch`` take turns between two columns (``_turning_lines``) as the
    first column's lines, then the second's, a block of its own.  Above the stretch the block is the
    first column's run.  In the stretch a line goes to the column it goes on from or, when nothing
    tells, to the column whose turn it is (``_block_column``).  Below it the block runs on in one
    column (``_run_column``)."""
    first, end = stretch
    columns: list[list[Line]] = [list(block[:first]), []]
    last_to: int | None = 0 if first else None
    for k in range(first, len(block)):
        line = block[k]
        if k < end:
            to = _block_column(columns, line, last_to, pairs)
            to = (0 if last_to is None else 1 - last_to) if to is None else to
        else:
            to = _run_column(columns, line, last_to, pairs)
        columns[to].append(line)
        last_to = to
    if not all(columns):
        return list(block)
    second = columns[1]
    return columns[0] + [second[0].but(blanks_before=max(1, second[0].blanks_before), page_start=False), *second[1:]]


def _run_column(columns: Sequence[Sequence[Line]], line: Line, last_to: int | None, pairs: Counter[str]) -> int:
    """The column of two (``_block_turns_dealt``) a line below the turns' last evidence goes to: the
    one it goes on from more (from both alike: the column of the line above, the nearer); going on
    from neither, the one it may open a line of — a column whose last line stops inside a word is
    finished by its next line, so a line that does not finish it is the other's (a column that ended
    its lines in the block holds a word open for good, and the block runs on in the other); when
    nothing tells, the column of the line above (the block runs on in one column: measured, going on
    in turns there tore ``interview_rural_revitalization`` × ``weekly_two_of_three``'s answers)."""
    scores = [goes_on(col[-1], line, pairs) if col else 0.0 for col in columns]
    if max(scores) > 0:
        return last_to if scores[0] == scores[1] else scores.index(max(scores))  # type: ignore[return-value]
    open_to = [c for c, col in enumerate(columns) if col and not _mid_word(col[-1])]
    return open_to[0] if len(open_to) == 1 else last_to  # type: ignore[return-value]


def _rejoining_reads_better(rejoined: Sequence[Line], streamed: Sequence[Line], pairs: Counter[str]) -> bool:
    """The page's blocks taken up in turn (``_rejoined_page``) read better than ``order``'s split of
    them by height (``streamed``): across the joins from block to block each reading makes, its
    words read across a break (``_word_cut``) less the words it leaves broken (a block stopping inside
    a word that the next does not go on from) outnumber the split's (by ``REJOIN_MARGIN``).  Both
    readings take the blocks as the extractor wrote them; only the joins between them differ, and a
    word cut by a column's foot is finished at the head of the next, whichever reading is right."""
    return _join_score(rejoined, pairs) >= _join_score(streamed, pairs) + REJOIN_MARGIN


def _join_score(reading: Sequence[Line], pairs: Counter[str]) -> int:
    """Of the joins from block to block in ``reading``, those reading a word across the break less
    those breaking one: the block stops inside a word the next does not go on from."""
    score = 0
    for before, after in zip(reading, reading[1:]):
        if not after.blanks_before:
            continue
        if _word_cut(before, after, pairs):
            score += 1
        elif _mid_word(before) and goes_on(before, after, pairs) <= 0:
            score -= 1
    return score


def _rejoined_page(page: Sequence[Line], pairs: Counter[str]) -> list[Line]:
    """The page's blocks with a block taken up after the block it goes on (``BLOCKS_AHEAD``): the
    block's last line stops inside a word, the next block does not go on from it, and a block at
    most ``BLOCKS_AHEAD`` further does (``goes_on``) — more than from any block's last line between.
    The blocks keep their blank lines: ``order`` places them."""
    opens = [k for k in range(len(page)) if k == 0 or page[k].blanks_before]
    blocks = [list(page[a:b]) for a, b in zip(opens, opens[1:] + [len(page)])]
    if not _blocks_take_turns(blocks, pairs):
        return list(page)
    k = 0
    while k < len(blocks) - 2:
        last = blocks[k][-1]
        if _mid_word(last) and goes_on(last, blocks[k + 1][0], pairs) <= 0:
            j = next((j for j in range(k + 2, min(k + 2 + BLOCKS_AHEAD, len(blocks)))
                      if _word_cut(last, blocks[j][0], pairs)
                      and all(goes_on(blocks[i][-1], blocks[j][0], pairs) < WORD_ACROSS for i in range(k + 1, j))), None)
            if j is not None:
                blocks.insert(k + 1, blocks.pop(j))
        k += 1
    return [line for block in blocks for line in block]


def _blocks_round_dealt(page: Sequence[Line], pairs: Counter[str]) -> list[Line] | None:
    """The page's blocks dealt into the columns they take turns among, when the extractor wrote them
    round by round (``_block_rounds``): each column's blocks one after the other, each column a
    block, the columns in the order whose feet read on into the next one's top (``_columns_read_on``);
    None when the blocks come round in no period, or the dealing reads on (``_reading_on``) no better
    than the page's blocks as ``_rejoined_page`` takes them up.

    At open leading plain ``pdftotext`` writes a column page's lines as blocks of one or a few lines
    each, and takes them up by height: one of each column in turn, round after round, the same order
    each round (the column whose line stands a little higher first).  A block then goes on in the
    block a round later, whatever its last line ends on — a clause mark (「各部门应当按照“一数一源、」
    / 「一源多用”的要求…」) tells nothing a join could read, but the round does.  So each block goes
    to the column whose turn it is, unless its first line is told to another: it closes a bracket
    or quotation only one column's last line left open (``_left_open_by``), or it finishes a word only
    one column's last line stopped inside (``_word_cut``) — a column that ended (a short story, a
    column resting under its picture) gives up its turn, and the columns left come round without it.
    Its blank lines stood between the columns' lines and say nothing of a column's paragraphs."""
    dealt = _round_columns(page, pairs)
    return None if dealt is None else _round_page(page, dealt.above, dealt.columns)


class _Rounds(NamedTuple):
    """The rounds' dealing of a page (``_round_columns``)."""
    above: list[Line]            # the blocks above the rounds, as written
    columns: list[list[Line]]    # the columns, in the order they are read
    dealt: int                   # the blocks dealt
    off_turn: int                # of them, those told to a column whose turn it was not


def _round_columns(page: Sequence[Line], pairs: Counter[str]) -> _Rounds | None:
    """``_blocks_round_dealt``'s dealing before it is laid out; None where it deals none."""
    opens = [k for k in range(len(page)) if k == 0 or page[k].blanks_before]
    blocks = [list(page[a:b]) for a, b in zip(opens, opens[1:] + [len(page)])]
    n = _block_rounds(blocks, pairs)
    if not n:
        return None
    # (the rounds begin at the first block a round later finishes: the blocks above — furniture, a
    # headline set over the columns — stay as written, over the columns)
    top = _round_top(blocks, n, pairs)
    if top is None:
        return None
    if top == n and any(_opens_on_title(blocks[:n], c, _column_measure(page)) for c in range(n)):
        # (exactly one round above it, one block opening on a title and the others inside their
        # prose: the columns' first blocks — 「和时限。…同比减少」 / 「三成，…」 — and the title set large
        # over the first column, written after the next column's first line: dealt with the rest)
        top = 0
    columns: list[list[Line]] = [[] for _ in range(n)]
    turn = off_turn = 0
    for block in blocks[top:]:
        first = block[0]
        live = [c for c, col in enumerate(columns) if col]
        told = _left_open_by(columns, first)
        if not told:
            told = [c for c in live if _word_cut(columns[c][-1], first, pairs)]
        to = told[0] if told is not None and len(told) == 1 else turn
        off_turn += to != turn
        columns[to].extend(block)
        turn = (to + 1) % n
    filled = [col for col in columns if col]
    measure = _column_measure(page)
    above = [line for block in blocks[:top] for line in block]
    def opening(c: int) -> bool:
        return _opens_the_text(filled, c, measure, above)
    # (a column that ran on to the foot is read first — unless a column opens the text, or a block was
    # told out of its turn: a word read across by chance, 「…任务落」 / 「到2028年底…」, deals a column's
    # rest to another, whose length then says nothing of where it ended)
    ran_on = None if off_turn or any(map(opening, range(len(filled)))) else _ran_on(filled, blocks[-1])
    dealt = _columns_read_on(filled, pairs, opening, ran_on)
    if len(dealt) < 2 or (_reading_on([*above, *(line for col in dealt for line in col)], pairs)
                          <= _reading_on(_rejoined_page(page, pairs), pairs)):
        return None
    return _Rounds(above, dealt, len(blocks) - top, off_turn)


def _ran_on(columns: Sequence[Sequence[Line]], last: Sequence[Line]) -> int | None:
    """The dealt column that ran on below the others, to the page's foot: it holds the page's last
    block and ``RAN_ON_LINES`` lines more than every other column, each of which ends a sentence
    (``Line.final``: a column ended where the text did); None where none did.

    A typesetter fills columns one after another, each to the page's foot, so on the page a text
    ends on the first column reaches the foot and the later ones end where the text does — the rows
    reader asks the same of a column running on alone below the turns (``_reflow``).  Plain
    ``pdftotext`` writes each round's higher line first, and the first column's top may stand lower
    than the next column's: a salutation or a lead-in under a head set across both columns is read
    with the head (「同志们：」 beside 「一是天气因素。…」), so the rounds open on the second column and
    the dealt order reads the text's end first (seed 293 speech_question_exclaim_heads × nw54_03).
    A page the text goes on from has columns that stop inside a sentence: both reach the foot, and
    the one holding fewer lines holds a table's cells (seed 275 survey_report_tables × nw54_02)."""
    at = next((c for c, col in enumerate(columns) if col[-1] is last[-1]), None)
    if at is None or any(len(col) + RAN_ON_LINES > len(columns[at]) or not col[-1].final
                         for c, col in enumerate(columns) if c != at):
        return None
    return at


def _round_page(page: Sequence[Line], above: Sequence[Line], dealt: Sequence[Sequence[Line]]) -> list[Line]:
    """The rounds' columns (``_round_columns``) laid out as the page: the blocks above them as
    written, each column opening on a blank line and its own lines run on."""
    out = [*above, *(line.but(blanks_before=max(1, line.blanks_before) if k == 0 else 0)
                     for col in dealt for k, line in enumerate(col))]
    return [line.but(page_start=k == 0 and page[0].page_start,
                     blanks_before=page[0].blanks_before if k == 0 else line.blanks_before)
            for k, line in enumerate(out)]


def _round_top(blocks: Sequence[Sequence[Line]], n: int, pairs: Counter[str]) -> int | None:
    """The block the rounds begin at: the first whose end the block ``n`` later finishes with a word
    read across (``_word_cut``) that no other block's end, written before that block, reads more
    surely into its start (``_claimed``); None when every such join is claimed."""
    return next((k for k in range(len(blocks) - n)
                 if _mid_word(blocks[k][-1]) and _word_cut(blocks[k][-1], blocks[k + n][0], pairs)
                 and not _claimed(blocks, k, k + n, pairs)), None)


def _claimed(blocks: Sequence[Sequence[Line]], k: int, j: int, pairs: Counter[str]) -> bool:
    """Block ``j``'s start finishes a word with another block's end, written before it, whose parts
    stand together in the language more surely (``_word_pmi``) than the word it reads with block
    ``k``'s end: a chance word across two columns' blocks (「…机械臂上下翻」 / 「工市场和零工…」, 翻工 at
    PMI 2.6) loses the start to the end it was cut from (「…已建成零」: 零工, 5.1)."""
    start = blocks[j][0]
    mine = _word_pmi(blocks[k][-1].text[-WORD_CONTEXT:], start.text[:WORD_CONTEXT])
    return any(_mid_word(blocks[i][-1]) and _word_cut(blocks[i][-1], start, pairs)
               and _word_pmi(blocks[i][-1].text[-WORD_CONTEXT:], start.text[:WORD_CONTEXT]) > mine
               for i in range(j) if i != k)


def _title_row(line: Line, measure: float) -> tuple[str, str] | None:
    """The line is a row holding a title's piece and a sentence's piece of the column beside it,
    one space apart: (title piece, sentence piece), else None.  A title set large stands as high as
    two or three lines of the column beside it, and plain ``pdftotext`` writes the line whose
    baseline meets the title's on the title's row (「共建文明城 动自行车。」): the row is no wider than
    a column (``measure``), for the title's glyphs are counted at the body's size, so ``row_cuts``
    never cuts it.  The first piece is a headline's (no punctuation), the second a paragraph's
    last line (it ends its sentence: a line going on past the space, 「治理 机制，确保小区改得」, is
    one column's full line pdfminer wrote a justified gap in — seed 197's city_renewal and
    qa_policy_interpretation pages, −0.26 and −0.02 fidelity when such rows were read as titles);
    a title's own word space (「市 共享美」, 「抓早抓实民生实事 确保群众温暖过冬」) has no punctuation
    on either side, and a justified line spread glyph by glyph (``spread``) is one.  A
    label and its text one space apart (「第四条 市、区人民政」, 「一、 做好…」) are one column's line:
    a first piece that is a label (``LABEL_ONLY_RE``) or opens a list (``Line.listed``) is no title's."""
    pieces = _one_space_pieces(line.text)
    if pieces is None or line.width > measure + COLUMN_SLACK_EM or spread(line) or line.listed:
        return None
    left, right = pieces
    if LABEL_ONLY_RE.match(left) or leaves_bracket_open(left) or "：" in left or ":" in left:
        return None   # (a label, a bracket left open, a lead-in's colon: one column's line)
    if (CLAUSE_RE.search(left) or not FULL_STOP_END_RE.search(right)
            or not CJK_CHAR_RE.match(left[-1]) or not CJK_CHAR_RE.match(right[0])):
        return None
    return left, right


def _title_rows_moved(page: Sequence[Line], pairs: Counter[str]) -> list[Line]:
    """The page's rows holding a title's piece and another column's sentence piece (``_title_row``)
    parted: the title's piece stays where it was written, the sentence's piece goes after the one
    line of the page whose word it finishes (``_word_cut``: 「…骑行电」 / 「动自行车。」) and whose next
    line does not; a row no one line takes stays whole, and so does a row that reads on across its space
    (``goes_on``: pdfminer's gap inside one line, 「道设立非遗工 坊，并探索」, 「车不闯红 灯，行人走斑马」).  Left whole, the row was dealt at the
    title's turn (``_blocks_round_dealt``): the sentence's piece went to the title's column, which
    then opened on a line with punctuation in it, no title (``_opens_on_title``), and the column
    beside it was read first (appeal_civilised_city × nw54_00 × seed 197, fidelity 0.875 → 0.089)."""
    measure = _column_measure(page)
    out = list(page)
    for line in page:
        parts = _title_row(line, measure)
        if parts is None:
            continue
        piece = _piece_line(line, parts[1], measure, True).but(blanks_before=0, page_start=False)
        title = _piece_line(line, parts[0], measure, False)
        if goes_on(title, piece, pairs) > 0:
            continue   # (the row reads on across its space: one line, the extractor's gap inside it — 「道设立非遗工 坊，并探索」)
        at = [j for j, before in enumerate(out) if before is not line and _word_cut(before, piece, pairs)
              and not (j + 1 < len(out) and _word_cut(before, out[j + 1], pairs))]
        if len(at) != 1:
            continue
        k = next(k for k, other in enumerate(out) if other is line)
        out[k] = title
        out.insert(at[0] + 1, piece)
    return out


def _columns_read_on(columns: Sequence[list[Line]], pairs: Counter[str], prefer: Callable[[int], bool],
                     first: int | None = None) -> list[list[Line]]:
    """The dealt ``columns`` in reading order: the order whose joins from a column's last line to
    the next one's first read the most words across (``_word_cut``: a column's foot stopping inside
    a word goes on at the next column's top); of orders alike, one opening on a column the path
    ``prefer``s, then the order dealt.  With ``first``, that column opens the order.

    The joins are counted, not weighed: most feet end on a mark or a word's end and tell nothing,
    and a sum of weak joins (a pair of characters seen elsewhere in the text) would outvote the
    order the columns were dealt in on every page — where no word is cut the dealt order stands.
    It is the order both extractors' pages are dealt in:

    - plain ``pdftotext``'s blocks taken up by height (``_blocks_round_dealt``): the column whose top
      line stands highest is written first — the first column, unless it opens on a title set large:
      its first line's baseline stands lower than the next column's first line, and that line's
      block was written first (dev's 故乡 page: the right column's 「这时候，我的脑里…」, then 「故乡」 /
      「鲁迅」 over the left one).  A text opens on its title, so a column opening on one, where every
      other column opens inside its prose, is preferred (``_opens_on_title``); where another column
      opens on a headline too (a news page's items, each under its own), the height the extractor
      wrote them by stands.
    - rows cut at the gutters (pdfplumber, ``_reflow``): the columns are named left to right, the
      order a page's columns are read in; on the page a text opens on, a column opening on a
      paragraph's foot is not preferred first.  Summed join weights put a whole column out of its
      place on three-column pages (seed 197: outline_plenary_lecture × nw54_01, the title's column
      and the middle one read after the last), where a count of words cut leaves them as named."""
    def key(order: Sequence[int]) -> tuple:
        return (sum(_word_cut(columns[a][-1], columns[b][0], pairs) for a, b in zip(order, order[1:])),
                prefer(order[0]), [-c for c in order])
    best = max((order for order in permutations(range(len(columns))) if first is None or order[0] == first), key=key)
    return [columns[c] for c in best]


def _opens_on_title(columns: Sequence[list[Line]], c: int, measure: float) -> bool:
    """Column ``c`` opens on a title and every other column inside its prose: its first line holds
    no punctuation and stands shorter than a paragraph's first line set in by its indent
    (``INDENT_EM``: a paragraph's first line whose indent the extractor dropped is no title,
    「我在柳湾镇的书屋做了两年」 in a 14-character column), and every other column's first line holds
    punctuation (a headline over another column — 「抓早抓实民生实事 确保群众温暖过冬」 beside
    「全市首个社区“共」 / 「享工具间”开放」 — leaves the order to the height it was written by)."""
    def headline(line: Line) -> bool:
        return not line.clause and not line.final
    first = columns[c][0]
    return (headline(first) and first.width + first.unsure + INDENT_EM < measure - FULL_SLACK_EM
            and not any(headline(col[0]) for k, col in enumerate(columns) if k != c))


def _opens_the_text(columns: Sequence[list[Line]], c: int, measure: float, above: Sequence[Line]) -> bool:
    """Column ``c`` of the rounds opens the text: it opens on a title (``_opens_on_title``), or on a
    headline's line — no punctuation, no number or mark a section head opens on, short of the
    measure — where every other column opens inside its prose or on a section head (``_no_opening``)
    and the rounds stand under no block or under a headline's line (no punctuation), whose wrapped
    tail it is.  Plain ``pdftotext`` takes a round's blocks up by height: the column beside a title
    set over the first stands higher and is written first each round, so the dealt order reads the
    second column first; a title's tail at the first column's top (「协同办公系统公文流转操作」 above,
    「指南」 atop the column) or the title itself there (「关于全市社区嵌入式养老」) tells the first column
    where the second opens on a line its edge cut inside a word (「市里将社区养老服务设施纳入国土空间规」)
    or on a numbered head (「四、发文办理」, 「2.主要目标」).  A table's head atop a column under a
    caption (「表2：不同运营方式设施的服务满意度」 / 「运营方式」) stands under no headline: the order stays as
    dealt."""
    if _opens_on_title(columns, c, measure):
        return True
    if above and (above[-1].clause or above[-1].final or FIGURE_RE.match(above[-1].text)):
        return False   # (the rounds stand under a sentence or a figure's or table's caption)
    first = columns[c][0]
    return (not first.clause and not first.final and not first.listed
            and first.width + first.unsure + INDENT_EM < measure - FULL_SLACK_EM
            and all(_no_opening(col, measure) for k, col in enumerate(columns) if k != c))


def _no_opening(column: Sequence[Line], measure: float) -> bool:
    """A column's first line no text opens on: it holds punctuation, opens on a section head's
    number or mark (``listed``), or runs to the measure and stops inside a word with punctuation in
    the line under it (prose the column's edge cut; a title set to the measure and wrapped inside a
    word, 「关于全市社区嵌入式养老服务设施运行」 / 「情况的调研报告」, holds none in its next line)."""
    first = column[0]
    return (first.clause or first.final or first.listed
            or (first.width + first.unsure >= measure - FULL_SLACK_EM and _mid_word(first)
                and len(column) > 1 and (column[1].clause or column[1].final)))


def _block_rounds(blocks: Sequence[Sequence[Line]], pairs: Counter[str]) -> int:
    """How many columns a page's blocks come round among (0: none): ``_come_round`` over the blocks'
    last and first lines, for ``n`` up to ``FLOW_COLUMNS_MAX``, a block's end finished by the start
    ``n`` blocks later where a word is read across the two (``_word_cut``, as the dealing then tells
    a block's column: ``_blocks_round_dealt``)."""
    ends, starts = [block[-1] for block in blocks], [block[0] for block in blocks]
    return _come_round(ends, starts, pairs, FLOW_COLUMNS_MAX, _word_cut)


def _closed_two_down(lines: Sequence[Line]) -> bool:
    """Of three lines, the third closes a bracket or curly quotation the first left open and the
    second closes none it did not open (「…让群众的“需求」 / 「参与，…」 / 「单”变成…」): text cut
    inside a quotation goes on in its column's next line, so the first's break is finished two
    lines down, as surely as a word read across it (``_word_cut``)."""
    first, middle, third = lines
    return bool(_left_open_by([[first]], third)) and _left_open_by([[first]], middle) is None


def _word_cut(before: Line, after: Line, pairs: Counter[str]) -> bool:
    """``after`` finishes a word of ideographs ``before`` stops inside (the dictionary reads it across
    the break: ``goes_on``'s strongest evidence).  Digits read on into digits as a number wherever
    two figures meet (a timetable's 「9:00—9:10」 / 「9:40」), so they tell nothing here."""
    return (CJK_CHAR_RE.match(before.text[-1:]) is not None and CJK_CHAR_RE.match(after.text[:1]) is not None
            and goes_on(before, after, pairs) >= WORD_ACROSS)


def _blocks_take_turns(blocks: Sequence[Sequence[Line]], pairs: Counter[str]) -> bool:
    """The page's blocks take turns between columns: of the blocks whose last line stops inside a
    word, more go on in a block ``BLOCKS_AHEAD`` or fewer after the next than in the next one (by
    ``SKIP_ONE_RATIO``, and at least ``SKIP_ONE_MIN``), as ``_interleaved`` asks of rows.  A page of
    one column's blocks goes on from block to block (a paragraph cut by a page, a list's wrapped
    entry) or not at all."""
    telling = [k for k in range(len(blocks) - 2) if _mid_word(blocks[k][-1])]
    on = sum(goes_on(blocks[k][-1], blocks[k + 1][0], pairs) > 0 for k in telling)
    later = sum(any(_word_cut(blocks[k][-1], blocks[j][0], pairs)
                    for j in range(k + 2, min(k + 2 + BLOCKS_AHEAD, len(blocks)))) for k in telling)
    return later >= SKIP_ONE_MIN and later >= SKIP_ONE_RATIO * on


def _blocks_only(lines: list[Line], log: Log, spaced: bool, narrow: bool) -> list[Line]:
    """A text that shows too few rows split at a gutter, or turns, to be read for columns as a whole:
    its pages written as blocks still have their stretches of mixed blocks dealt (``_mixed_pages``:
    the evidence is the page's own mixed rows, however few the text holds).  ``spaced``: its lines
    are a column's width on average and hold spaces between Chinese characters enough for them;
    ``narrow``: its lines are a column's width on average (its pages' blocks may take turns:
    ``_as_written``)."""
    if not narrow:
        return lines
    measure = _column_measure(lines) if spaced else 0.0
    rows = _gutter_rows(lines, measure)
    mixed = sum(_mixed_row(pieces, measure) for pieces in rows.values()) >= MIXED_MIN_ROWS
    pairs = text_pairs(lines)
    out: list[Line] = []
    for start, end in page_spans(lines):
        page = _blocks_dealt(lines, start, end, rows, measure, pairs, log) if mixed else None
        above = BESIDE_HEAD_ABOVE_MAX if start == 0 else 0   # (lines over a later page's head: its last page's)
        if page is None and (page := _beside_head_dealt(lines[start:end], pairs, above)) is not None:
            log.decided(lines[start].lineno, "split", _("a page whose columns were interleaved, read column by column"))
        out.extend(_as_written(lines, start, end, pairs) if page is None else page)
    return out


def _beside_head_dealt(page: Sequence[Line], pairs: Counter[str], above_max: int = 0) -> list[Line] | None:
    """A page written in rows (pdfplumber) whose short later column stands beside the head group of
    the first: the head's lines (``_beside_head_line``: a masthead's unit, 「工作简报」, the issue, the
    editor's line, the title's lines) sit on baselines of their own, set larger, so the extractor
    writes the short column's lines one or two at a time between them (「工作简报」 / 「一是部分山塘水
    库监测设施老化。」 / 「二是个别乡镇…」 / 「第12期」 / …).  Where the first column's body begins on the
    short column's grid, rows hold a line of each set one space apart (``_edge_cut``); where it does
    not, its first lines still take turns with the short column's last.  Read: the head's lines, the
    first column (the split rows' left lines, the rows below), then the short column's lines in the
    order written.  The stretch of turns (``_beside_head_rows``) ends at the first split row or past
    the last line left unfinished over the other column's line (``_skips_other``); with no split row,
    the first column's body may begin inside it — the stretch's last lines outside the head, left
    unfinished after the short column's last finished line, are the body's first.  Taken where, above
    it, head lines come back after the other column's lines at least ``BESIDE_HEAD_MIN_TURNS`` times,
    the page opening on a head line; None for any other page."""
    if len(page) < BODY_MIN_ROWS or _block_page(page, 0, len(page)):
        return None
    # (the measure from lines of one column: a row holding a line of each, one space apart, is wider)
    widths = sorted(line.width for line in page if line.width >= MEASURE_MIN_EM and _edge_cut(line.text) is None)
    full = upper_quartile(widths) - FULL_LINE_SLACK_EM if widths else 0.0
    page, parted = _head_rows_parted(page, full)
    found = _beside_head_rows(page, full, pairs, above_max, parted)
    if found is None:
        return None
    end, split = found
    if not split and (reach := [k for k in parted if k >= end]):
        # (a row parted into a head's line and the short column's stands beside the head:
        # the stretch of turns reaches it, however the turns above read — 「——在全县经济工作暨优化营商环境
        # 推进 12所，…」 / 「大会上的讲话 投入使用，…」 under a title whose turns ended three rows up)
        end = reach[-1] + 1
    shaped = [_beside_head_line(line, full) for line in page[:end]]
    head = _signature_given_back(page, shaped)
    last = end
    while split and last < len(page) and _edge_cut(page[last].text) is not None:
        last += 1
    on = end if split else _short_runs_on(page, head, end, pairs, parted)
    below: Sequence[Line] = page[max(last, on):]
    tail: list[Line] = []
    if _interleaved(below, pairs, FLOW_COLUMNS_MAX):
        # (the other column is no short one where its lines take turns below down the page, a whole
        # page's; the short column's last lines taking turns with the first column's body, which then
        # runs on alone, are dealt)
        if split or (dealt := _short_tail_dealt(below, pairs)) is None:
            return None
        below, tail = dealt
    cuts = [cut for k in range(end, last) if (cut := _edge_cut(page[k].text)) is not None]
    heads = [line for line, h in zip(page[:end], head) if h]
    other = [line.but(page_start=False) for line, h in zip(page[:end], head) if not h]
    # (the short column's signature, given back from the head's shape: its close, never the body's)
    signed = [s for s, h in zip(shaped, head) if not h]
    if on > end:   # (the short column's sentence left open over the head's last line, finished below it)
        other += [line.but(page_start=False) for line in page[end:on]]
        signed += [False] * (on - end)
        last = on
    body: list[Line] = [page[k].but(text=cut[0]) for k, cut in zip(range(end, last), cuts)]
    if not split and not tail:   # (the body's first lines beside the short column's last: unfinished after its last finished one)
        done = max((k for k, line in enumerate(other) if not _unfinished(line) and not signed[k]), default=-1)
        body = [line for line, s in zip(other[done + 1:], signed[done + 1:]) if not s]
        other = other[:done + 1] + [line for line, s in zip(other[done + 1:], signed[done + 1:]) if s]
    if tail and len(other) + len(tail) > SHORT_TAIL_MAX_SHARE * len(below):
        return None   # (two columns side by side down the page, the later ending above the foot: no short one)
    heads[0] = heads[0].but(page_start=page[0].page_start)
    # (the unit printed once over the 报头, which ``strip_furniture`` did not see over it with the other
    # column's lines between: marked, as the furniture rule marks a unit over a column, for ``band_units``)
    band = unit_over_masthead(heads, Pages((), frozenset(), False), set())
    heads = [line.but(band=True) if k in band else line for k, line in enumerate(heads)]
    right = [page[k].but(text=cut[1], page_start=False) for k, cut in zip(range(end, last), cuts)]
    return [*heads, *body, *below, *other, *tail, *right]


def _short_closed(rows: Sequence[Line], pairs: Counter[str], full: float = 0.0) -> tuple[int, int] | None:
    """The rows ``[0, b)`` where a short column's last lines take turns with the first column's
    (``_short_tail_dealt``), where the breaks below the turns are too few to show the first column
    running alone (``_tail``'s ``TAIL_MIN``: a body of short paragraphs and numbered heads ends its
    lines on marks): the short column is the text's end, closed by its signature — a body's name or
    a date alone on its line (``SIGNING_BODIES_RE``, ``SIGN_DATE_RE``: 落款, GB/T 9704 7.3.5) or a
    news item's closer (``_closes_item``) — under the finished line of its column a round of rows up,
    below the last turn the breaks show.  The row under the closer is still the first column's,
    dealt by turn; from the next one that column runs alone (as ``_tail`` reads a closer).  None
    where no line closes the short column so."""
    single = list(rows)
    votes = _skip_votes(single, pairs, 2)
    last_turn = max((k for k, vote in votes if vote > 0), default=None)
    if last_turn is None:
        return None
    for k in range(last_turn + 1, len(rows) - 1):
        text = rows[k].text.strip()
        if full and rows[k].width >= full - FULL_LEFT_EM:
            continue   # (plumb86: a line running to the measure is prose, 「我们村的书屋原来设在村委会」, not a signature)
        if (SIGNING_BODIES_RE.match(text) or SIGN_DATE_RE.match(text) or _closes_item(single, k, 2)) \
                and k >= 2 and not _unfinished(rows[k - 2]):
            # (plumb86) a body's name signs over its date, a round of rows down (落款: the name,
            # then the date under it): the date closes the column
            while k + 2 < len(rows) - 1 and SIGNING_BODIES_RE.match(text) and SIGN_DATE_RE.match(rows[k + 2].text.strip()):
                k += 2
            return 0, k + 2
    return None


def _signed_off(items: Sequence[Row], pairs: Counter[str], n: int) -> tuple[int, int] | None:
    """(plumb86) The rows ``[0, b)`` where two columns take turns on an interleaved page whose
    breaks below the turns are too few to show a column running alone (``_turns_end``: None), read
    where the shorter column is the text's end, closed by its signature (``_short_closed``): the rows
    of single lines only (a row cut at the gutter holds both columns: the turns go on there).
    None with more than two columns, or where no signature closes a column."""
    if n != 2:
        return None
    last_split = max((r for r, row in enumerate(items) if len(row[0]) > 1), default=-1)
    singles = [row[0][0] for row in items[last_split + 1:]]
    found = _short_closed(singles, pairs, _column_measure(singles))
    return None if found is None else (0, last_split + 1 + found[1])


def _short_tail_dealt(rows: Sequence[Line], pairs: Counter[str]) -> tuple[list[Line], list[Line]] | None:
    """The rows under a head group's stretch of turns (``_beside_head_dealt``) where the short column's
    last lines still take turns with the first column's body (its first lines set on baselines of
    their own, under the title's larger ones): dealt into the two (``_reflow``) over the rows where
    they take turns (``_turns_end``: a column runs on alone below them — the first, which the
    typesetter filled to the foot; the short column ends where the text does).  The first column's
    lines (the column reaching the page's last row), then the short column's; None where no column
    runs on alone below the turns (two columns down the page: no short column)."""
    measure = _column_measure(rows)
    items = [_ways(line, None, 2, measure) for line in rows]
    stretch = _turns_end(items, pairs, 2) or _short_closed(rows, pairs)
    if stretch is None:
        return None
    dealt = _reflow(items, pairs, False, 2, (), stretch, rows)
    cut = next((k for k, line in enumerate(dealt) if line is rows[-1]), None)
    if cut is None or cut + 1 == len(dealt):
        return None
    return dealt[:cut + 1], dealt[cut + 1:]


def _signature_given_back(page: Sequence[Line], head: list[bool]) -> list[bool]:
    """``head`` (which of the page's first lines are the head group's, ``_beside_head_dealt``) with a
    signature among them given back to the short column: the bodies' names and, as the next of the
    head's lines, the date (``SIGNING_BODIES_RE`` / ``SIGN_DATE_RE``: 落款, GB/T 9704 7.3.5) where the
    other column's lines since the head's line before them end a sentence — that column's text closed
    and signed, which the head's shape does not tell from a masthead's unit and date (「以上级规定为」 /
    「准。」 / 「为帮助…的基」 / 「中共青禾县委组织部」 / 「本要求，…在组」 / 「2026年10月」 beside a
    title: read as the head's, the body's first line left open over them was taken for the short
    column's sentence).  A masthead's unit and date under no finished line stay the head's.  And a
    numbered heading (``ORDINAL_PREFIX_RE``) with a head's unnumbered line still to come is the short
    column's own (「创县域经济高质量发展新」 / 「（三）民生保障更加有力」 / 「局面」): a head group ends with its
    title and byline, and no title line is numbered; one with none after it may be the first column's
    body opening under the head (「一、组织设置」), left to the head's reading."""
    out = list(head)
    for k, line in enumerate(page[:len(head)]):
        if head[k] and k and ORDINAL_PREFIX_RE.match(line.text.strip()) and any(
                h and not ORDINAL_PREFIX_RE.match(page[j].text.strip()) for j, h in enumerate(head[k + 1:], k + 1)):
            out[k] = False   # (a numbered heading with the head's lines after it: the short column's own)
            continue
        if not head[k] or not SIGNING_BODIES_RE.match(line.text.strip()):
            continue
        date = next((j for j in range(k + 1, len(head)) if head[j]), None)
        before = next((j for j in range(k - 1, -1, -1) if head[j]), -1)
        if date is not None and SIGN_DATE_RE.match(page[date].text.strip()) \
                and any(page[j].final for j in range(before + 1, k)):
            out[k] = out[date] = False
    return out


def _head_rows_parted(page: Sequence[Line], full: float) -> tuple[list[Line], list[int]]:
    """The page's rows within a head group's reach (``BESIDE_HEAD_MAX_ROWS``) that glue a head's line
    to the short column's line beside it, parted into the two lines (the head's first): pdfplumber
    writes one row of every two lines whose baselines meet, and beside a head group a head's line meets
    the short column's grid as often as a body line does (「学习中心组专题学习的 2000字。」, 「通知 少牵头
    完成1项调研课题，…」: a title's second and third lines beside the short column's).  A row cut at
    its one space (``_edge_cut``) whose left piece is a head's line (``_beside_head_line``) while the
    row whole is none (it holds sentence punctuation, or ends a clause unfinished) is two lines; a row
    that is a head's line whole (the editor's line, the unit and the date a space apart) stays one.
    Also: where the short column's pieces of the rows parted stand (their index in the page returned)."""
    out: list[Line] = []
    parted: list[int] = []
    for k, line in enumerate(page):
        cut = _edge_cut(line.text) if k <= BESIDE_HEAD_MAX_ROWS else None
        left = line.but(text=cut[0], span_width=_set_width(cut[0])) if cut is not None else None
        if cut is None or left is None or _beside_head_line(line, full) or not _beside_head_line(left, full):
            out.append(line)
            continue
        out.extend([left, line.but(text=cut[1], span_width=_set_width(cut[1]), page_start=False, indent=False)])
        parted.append(len(out) - 1)
    return out, parted


def _parted_beside(page: Sequence[Line], k: int, full: float) -> bool:
    """(plumb84) Line ``k``, the short column's piece of a row ``_head_rows_parted`` parted off the head's
    line ``k - 1``, stands beside that line: the piece is one column's line, at most the measure the
    page's lines show (``full``) give or take ``PARTED_SLACK_EM`` — a one-column page's row led by a date
    or a label a space apart (a chronology's 「1月6日 镇党委召开…」) parts into a piece a page wide (the
    caller asks only on a page of a column's measure, ``COLUMN_CHARS_MAX``) — and the space parted two
    Chinese lines, not a word space beside a Latin run (「积的 20%。」: a number set in a Latin face, a
    space either side)."""
    return _set_width(page[k].text) <= full + PARTED_SLACK_EM \
        and not page[k - 1].text[-1:].isascii() and not page[k].text[:1].isascii()


def _beside_head_rows(page: Sequence[Line], full: float, pairs: Counter[str],
                      above_max: int = 0, parted: Sequence[int] = ()) -> tuple[int, bool] | None:
    """Where the turns of a head group and a short column beside it end on the page
    (``_beside_head_dealt``), and whether a split row ends them: the first row, at most
    ``BESIDE_HEAD_MAX_ROWS`` down, that cuts at one space into a prose line and another
    (``_edge_cut``); else the row under the last line left unfinished over the other's line
    (``_skips_other``) and that line's own next.  None where the rows above show no such turns, or
    where no line is run on past the other column's within the head's rows (``HEAD_GROUP_MAX_ROWS``)."""
    top = min(len(page), BESIDE_HEAD_MAX_ROWS + 1)
    first = next((k for k in range(top) if (cut := _edge_cut(page[k].text)) is not None
                  and PROSE_PUNCT_RE.search(cut[0])), None)
    end = top if first is None else first
    head = [_beside_head_line(line, full) for line in page[:end]]
    skips = [k for k in range(end - 1) if _skips_other(page[:end], head, k, pairs)]
    # (plumb84) a row parted into a head's line and the short column's shows the two side by side as a
    # line run on past the other's does
    if full <= COLUMN_CHARS_MAX:
        skips = sorted({*skips, *(k - 1 for k in parted if 0 < k < end and _parted_beside(page, k, full))})
    if first is None and skips:
        end = skips[-1] + 2
        head = head[:end]
    turns = sum(1 for k in range(1, end) if head[k] and not head[k - 1])
    above = next((k for k, h in enumerate(head) if h), end)   # (the other column's lines over the head's first)
    if not skips or skips[0] - above >= HEAD_GROUP_MAX_ROWS and not _turns_beside_head(head, above, skips[0]):
        # (a line run on past the other column's beside the head itself: the head's rows are the page's
        # first; one below them only, past a head line amid the text, is a page's furniture left amid it,
        # 「…每周安」 / 「1干部学习口袋书」 / 「排县医院…」)
        return None
    if sum(1 for line, h in zip(page[:end], head) if h and _edge_cut(line.text) is not None) > BESIDE_HEAD_TWO_PART_MAX:
        return None   # (a list's rows, two parts each, beside the head: no head group of their shape)
    if above > above_max or all(head) or turns < BESIDE_HEAD_MIN_TURNS:
        # (the page opens on a head line, or on the other column's first line(s) set higher than the
        # larger title's first baseline; and head lines come back after the other column's)
        return None
    if not any(PROSE_PUNCT_RE.search(line.text) for line, h in zip(page[:end], head) if not h):
        # (the short column beside a head is a text's prose: a title wrapped at two measures, its full lines
        # and its short ones, takes turns with itself and holds no mark — 「和美乡村建设暨农村人居环」 /
        # 「境整治提升行动」 / …, a column `-layout` read already)
        return None
    return end, first is not None


def _short_runs_on(page: Sequence[Line], head: Sequence[bool], end: int, pairs: Counter[str],
                   parted: Sequence[int] = ()) -> int:
    """Where the short column's lines end below a head group's stretch of turns that no split row
    ends (``_beside_head_dealt``; ``head``: which of ``page[:end]`` are the head's): where the stretch's
    last line of the other column stands over a head's line (the short column's, left beside the
    head's last lines) and leaves its sentence unfinished (``_unfinished``), the rows under the
    stretch that go on from it are that column's — inside a word, one the break reads across
    (``WORD_ACROSS``: 「…每人每年至」 / 「通知」 / 「少牵头完成1项调研课题，…推」 / 「动学习成果…举措。」),
    after a comma anything — down to the line that finishes it.  ``end`` where it does not: the
    first column's body may begin inside the stretch, under the head's last line, its first lines
    left unfinished there (``_beside_head_dealt`` reads those).  A line parted off a head's line's row
    (``parted``, ``_head_rows_parted``) stands beside that head line as the others stand over theirs
    (「县政府第十八次常务会 报告、科学处置，坚决防止发生重大森林火」 / 「灾。」 / 「议纪要」)."""
    k = max((j for j in range(end) if not head[j]), default=None)
    if k is None or not any(head[k + 1:end]) and k not in parted:
        return end
    on = end
    while on < len(page) and _unfinished(page[k]) and (
            not _mid_word(page[k]) or goes_on(page[k], page[on], pairs) >= WORD_ACROSS):
        k, on = on, on + 1
    return on


def _turns_beside_head(head: Sequence[bool], above: int, k: int) -> bool:
    """Line ``k`` (left unfinished over the other column's line: ``_skips_other``) stands beside the
    head group, however many rows down: a head's line comes after it, and from the head's first line
    (``above``) down to that one the head's lines come back after at most ``BESIDE_HEAD_GAP_MAX`` of
    the other column's lines each time.  The rows count the short column's lines written between the
    head's (one to three beside each of its lines), so a head group of a few lines reaches further
    down than ``HEAD_GROUP_MAX_ROWS`` rows; a head's line come back after a longer run of prose is
    no head beside a short column (a running head left amid the text: 「…每周安」 / 「1干部学习口袋书」 /
    「排县医院…」)."""
    after = next((j for j in range(k + 1, len(head)) if head[j]), None)
    if after is None:
        return False
    run = 0
    for h in head[above:after + 1]:
        run = 0 if h else run + 1
        if run > BESIDE_HEAD_GAP_MAX:
            return False
    return True


def _beside_head_line(line: Line, full: float) -> bool:
    """A line of the head group a short column stands beside (``_beside_head_dealt``): a head's line
    (``_head_line``: short of the measure, no sentence punctuation), a subtitle led by a dash
    (``DASH_LED_RE``), or a line of two parts set a space apart with no sentence punctuation — the
    editor's line, the unit and the date (「江城市水利局办公室编 2026年10月15日」), set as wide as the
    column's measure.  Not a line wider than the measure (``_group_line`` reads one as a title across
    two columns): the head stands in the first column here, and a wide line with no sentence
    punctuation is a column's prose run past the measure on its narrow marks (「管理、监督和组织群众、
    宣传群众、凝聚群众、服务群」)."""
    if PROSE_PUNCT_RE.search(line.text) is not None or line.final or line.text[-1:] in "，、," \
            or ARTICLE_ONLY_RE.match(line.text.strip()):
        # (an article's label is run in with its text, a space apart, never a head's line: 「第一条 为了…」)
        # (a line closed by a colon leads into what follows: 「于是写下了那首著名的《定风波》：」; one
        # closed by a pause mark goes on: 「第二条 本市行政区域内公共图书馆的设立、运行、」)
        return False
    return (_head_line(line, full) or DASH_LED_RE.match(line.text.strip()) is not None
            or _edge_cut(line.text) is not None)


def _skips_other(top: Sequence[Line], head: Sequence[bool], k: int, pairs: Counter[str]) -> bool:
    """Line ``k`` of the rows above a page's first split row (``head``: which are the head group's)
    is left unfinished (``_unfinished``) with the other column's line under it, and goes on in the
    next line of its own: after a comma, nothing more is asked; inside a Chinese word, the next line of
    its own reads a word across the break (``goes_on``) and the line under it does not."""
    if head[k + 1] == head[k] or not _unfinished(top[k]):
        return False
    own = next((j for j in range(k + 1, len(top)) if head[j] == head[k]), None)
    if own is None:
        return False
    if not _mid_word(top[k]):
        return True
    # (a Chinese word cut: a Latin word's end, 「urban reading room」, reads across into anything)
    return (CJK_CHAR_RE.match(top[k].text[-1]) is not None
            and goes_on(top[k], top[own], pairs) >= WORD_ACROSS > goes_on(top[k], top[k + 1], pairs))


def _gutter_rows(lines: Sequence[Line], measure: float) -> dict[int, list[str]]:
    """The rows wider than a column (``measure``; none when it is 0) that cut at spaces into lines
    no wider than one (``_gutter_cuts``), by index: the rows where columns' baselines met."""
    if not measure:
        return {}
    return {i: pieces for i, ln in enumerate(lines)
            if ln.width > measure + COLUMN_SLACK_EM and " " in ln.text
            and len(pieces := _gutter_cuts(ln.text, measure)) > 1}


def _blocks_dealt(lines: Sequence[Line], start: int, end: int, rows: dict[int, list[str]], measure: float,
                  pairs: Counter[str], log: Log) -> list[Line] | None:
    """The page ``lines[start:end]``, when the extractor wrote it as blocks (``_block_page``), with
    its stretches of mixed blocks dealt into columns (``_mixed_pages``); None when it was not
    written so or holds no such stretch."""
    if not _block_page(lines, start, end):
        return None
    page = _mixed_pages(lines, start, end, rows, measure, pairs)
    if page is not None and _written_reads_on(lines[start:end], page, pairs):
        return None   # (the page as written reads on as well: a text already in order)
    if page is not None:
        log.decided(lines[start].lineno, "split", _("a page whose columns were interleaved, read column by column"))
    return page


def _order_written(lines: Sequence[Line], start: int, end: int) -> bool:
    """The page ``lines[start:end]`` was written in an order of lines a dealing of the whole page
    can be weighed against (``_written_reads_on``): rows, one after the other, or lines each with a
    blank line before it (a copy saved with a blank line after each line: a viewer's paste, a word
    processor's styles — its blanks set no block apart).  An extractor that writes blocks of several
    lines (pdfminer, plain pdftotext) leaves the blocks' places to ``order``: the order it wrote
    them in is no reading of the page."""
    return not _block_page(lines, start, end) or all(line.blanks_before for line in lines[start + 1:end])


def _block_page(lines: Sequence[Line], start: int, end: int) -> bool:
    """The extractor wrote the page as blocks, not rows: blank lines stand between its lines
    (plain ``pdftotext``, pdfminer); an extractor that writes rows (pdfplumber) sets none.  The
    gaps counted are the body's (``_body_start``): a headline area sets its own gaps (kicker,
    title, subtitle and byline each a block, a masthead's rule above) whichever way the body
    under it was written.  A body of fewer than ``BODY_MIN_ROWS`` rows says nothing: the whole
    page's gaps are counted."""
    body = _body_start(lines, start, end)
    first = body if end - body >= BODY_MIN_ROWS else start
    return sum(line.blanks_before > 0 for line in lines[first + 1:end]) >= BLOCK_PAGE_BLANKS


def _body_start(lines: Sequence[Line], start: int, end: int) -> int:
    """The index of the page's first body line: under its opening (``_opening``: a head set across
    the columns, or a headline group closed by its byline), read from the page's lines as single rows."""
    return start + _opening([((line,),) for line in lines[start:end]])


def _written_in_runs(lines: Sequence[Line], start: int, end: int, pairs: Counter[str]) -> bool:
    """The extractor wrote the page ``lines[start:end]`` as blocks of several lines each, one
    column's run each: blank lines before some of its lines (``_block_page``) but before no more
    than ``RUNS_MAX_BLANK_SHARE`` of them, and none of its blocks a block of rows (``_rows_block``)."""
    blanks = [k for k in range(start + 1, end) if lines[k].blanks_before]
    if len(blanks) < BLOCK_PAGE_BLANKS or len(blanks) > RUNS_MAX_BLANK_SHARE * (end - start):
        return False
    bounds = [start, *blanks, end]
    return not any(_rows_block(lines[a:b], pairs) for a, b in zip(bounds, bounds[1:]) if b - a > 2)


def _rows_block(block: Sequence[Line], pairs: Counter[str]) -> bool:
    """The block's lines are rows of columns taking turns, not one column's run: more of its breaks
    inside a word go on a row or two further down (the same column's next line, a round of rows
    later) than into the next line.  (Where two columns' baselines come close, plain ``pdftotext``
    builds one block of both, its rows taking turns: ``news_three_tight``, ruled narrow columns.)"""
    on = later = 0
    for k in range(len(block) - 1):
        if not _mid_word(block[k]):
            continue   # (after punctuation: no telling)
        on += goes_on(block[k], block[k + 1], pairs) > 0
        later += any(goes_on(block[k], block[j], pairs) > 0
                     for j in range(k + 2, min(k + FLOW_COLUMNS_MAX + 1, len(block))))
    return later > on


def _mixed_pages(lines: Sequence[Line], start: int, end: int, rows: dict[int, list[str]], measure: float,
                 pairs: Counter[str]) -> list[Line] | None:
    """A page written as blocks, with each stretch where its blocks mix columns dealt into columns
    (``None``: no such stretch, the page stays as written).

    Plain ``pdftotext`` writes most of a column page as blocks of one column each, but where two
    columns' baselines come close it builds one block of both: its lines take turns between the
    columns, and a row where the baselines met holds a line of each, one space apart
    (``议精神，总结2025年全县经济工作， 5400个；县人民医院新院区投入使``).  Such a row is wider than a
    column, cuts at the space into lines no wider than one (none of them set letter-spaced: a
    justified line's spaces), and one of them at least runs full to the column's edge, a run of
    text with no space in it (a column's line is full unless its paragraph ends there; a headline
    beside a byline, 「把园区建成 本报讯（记者」, is words set apart): a *mixed row*, and the block
    holding it a *mixed block*.  Mixed blocks at most ``MIXED_GAP`` lines apart, and the blocks
    between them, are one stretch, from the first row wider than a column in its first mixed block
    (the lines above it, a headline's over its column, are one column's: they stay) to the end of
    its last; a stretch holding ``MIXED_MIN_ROWS`` mixed rows or more is dealt (``_mixed_stretch``).
    Where the first block's rows took turns from its top, a headline group opening the block
    (``_opening``: title, subtitle, byline written in one block with the columns' first rows) is
    read as written, and the stretch begins under it: dealt, its lines went to the columns' tops.
    The blocks around stay as written, for ``order`` to place."""
    opens = [i for i in range(start, end) if i == start or lines[i].blanks_before]   # (the blocks' first lines)
    blocks = list(zip(opens, opens[1:] + [end]))
    seeds = [sum(map(partial(_mixed_row, measure=measure), (rows.get(i) for i in range(a, b)))) for a, b in blocks]
    runs: list[list[int]] = []   # (runs of mixed blocks, by block index)
    for k, count in enumerate(seeds):
        if not count:
            continue
        if runs and blocks[k][0] - blocks[runs[-1][-1]][1] <= MIXED_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    page = list(lines[start:end])
    dealt = False
    local = {i - start: rows[i] for i in rows if start <= i < end}
    for run in reversed(runs):   # (from the foot: the indices above hold)
        if sum(seeds[k] for k in run) < MIXED_MIN_ROWS:
            continue
        a, b = blocks[run[0]][0] - start, blocks[run[-1]][1] - start
        first = next((i for i in range(a, b) if i in local), a)
        if _rows_block(page[a:first + 1], pairs):   # (the block's rows took turns above its first mixed row too)
            first = a + _opening([_ways(page[i], local.get(i), MIXED_COLUMNS_MAX, measure) for i in range(a, b)])
        found = _mixed_stretch(page, first, b, [k - start for k in opens], local, pairs,
                               {blocks[k][0] - start for k in run})
        if found is not None:
            above, below, columns = found
            page[above:below] = columns
            dealt = True
    return page if dealt else None


def _bracket_cut(text: str, pieces: list[str]) -> list[str]:
    """A row cut in two at a space inside a bracket it opens and closes (「把园区建成 本报讯（记者 | 马晓东）」)
    cut instead at another space no bracket spans, when one leaves both lines no wider than the
    widest cut line: a column's line that stops inside a bracket goes on in its column's next
    line, never in the line beside it in the row, so brackets pair inside a line of one column."""
    if len(pieces) != 2 or not (leaves_bracket_open(pieces[0]) and closes_unopened_bracket(pieces[1])):
        return pieces
    limit = max(map(width, pieces))
    for gap in _GAPS.finditer(text):
        left, right = text[:gap.start()], text[gap.end():]
        if (left and right and width(left) <= limit and width(right) <= limit
                and not leaves_bracket_open(left) and not closes_unopened_bracket(right)):
            return [left, right]
    return pieces


def _mixed_row(pieces: list[str] | None, measure: float) -> bool:
    """A row of a page written as blocks holds a line of each of two columns or more (see
    ``_mixed_pages``): cut into lines no wider than a column, none set letter-spaced, one of them
    a full column line with no space in it, and prose (a clause mark in it: a list's rows, names
    set apart by spaces, hold none)."""
    return (pieces is not None and len(pieces) > 1
            and any(" " not in piece and width(piece) >= measure - FULL_LEFT_EM for piece in pieces)
            and any(CLAUSE_RE.search(piece) for piece in pieces)
            and not any(LETTER_SPACED_RE.search(piece) for piece in pieces))


def _mixed_stretch(page: list[Line], first: int, last: int, opens: list[int], rows: dict[int, list[str]],
                   pairs: Counter[str], mixed: set[int]) -> tuple[int, int, list[Line]] | None:
    """The stretch ``page[first:last]`` dealt into columns, and the lines around that go on in them:
    ``(above, below, lines)``, the lines replacing ``page[above:below]``.  ``opens``: the page's
    blocks' first lines; ``mixed``: those of the mixed blocks.

    Inside the stretch a line of a mixed block, or a line opening a block, goes to the column it
    continues or whose turn it is (``_deal``), and the other lines of a block stay in the column of
    the line above (the extractor's block is one column's where no row mixes).  Around it, a block
    above whose last line goes on into a column's first, and lines below that go on from a column's
    last, are that column's (the interleaving began before the stretch, or ran past it).  The
    columns are written one after the other, each a block: the extractor's blank lines inside the
    stretch stood between rows of different columns and say nothing of a column's paragraphs."""
    n = min(FLOW_COLUMNS_MAX, max(len(rows.get(i) or ()) for i in range(first, last)))
    if n > MIXED_COLUMNS_MAX:
        return None
    block_of = {i: max(k for k in opens if k <= i) for i in range(first, last)}
    items = [_ways(page[i], rows.get(i), n) for i in range(first, last)]
    placed = page_places(items, ())   # (no cells in plain text: every line open)
    tail = _mixed_tail(items, pairs, n)   # (below it the first column runs alone)
    turning = [(block_of[i] in mixed or i in opens) and i - first < tail for i in range(first, last)]
    columns = _deal(items, placed, pairs, n, True, turning)
    # lines below that go on from a column's last line are that column's
    below = last
    while below < len(page) and below not in rows:
        scores = [goes_on(col[-1], page[below], pairs) if col else 0.0 for col in columns]
        if max(scores) <= 0:
            break
        columns[scores.index(max(scores))].append(page[below])
        below += 1
    below = _blocks_in_turn(page, below, opens, rows, columns, pairs)
    # a block above whose last line goes on into a column's first line is that column's
    above = first
    while above > 0:
        top = max(k for k in opens if k < above)
        if any(k in rows for k in range(top, above)):
            break
        scores = [goes_on(page[above - 1], col[0], pairs) if col else 0.0 for col in columns]
        if max(scores) <= 0:
            break
        columns[scores.index(max(scores))][:0] = page[top:above]
        above = top
    dealt = [col for col in columns if col]
    if len(dealt) < 2:
        return None
    head = page[above]
    out: list[Line] = []
    for c, col in enumerate(dealt):
        for k, line in enumerate(col):
            blanks = (head.blanks_before if c == 0 else max(1, line.blanks_before)) if k == 0 else 0
            if line.blanks_before != blanks or line.page_start:
                line = line.but(blanks_before=blanks, page_start=False)
            out.append(line)
    if head.page_start:
        out[0] = out[0].but(page_start=True)
    return above, below, out


def _blocks_in_turn(page: list[Line], below: int, opens: list[int], rows: dict[int, list[str]],
                    columns: list[list[Line]], pairs: Counter[str]) -> int:
    """The blocks from ``page[below]`` on that still take turns between the dealt ``columns``, each
    appended to its column; returns the index of the first line left as written.

    Where two columns' grids shift apart (a paragraph's space, a headline) their baselines stop
    meeting and plain ``pdftotext`` writes each column's next lines as a block of their own, the
    blocks still taking turns down the page: no row below is mixed, but a column whose last line
    stops inside a sentence has not ended, and its next line lies further down.  So while some
    column is unfinished, a block whose first line goes on from a column's last line is that
    column's, and a block that opens a paragraph (goes on from none) is the one column's whose
    last line ended its paragraph; the blocks stop taking turns where every column has ended or
    the block fits no column (a mixed row, a block no unfinished column's line goes on into and no
    single column ended before)."""
    last_to = None
    while below < len(page) and below in opens and any(col and _unfinished(col[-1]) for col in columns):
        end = next((k for k in opens if k > below), len(page))
        if any(k in rows for k in range(below, end)) or (to := _block_column(columns, page[below], last_to, pairs)) is None:
            break
        columns[to].extend(page[below:end])
        below, last_to = end, to
    return below


def _unfinished(line: Line) -> bool:
    """A column's last line leaves its text unfinished: it stops inside a word or after a comma (a
    closing bracket or quote may end a source line or a title; a stop ends a paragraph), and not on
    a photo's credit, which ends its caption (「本报记者 何静怡/摄」)."""
    return (_mid_word(line) or line.text[-1:] in "，、,") and not is_caption(line.text)


def _left_open_by(columns: Sequence[Sequence[Line]], line: Line) -> list[int] | None:
    """The columns whose last line left open the bracket or curly quotation ``line`` closes without
    opening it (the rest of a line cut inside them: 「…让群众的“需求」 / 「单”变成…」), or None when
    the line closes none it did not open.  A line wrapped inside a bracket or quotation goes on in
    the next line of its own column, so the rest goes to the column that left it open, whatever
    the line above it on the page."""
    asks = [(leaves, closes) for leaves, closes in ((leaves_bracket_open, closes_unopened_bracket),
                                                    (leaves_quote_open, closes_unopened_quote))
            if closes(line.text)]
    if not asks:
        return None
    return [c for c, col in enumerate(columns) if col and any(leaves(col[-1].text) for leaves, _ in asks)]


def _block_column(columns: Sequence[Sequence[Line]], first: Line, last_to: int | None, pairs: Counter[str]) -> int | None:
    """The column of ``columns`` (``_blocks_in_turn``) a block whose first line is ``first`` goes to,
    or None when nothing tells.  A line goes on from the last line of the column it continues
    (``goes_on``; a line closing a bracket or quotation it does not open, from the column whose
    last line left one open: ``_left_open_by``); a line that goes on from none opens a paragraph,
    in the one column whose last line ended one, when it runs the column's measure but for a
    paragraph's indent (``FULL_LEFT_EM``: a headline's lines, set larger, hold fewer characters).
    Where two columns are told alike, the block goes to the column whose turn it is, not the column
    of the block before (``last_to``)."""
    scores = [goes_on(col[-1], first, pairs) if col else 0.0 for col in columns]
    if (opened := _left_open_by(columns, first)) is not None:
        if not opened:
            return None
        scores = [float(c in opened) for c in range(len(columns))]
    if max(scores) <= 0:
        ended = [c for c, col in enumerate(columns) if col and not _unfinished(col[-1])]
        if len(ended) == 1 and first.width >= _full_width(columns) - FULL_LEFT_EM:
            return ended[0]
        if ended or last_to is None:
            return None
    return max(range(len(columns)), key=lambda c: (scores[c], c != last_to))


def _mixed_tail(items: Sequence[Row], pairs: Counter[str], n: int) -> int:
    """The row of a mixed stretch from which its first column runs on alone (``len(items)``: turns
    all the way down).  Where two columns' baselines meet, a row in which both hold text holds a
    line of each (``_tail_below_split``); below the last row split into every column the single
    rows are one column's when their breaks go on into the next row, net, by ``TAIL_MIN`` — and no
    run of them takes turns (a run of breaks going on a round of rows later outweighing the others
    by ``STRETCH_MIN``, as ``_turn_stretch`` asks of turns).  A lone break that reads on a round of
    rows later by chance (「技术|创新」 two rows down, where the next row's 「取得突破」 is the
    sentence) does not hold the column's tail in turns, as ``_tail_below_split``'s first-break test
    would.  Dealt by turns, the rows of the first column below a column that ended were torn in two.
    The column running alone is the first: split rows label the columns left to right, and the
    typesetter fills the first to the foot (``_deal``)."""
    single = [row[0][0] if len(row[0]) == 1 else None for row in items]
    last_split = max((r for r, row in enumerate(items) if len(row[0]) > 1), default=-1)
    if last_split < 0 or len(items[last_split][0]) != n:
        return len(items)
    votes = [vote for k, vote in _skip_votes(single, pairs, n) if k > last_split]
    weight = turns = 0.0
    for vote in votes:   # (the strongest run of breaks taking turns below the last split row)
        weight = max(0.0, weight + vote)
        turns = max(turns, weight)
    return last_split + 1 if votes and turns < STRETCH_MIN and -sum(votes) >= TAIL_MIN else len(items)


def _round_lines(lines: Sequence[Line], items: Sequence[Row], pairs: Counter[str]) -> int:
    """How many columns a page's rows take turns among: the lines a round of rows holds.  Rows of
    interleaved columns come round in a fixed order (each column's line grid keeps its pitch), so a
    line goes on ``d`` rows later, the rows' period; where some columns' baselines meet, one row holds
    a line of each of them (split at the gutter), and a round of ``d`` rows holds that row's lines and
    one in each other row (a column offset by a headline takes turns with a row of the other two: 3
    lines in 2 rows).
    0 when the rows take no turns."""
    if not items:
        return 0
    period = _interleaved(lines, pairs, FLOW_COLUMNS_MAX)
    # ... and only when the split rows' lines themselves come round (``_rounds``)
    heads = [row[0] for row in items]
    rounds = _rounds(heads, pairs)
    on_round = sum(came for _k, _later, came, _went in rounds)
    on_next = sum(went for _k, _later, _came, went in rounds)
    if not period:
        # the whole rows may not tell the period: a split row written as one line ends with its last
        # column's line, which goes on a round later into no row's start; then the split rows' own
        # rounds tell it, where they say so clearly (``ROUNDS_ALONE_MIN``)
        if on_round < ROUNDS_ALONE_MIN or on_round < SKIP_ONE_RATIO * on_next:
            return 0
        period = Counter(later - k for k, later, came, _went in rounds if came).most_common(1)[0][0]
    if on_round < SKIP_ONE_MIN or on_round < SKIP_ONE_RATIO * on_next:
        return 0
    # (a round holds the split row's lines and a line in each of its other rows)
    pieces = Counter(len(head) for head in heads if len(head) > 1).most_common(1)[0][0]
    return min(FLOW_COLUMNS_MAX, period + pieces - 1)



def _rounds(heads: Sequence[Item], pairs: Counter[str]) -> list[tuple[int, int, bool, bool]]:
    """Per line of a split row that stops inside a word: the row, the next split row as wide, whether the line
    goes on into the line in its place there (its column's next line, a round of rows later), and
    whether it goes on into the single row after it instead (on a page of two columns a split row
    holds both, and one of them goes on there).  The round ends at the next split row, not a fixed
    period later: a tall headline's line beside the split rows stretches a round by a row or shrinks
    it (two split rows in a row tell nothing: both readings go on into the next).  Between them stand
    the other columns' lines, at most one each."""
    found = []
    for k, head in enumerate(heads):
        if len(head) < 2:
            continue
        later = next((k2 for k2 in range(k + 1, len(heads)) if len(heads[k2]) > 1), None)
        if later is None or not 1 < later - k <= 1 + FLOW_COLUMNS_MAX - len(head) or len(heads[later]) != len(head):
            continue
        found += [(k, later, goes_on(line, heads[later][j], pairs) > 0,
                   any(goes_on(line, single, pairs) > 0 for single in heads[k + 1]))
                  for j, line in enumerate(head) if _mid_word(line)]
    return found

def _gutter_page(lines: Sequence[Line], rows: dict[int, list[str]], measure: float) -> bool:
    """Some page holds ``PAGE_MIN_SPLITS`` rows split at a gutter into a line of each of two
    columns whose left line runs full to the column's edge and goes on in one of the next rows
    (its column's next line: below it, or a round of rows later): rows wider than any line of one
    column may be (a typesetter never sets text past the measure), cut where a column's line
    breaks inside a sentence, not where a list's entries, a line's words or a headline's lines
    part (a piece that itself holds a space is not one line)."""
    if measure > COLUMN_CHARS_MAX or not rows:
        return False   # (a page's measure, not a column's: its rows were cut at word spaces)
    pairs = text_pairs(lines)
    by_page: Counter[int] = Counter()
    page = 0
    for i, line in enumerate(lines):
        page += bool(line.page_start)
        pieces = rows.get(i)
        if (pieces and len(pieces) == 2 and " " not in pieces[0] and _set_width(pieces[0]) >= measure - FULL_LEFT_EM
                and any(goes_on(line.but(text=pieces[0]), line.but(text=rows.get(k, [lines[k].text])[0]), pairs) >= WORD_ACROSS
                        for k in range(i + 1, min(i + 1 + GUTTER_ON_ROWS, len(lines))))):
            by_page[page] += 1
    return any(count >= PAGE_MIN_SPLITS for count in by_page.values())


def _short_column_page(lines: Sequence[Line], rows: dict[int, list[str]], measure: float) -> dict[int, list[str]] | None:
    """Some page is two columns whose later one is short (``SHORT_SPLIT_MIN_ROWS``): the rows that
    split at a gutter into two pieces are one stretch at the page's top, under a head group at most
    (``HEAD_GROUP_MAX_ROWS``), their pieces running text (``SHORT_PROSE_SHARE``), and under them the
    first column runs on alone, row by row, at a column's measure, for as many rows at least.  None
    when no page is; else the rows beside each such stretch cut at their one gutter (``_edge_cut``),
    by index — none, most pages."""
    if measure > COLUMN_CHARS_MAX:
        return None   # (a page's measure, not a column's)
    found = [stretch for start, end in page_spans(lines) if (stretch := _short_column(lines, start, end, rows, measure))]
    if not found:
        return None
    return {i: cut for first, last in found for i in (first - 1, last + 1)
            if 0 <= i < len(lines) and (cut := _edge_cut(lines[i].text)) is not None}


def _short_column(lines: Sequence[Line], start: int, end: int, rows: dict[int, list[str]],
                  measure: float) -> tuple[int, int] | None:
    """The first and last split rows of the page ``lines[start:end]`` when it is two columns whose
    later one is short (``_short_column_page``); None when it is not."""
    split = [i for i in range(start, end) if i in rows]
    if len(split) < SHORT_SPLIT_MIN_ROWS or split[0] - start > HEAD_GROUP_MAX_ROWS:
        return None
    first, last = split[0], split[-1]
    if last - first + 1 != len(split) or any(len(rows[i]) != 2 for i in split):
        return None   # (not one stretch of two columns' rows)
    prose = sum(all(PROSE_PUNCT_RE.search(piece) for piece in rows[i]) for i in split)
    below = lines[last + 1:end]
    if (prose < SHORT_PROSE_SHARE * len(split) or len(below) < len(split)
            or any(line.width > measure + SHORT_BELOW_SLACK_EM for line in below)):
        return None
    # (the first column runs on alone below: its lines do not take turns with another column's, as a
    # news page's items beside each other do, their baselines apart)
    return None if _interleaved(below, text_pairs(lines[start:end]), FLOW_COLUMNS_MAX) else (first, last)


def _edge_cut(text: str) -> list[str] | None:
    """A row beside a short column's stretch of split rows (``_short_column_page``) that holds one
    space, after a Chinese character or a mark, cut there: a head of the first column beside the short
    column's first line (「一 “那你愁个啥？”」), or the first column's line beside its last (「一、调查
    研究是做好工作的基本功 203页」) — no wider than a column, so no gutter cut finds it.  None when it
    holds no such one space (a line's Latin word is set off by two: 「开课 260 多场」), or is a byline."""
    pieces = _one_space_pieces(text)
    if pieces is None:
        return None
    left, right = pieces
    if left[-1].isascii() or BYLINE_LABEL_RE.match(text):
        return None   # (a byline's label and name, 「本报记者 邵明哲」, are one line)
    return [left, right]


def _one_space_pieces(text: str) -> tuple[str, str] | None:
    """The two pieces of a row holding exactly one space, neither empty (a row two pieces set one
    space apart: ``_title_row``, ``_edge_cut``); None for any other row."""
    if text.count(" ") != 1:
        return None
    left, right = text.split(" ")
    return (left, right) if left and right else None


def _ways(line: Line, pieces: list[str] | None, n: int, measure: float = 0.0) -> Row:
    """The ways to read one row: split at the gutters when it is wider than a column; else whole,
    or (when it holds a space after a full-width mark) split there — the columns decide."""
    if pieces is not None and len(pieces) <= n:
        return (_split(line, pieces, measure),)
    if pieces is None and " " in line.text:
        gaps = [gap.span() for gap in _gutters(line.text, SPACE_AFTER_MARK_RE)]
        if not gaps and n == 2 and _short_lines_row(line, measure):   # (two columns' short lines: two lines)
            return (_split(line, line.text.split(" ")),)
        if 0 < len(gaps) < n:
            ends = [0] + [end for _start, end in gaps]
            parts = [line.text[a:b] for a, b in zip(ends, [start for start, _end in gaps] + [len(line.text)])]
            return ((line,), _split(line, parts))
    return ((line,),)


def _short_lines_row(line: Line, measure: float) -> bool:
    """(plain85) A row no wider than a column (``measure``) holding one space, between two Chinese
    characters (``SHORT_ROWS_SPACE_RE``): two columns' short lines whose baselines met — a head
    beside the other column's last line or head, which pdfplumber writes as one row one space apart
    (「1.发展成就 2.增进民生福祉」).  The later piece shows it is a line of its own
    (``_own_line_after``): it opens on a head's number, or it ends a sentence.  Not the
    spaces a line holds itself: a schedule's lead and its text (「1月6日 镇党委召开…」,
    ``ENTRY_LEAD_SPACED_RE``), a byline (``looks_like_byline``: 「县委书记 周明远」), a part's label and
    its title or text (「第一章 总则」, 「第五条 …」), a title's two phrases (「凝心聚力抓落实 奋力开创」:
    neither numbered nor closed)."""
    if not measure or line.width > measure + COLUMN_SLACK_EM or line.text.count(" ") != 1:
        return False
    if SHORT_ROWS_SPACE_RE.search(line.text) is None or LETTER_SPACED_RE.search(line.text):
        return False
    left, right = line.text.split(" ")
    if PART_LABEL_ONLY_RE.match(left) or ARTICLE_ONLY_RE.match(left) or not _own_line_after(right):
        return False
    # (a byline, its credit in brackets cut at the line's end: 「本报记者 范文静（来源：」)
    return entry_lead(ENTRY_LEAD_SPACED_RE, line.text) is None \
        and not looks_like_byline(OPEN_BRACKET_TAIL_RE.sub("", line.text))


def _own_line_after(piece: str) -> bool:
    """The later piece of a short row is a line of its own: a head's number opens it
    (``NUMBERED_RE``: 「2.增进民生福祉」, 「（3）精神慰藉；」, 「三、保障措施」) or a sentence's end closes
    it (「机制有待完善。」, 「年人提供以下服务：」) — a column's head, or a paragraph's last line.  A
    piece opening on a Latin digit opens on a head's number (``HEAD_FIGURE_RE``: 「2.增进…」), not a
    figure, whose Latin word space pdfplumber writes (「9.2万件」)."""
    if piece[:1].isdigit() and HEAD_FIGURE_RE.match(piece) is None:
        return False   # (a figure after a Latin word space: 「累计办理业务 9.2万件，…」 is one line)
    return NUMBERED_RE.match(piece) is not None or piece[-1:] in SHORT_ROW_CLOSERS


def _split(line: Line, pieces: Sequence[str], measure: float = 0.0) -> Item:
    """A row's pieces as lines of their columns: each piece is a printed line of its own, as wide
    as its text (not the row: the layout reads the measure off the lines' printed widths).  A piece
    set letter-spaced whole is a column's line justified to the column's ``measure`` (its glyphs
    spread to the edge, a line's break having left it few): as wide as the measure, its spaces no
    text (left in, the line would read as a heading set spaced)."""
    return tuple(_piece_line(line, p, measure, k > 0) for k, p in enumerate(pieces))


def _piece_line(line: Line, piece: str, measure: float, later: bool) -> Line:
    """One piece of a row as its column's line (``_split``)."""
    if measure and LETTER_SPACED_RE.fullmatch(piece.strip()):
        glyphs = piece.strip().replace(" ", "")
        return line.but(text=glyphs, span_width=max(width(glyphs), measure),
                        **({"indent": False} if later else {}))
    return line.but(text=piece, span_width=_set_width(piece), **({"indent": False} if later else {}))


def _column_measure(lines: Sequence[Line]) -> float:
    """A column's width: the usual width of the lines and of the pieces of lines split at spaces
    (on a page of merged rows every line holds a space) — their upper quartile.

    A line holding a space yet no wider than the lines holding none (their upper quartile, with
    ``COLUMN_SLACK_EM``) is a line of the column, whole: its spaces set a Latin number or word
    apart (``开课 260 多场``), or a byline's names.  Cut into pieces, such lines would pull the
    measure under the column's and make every line that holds a number look wider than a column
    (a one-column page read as merged rows).  Only where the lines holding no space are one
    column's (``PLAIN_ONE_COLUMN``): rows glued at a hung mark hold no space and are two columns
    wide."""
    plain = [line.width for line in lines if " " not in line.text]
    spaced = [(line.width, [width(piece) for piece in _GAPS.split(line.text)]) for line in lines if " " in line.text]
    measure = _quartile(plain + [w for _whole, pieces in spaced for w in pieces])
    one = _quartile(plain)
    if not measure or not one or one > PLAIN_ONE_COLUMN * measure:
        return measure
    whole = one + COLUMN_SLACK_EM
    return _quartile(plain + [w for line_width, pieces in spaced for w in ((line_width,) if line_width <= whole else pieces)])


def _quartile(widths: Iterable[float]) -> float:
    """The measure (``layout.upper_quartile``) the widths of at least ``MEASURE_MIN_EM`` show."""
    return upper_quartile(sorted(w for w in widths if w >= MEASURE_MIN_EM))


def _gutter_cuts(text: str, measure: float, glued: bool = False, prefer: bool = True) -> list[str]:
    """A row cut at spaces beside Chinese text into the fewest lines no wider than a column, each
    as wide as it can be (a column's line runs to its edge): one line per column it holds.  The
    whole row when it cannot be cut so (the caller asks only of rows wider than a column).  With
    ``glued``, also after a mark that ends a full column line (hung in the gutter, touching the
    next column's first glyph).  Brackets pair inside a column's line (``_bracket_cut``): every
    reader of the rows (the dealing, the mixed rows, the page's gutter) sees the row so cut."""
    if text[:1] == " " or text[-1:] == " ":
        return [text]
    return _bracket_cut(text, _cut_wide(text, measure, glued, prefer))


def _piece_cuts(piece: str, measure: float) -> list[str]:
    """A piece of a row wider than a column cut as a row is (at spaces beside Chinese text, else
    after a hung mark); a piece a column wide whole."""
    if width(piece) <= measure + COLUMN_SLACK_EM:
        return [piece]
    cut = _gutter_cuts(piece, measure)
    return cut if len(cut) > 1 else _gutter_cuts(piece, measure, glued=True)


def _cut_wide(text: str, measure: float, glued: bool = False, prefer: bool = True) -> list[str]:
    """A part wider than a column cut at spaces beside Chinese text (and, ``glued``, after a hung
    mark), greedily: the fewest lines, the first ones widest (the whole part when it cannot be cut)."""
    limit = measure + COLUMN_SLACK_EM
    set_width = _set_width if LETTER_SPACED_RE.search(text) else width   # (most rows: no regex per cut)
    # (a schedule's lead at the row's start and the wide space after it: 「1月6日    镇党委召开…」 is
    # one line, whose lead is no column's line — a gutter parts two columns' lines, not a lead from
    # its text)
    lead = entry_lead(ENTRY_LEAD_PADDED_RE, text)
    cuts = [gap.span() for gap in _gutters(text, _GAPS)
            if (CJK_CHAR_RE.match(text[gap.start() - 1]) or CJK_CHAR_RE.match(text[gap.end()]))
            and (lead is None or gap.start() != lead.end())]
    if glued:
        cuts = sorted(cuts + [(m.end(), m.end()) for m in HUNG_MARK_RE.finditer(text)])
    # (a gap between two Chinese glyphs or marks is no line's own: it is taken before one beside a
    # Latin run, which may be the run's word space — ``_latin_word_space``; of those, before the
    # space after a subclause's number, which is its label's — ``_label_space``; where the preferred
    # gaps cut the row into more lines than the widest gaps do, or leave a piece no cut fits, the
    # widest gaps as they come: the fewest lines first)
    plain = _greedy_cut(text, cuts, limit, measure, glued, set_width, False)
    if plain is None:
        return [text]
    preferred = _greedy_cut(text, cuts, limit, measure, glued, set_width, True) if prefer else None
    return preferred if preferred is not None and len(preferred) <= len(plain) else plain


def _greedy_cut(text: str, cuts: Sequence[tuple[int, int]], limit: float, measure: float, glued: bool,
                set_width: Callable[[str], float], prefer: bool) -> list[str] | None:
    """``_cut_wide``'s greedy cut at ``cuts`` (the gaps, in order), each piece as wide as fits under
    ``limit``; with ``prefer``, of the gaps that fit those no line holds itself first (see
    ``_cut_wide``).  None where a piece cannot be cut so."""
    pieces: list[str] = []
    begin = 0
    while set_width(text[begin:]) > limit:
        fits = [(a, b) for a, b in cuts if a > begin and set_width(text[begin:a]) <= limit]
        if prefer:
            fits = ([gap for gap in fits if not _latin_word_space(text, *gap)]
                    or [gap for gap in fits if not _label_space(text, gap[0])] or fits)
        if not fits or (glued and set_width(text[begin:fits[-1][0]]) < measure - FULL_LEFT_EM):
            return None
        pieces.append(text[begin:fits[-1][0]])
        begin = fits[-1][1]
    return pieces + [text[begin:]]


def _latin_word_space(text: str, start: int, end: int) -> bool:
    """(plumb86) The run of spaces ``text[start:end]`` is one space with a Latin letter or digit on
    one side and a Chinese glyph or mark on the other: the word space a typesetter sets around a Latin run in
    a Chinese line (a quarter em), which pdfplumber and plain pdftotext write as a space, as they write
    the gutter between two columns' lines (「件，其最新版本（包括所有的修 于 1 万人。」: the gutter
    is before 「于」, the spaces around 「1」 are the line's own).  A row's cut prefers any other gap
    (``_cut_wide``); a gap before or after a Latin run is a cut only where no other gap fits."""
    if end - start != 1 or start == 0 or end >= len(text):
        return False
    left, right = text[start - 1], text[end]
    # (beside a full-width mark too: 「讲话》（ 2024 年 5」, the typesetter's space after the bracket)
    return bool(LATIN_ALNUM_RE.match(left) and CJK_CHAR_RE.match(right)
                or CJK_CHAR_RE.match(left) and LATIN_ALNUM_RE.match(right))


def _label_space(text: str, start: int) -> bool:
    """(plumb86) The gap at ``start`` follows a subclause's number standing at the row's start or
    after a space (``SUBCLAUSE_NUMBER_RE``: 「4.1.2 城市书房宜设在…」, GB/T 1.1's numbered clauses):
    the space between the label and its title, which a gutter never takes — the gutter stands
    before the number, where the other column's line ends.  (A whole number is left out: a date's
    or a count's figure, 「11 月 27 日」, 「21 人」, stands so too.)"""
    before = text[:start]
    token = before[before.rfind(" ") + 1:]
    return SUBCLAUSE_NUMBER_RE.match(token) is not None


def _set_width(text: str) -> float:
    """A piece's width as set: a letter-spaced run's spaces are justification inside the measure
    (its glyphs spread to fill the line), so the run is as wide as its glyphs."""
    if not LETTER_SPACED_RE.search(text):
        return width(text)
    return width(LETTER_SPACED_RE.sub(lambda run: run.group().replace(" ", ""), text))


def _gutters(text: str, gap: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """The runs of spaces ``gap`` finds in a row that may be gutters: not those inside a line set
    letter-spaced (justification's spaces, one between every two glyphs of one column's line)."""
    spread = [run.span() for run in LETTER_SPACED_RE.finditer(text)]
    if not spread:
        return gap.finditer(text)
    return [m for m in gap.finditer(text) if not any(a < m.start() and m.end() < b for a, b in spread)]


def text_pairs(lines: Sequence[Line]) -> Counter[str]:
    """How often each pair of characters stands side by side inside the document's lines."""
    found: Counter[str] = Counter()
    for line in lines:
        text = line.text
        found.update(map(str.__add__, text, text[1:]))
    return found


def goes_on(before: Line | None, after: Line, pairs: Counter[str]) -> float:
    """Evidence (log-odds) that ``after`` is the line after ``before`` in its column: a word the
    dictionary reads across the break says yes, strongly; a pair across the break that the
    text holds elsewhere says yes; one it does not hold says a little no (a true continuation
    is often a rare pair too); after punctuation, nothing."""
    if before is None or not _mid_word(before):
        return 0.0
    if word_across(before.text[-WORD_CONTEXT:], after.text[:WORD_CONTEXT]):
        return WORD_ACROSS
    return PAIR_SEEN if pairs[before.text[-1:] + after.text[:1]] else PAIR_UNSEEN


def _join(before: Line | None, after: Line, pairs: Counter[str], full: float) -> float:
    """The dealing's evidence that ``after`` is the next line in ``before``'s column: ``goes_on``, a
    word read across the break weighed by how its parts stand together in the language, and the
    lines' shapes (``_shape_on``)."""
    on = goes_on(before, after, pairs)
    if on == WORD_ACROSS:
        assert before is not None
        on -= WORD_PMI_SLOPE * max(0.0, WORD_PMI_COMMON - _word_pmi(before.text[-WORD_CONTEXT:], after.text[:WORD_CONTEXT]))
    return on + _shape_on(before, after, full)


@lru_cache(maxsize=65536)
def _word_pmi(left: str, right: str) -> float:
    """The pointwise mutual information of the two parts of the word the dictionary reads across
    the join of ``left`` and ``right``: log of the word's count against the count its parts would
    make together by chance (a part that is no word of its own counts as its words' chance product:
    the segmenter's ``suggest_freq``)."""
    import rjieba

    found = word_at(left, right)
    if found is None:
        return WORD_PMI_COMMON
    word, cut = found
    return log(rjieba.suggest_freq(word) * DICT_TOTAL / (rjieba.suggest_freq(word[:cut]) * rjieba.suggest_freq(word[cut:])))


def _shape_on(before: Line | None, after: Line, full: float) -> float:
    """What the shapes of ``before`` and ``after`` say of ``after`` being the next line in
    ``before``'s column (lines at least ``full`` wide run to the column's edge): a full line cut
    inside a sentence (no stop or colon last: ``final``) goes on, so a line a shape opens does not
    follow it."""
    if before is None or before.width < full or before.final or not (after.listed or after.opener):
        return 0.0
    return CUT_THEN_OPENS


def _mid_word(line: Line) -> bool:
    """The line stops inside a word (an ideograph, a letter or a digit last) — never a term entry's lines as GB/T 1.1
    sets them (std86): the decimal number alone (``shapes.TERM_NUMBER_RE``: 「3.1」), the term ending on its English
    equivalent's word (``shapes.TERM_LINE_RE``: 「农村生活垃圾　rural domestic waste」), each a printed line whole."""
    return MID_WORD_END_RE.search(line.text) is not None and line.text[-1:] not in "，、," \
        and TERM_NUMBER_RE.match(line.text) is None and TERM_LINE_RE.match(line.text) is None


def _interleaved(lines: Sequence[Line], pairs: Counter[str], most: int) -> int:
    """How many columns take turns in ``lines`` (0 when they read on one after the other):
    ``_come_round`` over the lines, each its own end and start, a line going on at all into the line
    ``n`` later (``goes_on``)."""
    return _come_round(lines, lines, pairs, most, _goes_on_at_all)


def _goes_on_at_all(before: Line, after: Line, pairs: Counter[str]) -> bool:
    """``after`` may go on from ``before`` (``goes_on`` reads anything for it)."""
    return goes_on(before, after, pairs) > 0


def _come_round(ends: Sequence[Line], starts: Sequence[Line], pairs: Counter[str], most: int,
                finished: Callable[[Line, Line, Counter[str]], bool]) -> int:
    """How many columns a page's pieces (lines, blocks: piece ``k`` ends on ``ends[k]`` and starts on
    ``starts[k]``) come round among, 0 when they read on one after the other: of the pieces stopping
    inside a word (``_mid_word``; after punctuation a break tells nothing), those ``finished`` by the
    piece ``n`` later, for ``n`` up to ``most``, outweigh those going on into the next
    (``SKIP_ONE_MIN``, ``SKIP_ONE_RATIO``), the widest round shown over a share of the page
    (``_round_period``)."""
    telling = [k for k in range(len(ends) - 2) if _mid_word(ends[k])]
    next_one = sum(goes_on(ends[k], starts[k + 1], pairs) > 0 for k in telling)
    counts = {n: sum(k + n < len(ends) and finished(ends[k], starts[k + n], pairs) for k in telling)
              for n in range(2, most + 1)}
    return _round_period({n: count for n, count in counts.items()
                          if count >= SKIP_ONE_MIN and count >= SKIP_ONE_RATIO * next_one})


def _round_period(counts: dict[int, int]) -> int:
    """The columns a page's turns come round among, from the lines going on ``n`` lines later per
    ``n`` (the counts that show turns at all): the widest round the turns show over a share of the
    page (``ROUND_SHARE`` of the best count).  A column shorter than the others (a story ending
    above the foot, a column resting under a picture) stops taking its turn, and the columns left
    come round in fewer lines below it — three columns' lines go on three lines later while all
    three run, two lines later under the short one, and the two counts tie; two columns' lines go
    on three lines later only by chance.  0 when no count shows turns."""
    if not counts:
        return 0
    best = max(counts.values())
    return max(n for n, count in counts.items() if count >= ROUND_SHARE * best)


def _stretch_columns(lines: Sequence[Line], pairs: Counter[str], most: int) -> int:
    """How many columns take turns over some stretch of ``lines`` (0 when none does)."""
    rows = [((line,),) for line in lines]
    return next((n for n in range(2, most + 1) if _turn_stretch(rows, pairs, n)), 0)


def _turn_stretch(items: Sequence[Row], pairs: Counter[str], n: int) -> tuple[int, int] | tuple[()]:
    """The rows ``[0, b)`` where ``n`` columns take turns on a page they fill unevenly: from the top
    of the page past the run of rows whose lines go on ``n`` rows later most outweigh those going on
    into the next, to where a column runs on alone (``_tail``); ``()`` when no run outweighs them by
    ``STRETCH_MIN`` lines."""
    single = [row[0][0] if len(row[0]) == 1 else None for row in items]
    votes = _skip_votes(single, pairs, n)
    best = (0.0, 0)   # (weight, last telling line)
    weight = 0.0
    for k, vote in votes:
        weight = max(0.0, weight + vote)
        if weight > best[0]:
            best = (weight, k)
    if best[0] < STRETCH_MIN:
        return ()
    tail = _tail(votes, best[1], n, single)
    return 0, tail if tail and _rows_below(items, tail) else _run_alone(single, pairs, best[1] + n)


def _turns_end(items: Sequence[Row], pairs: Counter[str], n: int) -> tuple[int, int] | None:
    """The rows ``[0, b)`` where the columns of an interleaved page take turns, when a column runs on
    alone below them (``_tail``; below the last row split into every column when no break below
    it votes for turns: ``_tail_below_split``); else ``None``: turns all the way down."""
    single = [row[0][0] if len(row[0]) == 1 else None for row in items]
    votes = _skip_votes(single, pairs, n)
    last_turn = max((k for k, vote in votes if vote > 0), default=-1)
    last_split = max((r for r, row in enumerate(items) if len(row[0]) > 1), default=-1)
    if last_split > last_turn and len(items[last_split][0]) == n:
        end = _tail_below_split(votes, last_split)
    else:
        end = _tail(votes, last_turn, n, single) if last_turn >= 0 else 0
    return (0, end) if end and _rows_below(items, end) else None


def _tail_below_split(votes: Sequence[tuple[int, float]], last_split: int) -> int:
    """The row from which a column runs on alone below the last row split at the gutter, when no
    turns show below it, or 0.  Where columns' baselines meet, every row at which two columns both
    hold text holds a line of each (their grids agree, pitch for pitch, until a heading or a
    paragraph's spacing shifts one, and then their rows take turns): single rows below the last split
    row that go on into each other (by ``TAIL_MIN``, net, the first telling break among them going on)
    are one column's, the others' text having ended in that row."""
    below = [(k, vote) for k, vote in votes if k > last_split]
    if not below or below[0][1] >= 0 or -sum(vote for _k, vote in below) < TAIL_MIN:
        return 0
    return last_split + 1


def _skip_votes(single: Sequence[Line | None], pairs: Counter[str], n: int) -> list[tuple[int, float]]:
    """Per telling line ``k`` (a single row that stops inside a word), what its break says: for
    turns (it goes on ``n`` rows later: positive) or for a column running alone (it goes on into the
    next row: negative), each vote as strong as what it rests on (a word read across the break
    outweighs a pair)."""
    votes = []
    for k, line in enumerate(single[:-n]):
        later, after = single[k + n], single[k + 1]
        if line is None or later is None or after is None or not _mid_word(line):
            continue
        skip, on = goes_on(line, later, pairs), goes_on(line, after, pairs)
        vote = skip / PAIR_SEEN if skip > 0 >= on else -SKIP_ONE_RATIO * on / PAIR_SEEN if on > 0 >= skip else 0.0
        if vote:
            votes.append((k, vote))
    return votes


def _tail(votes: Sequence[tuple[int, float]], last_turn: int, n: int, single: Sequence[Line | None]) -> int:
    """The row from which a column runs on alone, its text below the line ``last_turn`` went on to
    ``n`` rows later (the last the turns show), or 0 when nothing shows one.  A typesetter fills the
    columns top to bottom, so once the shorter columns' text has ended, the rows below all belong
    to the one still running: from there the breaks that tell go on into the next row, never a round
    of rows later.  Breaks after punctuation tell nothing (about half a column's breaks), so the run
    is not asked to be unbroken: the tail starts at the first break below the turns that goes on into
    the next row, when the breaks from there on say so by ``TAIL_MIN`` (net of those that say turns).
    (The callers take it only where the lines below are rows: ``_rows_below``.)

    That break may come a few rows below the shorter column's last line (breaks after punctuation
    tell nothing); with two columns, a line between the last turn and it that closes a news item
    (``_closes_item``: its 来源 line, an essay's unit) is where the shorter column ended: the next
    row is the running column's (still dealt by turn), and from the row after it runs alone."""
    below = [(k, vote) for k, vote in votes if k >= last_turn + n]
    if not below or below[0][1] >= 0:
        return 0
    if -sum(vote for _k, vote in below) < TAIL_MIN:
        return 0
    end = below[0][0] + 1   # (a telling line has a row below it: ``_skip_votes``)
    if n == 2:
        closer = next((k for k in range(last_turn + 1, end - 2) if _closes_item(single, k, n)), None)
        if closer is not None:
            return closer + 2
    return end


def _closes_item(single: Sequence[Line | None], k: int, n: int) -> bool:
    """Row ``k``'s line closes a news item: a whole 来源 line or 「（作者单位：…）」, or the rest of one
    its column's line before (a round of ``n`` rows up) was cut in (「来源：《江城日报》2026年11」 /
    「月20日第7版」, 「（作者单位：…社会救助」 / 「科）」)."""
    line = single[k] if k < len(single) else None
    if line is None:
        return False
    text = line.text
    if _ITEM_CLOSER_RE.match(text):
        return DATE_CUT_RE.search(text) is None and not leaves_bracket_open(text)
    head = single[k - n] if k >= n else None
    if head is None or not _ITEM_CLOSER_RE.match(head.text):
        return False
    return date_cut(head.text, text) or leaves_bracket_open(head.text) and closes_unopened_bracket(text)


def _rows_below(items: Sequence[Row], start: int) -> bool:
    """The extractor wrote the page's lines below ``start`` as rows, not blocks: no blank line stands
    between them (an extractor that writes a column's block after another's, as plain ``pdftotext``
    does, may set another column's text below a column's tail; rows of one height never part)."""
    return not any(line.blanks_before for row in items[start:] for item in row[:1] for line in item[:1])


def _split_stretch(items: Sequence[Row]) -> tuple[int, int]:
    """The rows ``[0, b)`` where columns take turns on a page only a few rows of which split at a
    gutter: the split rows show both columns holding text down to the last of them, and below the
    last one the first column runs on alone."""
    return 0, max(r for r, row in enumerate(items) if len(row[0]) > 1) + 1


def _run_alone(single: Sequence[Line | None], pairs: Counter[str], end: int) -> int:
    """The row after ``end`` where a column runs on alone: ``RUN_BREAKS`` breaks in a row go on
    into the next row."""
    def runs_on(k: int) -> bool:   # (the break after row k goes on into the next row)
        before, after = single[k], single[k + 1] if k + 1 < len(single) else None
        return before is not None and after is not None and goes_on(before, after, pairs) > 0

    while end + 1 < len(single) and not all(runs_on(end + j) for j in range(RUN_BREAKS)):
        end += 1
    return end + 1


def _next_in_turn(state: "State", row_of: Sequence[int], row: int, count: int,
                  flat: Sequence[Line] = (), stalled: Callable[[int, int], bool | None] | None = None) -> set[int]:
    """The ``count`` columns whose turn it is: those that have gone longest without a line, among
    the columns taking turns (one yet to start, or one with a line in the last rounds of rows: a
    column whose text ended, or that is setting a tall headline, has gone longer; one whose last
    line closed a news item rests once it has let a round of rows pass: ``_resting``; one whose cut
    word no piece of the rows ahead finishes, while the others' are, rests too: ``stalled``)."""
    last = {c: row_of[i] if i >= 0 else -1 for c, i in enumerate(state)}
    taking = [c for c in last if last[c] < 0 or row - last[c] <= TURN_ROUNDS * len(state)
              and not (flat and _resting(flat[state[c]], row - last[c], len(state)))] or list(last)
    if stalled is not None:   # (a column resting by its pieces while the others run: ``_stalled``)
        said = [stalled(state[c], row) if state[c] >= 0 else None for c in taking]
        if None not in said and True in said and said.count(False) >= count:
            taking = [c for c, rests in zip(taking, said) if rests is False]
    waited = sorted(last[c] for c in taking)[min(count, len(taking)) - 1]
    return {c for c in taking if last[c] <= waited}   # (columns that waited as long share the turn)


def _resting(line: Line, waited: int, n: int) -> bool:
    """A column whose last line ``line`` closed a news item (its 来源 line, 「（作者单位：…）」) and that
    has gone ``waited`` rows without a line, more than ``REST_ROUNDS`` rounds of ``n`` dealt columns
    (at least ``STAY_COLUMNS_MIN``, as for the stay cost): its text
    stopped there (its item ended; a picture, or the next item's headline at its own pitch, stands
    below it) while the other columns go on, so it takes no turn until it has a line again."""
    if n < STAY_COLUMNS_MIN or waited <= REST_ROUNDS * n:
        return False   # (two dealt columns may hold three true ones: ``STAY_COLUMNS_MIN``)
    text = line.text   # (a closer cut at the column's edge goes on in its next line: not closed yet)
    return bool(_ITEM_CLOSER_RE.match(text)) and DATE_CUT_RE.search(text) is None and not leaves_bracket_open(text)


def _stalled(flat: Sequence[Line], row_of: Sequence[int], items: Sequence[Row], pairs: Counter[str],
             n: int, full: float) -> Callable[[int, int], bool | None]:
    """What the pieces ahead say of the column whose last line is ``flat[i]``, at row ``r``: ``None``
    when the line says nothing (it does not run full and stop inside a word); else ``True`` (resting)
    when no piece of the next ``STALL_ROUNDS`` rounds of rows goes on from it (``goes_on`` at least
    ``STALL_ON``) and those rows show a column resting (some split, none into all ``n`` columns),
    ``False`` (running) otherwise.  Its column's text goes on below a picture or a head set over the
    other columns, while they run; ``_next_in_turn`` rests it only when the others are seen running."""
    horizon = STALL_ROUNDS * n
    reach = TURN_ROUNDS * n + horizon   # (a column out of turn longer takes no turn anyway)
    on: dict[int, list[int]] = {}
    for i, line in enumerate(flat):
        if _mid_word(line) and line.width >= full and not line.final:
            ahead = range(bisect_right(row_of, row_of[i]), bisect_right(row_of, row_of[i] + reach))   # (rows in order)
            on[i] = [row_of[j] for j in ahead if goes_on(line, flat[j], pairs) >= STALL_ON]

    most = [max(len(way) for way in row) for row in items]

    def short(r: int) -> bool:   # (the rows ahead show a column resting: some split, none into all n)
        return n > 2 and max(most[r:r + horizon], default=0) == n - 1

    def stalled(i: int, r: int) -> bool | None:
        rows = on.get(i)
        return None if rows is None else short(r) and not any(r <= x < r + horizon for x in rows)
    return stalled


def _shared_row(state: "State", row_of: Sequence[int], cols: Sequence[int]) -> bool:
    """The columns ``cols`` each had their last line from one and the same row (their grids agree)."""
    rows = {row_of[state[c]] if state[c] >= 0 else -1 for c in cols}
    return len(rows) == 1 and -1 not in rows


State = tuple[int, ...]   # per column, the index of its last line in the page's lines (-1: none yet)


def _spanning_head(items: Sequence[Row]) -> int:
    """How many of a page's first rows hold a head set across its columns in plain text: down to
    the last line wider than a column that no gutter cuts (``SPAN_HEAD_GAP``); 0 without one."""
    lines = [row[0][0] for row in items if len(row[0]) == 1]
    measure = _column_measure(lines) if lines else 0.0
    head = gap = 0
    for r, row in enumerate(items):
        if len(row[0]) > 1 or not measure:
            break   # (a row of two columns' lines: the columns have begun)
        if row[0][0].width > measure + COLUMN_SLACK_EM:
            head, gap = r + 1, 0
        elif (gap := gap + 1) > SPAN_HEAD_GAP:
            break
    return head


def _opening(items: Sequence[Row]) -> int:
    """How many of a page's first rows are read before its columns, whole and in order: a head set
    across the columns (``_spanning_head``), or a headline group closed by its byline
    (``_headline_group``), whichever reaches further down.  The start of the columns' reading is a
    decision on the page's body — where its headline ends — not on whichever line an extractor
    happened to write first: a running head above, kept or taken off as furniture, leaves it as it is."""
    return max(_spanning_head(items), _headline_group(items), _boxed_head(items))


def _boxed_head(items: Sequence[Row]) -> int:
    """How many of the first rows of a page written as boxes at open leading (``_boxed_page``) hold
    its head: every line down to the first that carries a clause mark or a stop (a title, its
    subtitle, a byline carry neither; a column's prose does), unless those rows are not one
    headline group (``_NOT_ONE_GROUP``: two stories' heads side by side).  An extractor writing boxes
    writes them down the page, so a head set over the columns comes first, boxed apart from them;
    dealt with the columns' rows, its lines would take turns as the columns' do and set which column
    opens (a title and its byline dealt one to each column)."""
    if not _boxed_page(items):
        return 0
    singles = [row[0][0] for row in items if len(row[0]) == 1]
    measure = _column_measure(singles) if singles else 0.0
    for r, row in enumerate(items[:HEAD_GROUP_MAX_ROWS]):
        if len(row[0]) > 1 or any(line.final or line.clause for line in row[0]):
            above, below = items[:r], items[r:r + 1]
            return r if not any(refuses(above, below, measure) for refuses in _NOT_ONE_GROUP) else 0
    return 0


def _headline_group(items: Sequence[Row]) -> int:
    """How many of a page's first rows hold a story's headline group: down to a byline naming the
    story's reporters or author by their role (``shapes.reporters_byline``) among the first
    ``HEAD_GROUP_MAX_ROWS`` rows, every row above it ending no sentence (a headline, kicker or
    subtitle carries no full stop; a column's body text does) and any row cut at a gutter cut
    where a headline's parts stand a word space apart: its left piece short of a column's line
    (a row of two columns' lines has a left line running to the column's edge unless its paragraph
    ends there, with a stop).  0 without one.  Dealt with the columns' rows instead, the group's
    lines would be taken as lines of the columns taking turns, one column each, and which column
    opens would hang on how many lines stand above."""
    singles = [row[0][0] for row in items if len(row[0]) == 1]
    measure = _column_measure(singles) if singles else 0.0
    for r, row in enumerate(items[:HEAD_GROUP_MAX_ROWS]):
        if any(_ends_sentence(line) for line in row[0]):
            return 0
        if len(row[0]) > 1 and (not measure or row[0][0].width >= measure - FULL_LEFT_EM):
            return 0   # (a row of two columns' lines: the columns have begun)
        if len(row[0]) == 1 and reporters_byline(row[0][0].text):
            above, below = items[:r], items[r + 1:r + 2]
            return r + 1 if r and not any(refuses(above, below, measure) for refuses in _NOT_ONE_GROUP) else 0
    return 0


def _ends_sentence(line: Line) -> bool:
    """The line ends a sentence: a stop, not a colon leading on (``shapes.LEAD_IN_END_RE``).  A
    headline's element may end on a colon — a kicker, or a title's first part over its second
    (「非遗工坊开进社区：」 / 「老手艺有了新传人」) — so a colon at a line's end says nothing of a
    headline group ending; a column's prose above a byline shows in its full lines
    (``_columns_begun``)."""
    return line.final and LEAD_IN_END_RE.search(line.text) is None


def _two_heads(rows: Sequence[Row], _below: Sequence[Row], measure: float) -> bool:
    """Whether the rows above a byline hold more than one story's head: a headline group has one
    title and at most one subtitle, and a subtitle led by a dash (「——走进科创大道看成果转化」,
    ``shapes.DASH_LED_RE``) is its last element — the byline comes next.  A row after the subtitle
    is its rest only where the subtitle's line did not end: it reaches the measure (within
    ``layout.MEASURE_REACH_EM``, a character clreq pushed down: the measure broke it,
    「——江北区今年完成42个老旧小区」 / 「改造见闻」; a subtitle two ems short of it ended there),
    or leaves a bracket, a quotation or a dictionary word open across the line (``titles.left_open``).
    Any other row is another story's head: where two stories' heads stand side by side an extractor
    interleaves their lines row by row (「市委常委会召开会议专题研究科技」 / 「一条街上的“创」 /
    「创新工作强调」 / 「新生态”」 / … / 「——走进科创大道看成果转化」 / 「科技创新 为高」 /
    「本报记者 赵一鸣」), and read as one group both heads would be taken whole, the left one cut off
    from its own byline."""
    lines = [line for row in rows for line in _head_row_lines(row[0])]
    for i, line in enumerate(lines):
        if DASH_LED_RE.match(line.text.strip()):
            return any(not (measure and above.width >= measure - MEASURE_REACH_EM)
                       and not left_open(above.text, above.text, below.text)
                       for above, below in zip(lines[i:], lines[i + 1:]))
    return False


def _head_row_lines(pieces: Sequence[Line]) -> list[Line]:
    """A row of a headline group as the head's lines: a dash-led subtitle's piece and the pieces
    after it in its row are one line — the subtitle set across the columns on one baseline, cut by
    the gutter cut at a space inside it (「——江北区今年完成 42」 / 「个老旧小区改造见闻」, the space an
    extractor sets between a figure and the ideographs); pieces before it (another head's line
    beside the subtitle, 「老手艺有了新传」) stay lines of their own."""
    dash = next((k for k, piece in enumerate(pieces) if DASH_LED_RE.match(piece.text.strip())), None)
    if dash is None or dash == len(pieces) - 1:
        return list(pieces)
    return [*pieces[:dash], pieces[dash].but(text=" ".join(piece.text for piece in pieces[dash:]))]


def _columns_begun(rows: Sequence[Row], _below: Sequence[Row], measure: float) -> bool:
    """Whether the rows above a byline are already the columns' rather than a headline group's:
    one of their lines is a column's body line — as wide as a column's line, within
    ``PROSE_LINE_SHORT_EM`` of the measure and no wider than a column, holding a comma or a stop
    (``shapes.PROSE_PUNCT_RE``).  A headline, kicker or subtitle line ends where its phrase ends,
    short of the measure, and carries no sentence's punctuation; or it runs across the columns.
    Where two columns' lines are interleaved above an author's byline set in the other column
    (a speech's title, subtitle and office byline beside the body's lines), the body's lines give
    the columns away — taken as a headline group, they would be read whole before the columns."""
    if not measure:
        return False
    return any(measure - PROSE_LINE_SHORT_EM <= line.width <= measure + COLUMN_SLACK_EM
               and PROSE_PUNCT_RE.search(line.text) is not None
               for row in rows for line in row[0])


def _head_goes_on_below(rows: Sequence[Row], below: Sequence[Row], measure: float) -> bool:
    """Whether a head's line in the row just above the byline goes on in the row just under it:
    the line leaves a bracket, a quotation or a dictionary word open (``titles.left_open``) that a
    line of the row under the byline finishes, a line short of the columns' measure by more than
    ``PROSE_LINE_SHORT_EM`` — a headline's rest, not the body's first line, which runs to the
    column's edge.  A headline group ends complete before its byline: every element above it has
    ended (the byline is set under the last one).  Where two stories' heads stand side by side, with
    no dash to tell them (kicker and title over kicker and title), an extractor interleaves their
    lines row by row, and the other head's title runs past the byline (「明年将实现非遗工坊街」 /
    「本报记者 郑雨桐 文/图」 / 「道全覆盖」): read as one group, both heads would be taken whole, the other
    one's title cut off from its rest.  A line ending on a colon has not ended either: a title's first
    part (「非遗工坊开进社区：」) goes on in its second, so over a byline it is the other head's, its rest
    under that byline (「老手艺有了新传」)."""
    if not rows or not below or not measure:
        return False
    last = rows[-1][0][-1].text
    leads_on = LEAD_IN_END_RE.search(last) is not None   # (a title's first part, its second to come)
    return any(line.width < measure - PROSE_LINE_SHORT_EM and (leads_on or left_open(last, last, line.text))
               for line in below[0][0])


# What shows that the rows above a byline are not one story's headline group, each a check of its
# own on those rows, the row under the byline and the columns' measure: the columns have begun above
# it, two stories' heads stand side by side (a dash-led subtitle not closing the rows), or a head's
# line goes on past the byline.
_NOT_ONE_GROUP = (_columns_begun, _two_heads, _head_goes_on_below)


def _title_written_last(lines: Sequence[Line], start: int, end: int, measure: float) -> int:
    """Where the page's title starts when plain pdftotext wrote it after the page's last row, as a
    block of its own; ``end`` when it did not.  pdftotext walks a page by its text's flows and
    writes a title set large, whose lines stand on no baseline of the columns, as a flow of its
    own after the rows it wrote together (a page written in rows: no blank line between them).
    The block is a headline: at most ``TITLE_LAST_LINES`` lines, each short of the columns'
    measure by ``FULL_LEFT_EM`` and holding no sentence punctuation (``_head_line``)."""
    block = next((k for k in range(end - 1, start, -1) if lines[k].blanks_before), start)
    rows = lines[start:block]
    if block == start or end - block > TITLE_LAST_LINES or len(rows) < BODY_MIN_ROWS:
        return end
    if any(line.blanks_before for line in rows[1:]):
        return end   # (the page was written as blocks: the last is one of many, for ``order`` to place)
    full = measure or _column_measure(rows)
    if not full or not all(_head_line(line, full) for line in lines[block:end]):
        return end
    return block


def _head_line(line: Line, full: float) -> bool:
    """A head's line: short of the columns' full width (``full``) by ``FULL_LEFT_EM``, no sentence
    punctuation (``PROSE_PUNCT_RE``) — a title's, a subtitle's, a byline's, not a column's prose."""
    return line.width < full - FULL_LEFT_EM and PROSE_PUNCT_RE.search(line.text) is None


def _reflow(items: Sequence[Row], pairs: Counter[str], page_start: bool, n: int,
            starts: Sequence[int] = (), stretch: tuple[int, int] | None = None,
            whole: Sequence[Line] = (), opens_text: bool = False, headed: bool = False,
            titled: bool = False) -> list[Line]:
    """The page's lines as ``n`` columns, read one after the other (labelled left to right by
    the cells where columns start or the rows cut at the gutters, else in the order whose ends run
    on into the next's start).  With a ``stretch``, rows take turns only inside it: outside, a
    column runs alone.  A head set across the columns is read first, its rows ``whole`` (a head's
    line cut at a word space by the gutter cut is one line); the columns under it are ``headed``.
    On the page the text ``opens_text`` on, with no head read above, the text opens on its title
    (``_title_first``); under a title read first that pdftotext wrote after the rows (``titled``),
    the column begun under it opens the text (``_under_title``)."""
    if whole and not starts and (span := _opening(items)):   # (plain text: the head read first, whole)
        rest = None if stretch is None else (max(0, stretch[0] - span), max(0, stretch[1] - span))
        return [*whole[:span], *_reflow(items[span:], pairs, page_start, n, starts, rest, whole[span:], opens_text,
                                        True)]
    head = page_head(items, starts) if whole else 0
    if head:
        items = [((whole[r],),) if r < head else row for r, row in enumerate(items)]
    labelled = bool(starts) or any(len(row[0]) > 1 for row in items)
    placed = page_places(items, starts, head if whole else None)   # (a head set across the columns: the first column's)
    turning = [stretch is None or stretch[0] <= r < stretch[1] for r in range(len(items))]
    dealt = _deal(items, placed, pairs, n, labelled, turning, None if starts else _turns_from(items, n))
    if labelled and not starts and n == 2:
        dealt = _top_labels(dealt, items, pairs, opens_text,
                            opens_text and _title_in_columns(whole, headed or bool(head)))
    if starts:   # (text in cells: a later column's indents are its own, not the page's)
        dealt = [col if not c else [line.but(indent=indent) if indent != line.indent else line
                                    for line, indent in zip(col, column_indents(col))]
                 for c, col in enumerate(dealt)]
    opener: list[Line] | None = None
    if titled and not labelled and not starts:   # (the title, read first, stood over a column: it began lower)
        dealt, opener = _under_title(dealt, items)
    order: Sequence[list[Line]] = [col for col in dealt if col]
    if not starts and (not labelled or n > 2):   # (rows of fewer lines than columns may have been dealt one column off)
        # a column running on alone below the turns is the one the typesetter filled first: columns
        # are filled one after another, each to the foot of the page, so the first reaches the foot
        # and the later ones end where the text does (a headline makes the first shorter in lines,
        # never in depth)
        tail = stretch is not None and stretch[1] < len(items) and _rows_below(items, stretch[1])
        first = next((col for col in order if col[-1] is items[-1][0][-1]), None) if tail else opener
        full = _full_width(order)
        if labelled:   # (columns named by the gutters, left to right: read so unless words read across)
            order = _columns_read_on(order, pairs, lambda c: not (opens_text and _ends_paragraph(order[c][0], full)),
                                     next((c for c, col in enumerate(order) if col is first), None))
        else:
            order = max((seq for seq in permutations(order) if first is None or seq[0] is first), key=lambda seq: (sum(
                goes_on(a[-1], b[0], pairs) for a, b in zip(seq, seq[1:])),
                not (opens_text and _ends_paragraph(seq[0][0], full)), seq == tuple(order)))
    if opens_text and not headed and not starts:   # (the headline in the columns: the text opens on it)
        order = _title_first(order)
    order = _notes_last(order)
    out = [line.but(page_start=False) if line.page_start else line for col in order for line in col]
    if out and page_start:
        out[0] = out[0].but(page_start=True)
    return out


def _under_title(columns: Sequence[list[Line]],
                 items: Sequence[Row]) -> tuple[list[list[Line]], list[Line] | None]:
    """The dealt columns with a column's opening run parted from its lines below a rest of
    ``TITLE_REST_ROWS`` rows, on a page whose title pdftotext wrote last (``_title_written_last``).
    The title stands over one column, which begins below it, while the others begin at the top: in
    the rows written, the title's column has no line until its text begins, and the dealing, with a
    stream for each column the rows show side by side, runs a later column's top (the foot of the
    text run on from the column before) and the title's column in one stream — parted at the rest,
    each is a column of its own, and the title's column, the one begun under it, opens the text (it
    is returned too when exactly one column was parted; else ``None``)."""
    row_of = {id(line): r for r, row in enumerate(items) for item in row for line in item}
    out: list[list[Line]] = []
    under: list[list[Line]] = []
    for col in columns:
        top = bool(col) and row_of[id(col[0])] < len(columns)   # (dealt from the page's top)
        cut = next((k for k in range(1, len(col))
                    if row_of[id(col[k])] - row_of[id(col[k - 1])] > TITLE_REST_ROWS), None) if top else None
        out.extend([col[:cut], col[cut:]] if cut else [col])
        under += [out[-1]] if cut else []
    return out, under[0] if len(under) == 1 else None


def _title_first(columns: Sequence[list[Line]]) -> list[list[Line]]:
    """The columns in reading order with the first lines of the first column and of the one column
    opening on a head's line exchanged, where the first column opens on a paragraph's foot
    (``_ends_paragraph``) — on the page the text opens on, with no head read whole above the columns.
    A title set in the first column, in larger type, stands with its first baseline below the first
    lines of the later columns, which start at the top margin; an extractor writing by baselines
    writes a later column's first line (the foot of a paragraph run on from the column before) first,
    and the dealing, which has no column to tell yet, opens one column on that foot and another on
    the title.  A text opens on its title, never on a paragraph's end: the title's line (a head's line,
    ``_head_line``) goes first, and the foot
    tops the column the title had opened."""
    if len(columns) < 2:
        return list(columns)
    full = _full_width(columns)
    heads = [c for c, col in enumerate(columns) if _head_line(col[0], full)]
    if len(heads) != 1 or not _ends_paragraph(columns[0][0], full):
        return list(columns)   # (no head's line, or two, tops a column: nothing tells the title)
    first, title = columns[0], columns[heads[0]]
    return [[title[0], *first[1:]], *([first[0], *col[1:]] if col is title else col for col in columns[1:])]


def _turns_from(items: Sequence[Row], n: int) -> int | None:
    """The first row from which a page written in rows (``ROWS_MAX_BLANKS``) shows every column taking
    turns: its first row split into all ``n`` columns.  Above it a head set across some of the
    columns (a headline over two of three, a masthead) stands beside the others' rows at its own
    pitch, and the columns have not all begun; ``None`` when no row shows them all or the page was written as
    blocks, or it is dealt into fewer than ``STAY_COLUMNS_MIN`` columns."""
    if n < STAY_COLUMNS_MIN or not _written_in_rows(items):
        return None
    return next((r for r, row in enumerate(items) if len(row[0]) == n), None)


def _written_in_rows(items: Sequence[Row]) -> bool:
    """The page was written in rows of one height (no more than ``ROWS_MAX_BLANKS`` blank lines between
    its rows), not as blocks: only there do a column's turns, and its rests, show row by row."""
    return sum(bool(line.blanks_before) for row in items[1:] for line in row[0][:1]) <= ROWS_MAX_BLANKS


def _stays_out_of_turn(state: "State", row_of: Sequence[int], flat: Sequence[Line], items: Sequence[Row],
                       r: int, c: int, n: int, full: float) -> bool:
    """A single row ``r`` put in column ``c`` stays in the column of the single row before while another
    column, with a line in the last round of rows, waits on a full line cut inside a sentence
    (``STAY_COST``)."""
    if state[c] < 0 or row_of[state[c]] != r - 1 or len(items[r - 1][0]) != 1:
        return False
    return any(other != c and i >= 0 and row_of[i] >= r - n and flat[i].width >= full and not flat[i].final
               for other, i in enumerate(state))


def _full_width(columns: Sequence[Sequence[Line]]) -> float:
    """The width from which a line of the columns runs full (``FULL_LINE_SLACK_EM`` short of their measure)."""
    widths = sorted(line.width for col in columns for line in col if line.width >= MEASURE_MIN_EM)
    return upper_quartile(widths) - FULL_LINE_SLACK_EM if widths else 0.0


def _ends_paragraph(line: Line, full: float) -> bool:
    """The line ends a paragraph: short of the columns' full width (``_full_width``) and closing a
    sentence (not a lead-in's colon).  At the top of a column it is the foot of a paragraph another
    column began, so that column cannot open the text: on the page a text starts on, where nothing
    runs on from a page before, the order of the columns, when continuity leaves it open, starts
    with a column that opens otherwise."""
    return line.final and line.width < full and not LEAD_IN_END_RE.search(line.text)


def _notes_last(columns: Sequence[list[Line]]) -> Sequence[list[Line]]:
    """The columns in reading order, with a zone of page-foot notes that ended a column other than the
    last moved to the end of the page.  A page's notes are printed at its foot and read after all its
    text; where a column page sets them under one column (in that column's width), an extractor writing
    rows puts them in the page's last rows, and dealing leaves them at the foot of that column, before
    the next column's text, which then reads as part of the last note.  A zone is the column's tail from
    a line opening on a note's marker (``①``, ``[1]``), at most ``notes.MAX_ZONE`` lines, with a line
    set in the notes' smaller size: wider than the columns' measure by ``notes.NOTE_WIDER_EM`` (a
    ``①②`` list in the text is set at the body's size, within the measure).  A numbered run under a
    heading (「参考文献」: ``notes.heads_list``), or one the next column goes on with (its first line
    opens on a marker), is a list in the text, read where it stands."""
    widths = sorted(line.width for col in columns for line in col if line.width >= MEASURE_MIN_EM)
    if len(columns) < 2 or not widths:
        return columns
    wide = upper_quartile(widths) + NOTE_WIDER_EM
    kept: list[list[Line]] = []
    zones: list[Line] = []
    for c, col in enumerate(columns):
        start = next((k for k in range(max(0, len(col) - MAX_ZONE), len(col))
                      if NOTE_LEAD_RE.match(col[k].text)), None) if c < len(columns) - 1 else None
        if (start is None or not any(line.width > wide for line in col[start:])
                or (start and heads_list(col, start - 1))
                or any(NOTE_LEAD_RE.match(later[0].text) for later in columns[c + 1:c + 2] if later)):
            kept.append(col)
            continue
        kept.append(col[:start])
        zones += col[start:]
    if not zones:
        return columns
    return [col for col in kept if col] + [zones]


def _top_labels(columns: list[list[Line]], items: Sequence[Row], pairs: Counter[str],
                opens_text: bool = False, title_in: bool = False) -> list[list[Line]]:
    """Two columns labelled by the rows split at the gutter, their lines above the first such row
    exchanged when that reads better: those lines' column is told only by how they go on into the
    split rows (after punctuation, or a headline's open line, nothing tells), while a column's last
    line goes on into the next column's first (the typesetter runs the text on from the foot of one
    column to the top of the next).  Both readings keep each column's lines in order.  Where they read
    alike, on the page the text opens on (``opens_text``), the left column, read first, does not open
    on a paragraph's end (``_ends_paragraph``): that line is the foot of a paragraph begun elsewhere.
    Lines above that are a head group dealt into both columns (``_head_group_above``) go whole, as
    written, before the left column.  Where no head was read whole above the columns (``title_in``),
    the text's title stands in them: of tops alike, the left one opens on it (``_title_tops``)."""
    first = next(r for r, row in enumerate(items) if len(row[0]) > 1)
    above = {id(line) for row in items[:first] for item in row for line in item}
    tops = [[line for line in col if id(line) in above] for col in columns]
    rests = [col[len(top):] for col, top in zip(columns, tops)]
    if not any(tops) or not all(rests):   # (rows are dealt in order: a column's lines above come first)
        return columns

    def reads(left: list[Line], right: list[Line]) -> float:   # (the tops read as the left and the right column's)
        into = sum(goes_on(top[-1] if top else None, rest[0], pairs) for top, rest in zip((left, right), rests))
        return into + goes_on(rests[0][-1], (right + rests[1])[0], pairs)

    swapped, kept = reads(tops[1], tops[0]), reads(tops[0], tops[1])
    if swapped == kept and opens_text:   # (a tie: on the page the text opens on, no paragraph's end opens it)
        full = _full_width(columns)
        swapped += bool(tops[0]) and _ends_paragraph(tops[0][0], full)   # (the left top, read first once kept)
        kept += bool(tops[1]) and _ends_paragraph(tops[1][0], full)
        if title_in:   # (no head read whole above the columns: the text's title stands in them, ``_title_tops``)
            swapped += _title_tops(tops[1], tops[0], full)
            kept += _title_tops(tops[0], tops[1], full)
    if all(tops) and _head_group_above(items[:first], _full_width(columns)):
        return [[line for row in items[:first] for item in row for line in item] + rests[0], rests[1]]
    if swapped > kept:
        return [tops[1] + rests[0], tops[0] + rests[1]]
    return columns


def _title_in_columns(whole: Sequence[Line], headed: bool) -> bool:
    """(plumb87) On the page a text opens on, its title stands in the columns: no head was read whole above
    them (``headed``), and the page holds one text — signed at most ``ITEM_PAGE_BYLINES`` times (a news
    page's items each stand under their own headline, and one of them may top any column)."""
    return not headed and sum(signs(line) for line in whole) <= ITEM_PAGE_BYLINES


def _title_tops(left: Sequence[Line], right: Sequence[Line], full: float) -> bool:
    """On the page a text opens on, the lines above the first split row read as the left column's
    (``left``) and the right's, the left opening on the text's title: its first line a head's line
    (``_head_line``: short of the columns' full width, no sentence punctuation) and the right's first
    holding sentence punctuation.  A title set large in the first column stands with its first
    baseline below the second column's first lines, which start at the top margin; pdfplumber writes
    each a row of its own (their baselines part), and the dealing, with no split row yet to name the
    columns by, may open the left column on the second's prose and the right on the title (seed 380:
    「当年，青川游击队…依托」 / 「青川县革命纪念馆讲解词」 / 「大山与敌人周旋…」).  Nothing in the title's
    column stands above the title, and the text opens on it: where the joins read both ways alike,
    the column it opens is the left one."""
    if not left or not right:
        return False
    return _head_line(left[0], full) and PROSE_PUNCT_RE.search(right[0].text) is not None


def _head_group_above(rows: Sequence[Row], full: float) -> bool:
    """The ``rows`` above a two-column page's first split row are a head group set over the columns:
    at most ``HEAD_GROUP_MAX_ROWS`` rows, every line a head's line (``_head_line``: short of the
    columns' full width, no sentence punctuation — a unit, a title, a subtitle, a byline, an
    affiliation).  Such a group is set first and read first, whole, in the order written; the columns
    begin under it.  pdfplumber writes it a line a row (each line set larger or on a grid of its own),
    and the dealing, which has no split row yet to name the columns by, deals those single rows by
    turns into both columns (seed 221's bulletin pages: 「协同办公系统公文流转操作指南」 in the left
    column, 「（2026年修订版）」 at the right column's top, read after the whole left column); neither
    reading ``_top_labels`` weighs (the tops kept or exchanged) keeps the group together.  A column
    that begins beside the head (the right column's first line level with a title set in the left
    one) opens on prose — the foot of a sentence run on from the column before — so a group holding
    a line with sentence punctuation (``_group_line``) is left to the joins."""
    lines = [line for row in rows for item in row for line in item]
    return len(rows) <= HEAD_GROUP_MAX_ROWS and all(_group_line(line, full) for line in lines)


def _group_line(line: Line, full: float) -> bool:
    """A line of a head group over two columns: a head's line (``_head_line``), or one with no sentence
    punctuation that only a head's element sets as wide — a subtitle led by a dash (``shapes.DASH_LED_RE``,
    「——记江城县青石镇卫生院乡村医生刘守山」, set to the measure and past it), or a line wider than a
    column (past ``full`` by ``COLUMN_SLACK_EM``: a title set across both columns whose row no gutter cut,
    「新时代基层治理数字化转型的实践逻辑与推进路径」).  A column's prose line runs to ``full`` but no
    further, and is the line the width test of ``_head_line`` keeps out."""
    if _head_line(line, full):
        return True
    return PROSE_PUNCT_RE.search(line.text) is None and (
        DASH_LED_RE.match(line.text.strip()) is not None or line.width > full + COLUMN_SLACK_EM)


def _deal(items: Sequence[Row], placed: Sequence[Sequence[Places]], pairs: Counter[str], n: int,
          labelled: bool, turning: Sequence[bool], stay_from: int | None = None) -> list[list[Line]]:
    """The rows dealt out to ``n`` columns: a beam search over the ways, each scored by how well
    every line goes on from the one before it in its column; a row cut at the gutters deals its
    lines to columns left to right (columns no row labels are named by the order they open: in any
    order); a single row leans to the column whose turn it is (where rows
    are ``turning``; else one column runs alone: the first where rows cut at the gutters label the
    columns, else the column of the line before it); a line whose cell shows its column
    goes there.  From row ``stay_from`` on (a page written in rows), a single row staying in the
    column of the single row before while another column's full, unfinished line waits pays
    ``STAY_COST``.  Where the labelled columns show measures of their own (``_column_measures``), a
    line wider than its column's pays ``OFF_MEASURE``."""
    flat = [line for row in items for item in row for line in item]
    row_of = [r for r, row in enumerate(items) for item in row for _line in item]
    widths = sorted(line.width for line in flat if line.width >= MEASURE_MIN_EM)
    full = upper_quartile(widths) - FULL_LINE_SLACK_EM if widths else 0.0
    closers = flat if _written_in_rows(items) else ()   # (a column rests by rows: ``_resting``)
    measures = _column_measures(items, n) if labelled else None
    stalled = _stalled(flat, row_of, items, pairs, n, full) if closers and n >= STAY_COLUMNS_MIN else None
    glued = _glued_rows(items, full)
    rounds = _rounds_of(items, n) if labelled and n >= STAY_COLUMNS_MIN and closers else [0] * len(items)
    beams: list[dict[State, tuple[float, State | None]]] = [{(-1,) * n: (0.0, None)}]
    k = 0
    for r, row in enumerate(items):
        nxt: dict[State, tuple[float, State | None]] = {}
        for state, (score, _came_from) in beams[-1].items():
            start = k
            for item, where in zip(row, placed[r]):
                # (a line glued under a column's line in its box goes on in that column, ``_glued_rows``;
                # in the turns no column runs on — the turn decides; outside them one column runs alone:
                # the first, the one the typesetter filled to the foot, where split rows label the columns
                # left to right — unless the columns' own measures show another, ``_running``; else the
                # one the row before went to)
                turn: set[int] = set()
                if glued[r]:
                    run = {c for c in range(n) if state[c] >= 0 and row_of[state[c]] == r - 1}
                elif turning[r]:
                    run = set()
                    if len(item) < n:
                        turn = _next_in_turn(state, row_of, r, len(item), closers, stalled)
                elif labelled:
                    run = _running(state, row_of, r, measures, item) if measures else {0}
                else:
                    run = {c for c in range(n) if state[c] >= 0 and row_of[state[c]] == r - 1}
                for cols in (combinations if labelled else permutations)(range(n), len(item)):
                    if not labelled and any(state[c] < 0 and c and state[c - 1] < 0 for c in cols):
                        continue   # (columns without labels open in turn: no two ways differ by names alone)
                    if len(run) == 1 and len(item) == 1 and cols[0] not in run and where[0] is None:
                        continue   # (outside the turns a column runs alone: its lines stay together; a cell
                        #  still places a line)
                    gain = TURN_BONUS if turn and turn.issuperset(cols) else 0.0
                    gain += OFF_CELL * sum(w is not None and w != c for w, c in zip(where, cols))
                    if 1 < len(cols) < n and _shared_row(state, row_of, cols):
                        gain += GRID_BONUS
                    if rounds[r]:   # (in a stretch of rounds a row's lines go on the columns of a round before)
                        gain += PHASE_OFF * sum(state[c] < 0 or row_of[state[c]] != r - rounds[r] for c in cols)
                    if (stay_from is not None and r > stay_from and turning[r] and not glued[r] and len(cols) == 1
                            and _stays_out_of_turn(state, row_of, flat, items, r, cols[0], n, full)):
                        gain += STAY_COST
                    new = list(state)
                    for j, c in enumerate(cols):
                        before = flat[state[c]] if state[c] >= 0 else None
                        gain += _join(before, flat[start + j], pairs, full)
                        if measures and flat[start + j].width > measures[c] + COLUMN_SLACK_EM:
                            gain += OFF_MEASURE
                        new[c] = start + j
                    key = tuple(new)
                    if key not in nxt or score + gain > nxt[key][0]:
                        nxt[key] = (score + gain, state)
                start += len(item)
        beams.append(dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:BEAM]))
        k += sum(map(len, row))
    columns: list[list[Line]] = [[] for _ in range(n)]
    state = max(beams[-1], key=lambda st: beams[-1][st][0])
    for step in range(len(items), 0, -1):   # (a state names the lines it dealt: the way a row was read too)
        back = beams[step][state][1]
        assert back is not None
        for c in range(n):
            if state[c] != back[c]:   # (a row gives a column at most one line)
                columns[c].insert(0, flat[state[c]])
        state = back
    return columns


def _rounds_of(items: Sequence[Row], n: int) -> list[int]:
    """Per row, the period of the stretch of rounds it stands in past the stretch's first round
    (``PHASE_ROUNDS_MIN``), else 0: rows read one way each whose counts of lines repeat with a
    period whose rows hold a line of every one of the ``n`` columns, in rows of different counts (a
    row of two and a row of one: rows of one line each repeat with any period)."""
    shapes = [len(row[0]) if len(row) == 1 else 0 for row in items]
    out = [0] * len(items)
    r = 0
    while r < len(items):
        best: tuple[int, int] | None = None
        for p in range(2, n + 1):
            first = shapes[r:r + p]
            if len(first) < p or 0 in first or sum(first) != n or len(set(first)) == 1:
                continue   # (rows of one line each show no period: any column may give the next)
            end = r + p
            while end < len(items) and shapes[end] == shapes[end - p]:
                end += 1
            if (end - r) // p >= PHASE_ROUNDS_MIN and (best is None or end > best[1]):
                best = (p, end)
        if best is None:
            r += 1
            continue
        p, end = best
        out[r + p:end] = [p] * (end - r - p)
        r = end
    return out


def _boxed_page(items: Sequence[Row]) -> bool:
    """The page was written as boxes at open leading: a blank line before more than
    ``RUNS_MAX_BLANK_SHARE`` of its rows."""
    return sum(bool(row[0][0].blanks_before) for row in items[1:]) > RUNS_MAX_BLANK_SHARE * len(items)


def _glued_rows(items: Sequence[Row], full: float) -> list[bool]:
    """Per row, whether it is a single line the extractor wrote in the box of a column's body line
    above it (as wide as ``full``, or holding a clause mark), on a page of boxes at open leading
    (``_boxed_page``): that line is the same column's (see ``RUNS_MAX_BLANK_SHARE``)."""
    if not _boxed_page(items):
        return [False] * len(items)
    singles = [row[0][0] if len(row) == 1 and len(row[0]) == 1 else None for row in items]
    return [r > 0 and line is not None and above is not None and not line.blanks_before and not line.page_start
            and (above.width >= full or above.clause) for r, (above, line) in enumerate(zip([None, *singles], singles))]


def _column_measures(items: Sequence[Row], n: int) -> list[float] | None:
    """Each column's own measure, from the rows cut at the gutters into a line of every column
    (labelled left to right): the widest of its pieces that are prose (clause punctuation: a head,
    a byline or a credit beside a column stops short of its measure, and no prose line runs past it).
    Columns of one page may have different measures (a wide column beside a narrow one); a page-wide
    measure makes every line of the narrow column look short and lets the wide column's lines be
    dealt to the narrow one.  ``None`` unless every column shows ``MEASURE_LINES_MIN`` such pieces
    and the measures stand ``MEASURES_APART_EM`` apart (else one measure serves the page)."""
    cut = [row[0] for row in items if len(row[0]) == n]
    prose = [[item[c].width for item in cut if item[c].clause] for c in range(n)]
    if any(len(widths) < MEASURE_LINES_MIN for widths in prose):
        return None
    measures = [max(widths) for widths in prose]
    return measures if max(measures) - min(measures) >= MEASURES_APART_EM else None


def _running(state: "State", row_of: Sequence[int], r: int, measures: Sequence[float], item: Item) -> set[int]:
    """The column that runs alone outside the turns, on a page whose columns have measures of their own
    (``_column_measures``): the one whose measure a single line fills (a column's line runs to its own
    edge, so it shows which column goes on below the others: a narrow column may run longer than a wide
    one), else the column of the row before (a short line ends the paragraph it goes on from);
    the first column when neither tells."""
    if len(item) == 1:
        fills = {c for c, m in enumerate(measures) if m - FULL_LEFT_EM <= item[0].width <= m + COLUMN_SLACK_EM}
        if len(fills) == 1:
            return fills
    before = {c for c, i in enumerate(state) if i >= 0 and row_of[i] == r - 1}
    return before if len(before) == 1 else {0}
