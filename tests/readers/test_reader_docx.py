"""The DOCX reader keeps headings (by style), bold runs and footnotes; breaks are not blocks."""

from __future__ import annotations

import pytest

from booklet.errors import InputError
from booklet.rawlines import Role, Run
from booklet.readers.docx import docx_lines, split_lines

GOLD = "real_000_cailiao1"


def test_reader_docx_styles_become_roles_and_text_stays_literal(docxgen, gold_text, tmp_path):
    path = docxgen.make_docx(gold_text(GOLD), tmp_path / "a.docx")
    lines = docx_lines(path)
    assert lines[0].text == "材料1" and lines[0].role is Role.TITLE
    assert lines[1].text == "习近平：加强基础研究 实现高水平科技自立自强"
    assert lines[1].role is Role.HEADING and lines[1].level == 1
    assert all(line.para_start for line in lines)


def test_reader_docx_blocks_match_gold(docxgen, assembler, gold_text, tmp_path):
    gold = gold_text("real_004_chapter1")
    lines = docx_lines(docxgen.make_docx(gold, tmp_path / "b.docx"))
    metrics = assembler.boundary_f1(assembler.assemble(lines), gold)
    assert metrics["f1"] == 1.0 and metrics["distance"] == 0, metrics


def test_reader_docx_hard_breaks_continue_and_page_breaks_vanish(docxgen, assembler, gold_text,
                                                               tmp_path):
    gold = gold_text("real_001_news")
    lines = docx_lines(docxgen.make_docx(gold, tmp_path / "c.docx", hard_wrap=30))
    assert any(line.para_start is False for line in lines)
    metrics = assembler.boundary_f1(assembler.assemble(lines), gold)
    assert metrics["f1"] == 1.0 and metrics["distance"] == 0, metrics


def test_reader_docx_runs_split_at_line_breaks_and_trimmed():
    pieces = split_lines([Run("  第一，强化布局。\n", True), Run("基础研究……", False)])
    assert pieces == [(Run("第一，强化布局。", True),), (Run("基础研究……", False),)]


def test_reader_docx_footnote_gets_marker_and_body(docxgen, tmp_path):
    src = tmp_path / "plain.docx"
    import docx

    doc = docx.Document()
    doc.add_paragraph("正文第一段，已成为人们的共识")
    doc.add_paragraph("正文第二段。")
    doc.save(str(src))
    path = docxgen.with_footnote(src, tmp_path / "fn.docx", "正文第一段，已成为人们的共识",
                                 "戚聿东，杜博.数字经济[J].2024,(1):108-124.")
    lines = docx_lines(path)
    assert lines[0].text == "正文第一段，已成为人们的共识①"
    assert lines[0].runs[-1] == Run("①", sup=True)
    assert lines[-1].role is Role.FOOTNOTE
    assert lines[-1].text == "① 戚聿东，杜博.数字经济[J].2024,(1):108-124."


def test_reader_docx_not_a_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("not a zip")
    with pytest.raises(InputError) as info:
        docx_lines(path)
    assert str(path) in info.value.one_line() and "DOCX" in info.value.one_line()
