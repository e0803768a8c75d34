"""The measure of a narrow page with hung marks, read one way (issue 10, branches pocket54, pocket55).

A 19-character measure whose lines may end on a hung ，。、 has full lines of 19 em and lines of
19.5 that hang their mark in the margin.  A width's support counts the lines up to an em under
it, so the hung width was as well supported as the true one and was taken though no line of its
own reached it: the measure read half an em wide, the indent lost 2.5 (``layout._top_mode``).
Read at its true 19, the lines of full-width characters reach it exactly (``measure_exact``),
and a paragraph's first line that lost its 2-em indent fills 17 em exactly — which
``setoff.rest_of_larger_line`` took for the rest of the 小标题 above it (16 em, a larger heading's
first line), joining 「（三）学习科技创新和产业发展知识」 and 「围绕新质生产力、数字经济、人工智能」.

Read at its true measure, a paragraph's last line that ends a sentence an indent short of it is
no longer under ``ENDED_SHARE`` of the measure (10 of 12 em), so the first lines after it went
uncounted and the indent they lost unseen (``layout._ended``).

The snippets are real: the dev text notice_theory_study set in the design pocket_19_hung
(``tests/eval/layouts.py``) and read back by pypdf, the whole text; speech_county_meeting set in
news_three_tight (12 em columns, hung marks) read by pdfminer, cut short.
"""

from __future__ import annotations

from booklet.clean.layout import Layout, study_layout
from booklet.clean.lines import to_lines
from booklet.clean.setoff import rest_of_larger_line
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines

NOTICE = """\
中共江城市委宣传部
江宣发〔2026〕7号
关于开展2026年度理论学习中心
组专题学习的通知
各区委宣传部，市直各单位党组（党委）：
为深入学习贯彻党的创新理论，推动理
论学习往深里走、往心里走、往实里走，根
据市委统一部署，经研究，决定在全市各级
党委（党组）理论学习中心组中开展2026年
度专题学习。现将有关事项通知如下。
一、学习内容
（一）深入学习党的创新理论
1.系统学习新时代党的创新理论的核心
1
要义、精神实质、丰富内涵和实践要求，把
握贯穿其中的立场观点方法。
2.结合学习《习近平谈治国理政》有关
篇目，围绕高质量发展、科技自立自强、全
面从严治党等重大问题开展专题研讨，每个
专题安排不少于半天的集中学习时间。
（二）学习贯彻全会精神
重点学习全会审议通过的决定和说明，
深刻领会全会提出的目标任务、重大举措，
准确把握进一步全面深化改革的总体要求。
各单位要把学习全会精神同贯彻落实市委全
会部署结合起来，同谋划明年工作结合起来。
（三）学习科技创新和产业发展知识
围绕新质生产力、数字经济、人工智能
等内容，邀请专家学者作专题辅导，着力提
高领导干部推动高质量发展的本领。
二、方式方法
2
（一）集中学习。各级中心组每季度集
中学习不少于1次，每次学习应确定主题、
明确重点发言人，做到有计划、有记录、有
总结。
（二）专题研讨。围绕年度重点课题，
中心组成员结合分管工作撰写研讨材料，在
集体学习时交流发言，研讨材料字数一般不
少于2000字。
（三）调查研究。中心组成员每人每年
至少牵头完成1项调研课题，形成调研报告，
推动学习成果转化为工作思路和政策举措。
1.调研选题
调研题目由各单位结合实际自主确定，
于3月31日前报市委宣传部理论处备案。
2.成果运用
（1）优秀调研报告择优在《江城理
论》刊发；（2）具有决策参考价值的，报
3
送市委、市政府领导参阅；（3）形成的制
度性成果，及时纳入相关政策文件。
三、工作要求
各单位要高度重视，把中心组学习作为
一项政治任务抓紧抓好。党委（党组）书记
要认真履行第一责任人职责，带头学习、带
头研讨、带头调研。要严格落实学习考勤、
学习通报等制度，对学习不认真、流于形式
的，予以通报批评。
请各单位于2026年12月20日前将全年学
习情况总结报送市委宣传部理论处。联系人：
王晓峰，电话：0571-86012345。
中共江城市委宣传部
2026年2月15日
4
"""


SPEECH = """\
过去的一年，面对复杂
多变的外部环境和艰巨繁重
的改革发展任务，全县上下
咬定目标不放松，攻坚克难
勇向前，经济社会发展取得
了来之不易的成绩。全县地
区生产总值达到386.5亿元，
同比增长6.2%；一般公共预
算收入完成21.3亿元，增长

1.着力扩大有效投资
要坚持项目为王，实行
县级领导包联重点项目制度，
做到一个项目、一名领导、
一个专班、一抓到底。

同志们，新的一年，任
务艰巨，使命光荣。让我们
更加紧密地团结在以习近平
同志为核心的党中央周围，
锐意进取、埋头苦干，为谱
写县域高质量发展新篇章而
不懈奋斗！

5.8%；城乡居民人均可支配
收入分别增长4.9%和7.1%。

二、准确把握形势任务，

进一步明确工作重点

当前，发展环境中的有
利条件和不利因素并存。
"""


def test_the_measure_under_hung_marks_is_the_full_lines_width():
    layout = study_layout(to_lines(raw_lines(NOTICE)))
    assert (layout.measure, layout.indent_lost, layout.measure_exact) == (19.0, 2.0, True)


def test_a_line_filling_a_first_lines_room_is_no_larger_headings_rest():
    lines = to_lines(raw_lines("（三）学习科技创新和产业发展知识\n围绕新质生产力、数字经济、人工智能\n"
                               "等内容，邀请专家学者作专题辅导，着力提\n"))
    layout = Layout(19.0, True, False, False, indent_lost=2.0, measure_exact=True)
    assert not rest_of_larger_line(lines[0], lines[1], layout, lines[0], lines[2])


def test_the_heading_and_the_paragraph_under_it_stay_apart(clean, texts):
    doc, _ = clean(NOTICE)
    assert "（三）学习科技创新和产业发展知识" in texts(doc, Heading)
    assert "围绕新质生产力、数字经济、人工智能等内容，邀请专家学者作专题辅导，着力提高领导干部推动高质量发展的本领。" \
        in texts(doc, Paragraph)


def test_a_sentence_ending_an_indent_short_of_the_true_measure_ends_its_block():
    # 「一个专班、一抓到底。」 (10 of 12) ends its paragraph: the first lines after such lines
    # (「同志们，新的一年，任」, 10) show the 2-em indent the extractor dropped
    layout = study_layout(to_lines(raw_lines(SPEECH)))
    assert (layout.measure, layout.indent_lost, layout.measure_exact) == (12.0, 2.0, True)


