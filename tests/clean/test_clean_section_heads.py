"""A running head naming the section in force is no heading of the text (issue 10, branch pocket59).

A pocket book prints the heading of the section in force over its pages (「三月」 over the page where
the chronology's March begins): each head changes with the section and is printed on a page or two,
so repetition cannot tell it (``bands.running_heads`` wants a head on most of its copies' pages, and
the heading in the text is one more copy).  Left in, the heads stood as headings of their own
(「# 二月」 / 「## 三月」), pushed the real heading into a paragraph (「四月」 under 「五月」) and cut a
paragraph across a page (「说明：…和」 / 「五月」 / 「相关部门报送材料为准。」).  The habit repeats
instead: the first line of a page after the first copying a heading that stands once in the text, on
that page or before it, on two pages or more, is the head (``bands.section_heads``).

The snippet is real: the dev text chronology_town_events set on a ``tests/eval/heading_sweep.py
--kind pocketwide`` page (seed 60, design pw59_10: 16 characters, 「{section}」 head on every page,
「第N页」 at the foot) and read back by pypdfium2 — the whole document.  Both tests fail on main.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

# chronology_town_events × heading_sweep --kind pocketwide seed 60 pw59_10 × pypdfium2
SECTION_HEADS = """\
清河镇 2025 年工作大事记
清河镇党政办公室 编
一月
1 月 6 日　镇党委召开基层党组织书
记抓党建述职评议会， 11 个村（社
区）党组织书记逐一上台述职，镇党
委班子成员现场打分。
1 月 15 日　镇领导班子分组走访慰
问辖区困难群众 62 户，送去米、面、
油等生活物资和慰问金 9.3 万元。
1 月 23 日至 25 日　镇第十九届人民
代表大会第五次会议召开，审议通过
镇政府工作报告，票决产生 2025 年
民生实事项目 8 件。
二月
第 1 页
三月
2 月 10 日　全镇春节后第一个工作
日召开“项目攻坚年”动员会，镇与
各村、站所签订年度目标责任书 28
份。
2 月 27 日　东岗村屋顶分布式光伏
发电项目建成并网，装机容量 1.2 兆
瓦，预计每年为村集体增收 18 万元。
三月
3 月 5 日　镇团委组织青年志愿者 80
余人开展学雷锋集中服务，为沿河三
个村的老人义务理发、检修家电。
3 月 19 日 省农业农村厅调研组来
镇调研高标准农田建设，实地察看西
湾片区新建的灌排渠系。
3 月 31 日　清河镇综合文化站完成
改造提升，新增图书阅览、非遗展示
和老年活动用房共 420 平方米。
第 2 页
五月
四月
4 月 8 日　镇里召开森林防火和防汛
工作部署会，明确 21 名镇村干部包
片负责，组建应急分队 7 支。
4 月 22 日　镇中心小学新教学楼启
用，可容纳学生 1100 人，原有 12 间
危旧校舍全部停止使用。
五月
5 月 14 日至 16 日　镇人大主席团组
织部分代表视察农村生活污水治理工
作，提出整改建议 9 条，已全部交办。
5 月 28 日　清河镇获评全省“四好
农村路”示范乡镇，全镇通村公路硬
化率保持百分之百。
说明：本大事记按时间顺序编排，所
记事项以镇党委、镇政府会议记录和
第 3 页
五月
相关部门报送材料为准。
第 4 页"""


def test_each_month_is_one_heading(clean, bare_texts):
    doc, _ = clean(SECTION_HEADS)
    assert bare_texts(doc, Heading) == ["一月", "二月", "三月", "四月", "五月"]


def test_the_last_paragraph_runs_over_the_page(clean, bare_texts):
    doc, _ = clean(SECTION_HEADS)
    paragraphs = bare_texts(doc, Paragraph)
    assert "说明：本大事记按时间顺序编排，所记事项以镇党委、镇政府会议记录和相关部门报送材料为准。" in paragraphs
    assert not any(p.startswith("四月") for p in paragraphs)
