"""What the screen editions (the phone HTML) look up: font stacks per role, colours per scheme.

A browser cannot be handed font files the way the PDF is, so each font role of the
profile becomes a CSS stack of the faces real machines have, the profile's own
face first.  Which faces exist where (clreq's "Recommended System Font Mappings",
w3c/clreq ``others/system-font-mappings.md``, checked against vendor inventories):

- Windows: 仿宋 FangSong, 楷体 KaiTi, 黑体 SimHei (Simplified Chinese supplemental fonts,
  present on Chinese Windows), 宋体 SimSun, 微软雅黑, 等线 DengXian.
- macOS: Songti SC, STSong, Heiti SC built in; STFangsong (华文仿宋), Kaiti SC / STKaiti
  downloadable (often installed with Office or WPS).
- iOS / iPadOS: PingFang SC is what Chinese text gets; Songti SC, Kaiti SC and STFangsong are
  downloadable only, so no 仿宋 or 楷体 can be assumed.
- Android: Noto Sans CJK SC (sans) and Noto Serif CJK SC (serif fallback); no 仿宋 or 楷体.
  HarmonyOS: HarmonyOS Sans SC only.

So on phones 仿宋 and 楷体 text falls back to a Song (serif) face where there is one, and
黑体 to the system sans; the roles stay apart by size and weight where faces cannot part them.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

from booklet.layout import Profile

_SERIF_TAIL = ("Songti SC", "STSong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC",
               "Noto Serif SC", "serif")
_SANS_TAIL = ("PingFang SC", "Heiti SC", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC",
              "Source Han Sans SC", "HarmonyOS Sans SC", "WenQuanYi Zen Hei", "sans-serif")
# Font role → CSS family names, the role's own faces first, then what a phone falls back to.
FONT_STACKS: dict[str, tuple[str, ...]] = {
    "fangsong": ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋",
                 *_SERIF_TAIL),
    "kaiti": ("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "Kaiti SC", "STKaiti", "华文楷体",
              "AR PL UKai CN", *_SERIF_TAIL),
    "heiti": ("SimHei", "黑体", "Heiti SC", "STHeiti", *_SANS_TAIL),
    "xiaobiaosong": ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXiaoBiaoSong-B05", "STZhongsong",
                     "华文中宋", *_SERIF_TAIL),
    "songti": ("SimSun", "宋体", *_SERIF_TAIL),
}
_GENERIC = frozenset({"serif", "sans-serif"})

PX_PER_PT = 4 / 3  # CSS: 1pt = 4/3 px
MIN_CONTRAST = 4.5  # WCAG AA for body-size text: the accent red must stay readable in both schemes


def font_stack(role: str) -> str:
    """The CSS ``font-family`` value of a font role (names quoted, generic families bare)."""
    return ", ".join(name if name in _GENERIC else f"'{name}'" for name in FONT_STACKS[role])


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours of one scheme: paper, text, secondary text, hairlines, the 红头 accent."""

    paper: str
    ink: str
    muted: str
    rule: str
    accent: str

    def text(self, colour: str) -> str:
        """A style's colour in this scheme: black becomes the ink, a colour stays readable."""
        if _luminance(colour) < 0.01:
            return self.ink
        return readable_on(colour, self.paper)


# (paper, ink, muted, rule) of the light and the dark scheme: not pure white on black, which
# glares on a phone at night; every pair keeps WCAG AA contrast.
_SCHEMES = {False: ("#ffffff", "#1a1a1a", "#595959", "#d9d9d9"),
            True: ("#181818", "#e3e3e3", "#a6a6a6", "#3d3d3d")}


def palette(profile: Profile, *, dark: bool = False) -> Palette:
    """The scheme's colours with the profile's accent (the 红头 red) made readable on its paper."""
    paper, ink, muted, rule = _SCHEMES[dark]
    return Palette(paper, ink, muted, rule, readable_on(profile.accent_color, paper))


def readable_on(colour: str, background: str, ratio: float = MIN_CONTRAST) -> str:
    """``colour`` with its lightness moved away from ``background`` until their contrast reaches
    ``ratio`` (hue and saturation kept: a red stays the same red, lighter on dark paper)."""
    if contrast(colour, background) >= ratio:
        return colour.lower()
    h, lum, s = colorsys.rgb_to_hls(*_rgb(colour))
    step = 0.02 if _luminance(background) < 0.5 else -0.02
    while 0.0 < lum < 1.0:
        lum = min(1.0, max(0.0, lum + step))
        candidate = _hex(colorsys.hls_to_rgb(h, lum, s))
        if contrast(candidate, background) >= ratio:
            return candidate
    return _hex(colorsys.hls_to_rgb(h, lum, s))


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _luminance(colour: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
