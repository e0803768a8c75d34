"""ASCII letters and digits in the PDF: the Latin face, natural widths, correct line measure."""

from __future__ import annotations

import pytest

from booklet.fonts.load import load_metrics
from booklet.layout import load_profile
from booklet.model import Article, Booklet, Paragraph, Part, Text
from booklet.writers.pdf import write_pdf
from booklet.writers.pdf.text import Shaper

PROFILE = load_profile("gongwen")
FIGURES = ("从中央到地方，多元化投入格局加速形成。从2012年到2025年，我国基础研究经费从约499亿元跃升"
           "至接近2800亿元，占全社会研发经费比重由4.8%提升至7.08%，实现量级与结构双重突破，"
           "Web3.0、6G等新技术不断涌现。")


@pytest.fixture()
def latin_face(fonts_or_skip):
    face = fonts_or_skip.latin()
    if face is None:
        pytest.skip("no Latin serif installed (apt-get install fonts-liberation)")
    return load_metrics(face.path, face.index)


def test_ascii_runs_take_the_latin_face_and_justification_leaves_them_alone(fonts_or_skip,
                                                                            latin_face):
    lines = Shaper(PROFILE, fonts_or_skip).set("body", FIGURES, first_indent=2)
    assert len(lines) > 2
    for line in lines[:-1]:  # justified: every full line ends flush with the measure
        assert abs(line.x + line.width - PROFILE.text_width_mm * 72 / 25.4) < 0.01
    runs = [run for line in lines for run in line.runs]
    for run in runs:
        assert (run.font == latin_face.name) == run.text.isascii(), run
    # inside a number no character spacing is added: "4.8" is one tight run, "%" takes the gap
    assert any(run.text == "4.8" and run.tight for run in runs)
    assert not any(run.tight and run.text[-1:] == "%" for run in runs)


def test_the_breaker_measures_latin_at_its_own_width_not_half_a_cell(fonts_or_skip, latin_face):
    # 25 narrow letters are about 7 cells in a proportional serif, 12.5 at half a cell each
    text = "中" * 20 + "i" * 25 + "国" * 10
    lines = Shaper(PROFILE, fonts_or_skip).set("body", text)
    assert lines[0].text.startswith("中" * 20 + "i" * 25)


def test_the_pdf_draws_numbers_at_their_natural_advances(fonts_or_skip, latin_face, tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    article = Article("数字", (Paragraph((Text(FIGURES),)),))
    path = tmp_path / "latin.pdf"
    write_pdf(Booklet("刊", (Part(None, (article,)),)), path, profile=PROFILE, fonts=fonts_or_skip)
    with pdfplumber.open(path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)
    at = text.index("7.08%")
    number = chars[at:at + 5]
    assert all("Serif" in c["fontname"] or "Times" in c["fontname"] for c in number)
    size = PROFILE.body.size_pt
    for a, b in zip(number, number[1:]):  # each glyph starts where the one before it ends
        assert abs(b["x0"] - (a["x0"] + latin_face.advance(a["text"]) * size)) < 0.05
