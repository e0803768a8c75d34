"""A table written a cell a line is read back as its rows, never as headings (issue 10, table83).

Plain pdftotext writes a table turned to text (a 调研报告's 统计表, a key figures list) a cell a
text block: 「乡镇快递服务站」 / 「12个」 / 「覆盖率100%」 / 「村级综合服务点」 / …, a blank line apart, with
nothing of the grid — and a page's number and running head between two rows where the table crossed
a page.  The short lines were read as headings and the bare figures as page numbers.  A run of cell
lines where a label and its figure cells repeat, two rows or more of the same number of cells, is a
table (``booklet.clean.cells``): each row one line, its cells an ideographic space apart, the shape
of a row printed whole (``shapes.TABLE_ROW_RE``), a block of its own and no heading.

Each page is real: a dev text set in a design of table83's draw (seed 325 ``--kind heading``) and
read back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    # (extraction, rows that must stand whole as paragraphs, cells that must be no heading)
    ("research_report_rural_logistics__sw25_06_s325_heading__pdftotext.txt",
     ["乡镇快递服务站　12个　覆盖率100%", "村级综合服务点　287个　覆盖率96.3%"],
     ["乡镇快递服务站", "12个", "覆盖率100%", "村级综合服务点", "287个", "农村快递日均处理量", "邮快合作线路"]),
    ("survey_report_tables__sw25_04_s325_heading__pdftotext.txt",
     ["主城区　172　2036　9860", "近郊区　128　1425　6120"],
     ["区域", "主城区", "近郊区", "合计", "运营方式", "其他方式"]),
    ("survey_report_tables__sw25_05_s325_heading__pypdf.txt",
     ["主城区　172　2036　9860", "合计　386　4218　19000"],
     ["主城区", "近郊区", "远郊县", "合计"]),
    # (a row printed whole, its figures a Latin-digit design's space from their words: 「12 个」)
    ("research_report_rural_logistics__sw25_03_s325_heading__pdftotext_layout.txt",
     ["乡镇快递服务站", "村级综合服务点"],
     ["乡镇快递服务站", "村级综合服务点", "农村快递日均处理量", "邮快合作线路"]),
]


@pytest.mark.parametrize("name,rows,cells", CASES, ids=["_".join(c[0].split("__")[:2]) for c in CASES])
def test_cells_read_as_rows(extracted, headings_of, all_text, name, rows, cells):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for cell in cells:
        assert not any(h.replace(" ", "").startswith(cell) for h in heads), heads
    for row in rows:
        assert any(line.replace(" ", "　").startswith(row) for line in lines), \
            [ln for ln in lines if ln.startswith(row[:3])]


def test_cell_rows_alone():
    """The rule alone, on a table's cells as pdftotext writes them (a Latin-digit design's spaces
    kept inside the cells): three rows of three cells; the prose above and below untouched."""
    from booklet.clean.cells import cell_rows
    from booklet.clean.lines import to_lines
    from booklet.rawlines import RawLine
    from booklet.report import Report
    texts = ["主要指标情况如下：", "乡镇快递服务站", "", "12 个", "", "覆盖率 100%", "", "村级综合服务点", "",
             "287 个", "", "覆盖率 96.3%", "", "邮快合作线路", "", "23 条", "", "覆盖建制村 218 个", "",
             "从服务方式看，各种模式在全县推开。"]
    lines = to_lines([RawLine(t, k + 1) for k, t in enumerate(texts)])
    out = cell_rows(lines, Report().log("table_cells"))
    assert [ln.text for ln in out] == ["主要指标情况如下：", "乡镇快递服务站　12个　覆盖率100%",
                                       "村级综合服务点　287个　覆盖率96.3%", "邮快合作线路　23条　覆盖建制村218个",
                                       "从服务方式看，各种模式在全县推开。"]


def test_short_lines_without_figures_stay():
    """Short lines with no figure cells (a list of names, headings) are no table."""
    from booklet.clean.cells import cell_rows
    from booklet.clean.lines import to_lines
    from booklet.rawlines import RawLine
    from booklet.report import Report
    texts = ["基本情况", "", "主要做法", "", "存在问题", "", "意见建议", "", "许文静", "", "赵丽萍"]
    lines = to_lines([RawLine(t, k + 1) for k, t in enumerate(texts)])
    assert cell_rows(lines, Report().log("table_cells")) is lines
    # a 决定's list of names, each with its place in brackets (a header unit's shape) and no figure:
    # pdftotext writes it a name a block (seed 324 decision_commendation_list × sw25_03)
    names = ["王建国家庭（东湖区东湖街道）", "李秀英家庭（东湖区长青街道）", "张德明家庭（西山区青石镇）",
             "刘玉兰家庭（西山区西山街道）", "陈志强家庭（南岭县南岭镇）", "赵春梅家庭（南岭县白沙乡）", "吴新华家庭（江城经济技术开发区）"]
    lines = to_lines([RawLine(t, k + 1) for k, t in enumerate(x for name in names for x in (name, ""))])
    assert cell_rows(lines, Report().log("table_cells")) is lines


@pytest.mark.parametrize("text,solid", [
    ("乡镇快递服务站     12 个    覆盖率 100%", "乡镇快递服务站     12个    覆盖率100%"),
    ("邮快合作线路     23 条    覆盖建制村 218 个", "邮快合作线路     23条    覆盖建制村218个"),
    ("市科技局 2025 年工作总结和 2026 年工作思路", None),   # a Word line's spaced figures: no row
    ("2026 年 11 月", None),
])
def test_spaced_row(text, solid):
    from booklet.clean.cells import _spaced_row
    from booklet.clean.lines import to_lines
    from booklet.rawlines import RawLine
    from booklet.report import Report
    line = to_lines([RawLine(text, 1)])[0]
    out = _spaced_row(line, Report().log("table_cells"))
    assert out.text == (line.text if solid is None else solid)


def test_names_with_places_are_no_table(extracted, all_text):
    """A 决定's list of names each with its place in brackets (a header unit's shape, no figure),
    pdftotext writing it a name a block: no table, each name stays a paragraph of its own (seed 324
    decision_commendation_list × sw25_03: an earlier reading ran six names into one row)."""
    lines = all_text(extracted("decision_commendation_list__sw25_03_s324_heading__pdftotext.txt")).splitlines()
    assert "王建国家庭（东湖区东湖街道）" in lines
    assert not any("家庭（" in ln and ln.count("家庭（") > 1 for ln in lines), [ln for ln in lines if "家庭（" in ln]
