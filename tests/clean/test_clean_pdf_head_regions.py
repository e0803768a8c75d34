"""The PDF reader on three-column news pages (span69): heads set over some columns only, beside
another column's text, and marks hung into a narrow gutter.

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--only direct``: seed 97 design nw54_03, seed 100 design nw54_01), copied into ``tests/data/pdf``.
The assertions are the pages' known content — the dev texts' lines as set — not the cleaner's output.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def briefs(pdf_page_lines) -> list[str]:
    # the lead head (43 pt) over columns 1–2; column 3 runs the end of a story from column 2 beside it
    return pdf_page_lines("news_page_city_briefs__s97_nw54_03.pdf")


@pytest.fixture(scope="module")
def port(pdf_page_lines) -> list[str]:
    # gutters of 0.75 em; the lead head over columns 1–2, another story's head in column 3 beside it
    return pdf_page_lines("news_page_port_economy__s100_nw54_01.pdf")


def test_caption_beside_a_large_head_is_read_line_by_line(briefs):
    # the 9 pt caption's two lines stand beside the head's second line: neither is interleaved with the other
    assert "居民在“共享工具间”借用工具。" in briefs
    assert "通讯员 邱明/摄" in briefs


def test_head_over_two_columns_takes_no_line_of_the_third(briefs):
    assert "抓早抓实民生实事 确保群" in briefs
    assert "众温暖过冬" in briefs
    assert "者负责登记和维护，开放一周" in briefs


def test_head_over_two_columns_heads_their_flow_and_the_third_reads_on(briefs):
    at = briefs.index
    assert at("市政府常务会议研究部署今冬明春重点工作强调") < at("抓早抓实民生实事 确保群") < at("众温暖过冬") \
        < at("本报记者 郑小川") < at("11月25日，市政府召开常")
    # the story at the foot of column 2 goes on at the top of column 3, beside the head
    assert at("电钻、梯子、缝纫机等40余种") < at("工具。") < at("社区党委书记介绍，工具")
    assert at("居民在“共享工具间”借用工具。") < at("江城高铁站新增6对")


def test_mark_hung_into_a_narrow_gutter_keeps_the_columns_apart(port):
    assert "动化改造，单机作业效率提高三成，" in port
    assert "港今年集装箱吞吐量达到86万标箱，" in port
    assert "上工业增加值增长7.1%，社会消费" in port
    at = port.index
    assert at("团负责人介绍，作业区今年完成自") + 1 == at("动化改造，单机作业效率提高三成，")


def test_head_beside_a_smaller_head_in_another_column(port):
    assert "江城港年内开通两条近洋航线" in port
    assert "二十三个项目集中落户江" in port
    at = port.index
    assert at("江城港年内开通两条近洋航线") < at("11月26日上午，一艘满载家电") < at("二十三个项目集中落户江")


def test_running_head_in_parts_is_one_line(port):
    assert port[0] == "江城日报 2026年5月3日 星期日 第1版"


def test_byline_beside_another_columns_line_on_its_baseline(pdf_page_lines):
    # dev layout dangbao_four_ruled: the lead's byline (text size) over columns 1–3 stands on the baseline of
    # column 4's body line, which runs on under that column's line above: two lines, not one in parts
    lines = pdf_page_lines("news_page_port_economy__dangbao_four_ruled.pdf")
    assert "本报记者 罗文杰 通讯员 邓佳琪" in lines
    at = lines.index
    assert at("11月24日，江北临港") + 1 == at("产业园举行项目集中签约")
