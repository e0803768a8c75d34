"""Line breaking for the harness's typesetter: styles per block kind, clreq breaks, font runs.

No line starts with closing punctuation or ends with opening punctuation (a character is pushed
down instead, or, where the layout hangs punctuation, ，。、 hang past the edge); Latin words stay
whole; with a Latin font, Word's quarter-em space separates CJK from Latin and digits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docs import MARK, circled_number
from fonts import advance
from layouts import Layout

HANG = "，。、；：！？"
NO_START = "，。、；：？！）》」』”’…—,.;:?!)%"
NO_END = "（《「『“‘("
RED = (0.8, 0.05, 0.05)
SUP_SCALE = 0.6  # a note marker in the running text is set smaller and raised


@dataclass(frozen=True)
class Seg:
    """A run of text in one font at one position."""

    text: str
    x: float
    face: str
    size: float
    rise: float = 0.0
    bold: bool = False  # synthetic bold: the glyph outline stroked as well as filled


@dataclass(frozen=True)
class Style:
    """How a block kind is set in a layout."""

    face: str = "ming"
    scale: float = 1.0
    bold: bool = False
    align: str = "left"  # left, centre, right
    indent: float = 0.0  # first-line indent, em
    before: float = 0.0  # space before, lines
    after: float = 0.0
    colour: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class Tok:
    ch: str
    bold: bool = False
    sup: bool = False
    # what is printed for ``ch`` when it differs (a note marker ① printed 「[1]」): one unit the
    # line breaker never cuts, measured and set as printed
    label: str = ""

    @property
    def text(self) -> str:
        return self.label or self.ch


def style_of(kind: str, layout: Layout) -> Style:
    """The style of a block kind under a layout's habits."""
    body = layout.body_face
    head = {"hei": Style(face="hei"), "bold": Style(face=body, bold=True),
            "larger": Style(face=body, scale=layout.heading_scale)}[layout.heading_style]
    head = replace(head, scale=max(head.scale, layout.heading_scale),
                   align="centre" if layout.centre_headings else "left",
                   indent=0.0 if layout.centre_headings else (
                       layout.indent if layout.heading_indent is None else layout.heading_indent),
                   before=layout.para_space if layout.heading_space is None else layout.heading_space[0],
                   after=0.0 if layout.heading_space is None else layout.heading_space[1])
    if layout.heading_face:
        head = replace(head, face=layout.heading_face)
    gap = layout.para_space
    table = {
        "masthead": Style(face="hei", scale=1.8, align="centre", after=1.0, colour=RED),
        "docno": Style(face=body, align="centre", after=0.5),
        "label": replace(head, align="left", indent=0.0, before=0.5),
        "kicker": Style(face=body, scale=1.05, align="centre", before=0.4),
        "title": replace(head, scale=layout.title_scale, align="centre", indent=0.0, before=0.4,
                         after=0.3, face="hei" if layout.heading_style == "hei" else head.face),
        "subtitle": Style(face="kai", scale=1.05, align="centre", after=0.2),
        "dateline": Style(face="kai", scale=1.05, align="centre", after=0.2),  # (news86) set as the subtitle
        "byline": Style(face="kai", align="centre", after=0.2),
        "source": Style(face=body, align="left", after=0.3),
        "to": Style(face=body, before=gap),
        "sign": Style(face=body, align="right", before=gap),
        "h1": head,
        "h2": replace(head, face="kai") if layout.heading_style == "hei" else head,
        "h3": replace(head, face=body, bold=True, scale=1.0),
        "p": Style(face=body, indent=layout.indent, before=gap),
        "quote": Style(face="kai", indent=layout.indent, before=gap),
        "attr": Style(face=body, align="right", before=0.0),
        "note": Style(face="kai", indent=layout.indent, before=gap),
        "caption": Style(face="kai", scale=0.9, align="centre", before=0.2, after=0.2),
    }
    return table[kind]


def tokens(text: str, sup_marks: bool, note_marks: str = "circled") -> list[Tok]:
    """Characters with their bold flag (``**…**`` markup) and note markers raised; under
    ``note_marks`` "bracket" a marker prints as 「[N]」.  A circled number opening the block is an
    item's label (「①集中学习；」, texts86), never a note's marker: a note's marker follows the words it
    notes, and a list sets its labels full size on the line — printed as it is, neither raised nor
    bracketed (nor renumbered with the page's marks, which are the raised ones)."""
    out: list[Tok] = []
    label = text.lstrip("*")[:1]
    # the item's label, printed as a character (in the body only: a note's own label, asked with
    # ``sup_marks`` off, prints as the design prints its notes' labels, 「[1]」 under "bracket")
    skip = 1 if sup_marks and MARK.match(label) else 0
    for k, part in enumerate(text.split("**")):
        for ch in part:
            mark = bool(MARK.match(ch)) and not skip
            if MARK.match(ch) and skip:
                skip = 0
            out.append(Tok(ch, bold=k % 2 == 1, sup=sup_marks and mark,
                           label=printed_mark(ch, note_marks) if mark else ""))
    return out


def printed_mark(ch: str, note_marks: str) -> str:
    """How a note marker ``ch`` prints under ``note_marks`` ("" for a character printed as it is)."""
    if note_marks == "circled" or not MARK.match(ch):
        return ""
    if note_marks == "bracket":
        return f"[{circled_number(ch)}]"
    raise ValueError(f"unknown note_marks: {note_marks!r}")


class Setter:
    """Measures and breaks lines for one layout."""

    def __init__(self, layout: Layout):
        self.layout = layout

    def face_for(self, tok: Tok, style: Style) -> str:
        if self.layout.latin_font and tok.text.isascii() and tok.ch != " ":
            return "latin_bold" if (tok.bold or style.bold) else "latin"
        if tok.bold and not style.bold and self.layout.heading_style == "hei":
            return "hei"
        return style.face

    def width(self, tok: Tok, style: Style, size: float) -> float:
        scale = SUP_SCALE if tok.sup else 1.0
        return advance(tok.text, self.face_for(tok, style)) * size * scale

    def gap(self, prev: Tok | None, tok: Tok, size: float) -> float:
        """Word's automatic space between CJK and Latin/digits (a quarter em), where it is on."""
        if not self.layout.latin_font or prev is None:
            return 0.0
        a, b = prev.ch.isascii() and prev.ch.isalnum(), tok.ch.isascii() and tok.ch.isalnum()
        cjk = (lambda c: ord(c) > 0x2e80)
        if (a and cjk(tok.ch)) or (b and cjk(prev.ch)):
            return 0.25 * size
        return 0.0

    def wrap(self, toks: list[Tok], style: Style, size: float, limit: float,
             first: float) -> list[tuple[list[Tok], bool]]:
        """Greedy clreq line breaking; returns (tokens, hangs) per line."""
        lines: list[tuple[list[Tok], bool]] = []
        cur: list[Tok] = []
        for tok in toks:
            room = first if not lines else limit
            w = self.measure(cur + [tok], style, size)
            if cur and w > room + 1e-6:
                if self.layout.hanging and tok.ch in HANG and self.measure(cur, style, size) <= room + 1e-6:
                    lines.append((cur + [tok], True))
                    cur = []
                    continue
                carry = self.carry(cur, tok)
                lines.append((cur[:len(cur) - len(carry)], False))
                cur = carry
            cur.append(tok)
        if cur:
            lines.append((cur, False))
        return [(ln, h) for ln, h in lines if ln]

    @staticmethod
    def carry(cur: list[Tok], tok: Tok) -> list[Tok]:
        """Characters pushed down to the next line with ``tok`` (clreq; whole Latin words)."""
        k = len(cur)
        if tok.ch in NO_START:
            while k > 1 and cur[k - 1].ch in NO_START:
                k -= 1
            k -= 1 if k > 1 else 0
        elif cur[-1].ch in NO_END:
            k -= 1
        elif tok.ch.isascii() and tok.ch.isalnum():
            j = k
            while j > 0 and cur[j - 1].ch.isascii() and (cur[j - 1].ch.isalnum() or cur[j - 1].ch in ".-/%"):
                j -= 1
            if 0 < j and k - j < 12:
                k = j
        while k > 1 and cur[k - 1].ch in NO_END:
            k -= 1
        return cur[k:]

    def measure(self, toks: list[Tok], style: Style, size: float) -> float:
        total, prev = 0.0, None
        for tok in toks:
            total += self.width(tok, style, size) + self.gap(prev, tok, size)
            prev = tok
        return total

    def segments(self, toks: list[Tok], style: Style, size: float, x0: float,
                 char_space: float) -> tuple[Seg, ...]:
        """Runs of one font, each at its own x (positions include char spacing and Latin gaps)."""
        segs: list[Seg] = []
        x, prev = x0, None
        for tok in toks:
            x += self.gap(prev, tok, size)
            face = self.face_for(tok, style)
            bold = style.bold or (tok.bold and self.layout.heading_style != "hei")
            tsize = size * (SUP_SCALE if tok.sup else 1.0)
            rise = size * 0.35 if tok.sup else 0.0
            last = segs[-1] if segs else None
            if last and last.face == face and last.bold == bold and last.size == tsize \
                    and last.rise == rise and self.gap(prev, tok, size) == 0:
                segs[-1] = replace(last, text=last.text + tok.text)
            else:
                segs.append(Seg(tok.text, x, face, tsize, rise, bold))
            x += self.width(tok, style, size) + char_space
            prev = tok
        return tuple(segs)
