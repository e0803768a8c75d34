"""Runs pypdf put on lines of their own, on documents no rule was written from (issue 10, family 3).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by pypdf, which ends a line at every
change of font.  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.clean.runs import rejoin_runs
from booklet.model import Heading, block_text
from booklet.readers.text import raw_lines
from booklet.report import Report


def rejoined(text: str) -> list[str]:
    lines = mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))
    return [line.text for line in rejoin_runs(lines, Report().log("rejoin_runs"))]


# dev text jianbao_flood_season (a 工作简报), design word_report (a Word report, 32 characters a
# line, digits and list numbers in a Latin face), read by pypdf.  Most paragraphs are one or two
# lines, so the whole lines left between the pieces are mostly short last lines.
JIANBAO = """全市
2026
年防汛工作情况通报
今年汛期，全市共经历强降雨过程
9
次，平均降雨量较常年偏多
2
3%
。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
1.
 
责任体系压得更实。
汛前，全市逐级明确防汛行政责任人
1426
名，水库、堤防、山洪灾害危险区等重点部位责任人全部落实到岗，并在
媒体上公布。
4.
 
人员转移做得更细。
针对
7
月“
8
·
02
”强降雨过程，各地提前转
移受威胁群众
4820
人，做到应转尽转、不漏一户、不落一人。
"""


def test_a_run_of_marks_alone_rejoins_the_date_it_was_cut_from():
    # ``·`` (set in the Latin face like the digits around it) and ``02”强降雨…`` (a line that
    # starts with the rest of the run) are pieces of one printed line
    assert "针对7月“8·02”强降雨过程，各地提前转" in rejoined(JIANBAO)


def test_runs_next_to_each_other_rejoin_the_chinese_text_around_them_with_no_space():
    # ``2`` / ``3%`` / ``。``: pypdf cut one number in two; the pieces carry no space between them
    out = rejoined(JIANBAO)
    assert "今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。" in out
    assert not any("2 3%" in line for line in out)


def test_a_list_number_starts_its_printed_line():
    # Word's numbering ``1.`` opens the item's paragraph: never the tail of the sentence before
    out = rejoined(JIANBAO)
    assert "现将主要情况通报如下。" in out
    assert "1.责任体系压得更实。" in out and "4.人员转移做得更细。" in out
    assert not any(line.endswith(("1.", "4.")) for line in out)


def test_no_piece_of_a_date_becomes_a_heading(clean):
    doc, _ = clean(JIANBAO)
    assert doc.articles[0].title == "全市2026年防汛工作情况通报"
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    body = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert "针对7月“8·02”强降雨过程" in body and "偏多23%。" in body


# dev text guide_office_system_ops (an operations guide), design wide_tight, read by pypdf:
# Word's list numbers in a Latin face, the space after each starting the item's text
GUIDE = """二、登录与准备
1.
 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。
2.
 插入本人数字证书（
UKey
），输入证书口令，点击“登录”。
3.
 首次登录的用户，系统会提示修改初始密码。新密码应满足以下要求：
"""


def test_a_list_number_and_the_spaced_text_after_it_are_one_line_under_a_heading():
    out = rejoined(GUIDE)
    assert out[0] == "二、登录与准备"
    assert out[1] == "1. 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。"
    assert out[2] == "2. 插入本人数字证书（UKey），输入证书口令，点击“登录”。"
    assert out[3].startswith("3. 首次登录的用户")
