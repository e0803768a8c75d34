"""Typographic normalisation — and nothing else: wording is never touched.

Before → after (seeds 001, 004):
``2023 年 2 月 21 日`` → ``2023年2月21日``; ``6G 卫星`` → ``6G卫星``;
``工作,习近平`` → ``工作，习近平``; ``学报(哲学社会科学版),2024,(1):108-124.`` →
``学报（哲学社会科学版），2024,(1):108-124.`` (punctuation between digits stays);
``...`` / ``…`` next to Chinese → ``……``; ``--`` between Chinese → ``——``;
runs of spaces → one space (``来源  | 求是网`` → ``来源 | 求是网``).

Every pattern starts with the characters it replaces (so the regex engine can skip
ahead fast) and a small function looks at the neighbours; the whole document is
one string during a pass, so each rule is one C-level scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Callable, Sequence

from booklet.cjk import CJK_PUNCT, IDEOGRAPH_RE
from booklet.clean.blocks import Blk
from booklet.clean.stages import Blocks
from booklet.report import Change, Log
from booklet.shapes import CJK_CHAR_RE, SECTION_NUMBER_RE, TABLE_ROW_RE, ideograph_space_is_gap

_IDEO_RE = IDEOGRAPH_RE
_PUNCT_RE = re.compile(f"[{CJK_PUNCT}]")
_CJK_RE = CJK_CHAR_RE
_ALNUM_RE = re.compile(r"[0-9A-Za-z]")
# ASCII punctuation that becomes full-width next to Chinese (``_half``): no space after it there.
_TO_FULL = frozenset(",;:?!")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

_SEP = "\x00"
_KEEP = "\x01"  # stands for the space after a section number while the rules run

# Each pattern is spelled to start with one character or one character set (``x+`` as ``xx*``,
# an alternation behind the set of its first characters): only then does the regex engine
# skip ahead at C speed to where a match can start; otherwise it tries a match at every
# character of the document (three to twenty times slower).  The plain spelling is in the comment.
_SPACES = re.compile(r"[ \t\u00a0][ \t\u00a0]*")                        # [ \t\u00a0]+
# A bracketed aside short enough to be one: longer runs between ( and ) are not a pair.
PAREN_MAX_CHARS = 80
_PARENS = re.compile(rf"\(([^()\n\x00]{{0,{PAREN_MAX_CHARS}}})\)")
_HALF = re.compile(r"[,;:?!]")
_DOTS = re.compile(r"[.。](?:(?<=\.)\.{2,5}|(?<=。)。{2,5})")             # \.{3,6}|。{3,6}
_ELLIPSIS = re.compile(r"……*")                                          # …+
_DASHES = re.compile(r"[-－—](?:(?<=-)-|(?<=－)－|(?<=—)—*)")            # --|－－|—+
# Characters of context a change is reported with, on each side.
CONTEXT_CHARS = 2

Rule = Callable[[re.Match[str], str], str]


# The neighbours of a match are read as one-character slices ("" at either end of the document)
# and tested with the bound ``match`` of one-character patterns (``match("")`` is None): these
# run for every replacement of a long source, where a helper call per test doubled the cost.
_IS_IDEO = _IDEO_RE.match
_IS_PUNCT = _PUNCT_RE.match
_IS_CJK = _CJK_RE.match
_IS_ALNUM = _ALNUM_RE.match


def _spaces(m: re.Match[str], src: str) -> str:
    """Spaces next to CJK punctuation (or ASCII punctuation that becomes it) or between CJK and
    Latin/digits go; between two ideographs a space goes when it is an extractor's gap, not a
    typesetter's space between fields (``ideograph_space_is_gap``); runs become one space."""
    start, end = m.span()
    a, b, run = src[start - 1:start], src[end:end + 1], m.group(0)
    if "\t" in run:
        return " " if a and b else run  # a tab separates columns (TOC row, page number)
    if _IS_PUNCT(a) or _IS_PUNCT(b) or (a in _TO_FULL and _IS_IDEO(b)):
        return ""
    if run == " " and _IS_IDEO(a) and _IS_IDEO(b):
        return "" if ideograph_space_is_gap(src, start, end) else " "
    if (_IS_IDEO(a) and _IS_ALNUM(b)) or ((_IS_ALNUM(a) or a == "%") and _IS_IDEO(b)):
        return ""
    if run == " " and a.isdigit() and b.isdigit() and _spread_digit(src, start, end):
        return ""
    return " " if (len(run) > 1 or run != " ") and a and b else run


# The neighbour of a lone digit a space stands beside: no part of a longer number or word.
_IS_NUMBER_PART = re.compile(r"[0-9A-Za-z.,]").match


def _spread_digit(src: str, start: int, end: int) -> bool:
    """Whether the space ``src[start:end]`` between two digits is an extractor's gap inside a
    number spread glyph by glyph (pdfminer's 「首批6 0名」, 「事项1 8 6项」): a digit beside it stands
    alone, nothing of a number on its other side.  Chinese text sets no space inside a number, and
    numbers a space parts stand whole (``0516 8888``, ``2024 2025``), none a lone digit."""
    return (_IS_NUMBER_PART(src[start - 2:start - 1]) is None and start >= 2) \
        or _IS_NUMBER_PART(src[end + 1:end + 2]) is None and end + 1 < len(src)


def _parens(m: re.Match[str], src: str) -> str:
    start = m.start()
    if _IDEO_RE.search(m.group(1)) or _IS_CJK(src[start - 1:start]):
        return f"（{m.group(1)}）"
    return m.group(0)


def _half(m: re.Match[str], src: str) -> str:
    start, end = m.span()
    if _IS_CJK(src[start - 1:start]) or _IS_IDEO(src[end:end + 1]):
        return _FULL[m.group(0)]
    return m.group(0)


def _dots(m: re.Match[str], src: str) -> str:
    start, end = m.span()
    near = _IS_CJK(src[start - 1:start]) or _IS_CJK(src[end:end + 1])
    return "……" if near or m.group(0).startswith("。") else m.group(0)


def _ellipsis(m: re.Match[str], src: str) -> str:
    return "……" if m.group(0) == "…" else m.group(0)


def _dashes(m: re.Match[str], src: str) -> str:
    text = m.group(0)
    if text.startswith("—") and len(text) != 1:
        return text
    start, end = m.span()
    after = src[end:end + 1]
    between = _IS_IDEO(src[start - 1:start]) and (_IS_IDEO(after) or after == "“")
    return "——" if between else text


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (_SPACES, _spaces), (_PARENS, _parens), (_HALF, _half), (_DOTS, _dots),
    (_ELLIPSIS, _ellipsis), (_DASHES, _dashes),
)


Starts = Sequence[tuple[int, int]]
Spans = tuple[tuple[int, int], ...]
Edit = tuple[int, int, int]   # (start, end, length of the replacement) in the text before a pass


_NEEDED: tuple[Callable[[str], bool], ...] = (
    lambda d: " " in d or "\t" in d or "\u00a0" in d,
    lambda d: "(" in d,
    lambda d: any(ch in d for ch in ",;:?!"),
    lambda d: ("." in d and "..." in d) or "。。。" in d,
    lambda d: "…" in d and d.count("…") != 2 * d.count("……"),
    # (a lone character's look first: searching for two characters in a long Chinese text costs
    # three to ten times more, and most texts hold no hyphen and no full-width one)
    lambda d: ("-" in d and "--" in d) or ("－" in d and "－－" in d) or ("—" in d and d.count("—") != 2 * d.count("——")),
)


def normalise_stage(stage: Blocks, log: Log) -> Blocks:
    """Normalise the text of every block and side note (rule ``normalise``)."""
    from booklet.clean.notes import SideNote

    texts = [b.text for b in stage.blocks] + [n.text for n in stage.notes]
    starts = [b.starts or ((0, b.first),) for b in stage.blocks] + [((0, n.first),) for n in stage.notes]
    done, edits = _normalised(texts, starts, log)
    blocks = [b if b.text == text else _moved(b, text, _spans_moved(b.bold + _line_marks(b.starts), edits.get(k)))
              for k, (b, text) in enumerate(zip(stage.blocks, done))]
    notes = tuple(n if n.text == text else SideNote(n.label, text, n.first, n.last)
                  for n, text in zip(stage.notes, done[len(stage.blocks):]))
    return stage.but(blocks=blocks, notes=notes)


def _line_marks(starts: Starts) -> Spans:
    """Each joined line's start as an empty span, to follow the changes as bold spans do: the
    rules after this one read a block's source lines off its text (``starts``), and a line start
    left where it was before a space went drifts into the line before.  The first line's start, the
    text's, never moves: a block of one line has none to follow.  (speed83) Read only of a block
    whose text changed: the spans follow the edits after the passes (``_spans_moved``)."""
    return tuple((offset, offset) for offset, _line in starts[1:])


def _moved(blk: Blk, text: str, spans: Sequence[tuple[int, int]]) -> Blk:
    """``blk`` with its normalised ``text``, its bold spans and its line starts moved with it."""
    k = len(blk.bold)
    starts = blk.starts[:1] + tuple((offset, line) for (offset, _end), (_old, line) in zip(spans[k:], blk.starts[1:]))
    return blk.but(text=text, bold=tuple((a, b) for a, b in spans[:k] if b > a), starts=starts)


def _spans_moved(spans: Spans, edits: list[list[Edit]] | None) -> list[tuple[int, int]]:
    """``spans`` moved over each pass's ``edits`` in turn (``_shift``), as the passes made them."""
    moved = list(spans)
    for local in edits or ():
        moved = _shift(moved, local)
    return moved


def normalise_texts(items: Sequence[tuple[str, Starts, Spans]], log: Log) -> list[tuple[str, Spans]]:
    """Normalise many texts at once (one regex pass per rule over the whole document).

    ``items`` are (text, ((offset, line number), …), bold spans): where each source line
    starts in the text, so a change is reported against the line it is on (offsets drift by
    the few characters earlier passes removed, which can shift a report by one line); bold
    spans follow every change, so they stay on the same characters.
    """
    done, edits = _normalised([text for text, _, _ in items], [item[1] or ((0, 0),) for item in items], log)
    return [(text, tuple(_spans_moved(item[2], edits.get(k))) if item[2] else ())
            for k, (item, text) in enumerate(zip(items, done))]


def normalise_text(text: str, lineno: int, log: Log) -> str:
    """Normalise one text (see ``normalise_texts``)."""
    return normalise_texts([(text, ((0, lineno),), ())], log)[0][0]


def _normalised(texts: Sequence[str], starts: Sequence[Starts],
                log: Log) -> tuple[list[str], dict[int, list[list[Edit]]]]:
    """The texts normalised, and per text each pass's edits in the text's own offsets (speed83: the
    spans are moved after the passes, and only a changed block's: most blocks change nothing, and
    building every block's line marks to carry them through the passes cost more than the passes'
    reports)."""
    if any(_SEP in text or _KEEP in text for text in texts):   # (no copy of a long document)
        # (a text holding the two marker characters themselves is left as it is)
        todo = [k for k, text in enumerate(texts) if _SEP not in text and _KEEP not in text]
        done, theirs = _normalised([texts[k] for k in todo], [starts[k] for k in todo], log)
        out = list(texts)
        for k, text in zip(todo, done):
            out[k] = text
        return out, {todo[k]: local for k, local in theirs.items()}
    edits: dict[int, list[list[Edit]]] = {}
    doc = _SEP.join([_protect(text, k, edits) if text[:1].isdigit() or text[:1] in "图表"
                     else _cells_kept(text) if " " in text else text
                     for k, text in enumerate(texts)])
    for (pattern, make), needed in zip(_RULES, _NEEDED):
        if needed(doc):  # a C-speed look first: most documents lack most triggers
            doc = _apply(pattern, make, doc, starts, edits, log)
    return doc.replace(_KEEP, " ").split(_SEP), edits   # (one for one, emptied ones kept)


def _protect(text: str, k: int, edits: dict[int, list[list[Edit]]]) -> str:
    """Keep the space after a section number (``1.1 研究背景``)."""
    number = SECTION_NUMBER_RE.match(text)
    if not number:
        return text
    kept = number.group(0).rstrip()
    if len(kept) + 1 != number.end():   # several spaces become one: move what follows
        edits.setdefault(k, []).append([(len(kept), number.end(), 1)])
    return kept + _KEEP + text[number.end():]


def _cells_kept(text: str) -> str:
    """Keep the spaces between a table row's cells (``shapes.TABLE_ROW_RE``: 「主城区 172 2036 9860」,
    as pdftotext writes a row): they part the cells, not a word from a figure in running text.
    One character for one, so bold spans stay where they are."""
    if "，" in text or "。" in text or TABLE_ROW_RE.match(text) is None:
        return text
    return text.replace(" ", _KEEP)


_PAST_ANY_LINE = float("inf")   # (sorts after every line number at the same offset)


def _apply(pattern: re.Pattern[str], make: Rule, src: str, starts: Sequence[Starts],
           edits: dict[int, list[list[Edit]]], log: Log) -> str:
    """One rule's pass over the document: its matches found and decided in one loop (no ``sub``
    callback's frame a match), the changes then reported and the text put together at once."""
    found: list[tuple[re.Match[str], str]] = []
    for match in pattern.finditer(src):
        new = make(match, src)
        if new != match.group(0):
            found.append((match, new))
    if not found:
        return src
    seps = _separators(src)
    record = log.report.changes.append   # (thousands of changes in a long source: straight to the list)
    rule = log.rule
    keep = _KEEP in src   # (the space kept after a section number: shown as a space in reports)
    pieces: list[str] = []
    at = 0
    local: dict[int, list[Edit]] = {}
    for match, new in found:
        start, end = match.span()
        old = match.group(0)
        block = bisect_right(seps, start)
        base = seps[block - 1] + 1 if block else 0
        left = src[max(base, start - CONTEXT_CHARS):start]
        right = src[end:end + CONTEXT_CHARS].partition(_SEP)[0]
        before, after = left + old + right, left + new + right
        if keep:
            before, after = before.replace(_KEEP, " "), after.replace(_KEEP, " ")
        # the line the change is on: that of the last start at or before it (starts never decrease:
        # each joined line starts after the one before), else the first line
        lines = starts[block]
        k = bisect_right(lines, (start - base, _PAST_ANY_LINE)) - 1
        record(Change(lines[k][1] if k >= 0 else lines[0][1], before, after, rule, old, new))
        if len(new) != end - start:   # (an edit of the same length moves no span: ``_shift``)
            local.setdefault(block, []).append((start - base, end - base, len(new)))
        pieces.append(src[at:start])
        pieces.append(new)
        at = end
    pieces.append(src[at:])
    for block, moved in local.items():
        edits.setdefault(block, []).append(moved)
    return "".join(pieces)


def _separators(src: str) -> list[int]:
    """The offsets of the separators between the texts in ``src``: each text's length, summed in C.
    A pass asks them once, at its first change: kept in a list that stayed empty when ``src`` held
    one text (``normalise_text``, a document of one block), they were searched for again over the
    whole text at every change — quadratic in a long paragraph."""
    return list(accumulate(map(_PAST, map(len, src.split(_SEP))), initial=-1))[1:-1]


_PAST = (1).__add__   # (a text's length and its separator)


def _shift(spans: list[tuple[int, int]], edits: list[Edit]) -> list[tuple[int, int]]:
    """``spans`` moved over ``edits`` (sorted, in the text's own offsets).  Edits that keep their
    length (「(」 → 「（」, most of normalise's) move nothing; an empty span (a line's start,
    ``_line_marks``) is moved as a start."""
    if all(length == end - start for start, end, length in edits):
        return spans
    ends = [end for _, end, _ in edits]
    deltas = [0]
    for start, end, length in edits:
        deltas.append(deltas[-1] + length - (end - start))

    def move(pos: int, is_end: bool) -> int:
        k = bisect_right(ends, pos)          # edits wholly before pos
        moved = pos + deltas[k]
        if k < len(edits) and edits[k][0] < pos:   # pos inside a replaced stretch
            start, end, length = edits[k]
            if length == end - start:               # (same length: 「(…)」 → 「（…）」)
                return moved
            return start + deltas[k] + (length if is_end else 0)
        return moved

    out: list[tuple[int, int]] = []   # (one for one: the caller drops emptied ones)
    for s, e in spans:
        if s == e:
            at = move(s, False)
            out.append((at, at))
        else:
            out.append((move(s, False), move(e, True)))
    return out
