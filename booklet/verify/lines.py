"""Line numbers of single characters: which source line a character of a cleaned block came from.

A block knows the span of source lines it was cleaned from; inside a
paragraph unwrapped from many lines the line of one character is found by
walking the block's characters along the raw lines of that span (both
folded), skipping what the cleaner removed (markup, page furniture).  For
formats without text lines (PDF, DOCX, HTML) the block's first line is the
answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from booklet.encoding import decode_text
from booklet.errors import InputError
from booklet.verify.fold import fold_char

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
RESYNC_CHARS = 3     # characters of the block looked for together to skip removed text
RESYNC_REACH = 400   # how far ahead in the raw lines removed text may extend (a running head)


@dataclass(slots=True)
class LineLocator:
    """Finds source lines of characters; reads each text file at most once."""

    _raw: dict[Path, list[str] | None] = field(default_factory=dict)
    _maps: dict[tuple[Path, int, int, str], list[int]] = field(default_factory=dict)

    def _lines(self, path: Path) -> list[str] | None:
        if path not in self._raw:
            lines = None
            if path.suffix.lower() in TEXT_SUFFIXES:
                try:
                    text = decode_text(path.read_bytes(), path)
                    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                except (OSError, InputError):
                    lines = None
            self._raw[path] = lines
        return self._raw[path]

    def line_of(self, path: Path, span: tuple[int, int] | None, block_text: str,
                offset: int) -> int | None:
        """Source line of character ``offset`` of ``block_text`` cleaned from lines ``span``."""
        if span is None:
            return None
        lines = self._lines(path)
        if lines is None or span[1] > len(lines):
            return span[0]
        key = (path, span[0], span[1], block_text)
        if key not in self._maps:
            self._maps[key] = _char_lines(lines, span, block_text)
        mapping = self._maps[key]
        if not mapping:
            return span[0]
        return mapping[min(max(offset, 0), len(mapping) - 1)]


def _char_lines(lines: list[str], span: tuple[int, int], block_text: str) -> list[int]:
    """For each character of ``block_text``, the line of ``span`` it was read from."""
    raw_chars: list[str] = []
    raw_lines: list[int] = []
    for number in range(span[0], span[1] + 1):
        for ch in lines[number - 1]:
            if not ch.isspace():
                raw_chars.append(fold_char(ch))
                raw_lines.append(number)
    raw = "".join(raw_chars)
    out: list[int] = []
    cursor = 0
    for i, ch in enumerate(block_text):
        if ch.isspace():
            out.append(raw_lines[min(cursor, len(raw_lines) - 1)] if raw_lines else span[0])
            continue
        folded = fold_char(ch)
        found = raw.find(folded, cursor, cursor + RESYNC_CHARS + 1)
        if found < 0:
            probe = "".join(fold_char(c) for c in block_text[i:i + RESYNC_CHARS] if not c.isspace())
            found = raw.find(probe, cursor, cursor + RESYNC_REACH) if probe else -1
        if found >= 0:
            out.append(raw_lines[found])
            cursor = found + 1
        else:
            out.append(raw_lines[min(cursor, len(raw_lines) - 1)] if raw_lines else span[0])
    return out
