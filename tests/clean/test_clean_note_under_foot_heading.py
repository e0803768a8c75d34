"""A heading (or a lead-in) the page's foot left over the page's one note 「[1]…」, read as the head of
a list in the text (issue 10, branch refs68).

A page-foot note numbered in brackets looks like the first item of a 参考文献 list, and a line that
heads the run under it (``notes.heads_list``: short of the measure, or a lead-in ending ：) made it one.
On pocket pages a numbered heading — 「二、准确把握当前机关作风方」 / 「面存在的突出问题」 — or a lead-in
「…明确提出：」 may stand at a page's foot over the page's note 「[1]语出《论语·子路》。」; the list's
count then took every later note 「[2]」 「[3]」 too, whatever text stood between them, and all three
notes stayed in the text.  A list's items follow one another — the body citing 「[2]」 between two
items is no item's (``notes._list_items``) — and a list of one item that answers a citation made
since the last notes is the page's note (``notes._lone_answer``).

The third page sets its folio before the running head on every page (「3 学习手册」): the odd pages'
copies were read as clause headings (a number at the start stands on an even page only), stayed in
the text, and the note zone ran over them (``bands._runs_on``).

The texts are real: the dev text lecture_party_style set on ``tests/eval/heading_sweep.py --kind
pocket --texts notes --notes bracket`` pages (seed 93, designs pk53_04, pk53_06, pk53_03), the whole
extractions in ``tests/data/extractions``.  A 参考文献 list was read as page-foot notes where its heading
stood under the folio at a page's top (「学习手册」 / 「8」 / 「参考文献」: taken for an even page's head cut
off its number, ``bands._head_on_other_side``) or at the foot of the page before the list's
(``notes.extract_footnotes`` asked a list's head only within a page): article_theory_abstract_refs on
seed 93 pk53_03 and seed 85 pk53_05.  Every page test fails on main; the snippet's list cited above
stays a list on both.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading, Paragraph, block_text

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _notes(doc) -> list[str]:
    return [block_text(Paragraph(n.inlines)) for a in doc.articles for n in a.footnotes]


NOTES = ("语出《论语·子路》。", "参见《江城市市直机关作风建设长效机制实施办法》（江直工委发〔2023〕6号）。")


def _all_notes_out(doc, texts) -> None:
    notes = _notes(doc)
    for note in NOTES:
        assert note in notes
    assert any(n.startswith("2025年市直机关工委组织的作风问卷调查显示") for n in notes)
    assert not any("语出" in p or "问卷调查显示" in p or "长效机制实施办法" in p for p in texts(doc))


def test_a_heading_at_the_foot_over_the_pages_one_note(clean, texts):
    doc, _ = clean(_read("lecture_party_style__s93_pk53_04__pdftotext_bracket.txt"))
    assert "二、准确把握当前机关作风方面存在的突出问题" in texts(doc, Heading)
    _all_notes_out(doc, texts)


def test_a_lead_in_at_the_foot_over_the_pages_one_note(clean, texts):
    doc, _ = clean(_read("lecture_party_style__s93_pk53_06__pdftotext_bracket.txt"))
    _all_notes_out(doc, texts)
    assert any(p.endswith("市委在部署机关作风建设时明确提出：") for p in texts(doc, Paragraph))


def test_a_folio_before_the_head_on_odd_pages_too(clean, texts):
    doc, _ = clean(_read("lecture_party_style__s93_pk53_03__pypdfium2_bracket.txt"))
    _all_notes_out(doc, texts)
    assert not any("学习手册" in t for t in texts(doc)) and not any("学习手册" in n for n in _notes(doc))
    assert "二、准确把握当前机关作风方面存在的突出问题" in texts(doc, Heading)


REFS = """基层治理数字化转型，必须始终坚持以人民为中心，把群众满意作为检验成效的根本标
准，真正让技术为基层减负、为群众造福[1]。

参考文献
[1] 王浦劬．国家治理、政府治理和社会治理的含义及其相互关系[J]．国家
行政学院学报，2014（3）：11-17．
[2] 郁建兴，黄飚．当代中国地方政府创新的新进展[J]．政治学研究，2017
（5）：88-103．
[3] 江城市人民政府．江城市“十四五”数字政府建设规划[Z]．2021．
"""


def test_a_references_list_cited_above_stays_a_list(clean, texts):
    doc, _ = clean(REFS)
    assert not _notes(doc)
    assert any("王浦劬" in t for t in texts(doc))


def _list_kept(doc, texts) -> None:
    assert "参考文献" in texts(doc, Heading)
    assert any(t.startswith("[1]") and "王浦劬" in t for t in texts(doc, Paragraph))
    assert any(t.startswith("[5]") and "陈晓晖" in t for t in texts(doc, Paragraph))
    notes = _notes(doc)
    assert any(n.startswith("本文所称基层") for n in notes)
    assert not any("王浦劬" in n or "陈晓晖" in n for n in notes)


def test_a_references_heading_under_the_folio_is_no_head(clean, texts):
    """「学习手册」 / 「8」 / 「参考文献」: the page's head stands before its number, so the line after the
    number is the page's text, not an even page's head cut off its number (seed 93, pk53_03)."""
    doc, _ = clean(_read("article_theory_abstract_refs__s93_pk53_03__pdftotext_bracket.txt"))
    _list_kept(doc, texts)


def test_a_references_heading_at_the_foot_over_the_list_overleaf(clean, texts):
    """「参考文献」 the page's last line, 「[1] 王浦劬…」 the next page's first (seed 85, pk53_05)."""
    doc, _ = clean(_read("article_theory_abstract_refs__s85_pk53_05__pypdfium2_bracket.txt"))
    _list_kept(doc, texts)
