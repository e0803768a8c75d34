"""A page-foot note zone that ran on into the next page's heading and text when the extractor writes
no page marks (issue 10, branch fnzone64).

pypdf, pypdfium2, pdfplumber and a viewer's paste write a page's foot notes and straight after them
the next page's first lines; with no form feed and no folio there, the next page break found may be a
page or more further on, and ``notes.extract_footnotes`` took everything up to it as notes — the
heading 「二、漕运变迁」 and the paragraphs round it ended up inside note ②.  The notes are set smaller
than the body: their full lines hold more than the body's measure (21 characters on this 16-em pocket
page against 15), a note ends on a sentence, and a page foot never holds a heading.  So the zone ends
where the body's text comes back after a finished note: ``notes._body_resumes``.

The texts are real: the dev texts essay_canal_history (pypdf) and lecture_party_style (pdfplumber)
set on a ``tests/eval/heading_sweep.py --kind pocketwide`` page (seed 66, design pw59_00: 16 em,
running head on alternate pages, no folio) — the whole documents, ``tests/data/extractions``.  Both
tests fail on main.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading, Paragraph, block_text

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
CANAL = (DATA / "essay_canal_history__pw59_00_s66__pypdf.txt").read_text(encoding="utf-8")
LECTURE = (DATA / "lecture_party_style__pw59_00_s66__pdfplumber.txt").read_text(encoding="utf-8")


def _notes(doc) -> list[str]:
    return [block_text(Paragraph(n.inlines)) for a in doc.articles for n in a.footnotes]


def test_a_note_ends_before_the_next_pages_heading(clean, texts):
    doc, _ = clean(CANAL)
    headings = texts(doc, Heading)
    assert "二、漕运变迁" in headings and "三、古河新生" in headings
    notes = _notes(doc)
    assert any(n.endswith("中华书局1981年版，第23页。") for n in notes)
    assert any(n.endswith("第645页。") for n in notes)
    assert not any("漕运变迁" in n or "进入新世纪" in n for n in notes)
    assert any(p.startswith("清代中叶以后，黄河屡次决口") for p in texts(doc, Paragraph))


def test_a_numbered_heading_after_a_one_line_note_is_no_note(clean, texts):
    doc, _ = clean(LECTURE)
    assert "二、准确把握当前机关作风方面存在的突出问题" in texts(doc, Heading)
    notes = _notes(doc)
    assert "语出《论语·子路》。" in notes
    assert not any("突出问题" in n for n in notes)
