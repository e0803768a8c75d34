"""Headings that differ from the body only by weight or by half a point are headings.

A report set the way Word sets one: 10.5 pt 宋体 body with first-line indents, headings in
the body face made bold without a bold font (outline stroked and filled — Word's synthetic
bold — or printed twice a hair apart), or set at 11 pt, with a little space above.  The reader
hands them over as typed lines (role HEADING, bold runs of a bold lead-in kept), so the
cleaner decides as it does for text input.  Text from seed 004.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.rawlines import Role
from booklet.readers.pdf import pdf_lines
from booklet.report import Report

BODY = 10.5
PARAGRAPH = ["科技成果转化是实现科技与经济紧密结合的关键环节，是推动创新驱动发展战略落地",
             "见效的重要抓手。近年来，我国科技成果转化的政策体系不断完善，转化规模持续扩",
             "大，转化效率稳步提升，科技创新对经济社会发展的支撑作用日益凸显。"]


def _report(line, path: Path, headings: list[tuple[str, float, str]]) -> Path:
    """``line``: ``reader_pdfgen.draw_line`` (how: plain, stroked, twice, black)."""
    c = canvas.Canvas(str(path), invariant=1)
    y = 760.0
    for text, size, how in headings:
        y -= BODY * 0.8   # a little space above the heading
        line(c, 72 + 2 * BODY, y, text, size, how)
        y -= BODY * 1.6
        for k, text in enumerate(PARAGRAPH):
            line(c, 72 + (2 * BODY if k == 0 else 0), y, text, BODY)
            y -= BODY * 1.6
    c.save()
    return path


@pytest.fixture()
def report(pdfgen, tmp_path):
    pdfgen.register_fonts()
    return lambda headings: _report(pdfgen.draw_line, tmp_path / "report.pdf", headings)


@pytest.mark.parametrize("how", ["stroked", "twice", "black"])
def test_bold_body_face_headings_are_headings(report, how):
    heads = ["一、主要工作成效", "二、存在的问题", "三、下一步工作思路"]
    lines = pdf_lines(report([(h, BODY, how) for h in heads]), Report())
    assert [ln.text for ln in lines if ln.role is Role.HEADING] == heads
    assert all(ln.role is None for ln in lines if ln.text in PARAGRAPH)


def test_headings_half_a_point_larger_are_headings(report):
    heads = ["一、主要工作成效", "二、存在的问题", "三、下一步工作思路"]
    lines = pdf_lines(report([(h, 11.0, "plain") for h in heads]), Report())
    assert [(ln.text, ln.level) for ln in lines if ln.role in (Role.TITLE, Role.HEADING)] == [(h, 1) for h in heads]


def test_two_levels_by_size_and_by_weight(report):
    lines = pdf_lines(report([("一、主要工作成效", 12.0, "plain"), ("（一）创新平台建设取得新突破", BODY, "stroked"),
                              ("（二）科技企业培育跑出加速度", BODY, "stroked")]), Report())
    heads = [(ln.text, ln.role, ln.level) for ln in lines if ln.role in (Role.TITLE, Role.HEADING)]
    assert heads == [("一、主要工作成效", Role.HEADING, 1), ("（一）创新平台建设取得新突破", Role.HEADING, 2),
                     ("（二）科技企业培育跑出加速度", Role.HEADING, 2)]


def test_a_bold_lead_in_stays_a_paragraph_with_its_bold_run(pdfgen, tmp_path):
    pdfgen.register_fonts()
    path = tmp_path / "leadin.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    y = 700.0
    for k, line in enumerate(PARAGRAPH * 3):
        x = 72 + (2 * BODY if k % 3 == 0 else 0)
        if k == 3:
            pdfgen.draw_line(c, x, y, "第一，", BODY, "stroked")
            pdfgen.draw_line(c, x + 3 * BODY, y, line[3:], BODY)
        else:
            pdfgen.draw_line(c, x, y, line, BODY)
        y -= BODY * 1.6
    c.save()
    lines = pdf_lines(path, Report())
    lead = next(ln for ln in lines if ln.text.startswith("第一，"))
    assert lead.role is None
    assert [(r.text, r.bold) for r in lead.runs][:1] == [("第一，", True)]


def test_centred_heading_lines_with_their_own_numbers_are_two_headings(pdfgen, tmp_path):
    # as a 实施方案 set in an A6 leaflet (dev design a6_kai_heads_centred): 「一、总体要求」 and
    # 「（一）工作目标」 centred one under the other at the same larger size
    pdfgen.register_fonts()
    path = tmp_path / "centred.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    size, y, width = 13.0, 700.0, len(PARAGRAPH[0]) * BODY
    for head in ("一、总体要求", "（一）工作目标"):
        pdfgen.draw_line(c, 72 + (width - len(head) * size) / 2, y, head, size)
        y -= size * 1.5
    for k, line in enumerate(PARAGRAPH * 2):
        pdfgen.draw_line(c, 72 + (2 * BODY if k % 3 == 0 else 0), y, line, BODY)
        y -= BODY * 1.6
    c.save()
    lines = pdf_lines(path, Report())
    heads = [ln.text for ln in lines if ln.role in (Role.TITLE, Role.HEADING)]
    assert heads == ["一、总体要求", "（一）工作目标"]
