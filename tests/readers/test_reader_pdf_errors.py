"""Unreadable PDFs give one clear line naming the file; small units of the PDF reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.errors import InputError
from booklet.readers.pdf import pdf_lines
from booklet.shapes import BAND_PAGE_NUMBER_RE as PAGE_NUMBER
from booklet.readers.pdf.opening import Glyph
from booklet.readers.pdf.rows import group_rows
from booklet.report import Report


def _text_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Some text on a page.")
    c.save()
    return path


def _one_line_error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        pdf_lines(path, Report())
    message = info.value.one_line()
    assert "\n" not in message
    assert str(path) in message
    assert info.value.exit_code == 2
    return message


def test_reader_pdf_without_text_layer_says_ocr_is_needed(tmp_path):
    from PIL import Image

    png = tmp_path / "scan.png"
    Image.new("L", (200, 280), 200).save(png)
    path = tmp_path / "scanned.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.drawImage(str(png), 0, 0, 595, 842)
    c.showPage()
    c.save()
    assert "needs OCR" in _one_line_error(path)


def test_reader_pdf_encrypted_is_a_clear_error(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=_text_pdf(tmp_path / "plain.pdf"))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert "encrypted" in _one_line_error(path)


@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage\n", b"not a pdf at all", b""])
def test_reader_pdf_corrupt_is_a_clear_error(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    assert "not a readable PDF" in _one_line_error(path)


def test_reader_pdf_truncated_is_a_clear_error(tmp_path):
    whole = _text_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    _one_line_error(path)


@pytest.mark.parametrize("text", ["3", "— 12 —", "- 7 -", "第 3 页", "3 / 10", "iv", "第5页 共9页"])
def test_reader_pdf_page_number_shapes(text):
    assert PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["2023年", "第一章", "3。", "来源：新华社"])
def test_reader_pdf_not_page_numbers(text):
    assert not PAGE_NUMBER.match(text)


def test_reader_pdf_superscript_marker_stays_in_its_line():
    body = [Glyph(c, 72 + 12 * i, 84 + 12 * i, 100, 112, 12, "F") for i, c in enumerate("共识。")]
    sup = Glyph("①", 108, 114, 97, 103, 6, "F")
    below = [Glyph(c, 72 + 12 * i, 84 + 12 * i, 120, 132, 12, "F") for i, c in enumerate("人工")]
    rows = group_rows(body + [sup] + below)
    assert ["".join(g.text for g in row) for row in rows] == ["共识。①", "人工"]


def test_reader_pdf_bold_is_judged_against_the_body_font():
    from booklet.readers.pdf.rows import is_bold

    assert is_bold("ABCDEF+WenQuanYiZenHei", "ABCDEF+UMingCN-0")       # 黑体 headings in a 宋体 text
    assert not is_bold("BAAAAA+WenQuanYiZenHei", "FAAAAA+WenQuanYiZenHei")  # a text set in 黑体
    assert is_bold("SimSun,Bold", "SimSun")
    assert is_bold("ABCDEF+NotoSerifCJK-Bold", "ABCDEF+NotoSerifCJK-Regular")
    assert not is_bold("ABCDEF+FangSong", "ABCDEF+SimSun")
