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

# Two sizes within this many pt are the same size: body and heading sizes differ by 1 pt or
# more in every layout we read, while one face's glyph boxes vary by a few tenths.
SAME_SIZE_PT = 0.6
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
# Sizes 12 % or more above the body are heading sizes (a 10.5 pt body with 12 pt headings).
HEADING_SIZE_RATIO = 1.12


def half_point(size: float) -> float:
    """``size`` rounded to half a point, the step type sizes come in."""
    return round(size * 2) / 2


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

    def bold_runs(self, line: PLine) -> list[tuple[str, bool]]:
        """(text, bold) runs of ``line`` judged against the body font."""
        out: list[tuple[str, bool]] = []
        for text, font in line.runs:
            bold = is_bold(font, self.body_font)
            if out and out[-1][1] == bold:
                out[-1] = (out[-1][0] + text, bold)
            else:
                out.append((text, bold))
        return out

    def all_bold(self, line: PLine) -> bool:
        """Every run of ``line`` is bold."""
        return all(bold for text, bold in self.bold_runs(line) if text.strip())

    def block(self, line: PLine) -> tuple[float, float]:
        """(left, right) of the text block ``line`` stands in."""
        return self.blocks[(line.page, line.column)]

    def indent(self, line: PLine) -> float:
        """Indent of ``line`` in multiples of its font size."""
        return (line.x0 - self.block(line)[0]) / max(line.size, 1.0)


def _body_size(lines: list[PLine]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[half_point(ln.size)] += len(ln.text)
    return weights.most_common(1)[0][0]


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
    sizes = sorted({half_point(ln.size) for ln in lines if ln.size >= body * HEADING_SIZE_RATIO}, reverse=True)
    fonts: Counter[str] = Counter()
    for ln in body_lines:
        for text, font in ln.runs:
            fonts[font] += len(text.strip())
    steps = _steps(body_lines, body)
    pitch = _pitch(steps, body)
    spaced = sum(1 for s in steps if s > SPACED_STEP_PITCHES * pitch)
    return Geometry(body, pitch, blocks,
                    indented >= INDENT_MIN_LINES and indented >= INDENT_MIN_SHARE * len(body_lines), tuple(sizes),
                    fonts.most_common(1)[0][0] if fonts else "",
                    spaced >= SPACED_MIN_STEPS and spaced >= SPACED_MIN_SHARE * len(steps))
