"""Headings absorbed into the paragraph under them on pocket pages (issue 10, branch pocket89).

Seed 410 of ``tests/eval/heading_sweep.py --kind pocket`` (designs no rule was written from) loses its
小标题 into the paragraph under them in every text family on two kinds of page:

- pk53_03 (17 em, block paragraphs, headings in 楷体 1.1×) and pk53_02 (14 em, block paragraphs,
  numbered headings in 黑体 1.1× wrapping at fewer characters than the body's measure): the page's
  first lines all run full, but its headings' own lines (「坚持问题导向，补齐基础研究短板」, 15 of 17;
  「务，进一步明确工作重点」, the rest of 「二、准确把握形势任」, 11 of 14) stood among the first lines
  ``layout._first_rooms`` reads and made the page look like one whose indents were dropped — so
  ``layout.firsts_full`` was off and pocket79's ``_heading_over_block_first`` never asked.  They are
  read apart (``layout.heading_room``), and a wrapped numbered heading's last line over a full first
  line ends its block (``measured._heading_rest_over_block_first``).
- pk53_01 (14 em, indented paragraphs whose indents pdftotext drops): the rest of a numbered heading
  set larger, over a first line one em wider (「务，进一步明确工作重点」 / 「当前，发展环境中的有利条」),
  was read as a third line of the heading (``setoff.rest_of_larger_line``); the first line goes on
  into the next in a word (条 / 件), which no heading's rest does (``setoff._goes_on_in``).

The pages are real plain-pdftotext extractions, whole, in ``tests/data/extractions``.  All three
page tests fail on main 7fabb636.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph


@pytest.mark.parametrize(("name", "heads", "openings"), [
    # phrase heads over block paragraphs stand alone (their own lines are no paragraph's first lines)
    ("report_bold_headings__pk53_03_s410_pocket__pdftotext.txt",
     ("坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力"),
     ("设立市自然科学基金联合基金", "实施企业研发机构提质工程")),
    # a wrapped numbered heading ends over a block paragraph's full first line
    ("speech_county_meeting__pk53_02_s410_pocket__pdftotext.txt",
     ("二、准确把握形势任务，进一步明确工作重点", "三、切实转变工作作风，进一步提升落实质效"),
     ("当前，发展环境中的有利条件和不利因素并存。", "抓落实，关键在干部。")),
    # a first line going on in a word is no rest of the larger heading above it
    ("speech_county_meeting__pk53_01_s410_pocket__pdftotext.txt",
     ("二、准确把握形势任务，进一步明确工作重点",),
     ("当前，发展环境中的有利条件和不利因素并存。",)),
])
def test_pocket_heads_stand_apart_from_the_paragraphs_under_them(extracted, headings_of, texts, name, heads, openings):
    doc = extracted(name)
    found = headings_of(doc)
    for head in heads:
        assert head in found
    paras = texts(doc, Paragraph)
    for opening in openings:
        assert any(p.startswith(opening) for p in paras)


def _pair(above: str, below: str):
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    lines = to_lines(raw_lines(f"{above}\n{below}\n"))
    return lines[0], lines[1]


def test_a_heading_own_line_is_read_apart_from_first_lines():
    from booklet.clean.layout import heading_room
    assert heading_room(*_pair("科技人才引育机制有待完善。", "坚持人才引领，优化创新生态"))
    assert heading_room(*_pair("二、准确把握形势任", "务，进一步明确工作重点"))


@pytest.mark.parametrize("above, below", [
    ("科技人才引育机制有待完善。", "只要方向对了，坚持下去，就"),   # a clause cut by the measure
    ("科技人才引育机制有待完善。", "坚持人才引领，优化创新生态。"),   # a sentence
    ("科技人才引育机制有待完善。", "当前，发展环境中的有利条件和"),   # a lead-in, then a long clause
    ("1.着力扩大有效投资", "要坚持项目为王，实行县级领导"),   # a whole heading over its first line
    ("二、准确把握形势任务", "当前，发展环境中的有利条件和"),   # no word across the break
])
def test_a_first_line_is_no_heading_own_line(above, below):
    from booklet.clean.layout import heading_room
    assert not heading_room(*_pair(above, below))
