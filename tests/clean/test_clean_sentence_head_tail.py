"""A sentence head read as the last line of the paragraph above it (issue 10, branch heads89).

A 评论员文章 sets its points as short parallel sentences apart (「办实事要先问需于民。」 / 「办实事要敢啃硬骨
头。」 / 「办实事要让群众来评判。」); ``headings.sentence_headings`` makes them headings when three open alike.
Where the paragraph above a head ends on a line that fills the measure and closes on its stop (「…越要把
好事办好、实事办实。」), the head under it looks like that paragraph's own short last line, and every
extractor that drops the type and the space above joins it there: the series then had two standing
heads, short of three, and all three stayed paragraphs.  The widths cannot tell the two apart; the
parallel can: where two heads of a series stand apart, a paragraph's last line shaped as one more of
them (opening alike, a whole sentence after a line ending on a full stop, over a paragraph twice as
wide) is cut off and counted in (``headings._tail_head``).  A series of such last lines alone makes no
heads: every one-sentence last line of a text would be one.

The pages are real: the dev text commentary_sentence_heads set in the dev designs a5_book (read by
pypdf) and news_three_tight (pdfminer), whole.
"""

from __future__ import annotations

from booklet.clean.blocks import Blk, Kind
from booklet.clean.headings import _tail_head
from booklet.clean.layout import Layout

HEADS = ["办实事要先问需于民。", "办实事要敢啃硬骨头。", "办实事要让群众来评判。"]
LAYOUT = Layout(20.0, True, False, False)


def _para(*lines: str) -> Blk:
    starts, offset = [], 0
    for k, line in enumerate(lines):
        starts.append((offset, k))
        offset += len(line)
    return Blk(Kind.PARA, "".join(lines), 0, len(lines) - 1, starts=tuple(starts))


def test_first_head_under_a_full_line_is_a_heading(extracted, headings_of, all_text):
    doc = extracted("commentary_sentence_heads__a5_book__pypdf.txt")
    assert headings_of(doc)[-3:] == HEADS
    assert "实事办实。\n办实事要先问需于民。\n民生实事" in all_text(doc)


def test_three_column_page_reads_all_three_heads(extracted, headings_of):
    doc = extracted("commentary_sentence_heads__news_three_tight__pdfminer.txt")
    assert sorted(h for h in headings_of(doc) if h.startswith("办实事要")) == sorted(HEADS)


def test_tail_head_cases():
    tail = _tail_head(_para("段，越要防止松劲懈怠，越要把好事办好、实事办实。", "办实事要先问需于民。"), LAYOUT)
    assert tail is not None and tail.text == "办实事要先问需于民。"
    # (a closing quotation mark after the stop still ends the sentence)
    tail = _tail_head(_para("他说：“把好事办好、实事办实。”", "办实事要先问需于民。"), LAYOUT)
    assert tail is not None


def test_tail_head_refusals():
    # the line above runs on: no stop, or a lead-in's colon
    assert _tail_head(_para("越是到了年底收官阶段，越要防止", "办实事要先问需于民。"), LAYOUT) is None
    assert _tail_head(_para("越是到了年底收官阶段，要做到：", "办实事要先问需于民。"), LAYOUT) is None
    # the last line holds two sentences, or a comma's clause, or a colon, or opens on a quotation mark
    assert _tail_head(_para("把好事办好、实事办实。", "办实事要先问需。要敢啃硬骨头。"), LAYOUT) is None
    assert _tail_head(_para("把好事办好、实事办实。", "答：主要靠合作社带动。"), LAYOUT) is None
    assert _tail_head(_para("把好事办好、实事办实。", "“办实事要先问需于民。”"), LAYOUT) is None
    # a numbered line is the numbered rules' (a list's item run in)
    assert _tail_head(_para("把好事办好、实事办实。", "（一）加强组织领导。"), LAYOUT) is None
    # one line: nothing to cut
    assert _tail_head(_para("办实事要先问需于民。"), LAYOUT) is None


def test_tails_alone_make_no_series(clean, headings_of):
    text = "\n".join([
        "这是一段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止了。",
        "我们要记住。",
        "这是另一段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止。",
        "这是第二段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止了。",
        "我们要坚持。",
        "这是另一段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止。",
        "这是第三段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止了。",
        "我们要努力。",
        "这是另一段很长的文字，讲的是一件事情的来龙去脉，一直写到这一行的末尾为止。",
    ]) + "\n"
    doc, _report = clean(text)
    assert not [h for h in headings_of(doc) if h.startswith("我们要")]
