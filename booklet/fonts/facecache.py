"""A per-user cache of parsed TrueType faces, like fontconfig's, so a build does not re-parse
three 20 MB CJK collections every time.

reportlab's ``TTFont`` reads a face's cmap, advance widths and glyph offsets
with a Python loop over every glyph (20 000–45 000 in a CJK face): about half
of a face's load time.  ``CachedTTFont`` is a ``TTFont`` subclass that says
how to pickle itself (without the 20 MB file bytes, which are read again, and
without the per-document state); ``open_ttfont`` loads it from
``$XDG_CACHE_HOME/booklet/fonts`` when the entry's stamp (file size and
modification time, reportlab and Python versions) still matches, and parses
the file and refreshes the entry otherwise.  Any unreadable entry is just a
miss, and the cache folder can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import partial
from operator import mul
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from booklet.fileio import atomic_path

FORMAT = 1  # bump when what is stored changes
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
              ValueError, KeyError, IndexError)


class CachedTTFont(TTFont):
    """A ``TTFont`` that pickles without its file bytes and per-document state."""

    def __getstate__(self) -> dict:
        state = {k: v for k, v in vars(self).items() if k not in ("state", "face")}
        state["face"] = {k: v for k, v in vars(self.face).items()
                         if k not in ("_ttf_data", "_pdfScale")}
        return state

    def __setstate__(self, state: dict) -> None:
        face = TTFontFace.__new__(TTFontFace)
        vars(face).update(state.pop("face"))
        with open(face.filename, "rb") as fh:  # glyph outlines for subsetting
            face._ttf_data = fh.read()
        face._pdfScale = _pdf_scale(face.unitsPerEm)
        vars(self).update(state)
        self.face = face
        self.state = WeakKeyDictionary()


def _pdf_scale(units_per_em: int):
    """Font units → thousandths of an em, as reportlab's face computes it on parsing."""
    if units_per_em == 1000:
        return _same
    return partial(mul, 1000 / units_per_em)


def _same(value):
    return value


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/booklet/fonts`` (``~/.cache/booklet/fonts`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "booklet" / "fonts"


def _stamp(path: Path, index: int) -> tuple:
    stat = path.stat()
    return (FORMAT, str(path), index, stat.st_size, stat.st_mtime_ns, reportlab.Version,
            sys.version_info[:2])


def open_ttfont(name: str, path: Path, index: int) -> TTFont:
    """The face ``index`` of ``path`` registered-ready under ``name``: from the cache when fresh,
    else parsed by reportlab (and cached for next time)."""
    path = path.absolute()
    stamp = _stamp(path, index)
    entry = cache_folder() / f"{hashlib.sha256(repr(stamp[1:3]).encode()).hexdigest()[:24]}.pickle"
    font = _read(entry, stamp)
    if font is None:
        font = CachedTTFont(name, str(path), subfontIndex=index)
        _write(entry, stamp, font)
    font.fontName = name
    return font


def _read(entry: Path, stamp: tuple) -> CachedTTFont | None:
    try:
        with entry.open("rb") as fh:
            if pickle.load(fh) != stamp:  # the font file or reportlab changed: parse again
                return None
            font = pickle.load(fh)
    except UNREADABLE:  # absent, partly written by an old version, or unusable: a miss
        return None
    return font if isinstance(font, CachedTTFont) else None


def _write(entry: Path, stamp: tuple, font: CachedTTFont) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(entry) as tmp, tmp.open("wb") as fh:
            pickle.dump(stamp, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(font, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        return  # a read-only home: fonts are parsed each time, nothing else changes
