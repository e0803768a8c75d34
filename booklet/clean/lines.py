"""The working line: a ``RawLine`` plus what the rules learn about it.

Rules pass a list of ``Line`` along; a rule that drops a line reports it and
leaves it out of the list it returns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Sequence

from booklet.clean.text import INDENT_RE, width
from booklet.rawlines import RawLine

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_MD_QUOTE = re.compile(r"^>[ \t]?(.*)$")
_MARKUP_FIRST = frozenset("#>-*_＊")
_RULE = re.compile(r"^([-*_＊])(?:[ \t]*\1){2,}$")


@dataclass(slots=True)
class Line:
    """One non-blank line and the evidence collected about it."""

    text: str                  # content without indent, trailing space or markup
    lineno: int
    raw: RawLine
    indent: bool = False       # first-line indent (2 spaces, U+3000, U+2003 …)
    lead_space: bool = False   # exactly one leading space (page-start mark of some extractors)
    trail_space: bool = False  # trailing whitespace before the line end
    hard_break: bool = False   # Markdown hard break ("  " or "\\" at the end)
    blanks_before: int = 0     # blank lines between this line and the previous kept one
    gap_join: bool = False     # a whitespace-only line came first: same physical line as the previous
    span_width: float = 0.0    # width of the physical line this piece ends (pieces joined by gap_join)
    page_start: bool = False   # first line after a page break
    md_level: int = 0          # Markdown heading level (# → 1), 0 when none
    final: bool = False        # ends with 。！？；：… (set by ``paragraphs.annotate``)
    clause: bool = False       # has clause punctuation ，、。；！？
    strong: bool = False       # starts with a shape that always opens a block (材料 N, 来源, ※)
    soft: bool = False         # starts with a heading/list shape (一、 1.1 ★ ——)
    opens: bool = False        # this line began a block (set while grouping)
    quote: bool = False        # Markdown "> " quote line
    kind: str = ""             # set by rules: "heading", "title", "footnote", "caption" …
    level: int = 0             # heading level when kind == "heading"
    width: float = 0.0         # display width of ``text`` in em: change text with ``set_text``

    def set_text(self, text: str) -> None:
        """Replace the content and its width (a plain field: read on every boundary decision)."""
        self.text = text
        self.width = width(text)


def to_lines(raw_lines: Sequence[RawLine]) -> list[Line]:
    """Non-blank ``Line``s with indent, markup and blank-line counts filled in."""
    out: list[Line] = []
    blanks = 0
    gap = False
    base = _base_margin(raw_lines)
    for raw in raw_lines:
        text = raw.text
        if not text or text.isspace():
            gap = gap or (blanks == 0 and text != "")
            blanks += 1
            continue
        if "\ufeff" in text:
            text = text.replace("\ufeff", "")
        if base and text.startswith(" " * base):
            text = text[base:]
        line = _make(raw, text)
        if not line.text and not line.md_level and not line.kind:
            blanks += 1  # only markup (a lone "\\" or ">"): nothing to keep
            continue
        line.blanks_before = blanks
        line.gap_join = gap and bool(out)
        line.span_width = line.width + (out[-1].span_width if line.gap_join else 0.0)
        blanks = 0
        gap = False
        out.append(line)
    return out


def _base_margin(raw_lines: Sequence[RawLine]) -> int:
    """A left margin of spaces common to most lines (``pdftotext -layout``), else 0."""
    texts = [raw.text for raw in raw_lines if raw.text]
    spaced = [t for t in texts if t[0] == " " and not t.isspace()]
    total = len(texts) - (len(spaced) and sum(1 for t in texts if t[0] == " " and t.isspace()))
    if not spaced or len(spaced) < 0.4 * total:
        return 0  # most lines start at the left edge: no common margin
    counts = Counter(len(t) - len(t.lstrip(" ")) for t in spaced)
    counts[0] = total - len(spaced)
    base, n = counts.most_common(1)[0]
    return base if base >= 2 and n >= 0.4 * total else 0


def _make(raw: RawLine, text: str) -> Line:
    stripped_right = text.rstrip()
    trail = len(text) > len(stripped_right)
    hard = trail and text.endswith("  ")
    if stripped_right[-1] == "\\":
        hard = True
        stripped_right = stripped_right[:-1].rstrip()
    if stripped_right[:1].isspace():
        body = stripped_right.lstrip()
        lead = stripped_right[: len(stripped_right) - len(body)]
        line = Line(body, raw.lineno, raw, INDENT_RE.match(lead) is not None, lead == " ", trail, hard)
    else:  # most lines: no leading space
        body = stripped_right
        line = Line(body, raw.lineno, raw, False, False, trail, hard)
    line.width = width(body)
    if not body or body[0] not in _MARKUP_FIRST:
        return line
    if _RULE.match(body):
        line.kind = "separator"
        return line
    heading = _MD_HEADING.match(body)
    if heading:
        line.md_level = len(heading.group(1))
        line.set_text(heading.group(2).strip())
        return line
    quote = _MD_QUOTE.match(body)
    if quote:
        line.quote = True
        line.set_text(quote.group(1).strip())
    return line


def typical_measure(lines: Sequence[Line]) -> float:
    """The file's full-line width: the upper quartile of body-line widths.

    Wrapped text has most lines at (nearly) the full measure, so the 75th
    percentile lands on it; a paragraph-per-line file gets a large value.
    """
    widths = sorted(ln.width for ln in lines if ln.width >= 6 and not ln.md_level)
    if not widths:
        return 0.0
    return widths[(len(widths) * 3) // 4]


def is_wrapped(lines: Sequence[Line], measure: float) -> bool:
    """True when the file is hard-wrapped: many lines end within ~1.5 em of the measure.

    In such files blank lines between lines are extraction noise; otherwise
    (one paragraph per line, as in seed 002) a blank line separates paragraphs.
    """
    body = [ln for ln in lines if not ln.md_level]
    if len(body) < 4 or measure <= 0 or measure > 80:
        return False
    near = sum(1 for ln in body if measure - 1.5 <= ln.width <= measure + 1)
    return near / len(body) >= 0.3 and median(ln.width for ln in body) >= measure * 0.6
