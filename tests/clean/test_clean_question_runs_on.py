"""A question set as a head that wraps over two lines with no 「答：」 under it (issue 10, qa83): a 问答 column
sets each question as a heading over its answer, and the answer may open as plain prose (「怎样理解“三会一课”在
党员教育」 / 「中的基础作用？」 / 「“三会一课”是党的组织生活的基本制度，…」).  With no answerer's label under the
tail, ``setoff.question_ends_over_answer`` (qa82) does not run the tail on; both lines stood as heading
blocks of their own, and ``titles._merge_wrapped`` left them apart — a section's head over the question
(「二、组织生活」) made the pair a run of three.  ``titles.question_runs_on``: two heading lines that read as
one whole question (``shapes.QUESTION_BLOCK_RE``), the first no narrower than its rest, prose under the
rest — one heading.  And where the tail is read as the rest of a larger line, a question whose first line
the measure cut mid-word (「组织生活会和民主评议党员可以合并召」 / 「开吗？」, 召开) ends its heading on that ？
though no 「答：」 stands under it (``setoff.question_cut_in_word``): a verse's line ends its phrase.

Each page is real: the dev text qa_study_questions set in a design of qa82's sweep of seed 323
(``--kind heading``) and read back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    ("qa_study_questions__sw25_02_s323_heading__pdftotext.txt", "怎样理解“三会一课”在党员教育中的基础作用？"),
    ("qa_study_questions__sw25_02_s323_heading__paste_viewer.txt", "怎样理解“三会一课”在党员教育中的基础作用？"),
    ("qa_study_questions__sw25_03_s323_heading__pdfminer.txt", "怎样理解“三会一课”在党员教育中的基础作用？"),
    ("qa_study_questions__sw25_03_s323_heading__pdfminer.txt", "组织生活会和民主评议党员可以合并召开吗？"),
]


@pytest.mark.parametrize("name,question", CASES, ids=[c[0].split("__", 1)[1][:-4] + c[1][:4] for c in CASES])
def test_wrapped_question_without_answer_label_is_one_heading(extracted, headings_of, name, question):
    heads = headings_of(extracted(name))
    assert question in heads, heads
    assert "二、组织生活" in heads, heads      # the section's head over it stays its own


def _head(text: str):
    from booklet.clean.blocks import Blk, Kind
    return Blk(kind=Kind.HEADING, text=text, first=1, last=1)


@pytest.mark.parametrize("prev,blk,under,runs_on", [
    ("怎样理解“三会一课”在党员教育", "中的基础作用？", "“三会一课”是党的组织生活的基本制度", True),
    ("二、组织生活", "怎样理解“三会一课”在党员教育中的基础作用？", "“三会一课”是", False),   # a section's head, narrower
    ("怎样理解“三会一课”在党员教育", "中的基础作用？", None, True),                    # the page ends under it
    ("竹杖芒鞋轻胜马，", "谁怕？", "一蓑烟雨任平生。", False),                         # a verse's line
    ("党支部的基本任务", "有哪些", "一是…", False),                                    # no question's end
    ("第一部分　总则", "2.什么是党支部？", "党支部是…", False),                        # a numbered question of its own
])
def test_question_runs_on_shape(prev, blk, under, runs_on):
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.titles import question_runs_on
    after = [] if under is None else [Blk(kind=Kind.PARA, text=under, first=3, last=3)]
    assert question_runs_on(_head(prev), _head(blk), after) is runs_on


def _line(text: str):
    from booklet.clean.lines import Line
    from booklet.rawlines import RawLine
    return Line(text=text, lineno=1, raw=RawLine(text, 1))


@pytest.mark.parametrize("prev,cur,ends", [
    ("组织生活会和民主评议党员可以合并召", "开吗？", True),       # 召开 cut across the break
    ("怎样理解“三会一课”在党员教育", "中的基础作用？", False),   # cut between words: the heading stage's
    ("竹杖芒鞋轻胜马，", "谁怕？", False),                       # a verse's line
    ("组织生活会和民主评议党员可以合并召", "开。", False),        # no question's end
])
def test_question_cut_in_word_shape(prev, cur, ends):
    from booklet.clean.setoff import question_cut_in_word
    assert question_cut_in_word(_line(prev), _line(cur)) is ends
