"""Glyph coverage: every character of the booklet against the font of its role.

A missing glyph is reported with where it occurs and which other installed
font can draw it; writers use that substitute, so nothing prints as a box.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from booklet.fonts.discover import faces_with_char
from booklet.fonts.load import load_metrics
from booklet.fonts.usage import text_uses
from booklet.i18n import _
from booklet.layout import LATIN_ROLE, ROLE_NAMES, Profile
from booklet.model import Booklet

if TYPE_CHECKING:
    from booklet.fonts import FontMap

IGNORED = frozenset(" \t\n\u3000")


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character the font of its role cannot draw, and where it is."""

    char: str
    role: str
    article: str | None
    block_index: int | None
    block_kind: str
    substitute: str | None  # family of a font that has it, or None

    @property
    def codepoint(self) -> str:
        """``U+XXXX``."""
        return f"U+{ord(self.char):04X}"

    def __str__(self) -> str:
        article = self.article or _("the booklet")
        if self.block_index is not None:
            where = _("{article}, block {number} ({kind})").format(
                article=article, number=self.block_index + 1, kind=self.block_kind)
        else:
            where = f"{article} ({self.block_kind})"
        if self.substitute:
            fix = _("drawn with {font}").format(font=self.substitute)
        else:
            fix = _("no installed font has it")
        return _("{codepoint} '{char}' missing from the {role} font in {where}; {fix}").format(
            codepoint=self.codepoint, char=self.char, role=ROLE_NAMES.get(self.role, self.role),
            where=where, fix=fix)


def check_glyphs(booklet: Booklet, fonts: "FontMap", profile: Profile) -> list[MissingGlyph]:
    """Every (character, place) whose font lacks the glyph, first occurrence per place: ASCII
    against the Latin face (when there is one), the rest against the style's role font."""
    found: list[MissingGlyph] = []
    subs: dict[str, tuple[Path, int, str] | None] = {}
    latin = fonts.latin()
    latin_metrics = load_metrics(latin.path, latin.index) if latin is not None else None
    uses = list(text_uses(booklet))
    if not _anything_lacking(uses, fonts, profile, latin_metrics):
        return found  # the usual answer, from one set per role instead of one per block
    for use in uses:
        role = profile.style(use.style).role
        chars = set(use.text) - IGNORED  # set operations, not a char loop
        ascii_chars = {ch for ch in chars if ch < "\x80"} if latin_metrics else set()
        checks = [(role, load_metrics(fonts[role].path, fonts[role].index), chars - ascii_chars)]
        if latin_metrics is not None:
            checks.append((LATIN_ROLE, latin_metrics, ascii_chars))
        for face_role, metrics, wanted in checks:
            for ch in metrics.lacking(wanted) if wanted else ():
                sub = substitute_for(ch, fonts, subs)
                found.append(MissingGlyph(ch, face_role, use.article, use.block_index,
                                          use.block_kind, sub[2] if sub else None))
    found.sort(key=lambda m: (m.article or "", m.block_index or -1, m.char))
    return found


def _anything_lacking(uses: list, fonts: "FontMap", profile: Profile, latin_metrics) -> bool:
    """Whether any character of ``uses`` is missing from the font that would draw it (ASCII
    from the Latin face when there is one), all of a role's text checked at once."""
    by_role: dict[str, list[str]] = {}
    for use in uses:
        by_role.setdefault(profile.style(use.style).role, []).append(use.text)
    ascii_chars: set[str] = set()
    for role, texts in by_role.items():
        chars = set("".join(texts)) - IGNORED
        if latin_metrics:
            ascii_here = {ch for ch in chars if ch < "\x80"}
            ascii_chars |= ascii_here
            chars -= ascii_here
        if chars and load_metrics(fonts[role].path, fonts[role].index).lacking(chars):
            return True
    return bool(ascii_chars and latin_metrics.lacking(ascii_chars))


def substitute_for(ch: str, fonts: "FontMap",
                   memo: dict[str, tuple[Path, int, str] | None]) -> tuple[Path, int, str] | None:
    """(path, face index, family) of a font that has ``ch``: another role's font, else any installed."""
    if ch in memo:
        return memo[ch]
    result = None
    for role in fonts.roles():
        f = fonts[role]
        if f.path is not None and load_metrics(f.path, f.index).covers(ch):
            result = (f.path, f.index, f.family)
            break
    if result is None:
        for face in faces_with_char(ch):
            if load_metrics(face.path, face.index).covers(ch):
                result = (face.path, face.index, face.families[0])
                break
    memo[ch] = result
    return result
