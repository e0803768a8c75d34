"""Draw the planned sides onto sheets: vector, each page's content kept once, fonts shared.

Every page of the print PDF becomes a form XObject — its own content stream,
still compressed, with ``/BBox`` and ``/Resources`` added — and a side draws
one or two of them with a translation and a clip to its half.  Nothing is
decoded, re-encoded or rasterised; the fonts are cloned into the new file once
(pypdf maps each source object to one copy), so the imposed PDF is about the
size of the print PDF and ``pdffonts`` lists the same fonts.  Output is
byte-identical for the same input: no timestamps, no random file identifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           IndirectObject, NameObject, PdfObject, StreamObject)

from booklet.impose.marks import MARK_MARGIN_MM, marks_form
from booklet.impose.plan import Side
from booklet.layout import MM

# ISO 216 sheets in landscape, mm.  A spread a few millimetres short of one is
# printed on it, centred: two A5 pages make 296 × 210 mm, and on A4 (297 × 210)
# an office printer then prints at 100 % with the fold at the paper's centre.
PAPER_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "A2": (594.0, 420.0)}
SNAP_MM = 3.0  # more than this to spare is not "the same paper": keep the spread's own size
ROUNDING_PT = 0.01  # page sizes are written to 4 decimals: 210 mm reads back as 595.2756 pt


@dataclass(frozen=True, slots=True)
class SheetGeometry:
    """Sheet size and where the spread of two pages sits on it, in points."""

    sheet_w: float
    sheet_h: float
    page_w: float
    page_h: float
    x0: float  # left edge of the spread (the trim box)
    y0: float

    @classmethod
    def for_pages(cls, page_w: float, page_h: float, marks: bool) -> "SheetGeometry":
        """Two pages side by side, with room for crop marks when asked, on the paper that fits."""
        margin = MARK_MARGIN_MM * MM if marks else 0.0
        want_w, want_h = 2 * page_w + 2 * margin, page_h + 2 * margin
        sheet_w, sheet_h = _paper(want_w, want_h)
        return cls(sheet_w, sheet_h, page_w, page_h, (sheet_w - 2 * page_w) / 2,
                   (sheet_h - page_h) / 2)

    @property
    def trim(self) -> tuple[float, float, float, float]:
        """The spread's rectangle: where the folded booklet is cut."""
        return (self.x0, self.y0, self.x0 + 2 * self.page_w, self.y0 + self.page_h)


def _paper(width: float, height: float) -> tuple[float, float]:
    for paper_w, paper_h in PAPER_MM.values():
        spare_w, spare_h = paper_w * MM - width, paper_h * MM - height
        if all(-ROUNDING_PT <= spare <= SNAP_MM * MM for spare in (spare_w, spare_h)):
            return paper_w * MM, paper_h * MM
    return width, height


def write_sheets(reader: PdfReader, target: Path, sides: Sequence[Side], *,
                 marks: bool = False, fold: bool = False) -> SheetGeometry:
    """Write ``sides`` of ``reader``'s pages to ``target``; ``fold`` marks the middle as a fold."""
    box = reader.pages[0].mediabox
    geo = SheetGeometry.for_pages(float(box.width), float(box.height), marks)
    writer = PdfWriter()
    writer.pdf_header = "%PDF-1.7"  # /Duplex in the viewer preferences is PDF 1.7
    forms: dict[int, IndirectObject] = {}
    shared = marks_form(writer, (geo.sheet_w, geo.sheet_h), geo.trim, fold=fold) if marks else None
    for side in sides:
        xobjects = DictionaryObject()
        ops = []
        for half, index in enumerate((side.left, side.right)):
            if index is None:
                continue
            if index not in forms:
                forms[index] = _page_form(writer, reader.pages[index])
            name = f"/P{index + 1}"
            xobjects[NameObject(name)] = forms[index]
            ops.append(_place(geo, reader.pages[index], half, side.inward, name))
        if shared is not None:
            xobjects[NameObject("/Marks")] = shared
            ops.append("/Marks Do")
        _add_sheet(writer, geo, xobjects, ops)
    _finish(writer, reader, duplex=fold)
    with open(target, "wb") as out:
        writer.write(out)
    return geo


def _add_sheet(writer: PdfWriter, geo: SheetGeometry, xobjects: DictionaryObject,
               ops: list[str]) -> None:
    """One side as a page: its forms, its drawing operators, the trim box."""
    sheet = writer.add_blank_page(geo.sheet_w, geo.sheet_h)
    sheet[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    trim = ArrayObject(FloatObject(round(v, 4)) for v in geo.trim)
    sheet[NameObject("/TrimBox")] = trim
    sheet[NameObject("/BleedBox")] = trim  # the pages have white margins: nothing bleeds
    content = DecodedStreamObject()
    content.set_data("\n".join(ops).encode("ascii"))
    sheet.replace_contents(content.flate_encode())


def _page_form(writer: PdfWriter, page: PageObject) -> IndirectObject:
    """The page as a form XObject in ``writer``: its content stream as is, box and resources."""
    contents = page.raw_get("/Contents")
    if isinstance(contents.get_object(), ArrayObject):  # several streams: one form of their data
        joined = StreamObject()
        joined.set_data(b"\n".join(part.get_object().get_data() for part in contents.get_object()))
        ref = writer._add_object(joined.flate_encode())
    else:
        ref = contents.clone(writer)  # still encoded: copied, not re-compressed
    form = ref.get_object()
    assert isinstance(form, StreamObject)  # a page's content stream, or the one made of its streams
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in page.mediabox)
    resources: PdfObject = DictionaryObject()
    if "/Resources" in page:
        resources = page.raw_get("/Resources")
    form[NameObject("/Resources")] = resources.clone(writer)
    return ref


def _place(geo: SheetGeometry, page: PageObject, half: int, inward: float,
           name: str) -> str:
    """Operators drawing form ``name`` in ``half`` (0 left, 1 right), clipped to that half.

    A page smaller than the first is centred in its half; ``inward`` moves it
    towards the fold (rightwards on the left half, leftwards on the right).
    """
    box = page.mediabox
    cell_x = geo.x0 + half * geo.page_w
    dx = (geo.page_w - float(box.width)) / 2 + (inward if half == 0 else -inward)
    dy = (geo.page_h - float(box.height)) / 2
    tx, ty = cell_x + dx - float(box.left), geo.y0 + dy - float(box.bottom)
    return (f"q {_n(cell_x)} {_n(geo.y0)} {_n(geo.page_w)} {_n(geo.page_h)} re W n "
            f"1 0 0 1 {_n(tx)} {_n(ty)} cm {name} Do Q")


def _n(value: float) -> str:
    """A number as PDF writes it: up to 4 decimals, no trailing zeros (stable bytes)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _finish(writer: PdfWriter, reader: PdfReader, *, duplex: bool) -> None:
    """The source's document information; print at 100 % (and, for a booklet, on both faces)."""
    info = reader.metadata
    if info is not None:
        writer.add_metadata({NameObject(k): v for k, v in info.items()})
    prefs = DictionaryObject({NameObject("/PrintScaling"): NameObject("/None")})
    if duplex:  # Acrobat and others preset "print on both sides, flip on short edge"
        prefs[NameObject("/Duplex")] = NameObject("/DuplexFlipShortEdge")
    writer.root_object[NameObject("/ViewerPreferences")] = prefs
    writer.root_object[NameObject("/PageLayout")] = NameObject("/SinglePage")
