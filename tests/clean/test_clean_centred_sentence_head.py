"""A sentence head set centred under ``pdftotext -layout`` is a heading though it has no parallel
siblings (issue 10, branch layout57).

A 心得's or 评论's 观点式 小标题 is a short sentence ending in 。 set apart over the paragraphs that
argue it.  ``headings.sentence_headings`` (stop53) took such lines for headings only when three or
more open alike — the parallel a document's points show; a single one, mixed in with unpunctuated
phrase heads (insights_phrase_heads' 「办法总比困难多。」), stayed a one-line paragraph under every
extractor.  ``pdftotext -layout`` gives the page's own evidence: it writes each line at its place in
character cells, and a heading set centred stands half its lack to the measure in from the margin,
where no paragraph's line stands (they run from the margin or one indent in).  So a one-line block
written so (``setoff.centred_alone`` → ``Blk.centred``) of a sentence head's shape over a paragraph
twice its width is a heading alone.

The inputs are real: the dev text insights_phrase_heads set in the heading sweep's designs sw25_02
and sw25_06 drawn with seed 57 (``tests/eval/heading_sweep.py --seed 57``; a 20-character measure
with the head centred 8 cells in, and a 40-character one with it 17 cells in) and read back by
``pdftotext -layout``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.model import Heading

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"


@pytest.mark.parametrize("design", ["sw25_02_s57", "sw25_06_s57"])
def test_a_centred_sentence_head_alone_is_a_heading(clean, texts, design):
    page = (DATA / f"insights_phrase_heads__{design}__pdftotext_layout.txt").read_text(encoding="utf-8")
    heads = texts(clean(page)[0], Heading)
    assert "办法总比困难多。" in heads


@pytest.mark.parametrize("design", ["sw25_02_s57", "sw25_06_s57"])
def test_a_one_line_sentence_from_the_margin_stays_a_paragraph(clean, texts, design):
    page = (DATA / f"insights_phrase_heads__{design}__pdftotext_layout.txt").read_text(encoding="utf-8")
    doc = clean(page)[0]
    assert "这句话我一直记着。" in texts(doc)   # (set in like a paragraph's first line: no centring)
    assert "这句话我一直记着。" not in texts(doc, Heading)


def test_a_line_with_no_cells_is_not_centred(clean, texts):
    # the same page with its leads taken away (what every other extractor writes): one sentence head
    # with no parallel siblings and no centring stays a paragraph, as before
    page = (DATA / "insights_phrase_heads__sw25_06_s57__pdftotext_layout.txt").read_text(encoding="utf-8")
    flat = "\n".join(line.lstrip(" ") for line in page.split("\n"))
    assert "办法总比困难多。" not in texts(clean(flat)[0], Heading)


# story_ferry_dialogue × kai_centred_bold × pdftotext_layout (a dev case), after a page break: the
# design's cells are narrow, so a paragraph's first line stands four cells in — near half the lack
# of a short one-sentence paragraph, 「那年秋天，县里来人量河。」, to the measure.  Set in no further
# than the paragraph under it, it is no centred head (the first version took it for one).
FERRY = """\
子空了好几张桌子。”
    老周没再说话，只是把桨摇得更稳了些。
    对岸的柳树慢慢从雾里显出来，先是一团影
子，后来连枝条都看得清了。
               二
    那年秋天，县里来人量河。
    几个穿橙色背心的年轻人，在岸边插了一排小
红旗，又扛着仪器上上下下地跑。老周站在船上看
了半天，终于忍不住问：“你们这是要干啥？”
    “修桥！”一个小伙子笑着说，“明年这时
候，您就不用摇船了。”
    “修桥？”
    “对，钢筋混凝土的，能过大车。”
    老周“哦”了一声，低头去解缆绳，解了好几
下才解开。
    晚上，他把这事告诉老伴。老伴正在灶前烧
火，火光映得她满脸通红。
"""


def test_a_one_sentence_paragraph_set_in_one_indent_is_no_centred_head(clean, texts):
    doc = clean(FERRY)[0]
    assert "那年秋天，县里来人量河。" in texts(doc)
    assert "那年秋天，县里来人量河。" not in texts(doc, Heading)
