"""A newspaper page's head row that ``pdftotext`` wrote as blocks of its own (news74, issue 10):
「江城晚报」 / 「城事」 / 「2026年5月3日」 / 「A1」, each set off by blank lines, over the page's first
headline.  On main ``rejoin_runs`` read the lettered page number 「A1」 as a run pypdf cut off a
printed line at its Latin face and joined it to the date over it and the headline under it
(「2026年5月3日A1身边的榜样」), out of the furniture rules' reach: the head ran into the first title
(「江城晚报城事2026年5月3日A1身边的榜样三十年守护一方百姓健康」), or its page number did (「A1前三季度…」).
A run pypdf cut off comes with no blank line beside it; a page number set off so is a block.  Then
the furniture rules take the head: on one page its pieces (``pagehead.head_pieces``, the paper's
name beside the section taken with them: ``_paper_beside``), on two the copies, and the lettered
page number beside a copy (``pages.head_numbers``) or in a run of them anywhere (``pages.lettered_folios``).  A date alone further on — a notice's date
under its signature — is no copy of the head's date (``pagehead.head_copies``).

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --kind news --columns 2
--designs 12 --seed 190`` (design nw54_05) and read by ``pdftotext`` (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest

# (the second page's 「A2」 pdftotext writes after the page's foot 「第2版」, at the text's end, far from the
# head's copy: a run of lettered page numbers, 「A1」 … 「A2」, set off as blocks, ``pages.lettered_folios``)
HEAD = ("江城晚报", "城事", "2026年5月3日", "A1", "A2")


@pytest.mark.parametrize("name, first", [
    # one page: the head's four blocks over a kicker set apart and its title
    ("deeds_village_doctor__nw54_05_s190_news__pdftotext.txt", ["身边的榜样", "三十年守护一方百姓健康"]),
    ("interview_rural_revitalization__nw54_05_s190_news__pdftotext.txt", ["高端访谈", "让农民在产业发展中得到更多实惠"]),
    # two pages: the head's words repeat, its page number counts on (「A1」 … 「A2」)
    ("news_page_economy_figures__nw54_05_s190_news__pdftotext.txt",
     ["前三季度全市规上工业增加值同比增长6.8%", "制造业高质量发展势头稳中向好"]),
])
def test_the_head_rows_blocks_are_furniture(closed_texts, extracted, name, first):
    texts = closed_texts(extracted(name))
    assert texts[:2] == first
    assert not any(t in HEAD or t.startswith(HEAD) for t in texts)


def test_a_signing_date_alone_is_no_copy_of_the_heads_date(closed_texts, extracted):
    texts = closed_texts(extracted("qa_policy_interpretation__nw54_05_s190_news__pdftotext.txt"))
    assert "2026年11月20日" in texts          # 「江城市民政局」 / 「2026年11月20日」 under the text
    assert not any(t in HEAD for t in texts)


@pytest.mark.parametrize("text, blocks", [
    # the head's pieces set off by blank lines stay apart, the title whole
    ("江城晚报\n\n城事\n\n2026年5月3日\n\nA1\n\n身边的榜样\n\n三十年守护一方百姓健康\n——记江城县青石镇卫生院乡村医生刘守山\n"
     "编者按：乡村医生是农村居民健康的“守门人”。刘守山同志扎根山区三十年，走遍全镇。\n", "身边的榜样"),
])
def test_a_lettered_page_set_off_is_no_run(clean, closed_texts, text, blocks):
    doc, _ = clean(text)
    texts = closed_texts(doc)
    assert texts[0] == blocks
    assert not any("A1" in t for t in texts)



@pytest.mark.parametrize("text, taken", [
    ("A1\n\n正文第一段。\n\nA2\n\n正文第二段。\n", {0, 2}),      # a paper's pages, A1 … A2
    ("A1\n\n正文第一段。\n\nB2\n\n正文第二段。\n", set()),       # two letters: no run
    ("A2\n\n正文第一段。\n\nA3\n\n正文第二段。\n", set()),       # a run not from the first page
    ("座位A1\n\nA1\n正文。\n\nA2\n\n正文。\n", set()),           # a label inside a block
])
def test_lettered_folios_are_a_run_of_blocks(text, taken):
    from booklet.clean.lines import to_lines
    from booklet.clean.pages import lettered_folios
    from booklet.readers.text import raw_lines
    assert lettered_folios(to_lines(raw_lines(text))) == taken
