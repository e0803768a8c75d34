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
from typing import Callable, Sequence

from booklet.report import Report

IDEO = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019"
CJK = IDEO + CJK_PUNCT

_IDEO_RE = re.compile(f"[{IDEO}]")
_PUNCT_RE = re.compile(f"[{CJK_PUNCT}]")
_CJK_RE = re.compile(f"[{CJK}]")
_ALNUM_RE = re.compile(r"[0-9A-Za-z]")
_SECTION = re.compile(rf"^(?:[图表]\s*)?\d+(?:[.．-]\d+)+[ \t]+(?=[{IDEO}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

_SEP = "\x00"
_SEP_RE = re.compile(_SEP)
_KEEP = "\x01"  # stands for the space after a section number while the rules run

_SPACES = re.compile(r"[ \t\u00a0]+")
_PARENS = re.compile(r"\(([^()\n\x00]{0,80})\)")
_HALF = re.compile(r"[,;:?!]")
_DOTS = re.compile(r"\.{3,6}|。{3,6}")
_ELLIPSIS = re.compile(r"…+")
_DASHES = re.compile(r"--|－－|—+")

Rule = Callable[[re.Match[str], str], str]


def _before(src: str, match: re.Match[str]) -> str:
    return src[match.start() - 1] if match.start() else ""


def _after(src: str, match: re.Match[str]) -> str:
    return src[match.end()] if match.end() < len(src) else ""


def _is(pattern: re.Pattern[str], ch: str) -> bool:
    return bool(ch) and pattern.match(ch) is not None


def _spaces(m: re.Match[str], src: str) -> str:
    """Spaces next to CJK punctuation or between CJK and Latin/digits go; runs become one space."""
    a, b = _before(src, m), _after(src, m)
    if "\t" in m.group(0):
        return " " if a and b else m.group(0)  # a tab separates columns (TOC row, page number)
    if _is(_PUNCT_RE, a) or _is(_PUNCT_RE, b):
        return ""
    if (_is(_IDEO_RE, a) and (_is(_ALNUM_RE, b))) or ((_is(_ALNUM_RE, a) or a == "%") and _is(_IDEO_RE, b)):
        return ""
    return " " if (len(m.group(0)) > 1 or m.group(0) != " ") and a and b else m.group(0)


def _parens(m: re.Match[str], src: str) -> str:
    if _IDEO_RE.search(m.group(1)) or _is(_CJK_RE, _before(src, m)):
        return f"（{m.group(1)}）"
    return m.group(0)


def _half(m: re.Match[str], src: str) -> str:
    if _is(_CJK_RE, _before(src, m)) or _is(_IDEO_RE, _after(src, m)):
        return _FULL[m.group(0)]
    return m.group(0)


def _dots(m: re.Match[str], src: str) -> str:
    near = _is(_CJK_RE, _before(src, m)) or _is(_CJK_RE, _after(src, m))
    return "……" if near or m.group(0).startswith("。") else m.group(0)


def _ellipsis(m: re.Match[str], src: str) -> str:
    return "……" if m.group(0) == "…" else m.group(0)


def _dashes(m: re.Match[str], src: str) -> str:
    text = m.group(0)
    if text.startswith("—") and len(text) != 1:
        return text
    between = _is(_IDEO_RE, _before(src, m)) and (_is(_IDEO_RE, _after(src, m)) or _after(src, m) == "“")
    return "——" if between else text


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (_SPACES, _spaces), (_PARENS, _parens), (_HALF, _half), (_DOTS, _dots),
    (_ELLIPSIS, _ellipsis), (_DASHES, _dashes),
)


Starts = Sequence[tuple[int, int]]


_NEEDED: tuple[Callable[[str], bool], ...] = (
    lambda d: " " in d or "\t" in d or "\u00a0" in d,
    lambda d: "(" in d,
    lambda d: any(ch in d for ch in ",;:?!"),
    lambda d: "..." in d or "。。。" in d,
    lambda d: "…" in d and d.count("…") != 2 * d.count("……"),
    lambda d: "--" in d or "－－" in d or d.count("—") != 2 * d.count("——"),
)


def normalise_texts(items: Sequence[tuple[str, Starts]], report: Report) -> list[str]:
    """Normalise many block texts at once (one regex pass per rule over the whole document).

    ``items`` are (text, ((offset, line number), …)): where each source line starts in
    the text, so a change is reported against the line it is on (offsets drift by the
    few characters earlier passes removed, which can shift a report by one line).
    """
    linenos = [starts or ((0, 0),) for _, starts in items]
    doc = _SEP.join(_protect(text) for text, _ in items)
    for (pattern, make), needed in zip(_RULES, _NEEDED):
        if needed(doc):  # a C-speed look first: most documents lack most triggers
            doc = _apply(pattern, make, doc, linenos, report)
    return doc.replace(_KEEP, " ").split(_SEP)


def normalise_text(text: str, lineno: int, report: Report) -> str:
    """Normalise one text (see ``normalise_texts``)."""
    return normalise_texts([(text, ((0, lineno),))], report)[0]


def _protect(text: str) -> str:
    """Keep the space after a section number (``1.1 研究背景``)."""
    number = _SECTION.match(text)
    if not number:
        return text
    return number.group(0).rstrip() + _KEEP + text[number.end():]


def _line_of(starts: Starts, offset: int) -> int:
    line = starts[0][1]
    for start, lineno in starts:
        if start > offset:
            break
        line = lineno
    return line


def _apply(pattern: re.Pattern[str], make: Rule, src: str, linenos: list[Starts], report: Report) -> str:
    seps: list[int] | None = None

    def sub(match: re.Match[str]) -> str:
        nonlocal seps
        new = make(match, src)
        if new != match.group(0):
            if seps is None:
                seps = [m.start() for m in _SEP_RE.finditer(src)]
            left = src[max(0, match.start() - 2):match.start()].split(_SEP)[-1]
            right = src[match.end():match.end() + 2].split(_SEP)[0]
            block = bisect_right(seps, match.start())
            offset = match.start() - (seps[block - 1] + 1 if block else 0)
            report.changed(_line_of(linenos[block], offset),
                           (left + match.group(0) + right).replace(_KEEP, " "),
                           (left + new + right).replace(_KEEP, " "), "normalise")
        return new
    return pattern.sub(sub, src)
