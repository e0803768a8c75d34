"""DOCX reader: paragraphs with their styles and styled runs, footnotes, as typed lines.

``Title`` style → a title line, ``Heading n`` → a heading of level n (or ``Heading 1`` →
the title when the file has no Title); bold, italic and superscript runs → styled runs.
Every paragraph starts a block (``para_start=True``); a hard line break inside one
continues it like a wrapped line; page breaks vanish.  Footnote references become their
printed label (①②) as a superscript run, and the footnote bodies follow the document as
footnote lines.  Text stays literal.

``lineno`` is a running 1-based index over the emitted lines.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from booklet.errors import InputError
from booklet.i18n import _
from booklet.rawlines import RawLine, Role, Run, plain_runs
from booklet.readers import Extracted
from booklet.report import Report
from booklet.shapes import note_label

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)

__all__ = ["docx_lines", "read_docx"]


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(_("not a readable DOCX file: it is damaged, or not really a DOCX "
                           "(--verbose shows the details)"), path=path) from exc


def _flag(run, name: str, inherited: bool) -> bool:
    value = getattr(run, name)
    if value is not None:
        return bool(value)
    if run.style is not None and getattr(run.style.font, name) is not None:
        return bool(getattr(run.style.font, name))
    return inherited


def _style_flag(paragraph, name: str) -> bool:
    style = paragraph.style
    while style is not None:
        if getattr(style.font, name) is not None:
            return bool(getattr(style.font, name))
        style = style.base_style
    return False


def _runs(paragraph, notes: dict[str, int]) -> list[Run]:
    """Styled runs; a footnote reference becomes its ①② label as a superscript run."""
    from docx.text.run import Run as DocxRun

    bold, italic = _style_flag(paragraph, "bold"), _style_flag(paragraph, "italic")
    out: list[Run] = []
    for r in paragraph._p.iter(f"{W}r"):
        run = DocxRun(r, paragraph)
        for ref in r.iter(f"{W}footnoteReference"):
            notes.setdefault(ref.get(f"{W}id"), len(notes) + 1)
            out.append(Run(note_label(notes[ref.get(f"{W}id")]), sup=True))
        if run.text:
            sup = bool(run.font.superscript)
            out.append(Run(run.text, _flag(run, "bold", bold), _flag(run, "italic", italic), sup))
    return out


def split_lines(runs: list[Run]) -> list[tuple[Run, ...]]:
    """Runs cut at line breaks (``\\n`` in a run's text), each piece trimmed of white space."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append([])
            if part:
                lines[-1].append(Run(part, run.bold, run.italic, run.sup))
    return [_strip(line) for line in lines]


def _strip(runs: list[Run]) -> tuple[Run, ...]:
    while runs and not runs[0].text.strip():
        runs = runs[1:]
    while runs and not runs[-1].text.strip():
        runs = runs[:-1]
    if not runs:
        return ()
    first, last = runs[0], runs[-1]
    runs = [Run(first.text.lstrip(), first.bold, first.italic, first.sup)] + runs[1:]
    last = runs[-1]
    runs[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.sup)
    return tuple(runs)


def _heading(paragraph, has_title: bool) -> tuple[Role | None, int | None]:
    """(role, level) from the paragraph style."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name == "Title":
        return Role.TITLE, None
    m = HEADING.match(name)
    if not m:
        return None, None
    n = int(m.group(1))
    if not has_title and n == 1:
        return Role.TITLE, None
    return Role.HEADING, n if has_title else n - 1


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
        text = "".join(r.text for p in fn.iter(f"{W}p") for r in _runs(Paragraph(p, doc), {})).strip()
        lines.append(RawLine(f"{note_label(n)} {text}", start + len(lines), role=Role.FOOTNOTE,
                             para_start=True))
    return lines


def docx_lines(path: Path) -> list[RawLine]:
    """The DOCX's paragraphs as typed lines."""
    doc = _open(path)
    paragraphs = [p for p in _paragraphs(doc) if p.text.strip() or p._p.find(f".//{W}footnoteReference") is not None]
    has_title = any(p.style is not None and p.style.name == "Title" for p in paragraphs)
    notes: dict[str, int] = {}
    lines: list[RawLine] = []
    for paragraph in paragraphs:
        role, level = _heading(paragraph, has_title)
        pieces = [p for p in split_lines(_runs(paragraph, notes)) if p]
        if role and pieces:
            # a heading broken by hand is still one heading; its text is plain
            pieces = [(Run(" ".join("".join(r.text for r in p) for p in pieces)),)]
        for i, runs in enumerate(pieces):
            text = "".join(r.text for r in runs)
            lines.append(RawLine(text, len(lines) + 1, role=role, level=level, para_start=i == 0,
                                 runs=() if plain_runs(runs) else runs))
    return lines + _footnote_lines(doc, notes, len(lines) + 1)


def read_docx(path: Path) -> Extracted:
    """Read a Word document into typed lines."""
    return Extracted(docx_lines(path), Report())
