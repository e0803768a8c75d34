"""MuPDF's parted item openings read as written, and a reference's page kept (issue 10, branch mupdf85).

MuPDF (``mutool draw -F txt``) writes a page's blocks in the order the page's stream holds them and
starts a block wherever a line's left edge moves, with a blank line after each: a centred headline
comes one block a line (「青石镇十二个行政村换」 / 「了新颜」), a byline wrapped before a name
(「本报记者 田思远 通讯员」 / 「何晓」), a photo's credit cut inside a word (「…休闲健身。 本报记」 /
「者 孙晓岚/摄」), and a reference's page under a hung attribution (「江城人民出版社2025年版，」 /
「第112页」).  ``order`` read those joins as faults and moved blocks to mend them; ``pages`` took the
reference's page for a folio.

The snippets are real: ``news_page_district_livelihood`` in the drawn design ``nw54_05``
(``heading_sweep.py --kind news``, seed 353), the dev case ``news_page_rural_environment`` ×
``news_three_tight``, and mupdf84b's excerpts page (seed 340), each the whole text as ``mutool`` wrote it.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.clean.order import _byline_block, _piece_rest, _under_title
from booklet.readers.text import raw_lines
from booklet.shapes import citation_page_rest

LIVELIHOOD = "news_page_district_livelihood__nw54_05_s353_news__mupdf.txt"
RURAL = "news_page_rural_environment__news_three_tight__mupdf.txt"
EXCERPTS = "excerpts_long_attributions__col53_01_s340_columns__mupdf.txt"


def test_credits_cut_inside_a_word_keep_the_page_in_order(extracted, headings_of, all_text):
    doc = extracted(LIVELIHOOD)
    assert headings_of(doc) == ["老旧小区换新颜 居民住得更舒心", "江城港集装箱吞吐量首破百万标箱",
                                "社区食堂开到家门口", "江城马拉松12月14日鸣枪开跑", "市图书馆延长夜间开放时间"]
    text = all_text(doc)
    # each caption whole with its credit, nothing run into it
    assert "纺机新村居民在改造后的小广场上休闲健身。本报记者 孙晓岚/摄\n" in text
    assert "桂园社区“邻里食堂”里，老人们在用餐。通讯员 许文/摄\n" in text
    # each item's body under its own headline, in the order written
    assert text.index("江城港集装箱吞吐量首破百万标箱") < text.index("11月28日上午") \
        < text.index("今年以来，江城港") < text.index("社区食堂开到家门口")
    assert text.index("江城马拉松12月14日鸣枪开跑") < text.index("记者从市体育局获悉") \
        < text.index("市图书馆延长夜间开放时间")


def test_centred_headlines_parted_by_line_stay_whole(extracted, headings_of, all_text):
    doc = extracted(RURAL)
    assert headings_of(doc) == ["青石镇十二个行政村换了新颜", "专家团队下田指导小麦播种", "年底前实现高频事项跨省通办",
                                "山区群众喝上了安全放心水", "县第一人民医院与省人民医院共建专科联盟",
                                "让干净整洁成为乡村的常态"]
    text = all_text(doc)
    assert text.index("山区群众喝上了安全放心水") < text.index("在龙潭乡高山村") \
        < text.index("县第一人民医院与省人民医院共建专科联盟")


def test_a_references_page_is_no_folio(extracted, all_text):
    text = all_text(extracted(EXCERPTS))
    assert "载《基层工作文选》第二卷，江城人民出版社2025年版，第112页\n调查研究不能满足于听" in text
    assert "载《基层工作文选》第三卷，江城人民出版社2026年版，第203页" in text


def test_citation_page_rest_cases_and_refusals():
    assert citation_page_rest("江城人民出版社2025年版，", "第112页")
    assert citation_page_rest("《基层工作文选》第二卷，", "第12—15页")
    assert citation_page_rest("江城人民出版社，", "第3页。")
    # a body sentence cut at a page's foot, then the page's folio
    assert not citation_page_rest("到2025年，", "第3页")
    assert not citation_page_rest("认真学习《条例》，", "第3页")
    assert not citation_page_rest("江城人民出版社2025年版。", "第3页")
    # a page and its count is a folio's shape only
    assert not citation_page_rest("江城人民出版社2025年版，", "第3页 共9页")


def _line(text: str):
    return to_lines(raw_lines(text + "\n"))[0]


def test_piece_rest_cases_and_refusals():
    assert _piece_rest(_line("纺机新村居民在改造后的小广场上休闲健身。 本报记"), _line("者 孙晓岚/摄"))
    assert _piece_rest(_line("桂园社区“邻里食堂”里，老人们在用餐。 通讯员 许"), _line("文/摄"))
    assert _piece_rest(_line("村民在整修灌溉渠道。 县"), _line("水利局供图"))
    assert _piece_rest(_line("本报记者 田思远 通讯员"), _line("何晓"))
    # a line of prose, then a credit standing whole: no piece's rest
    assert not _piece_rest(_line("居民议事会先后召开了十一场"), _line("新华社记者 姚大伟/摄"))
    # a caption ended on its credit already
    assert not _piece_rest(_line("老人们在用餐。 通讯员 许文/摄"), _line("街道有关负责人表示"))
    # prose over prose
    assert not _piece_rest(_line("今年以来，江城港新开通至沿海"), _line("主要港口的内贸航线5条"))


def test_under_title_and_byline_block():
    assert _under_title(_line("本报记者 沈佳宁 通讯员 邹立平"))
    assert _under_title(_line("——县民政局推进普惠养老托育服务纪实"))
    assert not _under_title(_line("了新颜"))
    assert not _under_title(_line("记者从县政务服务中心了解到"))
    assert _byline_block([_line("本报记者 田思远 通讯员"), _line("何晓")])
    assert not _byline_block([_line("本报记者 田思远 通讯员")])
    assert not _byline_block([_line("个行政村换"), _line("了新颜")])
