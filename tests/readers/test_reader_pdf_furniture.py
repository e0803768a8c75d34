"""Running heads, feet and page numbers in PDFs: told by where they stand, not by their words.

Pages set with reportlab as Word reports and books set them: a head band of two lines over a
rule, a two-part head, ``第 N 页 共 M 页``, odd and even heads, the chapter title as the running
head (the chapter's own heading stays), a one-page brief whose head cannot repeat.  Text from
seed 004.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.rawlines import Role
from booklet.readers.pdf import pdf_lines
from booklet.report import Report

W, H = 595.0, 842.0
LEFT, TOP, BODY = 72.0, 100.0, 12.0
PARAGRAPH = ["党的二十大报告提出，教育、科技、人才是全面建设社会主义现代化国家的基础性、",
             "战略性支撑，要坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实",
             "施科教兴国战略、人才强国战略、创新驱动发展战略，开辟发展新领域新赛道，不断",
             "塑造发展新动能新优势。科技成果转化是实现科技与经济紧密结合的关键环节。"]


def _page(c, head: list[str], foot: str, body: list[str], *, heading: str = "", rule: bool = False,
          head_size: float = 9.0) -> None:
    y = H - 50
    for line in head:
        if "|" in line:
            left, right = line.split("|")
            c.setFont("FxBody", head_size)
            c.drawString(LEFT, y, left)
            c.drawRightString(W - LEFT, y, right)
        else:
            c.setFont("FxBody", head_size)
            c.drawCentredString(W / 2, y, line)
        y -= head_size * 1.6
    if rule:
        c.line(LEFT, y + head_size * 0.8, W - LEFT, y + head_size * 0.8)
    y = H - TOP
    if heading:
        c.setFont("FxBold", 18)
        c.drawCentredString(W / 2, y, heading)
        y -= 40
    c.setFont("FxBody", BODY)
    for line in body:
        c.drawString(LEFT, y, line)
        y -= BODY * 1.7
    if foot:
        c.setFont("FxBody", 10)
        c.drawCentredString(W / 2, 40, foot)
    c.showPage()


@pytest.fixture()
def pdf(pdfgen, tmp_path):
    pdfgen.register_fonts()

    def make(pages: list[dict]) -> Path:
        path = tmp_path / "furniture.pdf"
        c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        for page in pages:
            _page(c, **page)
        c.save()
        return path
    return make


def _split(path: Path) -> tuple[list[str], list[str]]:
    lines = pdf_lines(path, Report())
    return ([ln.text for ln in lines if ln.role is Role.FURNITURE],
            [ln.text for ln in lines if ln.role is not Role.FURNITURE])


def test_a_head_band_of_two_lines_and_page_n_of_m(pdf):
    head = ["××市科学技术局办公室", "工作简报|2026年第5期"]
    path = pdf([dict(head=head, foot=f"第 {n} 页 共 3 页", body=PARAGRAPH, rule=True) for n in (1, 2, 3)])
    furniture, text = _split(path)
    assert furniture == ["××市科学技术局办公室", "工作简报 2026年第5期", "第 1 页 共 3 页"] * 1 + \
        ["××市科学技术局办公室", "工作简报 2026年第5期", "第 2 页 共 3 页",
         "××市科学技术局办公室", "工作简报 2026年第5期", "第 3 页 共 3 页"]
    assert text == PARAGRAPH * 3


def test_the_chapter_title_as_running_head_goes_and_the_chapter_heading_stays(pdf):
    title = "第一章 科技成果转化概述"
    path = pdf([dict(head=[title], foot="1", body=PARAGRAPH, heading=title),
                dict(head=["科技成果转化研究报告"], foot="2", body=PARAGRAPH),
                dict(head=[title], foot="3", body=PARAGRAPH)])
    furniture, text = _split(path)
    assert furniture == [title, "1", "科技成果转化研究报告", "2", title, "3"]
    assert text == [title] + PARAGRAPH * 3


def test_odd_and_even_heads_of_a_two_page_chapter(pdf):
    path = pdf([dict(head=["第三章 区域科技创新体系建设"], foot="·1·", body=PARAGRAPH),
                dict(head=["科技创新与区域发展"], foot="·2·", body=PARAGRAPH)])
    furniture, text = _split(path)
    assert furniture == ["第三章 区域科技创新体系建设", "·1·", "科技创新与区域发展", "·2·"]
    assert text == PARAGRAPH * 2


def test_the_head_of_a_one_page_brief_goes_by_its_place_and_size(pdf):
    path = pdf([dict(head=["××市科学技术局办公室", "工作简报|2026年第5期"], foot="",
                     body=PARAGRAPH, heading="市科技局召开一季度重点工作推进会")])
    furniture, text = _split(path)
    assert furniture == ["××市科学技术局办公室", "工作简报 2026年第5期"]
    assert text == ["市科技局召开一季度重点工作推进会"] + PARAGRAPH


def test_a_line_that_opens_pages_in_body_spacing_is_no_head(pdf):
    # A repeated attribution that happens to open two pages is text: no wider gap sets it apart.
    attribution = "——在二十届中央政治局第三次集体学习时的讲话"
    path = pdf([dict(head=[], foot="1", body=[attribution] + PARAGRAPH),
                dict(head=[], foot="2", body=[attribution] + PARAGRAPH)])
    furniture, text = _split(path)
    assert furniture == ["1", "2"]
    assert text == ([attribution] + PARAGRAPH) * 2
