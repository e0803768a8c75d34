"""A poem's heading and its poet's line; a report's title, byline and box head (issue 10, branch texts85b).

A 古诗词 reader sets the poet's line under each poem's title: the period in brackets, then the name
(「二、如梦令·湖上」 / 「〔清〕顾秋帆」).  It read as no byline, so the title ran on into it — and on into
the poem's first line under it.  ``shapes.POET_BYLINE_RE`` gives it the byline's shape (the bracket
is its label, as 「作者：」 is).  A 政府工作报告 printed for study names the part printed at its title's
end (「…政府工作报告（摘要）」): on a narrow page the title wraps before the bracket, and the bracket
alone was read as a note under it, which cut the headline from its byline (「青禾县人民政府县长」 /
「王志远」, the post over its holder) — ``shapes.EXCERPT_NOTE_RE``, ``headlines._excerpt_note``.  Its
专栏 head wraps at the wide space after the box's label (「专栏1」 / 「2026年县政府十项民生实事」) —
``shapes.BOX_LABEL_ONLY_RE``, ``titles._label_over_title``.

The pages are real: the dev texts ``poems_song_ci_recitation`` and ``report_county_government_work`` set
on ``tests/eval/heading_sweep.py`` pages of seed 359 (``--kind pocket`` designs 0 and 1 read by
pdftotext, ``--kind heading`` design 3 read by pdfplumber) — whole documents, ``tests/data/extractions``.
The three extraction tests fail on main 5da0ba62 and pass here.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph
from booklet.shapes import (BOX_LABEL_ONLY_RE, EXCERPT_NOTE_RE, EDITION_NOTE_RE, looks_like_byline, name_like,
                            poet_byline, set_apart, short_line_role)


def _squeezed(items):
    return [t.replace(" ", "").replace("\u3000", "") for t in items]


def test_poem_titles_stand_apart_from_the_poets_line(extracted, headings_of, texts):
    doc = extracted("poems_song_ci_recitation__pk53_00_s359_pocket__pdftotext.txt")
    heads = headings_of(doc)
    for title in ("一、浣溪沙·春日登城楼", "二、如梦令·湖上", "三、山行晓发"):
        assert title in heads
    assert not any("顾秋帆" in h for h in heads)
    paras = _squeezed(texts(doc, Paragraph))
    # the poet's line apart under each title (the poem's byline, or a block of its own), the poem's
    # first line one of the poem's
    bylines = _squeezed([a.author or "" for a in doc.articles]) + paras
    assert bylines.count("〔清〕顾秋帆") == 3
    for first in ("一夜东风过女墙〔1〕，", "记取荷塘新雨，", "晓出柴门去，"):
        assert first in paras


@pytest.mark.parametrize("name", ["report_county_government_work__pk53_01_s359_pocket__pdftotext.txt",
                                  "report_county_government_work__sw25_03_s359_heading__pdfplumber.txt"])
def test_report_title_keeps_its_excerpt_note_and_signs_under_it(extracted, name):
    article = extracted(name).articles[0]
    assert article.title == "青禾县2026年政府工作报告（摘要）"
    assert article.author.replace(" ", "\u3000") == "青禾县人民政府县长\u3000王志远"


def test_report_box_head_is_one_heading(extracted, headings_of):
    heads = _squeezed(headings_of(extracted("report_county_government_work__pk53_01_s359_pocket__pdftotext.txt")))
    assert "专栏12026年县政府十项民生实事" in heads
    assert "专栏1" not in heads and "2026年县政府十项民生实事" not in heads


@pytest.mark.parametrize("text", ["〔清〕顾秋帆", "【宋】苏轼", "（唐）李白", "(宋) 李清照", "[五代·南唐] 李煜", "〔三国·魏〕曹操"])
def test_poet_line_is_a_byline(text):
    assert poet_byline(text) and looks_like_byline(text) and name_like(text) and set_apart(text)
    assert short_line_role(text) == "byline"


@pytest.mark.parametrize("text", ["（一）概况", "（十二）总体要求", "（第一）概况", "〔1〕女墙", "【注释】", "〔清〕",
                                  "〔清〕顾秋帆的词", "【赏析】全词上下阕", "一、浣溪沙·春日登城楼"])
def test_poet_line_refusals(text):
    assert not poet_byline(text)


def test_excerpt_and_box_label_shapes():
    assert all(EXCERPT_NOTE_RE.match(t) for t in ("（摘要）", "（节选）", "(摘编)"))
    assert not any(EXCERPT_NOTE_RE.match(t) for t in ("（试行）", "（2026年1月15日）", "（摘要见附件）"))
    assert EDITION_NOTE_RE.match("（摘要）") is None   # the title's words, never a subtitle of its own
    assert all(BOX_LABEL_ONLY_RE.match(t) for t in ("专栏1", "专栏三", "知识链接3"))
    assert not any(BOX_LABEL_ONLY_RE.match(t) for t in ("专栏", "专栏1　2026年县政府十项民生实事", "第一章", "表1", "案例一"))
