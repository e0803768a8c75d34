"""Where things sit in the phone edition: spacing, indents, rules and page breaks per class.

The text styles (face, size, weight, alignment, colour) come from the profile
(``styles.text_rule``); this module adds the layout of each element, for one
medium (screen or paper) and one colour scheme.  Lengths follow the profile:
one blank line is the profile's line pitch, indents are its first-line indent,
the notice's rules are its ``notice`` geometry and the cover's its ``cover``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from booklet.layout import Profile
from booklet.model import Notice
from booklet.present.toc import HANG_CELLS as TOC_HANG_CELLS
from booklet.present.notice import number_align, signature_columns
from booklet.present.web import PX_PER_PT, Palette, font_stack
from booklet.typeset.cells import cells

if TYPE_CHECKING:
    from booklet.writers.html.styles import Medium

Rules = dict[str, dict[str, str]]

MEASURE_EM = 34  # desktop measure in characters: 28 (the print grid) to 40 reads comfortably
MIN_SCREEN_PX = 14  # no text on a phone smaller than this, whatever the print size (footnotes)
TITLE_LEADING = 1.5  # display lines (titles, cover) sit closer than body lines
NOTICE_PAGE = "notice"  # the named @page of the notice letter
FRONT_PAGE = "front"  # pages without a number: cover, contents, part dividers (as in the PDF)
DIVIDER_LINES = 6  # on paper a part title stands about a third down its page, as in the PDF
KEEP_WORDS = {"word-break": "keep-all", "overflow-wrap": "anywhere", "text-wrap": "balance"}
ZERO = "0"


def lines(profile: Profile, count: float) -> str:
    """``count`` blank lines of the body as an em length (the profile's line pitch)."""
    return f"{count * profile.line_pitch_pt / profile.body.size_pt:.3g}em"


def rule_px(points: float) -> str:
    """A rule's thickness in CSS pixels; hairlines stay at least one pixel."""
    return f"{max(1.0, round(points * PX_PER_PT * 2) / 2):g}px"


def layout_rules(profile: Profile, scheme: Palette, medium: "Medium",
                 notice: Notice | None) -> Rules:
    """Every class's layout for ``medium`` in ``scheme``."""
    table: Rules = {}
    for part in (_page(profile, scheme, medium), _notice(profile, scheme, medium, notice),
                 _cover(profile, scheme, medium), _contents(profile, scheme, medium),
                 _article(profile, scheme, medium), _notes(profile, scheme, medium)):
        for name, block in part.items():
            table.setdefault(name, {}).update(block)
    return table


def _page(profile: Profile, scheme: Palette, medium: "Medium") -> Rules:
    """The column every element sits in, and the body paragraph."""
    indent = f"{profile.first_line_indent_chars}em"
    column = {"font-family": font_stack(profile.body.role), "font-size": medium.body,
              "line-height": f"{profile.line_pitch_pt / profile.body.size_pt:.3g}",
              "color": scheme.ink, "background": scheme.paper, "margin": "0 auto",
              "padding": f"0 {medium.gutter}", "max-width": f"{MEASURE_EM}em",
              "line-break": "strict", "overflow-wrap": "anywhere", "text-align": "justify",
              "text-justify": "inter-character", "container-type": "inline-size"}
    if medium.print:
        column.update({"max-width": "none", "background": "transparent"})
    flow = {"margin": ZERO, "text-indent": indent}
    return {"booklet": column, "body": flow, "heading1": {**flow, "margin": f"{lines(profile, 1)} 0 0"},
            "heading2": flow, "heading3": flow, "heading4": flow, "quote": flow, "note": flow,
            "attribution": {"margin": ZERO}, "caption": {"margin": "0.5em 0"},
            "separator": {"margin": "0.5em 0", "text-indent": ZERO, "text-align": "center"},
            "lead": {"font-weight": "700"}}


def _notice(profile: Profile, scheme: Palette, medium: "Medium", notice: Notice | None) -> Rules:
    """The 红头 letter: masthead on one line, red rules from the profile's geometry."""
    g = profile.notice
    double = {"border-top": f"{rule_px(g.thick_pt)} solid {scheme.accent}",
              "border-bottom": f"{rule_px(g.thin_pt)} solid {scheme.accent}",
              "height": rule_px(g.double_gap_pt), "margin": "0.4em 0 0.6em"}
    foot = {**double, "border-top": double["border-bottom"], "border-bottom": double["border-top"],
            "margin": f"{lines(profile, 2)} 0 0"}
    out: Rules = {
        "notice": {"margin": f"{lines(profile, 1)} 0 {lines(profile, 3)}"},
        "notice_masthead": {"margin": ZERO, "line-height": "1.25",
                            "font-size": _masthead_size(profile, notice),
                            "white-space": "nowrap"},
        "notice_rule": double, "notice_foot_rule": foot,
        "notice_number": {"margin": ZERO, "text-align": number_align(profile)},
        "notice_title": {"margin": f"{lines(profile, 1.5)} 0 {lines(profile, 1)}",
                         "line-height": f"{TITLE_LEADING}", **KEEP_WORDS},
        "notice_to": {"margin": ZERO, "text-align": "left", "text-indent": ZERO},  # 顶格
        "notice_attachment": {"margin": f"{lines(profile, 1)} 0 0", "text-align": "left",
                              "padding-left": f"{profile.first_line_indent_chars + 3}em",
                              "text-indent": "-3em"},
    }
    sig, when = signature_columns(notice.signature, notice.date) if notice else (2.0, 2.0)
    out["notice_signature"] = {"margin": f"{lines(profile, 1)} 0 0", "text-align": "right",
                               "text-indent": ZERO, "padding-right": f"{sig:g}em"}
    out["notice_date"] = {"margin": ZERO, "text-align": "right", "text-indent": ZERO,
                          "padding-right": f"{when:g}em"}
    if medium.print:  # on its own page (``styles.page_rules``: the masthead 30 mm down)
        overhang = f"-{(g.rule_length_mm - profile.text_width_mm) / 2:g}mm"
        out["notice"] = {"margin": ZERO, "break-after": "page", "page": NOTICE_PAGE}
        out["notice_title"].update({"margin": f"{lines(profile, 1)} 0 {lines(profile, 0.5)}",
                                    "line-height": "1.3"})
        out["notice_foot_rule"]["margin"] = f"{lines(profile, 1)} 0 0"
        for name in ("notice_rule", "notice_foot_rule"):
            out[name].update({"margin-left": overhang, "margin-right": overhang})
    return out


def _masthead_size(profile: Profile, notice: Notice | None) -> str:
    """GB/T 9704: the masthead on one line, smaller when it would not fit the column (``cqi``:
    a hundredth of the column's width, the ``booklet`` element being its container)."""
    size = f"{profile.style('notice_masthead').size_pt / profile.body.size_pt:.4g}em"
    count = max(cells(notice.issuer or ""), 1) if notice else 1
    return f"min({size},calc(100cqi / {count:g}))"


def _cover(profile: Profile, scheme: Palette, medium: "Medium") -> Rules:
    """A screen of its own on a phone; on paper the profile's cover geometry."""
    g, accent = profile.cover, scheme.accent
    out: Rules = {
        "cover": {"min-height": "100vh", "display": "flex", "flex-direction": "column",
                  "justify-content": "center", "padding": "2em 0", "box-sizing": "border-box"},
        "cover_rule_top": {"border-top": f"{rule_px(4)} double {accent}", "margin": "0 0 2em"},
        "cover_title": {"margin": ZERO, "line-height": f"{TITLE_LEADING}", **KEEP_WORDS},
        "cover_subtitle": {"margin": "0.8em 0 0", **KEEP_WORDS},
        "cover_rule_bottom": {"border-top": f"{rule_px(0.8)} solid {accent}", "margin": "2em 0"},
        "cover_issuer": {"margin": ZERO}, "cover_date": {"margin": "0.3em 0 0"},
    }
    if medium.print:
        out["cover"] = {"min-height": "auto", "display": "block", "padding": ZERO,
                        "break-before": "page", "break-after": "page", "page": FRONT_PAGE}
        out["cover_rule_top"]["margin"] = f"{g.upper_rule_mm:g}mm 0 {g.title_mm - g.upper_rule_mm:g}mm"
        out["cover_rule_bottom"]["margin"] = f"{lines(profile, 5)} 0 {g.issuer_mm - g.lower_rule_mm:g}mm"
    return out


def _contents(profile: Profile, scheme: Palette, medium: "Medium") -> Rules:
    """目录: part rows, entries with wrapped lines hanging in, links in the text colour."""
    hang = f"{TOC_HANG_CELLS}em"
    link = {"color": "inherit", "text-decoration": "none"}
    out: Rules = {
        "toc": {"margin": f"{lines(profile, 2)} 0"},
        "toc_title": {"margin": f"0 0 {lines(profile, 1)}", "letter-spacing": "1em",
                      "text-indent": "1em"},
        "toc_list": {"list-style": "none", "margin": ZERO, "padding": ZERO},
        "toc_group": {"margin": f"{lines(profile, 1)} 0 0"},
        "toc_part": {**link, "display": "block"},
        "toc_entry": {"padding-left": hang, "text-indent": f"-{hang}", "margin": "0.35em 0",
                      "text-align": "left"},
        "toc_link": {**link, **KEEP_WORDS, "text-wrap": "pretty"},
    }
    if medium.print:
        out["toc"] = {"margin": ZERO, "break-before": "page", "page": FRONT_PAGE}
    return out


def _article(profile: Profile, scheme: Palette, medium: "Medium") -> Rules:
    """Articles set apart by a hairline on screen, each on a new page on paper."""
    display = {"margin": ZERO, **KEEP_WORDS}
    out: Rules = {
        "part": {"margin": ZERO},
        "part_title": {"margin": f"{lines(profile, 3)} 0 0", "padding": "1em 0",
                       "border-top": f"{rule_px(1.5)} solid {scheme.accent}",
                       "border-bottom": f"{rule_px(1.5)} solid {scheme.accent}", **KEEP_WORDS},
        "article": {"margin": f"{lines(profile, 2)} 0 0", "padding": f"{lines(profile, 1)} 0 0",
                    "border-top": f"1px solid {scheme.rule}"},
        "article_head": {"margin": f"0 0 {lines(profile, 1)}"},
        "kicker": display, "subtitle": display, "author": display, "source_line": display,
        "title": {**display, "margin": "0.2em 0", "line-height": f"{TITLE_LEADING}"},
        "back": {"margin": f"{lines(profile, 1)} 0 0", "text-align": "right", "text-indent": ZERO},
        "back_link": {"color": scheme.muted, "text-decoration": "none", "font-size": "0.875em"},
    }
    if medium.print:
        out["part_title"] = {"margin": f"{lines(profile, DIVIDER_LINES)} 0 0", "padding": ZERO,
                             "border-top": "none", "border-bottom": "none",
                             "break-before": "page", "break-after": "page", "page": FRONT_PAGE}
        out["article"] = {"margin": ZERO, "padding": ZERO, "border-top": "none",
                          "break-before": "page"}
        out["back"] = {"display": "none"}
    return out


def _notes(profile: Profile, scheme: Palette, medium: "Medium") -> Rules:
    """Markers raised and linked; the notes after the article, each hanging under its mark."""
    ratio = profile.style("footnote").size_pt / profile.body.size_pt
    size = f"{ratio:.3g}em" if medium.print else f"max({ratio:.3g}em,{MIN_SCREEN_PX}px)"
    # On a phone's 20-character line a reference ([J].管理科学，2022,35(5)) justified would be
    # spread letter by letter: ragged right there, the profile's alignment on paper.
    align = profile.style("footnote").align if medium.print else "left"
    return {
        "fn_mark": {"font-size": "0.75em", "line-height": ZERO, "vertical-align": "super"},
        "fn_ref": {"color": scheme.accent, "text-decoration": "none", "padding": "0 0.1em"},
        "footnotes": {"margin": f"{lines(profile, 1)} 0 0", "padding": "0.5em 0 0",
                      "border-top": f"1px solid {scheme.rule}"},
        "footnotes_title": {"margin": ZERO, "font-weight": "700", "font-size": size,
                            "text-align": "left"},
        "fn_list": {"list-style": "none", "margin": ZERO, "padding": ZERO},
        "footnote": {"font-size": size, "padding-left": "1.5em", "text-indent": "-1.5em",
                     "margin": "0.3em 0", "line-height": "1.6", "text-align": align},
        "fn_back": {"color": scheme.accent, "text-decoration": "none", "margin-right": "0.3em"},
    }
