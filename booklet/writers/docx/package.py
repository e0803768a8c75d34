"""Document-level settings, core properties and byte-for-byte reproducible packaging.

python-docx stamps the zip members and core properties with the current
time; a booklet built twice from the same inputs must give identical bytes,
so the package is rewritten with fixed timestamps in a stable member order.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from typing import Callable, Mapping

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from booklet.layout import DOCX_FAMILY_NAMES, Profile
from booklet.model import Booklet
from booklet.present.style import build_epoch
from booklet.writers.docx.notes import footnote_properties
from booklet.writers.docx.ooxml import (
    SETTINGS_ORDER, el, esc, insert_in_order, parse_fragment, qn,
)

ZIP_EPOCH_MIN = 315532800  # zip dates start in 1980
EXTENDED_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
# clreq: characters that may not start / end a line (Word's custom kinsoku lists).
NO_BREAK_BEFORE = "!%),.:;?]}¢°·’\"、。〉》」』】〕〗〞︰︱︳﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！＂％＇），．：；？］｝～…—‰”’"
NO_BREAK_AFTER = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"


def configure_settings(document: DocxDocument, profile: Profile) -> None:
    """Odd/even footers, mirrored margins, update fields on open, Chinese kinsoku."""
    document.settings.odd_and_even_pages_header_footer = True
    root = document.settings.element
    children = []
    if profile.mirror_margins:
        children.append(el("mirrorMargins"))
    children += [
        el("characterSpacingControl", val="doNotCompress"),
        el("noLineBreaksAfter", lang="zh-CN", val=NO_BREAK_AFTER),
        el("noLineBreaksBefore", lang="zh-CN", val=NO_BREAK_BEFORE),
        el("updateFields", val="true"),
        footnote_properties(profile.note_numbering == "page", settings=True),
        el("themeFontLang", val="en-US", eastAsia="zh-CN"),
    ]
    for node in parse_fragment("".join(children)):
        insert_in_order(root, node, SETTINGS_ORDER)
    for node in root.findall(qn("proofState")):  # the template claims "clean" spelling
        root.remove(node)


def build_date(booklet: Booklet) -> datetime:
    """The fixed timestamp of this build (SOURCE_DATE_EPOCH-style)."""
    return datetime.fromtimestamp(max(build_epoch(booklet), ZIP_EPOCH_MIN), tz=timezone.utc)


def set_core_properties(document: DocxDocument, booklet: Booklet) -> None:
    """Title, subject, author = issuer, fixed dates."""
    props = document.core_properties
    when = build_date(booklet).replace(tzinfo=None)
    props.title = booklet.title
    props.subject = booklet.subtitle or booklet.title
    props.author = booklet.issuer or ""
    props.last_modified_by = booklet.issuer or ""
    props.language = "zh-CN"
    props.category = "学习专刊"
    props.comments = ""
    props.keywords = ""
    props.revision = 1
    props.created = when
    props.modified = when


def prune_template(document: DocxDocument) -> None:
    """Drop template leftovers: the 430 KB stylesWithEffects copy, customXml, the thumbnail,
    and the list numbering whose styles (List Bullet …) are not ours."""
    part_rels = document.part.rels
    for rid, rel in list(part_rels.items()):
        if rel.reltype in (STYLES_WITH_EFFECTS, RT.CUSTOM_XML, RT.NUMBERING):
            part_rels.pop(rid)
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rid)


def font_table(xml: bytes) -> bytes:
    """fontTable.xml plus the Chinese families, with Latin aliases and the GB2312 charset.

    python-docx keeps this part as opaque bytes, so it is edited while the
    package is rewritten.
    """
    root = etree.fromstring(xml)
    known = {node.get(qn("name")) for node in root.iterfind(qn("font"))}
    fonts = []
    for east, latin in DOCX_FAMILY_NAMES.values():
        if east not in known:
            fonts.append(f'<w:font w:name="{east}"><w:altName w:val="{latin}"/>'
                         f'<w:charset w:val="86"/><w:family w:val="modern"/>'
                         f'<w:pitch w:val="fixed"/></w:font>')
    for node in parse_fragment("".join(fonts)):
        root.append(node)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def app_properties(booklet: Booklet) -> Callable[[bytes], bytes]:
    """A rewrite of docProps/app.xml: the template claims to be "Microsoft Macintosh Word"."""
    company = esc(booklet.issuer or "")

    def rewrite(_: bytes) -> bytes:
        return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<Properties xmlns="{EXTENDED_NS}" xmlns:vt="{VT_NS}">'
                f"<Template>Normal.dotm</Template><Application>booklet</Application>"
                f"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                f"<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
                f"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
                f"</Properties>").encode("utf-8")

    return rewrite


def reproducible_zip(data: bytes, when: datetime,
                     edits: Mapping[str, Callable[[bytes], bytes]] | None = None) -> bytes:
    """Rewrite a zip with fixed member timestamps, [Content_Types].xml first, others sorted.

    ``edits`` maps member names to functions that rewrite that member's bytes.
    """
    edits = edits or {}
    stamp = when.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            blob = src.read(name)
            if name in edits:
                blob = edits[name](blob)
            dst.writestr(info, blob, compresslevel=6)
    return out.getvalue()
