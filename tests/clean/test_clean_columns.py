"""Pages in columns in ``pdftotext -layout`` text (issue 10, family 1, text side): read column
by column, header rows left whole, three columns too.

The rows are shaped like the harness's ``pdftotext -layout`` renderings of its dev news page
(two columns, hanging punctuation, the right column's start wandering by a few cells, rows of
one column alone where the columns' baselines differ).
"""

from __future__ import annotations

from booklet.clean.columns import split_columns
from booklet.readers.text import raw_lines
from booklet.report import Report

HEADER = "理论周刊                                    2026年5月12日   星期二\n\n"
LEFT = ["3月17日下午，市委常委会召开会议，", "专题研究全市科技创新工作，听取市科技局",
        "关于全市创新平台建设情况的汇报，研究部", "署下一阶段重点任务。", "会议指出，科技创新是牵引高质量发展",
        "的核心动力。近年来，全市上下深入实施创", "新驱动发展战略，研发投入强度从2.1%提高",
        "到2.8%，高新技术企业数量突破3000家，一"]
RIGHT = ["新型研发机构、40余家孵化器和众创空间。", "街道还设立了概念验证中心和中试基地，企",
         "业可以按需租用设备，按次付费。去年，这", "里的企业共转化科技成果160余项，带动新",
         "增产值超过20亿元。", "高新区负责人介绍，下一步将探索“先", "使用后付费”的成果转化模式，让更多中小",
         "企业用得上、用得起高校院所的科技成果。"]


def split(text: str) -> list[str]:
    return [line.text.strip() for line in split_columns(raw_lines(text), Report().log("columns"))
            if line.text.strip()]


def rows(left: list[str], right: list[str], gaps: list[int]) -> str:
    return "".join(f"{a}{' ' * g}{b}\n" for a, b, g in zip(left, right, gaps))


def test_header_row_spanning_the_page_stays_whole_on_top():
    # the right column's start wanders by a few cells (CJK and Latin cells differ)
    body = rows(LEFT, RIGHT, [13, 10, 10, 20, 11, 10, 8, 6])
    out = split(HEADER + body)
    assert out[0] == "理论周刊                                    2026年5月12日   星期二"
    assert out[1:] == LEFT + RIGHT


def test_rows_of_one_column_alone_where_the_baselines_differ():
    # the left column's larger title shifts its lines half a row: rows alternate between columns
    text = HEADER
    for a, b in zip(LEFT, RIGHT):
        text += " " * 29 + b + "\n" + a + "\n"
    assert split(text)[1:] == LEFT + RIGHT


def test_three_columns_are_read_left_middle_right():
    middle = ["一是把握好新质生产力与传统生", "产力的关系。新质生产力是在传", "统生产力基础上的跃升，二者不",
              "是简单的替代关系。发展新质生", "产力，不能忽视、放弃传统产业，", "要防止一哄而上、泡沫化，也不",
              "要搞一种模式。二是把握好政府", "与市场的关系。既要发挥市场在"]
    left = [s[:14] for s in LEFT]
    right = [s[:14] for s in RIGHT]
    page = "".join(f"{a:<17}{b:<18}{c}\n" for a, b, c in zip(left, middle, right))
    assert split(page + "\f" + page) == (left + middle + right) * 2


def test_single_column_text_with_centred_titles_is_left_alone():
    text = "".join(f"{' ' * 20}标题{n}\n" + "".join(s + "\n" for s in LEFT) for n in range(3))
    lines = raw_lines(text)
    assert split_columns(lines, Report().log("columns")) is lines
