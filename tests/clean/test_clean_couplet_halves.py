"""A couplet head written as two blocks at its wide space is one head (issue 10, texts90).

A 事迹材料 heads its parts with two phrases of as many ideographs each, a wide space between
(「苦练本领　精益求精」, ``shapes.couplet``).  Plain pdftotext writes the text either side of a wide gap
as a text block of its own, so the head came out 「苦练本领」 / (blank) / 「精益求精」: a heading over a
one-line paragraph.  ``spaced.join_couplet_halves`` puts the halves back on one line where the first
half opens the text or follows a sentence's end, the second ends its block and prose follows.

The pages are real: the dev text ``deeds_paired_phrase_heads`` set on ``tests/eval/heading_sweep.py``
``--kind heading`` design 0 and ``--kind pocket`` design 3 of seed 422, read by pdftotext (the pocket page
sets no blank over a head); the refusal is the same text on pocket design 1 read by pdfminer, which
writes a blank under every line — there the subtitle's wrapped rest 「国劳动模范陈永刚」 over the byline
「江城重工集团工会」 is as even as a couplet.  The two page tests fail on main c03c9896 and pass; the
refusals pass on both.
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.spaced import join_couplet_halves
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines
from booklet.report import Report

HEADS = ["苦练本领　精益求精", "攻坚克难　敢为人先", "甘为人梯　薪火相传", "不忘初心　再立新功"]


@pytest.mark.parametrize("name", ["deeds_paired_phrase_heads__sw25_00_s422_heading__pdftotext.txt",
                                  "deeds_paired_phrase_heads__pk53_03_s422_pocket__pdftotext.txt"])
def test_couplet_heads_written_as_two_blocks_are_whole_heads(extracted, texts, name):
    doc = extracted(name)
    heads = texts(doc, Heading)
    assert [h for h in heads if h in HEADS] == HEADS, heads
    paragraphs = texts(doc, Paragraph)
    for half in ("精益求精", "敢为人先", "薪火相传", "再立新功"):
        assert half not in paragraphs and half not in heads, half


def test_a_subtitles_rest_over_a_byline_is_no_couplet(extracted, all_text):
    doc = extracted("deeds_paired_phrase_heads__pk53_01_s422_pocket__pdfminer.txt")
    whole = repr(doc)   # (the subtitle and the byline are the article's fields)
    assert "江城重工集团工会" in whole and "陈永刚\u3000江城" not in whole and "陈永刚　江城" not in whole
    assert "苦练本领\u3000精益求精" in all_text(doc) or "苦练本领　精益求精" in all_text(doc)


def _joined(text: str) -> list[str]:
    return [line.text for line in join_couplet_halves(to_lines(raw_lines(text)), Report().log("collapse_spaced_headings"))]


def test_couplet_halves_cases_and_refusals():
    # joined: after a sentence's end, the second half ending its block, prose after
    assert _joined("上一段的最后一句。\n\n第一展厅\n\n星火初燃\n\n展厅里陈列着一百多件文物。\n\n第二展厅\n\n浴血奋战\n\n"
                   "这里讲述的是，那段岁月。\n") == [
        "上一段的最后一句。", "第一展厅\u3000星火初燃", "展厅里陈列着一百多件文物。", "第二展厅\u3000浴血奋战",
        "这里讲述的是，那段岁月。"]
    # one pair alone (COUPLET_HEADS_MIN): as likely a headline wrapped into two even lines in a narrow column
    assert "河西区举办" in _joined("上一条消息的结尾。\n\n河西区举办\n\n冬季招聘会\n\n本报讯　12月5日，河西区举办招聘会。\n")
    # halves of unequal length: no couplet
    assert "苦练本领" in _joined("上一段的最后一句。\n\n苦练本领\n\n精益求精好\n\n展厅里陈列着文物。\n")
    # lines of verse, each alone and even: the next line is no prose
    assert "白日依山尽尽" in _joined("诗一首。\n\n白日依山尽尽\n\n黄河入海流流\n\n欲穷千里目目\n")
    # after a line cut inside its sentence (a title's wrapped rest): no couplet
    assert "国劳动模范陈永刚" in _joined("——记焊接车间班长、全\n\n国劳动模范陈永刚\n\n江城重工集团工会\n\n在车间，提起他。\n")
    # the second half going on in the block: no couplet
    assert "苦练本领" in _joined("一句。\n\n苦练本领\n\n精益求精\n又一行\n\n正文，正文。\n")
