"""Where a page's rounds begin (``flow._round_top``): the first block whose end the block a round
later finishes with a word no earlier block's end reads more surely into that block's start
(``flow._claimed`` — plain77 in ``docs/cleaner-history.md``).

The rounds' top sets the whole dealing of a page plain ``pdftotext`` wrote round by round: every
block below it goes by turn from there.  On dev's economy_figures page (open_leaded_three: seven
items over three columns) the first join a round later read a chance word across two columns'
blocks — 「…机械臂上下翻」 / two blocks / 「工市场和零工驿站…」, 翻工 (parts' PMI 2.6) — where 「工」
finishes 「…全市已建成零」 (零工, 5.1) and 「翻」 goes on in 「飞，一台台拖拉机…」; dealt from there, 42 of
the page's 51 blocks went by turn into two columns.

The input is the harness's plain ``pdftotext`` extraction of the dev text ``news_page_economy_figures``
set in dev's layout open_leaded_three, kept in ``tests/data/extractions``.  Fails on main.
"""

from __future__ import annotations

from booklet.clean.flow import text_pairs
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines


def _blocks(*texts: str):
    """Blocks of one line each, set apart by blank lines as plain ``pdftotext`` writes them."""
    return [[line] for line in to_lines(raw_lines("\n\n".join(texts) + "\n"))]


def test_a_chance_word_across_two_columns_blocks_does_not_begin_the_rounds(extracted, read_text):
    found = read_text(extracted("news_page_economy_figures__open_leaded_three_dev__pdftotext.txt"))
    # 「工市场」 finishes the block its word was cut from
    assert "全市已建成零工市场和零工驿站24个，今年累计服务求职者6.3万人次。" in found
    assert "翻工" not in found and "零长三成" not in found


def test_a_start_an_earlier_end_reads_more_surely_is_claimed():
    from booklet.clean.flow import _claimed, _round_top
    texts = ("市人社局负责人介绍，全市已建成零", "装备企业，总装车间里机械臂上下翻",
             "长三成，新研发的智能播种机已销往", "工市场和零工驿站24个，今年累计服")
    blocks = _blocks(*texts)
    pairs = text_pairs([b[0] for b in blocks])
    assert _claimed(blocks, 1, 3, pairs)        # 翻工 against 零工
    assert not _claimed(blocks, 0, 3, pairs)    # 零工: no surer word into 「工」
    # the claimed join begins no round: they begin at the next join no end claims (服 / 务)
    rounds = _blocks("市人社局负责人介绍，全市已建成零", "市工业和信息化局负责人表示，", texts[1], texts[2], texts[3],
                     "12个省份。", "务求职者6.3万人次。")
    assert _round_top(rounds, 2, text_pairs([b[0] for b in rounds])) == 4


def test_an_unclaimed_first_join_begins_the_rounds():
    from booklet.clean.flow import _round_top
    blocks = _blocks("全市安排重点项目，已完成年", "跨境电商进出口额增长", "度计划的82.3%。")
    pairs = text_pairs([b[0] for b in blocks])
    assert _round_top(blocks, 2, pairs) == 0


def test_a_page_written_a_line_a_block_is_dealt_by_its_rounds(extracted, read_text):
    """Seed 197's speech_quoting_sayings × nw54_04 (three columns of 16 characters, leading 1.53):
    plain ``pdftotext`` wrote most lines a block of their own, more blank lines than
    ``_written_in_runs`` allows, so the rows path dealt it and read 「…对反映出来的苗头性、倾」 on into
    a section heading.  Dealt by its rounds (``flow._rounds_read_better``: their joins read more words
    across), each column reads whole and in order."""
    found = read_text(extracted("speech_quoting_sayings__nw54_04_s197_news__pdftotext.txt"))
    assert ("作风问题，说到底是党性问题、宗旨问题。今天，我结合学习有关论述，和大家一起谈谈如何以优良作风推动各项工作落地见效。"
            in found)
    assert "作风问题具有反复性和顽固性，抓一抓就好转，松一松就反弹。" in found
    assert "部署了的事情，不能一开会就算落实、一发文就算完成。" in found
    assert (found.index("一、作风建设关系人心向背") < found.index("二、作风建设要常抓长效")
            < found.index("三、以钉钉子精神抓落实") < found.index("※本文引文"))
