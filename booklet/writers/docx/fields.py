"""Complex fields (``w:fldChar`` begin/separate/end) with cached results.

A field written with its result already in place shows the right text in a
viewer that never updates fields (LibreOffice headless, print preview), while
Word can still refresh it.
"""

from __future__ import annotations

from booklet.writers.docx.ooxml import esc
from booklet.writers.docx.props import run


def field_begin(instruction: str, rpr_xml: str = "") -> str:
    """Runs opening a field and its instruction, up to the separator."""
    return (f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr_xml}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
            f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="separate"/></w:r>')


def field_end(rpr_xml: str = "") -> str:
    """The run closing a field."""
    return f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="end"/></w:r>'


def simple_field(instruction: str, cached: str, rpr_xml: str = "") -> str:
    """A whole field: instruction plus cached result text."""
    return field_begin(instruction, rpr_xml) + run(cached, rpr_xml) + field_end(rpr_xml)


def page_field(cached: str = "1", rpr_xml: str = "") -> str:
    """``PAGE``: the current page number (Arabic)."""
    return simple_field("PAGE \\* Arabic \\* MERGEFORMAT", cached, rpr_xml)


def pageref_field(bookmark: str, cached: str, rpr_xml: str = "") -> str:
    """``PAGEREF``: the page of a bookmark, as in the rows Word writes into a TOC."""
    return simple_field(f"PAGEREF {bookmark} \\h", cached, rpr_xml)


def bookmark(bookmark_id: int, name: str, content: str) -> str:
    """Content wrapped in a bookmark (the TOC's ``\\h`` hyperlinks jump to it)."""
    return (f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{esc(name)}"/>{content}'
            f'<w:bookmarkEnd w:id="{bookmark_id}"/>')
