"""A circled enumeration in the text stays in the text (issue 10, branch texts86).

Chinese documents label an enumeration's items ①②③ as often as they label a page's notes so: an
应知应会 问答 sets 「内容一般包括：」 over 「①集中学习；」 / 「②交纳党费；」 / … and goes on with the next
question.  The note reader took any run of lines opening ① ② … in order as the page's notes, so
the items became footnotes and the last one swallowed the rest of the page (the next questions and
their answers, moved to the document's end with it).  A bracketed run under a heading or a lead-in
was already read as a list in the text (``notes.heads_list``, a 参考文献 list); a circled run now is
too (``notes._opens_list``), unless the text above cites one of its numbers since the last notes
(``notes._cited_since``): a page's notes answer the raised marks above them, and an enumeration's
labels are cited by nothing.

The pages are real: the dev text ``qa_yingzhi_parts_runin`` set on ``tests/eval/heading_sweep.py``
pages of seed 367 (``--kind heading`` design 0, ``--kind pocket`` design 1 — the list broken by a
page's end), read by pdftotext, ``tests/data/extractions``.  Both fail on main 1cc1c4c6 and pass;
the snippets are the refusals (a page's notes stay notes under a lead-in when the text cites them)
and a guard.
"""

from __future__ import annotations

from booklet.model import Paragraph

ITEMS = ["①集中学习；", "②交纳党费；", "③开展组织生活或者志愿服务；", "④讨论支部的重要事项。"]
AFTER = ["10.支部委员会任期几年？", "11.什么情况下应当召开组织生活会？"]


def _paragraphs(doc, texts):
    return [t.replace(" ", "") for t in texts(doc, Paragraph)]


def _notes(doc):
    return [n for a in doc.articles for n in a.footnotes]


def _heads(doc, headings_of):
    return [h.replace(" ", "") for h in headings_of(doc)]


def test_circled_items_under_a_lead_in_stay_paragraphs(extracted, texts, headings_of):
    doc = extracted("qa_yingzhi_parts_runin__sw25_00_s367_heading__pdftotext.txt")
    paras = _paragraphs(doc, texts)
    assert all(item in paras for item in ITEMS)
    assert "主题党日每月相对固定一天开展，内容一般包括：" in paras
    assert not _notes(doc)
    # the questions after the list stay where they are, headings in the text
    heads = _heads(doc, headings_of)
    assert all(q in heads for q in AFTER)
    assert any(p.startswith("党的基层委员会每届任期三年至五年") for p in paras)


def test_circled_list_broken_by_a_page_end_stays_one_list(extracted, texts, headings_of):
    doc = extracted("qa_yingzhi_parts_runin__pk53_01_s367_pocket__pdftotext.txt")
    paras = _paragraphs(doc, texts)
    assert all(item in paras for item in ITEMS)
    assert not _notes(doc)
    assert all(q in _heads(doc, headings_of) for q in AFTER)


# A pocket page (16 characters, first-line indents dropped, as pdftotext writes it): a lead-in whose
# enumeration runs on with the body under it.  Cited above (「…开展①，…」 / 「…党费②。」) the run is the
# page's notes (a refusal); citing nothing it is a list in the text (a case).
_PAGE = """党员应当按月交纳党费。特殊情
况经支部同意可以按季度交纳，也可
以预交，但一般不超过一年{one}。
主题党日每月相对固定一天开展，
内容一般包括{two}：
①集中学习；
②交纳党费。
党的基层委员会每届任期三年至
五年，党支部委员会每届任期一般为
三年。任期届满应当按期进行换届选
举，如需延期或者提前，应当报上级
党组织批准。
\f"""


def test_notes_cited_above_a_lead_in_stay_notes(clean):
    doc, _ = clean(_PAGE.format(one="①", two="②"))
    assert [n.label for n in _notes(doc)] == ["①", "②"]


def test_uncited_circled_run_under_a_lead_in_is_a_list(clean, texts):
    doc, _ = clean(_PAGE.format(one="", two=""))
    paras = _paragraphs(doc, texts)
    assert "①集中学习；" in paras and "②交纳党费。" in paras
    assert not _notes(doc)
    assert any(p.startswith("党的基层委员会每届任期三年至五年") for p in paras)
