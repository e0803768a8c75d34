"""Where blocks start (``para_start``), bold headings, bold markup, footnote placement.

``para_start`` is True where a block surely starts (indent, extra leading,
after a heading, a centred line), False where the line surely continues the
previous one (no indent in an indenting document, also across a page break),
and None when only the cleaner's text rules can tell.
"""

from __future__ import annotations

from booklet.clean.text import ends_sentence
from booklet.readers.pdf.geometry import Geometry
from booklet.readers.pdf.roles import NOTE_MARK
from booklet.readers.pdf.rows import PLine

FLOW_ASIDE = ("footnote", "caption")
SENTENCE_END = tuple("。！？；：，、")


def standalone(line: PLine, geo: Geometry) -> bool:
    """Centred or right-aligned short line (byline, date, attribution, 来源)."""
    left, right = geo.block(line)
    before, after = line.x0 - left, right - line.x1
    if before > 2.5 * line.size and after > 2 * line.size:  # (a 2-em first-line indent is no centring)
        return abs(before - after) < 1.5 * line.size
    return after < 0.5 * line.size and before > 4.5 * line.size


def _is_short(line: PLine, geo: Geometry) -> bool:
    return line.x1 < geo.block(line)[1] - 1.5 * line.size


def _far_short(line: PLine, geo: Geometry) -> bool:
    """Short by more than a ragged right edge explains (half-width characters lose an em or
    two): the line ended its block (``宣〔2026〕11号`` before a title set flush)."""
    return line.x1 < geo.block(line)[1] - 4 * line.size


def _start(line: PLine, prev: PLine | None, prev_role: str | None, geo: Geometry) -> bool | None:
    """para_start for a body line given the previous line of the text flow."""
    if prev is None or prev_role in ("title", "heading") or standalone(prev, geo):
        return True
    if standalone(line, geo) or 0.8 <= geo.indent(line) <= 4.5 or abs(line.size - prev.size) > 0.6:
        return True
    same_column = line.page == prev.page and line.column == prev.column
    if same_column and line.top - prev.top > 1.35 * geo.pitch:
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


def starts(lines: list[PLine], roles: list[tuple[str | None, int | None]], geo: Geometry
           ) -> list[bool | None]:
    """para_start for every line."""
    out: list[bool | None] = []
    prev: PLine | None = None
    prev_role: str | None = None
    for line, (role, _) in zip(lines, roles):
        if role in FLOW_ASIDE:
            prev_aside = out and lines[len(out) - 1].page == line.page and roles[len(out) - 1][0] == role
            out.append(False if prev_aside and role == "footnote" and geo.indent(line) < 0.8
                       and not _marker(line) else True)
            continue
        if role in ("title", "heading"):
            same = prev_role == role and prev is not None and abs(prev.size - line.size) < 0.6 \
                and (prev.page == line.page and line.top - prev.top < 2.2 * line.size
                     or _runs_over_page(prev, line, lines[len(out) - 1]))
            out.append(not same)
        else:
            out.append(_start(line, prev, prev_role, geo))
        prev, prev_role = line, role
    return out


def _runs_over_page(prev: PLine, line: PLine, before: PLine) -> bool:
    """A title wrapped over a page break: its last line opens the next page right after the
    line before (``…进一步打牢科技`` at a page foot / ``强国建设根基`` at the next head)."""
    return before is prev and line.page == prev.page + 1 and not prev.text.rstrip().endswith(SENTENCE_END)


def _marker(line: PLine) -> bool:
    return bool(NOTE_MARK.match(line.text))


def bold_headings(lines: list[PLine], roles: list[tuple[str | None, int | None]],
                  para: list[bool | None], geo: Geometry) -> None:
    """Promote a fully bold, body-size, one-line block without final punctuation to a heading."""
    level = len(geo.heading_sizes) or 1
    for i, line in enumerate(lines):
        if roles[i][0] is not None or not para[i] or not geo.all_bold(line):
            continue
        nxt = para[i + 1] if i + 1 < len(lines) else True
        if nxt and len(line.text.strip()) <= 40 and not line.text.rstrip().endswith(SENTENCE_END):
            roles[i] = ("heading", level)
