"""The PDF reader on a page whose last column is short (daily76): the gutter ends at the column's
edge, not at its lines' indent.

A text that ends a few lines into the next column leaves that column's flush lines fewer than
its set-in ones (first lines set in two ems, a signature and a date set right), too few to fill
a bin of the coverage: the valley between the columns runs on through the short column's edge to
its indent.  The gutter ended there, and the column's flush lines (「同的家园。」, 「做起，携手共建…」)
put their ink inside it: crossing it, they were read across the page with the head beside them
(「共建文明城市 同的家园。」), and the text's end came before its title.  Two lines starting together
inside the band are the column's edge, and the gutter ends there (``gutters._edge_in_band``); the
band is judged a gutter on the lines beside it as found, or else beside it so ended
(``gutters._beside``: a short column of four lines at its edge and its indent).

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--seed 215 --only direct``: designs nw54_00 and nw54_01; dev texts, pages drawn after the rules
were written), copied into ``tests/data/pdf``.  The assertions are the dev texts' lines as set.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def appeal(pdf_page_lines) -> list[str]:
    # a one-page 倡议书: the head over the first column, the text's end at the second column's top
    return pdf_page_lines("appeal_civilised_city__s215_nw54_00.pdf")


@pytest.fixture(scope="module")
def notice(pdf_page_lines) -> list[str]:
    # a 通知 ending at the second column's top beside its 发文字号 and title
    return pdf_page_lines("notice_four_levels_training__s215_nw54_01.pdf")


def test_a_short_columns_flush_line_is_not_read_across_with_the_head(appeal):
    assert "共建文明城市" in appeal and "同的家园。" in appeal
    assert not any("共建文明城市" in line and "同的家园" in line for line in appeal)


def test_the_text_ends_in_the_short_column_after_the_first(appeal):
    at = appeal.index
    assert at("共建文明城市") < at("——致全市广大市民的倡议书") < at("信谣、不传谣。") \
        < at("市民朋友们，城市是我们共") < at("同的家园。") < at("江城市精神文明建设委员会办公") \
        < at("2026年11月25日")


def test_a_short_column_of_few_flush_lines_is_read_after_the_first(notice):
    at = notice.index
    assert "江教发〔2026〕7号 三、工作要求" not in notice
    assert at("关于做好2026年") < at("三、工作要求") < at("各地各校要高度重视，确保") < at("江城市教育局")
