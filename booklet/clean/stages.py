"""The data of each cleaning stage: what a rule of that stage takes and returns.

raw → ``list[RawLine]`` as read; lines → ``Lines``; blocks → ``Blocks``; articles →
``Articles``.  Stage values are replaced, never changed in place: a rule returns
``stage.but(lines=…)``.  The steps between stages are in ``booklet.clean.pipeline``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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

    def but(self, **changes: Any) -> "Lines":
        """A new stage value; new lines drop the grouping and the studied layout."""
        if "lines" in changes:
            changes.setdefault("groups", None)
            changes.setdefault("layout_memo", [])
        return replace(self, **changes)

    def marked(self, lines: list["Line"]) -> "Lines":
        """The same lines with new marks only (no text, width, indent or blank changed): the
        layout studied so far still holds."""
        return replace(self, lines=lines, groups=None)


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

    def but(self, **changes: Any) -> "Blocks":
        """A new stage value with ``changes``."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Articles:
    """The articles stage: article drafts and the side notes."""

    drafts: list["Draft"]
    notes: tuple["SideNote", ...]

    def but(self, **changes: Any) -> "Articles":
        """A new stage value with ``changes``."""
        return replace(self, **changes)


# The data type of each stage, as a rule of that stage takes and returns it.
STAGE_TYPES: dict[str, type] = {"raw": list, "lines": Lines, "blocks": Blocks, "articles": Articles}
