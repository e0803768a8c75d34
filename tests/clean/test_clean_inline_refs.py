"""A note's marker in the text: set raised and tight against the character it follows, so the
space an extractor wrote before it (pdftotext gives the raised run a word of its own) goes with it."""

from __future__ import annotations

from booklet.clean.inlines import to_inlines
from booklet.model import FootnoteRef, Text


def test_the_space_before_a_taken_marker_goes():
    inlines = to_inlines("必须摆在国家发展全局的核心位置 [1]。要坚持", (), lambda label: True)
    assert inlines == (Text("必须摆在国家发展全局的核心位置"), FootnoteRef("[1]"), Text("。要坚持"))


def test_a_marker_with_no_note_keeps_its_space():
    # no note of that label: the text is as printed, the space with it
    inlines = to_inlines("核心位置 [7]。", (), lambda label: False)
    assert inlines == (Text("核心位置 [7]。"),)


def test_a_spaced_circled_marker_is_tight_in_the_cleaned_text(clean):
    doc, _ = clean("科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置 ①。\n"
                   "①参见《习近平关于科技创新论述摘编》，中央文献出版社2016年版，第3页。\n")
    from booklet.writers.markdown import render_document
    assert "核心位置[^1]。" in render_document(doc)
