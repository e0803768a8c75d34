"""Paragraph and run property XML (``w:pPr`` / ``w:rPr``) in schema order.

Each builder takes keyword arguments only and writes the children in the
order of ``ooxml.PPR_ORDER`` / ``ooxml.RPR_ORDER`` by construction.
"""

from __future__ import annotations

from typing import Mapping

from booklet.writers.docx.ooxml import el, esc

Attrs = Mapping[str, object]


def ppr(*, style: str | None = None, keep_next: bool = False, keep_lines: bool = False,
        page_break_before: bool = False, frame: Attrs | None = None,
        widow_control: bool | None = None,
        top_border: Attrs | None = None, bottom_border: Attrs | None = None, tabs: tuple[Attrs, ...] = (),
        overflow_punct: bool | None = None, auto_space: bool | None = None,
        snap_to_grid: bool | None = None, spacing: Attrs | None = None, ind: Attrs | None = None,
        jc: str | None = None, outline_lvl: int | None = None, rpr_xml: str = "",
        sect_pr: str = "") -> str:
    """A ``w:pPr`` element (empty string when no property is set)."""
    parts: list[str] = []
    if style:
        parts.append(el("pStyle", val=style))
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if frame:
        parts.append(el("framePr", **frame))
    if widow_control is not None:
        parts.append("<w:widowControl/>" if widow_control else el("widowControl", val=0))
    if top_border or bottom_border:
        top = el("top", **top_border) if top_border else ""
        bottom = el("bottom", **bottom_border) if bottom_border else ""
        parts.append(f"<w:pBdr>{top}{bottom}</w:pBdr>")
    if tabs:
        parts.append("<w:tabs>" + "".join(el("tab", **t) for t in tabs) + "</w:tabs>")
    if overflow_punct is not None:  # hanging punctuation past the right margin
        parts.append(el("overflowPunct", val=int(overflow_punct)))
    if auto_space is not None:  # automatic space between CJK and Latin text / digits
        parts.append(el("autoSpaceDE", val=int(auto_space)) + el("autoSpaceDN", val=int(auto_space)))
    if snap_to_grid is not None:
        parts.append("<w:snapToGrid/>" if snap_to_grid else el("snapToGrid", val=0))
    if spacing:
        parts.append(el("spacing", **spacing))
    if ind:
        parts.append(el("ind", **ind))
    if jc:
        parts.append(el("jc", val=jc))
    if outline_lvl is not None:
        parts.append(el("outlineLvl", val=outline_lvl))
    parts.append(rpr_xml)
    parts.append(sect_pr)
    body = "".join(parts)
    return f"<w:pPr>{body}</w:pPr>" if body else ""


def rpr(*, style: str | None = None, fonts: tuple[str, str] | None = None,
        bold: bool | None = None, color: str | None = None, spacing_twips: int | None = None,
        kern_pt: float | None = None, size_pt: float | None = None,
        vert_align: str | None = None, lang: str | None = None) -> str:
    """A ``w:rPr`` element; ``fonts`` is (East Asian name, Latin name)."""
    parts: list[str] = []
    if style:
        parts.append(el("rStyle", val=style))
    if fonts:
        east, latin = fonts
        parts.append(el("rFonts", ascii=latin, hAnsi=latin, eastAsia=east, cs=latin,
                        hint="eastAsia"))
    if bold is not None:
        parts.append("<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if color:
        parts.append(el("color", val=color.lstrip("#").upper()))
    if spacing_twips is not None:
        parts.append(el("spacing", val=spacing_twips))
    if kern_pt is not None:
        parts.append(el("kern", val=round(kern_pt * 2)))
    if size_pt is not None:
        half_points = round(size_pt * 2)
        parts.append(el("sz", val=half_points) + el("szCs", val=half_points))
    if vert_align:
        parts.append(el("vertAlign", val=vert_align))
    if lang:
        parts.append(el("lang", val="en-US", eastAsia=lang, bidi="ar-SA"))
    body = "".join(parts)
    return f"<w:rPr>{body}</w:rPr>" if body else ""


def run(text: str, rpr_xml: str = "") -> str:
    """A ``w:r`` with text; newlines become ``w:br`` and tabs ``w:tab``."""
    if not text:
        return ""
    if "\n" not in text and "\t" not in text:
        return f'<w:r>{rpr_xml}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
    pieces: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            pieces.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{esc(chunk)}</w:t>')
    return f"<w:r>{rpr_xml}{''.join(pieces)}</w:r>"


def paragraph(ppr_xml: str, content: str) -> str:
    """A ``w:p`` from ready-made properties and content."""
    return f"<w:p>{ppr_xml}{content}</w:p>"


__all__ = ["ppr", "rpr", "run", "paragraph"]
