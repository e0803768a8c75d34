"""Typeset a harness document in a layout: every printed line with its font, position and role.

Lines are broken by ``setter`` (clreq, as Word/WPS do) and full lines are justified.  Footnotes
go to the foot of the page that carries their marker and continue on the next page when they do
not fit.  The same pages give the PDF (``render``) and the plain-text variants (``extract``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from docs import CIRCLED, MARK, Block, Doc
from layouts import Layout
from setter import RED, Seg, Setter, Style, Tok, style_of, tokens

# a printed note marker: ① or 「[1]」 (``Layout.note_marks``); at a note line's start, either
PRINTED_MARK = re.compile(rf"[{CIRCLED}]|\[\d{{1,3}}\]")
LEADING_BRACKET = re.compile(rf"[{CIRCLED}]|^\[\d{{1,3}}\]")

# The kinds of block a newspaper sets across its columns when they open a story (``Layout.span_head``).
SPAN_KINDS = frozenset({"kicker", "title", "subtitle", "dateline", "byline"})
# A frame (``Layout.box_kinds``) stands this far (em of the body) inside the column on each side,
# and this far (lines) above its first and below its last line: a newspaper's 相关链接 box.
BOX_INSET = 0.75
BOX_PAD = 0.5
# The kinds that open a story; an item starts where one follows a block of running text
# (``Layout.item_rule``, ``Layout.lead_alone``).
ITEM_OPENERS = frozenset({"kicker", "title"})
HEAD_KINDS = frozenset({"masthead", "docno", "label", "kicker", "title", "subtitle", "dateline"})
# A hairline between two items in a column (``Layout.item_rule``) stands in this much space (lines
# of the body): half a line above and below it, as a paper parts its stories.
ITEM_RULE_SPACE = 1.0
# Space (em of the body) between a picture's frame and the text that runs round it.
PICTURE_GAP = 0.4


@dataclass(frozen=True)
class Line:
    """One printed line.  ``role``: body, heading, title, note, header or footer."""

    segs: tuple[Seg, ...]
    y: float
    role: str
    char_space: float = 0.0
    indented: bool = False
    ends_block: bool = False
    colour: tuple[float, float, float] | None = None

    @property
    def text(self) -> str:
        """The line's characters, in order."""
        return "".join(s.text for s in self.segs)


@dataclass
class Page:
    """A page: its number and its lines in reading order (header, columns, notes, footer)."""

    number: int
    lines: list[Line]
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1
    # frames drawn as rectangles: x0, y0, x1, y1, filled (a picture) or not (a box round text)
    frames: list[tuple[float, float, float, float, bool]] = field(default_factory=list)


@dataclass
class Cursor:
    """Where the next body line goes: page, column, y (baseline from the page bottom)."""

    page: int = 0
    column: int = 0
    y: float = 0.0


class Composer:
    """Pours a document's blocks into pages of a layout."""

    def __init__(self, doc: Doc, layout: Layout):
        self.doc, self.layout, self.setter = doc, layout, Setter(layout)
        self.size = layout.size
        self.top = layout.page[1] - layout.margins[0]
        self.bottom = layout.margins[1]
        self.body: list[list[Line]] = [[]]
        # notes stand at the foot of the column that cites them, as a page set in columns prints them
        # (one column: the page's foot): per page, (column, line); heights per (page, column)
        self.notes: list[list[tuple[int, Line]]] = [[]]
        self.note_height: dict[tuple[int, int], float] = {}
        self.cur = Cursor(y=self.top)
        self.pending = list(doc.notes)
        self.spill: list[Line] = []
        # the opening headline group is set across ``span_head`` columns; below it those columns start
        self.span = layout.span_head if layout.columns > 1 else 0
        self.head_open = self.span > 0
        self.span_bottom: float | None = None
        self.span_kinds = SPAN_KINDS if layout.span_kinds is None else layout.span_kinds
        self.inset = 0.0  # a boxed block's text stands in from the column's edge
        self.frames: list[list[tuple[float, float, float, float, bool]]] = [[]]
        # (design34) rules between items, per page; stretches of a column a picture across columns
        # takes, per (page, column): (top, bottom); the kind of the block set last; items begun
        self.item_rules: list[list[tuple[float, float, float, float]]] = [[]]
        self.reserved: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self.last_kind: str | None = None
        self.items = 0
        # (pocket59) the first-level heading whose first line stands on each page, for a running head
        # ``{section}`` (a pocket book prints the chapter in force on its rectos)
        self.sections: dict[int, str] = {}
        # (bull67) the 报头 name's last line (page, column, x, baseline) and the space set after it
        self.mast_row: tuple[tuple[int, int, float, float], float] | None = None

    def left(self, page: int) -> float:
        """Left edge of the text block: the inner margin is on the left of odd pages."""
        m = self.layout.margins
        return m[2] if page % 2 == 0 else m[3]

    def column_x(self, page: int | None = None, column: int | None = None) -> float:
        """Left edge of a column of the flow (the current one by default)."""
        lay = self.layout
        page = self.cur.page if page is None else page
        column = self.cur.column if column is None else column
        grid = sum(lay.units(c) for c in range(column))
        return self.left(page) + grid * (lay.column_width + lay.gutter * self.size)

    def column_limit(self) -> float:
        """Width of the current column of the flow."""
        return self.layout.span_width(self.layout.units(self.cur.column))

    def column_top(self, page: int, column: int) -> float:
        """Where a column's text starts: under the spanning headline for the columns it spans."""
        if page == 0 and column < self.span and self.span_bottom is not None:
            return self.span_bottom
        return self.top

    def new_column(self) -> None:
        if self.cur.column + 1 < self.layout.flow_columns:
            self.cur = Cursor(self.cur.page, self.cur.column + 1,
                              self.column_top(self.cur.page, self.cur.column + 1))
        else:
            self.body.append([])
            self.notes.append([])
            self.frames.append([])
            self.item_rules.append([])
            self.cur = Cursor(self.cur.page + 1, 0, self.top)
        spill, self.spill = self.spill, []
        for line in spill:  # a note continued from the previous column or page comes first
            self.add_note_line(line)

    def foot(self) -> float:
        """Height the current column's notes take at its foot."""
        return self.note_height.get((self.cur.page, self.cur.column), 0.0)

    def add_note_line(self, line: Line) -> None:
        self.notes[self.cur.page].append((self.cur.column, line))
        key = (self.cur.page, self.cur.column)
        self.note_height[key] = self.note_height.get(key, 0.0) + self.note_pitch

    @property
    def note_pitch(self) -> float:
        return self.size * self.layout.note_scale * 1.35

    def room(self) -> float:
        return self.cur.y - self.bottom - self.foot() - (self.size if self.foot() else 0.0)

    def compose(self) -> list[Page]:
        for blk in self.doc.body:
            self.place_block(blk)
        if self.pending:
            raise ValueError(f"{self.doc.name}: notes without a marker in the text: {self.pending[0].text[:20]}")
        if self.spill:  # the last note runs over: a page of its own foot
            self.new_column() if self.layout.columns == 1 else None
            while self.spill:
                self.new_column()
        pages = []
        total = len(self.body)
        for n in range(total):
            lines = self.furniture_head(n, total) + self.body[n] + self.note_lines(n) \
                + self.furniture_foot(n, total)
            pages.append(Page(n + 1, lines, self.gutter_rules(n) + self.item_rules[n], self.frames[n]))
        if self.layout.notes_restart:
            pages = [renumber_notes(p) for p in pages]
        return pages

    def gutter_rules(self, n: int) -> list[tuple[float, float, float, float]]:
        """A page's column rules: down the middle of each gutter, from the top of the two columns
        beside it (under a spanning headline when it spans both) to the bottom margin."""
        lay = self.layout
        if not lay.column_rule or lay.columns < 2:
            return []
        out = []
        for g in range(1, lay.flow_columns):
            grid = sum(lay.units(c) for c in range(g))
            x = self.left(n) + grid * lay.column_width + (grid - 0.5) * lay.gutter * self.size
            top = max(self.column_top(n, g - 1), self.column_top(n, g)) if g < self.span else self.top
            y = top - self.size * 0.3
            # a picture across this gutter interrupts its rule (``caption_span``)
            for above, below in sorted(self.reserved.get((n, g), []), reverse=True):
                out.append((x, y, x, above))
                y = below
            out.append((x, y, x, self.bottom))
        return out

    def opening_span(self, blk: Block) -> int:
        """The columns ``blk`` is set across: ``span`` while the opening headline group lasts."""
        if not self.head_open:
            return 1
        if blk.kind in self.span_kinds and self.cur.page == 0 and self.cur.column == 0:
            return self.span
        self.head_open = False
        if self.cur.page == 0 and self.cur.column == 0:
            self.span_bottom = self.cur.y
        return 1

    def start_item(self, blk: Block) -> None:
        """Where ``blk`` opens an item after running text: the lead ends its column
        (``lead_alone``), or a hairline parts the item from the one above (``item_rule``)."""
        lay = self.layout
        if blk.kind not in ITEM_OPENERS or self.last_kind is None or self.last_kind in HEAD_KINDS:
            return
        self.items += 1
        if lay.lead_alone and self.items == 1 and self.cur.page == 0 and self.cur.column == 0:
            self.new_column()
            return
        at_top = self.cur.y >= self.column_top(self.cur.page, self.cur.column) - 0.01
        if lay.item_rule and not at_top:
            space = ITEM_RULE_SPACE * self.size * lay.leading
            if self.room() < 3 * space:
                self.new_column()
                return
            y = self.cur.y - space / 2
            x = self.column_x()
            self.item_rules[self.cur.page].append((x, y, x + self.column_limit(), y))
            self.cur.y -= space

    def skip_reserved(self, pitch: float) -> None:
        """A line that would fall on a picture set across from the column before goes under it."""
        for top, bottom in self.reserved.get((self.cur.page, self.cur.column), []):
            if self.cur.y - pitch < top and self.cur.y > bottom:
                self.cur.y = bottom - PICTURE_GAP * self.size

    def place_block(self, blk: Block) -> None:
        self.start_item(blk)
        before, self.last_kind = self.last_kind, blk.kind
        shape = self.layout.masthead_shape
        if blk.kind == "masthead" and "spaced" in shape and not blk.text.startswith("\x00"):
            blk = replace(blk, text="\u3000".join(blk.plain))
        if before == "masthead" and blk.kind == "docno" and "beside" in shape and self.place_beside(blk):
            return
        if before == "docno" and blk.kind == "byline" and "row" in shape and self.place_row(blk):
            return
        if before == "masthead" and blk.kind == "byline" and "issue_row" in shape and self.place_row(blk):
            return
        if blk.kind == "masthead" and "two_line" in shape and not blk.text.startswith("\x00") \
                and len(blk.plain) >= 4:  # (mast68) the name across two lines, each a row of its own
            half = len(blk.plain) // 2
            for part in (blk.plain[:half], blk.plain[half:]):
                text = "\u3000".join(part) if "spaced" in shape else part
                self.last_kind = before
                self.place_block(replace(blk, text="\x00" + text))
            return
        if blk.kind == "masthead" and blk.text.startswith("\x00"):
            blk = replace(blk, text=blk.text[1:])
        if blk.kind == "caption" and self.layout.caption_span > 1:
            self.place_wide_caption(blk)
            return
        style = style_of(blk.kind, self.layout)
        if blk.kind == "title" and self.items and self.layout.later_title_scale:
            style = replace(style, scale=self.layout.later_title_scale)
        size = self.size * style.scale
        pitch = size * self.layout.leading
        span = self.opening_span(blk)
        limit = self.layout.span_width(span) if span > 1 else self.column_limit()
        boxed = blk.kind in self.layout.box_kinds
        if boxed:
            self.inset = BOX_INSET * self.size
            limit -= 2 * self.inset
            self.cur.y -= BOX_PAD * pitch
        if blk.kind == "caption" and self.layout.picture_lines:
            self.place_picture(limit)
        first = limit - style.indent * size
        toks = tokens(blk.text, sup_marks=True, note_marks=self.layout.note_marks)
        broken = self.setter.wrap(toks, style, size, limit, first)
        self.cur.y -= style.before * self.size * self.layout.leading
        placed: list[tuple[int, int, float, float]] = []  # page, column, x, baseline of each line
        k = 0
        while k < len(broken):
            self.skip_reserved(pitch)
            if self.cur.y - pitch < self.bottom or self.room() < pitch:
                self.new_column()
                self.skip_reserved(pitch)
                wide = self.column_limit() - (2 * self.inset if boxed else 0.0)
                if span == 1 and abs(wide - limit) > 0.01:  # a column of another width: set anew
                    rest = [tok for line, _ in broken[k:] for tok in line]
                    limit = wide
                    broken = broken[:k] + self.setter.wrap(rest, style, size, limit, limit)
            toks_line, hangs = broken[k]
            self.cur.y -= pitch
            self.emit_line(toks_line, hangs, k, len(broken), style, size, first if k == 0 else limit,
                           limit)
            k += 1
            placed.append((self.cur.page, self.cur.column, self.column_x(), self.cur.y))
            self.take_notes(toks_line)
        if blk.kind == "h1" and placed:
            self.sections[placed[0][0]] = blk.text.replace("**", "")
        if blk.kind == "masthead" and placed:
            self.mast_row = (placed[-1], style.after * self.size * self.layout.leading)
        self.cur.y -= style.after * self.size * self.layout.leading
        if boxed:
            self.inset = 0.0
            self.cur.y -= BOX_PAD * pitch
            self.frame_lines(placed, limit + 2 * BOX_INSET * self.size, pitch, size)

    def place_beside(self, blk: Block) -> bool:
        """(bull67, ``masthead_shape`` "beside") The issue set on the 报头's name's row, at the right
        end of the measure (its baseline the name's last); False where it cannot stand there."""
        if self.mast_row is None:
            return False
        (page, column, _, y), after = self.mast_row
        if (page, column) != (self.cur.page, self.cur.column):
            return False
        style = replace(style_of(blk.kind, self.layout), align="right", indent=0.0)
        size = self.size * style.scale
        span = self.opening_span(blk)
        limit = self.layout.span_width(span) if span > 1 else self.column_limit()
        toks = tokens(blk.text, sup_marks=False)
        if self.setter.measure(toks, style, size) > limit / 3:
            return False
        below = self.cur.y
        self.cur.y = y
        self.emit_line(toks, False, 0, 1, style, size, limit, limit)
        self.cur.y = min(below, y - after)
        return True

    def place_row(self, blk: Block) -> bool:
        """(bull67, ``masthead_shape`` "row") The 编发 line as one row across the measure: the office
        at the left end, the day at the right (「江城市委政策研究室编 … 2026年11月25日」)."""
        office, _, day = blk.text.rpartition(" ")
        if not office or not day:
            return False
        office, _, issue = office.rpartition(" ") if "issue_row" in self.layout.masthead_shape else (office, "", "")
        if "issue_row" in self.layout.masthead_shape and not (office and issue):
            return False
        style = style_of(blk.kind, self.layout)
        size = self.size * style.scale
        span = self.opening_span(blk)
        limit = self.layout.span_width(span) if span > 1 else self.column_limit()
        left, right = tokens(office.strip(), sup_marks=False), tokens(day, sup_marks=False)
        wide = self.setter.measure(right, style, size)
        if self.setter.measure(left, style, size) + wide + 2 * size > limit:
            return False
        pitch = size * self.layout.leading
        if self.cur.y - pitch < self.bottom:
            return False
        self.cur.y -= style.before * self.size * self.layout.leading + pitch
        x0 = self.column_x() + self.inset
        segs = self.setter.segments(left, style, size, x0, 0.0) \
            + self.setter.segments(right, style, size, x0 + limit - wide, 0.0)
        if issue:  # (mast68, "issue_row") the issue centred between the office and the day
            mid = tokens(issue, sup_marks=False)
            if self.setter.measure(left, style, size) + self.setter.measure(mid, style, size) + wide \
                    + 4 * size > limit:
                return False
            x_mid = x0 + (limit - self.setter.measure(mid, style, size)) / 2
            segs = tuple(sorted(segs + self.setter.segments(mid, style, size, x_mid, 0.0), key=lambda sg: sg.x))
        self.body[self.cur.page].append(Line(segs, self.cur.y, "body", ends_block=True))
        self.cur.y -= style.after * self.size * self.layout.leading
        return True

    def frame_lines(self, placed: list[tuple[int, int, float, float]], width: float, pitch: float,
                    size: float) -> None:
        """A frame round a boxed block's lines, one per column it runs in."""
        parts: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for page, column, x, y in placed:
            parts.setdefault((page, column), []).append((x, y))
        for (page, _), pts in parts.items():
            x = pts[0][0]
            top = max(y for _, y in pts) + size + (BOX_PAD * pitch) / 2
            bottom = min(y for _, y in pts) - (pitch - size) / 2 - (BOX_PAD * pitch) / 2
            self.frames[page].append((x, bottom, x + width, top, False))

    def place_wide_caption(self, blk: Block) -> None:
        """A picture and its caption across ``caption_span`` columns from the current one (fewer
        when the page has fewer columns left): the frame, then the caption centred under it; the
        columns it reaches into keep that stretch free (``skip_reserved``)."""
        lay = self.layout
        style = style_of(blk.kind, lay)
        size = self.size * style.scale
        pitch = size * lay.leading
        height = lay.picture_lines * self.size * lay.leading
        gap = PICTURE_GAP * self.size
        toks = tokens(blk.text, sup_marks=True, note_marks=self.layout.note_marks)
        for attempt in range(2):
            span = min(lay.caption_span, lay.flow_columns - self.cur.column)
            limit = lay.span_width(span)
            broken = self.setter.wrap(toks, style, size, limit, limit)
            need = gap + height + (style.before + style.after) * self.size * lay.leading \
                + len(broken) * pitch
            if self.room() >= need or attempt:
                break
            self.new_column()
        self.skip_reserved(need)
        top = self.cur.y
        x = self.column_x()
        if height:
            self.frames[self.cur.page].append((x, top - gap - height, x + limit, top - gap, True))
        self.cur.y -= gap + height + style.before * self.size * lay.leading
        for k, (toks_line, hangs) in enumerate(broken):
            self.cur.y -= pitch
            self.emit_line(toks_line, hangs, k, len(broken), style, size, limit, limit)
        self.cur.y -= style.after * self.size * lay.leading
        for column in range(self.cur.column + 1, self.cur.column + span):
            self.reserved.setdefault((self.cur.page, column), []).append((top, self.cur.y))

    def place_picture(self, width: float) -> None:
        """A picture's frame above a caption, the column's width, ``picture_lines`` lines tall;
        a new column when it does not fit under the text already set."""
        height = self.layout.picture_lines * self.size * self.layout.leading
        gap = 0.4 * self.size
        if self.room() < height + gap + 2 * self.size * self.layout.leading:
            self.new_column()
        x = self.column_x()
        self.frames[self.cur.page].append((x, self.cur.y - gap - height, x + width, self.cur.y - gap,
                                           True))
        self.cur.y -= height + gap

    def emit_line(self, toks: list[Tok], hangs: bool, k: int, n: int, style: Style, size: float,
                  room: float, width: float) -> None:
        setter = self.setter
        natural = setter.measure(toks, style, size)
        x0 = self.column_x() + self.inset
        indent = style.indent * size if k == 0 else 0.0
        cs = 0.0
        justified = self.layout.justify and style.align == "left" and k < n - 1
        if justified and len(toks) > 1:
            target = room + (setter.width(toks[-1], style, size) if hangs else 0.0)
            cs = max(0.0, (target - natural) / (len(toks) - 1))
            cs = min(cs, 0.6 * size)
        if style.align == "centre":
            x = x0 + (width - natural) / 2
        elif style.align == "right":
            x = max(x0, x0 + width - natural)
        else:
            x = x0 + indent
        role = "title" if style.scale > 1.2 else ("heading" if style.bold or style.face == "hei"
                                                  else "body")
        self.body[self.cur.page].append(Line(setter.segments(toks, style, size, x, cs), self.cur.y,
                                             role, cs, indented=k == 0 and style.indent > 0,
                                             ends_block=k == n - 1, colour=style.colour))

    def take_notes(self, toks: list[Tok]) -> None:
        """Notes whose markers this line carries go to this page's foot (overflow: next page)."""
        marks = [t.ch for t in toks if t.sup]
        for mark in marks:
            note = next((b for b in self.pending if b.text.startswith(mark)), None)
            if note is None:
                continue
            self.pending.remove(note)
            for line in self.note_block(note):
                if self.cur.y - self.bottom - self.foot() - self.size > self.note_pitch * 1.5:
                    self.add_note_line(line)
                else:
                    self.spill.append(line)

    def note_block(self, note: Block) -> list[Line]:
        """A note's lines (continuation lines hang one em in); y is fixed when the page is done."""
        style = Style(face=self.layout.body_face)
        size = self.size * self.layout.note_scale
        width = self.layout.text_width if self.layout.columns == 1 else self.layout.column_width
        toks = tokens(note.text, sup_marks=False, note_marks=self.layout.note_marks)
        broken = self.setter.wrap(toks, style, size, width - size, width)
        out = []
        for k, (line, _) in enumerate(broken):
            x = 0.0 if k == 0 else size
            out.append(Line(self.setter.segments(line, style, size, x, 0.0), 0.0, "note",
                            ends_block=k == len(broken) - 1))
        return out

    def note_lines(self, n: int) -> list[Line]:
        """This page's notes, each column's from the bottom margin up, x shifted to its column."""
        lay = self.layout
        out = []
        for column in range(lay.flow_columns):
            lines = [line for col, line in self.notes[n] if col == column]
            y = self.bottom + self.note_pitch * (len(lines) - 1)
            left = self.column_x(n, column)
            for line in lines:
                segs = tuple(replace(s, x=s.x + left) for s in line.segs)
                out.append(replace(line, segs=segs, y=y))
                y -= self.note_pitch
        return out

    def furniture_head(self, n: int, total: int) -> list[Line]:
        lay = self.layout
        lines = lay.header_even if (n % 2 == 1 and lay.header_even is not None) else lay.header_odd
        if n == 0 and lay.header_first is not None:
            lines = lay.header_first
        if not lines or (n == 0 and not lay.header_on_first):
            return []
        size = self.size * 0.8
        y = lay.page[1] - lay.margins[0] + size * 1.6 * len(lines) - size * 0.4
        out = []
        section = next((self.sections[k] for k in range(n, -1, -1) if k in self.sections), self.doc.title)
        red = n == 0 and lay.header_first is not None and "red_unit" in lay.masthead_shape
        if n == 0 and "mark" in lay.masthead_shape:  # (mast68) the 密级 / 内部资料 mark at the top left corner
            mark = "秘密" if len(lay.name) % 2 else "内部资料\u3000注意保存"
            out += self.furniture_line(mark, y + size * 1.6, size, n, "header", align="left")
        for template in lines:
            text = template.format(title=self.doc.title, n=n + 1, m=total, section=section)
            got = self.furniture_line(text, y, size, n, "header", align="centre")
            out += [replace(line, colour=RED) for line in got] if red else got
            y -= size * 1.6
        return out

    def furniture_foot(self, n: int, total: int) -> list[Line]:
        lay = self.layout
        if not lay.footer:
            return []
        size = self.size * 0.85
        text = lay.footer.format(n=n + 1, m=total)
        align = ("right" if n % 2 == 0 else "left") if lay.footer_outer else "centre"
        return self.furniture_line(text, lay.margins[1] * 0.5, size, n, "footer", align)

    def furniture_line(self, text: str, y: float, size: float, n: int, role: str,
                       align: str) -> list[Line]:
        """A header/footer line; ``left|right`` puts two parts at the two ends of one line."""
        style = Style(face=self.layout.body_face)
        left = self.left(n)
        width = self.layout.text_width
        parts = text.split("|")
        out = []
        for k, part in enumerate(parts):
            toks = [Tok(ch) for ch in part]
            w = self.setter.measure(toks, style, size)
            if len(parts) == 2:
                x = left if k == 0 else left + width - w
            elif align == "centre":
                x = left + (width - w) / 2
            elif align == "right":
                x = left + width - w
            else:
                x = left
            out.append(Line(self.setter.segments(toks, style, size, x, 0.0), y, role))
        if len(out) == 2:  # one printed line in two parts
            out = [Line(out[0].segs + out[1].segs, y, role)]
        return out


def renumber_notes(page: Page) -> Page:
    """Markers restart at ① (「[1]」 where the design prints them in brackets) on every page
    (some books number notes per page)."""
    order: list[str] = []
    for line in page.lines:
        if line.role != "note":
            order += [m for s in line.segs if s.rise for m in PRINTED_MARK.findall(s.text)]
    table = {old: f"[{k + 1}]" if old.startswith("[") else chr(0x2460 + k)
             for k, old in enumerate(dict.fromkeys(order))}

    def renumbered(text: str, pattern: re.Pattern[str] = PRINTED_MARK) -> str:
        return pattern.sub(lambda m: table.get(m.group(), m.group()), text)

    lines = []
    for line in page.lines:
        if line.role == "note":  # a circled marker anywhere in a note; a bracket only as its label
            segs = tuple(replace(s, text=renumbered(s.text, LEADING_BRACKET if k == 0 else MARK))
                         for k, s in enumerate(line.segs))
        else:
            segs = tuple(replace(s, text=renumbered(s.text)) if s.rise else s for s in line.segs)
        lines.append(replace(line, segs=segs))
    # (the page's column rules are not carried over, as before texts29: a design numbering its notes
    # per page draws none; its frames are)
    return Page(page.number, lines, frames=page.frames)


def compose(doc: Doc, layout: Layout) -> list[Page]:
    """The pages of ``doc`` set in ``layout``."""
    return Composer(doc, layout).compose()


def plain_text_pages(pages: list[Page], indent: str = "  ") -> list[list[str]]:
    """Each page's lines as plain text in reading order; an indented first line gets ``indent``;
    the two parts of a split header line are kept apart by wide spacing."""
    out = []
    for page in pages:
        rows = []
        for line in page.lines:
            rows.append((indent if line.indented else "") + furniture_text(line))
        out.append([r for r in rows if r.strip()])
    return out


def furniture_text(line: Line) -> str:
    """A line's text as an extractor reads it: a header or footer set in two parts at the two
    ends of the line keeps the gap between them (``主题教育学习资料      26``)."""
    if line.role in ("header", "footer") and len(line.segs) > 1:
        return _split_gap(line) or line.text
    return line.text


def _split_gap(line: Line) -> str | None:
    """A two-part furniture line as ``left      right``, or None when it is one part."""
    for k in range(1, len(line.segs)):
        prev = line.segs[k - 1]
        if line.segs[k].x - (prev.x + len(prev.text) * prev.size) > 3 * prev.size:
            left = "".join(s.text for s in line.segs[:k])
            right = "".join(s.text for s in line.segs[k:])
            return f"{left}      {right}"
    return None
