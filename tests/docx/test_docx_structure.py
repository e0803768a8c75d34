"""The DOCX read back with python-docx and as XML: headings, TOC field, styles, fields, grid."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from booklet.errors import BuildError
from booklet.layout import DOCX_FAMILY_NAMES, load_profile
from booklet.writers.docx import render_docx, write_docx

from .conftest import W, docx_xml, every_block_booklet


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _style_ids(doc_root):
    return [p.get(f"{W}val") for p in doc_root.iter(f"{W}pStyle")]


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _is_title_style(style) -> bool:
    """Heading 1, or a title style based on it (``toclevels``: only its TOC level differs)."""
    return style.name == "Heading 1" or (style.base_style is not None
                                         and style.base_style.name == "Heading 1")


def test_one_heading_1_per_article_with_the_article_title(seed_docx, seed):
    booklet, _ = seed
    document = docx.Document(str(seed_docx))
    titles = ["".join(p.text.split()) for p in document.paragraphs
              if _is_title_style(p.style)]  # display breaks (w:br) and spaces aside
    assert titles == ["".join(a.title.split()) for a in booklet.articles]


def test_parts_open_with_a_divider_section_whose_first_page_has_a_blank_footer(tmp_path):
    target = tmp_path / "parts.docx"
    write_docx(every_block_booklet(), target, profile=load_profile("gongwen"), toc_pages=[1, 3])
    root = docx_xml(target)
    sections = list(root.iter(f"{W}sectPr"))
    # front matter, divider 1, its article, divider 2, its article
    assert len(sections) == 5
    titled = [s.find(f"{W}titlePg") is not None for s in sections]
    assert titled == [False, True, False, True, False]
    first_refs = [r.get(f"{R}id") for r in root.iter(f"{W}footerReference")
                  if r.get(f"{W}type") == "first"]
    assert len(set(first_refs)) == 1
    blank = docx_xml(target, "word/footer3.xml")
    assert _text(blank) == ""
    starts = [s.find(f"{W}pgNumType").get(f"{W}start") for s in sections[1:]]
    assert starts == ["1", None, None, None]


def test_part_titles_use_their_own_style_not_heading_1(tmp_path):
    target = tmp_path / "parts.docx"
    write_docx(every_block_booklet(), target, profile=load_profile("gongwen"), toc_pages=[1, 3])
    document = docx.Document(str(target))
    by_style = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert by_style["Part Title"] == ["重要讲话", "延伸阅读"]
    assert len(by_style["Heading 1"]) == 2


def test_toc_field_has_switches_and_cached_rows_with_page_numbers(seed_docx, seed):
    booklet, pages = seed
    root = docx_xml(seed_docx)
    instructions = [t.text for t in root.iter(f"{W}instrText")]
    toc = [i for i in instructions if i.strip().startswith("TOC")]
    assert len(toc) == 1
    # every title style to a TOC level (``toclevels``): Heading 1 first, at level 1
    assert '\\t "Heading 1,1' in toc[0] and "\\h" in toc[0] and "\\z" in toc[0]
    assert "\\o" not in toc[0] and "\\u" not in toc[0]  # headings inside articles stay out
    rows = [p for p in root.iter(f"{W}p") if _style_ids(p)[:1]
            and _style_ids(p)[0].startswith("TOC") and p.find(f".//{W}hyperlink") is not None]
    assert len(rows) == len(booklet.articles)
    for row, article, page in zip(rows, booklet.articles, pages):
        # no manual breaks: the row's TOC level style makes the word processor wrap it at words
        assert _text(row).replace(" ", "") == f"{article.title}{page}".replace(" ", "")
        assert row.find(f".//{W}tab") is not None and row.find(f".//{W}br") is None
    refs = [i for i in instructions if i.strip().startswith("PAGEREF")]
    assert len(refs) == len(booklet.articles)


def test_toc_rows_link_to_bookmarks_on_the_article_titles(seed_docx):
    root = docx_xml(seed_docx)
    anchors = [h.get(f"{W}anchor") for h in root.iter(f"{W}hyperlink")]
    heading_marks = []
    for p in root.iter(f"{W}p"):
        if _style_ids(p)[:1] and _style_ids(p)[0].startswith("Heading1"):
            heading_marks += [b.get(f"{W}name") for b in p.iter(f"{W}bookmarkStart")]
    assert anchors == heading_marks and len(set(anchors)) == len(anchors) == 9


def test_grouped_toc_maps_parts_to_level_1_and_articles_to_level_2(tmp_path):
    target = tmp_path / "parts.docx"
    write_docx(every_block_booklet(), target, profile=load_profile("gongwen"), toc_pages=[1, 3])
    root = docx_xml(target)
    toc = next(t.text for t in root.iter(f"{W}instrText") if "TOC" in t.text)
    assert '\\t "Part Title,1,Heading 1,2"' in toc and '\\n "1-1"' in toc
    rows = [(_style_ids(p)[0], _text(p)) for p in root.iter(f"{W}p")
            if _style_ids(p)[:1] in (["TOC1"], ["TOC2"])]
    assert rows == [("TOC1", "重要讲话"), ("TOC2", "习近平：加强基础研究 实现高水平科技自立自强1"),
                    ("TOC1", "延伸阅读"), ("TOC2", "走好建设科技强国的必由之路3")]


def test_a_long_title_breaks_at_its_spaces_and_a_short_one_does_not(tmp_path):
    target = tmp_path / "every.docx"
    write_docx(every_block_booklet(), target, profile=load_profile("gongwen"), toc_pages=[1, 3])
    long, short = [p for p in docx_xml(target).iter(f"{W}p") if _style_ids(p) == ["Heading1"]]
    assert [t.text for t in long.iter(f"{W}t")] == ["习近平：加强基础研究", "实现高水平科技自立自强"]
    assert len(list(long.iter(f"{W}br"))) == 1
    assert short.find(f".//{W}br") is None


def test_without_page_numbers_rows_carry_titles_only():
    data = render_docx(every_block_booklet(), profile=load_profile("gongwen"))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "PAGEREF" not in xml and "走好建设科技强国的必由之路" in xml


def test_wrong_number_of_toc_pages_is_a_build_error():
    with pytest.raises(BuildError, match="2 articles"):
        render_docx(every_block_booklet(), profile=load_profile("gongwen"), toc_pages=[1])


def test_update_fields_is_set_in_settings(seed_docx):
    settings = docx_xml(seed_docx, "word/settings.xml")
    update = settings.find(f"{W}updateFields")
    assert update is not None and update.get(f"{W}val") == "true"
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    assert settings.find(f"{W}mirrorMargins") is not None


def test_core_properties(seed_docx, seed):
    booklet, _ = seed
    props = docx.Document(str(seed_docx)).core_properties
    assert props.title == booklet.title
    assert props.author == booklet.issuer
    assert props.subject
    assert props.created.year == 2026 and props.language == "zh-CN"


def test_every_block_kind_is_written(tmp_path):
    target = tmp_path / "every.docx"
    write_docx(every_block_booklet(), target, profile=load_profile("gongwen"), toc_pages=[1, 3])
    ids = set(_style_ids(docx_xml(target)))
    for style in ("Kicker", "ArticleSubtitle", "Author", "SourceLine", "Heading2", "Heading3",
                  "Heading4", "Heading5", "Quote", "Attribution", "Note", "Caption", "Separator",
                  "BodyText"):
        assert style in ids, style
    root = docx_xml(target)
    refs = list(root.iter(f"{W}footnoteReference"))  # a real Word footnote, not an endnote list
    notes = docx_xml(target, "word/footnotes.xml")
    bodies = [n for n in notes.iter(f"{W}footnote") if int(n.get(f"{W}id")) > 0]
    assert [r.get(f"{W}id") for r in refs] == [n.get(f"{W}id") for n in bodies] == ["1"]
    assert _text(bodies[0]).startswith("戚聿东")
    bold = [_text(r) for r in root.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert bold == ["第一，强化基础研究前瞻性、战略性、系统性布局。"]


def test_an_unknown_block_kind_raises():
    from booklet.writers.docx.body import ArticleWriter  # noqa: PLC0415
    from booklet.writers.docx.metrics import metrics_for  # noqa: PLC0415
    from booklet.writers.docx.notes import Footnotes  # noqa: PLC0415

    profile = load_profile("gongwen")
    with pytest.raises(TypeError, match="no rule for str"):
        ArticleWriter(metrics_for(profile), profile, Footnotes(True)).visit(
            "not a block")  # type: ignore[arg-type]


def _notice_head(root) -> list:
    """The notice's frame paragraphs (before its title; the cover's come after)."""
    out = []
    for p in root.iter(f"{W}p"):
        if _style_ids(p)[:1] == ["NoticeTitle"]:
            return out
        if p.find(f"{W}pPr/{W}framePr") is not None:
            out.append(p)
    return out


def test_notice_is_a_red_headed_document(seed_docx, seed):
    booklet, _ = seed
    root = docx_xml(seed_docx)
    paragraphs = {tuple(_style_ids(p))[:1]: p for p in root.iter(f"{W}p")}
    masthead = paragraphs[("NoticeMasthead",)]
    assert _text(masthead) == booklet.notice.issuer
    # 信函格式 (the profile default, as in the PDF): red double lines under the masthead, the
    # number flush right, and red double lines 20 mm above the foot in a page-anchored frame
    number = paragraphs[("NoticeNumber",)]
    assert _text(number) == "宣〔2026〕11号"
    assert number.find(f"{W}pPr/{W}jc").get(f"{W}val") == "right"
    # every part of the head is a page-anchored frame at its GB/T height; the rules 170 mm wide
    head = _notice_head(root)
    frames = [p.find(f"{W}pPr/{W}framePr") for p in head]
    assert len(frames) == 4 and all(f.get(f"{W}vAnchor") == "page" for f in frames)
    # masthead's em box 30 mm from the top: the frame starts where a word processor's exact
    # line puts the baseline 0.88 em down (LibreOffice: 4/5 of the line down)
    assert abs(int(frames[0].get(f"{W}y")) - 30 * 56.7 - (0.88 - 0.8) * 36 * 20) < 30
    rules = [p for p in head if p.find(f"{W}pPr/{W}pBdr/{W}top") is not None]
    assert [abs(int(p.find(f"{W}pPr/{W}framePr").get(f"{W}w")) - 170 * 56.7) < 30
            for p in rules] == [True, True]
    assert rules[-1].find(f"{W}pPr/{W}pBdr/{W}top").get(f"{W}color") == "E60012"
    foot = int(rules[-1].find(f"{W}pPr/{W}framePr").get(f"{W}y"))
    assert abs(foot - (297 - 20) * 56.7) < 150
    styles = docx_xml(seed_docx, "word/styles.xml")
    red = styles.find(f"{W}style[@{W}styleId='NoticeMasthead']/{W}rPr/{W}color")
    assert red.get(f"{W}val") == "E60012"
    texts = [_text(p) for p in root.iter(f"{W}p")]
    assert "附件：" + booklet.notice.attachment in texts
    assert texts[texts.index("2026年5月12日") - 1] == "党委宣传部"


def test_standard_notice_format_has_one_rule_under_a_centred_number(seed, tmp_path):
    booklet, _ = seed
    path = tmp_path / "standard.docx"
    write_docx(booklet, path, profile=load_profile("gongwen", {"notice_format": "standard"}))
    root = docx_xml(path)
    paragraphs = {tuple(_style_ids(p))[:1]: p for p in root.iter(f"{W}p")}
    masthead, number = paragraphs[("NoticeMasthead",)], paragraphs[("NoticeNumber",)]
    assert int(masthead.find(f"{W}pPr/{W}spacing").get(f"{W}before")) == round(35 * 56.6929)
    assert number.find(f"{W}pPr/{W}pBdr/{W}bottom").get(f"{W}color") == "E60012"
    assert number.find(f"{W}pPr/{W}jc") is None  # the style centres it
    assert _notice_head(root) == []  # 文件格式 flows with the text


def test_toc_part_row_keeps_with_its_first_entry(tmp_path):
    path = tmp_path / "parts.docx"
    write_docx(every_block_booklet(), path, profile=load_profile("gongwen"))
    root = docx_xml(path)
    rows = [p for p in root.iter(f"{W}p") if _style_ids(p)[:1] in (["TOC1"], ["TOC2"])]
    parts = [p for p in rows if p.find(f".//{W}hyperlink[@{W}anchor]") is not None
             and p.find(f".//{W}hyperlink").get(f"{W}anchor").startswith("_Toc2")]
    assert parts, "the booklet has part rows"
    for row in parts:
        assert row.find(f"{W}pPr/{W}keepNext") is not None, _text(row)
    assert all(p.find(f"{W}pPr/{W}keepNext") is None for p in rows if p not in parts)


def test_cover_and_notice_titles_break_where_words_end(seed_docx):
    root = docx_xml(seed_docx)
    for style in ("Title", "NoticeTitle"):
        para = next(p for p in root.iter(f"{W}p") if (_style_ids(p) or [""])[0] == style)
        lines = "".join("\n" if el.tag == f"{W}br" else (el.text or "")
                        for el in para.iter(f"{W}t", f"{W}br")).split("\n")
        assert len(lines) >= 2 and not any(line.startswith(("谈", "会", "记")) for line in lines), lines


def test_styles_name_east_asian_fonts_without_theme_attributes(seed_docx):
    styles = docx_xml(seed_docx, "word/styles.xml")
    for fonts in styles.iter(f"{W}rFonts"):
        assert fonts.get(f"{W}eastAsia"), fonts.attrib
        assert fonts.get(f"{W}ascii") and fonts.get(f"{W}hAnsi")
        assert not [a for a in fonts.attrib if a.lower().endswith("theme")]
    for lang in styles.iter(f"{W}lang"):
        assert lang.get(f"{W}eastAsia") == "zh-CN"
    heading = styles.find(f"{W}style[@{W}styleId='Heading1']")
    assert heading.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == \
        DOCX_FAMILY_NAMES["xiaobiaosong"][0]
    for level in range(1, 6):
        color = styles.find(f"{W}style[@{W}styleId='Heading{level}']/{W}rPr/{W}color")
        assert color.get(f"{W}val") == "000000"
    assert b"themeColor" not in _raw(seed_docx, "word/styles.xml")


def _raw(path, member):
    with zipfile.ZipFile(path) as zf:
        return zf.read(member)


def test_body_text_indents_two_characters(seed_docx):
    styles = docx_xml(seed_docx, "word/styles.xml")
    ind = styles.find(f"{W}style[@{W}styleId='BodyText']/{W}pPr/{W}ind")
    assert ind.get(f"{W}firstLineChars") == "200" and ind.get(f"{W}firstLine") == "640"


def test_headings_keep_with_next_and_body_has_widow_control(seed_docx):
    styles = docx_xml(seed_docx, "word/styles.xml")
    for level in range(1, 6):
        assert styles.find(f"{W}style[@{W}styleId='Heading{level}']/{W}pPr/{W}keepNext") is not None
    assert styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}widowControl") is not None


def test_long_attribution_breaks_before_its_date_not_inside_it(tmp_path):
    from booklet.model import Article, Attribution, Booklet, Paragraph, Part, Text

    credit = "——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）"
    short = "——在科学家座谈会上的讲话（2020年9月11日）"
    article = Article("题", (Paragraph((Text("基础研究是源头。"),)), Attribution(credit),
                             Paragraph((Text("要加大投入。"),)), Attribution(short)))
    path = tmp_path / "credit.docx"
    write_docx(Booklet("书", (Part(None, (article,)),)), path, profile=load_profile("gongwen"))
    paras = [p for p in docx_xml(path).iter(f"{W}p") if _style_ids(p)[:1] == ["Attribution"]]
    texts = ["".join("\n" if e.tag == f"{W}br" else (e.text or "") for e in p.iter(f"{W}t", f"{W}br"))
             for p in paras]
    assert texts == [credit.replace("（", "\n（"), short]


def test_a_short_all_bold_paragraph_keeps_with_the_next(tmp_path):
    from booklet.model import Article, Bold, Booklet, Paragraph, Part, Text

    article = Article("题", (Paragraph((Bold("★地基打得牢，科技事业大厦才能建得高"),)),
                             Paragraph((Bold("第一，强化布局。"), Text("基础研究是源头。"))),
                             Paragraph((Text("基础研究处于科研链条起始端。"),))))
    path = tmp_path / "runin.docx"
    from booklet.present import present

    write_docx(present(Booklet("书", (Part(None, (article,)),))), path,
               profile=load_profile("gongwen"))
    body = [p for p in docx_xml(path).iter(f"{W}p") if _style_ids(p)[:1] == ["BodyText"]]
    assert [p.find(f"{W}pPr/{W}keepNext") is not None for p in body] == [True, False, False]
