"""The phone edition's styles: one rule table per medium and scheme, from the profile.

Every element the writer emits carries class names only, and every rule is a
single class — so the same table serves twice: as the ``<style>`` sheet of the
phone edition, and written out on each element's ``style`` attribute for
WeChat official-account editors, which strip ``<style>`` (``Styler``).  What a
single class cannot say — the dark scheme, the print stylesheet, the desktop
measure — is the *difference* between two tables (screen/light against
dark, print, wide), emitted under its media query; the inline edition keeps the
light screen table.

Sizes come from the profile's styles, relative to the body (``em``), and its
line pitch; faces from ``present.web.font_stack``; colours from
``present.web.palette``.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from booklet.layout import Profile
from booklet.model import Notice
from booklet.present.web import Palette, font_stack, palette
from booklet.writers.html.layout import FRONT_PAGE, NOTICE_PAGE, layout_rules

Rules = dict[str, dict[str, str]]

BODY_PX = 17  # phone body size: above the 16 px floor, 20 characters a line on a 375 px screen
WIDE_BODY_PX = 18  # desktops read from further away
WIDE_MIN_PX = 720  # from this viewport width on, the page is a centred column (desktop, tablet)
GUTTER = "16px"  # room between the text and the edge of a phone's screen

@dataclass(frozen=True, slots=True)
class Medium:
    """What differs between screens and paper: the body size and the room beside the text."""

    name: str  # "screen" or "print"
    body: str  # the body size as a CSS length
    gutter: str  # beside the text column (screen: the phone's edge; paper: the page margins)

    @property
    def print(self) -> bool:
        """True for the print stylesheet."""
        return self.name == "print"


SCREEN = Medium("screen", f"{BODY_PX}px", GUTTER)
WIDE = Medium("screen", f"{WIDE_BODY_PX}px", GUTTER)


def print_medium(profile: Profile) -> Medium:
    """Paper: the profile's body size in points; the page margins are the only gutter."""
    return Medium("print", f"{profile.body.size_pt:g}pt", "0")


def rules(profile: Profile, scheme: Palette, medium: Medium, notice: Notice | None) -> Rules:
    """The whole table: each of the profile's styles as the class of the same name (``body``,
    ``heading1``, ``notice_masthead``, …), then the edition's layout."""
    table: Rules = {name: text_rule(profile, name, scheme) for name in profile.styles}
    for name, block in layout_rules(profile, scheme, medium, notice).items():
        table.setdefault(name, {}).update(block)
    return table


def text_rule(profile: Profile, name: str, scheme: Palette) -> dict[str, str]:
    """Face, size (relative to the body), weight, alignment and colour of a profile style."""
    style, body = profile.style(name), profile.body
    out = {"font-family": font_stack(style.role)}
    if name != "body":
        out["font-size"] = f"{style.size_pt / body.size_pt:.4g}em"
    out["font-weight"] = "700" if style.bold else "400"
    out["text-align"] = style.align
    if style.color.lower() not in ("#000", "#000000"):
        out["color"] = scheme.text(style.color)
    return out


# ------------------------------------------------------------------ output ---


def declarations(block: dict[str, str]) -> str:
    """``a:b;c:d`` in the table's order."""
    return ";".join(f"{key}:{value}" for key, value in block.items())


def difference(base: Rules, other: Rules) -> Rules:
    """The declarations of ``other`` that ``base`` does not already have, per class."""
    out: Rules = {}
    for name, block in other.items():
        changed = {k: v for k, v in block.items() if base.get(name, {}).get(k) != v}
        if changed:
            out[name] = changed
    return out


def css_block(table: Rules, indent: str = "") -> str:
    """One ``.class{…}`` line per class that has declarations."""
    return "\n".join(f"{indent}.{name}{{{declarations(block)}}}" for name, block in table.items()
                     if block)


def _media(query: str, table: Rules, head: str = "") -> str:
    return f"@media {query}{{\n{head}{css_block(table, ' ')}\n}}"


def stylesheet(profile: Profile, notice: Notice | None) -> str:
    """The ``<style>`` of the phone edition: screen, desktop, dark scheme, print."""
    light, dark = palette(profile), palette(profile, dark=True)
    base = rules(profile, light, SCREEN, notice)
    wide = difference(base, rules(profile, light, WIDE, notice))
    night = difference(base, rules(profile, dark, SCREEN, notice))
    paper = difference(base, rules(profile, light, print_medium(profile), notice))
    extras = _EXTRAS.format(accent=light.accent, dark_accent=dark.accent, paper=light.paper,
                            dark_paper=dark.paper, target=_tint(light.accent))
    return "\n".join([
        extras, css_block(base),
        _media(f"(min-width:{WIDE_MIN_PX}px)", wide),
        _media("(prefers-color-scheme:dark)", night,
               f" html{{background:{dark.paper}}}\n .fn_back:hover,.toc_link:hover,"
               f".back_link:hover{{color:{dark.accent}}}\n"),
        _media("print", paper, " html{background:none}\n"),
        page_rules(profile)]) + "\n"


# Outside the class table: the page itself and states (hover, the note jumped to) that no
# inline style can carry.
_EXTRAS = """html{{-webkit-text-size-adjust:100%;text-size-adjust:100%;background:{paper};color-scheme:light dark}}
body{{margin:0}}
:target{{scroll-margin-top:0.5em}}
.footnote:target,.fn_ref:target{{background:{target}}}
.fn_back:hover,.toc_link:hover,.back_link:hover{{color:{accent}}}"""


def _tint(colour: str) -> str:
    """The colour at 15 % opacity: the highlight of a footnote just jumped to."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},0.15)"


def page_rules(profile: Profile) -> str:
    """``@page``: the profile's paper and margins (mirrored on facing pages when it says so),
    page numbers in its format and place on body pages; none on the front matter's pages."""
    inner, outer = profile.margin_left_mm, profile.margin_right_mm
    number = _page_number(profile)
    box = {"outer": ("bottom-right", "bottom-left"), "center": ("bottom-center",) * 2,
           "right": ("bottom-right",) * 2}[profile.page_number_position]
    out = [f"@page{{size:{profile.page_width_mm:g}mm {profile.page_height_mm:g}mm;"
           f"margin:{profile.margin_top_mm:g}mm {outer:g}mm {profile.margin_bottom_mm:g}mm "
           f"{inner:g}mm}}",
           f"@page :right{{@{box[0]}{{{number}}}}}",
           f"@page :left{{@{box[1]}{{{number}}}}}"]
    if profile.mirror_margins:
        out.append(f"@page :left{{margin-left:{outer:g}mm;margin-right:{inner:g}mm}}")
    for name in (FRONT_PAGE, NOTICE_PAGE):
        out.append(f"@page {name}{{@{box[0]}{{content:none}}@{box[1]}{{content:none}}}}")
    if profile.notice_format == "letter":  # 信函格式: the masthead 30 mm below the paper's edge
        out.append(f"@page {NOTICE_PAGE}{{margin-top:{profile.notice.masthead_top_mm:g}mm}}")
    return "\n".join(out)


def _page_number(profile: Profile) -> str:
    """Declarations of a page-number margin box: ``— {n} —`` with the browser's page counter
    (every sheet counts: browsers cannot restart it where the body begins)."""
    before, _, after = profile.page_number_format.partition("{n}")
    style = profile.style("page_number")
    parts = [f'"{before}"' if before else "", "counter(page)", f'"{after}"' if after else ""]
    return (f"content:{' '.join(p for p in parts if p)};font-family:{font_stack(style.role)};"
            f"font-size:{style.size_pt:g}pt;vertical-align:top;"
            f"padding-top:{profile.page_number_offset_mm:g}mm")


class Styler:
    """The attributes that style an element: `` class="…"`` in the phone edition, or — for
    WeChat editors (``inline``) — every declaration of those classes on the element itself,
    merged in the sheet's order so the cascade comes out the same."""

    def __init__(self, profile: Profile, notice: Notice | None, *, inline: bool) -> None:
        self.inline = inline
        self.table = rules(profile, palette(profile), SCREEN, notice) if inline else {}
        self.order = {name: i for i, name in enumerate(self.table)}
        self._memo: dict[tuple[str, ...], Markup] = {}

    def __call__(self, *names: str) -> Markup:
        """The attribute(s) for an element of classes ``names``."""
        found = self._memo.get(names)
        if found is None:
            found = self._memo[names] = self._attrs(names)
        return found

    def _attrs(self, names: tuple[str, ...]) -> Markup:
        if not self.inline:
            return Markup(' class="{}"').format(" ".join(names))
        merged: dict[str, str] = {}
        for name in sorted(names, key=lambda n: self.order.get(n, -1)):
            merged.update(self.table.get(name, {}))
        return Markup(' style="{}"').format(declarations(merged)) if merged else Markup("")
