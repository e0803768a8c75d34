"""Page-foot notes numbered in brackets ([1] [2] …) under a full line that stands short — a character
kinsoku pushed overleaf with the mark no line may start with — are the page's notes, not a list in
the text under a heading (fnlist65, issue 10).

The input is the dev text lecture_party_style set in pocket_17_hei and read by pdftotext, its printed
markers written as a book numbering its notes in brackets prints them (① → [1]); the expected values
are the printed page's: the paragraph 「…日新又新的精神。」 runs on over the page's notes.
"""

from __future__ import annotations

NAME = "lecture_party_style__pocket_17_hei__pdftotext_bracketed.txt"


def test_notes_under_a_line_a_pushed_character_left_short_are_notes(extracted):
    from booklet.model import Paragraph, block_text
    doc = extracted(NAME)
    paragraphs = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]
    notes = [block_text(n) for a in doc.articles for n in a.footnotes]
    assert any(p.startswith("作风建设也要有这种日新又新的精神。") for p in paragraphs)
    assert any(n.startswith("2025年市直机关工委组织的作风问卷调查显示") or "2025年市直机关工委" in n for n in notes)
    assert not any("[2]2025年" in p for p in paragraphs)
