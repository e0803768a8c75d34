"""Every block kind, parts, footnotes, options and fallbacks of the PDF writer, read back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

import booklet.fonts as fonts_module
from booklet.fonts import check_glyphs, resolve_fonts
from booklet.layout import FONT_ROLES, load_profile
from booklet.model import (BLOCK_TYPES, Article, Attribution, Bold, Booklet, Caption, Footnote,
                           FootnoteRef, Heading, Note, Paragraph, Part, Quote, Separator, Text)
from booklet.writers.pdf import paginate, write_pdf
from booklet.writers.pdf.article import block_chunk
from booklet.writers.pdf.text import Shaper

BODY = "基础研究是整个科学体系的源头，是所有技术问题的总机关。" * 3


def every_block_article(title: str = "加强基础研究") -> Article:
    blocks = (Heading(1, (Text("一、总体要求"),)), Heading(2, (Text("（一）基本原则"),)),
              Heading(3, (Text("1.坚持问题导向"),)), Heading(4, (Text("（1）突出原创"),)),
              Paragraph((Bold("第一，强化布局。"), Text(BODY), FootnoteRef("1"), Text("CO₂排放。"))),
              Quote((Text("核心技术的根源问题是基础研究问题。"),)),
              Attribution("——在中央人才工作会议上的讲话（2021年9月27日）"),
              Note((Text("※这是一段编者按。"),)), Caption("新华社记者 摄"), Separator(),
              Paragraph((Text("最后一段。"),)))
    return Article(title, blocks, kicker="材料1", subtitle="副标题", author="本报评论员",
                   origin="新华社", date="2026年4月30日",
                   footnotes=(Footnote("1", (Text("戚聿东.数字经济[J].2023."),)),))


def two_part_booklet(**kw) -> Booklet:
    """Every block kind in two parts, presented for print with its captions kept."""
    from booklet.present import present

    return present(Booklet("学习专刊", parts=(Part("重要讲话", (every_block_article(),)),
                                              Part("延伸阅读", (every_block_article("第二篇"),
                                                            every_block_article("第三篇")))),
                           issuer="党委宣传部", date="2026年5月", captions="keep", **kw))


def test_every_block_type_has_a_pdf_rendering(fonts_or_skip):
    shaper = Shaper(load_profile(), fonts_or_skip)
    kinds = {type(b) for b in every_block_article().blocks}
    assert kinds == set(BLOCK_TYPES)
    for block in every_block_article().blocks:
        assert block_chunk(block, shaper).lines


def test_blocks_parts_and_footnotes_are_printed(pdf_rows, fonts_or_skip, tmp_path):
    path = tmp_path / "b.pdf"
    info = write_pdf(two_part_booklet(), path, profile=load_profile(), fonts=fonts_or_skip)
    text = "\n".join(r.text for page in pdf_rows(path) for r in page)
    for needle in ("材料1", "副标题", "本报评论员", "（来源：新华社，2026年4月30日）", "一、总体要求",
                   "第一，强化布局。", "核心技术的根源问题", "——在中央人才工作会议上的讲话", "※这是一段编者按。",
                   "新华社记者 摄", "＊　＊　＊", "①戚聿东", "重要讲话", "延伸阅读", "CO₂"):
        assert needle in text, needle
    assert info.page_kinds.count("part") == 2
    outline = PdfReader(path).outline
    assert [o.title for o in outline if not isinstance(o, list)] == ["重要讲话", "延伸阅读"]
    assert [o.title for o in outline[-1]] == ["第二篇", "第三篇"]


def test_bold_lead_in_uses_fill_and_stroke(fonts_or_skip, tmp_path):
    path = tmp_path / "b.pdf"
    info = write_pdf(two_part_booklet(), path, profile=load_profile(), fonts=fonts_or_skip)
    first = info.page_numbers.index(info.article_pages[0])
    stream = PdfReader(path).pages[first].get_contents().get_data()
    assert b" 2 Tr" in stream and b" 0 Tr" in stream


def test_articles_can_start_on_right_hand_pages(fonts_or_skip):
    profile = load_profile("gongwen", {"articles_start_recto": True})
    info = paginate(two_part_booklet(), profile=profile, fonts=fonts_or_skip)
    assert all(n % 2 == 1 for n in info.article_pages)
    assert info.front_pages % 2 == 0
    assert "blank" in info.page_kinds
    for kind, number in zip(info.page_kinds, info.page_numbers):
        if kind == "body":
            assert number is not None


def test_a5_profile_sets_27_characters_on_24_lines(pdf_rows, fonts_or_skip, tmp_path, seed_booklet_factory,
                                                   latin_cells):
    profile = load_profile("a5-booklet")
    path = tmp_path / "a5.pdf"
    info = write_pdf(seed_booklet_factory(layout="a5-booklet"), path, profile=profile,
                     fonts=fonts_or_skip)
    pages = pdf_rows(path)[info.front_pages:]
    body = [[r for r in p if r.size == profile.body.size_pt] for p in pages]
    assert max(len(p) for p in body) == profile.lines_per_page
    latin = latin_cells(profile)
    full = [round(r.cells(latin)) for p in body for r in p if r.x0 < 60 and r.cells(latin) >= 25.5]  # unindented, full
    assert full.count(profile.chars_per_line) / len(full) > 0.8
    assert max(full) <= profile.chars_per_line + 1


def test_glyph_from_another_font_is_substituted_and_reported(fonts_or_skip, tmp_path):
    fonts = fonts_or_skip
    if fonts["fangsong"].path is None or fonts["heiti"].path is None:
        pytest.skip("needs TrueType fonts")
    booklet = two_part_booklet()
    missing = check_glyphs(booklet, fonts, load_profile())
    sub = [m for m in missing if m.char == "₂" and m.role == "fangsong"]
    from booklet.fonts.load import load_metrics
    if load_metrics(fonts["fangsong"].path, fonts["fangsong"].index).covers("₂"):
        pytest.skip("the 仿宋 font has ₂")
    assert sub and sub[0].substitute and sub[0].article == "加强基础研究"
    assert "U+2082" in str(sub[0]) and "drawn with" in str(sub[0])


def test_character_no_font_has_is_drawn_as_geta_not_a_box(pdf_rows, fonts_or_skip, tmp_path):
    odd = "\U000F0002"
    art = Article("缺字", (Paragraph((Text(f"前{odd}后"),)),))
    path = tmp_path / "g.pdf"
    write_pdf(Booklet("刊", (Part(None, (art,)),)), path, profile=load_profile(), fonts=fonts_or_skip)
    text = "".join(r.text for page in pdf_rows(path) for r in page)
    assert "前〓后" in text and odd not in text


def test_without_truetype_fonts_the_cid_fallback_is_used_and_announced(pdf_rows, monkeypatch, tmp_path):
    monkeypatch.setattr(fonts_module, "find_family", lambda names, **kw: None)
    monkeypatch.setattr(fonts_module, "find_known_file", lambda role: None)
    with pytest.warns(UserWarning, match="NOT embedded"):
        fonts = resolve_fonts(load_profile())
    assert all(fonts[r].path is None and not fonts[r].embeddable for r in FONT_ROLES)
    path = tmp_path / "cid.pdf"
    info = write_pdf(two_part_booklet(), path, profile=load_profile(), fonts=fonts)
    assert any("NOT embedded" in w for w in info.warnings)
    names = {str(f.get_object()["/BaseFont"]) for p in PdfReader(path).pages[:3]
             for f in p["/Resources"]["/Font"].values()}
    assert any("STSong-Light" in n for n in names)
    assert "第一，强化布局。" in "".join(r.text for p in pdf_rows(path) for r in p)


def test_creation_date_comes_from_source_date_epoch(fonts_or_skip, tmp_path):
    path = tmp_path / "d.pdf"
    write_pdf(two_part_booklet(source_date_epoch=1778544000), path, profile=load_profile(),
              fonts=fonts_or_skip)
    meta = PdfReader(path).metadata
    assert meta["/CreationDate"].startswith("D:20260512") and meta.title == "学习专刊"
