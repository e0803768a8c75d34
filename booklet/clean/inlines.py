"""Turn block text into inlines: ``**bold**`` runs, footnote markers, bold lead-ins."""

from __future__ import annotations

import re
from typing import Callable

from booklet.clean.text import CIRCLED
from booklet.model import Bold, FootnoteRef, Inline, Text

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_MARK = re.compile(f"[{CIRCLED}]|\\[\\d{{1,3}}\\]")
_LEADIN = re.compile(r"^(第[一二三四五六七八九十]+[，,、][^。！？\n]{2,40}[。！？])(?=\S)")


def bold_leadin(text: str) -> str:
    """Mark a lead-in sentence bold: 「第一，强化……布局。基础研究…」 → 「**第一，强化……布局。**基础研究…」.

    Only when the paragraph goes on after the sentence and carries no bold yet.
    """
    if "**" in text:
        return text
    return _LEADIN.sub(lambda m: f"**{m.group(1)}**", text, count=1)


def to_inlines(text: str, take_ref: Callable[[str], bool]) -> tuple[Inline, ...]:
    """Inlines for ``text``; a circled marker becomes a ``FootnoteRef`` when ``take_ref(label)``."""
    out: list[Inline] = []
    pos = 0
    for match in _BOLD.finditer(text):
        _plain(text[pos:match.start()], take_ref, out)
        out.append(Bold(match.group(1)))
        pos = match.end()
    _plain(text[pos:], take_ref, out)
    return tuple(out)


def _plain(text: str, take_ref: Callable[[str], bool], out: list[Inline]) -> None:
    pos = 0
    for match in _MARK.finditer(text):
        if take_ref(match.group(0)):
            if match.start() > pos:
                out.append(Text(text[pos:match.start()]))
            out.append(FootnoteRef(match.group(0)))
            pos = match.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
