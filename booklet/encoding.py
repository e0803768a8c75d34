"""Decoding text files as people have them: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Shared by the plain-text reader and the manifest loader, so both accept what
Chinese Windows editors save.
"""

from __future__ import annotations

from pathlib import Path

from booklet.errors import InputError


def decode_text(data: bytes, path: Path) -> str:
    """The text of ``data``; an ``InputError`` for binary, empty or undecodable input."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 text (byte {exc.start})", path=path) from None
    if b"\x00" in data:
        raise InputError("binary file, not text (contains NUL bytes)", path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("cannot decode: not UTF-8 or GB18030/GBK text", path=path)
