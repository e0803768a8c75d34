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
from booklet.shapes import LINE_END_PUNCT, NOTE_LINE_RE, ends_sentence

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
# Heading lines under 2.2 sizes apart on a page are one wrapped heading.
HEADING_WRAP_SIZES = 2.2
# A bold line is a heading when it is one line of at most 40 characters.
BOLD_HEADING_MAX_CHARS = 40


def standalone(line: PLine, geo: Geometry) -> bool:
    """Centred or right-aligned short line (byline, date, attribution, 来源)."""
    left, right = geo.block(line)
    before, after = line.x0 - left, right - line.x1
    if before > CENTRED_LEFT_SIZES * line.size and after > CENTRED_RIGHT_SIZES * line.size:
        return abs(before - after) < CENTRED_BALANCE_SIZES * line.size
    return after < RIGHT_EDGE_SIZES * line.size and before > RIGHT_ALIGNED_LEFT_SIZES * line.size


def _is_short(line: PLine, geo: Geometry) -> bool:
    return line.x1 < geo.block(line)[1] - SHORT_SIZES * line.size


def _far_short(line: PLine, geo: Geometry) -> bool:
    """Short by more than a ragged right edge explains: the line ended its block
    (``宣〔2026〕11号`` before a title set flush)."""
    return line.x1 < geo.block(line)[1] - FAR_SHORT_SIZES * line.size


def _start(line: PLine, prev: PLine | None, prev_role: Role | None, geo: Geometry) -> bool | None:
    """para_start for a body line given the previous line of the text flow."""
    if prev is None or prev_role in (Role.TITLE, Role.HEADING) or standalone(prev, geo):
        return True
    if standalone(line, geo) or INDENT_MIN_SIZES <= geo.indent(line) <= INDENT_MAX_SIZES \
            or not same_size(line.size, prev.size):
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
    for line, (role, _) in zip(lines, roles):
        if role in FLOW_ASIDE:
            prev_aside = out and lines[len(out) - 1].page == line.page and roles[len(out) - 1][0] == role
            out.append(False if prev_aside and role is Role.FOOTNOTE and geo.indent(line) < INDENT_MIN_SIZES
                       and not NOTE_LINE_RE.match(line.text) else True)
            continue
        if role in (Role.TITLE, Role.HEADING):
            same = prev_role == role and prev is not None and same_size(prev.size, line.size) \
                and (prev.page == line.page and line.top - prev.top < HEADING_WRAP_SIZES * line.size
                     or _runs_over_page(prev, line, lines[len(out) - 1]))
            out.append(not same)
        else:
            out.append(_start(line, prev, prev_role, geo))
        prev, prev_role = line, role
    return out


def _runs_over_page(prev: PLine, line: PLine, before: PLine) -> bool:
    """A title wrapped over a page break: its last line opens the next page right after the
    line before (``…进一步打牢科技`` at a page foot / ``强国建设根基`` at the next head)."""
    return before is prev and line.page == prev.page + 1 and not prev.text.rstrip().endswith(LINE_END_PUNCT)


def bold_headings(lines: list[PLine], roles: list[RoleLevel], para: list[bool | None], geo: Geometry) -> None:
    """Promote a fully bold, body-size, one-line block without final punctuation to a heading."""
    level = len(geo.heading_sizes) or 1
    for i, line in enumerate(lines):
        if roles[i][0] is not None or not para[i] or not geo.all_bold(line):
            continue
        nxt = para[i + 1] if i + 1 < len(lines) else True
        if nxt and len(line.text.strip()) <= BOLD_HEADING_MAX_CHARS \
                and not line.text.rstrip().endswith(LINE_END_PUNCT):
            roles[i] = (Role.HEADING, level)
