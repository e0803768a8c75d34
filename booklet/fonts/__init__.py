"""Font roles → real font files: the wanted faces when installed, else the best free substitutes.

``resolve_fonts`` never loads a font file; it only decides which file serves
each role.  Loading happens lazily in ``booklet.fonts.load`` for the roles a
writer actually uses.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from booklet.errors import InputError
from booklet.fonts.discover import WANTED, SUBSTITUTES, find_family, find_known_file
from booklet.fonts.sfnt import CFF, NOT_A_FONT, TRUETYPE, sfnt_kind
from booklet.fonts.glyphs import MissingGlyph, check_glyphs
from booklet.layout import FONT_ROLES, Profile

__all__ = ["FontMap", "MissingGlyph", "ResolvedFont", "check_glyphs", "describe_fonts",
           "resolve_fonts"]

ROLE_NAMES = {"fangsong": "仿宋", "heiti": "黑体", "kaiti": "楷体", "xiaobiaosong": "小标宋",
              "songti": "宋体"}


@dataclass(frozen=True, slots=True)
class ResolvedFont:
    """The font file serving one role.

    ``path`` is None for reportlab's built-in CID font (not embedded).
    ``wanted`` is False for a substitute; ``embolden`` asks the writer to thicken
    strokes (a light Song standing in for the heavy 小标宋).
    """

    role: str
    family: str
    path: Path | None
    index: int = 0
    wanted: bool = True
    embeddable: bool = True
    origin: str = "fontconfig"
    embolden: bool = False


@dataclass(frozen=True, slots=True)
class FontMap:
    """Role → resolved font, plus the warnings a build should show."""

    fonts: dict[str, ResolvedFont]
    warnings: tuple[str, ...] = field(default=())

    def __getitem__(self, role: str) -> ResolvedFont:
        return self.fonts[role]

    def roles(self) -> tuple[str, ...]:
        """Roles in a stable order."""
        return tuple(r for r in FONT_ROLES if r in self.fonts)


def resolve_fonts(profile: Profile, overrides: Mapping[str, Path] | None = None) -> FontMap:
    """Resolve every font role; manifest ``overrides`` (role → file) win over discovery."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(FONT_ROLES))
    if unknown:
        raise InputError(f"unknown font role(s) {', '.join(unknown)} (known: {', '.join(FONT_ROLES)})",
                         key="fonts")
    fonts = {role: _resolve_role(role, overrides.get(role)) for role in FONT_ROLES}
    notes = [_cff_note(role) for role in FONT_ROLES if not fonts[role].wanted]
    notes = [n for n in notes if n]
    if any(f.path is None for f in fonts.values()):
        msg = ("no TrueType CJK font found: using reportlab's built-in STSong-Light, which is NOT "
               "embedded (install fonts-arphic-uming/ukai and fonts-wqy-zenhei, or give font files "
               "in the manifest)")
        warnings.warn(msg, stacklevel=2)
        notes.append(msg)
    return FontMap(fonts, tuple(notes))


def _cff_note(role: str) -> str | None:
    """Why an installed wanted face is not used: it is CFF OpenType, which reportlab cannot embed."""
    face = find_family(WANTED[role], truetype=False)
    if face is None:
        return None
    return (f"{ROLE_NAMES[role]}: {face.families[0]} ({face.path}) is CFF-based OpenType, which "
            f"reportlab cannot embed; using a TrueType substitute (give a .ttf/.ttc in the manifest)")


def _resolve_role(role: str, override: Path | None) -> ResolvedFont:
    if override is not None:
        return _from_file(role, Path(override), origin="manifest")
    known = find_known_file(role)
    if known is not None and sfnt_kind(known) == TRUETYPE:
        return _from_file(role, known, origin="font folder")
    face = find_family(WANTED[role])
    if face is not None:
        return ResolvedFont(role, face.families[0], face.path, face.index, wanted=True)
    face = find_family(SUBSTITUTES[role])
    if face is not None:
        heavy_wanted = role == "xiaobiaosong"
        return ResolvedFont(role, face.families[0], face.path, face.index, wanted=False,
                            embolden=heavy_wanted)
    return ResolvedFont(role, "STSong-Light", None, wanted=False, embeddable=False, origin="builtin")


def _from_file(role: str, path: Path, *, origin: str) -> ResolvedFont:
    """A font given as a file; bad files are input errors that say what to do."""
    key = f"fonts.{role}"
    if not path.is_file():
        raise InputError(f"font file for {role} ({ROLE_NAMES[role]}) not found; check the path",
                         path=path, key=key)
    kind = sfnt_kind(path)
    if kind == CFF:
        raise InputError(
            "is a CFF-based OpenType font (e.g. Noto/Source Han .otf), which reportlab cannot embed; "
            "give a TrueType .ttf/.ttc file instead (e.g. simfang.ttf, AR PL UMing)", path=path, key=key)
    if kind == NOT_A_FONT:
        raise InputError("is not a TrueType font file (.ttf/.ttc expected)", path=path, key=key)
    return ResolvedFont(role, path.stem, path, 0, wanted=True, origin=origin)


def describe_fonts(fonts: FontMap) -> str:
    """Human-readable role map for ``booklet fonts``."""
    lines = []
    for role in fonts.roles():
        f = fonts[role]
        where = f"{f.path}" + (f" (face {f.index})" if f.index else "") if f.path else "built in"
        status = "wanted face" if f.wanted else f"SUBSTITUTE for {ROLE_NAMES[role]}"
        extra = [] if f.embeddable else ["not embedded"]
        if f.embolden:
            extra.append("strokes thickened")
        tail = f"; {', '.join(extra)}" if extra else ""
        lines.append(f"{role:<13} {ROLE_NAMES[role]:<4} {f.family} — {status}{tail}\n"
                     f"{'':<19}{where} [{f.origin}]")
    lines.extend(f"warning: {w}" for w in fonts.warnings)
    return "\n".join(lines) + "\n"
