"""Furniture between a sentence's two halves (lone69, issue 10): a pocket book's page breaks fall
inside sentences, and what an extractor writes between the last line of one page (running full,
no sentence end) and the next page's text resuming it is what the pages print at their edges — a
typesetter sets no heading and no page number inside a sentence.  A four-page text prints its
recto's head once (「干部学习口袋书」 over page 3: repetition cannot tell) and its verso's folio
twice (「2」, 「4」: ``pages.ALTERNATE_SEQUENCE_MIN`` wants three); on main both stayed in the text
(「…每季度干部学习口袋书」, 「…实践要求，2把握…」).  A design setting 「— 1 —」 at the foot and the bare
「2」 over the next page (pk53_07) had its head folio glued to the text (「2署，经研究…」).

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --kind pocket --saved --designs 8
--seed 98`` (``*_s98_pocket__*``) and ``--kind pocketwide --saved --designs 8 --seed 106``
(``*_s106_pocketwide__*``).
"""

from __future__ import annotations

import pytest

from booklet.clean import midsentence
from booklet.clean.lines import to_lines
from booklet.clean.pages import printed_value
from booklet.readers.text import raw_lines


@pytest.mark.parametrize("name", [
    "notice_theory_study__pk53_06_s98_pocket__pypdf.txt",       # no page marks: pages told by nothing
    "notice_theory_study__pk53_06_s98_pocket__pdftotext.txt",   # form feeds: the head opens page 3
])
def test_a_head_printed_once_inside_a_sentence_goes(closed_texts, extracted, name):
    text = closed_texts(extracted(name))
    assert not any("干部学习口袋书" in t for t in text)
    assert "（一）集中学习。各级中心组每季度集中学习不少于1次，每次学习应确定主题、明确重点发言人，做到有计划、有记录、有总结。" in text


def test_two_verso_folios_inside_sentences_go(closed_texts, extracted):
    text = closed_texts(extracted("notice_theory_study__pk53_06_s98_pocket__pypdf.txt"))
    assert "1.系统学习新时代党的创新理论的核心要义、精神实质、丰富内涵和实践要求，把握贯穿其中的立场观点方法。" in text
    assert any("（3）形成的制度性成果，及时纳入相关政策文件。" in t for t in text)


def test_a_head_folio_after_a_shaped_foot_folio_goes(closed_texts, extracted):
    # 「— 1 —」 / 「2」: the foot's folio and the next page's head folio, one run of values
    text = "".join(closed_texts(extracted("notice_theory_study__pk53_07_s98_pocket__pypdf.txt")))
    assert "根据市委统一部署，经研究" in text
    assert "邀请专家学者作专题辅导" in text
    assert "6各单位" not in text


def test_the_title_the_versos_head_repeats_stays(extracted, headings_of):
    # the head 「城市书房建设与服务规范」 over the even pages beside their folio; the first page, a recto
    # like the bare pages 3 and 5, prints the title over the standard's number
    doc = extracted("standard_reading_room__pw59_02_s106_pocketwide__pypdf.txt")
    assert headings_of(doc)[0] == "城市书房建设与服务规范"


def test_a_heading_broken_over_a_page_in_a_design_with_no_head_stays(closed_texts, extracted):
    # 「坚持问题导向，补齐基」 / form feed / 「础研究短板」: no page prints a head, so the line at the top
    # of the page is the heading's rest, not a head printed once
    text = "".join(closed_texts(extracted("report_bold_headings__pk53_00_s98_pocket__pdftotext.txt")))
    assert "础研究短板" in text


def test_a_body_line_short_by_its_latin_figures_stays(closed_texts, extracted):
    # 「能力显著增强，数字经济核心」 / 「产业增加值占比达到12%左」 / 「右。」: the middle line runs to the
    # measure, narrow only by its figures — no head
    text = "".join(closed_texts(extracted("outline_plenary_lecture__pk53_00_s98_pocket__pypdf.txt")))
    assert "数字经济核心产业增加值占比达到12%左右。" in text


def _lines(text: str):
    return to_lines(raw_lines(text))


@pytest.mark.parametrize("text, inside", [
    # a numbered item's sentence cut at the measure, resumed after the folio
    ("各级党委（党组）理论学习中心组中开展\n1.系统学习新时代党的创新理论的核\n心要义、精神实质、丰富内涵和实践要求，\n2\n把握贯穿其中的立场观点方法。\n", True),
    # a wrapped title: no clause, no stop — its rest is no furniture
    ("关于开展2026年度理论学习中心组专题学\n习的通知\n各区委宣传部，市直各单位党组（党委）：\n", False),
])
def test_between_halves(text, inside):
    lines = _lines(text)
    full = midsentence.full_width(lines)
    middle = 3 if inside else 1
    assert midsentence.between_halves(lines, middle, full, words=not lines[middle].text.isdecimal()) is inside


@pytest.mark.parametrize("text, value", [
    ("— 1 —", 1), ("2", 2), ("第 3 页 共 9 页", 3), ("3 / 9", 3), ("共 9 页", None), ("第3版", 3),
])
def test_printed_value(text, value):
    assert printed_value(text) == value
