"""A pocket book's running head naming the section in force, where the pages are not known (furn89,
issue 10 family 2): design pw59_03 of the seed-412 pocketwide draw prints the section over its rectos
(「二、重点任务」) and the page number with the title over its versos; pypdf writes no form feed and
the rectos show no number, so the rectos' heads stand amid the text — between a sentence's halves
(「…补足」 / 「二、重点任务」 / 「养老服务设施。」) or right under a heading kept at a page's foot
(「（二）学习贯彻全会精神」 / 「二、方式方法」 / 「重点学习…」).  The heading itself stays, once.
The inputs are the dev texts notice_theory_study and plan_elderly_care_implementation in that design,
whole, in tests/data/extractions (the gold's headings written out below)."""

from __future__ import annotations

from booklet.clean.bands import _outline_ranks, _under_deeper
from booklet.clean.lines import to_lines
from booklet.model import Heading, block_text
from booklet.readers.text import raw_lines


def _lines(*texts: str):
    return to_lines(raw_lines("\n".join(texts)))


def _body(doc) -> str:
    return "\n".join(block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading))


def test_section_heads_under_a_kept_heading_go(extracted, headings_of):
    doc = extracted("notice_theory_study__s412_pw59_03__pypdf.txt")
    heads = headings_of(doc)
    assert heads[-8:] == ["一、学习内容", "（一）深入学习党的创新理论", "（二）学习贯彻全会精神",
                          "（三）学习科技创新和产业发展知识", "二、方式方法", "1.调研选题", "2.成果运用", "三、工作要求"]
    assert heads.count("二、方式方法") == 1 and heads.count("三、工作要求") == 1
    body = _body(doc)
    assert "方式方法" not in body and "工作要求" not in body


def test_a_section_head_between_a_sentences_halves_goes(extracted, headings_of):
    doc = extracted("plan_elderly_care_implementation__s412_pw59_03__pypdf.txt")
    assert headings_of(doc).count("二、重点任务") == 1
    assert "通过购置、置换、租赁等方式补足养老服务设施。" in _body(doc)
    assert "重点任务" not in _body(doc)


def test_outline_ranks_follow_the_first_opening_of_each_numbering():
    lines = _lines("一、学习内容", "（一）深入学习", "1.系统学习新时代党的创新理论的", "二、方式方法")
    ranks = _outline_ranks(lines, set())
    assert ranks[min(ranks, key=ranks.get)] == 0 and len(ranks) == 3


def test_under_deeper_takes_a_top_heading_under_an_empty_subsection():
    lines = _lines("一、学习内容", "（一）深入学习", "正文。", "（二）学习贯彻全会精神", "二、方式方法", "重点学习")
    ranks = _outline_ranks(lines, set())
    assert _under_deeper(lines, 4, set(), ranks)


def test_under_deeper_refuses_a_subsection_under_its_section_and_a_heading_after_text():
    lines = _lines("一、学习内容", "（一）深入学习", "正文到此为止。", "二、方式方法", "（一）集中学习")
    ranks = _outline_ranks(lines, set())
    assert not _under_deeper(lines, 1, set(), ranks)   # (a subsection opens under its section)
    assert not _under_deeper(lines, 3, set(), ranks)   # (a section after its last paragraph)
    assert not _under_deeper(lines, 4, set(), ranks)


def test_a_contents_list_copying_the_headings_stays():
    """A contents list copies the headings one under another: its 「二、方式方法」 under 「（二）…」 is
    followed by another copy, no text resuming — it stays, and so does the heading."""
    from booklet.clean.bands import section_copies_amid
    from booklet.clean.pages import Pages
    body = ["各单位要把学习全会精神同贯彻落", "实市委全会部署结合起来，同谋划", "明年工作结合起来。"]
    lines = _lines("目录", "一、学习内容", "（一）深入学习", "（二）学习贯彻全会精神", "二、方式方法", "（一）集中学习",
                   "一、学习内容", "（一）深入学习", *body, "（二）学习贯彻全会精神", *body,
                   "二、方式方法", "（一）集中学习", *body)
    assert section_copies_amid(lines, Pages((0,), frozenset(), False), set()) == set()


FOUR_LEVELS = ["关于做好2026年度全市中小学教师全员培训工作的通知", "一、培训对象和主要内容", "（一）培训对象", "（二）主要内容",
               "1.师德师风专题", "2.学科教学能力",
               "二、关于建立健全市县校三级联动的培训管理机制和培训质量跟踪评价制度的具体要求", "三、工作要求"]


def test_a_section_head_carrying_the_folio_goes(extracted, headings_of):
    """Design pw59_06 of the same draw prints the section in force and the page number on one line
    over every page (「一、培训对象和主要内容 1」 … 「三、工作要求 3」), no foot: pypdfium2 writes no form
    feed, and the head's words open on a heading's number — no label, a heading's copy."""
    doc = extracted("notice_four_levels_training__s412_pw59_06__pypdfium2.txt")
    assert headings_of(doc) == FOUR_LEVELS
    assert "工作要求 3" not in _body(doc) and "主要内容 1" not in _body(doc)


def test_paged_words_take_a_heading_copy_and_refuse_a_label_and_a_lone_numbered_line():
    from booklet.clean.bands import _LineKeys, _paged_words
    lines = _lines("一、培训对象和主要内容 1", "一、培训对象和主要内容", "材料 2", "（一）培训对象 3")
    keys = _LineKeys(lines)
    assert _paged_words(lines[0], "一、培训对象和主要内容", keys)
    assert not _paged_words(lines[2], "材料", keys)                 # (a label numbers its material)
    assert not _paged_words(lines[3], "（一）培训对象", keys)        # (no such line in the text: an item's own number)


def test_section_heads_numbered_at_their_start_go(extracted, headings_of):
    """Design pw59_05 prints the page number before the section in force (「1 一、坚持学法用法，依法履职
    意识不断增强」, 「2 二、…」, 「3 二、…」): the words differ from page to page and open on a heading's
    number, which read as clause headings numbered at their start — but each copies a heading of the
    text, which a clause heading's words never do."""
    doc = extracted("report_duty_agriculture_bureau__s412_pw59_05__pdftotext.txt")
    assert headings_of(doc) == ["县农业农村局局长2026年度履职情况报告", "一、坚持学法用法，依法履职意识不断增强",
                                "二、聚焦中心任务，农业农村工作稳中有进", "三、严格落实责任，党风廉政建设持续加强",
                                "四、存在的不足", "五、下一步工作打算"]
    assert "稳中有进" not in _body(doc)
