"""Where blocks start (``para_start``), and bold lines that are headings.

``para_start`` is True where a block surely starts (indent, extra leading,
after a heading, a centred line), False where the line surely continues the
previous one (no indent in an indenting document, also across a page break),
and None when only the cleaner's text rules can tell.
"""

from __future__ import annotations

from booklet.rawlines import Role
from booklet.readers.pdf.geometry import INDENT_MAX_SIZES, INDENT_MIN_SIZES, Geometry, same_size
from booklet.readers.pdf.roles import RoleLevel
from booklet.readers.pdf.rows import PLine
from booklet.shapes import LINE_END_PUNCT, NOTE_LINE_RE, NUMBERED_NOTE_RE, NUMBERED_RE, ends_sentence

FLOW_ASIDE = (Role.FOOTNOTE, Role.CAPTION)
# Centred: set in more than 2.5 sizes on the left and 2 on the right, the two within 1.5
# sizes of each other (a 2-em first-line indent is no centring); right-aligned: within half
# a size of the right edge and set in more than 4.5 sizes.
CENTRED_LEFT_SIZES = 2.5
CENTRED_RIGHT_SIZES = 2
CENTRED_BALANCE_SIZES = 1.5
RIGHT_EDGE_SIZES = 0.5
RIGHT_ALIGNED_LEFT_SIZES = 4.5
# A line ending 1.5 sizes short of the block is short; 4 sizes short is further than a ragged
# right edge explains (half-width characters lose an em or two).
SHORT_SIZES = 1.5
FAR_SHORT_SIZES = 4
# A baseline step over 1.35 pitches is extra leading: a new block.
EXTRA_LEADING_PITCHES = 1.35
# Heading lines under 2.2 sizes apart on a page are one wrapped heading — titles and centred
# headings always (they are broken by sense or balance), other headings when the first line ran
# to within 3 sizes of the block's edge (it wrapped; two short headings of one size are two).
HEADING_WRAP_SIZES = 2.2
HEADING_FULL_SIZES = 3
# A bold line is a heading when it is one line of at most 40 characters.
BOLD_HEADING_MAX_CHARS = 40


def balanced(line: PLine, geo: Geometry) -> bool:
    """Set with the same room (within 1.5 sizes) left and right of it: centred, or full."""
    left, right = geo.block(line)
    return abs((line.x0 - left) - (right - line.x1)) < CENTRED_BALANCE_SIZES * line.size


def standalone(line: PLine, geo: Geometry) -> bool:
    """Centred or right-aligned short line (byline, date, attribution, 来源)."""
    left, right = geo.block(line)
    before, after = line.x0 - left, right - line.x1
    if before > CENTRED_LEFT_SIZES * line.size and after > CENTRED_RIGHT_SIZES * line.size:
        return abs(before - after) < CENTRED_BALANCE_SIZES * line.size
    return after < RIGHT_EDGE_SIZES * line.size and before > RIGHT_ALIGNED_LEFT_SIZES * line.size


def _set_alike(prev: PLine, line: PLine, geo: Geometry) -> bool:
    """``line`` is set as ``prev`` is (flush right or centred, same size) right below it."""
    left, right = geo.block(line)
    flush_right = all(right - ln.x1 < RIGHT_EDGE_SIZES * ln.size for ln in (prev, line))
    return (flush_right or (balanced(prev, geo) and balanced(line, geo))) and same_size(prev.size, line.size) \
        and line.page == prev.page and line.column == prev.column \
        and 0 < line.top - prev.top <= EXTRA_LEADING_PITCHES * geo.pitch


def _is_short(line: PLine, geo: Geometry) -> bool:
    return line.x1 < geo.block(line)[1] - SHORT_SIZES * line.size


def _far_short(line: PLine, geo: Geometry) -> bool:
    """Short by more than a ragged right edge explains: the line ended its block
    (``宣〔2026〕11号`` before a title set flush)."""
    return line.x1 < geo.block(line)[1] - FAR_SHORT_SIZES * line.size


def _start(line: PLine, prev: PLine | None, prev_role: Role | None, geo: Geometry) -> bool | None:
    """para_start for a body line given the previous line of the text flow."""
    if prev is None or prev_role in (Role.TITLE, Role.HEADING):
        return True
    if standalone(prev, geo):
        # Two lines set alike (both flush right, or both centred) at the text's own leading: a
        # wrapped attribution or a signature over its date — only the words can tell.
        return None if _set_alike(prev, line, geo) else True
    if standalone(line, geo):
        # After a full line stopping mid-sentence, a flush-right or centred short line may end
        # the same block (an attribution or a 通过 note wrapped) or start one: the words decide.
        return None if not _is_short(prev, geo) and not ends_sentence(prev.text) else True
    if INDENT_MIN_SIZES <= geo.indent(line) <= INDENT_MAX_SIZES or not same_size(line.size, prev.size):
        return True
    same_column = line.page == prev.page and line.column == prev.column
    if same_column and line.top - prev.top > EXTRA_LEADING_PITCHES * geo.pitch:
        return True
    if geo.uses_indent or geo.uses_spacing:
        # Without the document's own block signal here, a short previous line may be ragged right.
        if _is_short(prev, geo) and (not same_column or _far_short(prev, geo)):
            return None
        return False
    if not _is_short(prev, geo):
        return False
    # No indent, no spacing: a short line ends a block only when it ends a sentence
    # (``…整体研究实力和`` is short because it held half-width characters); a short line
    # stopping mid-sentence may be a title or a ragged line, so the cleaner's text rules decide.
    return True if ends_sentence(prev.text) else None


def starts(lines: list[PLine], roles: list[RoleLevel], geo: Geometry) -> list[bool | None]:
    """para_start for every line."""
    out: list[bool | None] = []
    prev: PLine | None = None
    prev_role: Role | None = None
    note: PLine | None = None
    for i, (line, (role, _)) in enumerate(zip(lines, roles)):
        if role is Role.FOOTNOTE:
            out.append(note is None or opens_note(line, note))
            note = line
            continue
        if role is Role.CAPTION:
            before = lines[i - 1] if i else None
            out.append(not (before is not None and roles[i - 1][0] is Role.CAPTION and before.page == line.page
                            and before.column == line.column and same_size(before.size, line.size)
                            and 0 < line.top - before.top < EXTRA_LEADING_PITCHES * geo.pitch))
            continue
        if role in (Role.TITLE, Role.HEADING):
            out.append(not _wraps(prev, prev_role, line, role, lines[len(out) - 1], geo))
        else:
            out.append(_start(line, prev, prev_role, geo))
        prev, prev_role = line, role
    return out


def opens_note(line: PLine, before: PLine) -> bool:
    """A footnote line opens a note when it starts with a marker (①, [1], 注：, a raised number),
    or with a plain number (``1.``) after a note that ended its sentence; any other line — with a
    hanging indent or none, at the top of the next page's notes too — continues the note above."""
    if NOTE_LINE_RE.match(line.text) or (line.runs and line.runs[0].sup):
        return True
    return NUMBERED_NOTE_RE.match(line.text) is not None and ends_sentence(before.text)


def _wraps(prev: PLine | None, prev_role: Role | None, line: PLine, role: Role, before: PLine,
           geo: Geometry) -> bool:
    """``line`` continues the title or heading ``prev`` (the last line of the text flow); a line
    that carries its own number never does (「一、总体要求」 / 「（一）工作目标」, both centred)."""
    if prev is None or prev_role != role or not same_size(prev.size, line.size):
        return False
    if NUMBERED_RE.match(line.text.lstrip()):
        return False
    if role is Role.HEADING and _numbered_short_over_full(prev, line, geo):
        return False
    if role is Role.HEADING and prev.x1 < geo.block(prev)[1] - HEADING_FULL_SIZES * prev.size \
            and not (balanced(prev, geo) and balanced(line, geo)):
        return False
    return prev.page == line.page and line.top - prev.top < HEADING_WRAP_SIZES * line.size \
        or _runs_over_page(prev, line, before)


def _numbered_short_over_full(prev: PLine, line: PLine, geo: Geometry) -> bool:
    """``prev`` is a numbered heading's line that stopped short of the column's edge by more than a
    wrapped heading line does (``HEADING_FULL_SIZES``) and ``line`` runs to the edge (``_is_short``
    not): two headings, not one.  A heading broken by balance or sense keeps its later lines no
    wider than its first; one whose next line fills the column wrapped by the measure, which would
    have filled the first line too.  In a column of 11–22 characters a 小标题 set centred over a wrapped question
    (「一、购物消费」 / 「问：网上买的商品不满意，可以无理由」 / 「退货吗？」, both bold) reads so."""
    return NUMBERED_RE.match(prev.text.lstrip()) is not None \
        and prev.x1 < geo.block(prev)[1] - HEADING_FULL_SIZES * prev.size and not _is_short(line, geo)


def _runs_over_page(prev: PLine, line: PLine, before: PLine) -> bool:
    """A title wrapped over a page break: its last line opens the next page right after the
    line before (``…进一步打牢科技`` at a page foot / ``强国建设根基`` at the next head)."""
    return before is prev and line.page == prev.page + 1 and not prev.text.rstrip().endswith(LINE_END_PUNCT)


def bold_headings(lines: list[PLine], roles: list[RoleLevel], para: list[bool | None], geo: Geometry) -> None:
    """Promote a fully bold, body-size, one-line block without final punctuation to a heading."""
    level = geo.bold_level
    for i, line in enumerate(lines):
        if roles[i][0] is not None or not para[i] or not geo.all_bold(line):
            continue
        nxt = para[i + 1] if i + 1 < len(lines) else True
        if nxt and len(line.text.strip()) <= BOLD_HEADING_MAX_CHARS \
                and not line.text.rstrip().endswith(LINE_END_PUNCT):
            roles[i] = (Role.HEADING, level)
