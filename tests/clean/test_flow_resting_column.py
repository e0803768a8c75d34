"""A column whose last line closed a news item rests (``flow._resting``, ``REST_ROUNDS``): once it has let
a round of rows pass without a line, it takes no turn, and the rows go to the columns still running.

The snippet is the foot of pdfplumber's reading of the dev case ``interview_rural_revitalization`` set in
``open_leaded_three`` (rows 46–73 of the page): the right column ends on its 来源 line
(「来源：《江城理论周刊》2026年第44」 / 「期」) while the middle one goes on.  Without the rest the turn
still falls to the ended column, and the middle column's 「烘干房等设施260多处。」 and the next question are
dealt under the 来源 line, away from 「设产地初加工设施，全市新增冷库、」 they finish.
"""

from __future__ import annotations

from booklet.clean import flow
from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

PAGE = """\
更重要的是，产业结构在变。过
一是抓品牌，重点培育5个区域
去是“卖原料”，现在越来越多的村
公用品牌；二是抓人才，每年培训高
子开始“卖产品”“卖服务”。
素质农民3000人以上；三是抓数字化，
记者：您多次提到“把增值收益
推动农产品电商销售额再增长两成。
留在农村”，这句话具体怎么理解？
记者：最后，您想对基层干部说
答：简单说，就是产业链条要尽
点什么？
量往村里延伸。
答：产业发展没有捷径，要一年
一斤鲜茶叶卖给外地收购商，农
接着一年干。
民只能拿到十几块钱；在村里建起初
只要方向对了，坚持下去，就一
制加工厂，做成干茶再卖，每斤能多
定能见到成效。
出几十块。加工环节留在本地，就业
来源：《江城理论周刊》2026年第44
岗位和税收也就留在了本地。
期
这两年，我们支持有条件的村建
设产地初加工设施，全市新增冷库、
烘干房等设施260多处。
记者：有人担心，村里搞产业容
"""


def _flowed(text: str) -> list[str]:
    lines = mark_page_starts(to_lines(raw_lines(text)), Report().log("test"))
    return [line.text for line in column_flow(lines, Report().log("test"))]


def test_a_running_column_keeps_its_sentence_after_another_column_ended_its_item():
    out = _flowed(PAGE)
    k = out.index("设产地初加工设施，全市新增冷库、")
    assert out[k + 1] == "烘干房等设施260多处。"
    assert out[k + 2] == "记者：有人担心，村里搞产业容"


def test_only_an_items_closer_rests_a_column_and_only_after_a_round():
    closer, = to_lines(raw_lines("来源：《江城理论周刊》2026年第44期"))
    paragraph_end, = to_lines(raw_lines("定能见到成效。"))
    assert flow._resting(closer, 4, 3)
    assert not flow._resting(closer, 3, 3)   # (within a round the column may still go on)
    assert not flow._resting(paragraph_end, 4, 3)   # (a paragraph's end: the next follows)
