"""Make test PDFs from cleaned Markdown with plain reportlab canvas code.

Deliberately independent of booklet's own PDF writer: this draws lines itself
(greedy CJK wrapping, justified lines, clreq's no-line-start punctuation) in a
few layouts — first-line indent or block spacing, running header, page numbers,
footnotes at the page bottom under a short rule, one or two columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NO_START = set("，。、；：？！）》」』”’…—")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAGE_W, PAGE_H = 595.28, 841.89


def fonts_available() -> bool:
    """True when both CJK fonts the fixtures use are installed."""
    return UMING.exists() and ZENHEI.exists()


def register_fonts() -> None:
    """Register the two CJK TrueType fonts (idempotent)."""
    if "FxBody" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FxBody", str(UMING), subfontIndex=0))
        pdfmetrics.registerFont(TTFont("FxBold", str(ZENHEI), subfontIndex=0))


@dataclass
class Layout:
    """How to set the text."""

    size: float = 12.0
    leading: float = 1.7
    indent: bool = True
    para_space: float = 0.0          # extra space between blocks, in lines
    header: str | None = None
    page_numbers: str | None = None  # None | "plain" | "dash"
    columns: int = 1
    title_size: float = 20.0
    heading_size: float = 15.0
    margin: float = 72.0


@dataclass
class Block:
    kind: str                        # "title" | "heading" | "p" | "fn"
    runs: list[tuple[str, bool]] = field(default_factory=list)


def draw_line(c, x: float, y: float, text: str, size: float, how: str = "plain") -> None:
    """One line of text at (x, y) in the registered body face; ``how``: plain, stroked (fill + stroke,
    Word's synthetic bold), twice (printed again 0.4 pt to the right), black (the 黑体 face)."""
    for dx in ((0.0, 0.4) if how == "twice" else (0.0,)):
        c.saveState()
        t = c.beginText()
        t.setTextOrigin(x + dx, y)
        t.setFont("FxBold" if how == "black" else "FxBody", size)
        if how == "stroked":
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.03)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()


def parse_gold(md: str) -> list[Block]:
    """Gold Markdown → blocks with (text, bold) runs."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", md.strip()):
        chunk = chunk.strip().replace("\n", "")
        kind = "p"
        if chunk.startswith("# "):
            kind, chunk = "title", chunk[2:]
        elif chunk.startswith("#"):
            kind, chunk = "heading", chunk.lstrip("#").strip()
        elif chunk[:1] in CIRCLED:
            kind = "fn"
        parts = re.split(r"\*\*", chunk)
        blocks.append(Block(kind, [(t, i % 2 == 1) for i, t in enumerate(parts) if t]))
    return blocks


def wrap(runs: list[tuple[str, bool]], width: float, size: float, first_indent: float
         ) -> list[list[tuple[str, bool]]]:
    """Greedy wrap into lines of (char, bold); a no-start punctuation pulls the previous char down."""
    chars = [(c, b) for text, b in runs for c in text]
    lines: list[list[tuple[str, bool]]] = [[]]
    used, limit = 0.0, width - first_indent
    for c, b in chars:
        w = pdfmetrics.stringWidth(c, "FxBold" if b else "FxBody", size)
        if used + w > limit + 0.01 and lines[-1]:
            carry = [lines[-1].pop()] if c in NO_START and len(lines[-1]) > 1 else []
            lines.append(carry)
            used, limit = sum(pdfmetrics.stringWidth(x, "FxBody", size) for x, _ in carry), width
        lines[-1].append((c, b))
        used += w
    return lines


class Painter:
    """Draws blocks into pages, columns and footnote areas."""

    def __init__(self, path: Path, layout: Layout) -> None:
        register_fonts()
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.lay = layout
        self.page = 1
        self.notes: list[list[tuple[str, bool]]] = []
        self.pending: list[Block] = []
        self.top = layout.margin
        self._start_page()

    # geometry
    def col_width(self) -> float:
        full = PAGE_W - 2 * self.lay.margin
        return full if self.lay.columns == 1 else (full - 2 * self.lay.size) / 2

    def col_x(self) -> float:
        return self.lay.margin + self.col * (self.col_width() + 2 * self.lay.size)

    def bottom(self) -> float:
        pitch = self.lay.size * 0.8 * 1.4
        return PAGE_H - self.lay.margin - (len(self.notes) * pitch + 12 if self.notes else 0)

    def _start_page(self) -> None:
        self.col = 0
        self.y = self.top
        lay = self.lay
        if lay.header:
            self.c.setFont("FxBody", lay.size * 0.75)
            self.c.drawCentredString(PAGE_W / 2, PAGE_H - lay.margin + 24, lay.header)
            self.c.line(lay.margin, PAGE_H - lay.margin + 20, PAGE_W - lay.margin, PAGE_H - lay.margin + 20)
        if lay.page_numbers:
            label = str(self.page) if lay.page_numbers == "plain" else f"— {self.page} —"
            self.c.setFont("FxBody", lay.size * 0.8)
            self.c.drawCentredString(PAGE_W / 2, lay.margin / 2, label)

    def _next_column(self) -> None:
        self._flush_notes()
        if self.col + 1 < self.lay.columns:
            self.col += 1
            self.y = self.top
            return
        self.c.showPage()
        self.page += 1
        self.top = self.lay.margin
        self._start_page()

    def _flush_notes(self) -> None:
        if not self.notes:
            return
        size = self.lay.size * 0.8
        y = PAGE_H - self.lay.margin - len(self.notes) * size * 1.4
        x = self.col_x()
        self.c.line(x, PAGE_H - y + 4, x + 100, PAGE_H - y + 4)
        for line in self.notes:
            self._draw(line, x, y + size, size, 0)
            y += size * 1.4
        self.notes = []

    def _draw(self, line, x: float, y_top: float, size: float, extra: float, bold_all=False) -> None:
        text = self.c.beginText()
        text.setTextOrigin(x, PAGE_H - y_top)
        text.setCharSpace(extra)
        for ch, b in line:
            text.setFont("FxBold" if (b or bold_all) else "FxBody", size)
            text.textOut(ch)
        self.c.drawText(text)

    # blocks
    def paragraph(self, block: Block, size: float, kind: str) -> None:
        lay = self.lay
        if kind == "title" and lay.columns > 1 and self.col == 0 and self.y == self.top:
            self._full_width_title(block, size)
            return
        width = self.col_width()
        indent = 2 * size if (kind == "p" and lay.indent) else 0.0
        lines = wrap(block.runs, width, size, indent)
        pitch = size * lay.leading
        for i, line in enumerate(lines):
            notes = [self.pending.pop(0) for ch, _ in line if ch in CIRCLED and self.pending]
            for note in notes:
                self.notes += wrap(note.runs, width, lay.size * 0.8, 0)
            if self.y + pitch > self.bottom():
                self.notes, carried = self.notes[:len(self.notes) - self._count(notes)], notes
                self._next_column()
                for note in carried:
                    self.notes += wrap(note.runs, width, lay.size * 0.8, 0)
            x = self.col_x() + (indent if i == 0 else 0)
            if kind == "title":
                used = sum(pdfmetrics.stringWidth(c, "FxBold", size) for c, _ in line)
                x = self.col_x() + (width - used) / 2
            extra = 0.0
            if i < len(lines) - 1 and kind == "p" and len(line) > 1:
                used = sum(pdfmetrics.stringWidth(c, "FxBold" if b else "FxBody", size) for c, b in line)
                extra = (width - (indent if i == 0 else 0) - used) / (len(line) - 1)
            self._draw(line, x, self.y + size, size, extra, bold_all=kind in ("title", "heading"))
            self.y += pitch
        self.y += lay.para_space * pitch

    def _full_width_title(self, block: Block, size: float) -> None:
        """A title above both columns, centred on the page; the columns start below it."""
        width = PAGE_W - 2 * self.lay.margin
        for line in wrap(block.runs, width, size, 0):
            used = sum(pdfmetrics.stringWidth(c, "FxBold", size) for c, _ in line)
            self._draw(line, (PAGE_W - used) / 2, self.y + size, size, 0, bold_all=True)
            self.y += size * self.lay.leading
        self.y += self.lay.size
        self.top = self.y

    def _count(self, notes: list[Block]) -> int:
        return sum(len(wrap(n.runs, self.col_width(), self.lay.size * 0.8, 0)) for n in notes)

    def finish(self) -> None:
        self._flush_notes()
        self.c.save()


def make_pdf(md: str, path: Path, layout: Layout) -> Path:
    """Set the gold Markdown ``md`` as a PDF at ``path`` in ``layout``."""
    blocks = parse_gold(md)
    painter = Painter(path, layout)
    painter.pending = [b for b in blocks if b.kind == "fn"]
    for block in blocks:
        if block.kind == "fn":
            continue
        size = {"title": layout.title_size, "heading": layout.heading_size}.get(block.kind, layout.size)
        painter.paragraph(block, size, block.kind)
    painter.finish()
    return path
