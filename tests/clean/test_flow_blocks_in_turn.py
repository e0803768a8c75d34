"""A column page plain ``pdftotext`` wrote as blocks taking turns between the columns, none of them
mixing two (issue 10, ``flow._rejoined_page``): where the columns' baselines never come close the
extractor writes each column's run of lines as a block of its own, often one line long, and the
blocks alternate down the page.  A block cut inside a word the next block does not finish goes on
in a block one or two further down: that block is read after it.

The page is plain ``pdftotext``'s reading of the dev text ``speech_quoting_sayings`` set in the
design ``two_columns_open`` (its first twenty lines): the right column (和时限。…) takes turns with
the speech's head and first paragraphs in the left.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

PAGE = """以优良作风凝聚干事创业合力

和时限。到目前为止，机关发文数量同比减少

以优良作风凝聚干事创业合力

三成，会议数量减少四分之一，基层反映的重

——在市直机关作风建设专题党课上的讲稿

复填报问题基本得到解决。但也要清醒看到，

市直机关工委书记

一些问题还没有从根本上解决，有的单位改了

林志远

又犯、边改边犯。对照这一要求，我们要把作

同志们：

风建设融入日常、抓在经常，对反映出来的苗

作风问题，说到底是党性问题、宗旨问
题。今天，我结合学习有关论述，和大家一起

头性、倾向性问题早发现、早提醒、早纠正，
防止小问题演变成大问题。

谈谈如何以优良作风推动各项工作落地见效。
"""



def test_a_block_cut_inside_a_word_is_followed_by_the_block_that_finishes_it(flowed, runs_through):
    out = flowed(PAGE)
    # (重|复: 重复; 作|风: 作风; 苗|头: 苗头 — each a block later than the next, a head's line between)
    assert runs_through(out, ["三成，会议数量减少四分之一，基层反映的重", "复填报问题基本得到解决。但也要清醒看到，"])
    assert runs_through(out, ["又犯、边改边犯。对照这一要求，我们要把作", "风建设融入日常、抓在经常，对反映出来的苗",
                              "头性、倾向性问题早发现、早提醒、早纠正，", "防止小问题演变成大问题。"])
    # (the head's lines keep their order)
    heads = ["——在市直机关作风建设专题党课上的讲稿", "市直机关工委书记", "林志远", "同志们："]
    assert [line for line in out if line in heads] == heads


def test_a_timetable_s_figures_are_no_word_cut():
    # (digits read on into digits wherever two figures meet: a timetable's rows tell no turns)
    from booklet.clean.flow import _blocks_take_turns, _word_cut, text_pairs
    
    lines = to_lines(raw_lines("9:00—9:10\n\n主持人介绍会议有关情况\n\n9:10—9:40\n"))
    pairs = text_pairs(lines)
    assert not _word_cut(lines[0], lines[2], pairs)
    assert not _blocks_take_turns([[line] for line in lines] * 3, pairs)


# The first page of the dev text ``tongbao_safety_inspection`` set in ``two_columns_open`` (a notice's
# issuer, its number and title over two columns), as plain ``pdftotext`` wrote it: its blocks take turns
# (明查暗|访, 安全生|产, 自查自|纠) and ``order``'s split by height also reads the page.  The blocks taken
# up in turn read more words across their joins than that split does, so they stand (``flow.
# _rejoining_reads_better``); cut shorter, the page no longer shows its turns.
NOTICE = """关于2026年第三季度安全生产明查暗

限空间作业未执行审批制度；（4）应急物资

江城市安全生产委员会办

配备不足或过期失效。

（三）部门监管存在薄弱环节

公室

个别行业主管部门对新业态新领域的安全
监管职责不够明确，存在“看得见的管不着、

江安委办〔2026〕23号

管得着的看不见”的问题。部分乡镇（街道）
安全监管力量不足，专业人员缺乏。

关于2026年第三季度安全生

三、下一步工作要求
（一）各地各部门要对照本通报反映的问

产明查暗访情况的通报

题，举一反三，于10月31日前完成全面自查自
各区（县）安委会，市安委会各成员单位：

纠，并将整改情况报送市安委办。

为切实防范化解重大安全风险，坚决遏制
较大以上生产安全事故发生，8月至9月，市安

（二）对检查发现的重大事故隐患，实行
挂牌督办，整改不到位的一律停产停业整顿。

委办组织6个检查组，采取“四不两直”方
式，对全市12个区（县）的危险化学品、建筑
施工、道路交通、消防等重点行业领域开展明

（三）市安委办将适时组织“回头看”，
对整改不力、问题反弹的单位和个人，按照有
关规定严肃追责问责。

查暗访。现将有关情况通报如下。

附件：第三季度明查暗访发现问题清单

一、总体情况

江城市安全生产委员会办公室

本次明查暗访共检查生产经营单位236
家，发现各类问题隐患917项，其中重大事故
隐患4项。截至9月30日，已整改到位842项，
整改率91.8%，其余问题正在限期整改。从检
查情况看，各地各部门认真落实安全生产责
任，重点行业领域安全形势总体平稳。

二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在纸面，
安全培训走过场。检查组在某化工企业抽查8
名一线操作人员，有3人不能正确说出本岗位
的主要风险和应急处置措施。

（二）隐患排查治理不彻底
一些单位隐患排查不深不细，同类问题反
复出现。主要表现在：（1）消防通道被占
用、堵塞；（2）电气线路私拉乱接；（3）有

第1页

2026年10月12日
"""


def test_blocks_taken_up_in_turn_win_over_a_split_by_height_that_reads_fewer_words_across(clean, texts):
    doc, _ = clean(NOTICE)
    # (the issuer's head over the columns, its number, then the title: the split by height read the
    # title first and set the issuer and number under the second column's paragraphs)
    assert doc.articles[0].title == "江城市安全生产委员会办公室"
    assert texts(doc)[:2] == ["江安委办〔2026〕23号", "关于2026年第三季度安全生产明查暗访情况的通报"]


def test_a_tie_between_the_readings_joins_leaves_the_split_by_height():
    from booklet.clean.flow import _join_score, _rejoining_reads_better, text_pairs

    lines = to_lines(raw_lines("关于2026年第三季度安全生产明查暗\n\n访情况的通报\n\n配备不足或过期失效。\n"))
    pairs = text_pairs(to_lines(raw_lines(NOTICE)))   # (the page's own pairs, as the cleaner counts them)
    # (明查暗|访 reads a word across; 通报|配备 breaks off inside a word: one less)
    assert _join_score(lines, pairs) == 0
    split = [lines[0], lines[2], lines[1]]   # (明查暗|配备 broken, a full stop before 访情况)
    assert _join_score(split, pairs) == -1
    assert _rejoining_reads_better(lines, split, pairs)
    assert not _rejoining_reads_better(lines, lines, pairs)   # (a tie: the split stands)


# The whole page of the dev text ``speech_quoting_sayings`` set in ``two_columns_open`` as plain
# ``pdftotext`` wrote it (``PAGE`` is its first twenty lines; cut shorter, the page no longer shows
# its turns to ``order``'s split by height): a loose page, a blank line before most lines.  ``order``
# hands such a page to its ordering (and so to the split by height) only where its rebuilt blocks
# break the item grammar (``order._columned_loose``); this page's do not, so the split ``flow`` used to
# give way to was never made and the page went on as written, two columns line by line.
SPEECH = PAGE + """
三、以钉钉子精神抓落实

一、作风建设关系人心向背

作风好不好，最终要看工作落实得好不

我们党历来重视作风建设。作风好，党群
关系就紧密；作风不好，就会失去群众的信
任。有关论述对此讲得十分透彻：

好。现在有的同志习惯于以会议落实会议、以
文件落实文件，工作停留在表面，群众并不买
账。省里的有关论述讲得很明白：

机关的作风就是党和政府的形象。群众看
我们，不是看文件写得多好、口号喊得多响，
而是看我们办事公道不公道、作风扎实不扎
实、为群众解决了多少实际问题。

部署了的事情，不能一开会就算落实、一
发文就算完成。要盯住不放，一件一件抓，一
抓到底，抓出成效，让群众看得见、摸得着、
感受得到。

——在全省机关作风建设推进会上的讲话

——在全省重点工作推进落实情况汇报会上的

（2025年3月6日）

讲话（2025年7月22日）

这段话告诉我们，作风建设不是小事，而
是关系党的执政根基的大事。机关干部离群众
远一些，更要时时提醒自己，想问题、作决
策、办事情都要从群众利益出发。

同志们，作风建设只有进行时，没有完成
时。让我们以更加务实的作风、更加扎实的举
措，把各项工作抓实抓好，以优良作风展现机
关干部的良好形象。

二、作风建设要常抓长效

※本文引文均摘自省委办公厅编印的《关

作风问题具有反复性和顽固性，抓一抓就
好转，松一松就反弹。

于加强作风建设论述摘编》（2025年12月），
引用时有删节。

作风问题从来不是一阵风就能刮干净的。
今天整治了，明天可能换个样子又冒出来。必
须抓常抓细抓长，既要集中整治突出问题，更
要建立管用的制度，让好作风成为习惯。
——在省纪委全体会议上的讲话（2025年1月
16日）
今年以来，市直机关开展了“作风建设提
升年”活动，梳理出文山会海、多头报表、调
研走过场等5类突出问题，逐项明确整改责任
第1页

"""


def test_a_split_by_height_order_would_not_make_on_a_loose_page_leaves_the_blocks_taken_up_in_turn(clean, texts):
    from booklet.clean.order import _height_streams, _measure, column_reading
    from booklet.clean.flow import text_pairs

    lines = to_lines(raw_lines(SPEECH))
    pairs = text_pairs(lines)
    page = lines[:-1]   # (the page number under it)
    assert _height_streams(page, _measure([line.width for line in page]), pairs, True) is not None
    assert column_reading(page, pairs) is None
    doc, _ = clean(SPEECH)
    assert doc.articles[0].title == "以优良作风凝聚干事创业合力"
    assert texts(doc)[:3] == ["同志们：", "作风问题，说到底是党性问题、宗旨问题。今天，我结合学习有关论述，"
                              "和大家一起谈谈如何以优良作风推动各项工作落地见效。", "一、作风建设关系人心向背"]


# The first page of the dev text ``news_page_science`` set in ``neikan_three_picture`` (a masthead, a
# lead report and a feature over three columns), as plain ``pdftotext`` wrote it, whole: its blocks
# take turns (现在一|年就能走完, 聚|集着) and ``order``'s split by height also reads the page, two
# streams for three columns.  ``flow`` keeps the split (the joins of the blocks taken up in turn read
# no more words across) and hands the blocks taken up in turn on beside it (``Line.other_at``);
# ``order`` orders both, and the reading in turn, whose result breaks fewer of the page's open ends
# (``order._reading``), is kept: the report's sentence runs on into 实验室体系 instead of the
# commission's item breaking into the byline 「本报讯（记者 孙晓梅）」.
SCIENCE = """学习参考

2026年第11期

市委常委会召开会议专题研究科
技创新工作强调

第1页

——走进科创大道看成果转化
本报记者 赵一鸣
早上八点，科创大道两侧的孵

以更大力度推进
科技创新 为高质

化楼陆续亮起灯光。在一家从事传

量发展注入强劲
动能

年就能走完。”他说。
这条不足两公里的街道上，聚

感器研发的初创企业里，研发主管
正在调试一台新样机。“从实验室
到生产线，过去要两三年，现在一

集着12家新型研发机构、40余家孵

本报记者 陈思远 刘佳

化器和众创空间。街道还设立了概
念验证中心和中试基地，企业可以

来源：《江城日报》（2026年3月

按需租用设备，按次付费。去年，

18日01版）

这里的企业共转化科技成果160余

3月17日下午，市委常委会召

项，带动新增产值超过20亿元。

开会议，专题研究全市科技创新工
作，听取市科技局关于全市创新平
台建设情况的汇报，研究部署下一
阶段重点任务。
会议指出，科技创新是牵引高
质量发展的核心动力。近年来，全

科创大道概念验证中心内，技术人员
市上下深入实施创新驱动发展战略， 正在调试设备。 本报记者 赵一鸣/摄

研发投入强度从2.1%提高到2.8%，
高新技术企业数量突破3000家，一

高新区负责人介绍，下一步将
探索“先使用后付费”的成果转化

批关键核心技术取得突破。同时也

模式，让更多中小企业用得上、用

要看到，全市创新策源能力还不够

得起高校院所的科技成果。

强，科技成果就地转化率不够高，
高层次人才仍然短缺。
向”，聚焦产业链部署创新链，围
绕创新链布局产业链。要加快建设

全市首批“科技副
总”上岗

实验室体系，支持企业牵头组建创

本报讯（记者 孙晓梅）

新联合体，让企业真正成为技术创
新决策、研发投入、科研组织和成

日前，全市首批60名“科技副

会议强调，要坚持“四个面

果转化的主体。要深化科技体制改
革，赋予科研人员更大的人财物支
配权和技术路线决定权。
会议还研究了其他事项。

江城高新区：

一条街上的“创新
生态”

总”走上企业岗位。他们来自12所
高校和科研院所，将在企业兼职两
年，帮助企业解决技术难题、培养
研发团队。
据了解，“科技副总”由企业
提出需求、高校推荐人选、双向选
择确定，市财政给予每人每年5万
元工作补助。

"""


def test_order_keeps_the_reading_flow_handed_on_where_its_result_reads_better_than_the_split(clean, texts):
    doc, _ = clean(SCIENCE)
    text = "".join(texts(doc))
    assert "要加快建设实验室体系，支持企业牵头组建创新联合体" in text
    assert "要加快建设本报讯" not in text
