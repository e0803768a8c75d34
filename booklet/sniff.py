"""Cheap checks on a source's bytes before a reader sees them.

They turn the common mistakes — an empty file, a picture or a Word file
renamed to ``.txt``, a truncated PDF — into one-line input errors naming the
file, instead of a confusing message (or a traceback) from deep inside a reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from booklet.encoding import text_encoding
from booklet.errors import BookletError, InputError
from booklet.i18n import N_, _
from booklet.readers import READERS, Extracted, Reader, ReadResult

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_SIGNATURES = {b"%PDF-": N_("it holds a PDF file"), b"PK\x03\x04": N_("it holds a ZIP/DOCX file"),
               b"\x89PNG": N_("it holds a PNG image file"),
               b"\xff\xd8\xff": N_("it holds a JPEG image file"), b"GIF8": N_("it holds a GIF image file"),
               b"\xd0\xcf\x11\xe0": N_("it holds an old Word/Excel (.doc/.xls) file")}


def _kind(data: bytes) -> str | None:
    return next((name for magic, name in _SIGNATURES.items() if data.startswith(magic)), None)


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters, and not UTF-16/32: not text in any encoding we read."""
    if text_encoding(head) is not None:
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(8, len(head) // 100)


def check_suffix(path: Path) -> None:
    """The error ``reader_for`` gives for an unknown suffix, without importing any reader."""
    if path.suffix.lower() not in READERS:
        raise InputError(unknown_suffix_message(path), path=path)


def unknown_suffix_message(path: Path) -> str:
    """``cannot read '.odt' files (known: …)``, shared with the reader registry's error."""
    known = ", ".join(sorted(READERS))
    if path.suffix:
        return _("cannot read '{suffix}' files (known: {known})").format(suffix=path.suffix,
                                                                          known=known)
    return _("cannot read files without a suffix (known: {known})").format(known=known)


def check_source_bytes(path: Path, data: bytes) -> None:
    """Raise an ``InputError`` naming ``path`` when its bytes cannot be what its suffix says."""
    suffix = path.suffix.lower()
    stripped = data.removeprefix(b"\xef\xbb\xbf").strip()
    if not stripped:
        raise InputError(_("the source is empty"), path=path)
    head = data[:8192]
    if suffix in TEXT_SUFFIXES:
        kind = _kind(head)
        if kind or _looks_binary(head):
            what = _(kind) if kind else _("it holds binary data")
            raise InputError(_("is not a text file ({what}); give it its real suffix or export "
                               "it as text").format(what=what), path=path)
    elif suffix == ".pdf" and b"%PDF-" not in head[:1024]:
        raise InputError(_("is not a PDF file (no %PDF header: corrupt or renamed?)"), path=path)
    elif suffix == ".docx" and not head.startswith(b"PK\x03\x04"):
        raise InputError(_("is not a DOCX file (not a ZIP package: corrupt, or an old .doc "
                           "renamed?)"), path=path)


def run_reader(reader: Reader, path: Path) -> Extracted | ReadResult:
    """Call ``reader``; a library failure on a PDF/DOCX is reported as a damaged input file.

    Third-party parsers (PDFium, python-docx) raise their own exception
    types for broken files; the original error stays chained for ``--verbose``.
    """
    if path.suffix.lower() not in (".pdf", ".docx"):
        return reader(path)
    try:
        return reader(path)
    except BookletError:
        raise
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise InputError(_("cannot read this {kind} file: is it damaged or password-protected? "
                           "(--verbose shows the details)").format(
                               kind=path.suffix.lower()[1:].upper()), path=path) from exc
