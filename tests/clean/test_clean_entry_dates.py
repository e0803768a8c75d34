"""A schedule's leads — a chronology's dates, an agenda's times — extractors wrote apart from
their entries (issue 10, dates49):
pdftotext (plain) makes the date, the rest of its line and the entry's next lines three blocks
(「1月6日」 / (blank) / 「镇党委召开基层党组织」 / (blank) / 「书记抓党建…」), pypdf ends the bold
date's run before the space the text's run opens with (「3月5日」 / 「　镇团委组织青年志愿」).  Dates
alone that count up with the chronology's other entries are joined to their text; a date that
heads a paragraph set indented, a sentence opening on a date and dates that do not count up stay.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are what a careful reader of the printed page sees (the gold sets 「1月6日　镇党委…」).
"""

from __future__ import annotations

from booklet.clean.dated import join_entry_dates
from booklet.clean.lines import to_lines
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines
from booklet.report import Report



def joined(text: str) -> list[str]:
    return [line.text for line in join_entry_dates(to_lines(raw_lines(text)), Report().log("clause_numbers"))]


# dev text chronology_town_events (a 大事记), design kai_16_hei_heads, read by pdftotext (plain):
# each entry's date a block, the rest of its first line a block, the entry's next lines a block
CHRONOLOGY_PDFTOTEXT = """清河镇2025年工作大事记

清河镇2025年工作大事记
清河镇党政办公室 编

一月
1月6日

镇党委召开基层党组织

书记抓党建述职评议会，11个村（社
区）党组织书记逐一上台述职，镇党
委班子成员现场打分。
1月15日

镇领导班子分组走访

慰问辖区困难群众62户，送去米、
面 、油等生活 物资 和 慰 问 金 9 . 3万
元。
1月23日至25日

镇第十九届人

民代表大会第五次会议召开，审议通
1

读书会材料

过镇政府工作报告，票决产生2025年
民生实事项目8件。

二月
2月10日

全镇春节后第一个工

作日召开“项目攻坚年”动员会，镇
与各村、站所签订年度目标责任书28
份。
2月27日

东岗村屋顶分布式光

伏发电项目建成并网，装机容量1.2
兆瓦，预计每年为村集体增收18万
元。
"""

# the same text and design read by pypdf: the March entries' dates are set bold, and the space
# after each opens the next run
# (「四月」's first entry set as pypdf cuts the others: the snippet had ended on the heading, and a
# text's last line heads nothing — ``closing_lines`` reads it as a paragraph)
CHRONOLOGY_PYPDF = """二月
2月10日　全镇春节后第一个工
作日召开“项目攻坚年”动员会，镇
与各村、站所签订年度目标责任书28
份。
2月27日　东岗村屋顶分布式光
伏发电项目建成并网，装机容量1.2
兆瓦，预计每年为村集体增收18万
元。
三月
3月5日
　镇团委组织青年志愿
者80余人开展学雷锋集中服务，为沿
2
清河镇2025年工作大事记
河三个村的老人义务理发、检修家
电。
3月19日
　省农业农村厅调研组
来镇调研高标准农田建设，实地察看
西湾片区新建的灌排渠系。
3月31日
　清河镇综合文化站完
成改造提升，新增图书阅览、非遗展
示和老年活动用房共420平方米。
四月
4月8日
　镇里召开森林防火和防汛
工作部署会，明确21名镇村干部包片
负责，组建应急分队7支。
"""


def test_dates_pdftotext_set_apart_head_their_entries(clean, bare_texts):
    doc, _ = clean(CHRONOLOGY_PDFTOTEXT)
    assert bare_texts(doc, Heading) == ["一月", "二月"]
    paragraphs = bare_texts(doc, Paragraph)
    assert "1月6日镇党委召开基层党组织书记抓党建述职评议会，11个村（社区）党组织书记逐一上台述职，镇党委班子成员现场打分。" \
        in paragraphs
    assert "2月27日东岗村屋顶分布式光伏发电项目建成并网，装机容量1.2兆瓦，预计每年为村集体增收18万元。" in paragraphs


def test_bold_dates_pypdf_cut_off_head_their_entries(clean, bare_texts):
    doc, _ = clean(CHRONOLOGY_PYPDF)
    assert bare_texts(doc, Heading) == ["三月", "四月"]   # (「二月」 opens the snippet: its title)
    paragraphs = bare_texts(doc, Paragraph)
    assert "3月19日省农业农村厅调研组来镇调研高标准农田建设，实地察看西湾片区新建的灌排渠系。" in paragraphs
    assert "3月31日清河镇综合文化站完成改造提升，新增图书阅览、非遗展示和老年活动用房共420平方米。" in paragraphs


def test_the_entry_keeps_the_space_after_its_date():
    assert "1月6日\u3000镇党委召开基层党组织" in joined(CHRONOLOGY_PDFTOTEXT)


def test_a_date_heading_over_an_indented_paragraph_stays():
    # a diary's dated sections: the paragraph under each date opens on its indent, two spaces
    text = ("3月5日\n\u3000\u3000今天到村里走访，了解春耕准备情况。\n"
            "3月9日\n\u3000\u3000上午参加镇里的会议，下午整理材料。\n"
            "3月12日\n\u3000\u3000和村干部一起查看水渠。\n")
    assert joined(text)[0::2] == ["3月5日", "3月9日", "3月12日"]


def test_dates_that_do_not_count_up_are_no_chronology():
    text = "5月1日\n\n会议通知\n\n3月2日\n\n工作安排\n\n1月4日\n\n情况说明\n"
    assert joined(text) == ["5月1日", "会议通知", "3月2日", "工作安排", "1月4日", "情况说明"]


def test_a_sentence_opening_on_a_date_is_no_entry():
    text = "1月6日，镇党委召开会议。\n2月3日\n\n镇里开展走访\n\n3月1日，全镇开展检查。\n"
    assert joined(text) == ["1月6日，镇党委召开会议。", "2月3日", "镇里开展走访", "3月1日，全镇开展检查。"]


# the same text in design word_report (a Word 简报, digits in a Latin face) read by pypdf: each
# digit run is a line of its own, the month's heading 「一月」 over the first entry's pieces (the
# whole page: the pieces are regrouped to the measure its lines show)
CHRONOLOGY_WORD_PYPDF = """××市科学技术局办公室
工作简报
2026
年第
5
期
清河镇
2025
年工作大事记
清河镇党政办公室 编
一月
1
月
6
日　镇党委召开基层党组织书记抓党建述职评议会，
11
个村
（社区）党组织书记逐一上台述职，镇党委班子成员现场打分。
1
月
15
日　镇领导班子分组走访慰问辖区困难群众
62
户，送去米、
面、油等生活物资和慰问金
9.3
万元。
1
月
23
日至
25
日　镇第十九届人民代表大会第五次会议召开，审议
通过镇政府工作报告，票决产生
2025
年民生实事项目
8
件。
二月
2
月
10
日　全镇春节后第一个工作日召开“项目攻坚年”动员会，
镇与各村、站所签订年度目标责任书
28
份。
2
月
27
日　东岗村屋顶分布式光伏发电项目建成并网，装机容量
1.2
兆瓦，预计每年为村集体增收
18
万元。
三月
3
月
5
日
　镇团委组织青年志愿者
80
余人开展学雷锋集中服务，为
沿河三个村的老人义务理发、检修家电。
3
月
19
日
　省农业农村厅调研组来镇调研高标准农田建设，实地察
看西湾片区新建的灌排渠系。
3
月
31
日
　清河镇综合文化站完成改造提升，新增图书阅览、非遗
展示和老年活动用房共
420
平方米。
四月
4
月
8
日　镇里召开森林防火和防汛工作部署会，明确
21
名镇村干
部包片负责，组建应急分队
7
支。
4
月
22
日　镇中心小学新教学楼启用，可容纳学生
1100
人，原有
12
间危旧校舍全部停止使用。
五月
5
月
14
日至
16
日　镇人大主席团组织部分代表视察农村生活污水治
理工作，提出整改建议
9
条，已全部交办。
5
月
28
日　清河镇获评全省“四好农村路”示范乡镇，全镇通村公
路硬化率保持百分之百。
说明：本大事记按时间顺序编排，所记事项以镇党委、镇政府会议记
录和相关部门报送材料为准。
第 
1
 页 共 
1
 页
"""


def test_month_heading_is_no_piece_of_the_entry_under_it(clean, bare_texts):
    # the pieces fill the measure as well after 「一月」 as without it: the entry's date and
    # ideographic space open its line
    doc, _ = clean(CHRONOLOGY_WORD_PYPDF)
    # (the March dates, set bold, end their runs before the space: left as they were)
    assert bare_texts(doc, Heading)[:2] == ["一月", "二月"]


def test_entry_opens_a_paragraph_after_a_finished_one(clean, bare_texts):
    # Word sets the entries unindented: a full line ending 「…打分。」 may run on, the date and its
    # ideographic space under it open the next entry
    doc, _ = clean(CHRONOLOGY_WORD_PYPDF)
    paragraphs = bare_texts(doc, Paragraph)
    assert "1月6日镇党委召开基层党组织书记抓党建述职评议会，11个村（社区）党组织书记逐一上台述职，镇党委班子成员现场打分。" \
        in paragraphs
    assert "1月15日镇领导班子分组走访慰问辖区困难群众62户，送去米、面、油等生活物资和慰问金9.3万元。" in paragraphs


# dev text notice_meeting_agenda (a 会议通知 with its 议程), design larger_headings, read by
# pdftotext (plain): each time of the agenda a block, its item the next
AGENDA_PDFTOTEXT = """各区县委宣传部分管副部长、理论科科长；市直各有关单位分管负责同志；市委宣
讲团成员；受表扬的基层宣讲集体和个人代表。

四、会议议程
9:00—9:10

主持人介绍会议有关情况

9:10—9:40

观看基层理论宣讲工作专题片

9:40—10:40

5 个单位作交流发言

10:40—10:50

宣读表扬决定并颁发证书

10:50—11:30

市委宣传部负责同志讲话

五、有关要求
（一）请各单位高度重视，严格按照参会人员范围安排人员参会，确需请假的，须
经单位主要负责同志同意后报市委宣传部理论处。
"""

# the same text in design word_report: pdftotext wrote two rows' times together, then their items
AGENDA_STACKED_PDFTOTEXT = """四、会议议程
9:00—9:10
9:10—9:40

主持人介绍会议有关情况
观看基层理论宣讲工作专题片

9:40—10:40
10:40—10:50

5 个单位作交流发言
宣读表扬决定并颁发证书

10:50—11:30 市委宣传部负责同志讲话
五、有关要求
（一）请各单位高度重视，严格按照参会人员范围安排人员参会，确
需请假的，须经单位主要负责同志同意后报市委宣传部理论处。
"""


def test_agenda_times_set_apart_head_their_items(clean, bare_texts):
    doc, _ = clean(AGENDA_PDFTOTEXT)
    assert bare_texts(doc, Heading) == ["四、会议议程", "五、有关要求"]
    paragraphs = bare_texts(doc, Paragraph)
    assert "9:00—9:10主持人介绍会议有关情况" in paragraphs
    assert "9:40—10:405个单位作交流发言" in paragraphs
    assert "10:50—11:30市委宣传部负责同志讲话" in paragraphs


def test_two_times_one_under_the_other_keep_their_items_unknown():
    # which item goes with which time is unknown: the four stay as they were
    out = joined(AGENDA_STACKED_PDFTOTEXT)
    assert out[1:5] == ["9:00—9:10", "9:10—9:40", "主持人介绍会议有关情况", "观看基层理论宣讲工作专题片"]


# the same text in design word_report read by pypdf: each time a piece of its own (a Latin face),
# and so is the dash between a range's two ends
AGENDA_PYPDF = """四、会议议程
9:00
—
9:10
　主持人介绍会议有关情况
9:10
—
9:40
　观看基层理论宣讲工作专题片
9:40
—
10:40
　
5
个单位作交流发言
10:40
—
10:50
　宣读表扬决定并颁发证书
10:50
—
11:30
　市委宣传部负责同志讲话
五、有关要求
（一）请各单位高度重视，严格按照参会人员范围安排人员参会，确
需请假的，须经单位主要负责同志同意后报市委宣传部理论处。
（二）作交流发言的单位请提前准备发言材料，发言时间控制在
"""


def test_a_range_end_pypdf_cut_off_is_no_lead_alone():
    # 「9:00」 / 「—」 / 「9:10」 / 「　主持人…」: the pieces of one printed line, which ``runs`` regroups
    assert joined(AGENDA_PYPDF) == [line.text for line in to_lines(raw_lines(AGENDA_PYPDF))]
