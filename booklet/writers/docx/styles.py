"""Word styles built from the layout profile.

Every style names its East Asian font explicitly (``w:rFonts w:eastAsia``),
carries no theme-font attributes (the template's ``*Theme`` attributes would
override explicit fonts) and is black unless the profile says otherwise —
python-docx's template has blue Calibri headings and ``eastAsia="en-US"``.
The template's own styles are dropped except the four defaults Word needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from booklet.layout import Profile, TextStyle
from booklet.present.style import lines_before_heading
from booklet.present.toc import DEFAULT_SHAPE
from booklet.writers.docx.toclevels import TITLE_ID, TocPlan
from booklet.writers.docx.metrics import Metrics, exact_line, font_names
from booklet.writers.docx.ooxml import esc, parse_fragment, qn
from booklet.writers.docx.props import ppr, rpr

LANG = "zh-CN"
JC = {"justify": "both", "left": "left", "center": "center", "right": "right"}


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """One paragraph style: its id, Word name and the profile style it takes fonts from."""

    style_id: str
    name: str
    key: str
    builtin: bool = False
    outline: int | None = None
    keep_next: bool = False
    first_indent: bool = False
    align: str | None = None
    next_id: str | None = None
    tight: bool = False  # off the grid: leading 1.7 × its own size (notes under a rule)
    lines_before: int = 0  # blank grid lines above (``present.style.lines_before_heading``)
    keep_lines: bool = False  # never split across pages (an attribution, as in the PDF)
    split_anywhere: bool = False  # may continue on the next page after any line (a note)


# Heading 1 is the article title (one per article, what the TOC collects);
# Heading 2-5 are headings inside articles (model levels 1-4).
SPECS: tuple[StyleSpec, ...] = (
    StyleSpec("BodyText", "Body Text", "body", builtin=True, first_indent=True),
    StyleSpec("Title", "Title", "cover_title", builtin=True),
    StyleSpec("Subtitle", "Subtitle", "cover_subtitle", builtin=True),
    StyleSpec("CoverIssuer", "Cover Issuer", "cover_issuer"),
    StyleSpec("CoverDate", "Cover Date", "cover_date"),
    StyleSpec("PartTitle", "Part Title", "part_title", outline=0, keep_next=True),
    StyleSpec("Kicker", "Kicker", "kicker", keep_next=True),
    StyleSpec("Heading1", "heading 1", "title", builtin=True, outline=0, keep_next=True,
              next_id="BodyText"),
    StyleSpec("ArticleSubtitle", "Article Subtitle", "subtitle", keep_next=True),
    StyleSpec("Author", "Author", "author", keep_next=True),
    StyleSpec("SourceLine", "Source Line", "source_line", next_id="BodyText"),
    StyleSpec("Heading2", "heading 2", "heading1", builtin=True, outline=1, keep_next=True,
              first_indent=True, next_id="BodyText", lines_before=lines_before_heading(1)),
    StyleSpec("Heading3", "heading 3", "heading2", builtin=True, outline=2, keep_next=True,
              first_indent=True, next_id="BodyText", lines_before=lines_before_heading(2)),
    StyleSpec("Heading4", "heading 4", "heading3", builtin=True, outline=3, keep_next=True,
              first_indent=True, next_id="BodyText", lines_before=lines_before_heading(3)),
    StyleSpec("Heading5", "heading 5", "heading4", builtin=True, outline=4, keep_next=True,
              first_indent=True, next_id="BodyText", lines_before=lines_before_heading(4)),
    StyleSpec("Quote", "Quote", "quote", builtin=True, first_indent=True),
    StyleSpec("Attribution", "Attribution", "attribution", keep_lines=True),
    StyleSpec("Note", "Note", "note", first_indent=True),
    StyleSpec("Caption", "caption", "caption", builtin=True),
    StyleSpec("Separator", "Separator", "body", align="center"),
    # A note continues overleaf after any line, as the PDF's do (``pages.MIN_NOTE_LINES``):
    # with Word's two-line widow control LibreOffice sends a two-line note that does not fit
    # to the next page, away from its marker, instead of moving the marker's line.
    StyleSpec("FootnoteText", "footnote text", "footnote", builtin=True, tight=True,
              split_anywhere=True),
    StyleSpec("TOCHeading", "TOC Heading", "toc_title", builtin=True, outline=9),
    StyleSpec("Footer", "footer", "page_number", builtin=True),
    StyleSpec("NoticeMasthead", "Notice Masthead", "notice_masthead"),
    StyleSpec("NoticeNumber", "Notice Number", "notice_number"),
    StyleSpec("NoticeTitle", "Notice Title", "notice_title", next_id="NoticeAddressee"),
    StyleSpec("NoticeAddressee", "Notice Addressee", "body", align="left", next_id="BodyText"),
    StyleSpec("NoticeAttachment", "Notice Attachment", "body", align="left"),
    StyleSpec("NoticeSignature", "Notice Signature", "body", align="right"),
)


def install_styles(styles_root: etree._Element, profile: Profile, metrics: Metrics,
                   plan: TocPlan) -> None:
    """Replace the template's styles with ours; ``plan``: the contents page's levels."""
    _set_doc_defaults(styles_root, profile)
    for style in list(styles_root.iterfind(qn("style"))):
        if style.get(qn("default")) != "1" or style.get(qn("styleId")) == "Normal":
            styles_root.remove(style)
    xml = [_normal(profile, metrics)]
    xml.extend(_paragraph_style(spec, profile, metrics) for spec in SPECS)
    xml.extend(_toc_styles(profile, metrics, plan))
    xml.extend(_title_variants(plan))
    xml.append(_footnote_reference())
    for node in parse_fragment("".join(xml)):
        styles_root.append(node)
    _strip_theme_attributes(styles_root)


def run_props(profile: Profile, key: str, tracking: int | None = None) -> str:
    """Run properties (fonts, size, bold, colour, optional letter spacing) of a profile style."""
    style = profile.style(key)
    color = None if style.color.lower() in ("#000000", "000000") else style.color
    return rpr(fonts=font_names(style, profile.latin_family), bold=style.bold,
               color=color or "000000", spacing_twips=tracking, size_pt=style.size_pt)


def _set_doc_defaults(root: etree._Element, profile: Profile) -> None:
    body = profile.body
    defaults = root.find(qn("docDefaults"))
    if defaults is not None:
        root.remove(defaults)
    xml = (f"<w:docDefaults><w:rPrDefault>"
           f"{rpr(fonts=font_names(body, profile.latin_family), size_pt=body.size_pt, lang=LANG)}"
           f"</w:rPrDefault><w:pPrDefault>{ppr(spacing={'after': 0})}</w:pPrDefault>"
           f"</w:docDefaults>")
    root.insert(0, parse_fragment(xml)[0])


def _style_xml(style_id: str, name: str, body: str, *, builtin: bool, based_on: str | None,
               next_id: str | None = None, kind: str = "paragraph") -> str:
    custom = "" if builtin else ' w:customStyle="1"'
    default = ' w:default="1"' if style_id == "Normal" else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_id}"/>' if next_id else ""
    return (f'<w:style w:type="{kind}"{default}{custom} w:styleId="{style_id}">'
            f'<w:name w:val="{esc(name)}"/>{based}{nxt}<w:qFormat/>{body}</w:style>')


def _normal(profile: Profile, metrics: Metrics) -> str:
    """正文: body font, exact grid line, justified, widow control, tracked to the grid pitch.

    The section's docGrid declares 22 lines × 28 characters, but paragraphs do
    not snap to its character cells: LibreOffice (7.x) gives every 16 pt glyph
    two cells of a 15.79 pt grid (14 characters a line), and Word spreads any
    type larger than the body.  Exact line spacing plus tracking
    (``metrics.tracking``) gives the same 28 × 22 in both.

    ``w:overflowPunct w:val="0"``: no punctuation past the right margin (ECMA-376
    §17.3.1.21), as Word and WPS read it.  LibreOffice 7.4 reads this flag inverted
    (it hangs ，。、 into the margin for 0 and not for 1, and exports the opposite of what
    it imports), so no value serves both; the Word reading is written, and the tests
    pin LibreOffice's (``tests/print``).  ``w:autoSpaceDE/DN``: no extra space between
    Chinese and Latin text (LibreOffice ignores these and adds it).
    """
    p = ppr(widow_control=True, overflow_punct=False, auto_space=False, snap_to_grid=False,
            spacing={"before": 0, "after": 0, "line": metrics.line, "lineRule": "exact"},
            jc="both")
    r = rpr(fonts=font_names(profile.body, profile.latin_family), spacing_twips=metrics.tracking,
            size_pt=profile.body.size_pt, lang=LANG)
    return _style_xml("Normal", "Normal", p + r, builtin=True, based_on=None)


def _indent(metrics: Metrics, style: TextStyle) -> dict[str, object]:
    chars = metrics.indent_chars
    return {"firstLineChars": chars * 100, "firstLine": round(chars * style.size_pt * 20)}


def _paragraph_style(spec: StyleSpec, profile: Profile, metrics: Metrics) -> str:
    style = profile.style(spec.key)
    align = spec.align or style.align
    line = metrics.note_line if spec.tight else exact_line(metrics, style.size_pt)
    one = round(style.size_pt * 20)  # a note's text hangs one character, under its ①
    hang = {"left": one, "hanging": one} if spec.tight else None
    spacing: dict[str, object] = {"line": line, "lineRule": "exact"} if line != metrics.line else {}
    if spec.lines_before:
        spacing["before"] = metrics.lines(spec.lines_before)
    p = ppr(keep_next=spec.keep_next, keep_lines=spec.keep_next or spec.keep_lines,
            widow_control=False if spec.split_anywhere else None,
            spacing=spacing or None,
            ind=_indent(metrics, style) if spec.first_indent else hang,
            jc=JC[align], outline_lvl=spec.outline)
    # notes in their own size take none of the body's grid tracking
    runs = run_props(profile, spec.key, tracking=0 if spec.tight else None)
    return _style_xml(spec.style_id, spec.name, p + runs,
                      builtin=spec.builtin, based_on="Normal", next_id=spec.next_id)


def _toc_styles(profile: Profile, metrics: Metrics, plan: TocPlan) -> list[str]:
    """TOC 1…: dot leader to a right tab at the measure, ragged (as the PDF sets them); each
    entry level has the right indent and hang of its shape (``present.toc``), the part rows
    (level 1 when grouped) the house shape."""
    tabs = ({"val": "right", "leader": "dot", "pos": metrics.text_w},)
    levels: list[tuple[int, tuple[int, int] | None]] = [(1, None)] if plan.grouped else []  # None: the part rows
    levels += [(plan.level(shape), shape) for shape in plan.shapes]
    out = []
    for level, shape in levels:
        right, hang = shape or DEFAULT_SHAPE
        key = "toc_entry" if shape else "toc_part"
        ind = {"left": round(hang * metrics.pitch), "right": round(right * metrics.pitch),
               "hanging": round(hang * metrics.pitch)}
        p = ppr(tabs=tabs, ind=ind, jc="left")
        out.append(_style_xml(f"TOC{level}", f"toc {level}", p + run_props(profile, key),
                              builtin=True, based_on="Normal", next_id="BodyText"))
    return out


def _title_variants(plan: TocPlan) -> list[str]:
    """Article title styles that differ from Heading 1 only in the TOC level they map to."""
    out = []
    for shape in plan.shapes:
        style_id, name = plan.title_style(shape)
        if style_id != TITLE_ID:
            out.append(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
                       f'<w:name w:val="{esc(name)}"/><w:basedOn w:val="{TITLE_ID}"/>'
                       f'<w:next w:val="BodyText"/></w:style>')
    return out


def _footnote_reference() -> str:
    body = rpr(vert_align="superscript")
    return _style_xml("FootnoteReference", "footnote reference", body, builtin=True,
                      based_on=None, kind="character")


def _strip_theme_attributes(root: etree._Element) -> None:
    """Remove ``w:*Theme`` font attributes and theme colours left anywhere in styles.xml."""
    for node in root.iter(qn("rFonts"), qn("color")):
        for name in list(node.attrib):
            if name.lower().endswith("theme") or "themeColor" in name or "themeShade" in name \
                    or "themeTint" in name:
                del node.attrib[name]
