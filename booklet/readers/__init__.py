"""Reader registry: file suffix → function turning a source file into a ``Document``.

Every reader has the signature ``read(path, options) -> ReadResult``.  Modules
are imported on first use so a build that reads only text never pays for
pdfplumber or python-docx start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from booklet.errors import InputError
from booklet.i18n import _
from booklet.model import Document
from booklet.report import Report


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Per-source reading options from the manifest.

    ``rules`` switches individual cleaning rules on or off by name
    (``{"merge_titles": False}``); rules not named keep their default.
    """

    rules: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A reader's product: the document and the report of what cleaning removed."""

    document: Document
    report: Report


Reader = Callable[[Path, ReadOptions], ReadResult]

READERS: dict[str, str] = {
    ".txt": "booklet.readers.text:read_text",
    ".text": "booklet.readers.text:read_text",
    ".md": "booklet.readers.markdown:read_markdown",
    ".markdown": "booklet.readers.markdown:read_markdown",
    ".docx": "booklet.readers.docx:read_docx",
    ".pdf": "booklet.readers.pdf:read_pdf",
    ".html": "booklet.readers.html:read_html",
    ".htm": "booklet.readers.html:read_html",
}


def reader_for(path: Path) -> Reader:
    """The reader for ``path``'s suffix, or an ``InputError`` naming the suffixes we read."""
    target = READERS.get(path.suffix.lower())
    if target is None:
        from booklet.sniff import unknown_suffix_message

        raise InputError(unknown_suffix_message(path), path=path)
    module_name, func_name = target.split(":")
    return getattr(importlib.import_module(module_name), func_name)


def read_source(path: Path, options: ReadOptions | None = None) -> ReadResult:
    """Read one source file with the reader its suffix selects."""
    if not path.exists():
        raise InputError(_("source file not found"), path=path)
    if path.is_dir():
        raise InputError(_("source is a folder, not a file"), path=path)
    return reader_for(path)(path, options or ReadOptions())
