"""Imposition: the print PDF's pages two-up on sheets twice their size, ready to print.

``saddle`` — a booklet: printed on both faces, folded in the middle and
stapled through the fold.  Sheet 1 front ``last | 1``, back ``2 | last−1``, …;
blank pages pad the booklet to a multiple of 4 after the last article.
``2up`` — ``1 | 2``, ``3 | 4``, … on one face (hand-outs, cut apart or not).

A5 pages go on A4 landscape, A4 pages on A3 landscape.  The build runs this
after the PDF is written (``build/NAME-saddle.pdf`` or ``NAME-2up.pdf``); this
module is light to import — pypdf is loaded only when a PDF is imposed.

    plan     which page goes on which half of which side (pure)
    sheets   the PDF: pages as form XObjects placed on sheets (pypdf)
    marks    crop and fold marks
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from booklet.errors import InputError
from booklet.fileio import atomic_path
from booklet.i18n import _
from booklet.impose.plan import Side, plan_sides, wrong_side

if TYPE_CHECKING:
    from booklet.manifest import ImposeSpec

__all__ = ["CREEP_MAX_MM", "IMPOSE_MODES", "Imposition", "Side", "facing_warning", "impose_pdf",
           "imposition_for", "plan_sides"]

IMPOSE_MODES = ("saddle", "2up")
# Real creep is a few tenths of a millimetre to 2–3 mm (100 sheets of 80 g/m² paper);
# more than a centimetre is a unit slip (cm or pt written as mm).
CREEP_MAX_MM = 10.0


@dataclass(frozen=True, slots=True)
class Imposition:
    """How to impose: ``mode`` (saddle or 2up), creep in mm (saddle only), crop marks or not."""

    mode: str
    creep_mm: float = 0.0
    crop_marks: bool = False

    def file_name(self, stem: str) -> str:
        """The imposed PDF's name beside ``stem.pdf``: ``stem-saddle.pdf``, ``stem-2up.pdf``."""
        return f"{stem}-{self.mode}.pdf"


def imposition_for(spec: "ImposeSpec | None", requested: str | None,
                   formats: Sequence[str]) -> Imposition | None:
    """The imposition a build makes: ``--impose`` (``requested``) over the manifest's ``impose:``.

    The manifest's creep and crop marks apply to a mode given on the command
    line too.  Imposition is of the PDF: asking for it on the command line
    when the build makes no PDF is an error; the manifest's ``impose:`` is
    simply not made when ``--format`` leaves the PDF out.
    """
    if requested is None and spec is None:
        return None
    if "pdf" not in formats:
        if requested is not None:
            raise InputError(_("imposition needs the PDF: add pdf to --format"), key="--impose")
        return None
    if spec is None:
        assert requested is not None  # one of the two is given (above)
        return Imposition(requested)
    mode = requested or spec.mode
    return Imposition(mode, spec.creep_mm if mode == "saddle" else 0.0, spec.crop_marks)


def impose_pdf(source: Path, target: Path, imposition: Imposition, *,
               page_kinds: Sequence[str] = (), article_starts: Sequence[int] = ()) -> list[Side]:
    """Impose the PDF at ``source`` into ``target`` (atomically) and return the sides drawn.

    ``page_kinds`` and ``article_starts`` (page indices) come from the PDF
    layout; they decide where padding blanks go (see ``plan.blank_position``).
    """
    from pypdf import PdfReader

    from booklet.impose.sheets import write_sheets
    from booklet.layout import MM  # here: the CLI imports this module for IMPOSE_MODES

    reader = PdfReader(source)
    sides = plan_sides(imposition.mode, len(reader.pages), page_kinds=page_kinds,
                       article_starts=article_starts, creep_pt=imposition.creep_mm * MM)
    with atomic_path(Path(target)) as tmp:
        write_sheets(reader, tmp, sides, marks=imposition.crop_marks,
                     fold=imposition.mode == "saddle")
    return sides


def facing_warning(imposition: Imposition, page_numbers: Sequence[int | None]) -> str | None:
    """A warning when the folded booklet would show numbered pages on the wrong side of the leaf."""
    if imposition.mode != "saddle":
        return None
    misplaced = wrong_side(page_numbers)
    if not misplaced:
        return None
    return _("page {number} falls on a left-hand page of the folded booklet, so the page "
             "numbers and wide margins face the fold; 'layout: {{articles_start_recto: true}}' "
             "starts it on a right-hand page").format(number=misplaced[0])
