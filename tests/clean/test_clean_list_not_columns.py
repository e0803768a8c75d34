"""A list of names set in rows is not two columns under ``pdftotext -layout`` (issue 10, branch names57).

A 表彰决定's 名单 sets units or families of like length apart by ideographic spaces and wraps them
at the measure.  ``pdftotext -layout`` writes each row at its cells, and the like-length items end
their gaps near one cell in most rows — what ``columns._gutter`` counted as a gutter, so the list
was dealt as two columns (left halves, then right halves: 「江城市公共交通」 read after
「集团有限公司」's row, the wrapped rests read as headings).  Two columns hold running text: of the
rows a gutter parts, a third or more carry a comma or a stop; a list's rows hold none.
(``columns._parts_prose``.)

The inputs are real: the dev text decision_commendation_list read by ``pdftotext -layout`` on the
dev layout web_print_ragged and on the heading sweep's design sw25_02 drawn with seed 57
(``tests/eval/heading_sweep.py --seed 57``).  Both fail on main (e26dcff).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.model import Heading

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
PAGES = ["decision_commendation_list__sw25_02_s57", "decision_commendation_list__web_print_ragged"]


@pytest.mark.parametrize("name", PAGES)
def test_a_list_of_units_in_rows_is_read_row_by_row(clean, texts, name):
    page = (DATA / f"{name}__pdftotext_layout.txt").read_text(encoding="utf-8")
    paras = texts(clean(page)[0])
    # a row's items in order, the wrapped rest joined to its item
    assert any("江城市税务局第一分局" in p and "江城市公共交通集团有限公司" in p for p in paras)
    assert any("北塘县人民检察院" in p and "北塘县农村信用合作联社" in p for p in paras)
    assert any("王建国家庭" in p and "李秀英家庭" in p for p in paras)   # (not left halves, then right)


@pytest.mark.parametrize("name", PAGES)
def test_a_list_of_units_holds_no_stray_heading(clean, texts, name):
    page = (DATA / f"{name}__pdftotext_layout.txt").read_text(encoding="utf-8")
    heads = texts(clean(page)[0], Heading)
    assert "一、江城市文明单位（20个）" in heads
    assert "家庭名单" not in heads and "和文明家庭名单" not in heads   # (a title's wrapped rest)
    assert len(heads) <= 4   # (the decision's title, the 名单's title and its two parts)


def test_two_columns_of_prose_still_split(clean, texts):
    # the evidence asked of a gutter leaves prose columns alone: a page of two columns (a 简报's
    # column page) is still read left column first
    from booklet.clean.columns import _parts_prose
    rows = ["  本文件规定了城市书房的选址与建设、设            84 小时，节假日应正常开放。",
            "施设备、文献资源、服务和管理的要求。                  5.1.2 实行 24 小时开放的城市书房，夜",
            "或者社会力量参与建设的城市书房。                5.2   借阅服务"]
    assert _parts_prose(rows)
    assert not _parts_prose(["   江城市第一中学     江城市人民医院        江城",
                             "   江城市税务局第一分局       江城市公共交通",
                             "   东湖区东湖街道东湖社区         东湖区城市管",
                             "   西山区人民法院     西山区青石镇人民政府",
                             "   南岭县南岭镇中心小学       南岭县供电公司",
                             "   北塘县人民检察院     北塘县农村信用合作"])
    # a short last column's few rows (an author's unit and date beside a column's last lines) are
    # too few to tell a list by
    assert _parts_prose(["  2.学科教学能力        江城市教育局", "  （1）课程标准研        2026年2月20日"])
