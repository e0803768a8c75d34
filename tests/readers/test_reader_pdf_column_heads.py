"""A short numbered 小标题 centred in a column over a heading that fills the column (issue 10, cols53).

A 简报 column holds 11–22 characters.  In the dev text qa_law_consumer_rights set in the column
sweep's design col53_02 (``tests/eval/heading_sweep.py --kind columns --seed 53``: A4 in two
columns of 13 characters, headings in synthetic bold at 1.05× centred), the section heading
「一、购物消费」 stands centred over the first question, bold too and wrapped by the measure
(「问：网上买的商品不满意，」 / 「可以无理由退货吗？」).  The reader took the two as one centred heading
broken by sense, 「一、购物消费问：网上买的…」.  A heading broken by balance or sense keeps its later
lines no wider than its first; a line that fills the column under a numbered line that stopped
well short of it wrapped by the measure, and would have filled the first line too: two headings
(``blocks._numbered_short_over_full``).  The page below sets the case's lines at its sizes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.rawlines import Role
from booklet.readers.pdf import pdf_lines
from booklet.report import Report

BODY = 16.9
HEAD = 17.8   # 1.05×
COLUMN = 13 * BODY
INTRO = ["为方便群众了解消费维权的基", "本知识，县司法局、县市场监", "管局选取日常生活中常见的问", "题，编写了这份问答。"]
ANSWER = ["答：可以。经营者采用网络、", "电视、电话、邮购等方式销售", "商品，消费者有权自收到商品", "之日起七日内退货，且无需说",
          "明理由。但消费者定作的、鲜", "活易腐的、在线下载或者已拆", "封的音像制品等商品除外。"]


def _page(line, path: Path, heads: list[str]) -> Path:
    """``line``: ``reader_pdfgen.draw_line``; the heads in Word's synthetic bold (stroked)."""
    c = canvas.Canvas(str(path), invariant=1)
    left, y = 60.0, 780.0
    for text in INTRO:
        line(c, left, y, text, BODY)
        y -= BODY * 1.57
    for text in heads:   # centred in the column, a little space above the first
        y -= 0.4 * BODY if text is heads[0] else 0.0
        line(c, left + (COLUMN - len(text) * HEAD) / 2, y, text, HEAD, "stroked")
        y -= BODY * 1.57
    for text in ANSWER:
        line(c, left, y, text, BODY)
        y -= BODY * 1.57
    c.save()
    return path


@pytest.fixture()
def page(pdfgen, tmp_path):
    pdfgen.register_fonts()
    return lambda heads: _page(pdfgen.draw_line, tmp_path / "column.pdf", heads)


def test_a_short_numbered_head_over_a_full_heading_line_is_a_heading_of_its_own(page):
    lines = pdf_lines(page(["一、购物消费", "问：网上买的商品不满意，", "可以无理由退货吗？"]), Report())
    heads = [ln.text for ln in lines if ln.role in (Role.TITLE, Role.HEADING)]
    assert heads[0] == "一、购物消费"
    assert heads[1].startswith("问：网上买的商品不满意")


def test_a_centred_heading_broken_by_sense_stays_one_heading(page):
    # the later line no wider than the first: broken by balance, one heading
    lines = pdf_lines(page(["一、关于进一步做好", "消费维权工作"]), Report())
    heads = [ln.text for ln in lines if ln.role in (Role.TITLE, Role.HEADING)]
    assert heads[0].startswith("一、关于进一步做好") and heads[0].endswith("消费维权工作")
