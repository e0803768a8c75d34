"""A document's head and foot: each line its own element (issue 10, branch head52).

A document's head is set line by line (GB/T 9704 and the house styles): the title (one element,
possibly wrapped), then an optional note in brackets (「（2026年9月25日…通过）」) or volume
(「（第二辑）」), a —— subtitle, the issuer or author, the date — each on its own lines, each its
own element, however full the title's line at its larger size.  A 简报's 报头 closes with its
编发 line, the office and the day, with or without 编.  At the foot a signature, the issuing body
alone on its line, closes the text (nothing but its date and the 版记 follow it): it is never a
heading, whatever its shape (``setoff.note_under_title``, ``setoff.speaker_under_subtitle``,
``shapes.ISSUED_ON_RE`` in ``unwrap._shaped_edge``, ``shapes.VOLUME_LINE_RE``,
``headlines.title_run_end``, ``headings._signing``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, block_text
from booklet.shapes import ISSUED_ON_RE, VOLUME_LINE_RE, short_line_role

# study_guide_topic_parts × pocket_15_bold_set_in × pypdf (its first page: a running head
# repeating the title, the title, its volume in brackets, the first topic).
TITLE_OVER_VOLUME = """\
基层干部学习辅导读本
基层干部学习辅导读本
（第二辑）
专题一：深入学习领会为民办
实事的要求
■为什么要办实事
群众利益无小事。一件件看得
见、摸得着的实事，是党员干部联
系群众最直接的桥梁，也是检验学
习成效的重要标尺。
■办什么样的实事
要从群众最急最忧最盼的问题
入手，多办雪中送炭的事，少搞锦
上添花的事，不能脱离实际、贪大
求全。
【典型案例】
东岗村地处山区，过去村民看
病要走十几里山路。村党支部多方
协调，在村里建起卫生室，每周安
1
干部学习口袋书
排县医院医生坐诊两天，老人慢性
病不出村就能得到诊治。
【专家点评】
这个案例说明，办实事关键在
于找准群众需求，把有限的资源用
在刀刃上，让群众真正得实惠。
专题二：提升基层治理能力
1、学会做群众工作
做群众工作要多到田间地头、
"""

# regulation_archives_sections × pocket_15_bold_set_in × pdftotext -raw (its first pages: the title
# set larger, the note of its adoption in brackets over three lines, the first chapter).
TITLE_OVER_NOTE = """\
江城市档案管理条例
江城市档案管理条例
（2026年9月25日江城市第十七届
人民代表大会常务委员会第二十三
次会议通过）
第一章 总则
第一条 为了加强档案管理，
规范档案收集、整理、保护和利用
工作，发挥档案服务经济社会发展
的作用，根据《中华人民共和国档
案法》等法律、行政法规，结合本
市实际，制定本条例。
第二条 本市行政区域内档案
的收集、整理、保护、利用及其监
督管理活动，适用本条例。
第三条 市、县（区）人民政
府应当加强对档案工作的领导，将
档案事业发展纳入国民经济和社会
发展规划，所需经费列入本级财政
1
干部学习口袋书
预算。
乡镇人民政府、街道办事处应
当明确工作人员负责档案工作，指
导村（居）民委员会做好档案管
理。
第二章 档案的收集与整理
第一节 归档范围
第四条 机关、团体、企业事
业单位和其他组织应当将下列材料
纳入归档范围：
（一）反映本单位职能活动和
主要业务的文件材料；
（二）本单位形成的会议记
录、纪要和重要工作的音像材料；
（三）本单位产生的具有保存
价值的电子文件和业务数据；
（四）其他对国家和社会具有
保存价值的材料。
归档范围和档案保管期限表由
"""

# outline_plenary_lecture × pocket_15_bold_set_in × pdftotext -raw (its first pages: the title, a
# —— subtitle, the issuing body, the month).
SUBTITLE_OVER_ISSUER = """\
学习贯彻全会精神宣讲提纲
学习贯彻全会精神宣讲提纲
——供基层宣讲员参考使用
中共江城市委宣传部
2026年11月
一、深刻认识全会的重大意义
全会是在我国进入全面建设社
会主义现代化国家关键时期召开的
一次重要会议。宣讲时要把全会放
在党和国家事业发展全局中来认
识，讲清楚全会“为什么开”“开
了什么”“怎么落实”。
（一）从历史维度看
回顾近年来的发展历程，每一
次重要会议都在关键节点上作出了
战略部署。宣讲员可以结合本地发
展变化，用身边事说明“决策落
地、群众得实惠”的道理。
1.发展成就
1
干部学习口袋书
五年来，全市地区生产总值年
均增长6.2%，城乡居民人均可支配
收入分别增长5.8%和7.4%，新建改
造城乡道路1260公里。
2.经验启示
最根本的一条是坚持党的领导
不动摇，最重要的一条是坚持以人
民为中心，最管用的一条是坚持实
事求是、一切从实际出发。
（二）从现实维度看
当前，外部环境复杂多变，国
内改革发展稳定任务艰巨繁重。全
会对做好当前和今后一个时期工作
提出明确要求，为我们应对风险挑
战提供了根本遵循。
二、准确把握全会的主要内容
全会审议通过的决议共分为六
个部分，内容丰富、思想深刻。宣
讲时要突出重点，不求面面俱到，
"""

# jianbao_marker_heads × narrow_20 × pdftotext -raw (its first page: the 报头 — publication, issue,
# the 编发 line with no 编 — then the title).
ISSUED_OVER_TITLE = """\
学习参考
工作简报
第7期
青河县农业农村局办公室 2026年11月20日
全县秋冬种工作进展情况
入秋以来，全县上下抢抓农时，秋冬种工
作总体进展顺利。截至11月18日，全县已播种
小麦、油菜等作物46.2万亩，占计划的93%，
比去年同期快5个百分点。现将有关情况简报
如下。
1、主要做法
（1）早谋划早部署
9月下旬，县里召开秋冬种工作会议，把
播种面积和任务分解到各乡镇，乡镇再落实到
村组和种植大户，做到地块、品种、农机、技
术人员四落实。
（2）抓好农资供应
县供销社提前调运小麦良种1800吨、复合
肥2.3万吨，在各乡镇设立供应点42个，组织
- 1 -
"""

# jianbao_marker_heads × a5_book × pypdf (its last page: a comment, then the issuing office alone on
# the last line, no date under it).
JIANBAO_SIGNED = """\
部分低洼田块排水不畅，播期推迟；一些村组劳动
1
理论学习读本
力不足，撂荒地复耕难度较大；个别乡镇技术指导到田
不够及时。
3、下步打算
◆抓紧扫尾播种
对未播田块逐块登记，落实专人包保，确保11月底
前全部种上、种足、种好。
◆加强田间管理
组织农技人员分片包干，指导群众开好田间沟渠，
做好冬前化除和防冻准备，促进壮苗越冬。
【经验链接】
石桥镇组建了由12名农机手组成的代耕服务队，为
外出务工家庭和留守老人提供耕、种、收全程托管服
务，今年已托管田块3600余亩，群众称之为“田保
姆”。
【短评】秋冬种是全年粮食生产的开局之战，各地
要以“时时放心不下”的责任感抓好落实，决不能误了
农时。
青河县农业农村局办公室
2"""

# study_guide_topic_parts × gongwen × pdftotext -raw (its last page: a question for study, then the
# teaching office that wrote it).
GUIDE_SIGNED = """\
【典型案例】
东岗村地处山区，过去村民看病要走十几里山路。村党支部
多方协调，在村里建起卫生室，每周安排县医院医生坐诊两天，
老人慢性病不出村就能得到诊治。
【专家点评】
这个案例说明，办实事关键在于找准群众需求，把有限的资
源用在刀刃上，让群众真正得实惠。
专题二：提升基层治理能力
1、学会做群众工作
做群众工作要多到田间地头、农家院落，用群众听得懂的话
讲政策，面对面听意见，心贴心解难题。
— 1 —
2、学会依法办事
基层干部要带头尊法学法守法用法，办事依法、遇事找法、
解决问题用法、化解矛盾靠法，不断提高运用法治思维的能力。
【思考题】结合本村实际，谈谈如何把为民办实事的要求落
到实处。
县委党校教研室
— 2 —
"""



def _elements(clean, text):
    """Every headline element and block of the cleaned snippet, as (kind, text), in order."""
    doc, _ = clean(text)
    rows: list[tuple[str, str]] = []
    for article in doc.articles:
        rows += [(kind, t) for kind, t in (("title", article.title), ("subtitle", article.subtitle),
                                          ("author", article.author)) if t]
        rows += [("heading" if isinstance(b, Heading) else "block", block_text(b)) for b in article.blocks]
    return rows


def _texts(clean, text):
    return [t for _, t in _elements(clean, text)]


def test_a_volume_in_brackets_is_a_heading_of_its_own(clean):
    rows = _elements(clean, TITLE_OVER_VOLUME)
    texts = [t for _, t in rows]
    assert "基层干部学习辅导读本" in texts
    assert ("heading", "（第二辑）") in rows
    assert ("heading", "专题一：深入学习领会为民办实事的要求") in rows


def test_the_note_in_brackets_stays_apart_from_the_title(clean):
    texts = _texts(clean, TITLE_OVER_NOTE)
    assert "江城市档案管理条例" in texts
    assert "（2026年9月25日江城市第十七届人民代表大会常务委员会第二十三次会议通过）" in texts


def test_the_issuer_stays_apart_from_the_subtitle(clean):
    rows = _elements(clean, SUBTITLE_OVER_ISSUER)
    assert ("subtitle", "——供基层宣讲员参考使用") in rows
    assert not any("参考使用中共" in t for _, t in rows)


def test_the_issued_line_closes_the_masthead(clean):
    rows = _elements(clean, ISSUED_OVER_TITLE)
    assert ("heading", "全县秋冬种工作进展情况") in rows
    assert not any(t.startswith("青河县") and "秋冬种" in t for _, t in rows)


@pytest.mark.parametrize("text, signature", [(JIANBAO_SIGNED, "青河县农业农村局办公室"),
                                              (GUIDE_SIGNED, "县委党校教研室")], ids=["jianbao", "guide"])
def test_a_signature_closing_the_text_is_no_heading(clean, text, signature):
    rows = _elements(clean, text)
    assert rows[-1] == ("block", signature)


@pytest.mark.parametrize("text, volume", [
    ("（第二辑）", True), ("（第三卷）", True), ("（上册）", True),
    # a note or an edition in brackets is no volume
    ("（2026年9月25日江城市第十七届人民代表大会常务委员会第二十三次会议通过）", False), ("（试行）", False),
    ("（第7期）", False),
])
def test_volume_line(text, volume):
    assert (VOLUME_LINE_RE.match(text) is not None) is volume


def test_a_volume_may_be_a_heading_a_note_may_not():
    assert short_line_role("（第二辑）") is None
    assert short_line_role("（2026年9月25日江城市第十七届人民代表大会常务委员会第二十三次会议通过）") is not None


@pytest.mark.parametrize("text, issued", [
    ("青河县农业农村局办公室 2026年11月20日", True),
    ("江城市水利局办公室编  2026年10月15日", True),
    # run together (no space, no 编): a line of prose may hold a body and a day so
    ("青河县农业农村局办公室2026年11月20日", False),
    ("市委办公室 2026年11月", False),
])
def test_issued_on(text, issued):
    assert (ISSUED_ON_RE.match(text) is not None) is issued
