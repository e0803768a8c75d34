"""The PDF text operators of one set line, formatted once per character instead of per call.

reportlab's text object formats every ``textOut`` afresh: it looks up the font,
maps each character to its 256-glyph subset and code in a Python loop
(``TTFont.splitString``), asks for each subset's resource name, escapes the
bytes and measures the string to move its cursor — most of the time spent
writing a booklet's PDF, which draws every character of the text once.  A
booklet sets a few thousand distinct characters, so here each character's
subset and escaped code are asked of the font once (through the same public
``splitString`` and ``getSubsetInternalName``, so reportlab still assigns the
codes and embeds the subsets), and a line becomes one ``BT … ET`` string joined
from those, handed to the canvas with ``addLiteral``.

The operators are the ones reportlab's text object writes for the same calls
(``Tm``, ``Tc``, ``Ts``, ``rg``/``RG``, ``Tr``, ``Tf``, ``Tj``; numbers through
its own ``fp_str``, strings through its own ``escapePDF``), minus the ``TL``
leading that ``Tj`` never reads: the page looks exactly the same.  Only
TrueType fonts (the ones booklet embeds) go this way; for reportlab's built-in
CID font ``line_code`` answers None and the caller uses the text object.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from booklet.writers.pdf.text import Line


class TextCodes:
    """Per document: each character's subset and escaped code in each TrueType font."""

    def __init__(self, doc: object) -> None:
        self._doc = doc  # reportlab's document: subsets and their names are kept per document
        self._fonts: dict[str, TTFont | None] = {}
        self._codes: dict[str, _Codes] = {}  # font → char → (name, code)
        self._colors: dict[str, str] = {}

    def line_code(self, line: Line, x: float, y: float, stroke: bool) -> str | None:
        """``BT … ET`` drawing ``line`` from (x, y); ``stroke`` also sets the stroke colour
        (fill-and-stroke bold).  None when a run's font is not an embedded TrueType font."""
        code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        spacing = rise = color = mode = face = None
        for run in line.runs:
            chars = self._chars(run.font)
            if chars is None:
                return None
            gap = 0.0 if run.tight else line.spacing  # Latin words keep natural widths
            if gap != spacing:
                spacing = gap
                code.append(f"{fp_str(gap)} Tc")
            if run.rise != rise:
                rise = run.rise
                code.append(f"{fp_str(rise)} Ts")
            if run.color != color:
                color = run.color
                rgb = self._rgb(color)
                code.append(f"{rgb} rg {rgb} RG" if stroke else f"{rgb} rg")
            if (2 if run.bold else 0) != mode:
                mode = 2 if run.bold else 0
                code.append(f"{mode} Tr")
            size = fp_str(run.size)
            for name, codes in groupby(map(chars.__getitem__, run.text), key=_name):
                if (name, size) != face:
                    face = (name, size)
                    code.append(f"{name} {size} Tf")
                code.append(f"({''.join([c for _, c in codes])}) Tj")  # a list joins faster
        code.append("ET")
        return " ".join(code)

    def _chars(self, font_name: str) -> "_Codes | None":
        if font_name not in self._fonts:
            font = pdfmetrics.getFont(font_name)
            self._fonts[font_name] = font if isinstance(font, TTFont) else None
            self._codes[font_name] = _Codes(font, self._doc)
        return self._codes[font_name] if self._fonts[font_name] is not None else None

    def _rgb(self, hex_code: str) -> str:
        if hex_code not in self._colors:
            c = HexColor(hex_code)
            self._colors[hex_code] = fp_str(c.red, c.green, c.blue)
        return self._colors[hex_code]


class _Codes(dict):
    """char → (subset resource name, escaped code), filled on first sight of a character."""

    def __init__(self, font: object, doc: object) -> None:
        super().__init__()
        self._font, self._doc = font, doc

    def __missing__(self, ch: str) -> tuple[str, str]:
        font, doc = self._font, self._doc
        (subset, data), = font.splitString(ch, doc)  # type: ignore[attr-defined]
        value = (font.getSubsetInternalName(subset, doc), escapePDF(data))  # type: ignore[attr-defined]
        self[ch] = value
        return value


def _name(entry: tuple[str, str]) -> str:
    return entry[0]
