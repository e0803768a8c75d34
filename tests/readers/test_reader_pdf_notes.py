"""Footnotes in PDFs: a note is its marker line and every line after it up to the next marker —
lines set with a hanging indent or flush, and the lines that carry it over to the next page.

Pages are set with reportlab the way books and Word set notes: 10.5 pt body text with raised
markers (set smaller and lifted by a third of the size), notes in 8.4 pt at the foot of the
page, numbered on through the chapter or again from ① on every page.  Text from seed 004.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.model import FootnoteRef, Paragraph
from booklet.rawlines import Role
from booklet.readers import read_source
from booklet.readers.pdf import pdf_lines
from booklet.report import Report

BODY, NOTE = 10.5, 8.4
LEFT, WIDTH = 60.0, 30 * 10.5
PAGE = (WIDTH + 2 * LEFT, 700.0)


class Sheet:
    """Draws body lines from the top and note lines at the foot of each page."""

    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1)
        self.y = PAGE[1] - 60

    def body(self, text: str, indent: bool = False) -> None:
        """One body line; ``①`` and ``¹``-style markers in it are raised."""
        x = LEFT + (2 * BODY if indent else 0)
        for ch in text:
            raised = ch in "①②③④⑤"
            t = self.c.beginText()
            t.setTextOrigin(x, self.y + (BODY * 0.35 if raised else 0))
            t.setFont("FxBody", BODY * (0.6 if raised else 1))
            t.textOut(ch)
            self.c.drawText(t)
            x += (0.6 if raised else 1) * BODY
        self.y -= BODY * 1.6

    def notes(self, lines: list[tuple[str, bool]]) -> None:
        """Note lines at the page foot: (text, hanging) — a hanging line is indented one em."""
        y = 60 + NOTE * 1.4 * (len(lines) - 1)
        for text, hanging in lines:
            self.c.setFont("FxBody", NOTE)
            self.c.drawString(LEFT + (NOTE if hanging else 0), y, text)
            y -= NOTE * 1.4

    def page(self) -> None:
        self.c.drawCentredString(PAGE[0] / 2, 30, str(self.c.getPageNumber()))
        self.c.showPage()
        self.y = PAGE[1] - 60

    def save(self) -> None:
        self.c.save()


NOTE_1 = "①戚聿东，杜博.数字经济、高质量发展与推进中国式现代化[J].山东大学学报（哲学社会科学版），2024,(1):108-124."
NOTE_2 = "②国务院发展研究中心市场经济研究所课题组，王微，邓郁松，王瑞民等.新一轮技术革命与中国城市化2020～2050——影响、前景与战略[J].管理世界，2022,38(11):12-28."


FILL = ["党的二十大报告提出，教育、科技、人才是全面建设社会主义现代化国家的基础", "性、战略性支撑，要坚持科技是第一生产力、人才是第一资源、创新是第一动",
        "力。科技成果转化是实现科技与经济紧密结合的关键环节，是推动创新驱动发", "展战略落地见效的重要抓手，也是加快建设科技强国的必然要求。"]


def _wrapped(note: str, per_line: int = 45) -> list[str]:
    """The note in lines of about ``per_line`` characters, never breaking a Latin word or number."""
    lines, start = [], 0
    while start < len(note):
        end = min(start + per_line, len(note))
        while 0 < end < len(note) and note[end - 1].isascii() and note[end].isascii() and end > start + 1:
            end -= 1
        lines.append(note[start:end])
        start = end
    return lines


def _fill(page: "Sheet") -> None:
    """A paragraph of body text, so that the body size is the page's commonest size."""
    for k, line in enumerate(FILL):
        page.body(line, indent=k == 0)


def _page_with_note(page, body: str, note: str) -> None:
    """One page: ``body`` as an indented first paragraph, the filler, then ``note`` wrapped with a
    hanging indent at the foot."""
    page.body(body, indent=True)
    _fill(page)
    page.notes([(text, k > 0) for k, text in enumerate(_wrapped(note))])
    page.page()


@pytest.fixture()
def sheet(pdfgen, tmp_path):
    pdfgen.register_fonts()
    path = tmp_path / "notes.pdf"
    return Sheet(path), path


@pytest.mark.parametrize("hanging", [True, False], ids=["hanging-indent", "flush"])
def test_a_wrapped_note_is_one_note(sheet, hanging):
    page, path = sheet
    # the first line full, as a typesetter sets it (a line ending 9 characters short inside a
    # sentence ends its block: issue 10, family 4)
    page.body("科技成果转化是实现科技与经济紧密结合的关键环节①，也是推动高质量发展的", indent=True)
    page.body("重要支撑②。")
    _fill(page)
    lines = _wrapped(NOTE_1) + _wrapped(NOTE_2)
    page.notes([(text, hanging and text[0] not in "①②") for text in lines])
    page.page()
    page.save()
    notes = [ln for ln in pdf_lines(path, Report()) if ln.role is Role.FOOTNOTE]
    assert [ln.para_start for ln in notes] == [not (ln.text[0] not in "①②") for ln in notes]
    footnotes = read_source(path).document.articles[0].footnotes
    assert ["".join(i.text for i in f.inlines) for f in footnotes] == [NOTE_1[1:], NOTE_2[1:]]


def test_a_note_continued_on_the_next_page_stays_one_note(sheet):
    page, path = sheet
    first, rest = _wrapped(NOTE_2)[:2], _wrapped(NOTE_2)[2:]
    page.body("新一轮科技革命和产业变革深入发展②，城市化进程", indent=True)
    page.body("随之加快。")
    _fill(page)
    page.notes([(text, k > 0) for k, text in enumerate(first)])
    page.page()
    page.body("学科交叉融合不断推进，科学研究范式发生深刻变革。", indent=True)
    _fill(page)
    page.notes([(text, True) for text in rest])
    page.page()
    page.save()
    footnotes = read_source(path).document.articles[0].footnotes
    assert [(f.label, "".join(i.text for i in f.inlines)) for f in footnotes] == [("②", NOTE_2[1:])]


def test_notes_numbered_again_on_every_page_are_each_matched(sheet):
    page, path = sheet
    _page_with_note(page, "数字经济正在成为推动高质量发展的重要力量①。", NOTE_1)
    _page_with_note(page, "城市化进程与技术革命相互促进①。", "①" + NOTE_2[1:])
    page.save()
    article = read_source(path).document.articles[0]
    refs = [i for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, FootnoteRef)]
    assert [r.label for r in refs] == ["①", "①"]
    assert ["".join(i.text for i in f.inlines) for f in article.footnotes] == [NOTE_1[1:], NOTE_2[1:]]


def test_raised_markers_are_sup_runs_of_their_line(sheet):
    page, path = sheet
    _page_with_note(page, "科技成果转化是实现科技与经济紧密结合的关键环节①。", NOTE_1)
    page.save()
    line = next(ln for ln in pdf_lines(path, Report()) if ln.role is None)
    assert line.text == "科技成果转化是实现科技与经济紧密结合的关键环节①。"
    assert [r.text for r in line.runs if r.sup] == ["①"]
    assert line.box.size == BODY


@pytest.mark.parametrize(("text", "before", "opens"), [
    ("1. 参见国家科技体制改革和创新体系建设领导小组办公室编：", "……第15—18页。", True),
    ("2、王明远：《区域创新体系的结构与功能研究》", "……2019年第6期。", True),
    ("1021—1030页。", "②王明远：《区域创新体系的结构与功能研究》，载《科学学研究》2019年第6期，第", False),
    ("100 余家企业参与了调查。", "③统计口径为全国技术市场登记的合同，共", False),
    ("③李文华、周晓峰：《制度环境与区域创新绩效》", "……第1021—1030页。", True),
    ("注：本文数据来源于科学技术部。", "……", True),
])
def test_a_note_opens_at_its_marker_or_number(text, before, opens):
    from booklet.readers.pdf.blocks import opens_note
    from booklet.readers.pdf.rows import PLine, Span

    def line(t: str) -> PLine:
        return PLine(t, [Span(t, "F")], 1, 0, 60, 300, 600, 608, 8.4, "F")
    assert opens_note(line(text), line(before)) is opens
