"""A standard's untitled subclauses read as paragraphs where the extractor dropped their indent (issue 10, stdind89).

GB/T 1.1 writes the subclauses of one level all titled or all untitled: a title names the clause in a few words and
stands alone (「4.1　选址」), an untitled subclause opens on its text, which the measure cuts anywhere.  Under
pdfplumber and ``pdftotext -raw`` a clause set in like the paragraphs loses its indent, and its first line, an
indent short of the measure, read as a finished line — a heading (「4.2.1 城市书房建筑面积不宜」 / 「小于150平方米，…」).
``layout.untitled_depths`` reads the levels written untitled (a subclause whose sentence ends on its line or on the
next, ``_opens_on_text``; or three subclauses' first lines or more cut at one width near the measure), and
``layout.untitled_clause`` lets such a first line run on (``measured._wrapped_break``).

The pages are real: ``tests/eval/heading_sweep.py --kind heading --seed 416`` designs 1 and 3.  The page tests fail on
main 1297f01d and pass.
"""

from __future__ import annotations

from booklet.clean.layout import Layout, untitled_clause, untitled_depths
from booklet.clean.lines import to_lines
from booklet.model import Paragraph
from booklet.readers.text import raw_lines

TEXT_ENDS = "standard_reading_room__sw25_01_s416_heading__pdfplumber.txt"
CUT_WIDTH = "standard_reading_room__sw25_03_s416_heading__pdftotext_raw.txt"
CLAUSES = ("4.2.1城市书房建筑面积不宜小于150平方米，阅览座位不宜少于40个。",
           "5.1.1城市书房每周开放时间不应少于84小时，节假日应正常开放。",
           "5.2.1城市书房应提供通借通还服务，读者凭有效证件即可在全市任一公共图书馆归还所借文献。",
           "5.3.2读者活动的信息应提前不少于3天通过公告栏、网站或者移动终端向社会发布。")


def _solid(items):
    return ["".join(t.split()) for t in items]


def _lines(text):
    return to_lines(raw_lines(text))


def test_untitled_subclauses_run_on_where_one_ends_its_sentence(extracted, texts, headings_of):
    doc = extracted(TEXT_ENDS)
    heads = _solid(headings_of(doc))
    assert not any(h.startswith(("4.2.1", "5.1.1", "5.1.2", "5.2.1", "5.3.1")) for h in heads), heads
    for head in ("4.1选址", "4.2建筑面积", "5.1开放时间", "5.2借阅服务", "5.3读者活动"):
        assert head in heads, heads
    paras = _solid(texts(doc, Paragraph))
    for clause in CLAUSES:
        assert clause in paras, [p for p in paras if p[:1].isdigit()]


def test_untitled_subclauses_run_on_where_the_measure_cut_them_at_one_width(extracted, texts, headings_of):
    doc = extracted(CUT_WIDTH)
    heads = _solid(headings_of(doc))
    assert not any(h[:5].count(".") == 2 for h in heads), heads
    assert "4.2建筑面积" in heads and "5.3读者活动" in heads, heads
    paras = _solid(texts(doc, Paragraph))
    for clause in CLAUSES:
        assert clause in paras, [p for p in paras if p[:1].isdigit()]


def test_untitled_depths_cases_and_refusals():
    # a sentence ending on the clause's own line or on the next after a pause
    assert untitled_depths(_lines("4.1 选址\n4.1.1 城市书房宜设在首层。\n"), 16.0) == {2}
    assert untitled_depths(_lines("4.2.2 儿童阅读区宜单独设置，\n面积不宜小于总面积的20%。\n"), 16.0) == {2}
    # a heading wrapped at its comma ends on no stop; short titles, however many, are titles
    assert untitled_depths(_lines("2.1.1 坚持问题导向，\n补齐基础研究短板\n"), 16.0) == frozenset()
    assert untitled_depths(_lines("4.1 选址\n4.2 建筑\n5.1 开放\n5.2 借阅\n"), 16.0) == frozenset()
    # three first lines cut at one width near the measure
    cut = "4.1.1 城市书房宜设在人口\n集中\n4.1.2 城市书房宜设在建筑\n首层\n4.2.1 城市书房建筑面积不\n宜\n"
    assert untitled_depths(_lines(cut), 15.0) == {2}
    assert untitled_depths(_lines(cut), 20.0) == frozenset()   # far short of the measure: titles


def test_untitled_clause_cases_and_refusals():
    layout = Layout(16.0, True, False, False, untitled_depths=frozenset({2}))
    line, short, final, titled = _lines("4.2.1 城市书房建筑面积不宜\n4.2.1 建筑面积\n4.2.1 城市书房宜设在首层。\n"
                                        "4.2 城市书房建筑面积不宜小\n")
    assert untitled_clause(line, layout)
    assert not untitled_clause(short, layout)     # a title, short, stands alone
    assert not untitled_clause(final, layout)     # a sentence ended: the break is the sentence's
    assert not untitled_clause(titled, layout)    # another level
    assert not untitled_clause(line, Layout(16.0, True, False, False))
