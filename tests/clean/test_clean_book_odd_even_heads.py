"""A short book's odd and even running heads that differ (habits90, issue 10): the versos print the
book's title or the piece's, the rectos the section in force, and the opening page no head — so in
a text of three or four pages each head is printed once or twice, too few for repetition to tell.
The inputs are dev texts set in designs of the seed-418 draw with ``heading_sweep.py --habits book``,
whole, in tests/data/extractions (the gold's headings written out below).

- ``bands._one_top_untaken``: the versos' head is repeated and taken; the one recto's head (「三、以实际
  行动推动作风持续好转」, 「3.2 区域科技创新体系建设的主要做法」) copies a heading printed once on the page
  before, and is judged alone as a two-page text's would be.
- ``pages.verso_pairs``: a design printing its folio on the versos only, beside the book's title
  (「2  理论学习读本」); pypdf writes the folio and the words as two lines, on pages 2 and 4."""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.clean.pages import verso_pairs
from booklet.model import Heading, block_text
from booklet.readers.text import raw_lines


def _body(doc) -> str:
    return "\n".join(block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading))


def test_the_one_rectos_section_head_goes(extracted, headings_of):
    doc = extracted("lecture_party_style__sw25_04_s418_book__pdftotext.txt")
    assert headings_of(doc) == ["锤炼过硬作风 勇于担当作为", "一、深刻认识作风建设的重要意义",
                                "二、准确把握当前机关作风方面存在的突出问题", "三、以实际行动推动作风持续好转"]
    assert "以实际行动推动作风持续好转" not in _body(doc)


def test_a_clause_section_head_over_the_recto_goes(extracted, headings_of):
    doc = extracted("chapter_footnotes_region__sw25_04_s418_book__pypdf.txt")
    heads = headings_of(doc)
    assert heads[-4:] == ["3.1 区域科技创新体系的内涵", "3.1.1 创新主体", "3.1.2 创新环境",
                          "3.2 区域科技创新体系建设的主要做法"]
    assert heads.count("3.2 区域科技创新体系建设的主要做法") == 1


def test_verso_folios_beside_the_books_title_go(extracted, headings_of):
    doc = extracted("outline_plenary_lecture__sw25_01_s418_book__pypdf.txt")
    assert not any("理论学习读本" in h for h in headings_of(doc))
    assert "理论学习读本" not in _body(doc)
    # the page's sentence runs on over the verso's head: 「…以人民为中心，」 / 「最管用的一条…」
    assert "坚持以人民为中心，最管用的一条是坚持实事求是" in _body(doc).replace("\n", "")


def _lines(*texts: str):
    return to_lines(raw_lines("\n".join(texts)))


def test_verso_pairs_takes_two_folios_beside_the_same_words():
    lines = _lines("正文第一行，", "2", "理论学习读本", "接着的正文。", "更多正文，", "4", "理论学习读本", "正文。")
    digits = [i for i, line in enumerate(lines) if line.text.isdecimal()]
    assert verso_pairs(lines, digits) == set(digits)


def test_verso_pairs_refuses_other_words_a_sentence_and_a_count_one_apart():
    lines = _lines("正文，", "2", "理论学习读本", "正文。", "正文，", "4", "干部读本", "正文。")
    assert verso_pairs(lines, [1, 5]) == set()    # (the words differ: no head)
    lines = _lines("2", "名同志参加了会议，", "正文。", "4", "名同志参加了会议，")
    assert verso_pairs(lines, [0, 3]) == set()    # (a clause: a count's words)
    lines = _lines("2", "理论学习读本", "正文。", "3", "理论学习读本")
    assert verso_pairs(lines, [0, 3]) == set()    # (one apart: no versos)


def test_a_chapter_openers_wrapped_title_is_no_head(extracted, headings_of):
    """``bands._numbers_a_part``: the opener prints no head; its title, set large, wraps (「第三章 区域科技
    创新体」 / 「系建设」) and opens on the chapter's number — no band name beside the title's words."""
    doc = extracted("chapter_footnotes_region__sw25_05_s418_book__pdftotext.txt")
    heads = headings_of(doc)
    assert heads[0] == "第三章 区域科技创新体系建设"
    assert "系建设" not in heads


def test_numbers_a_part_takes_a_parts_number_and_refuses_a_band_name():
    from booklet.clean.bands import _numbers_a_part
    assert _numbers_a_part("第三章") and _numbers_a_part("第一节") and _numbers_a_part("第二部分")
    assert not _numbers_a_part("内部刊物") and not _numbers_a_part("要闻") and not _numbers_a_part("学习手册")
