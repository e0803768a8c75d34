"""A numbered head set larger, wrapped over three lines, read as a kicker over a title, or cut before a
rest that reads as a name (issue 10, branch wrap90).

Seed 426 of ``tests/eval/heading_sweep.py --kind heading`` (designs no rule was written from), sw25_02:
an 18 em measure, numbered heads in bold 楷体 1.3× centred, so 13 characters a line:

- 「一、深刻认识加强和改进乡村」 / 「治理对推进乡村全面振兴的重」 / 「要意义」 — the first two lines are as wide
  and the break falls between two words (乡村 / 治理), which is how ``setoff.kicker_over_wrapped_title``
  reads a 引题 over a title's first line: the head's number stayed a heading alone and its rest another.
  A line opening on a section head's number is no kicker (``setoff.numbered_line``).
- 「二、准确把握加强乡村治理必」 / 「须坚持的基本原则和主要目标」 / 「任务」 — 任务 reads as a name (任 a
  surname), and ``_plain_rest`` refuses a name as a heading's rest (an author's under a title); a section's
  numbered head carries no byline, so its rest may read as one.

Seed 427 (the unseen check) sw25_03 under pypdf: the same head on one full line over 「任务」 — a rest of two
characters is a head's last word, a name set apart holds three (``setoff.NAME_APART_MIN``).

The pages are real extractions (plain pdftotext, pypdf), whole, in ``tests/data/extractions``; every page
test fails on main c03c9896.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph

HEAD_ONE = "一、深刻认识加强和改进乡村治理对推进乡村全面振兴的重要意义"
HEAD_TWO = "二、准确把握加强乡村治理必须坚持的基本原则和主要目标任务"


@pytest.mark.parametrize("page", [
    "reader_parts_documents__sw25_02_s426_heading__pdftotext.txt",
    "reader_parts_documents__sw25_02_s426_heading__pypdf.txt",
])
def test_a_numbered_head_over_three_lines_is_one_heading(extracted, headings_of, texts, page):
    doc = extracted(page)
    heads = headings_of(doc)
    assert HEAD_ONE in heads
    assert HEAD_TWO in heads
    assert "一、深刻认识加强和改进乡村" not in heads
    assert not any(h.startswith("治理对推进") for h in heads)
    assert "任务" not in heads
    paragraphs = texts(doc, Paragraph)
    assert any(p.startswith("乡村治理是国家治理的基石。") for p in paragraphs)


def test_a_numbered_head_keeps_its_two_character_rest(extracted, headings_of):
    # seed 427 (the unseen check) sw25_03 under pypdf: the head on one full line, its rest 「任务」 under it
    doc = extracted("reader_parts_documents__sw25_03_s427_heading__pypdf.txt")
    heads = headings_of(doc)
    assert HEAD_TWO in heads
    assert "任务" not in heads


def _lines(*texts_):
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    return to_lines(raw_lines("".join(t + "\n" for t in texts_)))


@pytest.mark.parametrize("text, numbered", [
    ("一、深刻认识加强和改进乡村", True),
    ("（二）产业发展势头向好", True),
    ("3.着力扩大有效投资", True),
    ("一张“明白卡”让", False),            # a kicker opening on 一 with no mark after it
    ("2026年全县粮食生产喜获丰收", False),   # a year, no heading's number
    ("小切口解决大问题", False),
])
def test_numbered_line(text, numbered):
    from booklet.clean.setoff import numbered_line
    (line,) = _lines(text)
    assert numbered_line(line) is numbered


# Titles cut by their measure where the cut reads as two headline elements (wrap89's lefts (a) and (b)), on
# seed 414's pages (wrap89's draw, kept; the rules below were written from them):
# - sw25_03: 「凝心聚力抓落实 奋力开创县域经」 / 「济高质量发展新局面」 — the cut left the first line two halves of
#   seven ideographs, a couplet by chance, read as a kicker over a title; the measure cut 经济 across the break
#   (``shapes.couplet_cut_in_word``);
# - pocketwide pw59_00: 「青禾县2026年政府工作」 / 「报告（摘要）」 — read as a phrase kicker over a closed title; a
#   genre word alone names no matter (``shapes.GENRE_TAIL_RE``).

def test_a_title_cut_inside_a_word_is_no_couplet_kicker(extracted, headings_of):
    doc = extracted("speech_county_meeting__sw25_03_s414_heading__pdftotext.txt")
    heads = [h.replace(" ", "").replace("\u3000", "") for h in headings_of(doc)]
    assert "凝心聚力抓落实奋力开创县域经济高质量发展新局面" in heads
    assert "济高质量发展新局面" not in heads


@pytest.mark.parametrize("page", [
    "report_county_government_work__pw59_00_s414_pocketwide__pdftotext.txt",
    "report_county_government_work__pw59_00_s414_pocketwide__pypdf.txt",
])
def test_a_title_cut_before_its_genre_is_one_title(extracted, headings_of, page):
    doc = extracted(page)
    heads = [h.replace(" ", "") for h in headings_of(doc)]
    assert "青禾县2026年政府工作报告（摘要）" in heads
    assert "报告（摘要）" not in heads
    assert "青禾县2026年政府工作" not in heads


@pytest.mark.parametrize("upper, lower, cut", [
    ("凝心聚力抓落实　奋力开创县域经", "济高质量发展新局面", True),      # 经济
    ("党建引领聚合力　为民服务办实事", "市科技局开展科技特派员进企业服务活动", False),
    ("抓好冬春农田水利建设　夯实明年粮食丰收基础", "全县冬修水利工程全面开工", False),
])
def test_couplet_cut_in_word(upper, lower, cut):
    from booklet.shapes import couplet_cut_in_word, couplet_over
    assert couplet_cut_in_word(upper, lower) is cut
    assert couplet_over(upper, lower) is not cut


@pytest.mark.parametrize("text, tail", [
    ("报告（摘要）", True), ("的通知", True), ("方案（试行）", True), ("意见", True),
    ("政府工作报告", False), ("报告会在京举行", False), ("通知（2026年第3号文件的补充说明）", False),
])
def test_genre_tail(text, tail):
    from booklet.shapes import GENRE_TAIL_RE
    assert (GENRE_TAIL_RE.match(text) is not None) is tail
