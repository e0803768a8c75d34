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

Unpickling a dict or list of 45 000 small tuples and lists costs far more than
the face is used for in most builds, so the big glyph tables are stored packed
(``array`` bytes): the character map and widths, which every build reads, are
rebuilt at once from them; the advance/side-bearing table (read only when a
subset is embedded) and the glyph-to-character map (only when shaping) when
first asked for.  Either way they are equal to what reportlab parsed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from array import array
from functools import partial
from operator import mul
from pathlib import Path
from typing import Any, Callable
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from booklet.fileio import atomic_path

FORMAT = 2  # bump when what is stored changes
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
              ValueError, KeyError, IndexError)


class CachedTTFont(TTFont):
    """A ``TTFont`` that pickles without its file bytes and per-document state."""

    def __getstate__(self) -> dict:
        state = {k: v for k, v in vars(self).items() if k not in ("state", "face")}
        for name in list(vars(self.face).get("_packed", ())):  # a face from the cache: whole
            getattr(self.face, name)
        face = {k: v for k, v in vars(self.face).items()
                if k not in ("_ttf_data", "_pdfScale", "_packed")}
        face["packed"] = {}
        for name, (pack, unpack) in PACKED.items():
            if name in face:
                try:
                    packed = pack(face[name])
                except (TypeError, ValueError, OverflowError):
                    continue  # kept as it is
                if _same_values(unpack(packed), face[name]):  # else kept as it is
                    face["packed"][name] = packed
                    del face[name]
        state["face"] = face
        return state

    def __setstate__(self, state: dict) -> None:
        face = CachedFace.__new__(CachedFace)
        fields = state.pop("face")
        packed = fields.pop("packed")
        face.__dict__.update(fields)
        face._packed = packed
        for name in EAGER:
            if name in packed:
                setattr(face, name, PACKED[name][1](packed.pop(name)))
        with open(face.filename, "rb") as fh:  # glyph outlines for subsetting
            face._ttf_data = fh.read()
        face._pdfScale = _pdf_scale(face.unitsPerEm)
        self.__dict__.update(state)
        self.face = face
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()


class CachedFace(TTFontFace):
    """A face from the cache: its packed tables are unpacked the first time they are read."""

    def __getattr__(self, name: str):  # only called for attributes not yet in the instance
        packed = self.__dict__.get("_packed")
        if packed is None or name not in packed:
            raise AttributeError(name)
        value = PACKED[name][1](packed.pop(name))
        setattr(self, name, value)
        return value


def _same_values(unpacked, original) -> bool:
    """Whether a packed table comes back exactly: equal, and with numbers of the same types
    (reportlab's widths are floats, or ints in a face of 1000 units per em; its metrics
    pairs start with integer advances and go on with scaled ones)."""
    return unpacked == original and _types(unpacked) == _types(original)


def _types(table) -> list:
    values = table.values() if isinstance(table, dict) else table
    return [tuple(map(type, v)) if isinstance(v, (tuple, list)) else type(v) for v in values]


def _pack_map(table: dict[int, int]) -> tuple[bytes, bytes]:
    return array("q", table).tobytes(), array("q", table.values()).tobytes()


def _unpack_map(packed: tuple[bytes, bytes]) -> dict[int, int]:
    keys, values = array("q"), array("q")
    keys.frombytes(packed[0])
    values.frombytes(packed[1])
    return dict(zip(keys, values))


def _pack_widths(table: dict[int, float]) -> tuple[str, bytes, bytes]:
    """Widths in thousandths of an em: whole numbers when the face has 1000 units per em."""
    code = "q" if all(type(v) is int for v in table.values()) else "d"
    return code, array("q", table).tobytes(), array(code, table.values()).tobytes()


def _unpack_widths(packed: tuple[str, bytes, bytes]) -> dict[int, float]:
    keys, values = array("q"), array(packed[0])
    keys.frombytes(packed[1])
    values.frombytes(packed[2])
    return dict(zip(keys, values))


def _pack_pairs(pairs: list[tuple[float, int]]) -> tuple[int, bytes, bytes, bytes]:
    """(advance, side bearing) pairs: reportlab reads the first advances as integers and
    repeats the last one, scaled, for the glyphs after them."""
    advances = [advance for advance, _lsb in pairs]
    whole = next((i for i, a in enumerate(advances) if type(a) is not int), len(advances))
    return (whole, array("q", advances[:whole]).tobytes(), array("d", advances[whole:]).tobytes(),
            array("q", (lsb for _advance, lsb in pairs)).tobytes())


def _unpack_pairs(packed: tuple[int, bytes, bytes, bytes]) -> list[tuple[float, int]]:
    _whole, ints, floats, bearings = packed
    advances, scaled, lsbs = array("q"), array("d"), array("q")
    advances.frombytes(ints)
    scaled.frombytes(floats)
    lsbs.frombytes(bearings)
    return list(zip([*advances, *scaled], lsbs))


def _pack_lists(table: dict[int, list[int]]) -> tuple[bytes, bytes, bytes]:
    """glyph → [characters]: the glyphs, how many characters each, the characters."""
    return (array("q", table).tobytes(), array("q", map(len, table.values())).tobytes(),
            array("q", (ch for chars in table.values() for ch in chars)).tobytes())


def _unpack_lists(packed: tuple[bytes, bytes, bytes]) -> dict[int, list[int]]:
    glyphs, counts, chars = array("q"), array("q"), array("q")
    for part, data in zip((glyphs, counts, chars), packed):
        part.frombytes(data)
    out, at = {}, 0
    for glyph, count in zip(glyphs, counts):
        out[glyph] = chars[at:at + count].tolist()
        at += count
    return out


def _pack_ints(values: list[int]) -> bytes:
    return array("q", values).tobytes()


def _unpack_ints(packed: bytes) -> list[int]:
    values = array("q")
    values.frombytes(packed)
    return values.tolist()


# The big tables of a face, with how each is stored; EAGER ones every build reads at once.
# table name → (pack, unpack); each pair takes and gives its own table's types
PACKED: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {"charToGlyph": (_pack_map, _unpack_map), "charWidths": (_pack_widths, _unpack_widths),
          "glyphPos": (_pack_ints, _unpack_ints), "hmetrics": (_pack_pairs, _unpack_pairs),
          "glyphToChar": (_pack_lists, _unpack_lists)}
EAGER = ("charToGlyph", "charWidths", "glyphPos")


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
    # The format in the name: two booklet versions on one machine keep an entry each
    # instead of re-parsing the face every time the other one has rewritten it.
    name_hash = hashlib.sha256(repr(stamp[1:3]).encode()).hexdigest()[:24]
    entry = cache_folder() / f"{name_hash}-{FORMAT}.pickle"
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
