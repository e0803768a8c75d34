"""Page setup (``w:sectPr``) and the ``— N —`` footers.

Two kinds of section: the front matter (cover, notice, contents) has no
footer; the body restarts numbering at 1 and carries odd/even footers with
the number on the outer side.  With ``articles_start_recto`` every article
is its own odd-page section.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn as docx_qn

from booklet.layout import Profile
from booklet.writers.docx.fields import page_field
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.notes import footnote_properties
from booklet.writers.docx.ooxml import el, parse_fragment
from booklet.writers.docx.props import paragraph, ppr, run

SECTION_TYPES = {"nextPage", "oddPage", "evenPage", "continuous"}


def sect_pr(metrics: Metrics, *, kind: str = "nextPage", restart: bool = False,
            footer_refs: tuple[tuple[str, str], ...] = (), title_page: bool = False) -> str:
    """A ``w:sectPr`` in schema order; ``footer_refs`` are (type, rId) pairs.

    ``title_page``: the section's first page uses the "first" footer (a blank
    one, for part dividers).
    """
    if kind not in SECTION_TYPES:
        raise ValueError(f"unknown section type {kind!r}")
    refs = "".join(f'<w:footerReference w:type="{t}" r:id="{rid}"/>' for t, rid in footer_refs)
    margins = el("pgMar", top=metrics.top, right=metrics.outer, bottom=metrics.bottom,
                 left=metrics.inner, header=metrics.header, footer=metrics.footer, gutter=0)
    numbering = el("pgNumType", fmt="decimal", start=1 if restart else None)
    grid = el("docGrid", type="linesAndChars", linePitch=metrics.line,
              charSpace=metrics.char_space)
    notes = footnote_properties(metrics.notes_per_page)
    return (f"<w:sectPr>{refs}{notes}{el('type', val=kind)}"
            f"{el('pgSz', w=metrics.page_w, h=metrics.page_h)}{margins}{numbering}"
            f"{el('cols', space=425)}{'<w:titlePg/>' if title_page else ''}{grid}</w:sectPr>")


def footer_paragraph(profile: Profile, *, odd: bool) -> str:
    """``— PAGE —`` on the outer side: right on odd pages, left on even ones."""
    before, _, after = profile.page_number_format.partition("{n}")
    position = profile.page_number_position
    size = profile.style("page_number").size_pt
    space = round(size * 20)  # GB/T 9704: one character in from the edge of the block
    if position == "center":
        jc, ind = "center", None
    elif position == "right" or odd:
        jc, ind = "right", {"right": space}
    else:
        jc, ind = "left", {"left": space}
    props = ppr(style="Footer", ind=ind, jc=jc)
    content = run(before) + page_field("1") + run(after)
    return paragraph(props, content)


def install_footers(document: DocxDocument, profile: Profile, *,
                    blank_first: bool) -> dict[str, str]:
    """Create the footer parts; return footer type → relationship id.

    "default" (odd pages) and "even" carry the page number; with
    ``blank_first`` an empty "first" footer serves part-divider pages.
    """
    section = document.sections[-1]
    footers = [(section.footer, "default", footer_paragraph(profile, odd=True)),
               (section.even_page_footer, "even", footer_paragraph(profile, odd=False))]
    if blank_first:
        footers.append((section.first_page_footer, "first",
                        paragraph(ppr(style="Footer"), "")))
    refs = {}
    for footer, kind, xml in footers:
        footer.is_linked_to_previous = False
        root = footer._element  # noqa: SLF001 - python-docx exposes no public XML root
        for child in list(root):
            root.remove(child)
        for node in parse_fragment(xml):
            root.append(node)
        refs[kind] = _reference_id(section._sectPr, kind)  # noqa: SLF001
    return refs


def _reference_id(sect_pr_element, kind: str) -> str:
    for ref in sect_pr_element.iterfind(docx_qn("w:footerReference")):
        if ref.get(docx_qn("w:type")) == kind:
            return ref.get(docx_qn("r:id"))
    raise LookupError(f"no {kind} footer reference")


def replace_final_sect_pr(document: DocxDocument, xml: str) -> None:
    """Swap the body's closing ``w:sectPr`` for ``xml``."""
    body = document.element.body
    old = body.find(docx_qn("w:sectPr"))
    new = parse_fragment(xml)[0]
    if old is None:
        body.append(new)
    else:
        body.replace(old, new)


__all__ = ["sect_pr", "footer_paragraph", "install_footers", "replace_final_sect_pr"]
