"""Page-foot notes whose markers a book prints in brackets (「[1]」) are found as the circled ones are
(brack66, issue 10, family 7).

The inputs are dev texts set by the harness in pocket designs of the seed-80 sweep
(``heading_sweep.py --kind pocket --seed 80 --notes bracket``) and read by a viewer's paste, pypdf and
pdftotext: whole documents, in ``tests/data/extractions``.  The expected values are the printed
pages': each note's text out of the paragraphs, each marker paired with its note.
"""

from __future__ import annotations

import pytest

from booklet.model import FootnoteRef, Paragraph, block_text
from booklet.shapes import LEAD_IN_END_RE, NOTE_MARK_RE, ends_sentence, mark_label, note_number


def _paragraphs(doc) -> list[str]:
    return [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]


def _notes(doc) -> dict[str, str]:
    return {n.label: block_text(n) for a in doc.articles for n in a.footnotes}


def _refs(doc) -> list[str]:
    return [i.label for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)
            for i in b.inlines if isinstance(i, FootnoteRef)]


def test_notes_set_smaller_than_a_narrow_body_are_no_list(extracted):
    """Seven notes set smaller hold 20 characters to the line against the body's 18: the line over
    the first note is full for the body, not a heading over a 参考文献 list."""
    doc = extracted("chapter_footnotes_region__s80_pk53_02__paste_viewer_bracket.txt")
    notes = _notes(doc)
    assert sorted(notes) == [f"[{n}]" for n in range(1, 8)]
    assert notes["[1]"].startswith("参见国家科技体制改革和创新体系建设领导小组办公室编")
    assert not any("[1]参见" in p or "[3]李文华" in p for p in _paragraphs(doc))
    assert any(p.startswith("关于区域创新体系，学术界已有较多讨论。") and "离不开地方的制度环境" in p
               for p in _paragraphs(doc))


def test_a_heading_at_a_page_foot_heads_no_list_numbered_on(extracted):
    """「三、古河新生」 left at a page's foot over 「[3]关于…」 / 「[4]江城县…」: a list numbers from one."""
    doc = extracted("essay_canal_history__s80_pk53_05__paste_viewer_bracket.txt")
    notes = _notes(doc)
    assert sorted(notes) == ["[1]", "[2]", "[3]", "[4]"]
    assert notes["[4]"].startswith("江城县地方志编纂委员会编")
    assert not any("[3]关于" in p for p in _paragraphs(doc))


@pytest.mark.parametrize("name", ["essay_canal_history__s80_pk53_05__paste_viewer_bracket.txt",
                                  "essay_canal_history__s80_pk53_05__pdftotext_bracket.txt"])
def test_a_marker_pushed_under_its_line_stays_in_the_text(extracted, headings_of, name):
    """「…寻找新的出路」 / 「[4]。」 (kinsoku pushed the marker and its stop down a line) over the next
    page's notes: a line that cites a note is the body's, however wide with its marker — not the
    rest of the page before's last note (notes cite no notes)."""
    doc = extracted(name)
    notes = _notes(doc)
    assert notes["[2]"].endswith("中华书局1981年版，第23页。")
    assert "[4]" in _refs(doc)
    assert any(p.endswith("试图为这座城市寻找新的出路") or "寻找新的出路" in p for p in _paragraphs(doc))
    assert "三、古河新生" in headings_of(doc)


def test_a_note_set_smaller_under_a_heading_is_a_note_and_the_list_stays(extracted):
    """The one note 「[1]本文所称基层，…」 under a heading left at the page's foot is set smaller
    (a list is set at the body's size): a note; the 参考文献 list under its heading stays text."""
    doc = extracted("article_theory_abstract_refs__s80_pk53_05__paste_viewer_bracket.txt")
    notes = _notes(doc)
    assert list(notes) == ["[1]"]
    assert notes["[1]"].startswith("本文所称基层")
    paragraphs = _paragraphs(doc)
    assert not any("[1]本文所称" in p for p in paragraphs)
    assert any(p.startswith("[1] 王浦劬") for p in paragraphs)


@pytest.mark.parametrize("name, label, starts", [
    # a label on a line of its own between the page's last line and its note's text
    ("essay_canal_history__s80_pk53_04__pypdf_bracket.txt", "[1]", "《元和郡县图志》卷二十五"),
    # a label and the figures its note opens with, one run: 「[2]2025」 / 「年市直机关…」
    ("lecture_party_style__s80_pk53_04__pypdf_bracket.txt", "[2]", "2025年市直机关工委"),
])
def test_a_label_pypdf_cut_off_answers_the_marker_above(extracted, name, label, starts):
    """pypdf parts a bracketed label from the line before and from its note at its face: the marker
    the text cited above and no note answered yet opens a note's printed line, not a piece of text."""
    doc = extracted(name)
    notes = _notes(doc)
    assert notes[label].startswith(starts)
    assert not any("同志们，作风建设关乎人心向背" in n for n in notes.values())
    assert label in _refs(doc)
    assert not any(starts[:6] in p for p in _paragraphs(doc))


def test_a_marker_spaced_by_the_extractor_pairs(extracted):
    """pdftotext spaces a raised bracketed marker on a justified line: 「百货云集” [ 2 ]，」."""
    doc = extracted("essay_canal_history__s80_pk53_01__pdftotext_bracket.txt")
    assert _refs(doc) == ["[1]", "[2]", "[3]", "[4]"]
    assert not any("[ 2 ]" in p for p in _paragraphs(doc))


def test_bracket_marks_in_the_shape_grammar():
    assert ends_sentence("试图为这座城市寻找新的出路。[4]")
    assert ends_sentence("试图为这座城市寻找新的出路。”[4]")
    assert not ends_sentence("试图为这座城市寻找新的出路[4]")
    assert not ends_sentence("国家治理[J]")
    assert LEAD_IN_END_RE.search("具体来说，要做到：[2]")
    assert [mark_label(m.group()) for m in NOTE_MARK_RE.finditer("云集” [ 2 ]，[3]。①[J]")] == ["[2]", "[3]", "①"]
    assert note_number("[ 12 ]") == 12


def test_markdown_writes_a_bracketed_label_once(clean):
    """The key numbers the note; a label in brackets is a number too — it would say the key's again
    (「2. [2]参见…」 rendered) or a page's own count — so only a circled one is kept as printed (the
    contract's 「[^1]: ①…」)."""
    from booklet.writers.markdown import render_document
    doc, _ = clean("正文讲到这个问题①，然后继续写下去。\n\n第二段也有一个注释[2]，还有更多的文字。\n\n"
                   "①参见某某书，第1页。\n[2]参见另一本书，第2页。\n")
    out = render_document(doc)
    assert "[^1]: ①参见某某书，第1页。" in out
    assert "[^2]: 参见另一本书，第2页。" in out
    assert "[2]" not in out
