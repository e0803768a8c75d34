"""A bracket's rest may open on a line of a title's middle (issue 10, branch mupdf84b).

An attribution (「——摘自《在市委理论学习中心组专题学习会上的发言》（2025年2月21日），载…」) wraps at
a column's measure with its later lines hung under its dash; MuPDF (``mutool draw -F txt``) starts a
block at each change of left edge, so the title left open in 《 goes on in a block whose first line
is the title's middle (「中心组专题学习会上的发」) and whose second closes it (「言》（2025年…」).
``order`` knew a bracket's rest only by its first line closing the bracket, so it read that
extractor's own join as a fault and moved a run of blocks to "mend" it: the attribution of one
excerpt ran into the next section's text, and two excerpts swapped.  ``order._bracket_rest`` reads
the block's first lines up to the first bracket mark (``BRACKET_REST_LINES_MAX``).

The snippet is real: the text ``excerpts_long_attributions`` set in the drawn design ``col53_01``
(``heading_sweep.py --kind columns``, seed 340) and written by ``mutool draw -F txt`` — the whole text.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

EXCERPTS = "excerpts_long_attributions__col53_01_s340_columns__mupdf.txt"


def test_excerpts_mupdf_wrote_in_order_keep_their_order(extracted, headings_of, all_text):
    doc = extracted(EXCERPTS)
    assert headings_of(doc) == ["关于调查研究工作的论述摘编", "一、调查研究是做好工作的基本功",
                                "二、调查研究要讲究科学方法", "三、调查研究要落到解决问题上"]
    text = all_text(doc)
    # each attribution whole, in its place under its excerpt
    assert "——摘自《在市委理论学习中心组专题学习会上的发言》（2025年2月21日），载《学习与研究》2025年第4期，第6页" in text
    assert "——摘自《关于改进工作作风的几点意见》（2023年9月8日），载《干部学习读本》，江城人民出版社2024年版，第37页" in text
    # the excerpts in the order written: 一's second excerpt before 二
    assert text.index("调查研究不能满足于听") < text.index("二、调查研究要讲究科学方法") \
        < text.index("既要蹲下去摸实情") < text.index("解剖一只麻雀") < text.index("三、调查研究要落")


def _page(*texts: str):
    return to_lines(raw_lines("".join(t + "\n" for t in texts)))


def test_a_bracket_rest_opens_on_a_title_middle_or_its_close():
    from booklet.clean.order import _bracket_rest
    assert _bracket_rest(_page("中心组专题学习会上的发", "言》（2025年2月21日），"), 0, 2)
    assert _bracket_rest(_page("言》（2025年2月21日），"), 0, 1)
    assert _bracket_rest(_page("日），载《青年干部成长文"), 0, 1)


def test_prose_or_a_balanced_bracket_is_no_rest():
    from booklet.clean.order import _bracket_rest
    assert not _bracket_rest(_page("调查研究不能满足于听", "汇报、看材料，要多到困难"), 0, 2)   # no mark
    assert not _bracket_rest(_page("载《基层工作文选》第二卷，"), 0, 1)                      # balanced
    assert not _bracket_rest(_page("真实成效。", "言》（2025年2月21日），"), 0, 2)          # a sentence ended first
    assert not _bracket_rest(_page("一", "二", "三", "四》"), 0, 4)                          # past the lines allowed
