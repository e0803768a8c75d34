"""A short one-page text in three columns whose later columns' tops stand beside a title set over the
first column only, on a page with a few rows split at the gutter — read title, first column, later
columns under pdfplumber (``flow._beside_head_dealt`` asked on gutter pages too; beside80, issue 10).

pdfplumber writes the page's rows across it, so the later columns' first lines come between the
title's lines, larger and on baselines of their own (「看报表上的完成率。路修好」 / 「把为民办实事」 /
「了，群众走着顺不顺；食堂」 / … / 「落到群众心坎」 / …), the first of them above the title's first line
(the title's larger ascent sets its first baseline under the body's first).  The few rows where the
first column's body meets a later column's line made the page a gutter one, and the rows' reading
put the later columns' tops at the text's start: the page opened on the text's middle.

Pages are real extractions, whole: dev texts commentary_sentence_heads and insights_phrase_heads on
news design nw54_06, interview_rural_revitalization on nw54_07, drawn by ``heading_sweep.py --kind news
--columns 3 --designs 12 --short 700`` with seed 275 (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read: the title's lines together, the first column's
# body from its first line, then the later columns' lines, the text's end
ORDERS = {
    "commentary_sentence_heads__nw54_06_s275_short__pdfplumber.txt":
        ["把为民办实事落到群众心坎上", "——三论扎实推进民生实事项目", "今年以来，全市十件民生实事项目有序推进",
         "项目怎么定，要先到群众中去问一问", "看报表上的完成率。路修好了，群众走着顺不顺",
         "及时补短板，不能一验收了之。", "民生无小事，枝叶总关情。"],
    "insights_phrase_heads__nw54_06_s275_short__pdfplumber.txt":
        ["下沉社区一个月的几点体会", "县发展改革局孙立平", "按照县委统一部署，我于九月到十月在城南街道",
         "这件事让我明白，只要把道理讲透", "以上是我的一点粗浅体会，不妥之处，请大家批评指正。"],
    "interview_rural_revitalization__nw54_07_s275_short__pdfplumber.txt":
        ["高端访谈", "让农民在产业发展中得到更多实惠", "编者按：今年以来，江城市把发展乡村特色产业",
         "记者：那么小农户怎么参与进来？", "答：主要靠合作社和龙头企业带动。"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_later_columns_beside_a_title_over_the_first_are_read_after_it(dealt, name):
    read = "".join(dealt((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places
