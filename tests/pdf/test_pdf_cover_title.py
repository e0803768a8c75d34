"""Display text (cover, titles, TOC entries) breaks where words end, checked with the segmenter."""

from __future__ import annotations

import pytest

from booklet.layout import load_profile
from booklet.model import Booklet, Part
from booklet.present.breaks import title_lines
from booklet.present.toc import toc_lines
from booklet.typeset.segment import word_bounds
from booklet.typeset.titles import break_penalty, display_lines
from booklet.writers.pdf import write_pdf

TITLE = "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊"
PROFILE = load_profile("gongwen")
TITLES = [
    "习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究 进一步打牢科技强国建设根基",
    "全国科技大会 国家科学技术奖励大会 两院院士大会在京召开 习近平为国家最高科学技术奖获得者等颁奖并发表重要讲话",
    "丁薛祥在调研基础研究时强调 深入贯彻落实加强基础研究座谈会精神 全面提升基础研究水平和原始创新能力",
    "坚定信心，进一步打牢科技强国建设根基——论学习贯彻习近平总书记在加强基础研究座谈会上重要讲话",
    "关于发布《师生理论学习指南》“习近平总书记在加强基础研究座谈会上的重要讲话精神”学习专刊的通知",
    "习近平：在全国科技大会、国家科学技术奖励大会、两院院士大会上的讲话",
]


def ends_inside_a_word(lines: list[str]) -> list[str]:
    """Lines (but the last) after which the joined text has no word boundary."""
    text = "".join(lines)
    bounds = word_bounds(text)
    bad, pos = [], 0
    for line in lines[:-1]:
        pos += len(line)
        if pos not in bounds:
            bad.append(line)
    return bad


def cells(text: str) -> list[float]:
    return [1.0] * len(text)


def test_title_breaks_after_particles_not_inside_words():
    lines = display_lines(TITLE, cells(TITLE), 14.8, 1.0)
    assert "".join(lines) == TITLE
    assert ends_inside_a_word(lines) == []
    assert not any(line.startswith(("谈", "会")) for line in lines)
    assert max(map(len, lines)) - min(map(len, lines)) <= 4


@pytest.mark.parametrize("title", TITLES)
def test_titles_and_toc_entries_never_end_a_line_inside_a_word(title):
    for lines in (title_lines(PROFILE, "title", title), toc_lines(PROFILE, title),
                  title_lines(PROFILE, "cover_title", title)):
        assert "".join(lines).replace(" ", "") == title.replace(" ", "")
        assert ends_inside_a_word([l.replace(" ", "") for l in lines]) == [], lines


def test_the_award_name_and_in_jing_stay_whole():
    lines = title_lines(PROFILE, "title", TITLES[1]) + toc_lines(PROFILE, TITLES[1])
    assert not any(l.endswith(("国家最高", "在", "等颁", "国家科学")) for l in lines), lines


def test_spaces_and_punctuation_are_preferred_breaks():
    text = TITLES[4]
    lines = display_lines(text, cells(text), 17.5, 1.0)
    assert lines[0] == "关于发布《师生理论学习指南》"
    assert break_penalty("加强 基础", 2) == 0 and break_penalty("座谈会", 1) > break_penalty("的重要", 1)


def test_no_break_between_a_dash_and_the_number_of_a_range():
    from booklet.typeset.clreq import can_break_before

    assert not can_break_before("—", "2") and not can_break_before("～", "3")


def test_short_title_stays_on_one_line_and_too_long_runs_are_left_to_the_caller():
    assert display_lines("学习专刊", cells("学习专刊"), 14.8, 1.0) == ["学习专刊"]
    assert display_lines("A" * 40, [0.5] * 40, 14.8, 1.0) == ["A" * 40]


def test_cover_prints_the_compound_whole(fonts_or_skip, pdf_rows, tmp_path):
    path = tmp_path / "cover.pdf"
    write_pdf(Booklet(TITLE, (Part(None, ()),), issuer="党委宣传部"), path, profile=PROFILE,
              fonts=fonts_or_skip)
    rows = [r.text for r in pdf_rows(path)[0]]
    assert any("座谈会" in r for r in rows), rows
    assert "".join(r for r in rows if r != "党委宣传部") == TITLE


def _filled(text: str, cells: float, hang: int) -> list[str]:
    """How a word processor wraps ``text`` into lines of ``cells`` (wrapped lines ``hang``
    narrower): as many characters as fit — a CJK character a cell, a space a quarter."""
    lines, line, width = [], "", 0.0
    for ch in text:
        step = 0.25 if ch == " " else 1.0 if ord(ch) >= 0x2000 else 0.5
        room = cells - (hang if lines else 0)
        if width + step > room + 1e-6 and ch != " ":
            lines.append(line.strip())
            line, width = "", 0.0
        line, width = line + ch, width + step
    return lines + [line.strip()]


def test_toc_entries_are_the_lines_a_word_processor_wraps_them_into_at_words():
    from booklet.layout import MM
    from booklet.present.toc import entry_text, toc_entries

    entries = toc_entries(PROFILE, tuple(TITLES), levels=8)
    assert len({entry.shape for entry in entries}) <= 8
    for title, entry in zip(TITLES, entries):
        text = entry_text(PROFILE, title)
        cells = PROFILE.text_width_mm * MM / PROFILE.char_pitch_pt - entry.right_cells
        assert list(entry.lines) == _filled(text, cells, entry.hang_cells), title
        assert ends_inside_a_word([l.replace(" ", "") for l in entry.lines]) == [], entry.lines
    assert toc_lines(PROFILE, "习近平：加强基础研究") == ["习近平：加强基础研究"]


ATTRIBUTIONS = [
    "——在网络安全和信息化工作座谈会上的讲话（2016年4月19日）",
    "——在中国科学院第二十次院士大会、中国工程院第十五次院士大会、中国科协第十次全国代表大会上的讲话"
    "（2021年5月28日）",
    "——在科学家座谈会上的讲话（2020年9月11日）",
]


@pytest.mark.parametrize("text", ATTRIBUTIONS)
def test_attributions_break_alike_in_both_files_before_the_date_or_where_words_end(text,
                                                                                 fonts_or_skip):
    import re
    import zipfile
    from io import BytesIO

    from booklet.model import Article, Attribution, Paragraph, Text
    from booklet.present.breaks import attribution_lines
    from booklet.writers.docx import render_docx
    from booklet.writers.pdf.text import Shaper

    lines = attribution_lines(PROFILE, text)
    assert "".join(lines) == text and ends_inside_a_word(lines) == []
    if len(lines) > 1 and "（" in lines[-1]:
        assert lines[-1].startswith("（") or len(lines) > 2  # before its date, else at words
    pdf = [line.text for line in Shaper(PROFILE, fonts_or_skip).set("attribution", text)]
    assert pdf == lines
    article = Article("题", (Paragraph((Text("正文。"),)), Attribution(text)))
    data = render_docx(Booklet("书", (Part(None, (article,)),)), profile=PROFILE)
    xml = zipfile.ZipFile(BytesIO(data)).read("word/document.xml").decode("utf-8")
    para = re.search(r'<w:pStyle w:val="Attribution"/>.*?</w:p>', xml).group(0)
    assert re.sub(r"<w:br/>", "\n", re.sub(r"<(?!w:br/)[^>]+>", "", para)).split("\n") == lines
