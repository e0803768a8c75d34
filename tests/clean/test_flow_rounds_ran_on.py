"""A short one-page text in columns that plain ``pdftotext`` wrote as blocks of a line or two, round by
round, the later column's line first each round — read first column, then the later one
(``flow._ran_on`` asked by ``_round_columns``; plain81, issue 10).

pdftotext takes a round's blocks up by height, and the later column's top stands higher than the
first column's where a title is set over the first column only (its top lines beside the title:
「知识」 / 「围绕新质生产力…」 before 「关于开展」 / 「2026年度理」), or where the first column's first line
was read with the head over both (a salutation, 「同志们：」 beside 「一是天气因素。…」).  The rounds
then open on the later column, and with no word read across the columns' ends the dealt order read
the text's end first.  A typesetter fills the first column to the page's foot and ends the later one
where the text ends: the column holding the page's last block, several lines deeper than the other,
whose last line ends a sentence, is the first (the rows reader's rule for a column running on alone
below the turns, ``_reflow``).

Pages are real extractions, whole: dev texts speech_question_exclaim_heads on news design nw54_03
(``heading_sweep.py --kind news --columns 3 --designs 10 --short 700`` seed 293), notice_theory_study and
exchange_anyu_numbered_bold on nw54_04 (the same draw, seed 295) — ``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

# phrases that stand in this order in the document cleaned: the head, the first column's body from its first
# line, then the later column's lines, the text's end
ORDERS = {
    "speech_question_exclaim_heads__nw54_03_s293_short__pdftotext.txt":
        ["拧紧责任链条", "同志们：", "今天召开这次会议，主要是动员全县上下迅速行动起来",
         "一、今年的安全形势到底怎么样？", "原因主要有三个方面。", "一是天气因素。入冬以后",
         "三是人员因素。临近春节"],
    "notice_theory_study__nw54_04_s295_short__pdftotext.txt":
        ["中共江城市委宣传部", "江宣发〔2026〕7号", "关于开展2026年度理论学习中心组专题学习的通知", "各区委宣传部，市直各单位党组", "为深入学习贯彻党的创新理论",
         "（二）学习贯彻全会精神", "（三）学习科技创新和产业发展知识", "围绕新质生产力、数字经济、人工智能等内容", "（一）集中学习。各级中心组每季度",
         "调研题目由各单位结合实际自主确定"],
    "exchange_anyu_numbered_bold__nw54_04_s295_short__pdftotext.txt":
        ["青山街道“红色物业”让老旧小区管得好、住得暖", "编者按：物业管理是群众身边的“关键小事”。",
         "青山街道是江城市典型的老城区", "1.建立联席会议制度。社区党委每月牵头召开一次",
         "问题340余个。"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_the_column_that_ran_on_to_the_foot_is_read_first(extracted, all_text, name):
    read = all_text(extracted(name)).replace(" ", "").replace("\n", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places
