"""Typographic normalisation — and nothing else: wording is never touched.

Before → after (seeds 001, 004):
``2023 年 2 月 21 日`` → ``2023年2月21日``; ``6G 卫星`` → ``6G卫星``;
``工作,习近平`` → ``工作，习近平``; ``学报(哲学社会科学版),2024,(1):108-124.`` →
``学报（哲学社会科学版），2024,(1):108-124.`` (punctuation between digits stays);
``...`` / ``…`` next to Chinese → ``……``; ``--`` between Chinese → ``——``.
"""

from __future__ import annotations

import re
from typing import Callable

from booklet.report import Report

IDEO = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019"
CJK = IDEO + CJK_PUNCT
_SP = r"[ \t\u00a0]+"

_SECTION = re.compile(rf"^\d+(?:\.\d+)+[ \t]+(?=[{IDEO}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

# (rule name, pattern, replacement function) applied in order.
_SPACE_ALNUM = re.compile(rf"(?<=[{IDEO}]){_SP}(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]){_SP}(?=[{IDEO}])")
_SPACE_PUNCT = re.compile(rf"{_SP}(?=[{CJK_PUNCT}])|(?<=[{CJK_PUNCT}]){_SP}")
_PARENS = re.compile(rf"\(([^()\n]{{0,80}})\)")
_HALF = re.compile(rf"(?<=[{CJK}])[,;:?!]|[,;:?!](?=[{IDEO}])")
_DOTS = re.compile(rf"(?<=[{CJK}])(?:\.{{3,6}}|。{{3,6}})|(?:\.{{3,6}}|。{{3,6}})(?=[{CJK}])")
_LONE_ELLIPSIS = re.compile(r"(?<!…)…(?!…)")
_DASHES = re.compile(rf"(?<=[{IDEO}])(?:--|－－|—(?!—))(?=[{IDEO}“])")


def _parens(match: re.Match[str], text: str) -> str:
    inner = match.group(1)
    before = text[match.start() - 1] if match.start() > 0 else ""
    if re.search(f"[{IDEO}]", inner) or re.match(f"[{CJK}]", before or "x"):
        return f"（{inner}）"
    return match.group(0)


def normalise_text(text: str, lineno: int, report: Report) -> str:
    """Apply every normalisation to ``text``; each change is reported against ``lineno``."""
    def record(pattern: re.Pattern[str], make: Callable[[re.Match[str]], str], src: str) -> str:
        def sub(match: re.Match[str]) -> str:
            new = make(match)
            if new != match.group(0):
                report.changed(lineno, match.group(0), new, "normalise")
            return new
        return pattern.sub(sub, src)

    number = _SECTION.match(text)
    prefix, text = (number.group(0), text[number.end():]) if number else ("", text)
    text = record(_SPACE_ALNUM, lambda m: "", text)
    text = record(_SPACE_PUNCT, lambda m: "", text)
    current = text
    text = record(_PARENS, lambda m: _parens(m, current), text)
    text = record(_HALF, lambda m: _FULL[m.group(0)], text)
    text = record(_DOTS, lambda m: "……", text)
    text = record(_LONE_ELLIPSIS, lambda m: "……", text)
    return prefix + record(_DASHES, lambda m: "——", text)
