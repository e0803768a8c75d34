"""A schedule's leads cut where the extractor cuts a line (issue 10, sweep50): the sweep of new
heading designs (``tests/eval/heading_sweep.py --seed 50``) over the chronology found two.

- pypdf, where Word sets the digits in a Latin face, starts a line at each digit run, and where the
  date is also bold the entry's text run opens on the ideographic space after it: 「三月」 / 「3」 /
  「月」 / 「5」 / 「日」 / 「　镇团委组织青年志愿者」.  The regrouping read 「一月1月」 / 「6日　镇党委…」
  (a date parted between its month and its day, which typesetters keep together) and left 「三月3月5日」
  a line of its own (the run's space after a run of pieces was no doubted break);
- ``pdftotext -layout`` pads the wide space after a lead with a run of spaces, which a wide page's
  lines made look like a gutter: 「1月6日    镇党委召开…」 was read as two columns' lines (the dates a
  column of their own, every entry's first line parted from its rest).

Each snippet is real: the dev text chronology_town_events set in a design of the sweep (seed 50,
sw25_08: A5 kai headings, 17 characters, Latin digits; sw25_15: a 37-character page, centred heads)
or in the dev design ``a4_wide_kai_centred_latin`` added for it, and read back by the extractor named.
"""

from __future__ import annotations

from booklet.clean.flow import _gutter_cuts
from booklet.model import Heading, Paragraph, block_text



# sw25_08 read by pypdf: Latin digits a run each, the March dates bold (the whole text)
CHRONOLOGY_LATIN_PYPDF = """清河镇
2025
年工作大事记
清河镇党政办公室 编
一月
1
月
6
日　镇党委召开基层党组织书记
抓党建述职评议会，
11
个村（社区）
党组织书记逐一上台述职，镇党委班子
成员现场打分。
1
月
15
日　镇领导班子分组走访慰问
辖区困难群众
62
户，送去米、面、油
等生活物资和慰问金
9.3
万元。
1
月
23
日至
25
日　镇第十九届人民代
表大会第五次会议召开，审议通过镇政
府工作报告，票决产生
2025
年民生实
第 
1
 页 共 
4
 页
事项目
8
件。
二月
2
月
10
日　全镇春节后第一个工作日
召开“项目攻坚年”动员会，镇与各村、
站所签订年度目标责任书
28
份。
2
月
27
日　东岗村屋顶分布式光伏发
电项目建成并网，装机容量
1.2
兆瓦，
预计每年为村集体增收
18
万元。
三月
3
月
5
日
　镇团委组织青年志愿者
80
余人开展学雷锋集中服务，为沿河三个
村的老人义务理发、检修家电。
第 
2
 页 共 
4
 页
3
月
19
日
　省农业农村厅调研组来镇
调研高标准农田建设，实地察看西湾片
区新建的灌排渠系。
3
月
31
日
　清河镇综合文化站完成改
造提升，新增图书阅览、非遗展示和老
年活动用房共
420
平方米。
四月
4
月
8
日　镇里召开森林防火和防汛工
作部署会，明确
21
名镇村干部包片负
责，组建应急分队
7
支。
4
月
22
日　镇中心小学新教学楼启用，
可容纳学生
1100
人，原有
12
间危旧校
舍全部停止使用。
第 
3
 页 共 
4
 页
五月
5
月
14
日至
16
日　镇人大主席团组织
部分代表视察农村生活污水治理工作，
提出整改建议
9
条，已全部交办。
5
月
28
日　清河镇获评全省“四好农
村路”示范乡镇，全镇通村公路硬化率
保持百分之百。
说明：本大事记按时间顺序编排，所记
事项以镇党委、镇政府会议记录和相关
部门报送材料为准。
第 
4
 页 共 
4
 页
"""

# sw25_15 read by pdftotext -layout: a wide page, the dates' wide space padded
CHRONOLOGY_WIDE_LAYOUT = """                     学习资料



               清河镇2025年工作大事记
                  清河镇党政办公室 编

                     一月


1月6日    镇党委召开基层党组织书记抓党建述职评议会，11个村（社区）党组织书记
逐一上台述职，镇党委班子成员现场打分。


1月15日   镇领导班子分组走访慰问辖区困难群众62户，送去米、面、油等生活物资
和慰问金9.3万元。


1月23日至25日   镇第十九届人民代表大会第五次会议召开，审议通过镇政府工作报
告，票决产生2025年民生实事项目8件。

                     二月


2月10日   全镇春节后第一个工作日召开“项目攻坚年”动员会，镇与各村、站所签
订年度目标责任书28份。


2月27日   东岗村屋顶分布式光伏发电项目建成并网，装机容量1.2兆瓦，预计每年为
村集体增收18万元。
"""

# a4_wide_kai_centred_latin read by pdftotext -layout: Latin digits spaced as well (「1 月 15 日   镇…」)
CHRONOLOGY_WIDE_LATIN_LAYOUT = """                    清河镇 2025 年工作大事记
                      清河镇党政办公室 编


                          一月

  1月6日       镇党委召开基层党组织书记抓党建述职评议会， 11 个村（社区）党组
织书记逐一上台述职，镇党委班子成员现场打分。
  1 月 15 日   镇领导班子分组走访慰问辖区困难群众 62 户，送去米、面、油等生活
物资和慰问金 9.3 万元。
  1 月 23 日至 25 日   镇第十九届人民代表大会第五次会议召开，审议通过镇政府工
作报告，票决产生 2025 年民生实事项目 8 件。


                          二月

  2 月 10 日   全镇春节后第一个工作日召开“项目攻坚年”动员会，镇与各村、站
所签订年度目标责任书 28 份。
  2 月 27 日   东岗村屋顶分布式光伏发电项目建成并网，装机容量 1.2 兆瓦，预计每
年为村集体增收 18 万元。
"""

MONTHS = ["一月", "二月", "三月", "四月", "五月"]


def test_month_heading_keeps_its_line_over_latin_date_pieces(clean, bare_texts):
    # 「一月」 / 「1」 / 「月」 / 「6」 / 「日　镇党委…」: the date is not parted between 「1月」 and 「6日」
    doc, _ = clean(CHRONOLOGY_LATIN_PYPDF)
    assert bare_texts(doc, Heading) == MONTHS   # (the title is the article's)
    assert "1月6日镇党委召开基层党组织书记抓党建述职评议会，11个村（社区）党组织书记逐一上台述职，镇党委班子成员现场打分。" \
        in bare_texts(doc, Paragraph)


def test_bold_date_in_latin_pieces_opens_its_entry(clean, bare_texts):
    # 「三月」 / 「3」 / 「月」 / 「5」 / 「日」 / 「　镇团委…」: the run opening on the lead's space goes on its line
    doc, _ = clean(CHRONOLOGY_LATIN_PYPDF)
    paragraphs = bare_texts(doc, Paragraph)
    assert "3月5日镇团委组织青年志愿者80余人开展学雷锋集中服务，为沿河三个村的老人义务理发、检修家电。" in paragraphs
    assert not any(p.startswith("三月") for p in paragraphs)


def test_the_bold_entry_keeps_the_space_after_its_date(clean):
    doc, _ = clean(CHRONOLOGY_LATIN_PYPDF)
    assert any(block_text(b).startswith("3月5日\u3000镇团委") for a in doc.articles for b in a.blocks)


def test_a_padded_lead_is_no_column_on_a_wide_page(clean, bare_texts):
    doc, _ = clean(CHRONOLOGY_WIDE_LAYOUT)
    assert bare_texts(doc, Heading) == ["一月", "二月"]
    paragraphs = bare_texts(doc, Paragraph)
    assert "1月15日镇领导班子分组走访慰问辖区困难群众62户，送去米、面、油等生活物资和慰问金9.3万元。" in paragraphs
    assert "2月27日东岗村屋顶分布式光伏发电项目建成并网，装机容量1.2兆瓦，预计每年为村集体增收18万元。" in paragraphs


def test_a_padded_lead_is_no_column_cell_with_spaced_digits(clean, bare_texts):
    # the text after 「1 月 15 日   」 starts no column's cell (``pagemodel._cells``)
    doc, _ = clean(CHRONOLOGY_WIDE_LATIN_LAYOUT)
    assert bare_texts(doc, Heading) == ["一月", "二月"]
    assert "1月23日至25日镇第十九届人民代表大会第五次会议召开，审议通过镇政府工作报告，票决产生2025年民生实事项目8件。" \
        in bare_texts(doc, Paragraph)


def test_the_gap_after_a_lead_is_no_gutter():
    row = "1月6日    镇党委召开基层党组织书记抓党建述职评议会，11个村（社区）党组织书记"
    assert _gutter_cuts(row, 32.0) == [row]
    # (a gap between two columns' lines still is: the left line is no lead)
    assert len(_gutter_cuts("镇党委召开基层党组织书记抓党建述职评议会    全镇春节后第一个工作日召开动员会", 20.0)) == 2


# the dev design a4_wide_kai_centred_latin read by ``pdftotext -raw`` (its two pages): every lead written with
# one space after it, and Word's space around the Latin digits — a page of one column, whose lead
# spaces (between Chinese characters, as two interleaved columns' gutters are) had it read as columns
CHRONOLOGY_WIDE_RAW = """清河镇 2025 年工作大事记
清河镇党政办公室 编
一月
1 月 6 日 镇党委召开基层党组织书记抓党建述职评议会， 11 个村（社区）党组
织书记逐一上台述职，镇党委班子成员现场打分。
1 月 15 日 镇领导班子分组走访慰问辖区困难群众 62 户，送去米、面、油等生活
物资和慰问金 9.3 万元。
1 月 23 日至 25 日 镇第十九届人民代表大会第五次会议召开，审议通过镇政府工
作报告，票决产生 2025 年民生实事项目 8 件。
二月
2 月 10 日 全镇春节后第一个工作日召开“项目攻坚年”动员会，镇与各村、站
所签订年度目标责任书 28 份。
2 月 27 日 东岗村屋顶分布式光伏发电项目建成并网，装机容量 1.2 兆瓦，预计每
年为村集体增收 18 万元。
三月
3 月 5 日 镇团委组织青年志愿者 80 余人开展学雷锋集中服务，为沿河三个村的
老人义务理发、检修家电。
3 月 19 日 省农业农村厅调研组来镇调研高标准农田建设，实地察看西湾片区新
建的灌排渠系。
3 月 31 日 清河镇综合文化站完成改造提升，新增图书阅览、非遗展示和老年活
动用房共 420 平方米。
四月
4 月 8 日 镇里召开森林防火和防汛工作部署会，明确 21 名镇村干部包片负责，
组建应急分队 7 支。
4 月 22 日 镇中心小学新教学楼启用，可容纳学生 1100 人，原有 12 间危旧校舍
1/2
全部停止使用。
五月
5 月 14 日至 16 日 镇人大主席团组织部分代表视察农村生活污水治理工作，提出
整改建议 9 条，已全部交办。
5 月 28 日 清河镇获评全省“四好农村路”示范乡镇，全镇通村公路硬化率保持
百分之百。
说明：本大事记按时间顺序编排，所记事项以镇党委、镇政府会议记录和相关部门
报送材料为准。
2/2
"""


def test_lead_spaces_are_no_gutters_of_interleaved_columns(clean, bare_texts):
    doc, _ = clean(CHRONOLOGY_WIDE_RAW)
    assert bare_texts(doc, Heading) == ["一月", "二月", "三月", "四月", "五月"]
    paragraphs = bare_texts(doc, Paragraph)
    assert "1月15日镇领导班子分组走访慰问辖区困难群众62户，送去米、面、油等生活物资和慰问金9.3万元。" in paragraphs
    assert "2月10日全镇春节后第一个工作日召开“项目攻坚年”动员会，镇与各村、站所签订年度目标责任书28份。" in paragraphs
