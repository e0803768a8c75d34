"""The working line: a ``RawLine`` plus the evidence read off it, and the marks rules set.

``to_lines`` (the step into the lines stage) turns raw lines into ``Line``s: blank lines
become counts, indents and trailing spaces become flags, and the per-line shapes every
boundary decision asks about (final punctuation, clause punctuation, block-opening and
list shapes) are evaluated once.  Rules never change a ``Line`` they were given: they
return new lists, with changed lines made by ``Line.but``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import partial
from itertools import compress
from operator import attrgetter, ne
from typing import Callable, NamedTuple, Sequence

from booklet.cjk import IDEOGRAPH, hyphen_repaired, join_two, widths
from booklet.rawlines import RawLine, Role
from booklet.report import Log, excerpt
from booklet.shapes import (ARTICLE_ONLY_RE, BARE_SPEAKER_LABEL_RE, BLOCK_OPENER_FIRST, CJK_CHAR_RE, LABEL_ONLY_RE, BLOCK_OPENER_RE, CLAUSE_RE, DOC_NUMBER_ENDS, INDENT_CHARS,
                            LEAD_IN_MARKS, LINE_PIECE_START, LIST_START_FIRST, LIST_START_RE, NARROW_RUN_RE,
                            NOTE_MARK_FIRST, ORDINAL_FIRST, ORDINAL_PREFIX_RE, PUSHED_MARKER_RE,
                            SPACED_RUN_RE, ends_sentence, ends_sentences)

_TITLE, _HEADING, _QUOTE = Role.TITLE, Role.HEADING, Role.QUOTE
INDENT_RE = re.compile(rf"^(?:[ \t]{{2,}}|[{INDENT_CHARS}]+)")
# A common left margin is taken from ``pdftotext -layout`` text only when this share of
# lines starts with it (and it is two spaces or more: one space marks page starts instead).
MARGIN_SHARE = 0.4
MARGIN_MIN_SPACES = 2
# A run of narrow characters (digits, Latin, ASCII marks) may have been printed this much (em)
# wider than half an em a character: Word's quarter-em gaps on either side, wider glyphs; a space
# an extractor wrote beside the run stood for one such gap.
NARROW_RUN_UNKNOWN_EM = 0.5
SPACE_GAP_EM = 0.25
# Characters of the line before a piece that decide, with the piece, whether a sentence ends.
PIECE_CONTEXT = 8
# An ideographic space kept at a line's end: one U+3000 right after an ideograph, before a line
# opening on a Latin letter — the space a Chinese term and its English equivalent stand apart by
# (GB/T 1.1's term entries, 「3.1　城市书房　urban reading room」), which pypdf ends a piece with when
# the Latin word comes in another font.  More than one, or after anything else, is padding.
TERM_SPACE_END_RE = re.compile(f"[{IDEOGRAPH}]\u3000$")
LATIN_START_RE = re.compile(r"\s*[A-Za-z]")


class Around(NamedTuple):
    """(bullet77b) The lines around a break between ``prev`` and ``cur`` that reading it may ask, one
    record handed down ``unwrap.starts_block`` → ``measured.measured_break`` → ``_wrapped_break`` →
    ``setoff.kicker_over_wrapped_title``: ``nxt``, the line after ``cur`` (whether ``cur`` itself runs
    on); ``head``, the first line of the block ``prev`` belongs to; ``above``, the line before ``prev``
    (whose paragraph ``prev`` may be the rest of); ``after``, the line after ``nxt`` (whether ``nxt``
    signs no headline: ``setoff.signed_under``)."""
    nxt: Line | None = None
    head: Line | None = None
    above: Line | None = None
    after: Line | None = None


# (speed84) An ``Around`` made from its four lines in one tuple, in C: ``Around(...)`` runs the
# named tuple's ``__new__``, a Python function — a frame at each of the ~2000 breaks a round that
# ``unwrap.group_lines`` reads.  The same record (the fields in their order, no defaults).
around_of: Callable[[tuple[Line | None, Line | None, Line | None, Line | None]], Around] = \
    partial(tuple.__new__, Around)  # type: ignore[assignment]


@dataclass(slots=True)
class Line:
    """One non-blank line, the evidence about it, and the marks rules set on it."""

    text: str                  # content without indent or trailing space
    lineno: int
    raw: RawLine
    role: Role | None = None   # the reader's role (``raw.role``)
    given_heading: bool = False  # the reader marked the line a title or heading
    quote: bool = False        # the reader marked the line a quotation
    indent: bool = False       # first-line indent (2 spaces, U+3000, U+2003 …)
    lead_space: bool = False   # exactly one leading space (page-start mark of some extractors)
    trail_space: bool = False  # trailing whitespace before the line end
    blanks_before: int = 0     # blank lines between this line and the previous kept one
    gap_join: bool = False     # a piece of the previous line's physical line (see ``to_lines``)
    span_width: float = 0.0    # width of the physical line this piece ends (pieces joined by gap_join)
    width: float = 0.0         # display width of ``text`` in em
    final: bool = False        # ends with 。！？；：…
    clause: bool = False       # has clause punctuation (after any heading number)
    opener: bool = False       # starts with a shape that always opens a block (材料 N, 来源, ※)
    listed: bool = False       # starts with a heading/list shape (一、 1.1 ★ ——)
    unsure_memo: float = field(default=-1.0, repr=False, compare=False)  # (``unsure`` once asked: a cache)
    compressed_memo: float = field(default=-1.0, repr=False, compare=False)  # (``layout.compressed_width``'s cache)
    lead_memo: int = field(default=-1, repr=False, compare=False)  # (``lead`` once asked: a cache)
    # marks set by rules
    page_start: bool = False   # first line after a page break (page_starts, strip_furniture)
    page_end: bool = False     # last line before a removed page number (strip_furniture)
    after_head: bool = False   # a furniture line (no page number), removed, stood right before it inside
                               # its page (strip_furniture: ``furniture._head_amid``)
    separator: bool = False    # a separator ornament (separators)
    caption: bool = False      # part of a photo or figure caption (captions)
    spaced_heading: bool = False  # a heading collapsed from spaced-out letters (collapse_spaced_headings)
    gap_space: bool = False    # a ``gap_join`` piece after a line of white space only: the space the
                               # extractor wrote between two pieces of one printed line (pypdf's
                               # ``urban`` / `` `` / ``reading``), kept where it parts two Latin words
    band: bool = False         # (unit75) a unit printed once over a dealt page's column: the page's head
                               # band, kept through the column flow and the blocks' order (which read the
                               # page's lines as written) and dropped after them (``furniture.band_units``)
    other_at: int = -1         # the line's place in its page's other reading, where ``flow`` hands one on
                               # beside the one it chose (the blocks as written, which ``order`` splits by
                               # height, or taken up in turn: ``flow._as_written``); -1 elsewhere

    def but(self, **changes: object) -> "Line":
        """A copy with ``changes``; a new ``text`` re-evaluates the evidence that depends on it."""
        values = list(_VALUES(self))   # (every field at once, in C)
        for name, value in changes.items():
            if name not in _INDEX:
                raise TypeError(f"Line has no field {name!r}")
            values[_INDEX[name]] = value
        line = Line(*values)
        line.compressed_memo = -1.0   # (it reads the width too, which ``changes`` may hold)
        if line.raw is not self.raw:
            line.lead_memo = -1       # (it reads the raw line)
        if line.text is not self.text:
            line.width, line.final, line.clause, line.opener, line.listed = _evidence(line.text)
            line.unsure_memo = -1.0
        return line

    @property
    def unsure(self) -> float:
        """How much wider (em) its narrow characters may have been printed (``narrow_unsure``)."""
        if self.unsure_memo < 0:
            self.unsure_memo = 0.0 if self.width == len(self.text) else narrow_unsure(self.text)
        return self.unsure_memo

    @property
    def lead(self) -> int:
        """The spaces the raw line was written after: its place in cells under ``pdftotext -layout``.
        Asked of a line as the line under another and again as the line over the next (``setoff``'s
        centred lines), so counted once."""
        if self.lead_memo < 0:
            text = self.raw.text
            self.lead_memo = len(text) - len(text.lstrip(" "))
        return self.lead_memo


_FIELDS = tuple(f.name for f in fields(Line))
_VALUES = attrgetter(*_FIELDS)
_INDEX = {name: k for k, name in enumerate(_FIELDS)}


def _evidence(text: str) -> tuple[float, bool, bool, bool, bool]:
    """The text-derived evidence of a line: (width, final, clause, opener, listed)."""
    width_, final, clause, opener, listed = _evidence_all([text])
    return width_[0], final[0], clause[0], opener[0], listed[0]


def narrow_unsure(text: str) -> float:
    """How much wider (em) than half an em a character its runs of narrow characters (digits,
    Latin, ASCII marks) may have been printed: the quarter-em space Word sets on either side of a
    run, a proportional digit, an ASCII comma that stood for a full-width one — unless the
    extractor wrote those spaces out (counted already as half an em each)."""
    runs = len(NARROW_RUN_RE.findall(text))
    spaced = len(SPACED_RUN_RE.findall(text)) if " " in text else 0
    return max(0.0, NARROW_RUN_UNKNOWN_EM * runs - SPACE_GAP_EM * spaced)


def join_logged(left: str, right: str, lineno: int, log: Log | None, spaced: bool = False) -> str:
    """``join_two``, recording the hyphen it drops from a Latin word split at a line end."""
    if left[-1:] == "-" and log is not None and hyphen_repaired(left, right):
        log.changed(lineno, f"{excerpt(left, tail=True)} / {excerpt(right)}",
                    excerpt(left[:-1], tail=True) + excerpt(right), old="-", new="")
    return join_two(left, right, spaced)


def to_lines(raw_lines: Sequence[RawLine]) -> list[Line]:
    """Non-blank ``Line``s with indent, blank-line counts and shapes filled in.

    One walk over the raw lines decides what each kept line is (blank lines before it, a piece
    of the printed line before); the evidence is then read off all kept texts at once
    (``_evidence_all``) and the ``Line``s built in one ``map`` — per-line Python frames cost
    more than the work itself, and this step meets every line of every source.
    """
    kept: list[RawLine] = []
    texts: list[str] = []
    blanks_before: list[int] = []
    joins: list[int] = []      # indices of the kept lines that are pieces (``gap_join``)
    spaced: list[int] = []     # those of them after a line of white space only (``gap_space``)
    blanks = 0
    gap = False
    white = False              # the gap is a line of white space (the extractor's space)
    base = _base_margin(raw_lines)
    pad = " " * base
    for raw in raw_lines:
        text = raw.text
        if not text or text.isspace():
            if not (raw.role is _TITLE or raw.role is _HEADING):
                if blanks == 0 and text != "" and not gap:
                    gap = white = True
                blanks += 1
                continue
        if base and text.startswith(pad):
            text = text[base:]
        # the same physical line as the previous one: after a whitespace-only line (seed 004), or
        # starting with a mark no line starts with, or only a note marker (extractors end a line
        # at a raised marker: 「…高质量发展①」 / 「。依托北京、上海、粤」, 「…制度环境」 / 「。」 / 「③」)
        # — or the words after a label set alone (``_LABELS_ALONE``: an article's, a speaker's)
        if kept and (gap or (raw.role is None and (text[:1] in _PIECE_FIRST or text[:1].isspace())
                             and _piece(text)) or (texts[-1][-1:] in _LABEL_ENDS and _after_label(texts[-2:], raw))):
            joins.append(len(kept))
            if white:
                spaced.append(len(kept))
        kept.append(raw)
        texts.append(text)
        blanks_before.append(blanks)
        blanks = 0
        gap = white = False
    lines = _build(kept, texts, blanks_before, joins)
    for k in spaced:
        lines[k].gap_space = True
    return lines


def _build(kept: list[RawLine], texts: list[str], blanks_before: list[int], joins: list[int]) -> list[Line]:
    """The ``Line``s of the kept raw lines (see ``to_lines``)."""
    bodies = list(map(str.rstrip, texts))
    trails = list(map(ne, map(len, texts), map(len, bodies)))
    stripped, indents, singles = _leads(bodies)
    ems, finals, clauses, openers, listed = _evidence_all(stripped)
    spans = ems[:]
    for k in compress(range(len(texts) - 1), trails):   # (few lines end in white space)
        if TERM_SPACE_END_RE.search(texts[k]) is not None and LATIN_START_RE.match(texts[k + 1]) is not None:
            stripped[k] += "\u3000"   # the space between a term and its Latin equivalent (``TERM_SPACE_END_RE``)
    gap_join = [False] * len(kept)
    for k in joins:    # a piece continues the printed line before: its span adds up
        gap_join[k] = True
        spans[k] = ems[k] + spans[k - 1]
        # a piece of marks ends a sentence as the printed line does: 「…制度环境」 / 「。③」
        finals[k] = ends_sentence(stripped[k - 1][-PIECE_CONTEXT:] + stripped[k])
    roles = list(map(_ROLE, kept))
    if roles.count(None) == len(roles):   # (most sources: a text reader gives no roles)
        given = quotes = [False] * len(roles)
    else:
        given = [role is _TITLE or role is _HEADING for role in roles]
        quotes = [role is _QUOTE for role in roles]
    return list(map(Line, stripped, map(_LINENO, kept), kept, roles, given, quotes, indents, singles,
                    trails, blanks_before, gap_join, spans, ems, finals, clauses, openers, listed))


_LINENO = attrgetter("lineno")
_ROLE = attrgetter("role")


def _leads(bodies: list[str]) -> tuple[list[str], list[bool], list[bool]]:
    """The texts without their leading white space, and whether it was a first-line indent or a
    single space (most lines have none: only those are looked at)."""
    stripped = list(map(str.lstrip, bodies))
    indents = [False] * len(bodies)
    singles = [False] * len(bodies)
    for k, led in enumerate(map(ne, map(len, bodies), map(len, stripped))):
        if led:
            lead = bodies[k][: len(bodies[k]) - len(stripped[k])]
            indents[k], singles[k] = INDENT_RE.match(lead) is not None, lead == " "
    return stripped, indents, singles


def _evidence_all(texts: list[str]) -> tuple[list[float], list[bool], list[bool], list[bool], list[bool]]:
    """``_evidence`` of many texts at once, the same values: the width and the clause search run in
    C over the whole list; the numbered, opener and list shapes only where the first character
    (or, for a 文号, the last) allows them."""
    clauses = [match is not None for match in map(CLAUSE_RE.search, texts)]
    openers = [False] * len(texts)
    listed = [False] * len(texts)
    for k, text in enumerate(texts):
        first = text[:1]
        if first not in _SHAPED_FIRST and text[-1:] not in DOC_NUMBER_ENDS and not first.isdigit():
            continue   # (most lines: no shape starts with their first character)
        if first in ORDINAL_FIRST and (number := ORDINAL_PREFIX_RE.match(text)) is not None:
            clauses[k] = CLAUSE_RE.search(text, number.end()) is not None
        if first in BLOCK_OPENER_FIRST or text[-1:] in DOC_NUMBER_ENDS:
            openers[k] = BLOCK_OPENER_RE.match(text) is not None
        if first in LIST_START_FIRST or first.isdigit():
            listed[k] = LIST_START_RE.match(text) is not None
    return widths(texts), ends_sentences(texts), clauses, openers, listed


# First characters some shape of ``_evidence_all`` starts with (digits aside: ``isdigit``).
_SHAPED_FIRST = ORDINAL_FIRST | BLOCK_OPENER_FIRST | LIST_START_FIRST
_PIECE_FIRST = LINE_PIECE_START | NOTE_MARK_FIRST


# A label set alone on a line whose printed line goes on in the next line of text: pdftotext parts an
# article's label from its text at the wide space after it (「第六条」 / 「志愿服务组织应当…」), pypdf cuts a
# bold speaker's label off its line (「主持人：」 / 「各位领导、…，大」).  Per kind: the characters the label
# ends with (a cheap test before any pattern, on every line), its shape alone, the shape of a line that is
# another label rather than its text, and whether a label stacked over it rules it out (pdftotext stacks
# the labels of lines set one under the other, 「第四章」 / 「第十一条」, and ``order`` reads each before its own).
_LABELS_ALONE = (
    (frozenset("条"), ARTICLE_ONLY_RE, LABEL_ONLY_RE, True),
    (LEAD_IN_MARKS, BARE_SPEAKER_LABEL_RE, BARE_SPEAKER_LABEL_RE, False),
)


# The characters a label alone ends with, any kind: the test ``to_lines`` makes of every line before
# ``_after_label`` is asked (a call and a slice a line saved: few lines end so).
_LABEL_ENDS = frozenset().union(*(ends for ends, _alone, _other, _stacks in _LABELS_ALONE))


def _after_label(before: list[str], raw: RawLine) -> bool:
    """The last of ``before`` (the kept texts so far, the last two) is a label alone (``_LABELS_ALONE``)
    and ``raw`` the words after it: the rest of the printed line the label began — its width counts with
    the label's (a first line that seems to stop short of the measure filled it)."""
    last = before[-1][-1:]
    for ends, alone, other, stacks in _LABELS_ALONE:
        if last in ends:
            text = raw.text.strip()
            return raw.role is None and alone.match(before[-1].strip()) is not None \
                and CJK_CHAR_RE.match(text[:1]) is not None and other.match(text) is None \
                and not (stacks and len(before) > 1 and LABEL_ONLY_RE.match(before[0].strip()) is not None)
    return False


def _piece(text: str) -> bool:
    """A line an extractor cut off the printed line before it (see ``to_lines``)."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    return first in LINE_PIECE_START or (first in NOTE_MARK_FIRST and PUSHED_MARKER_RE.match(text.strip()) is not None)


def _base_margin(raw_lines: Sequence[RawLine]) -> int:
    """A left margin of spaces common to most lines (``pdftotext -layout``), else 0."""
    texts = [raw.text for raw in raw_lines if raw.text]
    spaced = [t for t in texts if t[0] == " " and not t.isspace()]
    total = len(texts) - (len(spaced) and sum(1 for t in texts if t[0] == " " and t.isspace()))
    if not spaced or len(spaced) < MARGIN_SHARE * total:
        return 0  # most lines start at the left edge: no common margin
    counts = Counter(len(t) - len(t.lstrip(" ")) for t in spaced)
    counts[0] = total - len(spaced)
    base, n = counts.most_common(1)[0]
    return base if base >= MARGIN_MIN_SPACES and n >= MARGIN_SHARE * total else 0


_PAGE_START = attrgetter("page_start")


def page_spans(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) of each page's lines: a page begins at the first line and at every
    ``page_start`` (found in C: the rules that read a text page by page meet every text)."""
    if not lines:
        return []
    starts = [0, *(i for i in compress(range(len(lines)), map(_PAGE_START, lines)) if i)]
    return list(zip(starts, starts[1:] + [len(lines)]))
