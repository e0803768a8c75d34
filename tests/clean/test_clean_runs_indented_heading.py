"""A short heading set on a line of its own after a paragraph's last line is no piece of that line
(texts48, issue 10): the two fill one printed line by chance and look like a bold lead-in and the
rest of its line cut at a change of font (``rejoin_runs``' lone pair), but the heading's line
starts with a first-line indent, and an indent is set where a printed line starts, never where a
font changes inside one.  Before, the month heading 「二月」 of a 大事记 was read onto the end of the
paragraph before it (「…8件。二月」).

The snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values are
written from the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading


# dev text chronology_town_events, design word_report (Word, 32 characters a line), read as plain
# text with ideographic-space indents (plain_ideographic): each month heading indented like a
# paragraph; 「通过…8件。」 and 「二月」 together fill about one printed line
CHRONOLOGY = """清河镇2025年工作大事记
清河镇党政办公室 编
　　一月
　　1月6日　镇党委召开基层党组织书记抓党建述职评议会，11个村
（社区）党组织书记逐一上台述职，镇党委班子成员现场打分。
　　1月15日　镇领导班子分组走访慰问辖区困难群众62户，送去米、
面、油等生活物资和慰问金9.3万元。
　　1月23日至25日　镇第十九届人民代表大会第五次会议召开，审议
通过镇政府工作报告，票决产生2025年民生实事项目8件。
　　二月
　　2月10日　全镇春节后第一个工作日召开“项目攻坚年”动员会，
镇与各村、站所签订年度目标责任书28份。
　　2月27日　东岗村屋顶分布式光伏发电项目建成并网，装机容量1.2
兆瓦，预计每年为村集体增收18万元。
　　三月
　　3月5日　镇团委组织青年志愿者80余人开展学雷锋集中服务，为
沿河三个村的老人义务理发、检修家电。
"""


def test_an_indented_line_is_no_piece_of_the_line_before(rejoined):
    out = rejoined(CHRONOLOGY)
    assert "二月" in out and "通过镇政府工作报告，票决产生2025年民生实事项目8件。" in out


def test_an_indented_month_heading_after_a_paragraphs_end_is_a_heading(clean, texts):
    doc, _ = clean(CHRONOLOGY)
    assert texts(doc, Heading) == ["一月", "二月", "三月"]
