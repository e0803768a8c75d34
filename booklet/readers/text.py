"""Plain-text reader: decode (UTF-8, UTF-8 BOM, UTF-16, GB18030/GBK), split lines.

Form feeds (``pdftotext`` page breaks) become page numbers on the lines, so the cleaner
knows where pages end.  Text is literal — a line that starts with ``# `` means those
characters — except in a file written in Markdown (a Markdown export saved as .txt, like
seed 002): there ``#`` headings, ``> `` quotes, ``**bold**`` and hard breaks are read as
the Markdown they are, into the lines' fields.  A file counts as Markdown when it has at
least ``MARKDOWN_MIN_HEADINGS`` heading lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from booklet.encoding import decode_text
from booklet.errors import InputError, describe_os_error
from booklet.i18n import _
from booklet.mdsyntax import ATX_HEADING_LOOSE, BOLD_PAIR, HARD_BREAK_SPACES, QUOTE_LINE
from booklet.rawlines import RawLine, Role, Run
from booklet.readers import Extracted
from booklet.report import Report

# Two Markdown heading lines make a file Markdown: an export has a heading per article or
# section, while prose that happens to start a paragraph with "# " does so once at most.
MARKDOWN_MIN_HEADINGS = 2
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_BOM = "\ufeff"
# First or last characters that may make a line more than its text: Markdown markup, and
# trailing spaces (a hard break).
_MARKUP_CHARS = frozenset("#>*\\ ")
_SPACE = frozenset(" ")


def is_markdown(text: str) -> bool:
    """The text is written in Markdown (enough ``#`` heading lines)."""
    if text.count("\n#") + text.startswith("#") < MARKDOWN_MIN_HEADINGS:
        return False   # (a C-level count: too few lines even start with #)
    found = 0
    for _match in _HEADING_LINE.finditer(text):
        found += 1
        if found >= MARKDOWN_MIN_HEADINGS:
            return True
    return False


def raw_lines(text: str, markdown: bool | None = None, report: Report | None = None) -> list[RawLine]:
    """Typed lines with 1-based numbers; CRLF/CR line ends accepted; form feeds start new pages.

    A form feed inside a line splits it into two lines with the same number.  ``markdown``
    forces (or forbids) reading Markdown syntax; by default ``is_markdown`` decides.
    A byte-order mark inside the text (from joined files) is dropped and reported.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BOM in text:
        text = _drop_boms(text, report)
    if markdown is None:
        markdown = is_markdown(text)
    make = _markdown_line if markdown else _plain_line
    if "\f" not in text:
        # Empty lines only count as gaps, so one shared (immutable) blank line serves them all;
        # most lines hold nothing to read but their text (checked here: a call costs more).
        blank = RawLine("", 0)
        special = _MARKUP_CHARS if markdown else _SPACE
        return [blank if not line else make(line, lineno, None)
                if line[-1] in special or line[0] in special or (markdown and "**" in line)
                else RawLine(line, lineno) for lineno, line in enumerate(text.split("\n"), 1)]
    page = 1
    out: list[RawLine] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            page += 1 if k else 0
            if piece or len(pieces) == 1:
                out.append(make(piece, lineno, page))
    return out


def _drop_boms(text: str, report: Report | None) -> str:
    for lineno, line in enumerate(text.split("\n"), 1):
        if _BOM in line and report is not None:
            report.removed(lineno, _BOM * line.count(_BOM), "read")
    return text.replace(_BOM, "")


def _plain_line(text: str, lineno: int, page: int | None) -> RawLine:
    # two trailing spaces keep the line break (a hard break, as in Markdown and some exports)
    return RawLine(text, lineno, page, hard_break=text.endswith(HARD_BREAK_SPACES))




def _markdown_line(text: str, lineno: int, page: int | None) -> RawLine:
    """One line of Markdown: heading, quote, bold stretches, hard break → fields; text literal."""
    if not text or text[0] not in _MARKUP_CHARS and text[-1] not in _MARKUP_CHARS and "**" not in text:
        return RawLine(text, lineno, page)   # (most lines: nothing to read)
    hard = text.endswith(HARD_BREAK_SPACES)
    body = text.rstrip()
    if body.endswith("\\"):
        hard, body = True, body[:-1].rstrip()
        text = body
    lead = body.lstrip()
    if lead in (">", ""):
        return RawLine("", lineno, page)
    heading = ATX_HEADING_LOOSE.match(lead)
    if heading:
        marks = len(heading.group(1))
        role, level = (Role.TITLE, None) if marks == 1 else (Role.HEADING, marks - 1)
        plain, runs = _unbold(heading.group(2).strip())
        return RawLine(plain, lineno, page, role, level, runs=runs)
    if lead.startswith(">"):
        quoted = QUOTE_LINE.match(text.lstrip())
        assert quoted is not None  # the line starts with ">", and one line holds no newline
        inner = quoted.group(1).lstrip()   # (trailing spaces kept: evidence)
        plain, runs = _unbold(inner)
        return RawLine(plain, lineno, page, Role.QUOTE, runs=runs, hard_break=hard)
    if "**" not in text:
        return RawLine(text, lineno, page, hard_break=hard)
    plain, runs = _unbold(text)
    return RawLine(plain, lineno, page, runs=runs, hard_break=hard)


def _unbold(text: str) -> tuple[str, tuple[Run, ...]]:
    """``**bold**`` pairs → (literal text, runs); an unpaired ``**`` stays text."""
    if "**" not in text:
        return text, ()
    runs: list[Run] = []
    pos = 0
    for match in BOLD_PAIR.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos:match.start()]))
        runs.append(Run(match.group(1), bold=True))
        pos = match.end()
    if not runs:
        return text, ()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return "".join(r.text for r in runs), tuple(runs)


def read_text(path: Path) -> Extracted:
    """Read a ``.txt`` file into typed lines."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("cannot read: {reason}").format(reason=describe_os_error(exc)),
                         path=path) from None
    text = decode_text(data, path)
    if not text.strip():
        raise InputError(_("empty file: no text to read"), path=path)
    report = Report()
    return Extracted(raw_lines(text, report=report), report)
