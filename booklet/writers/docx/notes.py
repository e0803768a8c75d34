"""Real Word footnotes: ``w:footnoteReference`` in the text, ``word/footnotes.xml`` for the notes.

python-docx has no footnotes part, so the part is added to the package here
(with its relationship and content type).  Numbering is Word's own: circled
numbers (``decimalEnclosedCircleChinese``, ①②…) restarting on each page, as
Chinese books print them; with ``note_numbering: article`` each marker is a
custom mark (``w:customMarkFollows``) numbered through its article.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from booklet.model import Article, Footnote, Inline
from booklet.present.notes import note_mark
from booklet.writers.docx.ooxml import NSDECL
from booklet.writers.docx.props import paragraph, ppr, rpr, run

NUMBER_FORMAT = "decimalEnclosedCircleChinese"  # ①②③ in Word, WPS and LibreOffice
REFERENCE = rpr(style="FootnoteReference")
LABEL = rpr(style="FootnoteReference", vert_align="baseline")  # the note's own label: full size
SEPARATORS = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
              'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
              'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
              '</w:r></w:p></w:footnote>')


def footnote_properties(per_page: bool, *, settings: bool = False) -> str:
    """``w:footnotePr`` for settings.xml (with the separator ids) or a section."""
    restart = "eachPage" if per_page else "continuous"
    refs = '<w:footnote w:id="-1"/><w:footnote w:id="0"/>' if settings else ""
    return (f'<w:footnotePr><w:numFmt w:val="{NUMBER_FORMAT}"/>'
            f'<w:numRestart w:val="{restart}"/>{refs}</w:footnotePr>')


class Footnotes:
    """Collects the notes as the body is written; ``install`` adds the part."""

    def __init__(self, per_page: bool) -> None:
        self.per_page = per_page
        self.bodies: list[str] = []

    def reference(self, article: Article | None, label: str) -> str:
        """The run that marks note ``label`` of ``article`` (its text goes to footnotes.xml)."""
        note = _find(article, label)
        if note is None:  # a marker without a note: print it as it stands
            return run(label, REFERENCE)
        from booklet.writers.docx.body import inline_runs  # the same runs as body text

        number = len(self.bodies) + 1
        custom = "" if self.per_page else note_mark(int(label)) if label.isdecimal() else label
        follows = ' w:customMarkFollows="1"' if custom else ""
        own = run(custom, LABEL) if custom else f"<w:r>{LABEL}<w:footnoteRef/></w:r>"
        body = paragraph(ppr(style="FootnoteText"), own + inline_runs(note.inlines))
        self.bodies.append(f'<w:footnote w:id="{number}">{body}</w:footnote>')
        mark = run(custom, REFERENCE) if custom else ""
        return (f'<w:r>{REFERENCE}<w:footnoteReference{follows} w:id="{number}"/></w:r>'
                + mark)

    def xml(self) -> bytes:
        """The footnotes part."""
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:footnotes {NSDECL}>{SEPARATORS}{"".join(self.bodies)}</w:footnotes>'
                ).encode("utf-8")

    def install(self, document: DocxDocument) -> None:
        """Add ``word/footnotes.xml`` to the package (always: Word expects the separators)."""
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, self.xml(),
                    document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)


def _find(article: Article | None, label: str) -> Footnote | None:
    if article is None:
        return None
    return next((n for n in article.footnotes if n.label == label), None)


def note_inlines(note: Footnote) -> tuple[Inline, ...]:
    """A note's inlines (for tests and checks)."""
    return note.inlines
