"""Decoding text files as people have them: UTF-8 (with or without BOM), UTF-16 and UTF-32
with a BOM, UTF-16 without one, GB18030/GBK.

Shared by the plain-text and Markdown readers, the manifest loader and the
byte sniffer, so all of them accept what Chinese Windows editors save:
Notepad's "Unicode" is UTF-16 LE with a BOM, some exports leave the BOM out.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from booklet.errors import InputError
from booklet.i18n import _

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# UTF-16 without a BOM shows itself by its NUL bytes: every ASCII character (line
# ends, digits, spaces) has one, on the odd bytes in little-endian, the even ones in
# big-endian.  A CJK character has a NUL only when its code ends in 00 (一 U+4E00),
# about one in 256, so nine NULs in ten on one side is a clear sign.
_NUL_SIDE_SHARE = 0.9
# ... and text has a few of them at least (its line ends), where a stray NUL or two in
# binary data (a PDF header) does not make UTF-16.
_MIN_NULS = 4
# Decoded text may hold tabs, line ends and form feeds, and hardly anything else below
# U+0020; binary data read as UTF-16 is full of such codes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_MAX_CONTROL_SHARE = 0.01


def bom_encoding(data: bytes) -> str | None:
    """The codec a BOM at the start of ``data`` names (``utf-16``/``utf-32``), else None."""
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``data`` reads as UTF-16 text without a BOM, else None.

    Looks at the first 64 KB: NUL bytes mostly on one side, and the decoded
    text (nearly) free of control characters.
    """
    head = data[:65536]
    head = head[: len(head) - len(head) % 2]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd + even < _MIN_NULS:
        return None
    if odd >= _NUL_SIDE_SHARE * (odd + even):
        codec = "utf-16-le"
    elif even >= _NUL_SIDE_SHARE * (odd + even):
        codec = "utf-16-be"
    else:
        return None
    text = head.decode(codec, errors="replace")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        return None
    return codec


def text_encoding(data: bytes) -> str | None:
    """The Unicode encoding ``data`` announces (BOM) or shows (UTF-16 NUL pattern), else None."""
    return bom_encoding(data) or (utf16_without_bom(data) if b"\x00" in data[:65536] else None)


def decode_text(data: bytes, path: Path) -> str:
    """The text of ``data``; an ``InputError`` for binary, empty or undecodable input."""
    codec = text_encoding(data)
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(_("not valid {encoding} text (byte {offset})").format(
                encoding=codec.upper(), offset=exc.start), path=path) from None
    if b"\x00" in data:
        raise InputError(_("binary file, not text (contains NUL bytes)"), path=path)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(_("cannot decode: not UTF-8 or GB18030/GBK text"), path=path)
