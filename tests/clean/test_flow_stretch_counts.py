"""Rows of a page set in three columns, read by an extractor that writes rows (pdfplumber): the
number of columns taking turns is a stretch's own (``flow._stretch_counts``, ``COUNT_WINDOW``).

At the foot of a page of a speech set in three columns, the third column's text has ended (「不懈奋斗！」)
and only the first two take turns, row by row: a line stopping inside a sentence goes on two rows
down, not three.  Dealt three ways there, the turn came round to the column that had ended and the
first column's lines were torn apart (「识到，县域经济总量不大、」 read on into the second column's
「区生产总值…」); counted by its own period, the stretch is dealt two ways.  The snippet is real: the
dev text speech_county_meeting set in the dev design ``news_three_tight``, read back by pdfplumber,
the first page from 「同志们：」 on.  Expected values follow the printed page.
"""

from __future__ import annotations

from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts, strip_furniture
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

SPEECH_TIGHT_ROWS = '同志们：\n县属国有企业整合重组基本 门要主动靠前服务，对企业\n这次会议的主要任务是，\n完成，平台公司市场化转型 反映的问题实行清单化管理、\n深入贯彻中央和省委、市委\n迈出实质性步伐。 销号式推进，做到件件有着\n经济工作会议精神，总结\n（三）民生保障更加有 落、事事有回音。对损害营\n2025年全县经济工作，分析\n力 商环境的行为，发现一起、\n当前面临的形势，部署2026\n全年民生支出占一般公 查处一起、通报一起。\n年重点任务，动员全县上下\n共预算支出的比重达到81. 三、切实转变工作作风，\n进一步解放思想、真抓实干，\n4%。新建改扩建中小学和幼 进一步提升落实质效\n推动县域经济高质量发展迈\n儿园12所，新增学位5400个； 抓落实，关键在干部。\n上新台阶。刚才，李县长作\n县人民医院新院区投入使用，全县各级领导干部要树立正\n了很好的工作报告，我完全\n县域就诊率提高到92%。 确政绩观，把心思和精力用\n同意，请大家认真抓好落实。\n成绩来之不易，是全县 在干事创业上，做到重点工\n下面，我讲三点意见。\n广大干部群众团结奋斗的结 作亲自部署、重大问题亲自\n一、客观看待过去一年\n果。在这里，我代表县委， 过问、关键环节亲自协调。\n的成绩，进一步坚定发展信\n向大家表示衷心的感谢！ 同志们，新的一年，任\n心\n二、准确把握形势任务，务艰巨，使命光荣。让我们\n过去的一年，面对复杂\n进一步明确工作重点 更加紧密地团结在以习近平\n多变的外部环境和艰巨繁重\n当前，发展环境中的有 同志为核心的党中央周围，\n的改革发展任务，全县上下\n利条件和不利因素并存。我 锐意进取、埋头苦干，为谱\n咬定目标不放松，攻坚克难\n们既要看到经济长期向好的 写县域高质量发展新篇章而\n勇向前，经济社会发展取得\n基本面没有变，也要清醒认 不懈奋斗！\n了来之不易的成绩。全县地\n识到，县域经济总量不大、\n区生产总值达到386.5亿元，\n结构不优、创新能力不强的\n同比增长6.2%；一般公共预\n问题仍然突出。\n算收入完成21.3亿元，增长\n'


def _flowed(text: str) -> list[str]:
    """The lines as far as the column flow (as the cleaner runs)."""
    lines = strip_furniture(mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts")),
                            Report().log("strip_furniture"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def test_two_columns_taking_turns_below_an_ended_third_are_dealt_two_ways(runs_through):
    found = _flowed(SPEECH_TIGHT_ROWS)
    # the first column's sentence runs on two rows down, past the second column's line between
    assert runs_through(found, ["识到，县域经济总量不大、", "结构不优、创新能力不强的", "问题仍然突出。"])
    # and the second column's, beside it
    assert runs_through(found, ["了来之不易的成绩。全县地", "区生产总值达到386.5亿元，", "同比增长6.2%；一般公共预"])
