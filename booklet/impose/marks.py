"""Crop marks around the spread, and a mark at its middle (where it is folded or cut).

Marks are hairlines in the registration colour (``/Separation /All``), so a
print shop's plate for every ink carries them.  They stand off the trim by
``MARK_OFFSET_MM`` so that a cut slightly off the line never shows one.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           IndirectObject, NameObject, NumberObject)

from booklet.layout import MM

MARK_OFFSET_MM = 3.0  # the customary bleed allowance between trim and mark
MARK_LENGTH_MM = 5.0
MARK_MARGIN_MM = MARK_OFFSET_MM + MARK_LENGTH_MM  # room the sheet needs round the spread
MARK_WIDTH_PT = 0.25  # a hairline, as printers draw them
FOLD_DASH = "[2 1] 0 d"  # a fold mark is dashed, a cut mark solid


def marks_form(writer: PdfWriter, sheet: tuple[float, float],
               trim: tuple[float, float, float, float], *, fold: bool) -> IndirectObject:
    """The marks for a sheet of size ``sheet`` as one form XObject, drawn on every side."""
    drawn = DecodedStreamObject()
    drawn.set_data(_marks(trim, fold=fold).encode("ascii"))
    form = drawn.flate_encode()
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0),
                                             FloatObject(round(sheet[0], 4)),
                                             FloatObject(round(sheet[1], 4))])
    form[NameObject("/Resources")] = DictionaryObject({NameObject("/ColorSpace"): DictionaryObject(
        {NameObject("/Reg"): _registration_colour()})})
    return writer._add_object(form)


def _registration_colour() -> ArrayObject:
    """``[/Separation /All /DeviceCMYK f]``: full tint on every plate, black on screen."""
    tint = DictionaryObject({
        NameObject("/FunctionType"): NumberObject(2),
        NameObject("/Domain"): ArrayObject([NumberObject(0), NumberObject(1)]),
        NameObject("/C0"): ArrayObject([FloatObject(0)] * 4),
        NameObject("/C1"): ArrayObject([FloatObject(1)] * 4),
        NameObject("/N"): NumberObject(1),
    })
    return ArrayObject([NameObject("/Separation"), NameObject("/All"),
                        NameObject("/DeviceCMYK"), tint])


def _marks(trim: tuple[float, float, float, float], *, fold: bool) -> str:
    """Operators for marks at the four corners of ``trim`` and above/below its middle."""
    x0, y0, x1, y1 = trim
    off, length = MARK_OFFSET_MM * MM, MARK_LENGTH_MM * MM
    lines = []
    for x in (x0, x1):  # vertical marks above and below each corner
        lines += [(x, y1 + off, x, y1 + off + length), (x, y0 - off, x, y0 - off - length)]
    for y in (y0, y1):  # horizontal marks left and right of each corner
        lines += [(x0 - off, y, x0 - off - length, y), (x1 + off, y, x1 + off + length, y)]
    middle = (x0 + x1) / 2
    centre = [(middle, y1 + off, middle, y1 + off + length),
              (middle, y0 - off, middle, y0 - off - length)]
    ops = [f"/Reg CS 1 SCN {MARK_WIDTH_PT} w 0 J", _path(lines), FOLD_DASH if fold else "",
           _path(centre)]
    return " ".join(op for op in ops if op)


def _path(lines: list[tuple[float, float, float, float]]) -> str:
    return " ".join(f"{a:.3f} {b:.3f} m {c:.3f} {d:.3f} l" for a, b, c, d in lines) + " S"
