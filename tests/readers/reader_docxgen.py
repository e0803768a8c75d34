"""Make test DOCX files from cleaned Markdown with python-docx (+ raw XML for footnotes).

python-docx cannot write footnotes, so ``with_footnote`` adds a footnotes part,
its relationship and content type, and a reference run by editing the zip.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_runs(paragraph, text: str) -> None:
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1 or None


def make_docx(md: str, path: Path, *, hard_wrap: int = 0) -> Path:
    """``#`` → Title, ``##``/``###`` → Heading 1/2, other blocks → paragraphs with bold runs.

    ``hard_wrap`` > 0 breaks body paragraphs with manual line breaks every N characters,
    and a page break is put after the first body paragraph.
    """
    doc = docx.Document()
    first_body = True
    for chunk in re.split(r"\n\s*\n", md.strip()):
        chunk = chunk.strip().replace("\n", "")
        m = re.match(r"^(#+)\s+(.*)$", chunk)
        if m:
            style = "Title" if len(m.group(1)) == 1 else f"Heading {len(m.group(1)) - 1}"
            doc.add_paragraph(m.group(2).replace("**", ""), style=style)
            continue
        paragraph = doc.add_paragraph()
        if hard_wrap:
            pieces = [chunk[i:i + hard_wrap] for i in range(0, len(chunk), hard_wrap)]
            for k, piece in enumerate(pieces):
                if k:
                    paragraph.add_run().add_break()
                paragraph.add_run(piece)
        else:
            _add_runs(paragraph, chunk)
        if first_body and hard_wrap:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
        first_body = False
    doc.save(str(path))
    return path


FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {body}'
    '</w:t></w:r></w:p></w:footnote></w:footnotes>')
REL = ('<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
       'relationships/footnotes" Target="footnotes.xml"/>')
CT = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.footnotes+xml"/>')
REF_RUN = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'


def with_footnote(src: Path, dst: Path, after_text: str, body: str) -> Path:
    """Copy ``src`` to ``dst`` with one footnote referenced right after the run ``after_text``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename).decode("utf-8") if item.filename.endswith(".xml") \
                or item.filename.endswith(".rels") else zin.read(item.filename)
            if item.filename == "word/document.xml":
                anchor = f">{after_text}</w:t></w:r>"
                assert anchor in data, "anchor run not found"
                data = data.replace(anchor, anchor + REF_RUN, 1)
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>", REL + "</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", CT + "</Types>")
            zout.writestr(item, data.encode("utf-8") if isinstance(data, str) else data)
        zout.writestr("word/footnotes.xml", FOOTNOTES_XML.format(body=body))
    return dst
