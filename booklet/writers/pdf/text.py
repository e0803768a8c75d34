"""Turn styled text into drawable lines: per-character fonts and widths, clreq breaking, justification.

Widths come from cached tables (``booklet.fonts.load``), so a paragraph costs a
few list comprehensions; a character the role font lacks is drawn with a
substitute font instead of an empty box.

Chinese characters sit on the grid (the profile's character pitch).  ASCII
letters, digits and signs are set in the Latin face (``FontMap.latin``) at their
natural widths: inside a Latin word no letter spacing is added, and a justified
line is spread only at the gaps between Chinese characters and around Latin
words, so ``4.8%`` or ``Web3.0`` is never letter-spaced apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Sequence

from booklet.fonts import FontMap
from booklet.fonts.glyphs import substitute_for
from booklet.fonts.load import FontMetrics, load_metrics
from booklet.layout import Profile, TextStyle
from booklet.model import Bold, FootnoteRef, Inline, Text
from booklet.present.breaks import attribution_lines, title_lines
from booklet.present.notes import note_mark
from booklet.typeset import break_lines, char_spacing

Attr = tuple[str, float, bool, float, str, bool, bool]  # font, size, bold, rise, colour, mark, tight
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
LATIN = re.compile(r"[\x20-\x7e]+")  # what the Latin face sets: printable ASCII, as Word's w:ascii


@dataclass(frozen=True, slots=True)
class Run:
    """Characters of one line sharing font, size, weight, rise and colour."""

    font: str
    size: float
    text: str
    bold: bool = False
    rise: float = 0.0
    color: str = "#000000"
    mark: bool = False  # footnote markers: the pager may renumber them per page
    tight: bool = False  # inside a Latin word: drawn without the line's character spacing


def _run(attr: Attr, text: str) -> Run:
    font, size, bold, rise, color, mark, tight = attr
    return Run(font, size, text, bold, rise, color, mark, tight)


@dataclass(frozen=True, slots=True)
class Line:
    """One set line: runs drawn from ``x`` (relative to the text block) with char spacing ``spacing``."""

    runs: tuple[Run, ...]
    x: float
    spacing: float
    width: float
    rule: float = 0.0  # length of a short rule drawn across the slot instead of text
    refs: tuple[str, ...] = ()  # labels of the footnotes whose markers this line carries

    @classmethod
    def blank_rule(cls, x: float, length: float) -> "Line":
        """A slot holding only a horizontal rule (the footnote separator, a section break)."""
        return cls((), x, 0.0, length, rule=length)

    @property
    def text(self) -> str:
        """The characters of the line."""
        return "".join(r.text for r in self.runs)

    @property
    def gaps(self) -> int:
        """Gaps that take the line's character spacing: after every glyph but the last, except
        inside Latin words (tight runs)."""
        loose = sum(len(r.text) for r in self.runs if not r.tight)
        return max(loose - (1 if self.runs and not self.runs[-1].tight else 0), 0)


class Shaper:
    """Sets text in profile styles for one booklet (holds font metrics and substitutes)."""

    def __init__(self, profile: Profile, fonts: FontMap) -> None:
        self.profile = profile
        self.fonts = fonts
        self.measure = profile.text_width_mm * 72 / 25.4
        self._ratio = profile.char_pitch_pt / profile.body.size_pt  # pitch per em on the grid
        self._subs: dict[str, tuple[Path, int, str] | None] = {}
        self._advances: dict[tuple[str, float, float], _Advances] = {}
        latin = fonts.latin()
        self._latin = load_metrics(latin.path, latin.index) if latin is not None else None

    def metrics(self, style: TextStyle) -> FontMetrics:
        """Metrics of the font serving the style's role."""
        f = self.fonts[style.role]
        return load_metrics(f.path, f.index)

    def pitch(self, style: TextStyle) -> float:
        """Grid advance of one CJK character in this style."""
        return style.size_pt * self._ratio

    def set(self, style_name: str, content: str | Sequence[Inline], *, first_indent: float = 0,
            indent: float = 0, measure: float | None = None, align: str | None = None,
            marks_inline: bool = False) -> list[Line]:
        """Lines of ``content`` in the named style; indents in characters of that style.

        A centred title or an attribution is broken where the presentation layer breaks display
        text (``present.breaks``: at words, as the DOCX does).  Footnote markers are superscript,
        or full size with ``marks_inline`` (a note's own label at the page foot).
        """
        style = self.profile.style(style_name)
        measure = self.measure if measure is None else measure
        inlines = (Text(content),) if isinstance(content, str) else tuple(content)
        chars, widths, attrs, table, refs = self._measure(style, inlines, marks_inline)
        pitch = self.pitch(style)
        align = align or style.align
        parts = self._display_parts(style_name, chars, measure, align) if not refs else None
        if parts is not None and len(parts) > 1:
            return [line for part in parts
                    for line in self.set(style_name, part, measure=measure, align=align)]
        spans = break_lines(chars, widths, measure, first_indent=first_indent * pitch,
                            indent=indent * pitch, squeeze=pitch)
        tracking = pitch - style.size_pt
        lines = []
        for i, span in enumerate(spans):
            ind = (first_indent if i == 0 else indent) * pitch
            line = self._line(chars, widths, attrs, table, span, ind, measure, align, tracking)
            here = tuple(label for at, label in refs if span.start <= at < span.end)
            lines.append(replace(line, refs=here) if here else line)
        return lines

    def _display_parts(self, style_name: str, text: str, measure: float,
                       align: str) -> list[str] | None:
        """Where the presentation layer breaks a centred title or a right-aligned attribution
        (the DOCX prints the same lines); None for running text."""
        if align == "center":
            return title_lines(self.profile, style_name, text, measure)
        if align == "right" and style_name == "attribution":
            return attribution_lines(self.profile, text, measure)
        return None

    def _line(self, chars, widths, attrs, table: list[Attr], span, ind, measure, align, tracking) -> Line:
        runs = tuple(_run(table[a], text) for a, text in _runs(chars, attrs, span.start, span.end, len(table)))
        loose = sum(1 for i in range(span.start, span.end) if not table[attrs[i]][6]) \
            if len(table) > 1 else span.end - span.start
        advances = span.width - loose * tracking
        gaps = Line(runs, 0, 0, 0).gaps
        avail = measure - ind
        justify = align == "justify" and not span.last
        spacing = char_spacing(advances, gaps, avail, tracking=tracking, justify=justify,
                               max_stretch=self.profile.body.size_pt * 0.5)
        if span.width > avail and not justify:  # a pushed-in line that is not justified
            spacing = char_spacing(advances, gaps, avail, tracking=tracking, justify=True,
                                   max_stretch=0)
        width = advances + gaps * spacing
        x = ind
        if align == "center":
            x = ind + (avail - width) / 2
        elif align == "right":
            x = measure - width
        return Line(runs, x, spacing, width)

    def _measure(self, style: TextStyle, inlines: tuple[Inline, ...], marks_inline: bool = False):
        """Characters, widths (with grid tracking), attribute ids, the attribute table, and
        (offset, label) of each footnote marker."""
        chars: list[str] = []
        widths: list[float] = []
        attrs: list[int] = []
        table: list[Attr] = []
        refs: list[tuple[int, str]] = []
        tracking = self.pitch(style) - style.size_pt
        base = self.metrics(style)
        heavy = style.bold or self.fonts[style.role].embolden
        for node in inlines:
            size, rise, bold, mark = style.size_pt, 0.0, heavy, False
            text = node.label if isinstance(node, FootnoteRef) else node.text
            text = CONTROL.sub("", text)  # a stray newline or tab would print as a box
            if isinstance(node, FootnoteRef):
                refs.append((len(chars), node.label))
                if not marks_inline:
                    size, rise = style.size_pt * 0.6, style.size_pt * 0.4
                text, mark = marker_text(text), True
            elif isinstance(node, Bold):
                bold = True
            look = (size, bold, rise, style.color, mark)
            for piece, face in self._scripts(text, base):
                self._append(piece, face, look, tracking, chars, widths, attrs, table)
        if self._latin is not None and any(attr[0] == self._latin.name for attr in table):
            _tighten(chars, widths, attrs, table, tracking, self._latin.name)
        return "".join(chars), widths, attrs, table, refs

    def _scripts(self, text: str, base: FontMetrics):
        """(piece, face) of ``text``: ASCII runs in the Latin face, the rest in ``base``."""
        latin = self._latin
        if latin is None or not LATIN.search(text):
            yield text, base
            return
        pos = 0
        for match in LATIN.finditer(text):
            if match.start() > pos:
                yield text[pos:match.start()], base
            yield match.group(), latin
            pos = match.end()
        if pos < len(text):
            yield text[pos:], base

    def _append(self, text, base, look, tracking, chars, widths, attrs, table) -> None:
        size, bold, rise, color, mark = look
        missing = base.lacking(text)
        if not missing:  # the common case: one attribute for the whole inline
            attr = (base.name, size, bold, rise, color, mark, False)
            if not table or table[-1] != attr:
                table.append(attr)
            key = (base.name, size, tracking)
            advances = self._advances.get(key)
            if advances is None:
                advances = self._advances[key] = _Advances(base, size, tracking)
            chars.extend(text)
            widths.extend(map(advances.__getitem__, text))
            attrs.extend([len(table) - 1] * len(text))
            return
        for ch in text:
            metrics, ch = (base, ch) if ch not in missing else self._substitute(ch, base)
            attr = (metrics.name, size, bold, rise, color, mark, False)
            if not table or table[-1] != attr:
                table.append(attr)
            chars.append(ch)
            widths.append(metrics.advance(ch) * size + tracking)
            attrs.append(len(table) - 1)

    def _substitute(self, ch: str, base: FontMetrics) -> tuple[FontMetrics, str]:
        """A font that has ``ch``; with none, the geta mark 〓 (the printers' sign for a missing
        character) rather than an empty box.  ``check_glyphs`` reports both cases."""
        found = substitute_for(ch, self.fonts, self._subs)
        if found:
            return load_metrics(found[0], found[1]), ch
        return base, ("〓" if base.covers("〓") else "?")



def marker_text(label: str) -> str:
    """What a footnote marker prints: a presented label ``3`` as ③, another label as it is
    (a Markdown key in brackets)."""
    if label.isdecimal():
        return note_mark(int(label))
    return f"[{label}]" if label.isascii() else label


class _Advances(dict):
    """Character → grid advance in one font, size and tracking, filled on first sight, so a
    paragraph's widths are one ``map`` over its characters rather than a Python loop."""

    def __init__(self, metrics: FontMetrics, size: float, tracking: float) -> None:
        super().__init__()
        self._get, self._default = metrics.widths.get, metrics.default_width
        self._size, self._tracking = size, tracking

    def __missing__(self, ch: str) -> float:
        value = self[ch] = self._get(ord(ch), self._default) * self._size + self._tracking
        return value


def _tighten(chars: list[str], widths: list[float], attrs: list[int], table: list[Attr],
             tracking: float, latin: str) -> None:
    """Inside a Latin word (two Latin-face glyphs, neither a space) the first glyph takes no
    grid tracking and is marked tight, so justification leaves the word at its natural width."""
    tight_of: dict[int, int] = {}
    for i in range(len(chars) - 1):
        a, b = table[attrs[i]], table[attrs[i + 1]]
        if a[0] != latin or b[0] != latin or chars[i] == " " or chars[i + 1] == " ":
            continue
        widths[i] -= tracking
        tight = tight_of.get(attrs[i])
        if tight is None:
            tight = tight_of[attrs[i]] = len(table)
            table.append(a[:6] + (True,))
        attrs[i] = tight


def _runs(chars: str, attrs: list[int], start: int, end: int, kinds: int):
    """(attribute id, text) of each stretch of ``chars[start:end]`` sharing one attribute."""
    if kinds == 1:  # the usual paragraph: a single look throughout
        if end > start:
            yield attrs[start], chars[start:end]
        return
    pos = start
    for attr, group in groupby(attrs[start:end]):
        size = len(list(group))
        yield attr, chars[pos:pos + size]
        pos += size
