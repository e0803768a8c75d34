"""The TOC's levels: one per entry shape ``present.toc`` chose, so an entry keeps its line
breaks when Word or LibreOffice rebuild the table.

A rebuilt entry takes the TOC style of its level, and its level comes from its
heading's paragraph style (the field's ``\\t`` switch).  So an article title whose
entry wraps best with a right indent of r characters and a hang of h gets the title
style ``Heading 1 R{r} H{h}`` (based on Heading 1: same look, same outline level),
which the field maps to a TOC level whose style has that indent and hang.  Heading 1
itself keeps the house shape, so a title added by hand in Word joins the contents.
"""

from __future__ import annotations

from dataclasses import dataclass

from booklet.layout import Profile
from booklet.model import Booklet
from booklet.present.toc import DEFAULT_SHAPE, TocEntry, booklet_entries

TITLE_ID, TITLE_NAME = "Heading1", "Heading 1"
PART_NAME = "Part Title"


@dataclass(frozen=True, slots=True)
class TocPlan:
    """The booklet's TOC entries and the level, TOC style and title style of each shape."""

    grouped: bool  # part rows take level 1
    entries: tuple[TocEntry, ...]  # one per article, in reading order
    shapes: tuple[tuple[int, int], ...]  # (right indent, hang) per entry level, in level order

    @classmethod
    def of(cls, booklet: Booklet, profile: Profile) -> "TocPlan":
        """The plan of ``booklet``'s contents page."""
        grouped = any(part.title for part in booklet.parts)
        entries = booklet_entries(profile, booklet)
        shapes = (DEFAULT_SHAPE, *sorted({e.shape for e in entries} - {DEFAULT_SHAPE}))
        return cls(grouped, entries, shapes)

    def level(self, shape: tuple[int, int]) -> int:
        """TOC level (1-9) of entries of ``shape``."""
        return self.shapes.index(shape) + (2 if self.grouped else 1)

    def title_style(self, shape: tuple[int, int]) -> tuple[str, str]:
        """(style id, style name) of an article title whose entry has ``shape``."""
        if shape == DEFAULT_SHAPE:
            return TITLE_ID, TITLE_NAME
        right, hang = shape
        return f"{TITLE_ID}R{right}H{hang}", f"{TITLE_NAME} R{right} H{hang}"

    def instruction(self) -> str:
        """The TOC field: every title style to its level (``\\t``), hyperlinked (``\\h``), no
        leaders or numbers in web view (``\\z``); part rows carry no page number (``\\n``).
        Heading 2-5, the headings inside articles, stay out of a booklet's contents page."""
        pairs = [(PART_NAME, 1)] if self.grouped else []
        pairs += [(self.title_style(shape)[1], self.level(shape)) for shape in self.shapes]
        mapping = ",".join(f"{name},{level}" for name, level in pairs)
        grouped = '\\n "1-1" ' if self.grouped else ""
        return f'TOC \\h \\z {grouped}\\t "{mapping}"'
