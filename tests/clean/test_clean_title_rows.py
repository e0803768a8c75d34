"""A row holding a title's piece and another column's sentence piece, parted before the page's blocks are dealt
(``flow._title_row``, ``flow._title_rows_moved``; plain76 in ``docs/cleaner-history.md``).

A title set large stands as high as two or three lines of the column beside it, and plain
``pdftotext`` writes the line whose baseline meets the title's on the title's row, one space apart:
「共建文明城 动自行车。」.  The row is no wider than a column (the title's glyphs count at the body's
size), so no gutter cut takes it; written at the title's turn, the round dealing gave the sentence's
piece to the title's column, which then opened on a line with punctuation in it — no title — and the
third column was read first (plain75b's worse case, fidelity 0.875 → 0.089).  Parted, the title's
piece stays over its column and the sentence's piece goes after the one line of another column whose
word it finishes (「…骑行电」 / 「动自行车。」).

The input is a real extraction kept in ``tests/data/extractions``: the dev text
``appeal_civilised_city`` set in the news sweep's design nw54_00 (three columns of 12 characters,
leading 1.54; ``heading_sweep.py --kind news --columns 3 --seed 197``), read back by plain
``pdftotext`` as the harness saves it.  Expected values are what a reader of the printed page sees.
Fails on main fc00daf (the third column first, the title 「共建文明城动自行车。」).
"""

from __future__ import annotations


def test_a_title_row_parts_and_the_page_opens_on_its_title(extracted, read_text):
    doc = extracted("appeal_civilised_city__nw54_00_s197_news__pdftotext.txt")
    found = read_text(doc)
    # the title whole, first, with nothing of the third column in it
    assert doc.articles[0].title.replace(" ", "") == "共建文明城市共享美好家园"
    assert "动自行车。" not in doc.articles[0].title
    # the third column's sentence whole: the row's sentence piece after the line whose word it finishes
    assert "礼让斑马线，不在机动车道内骑行电动自行车。" in found
    # and the columns in reading order
    assert found.index("广大市民朋友们") < found.index("一、做文明风尚") < found.index("三、做交通秩序") \
        < found.index("四、做志愿服务") < found.index("江城市精神文明建设委员会")


def test_a_title_row_is_a_headline_piece_and_a_prose_piece():
    from booklet.clean.flow import _title_row
    from booklet.clean.lines import Line, to_lines
    from booklet.readers.text import raw_lines

    def line(text: str) -> Line:
        return to_lines(raw_lines(text))[0]
    assert _title_row(line("共建文明城 动自行车。"), 12.0) == ("共建文明城", "动自行车。")
    # a title's own word space, no punctuation either side
    assert _title_row(line("市 共享美"), 12.0) is None
    assert _title_row(line("抓早抓实民生实事 确保群众温暖过冬"), 20.0) is None
    # a row wider than a column is the gutter cuts' (``row_cuts``)
    assert _title_row(line("江城之名始见于唐代 及时转型，便难免“因河而"), 12.0) is None
    # a label and its text, a bracket left open, a lead-in: one column's line
    assert _title_row(line("第四条 市、区人民政"), 14.0) is None
    assert _title_row(line("（联系人：社会救助处 周立新，"), 14.0) is None
    # a justified line spread glyph by glyph is one column's line
    assert _title_row(line("车不 闯 红 灯 ，行 人 走 斑 马"), 12.0) is None
