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
from booklet.fonts.discover import ROLE_LANG, SUBSTITUTES, WANTED, find_family, find_known_file
from booklet.fonts.sfnt import CFF, NOT_A_FONT, TRUETYPE, sfnt_kind
from booklet.fonts.glyphs import MissingGlyph, check_glyphs
from booklet.i18n import N_, _, join
from booklet.layout import FONT_ROLES, LATIN_ROLE, ROLE_NAMES, Profile

# Every role a font file can serve: the styles' CJK roles, then the Latin face.
FACE_ROLES = FONT_ROLES + (LATIN_ROLE,)

__all__ = ["ROLE_NAMES", "FontMap", "MissingGlyph", "ResolvedFont", "check_glyphs",
           "describe_fonts", "resolve_fonts", "substitutes_note"]



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
    latin_family: str = "Times New Roman"  # the Latin face the profile wants (for messages)

    def __getitem__(self, role: str) -> ResolvedFont:
        return self.fonts[role]

    def roles(self) -> tuple[str, ...]:
        """Roles in a stable order (the CJK roles, then the Latin face when one was found)."""
        return tuple(r for r in FACE_ROLES if r in self.fonts)

    def latin(self) -> ResolvedFont | None:
        """The face of ASCII letters, digits and signs; None: each style's CJK face sets them."""
        return self.fonts.get(LATIN_ROLE)


def resolve_fonts(profile: Profile, overrides: Mapping[str, Path] | None = None) -> FontMap:
    """Resolve every font role; manifest ``overrides`` (role → file) win over discovery."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(FACE_ROLES))
    if unknown:
        raise InputError(_("unknown font role(s) {roles} (known: {known})").format(
            roles=", ".join(unknown), known=", ".join(FACE_ROLES)), key="fonts")
    fonts = {role: _resolve_role(role, overrides.get(role)) for role in FONT_ROLES}
    latin = _resolve_latin(profile, overrides.get(LATIN_ROLE))
    if latin is not None:
        fonts[LATIN_ROLE] = latin
    cff = (_cff_note(role, _wanted(role, profile)) for role in fonts if not fonts[role].wanted)
    notes = [n for n in cff if n]
    if latin is None:
        notes.append(_("no proportional Latin serif found (Times New Roman, Liberation Serif, "
                       "DejaVu Serif): letters and digits are set in the Chinese faces "
                       "(install fonts-liberation, or give fonts: {latin: …} in the manifest)"))
    if any(f.path is None for f in fonts.values()):
        msg = _("no TrueType Chinese font found: using the built-in STSong-Light, which is NOT "
                "embedded in the PDF (install fonts-arphic-uming/ukai and fonts-wqy-zenhei, or "
                "give font files in the manifest)")
        warnings.warn(msg, stacklevel=2)
        notes.append(msg)
    return FontMap(fonts, tuple(notes), profile.latin_family)


def _wanted(role: str, profile: Profile) -> tuple[str, ...]:
    """Family names of the face a role wants: the profile's Latin family first for "latin"."""
    if role == LATIN_ROLE:
        return tuple(dict.fromkeys((profile.latin_family, *WANTED[role])))
    return WANTED[role]


def _cff_note(role: str, wanted: tuple[str, ...]) -> str | None:
    """Why an installed wanted face is not used: it is CFF OpenType, which reportlab cannot embed."""
    face = find_family(wanted, truetype=False, lang=ROLE_LANG.get(role, "zh"))
    if face is None:
        return None
    return _("{role}: {family} ({path}) is CFF-based OpenType, which cannot be embedded; using "
             "a TrueType substitute (give a .ttf/.ttc in the manifest)").format(
                 role=ROLE_NAMES[role], family=face.families[0], path=face.path)


def _resolve_latin(profile: Profile, override: Path | None) -> ResolvedFont | None:
    """The Latin face: as a CJK role is found, but with no built-in fallback (None)."""
    found = _resolve_role(LATIN_ROLE, override, _wanted(LATIN_ROLE, profile))
    return found if found.path is not None else None


def _resolve_role(role: str, override: Path | None,
                  wanted: tuple[str, ...] | None = None) -> ResolvedFont:
    if override is not None:
        return _from_file(role, Path(override), origin="manifest")
    known = find_known_file(role)
    if known is not None and sfnt_kind(known) == TRUETYPE:
        return _from_file(role, known, origin="font folder")
    lang = ROLE_LANG.get(role, "zh")
    face = find_family(wanted or WANTED[role], lang=lang)
    if face is not None:
        return ResolvedFont(role, face.families[0], face.path, face.index, wanted=True)
    face = find_family(SUBSTITUTES[role], lang=lang)
    if face is not None:
        heavy_wanted = role == "xiaobiaosong"
        return ResolvedFont(role, face.families[0], face.path, face.index, wanted=False,
                            embolden=heavy_wanted)
    return ResolvedFont(role, "STSong-Light", None, wanted=False, embeddable=False, origin="builtin")


def _from_file(role: str, path: Path, *, origin: str) -> ResolvedFont:
    """A font given as a file; bad files are input errors that say what to do."""
    key = f"fonts.{role}"
    if not path.is_file():
        raise InputError(_("font file for {role} ({name}) not found; check the path").format(
            role=role, name=ROLE_NAMES[role]), path=path, key=key)
    kind = sfnt_kind(path)
    if kind == CFF:
        raise InputError(_(
            "is a CFF-based OpenType font (e.g. Noto/Source Han .otf), which cannot be embedded; "
            "give a TrueType .ttf/.ttc file instead (e.g. simfang.ttf, AR PL UMing)"),
            path=path, key=key)
    if kind == NOT_A_FONT:
        raise InputError(_("is not a TrueType font file (.ttf/.ttc expected)"), path=path, key=key)
    return ResolvedFont(role, path.stem, path, 0, wanted=True, origin=origin)


def substitutes_note(fonts: FontMap, profile: Profile) -> str | None:
    """One line naming the roles the layout uses that a substitute face serves, or None."""
    used = {style.role for style in profile.styles.values()} | {LATIN_ROLE}
    pairs = [f"{ROLE_NAMES[role]} → {fonts[role].family}" for role in fonts.roles()
             if role in used and not fonts[role].wanted and fonts[role].path is not None]
    if not pairs:
        return None
    return _("substitute fonts used (the wanted faces are not installed): {pairs}; see "
             "'booklet fonts'").format(pairs=join(pairs))


_ORIGINS = {"fontconfig": N_("fontconfig"), "manifest": N_("manifest"),
            "font folder": N_("font folder"), "builtin": N_("built in")}


def describe_fonts(fonts: FontMap) -> str:
    """Human-readable role map for ``booklet fonts``."""
    lines = []
    for role in fonts.roles():
        f = fonts[role]
        if f.path is None:
            where = _("built in")
        else:
            where = str(f.path) + (" " + _("(face {index})").format(index=f.index) if f.index else "")
        wanted = fonts.latin_family if role == LATIN_ROLE else ROLE_NAMES[role]
        status = _("wanted face") if f.wanted else _("SUBSTITUTE for {name}").format(name=wanted)
        extra = [] if f.embeddable else [_("not embedded")]
        if f.embolden:
            extra.append(_("strokes thickened"))
        tail = f"; {', '.join(extra)}" if extra else ""
        origin = _(_ORIGINS[f.origin]) if f.origin in _ORIGINS else f.origin
        lines.append(f"{role:<13} {ROLE_NAMES[role]:<4} {f.family} — {status}{tail}\n"
                     f"{'':<19}{where} [{origin}]")
    lines.extend(_("warning: {message}").format(message=w) for w in fonts.warnings)
    return "\n".join(lines) + "\n"
