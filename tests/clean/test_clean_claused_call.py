"""A 小标题 set as a call in two short clauses is a heading among headings (issue 10, branch speech80).

A 动员讲话 sets one unnumbered head as a call among its 一、二、三、 heads, two clauses parted by one ，
(「责任不落实，一切都是空谈！」).  The call's shape (shapes.EXCLAIMED_LINE_RE) held no ， at all, so under
every extractor the head stayed a paragraph (seed 269, 84 of 84 cases).  The shape now takes two
clauses of at most shapes._CALL_CLAUSE_MAX characters, the first on no quote mark; the tests of place
are the one-clause call's (headings._EXCLAIMED_EVIDENCE: between paragraphs, heading a passage, as
wide as the document's headings), so slogans in a row and a closing call stay paragraphs.

Each extraction is real: the dev text speech_question_exclaim_heads set in a drawn design
(heading_sweep.py --kind heading --seed 269) and read back by the extractor its name ends on.
"""

from __future__ import annotations

import pytest

from booklet.shapes import EXCLAIMED_LINE_RE

HEAD = "责任不落实，一切都是空谈！"


@pytest.mark.parametrize("name", [
    "speech_question_exclaim_heads__sw25_00_s269_heading__pdftotext.txt",
    "speech_question_exclaim_heads__sw25_05_s269_heading__pdfminer.txt"], ids=["pdftotext", "pdfminer"])
def test_claused_call_heads_among_heads(extracted, headings_of, name):
    heads = headings_of(extracted(name))
    assert HEAD in heads
    assert heads.index(HEAD) == heads.index("（四）盯住重点人群") + 1
    assert heads[-1] == "结语"
    # the speech's closing call, at the document's end, heads nothing
    assert not any(h.startswith("让我们") for h in heads)


@pytest.mark.parametrize("text", [HEAD, "文明城市，你我共建！", "把群众的小事当作自己的大事！"])
def test_call_shapes(text):
    assert EXCLAIMED_LINE_RE.match(text)


@pytest.mark.parametrize("text", [
    "“周师傅，这些年辛苦您了！”",                      # a character's line
    "让我们从身边做起，从点滴做起，携手共建！",          # three clauses: a sentence
    "同志们，让我们以对人民群众生命财产高度负责的态度坚决打赢攻坚战！",  # a clause past the heading's half
    "同志们！"])
def test_no_call_shapes(text):
    assert EXCLAIMED_LINE_RE.match(text) is None
