"""What a file tells about its layout: measure, wrapped or separated, indent habit.

Two kinds of file: *wrapped* (lines cut at a fixed measure, blank lines mean nothing —
seeds 000, 001, 004) and *separated* (one paragraph per line or Markdown, a blank line
separates blocks — seed 002).  ``study_layout`` reads the lines once; the unwrap, caption
and heading rules compare lines against the result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, not_
from dataclasses import dataclass
from math import ceil, inf
from typing import Iterable, NamedTuple, Sequence, TypeVar

from booklet.clean.lines import Line
from booklet.typeset.segment import word_across
from booklet.shapes import CLAUSE_LEAD_RE, CLAUSE_TEXT_RE, WHOLE_HEADING_RE, full_width_only, parallel_phrases, COMPRESSIBLE_PUNCT_RE, IDEOGRAPH_SPACE_RE, NO_LINE_START, OPENERS, SPACE_AFTER_MARK_RE, ITEM_SOLID_RE, ITEM_SPACED_RE, SPEAKER_TURN_RE, HEADING_NUMBER_FIRST, NUMBERED_RE, MID_WORD_LAST_RE, NARROW_CHAR_RE, ends_sentence, term_entries

# Lines narrower than this (em) say nothing about the measure: labels, page numbers, names.
MEASURE_MIN_EM = 6
# A line ending this close (em) to the measure reached (filled) it: the text may go on.
FULL_SLACK_EM = 1.5
# A column's (or a page's) measure read off its lines alone is this quantile of their widths, the
# upper quartile: most lines of wrapped text run to the column's edge, so a quarter may be short
# (last lines, headings, bylines) and the estimate still lands on the full width.
MEASURE_QUANTILE = 0.75
# The measure is read off the widths of the lines that stop inside a sentence: in wrapped text
# those lines were cut where the measure ran out, so most of them reach it, or fall short of it
# by a character clreq pushed down (``MEASURE_REACH_EM``).  The commonest width may instead be
# that of first lines, an indent short of it (when most paragraphs have two lines), so the
# measure is the widest width reached by at least this share of the lines that reach the
# commonest one (and by two lines).
MEASURE_BIN_EM = 0.5
# Whether punctuation was compressed is judged on an even sample of this many of those lines.
MEASURE_SAMPLE = 200
MEASURE_REACH_EM = 1.0
_REACH_BINS = round(MEASURE_REACH_EM / MEASURE_BIN_EM)   # (the same, in bins)
MEASURE_SUPPORT_SHARE = 0.25
MEASURE_SUPPORT_MIN = 2
# … and by lines of its own: this many, or (in a short file) this share of the lines of the
# commonest width.  The lines an em short of a width support it but show their own: a lone
# line an em wider than dozens is one whose narrow characters were counted wide, or a hung mark.
MEASURE_OWN_MIN = 2
MEASURE_OWN_SHARE = 0.1
# … not counting lines that end in a mark a typesetter may hang past the measure (clreq 行尾悬挂:
# 。，、 and their kin): on a narrow measure many full lines hang one and are an em wider than
# the rest (「县级领导包联重点项目制度，」, 13 em over dozens of 12 em lines); that width is the
# mark's, not a measure's.
HANGING_MARKS = "，。、；：！？,."
# A line stopping inside a sentence reached the measure when it ends within this band of it
# (em below: an indent and half a character; em above: a hanging comma and a narrow glyph) …
NEAR_MEASURE_BELOW = 2.5
NEAR_MEASURE_ABOVE = 1.5
# … wrapped text has at least this share of such lines reaching it, such lines make at least
# this share of all lines (a paragraph of n lines has n - 1 of them; a file of one paragraph a
# line only has its unpunctuated titles), and at most this share of all lines runs past it.
# Where an extractor dropped the first-line indents (``_indent_lost``: systematic, so judged on
# the file), a paragraph's first line reaches the measure less that indent.
WRAPPED_NEAR_SHARE = 0.4
WRAPPED_CONTINUED_SHARE = 0.25
WRAPPED_OVER_SHARE = 0.2
# Dialogue and other prose of one-line paragraphs set at a wide measure run on in few lines (a
# turn of dialogue seldom fills 35 characters), yet is hard-wrapped all the same.  What sets a
# file of one paragraph a line apart is not how many lines run on but that its paragraphs run
# past any width its titles share: so the few lines that run on show the wrap when at least this
# share of them reach the measure (they were cut there, not titles stopping where their words
# do) and next to no line runs past it (this share of the body: a stray line the extractor
# joined, a running head left over).
WRAPPED_FEW_NEAR_SHARE = 0.75
WRAPPED_FEW_OVER_SHARE = 0.02
# Lines of full-width characters only that must reach the measure for it to count as exact:
# three at least (and the most common width of such lines is a full or a first line's).
EXACT_MEASURE_MIN_LINES = 3
# A line stopping inside a sentence that is shorter than this share of the measure, over a line that
# is not, was not cut by it: the measure cuts a line at most an indent, a pushed-down character and
# a unit that did not fit short of its room, so such a line stopped where its words did (an
# unnumbered 小标题 such as 「主要工作成效」 over its paragraph).  Whether the cut lines reach the measure is asked of the
# others: in a short report at a wide measure (40 em) whose paragraphs have two lines, its headings
# outnumber the lines the measure cut.  Under one half, so that where pdfplumber writes two columns'
# lines as one row (a measure of two columns and a gutter), each column's own lines still count
# against a wrap at that double width.
CUT_LINE_MIN_SHARE = 0.4
# Fewer lines than this cannot show a wrap; a measure wider than this (em) is one paragraph a line.
WRAPPED_MIN_LINES = 3
WRAPPED_MAX_MEASURE = 80
# A piece of a compilation shows a measure of its own with this many lines that stop inside a
# sentence (fewer say too little; the file's measure stands there).
REGION_MIN_LINES = 12
# A stretch set to a narrower measure than the file's (宽窄栏: a 12-character column beside a
# 25-character one, read in order by pypdf, pdftotext -raw or pasted from a viewer; a box, a note or
# an 编者按 set narrower than the text): a run of lines that stop inside a sentence, none of them (nor
# any line between them) wider than this share of the file's measure, ``STRETCH_MIN_LINES`` of them
# reaching one width of at least ``STRETCH_MIN_EM``.  A typesetter's narrow column is at most half
# the page's measure and a gutter (宽窄栏 25 + 12 on a three-column grid; a boxed note inset two
# characters each side still falls under it on 30 em), so two thirds leaves room for hung marks.
# Four lines at one width: a short paragraph's last lines stop where their words do and seldom
# share a width (three lines reach it by chance in a list of names; a column's lines reach it by
# the dozen).  Under 10 em no typeset column of prose lies (newspapers' narrowest are 11 characters).
# At least this share of the stretch's lines hold clause punctuation: prose, not a list's cells.
STRETCH_MAX_SHARE = 0.67
STRETCH_MIN_LINES = 4
STRETCH_MIN_EM = 10.0
STRETCH_CLAUSE_SHARE = 0.3
# A file measure most of whose full lines hold a space between Chinese characters (or after a
# full-width mark) is no column's: those are rows an extractor merged from two columns side by side
# (pdfplumber, where the columns' baselines meet), and the narrower lines around them are the same
# columns' lines taking turns (``flow``'s business), not a stretch set to a measure of its own.
# Past this share of the lines at the measure (a wide column's own full lines hold none: only
# bylines and captions set names apart, and they seldom reach the measure).
STRETCH_MERGED_SHARE = 0.5
# A file uses first-line indents when this many lines, and this share of them, are indented.
INDENT_MIN_LINES = 3
INDENT_MIN_SHARE = 0.08
# Trailing spaces mark block ends when at least this many lines carry one, this share of them
# end a sentence, a short line or a line with no clause punctuation (a title, subtitle, byline or
# heading: ends where its words do, and in a column set larger than the measure, so never short),
# and not more than this share of all lines carry one: a viewer that pads every line marks nothing
# (a share near 1), while a 简报 of one- and two-line items marks two lines in three of its own.
TRAIL_MIN_LINES = 5
TRAIL_END_SHARE = 0.7
TRAIL_MAX_SHARE = 0.8
# Compressed full-width punctuation takes this much less room (em).
PUNCT_COMPRESSION_EM = 0.5
# A first-line indent is about this wide (em): two characters.
INDENT_EM = 2.0
# A line shorter than this share of the measure is short (a block's last line, a title).
SHORT_SHARE = 0.7
# Blank lines are sparse (each one means something) below this share of line gaps.
SPARSE_BLANK_SHARE = 0.4
# A dropped first-line indent: paragraph first lines fall short of the measure by 1.5–4.5 em
# (a two-character indent, give or take full-width punctuation), judged on three or more.
LOST_INDENT_MIN_EM = 1.5
LOST_INDENT_MAX_EM = 4.5
LOST_INDENT_MIN_LINES = 3
# (pocket79) A page set in block paragraphs shows it in its first lines: read as ``_first_rooms`` reads
# them (prose after a finished block), three or more whose median stops within this much (em) of the
# measure — a character kinsoku pushed down or a Latin run's count, never an indent's two ems.
FIRSTS_FULL_EM = 1.0
# … and fewer than this share of them an indent short (``LOST_INDENT_MIN_EM`` or more): a page whose
# indents were dropped has its first lines there, full lines after a sentence that ended at a line
# end among them.
FIRSTS_SET_IN_SHARE = 0.25
# A first line whose last character went down with a mark no line may start with (kinsoku) is
# this much (em) short of its room.
PUSHED_FIRST_EM = 1.0
# A line opening its block over a narrower first line is a heading set flush, not a first line that
# lost its indent, when it runs past a first line's room by more than this (em): the slack of a
# narrow glyph or a Latin run in the count (``_lost_under_flush_heads``).
FLUSH_WIDER_EM = 0.75
# Read after sentence ends too (``_indent_lost``), the first lines are most of the lines there: a
# line after a sentence that ended exactly at the line end runs to the measure, and in a file that
# dropped its indents that happens less often than a paragraph starts.
LOST_INDENT_SHARE = 0.5
# … and only on a narrow measure, of at most this many characters (a newspaper's or 内刊's column,
# 11–13 characters; a pocket book's 14).  There a paragraph's last line fills the measure as often
# as not and a first line two characters short is over ``ENDED_SHARE`` of it, so short lines show
# too few first lines.  On a wider measure a last line seldom fills it (short lines find the
# first lines), while a line after a sentence end is often a paragraph's second paragraph-less
# line: a regulation's 第X条 set flush over indented continuation paragraphs (16 em), a 通报's
# quoted items (20 em) — the after-sentence reading would take those for lost indents.
NARROW_MEASURE_EM = 14
# The commonest width of the lines cut inside a sentence is a first line's (see ``_past_first_lines``)
# when at least this share of them follows a sentence end: a paragraph's first line always does,
# a line inside a paragraph only when a sentence ended exactly at the line end.  (Where the
# measure is read right, that peak is often first lines too: then no wider lines inside
# paragraphs an indent wider are found, or the measure read is already theirs.)
FIRST_LINE_PEAK_SHARE = 0.6
# A finished paragraph's last line is shorter than this share of the measure; the first line
# of the next is at least this share.
ENDED_SHARE = 0.8
FIRST_LINE_SHARE = 0.6


_Width = TypeVar("_Width", int, float)


def upper_quartile(ordered: Sequence[_Width], start: int = 0,
                   empty: _Width = 0.0) -> _Width:  # type: ignore[assignment]
    """The measure ``ordered`` widths (sorted, narrowest first) show: their ``MEASURE_QUANTILE``
    among those from ``start`` on (the narrower ones say nothing of the measure); ``empty`` when
    there are none."""
    return ordered[start + int((len(ordered) - start) * MEASURE_QUANTILE)] if start < len(ordered) else empty


@dataclass(frozen=True, slots=True)
class Layout:
    """What the file tells about its layout."""

    measure: float             # the full-line width, em
    wrapped: bool              # hard-wrapped at the measure
    uses_indent: bool          # paragraphs start with an indent
    trail_marks_end: bool      # a trailing space ends a block
    sparse_blanks: bool = False  # blank lines are rare, so each one means something
    indent_lost: float = 0.0   # first lines are this much narrower: an indent the extractor dropped
    compressed: bool = False   # full-width punctuation was set in half an em
    # (first line number, measure) of each piece of a compilation set to a measure of its own
    regions: tuple[tuple[int, float], ...] = ()
    measure_exact: bool = False  # lines of full-width characters only reach the measure (their count is exact)
    firsts_full: bool = False  # (pocket79) block paragraphs: first lines after a finished block reach the measure
    # (stdind89) a standard's outline levels (dots in the number: 1 for 4.2, 2 for 4.2.1) whose subclauses are
    # written untitled, opening on their text (``untitled_depths``)
    untitled_depths: frozenset[int] = frozenset()

    def printed_width(self, line: Line) -> float:
        """The width ``line`` took on the page (em), with the file's punctuation habit."""
        return line.span_width if not self.compressed else compressed_width(line)

    def measure_at(self, line: Line) -> float:
        """The measure of the piece ``line`` stands in (the file's, unless that piece shows its own)."""
        if not self.regions:
            return self.measure
        k = bisect_right(self.regions, (line.lineno, inf)) - 1
        return self.regions[k][1] if k >= 0 else self.measure

    def room(self, line: Line, indented: bool) -> float:
        """(speed82) How far (em) ``line`` stops short of the measure of its piece: that measure, less a
        first-line indent where ``indented`` (the caller says whether the line's indent counts), less
        the width the line took on the page (``printed_width``).  Asked at most breaks of a file
        (``measured.stops_short``), so the file's own measure and the plain width are read without a
        call where the file shows no pieces and no compression."""
        measure = self.measure_at(line) if self.regions else self.measure
        printed = compressed_width(line) if self.compressed else line.span_width
        return measure - (INDENT_EM if indented else 0.0) - printed


def compressed_width(line: Line) -> float:
    """The width of the line had its full-width punctuation been set in half an em (punctuation
    compression, as many typesetters do).  Kept on the line: the layout study, the note zones and
    every ``stops_short`` of a compressed file ask it of the same lines (three or four times each)."""
    if line.compressed_memo < 0:
        line.compressed_memo = line.span_width - PUNCT_COMPRESSION_EM * len(COMPRESSIBLE_PUNCT_RE.findall(line.text))
    return line.compressed_memo


@lru_cache(maxsize=None)
def _mid_word_last(last: str) -> bool:
    """``ends_mid_word`` of a line whose last character is ``last``, remembered per character: the
    study asks it of every line, and a text holds a few thousand characters at most, so the
    cache's look-up in C takes the place of a pattern's match at each line."""
    return MID_WORD_LAST_RE.match(last) is not None


@dataclass(slots=True)
class _Cut:
    """The lines that stop inside a sentence: where they stand, and their widths read both ways
    (the compressed reading is worked out only where it is needed)."""

    lines: Sequence[Line]
    at: list[int]            # their indices in the file's lines
    plain: list[float]       # their widths
    hung: list[bool]         # whether each ends in a mark that may hang past the measure
    narrow_all: list[float] | None = None

    @classmethod
    def of(cls, lines: Sequence[Line]) -> "_Cut":
        at = [i for i, ln in enumerate(lines) if not ln.final and ln.span_width >= MEASURE_MIN_EM
              and not ln.given_heading and _mid_word_last(ln.text[-1:])]
        return cls(lines, at, [lines[i].span_width for i in at],
                   [lines[i].text[-1:] in HANGING_MARKS for i in at])

    def narrow(self, step: int = 1) -> list[float]:
        """Widths of every ``step``-th of these lines with their punctuation compressed."""
        if step == 1 and self.narrow_all is None:
            self.narrow_all = [compressed_width(self.lines[i]) for i in self.at]
        if self.narrow_all is not None:
            return self.narrow_all[::step]
        return [compressed_width(self.lines[i]) for i in self.at[::step]]


def typical_measure(lines: Sequence[Line], cut: "_Cut | None" = None) -> tuple[float, bool]:
    """The file's full-line width, and whether its punctuation was compressed (``_typical``); read
    once for the same lines however often asked (``_measured``), unless the caller brings a cut."""
    return _measured(lines)[1] if cut is None else _typical(lines, cut)


# (speed83) The lines last measured (the same ``Line`` objects, in order), their cut and their typical
# measure: the footnotes' body measure, the lines their notes carried over from the page before and the
# layout study (``study_layout``, in ``captions``) ask it of the very same lines one after another
# wherever no note zone was taken out between them and no column read anew — a second and a third
# reading at each.  One entry, replaced whole (a tuple), holding the lines it was read from: a ``Line``'s
# text, width and marks are never set in place (``Line.but`` copies), so the same objects measure alike.
_last_measured: list[tuple[tuple[Line, ...], "_Cut", tuple[float, bool]] | None] = [None]


def forget_measured() -> None:
    """Let go of the lines last measured (``_last_measured``): the cleaning that read them is over
    (``pipeline``), and they are freed with the rest of its stages rather than at the next study."""
    _last_measured[0] = None


def _measured(lines: Sequence[Line]) -> tuple["_Cut", tuple[float, bool]]:
    """The cut of ``lines`` and their typical measure (``_typical``), from ``_last_measured`` when
    those were the same lines."""
    key = tuple(lines)
    last = _last_measured[0]
    if last is not None and len(last[0]) == len(key) and all(map(is_, last[0], key)):
        return last[1], last[2]
    cut = _Cut.of(key)
    measured = _typical(key, cut)
    _last_measured[0] = (key, cut, measured)
    return cut, measured


def _typical(lines: Sequence[Line], cut: "_Cut") -> tuple[float, bool]:
    """The file's full-line width, and whether its punctuation was compressed.

    The measure is the widest common width of the lines that stop inside a sentence (of all body
    lines when there are too few), so that many short lines — headings, last lines, signatures,
    first lines — do not pull it down.  Where the typesetter compressed
    punctuation, full lines holding many marks hold more characters: their widths line up only
    once the marks count half an em, so the reading (plain or compressed) under which more
    lines have exactly the same width is the file's (judged on an even sample of the lines)."""
    if len(cut.at) < WRAPPED_MIN_LINES:
        widths = [ln.span_width for ln in lines if ln.span_width >= MEASURE_MIN_EM and not ln.given_heading]
        return (_top_mode(widths)[0] if widths else 0.0), False
    step = max(1, len(cut.at) // MEASURE_SAMPLE)
    plain_bins = _bins(cut.plain)   # (read again by ``_past_first_lines``: counted once)
    plain = _top_mode(cut.plain, cut.hung, plain_bins)
    plain_peak = plain[1] if step == 1 else _top_mode(cut.plain[::step])[1]
    narrow = _top_mode(cut.narrow(step), cut.hung[::step])
    if narrow[1] > plain_peak:
        measure = (narrow if step == 1 else _top_mode(cut.narrow(), cut.hung))[0]
        return _past_first_lines(cut, cut.narrow(), measure), True
    return _past_first_lines(cut, cut.plain, plain[0], plain_bins), False


def _past_first_lines(cut: _Cut, widths: Sequence[float], measure: float,
                      bins: dict[int, int] | None = None) -> float:
    """The measure, when the width the lines show most is that of first lines that lost their indent.

    In dialogue and other prose of one- and two-line paragraphs, most lines that stop inside a
    sentence are paragraphs' first lines: where the extractor dropped the indent they all stop an
    indent short of the measure and make the commonest width, while the lines that reach the
    measure (inside paragraphs of three lines or more) are few.  First lines follow a finished
    sentence; a line inside a paragraph does so only when a sentence happened to end at the line
    end.  So when most lines of the commonest width follow a sentence end
    (``FIRST_LINE_PEAK_SHARE``), the lines wider than it that do not (inside a paragraph) show
    the measure — when they are at least ``MEASURE_SUPPORT_MIN`` and an indent wider
    (``LOST_INDENT_MIN_EM`` to ``LOST_INDENT_MAX_EM``)."""
    after_end = [bool(i) and cut.lines[i - 1].final for i in cut.at]
    peak = _commonest(bins or _bins(widths)) * MEASURE_BIN_EM   # (``bins``: ``widths``' when counted)
    band = [end for w, end in zip(widths, after_end) if peak - MEASURE_REACH_EM <= w <= peak]
    if sum(band) < FIRST_LINE_PEAK_SHARE * len(band):
        return measure
    inside = [w for w, end in zip(widths, after_end) if w >= peak + MEASURE_REACH_EM and not end]
    if len(inside) < MEASURE_SUPPORT_MIN:
        return measure
    wider = _top_mode(inside)[0]
    return max(measure, wider) if LOST_INDENT_MIN_EM <= wider - peak <= LOST_INDENT_MAX_EM else measure


def _top_mode(widths: Sequence[float], hung: Sequence[bool] | None = None,
              bins: dict[int, int] | None = None) -> tuple[float, int]:
    """The measure ``widths`` show (see ``MEASURE_SUPPORT_SHARE``), and how many lines have the
    commonest width exactly (the higher that peak, the likelier the reading).  A width's own
    lines are those that do not end in a mark that may hang (``hung``, ``HANGING_MARKS``)."""
    bins = bins or _bins(widths)   # (``bins``: ``widths``' when counted already)
    owned = bins if hung is None else _bins(compress(widths, map(not_, hung)))
    seen, none = bins.get, repeat(0)
    support = {b: sum(map(seen, range(b - _REACH_BINS, b + 1), none)) for b in bins}
    top = max(support.values())
    need = max(MEASURE_SUPPORT_MIN, MEASURE_SUPPORT_SHARE * top)
    peak = max(bins.values())
    own = min(MEASURE_OWN_MIN, MEASURE_OWN_SHARE * peak)
    best = max(b for b, n in support.items() if n == top or (n >= need and owned.get(b, 0) >= own))
    return best * MEASURE_BIN_EM, peak


def _bins(widths: Iterable[float]) -> dict[int, int]:
    """How many of ``widths`` fall in each ``MEASURE_BIN_EM`` bin, the bins in the order the widths
    first show them.  Counted by distinct width first: a file has a few dozen widths.  (A plain
    dictionary: a ``Counter`` answers each new bin through a method in Python, ``__missing__``.)"""
    bins: dict[int, int] = {}
    seen = bins.get
    for w, n in Counter(widths).items():
        b = int(w / MEASURE_BIN_EM + 0.5)
        bins[b] = seen(b, 0) + n
    return bins


def _commonest(bins: dict[int, int]) -> int:
    """The bin most widths fall in, the first shown among equals (``Counter.most_common(1)``'s)."""
    return max(bins, key=bins.__getitem__)


def is_wrapped(lines: Sequence[Line], measure: float, compressed: bool = False, cut: "_Cut | None" = None,
               lost: float | None = None, stretches: Sequence[tuple[int, int, float]] = ()) -> bool:
    """True when the file is hard-wrapped at ``measure``: most lines that stop inside a sentence
    reach it (an indented first line counts its indent; where the extractor dropped every
    paragraph's indent, a first line counts the indent it lost), they are a fair share of the
    lines, and few lines run past it.  However many lines are short (headings, a letter's
    signature, short paragraphs), the lines the measure cut show the wrap.

    In such files blank lines between lines are extraction noise; otherwise
    (one paragraph per line, as in seed 002) a blank line separates paragraphs.
    """
    cut = cut or _Cut.of(lines)
    headings = [ln.given_heading for ln in lines].count(True)
    body = len(lines) - headings
    if len(cut.at) < WRAPPED_MIN_LINES or measure <= 0 or measure > WRAPPED_MAX_MEASURE:
        return False
    # First lines whose indent the extractor dropped (pypdf, pypdfium2) stop that much short of
    # the measure, in every paragraph alike: when the file shows it, they reach it too.
    if lost is None:
        lost = _indent_lost([ln for ln in lines if not ln.given_heading], measure)
    low, high = measure - NEAR_MEASURE_BELOW - lost, measure + NEAR_MEASURE_ABOVE
    widths = cut.narrow() if compressed else cut.plain
    # Numbered headings stop where their words end, not where the measure cut them, and so do lines
    # far short of it (``CUT_LINE_MIN_SHARE``): whether the cut lines reach the measure is asked of
    # the others (a standard's 「1　范围」, 「4.1　选址」 are half its short lines).
    # (a line with clause punctuation is no numbered heading: asked first, without a call)
    # (std86) and so do a standard's term entries' heads (``shapes.term_entries``: 「3.1」 / 「农村生活垃圾　rural」 /
    # 「domestic waste」), set on lines of their own
    entries = {k for a, b in term_entries([ln.text for ln in lines], [bool(ln.blanks_before) for ln in lines]) for k in range(a, b + 1)}
    unnumbered = [(i, w + (INDENT_EM if lines[i].indent else 0.0)) for i, w in zip(cut.at, widths)
                  if (lines[i].clause or not numbered_heading(lines[i])) and i not in entries]
    short = CUT_LINE_MIN_SHARE * measure
    reached = [w for i, w in unnumbered if w >= short or not _set_off(lines, i, short)]
    near = len([w for w in reached if low <= w <= high])
    if stretches:
        # a line of a narrower stretch (``_narrow_stretches``) reaches that stretch's measure
        own = {i: m for a, b, m in stretches for i in range(a, b)}
        near += len([1 for i, w in unnumbered if i in own and not low <= w <= high
                     and own[i] - NEAR_MEASURE_BELOW - lost <= w <= own[i] + NEAR_MEASURE_ABOVE])
    # Lines past the measure, read the way the measure was (a compressed file's full lines are
    # wider than its measure when their marks count a whole em).
    body_lines = [ln for ln in lines if not ln.given_heading] if headings else lines
    over = len([ln for ln in body_lines if compressed_width(ln) > high] if compressed
               else [ln for ln in body_lines if ln.span_width > high])
    evidence = (
        # the cut lines reach the measure (two of them at least, as a measure needs)
        len(unnumbered) >= WRAPPED_MIN_LINES and near >= MEASURE_SUPPORT_MIN
        and near >= WRAPPED_NEAR_SHARE * len(reached),
        # lines run on (not one paragraph a line) — or, where few do (dialogue), those that do
        # reach one measure and nothing runs past it
        len(cut.at) >= WRAPPED_CONTINUED_SHARE * body
        or (near >= WRAPPED_MIN_LINES and near >= WRAPPED_FEW_NEAR_SHARE * len(reached)
            and over <= WRAPPED_FEW_OVER_SHARE * body),
        over <= WRAPPED_OVER_SHARE * body,               # and few run past it
    )
    return all(evidence)


def _set_off(lines: Sequence[Line], i: int, short: float) -> bool:
    """Line ``i``, shorter than ``short``, stands over a line that is not: a heading or an office's
    name over its text, set off where its words end (a run of short lines — a 名单's cells, a list
    — shows nothing of the kind and still counts)."""
    return i + 1 < len(lines) and lines[i + 1].span_width >= short


def numbered_heading(line: Line) -> bool:
    """``line`` is shaped as a numbered heading: a heading's number (``NUMBERED_RE``) and no clause
    punctuation (「1　范围」, 「二、准确把握形势任务」) — a line that ends where its words do."""
    return not line.clause and line.text[:1] in HEADING_NUMBER_FIRST and NUMBERED_RE.match(line.text) is not None


def study_layout(lines: Sequence[Line]) -> Layout:
    """Measure, wrapped-or-separated, indent use and trailing-space meaning for a file."""
    cut, (measure, compressed) = _measured(lines)
    body = [ln for ln in lines if not ln.given_heading]
    # (asked twice below: read once; after sentence ends too on a narrow measure, ``NARROW_MEASURE_EM``)
    # (speed83: the first lines' rooms read once at each measure, for the lost indent and ``_firsts_full``)
    firsts = _first_lines(body, measure)
    rooms = _rooms(firsts)
    lost_seen = _indent_lost(body, measure, after_sentence=measure <= NARROW_MEASURE_EM, rooms=rooms)
    stretches = _narrow_stretches(lines, cut, measure, compressed)
    wrapped = is_wrapped(lines, measure, compressed, cut, lost_seen, stretches)
    if not wrapped and (wide := _wider_measure(lines, cut, measure, compressed)):
        measure, stretches = wide
        firsts = _first_lines(body, measure)
        rooms = _rooms(firsts)
        lost_seen = _indent_lost(body, measure, after_sentence=measure <= NARROW_MEASURE_EM, rooms=rooms)
        wrapped = True
    indented = [ln.indent for ln in body].count(True)
    uses_indent = wrapped and indented >= INDENT_MIN_LINES and indented >= INDENT_MIN_SHARE * len(body)
    # (std86) a space after a Latin word is the space between words a wrap took (「农村生活垃圾　rural 」 / 「domestic
    # waste」), no mark of a block's end
    trailing = [ln for ln in body[:-1] if ln.trail_space and not _latin_word_last(ln.text)]
    ends = sum(1 for ln in trailing if ends_sentence(ln.text) or ln.width < SHORT_SHARE * measure or not ln.clause)
    trail_marks_end = len(trailing) >= TRAIL_MIN_LINES and ends >= TRAIL_END_SHARE * len(trailing) \
        and len(trailing) <= TRAIL_MAX_SHARE * len(body)
    blank = len([ln for ln in body[1:] if ln.blanks_before])
    sparse = blank < SPARSE_BLANK_SHARE * max(1, len(body) - 1)
    lost = lost_seen if wrapped and not uses_indent else 0.0
    if wrapped and not uses_indent and not lost:
        # (the paragraphs' indent read once more, off the lines a paragraph's second line goes on
        # from: 小标题 set flush among the first lines may have hidden it — ``_goes_on_wider``; the
        # wrap itself was judged as before)
        lost = _lost_under_flush_heads(body, measure)
    regions = _with_stretches(_regions(lines, cut, measure, compressed), stretches, lines, measure) if wrapped else ()
    exact = wrapped and not compressed and not regions and _measure_exact(cut, measure, lost)
    firsts_full = wrapped and not uses_indent and not lost and _firsts_full(firsts, measure, rooms)
    return Layout(measure, wrapped, uses_indent, trail_marks_end, sparse, lost, compressed, regions, exact,
                  firsts_full, untitled_depths(body, measure) if wrapped else frozenset())


# (stdind89) Subclauses' first lines ending at one width, this many or more, were cut there by the measure: three
# titles of one length by chance are rare, two are not (「4.1　选址」, 「5.1　开放」).
UNTITLED_CUT_MIN = 3


def untitled_depths(body: Sequence[Line], measure: float) -> frozenset[int]:
    """(stdind89) The levels of a standard's outline whose subclauses are written untitled.  GB/T 1.1 has the
    subclauses of one level all titled or all untitled: a titled subclause's title names it in a few words and
    stands alone (「4.1　选址」), an untitled one opens on its text, a sentence the measure may cut anywhere.  A
    level is untitled where one of its subclauses surely opens on its text (``_opens_on_text``), or where its
    subclauses' first lines were cut by the measure: ``UNTITLED_CUT_MIN`` of them or more, most of the level's,
    end at one width near the measure (``UNTITLED_ROOM_EM``) — titles end where their words do, each at its own
    width (「4.1.1 城市书房宜设在人口」, 「4.2.1 城市书房建筑面积不」, 「5.1.1 城市书房每周开放时」: 12 em each on 15)."""
    depths: set[int] = set()
    cut: dict[int, Counter] = {}
    for k, line in enumerate(body):
        lead = CLAUSE_LEAD_RE.match(line.text)
        if lead is None:
            continue
        depth = lead.group("number").count(".")
        if _opens_on_text(line, body[k + 1] if k + 1 < len(body) else None):
            depths.add(depth)
        elif not line.final:
            cut.setdefault(depth, Counter())[round(line.width * 2)] += 1
    for depth, widths in cut.items():
        if depth in depths:
            continue
        half_ems, count = widths.most_common(1)[0]
        if count >= UNTITLED_CUT_MIN and 2 * count > sum(widths.values()) \
                and measure - half_ems / 2 <= UNTITLED_ROOM_EM:
            depths.add(depth)
    return frozenset(depths)


def _opens_on_text(line: Line, nxt: Line | None) -> bool:
    """(stdind89) The subclause numbered at the head of ``line`` opens on its text, no title: a sentence ends on
    its line (no title holds a stop), or a pause parts its first words (``shapes.CLAUSE_TEXT_RE``) and the sentence
    ends on the next line — a heading wrapped at its comma (「二、准确把握形势任务，」 / 「进一步明确工作重点」) ends
    on no stop."""
    if "。" in line.text:
        return True
    return CLAUSE_TEXT_RE.match(line.text) is not None and nxt is not None and nxt.final and not nxt.listed


# (stdind89) An untitled subclause's first line (``untitled_clause``) runs on where it stops no further short of the
# measure than an indent the extractor may have dropped (a clause set in like the paragraphs, two em) and two em for
# the unit the next line opens on and the glyphs the count does not know (measured.SHORT_SLACK_EM's two: Latin digits
# set with the quarter-em spaces round them widen the lines the measure is read from): 「4.2.1 城市书房建筑面积不宜」,
# 13 em on 16; 「4.1.1 城市书房宜设在人口」, 12 on a measure read at 16 where the lines hold 15.
UNTITLED_ROOM_EM = INDENT_EM + 2.0


def untitled_clause(line: Line, layout: "Layout") -> bool:
    """(stdind89) ``line`` opens a subclause of a level the file writes untitled (``Layout.untitled_depths``),
    ends no sentence and reaches the measure less an indent and a unit (``UNTITLED_ROOM_EM``): the first line of
    the subclause's text, which runs on into the next — not a title, which is short and stands alone."""
    if not layout.untitled_depths or line.final:
        return False
    lead = CLAUSE_LEAD_RE.match(line.text)
    return lead is not None and lead.group("number").count(".") in layout.untitled_depths \
        and layout.measure_at(line) - line.width <= UNTITLED_ROOM_EM + line.unsure


def _latin_word_last(text: str) -> bool:
    """(std86) ``text`` ends on a Latin letter: a word of a Latin phrase, after which a space is the phrase's own."""
    last = text[-1:]
    return last.isascii() and last.isalpha()


def _firsts_full(firsts: Sequence[_First], measure: float, rooms: Sequence[float] | None = None) -> bool:
    """(pocket79) The file sets its paragraphs block: the lines of prose after a finished block
    (``_first_lines``) run to the measure as every line of a paragraph but its last does — no indent
    seen, none lost.  There a paragraph's first line is as full as its second, so a line that opens
    its block and stops short of the measure by more than the next line's first unit is no first
    line the measure cut (a 小标题 set in bold at the body's size over a block paragraph:
    「坚持问题导向，补齐基础研究短板」, 15 em on an 18-em page whose first lines hold 18)."""
    rooms = _rooms(firsts) if rooms is None else rooms   # (``rooms``: made already)
    if len(rooms) < LOST_INDENT_MIN_LINES or measure - rooms[len(rooms) // 2] > FIRSTS_FULL_EM:
        return False
    # (a page whose first lines lost an indent shows some an indent short however full the rest:
    # paragraphs whose first line held a hung mark or a word the count reads wide, [16, 16, 17, 17])
    set_in = [w for w in rooms if measure - w >= LOST_INDENT_MIN_EM]
    if len(set_in) < FIRSTS_SET_IN_SHARE * len(rooms):
        return True
    # (pocket89) a 小标题's own line read among the first lines: on a pocket page a heading of two
    # phrases after a finished block (「坚持问题导向，补齐基础研究短板」, 15 em on 17) or the rest of a
    # numbered heading a larger face wrapped (「二、准确把握形势任」 / 「务，进一步明确工作重点」, 11 on 14)
    # stops short as a first line that lost its indent does; three such on a short text made a page
    # whose first lines all run full read as one that dropped its indents.  Read without them (the same
    # first lines, not read again: ``heading_room`` asked of each).
    heads = _rooms([f for f in firsts if not heading_room(f.above, f.line)])
    if len(heads) == len(rooms) or len(heads) < LOST_INDENT_MIN_LINES \
            or measure - heads[len(heads) // 2] > FIRSTS_FULL_EM:
        return False
    return len([w for w in heads if measure - w >= LOST_INDENT_MIN_EM]) < FIRSTS_SET_IN_SHARE * len(heads)


def _measure_exact(cut: _Cut, measure: float, lost: float) -> bool:
    """Lines of full-width characters only (no digit, Latin or space, whose printed width our
    count does not know) that stop inside a sentence most often reach the measure (or the measure
    less the indent the extractor dropped, when first lines are the most): their width is
    exact, so the measure is — not a wider reading made of lines with narrow characters
    (「…2021年7月」) or of a few lines one mark wider than the rest (a mark hung in the margin)."""
    narrow = map(NARROW_CHAR_RE.search, [cut.lines[i].text for i in cut.at])   # (``full_width_only``)
    widths = Counter([w for w, found in zip(cut.plain, narrow) if found is None])
    if not widths:
        return False
    common = widths.most_common(1)[0][0]
    return common in (measure, measure - lost) and widths[measure] >= EXACT_MEASURE_MIN_LINES


def _regions(lines: Sequence[Line], cut: _Cut, measure: float, compressed: bool) -> tuple[tuple[int, float], ...]:
    """The measure of each piece of a compilation (the text between two label, 来源 or ※ lines)
    that shows one of its own: pieces of a 材料 compilation come from different sources, set to
    different measures (seed 000: 26 em in 材料 1, 28 em in 材料 2 and 3)."""
    cuts = [i for i, ln in enumerate(lines) if ln.opener and i]
    if not cuts:
        return ()
    widths = cut.narrow() if compressed else cut.plain
    out: list[tuple[int, float]] = []
    for start, end in zip([0] + cuts, cuts + [len(lines)]):
        lo, hi = bisect_left(cut.at, start), bisect_left(cut.at, end)
        own = _top_mode(widths[lo:hi], cut.hung[lo:hi])[0] if hi - lo >= REGION_MIN_LINES else measure
        if own != (out[-1][1] if out else measure):
            out.append((lines[start].lineno, own))
    return tuple(out)


def _narrow_stretches(lines: Sequence[Line], cut: _Cut, measure: float,
                      compressed: bool) -> list[tuple[int, int, float]]:
    """The stretches set to a narrower measure than the file's: (first line index, index past the
    last, their measure).  The measure is a property of a stretch of lines, not of the file: a
    column of another width, a box, a note, read in order, shows as a run of lines that stop inside
    a sentence at one shorter width (``STRETCH_MAX_SHARE``, ``STRETCH_MIN_LINES``), with no line
    between them running wider (see the constants)."""
    limit = STRETCH_MAX_SHARE * measure
    if limit < STRETCH_MIN_EM or len(cut.at) < STRETCH_MIN_LINES:
        return []
    widths = cut.narrow() if compressed else cut.plain
    full = [cut.lines[i].text for i, w in zip(cut.at, widths) if w >= measure - NEAR_MEASURE_BELOW]
    # (both patterns match a space: a line with none — most lines of Chinese — is not searched)
    if sum(1 for t in full if " " in t and (IDEOGRAPH_SPACE_RE.search(t) or SPACE_AFTER_MARK_RE.search(t))) \
            > STRETCH_MERGED_SHARE * len(full):
        return []
    out: list[tuple[int, int, float]] = []
    k = 0
    while k < len(cut.at):
        if widths[k] > limit:
            k += 1
            continue
        j = k + 1
        while j < len(cut.at) and widths[j] <= limit and all(
                lines[i].span_width <= limit + NEAR_MEASURE_ABOVE for i in range(cut.at[j - 1] + 1, cut.at[j])):
            j += 1
        if j - k >= STRETCH_MIN_LINES:
            run = widths[k:j]
            own = _stretch_measure(run, cut.hung[k:j])
            prose = sum(1 for i in cut.at[k:j] if lines[i].clause)
            reach = [w for w in run if own - MEASURE_REACH_EM <= w <= own + MEASURE_REACH_EM]
            if own >= STRETCH_MIN_EM and len(reach) >= STRETCH_MIN_LINES and prose >= STRETCH_CLAUSE_SHARE * (j - k):
                # (the line after the last cut line is that paragraph's last, in the stretch too,
                # unless it runs wider, as no line between two of the stretch's does: then it is
                # the next column's, read after it)
                end = cut.at[j - 1] + 1
                if end < len(lines) and lines[end].span_width <= limit + NEAR_MEASURE_ABOVE:
                    end += 1
                out.append((cut.at[k], end, own))
        k = j
    return out


def _wider_measure(lines: Sequence[Line], cut: _Cut, measure: float,
                   compressed: bool) -> tuple[float, list[tuple[int, int, float]]] | None:
    """The file's measure and its narrower stretches, where the measure read (the commonest) is a
    narrow column's and the file is read as not wrapped only because a wider column's lines run past
    it (宽窄栏 with more lines in the narrow column: a 简报's first page set 12 characters wide, its
    second 25).  The stretches are read against the widest measure (``_narrow_stretches`` looks only
    for narrower ones): the wider measure is that of the cut lines at least ``1 / STRETCH_MAX_SHARE``
    times the measure read (a column, not a line a mark or a figure wider), when at least
    ``STRETCH_MIN_LINES`` of them come near it as ``is_wrapped`` counts (a first line that lost
    its indent among them), the narrow lines then make a stretch of their own, and
    the file is wrapped at the two; else None."""
    widths = cut.narrow() if compressed else cut.plain
    wider = [w for w in widths if w * STRETCH_MAX_SHARE >= measure]
    if len(wider) < STRETCH_MIN_LINES:
        return None
    wide = _top_mode(wider)[0]
    if len([w for w in wider if wide - NEAR_MEASURE_BELOW <= w <= wide + NEAR_MEASURE_ABOVE]) < STRETCH_MIN_LINES:
        return None
    stretches = _narrow_stretches(lines, cut, wide, compressed)
    if not any(abs(own - measure) <= MEASURE_REACH_EM for _, _, own in stretches):
        return None
    body = [ln for ln in lines if not ln.given_heading]
    lost = _indent_lost(body, wide, after_sentence=wide <= NARROW_MEASURE_EM)
    if not is_wrapped(lines, wide, compressed, cut, lost, stretches):
        return None
    return wide, stretches


def _stretch_measure(widths: Sequence[float], hung: Sequence[bool]) -> float:
    """A stretch's measure: the widest common width of its lines (``_top_mode``), if at least
    ``STRETCH_MIN_LINES`` of them reach it; else their commonest width.  Lines a mark or two wider
    than the column's, a headline's read in among them or a caption's (「抓早抓实民生实事 确保群众温」
    at 13.5 em over a 12-em column), can make the widest common width one no column line
    reaches; the measure cut the column's lines, and they are the most."""
    own = _top_mode(widths, hung)[0]
    if len([w for w in widths if own - MEASURE_REACH_EM <= w <= own + MEASURE_REACH_EM]) >= STRETCH_MIN_LINES:
        return own
    return _commonest(_bins(widths)) * MEASURE_BIN_EM


def _lineno_runs(lines: Sequence[Line], a: int, b: int, own: float) -> list[tuple[int, int, float]]:
    """The stretch ``lines[a:b]`` as ranges of line numbers (first, last, its measure), for
    ``Layout.measure_at``, which finds a line's measure by its number.  Where a column page was
    read in another order than the extractor wrote it (``flow``), the stretch's lines are not one
    range of numbers: a line of another column written between two of them, but read elsewhere,
    cuts the range there, so that it keeps the file's measure."""
    inside = sorted(ln.lineno for ln in lines[a:b])
    if inside[-1] - inside[0] + 1 == b - a:
        return [(inside[0], inside[-1], own)]
    numbers = set(inside)
    others = sorted(ln.lineno for ln in lines if ln.lineno not in numbers
                    and inside[0] < ln.lineno < inside[-1])
    runs: list[tuple[int, int, float]] = []
    first = inside[0]
    for prev, cur in zip(inside, inside[1:]):
        k = bisect_right(others, prev)
        if k < len(others) and others[k] < cur:
            runs.append((first, prev, own))
            first = cur
    runs.append((first, inside[-1], own))
    return runs


def _with_stretches(regions: tuple[tuple[int, float], ...], stretches: Sequence[tuple[int, int, float]],
                    lines: Sequence[Line], measure: float) -> tuple[tuple[int, float], ...]:
    """The pieces' measures (``_regions``) with each narrower stretch's own over its lines (as runs of
    line numbers, ``_lineno_runs``)."""
    if not stretches:
        return regions
    def piece(n: int) -> float:
        k = bisect_right(regions, (n, float("inf"))) - 1
        return regions[k][1] if k >= 0 else measure
    spans = [span for a, b, own in stretches for span in _lineno_runs(lines, a, b, own)]
    marks = {n for n, _ in regions} | {a for a, _, _ in spans} | {b + 1 for _, b, _ in spans}
    out: list[tuple[int, float]] = []
    for n in sorted(marks):
        own = next((m for a, b, m in spans if a <= n <= b), None)
        m = own if own is not None else piece(n)
        if m != (out[-1][1] if out else measure):
            out.append((n, m))
    return tuple(out)


def _set_as_paragraph(line: Line) -> bool:
    """A line of a list's or a label's shape that is set as a paragraph is, indent and all: an item
    set solid (``shapes.ITEM_SOLID_RE``) or with the one half-width space an extractor writes after its
    point (``shapes.ITEM_SPACED_RE``: 「1. 打开浏览器，在地址栏输入」 — dot82: with the space unread, a
    page whose first lines are mostly such items showed no lost indent, and every item's first line,
    13.5 em where an indented first line holds 14, read as a heading), a speaker's turn
    (``shapes.SPEAKER_TURN_RE``: 「答：应迅速向山坡…」, a 问答's or an interview's turns are its paragraphs)."""
    text = line.text
    return ITEM_SOLID_RE.match(text) is not None or ITEM_SPACED_RE.match(text) is not None \
        or SPEAKER_TURN_RE.match(text) is not None


def _indent_lost(body: Sequence[Line], measure: float, after_sentence: bool = False,
                 rooms: Sequence[float] | None = None) -> float:
    """How much narrower a paragraph's first line is than the measure, when that is systematic.

    Lines of prose after a clearly finished block (a short line: a paragraph's last line, a
    heading, an attribution) are first lines, numbered and labelled ones aside (but those set as
    paragraphs, ``_set_as_paragraph``: an item set solid, a speaker's turn); if most of them
    fall ~2 em short, the PDF indented them and the extractor dropped it.  With
    ``after_sentence`` (the file's study of a narrow measure, ``NARROW_MEASURE_EM``), where those
    lines show no indent, the lines after sentence ends are asked too (``_lost_after_sentences``).
    """
    lost = _median_lost(_first_rooms(body, measure) if rooms is None else rooms, measure)   # (``rooms``: read already)
    if not lost and after_sentence:
        lost = _lost_after_sentences(body, measure)
    return lost


def _lost_under_flush_heads(body: Sequence[Line], measure: float) -> float:
    """The indent the paragraphs' first lines lost, read off the lines a paragraph's second line goes
    on from (``_goes_on_wider``) — when the lines that reading set aside show why the first reading
    saw none: one at least opens its block wider than a first line's room by more than
    ``FLUSH_WIDER_EM``, a 小标题 set flush over the indented paragraphs."""
    lost = _median_lost(_first_rooms(body, measure, going_on=True), measure)
    if not lost:
        return 0.0
    room = measure - lost + FLUSH_WIDER_EM
    flush = any(prev.width < ENDED_SHARE * measure and cur.clause and _may_start(cur, measure)
                and not _goes_on_wider(cur, nxt) and cur.width > room
                for prev, cur, nxt in zip(body, body[1:], body[2:]))
    return lost if flush else 0.0


def _median_lost(firsts: Sequence[float], measure: float) -> float:
    """The indent the median of ``firsts`` (sorted first lines' rooms) lost, when there are enough of
    them and it is an indent's width; else nothing."""
    lost = measure - firsts[len(firsts) // 2] if len(firsts) >= LOST_INDENT_MIN_LINES else 0.0
    return lost if LOST_INDENT_MIN_EM <= lost <= LOST_INDENT_MAX_EM else 0.0


def pushed_down(text: str) -> bool:
    """A line opening on ``text`` may hold what the measure left of the line above (kinsoku): a
    character and a mark no line may start with (「题、宗旨问题。…」), or an opening mark no line may
    end on (「“作风建设提升年”活动…」)."""
    return text[1:2] in NO_LINE_START or text[:1] in OPENERS


class _First(NamedTuple):
    """A line ``_first_lines`` read as a first line: its room (``_first_room``), whether the line after it
    may hold a character kinsoku pushed down (``pushed_down``), and the finished line above it."""
    room: float
    pushed: bool
    above: Line
    line: Line


def _first_lines(body: Sequence[Line], measure: float, going_on: bool = False) -> list[_First]:
    """The lines of prose after a clearly finished block (a short line: a paragraph's last line, a
    heading, an attribution), in order; with ``going_on``, only lines the next line goes on from as a
    second line (``_goes_on_wider``).  Read once a measure: ``_rooms`` makes their rooms, of all of them
    or of those that are no heading's own line (``_firsts_full``)."""
    firsts: list[_First] = []
    for i in range(1, len(body)):
        prev, cur = body[i - 1], body[i]
        if prev.width < ENDED_SHARE * measure and cur.clause and _may_start(cur, measure) \
                and not (going_on and (i + 1 == len(body) or not _goes_on_wider(cur, body[i + 1]))):
            firsts.append(_First(_first_room(cur), i + 1 < len(body) and pushed_down(body[i + 1].text), prev, cur))
    return firsts


def _rooms(firsts: Sequence[_First]) -> list[float]:
    """The rooms of ``firsts`` (``_first_lines``), sorted: each line's width, or one em more where the
    line after it may hold a character kinsoku pushed down (``pushed_down``), leaving the line one
    short of its room.

    On a pocket page a paragraph's first line ends so as often as not (「作风问题，说到底是党性问」,
    12 where a first line holds 13): the median of the bare widths read a three-em indent where
    there are two, and a 小标题 set in like the paragraphs and one character shorter than a first
    line (「一、作风建设关系人心向背」) then read as a full first line and ran into its paragraph.
    A pushed line is raised no wider than the narrowest first line that was not pushed: that one
    shows the room at least, and a line already as wide filled it before a line opening on 「X，」
    and went unpushed (on a column whose first lines differ — hung marks, narrow digits, a
    measure read one em wide — a raise past it moved the median off the first lines)."""
    unpushed = [f.room for f in firsts if not f.pushed]
    if not unpushed:
        return sorted(f.room for f in firsts)
    room = min(unpushed)
    return sorted(max(f.room, min(f.room + PUSHED_FIRST_EM, room)) if f.pushed else f.room for f in firsts)


def _first_rooms(body: Sequence[Line], measure: float, going_on: bool = False) -> list[float]:
    """The sorted rooms of the first lines of ``body`` (``_first_lines``, ``_rooms``)."""
    return _rooms(_first_lines(body, measure, going_on))


def heading_room(prev: Line, cur: Line) -> bool:
    """(pocket89) ``cur``, read by ``_first_lines`` as a first line after the finished block ``prev``, is a
    heading's own line: of full-width characters, ending on a word (``WHOLE_HEADING_RE``: no stop, no
    pause), and either a whole 小标题 of two phrases in parallel (``shapes.parallel_phrases``, of a length:
    ``PAIRED_PHRASE_MIN``, ``PAIRED_PHRASE_SLACK``; 「坚持人才引领，优化创新生态」 — a paragraph's first
    line the measure cut opens on a short lead-in or ends in a piece of its clause) or the rest of a numbered heading with no clause that the measure of a larger face cut
    inside a word (``segment.word_across``: 「二、准确把握形势任」 / 「务，进一步明确工作重点」) — a whole
    heading over its paragraph ends on its words, so no word runs across into the first line."""
    if not full_width_only(cur.text) or WHOLE_HEADING_RE.match(cur.text) is None:
        return False
    if parallel_phrases(cur.text):
        first, _, second = cur.text.partition("，")
        return len(first) >= PAIRED_PHRASE_MIN and len(second) - len(first) <= PAIRED_PHRASE_SLACK
    return numbered_heading(prev) and full_width_only(prev.text) \
        and word_across(prev.text[-HEAD_WORD_CONTEXT:], cur.text[:HEAD_WORD_CONTEXT])


# (pocket89) A 小标题 of two phrases in parallel (对仗) pairs phrases of a length: each of three characters
# or more, the second at most this many longer (「坚持问题导向，补齐基础研究短板」, 6 and 8; 「坚持人才引领，
# 优化创新生态」, 6 and 6).  A first line the measure cut opens on a short lead-in and runs on far longer
# (「当前，发展环境中的有利条件和」, 2 and 12; 「据了解，科技副总由」).
PAIRED_PHRASE_MIN = 3
PAIRED_PHRASE_SLACK = 2
# (pocket89) Characters either side of a line break the dictionary reads for a word across it (a word
# of Chinese is two to four characters: three either side hold it).
HEAD_WORD_CONTEXT = 3


def _first_room(line: Line) -> float:
    """(dot82) The room a first line shows: its width, but where it opens on an item's Latin number and
    the space an extractor wrote after it (``shapes.ITEM_SPACED_RE``, 「1. 」 counted 1.5 em), the whole
    em it reached — the ideographs after an odd count of half ems leave half an em that no ideograph
    fits in (「1. 发展老年助餐服务。依托社」, 13.5 em, fills a 14-em line), so read bare, every item's
    first line showed half an em of indent the page never set."""
    width = line.width
    return ceil(width) if ITEM_SPACED_RE.match(line.text) is not None else width


def _goes_on_wider(first: Line, second: Line) -> bool:
    """``second`` goes on from ``first`` as a paragraph's second line does: wider than it (it runs
    the full measure, where the first line lost its indent), or ending the paragraph's sentence (a
    paragraph of two lines, its last short).  A line that opens its block over a narrower line
    that ends nothing is no first line that lost its indent — it is a 小标题 set flush over
    indented paragraphs, the first line under it narrower by the indent (「坚持问题导向，补齐基础研究
    短板」, 15 em, over 「设立市自然科学基金联合基金，」, 14, on a 16 em pocket page): counted among the
    first lines, such headings moved the median to their width, and the indent the paragraphs lost
    went unread."""
    return second.width > first.width or second.final


def _may_start(line: Line, measure: float) -> bool:
    """``line`` may be a paragraph's first line that lost its indent: not indented, not of a list's
    or label's shape (unless set as a paragraph), not ending a sentence, and not far short."""
    return (not line.indent and (not line.listed or _set_as_paragraph(line)) and not line.opener
            and line.width >= FIRST_LINE_SHARE * measure and not line.final)


def _lost_after_sentences(body: Sequence[Line], measure: float) -> float:
    """The indent first lines lost, read after sentence ends, however full the line before.

    In a narrow column (11–13 characters) a paragraph's last line fills the measure as often as
    not, and a first line that lost its two-character indent is itself over ``ENDED_SHARE`` of the
    measure, so "short" alone finds too few first lines, and the wrong ones (a first line counted
    as a finished block).  There a finished line is one that ends a sentence or stops short by
    more than any indent (``LOST_INDENT_MAX_EM``); a line of prose after it that does not end a
    sentence is a first line, or, where a sentence ended exactly at the line end, a line that
    runs to the measure — so the indent is read off the lines an indent short, when they are
    most of them (``LOST_INDENT_SHARE``).  Prose is a line with clause punctuation or over one (a
    narrow first line often holds no comma: 「记者从市文化和旅游」 / 「局获悉，明年全市将在所」).
    """
    ended = min(ENDED_SHARE * measure, measure - LOST_INDENT_MAX_EM)
    firsts = [cur.width for prev, cur, nxt in zip(body, body[1:], body[2:])
              if (prev.final or prev.width < ended) and (cur.clause or nxt.clause) and _may_start(cur, measure)]
    short = sorted(w for w in firsts if LOST_INDENT_MIN_EM <= measure - w <= LOST_INDENT_MAX_EM)
    if len(short) < LOST_INDENT_MIN_LINES or len(short) < LOST_INDENT_SHARE * len(firsts):
        return 0.0
    return measure - short[len(short) // 2]
