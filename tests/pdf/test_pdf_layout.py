"""Layout details: justification, TOC hanging indent, 红头 notice formats, edge cases."""

from __future__ import annotations

import pytest

from booklet.layout import MM, load_profile
from booklet.model import Article, Booklet, Notice, Paragraph, Part, Text
from booklet.writers.pdf import paginate, write_pdf
from booklet.writers.pdf.text import Shaper

TEXT = ("要坚持“四个面向”，坚持目标导向和自由探索“两条腿走路”，把世界科技前沿同国家重大战略需求和"
        "经济社会发展目标结合起来，统筹遵循科学发展规律提出的前沿问题和重大应用研究中抽象出的理论问题，"
        "凝练基础研究关键科学问题，推动2035年远景目标、6G与Web3.0等领域研究。")


def test_justified_lines_end_flush_with_the_measure(fonts_or_skip):
    shaper = Shaper(load_profile(), fonts_or_skip)
    lines = shaper.set("body", TEXT, first_indent=2)
    assert len(lines) >= 3
    for i, line in enumerate(lines[:-1]):
        assert abs(line.x + line.width - shaper.measure) < 0.01, line.text
    assert lines[0].x == pytest.approx(2 * load_profile().char_pitch_pt)
    assert lines[-1].x + lines[-1].width < shaper.measure - 1  # the last line stays ragged


def test_toc_entries_wrap_with_a_hanging_indent(seed_pdf):
    _, info, pages = seed_pdf
    pitch = load_profile().char_pitch_pt
    rows = [r for p, k in zip(pages, info.page_kinds) if k == "toc" for r in p if r.size == 16]
    start = min(r.x0 for r in rows)
    hanging = [r for r in rows if abs(r.x0 - start - 2 * pitch) < 1]
    assert hanging, "long titles should continue two characters in"
    for prev, row in zip(rows, rows[1:]):
        if row in hanging:
            assert not prev.text[-1].isdigit()  # the number ends the entry's last line only


def notice_booklet() -> Booklet:
    notice = Notice(title="关于发布学习专刊的通知", body=("为深入学习贯彻……特发布学习专刊。",),
                    number="宣〔2026〕11号", to="各基层党委：", attachment="学习专刊",
                    signature="党委宣传部", date="2026年5月12日", issuer="北京理工大学党委宣传部")
    art = Article("正文", (Paragraph((Text("内容。"),)),))
    return Booklet("学习专刊", (Part(None, (art,)),), issuer="党委宣传部", notice=notice)


@pytest.mark.parametrize("fmt", ["letter", "standard"])
def test_notice_masthead_is_red_and_placed_per_gbt_9704(fmt, fonts_or_skip, tmp_path, pdf_rows):
    profile = load_profile("gongwen", {"notice_format": fmt})
    path = tmp_path / "n.pdf"
    info = write_pdf(notice_booklet(), path, profile=profile, fonts=fonts_or_skip)
    assert info.page_kinds[:3] == ["notice", "cover", "toc"]  # the notice sends the booklet
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        mast = [c for c in page.chars if c["size"] == 36]
        assert "".join(c["text"] for c in mast) == "北京理工大学党委宣传部"
        assert all(c["non_stroking_color"][0] > 0.8 and c["non_stroking_color"][1] < 0.1 for c in mast)
        top_mm = min(c["top"] for c in mast) / MM
        want = 30 if fmt == "letter" else profile.margin_top_mm + 35
        assert abs(top_mm - want) < 1.5
        red = [l for l in page.lines if l["stroking_color"] and l["stroking_color"][0] > 0.8]
        assert len(red) == (4 if fmt == "letter" else 1)
        if fmt == "letter":  # 170 mm, thick over thin under the masthead, thin over thick at the foot
            assert all(abs((l["x1"] - l["x0"]) / MM - 170) < 0.5 for l in red)
            red.sort(key=lambda l: l["top"])
            assert [l["linewidth"] > 1 for l in red] == [True, False, False, True]
            assert abs(profile.page_height_mm - red[-1]["top"] / MM - 20) < 0.5
    rows = pdf_rows(path)[0]
    number = next(r for r in rows if r.text == "宣〔2026〕11号")
    centre = number.x0 + number.cells() * 8
    assert (centre > 350) if fmt == "letter" else abs(centre - profile.page_width_mm * MM / 2) < 60
    sig = next(r for r in rows if r.text == "党委宣传部")
    date = next(r for r in rows if r.text == "2026年5月12日")
    pitch = profile.char_pitch_pt
    block_right = (profile.margin_left_mm + profile.text_width_mm) * MM
    assert date.top > sig.top  # GB/T 9704 7.3.5.2: the longer date 右空二字, the name 2 left of it
    assert abs(block_right - (date.x0 + 6.5 * pitch) - 2 * pitch) < 2
    assert abs(date.x0 - sig.x0 - 2 * pitch) < 1


def test_booklet_without_notice_or_articles_still_lays_out(fonts_or_skip):
    empty = Booklet("空", (Part(None, ()),))
    info = paginate(empty, profile=load_profile(), fonts=fonts_or_skip)
    assert info.article_pages == [] and info.page_kinds == ["cover", "toc"]
    one = Booklet("刊", (Part(None, (Article("无正文"),)),))
    assert paginate(one, profile=load_profile(), fonts=fonts_or_skip).article_pages == [1]
