"""A standard's and a 条例's heads read as GB/T 1.1 and the legislative habit set them, under plain pdftotext,
pypdf and pdfplumber (issue 10, std89).

- The outline a standard's clause numbers step through is read off the subclauses written with their titles or
  texts too (``clauses._outline_steps``: 「4.1 选址」, 「4.1.1　城市书房宜设在…」, 「5 转运作业要求」), so the chapter
  numbers plain pdftotext wrote alone (「1」 / 「范围」, a wide space) are joined to their titles where no
  subclause number stood alone; a number under which a second subclause stood already is no clause's
  (``SUBCLAUSES_PAST``: a page's folio 「6」 after 5.2.2 joins nothing).
- A 条例's two-character chapter title is set letter-spaced (「第一章　总　　则」); after labels pdftotext stacked
  (「第一章」 / 「第一条」) it writes each character as a block, and the two are the one title
  (``order._owned_after_stack``).
- A standard's designation (「DB 3209/T 0187—2026」) that pypdf cut at its fonts in the head is a line of its own,
  never the title's rest (``runs._designation_starts``, ``shapes.STANDARD_DESIGNATION_RE``).

The pages are real: ``tests/eval/heading_sweep.py --kind heading --seed 404`` designs 2, 4, 5 and 6 over the dev
standards and regulations.  The page tests fail on main 7fabb636 and pass.
"""

from __future__ import annotations

from booklet.clean.clauses import _outline_steps
from booklet.clean.lines import to_lines
from booklet.model import Paragraph
from booklet.readers.text import raw_lines
from booklet.shapes import CHAPTER_LEAD_RE, CLAUSE_LEAD_RE, STANDARD_DESIGNATION_RE

READING_PLAIN = "standard_reading_room__sw25_02_s404_heading__pdftotext.txt"
RURAL_PLAIN = "standard_rural_waste_collection__sw25_04_s404_heading__pdftotext.txt"
REGULATION_PLAIN = "regulation_mountain_fire_prevention__sw25_05_s404_heading__pdftotext.txt"
READING_PYPDF = "standard_reading_room__sw25_06_s404_heading__pypdf.txt"
RURAL_PYPDF = "standard_rural_waste_collection__sw25_06_s404_heading__pypdf.txt"


def _solid(items):
    return ["".join(t.split()) for t in items]


def test_chapter_numbers_alone_join_their_titles_by_the_subclauses_outline(extracted, headings_of):
    heads = _solid(headings_of(extracted(READING_PLAIN)))
    for head in ("1范围", "2规范性引用文件", "3术语和定义", "4选址与建设", "4.1选址", "5服务要求"):
        assert head in heads, heads
    assert "范围" not in heads and "术语和定义" not in heads


def test_a_folio_past_its_numbers_subclauses_joins_nothing(extracted, texts, headings_of):
    doc = extracted(RURAL_PLAIN)
    paras = _solid(texts(doc, Paragraph))
    assert not any(p.startswith(("6注1", "7辆")) for p in paras), [p for p in paras if p[:1].isdigit()]
    assert any(p.startswith("注1：山区、海岛等居住分散的村") for p in paras)
    assert "6运行管理" in _solid(headings_of(doc))


def test_a_letter_spaced_chapter_title_after_stacked_labels_is_one_title(extracted, texts, headings_of):
    doc = extracted(REGULATION_PLAIN)
    heads = _solid(headings_of(doc))
    assert "第一章总则" in heads and "第五章附则" in heads, heads
    paras = _solid(texts(doc, Paragraph))
    assert any(p.startswith("第一条为了有效预防和扑救山林火灾") for p in paras), paras[:4]
    assert not any(p.startswith("第一条则") for p in paras)


def test_a_designation_cut_at_its_fonts_stands_apart_from_the_title(extracted, texts, headings_of):
    doc = extracted(READING_PYPDF)
    heads = _solid(headings_of(doc))
    assert heads[0] == "城市书房建设与服务规范", heads[:2]
    assert "DB3209/T0187—2026" in _solid(texts(doc, Paragraph))
    doc = extracted(RURAL_PYPDF)
    heads = _solid(headings_of(doc))
    assert "农村生活垃圾分类收集与转运技术规范" in heads and "前言" in heads, heads[:3]
    paras = _solid(texts(doc, Paragraph))
    assert "GB/T51836—2026" in paras
    # a designation cited in a sentence stays in it
    assert any(p.startswith("本文件按照GB/T1.1—2020《标准化工作导则") for p in paras)


def test_outline_shapes_cases_and_refusals():
    for text in ("4.1 选址", "4.1.1\u3000城市书房宜设在", "5.2.1 城市书房应提供"):
        assert CLAUSE_LEAD_RE.match(text), text
    for text in ("1.2 亿元", "4 选址", "4.1选址", "15 分钟", "2026.1 年"):
        assert CLAUSE_LEAD_RE.match(text) is None, text
    assert CHAPTER_LEAD_RE.match("5 转运作业要求") and CHAPTER_LEAD_RE.match("5.1 x") is None
    for text in ("DB3209/T0187—2026", "GB/T51836—2026", "GB50763—2010", "GB/T1.1—2020", "T/CECS123—2021"):
        assert STANDARD_DESIGNATION_RE.match(text), text
    for text in ("GB/T28220", "DB", "GB/T28220公共图书馆服务规范", "2026年"):
        assert STANDARD_DESIGNATION_RE.match(text) is None, text


def test_outline_steps_pass_over_a_number_past_its_subclauses():
    lines = to_lines(raw_lines("1\n\n范围\n\n4.1 选址\n\n4.2 建筑面积\n\n4\n\n5 服务要求\n"))
    alone = {k for k, ln in enumerate(lines) if ln.text in ("1", "4")}
    steps = [number for _k, number in _outline_steps(lines, alone)]
    assert steps == [(1,), (4, 1), (4, 2), (5,)]


def test_a_folio_over_the_running_head_joins_nothing_however_the_outline_steps(extracted, headings_of):
    # a manual's pocket page pasted from a viewer (the dev suite's pocket_18_kai_heads): its chapters 「5 日常维护」
    # confirm an outline a verso's folio 「6」 fits into, but the line under the folio, 「视频会议室设备操作手册」, is
    # printed on page after page — the running head, no clause's title (``HEAD_COPIES_MIN``)
    heads = _solid(headings_of(extracted("manual_video_conference_ops__pocket_18_kai_heads__paste_viewer.txt")))
    assert not any(h.endswith("视频会议室设备操作手册") and h[:1].isdigit() for h in heads), heads
