"""Two columns' short lines written as one row (``flow._short_lines_row``; plain85, issue 10).

pdfplumber writes the lines whose baselines meet as one row, one space apart.  Where both lines are
short — a head beside the other column's head or a paragraph's last line — the row is no wider than a
column, so no gutter cut finds it (``_gutter_rows`` asks for rows wider than a column): the row was
read as one line, two heads glued into one (「1.发展成就 2.增进民生福祉」).  A Chinese line sets no
space between two characters of its text, so such a row is two lines, each dealt to its column.

The pages are real extractions, whole: dev text outline_plenary_lecture on column design col53_03,
drawn by ``heading_sweep.py --kind columns --columns 2 --designs 8 --seed 351 --only
pdftotext,pdfplumber``, and plan_elderly_care_implementation on col53_06 of the same with ``--leading
tight`` (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.clean.flow import _short_lines_row
from booklet.clean.lines import to_lines

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
PAGE = "outline_plenary_lecture__col53_03_s351_columns__pdfplumber.txt"
PLAN = "plan_elderly_care_implementation__col53_06_s351_columns_tight__pdfplumber.txt"


def test_two_heads_in_one_row_are_read_in_their_columns(dealt):
    read = dealt((EXTRACTIONS / PAGE).read_text(encoding="utf-8"))
    assert "1.发展成就" in read and "2.增进民生福祉" in read
    text = "\n".join(read)
    # each head over its own column's paragraph
    assert text.index("1.发展成就") < text.index("五年来，全市地区生产总值") < text.index("2.经验启示")
    assert text.index("1.推动高质量发展") < text.index("2.增进民生福祉") < text.index("要围绕群众急难愁盼问题") \
        < text.index("3.加强基层治理")



def test_a_head_and_a_document_number_beside_the_other_columns_last_lines(dealt):
    # 「江政办发〔2026〕41号 供堂食、配送等服务。」, 「（二）基本原则 按规定给予一次性奖励。」: each piece
    # in its column — the document's number over its title, the head over its paragraph (the third
    # row's first piece, 「供堂食、配送等服务。」, still goes in over its item: the dealing's, not the row's)
    read = dealt((EXTRACTIONS / PLAN).read_text(encoding="utf-8"))
    assert "江政办发〔2026〕41号" in read and "（二）基本原则" in read
    text = "".join(read)
    assert text.index("江政办发〔2026〕41号") < text.index("江城市居家社区养老服") < text.index("（一）工作目标") \
        < text.index("（二）基本原则") < text.index("坚持政府主导")
    assert text.index("2. 拓展上门服务") < text.index("年人提供以下服务：") < text.index("（1）生活照料；")
    assert text.index("（三）加强人才队伍建设") < text.index("按规定给予一次性奖励。")


def _line(text: str):
    from booklet.readers.text import raw_lines
    return to_lines(raw_lines(text + "\n"))[0]


MEASURE = 20.0   # a column of twenty characters


@pytest.mark.parametrize("text", ["1.发展成就 2.增进民生福祉", "（一）工作目标 （3）精神慰藉；",
                                  "一、总体要求 （二）丰富服务内容", "提升行动实施方案 三、保障措施",
                                  "市科技局2025年工作 机制有待完善。"])
def test_a_short_row_of_two_lines_one_space_apart(text):
    assert _short_lines_row(_line(text), MEASURE)


@pytest.mark.parametrize("text", [
    "1月6日 镇党委召开基层党组织书记",       # a schedule's lead and its text: one line
    "本报记者 田思远",                       # a byline's label and name
    "本报记者 范文静（来源：",                # a byline, its credit cut at the line's end
    "县委书记 周明远",                       # a speaker's office and name
    "第一章 总则",                           # a part's label and its title
    "第五条 档案应当集中统一管理。",          # an article's label and its text
    "以来，累计办理业务 9.2万件，群众",       # a figure after its Latin word space
    "凝心聚力抓落实 奋力开创",               # a title's two phrases: neither numbered nor closed
    "开课 260 多场",                         # a Latin number's spaces
    "县委书记 周明远 7.1%。",                # more than one space: not this shape
    "产业结构持续优化，科技创新能力显著增强，数字经济 核心产业",   # wider than a column
    "惠”的道理。 布局未来产业。",            # after a mark: the row's other cut (``_ways``)
])
def test_no_short_row_of_two_lines(text):
    assert not _short_lines_row(_line(text), MEASURE)


def test_no_short_row_without_a_measure():
    assert not _short_lines_row(_line("1.发展成就 2.增进民生福祉"), 0.0)
