"""Blocks: groups of lines joined into one text each, with what the lines already say.

``to_blocks`` is the step from the lines stage to the blocks stage.  It joins each group's
lines (no space between CJK, hard breaks kept as newlines), carries bold stretches along
as character spans, and gives each block the kind its lines already fix: a separator, a
caption, a title or heading the reader gave, a quotation.  Everything else starts as a
paragraph; the blocks-stage rules decide the rest by shape.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from itertools import accumulate
from operator import attrgetter
from typing import Sequence

from booklet.cjk import TIGHT_EDGE, hyphen_repaired
from booklet.clean.lines import Line, join_logged
from booklet.clean.stages import Blocks, Lines
from booklet.clean.measured import soft_join_break
from booklet.clean.setoff import centred_alone, centred_apart
from booklet.clean.unwrap import Group
from booklet.rawlines import Role
from booklet.report import Log
from booklet.shapes import heading_level

# A block whose last line ends this close (em) to the measure may go on in the next block.
FULL_BELOW_EM = 3
# pdftotext and pdfminer write one blank line between the blocks they group lines into; more is a
# gap the page itself left (``-layout`` keeps vertical space), which says nothing of sizes.
EXTRACTOR_BLOCK_BLANKS = 1
# The reader gave the headings when it marked some and has no geometry in its first lines
# (Markdown, DOCX, HTML); a PDF marks only the headings its font sizes show.
GEOMETRY_PROBE_LINES = 40

Spans = tuple[tuple[int, int], ...]


class Kind(StrEnum):
    """What a block is, as far as the cleaner has decided."""

    PARA = "para"
    HEADING = "heading"
    TITLE = "title"              # an article title
    KICKER = "kicker"            # a label or 引题 over a title (材料 1)
    SUBTITLE = "subtitle"        # ——… under a title
    BYLINE = "byline"            # the author under a title
    SOURCE = "source"            # a 来源 line
    NOTE = "note"                # ※…
    ATTRIBUTION = "attribution"  # ——在…上的讲话（…）
    CAPTION = "caption"
    CONT = "cont"                # a paragraph resumed after a caption interrupted it
    QUOTE = "quote"
    SEPARATOR = "separator"


@dataclass(slots=True)
class Blk:
    """A block before it becomes a model node: kind, joined text, source line span.

    Treated as a value: rules never change a block they were given, they make a new one
    with ``but`` (not frozen only because frozen dataclasses are slow to build)."""

    kind: Kind
    text: str
    first: int
    last: int
    level: int = 0
    marked: bool = False  # a title or heading the reader gave, not guessed from its shape
    full: bool = False    # its last line reached the measure: the text may go on in the next block
    starts: tuple[tuple[int, int], ...] = ()  # (offset in text, source line) of each joined line
    bold: Spans = ()      # (start, end) character spans set in bold
    opens_article: bool = False  # a heading run here opens an article (split_articles)
    closed: bool = False  # its last line carried the file's block-end mark (a trailing space, ``Layout.trail_marks_end``)
    spaced_end: bool = False  # its last line ended on an ideographic space the extractor kept (``ends_on_wide_space``)
    centred: bool = False  # one line, standing centred on the measure in cells (``setoff.centred_alone``: ``-layout``)
    # source lines of the block that open one of the extractor's own blocks of two lines or more
    # (``block_breaks``): a blank line before, and the next line after with none between
    broken_at: tuple[int, ...] = ()

    def but(self, **changes: object) -> "Blk":
        """A copy with ``changes``."""
        values = list(_BLK_VALUES(self))   # (every field at once, in C)
        for name, value in changes.items():
            if name not in _BLK_INDEX:
                raise TypeError(f"Blk has no field {name!r}")
            values[_BLK_INDEX[name]] = value
        return Blk(*values)


_BLK_FIELDS = tuple(f.name for f in fields(Blk))
_BLK_VALUES = attrgetter(*_BLK_FIELDS)
_BLK_INDEX = {name: k for k, name in enumerate(_BLK_FIELDS)}


def source_lines(blk: Blk) -> list[str]:
    """The texts of the source lines joined into ``blk``, as joined (a joining space stays on the
    line it opens): cut at the block's line starts."""
    cuts = [offset for offset, _line in blk.starts[1:]] + [len(blk.text)]
    return [blk.text[a:b] for a, b in zip([0] + cuts[:-1], cuts)]


def split_at(blk: Blk, k: int) -> tuple[Blk, Blk]:
    """A block cut before its ``k``-th joined line (``0 < k < len(blk.starts)``): the lines above
    and the lines from there, each with its own text, source lines, line starts and bold spans
    (its other fields as the block's: a rule that cuts a block says what each part is)."""
    cut, line = blk.starts[k]
    return (blk.but(text=blk.text[:cut], last=blk.starts[k - 1][1], starts=blk.starts[:k],
                    bold=tuple((a, min(b, cut)) for a, b in blk.bold if a < cut)),
            blk.but(text=blk.text[cut:], first=line, starts=tuple((o - cut, n) for o, n in blk.starts[k:]),
                    bold=tuple((max(a, cut) - cut, b - cut) for a, b in blk.bold if b > cut)))


def block_breaks(lines: Sequence[Line], after: Line | None) -> tuple[int, ...]:
    """The source lines of a group (``lines``, with ``after`` the next group's first line) that open
    a block of the extractor's own of two lines or more: a blank line before it, none before the next
    line, no page break at either.  pdftotext and pdfminer group lines into blocks and never put lines
    of different sizes in one; where such a block runs on over two lines the extractor is grouping
    here, so the blank before it is its block break — a change of size or a gap — and no line of one
    wrapped element (the lines of one title come in one block).  A blank before a line that stands
    alone says nothing: an extractor that boxes every line of a large title apart (pdfminer) or a
    page of columns dealt line by line (pdftotext) puts one before every line.  More blank lines than
    the extractor's one are the page's own vertical space (``pdftotext -layout``), no block break."""
    out: list[int] = []
    for k in [k for k, line in enumerate(lines) if line.blanks_before == EXTRACTOR_BLOCK_BLANKS]:   # (few)
        line, nxt = lines[k], lines[k + 1] if k + 1 < len(lines) else after
        if not line.page_start and nxt is not None and not nxt.blanks_before and not nxt.page_start:
            out.append(line.lineno)
    return tuple(out)


def to_blocks(stage: Lines, log: Log) -> Blocks:
    """The blocks stage from the lines stage: join each group, give the kinds lines fix."""
    layout = stage.layout
    groups = stage.groups if stage.groups is not None else _one_per_line(stage.lines)
    blocks: list[Blk] = []
    measure = layout.measure - FULL_BELOW_EM
    wrapped = layout.wrapped
    marks_end = layout.trail_marks_end
    # (a file whose reader gave no runs — every text file — has no bold to carry: asked once here,
    # not once a group)
    styled = None if any([line.raw.runs for line in stage.lines]) else False
    for k, group in enumerate(groups):
        lines = group.lines
        first, last = lines[0], lines[-1]
        text, starts, bold = join_group(group, log, styled)
        if (not text or text.isspace()) and not first.separator:
            continue
        kind, level, marked = _given(group, text)
        # (a line the next block's first stands centred under, a byline's shape, ``centred_apart``, did not go on in it:
        # a title over the byline centred under it)
        full = wrapped and last.width >= measure \
            and not (k + 1 < len(groups) and centred_apart(last, groups[k + 1].lines[0], layout))
        blocks.append(Blk(kind, text, first.lineno, last.lineno, level, marked, full, starts, bold,
                          closed=marks_end and last.trail_space, spaced_end=ends_on_wide_space(last),
                          centred=len(lines) == 1 and k + 1 < len(groups)
                          and centred_alone(first, groups[k + 1].lines[0], layout),
                          broken_at=block_breaks(lines, groups[k + 1].lines[0] if k + 1 < len(groups) else None)))
    given = any(map(_GIVEN_HEADING, stage.lines)) \
        and not any(ln.raw.box is not None for ln in stage.lines[:GEOMETRY_PROBE_LINES])
    return Blocks(blocks, stage.notes, layout, given)


def ends_on_wide_space(line: Line) -> bool:
    """The printed line ended on an ideographic space (U+3000) the extractor kept: a character the
    typesetter set, not the white space extractors leave at a line's end (ASCII spaces, ``trail_space``).
    In a headline it parts the title's elements (「青石镇　“积分超市”激活乡村治理」), and the column
    wrapped right after it."""
    return line.raw.text.rstrip(" \t\r\n").endswith("\u3000")


def _one_per_line(lines: Sequence[Line]) -> tuple[Group, ...]:
    return tuple(Group([line], "caption" if line.caption else "") for line in lines)


def _given(group: Group, text: str) -> tuple[Kind, int, bool]:
    """(kind, level, marked) the group's lines fix; a paragraph when they fix nothing."""
    first = group.lines[0]
    if first.separator:
        return Kind.SEPARATOR, 0, False
    if group.kind:
        return Kind(group.kind), 0, False
    if first.role is Role.TITLE:
        return Kind.TITLE, 0, True
    if first.role is Role.HEADING:
        return Kind.HEADING, first.raw.level or 1, True
    if first.quote:
        return Kind.QUOTE, 0, False
    if first.spaced_heading:
        return Kind.HEADING, heading_level(text), False
    return Kind.PARA, 0, False


def join_group(group: Group, log: Log | None = None,
               styled: bool | None = None) -> tuple[str, tuple[tuple[int, int], ...], Spans]:
    """The group's lines joined into one text (hard breaks kept as newlines), where each
    source line starts in it (``((offset, line number), …)``), and its bold spans; ``styled``
    False when no line of the file carries the reader's runs (None: the group's lines are asked)."""
    lines = group.lines
    first = lines[0]
    out = first.text
    if len(lines) == 1:
        return out, ((0, first.lineno),), line_bold(first) if first.raw.runs else ()
    if styled is None:
        styled = any([line.raw.runs for line in lines])
    if not styled and _tight(lines):
        texts = [line.text for line in lines]
        return "".join(texts), tuple(zip(accumulate(map(len, texts[:-1]), initial=0), map(_LINENO, lines))), ()
    bold = list(line_bold(first)) if styled else []
    starts: list[tuple[int, int]] = [(0, first.lineno)]
    prev = first
    for line in lines[1:]:
        if soft_join_break(prev):
            out += "\n" + line.text
        else:
            if out[-1:] == "-" and hyphen_repaired(out, line.text):
                bold = [(s, min(e, len(out) - 1)) for s, e in bold if s < len(out) - 1]
            out = join_logged(out, line.text, prev.lineno, log)
        if styled:
            offset = len(out) - len(line.text)
            bold += [(s + offset, e + offset) for s, e in line_bold(line)]
        starts.append((len(out) - len(line.text), line.lineno))
        prev = line
    return out, tuple(starts), merge_spans(bold, out) if bold else ()


_LINENO = attrgetter("lineno")
_GIVEN_HEADING = attrgetter("given_heading")


# Whether ``join_two`` puts nothing beside each edge character met so far (``cjk.TIGHT_EDGE``):
# lines end and begin on a few thousand characters, so the pattern is asked once a character in
# the process, not twice a line break (a dictionary look is several times cheaper than a match).
_TIGHT_CHARS: dict[str, bool] = {}


def _learn_edge(char: str) -> bool:
    """``char`` is a tight edge (``cjk.TIGHT_EDGE``), kept in ``_TIGHT_CHARS``."""
    tight = _TIGHT_CHARS[char] = TIGHT_EDGE(char) is not None
    return tight


def _tight(lines: Sequence[Line]) -> bool:
    """Every line break of ``lines`` joins with nothing added or dropped (most paragraphs of
    Chinese text): no hard break, no row ending in a number, a CJK character on one side
    (``join_two`` then concatenates), so the text is the lines' texts run together."""
    known = _TIGHT_CHARS
    prev = lines[0].text
    for line in lines[1:]:
        text = line.text
        if not prev or not text or prev[-1].isdigit():
            return False
        end, start = prev[-1], text[0]
        if not (known[end] if end in known else _learn_edge(end)) \
                and not (known[start] if start in known else _learn_edge(start)):
            return False
        prev = text
    return not any([line.raw.hard_break for line in lines[:-1]])


def line_bold(line: Line) -> Spans:
    """Bold spans of a line's text, from its reader runs (trimmed of spaces)."""
    runs = line.raw.runs
    if not runs:
        return ()
    raw = line.raw.text
    lead = len(raw) - len(raw.lstrip())
    text = line.text
    if raw[lead:lead + len(text)] != text:
        return ()  # the text was rewritten (a collapsed heading): its runs no longer fit
    spans: list[tuple[int, int]] = []
    pos = 0
    for run in runs:
        start, end = pos, pos + len(run.text)
        pos = end
        if not run.bold:
            continue
        core = run.text.strip()
        if not core:
            continue
        start += run.text.index(core[0])
        end = start + len(core)
        s, e = max(start, lead) - lead, min(end, lead + len(text)) - lead
        if e > s:
            spans.append((s, e))
    return merge_spans(spans, text)


def joined_block(left: "Blk", right: "Blk", text: str) -> "Blk":
    """``left`` and the block ``right`` after it as one block whose text is ``text`` (the two
    texts joined, ``right``'s at the end): its lines' starts and bold spans moved with it."""
    shift = len(text) - len(right.text)
    return left.but(text=text, last=right.last, full=right.full, closed=right.closed, spaced_end=right.spaced_end,
                    starts=left.starts + tuple((o + shift, n) for o, n in right.starts),
                    bold=merge_spans(left.bold + shift_spans(right.bold, shift), text))


def merge_spans(spans: Sequence[tuple[int, int]], text: str) -> Spans:
    """Sorted spans, neighbours joined when only white space lies between them."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or not text[out[-1][1]:start].strip()):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def shift_spans(spans: Spans, by: int) -> Spans:
    """``spans`` moved ``by`` characters to the right."""
    return tuple((s + by, e + by) for s, e in spans)


def all_bold(blk: Blk) -> bool:
    """The whole block is one bold stretch."""
    return len(blk.bold) == 1 and blk.bold[0] == (0, len(blk.text))
