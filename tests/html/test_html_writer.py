"""The phone edition's HTML: every block kind, escaping, notes linked both ways, one file."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import pytest

from booklet.layout import load_profile
from booklet.model import BLOCK_TYPES, Article, Booklet, Paragraph, Part, Text
from booklet.present.notes import note_mark
from booklet.writers.html import inline_target, render_html, write_html
from booklet.writers.html.blocks import BlockWriter
from booklet.writers.html.styles import Styler

NS = "{http://www.w3.org/1999/xhtml}"


def parse(page: str) -> ElementTree.Element:
    """The page as html5lib parses it; strict mode raises on any parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)


def by_id(root: ElementTree.Element) -> dict[str, ElementTree.Element]:
    return {e.get("id"): e for e in root.iter() if e.get("id")}


def text_of(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def test_every_block_type_has_an_html_rendering(every_block):
    writer = BlockWriter(Styler(load_profile(), None, inline=False))
    assert set(writer.visitors) == set(BLOCK_TYPES)
    article = every_block.articles[0]
    assert {type(b) for b in article.blocks} == set(BLOCK_TYPES)
    for block in article.blocks:
        assert str(writer.visit(block)).startswith("<")
    with pytest.raises(TypeError, match="no rule for"):
        writer.visit(object())  # type: ignore[arg-type]


def test_the_page_parses_without_errors_and_shows_every_block(every_block):
    page = render_html(every_block, profile=load_profile())
    root = parse(page)
    text = text_of(root)
    for needle in ("某某大学党委宣传部", "宣〔2026〕11号", "关于发布学习专刊的通知", "各基层党组织：",
                   "附件：学习专刊", "2026年5月12日", "学习专刊", "师生理论学习指南", "目录",
                   "延伸阅读", "材料1", "——副标题", "本报评论员", "（来源：新华社，2026年4月30日）",
                   "一、总体要求", "第一，强化布局。", "核心技术的根源问题", "——在中央人才工作会议上的讲话",
                   "※这是一段编者按。", "新华社记者 摄", "＊　＊　＊", "戚聿东", "注释", "返回目录", "CO₂"):
        assert needle in text, needle
    assert root.find(f".//{NS}strong").text == "第一，强化布局。"
    assert [h.tag[len(NS):] for h in root.iter() if h.get("class", "").startswith("heading")] \
        == ["h3", "h4", "h5", "h6"] * 3  # heading level n → h(n+2), deeper ones stay h6


def test_text_from_sources_is_escaped_in_both_editions(every_block):
    for inline in (False, True):
        page = render_html(every_block, profile=load_profile(), inline=inline)
        assert "<script>" not in page and "<b>粗</b>" not in page
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;" in page
        parse(page)


def test_a_hostile_booklet_title_is_escaped_by_the_template():
    booklet = Booklet("</title><script>x</script>", (Part(None, (Article("<i>题</i>"),)),))
    page = render_html(booklet, profile=load_profile())
    assert "<script>" not in page and "<i>" not in page
    assert page.count("&lt;/title&gt;&lt;script&gt;") == 2  # <title> and the cover's <h1>


def test_every_marker_links_to_its_note_and_back(every_block):
    root = parse(render_html(every_block, profile=load_profile()))
    ids = by_id(root)
    refs = [a for a in root.iter(f"{NS}a") if a.get("class") == "fn_ref"]
    assert len(refs) == 6  # two notes in each of three articles
    for ref in refs:
        note = ids[ref.get("href")[1:]]
        back = note.find(f"{NS}a")
        assert back.get("href") == "#" + ref.get("id")
        assert ref.text == back.text and ref.text in (note_mark(1), note_mark(2))
    assert len({ref.get("id") for ref in refs}) == 6  # anchors unique across articles


def test_contents_link_every_article_and_part(every_block):
    root = parse(render_html(every_block, profile=load_profile()))
    ids = by_id(root)
    links = [a for a in root.iter(f"{NS}a") if a.get("class") in ("toc_link", "toc_part")]
    targets = [ids[a.get("href")[1:]] for a in links]
    assert [text_of(a).replace("\u200b", "") for a in links] == \
        ["加强基础研究", "延伸阅读", "第二篇", "第三篇"]
    titles = [text_of(t.find(f".//{NS}h2")) if t.tag == f"{NS}article" else text_of(t)
              for t in targets]
    assert titles == ["加强基础研究", "延伸阅读", "第二篇", "第三篇"]


def test_display_texts_wrap_only_between_words():
    title = "习近平在加强基础研究座谈会上强调"
    booklet = Booklet(title, (Part(None, (Article(title),)),))
    page = render_html(booklet, profile=load_profile())
    assert f"<h1 class=\"cover_title\">{'<wbr>'.join(['习近平', '在', '加强', '基础', '研究', '座谈会', '上', '强调'])}</h1>" in page
    assert ".cover_title{" in page and "word-break:keep-all" in page


def test_the_inline_edition_has_no_style_sheet_and_styles_every_element(every_block):
    profile = load_profile()
    styled = render_html(every_block, profile=profile)
    inline = render_html(every_block, profile=profile, inline=True)
    assert "<style>" in styled and "<style>" not in inline and "class=" not in inline
    root_a, root_b = parse(styled), parse(inline)
    assert text_of(root_a.find(f"{NS}body")) == text_of(root_b.find(f"{NS}body"))
    classed = [e for e in root_a.iter() if e.get("class")]
    styled_b = [e for e in root_b.iter() if e.get("style")]
    assert len(classed) == len(styled_b) > 50
    masthead = next(e for e in root_b.iter() if "某某大学" in (e.text or ""))
    assert "color:#e60012" in masthead.get("style")
    body = next(e for e in root_b.iter(f"{NS}p") if e.text == "最后一段。")
    assert "text-indent:2em" in body.get("style") and "'FangSong'" in body.get("style")


def test_the_style_sheet_has_dark_print_and_desktop_rules(every_block):
    page = render_html(every_block, profile=load_profile())
    css = page[page.index("<style>"):page.index("</style>")]
    assert "@media (prefers-color-scheme:dark)" in css and "@media print" in css
    assert re.search(r"@media \(min-width:\d+px\)\{\n \.booklet\{font-size:18px", css)
    assert "@page{size:210mm 297mm;margin:37mm 26mm 35mm 28mm}" in css
    assert "line-break:strict" in css and "text-align:justify" in css
    assert ".body{" in css and "text-indent:2em" in css


def test_nothing_is_fetched(every_block):
    page = render_html(every_block, profile=load_profile())
    for needle in ("http:", "https:", "src=", "<script", "<link", "@import", "url(", "<img"):
        assert needle not in page, needle


def test_rendering_is_deterministic(every_block):
    profile = load_profile()
    assert render_html(every_block, profile=profile) == render_html(every_block, profile=profile)


def test_write_html_writes_the_inline_edition_beside_it(every_block, tmp_path: Path):
    target = tmp_path / "issue.html"
    write_html(every_block, target, profile=load_profile(), inline_styles=True)
    assert inline_target(target) == tmp_path / "issue.inline.html"
    assert target.read_text(encoding="utf-8").count("<style>") == 1
    assert "style=" in inline_target(target).read_text(encoding="utf-8")


def test_the_standard_notice_format_centres_the_number(every_block):
    profile = load_profile("gongwen", {"notice_format": "standard"})
    page = render_html(every_block, profile=profile)
    assert ".notice_number{" in page
    css = page[page.index(".notice_number{"):]
    assert "text-align:center" in css[:css.index("}")]
    assert "@page notice{margin-top" not in page


def test_a_paragraph_of_only_text_needs_no_notes_section():
    booklet = Booklet("刊", (Part(None, (Article("题", (Paragraph((Text("正文。"),)),)),)),))
    page = render_html(booklet, profile=load_profile())
    assert "注释" not in page and 'id="notice"' not in page
    parse(page)


def test_the_notice_comes_first_unless_the_cover_does(every_block):
    import dataclasses

    page = render_html(every_block, profile=load_profile())
    assert page.index('id="notice"') < page.index('id="cover"') < page.index('id="contents"')
    cover_first = dataclasses.replace(every_block, cover_first=True)
    page = render_html(cover_first, profile=load_profile())
    assert page.index('id="cover"') < page.index('id="notice"') < page.index('id="contents"')


def test_the_a5_profile_gives_its_own_page_and_sizes(every_block):
    page = render_html(every_block, profile=load_profile("a5-booklet"))
    parse(page)
    assert "@page{size:148mm 210mm;" in page
    assert ".title{" in page and "font-size:1.333em" in page  # 16 pt title on a 12 pt body
