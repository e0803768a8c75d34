"""Imposed PDFs read back: which page lands in which half of which side, boxes, marks, creep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import NameObject

from booklet.impose import Imposition, impose_pdf
from booklet.impose.marks import MARK_MARGIN_MM
from booklet.layout import MM

from .readback import A4_MM, A5_MM, labelled_pdf, read_sides

A4_LANDSCAPE = (297 * MM, 210 * MM)
A3_LANDSCAPE = (420 * MM, 297 * MM)


def _impose(tmp_path: Path, count: int, imposition: Imposition, size=A5_MM) -> Path:
    source = labelled_pdf(tmp_path / "print.pdf", count, size)
    target = tmp_path / f"imposed-{imposition.mode}.pdf"
    impose_pdf(source, target, imposition)
    return target


def _halves(path: Path) -> list[tuple[str, str]]:
    return [(s.left, s.right) for s in read_sides(path)]


def test_saddle_puts_eight_a5_pages_on_two_a4_sheets_in_folding_order(tmp_path: Path) -> None:
    sides = read_sides(_impose(tmp_path, 8, Imposition("saddle")))
    assert [(s.left, s.right) for s in sides] == [
        ("P8", "P1"), ("P2", "P7"),  # sheet 1: front, back
        ("P6", "P3"), ("P4", "P5")]  # sheet 2
    for side in sides:
        assert side.media[2:] == pytest.approx(A4_LANDSCAPE, abs=0.01)
        # two A5 pages are 296 mm wide: centred on the 297 mm sheet, the fold at its middle
        assert side.trim == pytest.approx((0.5 * MM, 0, 296.5 * MM, 210 * MM), abs=0.01)
        assert side.images == 0 and side.lines == 0


def test_saddle_pads_with_blanks_after_the_last_page(tmp_path: Path) -> None:
    halves = _halves(_impose(tmp_path, 6, Imposition("saddle")))
    assert halves == [("", "P1"), ("P2", ""), ("P6", "P3"), ("P4", "P5")]


def test_two_up_puts_a4_pages_side_by_side_on_a3(tmp_path: Path) -> None:
    sides = read_sides(_impose(tmp_path, 5, Imposition("2up"), size=A4_MM))
    assert [(s.left, s.right) for s in sides] == [("P1", "P2"), ("P3", "P4"), ("P5", "")]
    assert all(s.media[2:] == pytest.approx(A3_LANDSCAPE, abs=0.01) for s in sides)


def test_pages_are_placed_as_vector_forms_each_stored_once(tmp_path: Path) -> None:
    imposed = _impose(tmp_path, 12, Imposition("saddle"))
    reader = PdfReader(imposed)
    forms = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        for ref in xobjects.values():
            form = ref.get_object()
            assert form["/Subtype"] == "/Form"
            forms.add(ref.idnum)
        assert "/Image" not in str(page.get_contents().get_data())
    assert len(forms) == 12  # one form per source page, however often it is used
    assert imposed.stat().st_size < 1.5 * (tmp_path / "print.pdf").stat().st_size + 4000


def test_crop_marks_widen_the_sheet_and_the_trim_box_is_the_spread(tmp_path: Path) -> None:
    sides = read_sides(_impose(tmp_path, 4, Imposition("saddle", crop_marks=True)))
    margin = MARK_MARGIN_MM * MM
    spread_w, spread_h = 2 * 148 * MM, 210 * MM
    for side in sides:
        assert side.media[2:] == pytest.approx((spread_w + 2 * margin, spread_h + 2 * margin),
                                               abs=0.01)
        assert side.trim == pytest.approx((margin, margin, margin + spread_w, margin + spread_h),
                                          abs=0.01)
        assert side.lines == 10  # two per corner, one above and one below the fold
    assert [(s.left, s.right) for s in sides] == [("P4", "P1"), ("P2", "P3")]


def _marks(reader: PdfReader) -> tuple[bytes, object]:
    """The marks form every side of ``reader`` draws (one object), and its colour space."""
    forms = {page["/Resources"]["/XObject"].raw_get("/Marks").idnum for page in reader.pages}
    assert len(forms) == 1
    form = reader.pages[0]["/Resources"]["/XObject"]["/Marks"]
    assert b"/Marks Do" in reader.pages[0].get_contents().get_data()
    return form.get_data(), form["/Resources"]["/ColorSpace"]["/Reg"]


def test_fold_marks_are_dashed_cut_marks_solid(tmp_path: Path) -> None:
    saddle, colour = _marks(PdfReader(_impose(tmp_path, 8, Imposition("saddle", crop_marks=True))))
    two_up, _ = _marks(PdfReader(_impose(tmp_path, 4, Imposition("2up", crop_marks=True))))
    assert b"[2 1] 0 d" in saddle
    assert b" d " not in two_up
    assert [str(v) for v in colour[:2]] == ["/Separation", "/All"]  # on every printing plate


def test_creep_moves_the_innermost_sheet_towards_the_fold(tmp_path: Path) -> None:
    sides = read_sides(_impose(tmp_path, 16, Imposition("saddle", creep_mm=3.0)))
    outer, inner = sides[0], sides[6]  # fronts of sheet 1 (P16 | P1) and sheet 4 (P10 | P7)
    assert (outer.left, outer.right, inner.left, inner.right) == ("P16", "P1", "P10", "P7")
    # "P16" and "P10" (and "P1", "P7") are equally wide in Helvetica: only the shift differs
    assert inner.label_x["P10"] - outer.label_x["P16"] == pytest.approx(3 * MM, abs=0.05)
    assert inner.label_x["P7"] - outer.label_x["P1"] == pytest.approx(-3 * MM, abs=0.05)
    second = sides[2]  # sheet 2 of 4: a third of the creep
    assert second.label_x["P14"] - outer.label_x["P16"] == pytest.approx(1 * MM, abs=0.05)


def test_a_moved_page_is_clipped_to_its_half(tmp_path: Path) -> None:
    imposed = PdfReader(_impose(tmp_path, 8, Imposition("saddle", creep_mm=2.0)))
    data = imposed.pages[2].get_contents().get_data().decode()  # sheet 2 front, moved 2 mm
    clips = re.findall(r"q (\S+) (\S+) (\S+) (\S+) re W n", data)
    assert [float(v) for clip in clips for v in clip] == pytest.approx(
        [0.5 * MM, 0, 148 * MM, 210 * MM, 148.5 * MM, 0, 148 * MM, 210 * MM], abs=0.01)


def test_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    source = labelled_pdf(tmp_path / "print.pdf", 10)
    imposition = Imposition("saddle", creep_mm=1.0, crop_marks=True)
    impose_pdf(source, tmp_path / "a.pdf", imposition)
    impose_pdf(source, tmp_path / "b.pdf", imposition)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_saddle_presets_duplex_short_edge_and_actual_size_printing(tmp_path: Path) -> None:
    saddle = PdfReader(_impose(tmp_path, 4, Imposition("saddle")))
    prefs = saddle.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/Duplex"] == "/DuplexFlipShortEdge" and prefs["/PrintScaling"] == "/None"
    two_up = PdfReader(_impose(tmp_path, 4, Imposition("2up")))
    assert "/Duplex" not in two_up.trailer["/Root"]["/ViewerPreferences"]


def test_a_page_drawn_by_several_content_streams_is_placed_whole(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject

    split = PdfWriter(clone_from=labelled_pdf(tmp_path / "print.pdf", 2))
    page = split.pages[0]
    data = page.get_contents().get_data()
    parts = []
    cut = data.index(b"\n", len(data) // 2)  # streams divide between tokens (PDF 32000 7.8.2)
    for chunk in (data[:cut], data[cut:]):
        stream = DecodedStreamObject()
        stream.set_data(chunk)
        parts.append(split._add_object(stream))
    page[NameObject("/Contents")] = ArrayObject(parts)
    split.write(tmp_path / "split.pdf")
    impose_pdf(tmp_path / "split.pdf", tmp_path / "out.pdf", Imposition("2up"))
    assert _halves(tmp_path / "out.pdf") == [("P1", "P2")]
