"""The PDF reader on a page whose second column holds only a text's end (daily77): a band quiet inside
that short column is no gutter, and the short column's gutter divides the page from its first line
down beside the whole first column.

(1) A short column (a text's last eight lines at the second column's top, the third column empty)
beside full ones leaves a band quiet inside itself, from its lines flush with its edge to its first
lines' two-em indent: under a fifth of the page's busiest bin.  The first column's lines end within
two ems of that band too — a gutter and a column's edge away — so it was taken for a second gutter,
and the short column's flush lines, putting ink inside it, were read across the page with the first
column's lines (「县农家书屋提质增效座谈会，部分 愿者，最大的体会是，书屋要有人」).  A line beside a
gutter's left stands in the column between it and the gutter found before it (``gutters._beside``'s
``floor``).

(2) Where no valley shows (``gutters._short_second_column``), the short column's first line stood beside
a centred 发文字号 ending short of the first column's edge — not "going on from a line ending at the
edge" — and was read across with it (「江教发〔2026〕7号 学兼顾、按时参训。…」); and the gutter's
stretch ended with the short column's last row, so a row below (the title's third line beside the
signature's date set right, 「师全员培训工作 2026年2月20日的通知」) was read across the page and the
first column's rest after it.  A row starting where the short column does, after a body-size line
ending short of the edge, is the column's (a title's line set larger beside it is not: the title
heads the page — 「下沉社区一个月的」 beside 「透、把心意讲到，…」), and the stretch runs on to the last
row ending at the first column's edge.  A line beside the short column ends at the edge by its last
glyph's box: a comma hung at the measure is left out of the ink counted (「主持召开全市安全生产专题会议，」
ended half an em short and its row was taken as running across the edge, so no gutter at all).

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--seed 225 --only direct``: designs nw54_01 and nw54_10; dev texts, pages drawn after the rules were
written), copied into ``tests/data/pdf``.  The assertions are the dev texts' lines as set.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def symposium(pdf_page_lines) -> list[str]:
    # speeches' excerpts under a head over two columns, the last speech's end at the second column's top
    return pdf_page_lines("symposium_speeches_excerpts__s225_nw54_01.pdf")


@pytest.fixture(scope="module")
def notice(pdf_page_lines) -> list[str]:
    # a 通知 ending at the second column's top beside its 发文字号 and title
    return pdf_page_lines("notice_four_levels_training__s225_nw54_01.pdf")


@pytest.fixture(scope="module")
def minutes(pdf_page_lines) -> list[str]:
    # a 纪要 whose attendance list, issuer and date stand at the second column's top, beside lines ending on a comma
    return pdf_page_lines("minutes_decisions_yishi__s225_nw54_01.pdf")


@pytest.fixture(scope="module")
def insights(pdf_page_lines) -> list[str]:
    # a talk's end at the second column's top beside its title, set large over the first column
    return pdf_page_lines("insights_phrase_heads__s225_nw54_10.pdf")


def test_a_band_inside_a_short_column_is_no_gutter(symposium):
    assert "县农家书屋提质增效座谈会，部分" in symposium
    assert not any("愿者，最大的体会是" in line and "座谈会" in line for line in symposium)


def test_the_short_column_is_read_after_the_first(symposium):
    at = symposium.index
    assert at("——全县农家书屋提质增效座谈会发言摘登") < at("11月下旬，县委宣传部召开全") \
        < at("县农家书屋提质增效座谈会，部分") < at("我在柳湾镇的书屋做了两年志")


def test_the_short_columns_first_line_is_not_read_with_the_document_number(notice):
    assert "江教发〔2026〕7号" in notice and "学兼顾、按时参训。培训学时纳入" in notice


def test_the_title_is_whole_and_the_date_ends_the_text(notice):
    at = notice.index
    assert at("江教发〔2026〕7号") < at("关于做好2026年") < at("师全员培训工作") < at("各县（市、区）教育局，市直各学") \
        < at("各地各校要高度重视，确保工") < at("学兼顾、按时参训。培训学时纳入") < at("江城市教育局") \
        < at("2026年2月20日")


def test_a_title_set_large_beside_the_short_column_heads_the_page(insights):
    at = insights.index
    assert at("下沉社区一个月的") < at("几点体会") < at("按照县委统一部署，我于九月到")
    assert at("按照县委统一部署，我于九月到") < next(k for k, line in enumerate(insights) if line.startswith("透、把心意讲到"))


def test_a_line_ending_on_a_hung_comma_stands_beside_the_short_column(minutes):
    at = minutes.index
    assert "主持召开全市安全生产专题会议，" in minutes and "听取今年以来全市安全生产工作情" in minutes
    assert at("11月20日下午，副市长赵明辉") < at("事项纪要如下：") < at("会议认为，今年以来，全市各") \
        < next(k for k, line in enumerate(minutes) if line.startswith("列席：")) < at("江城市人民政府办公室")
