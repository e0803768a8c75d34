"""The data of each cleaning stage: what a rule of that stage takes and returns.

raw → ``list[RawLine]`` as read; lines → ``Lines``; blocks → ``Blocks``; articles →
``Articles``.  Stage values are replaced, never changed in place: a rule returns
``stage.but(lines=…)``.  The steps between stages are in ``booklet.clean.pipeline``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from booklet.clean.articles import Draft
    from booklet.clean.blocks import Blk
    from booklet.clean.layout import Layout
    from booklet.clean.lines import Line
    from booklet.clean.notes import SideNote
    from booklet.clean.unwrap import Group


@dataclass(frozen=True, slots=True)
class Lines:
    """The lines stage: non-blank lines, notes cut out of the flow, and (after ``unwrap``)
    the lines grouped into blocks."""

    lines: list["Line"]
    notes: tuple["SideNote", ...] = ()
    groups: tuple["Group", ...] | None = None   # set by unwrap; None: one block per line
    layout_memo: list["Layout"] = field(default_factory=list, compare=False, repr=False)

    @property
    def layout(self) -> "Layout":
        """The file's layout, studied from these lines (once per stage value)."""
        if not self.layout_memo:
            from booklet.clean.layout import study_layout
            self.layout_memo.append(study_layout(self.lines))
        return self.layout_memo[0]

    def but(self, *, lines: list["Line"] | None = None, notes: tuple["SideNote", ...] | None = None,
            groups: tuple["Group", ...] | None = None) -> "Lines":
        """A new stage value; new lines drop the grouping and the studied layout."""
        if lines is None:
            return Lines(self.lines, self.notes if notes is None else notes, groups, self.layout_memo)
        return Lines(lines, self.notes if notes is None else notes, groups, [])

    def marked(self, lines: list["Line"]) -> "Lines":
        """The same lines with new marks only (no text, width, indent or blank changed): the
        layout studied so far still holds."""
        return Lines(lines, self.notes, None, self.layout_memo)


def over_lines(rule: Callable[[list["Line"], Any], list["Line"]]) -> Callable[[Lines, Any], Lines]:
    """A lines-stage rule from a function over the line list alone (most lines rules)."""
    @wraps(rule)
    def apply(stage: Lines, log: Any) -> Lines:
        lines = rule(stage.lines, log)
        return stage if lines is stage.lines else stage.but(lines=lines)
    return apply


@dataclass(frozen=True, slots=True)
class Blocks:
    """The blocks stage: typed blocks in reading order, the side notes, the file's layout, and
    whether the reader gave the headings (then none are guessed from shapes)."""

    blocks: list["Blk"]
    notes: tuple["SideNote", ...]
    layout: "Layout"
    headings_given: bool = False

    def but(self, *, blocks: list["Blk"] | None = None, notes: tuple["SideNote", ...] | None = None) -> "Blocks":
        """A new stage value with other blocks and/or notes."""
        return Blocks(self.blocks if blocks is None else blocks, self.notes if notes is None else notes,
                      self.layout, self.headings_given)


@dataclass(frozen=True, slots=True)
class Articles:
    """The articles stage: article drafts and the side notes."""

    drafts: list["Draft"]
    notes: tuple["SideNote", ...]

    def but(self, *, drafts: list["Draft"]) -> "Articles":
        """A new stage value with other drafts."""
        return Articles(drafts, self.notes)


# The data type of each stage, as a rule of that stage takes and returns it.
STAGE_TYPES: dict[str, type] = {"raw": list, "lines": Lines, "blocks": Blocks, "articles": Articles}
