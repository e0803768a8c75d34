"""Document-wide measures the hint rules compare lines against.

Body size is the size most text is set in; each page column has a text block
(left/right edges of its body lines); the line pitch is the usual baseline
distance.  Pages with too few body lines borrow the block of pages of the same
parity, since book layouts mirror margins.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import median

from booklet.readers.pdf.rows import PLine, is_bold

# Two sizes within 0.3 pt are one size: a face's sizes vary by a tenth or two (matrix rounding),
# while the smallest step between the body and a heading is half a point (10.5 → 11 pt).
SAME_SIZE_PT = 0.3
# A column's text block is measured from five or more body lines; fewer borrow the block of
# pages of the same parity (book layouts mirror margins).
BLOCK_MIN_LINES = 5
# A first-line indent is 0.8–4.5 body sizes (a two-character indent, give or take punctuation).
INDENT_MIN_SIZES = 0.8
INDENT_MAX_SIZES = 4.5
# A document indents its paragraphs when two lines, and 3 % of its body lines, are indented.
INDENT_MIN_LINES = 2
INDENT_MIN_SHARE = 0.03
# Line pitch is measured from baseline steps between 0.8 and 3.5 body sizes (others are gaps
# or overlaps); without steps, 1.5 sizes.
STEP_MIN_SIZES = 0.8
STEP_MAX_SIZES = 3.5
DEFAULT_PITCH_SIZES = 1.5
# A step over 1.35 pitches is extra leading; blocks are spaced when two steps, and 3 %, are.
SPACED_STEP_PITCHES = 1.35
SPACED_MIN_STEPS = 2
SPACED_MIN_SHARE = 0.03
# A size at least 0.4 pt and 3 % above the body's is a heading size: a 10.5 pt body with 11 pt
# headings is as common as 12 or 16 pt ones.
HEADING_STEP_PT = 0.4
HEADING_STEP_SHARE = 0.03
# The largest of those is the titles' size when there are other heading sizes below it, or when
# it is a fifth above the body or more: a report whose only larger size is 11 pt over a 10.5 pt
# body sets its headings in it, not titles.
TITLE_MIN_RATIO = 1.2


def same_size(a: float, b: float) -> bool:
    """Two font sizes are the same (within ``SAME_SIZE_PT``)."""
    return abs(a - b) <= SAME_SIZE_PT


@dataclass(frozen=True, slots=True)
class Geometry:
    """Measures of one PDF's layout."""

    body_size: float
    pitch: float
    blocks: dict[tuple[int, int], tuple[float, float]]   # (page, column) → (left, right)
    uses_indent: bool
    heading_sizes: tuple[float, ...]                    # larger than body, largest first
    body_font: str = ""
    uses_spacing: bool = False     # blocks separated by extra leading
    body_heavy: bool = False       # the body text itself is drawn heavy (then heaviness says nothing)

    def bold_runs(self, line: PLine) -> list[tuple[str, bool, bool]]:
        """(text, bold, raised) runs of ``line``, bold judged against the body font: a bolder
        font, or drawn heavier than the body (synthetic bold)."""
        out: list[tuple[str, bool, bool]] = []
        for text, font, heavy, sup in line.runs:
            bold = is_bold(font, self.body_font) or (heavy and not self.body_heavy)
            if out and out[-1][1:] == (bold, sup):
                out[-1] = (out[-1][0] + text, bold, sup)
            else:
                out.append((text, bold, sup))
        return out

    def all_bold(self, line: PLine) -> bool:
        """Every run of ``line`` is bold (raised markers aside)."""
        return all(bold for text, bold, sup in self.bold_runs(line) if text.strip() and not sup)

    def block(self, line: PLine) -> tuple[float, float]:
        """(left, right) of the text block ``line`` stands in."""
        return self.blocks[(line.page, line.column)]

    @property
    def titled(self) -> bool:
        """The largest heading size is the titles' (see TITLE_MIN_RATIO)."""
        return len(self.heading_sizes) > 1 or bool(self.heading_sizes) and \
            self.heading_sizes[0] >= TITLE_MIN_RATIO * self.body_size

    @property
    def bold_level(self) -> int:
        """The level of headings set apart by weight alone: below every heading size."""
        return len(self.heading_sizes) + (0 if self.titled else 1) or 1

    def heading_rank(self, size: float) -> int | None:
        """0 for the largest heading size, 1 for the next …; ``None`` for a smaller size."""
        for rank, top in enumerate(self.heading_sizes):
            if size >= top - SAME_SIZE_PT:
                return rank
        return None

    def indent(self, line: PLine) -> float:
        """Indent of ``line`` in multiples of its font size."""
        return (line.x0 - self.block(line)[0]) / max(line.size, 1.0)


def _body_size(lines: list[PLine]) -> float:
    """The size most characters are set in."""
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    return weights.most_common(1)[0][0]


def _heading_sizes(lines: list[PLine], body: float) -> tuple[float, ...]:
    """Sizes above the body's by a heading step, largest first; sizes within SAME_SIZE_PT of
    the next larger one are taken as that size."""
    floor = body + max(HEADING_STEP_PT, HEADING_STEP_SHARE * body)
    out: list[float] = []
    last = None
    for size in sorted({ln.size for ln in lines if ln.size >= floor}, reverse=True):
        if last is None or last - size > SAME_SIZE_PT:
            out.append(size)
        last = size
    return tuple(out)


def _blocks(lines: list[PLine], body: float) -> dict[tuple[int, int], tuple[float, float]]:
    groups: dict[tuple[int, int], list[PLine]] = defaultdict(list)
    for ln in lines:
        groups[(ln.page, ln.column)].append(ln)
    measured: dict[tuple[int, int], tuple[float, float]] = {}
    for key, group in groups.items():
        body_lines = [ln for ln in group if same_size(ln.size, body)]
        if len(body_lines) >= BLOCK_MIN_LINES:
            measured[key] = (min(ln.x0 for ln in body_lines), max(ln.x1 for ln in body_lines))
    by_kind: dict[tuple[int, int], Counter] = defaultdict(Counter)
    for (page, column), edges in measured.items():
        by_kind[(page % 2, column)][(round(edges[0]), round(edges[1]))] += 1
    out: dict[tuple[int, int], tuple[float, float]] = {}
    for key, group in groups.items():
        if key in measured:
            out[key] = measured[key]
            continue
        kind = by_kind.get((key[0] % 2, key[1])) or by_kind.get(((key[0] + 1) % 2, key[1]))
        if kind:
            out[key] = tuple(float(v) for v in kind.most_common(1)[0][0])  # type: ignore[assignment]
        else:
            out[key] = (min(ln.x0 for ln in group), max(ln.x1 for ln in group))
    return out


def _steps(lines: list[PLine], body: float) -> list[float]:
    return [b.top - a.top for a, b in zip(lines, lines[1:])
            if a.page == b.page and a.column == b.column
            and STEP_MIN_SIZES * body < b.top - a.top < STEP_MAX_SIZES * body]


def _pitch(steps: list[float], body: float) -> float:
    return median(steps) if steps else DEFAULT_PITCH_SIZES * body


def measure(lines: list[PLine]) -> Geometry:
    """Measure body size, text blocks, pitch, indent habit and heading sizes."""
    body = _body_size(lines)
    blocks = _blocks(lines, body)
    body_lines = [ln for ln in lines if same_size(ln.size, body)]
    indented = sum(1 for ln in body_lines
                   if INDENT_MIN_SIZES <= (ln.x0 - blocks[(ln.page, ln.column)][0]) / body <= INDENT_MAX_SIZES)
    sizes = _heading_sizes(lines, body)
    fonts: Counter[str] = Counter()
    heavy = 0
    for ln in body_lines:
        for text, font, drawn_heavy, _ in ln.runs:
            fonts[font] += len(text.strip())
            heavy += len(text.strip()) if drawn_heavy else -len(text.strip())
    steps = _steps(body_lines, body)
    pitch = _pitch(steps, body)
    spaced = sum(1 for s in steps if s > SPACED_STEP_PITCHES * pitch)
    return Geometry(body, pitch, blocks,
                    indented >= INDENT_MIN_LINES and indented >= INDENT_MIN_SHARE * len(body_lines), tuple(sizes),
                    fonts.most_common(1)[0][0] if fonts else "",
                    spaced >= SPACED_MIN_STEPS and spaced >= SPACED_MIN_SHARE * len(steps), heavy > 0)
