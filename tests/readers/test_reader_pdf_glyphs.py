"""Glyph facts read out of a PDF (PDFium): characters, boxes, sizes, fonts, how they are painted.

Each PDF is drawn here with plain reportlab canvas calls, the way other producers write
them: Word's synthetic bold (outline stroked and filled), bold printed twice a hair apart,
``1 Tf`` with the size in the matrix, a watermark turned 45°, real spaces and Latin words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.readers.pdf import pdf_lines
from booklet.readers.pdf.opening import Glyph, PageGlyphs, load_pages
from booklet.report import Report


@pytest.fixture()
def draw(pdfgen, tmp_path):
    """A one-page PDF drawn by ``paint(canvas)`` with the fixture fonts FxBody (明体) and FxBold (黑体)."""
    pdfgen.register_fonts()

    def make(paint, name: str = "t.pdf") -> Path:
        path = tmp_path / name
        c = canvas.Canvas(str(path), invariant=1)
        paint(c)
        c.save()
        return path
    return make


def _text(c, x: float, y: float, text: str, size: float = 12, mode: int = 0, font: str = "FxBody") -> None:
    c.saveState()
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(font, size)
    if mode:
        t.setTextRenderMode(mode)
        c.setLineWidth(size * 0.03)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def _page(path: Path) -> PageGlyphs:
    return load_pages(path)[0]


def _row(page: PageGlyphs, top: float) -> list[Glyph]:
    return [g for g in page.glyphs if abs(g.top - top) < 4]


def test_stroked_outline_is_heavy_and_plain_text_after_it_is_not(draw):
    def paint(c):
        _text(c, 72, 700, "一、加粗的标题", mode=2)
        _text(c, 72, 680, "正文不加粗。")
    page = _page(draw(paint))
    heavy = "".join(g.text for g in page.glyphs if g.heavy)
    plain = "".join(g.text for g in page.glyphs if not g.heavy)
    assert (heavy, plain) == ("一、加粗的标题", "正文不加粗。")


def test_bold_printed_twice_a_hair_apart_is_read_once_and_heavy(draw):
    # PDFium itself drops a copy that repeats a text object it just read ("短标题"): the glyphs
    # under it are marked; a copy drawn in other pieces (here one object per character, as
    # printer drivers do) reaches the reader and is dropped with its row.
    from booklet.readers.pdf.rows import page_lines

    run = "这一行先整行印一次再逐字印一次"
    def paint(c):
        for dx in (0, 0.5):
            _text(c, 72 + dx, 700, "短标题")
        _text(c, 72, 680, run)
        for i, ch in enumerate(run):
            _text(c, 72.6 + 12 * i, 680.3, ch)
        _text(c, 72, 660, "正文。")
    lines = page_lines(_page(draw(paint)))
    assert [(ln.text, [span.heavy for span in ln.runs]) for ln in lines] == [
        ("短标题", [True]), (run, [True]), ("正文。", [False])]


def test_repeated_characters_side_by_side_are_no_overprint():
    from booklet.readers.pdf.rows import overprinted

    glyphs = [Glyph(ch, 72 + 12 * i, 84 + 12 * i, 100, 112, 12, "F") for i, ch in enumerate("哈哈——……")]
    assert overprinted(glyphs) == glyphs


def test_size_comes_from_the_matrix_when_the_font_is_set_at_one_point(draw):
    def paint(c):
        c.saveState()
        c.translate(72, 700)
        c.scale(10.5, 10.5)
        c.setFont("FxBody", 1)
        c.drawString(0, 0, "矩阵缩放")
        c.restoreState()
    assert {g.size for g in _page(draw(paint)).glyphs} == {10.5}


def test_watermark_turned_45_degrees_is_set_aside(draw):
    def paint(c):
        _text(c, 72, 700, "正文一行。")
        c.saveState()
        c.translate(300, 400)
        c.rotate(45)
        c.setFont("FxBody", 40)
        c.drawString(0, 0, "内部资料")
        c.restoreState()
    report = Report()
    lines = pdf_lines(draw(paint), report)
    assert [ln.text for ln in lines] == ["正文一行。"]
    assert [r.text for r in report.removals] == ["page 1: 内部资料"]


def test_spaces_drawn_are_kept_and_latin_words_are_spaced_by_their_gaps(draw):
    def paint(c):
        _text(c, 72, 700, "第1章 科技成果转化概述", font="FxBold")
        c.setFont("Helvetica", 12)
        c.drawString(72, 680, "Science and Technology")
        _text(c, 72, 660, "目\u3000录")
    lines = [ln.text for ln in pdf_lines(draw(paint), Report())]
    assert lines == ["第1章 科技成果转化概述", "Science and Technology", "目\u3000录"]


def test_justified_line_with_wide_letter_spacing_gets_no_spaces(draw):
    def paint(c):
        t = c.beginText()
        t.setTextOrigin(72, 700)
        t.setFont("FxBody", 12)
        t.setCharSpace(5)   # 0.4 em between every two characters: justification, not spaces
        t.textOut("两端对齐的一行文字")
        c.drawText(t)
    assert [ln.text for ln in pdf_lines(draw(paint), Report())] == ["两端对齐的一行文字"]
