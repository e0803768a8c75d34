"""The rounds taken over a page the rows path dealt (``flow._rounds_read_better``) only where their
period holds over the page (``ROUNDS_OFF_TURN_SHARE``).

Plain ``pdftotext`` at open leading writes a column page a line or two a block, one block of each
column in turn, round after round: dealt by those rounds, each block goes at its column's turn.  A
page whose blocks the dealing has to tell out of turn — more than ``ROUNDS_OFF_TURN_SHARE`` of them —
was not written round by round (pdfminer groups its own blocks) or its period fell where a column
ended; the rows path keeps it.

The inputs are the harness's extractions of dev texts set in the sweep's news layouts, kept in
``tests/data/extractions``: seed 223's transcript_reading_month × nw54_03 (plain ``pdftotext``, a
check draw no rule was written from; fails on main, whose rows path reads 「我们在」 on into another
column's 「不爱读书」) and seed 197's lecture_party_style × nw54_04 (pdfminer: 3 of its 61 blocks
dealt out of turn; taken by the rounds without the guard, fidelity 0.798 → 0.142).
"""

from __future__ import annotations


def test_a_page_written_round_by_round_is_dealt_by_its_rounds(extracted, read_text):
    found = read_text(extracted("transcript_reading_month__nw54_03_s223_news__pdftotext.txt"))
    assert ("今天是世界读书日。我们在这里启动今年的“全民阅读月”活动，就是希望更多的人拿起书本，走进图书馆，"
            "让读书成为江城人的一种习惯。" in found)
    assert ("这几年，全市建成城市书房42家、农家书屋1260个，每万人拥有公共图书馆建筑面积超过了全省平均水平。"
            in found)
    assert found.index("李秀兰：") < found.index("赵明：") < found.index("陈小燕：")


def test_a_page_whose_blocks_come_out_of_turn_stays_with_the_rows(extracted, read_text):
    from booklet.clean.flow import ROUNDS_OFF_TURN_SHARE
    assert 0 < ROUNDS_OFF_TURN_SHARE < 3 / 61   # (lecture_party_style's page: 3 of 61 out of turn)
    found = read_text(extracted("lecture_party_style__nw54_04_s197_news__pdfminer.txt"))
    assert "今天，我围绕“锤炼过硬作风、勇于担当作为”这个主题，同大家交流几点学习体会。" in found
    assert "作风建设也要有这种日新又新的精神。具体来说，要做到“三个坚持”：" in found
