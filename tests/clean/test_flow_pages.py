"""Whole pages whose columns an extractor interleaved, read back column by column (issue 10,
family 1; ``booklet/clean/flow.py``), each a real dev extraction kept in ``tests/data/extractions``.

Uneven columns (``UNEVEN``): a page whose columns fill it unevenly: its lines take turns while two
columns hold text, and the column that goes on further runs on alone below (``flow._turn_stretch``).

The page is plain ``pdftotext``'s reading of the dev text ``speech_county_meeting`` set in the
design ``neikan_three_all``.  The speech's close (``三、切实转变工作
作风…`` … ``不懈奋斗！``) and the section of its report beside it (``（一）产业发展势头向好`` …)
take turns line by line; then the speech has ended and the report's column runs on alone
(``个工作日以内…`` … ``（三）民生保障更加有力``).  Too few of the page's lines take turns for the
page to be read as turns throughout.

Votes weighed by evidence (``VOTES``): a news page in two columns whose turns show in few breaks, most
of them words cut at a line's end: each break votes as strongly as what it rests on (``flow._turn_stretch``:
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

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

UNEVEN = EXTRACTIONS / "speech_county_meeting__neikan_three_all__pdftotext.txt"

CLOSE = ["三、切实转变工作作风，进一步", "提升落实质效", "抓落实，关键在干部。全县各级",
         "领导干部要树立正确政绩观，把心思", "和精力用在干事创业上，做到重点工", "作亲自部署、重大问题亲自过问、关",
         "键环节亲自协调。", "同志们，新的一年，任务艰巨，", "使命光荣。让我们更加紧密地团结在",
         "以习近平同志为核心的党中央周围，", "锐意进取、埋头苦干，为谱写县域高", "质量发展新篇章而不懈奋斗！"]
REPORT = ["（一）产业发展势头向好", "新签约亿元以上项目47个，总投", "资达到312亿元，其中10亿元以上项",
          "目9个。新能源装备、绿色食品两个", "主导产业产值分别突破百亿元，规模", "以上工业企业新增28家，总数达到",
          "316家。", "（二）改革攻坚持续深化", "我们在全市率先推行“一件事一", "次办”改革，企业开办时间压缩到1"]
REPORT_ALONE = ["个工作日以内，工程建设项目审批时", "间压缩到60个工作日以内。县属国有", "企业整合重组基本完成，平台公司市",
                "场化转型迈出实质性步伐。", "（三）民生保障更加有力"]

VOTES = EXTRACTIONS / "news_page_city_briefs__two_columns_hanging__pdfplumber.txt"

BRIEF = ["近日，东湖街道青石社区“共享工具", "间”正式开放。居民凭借社区积分，可免费", "借用电钻、梯子、缝纫机等40余种工具。"]
LEAD_REPORT = ["会议要求，要抓好蔬菜、肉类等重要民", "生商品保供稳价，加大对困难群众的走访慰",
          "问力度，切实把党和政府的温暖送到群众心", "坎上。"]
TRAINS = ["记者从铁路部门获悉，自12月1日起，", "江城高铁站新增6对始发列车，通达省会及", "周边主要城市。铁路部门提醒旅客提前通过",
          "官方渠道购票。"]


def flowed(page: Path) -> list[str]:
    lines = mark_page_starts(to_lines(raw_lines(page.read_text(encoding="utf-8"))), Report().log("page_starts"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def runs_through(out: list[str], seq: list[str]) -> bool:
    k = out.index(seq[0])
    return out[k:k + len(seq)] == seq


def test_lines_taking_turns_go_back_to_their_columns():
    out = flowed(UNEVEN)
    assert runs_through(out, CLOSE)
    assert runs_through(out, REPORT)


def test_the_column_that_runs_on_alone_below_keeps_its_lines():
    # (read as turns to the page's end, the report's tail was dealt out between the two columns)
    assert runs_through(flowed(UNEVEN), REPORT + REPORT_ALONE)


def test_lines_of_one_column_throughout_are_left_alone():
    rows = REPORT + REPORT_ALONE + CLOSE
    lines = to_lines(raw_lines("\n".join(rows) + "\n"))
    assert [line.text for line in column_flow(lines, Report().log("column_flow"))] == rows


def test_votes_weighted_by_evidence_send_lines_back_to_their_columns():
    out = flowed(VOTES)
    assert runs_through(out, BRIEF)
    assert runs_through(out, LEAD_REPORT)
    assert runs_through(out, TRAINS)
