"""Rows of a table turned to text: a 表N： caption over rows of cells, each row a block of its own
and never a heading (issue 10, table26).

Each snippet is real: dev text ``survey_report_tables`` of the evaluation harness
(``tests/eval/texts/dev``) set in one of its designs and read back by the extractor named above
it.  Expected values are what a careful reader of the printed page sees: the table's caption, its
header row and data rows one a line (a paragraph each), the 资料来源： note under it, the text
going on after; none of them a heading.
"""

from __future__ import annotations

import re

from booklet.model import Heading
from booklet.shapes import FIGURE_RE, short_line_role


def _paste(lines: list[str]) -> str:
    """A browser viewer's paste: every line ends in a space, then CRLF, then a blank line."""
    return "".join(f"{line} \r\n\r\n" for line in lines)


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


CAPTION = "表1：全市社区嵌入式养老服务设施分布情况"
ROWS = ["区域　设施数量（个）　托养床位（张）　日均服务（人次）", "主城区　172　2036　9860", "近郊区　128　1425　6120",
        "远郊县　86　757　3020", "合计　386　4218　19000"]
NOTE = "资料来源：市民政局养老服务信息平台，统计截至2026年9月30日。"
HEADS = ["一、基本情况", "二、主要做法和成效", "（一）坚持规划先行，设施布局不断优化"]


def _table_read_right(doc, texts) -> None:
    assert texts(doc, Heading) == HEADS
    out = [_bare(t) for t in texts(doc)]
    k = out.index(_bare(CAPTION))
    assert out[k:k + 7] == [_bare(t) for t in (CAPTION, *ROWS, NOTE)]
    assert out[k + 7].startswith("从服务内容看") and out[k + 7].endswith("上门康复护理服务。")


# design bold_wide_plain, read by pdftotext (from the report's opening paragraph): the reader
# writes each gap between two cells as one space
PDFTOTEXT = """为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月至10月，市政协
社会和法制委员会组成调研组，先后赴6个区县、23个街道（乡镇）、41个社区实地走
访，召开座谈会12场，发放问卷1860份，收回有效问卷1712份。现将调研情况报告如
下。
一、基本情况
截至2026年9月底，全市共建成社区嵌入式养老服务设施386个，其中街道综合养老
服务中心64个、社区养老服务站322个，城市社区覆盖率达到92.6%，农村社区覆盖率达
到58.3%。各类设施共设置托养床位4218张，日均服务老年人1.9万人次。
表1：全市社区嵌入式养老服务设施分布情况

区域 设施数量（个） 托养床位（张） 日均服务（人次）
主城区 172 2036 9860
近郊区 128 1425 6120
远郊县 86 757 3020
合计 386 4218 19000
资料来源：市民政局养老服务信息平台，统计截至2026年9月30日。
从服务内容看，助餐、日间照料、康复护理是老年人需求最集中的三项服务。问卷
显示，有67.4%的受访老年人使用过社区助餐服务，有41.2%的受访老年人接受过上门康
复护理服务。
二、主要做法和成效
（一）坚持规划先行，设施布局不断优化
市里将社区养老服务设施纳入国土空间规划，明确新建住宅小区按每百户不少于20平
方米的标准配建养老服务用房，老旧小区通过购置、置换、租赁等方式补齐短板。
"""


def test_table_read_by_pdftotext_is_rows_not_headings(texts, clean):
    doc, _ = clean(PDFTOTEXT)
    _table_read_right(doc, texts)


# design report16_flush_hei, pasted from a browser's PDF viewer (from the opening paragraph): the cells parted by ideographic
# spaces, a blank line after every line, no indent (flush-left paragraphs)
PASTE = _paste([
    "为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月", "至10月，市政协社会和法制委员会组成调研组，先后赴6个区县、23个",
    "街道（乡镇）、41个社区实地走访，召开座谈会12场，发放问卷1860", "份，收回有效问卷1712份。现将调研情况报告如下。", "一、基本情况", "截至2026年9月底，全市共建成社区嵌入式养老服务设施386个，其", "中街道综合养老服务中心64个、社区养老服务站322个，城市社区覆盖",
    "率达到92.6%，农村社区覆盖率达到58.3%。各类设施共设置托养床位", "4218张，日均服务老年人1.9万人次。", CAPTION, *ROWS,
    "资料来源：市民政局养老服务信息平台，统计截至2026年9月30", "日。", "从服务内容看，助餐、日间照料、康复护理是老年人需求最集中的",
    "三项服务。问卷显示，有67.4%的受访老年人使用过社区助餐服务，有", "41.2%的受访老年人接受过上门康复护理服务。", "二、主要做法和成效",
    "（一）坚持规划先行，设施布局不断优化", "市里将社区养老服务设施纳入国土空间规划，明确新建住宅小区按每",
    "百户不少于20平方米的标准配建养老服务用房，老旧小区通过购置、置换、", "租赁等方式补齐短板。"])


def test_pasted_table_is_rows_not_headings(texts, clean):
    doc, _ = clean(PASTE)
    _table_read_right(doc, texts)


def test_row_shapes():
    for row in (*ROWS, "区域 设施数量（个） 托养床位（张） 日均服务（人次）", "主城区 172 2036 9860",
                "品牌机构连锁运营　282　91.3", "运营方式 设施数量（个） 满意度（%）", "社区自办 71 84.6"):
        assert short_line_role(row) == "table row", row
    # a slogan or a chapter set with spaces, a date a reader spaced out, Latin words: no rows
    # (dev text report_bold_headings, pdftotext: a title whose figures Word set off by spaces)
    for line in ("奋斗　奉献　担当", "第一章　总则", "2026 年 11 月 20 日", "in 2026 and 2027 we", "全市 386 个 4218 张",
                 "市科技局 2025 年工作总结和 2026 年工作思路", "2026 年第 5 期",
                 # a bracketed note that is no unit of measure (dev text report_county_government_work:
                 # the title Word set with spaces round its figures, over its excerpt note)
                 "青禾县 2026 年政府工作报告（摘要）", "革】全县 312 个村（社区）"):
        assert short_line_role(line) != "table row", line
    for row in ("区域 面积（平方米） 投资（万元）", "区域 长度（km） 占比（%）"):   # units of measure are
        assert short_line_role(row) == "table row", row
    assert FIGURE_RE.match(CAPTION) and FIGURE_RE.match("表2 不同运营方式设施的服务满意度")
    assert not FIGURE_RE.match("表1：全市社区嵌入式养老服务设施分布情况，统计截至9月")


def test_rows_read_by_pdftotext_keep_the_spaces_between_their_cells(texts, clean):
    # the reader wrote each gap between two cells as one space: the space parts the cells (it is no
    # space between a word and a figure in running text, which the normalisation closes up)
    out = texts(clean(PDFTOTEXT)[0])
    assert "主城区 172 2036 9860" in out and "合计 386 4218 19000" in out
    assert "区域 设施数量（个） 托养床位（张） 日均服务（人次）" in out


# dev text report_county_government_work, design pocket_17_hei, pasted from a viewer (a space after
# every line, a blank line after each): Word set its title's figures off by spaces, and the title
# ends on its excerpt note — read as a table's label, figure and unit cell, it kept its spaces and
# was no title
REPORT_PASTE = _paste(["青禾县 2026 年政府工作报告（摘要）",
                       "——2026 年 1 月 15 日在青禾县第十八届人民代表大会第五次会议上的报告",
                       "青禾县人民政府县长　王志远", "各位代表：",
                       "　　现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
                       "一、2025 年工作回顾",
                       "　　过去一年，全县上下坚持稳中求进工作总基调，经济社会发展取得新成效，地区生产总值增长百分之六。"])


def test_spaced_title_over_excerpt_note_is_a_title_not_a_row(texts, clean):
    doc, _ = clean(REPORT_PASTE)
    assert doc.articles[0].title == "青禾县2026年政府工作报告（摘要）"
    assert texts(doc, Heading) == ["一、2025年工作回顾"]
