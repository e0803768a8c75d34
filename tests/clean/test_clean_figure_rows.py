"""A key figures list turned to text (issue 10, texts81): a 调研报告 sets its 主要指标 one row a line — the
item's name, then cells holding a count with its measure word or a named rate (「乡镇快递服务站　12个　覆盖率
100%」, 「农村快递日均处理量　6.8万件　同比增长27.4%」).  ``shapes.TABLE_ROW_RE`` knew a row of bare figures
(「主城区　172　2036　9860」) but not these cells, so every row, short and unpunctuated, was promoted to a
heading (the new dev text research_report_rural_logistics, seeds 296–299: about 480 false headings in
223 cases; in the dev layouts under every family, the direct one too).

Each page is real: the text set in seed 297's design sw25_01 and read back by pdfminer (the ideographic
space kept) and pdfplumber (the gap written as one space).
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, Paragraph, block_text

ROWS = ("乡镇快递服务站", "村级综合服务点", "农村快递日均处理量", "邮快合作线路")


@pytest.mark.parametrize("name", ["research_report_rural_logistics__sw25_01_s297_heading__pdfminer.txt",
                                  "research_report_rural_logistics__sw25_01_s297_heading__pdfplumber.txt"],
                         ids=["pdfminer", "pdfplumber"])
def test_figure_rows_are_no_headings(extracted, name):
    doc = extracted(name)
    rows = [(type(b), block_text(b)) for a in doc.articles for b in a.blocks if block_text(b).startswith(ROWS)]
    assert [kind for kind, _ in rows] == [Paragraph] * 4, rows
    assert not any(isinstance(b, Heading) and any(r in block_text(b) for r in ROWS)
                   for a in doc.articles for b in a.blocks)


@pytest.mark.parametrize("line", ["乡镇快递服务站　12个　覆盖率100%", "农村快递日均处理量 6.8万件 同比增长27.4%",
                                  "邮快合作线路　23条　覆盖建制村218个", "主城区　172　2036　9860"])
def test_figure_row_shape(line):
    from booklet.shapes import TABLE_ROW_RE
    assert TABLE_ROW_RE.match(line)


@pytest.mark.parametrize("line", ["第一章　总　　则", "今年 3月 增长5%", "全市 12个 乡镇", "江城市 2026年 第3期",
                                  "市科技局 2025 年工作总结", "本报记者 张三 通讯员 李四"])
def test_not_figure_rows(line):
    from booklet.shapes import TABLE_ROW_RE
    assert TABLE_ROW_RE.match(line) is None
