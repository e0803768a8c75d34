"""Load resolved fonts into reportlab once per process and expose cheap per-character metrics.

A 20 MB CJK collection is parsed once per (path, face index); widths and
coverage are then plain dict look-ups, which keeps per-character layout fast.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Mapping

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError

from booklet.errors import InputError
from booklet.i18n import _
from booklet.fonts.facecache import open_ttfont

CID_FALLBACK = "STSong-Light"


class EmWidths:
    """Advance widths in em, read on demand from a table in thousandths of an em.

    A CJK face lists 20 000–40 000 widths and a booklet looks up a few thousand,
    so converting them lazily beats copying the whole table at load time.
    """

    __slots__ = ("_thousandths",)

    def __init__(self, thousandths: Mapping[int, float]) -> None:
        self._thousandths = thousandths

    def get(self, codepoint: int, default: float) -> float:
        """Width of ``codepoint`` in em, ``default`` when the table lacks it."""
        units = self._thousandths.get(codepoint)
        return default if units is None else units / 1000.0


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """Advance widths (em fractions) and coverage of one loaded face."""

    name: str  # the name registered with reportlab
    widths: EmWidths
    default_width: float
    coverage: frozenset[int] | None  # None: assume everything (CID fallback)

    def advance(self, ch: str) -> float:
        """Advance of ``ch`` in em (multiply by the size in points)."""
        return self.widths.get(ord(ch), self.default_width)

    def covers(self, ch: str) -> bool:
        """Whether the face has a glyph for ``ch``."""
        return self.coverage is None or ord(ch) in self.coverage

    def lacking(self, chars: set[str] | str) -> set[str]:
        """The characters of ``chars`` the face has no glyph for (set operations, no per-char
        Python: the common answer is the empty set)."""
        if self.coverage is None:
            return set()
        return {chr(cp) for cp in set(map(ord, chars)) - self.coverage}


def registered_name(path: Path | None, index: int) -> str:
    """The reportlab font name for a face (stable, so PDFs are reproducible)."""
    if path is None:
        return CID_FALLBACK
    stem = re.sub(r"[^A-Za-z0-9]+", "", path.stem) or "font"
    tag = zlib.crc32(str(path).encode("utf-8")) & 0xFFFF  # two files may share a name
    return f"BK{stem}{tag:04x}-{index}"


@cache
def load_metrics(path: Path | None, index: int = 0) -> FontMetrics:
    """Register the face with reportlab (once) and return its metrics."""
    if path is None:
        return _cid_metrics()
    name = registered_name(path, index)
    try:
        font = open_ttfont(name, path, index)
    except (TTFError, OSError, ValueError) as exc:
        raise InputError(_("cannot load this font; give a TrueType (.ttf/.ttc) font file"),
                         path=path) from exc
    pdfmetrics.registerFont(font)
    return FontMetrics(name, EmWidths(font.face.charWidths), font.face.defaultWidth / 1000.0,
                       frozenset(font.face.charToGlyph))


def _cid_metrics() -> FontMetrics:
    font = UnicodeCIDFont(CID_FALLBACK)
    pdfmetrics.registerFont(font)
    widths = {cp: font.stringWidth(chr(cp), 1000) for cp in range(0x20, 0x7F)}
    return FontMetrics(CID_FALLBACK, EmWidths(widths), 1.0, None)
