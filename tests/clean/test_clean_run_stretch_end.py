"""A printed line that ends at a break no piece put in doubt, inside a sentence, filled the measure:
its Latin runs may have taken more room than their count (issue 10, branch digit55).

pypdf ends its output line at every change of font, so a paragraph opening on a date set in a Latin
face arrives as 「2026」 / 「年」 / 「10」 / 「月」 / 「15」 / 「日上午，县长李」 under the heading before
it, and ``regroup`` decides which pieces made one printed line.  It counts a digit at half an em:
the paragraph's first line 「2026年10月15日上午，县长李」 came to 13 em on a 17-em page, more than an
indent's room short, and read as a line stopping short mid-sentence it cost as much as the
heading's own short line; the heading joined the date instead (「…会议纪要2026年10」, 17 em, a full
line), and the paragraph lost its first words to the heading.  But the break after 「日上午，县长李」
is one no piece put in doubt — a printed line ended there, inside a sentence, so it ran to the
measure: Helvetica's digits are 0.556 em and Word sets a quarter-em gap beside each run.  The
stretch's last line, where it is prose opening a paragraph under a line that ended (a heading's),
now has its runs' room allowed (``regroup.RUN_ALONE_UNKNOWN_EM`` each), as a line ending on a run
inside a paragraph had (pypdf53).  Not for a line of prose inside a paragraph (both readings are
prose there, and the allowance, an upper bound, only favours the one holding more runs: pypdf52's
「5%」 / 「时，…4Mbps…通知信」), nor for a line without a clause mark in its last sentence (an issuer
over its date, a heading after a paragraph's end: the guards below).

The snippet is real: the dev text minutes_standing_committee set on a pocket page of
``tests/eval/heading_sweep.py --kind pocket`` (seed 25, design pk53_02: 17 characters a line,
justified, digits in a Latin face) and read back by pypdf.
"""

from __future__ import annotations


# minutes_standing_committee × heading_sweep --kind pocket pk53_02 × pypdf: the page's top
MINUTES = """\
干部学习口袋书
江城县人民政府常务
会议纪要
〔
2026
〕第
18
期
县政府第十八次常务会议纪要
2026
年
10
月
15
日上午，县长李
国华主持召开县政府第十八次常务会
议，传达学习省、市有关会议精神，研
究农村供水保障、城区停车设施建设和
秋冬季森林防火等工作。现纪要如下：
一、关于农村供水保障工作
会议听取了县水利局关于农村供水
1
干部学习口袋书
工程建设和运行管理情况的汇报。会议
指出，农村供水事关群众切身利益，近
年来全县新建改造农村供水工程
126
处，农村自来水普及率达到
96.5%
，但
部分偏远村组仍存在季节性缺水、水质
不稳定等问题。
"""


def test_a_heading_keeps_its_line_before_a_date_in_a_latin_face(rejoined):
    out = rejoined(MINUTES)
    assert "县政府第十八次常务会议纪要" in out
    assert "2026年10月15日上午，县长李" in out


def test_the_paragraph_under_the_heading_opens_on_its_date(clean, texts):
    doc, _ = clean(MINUTES)
    found = texts(doc)
    assert "县政府第十八次常务会议纪要" in found
    assert any(t.startswith("2026年10月15日上午，县长李国华主持召开") for t in found)


# notice_four_levels_training × heading_sweep sw25_05 (17 characters a line, digits in a Latin face) ×
# pypdf: the notice's last paragraph, its issuer and the date
SIGNED = """\
三、工作要求
各地各校要高度重视，确保工学兼
顾、按时参训。培训学时纳入教师继续
教育学分管理，作为职称评聘和评先评
优的重要依据。请于
3
月
31
日前将培
训实施方案报市教育局教师工作科。
江城市教育局
2026
年
2
月
20
日
"""


def test_an_issuer_over_its_date_is_no_prose_line_and_keeps_its_break(rejoined):
    # 「江城市教育局2026年2月20日」 with its runs at their widest would fill an indented line; but a
    # signer's line holds no clause mark: it ends where its words do, and so does the date's
    out = rejoined(SIGNED)
    assert "江城市教育局" in out
    assert "2026年2月20日" in out


# jianbao_marker_heads × word_report × pypdf (dev): the 简报's article whole (the measure is read from
# all of it); its opening paragraph and first heading, whose number Word set in a Latin face
BRIEF = """\
入秋以来，全县上下抢抓农时，秋冬种工作总体进展顺利。截至
11
月
18
日，全县已播种小麦、油菜等作物
46.2
万亩，占计划的
93%
，比去
年同期快
5
个百分点。现将有关情况简报如下。
1
、主要做法
（
1
）早谋划早部署
9
月下旬，县里召开秋冬种工作会议，把播种面积和任务分解到各乡
镇，乡镇再落实到村组和种植大户，做到地块、品种、农机、技术人员四
落实。
（
2
）抓好农资供应
县供销社提前调运小麦良种
1800
吨、复合肥
2.3
万吨，在各乡镇设
立供应点
42
个，组织农资下乡，群众在家门口就能买到放心种、放心
肥。
2
、存在的问题
部分低洼田块排水不畅，播期推迟；一些村组劳动力不足，撂荒地复
耕难度较大；个别乡镇技术指导到田不够及时。
3
、下步打算
◆抓紧扫尾播种
对未播田块逐块登记，落实专人包保，确保
11
月底前全部种上、种
足、种好。
◆加强田间管理
组织农技人员分片包干，指导群众开好田间沟渠，做好冬前化除和防
冻准备，促进壮苗越冬。
【经验链接】
石桥镇组建了由
12
名农机手组成的代耕服务队，为外出务工家庭和
留守老人提供耕、种、收全程托管服务，今年已托管田块
3600
余亩，群
众称之为“田保姆”。
【短评】秋冬种是全年粮食生产的开局之战，各地要以“时时放心不
下”的责任感抓好落实，决不能误了农时。
第 
1
 页 共 
2
 页
××市科学技术局办公室
工作简报
2026
年第
5
期
青河县农业农村局办公室
第 
2
 页 共 
2
 页
"""


def test_a_numbered_heading_after_a_paragraph_is_no_prose_line(rejoined):
    # 「…简报如下。1、主要做法」 with its runs at their widest would fill the line, but the 「、」 after the
    # heading's number is no clause mark: the heading's line ends where its words do
    out = rejoined(BRIEF)
    assert "1、主要做法" in out
