"""Group lines into blocks from combined evidence (the unwrap rule).

Two kinds of file: *wrapped* (lines cut at a fixed measure, blank lines mean
nothing — seeds 000, 001, 004) and *separated* (one paragraph per line or
Markdown, a blank line separates blocks — seed 002).  ``Layout`` holds what was
learned about the file; ``starts_block`` decides one line boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from booklet.clean.lines import Line, is_wrapped, typical_measure
from booklet.clean.notes import CREDIT_RE, FIGURE_RE
from booklet.clean.text import CLAUSE_RE, ends_sentence

# Shapes that begin a new block whatever the line before looks like.
STRONG_START = re.compile(r"^(?:材料\s*\d+$|[（(]?\s*来源\s*[：:|｜]|※|【\S{1,12}】$"
                          r"|\S{0,12}〔\d{4}〕\s*\d{1,4}\s*号$)")
# Shapes that begin a block when the previous line could end one.
SOFT_START = re.compile(
    r"^(?:——|第[一二三四五六七八九十百\d]+[章节篇部]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
    r"|\d+(?:\.\d+)+\s+\S|\d{1,2}[、．]|\d{1,2}\.\s|★|☆|●|■|◆|第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]是)")
_LABEL = re.compile(r"^(?:材料\s*\d+|【\S{1,12}】)$")
# First characters of the two shapes above: most lines are ruled out without a regex.
_STRONG_FIRST = frozenset("材（(来※【")  # (a 文号 starts with the issuer: found by its 〔)
_SOFT_FIRST = frozenset("—第一二三四五六七八九十（★☆●■◆")
_OPENERS = frozenset("“‘（《「『【〔(［[")
_MID_WORD_END = re.compile(r"[\u3400-\u9fffA-Za-z0-9，、,]$")
CHAPTER_ONLY = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章篇部节]$")
# The numbering in front of a heading: its 、 is not clause punctuation.
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、．])")
_ORDINAL_FIRST = frozenset("一二三四五六七八九十（0123456789")
_FULL_STOP = re.compile(r"[。！？!?][”’」』）)]*$")
SALUTATION = re.compile(r"^[^。！？；，,.!?;:：]{2,40}[：:]$")
TOC_ROW = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,4}(?:\s|$)")
TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|\t)\s*\d+$")


@dataclass(slots=True)
class Layout:
    """What the file tells about its layout."""

    measure: float
    wrapped: bool
    uses_indent: bool
    trail_marks_end: bool
    sparse_blanks: bool = False  # blank lines are rare, so each one means something
    indent_lost: float = 0.0   # first lines are this much narrower: an indent the extractor dropped


@dataclass(slots=True)
class Group:
    """Consecutive lines that form one block, and the text joined from them."""

    lines: list[Line] = field(default_factory=list)
    kind: str = ""

    @property
    def first(self) -> int:
        """First source line number."""
        return self.lines[0].lineno

    @property
    def last(self) -> int:
        """Last source line number."""
        return self.lines[-1].lineno


def study_layout(lines: Sequence[Line]) -> Layout:
    """Measure, wrapped-or-separated, indent use and trailing-space meaning for a file."""
    measure = typical_measure(lines)
    wrapped = is_wrapped(lines, measure)
    body = [ln for ln in lines if not ln.md_level]
    indented = sum(1 for ln in body if ln.indent)
    uses_indent = wrapped and indented >= 3 and indented >= 0.08 * len(body)
    trailing = [ln for ln in body[:-1] if ln.trail_space]
    ends = sum(1 for ln in trailing if ends_sentence(ln.text) or ln.width < 0.7 * measure)
    trail_marks_end = len(trailing) >= 5 and ends >= 0.7 * len(trailing) \
        and len(trailing) <= 0.6 * len(body)
    blank = sum(1 for ln in body[1:] if ln.blanks_before)
    sparse = blank < 0.4 * max(1, len(body) - 1)
    lost = _indent_lost(body, measure) if wrapped and not uses_indent else 0.0
    return Layout(measure, wrapped, uses_indent, trail_marks_end, sparse, lost)


def _indent_lost(body: Sequence[Line], measure: float) -> float:
    """How much narrower a paragraph's first line is than the measure, when that is systematic.

    Lines after a clearly finished paragraph (short, ending 。) are first lines; if
    most of them fall ~2 em short, the PDF indented them and the extractor dropped it.
    """
    firsts = sorted(cur.width for prev, cur in zip(body, body[1:])
                    if ends_sentence(prev.text) and prev.width < 0.8 * measure
                    and cur.width >= 0.6 * measure and not ends_sentence(cur.text))
    if len(firsts) < 3:
        return 0.0
    lost = measure - firsts[len(firsts) // 2]
    return lost if 1.5 <= lost <= 4.5 else 0.0


def annotate(lines: Sequence[Line]) -> None:
    """Evaluate the per-line shapes once, so each line boundary costs no regex."""
    for line in lines:
        text = line.text
        line.final = ends_sentence(text)
        number = _ORDINAL.match(text) if text[:1] in _ORDINAL_FIRST else None
        line.clause = CLAUSE_RE.search(text, number.end() if number else 0) is not None
        first = text[:1]
        line.strong = (first in _STRONG_FIRST or "〔" in text) and STRONG_START.match(text) is not None
        line.soft = (first in _SOFT_FIRST or first.isdigit()) and SOFT_START.match(text) is not None


def group_lines(lines: Sequence[Line], layout: Layout) -> list[Group]:
    """Split the flow into groups; caption lines form their own groups."""
    annotate(lines)
    groups: list[Group] = []
    prev: Line | None = None
    for i, line in enumerate(lines):
        if line.kind == "caption":
            if not groups or groups[-1].kind != "caption" or (
                    (line.indent or line.raw.para_start) and _caption_ended(groups[-1])):
                groups.append(Group(kind="caption"))
            groups[-1].lines.append(line)
            continue
        start = _at_article_start(groups) if prev is not None and not prev.clause else 0
        if prev is None or starts_block(prev, line, layout) or (
                start and _title_line_ends(prev, line, layout, start == 2)) or _toc_ends(prev, lines, i):
            groups.append(Group())
            line.opens = True
        elif groups[-1].kind == "caption":
            groups.append(Group(kind="cont"))
        groups[-1].lines.append(line)
        prev = line
    return groups


def _toc_ends(prev: Line, lines: Sequence[Line], i: int) -> bool:
    """The table of contents ended at ``prev`` (a row ending in its page number) when no row's
    leader and number come in the next lines before a 来源 line: 「…重要讲话 .....35」 /
    「习近平在加强基础研究座谈会上强调 以更大力度更」 / 「实举措加强基础研究…」 (a title)."""
    if not prev.text[-1:].isdigit() or TOC_LINE.search(prev.text) is None:
        return False
    for line in lines[i:i + 5]:  # a row may wrap over three or four lines before its leader
        if line.strong:
            return True
        if TOC_ROW.search(line.text):
            return False
    return True


def _caption_ended(group: Group) -> bool:
    """The caption group so far ends with its credit (…/摄) or is a figure title: a new one may start."""
    text = group.lines[-1].text
    return CREDIT_RE.search(text) is not None or FIGURE_RE.match(text) is not None


def starts_block(prev: Line, cur: Line, layout: Layout) -> bool:
    """True when ``cur`` begins a new block after ``prev`` (the heart of unwrapping)."""
    if cur.md_level or prev.md_level or cur.quote != prev.quote or "separator" in (cur.kind, prev.kind):
        return True
    if prev.text[-1:] in _OPENERS and cur.kind != "heading":
        return False  # 「…自由探索“」 / 「两条腿走路”…」: no block ends on an opening quote or bracket
    if (cur.raw.para_start and _reader_start(prev, cur)) or (cur.raw.role or "") != (prev.raw.role or ""):
        return True
    if cur.raw.para_start is False and not cur.strong and not (cur.soft and prev.final):
        return False  # the reader saw the line continue (no indent in an indenting layout)
    if prev.kind == "heading" or cur.kind == "heading" or cur.strong:
        return True
    if (prev.strong and not prev.text.startswith("※") and not _open_bracket(prev.text)) \
            or (prev.soft and CHAPTER_ONLY.match(prev.text)):
        return True
    could_end = prev.final or prev.span_width < layout.measure - 1.5 or not layout.wrapped
    if cur.soft and could_end and not _list_inline(cur):
        return True
    if not layout.wrapped:
        return _separated_break(prev, cur)
    return _wrapped_break(prev, cur, layout)


def _open_bracket(text: str) -> bool:
    """A bracket left open at the line end: the line wrapped (「来源：《人民日报》（2024年06月25」 / 「日02版）」)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _reader_start(prev: Line, cur: Line) -> bool:
    """Trust a reader's ``para_start=True`` unless its geometry shows no reason but a ragged right
    edge: same size, no indent, no extra leading, and the line before stops mid-sentence
    (``…基础研究整体研究实力和`` / ``学术水平显著增强。``, a line short of the margin only
    because it held half-width characters)."""
    raw, before = cur.raw, prev.raw
    if raw.x0 is None or raw.size is None or before.size is None or raw.role or before.role \
            or raw.page != before.page or raw.y is None or before.y is None:
        return True
    if raw.x0 >= 0.8 * raw.size or abs(raw.size - before.size) > 0.6 or raw.y - before.y > 2.0 * raw.size:
        return True
    if before.x0 is not None and before.x0 >= 2 * before.size:
        return True  # the line before was centred or set off
    return prev.final or cur.strong or cur.soft or _MID_WORD_END.search(prev.text) is None


def _at_article_start(groups: Sequence[Group]) -> int:
    """The current group is one line and the first of the file or follows a 材料 N / 来源 line:
    1, or 2 when it follows a label (材料 N, 【…】) and so must be a title; else 0."""
    if len(groups[-1].lines) != 1:
        return 0
    if len(groups) == 1:
        return 1
    before = groups[-2].lines[0].text if groups[-2].lines else ""
    if STRONG_START.match(before) is None:
        return 0
    return 2 if _LABEL.match(before) else 1


def _title_line_ends(prev: Line, cur: Line, layout: Layout, after_label: bool = False) -> bool:
    """A one-line block with no punctuation at all, before a line of prose, is a title line
    even when it is as wide as the body text (titles set in a larger size, another width).

    Right after a label (``材料 1``) even a full-width line is the title
    (``材料1`` / ``习近平：加强基础研究 实现高水平科技自立自强`` / ``今天，中央政治局…``)."""
    full = layout.measure - 3 <= prev.width <= layout.measure + 1 and not after_label
    return (layout.wrapped and not full and not prev.md_level and not prev.clause and not prev.strong
            and not prev.final and cur.clause and not cur.gap_join)


def _list_inline(cur: Line) -> bool:
    """「二是…」 continuing a sentence is not a block start unless the line is indented."""
    return cur.text[1:2] == "是" and not cur.indent


def _separated_break(prev: Line, cur: Line) -> bool:
    if cur.blanks_before == 0:
        # Soft-wrapped lines join, but an indent or a short title-like line still ends a block.
        return cur.indent or (prev.width <= 25 and not prev.final and not prev.clause
                              and not soft_join_break(prev))
    if prev.final or prev.width < 15 or not prev.clause \
            or not _MID_WORD_END.search(prev.text):
        return True
    # A paragraph split by a page break: "…持" / (blank) / "续抓下去。" (seed 002).
    return bool(cur.indent)


def _wrapped_break(prev: Line, cur: Line, layout: Layout) -> bool:
    ended_by_space = layout.trail_marks_end and prev.trail_space
    if cur.gap_join and not prev.trail_space:
        # "…实际应用;" / " " / "建设一批…" (seed 004): one physical line cut in two.
        return False
    # an indented first line is full two em short of the measure (its indent is not in its width)
    full = layout.measure - (layout.indent_lost if prev.opens else 0.0) - (2.0 if prev.indent else 0.0)
    short = prev.span_width < full - 1.5
    final = prev.final
    if final and layout.indent_lost and not cur.final \
            and abs(cur.width - (layout.measure - layout.indent_lost)) <= 0.75:
        # "…自立自强。" / "我们要建成…" two em short: a first line whose indent was dropped
        return True
    if layout.sparse_blanks and cur.blanks_before and not prev.blanks_before and (final or short):
        # A blank line where the lines around have none (pdfminer text boxes) separates blocks.
        return True
    if final and not cur.final and not cur.clause and not _open_bracket(cur.text) \
            and cur.width < layout.measure - 1.5 and _FULL_STOP.search(prev.text):
        # a short unpunctuated line after a finished sentence is a block of its own, a title:
        # 「…企业负责人和科研人员代表等参加座谈会。」 / 「习近平：加强基础研究 实现高水平科技自立自强」
        return True
    if not final and not prev.clause and short and cur.text[-1:] in "：:" and SALUTATION.match(cur.text):
        return True  # a letter's title, then its salutation (「…学习专刊的通知」 / 「各基层党委、…支部：」)
    if not final and not prev.clause and not _open_bracket(prev.text) \
            and (prev.span_width < 0.7 * layout.measure or (prev.soft and prev.opens and cur.clause)):
        return True  # a title or heading line (「★让投身…人生追求」 even when nearly full)
    if layout.uses_indent:
        # an unindented line after a short finished one is a title or an unindented block
        return cur.indent or (final and short and not cur.gap_join)
    if cur.indent:
        return True
    if final and (short or ended_by_space):
        return True
    return final and cur.blanks_before >= 2 and not cur.page_start


def soft_join_break(prev: Line) -> bool:
    """Keep a line break inside a block (Markdown hard break, table-of-contents rows)."""
    return prev.hard_break or (prev.text[-1:].isdigit() and TOC_LINE.search(prev.text) is not None)
