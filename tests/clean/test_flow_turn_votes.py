"""A news page in two columns whose turns show in few breaks, most of them words cut at a line's
end (issue 10, family 1): each break votes as strongly as what it rests on (``flow._turn_stretch``:
a word the dictionary reads across a break a round of rows later outweighs a pair of characters
the text holds elsewhere).

The page is pdfplumber's reading of the dev text ``news_page_city_briefs`` set in the design
``two_columns_hanging``.  The briefs take turns with the lead report beside them; one headline line
beside a report's lines makes a break go on into the next row (``研究`` / ``部署``), which counted as
much against the turns as two pairs for them, and the page was left interleaved.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

PAGE = Path(__file__).resolve().parents[1] / "data" / "extractions" / "news_page_city_briefs__two_columns_hanging__pdfplumber.txt"

BRIEF = ["近日，东湖街道青石社区“共享工具", "间”正式开放。居民凭借社区积分，可免费", "借用电钻、梯子、缝纫机等40余种工具。"]
REPORT = ["会议要求，要抓好蔬菜、肉类等重要民", "生商品保供稳价，加大对困难群众的走访慰",
          "问力度，切实把党和政府的温暖送到群众心", "坎上。"]
TRAINS = ["记者从铁路部门获悉，自12月1日起，", "江城高铁站新增6对始发列车，通达省会及", "周边主要城市。铁路部门提醒旅客提前通过",
          "官方渠道购票。"]


def flowed() -> list[str]:
    lines = mark_page_starts(to_lines(raw_lines(PAGE.read_text(encoding="utf-8"))), Report().log("page_starts"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def runs_through(out: list[str], seq: list[str]) -> bool:
    k = out.index(seq[0])
    return out[k:k + len(seq)] == seq


def test_lines_taking_turns_go_back_to_their_columns():
    out = flowed()
    assert runs_through(out, BRIEF)
    assert runs_through(out, REPORT)
    assert runs_through(out, TRAINS)
