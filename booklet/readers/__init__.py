"""Reader registry: file suffix → function reading a source file.

Readers only read.  A line reader (``.txt``, ``.docx``, ``.pdf``, ``.html``) returns
``Extracted``: typed lines (``booklet.rawlines``) with literal text, and a report of
what reading itself set aside (sideways text in a PDF, byte-order marks).  The ``.md``
reader reads the cleaned-Markdown contract, which is already structured, straight into
a ``ReadResult``.  The source loader (``booklet.sources.load_source``) calls the reader
and cleans line readers' output, once, for every format.

Modules are imported on first use so a build that reads only text never pays for
PDFium or python-docx start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Union

from booklet.errors import InputError
from booklet.model import Document, pickled_by_fields
from booklet.rawlines import RawLine
from booklet.report import Imbalance, Report


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Per-source options from the manifest.

    ``rules`` switches individual cleaning rules on or off by name
    (``{"merge_titles": False}``); rules not named keep their default.
    """

    rules: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Extracted:
    """A line reader's product: typed lines, and what reading itself set aside."""

    lines: list[RawLine]
    report: Report


@pickled_by_fields   # (what the cache stores: see ``model.pickled_by_fields``)
@dataclass(frozen=True, slots=True)
class ReadResult:
    """A source read and cleaned: the document and the report of what reading and cleaning did."""

    document: Document
    report: Report
    # What the nothing-lost guard found lost or invented in cleaning; None when every character
    # is accounted for (always, for a source read as it stands).
    lost: Imbalance | None = None


Reader = Callable[[Path], Union[Extracted, ReadResult]]

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
    """Read and clean one source file: the same as ``booklet.sources.load_source``."""
    from booklet.sources import load_source

    return load_source(path, options)
