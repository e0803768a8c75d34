"""What the column dealing counts as evidence that a line goes on into another (issue 10, family 1;
``booklet/clean/flow.py``: ``_join``, ``_word_pmi``, ``_shape_on``), on real dev extractions.

A word read across a wrong join is mostly one whose two parts are common on their own: pdfplumber's
reading of the dev text ``compilation_grassroots_sayings`` in ``tabloid_three_columns`` sets
``的时间要用在走村入户上，用`` (the text goes on ``在解决实际问题上``) in a row beside ``作手册》`` (the end of
another column's 《江城市基层治理工作手册》), and the dictionary reads 用作 across.  A true break cuts a
word the language writes together: ``主要有三个方面的变化。一是扩大了覆盖范`` / ``围，将低保边缘…``
(覆盖范围) in ``qa_policy_interpretation`` on ``two_columns_plain``.

A full line cut inside a sentence goes on: ``情况新问题，本刊记者采访`` (the 编者按 of
``interview_rural_revitalization`` on ``news_three_tight``) goes on ``了市农业农村局主要负责同志。`` in
the text, and never into the interview's ``记者：那么小农户怎么`` beside it.

The page (``QA_PAGE``) is pdfplumber's reading of ``qa_policy_interpretation`` on ``two_columns_plain``:
the rows of its two columns take turns, and a full line cut inside a sentence (``…助医等服务``) had
been dealt the other column's list entry (``2.江城市老年人能力评估标准``), so that entry left its list
(``附件：1.…申请表``) and the sentence lost its end (``需求迫切。``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from booklet.clean import furniture, runs, separators
from booklet.clean.flow import (CUT_THEN_OPENS, FULL_LINE_SLACK_EM, PAIR_SEEN, WORD_ACROSS, WORD_PMI_COMMON,
                                _join, _shape_on, _word_pmi, column_flow)
from booklet.clean.lines import Line, to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
QA_PAGE = EXTRACTIONS / "qa_policy_interpretation__two_columns_plain__pdfplumber.txt"

# the news design's column: 12 characters to the line
NEWS_MEASURE = 12.0


def line(text: str) -> Line:
    return to_lines(raw_lines(text + "\n"))[0]


def test_a_word_whose_parts_stand_together_in_the_language_tells_more_than_a_chance_one():
    assert _word_pmi("覆盖范", "围，将") > WORD_PMI_COMMON > _word_pmi("上，用", "作手册")


def test_a_chance_word_across_a_join_weighs_less_than_a_word_cut_at_the_line_s_end():
    pairs = text_pairs("覆盖范围 用作")
    true_break = _join(line("主要有三个方面的变化。一是扩大了覆盖范"), line("围，将低保边缘家庭中的老年人和计划生育特殊"), pairs, 0.0)
    chance = _join(line("的时间要用在走村入户上，用"), line("作手册》"), pairs, 0.0)
    assert true_break == WORD_ACROSS
    assert PAIR_SEEN < chance < WORD_ACROSS


def text_pairs(text: str) -> Counter[str]:   # (the document's character pairs: both words stand elsewhere too)
    return Counter(map(str.__add__, text, text[1:]))


def test_a_full_line_cut_inside_a_sentence_is_not_followed_by_a_line_a_shape_opens():
    full = NEWS_MEASURE - FULL_LINE_SLACK_EM
    cut = line("情况新问题，本刊记者采访")
    assert _shape_on(cut, line("记者：那么小农户怎么"), full) == CUT_THEN_OPENS < 0
    assert _shape_on(cut, line("了市农业农村局主要负责同"), full) == 0.0


def test_a_line_that_ends_its_sentence_or_stops_short_may_be_followed_by_an_opening():
    full = NEWS_MEASURE - FULL_LINE_SLACK_EM
    opening = line("记者：那么小农户怎么")
    assert _shape_on(line("了市农业农村局主要负责同志。"), opening, full) == 0.0   # (a stop: the 编者按 has ended)
    assert _shape_on(line("参与进来？"), opening, full) == 0.0
    assert _shape_on(line("志"), opening, full) == 0.0   # (short of the measure: no sentence runs on from it by shape)
    assert _shape_on(None, opening, full) == 0.0


def lines_stage(page: Path) -> list[str]:
    """The page through the rules the cleaner runs on the lines stage before ``column_flow``."""
    lines = to_lines(raw_lines(page.read_text(encoding="utf-8")))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):
        lines = rule(lines, Report().log("lines"))
    return [ln.text for ln in column_flow(lines, Report().log("column_flow"))]


def test_a_cut_sentence_keeps_its_end_and_a_list_keeps_its_entries(runs_through):
    out = lines_stage(QA_PAGE)
    assert runs_through(out, ["能、半失能老年人约3.2万人。绝大多数老年人", "选择居家养老，对上门助餐、助浴、助医等服务", "需求迫切。"])
    assert runs_through(out, ["附件：1.江城市居家养老服务补贴申请表", "2.江城市老年人能力评估标准"])
