"""The PDF reader on three-column news pages (head71): a head's narrow lines under a line across
the columns, and a picture's caption at a column's foot.

A headline over all three columns is centred on the page, and so on the middle column: its
wrapped last line (「动能」) and its byline (「本报记者 陈思远 刘佳」), narrower than a column, cross
no gutter.  They were read as the middle column's first lines — after the whole first column.
A caption set in small type at a column's foot, under its picture, stands where notes stand; its
credit (「本报记者 田思远/摄」) says it is a caption from its first line.  A second column of two lines
(short71: an article's 来源 line at its top) has no valley of its own; the first column's edge and the
gap past it show it.

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--only direct``: seed 146 design nw54_00, seed 147 designs nw54_04 and nw54_00; dev texts, pages drawn after the
rules were written), copied into ``tests/data/pdf``.  The assertions are the dev texts' lines as
set, not the cleaner's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.rawlines import Role
from booklet.readers.pdf import pdf_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


@pytest.fixture(scope="module")
def science(pdf_page_lines) -> list[str]:
    # the head's last line 「动能」 and the byline centred under it, then three columns
    return pdf_page_lines("news_page_science__s146_nw54_00.pdf")


@pytest.fixture(scope="module")
def briefs(pdf_page_lines) -> list[str]:
    # a byline centred under a head across the page; a credited caption at the first column's foot
    return pdf_page_lines("news_page_city_briefs__s147_nw54_04.pdf")


def test_a_heads_last_line_and_byline_are_read_under_it_before_the_columns(science):
    at = science.index
    assert at("以更大力度推进科技创新 为高质量发展注入强劲") < at("动能") < at("本报记者 陈思远 刘佳")
    # the first column's first line comes after the byline, not before it
    first = next(k for k, line in enumerate(science) if line.startswith("来源：《江城日报》"))
    assert at("本报记者 陈思远 刘佳") < first


def test_a_byline_under_a_head_across_the_page_is_not_the_middle_columns_first_line(briefs):
    at = briefs.index
    assert at("抓早抓实民生实事 确保群众温暖过冬") < at("本报记者 郑小川") < at("11月25日，市政府召开常")


def test_a_column_still_opens_on_its_own_first_line(briefs):
    # the middle column's first line stays where the column begins: after the first column
    at = briefs.index
    assert at("问力度，切实把党和政府的温") < at("据了解，江城区已梳理高")


@pytest.fixture(scope="module")
def briefs_roles() -> list[tuple[str, Role | None]]:
    return [(line.text, line.role) for line in pdf_lines(DATA / "news_page_city_briefs__s147_nw54_04.pdf")]


def test_a_credited_caption_at_a_columns_foot_is_a_caption_from_its_first_line(briefs_roles):
    texts = [text for text, _ in briefs_roles]
    first = texts.index("市民在政务服务中心窗口领取办")
    last = next(k for k in range(first, len(texts)) if texts[k].endswith("/摄"))
    assert last - first == 2   # (its three lines, the credit split over the last two)
    assert all(role is Role.CAPTION for _, role in briefs_roles[first:last + 1])
    assert not any(role is Role.FOOTNOTE for _, role in briefs_roles)


def test_a_columns_first_line_above_a_head_over_another_column_stays_in_its_column(pdf_page_lines):
    # the dev layout neikan_three_all, page 2: column 2 goes on from page 1 beside the title set over
    # column 1, its first line (set in two ems, run to the column's edge) above the title's first row
    # and on the page's axis — a line of the column, not of a head
    lines = pdf_page_lines("speech_county_meeting__neikan_three_all.pdf")
    at = lines.index
    assert at("凝心聚力抓落") < at("全年民生支出占一般公共预算支")


def test_a_second_column_of_two_lines_is_read_after_the_first(pdf_page_lines):
    # seed 147 design nw54_00: the story fills column 1 under a head over columns 1–2; column 2 holds only
    # its 来源 line, two lines at the top — too short for a gutter's valley, and the head's ink in the band.
    # They were read into column 1's first two rows (「深秋时节，走进江城县农业科技来源：《江城县报》…」).
    lines = pdf_page_lines("news_page_county__s147_nw54_00.pdf")
    at = lines.index
    assert "深秋时节，走进江城县农业科技" in lines
    assert at("享科技进步的成果。") < at("来源：《江城县报》（2026年11月2") < at("日第1版）")


def test_a_one_column_page_has_no_short_second_column(pdf_page_lines):
    # the dev layout wide_40_bold_centred: a standard's first page, one column whose short lines end
    # together at a chance edge; a full line with a gap just past that edge is no second column
    lines = pdf_page_lines("standard_reading_room__wide_40_bold_centred.pdf")
    assert any(line.startswith("本文件规定了城市书房的选址与建设") and line.endswith("的要求。") for line in lines)
