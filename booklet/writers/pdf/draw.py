"""Draw laid-out pages on a reportlab canvas: text lines, rules, TOC leaders, footers, outline."""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Callable, Iterator

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from booklet.i18n import _
from booklet.layout import MM
from booklet.model import Booklet
from booklet.present.style import build_epoch
from booklet.writers.pdf.document import PROGRESS_PAGES, Layout
from booklet.writers.pdf.pages import FOOT_RULE, Page, Placed
from booklet.writers.pdf.text import Line
from booklet.writers.pdf.textops import TextCodes

BOLD_STROKE = 0.035  # stroke width per point of size for fill+stroke bold
NOTE_RULE = 0.25  # the rule over the notes is a quarter of the measure


def draw_pdf(layout: Layout, booklet: Booklet, path: Path,
             progress: Callable[[str], None] | None = None) -> None:
    """Render ``layout`` to ``path`` with reproducible bytes (``progress`` hears every
    ``PROGRESS_PAGES`` pages).  Drawing uses the layout up: each page drawn keeps only its
    kind and number."""
    geo = layout.geometry
    stamp = time.strftime("D:%Y%m%d%H%M%S+00'00'", time.gmtime(build_epoch(booklet)))
    # The canvas opens every page with its initial font; naming a font the booklet draws
    # with keeps reportlab's default Helvetica (unembedded, unused) out of the file.
    first = _first_font(layout)
    extra = {"initialFontName": first, "initialFontSize": 12} if first else {}
    canvas = Canvas(str(path), pagesize=(geo.page_w, geo.page_h), invariant=1, pageCompression=1,
                    **extra)
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(booklet.title)
    canvas.setAuthor(booklet.issuer or "")
    canvas.setSubject(booklet.subtitle or booklet.title)
    canvas.setCreator("booklet")
    _assign_subsets(canvas, layout)
    numbers = _article_numbers(layout)
    codes = TextCodes(canvas._doc)
    total = len(layout.pages)
    for index, page in enumerate(layout.pages):
        if progress and index and index % PROGRESS_PAGES == 0:
            progress(_("writing the PDF: page {page}/{total}").format(page=index, total=total))
        _draw_page(canvas, codes, layout, page, index, numbers)
        canvas.showPage()
        # The drawn page's lines are in the canvas now: keep only what the page counts need,
        # so a long booklet holds its layout or its page streams, not both at once.
        layout.pages[index] = Page(page.kind, number=page.number)
    canvas.showOutline()
    with _binary_streams():
        canvas.save()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams deflated only, not also ASCII85-encoded (reportlab's default, ``useA85``).

    ASCII85 keeps a PDF 7-bit clean for mail systems of the 1990s; it makes every page and
    font stream a quarter larger and costs a pure-Python encoding pass over all of them —
    a third of the time spent writing the file.  reportlab reads the setting when it
    serialises the document, so it is switched for ``save`` only and given back after.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _assign_subsets(canvas: Canvas, layout: Layout) -> None:
    """Give each embedded font's most frequent characters the first subset codes.

    reportlab embeds a TrueType font as subsets of 256 glyphs, numbered in
    order of first use, and switches font at every subset change inside a
    line.  Claiming codes most-frequent-first (``TTFont.splitString`` assigns
    them) keeps ordinary lines within a subset or two: fewer font switches to
    format, smaller page streams, same drawing.  Only drawn text is counted,
    so no unused glyph is embedded.
    """
    counts: dict[str, Counter[str]] = {}
    for page in layout.pages:
        for placed in page.placed:
            for run in placed.line.runs:
                counts.setdefault(run.font, Counter()).update(run.text)
    for name in sorted(counts):
        font = pdfmetrics.getFont(name)
        if isinstance(font, TTFont):
            common = sorted(counts[name].items(), key=lambda item: (-item[1], item[0]))
            font.splitString("".join(ch for ch, _ in common), canvas._doc)


def _article_numbers(layout: Layout) -> list[int]:
    return [layout.pages[i].number or 0 for i in layout.article_starts]


def _draw_page(canvas: Canvas, codes: TextCodes, layout: Layout, page: Page, index: int,
               numbers: list[int]) -> None:
    geo = layout.geometry
    recto = page.number % 2 == 1 if page.number else index % 2 == 0
    left = geo.block_left(recto)
    for placed in page.placed:
        y = placed.y if placed.y is not None else geo.baseline(placed.slot, _size(placed.line))
        _draw_line(canvas, codes, _marked(placed), left, y)
        if placed.toc_target is not None:
            _toc_number(canvas, codes, layout, placed, left, y, numbers[placed.toc_target])
    if page.foot:
        _draw_foot(canvas, codes, layout, page, left)
    for x0, x1, y, width, color in page.rules:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(width)
        canvas.line(left + x0, y, left + x1, y)
    for length, y, width, color in page.page_rules:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(width)
        canvas.line((geo.page_w - length) / 2, y, (geo.page_w + length) / 2, y)
    for n, (title, level) in enumerate(page.bookmarks):
        key = f"p{index}b{n}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(title, key, level=level, closed=False)
    if page.kind == "body" and page.number:
        _footer(canvas, codes, layout, page.number, left)


def _first_font(layout: Layout) -> str | None:
    """The name of the first font a text line uses (None for a booklet without text)."""
    for page in layout.pages:
        for placed in page.placed:
            for run in placed.line.runs:
                return run.font
    return None


def _marked(placed: Placed) -> Line:
    """The line with its footnote markers as numbered on this page."""
    if not placed.marks:
        return placed.line
    marks = list(placed.marks)
    runs = []
    for run in placed.line.runs:
        if run.mark and marks:
            text = "".join(marks.pop(0) if marks else ch for ch in run.text)
            run = replace(run, text=text)
        runs.append(run)
    return replace(placed.line, runs=tuple(runs))


def _draw_foot(canvas: Canvas, codes: TextCodes, layout: Layout, page: Page, left: float) -> None:
    """The notes at the page foot under a short rule, the last line on the block's last slot."""
    geo = layout.geometry
    step = page.foot_step
    top = geo.lines - FOOT_RULE - len(page.foot) * step  # slots from the block top
    rule_y = geo.block_top - (top + FOOT_RULE / 2) * geo.pitch
    canvas.setStrokeColor("#000000")
    canvas.setLineWidth(0.6)
    canvas.line(left, rule_y, left + geo.measure * NOTE_RULE, rule_y)
    for i, placed in enumerate(page.foot):
        slot = top + FOOT_RULE + i * step
        size = _size(placed.line)
        y = geo.block_top - (slot + step / 2) * geo.pitch - 0.38 * size
        _draw_line(canvas, codes, _marked(placed), left, y)


def _size(line: Line) -> float:
    return max((r.size for r in line.runs if not r.rise), default=line.runs[0].size if line.runs else 0)


def _draw_line(canvas: Canvas, codes: TextCodes, line: Line, left: float, y: float) -> None:
    if line.rule:
        canvas.setStrokeColor("#000000")
        canvas.setLineWidth(0.6)
        canvas.line(left + line.x, y + 4, left + line.x + line.rule, y + 4)
        return
    bold = [r for r in line.runs if r.bold]
    if bold:  # render mode and line width live in the graphics state: scope them to this line
        canvas.saveState()
        canvas.setLineWidth(max(r.size for r in bold) * BOLD_STROKE)
    code = codes.line_code(line, left + line.x, y, stroke=bool(bold))
    if code is not None:
        canvas.addLiteral(code)
    else:
        _text_object(canvas, line, left, y, bool(bold))
    if bold:
        canvas.restoreState()


def _text_object(canvas: Canvas, line: Line, left: float, y: float, bold: bool) -> None:
    """The line through reportlab's text object (fonts other than embedded TrueType)."""
    text = canvas.beginText(left + line.x, y)
    color = spacing = None
    for run in line.runs:
        if (0.0 if run.tight else line.spacing) != spacing:  # Latin words keep natural widths
            spacing = 0.0 if run.tight else line.spacing
            text.setCharSpace(spacing)
        text.setFont(run.font, run.size)
        text.setRise(run.rise)
        if run.color != color:  # parsing colours is slow; set them only when they change
            color = run.color
            text.setFillColor(_color(color))
            if bold:
                text.setStrokeColor(_color(color))
        text.setTextRenderMode(2 if run.bold else 0)
        text.textOut(run.text)
    canvas.drawText(text)


def _toc_number(canvas: Canvas, codes: TextCodes, layout: Layout, placed: Placed, left: float,
                y: float, number: int) -> None:
    """Page number flush right and a row of dots from the title to it."""
    shaper = layout.shaper
    label = shaper.set("toc_entry", str(number), align="right")[0]
    _draw_line(canvas, codes, label, left, y)
    size = shaper.profile.style("toc_entry").size_pt
    start = left + placed.line.x + placed.line.width + size * 0.5
    stop = left + label.x - size * 0.4
    step = size * 0.4
    canvas.setFillColor("#000000")
    x = stop - step / 2
    while x > start:  # laid from the number leftwards so dots line up across entries
        canvas.circle(x, y + size * 0.12, size * 0.045, stroke=0, fill=1)
        x -= step


def _footer(canvas: Canvas, codes: TextCodes, layout: Layout, number: int, left: float) -> None:
    """``— N —`` 7 mm below the block, outer side with one character blank (GB/T 9704)."""
    profile, geo = layout.shaper.profile, layout.geometry
    style = profile.style("page_number")
    line = layout.shaper.set("page_number", profile.page_number_format.format(n=number),
                             align="left")[0]
    position = profile.page_number_position
    if position == "center":
        x = (geo.measure - line.width) / 2
    elif position == "right" or number % 2 == 1:
        x = geo.measure - style.size_pt - line.width
    else:
        x = style.size_pt
    y = geo.block_top - geo.block_h - profile.page_number_offset_mm * MM - style.size_pt * 0.88
    _draw_line(canvas, codes, replace(line, x=x), left, y)


@cache
def _color(hex_code: str) -> Color:
    return HexColor(hex_code)
