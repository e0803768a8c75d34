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
