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
