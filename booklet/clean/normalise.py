"""Typographic normalisation — and nothing else: wording is never touched.

Before → after (seeds 001, 004):
``2023 年 2 月 21 日`` → ``2023年2月21日``; ``6G 卫星`` → ``6G卫星``;
``工作,习近平`` → ``工作，习近平``; ``学报(哲学社会科学版),2024,(1):108-124.`` →
``学报（哲学社会科学版），2024,(1):108-124.`` (punctuation between digits stays);
``...`` / ``…`` next to Chinese → ``……``; ``--`` between Chinese → ``——``;
runs of spaces → one space (``来源  | 求是网`` → ``来源 | 求是网``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Sequence

from booklet.report import Report

IDEO = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019"
CJK = IDEO + CJK_PUNCT
_SP = r"[ \t\u00a0]+"

_IDEO_RE = re.compile(f"[{IDEO}]")
_CJK_RE = re.compile(f"[{CJK}]")
_SECTION = re.compile(rf"^\d+(?:\.\d+)+[ \t]+(?=[{IDEO}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

# (rule name, pattern, replacement function) applied in order.
_SPACE_ALNUM = re.compile(rf"(?<=[{IDEO}]){_SP}(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]){_SP}(?=[{IDEO}])")
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}|\t")
_SPACE_PUNCT = re.compile(rf"{_SP}(?=[{CJK_PUNCT}])|(?<=[{CJK_PUNCT}]){_SP}")
_PARENS = re.compile(rf"\(([^()\n\x00]{{0,80}})\)")
_HALF = re.compile(rf"(?<=[{CJK}])[,;:?!]|[,;:?!](?=[{IDEO}])")
_DOTS = re.compile(rf"(?<=[{CJK}])(?:\.{{3,6}}|。{{3,6}})|(?:\.{{3,6}}|。{{3,6}})(?=[{CJK}])")
_LONE_ELLIPSIS = re.compile(r"(?<!…)…(?!…)")
_DASHES = re.compile(rf"(?<=[{IDEO}])(?:--|－－|—(?!—))(?=[{IDEO}“])")


def _parens(match: re.Match[str], text: str) -> str:
    inner = match.group(1)
    before = text[match.start() - 1] if match.start() > 0 else ""
    if _IDEO_RE.search(inner) or _CJK_RE.match(before or "x"):
        return f"（{inner}）"
    return match.group(0)


_SEP = "\x00"
_SEP_RE = re.compile(_SEP)
_KEEP = "\x01"  # stands for the space after a section number while the rules run
_SECTION_ALL = re.compile(rf"(?:^|(?<={_SEP}))(\d+(?:\.\d+)+)[ \t]+(?=[{IDEO}])")


def normalise_texts(items: Sequence[tuple[str, int]], report: Report) -> list[str]:
    """Normalise many block texts at once (one regex pass per rule over the whole document).

    ``items`` are (text, line number); each change is reported against its block's line.
    """
    linenos = [lineno for _, lineno in items]
    doc = _SEP.join(text for text, _ in items)
    doc = _SECTION_ALL.sub(lambda m: m.group(1) + _KEEP, doc)
    for pattern, make in _RULES:
        doc = _apply(pattern, make, doc, linenos, report)
    return doc.replace(_KEEP, " ").split(_SEP)


def normalise_text(text: str, lineno: int, report: Report) -> str:
    """Normalise one text (see ``normalise_texts``)."""
    return normalise_texts([(text, lineno)], report)[0]


def _apply(pattern: re.Pattern[str], make: Callable[[re.Match[str], str], str], src: str,
           linenos: list[int], report: Report) -> str:
    seps = [m.start() for m in _SEP_RE.finditer(src)]

    def sub(match: re.Match[str]) -> str:
        new = make(match, src)
        if new != match.group(0):
            left = src[max(0, match.start() - 2):match.start()].split(_SEP)[-1]
            right = src[match.end():match.end() + 2].split(_SEP)[0]
            lineno = linenos[bisect_right(seps, match.start())]
            report.changed(lineno, (left + match.group(0) + right).replace(_KEEP, " "),
                           (left + new + right).replace(_KEEP, " "), "normalise")
        return new
    return pattern.sub(sub, src)


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]], ...] = (
    (_SPACE_RUN, lambda m, s: " "),
    (_SPACE_ALNUM, lambda m, s: ""),
    (_SPACE_PUNCT, lambda m, s: ""),
    (_PARENS, lambda m, s: _parens(m, s)),
    (_HALF, lambda m, s: _FULL[m.group(0)]),
    (_DOTS, lambda m, s: "……"),
    (_LONE_ELLIPSIS, lambda m, s: "……"),
    (_DASHES, lambda m, s: "——"),
)
