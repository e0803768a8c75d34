"""A pocket book's page edges joined into its text by ``rejoin_runs`` (edge70, issue 10).

``rejoin_runs`` rejoins the Latin runs and raised markers an extractor put on lines of their own
(「平台」 / 「28」 / 「家，」, 「…支撑」 / 「[1]」).  A pocket book that prints its folio in brackets
(「[3]」 at the foot, 「〔 2 〕」) has a line of that very shape at every page break — a note's marker
to the rule, so main glued it to the text: 「…通知如下。[1]」, 「…各单位要把学[2]二、方式方法」,
「…看〔2〕」 / 「材料…」 (under pdftotext, -raw, -layout, pdfminer and the saved copies alike).  A
folio's number is printed once, on its page; a note's is printed twice, where the text cites it and
where its note answers it — so a bracketed number printed once is a folio candidate like digits
alone (``pages.bracketed_once``), read as a page number only where the page evidence holds.

And a running head that is a run of its own (a Latin line, 「XUEXI DUBEN」, on the versos, under a
folio the shapes do not know) was rejoined to the folio and into a sentence (「…经济增长基本（3）
XUEXI DUBEN同步。」): its copies stand alone at the page's edge — nothing beside them recurs with
them, as the rest of a head pypdf cut into pieces does (``runs._alone_in_band``).

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --edges`` (the pocket edge
habits, ``EDGE_HEADS`` / ``EDGE_FOOTS``): ``--kind pocketwide --saved --designs 8 --seed 128``
(``*_s128_pocketwide_edges__*``), ``--kind pocket --saved --notes bracket --texts notes --designs 8
--seed 127`` (``*_s127_pocket_edges_bracket__*``), ``--kind pocket --saved --designs 6 --seed 126``
(``*_s126_pocket_edges__*``).
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.pages import bracketed_once
from booklet.readers.text import raw_lines


@pytest.mark.parametrize("name", [
    "notice_theory_study__pw59_03_s128_pocketwide_edges__pdftotext.txt",           # form feeds
    "notice_theory_study__pw59_03_s128_pocketwide_edges__plain_ideographic.txt",   # no page marks
])
def test_a_folio_in_brackets_at_the_foot_goes(closed_texts, extracted, name):
    text = closed_texts(extracted(name))
    joined = "".join(text)
    assert not any(f"[{n}]" in joined for n in range(1, 6))
    assert any(t.endswith("现将有关事项通知如下。") for t in text)
    assert any("各单位要把学习全会精神同贯彻落实市委全会部署结合起来，同谋划明年工作结合起来。" in t for t in text)
    assert "二、方式方法" in text


def test_a_folio_in_tortoise_brackets_inside_a_sentence_goes_and_the_notes_stay(closed_texts, extracted):
    # the notes are numbered 「[1]」 …, the folios 「〔 1 〕」 …: each kind of bracket printed on its own
    doc = extracted("lecture_party_style__pk53_04_s127_pocket_edges_bracket__pdftotext_raw.txt")
    joined = "".join(closed_texts(doc))
    assert "〔" not in joined
    assert "习惯于坐在办公室听汇报、看材料，对基层实际情况知之不多" in joined
    notes = [f for a in doc.articles for f in a.footnotes]
    assert len(notes) >= 3


def test_a_latin_running_head_on_the_versos_is_not_rejoined(closed_texts, extracted):
    text = closed_texts(extracted("outline_plenary_lecture__pk53_01_s126_pocket_edges__pypdfium2.txt"))
    assert not any("XUEXIDUBEN" in t for t in text)


def _lines(text: str):
    return to_lines(raw_lines(text))


def test_a_bracketed_number_printed_once_is_a_folio_candidate():
    lines = _lines("正文第一行\n[3]\n正文第二行\n")
    assert bracketed_once(lines) == [1]


def test_a_note_number_cited_and_answered_is_none():
    # the marker cut off the text and the note's label: the number printed twice
    lines = _lines("作风正，则人心聚[1]。\n[1]\n语出《论语·子路》。\n")
    assert bracketed_once(lines) == []
    lines = _lines("作风正，则人心聚\n[1]\n。下一句\n[1]语出《论语·子路》。\n")
    assert bracketed_once(lines) == []



def test_a_list_numbered_in_brackets_cut_off_its_entries_is_none():
    # a 参考文献 list pypdf cut at the labels' Latin face: the labels stand a line or two apart
    lines = _lines("参考文献\n[1]\n张三．城市书房的兴起[J]．图书馆，2024．\n[2]\n李四．阅读空间设计[M]．\n"
                   "北京：出版社，2023．\n[3]\n王五．公共文化服务[J]．文化研究，2022．\n")
    assert bracketed_once(lines) == []


def test_a_marker_cut_inside_its_printed_line_is_none():
    # the dev a5_bracket_notes_by_page page under pypdf (notes numbered per page: the text's 「[2]」 is
    # printed once): the line after it opens on 「。」, so the sentence goes on across it
    lines = _lines("坚持常态长效。\n要把作风建设同业务工作同部署、\n同检查、同考核，把好的做法固化为制度\n[2]\n。市直机关\n"
                   "[1]2025年市直机关工委组织的作风问卷调查显示，有31.2%的基层受访者\n")
    assert bracketed_once(lines) == []
