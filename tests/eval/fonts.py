"""The installed fonts the harness typesets with, registered once with reportlab, and glyph widths."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# face → (file, subfont index): Debian's free CJK TrueType faces (fonts-arphic-*, fonts-wqy-zenhei)
# standing in for 宋体/楷体/黑体, and Liberation Serif for the Times New Roman a Word document sets
# digits and Latin in (fonts-liberation).
FACES = {
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "latin": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", 0),
    "latin_bold": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", 0),
}


def missing_fonts() -> list[str]:
    """Font files the harness needs that this machine lacks."""
    return [path for path, _ in FACES.values() if not Path(path).is_file()]


@lru_cache(maxsize=None)
def font_name(face: str) -> str:
    """The reportlab name of ``face``, registered on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"Eval-{face}"
    path, index = FACES[face]
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    return name


def is_cjk(ch: str) -> bool:
    """Full-width characters: CJK ideographs, CJK and full-width punctuation, circled numbers."""
    return ord(ch) >= 0x2000 and not 0x2010 <= ord(ch) <= 0x2027 or ch in "—…“”‘’"


@lru_cache(maxsize=65536)
def advance(ch: str, face: str) -> float:
    """Advance width of ``ch`` in ``face`` at size 1, as the font itself says."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(ch, font_name(face), 1.0)
