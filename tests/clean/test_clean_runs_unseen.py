"""Runs pypdf put on lines of their own, on documents no rule was written from (issue 10, family 3).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by pypdf, which ends a line at every
change of font.  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, block_text


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


def test_a_run_of_marks_alone_rejoins_the_date_it_was_cut_from(rejoined):
    # ``·`` (set in the Latin face like the digits around it) and ``02”强降雨…`` (a line that
    # starts with the rest of the run) are pieces of one printed line
    assert any("针对7月“8·02”强降雨过程，各地提前转" in line for line in rejoined(JIANBAO))


def test_runs_next_to_each_other_rejoin_the_chinese_text_around_them_with_no_space(rejoined):
    # ``2`` / ``3%`` / ``。``: pypdf cut one number in two; the pieces carry no space between them
    out = rejoined(JIANBAO)
    assert "今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。" in out
    assert not any("2 3%" in line for line in out)


def test_a_list_number_starts_its_printed_line(rejoined):
    # Word's numbering ``1.`` opens the item's paragraph: never the tail of the sentence before
    out = rejoined(JIANBAO)
    assert "现将主要情况通报如下。" in out
    assert any(line.startswith("1.责任体系压得更实。") for line in out)
    assert any(line.startswith("4.人员转移做得更细。") for line in out)
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


def test_a_list_number_and_the_spaced_text_after_it_are_one_line_under_a_heading(rejoined):
    out = rejoined(GUIDE)
    assert out[0] == "二、登录与准备"
    assert out[1] == "1. 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。"
    assert out[2] == "2. 插入本人数字证书（UKey），输入证书口令，点击“登录”。"
    assert out[3].startswith("3. 首次登录的用户")


# dev text gold_real_002_booklet (a study booklet), design wide_tight (42 characters a line, the
# 第一，… lead-ins bold), read by pypdf: the bold lead-in and the regular text after it on the same
# printed line come out as two lines, and so does a number in a Latin face
BOOKLET = """施“
863
计划”、“攀登计划”、“
973
计划”，基础研究整体研究实力和学术水平显著增强。
党的十八大以来，党中央把提升原始创新能力摆在更加突出的位置，成功组织一批重大基础研究
任务、建成一批重大科技基础设施，基础前沿方向重大原创成果持续涌现。
当前，新一轮科技革命和产业变革深入发展，学科交叉融合不断推进，科学研究范式发生深
刻变革，科学技术和经济社会发展加速渗透融合，基础研究转化周期明显缩短，国际科技竞争向
基础前沿前移。应对国际科技竞争、实现高水平科技自立自强，推动构建新发展格局、实现高质
量发展，迫切需要我们加强基础研究，从源头和底层解决关键技术问题。正因为如此，党的二十
大报告突出强调要加强基础研究、突出原创、鼓励自由探索，作出战略部署，要切实落实到位。
第一，强化基础研究前瞻性、战略性、系统性布局。
基础研究处于从研究到应用、再到生产
的科研链条起始端，地基打得牢，科技事业大厦才能建得高。加强基础研究要突出前瞻性、战略
性需求导向，优化资源配置和布局结构，为创新发展提供基础理论支撑和技术源头供给。
"""


def test_a_bold_lead_in_and_the_text_after_it_on_its_printed_line_are_one_line(rejoined):
    out = rejoined(BOOKLET)
    assert "第一，强化基础研究前瞻性、战略性、系统性布局。基础研究处于从研究到应用、再到生产" in out
    # a paragraph's last line before it stays a line of its own
    assert "大报告突出强调要加强基础研究、突出原创、鼓励自由探索，作出战略部署，要切实落实到位。" in out


def test_a_bold_lead_in_opens_its_paragraph_and_is_no_heading(clean):
    doc, _ = clean(BOOKLET)
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert any(t.startswith("第一，强化基础研究前瞻性、战略性、系统性布局。基础研究处于从研究到应用、再到生产的科研链条")
               for t in texts)


# dev text jianbao_flood_season, design gongwen (GB/T 9704: 28 characters a line, Word's list
# numbers in a Latin face, the item's lead-in bold), read by pypdf
GONGWEN = """今年汛期，全市共经历强降雨过程9次，平均降雨量较常年
偏多23%。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
1. 
责任体系压得更实。
汛前，全市逐级明确防汛行政责任
人1426名，水库、堤防、山洪灾害危险区等重点部位责任人全部
落实到岗，并在媒体上公布。
2. 
隐患排查改得更早。
4月至5月，各地共排查防汛隐患318
处，已完成整改311处。其余7处均落实了临时度汛措施。
3. 
预警发布跑得更快。
市气象、水文部门加强会商，累计
发布暴雨预警信息46期，通过短信、应急广播等渠道覆盖群众
120余万人次。
"""


def test_a_numbered_lead_in_and_its_text_share_the_printed_line(rejoined):
    out = rejoined(GONGWEN)
    assert "1.责任体系压得更实。汛前，全市逐级明确防汛行政责任" in out
    assert "2.隐患排查改得更早。4月至5月，各地共排查防汛隐患318" in out
    assert "3.预警发布跑得更快。市气象、水文部门加强会商，累计" in out


def test_short_paragraphs_of_one_sentence_stay_apart(rejoined):
    # two finished sentences that would fit one line are two paragraphs: no font changed there
    out = rejoined(GONGWEN)
    assert "在各级各部门共同努力下，全市未发生人员伤亡。" in out
    assert "现将主要情况通报如下。" in out


# dev text report_bold_headings, design larger_headings (headings bold on lines of their own,
# digits in a Latin face), read by pypdf
REPORT = """主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台
28
家，其中国家级平台
3
家。市实验室完成一期建设
并投入运行，引进科研团队
15
个，承担重大科研项目
22
项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，全年新认定高新技术企业
612
家，总数达到
3105
家；科技型中小企业入库评价数量同比增长
26%
。
"""


def test_a_heading_after_a_paragraph_that_ends_short_stays_a_line_of_its_own(rejoined):
    # ``…22项。`` and the heading would fit one line, but the heading finishes no sentence and
    # the line after it goes on: a heading, not a lead-in
    out = rejoined(REPORT)
    assert "科技企业培育跑出加速度" in out
    assert not any(line.endswith("科技企业培育跑出加速度") and line != "科技企业培育跑出加速度" for line in out)


# dev text lecture_party_style (a Party lecture), design a5_book (24 characters a line, notes at
# the page foot set smaller, the 一是… lead-ins bold), read by pypdf
A5_LECTURE = """题。
一是有的同志担当意识不强。
遇到矛盾绕着走，碰
到难题往上推，满足于“不出事”。
二是有的同志调查
研究不深。
习惯于坐在办公室听汇报、看材料，对基层
实际情况知之不多
②
。
三是有的同志文风会风不实。
文
件越发越长，会议越开越多，落实却打了折扣。
这些问题虽然发生在少数人身上，但影响很坏，必
须下大力气解决。
坚持常态长效。
要把作风建设同业务工作同部署、
同检查、同考核，把好的做法固化为制度
③
。市直机关
②2025年市直机关工委组织的作风问卷调查显示，有31.2%的基层受
访者认为“机关干部下基层调研次数偏少、时间偏短”。
"""


def test_a_note_set_smaller_at_the_page_foot_does_not_widen_the_measure(rejoined):
    # the note's first line holds 30 characters of a smaller size; the body's lines hold 24, so
    # a lead-in and the text around it fill one body line and a lead-in alone is no line (the
    # paragraph goes on from the page before: 「…不容忽视的问」 / 「题。」, one printed line
    # 「题。一是…碰」 with the lead-in inside it)
    out = rejoined(A5_LECTURE)
    assert "题。一是有的同志担当意识不强。遇到矛盾绕着走，碰" in out
    assert "到难题往上推，满足于“不出事”。二是有的同志调查" in out
