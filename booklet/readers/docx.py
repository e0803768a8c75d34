"""DOCX reader: paragraphs with their styles and bold runs, footnotes, as hinted RawLines.

Styles become the Markdown markup the cleaner understands: ``Title`` → ``# ``,
``Heading n`` → one more ``#`` per level (or ``Heading 1`` → ``# `` when the file
has no Title); bold runs → ``**…**``.  Every paragraph starts a block
(``para_start=True``); a hard line break inside one continues it like a wrapped
line; page breaks vanish.  Footnotes are numbered ①② in the text and their
bodies follow the document as ``role="footnote"`` lines.

``lineno`` is a running 1-based index over the emitted lines.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from booklet.errors import InputError
from booklet.i18n import _
from booklet.rawlines import RawLine
from booklet.readers import ReadOptions, ReadResult
from booklet.report import Report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
CIRCLED = [chr(c) for c in range(0x2460, 0x2474)] + [chr(c) for c in range(0x3251, 0x3260)]

__all__ = ["docx_lines", "read_docx", "note_label"]


def note_label(n: int) -> str:
    """①…⑳㉑…㉟ for the first 35 notes, then ``[n]``."""
    return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else f"[{n}]"


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(_("not a readable DOCX file: it is damaged, or not really a DOCX "
                           "(--verbose shows the details)"), path=path) from exc


def _bold(run, para_bold: bool) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    if run.style is not None and run.style.font.bold is not None:
        return bool(run.style.font.bold)
    return para_bold


def _style_bold(paragraph) -> bool:
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _runs(paragraph, notes: dict[str, int]) -> list[tuple[str, bool]]:
    """(text, bold) pieces; footnote references become their ①② label."""
    from docx.text.run import Run

    para_bold = _style_bold(paragraph)
    out: list[tuple[str, bool]] = []
    for r in paragraph._p.iter(f"{W}r"):
        run = Run(r, paragraph)
        for ref in r.iter(f"{W}footnoteReference"):
            notes.setdefault(ref.get(f"{W}id"), len(notes) + 1)
            out.append((note_label(notes[ref.get(f"{W}id")]), False))
        if run.text:
            out.append((run.text, _bold(run, para_bold)))
    return out


def markup(runs: list[tuple[str, bool]]) -> str:
    """Join runs, wrapping bold stretches in ``**`` (spaces and line breaks kept outside)."""
    merged: list[list] = []
    for text, bold in runs:
        if merged and merged[-1][1] == bold:
            merged[-1][0] += text
        else:
            merged.append([text, bold])
    parts = []
    for text, bold in merged:
        core = text.strip()
        if bold and core:
            start = text.index(core[0])
            text = text[:start] + "**" + core + "**" + text[start + len(core):]
        parts.append(text)
    return "".join(parts)


def _heading(paragraph, has_title: bool) -> tuple[str | None, int | None, str]:
    """(role, level, markup prefix) from the paragraph style."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name == "Title":
        return "title", None, "# "
    m = HEADING.match(name)
    if not m:
        return None, None, ""
    n = int(m.group(1))
    if not has_title and n == 1:
        return "title", None, "# "
    level = n if has_title else n - 1
    return "heading", level, "#" * (level + 1) + " "


def _paragraphs(doc):
    """Body paragraphs in order, table cells included (row by row)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in doc.element.body.iterchildren():
        if child.tag == f"{W}p":
            yield Paragraph(child, doc)
        elif child.tag == f"{W}tbl":
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _footnote_lines(doc, notes: dict[str, int], start: int) -> list[RawLine]:
    """Bodies of the referenced footnotes, in label order."""
    from docx.text.paragraph import Paragraph

    part = next((rel.target_part for rel in doc.part.rels.values()
                 if rel.reltype.endswith("/footnotes") and not rel.is_external), None)
    if part is None or not notes:
        return []
    from docx.oxml.parser import parse_xml

    root = parse_xml(part.blob)
    bodies = {fn.get(f"{W}id"): fn for fn in root.iter(f"{W}footnote")}
    lines: list[RawLine] = []
    for note_id, n in sorted(notes.items(), key=lambda item: item[1]):
        fn = bodies.get(note_id)
        if fn is None:
            continue
        text = "".join(markup(_runs(Paragraph(p, doc), {})) for p in fn.iter(f"{W}p")).strip()
        lines.append(RawLine(f"{note_label(n)} {text}", start + len(lines), para_start=True,
                             role="footnote"))
    return lines


def docx_lines(path: Path, report: Report) -> list[RawLine]:
    """The DOCX's paragraphs as hinted RawLines (``report`` kept for the common reader shape)."""
    doc = _open(path)
    paragraphs = [p for p in _paragraphs(doc) if p.text.strip() or p._p.find(f".//{W}footnoteReference") is not None]
    has_title = any(p.style is not None and p.style.name == "Title" for p in paragraphs)
    notes: dict[str, int] = {}
    lines: list[RawLine] = []
    for paragraph in paragraphs:
        role, level, prefix = _heading(paragraph, has_title)
        runs = _runs(paragraph, notes)
        text = "".join(t for t, _ in runs) if role else markup(runs)
        pieces = [s.strip() for s in text.split("\n") if s.strip()]
        if role and pieces:
            pieces = [" ".join(pieces)]     # a heading broken by hand is still one heading
        for i, piece in enumerate(pieces):
            lines.append(RawLine((prefix if i == 0 else "") + piece, len(lines) + 1,
                                 bold=all(b for t, b in runs if t.strip()), para_start=i == 0,
                                 role=role, level=level))
    return lines + _footnote_lines(doc, notes, len(lines) + 1)


def read_docx(path: Path, options: ReadOptions) -> ReadResult:
    """Read a Word document into a ``Document`` via the cleaner."""
    from booklet.clean import clean_lines

    report = Report()
    lines = docx_lines(path, report)
    return ReadResult(clean_lines(lines, report, rules=options.rules, source=path), report)
