"""A numbered question may open on a term it quotes (issue 10, lead88): a 应知应会 问答 heads an answer with
「8.“三会一课”指的是什么？」.  The question block's shape refused any question opening on a quotation mark, the
way a line of dialogue opens (「“你去哪儿？”」), and read the number as no part of that opening — so the first
question under 「三、基本制度篇」 stayed a paragraph in every family.  No line of dialogue carries a number:
only an unnumbered question is refused for its opening quote (``shapes.QUESTION_BLOCK_RE``).

The page is real: the dev text qa_yingzhi_parts_runin set in the dev layout a5_book, saved as the real
extractions are (blank lines, trailing spaces).
"""

from __future__ import annotations

import pytest

from booklet.shapes import QUESTION_BLOCK_RE


@pytest.mark.parametrize("text", ["8.“三会一课”指的是什么？", "（3）“两学一做”学什么？", "二、“枫桥经验”的核心是什么？",
                                  "1.为什么说党支部是党的基础组织？", "怎样理解“三会一课”的基础作用？"])
def test_questions(text):
    assert QUESTION_BLOCK_RE.match(text)


@pytest.mark.parametrize("text", ["“你去哪儿？”", "“三会一课”指的是什么？", "「真的吗？」", "8.他说：“去哪儿？”"])
def test_no_question_block(text):
    assert QUESTION_BLOCK_RE.match(text) is None


def test_a_numbered_question_quoting_a_term_heads_its_answer(extracted, headings_of):
    heads = headings_of(extracted("qa_yingzhi_parts_runin__a5_book_dev__realstyle.txt"))
    assert "8.“三会一课”指的是什么？" in heads, heads
    assert "9.主题党日一般安排哪些内容？" in heads, heads


def test_a_wrapped_numbered_questions_rest_is_its_sibling():
    """(lead88) The rest of a numbered question the heading guess cut off (「6.党员因工作调动或者外」 / 「出务工经商，…？」)
    counts among the numbered questions (``headings._numbered_question_rest``); before, it was joined only by chance,
    counted with an unnumbered sibling the quoted-term question 「8.“三会一课”…」 was taken for."""
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.headings import _numbered_question_rest
    head = Blk(Kind.HEADING, "6.党员因工作调动或者外", 1, 1)
    rest = Blk(Kind.PARA, "出务工经商，组织关系应当怎样转接，流动期间又应当怎样参加组织生活？", 2, 2)
    assert _numbered_question_rest([head, rest], 1)
    assert not _numbered_question_rest([head.but(text="三、基本制度篇"), rest], 1)   # no number a question opens on
    assert not _numbered_question_rest([head.but(text="6.党员应当按月交纳党费。"), rest], 1)   # ended on a stop
    assert not _numbered_question_rest([head.but(kind=Kind.PARA), rest], 1)   # no heading guessed


def test_a_numbered_question_wrapped_in_a_heading_face_is_one_heading(extracted, headings_of):
    heads = headings_of(extracted("qa_yingzhi_parts_runin__kai_16_hei_heads_dev__mupdf.txt"))
    assert "6.党员因工作调动或者外出务工经商，组织关系应当怎样转接，流动期间又应当怎样参加组织生活？" in heads, heads
    assert "8.“三会一课”指的是什么？" in heads, heads
