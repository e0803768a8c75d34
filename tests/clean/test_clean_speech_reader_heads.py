"""One-column heads no rule was written from (issue 10, branch speech80): a 小标题 set as a call in two clauses, a reader's form under its title, a quoted head wrapped.

A 动员讲话 sets one unnumbered head as a call among its 一、二、三、 heads, two clauses parted by one ，
(「责任不落实，一切都是空谈！」).  The call's shape (shapes.EXCLAIMED_LINE_RE) held no ， at all, so under
every extractor the head stayed a paragraph (seed 269, 84 of 84 cases).  The shape now takes two
clauses of at most shapes._CALL_CLAUSE_MAX characters, the first on no quote mark; the tests of place
are the one-clause call's (headings._EXCLAIMED_EVIDENCE: between paragraphs, heading a passage, as
wide as the document's headings), so slogans in a row and a closing call stay paragraphs.

A reader prints its form for its readers in brackets under its title (「（干部读本）」) where a revised
edition prints 「（2026年修订版）」: shapes.EDITION_NOTE_RE knew 修订, 版, 稿, 试行 … and not a 本 of a kind
(shapes._EDITION_FORMS), so the line stayed a paragraph under every extractor (seed 269, 84 of 84).

A heading that quotes a saying wraps as prose does (「《颜氏家训》：「夫风化者，自上而行于下者」 / 「也」」);
headings._series_apart took the two-character tail for the first of parallel headings (前言, 后记 …)
and cut the heading in two (seed 269, 12 of 12 cases on the designs that wrap it): a line that closes a
quotation the lines above left open is their heading's end (shapes.closes_open_quote).

Each extraction is real: the dev texts speech_question_exclaim_heads and reader_chapter_quoted_heads set in a drawn design
(heading_sweep.py --kind heading --seed 269) and read back by the extractor its name ends on.
"""

from __future__ import annotations

import pytest

from booklet.shapes import EDITION_NOTE_RE, EXCLAIMED_LINE_RE

HEAD = "责任不落实，一切都是空谈！"


@pytest.mark.parametrize("name", [
    "speech_question_exclaim_heads__sw25_00_s269_heading__pdftotext.txt",
    "speech_question_exclaim_heads__sw25_05_s269_heading__pdfminer.txt"], ids=["pdftotext", "pdfminer"])
def test_claused_call_heads_among_heads(extracted, headings_of, name):
    heads = headings_of(extracted(name))
    assert HEAD in heads
    assert heads.index(HEAD) == heads.index("（四）盯住重点人群") + 1
    assert heads[-1] == "结语"
    # the speech's closing call, at the document's end, heads nothing
    assert not any(h.startswith("让我们") for h in heads)


@pytest.mark.parametrize("text", [HEAD, "文明城市，你我共建！", "把群众的小事当作自己的大事！"])
def test_call_shapes(text):
    assert EXCLAIMED_LINE_RE.match(text)


@pytest.mark.parametrize("text", [
    "“周师傅，这些年辛苦您了！”",                      # a character's line
    "让我们从身边做起，从点滴做起，携手共建！",          # three clauses: a sentence
    "同志们，让我们以对人民群众生命财产高度负责的态度坚决打赢攻坚战！",  # a clause past the heading's half
    "同志们！"])
def test_no_call_shapes(text):
    assert EXCLAIMED_LINE_RE.match(text) is None


# reader_chapter_quoted_heads × sw25_03 × pdftotext (seed 269): the first page, a running head over the
# title and the reader's form in brackets under it.
READER_HEAD = """\
学习资料

家风家教学习读本
（干部读本）

前言
家风是一个家庭的精神内核，也是一个社会的价值缩影。
为帮助广大党员干部加强家风建设，我们选编了古今家风家
训故事和有关论述，分为上下两篇，供大家学习参考。书中引文
均注明出处，个别文字略有删节。

上篇
古代家训
《颜氏家训》：「夫风化者，自上而行于下
者也」
《颜氏家训》是北齐颜之推写给子孙的家训，共七卷二十
篇，被后人誉为“家训之祖”。
颜之推认为，教育子女要从小抓起，“教妇初来，教儿婴
孩”，不能等到孩子长大、习惯已经养成再来纠正。他特别强调
父母自身的表率作用，认为风气教化是从上往下推行的，长辈做

1/5
"""

# reader_chapter_quoted_heads × sw25_07 × pdfminer (seed 269): the whole extraction, a 简报's head on
# every page, blank lines between the lines.
READER_APART = "reader_chapter_quoted_heads__sw25_07_s269_heading__pdfminer.txt"


@pytest.mark.parametrize("source", [READER_HEAD, READER_APART], ids=["pdftotext", "pdfminer"])
def test_reader_form_is_the_titles_subtitle(clean, extracted, headings_of, all_text, source):
    """A reader prints its form for its readers in brackets under its title (「（干部读本）」) where a
    revised edition prints 「（2026年修订版）」: the title's subtitle (shapes.EDITION_NOTE_RE)."""
    doc = extracted(source) if source.endswith(".txt") else clean(source)[0]
    first = next(a for a in doc.articles if a.title)
    assert (first.title, first.subtitle) == ("家风家教学习读本", "（干部读本）")
    heads = headings_of(doc)
    assert heads[heads.index(first.title) + 1] == "前言"
    assert all("（干部读本）" not in text for text in all_text(doc).splitlines()[1:])


@pytest.mark.parametrize("text", ["（干部读本）", "（注释本）", "（2026年修订版）", "（试行）"])
def test_edition_notes(text):
    assert EDITION_NOTE_RE.match(text)


@pytest.mark.parametrize("text", ["（县卫生健康局供稿）", "（日本）", "（样本）", "（第二辑）"])
def test_no_edition_notes(text):
    assert EDITION_NOTE_RE.match(text) is None


# reader_chapter_quoted_heads × sw25_06 × pdftotext (seed 269): the whole extraction, the quoted head
# wrapped before its last character.
QUOTED_HEAD = "《颜氏家训》：「夫风化者，自上而行于下者也」"


def test_wrapped_quoted_head_stays_whole(extracted, headings_of):
    heads = headings_of(extracted("reader_chapter_quoted_heads__sw25_06_s269_heading__pdftotext.txt"))
    assert QUOTED_HEAD in heads
    assert "也」" not in heads
    assert heads.index(QUOTED_HEAD) == heads.index("古代家训") + 1


@pytest.mark.parametrize("head, tail, closes", [
    ("《颜氏家训》：「夫风化者，自上而行于下者", "也」", True),
    ("他说：“这件事", "办好”", True),
    ("「俭，德之共也」", "耕读传家", False),      # the quotation closed already
    ("法治政府建设学习语录", "依法行政", False),
    ("他说：“这件事", "一定要办好”", False),    # more than the tail of a quotation
])
def test_closes_open_quote(head, tail, closes):
    from booklet.shapes import closes_open_quote
    assert closes_open_quote(head, tail) is closes
