"""Tell TrueType from CFF-based OpenType by reading the sfnt header (reportlab embeds only TrueType)."""

from __future__ import annotations

import struct
from pathlib import Path

TRUETYPE = "truetype"
CFF = "cff"
NOT_A_FONT = "not-a-font"


def sfnt_kind(path: Path, index: int = 0) -> str:
    """``truetype``, ``cff`` or ``not-a-font`` for the face ``index`` of ``path`` (TTC aware)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if index >= count:
                    return NOT_A_FONT
                fh.seek(12 + 4 * index)
                offset = struct.unpack(">I", fh.read(4))[0]
                fh.seek(offset)
                head = fh.read(12)
            return _classify(fh, head, offset)
    except (OSError, struct.error):
        return NOT_A_FONT


def _classify(fh, head: bytes, offset: int) -> str:
    tag = head[:4]
    if tag == b"OTTO":
        return CFF
    if tag not in (b"\x00\x01\x00\x00", b"true"):
        return NOT_A_FONT
    num_tables = struct.unpack(">H", head[4:6])[0]
    fh.seek(offset + 12)
    tags = {fh.read(16)[:4] for _ in range(num_tables)}
    if b"glyf" in tags:
        return TRUETYPE
    return CFF if (b"CFF " in tags or b"CFF2" in tags) else NOT_A_FONT

