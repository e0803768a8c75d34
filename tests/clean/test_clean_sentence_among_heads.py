"""A sentence head set among phrase heads (issue 10, branch heads89).

A 心得体会 heads its parts with short unnumbered phrases (「脚下有泥」 / 「心中有数」 / 「群众的事再小，也要当
作大事来办」) and one more part with a short sentence, its stop kept (「办法总比困难多。」).  Every rule that
takes a final 。 for a sentence's end read it as a paragraph, in every family.  Where a text's heads are a
series of at least three unnumbered heads, said once, a one-clause sentence no wider than the widest of
them, standing where they stand (after the first, between two paragraphs, over a paragraph twice as
wide), is one of them (``headings._sentence_among_heads``) — one such line at most, and none in a text
that numbers its heads (a lecture's 「调查研究不能走马观花。」 among 「一、」 「二、」 「三、」, on a page where a
running head 「工作简报」 was read as a heading twice).

The pages are real: the dev text insights_phrase_heads set in the dev designs wide_tight (read by
pypdf) and pocket_19_hung (pdftotext), and lecture_check_question_quote_heads in the drawn design
sw25_01 of seed 408 (``tests/eval/heading_sweep.py --kind heading``, pypdf), whole.
"""

from __future__ import annotations

HEADS = ["脚下有泥", "心中有数", "群众的事再小，也要当作大事来办", "办法总比困难多。"]


def test_sentence_head_among_phrase_heads(extracted, headings_of):
    for name in ("insights_phrase_heads__wide_tight__pypdf.txt", "insights_phrase_heads__pocket_19_hung__pdftotext.txt"):
        assert headings_of(extracted(name))[1:] == HEADS, name


def test_one_line_paragraphs_beside_stay_paragraphs(extracted, all_text, headings_of):
    doc = extracted("insights_phrase_heads__wide_tight__pypdf.txt")
    heads = headings_of(doc)
    for line in ("这句话我一直记着。", "这些情况，坐在办公室里是看不到的。"):
        assert line not in heads and line in all_text(doc).split("\n")


def test_no_sentence_head_among_numbered_heads(extracted, headings_of, all_text):
    doc = extracted("lecture_check_question_quote_heads__sw25_01_s408_heading__pypdf.txt")
    assert "调查研究不能走马观花。" not in headings_of(doc)
    assert "调查研究不能走马观花。" in all_text(doc).split("\n")


PARA = "这是一段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止了，还没有完。"


def _text(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_two_such_lines_are_the_texts_habit(clean, headings_of):
    doc, _report = clean(_text("一个月的几点体会", PARA, "脚下有泥", PARA, "我们要记住。", PARA,
                               "心中有数", PARA, "我们要坚持。", PARA, "手上有活", PARA, PARA))
    heads = headings_of(doc)
    assert "我们要记住。" not in heads and "我们要坚持。" not in heads
