"""A couplet heading a section over an item's headline, and a 日程's rows (couplet71, issue 10).

A 简报 or a news page sets a section's head as a couplet — two halves of as many ideographs apart on
one line, 「坚持人民至上  守护万家平安」 — straight over an item's kicker and title.  A couplet is a whole
element, and a headline holds one element over its title, so a couplet over two more heading lines
heads the section (``headlines._couplet_over_headline``); on main the run went on from it and the
couplet, the kicker and the title were read as one title.  A couplet over a line wider than the rest
of a line wrapped from it could be is whole too (``shapes.wider_than_its_rest``).  A meeting's 日程
sets its rows in cells — the part of the day, what, where (「下午  分组讨论  各小组会议室」) — and
such a row is a timetable's row (``shapes.SCHEDULE_ROW_RE``), never a heading, a title over the
来源 line under the last row, or a question's first line.

Pages are real inputs, whole: dev texts set by ``heading_sweep.py --kind bulletin --saved --texts all
--spaced --designs 6 --seed 139`` (``*_s139_bulletin_spaced__*``).
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, block_text
from booklet import shapes


def _heads(doc) -> list[str]:
    """Every heading element in order, spaces taken out: each article's kicker and title, then its
    headings."""
    out = []
    for a in doc.articles:
        out += [t for t in (a.kicker, a.title) if t]
        out += [block_text(b) for b in a.blocks if isinstance(b, Heading)]
    return ["".join(t.split()) for t in out]


def test_a_couplet_over_a_kicker_and_its_title_heads_the_section(extracted):
    heads = _heads(extracted("jianbao_kicker_items__bl66_00_s139_bulletin_spaced__realstyle.txt"))
    at = heads.index("坚持人民至上守护万家平安")
    assert heads[at + 1:at + 3] == ["农村集体经济发展壮大三年行动", "村级集体收入全部超十万元"]


def test_a_couplet_over_a_wider_title_is_whole(extracted):
    heads = _heads(extracted("report_bold_headings__bl66_04_s139_bulletin_spaced__paste_viewer.txt"))
    at = heads.index("党建引领聚合力为民服务办实事")
    assert heads[at + 1] == "2026年工作思路"


def test_the_rows_of_a_schedule_are_no_headings(extracted, texts):
    doc = extracted("news_page_rural_environment__bl66_01_s139_bulletin_spaced__realstyle.txt")
    heads = _heads(doc)
    assert not any(h.startswith(("上午", "下午", "晚上")) for h in heads)
    # the lead's headline stays first: no lone row left a heading to read as one of a series of 小标题
    assert heads[0].startswith("和美乡村建设")
    assert "".join(texts(doc)).count("分组讨论") == 1
    assert "深化改革创新激发发展活力" in heads


def test_the_last_row_is_no_question_s_first_line(extracted):
    heads = _heads(extracted("qa_study_questions__bl66_03_s139_bulletin_spaced__realstyle.txt"))
    assert "组织生活会和民主评议党员可以合并召开吗？" in heads


@pytest.mark.parametrize("row, timetable", [
    ("上午  报到  一楼大厅", True),
    ("下午 分组讨论 各小组会议室", True),
    ("9:00—9:10　主持人介绍会议有关情况", True),
    ("上午 报到", False),            # (two cells: a part of the day and one word may be a heading's words)
    ("上午报到", False),
    ("下午茶话会  欢迎新同事", False),  # (the part of the day is a word's start, not a cell)
])
def test_a_row_opening_on_a_part_of_the_day_as_a_cell(row, timetable):
    assert (shapes.SCHEDULE_ROW_RE.match(row) is not None) is timetable
    assert (shapes.short_line_role(row) == "schedule") is timetable


@pytest.mark.parametrize("upper, lower, whole", [
    ("党建引领聚合力  为民服务办实事", "市科技局开展科技特派员进企业服务活动", True),   # (wider than a wrapped rest)
    ("抓好冬春农田水利建设  夯实明年粮食丰收基础", "全县冬修水利工程全面开工", True),  # (narrower by the step)
    ("坚持人民至上 守护万家平安", "冬季森林防火进入关键期", False),   # (as wide as a wrapped rest may be; one space, as normalised)
    ("坚持人民至上 守护万家平安", "农村集体经济发展壮大三年", False),
    # an article's first line, indented, as even as a couplet by chance (the news sweep, seed 141)
    ("第十七条 在本市依", "法登记注册的出版单位应", False),
    ("第十三条\u3000鼓励企业", "和其他组织在同等条件下优先招用", False),
])
def test_a_couplet_over_a_line(upper, lower, whole):
    assert shapes.couplet_over(upper, lower) is whole


def test_a_wrapped_rest_is_no_wider_than_its_first_line_and_next_unit():
    assert not shapes.wider_than_its_rest("坚持人民至上 守护万家平安", "农村集体经济发展壮大三年")   # 12 ≤ 12 + 1 + 1
    assert shapes.wider_than_its_rest("坚持人民至上 守护万家平安", "农村集体经济发展壮大三年行动")   # 14 ≥ 14
