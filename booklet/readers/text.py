"""Plain-text reader: decode (UTF-8, UTF-8 BOM, UTF-16 BOM, GB18030/GBK), split lines, clean.

Form feeds (``pdftotext`` page breaks) become page numbers on the raw lines, so
the cleaner knows where pages end.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean import clean_lines
from booklet.encoding import decode_text
from booklet.errors import InputError, describe_os_error
from booklet.i18n import _
from booklet.rawlines import RawLine
from booklet.readers import ReadOptions, ReadResult
from booklet.report import Report


def raw_lines(text: str) -> list[RawLine]:
    """Lines with 1-based numbers; CRLF/CR line ends accepted; form feeds start new pages.

    A form feed inside a line splits it into two raw lines with the same number.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" not in text:
        # Empty lines only count as gaps, so one shared (immutable) blank line serves them all.
        blank = RawLine("", 0)
        return [RawLine(line, lineno) if line else blank
                for lineno, line in enumerate(text.split("\n"), 1)]
    page = 1
    out: list[RawLine] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            page += 1 if k else 0
            if piece or len(pieces) == 1:
                out.append(RawLine(text=piece, lineno=lineno, page=page))
    return out


def read_text(path: Path, options: ReadOptions) -> ReadResult:
    """Read and clean a raw ``.txt`` file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("cannot read: {reason}").format(reason=describe_os_error(exc)),
                         path=path) from None
    text = decode_text(data, path)
    if not text.strip():
        raise InputError(_("empty file: no text to read"), path=path)
    report = Report()
    document = clean_lines(raw_lines(text), report, rules=options.rules, source=path)
    return ReadResult(document, report)
