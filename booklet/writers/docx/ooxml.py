"""Small WordprocessingML builders that emit children in schema order.

python-docx's object API is slow for hundreds of paragraphs and raw
``OxmlElement`` appends easily break the element order Word validates
(a wrong order inside ``w:pPr`` triggers the "unreadable content" repair
prompt).  So paragraphs are built as XML strings here, each property in the
sequence ECMA-376 prescribes, and parsed once per part.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Child order of the property elements we write (ECMA-376 Part 1, CT_PPrBase,
# CT_RPr, CT_SectPr, CT_Settings); the tests check every element against them.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
)
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
)
STYLE_ORDER = (
    "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
    "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
    "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
)
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
    "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
    "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
    "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
    "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def esc(text: str) -> str:
    """Text safe for an XML attribute or element (control characters dropped)."""
    return _INVALID_XML.sub("", text).translate(_ESCAPES)


def qn(tag: str) -> str:
    """Clark name of a ``w:`` tag."""
    return f"{{{W_NS}}}{tag}"


def local(tag: str) -> str:
    """The local name of a Clark-notation tag."""
    return tag.rsplit("}", 1)[-1]


def attrs(values: Mapping[str, object]) -> str:
    """``w:key="value"`` pairs for the non-None values."""
    return "".join(f' w:{k}="{esc(str(v))}"' for k, v in values.items() if v is not None)


def el(tag: str, **values: object) -> str:
    """An empty ``w:`` element with attributes (None values skipped)."""
    return f"<w:{tag}{attrs(values)}/>"


def parse_fragment(xml: str) -> list[etree._Element]:
    """Parse a run of sibling ``w:`` elements in one go."""
    root = etree.fromstring(f"<w:body {NSDECL}>{xml}</w:body>")
    return list(root)


def insert_in_order(parent: etree._Element, child: etree._Element, order: Iterable[str]) -> None:
    """Insert ``child`` into ``parent``, replacing a same-named child, keeping schema order."""
    order = tuple(order)
    name = local(child.tag)
    for old in parent.findall(child.tag):
        parent.remove(old)
    rank = order.index(name)
    for index, sibling in enumerate(parent):
        sib = local(sibling.tag)
        if sib in order and order.index(sib) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def in_order(names: list[str], order: tuple[str, ...]) -> bool:
    """True when the known names appear in schema order (unknown names are ignored)."""
    ranks = [order.index(n) for n in names if n in order]
    return ranks == sorted(ranks)
