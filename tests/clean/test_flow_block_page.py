"""A page is told written as blocks or in rows from its body's gaps only (``flow._block_page``).

Plain ``pdftotext`` sets a news page's headline area as blocks whatever it does with the body under
it: the kicker, the title and the subtitle with its byline each stand under a blank line.  Below the
byline the page's two columns came out in rows, taking turns line by line, with no gap between them.
Counting the whole page's gaps, the headline area's two made the page "written as blocks"; counted
under the page's opening (``flow._opening``: here the head set across the columns, down to the subtitle), the body
shows none and the page reads as rows.  A page whose body is too short to tell
(``flow.BODY_MIN_ROWS``) keeps the whole page's count.
The snippet is real: the dev text briefs_county_work_digest set in the dev design
``wanbao_banner_items``, read back by plain ``pdftotext`` (the first page's first rows, its masthead
taken off as furniture).
"""

from __future__ import annotations

from booklet.clean.flow import BODY_MIN_ROWS, _block_page, _body_start
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

PAGE = (
    '星期四A1\n'
    '\n'
    '抓好冬春农田水利建设 夯实明年粮食丰收基础\n'
    '\n'
    '全县冬修水利工程全面开工\n'
    '——首批38个项目完成投资1.6亿元\n'
    '县水利局 县农业农村局\n'
    '11月以来，我县抢抓秋收\n'
    '心将企业登记、公章刻制、申\n'
    '后农田空闲、降雨偏少的有利\n'
    '领发票、社保登记和公积金开\n'
    '时机，组织开展冬春农田水利\n'
    '户等5个环节整合为“一件\n'
    '基本建设。截至11月30日，全\n'
    '事”，企业只需在一个窗口提\n'
    '县首批38个冬修水利项目已全\n'
    '交一套材料，当天即可领取营\n'
)


def _lines(text: str = PAGE):
    return mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))


def test_gaps_in_the_headline_area_do_not_make_a_body_in_rows_blocks():
    lines = _lines()
    assert sum(line.blanks_before > 0 for line in lines[1:]) >= 2   # (the headline area's gaps)
    assert not _block_page(lines, 0, len(lines))


def test_a_body_written_as_blocks_under_the_same_head_is_blocks():
    body = PAGE.split("县农业农村局\n", 1)[1].split("\n")
    blocks = PAGE.split("县农业农村局\n", 1)[0] + "县农业农村局\n" + "\n".join(
        line + ("\n" if k % 3 == 2 else "") for k, line in enumerate(body))
    lines = _lines(blocks)
    assert _block_page(lines, 0, len(lines))


def test_a_page_too_short_under_its_head_keeps_the_whole_count():
    lines = _lines()
    body = _body_start(lines, 0, len(lines))
    assert lines[body - 1].text.startswith("——首批38个项目")   # (the opening: the head across the columns)
    short = lines[:body + BODY_MIN_ROWS - 1]
    assert _block_page(short, 0, len(short))
