"""Draw composed pages into a PDF with reportlab (one text object per font run, like Word's PDFs)."""

from __future__ import annotations

from pathlib import Path

from fonts import font_name
from layouts import Layout
from typeset import Page


def render_pdf(pages: list[Page], layout: Layout, out: Path) -> None:
    """Write ``pages`` to ``out``; synthetic bold strokes the outline (text render mode 2)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=layout.page, invariant=1)
    c.setTitle("")
    for page in pages:
        for line in page.lines:
            for seg in line.segs:
                # The render mode and pen belong to the graphics state and outlive the text
                # object (reportlab writes ``0 Tr`` only when its own text object changes the
                # mode): a bold segment is drawn inside q … Q so the text after it is not.
                c.saveState()
                t = c.beginText()
                t.setTextOrigin(seg.x, line.y + seg.rise)
                t.setFont(font_name(seg.face), seg.size)
                t.setCharSpace(line.char_space if line.role not in ("header", "footer") else 0.0)
                if seg.bold:
                    t.setTextRenderMode(2)
                    c.setLineWidth(seg.size * 0.03)
                if line.colour:
                    t.setFillColorRGB(*line.colour)
                    c.setStrokeColorRGB(*line.colour)
                t.textOut(seg.text)
                c.drawText(t)
                c.restoreState()
        for x0, y0, x1, y1, filled in page.frames:  # pictures (filled) and boxes round text
            c.saveState()
            c.setLineWidth(0.6)
            c.setFillGray(0.82)
            c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1 if filled else 0)
            c.restoreState()
        for x0, y0, x1, y1 in page.rules:  # column rules
            c.setLineWidth(0.5)
            c.line(x0, y0, x1, y1)
        if layout.header_rule and any(ln.role == "header" for ln in page.lines):
            y = min(ln.y for ln in page.lines if ln.role == "header") - layout.size * 0.5
            c.setLineWidth(0.6)
            c.line(layout.margins[2], y, layout.page[0] - layout.margins[3], y)
        c.showPage()
    c.save()
