"""Make realistic extraction damage from gold Markdown, for the cleaner's robustness harness.

A gold document (blocks of headings, paragraphs, footnotes) is typeset again — as a PDF with
reportlab in several layouts, then extracted with the usual tools (pdftotext, ``-layout``,
pdfminer, pypdf, pdfplumber), or as plain wrapped text with the usual plain-text damage
(blank line after every line, CRLF, trailing spaces, U+3000 indents, form feeds).
The cleaner's output on the damaged text is then scored against the gold.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

CIRCLED = "\u2460-\u2473\u24eb-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
_FN = re.compile(rf"^(?:\[\^[^\]\s]+\]:\s*)?([{CIRCLED}])\s*")
_MARK = re.compile(f"[{CIRCLED}]")
_FRONT = re.compile(r"^---\n.*?\n---\n", re.S)
_LATIN_RUN = re.compile(r"[0-9A-Za-z.%\-/]+$")
_NO_START = "，。、；：？！）》」』”’…—,.;:?!)"
FONT_PATHS = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/truetype/arphic/uming.ttc")


@dataclass(frozen=True)
class Block:
    """One gold block: ``kind`` is h1/h2 (heading level), p (paragraph) or fn (footnote body)."""

    kind: str
    text: str
    label: str = ""


def read_gold(markdown: str, limit: int = 6000) -> list[Block]:
    """Blocks of a gold/cleaned Markdown file, cut after about ``limit`` characters."""
    text = _FRONT.sub("", markdown.replace("\r\n", "\n"))
    body: list[Block] = []
    notes: list[Block] = []
    size = 0
    for chunk in re.split(r"\n\s*\n", text):
        chunk = " ".join(ln.strip() for ln in chunk.strip().split("\n")).replace("\\", "")
        if not chunk:
            continue
        fn = _FN.match(chunk)
        if chunk.startswith("#"):
            level = len(chunk) - len(chunk.lstrip("#"))
            body.append(Block(f"h{min(level, 2)}", chunk.lstrip("#").strip()))
        elif fn:
            notes.append(Block("fn", chunk[fn.end():].strip(), fn.group(1)))
        else:
            body.append(Block("p", re.sub(r"\[\^[^\]\s]+\]", "", chunk).replace("**", "")))
        size += len(chunk)
        if size > limit and body[-1].kind == "p":
            break
    used = sum(len(_MARK.findall(b.text)) for b in body)
    return body + notes[:used]


def to_markdown(blocks: Sequence[Block]) -> str:
    """The gold Markdown of (a cut of) a document, as the scorer reads it."""
    out = []
    for blk in blocks:
        if blk.kind == "fn":
            out.append(f"{blk.label}{blk.text}")
        elif blk.kind.startswith("h"):
            out.append("#" * int(blk.kind[1]) + " " + blk.text)
        else:
            out.append(blk.text)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- line breaking ----

def _w(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text: str, measure: float, first: float | None = None) -> list[str]:
    """Lines of at most ``measure`` em (``first`` for the first line); no line starts with
    closing punctuation, Latin words are kept whole."""
    lines: list[str] = []
    cur, width = "", 0.0
    for ch in text:
        limit = first if first is not None and not lines else measure
        if width + _w(ch) > limit and cur and ch not in _NO_START:
            run = _LATIN_RUN.search(cur)
            if run and ch.isascii() and ch.isalnum() and 0 < run.start() and len(run.group(0)) < 16:
                lines.append(cur[:run.start()])
                cur = run.group(0)
            else:
                lines.append(cur)
                cur = ""
            width = sum(_w(c) for c in cur)
        cur += ch
        width += _w(ch)
    if cur:
        lines.append(cur)
    return [ln.strip() for ln in lines if ln.strip()]


@dataclass(frozen=True)
class Layout:
    """A page design: page size (pt), measure in characters, indents, furniture forms."""

    name: str
    page: tuple[float, float] = (595.0, 842.0)
    measure: int = 30
    indent: bool = True
    header: str = "学习资料汇编"
    number: str = "- {n} -"
    lines_per_page: int = 30
    title_scale: float = 1.5
    columns: int = 1


LAYOUTS = (
    Layout("a4_30_indent_dash"),
    Layout("a5_22_noindent_di", page=(420.0, 595.0), measure=22, indent=False,
           number="第 {n} 页", lines_per_page=24, header="理论学习中心组"),
    Layout("a4_38_indent_slash", measure=38, number="{n} / 20", lines_per_page=36, header=""),
    Layout("a5_26_indent_dot", page=(420.0, 595.0), measure=26, number="·{n}·",
           lines_per_page=22, title_scale=1.3),
    Layout("a4_34_indent_footer", measure=34, number="主题教育学习资料  {n}", lines_per_page=32, header=""),
)
TWO_COLUMNS = Layout("a4_2col_18", measure=18, number="{n}", lines_per_page=40, columns=2,
                     title_scale=1.0, indent=True)


@dataclass(frozen=True)
class Placed:
    """One typeset line: text, left offset (em), size factor, kind."""

    text: str
    indent: float
    scale: float
    kind: str  # body, title, note


def typeset(blocks: Sequence[Block], layout: Layout) -> list[list[Placed]]:
    """Lines per page (body lines, then the page's footnote lines)."""
    order: dict[str, list[Block]] = {}
    for blk in blocks:
        if blk.kind == "fn":
            order.setdefault(blk.label, []).append(blk)
    pages: list[list[Placed]] = [[]]
    foot: list[list[Placed]] = [[]]
    used = 0.0
    for blk in blocks:
        if blk.kind == "fn":
            continue
        for placed in _block_lines(blk, layout):
            need = placed.scale * 1.2 if placed.kind == "title" else 1.0
            fn_lines = []
            for mark in _MARK.findall(placed.text):
                if order.get(mark):
                    note = order[mark].pop(0)
                    fn_lines += [Placed(t, 0, 0.8, "note") for t in wrap(note.label + note.text, layout.measure / 0.8)]
            need += 0.8 * len(fn_lines)
            if used + need > layout.lines_per_page * layout.columns and pages[-1]:
                pages.append([])
                foot.append([])
                used = 0.0
            pages[-1].append(placed)
            foot[-1].extend(fn_lines)
            used += need
    return [body + fn for body, fn in zip(pages, foot)]


def _block_lines(blk: Block, layout: Layout) -> list[Placed]:
    if blk.kind.startswith("h"):
        scale = layout.title_scale if blk.kind == "h1" else 1.0
        rows = wrap(blk.text, layout.measure / scale)
        return [Placed(t, max(0.0, (layout.measure / scale - sum(_w(c) for c in t)) / 2), scale, "title")
                for t in rows]
    indent = 2.0 if layout.indent else 0.0
    rows = wrap(blk.text, layout.measure, layout.measure - indent)
    return [Placed(t, indent if k == 0 else 0.0, 1.0, "body") for k, t in enumerate(rows)]


# ---------------------------------------------------------------- PDF ----

def font_path() -> str | None:
    """A CJK TrueType font on this machine, or None."""
    return next((p for p in FONT_PATHS if Path(p).exists()), None)


def render_pdf(blocks: Sequence[Block], layout: Layout, out: Path) -> None:
    """Typeset ``blocks`` with reportlab into ``out``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "HarnessCJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("HarnessCJK", font_path(), subfontIndex=0))
    pw, ph = layout.page
    margin = 56.0
    gutter = 24.0
    col_w = (pw - 2 * margin - gutter * (layout.columns - 1)) / layout.columns
    size = col_w / layout.measure
    pages = typeset(blocks, layout)
    c = canvas.Canvas(str(out), pagesize=layout.page, invariant=1)
    for n, page in enumerate(pages, 1):
        if layout.header:
            c.setFont("HarnessCJK", size * 0.8)
            c.drawCentredString(pw / 2, ph - margin / 2, layout.header)
        per_col = layout.lines_per_page
        y0 = ph - margin - size
        col = 0
        y = y0
        body = [p for p in page if p.kind != "note"]
        for k, line in enumerate(body):
            if layout.columns > 1 and k and k % per_col == 0:
                col, y = col + 1, y0
            c.setFont("HarnessCJK", size * line.scale)
            x = margin + col * (col_w + gutter) + line.indent * size * line.scale
            y -= (line.scale - 1) * size * 0.6
            c.drawString(x, y, line.text)
            y -= size * line.scale * 1.45
        ny = margin + size * 0.8 * 1.3 * sum(p.kind == "note" for p in page)
        for line in (p for p in page if p.kind == "note"):
            c.setFont("HarnessCJK", size * 0.8)
            c.drawString(margin, ny, line.text)
            ny -= size * 0.8 * 1.3
        c.setFont("HarnessCJK", size * 0.8)
        c.drawCentredString(pw / 2, margin / 2, layout.number.format(n=n))
        c.showPage()
    c.save()


def extract_pdftotext(pdf: Path, layout_mode: bool = False) -> str:
    """Text by poppler's ``pdftotext`` (form feeds between pages)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout_mode else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")


def extract_pdfminer(pdf: Path) -> str:
    """Text by ``pdfminer.high_level.extract_text``."""
    from pdfminer.high_level import extract_text
    return extract_text(str(pdf))


def extract_pypdf(pdf: Path) -> str:
    """Text by pypdf, pages joined by newlines."""
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def extract_pdfplumber(pdf: Path) -> str:
    """Text by pdfplumber, pages joined by newlines."""
    import pdfplumber
    with pdfplumber.open(str(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "pdftotext": extract_pdftotext,
    "pdftotext_layout": lambda p: extract_pdftotext(p, True),
    "pdfminer": extract_pdfminer,
    "pypdf": extract_pypdf,
    "pdfplumber": extract_pdfplumber,
}


def extractor_available(name: str) -> bool:
    """True when the tool behind ``name`` is installed."""
    if name.startswith("pdftotext"):
        return shutil.which("pdftotext") is not None
    module = {"pdfminer": "pdfminer", "pypdf": "pypdf", "pdfplumber": "pdfplumber"}[name]
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- plain text ----

def plain_pages(blocks: Sequence[Block], layout: Layout) -> list[list[str]]:
    """Typeset as plain text lines (indent as two spaces), per page, with header and number."""
    pages = typeset(blocks, layout)
    out = []
    for n, page in enumerate(pages, 1):
        rows = [layout.header] if layout.header else []
        rows += [("  " if p.indent and p.kind == "body" else "") + p.text for p in page]
        rows.append(layout.number.format(n=n))
        out.append(rows)
    return out


def _join(pages: list[list[str]], sep: str = "\n") -> str:
    return sep.join("\n".join(p) for p in pages) + "\n"


TEXT_VARIANTS: dict[str, Callable[[list[list[str]]], str]] = {
    "plain_no_blanks": lambda pages: _join(pages),
    "plain_blank_every_line": lambda pages: _join(pages).replace("\n", "\n\n"),
    "plain_crlf_trailing": lambda pages: _join(pages).replace("\n", " \r\n"),
    "plain_ideographic_indent": lambda pages: re.sub(r"(?m)^  ", "\u3000\u3000", _join(pages)),
    "plain_form_feeds": lambda pages: "\f".join("\n".join(p[:-1]) + "\n" for p in pages),
    "plain_page_start_space": lambda pages: _join([[p[0]] + [" " + p[1].lstrip()] + p[2:]
                                                   if len(p) > 2 else p for p in pages]),
}

