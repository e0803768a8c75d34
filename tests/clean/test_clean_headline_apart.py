"""A headline never runs on into the line of another kind set under it (issue 10, branch heads49).

A title, a kicker, the authors' names, a speech's subtitle and its speaker, a salutation, a news
item's lede, a standard's clause are different kinds of line: a typesetter sets each as a block of
its own (another size, face, alignment or space), and the text alone shows the kind — names set
apart by a space (「林思远　周晓岚」, 「县水利局　县农业农村局」), the people addressed and a colon
(「同志们：」), the kind of speech closing a dash-led subtitle (「——在…上的辅导报告」) over a body's
name, a day and its pause opening a lede (「4月8日，…」), a couplet's two even halves over a narrower
phrase (a kicker over its title), a pause after a clause's number (the clause's text, never its
title).  A title names a matter: it neither signs, nor addresses, nor tells when, so a line of those
kinds under a title's line starts a block however full that line (``shapes.headline_apart``,
``shapes.opens_lede``, ``shapes.couplet_over``, ``setoff.speaker_under_subtitle``,
``shapes.CLAUSE_TEXT_RE`` in ``measured.block_end_slack``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.setoff import speaker_under_subtitle
from booklet.model import Heading, block_text
from booklet.readers.text import raw_lines
from booklet.shapes import couplet, couplet_over, headline_apart, opens_lede

# article_theory_abstract_refs × journal_two_abstract × pypdfium2 (its first page): the title, set
# across the two columns, is wider than their measure; the authors' names under it, apart by an
# ideographic space.
TITLE_OVER_AUTHORS = """\
新时代基层治理数字化转型的实践逻辑与 1
新时代基层治理数字化转型的实践逻辑与推进路径
林思远　周晓岚
（中共江城市委党校 公共管理教研部，江苏 江城 225000）
摘　要：数字化转型是推进基层治理现代化的重要抓手。本文在梳理江城市“一网统管”实践的基础
上，从技术、制度和主体三个维度分析基层治理数字化转型的内在逻辑，指出当前存在的数据壁垒、重建
设轻应用、基层减负不到位等问题，并从统筹规划、数据共享、场景应用和能力建设等方面提出推进路
径。
关键词：基层治理；数字化转型；一网统管；数据共享
基金项目：江城市哲学社会科学规划课题“数字赋能基层治理的机制研究”（JC2025B017）。
一、问题的提出
基层是国家治理的“最后一公里”。随着经济
社会发展和人口流动加快，基层治理面临的事务日
益繁杂，传统的人力密集型治理方式已难以适应新
的要求①。近年来，各地积极探索运用大数据、物
联网、人工智能等技术提升基层治理效能，形成了
一批可复制、可推广的经验。
然而，在实践中也出现了平台林立、数据“烟
囱”、系统“空转”等现象，一些地方把数字化简
单理解为上系统、建平台，忽视了治理流程的再造
和治理主体的协同。如何准确把握基层治理数字化
转型的实践逻辑，是一个需要深入研究的问题。
二、基层治理数字化转型的实践逻辑
（一）技术逻辑：从信息化到智能化
基层治理的技术支撑经历了从办公自动化、业
务信息化到数据智能化的演进。江城市自2021年起
建设市域社会治理现代化指挥中心，整合12345热
线、网格化管理、视频监控等系统，日均处置各类
事件3000余件，事件按期办结率达到98.6%。
（二）制度逻辑：从分散管理到整体协同
技术只有嵌入制度才能发挥作用。江城市出台
《基层治理事件分拨处置办法》，明确市、区、街
"""

# lecture_party_style × neikan_narrow_ruled × pypdf: a speech's subtitle, its speaker and the
# salutation, each on its line, over a 10-character column.
SUBTITLE_SPEAKER_SALUTATION = """\
锤炼过硬作风 勇于担当作为
——在市直机关工委专题党课上的辅导报告
市直机关工委理论学习中心组
同志们：
今天，我围绕“锤炼
过硬作风、勇于担当作
为”这个主题，同大家交
流几点学习体会。
一、深刻认识作风建
设的重要意义
作风问题从来不是小
事。古人讲：“其身正，
不令而行；其身不正，
虽令不从。”
"""

# brief_one_page × jianbao_two_span_ruled × pdftotext -raw: the title about as wide as the body's
# lines, over the lede that opens on its day.
TITLE_OVER_LEDE = """\
市科技局召开一季度重点工作推进会
4月8日，市科技局召开一季度重点工作
推进会，通报一季度全市科技创新主要指标
完成情况，部署二季度重点任务。
会议指出，一季度全市技术合同成交额
同比增长18.6%，新增科技型中小企业425
家，各项指标总体实现“开门红”。但也要
看到，部分区县研发投入增长乏力，重大项
目推进不够快。
（市科技局办公室供稿）
"""

# standard_reading_room × journal_two_abstract × pypdfium2: clauses opening on their text
# (「4.1.1　城市书房宜设在人口集中、交通便利」), whose numbers' digits print wider than the count reads
# them, over clause titles (「4.1　选址」).
STANDARD_CLAUSES = """\
城市书房建设与服务规范 1
城市书房建设与服务规范
DB 3209/T 0187—2026
1　范围
本文件规定了城市书房的选址与建设、设施设
备、文献资源、服务和管理的要求。
本文件适用于本市行政区域内由政府设立或者
社会力量参与建设的城市书房。
2　规范性引用文件
下列文件中的内容通过文中的规范性引用而构
成本文件必不可少的条款。其中，注日期的引用文
件，仅该日期对应的版本适用于本文件；不注日期
的引用文件，其最新版本（包括所有的修改单）适
用于本文件。
GB/T 28220　公共图书馆服务规范
GB 50763　无障碍设计规范
3　术语和定义
下列术语和定义适用于本文件。
3.1　城市书房　urban reading room
依托公共图书馆总分馆体系设立，实行自助或
者半自助服务，向公众免费开放的阅读空间。
4　选址与建设
4.1　选址
4.1.1　城市书房宜设在人口集中、交通便利
的区域，步行15分钟范围内服务人口不宜少于1万
人。
4.1.2　城市书房宜设在建筑首层；设在其他
楼层的，应有电梯或者无障碍通道直达。
4.2　建筑面积
4.2.1　城市书房建筑面积不宜小于150平方
米，阅览座位不宜少于40个。
4.2.2　儿童阅读区宜单独设置，面积不宜小
于总面积的20%。
注：利用既有建筑改建的城市书房，建筑面积
可适当减少，但不应小于100平方米。
5　服务要求
5.1　开放时间
5.1.1　城市书房每周开放时间不应少于84小
时，节假日应正常开放。
5.1.2　实行24小时开放的城市书房，夜间应
有安全巡查和应急呼叫措施。
5.2　借阅服务
5.2.1　城市书房应提供通借通还服务，读者
凭有效证件即可在全市任一公共图书馆归还所借文
献。
5.2.2　城市书房的文献年更新率不应低于1
0%，报刊种数不宜少于50种。
5.3　读者活动
5.3.1　城市书房每年举办读书分享、讲座、
展览等读者活动不宜少于12场次。
"""

# briefs_county_work_digest × jianbao_wide_narrow × pypdfium2: a couplet for kicker over the title,
# the subtitle, the two bodies that wrote the item.
COUPLET_OVER_TITLE = """\
工作动态 2026年第23期
抓好冬春农田水利建设 夯实明年粮食丰收基础
全县冬修水利工程全面开工
——首批38个项目完成投资1.6亿元
县水利局 县农业农村局
11月以来，我县抢抓秋收后农田空闲、降雨偏少的有
利时机，组织开展冬春农田水利基本建设。截至11月30
日，全县首批38个冬修水利项目已全部开工，完成投资1.6
亿元，占年度计划的41%。
今年的冬修水利突出“补短板、强弱项”，重点实施
小型水库除险加固、灌区渠系配套、山塘清淤整治和高标
准农田建设四类工程。各乡镇坚持“先急后缓、先易后
难”，优先安排群众反映强烈、影响灌溉的薄弱环节，计
划新增和恢复灌溉面积3.2万亩。
为确保工程质量，县里组建了由水利、农业、财政等
部门技术骨干组成的4个督导组，实行“一周一调度、半月
一通报”，对进度滞后的项目及时约谈提醒。各项目全面
推行“村民质量监督员”制度，请群众当好工程建设的
“监理员”。
冬修水利是为群众办实事、为来年打基础的大事，要
"""


def _texts(clean, text):
    """Every headline element and block of the cleaned snippet, as text, in order."""
    doc, _ = clean(text)
    texts: list[str] = []
    for article in doc.articles:
        texts += [t for t in (article.kicker, article.title, article.subtitle, article.author) if t]
        texts += [block_text(b) for b in article.blocks]
    return texts


def test_the_authors_names_stay_apart_from_the_title(clean):
    texts = _texts(clean, TITLE_OVER_AUTHORS)
    assert "新时代基层治理数字化转型的实践逻辑与推进路径" in texts
    assert not any("林思远" in t and "推进路径" in t for t in texts)


def test_the_speaker_and_the_salutation_stay_apart_from_the_subtitle(clean):
    texts = _texts(clean, SUBTITLE_SPEAKER_SALUTATION)
    assert "——在市直机关工委专题党课上的辅导报告" in texts
    assert not any("中心组" in t and ("报告" in t or "同志们" in t) for t in texts)


def test_the_lede_stays_apart_from_the_title(clean):
    texts = _texts(clean, TITLE_OVER_LEDE)
    assert "市科技局召开一季度重点工作推进会" in texts
    assert any(t.startswith("4月8日，市科技局召开一季度重点工作推进会，") for t in texts)


def test_a_clause_opening_on_its_text_is_no_heading(clean):
    doc, _ = clean(STANDARD_CLAUSES)
    heads = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    assert "4.1　选址" in heads and "5.2　借阅服务" in heads
    assert not any(h.startswith(("4.1.1", "4.2.2", "5.1.2", "5.2.1")) for h in heads)
    texts = _texts(clean, STANDARD_CLAUSES)
    assert "4.1.1　城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务人口不宜少于1万人。" in texts


def test_a_couplet_is_a_kicker_over_its_title(clean):
    doc, _ = clean(COUPLET_OVER_TITLE)
    first = doc.articles[0]
    assert first.kicker == "抓好冬春农田水利建设 夯实明年粮食丰收基础"
    assert first.title == "全县冬修水利工程全面开工"


@pytest.mark.parametrize("text, is_couplet", [
    ("抓好冬春农田水利建设 夯实明年粮食丰收基础", True),
    ("锤炼过硬作风　勇于担当作为", True),
    # halves of unlike length, a gap a justified line left, a title's phrase and a date
    ("全国科技大会 国家科学技术奖励大会", False),
    ("会议 精神总结", False),
    ("江城通讯 2026年第22期", False),
])
def test_couplet(text, is_couplet):
    assert couplet(text) is is_couplet


@pytest.mark.parametrize("upper, lower, whole", [
    ("抓好冬春农田水利建设 夯实明年粮食丰收基础", "全县冬修水利工程全面开工", True),
    # gold_real_001_news × pocket_17_hei: a title's names wrapped in a narrow column, even by chance
    ("全国科技大会 国家科学技术", "奖励大会 两院院士大会在京", False),
    ("全国科技大会 国家科学技术", "奖励大会", True),   # (the text alone cannot tell this one; the rest is rarely so short)
])
def test_couplet_over(upper, lower, whole):
    assert couplet_over(upper, lower) is whole


@pytest.mark.parametrize("text, kind", [
    ("林思远　周晓岚", "names"),
    ("林思远 周晓岚", "names"),
    ("县水利局 县农业农村局", "names"),
    ("同志们：", "addressees"),
    ("各位代表：", "addressees"),
    ("各县（市、区）人民政府，市各委、办、局：", "addressees"),
    # a title's rest or a body's name: no names set apart
    ("习近平", None),
    ("全国科技大会 国家科学技术奖励大会", None),
    ("锤炼过硬作风 勇于担当作为", None),
    ("市直机关工委理论学习中心组", None),
    # a sentence's lead-in ends in its verb, a kicker in its reporting verb
    ("具体安排如下：", None),
    ("强调：", None),
])
def test_headline_apart(text, kind):
    assert headline_apart(text) == kind


@pytest.mark.parametrize("text, lede", [
    ("4月8日，市科技局召开一季度重点工作", True),
    ("11月20日下午，副市长赵明辉主持召开全", True),
    ("2026年10月15日上午，县长李国华主", True),
    ("4月8日起，全市启动", False),
    ("9月30日至10月7日放假", False),
])
def test_opens_lede(text, lede):
    assert opens_lede(text) is lede


@pytest.mark.parametrize("above, below, apart", [
    ("——在市直机关工委专题党课上的辅导报告", "市直机关工委理论学习中心组", True),
    ("——在全县经济工作会议上的讲话", "周明远", True),
    # a speech's subtitle runs on into its date in brackets, and a title over its body is no subtitle
    ("——在全县经济工作会议上的讲话", "（2026年12月1日）", False),
    ("锤炼过硬作风 勇于担当作为", "市直机关工委理论学习中心组", False),
])
def test_speaker_under_subtitle(above, below, apart):
    prev, cur = to_lines(raw_lines(f"{above}\n{below}\n"))
    assert speaker_under_subtitle(None, prev, cur) is apart
