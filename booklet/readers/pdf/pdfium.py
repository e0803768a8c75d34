"""PDFium (pypdfium2) → the glyphs of one page: the only module that calls PDFium.

Per character PDFium is asked three things — its code point, its "loose" box (advance width
× the font's ascent and descent: the box pdfminer reports too) and the text object drawing
it; what holds for a whole text object (font, size, direction, how it is painted) is asked
once per object, and what holds for a font (name, weight) once per font.  The calls go
through copies of the bindings typed with plain integer pointers (``_retyped``): ctypes
converts those several times faster, and a 100-page PDF makes some 200 000 of them.
"""

from __future__ import annotations

import ctypes
import math
import sys
from typing import NamedTuple

from booklet.readers.pdf.opening import Glyph, PageGlyphs

# A horizontal rule (a footnote separator, a 红头 line): thinner than 2 pt, longer than 20 pt.
RULE_MAX_THICKNESS_PT = 2
RULE_MIN_LENGTH_PT = 20
# Text is upright when its baseline turns by less than about one degree (tan 1° ≈ 0.0175);
# anything steeper is a watermark or a margin note set sideways.
UPRIGHT_SLOPE = 0.0175
# Synthetic bold (Word, WPS): the outline stroked as well as filled (render mode 2 or 6) with a
# pen of at least 1 % of the font size (Word uses about 3 %; a hairline thickens nothing).
FILL_STROKE_MODES = (2, 6)
STROKE_MIN_SHARE = 0.01
# A font is bold by its descriptor at weight 600 (semibold) and up, or with the ForceBold flag.
BOLD_WEIGHT = 600
FORCE_BOLD_FLAG = 1 << 18
_LINE_FEEDS = (0x0A, 0x0D)
# Code points of whitespace (str.isspace), the only ones PDFium may have generated.
_SPACES = frozenset(c for c in range(0x3001) if chr(c).isspace())


class _Face(NamedTuple):
    """What one text object says about every character it draws."""

    font: str
    size: float
    upright: bool
    heavy: bool


_NO_FACE = _Face("", 0.0, True, False)


class _Calls:
    """The PDFium entry points used, typed with plain integer pointers."""

    def __init__(self, c) -> None:
        vp, i, f = ctypes.c_void_p, ctypes.c_int, ctypes.c_float
        self.count = _retyped(c.FPDFText_CountChars, i, vp)
        self.unicode = _retyped(c.FPDFText_GetUnicode, ctypes.c_uint, vp, i)
        self.generated = _retyped(c.FPDFText_IsGenerated, i, vp, i)
        self.loose_box = _retyped(c.FPDFText_GetLooseCharBox, i, vp, i, vp)
        self.text_object = _retyped(c.FPDFText_GetTextObject, vp, vp, i)
        self.font_size = _retyped(c.FPDFText_GetFontSize, ctypes.c_double, vp, i)
        self.matrix = _retyped(c.FPDFPageObj_GetMatrix, i, vp, vp)
        self.render_mode = _retyped(c.FPDFTextObj_GetTextRenderMode, i, vp)
        self.stroke_width = _retyped(c.FPDFPageObj_GetStrokeWidth, i, vp, vp)
        self.font = _retyped(c.FPDFTextObj_GetFont, vp, vp)
        self.font_name = _retyped(c.FPDFFont_GetBaseFontName, ctypes.c_ulong, vp, vp, ctypes.c_ulong)
        self.font_weight = _retyped(c.FPDFFont_GetWeight, i, vp)
        self.font_flags = _retyped(c.FPDFFont_GetFlags, i, vp)
        self.count_objects = _retyped(c.FPDFPage_CountObjects, i, vp)
        self.object = _retyped(c.FPDFPage_GetObject, vp, vp, i)
        self.object_type = _retyped(c.FPDFPageObj_GetType, i, vp)
        self.bounds = _retyped(c.FPDFPageObj_GetBounds, i, vp, vp, vp, vp, vp)
        self.image, self.path, self.text = c.FPDF_PAGEOBJ_IMAGE, c.FPDF_PAGEOBJ_PATH, c.FPDF_PAGEOBJ_TEXT
        self.float = f


def _retyped(function, restype, *argtypes):
    """``function`` (an entry point of the bindings) called with the given C types."""
    proto = ctypes.CFUNCTYPE
    if sys.platform == "win32" and ctypes.sizeof(ctypes.c_void_p) == 4:   # 32-bit Windows: stdcall
        proto = ctypes.WINFUNCTYPE  # type: ignore[attr-defined]
    return proto(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class PageReader:
    """Reads one page after another of a document, remembering its fonts across pages."""

    def __init__(self, pdfium_c) -> None:
        self.calls = _Calls(pdfium_c)
        self.fonts: dict[int, tuple[str, bool]] = {}
        self.buf = ctypes.create_string_buffer(256)
        self.matrix = pdfium_c.FS_MATRIX()
        self.rect = pdfium_c.FS_RECTF()
        self.corners = [ctypes.c_float() for _ in range(4)]

    def page(self, page, number: int) -> PageGlyphs:
        """Glyphs, images and rules of one page (a pypdfium2 ``PdfPage``)."""
        left, bottom, right, top = page.get_cropbox()
        textpage = page.get_textpage()
        try:
            glyphs, rotated, faces = self._glyphs(_address(textpage.raw), left, top)
        finally:
            textpage.close()
        images, rules, unseen = self._objects(_address(page.raw), left, top, faces)
        return PageGlyphs(number, float(right - left), float(top - bottom), tuple(glyphs), images,
                          rules, "".join(rotated), unseen)

    def _glyphs(self, tp: int, left: float, top: float) -> tuple[list[Glyph], list[str], dict]:
        calls, rect = self.calls, self.rect
        unicode, loose_box, text_object, generated = calls.unicode, calls.loose_box, calls.text_object, calls.generated
        box = ctypes.addressof(rect)
        glyphs: list[Glyph] = []
        rotated: list[str] = []
        faces: dict[int, _Face] = {}
        face, last = _NO_FACE, None
        new = tuple.__new__   # a Glyph without the NamedTuple's Python-level __new__
        for k in range(calls.count(tp)):
            code = unicode(tp, k)
            text = chr(code) if 0 < code < 0x110000 else "\ufffd"
            if code in _SPACES and (code in _LINE_FEEDS or generated(tp, k)):
                continue   # PDFium's own guesses at line ends and word spaces: ``rows`` makes its own
            obj = text_object(tp, k) or 0
            if obj != last:
                known = faces.get(obj)
                if known is None:
                    known = faces[obj] = self._face(tp, k, obj) if obj else _NO_FACE
                face, last = known, obj
            if not face.upright:
                rotated.append(text)
                continue
            loose_box(tp, k, box)
            glyphs.append(new(Glyph, (text, rect.left - left, rect.right - left, top - rect.top,
                                      top - rect.bottom, face.size, face.font, face.heavy)))
        return glyphs, rotated, faces

    def _face(self, tp: int, index: int, obj: int) -> _Face:
        """Font, size, direction and weight of the text object ``obj`` (drawing ``index``).

        The size is the font size times the vertical scale of the object's matrix (text matrix
        and CTM): documents that set ``1 Tf`` and scale the matrix are common."""
        calls, m = self.calls, self.matrix
        calls.matrix(obj, ctypes.addressof(m))
        a, b, c, d = m.a, m.b, m.c, m.d
        scale = abs(a * d - b * c) / (math.hypot(a, b) or 1.0)
        nominal = calls.font_size(tp, index)
        name, bold_font = self._font(calls.font(obj) or 0)
        heavy = bold_font
        if not heavy and calls.render_mode(obj) in FILL_STROKE_MODES:
            width = self.corners[0]
            heavy = bool(calls.stroke_width(obj, ctypes.addressof(width))) \
                and width.value * scale >= STROKE_MIN_SHARE * nominal * scale
        return _Face(name, round(nominal * scale, 1), a > 0 and abs(b) <= UPRIGHT_SLOPE * a, heavy)

    def _font(self, font: int) -> tuple[str, bool]:
        """(PostScript name, bold by its descriptor) of a font handle."""
        known = self.fonts.get(font)
        if known is None:
            calls, buf = self.calls, self.buf
            n = calls.font_name(font, ctypes.addressof(buf), len(buf)) if font else 0
            name = buf.raw[:max(0, n - 1)].decode("utf-8", "replace")
            bold = bool(font) and (calls.font_weight(font) >= BOLD_WEIGHT
                                   or bool(calls.font_flags(font) & FORCE_BOLD_FLAG))
            known = self.fonts[font] = (name, bold)
        return known

    def _objects(self, page: int, left: float, top: float, faces: dict) -> tuple[tuple, tuple, tuple]:
        """Image boxes, thin horizontal rules, and the boxes of text objects none of whose
        characters PDFium kept (it drops a copy printed over another: overprinted bold)."""
        calls = self.calls
        images: list[tuple[float, float, float, float]] = []
        rules: list[tuple[float, float, float]] = []
        unseen: list[tuple[float, float, float, float]] = []
        refs = [ctypes.addressof(v) for v in self.corners]
        for i in range(calls.count_objects(page)):
            obj = calls.object(page, i)
            kind = calls.object_type(obj)
            if kind == calls.text and obj in faces:
                continue
            if kind not in (calls.image, calls.path, calls.text) or not calls.bounds(obj, *refs):
                continue
            x0, y0, x1, y1 = (v.value for v in self.corners)
            box = (x0 - left, top - y1, x1 - left, top - y0)
            if kind == calls.image:
                images.append(box)
            elif kind == calls.text:
                unseen.append(box)
            elif y1 - y0 < RULE_MAX_THICKNESS_PT and x1 - x0 > RULE_MIN_LENGTH_PT:
                rules.append((box[0], box[2], box[1]))
        return tuple(images), tuple(rules), tuple(unseen)
