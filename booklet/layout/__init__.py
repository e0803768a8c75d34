"""Layout profiles: the typographic numbers of a booklet, kept as data (YAML per profile).

Writers read sizes, margins and the line grid from a ``Profile``; they never
hard-code them.  A manifest picks a profile by name and may override any key,
e.g. ``layout: {profile: gongwen, lines_per_page: 23, styles.body.size_pt: 15}``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from booklet.errors import InputError
from booklet.i18n import _

PROFILE_DIR = Path(__file__).parent / "profiles"
MM = 72 / 25.4  # points per millimetre
ALIGNMENTS = ("left", "center", "right", "justify")
FONT_ROLES = ("fangsong", "heiti", "kaiti", "xiaobiaosong", "songti")
# The face of ASCII letters, digits and signs in every style (a proportional Latin serif):
# a role of its own for finding and naming font files, never a style's role.
LATIN_ROLE = "latin"
# What each role is called in messages, in either language (the names on a Chinese font menu).
ROLE_NAMES = {"fangsong": "仿宋", "heiti": "黑体", "kaiti": "楷体", "xiaobiaosong": "小标宋",
              "songti": "宋体", LATIN_ROLE: "西文"}
PAGE_NUMBER_POSITIONS = ("outer", "center", "right")
NOTICE_FORMATS = ("letter", "standard")
NOTE_NUMBERINGS = ("page", "article")


@dataclass(frozen=True, slots=True)
class NoticeGeometry:
    """Where GB/T 9704 puts the 红头 elements of the notice letter (mm from the paper's edges)."""

    masthead_top_mm: float = 30  # 信函格式: masthead's upper edge below the paper's top edge
    masthead_block_mm: float = 35  # 文件格式: masthead's upper edge below the text block's top
    rule_gap_mm: float = 4  # red rule(s) this far below the masthead (文件格式: below the number)
    rule_length_mm: float = 170  # 信函格式: double rules centred on the page
    foot_rule_mm: float = 20  # 信函格式: lower double rule this far above the paper's bottom
    thick_pt: float = 1.5  # the heavy line of a double rule
    thin_pt: float = 0.5  # its light line
    double_gap_pt: float = 1.5  # white between the two lines of a double rule
    title_gap_lines: int = 2  # 标题与其上最后一个要素相距二行


@dataclass(frozen=True, slots=True)
class CoverGeometry:
    """The cover's rules and text, in mm below the text block's top edge."""

    upper_rule_mm: float = 36  # red double rule above the title
    title_mm: float = 67  # the title's first line
    lower_rule_mm: float = 166  # red rule under the title block
    issuer_mm: float = 184  # issuer, then the date


@dataclass(frozen=True, slots=True)
class TextStyle:
    """Font role, size and alignment of one kind of text."""

    role: str
    size_pt: float
    bold: bool = False
    align: str = "justify"
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class Profile:
    """Page geometry, line grid and text styles of one layout."""

    name: str
    page_width_mm: float
    page_height_mm: float
    margin_top_mm: float
    margin_left_mm: float
    text_width_mm: float
    text_height_mm: float
    lines_per_page: int
    chars_per_line: int
    first_line_indent_chars: int
    page_number_format: str
    page_number_offset_mm: float
    page_number_position: str
    mirror_margins: bool
    articles_start_recto: bool = False
    # GB/T 9704 layout of the notice letter: "letter" (信函格式: masthead 30 mm from the paper
    # edge between red double lines, number flush right) or "standard" (文件格式: masthead
    # 35 mm into the text block, number centred, one red rule).
    notice_format: str = "letter"
    # Footnote markers restart on every page (①② … as Chinese books number them) or run
    # through each article.
    note_numbering: str = "page"
    # The red of the 红头 masthead, its rules and the cover's rules.
    accent_color: str = "#E60012"
    # Proportional Latin serif for ASCII letters, digits and signs: the DOCX names it, and
    # ``booklet.fonts`` looks for it first (then its metric twins) for the PDF's "latin" face.
    latin_family: str = "Times New Roman"
    notice: NoticeGeometry = field(default_factory=NoticeGeometry)
    cover: CoverGeometry = field(default_factory=CoverGeometry)
    styles: dict[str, TextStyle] = field(default_factory=dict)

    @property
    def margin_right_mm(self) -> float:
        """Outer margin: what is left of the page width beside the text block."""
        return self.page_width_mm - self.margin_left_mm - self.text_width_mm

    @property
    def margin_bottom_mm(self) -> float:
        """地脚: what is left of the page height below the text block."""
        return self.page_height_mm - self.margin_top_mm - self.text_height_mm

    @property
    def line_pitch_pt(self) -> float:
        """Baseline-to-baseline distance that puts ``lines_per_page`` lines in the block."""
        return self.text_height_mm * MM / self.lines_per_page

    @property
    def char_pitch_pt(self) -> float:
        """Advance per CJK character that puts ``chars_per_line`` characters on a line."""
        return self.text_width_mm * MM / self.chars_per_line

    @property
    def body(self) -> TextStyle:
        """The body text style."""
        return self.styles["body"]

    def style(self, name: str) -> TextStyle:
        """A named style; an unknown name is a programming error, so it raises KeyError."""
        return self.styles[name]


def available_profiles() -> list[str]:
    """Names of the profiles shipped with booklet."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yaml"))


@cache
def _profile_data(name: str) -> dict[str, Any]:
    path = PROFILE_DIR / f"{name}.yaml"
    if not path.is_file():
        raise InputError(_("unknown layout '{name}' (known: {known})").format(
            name=name, known=", ".join(available_profiles())), key="layout")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_profile(name: str = "gongwen", overrides: dict[str, Any] | None = None) -> Profile:
    """The named profile with ``overrides`` applied (dotted keys reach into styles)."""
    data = _deep_copy(_profile_data(name))
    for key, value in (overrides or {}).items():
        _apply_override(data, key, value)
    return _build(data)


def _deep_copy(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in data.items()}


def _apply_override(data: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    target = data
    for part in parts[:-1]:
        if not isinstance(target.get(part), dict):
            raise InputError(_("unknown layout key '{key}'").format(key=key), key=f"layout.{key}")
        target = target[part]
    last = parts[-1]
    if last not in target and not (len(parts) == 3 and parts[0] == "styles"):
        raise InputError(_("unknown layout key '{key}'").format(key=key), key=f"layout.{key}")
    if isinstance(target.get(last), dict) and isinstance(value, dict):
        target[last].update(value)
    else:
        target[last] = value


def _geometry(cls, data: dict[str, Any], key: str):
    raw = data.pop(key, None) or {}
    known = {f.name for f in dataclasses.fields(cls)}
    bad = set(raw) - known
    if bad:
        raise InputError(_("unknown {section} key(s) {keys}").format(
            section=key, keys=", ".join(sorted(bad))), key=f"layout.{key}")
    return cls(**raw)


def _build(data: dict[str, Any]) -> Profile:
    styles_raw = data.pop("styles", {})
    notice = _geometry(NoticeGeometry, data, "notice")
    cover = _geometry(CoverGeometry, data, "cover")
    known = {f.name for f in dataclasses.fields(Profile)}
    unknown = set(data) - known
    if unknown:
        raise InputError(_("unknown layout key(s): {keys}").format(keys=", ".join(sorted(unknown))),
                         key="layout")
    styles: dict[str, TextStyle] = {}
    style_fields = {f.name for f in dataclasses.fields(TextStyle)}
    for style_name, raw in styles_raw.items():
        bad = set(raw) - style_fields
        if bad:
            raise InputError(_("unknown style key(s) {keys}").format(keys=", ".join(sorted(bad))),
                             key=f"layout.styles.{style_name}")
        style = TextStyle(**raw)
        if style.role not in FONT_ROLES:
            raise InputError(_("unknown font role '{role}' (known: {known})").format(
                role=style.role, known=", ".join(FONT_ROLES)), key=f"layout.styles.{style_name}.role")
        if style.align not in ALIGNMENTS:
            raise InputError(_("unknown alignment '{align}' (known: {known})").format(
                align=style.align, known=", ".join(ALIGNMENTS)),
                key=f"layout.styles.{style_name}.align")
        styles[style_name] = style
    try:
        profile = Profile(styles=styles, notice=notice, cover=cover, **data)
    except TypeError as exc:  # a missing key in a profile file
        raise InputError(_("incomplete layout profile"), key="layout") from exc
    if profile.notice_format not in NOTICE_FORMATS:
        raise InputError(_("unknown notice_format '{value}' (known: {known})").format(
            value=profile.notice_format, known=", ".join(NOTICE_FORMATS)),
            key="layout.notice_format")
    if profile.note_numbering not in NOTE_NUMBERINGS:
        raise InputError(_("unknown note_numbering '{value}' (known: {known})").format(
            value=profile.note_numbering, known=", ".join(NOTE_NUMBERINGS)),
            key="layout.note_numbering")
    if profile.page_number_position not in PAGE_NUMBER_POSITIONS:
        raise InputError(_("unknown page_number_position '{value}' (known: {known})").format(
            value=profile.page_number_position, known=", ".join(PAGE_NUMBER_POSITIONS)),
            key="layout.page_number_position")
    return profile


# Family names written into DOCX files per font role: the Chinese name is the
# East Asian font Word/WPS look up on Chinese Windows; the Latin name is its
# English alias.  PDF output resolves roles to font files instead (booklet.fonts).
DOCX_FAMILY_NAMES: dict[str, tuple[str, str]] = {
    "fangsong": ("仿宋", "FangSong"),
    "heiti": ("黑体", "SimHei"),
    "kaiti": ("楷体", "KaiTi"),
    "xiaobiaosong": ("方正小标宋简体", "FZXiaoBiaoSong-B05S"),
    "songti": ("宋体", "SimSun"),
}
