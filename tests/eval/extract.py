"""How text reaches the cleaner: PDF text extractors, and text saved or pasted by a person.

``EXTRACTORS`` turn a PDF into text the way the usual tools do; ``TEXT_VARIANTS`` write the
composed pages as the plain text a user brings (pasted from a PDF viewer, or exported in the style
of the dev gold's real extractions).  The family ``direct`` is the project's own PDF reader and
needs no extractor: the harness hands the PDF itself to ``booklet clean``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Callable

from typeset import Page, furniture_text, plain_text_pages


def _pdftotext(*flags: str) -> Callable[[Path], str]:
    def run(pdf: Path) -> str:
        args = ["pdftotext", "-enc", "UTF-8", *flags, str(pdf), "-"]
        return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    run.__doc__ = f"poppler's pdftotext {' '.join(flags)} (form feeds between pages)"
    return run


def _creation_order_ids() -> Callable[[object], int]:
    """An ``id`` that numbers objects in the order it first meets them.

    pdfminer groups text boxes by merging the closest pair first, and breaks ties between equal
    distances by ``id(obj)``: the memory address.  Typeset pages are full of such ties (boxes of
    one column width on one grid), and addresses depend on the process's allocation history
    (``PYTHONHASHSEED``, the jobs a worker ran before), so the same PDF read twice could come out
    in two reading orders.  ``group_textboxes`` first asks for ids in the boxes' own order (the
    content stream's) and for each group as it is made, so this numbering breaks the same ties
    in document order, the order a fresh process's addresses usually give."""
    seen: dict[int, tuple[int, object]] = {}

    def creation_order_id(obj: object) -> int:
        # the object is kept alive with its number, so its address is never reused meanwhile
        return seen.setdefault(id(obj), (len(seen), obj))[0]
    return creation_order_id


def pdfminer_text(pdf: Path) -> str:
    """pdfminer.six ``extract_text`` with its default layout parameters, its ties between equally
    close text boxes broken in creation order rather than by memory address (see
    ``_creation_order_ids``), so that one PDF always reads back as one text."""
    import pdfminer.layout
    from pdfminer.high_level import extract_text
    pdfminer.layout.id = _creation_order_ids()  # the module's global shadows the builtin
    try:
        return extract_text(str(pdf))
    finally:
        del pdfminer.layout.id


def pypdf_text(pdf: Path) -> str:
    """pypdf ``extract_text`` per page, pages joined by a newline."""
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def pdfplumber_text(pdf: Path) -> str:
    """pdfplumber ``extract_text`` per page, pages joined by a newline."""
    import pdfplumber
    with pdfplumber.open(str(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def pypdfium2_text(pdf: Path) -> str:
    """PDFium's text page (what Chrome's viewer copies), CRLF line ends, pages joined by a newline."""
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(doc[k].get_textpage().get_text_range() for k in range(len(doc)))
    finally:
        doc.close()


def mupdf_text(pdf: Path) -> str:
    """MuPDF's structured-text device written as plain text, ``mutool draw -F txt`` (what
    SumatraPDF, zathura and MuPDF-based converters copy): every text block ends with a blank
    line, every page with a form feed.  Its warnings (no ICC support) go to stderr, unread."""
    args = ["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(pdf)]
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "pdftotext": _pdftotext(),
    "pdftotext_layout": _pdftotext("-layout"),
    "pdftotext_raw": _pdftotext("-raw"),
    "pdfminer": pdfminer_text,
    "pypdf": pypdf_text,
    "pdfplumber": pdfplumber_text,
    "pypdfium2": pypdfium2_text,
    "mupdf": mupdf_text,
}
_NEEDS = {"pdftotext": "pdftotext", "pdfminer": "pdfminer", "pypdf": "pypdf",
          "pdfplumber": "pdfplumber", "pypdfium2": "pypdfium2", "mupdf": "mutool"}
_PROGRAMS = {"pdftotext": "poppler-utils (pdftotext)", "mutool": "mupdf-tools (mutool)"}


def missing_tool(name: str) -> str | None:
    """What is missing for extractor ``name`` (a program or a module), or None."""
    need = _NEEDS[name.split("_")[0]]
    if need in _PROGRAMS:
        return None if shutil.which(need) else _PROGRAMS[need]
    try:
        __import__(need)
    except ImportError:
        return f"python package {need}"
    return None


_CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")


def realstyle(pages: list[Page]) -> str:
    """The dev gold's real extractions: a blank line after every line, a trailing space after a
    block's last line, a leading space on a page's first line, spaces between CJK and digits; a
    head's two parts apart, as every extractor reads them."""
    out = []
    for page in pages:
        for k, line in enumerate(page.lines):
            text = _CJK_DIGIT.sub(" ", furniture_text(line))
            lead = " " if k == 0 else ""
            tail = " " if line.ends_block or line.role in ("header", "footer") else ""
            out.append(f"{lead}{text}{tail}\n\n")
    return "".join(out)


def paste_viewer(pages: list[Page]) -> str:
    """Copied from a PDF viewer and pasted: no indents, a blank line after each line, a trailing
    space on every line, Windows line ends."""
    return "".join(f"{row} \r\n\r\n" for rows in plain_text_pages(pages, indent="") for row in rows)


def plain_ideographic(pages: list[Page]) -> str:
    """Saved as plain text by an office suite: U+3000 indents, one page per form feed."""
    return "\f".join("\n".join(rows) + "\n" for rows in plain_text_pages(pages, indent="\u3000\u3000"))


TEXT_VARIANTS: dict[str, Callable[[list[Page]], str]] = {
    "realstyle": realstyle,
    "paste_viewer": paste_viewer,
    "plain_ideographic": plain_ideographic,
}
