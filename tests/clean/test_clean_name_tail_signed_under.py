"""Two-column 简报 pages: a title's wrapped tail that reads as a person's name (bullet77, issue 10).

A title set larger wraps onto a short tail, and the tail may read as a name (``shapes.name_like``:
「向好」, 「范窗口」, 「舒心」 — 向, 范, 舒 are surnames).  On main ``setoff._plain_rest`` refused every
such tail as the title's rest (a bare name under a title is its author's), so the tail stood alone:
the title lost it and the kicker ran into the title (「市政府新闻办召开新闻发布会介绍」 over
「前三季度全市经济运行稳中」 / 「向好」, ``kicker_over_wrapped_title`` asking ``title_wraps_on``), or the
tail became the headline's author and the —— subtitle under it a paragraph.  What tells the tail from
a signature is the line under it: a headline signs once, under its subtitle, so over a byline or
source line naming the reporters (「本报讯（记者 宋雨桐）」) or over a —— subtitle that names no person,
no name stands (``setoff.signed_under``; ``unwrap`` hands the line after ``nxt`` down).

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --kind bulletin --seed 227``
and read by pypdf (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.rawlines import RawLine
from booklet.clean.setoff import signed_under


def test_a_tail_over_the_source_line_ends_the_title_under_its_kicker(extracted):
    doc = extracted("news_page_port_economy__bl66_01_s227_bulletin__pypdf.txt")
    pairs = [(a.kicker, a.title) for a in doc.articles]
    assert ("市政府新闻办召开新闻发布会介绍", "前三季度全市经济运行稳中向好") in pairs


def test_a_tail_over_a_dashed_subtitle_ends_the_title(extracted):
    doc = extracted("news_page_county__bl66_05_s227_bulletin__pypdf.txt")
    heads = [(a.title, a.subtitle) for a in doc.articles]
    assert ("把园区建成现代农业的示范窗口", "——江城县农业科技园区建设纪实") in heads
    assert all(a.author != "范窗口" for a in doc.articles)


@pytest.mark.parametrize("text, signed", [
    ("本报讯（记者 宋雨桐）", True),            # a source line naming the reporter
    ("本报记者 邵明哲", True),                  # a byline
    ("——江城市工业经济运行情况综述", True),      # a subtitle saying what the piece is
    ("——习近平", False),                        # an attribution naming who said it
    ("——摘自讲话。全文见第二版。", False),      # a sentence, no subtitle
    ("市统计局日前发布数据，前三季度全市规模", False),   # the body
])
def test_signed_under(text, signed):
    assert signed_under(to_lines([RawLine(text, 1)])[0]) is signed


def test_a_tail_over_a_dashed_subtitle_ends_the_title_under_a_kicker_ending_on_its_verb(extracted):
    # (bullet77b) the kicker ends on its reporting verb (「…在新闻发布会上指出」, ``measured.kicker_shaped``)
    # over 「制造业高质量发展势头稳中」 / 「向好」 / 「——江城市工业经济运行情况综述」 (plain pdftotext, seed 227):
    # ``_wrapped_break`` read the tail without the subtitle under it, and 「向好」 stood alone
    doc = extracted("news_page_economy_figures__bl66_10_s227_bulletin__pdftotext.txt")
    heads = [(a.title, a.subtitle) for a in doc.articles]
    assert ("制造业高质量发展势头稳中向好", "——江城市工业经济运行情况综述") in heads
    assert all(a.author != "向好" for a in doc.articles)
