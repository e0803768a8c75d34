"""Turn styled text into drawable lines: per-character fonts and widths, clreq breaking, justification.

Widths come from cached tables (``booklet.fonts.load``), so a paragraph costs a
few list comprehensions; a character the role font lacks is drawn with a
substitute font instead of an empty box.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Sequence

from booklet.fonts import FontMap
from booklet.fonts.glyphs import substitute_for
from booklet.fonts.load import FontMetrics, load_metrics
from booklet.layout import Profile, TextStyle
from booklet.model import Bold, FootnoteRef, Inline, Text
from booklet.typeset import LineSpan, break_lines, can_break_before, char_spacing

Attr = tuple[str, float, bool, float, str]  # font name, size, bold, rise, colour


@dataclass(frozen=True, slots=True)
class Run:
    """Characters of one line sharing font, size, weight, rise and colour."""

    font: str
    size: float
    text: str
    bold: bool = False
    rise: float = 0.0
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class Line:
    """One set line: runs drawn from ``x`` (relative to the text block) with char spacing ``spacing``."""

    runs: tuple[Run, ...]
    x: float
    spacing: float
    width: float
    rule: float = 0.0  # length of a short rule drawn across the slot instead of text

    @classmethod
    def blank_rule(cls, x: float, length: float) -> "Line":
        """A slot holding only a horizontal rule (the footnote separator, a section break)."""
        return cls((), x, 0.0, length, rule=length)

    @property
    def text(self) -> str:
        """The characters of the line."""
        return "".join(r.text for r in self.runs)


class Shaper:
    """Sets text in profile styles for one booklet (holds font metrics and substitutes)."""

    def __init__(self, profile: Profile, fonts: FontMap) -> None:
        self.profile = profile
        self.fonts = fonts
        self.measure = profile.text_width_mm * 72 / 25.4
        self._ratio = profile.char_pitch_pt / profile.body.size_pt  # pitch per em on the grid
        self._subs: dict[str, tuple[Path, int, str] | None] = {}

    def metrics(self, style: TextStyle) -> FontMetrics:
        """Metrics of the font serving the style's role."""
        f = self.fonts[style.role]
        return load_metrics(f.path, f.index)

    def pitch(self, style: TextStyle) -> float:
        """Grid advance of one CJK character in this style."""
        return style.size_pt * self._ratio

    def set(self, style_name: str, content: str | Sequence[Inline], *, first_indent: float = 0,
            indent: float = 0, measure: float | None = None, align: str | None = None) -> list[Line]:
        """Lines of ``content`` in the named style; indents in characters of that style."""
        style = self.profile.style(style_name)
        measure = self.measure if measure is None else measure
        inlines = (Text(content),) if isinstance(content, str) else tuple(content)
        chars, widths, attrs, table = self._measure(style, inlines)
        pitch = self.pitch(style)
        align = align or style.align
        spans = break_lines(chars, widths, measure, first_indent=first_indent * pitch,
                            indent=indent * pitch, squeeze=pitch)
        if align == "center" and len(spans) > 1:
            spans = _balanced(chars, widths, measure, pitch, len(spans))
        elif align == "right" and len(spans) == 2:
            spans = _before_bracket(chars, widths, measure) or spans
        tracking = pitch - style.size_pt
        lines = []
        for i, span in enumerate(spans):
            ind = (first_indent if i == 0 else indent) * pitch
            lines.append(self._line(chars, widths, attrs, table, span, ind, measure, align, tracking))
        return lines

    def _line(self, chars, widths, attrs, table, span, ind, measure, align, tracking) -> Line:
        runs = tuple(Run(table[a][0], table[a][1], "".join(chars[i] for i in grp), table[a][2],
                         table[a][3], table[a][4])
                     for a, grp in groupby(range(span.start, span.end), key=attrs.__getitem__))
        glyphs = span.end - span.start
        advances = span.width - glyphs * tracking
        avail = measure - ind
        justify = align == "justify" and not span.last
        spacing = char_spacing(span.width, advances, glyphs, avail, tracking=tracking,
                               justify=justify, max_stretch=self.profile.body.size_pt * 0.5)
        if span.width > avail and not justify:  # a pushed-in line that is not justified
            spacing = char_spacing(span.width, advances, glyphs, avail, tracking=tracking,
                                   justify=True, max_stretch=0)
        width = advances + max(glyphs - 1, 0) * spacing
        x = ind
        if align == "center":
            x = ind + (avail - width) / 2
        elif align == "right":
            x = measure - width
        return Line(runs, x, spacing, width)

    def _measure(self, style: TextStyle, inlines: tuple[Inline, ...]):
        """Characters, widths (with grid tracking), attribute ids and the attribute table."""
        chars: list[str] = []
        widths: list[float] = []
        attrs: list[int] = []
        table: list[Attr] = []
        tracking = self.pitch(style) - style.size_pt
        base = self.metrics(style)
        heavy = style.bold or self.fonts[style.role].embolden
        for node in inlines:
            size, rise, bold = style.size_pt, 0.0, heavy
            text = node.label if isinstance(node, FootnoteRef) else node.text
            if isinstance(node, FootnoteRef):
                size, rise = style.size_pt * 0.6, style.size_pt * 0.4
                text = f"[{text}]" if text.isascii() else text
            elif isinstance(node, Bold):
                bold = True
            self._append(text, base, (size, bold, rise, style.color), tracking, chars, widths, attrs,
                         table)
        return "".join(chars), widths, attrs, table

    def _append(self, text, base, look, tracking, chars, widths, attrs, table) -> None:
        size, bold, rise, color = look
        missing = {c for c in set(text) if not base.covers(c)}
        if not missing:  # the common case: one attribute for the whole inline
            attr = (base.name, size, bold, rise, color)
            if not table or table[-1] != attr:
                table.append(attr)
            get, default = base.widths.get, base.default_width
            chars.extend(text)
            widths.extend([get(ord(c), default) * size + tracking for c in text])
            attrs.extend([len(table) - 1] * len(text))
            return
        for ch in text:
            metrics, ch = (base, ch) if ch not in missing else self._substitute(ch, base)
            attr = (metrics.name, size, bold, rise, color)
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


def _balanced(chars: str, widths: list[float], measure: float, pitch: float, count: int):
    """Centred lines of even length broken where the sense allows (GB/T 9704: 回行时词意完整、排列对称).

    Spaces in a centred title are the author's display breaks (「…座谈会上强调 以更大力度…」),
    so when every space-separated segment fits on a line, lines break only there.  Otherwise a
    small dynamic programme over legal break points minimises uneven lengths plus a penalty for
    breaking inside a phrase rather than after punctuation or a particle such as 的.
    """
    by_space = _space_breaks(chars, widths, measure)
    if by_space is not None or len(chars) > 200:
        return by_space or break_lines(chars, widths, measure, squeeze=pitch)
    n = len(chars)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    # a display title may put its ——副题 on a line of its own, dash first
    points = [b for b in range(1, n) if can_break_before(chars[b - 1], chars[b])
              or (chars[b:b + 2] == "——" and chars[b - 1] != "—")]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for k in range(1, count + 2):
        for end in points + [n]:
            for (start, lines), (cost, path) in list(best.items()):
                if lines != k - 1 or start >= end:
                    continue
                width = prefix[end] - prefix[start] - (widths[end - 1] if chars[end - 1] == " " else 0)
                if width > measure + 0.01:
                    continue
                total = cost + ((measure - width) / pitch) ** 2 + _break_penalty(chars, end)
                if (end, k) not in best or total < best[(end, k)][0]:
                    best[(end, k)] = (total, path + [end])
    options = [(best[(n, k)][0] + 25.0 * (k - count), k) for k in (count, count + 1) if (n, k) in best]
    if not options:
        return break_lines(chars, widths, measure, squeeze=pitch)
    cuts = [0] + best[(n, min(options)[1])][1]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        a += chars[a] == " "
        b -= chars[b - 1] == " "
        spans.append(LineSpan(a, b, prefix[b] - prefix[a], b >= n - 1))
    return spans


GOOD_AFTER = frozenset("，。、；：？！）》」』”’ ")
GOOD_BEFORE = frozenset("（《「『“‘")
PARTICLES = frozenset("的和与及在是之")


def _break_penalty(chars: str, end: int) -> float:
    """Cost of ending a centred line before ``chars[end]`` (in squared character cells)."""
    if end >= len(chars) or chars[end - 1] in GOOD_AFTER or chars[end] in GOOD_BEFORE \
            or chars[end:end + 2] == "——":
        return 0.0
    if chars[end - 1] in PARTICLES:
        return 4.0
    return 30.0


def _space_breaks(chars: str, widths: list[float], measure: float):
    """Lines packed from whole space-separated segments, or None if a segment is too long."""
    if " " not in chars.strip():
        return None
    segments = list(_segments(chars, widths))
    if any(w > measure for _, _, w in segments):
        return None
    out, cur = [], None
    for start, end, width in segments:
        gap = widths[start - 1] if cur else 0.0
        if cur and cur[2] + gap + width <= measure:
            cur = (cur[0], end, cur[2] + gap + width)
        else:
            if cur:
                out.append(cur)
            cur = (start, end, width)
    out.append(cur)
    return [LineSpan(s, e, w, i == len(out) - 1) for i, (s, e, w) in enumerate(out)]


def _segments(chars: str, widths: list[float]):
    """(start, end, width) of each run of non-space characters."""
    i, n = 0, len(chars)
    while i < n:
        while i < n and chars[i] == " ":
            i += 1
        start = i
        while i < n and chars[i] != " ":
            i += 1
        if i > start:
            yield start, i, sum(widths[start:i])


def _before_bracket(chars: str, widths: list[float], measure: float) -> list[LineSpan] | None:
    """Two right-aligned lines split before the final （…） (an attribution's date), if both fit."""
    at = chars.rfind("（")
    if at <= 0:
        return None
    first, second = sum(widths[:at]), sum(widths[at:])
    if first > measure or second > measure:
        return None
    return [LineSpan(0, at, first, False), LineSpan(at, len(chars), second, True)]
