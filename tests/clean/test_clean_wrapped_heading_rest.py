"""A wrapped heading read as two headings, its rest a heading of its own (issue 10, branch wrap89).

Seed 414 of ``tests/eval/heading_sweep.py`` (designs no rule was written from):

- ``--kind heading`` sw25_03 (18 em, numbered headings in 黑体 1.15× set in two em like the paragraphs):
  「一、深刻认识加强和改进乡村」 / 「治理对推进乡村全面振兴的重要意」 / 「义」 — the rest, running from the
  margin, is two characters wider than the first line (the heading's indent), so ``_plain_rest`` refused
  it; yet at 15 characters it stops a whole character short of a body first line's room (16), which a
  paragraph's first line that goes on never does (``setoff.set_in_rest_across``).
- ``--kind pocketwide`` pw59_02: a speech's title, a couplet wrapped before its quoted term
  (「拧紧责任链条 跑好安全生产」 / 「“最后一公里”」), read as a couplet kicker over a title of its own; a
  quoted term alone is no headline element (``titles.quoted_term_taken_up``).

The pages are real plain-pdftotext extractions, whole, in ``tests/data/extractions``; both page tests
fail on main 1297f01d.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph


def test_a_numbered_heading_set_in_keeps_its_wider_rest(extracted, headings_of, texts):
    doc = extracted("reader_parts_documents__sw25_03_s414_heading__pdftotext.txt")
    heads = headings_of(doc)
    assert "一、深刻认识加强和改进乡村治理对推进乡村全面振兴的重要意义" in heads
    assert "一、深刻认识加强和改进乡村" not in heads
    assert not any(h.startswith("治理对推进") for h in heads)
    assert any(p.startswith("乡村治理是国家治理的基石。") for p in texts(doc, Paragraph))


def test_a_couplet_title_keeps_its_quoted_term(extracted, headings_of):
    doc = extracted("speech_question_exclaim_heads__pw59_02_s414_pocketwide__pdftotext.txt")
    heads = headings_of(doc)
    assert any(h.replace(" ", "").replace("\u3000", "") == "拧紧责任链条跑好安全生产“最后一公里”" for h in heads)
    assert "“最后一公里”" not in heads


def _lines(*texts_):
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    return to_lines(raw_lines("".join(t + "\n" for t in texts_)))


class _Layout:
    """The little of ``Layout`` the predicate reads: an 18 em measure whose first lines lost two em."""
    indent_lost = 2.0

    @staticmethod
    def measure_at(_line):
        return 18.0


def test_set_in_rest_across_reads_the_heading_measure():
    from booklet.clean.setoff import set_in_rest_across
    first, rest, nxt = _lines("一、深刻认识加强和改进乡村", "治理对推进乡村全面振兴的重要意", "义")
    assert set_in_rest_across(first, rest, nxt, _Layout())
    first, rest, nxt = _lines("二、准确把握形势任", "务进一步明确工作重点", "当前发展环境中的有利条件和不利因素")
    assert set_in_rest_across(first, rest, nxt, _Layout())   # 任务: a word across the break


@pytest.mark.parametrize("lines", [
    ("一、深刻认识加强和改进乡村", "乡村治理是国家治理的基石。村庄是", "农民生产生活的共同体"),   # a first line at the room
    ("一、深刻认识", "乡村治理是国家治理的基石", "农民生产生活的共同体"),                  # neither edge nor word
    ("一、深刻认识加强和改进乡村", "治理对推进乡村全面振兴的重要", "意、义"),            # kinsoku pushed a unit down
])
def test_set_in_rest_across_refuses(lines):
    from booklet.clean.setoff import set_in_rest_across
    first, rest, nxt = _lines(*lines)
    assert not set_in_rest_across(first, rest, nxt, _Layout())


@pytest.mark.parametrize("text, taken", [
    ("“最后一公里”", True), ("“放管服”", True),
    ("“积分超市”激活乡村治理", False), ("“我们要干，而且要干好”", False), ("最后一公里", False),
])
def test_quoted_term_taken_up(text, taken):
    from booklet.clean.titles import quoted_term_taken_up
    assert quoted_term_taken_up(text) is taken
