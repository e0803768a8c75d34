"""Cover titles break at word-ish boundaries into balanced lines (never 座 / 谈会)."""

from __future__ import annotations

from booklet.model import Booklet, Part
from booklet.typeset.titles import break_penalty, title_lines
from booklet.writers.pdf import write_pdf
from booklet.layout import load_profile

TITLE = "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊"


def cells(text: str) -> list[float]:
    return [1.0] * len(text)


def test_title_breaks_after_particles_not_inside_words():
    lines = title_lines(TITLE, cells(TITLE), 14.8, 1.0)
    assert "".join(lines) == TITLE
    assert all(line[-1] in "在的上和与" or line is lines[-1] for line in lines), lines
    assert not any(line.startswith(("谈", "会")) for line in lines)
    assert max(map(len, lines)) - min(map(len, lines)) <= 4


def test_spaces_and_punctuation_are_preferred_breaks():
    text = "关于发布《师生理论学习指南》“习近平总书记在加强基础研究座谈会上的重要讲话精神”学习专刊的通知"
    lines = title_lines(text, cells(text), 17.5, 1.0)
    assert lines[0] == "关于发布《师生理论学习指南》"
    assert break_penalty("加强 基础", 2) == 0 and break_penalty("座谈会", 1) > break_penalty("的重", 1)


def test_short_title_stays_on_one_line_and_too_long_runs_are_left_to_the_caller():
    assert title_lines("学习专刊", cells("学习专刊"), 14.8, 1.0) == ["学习专刊"]
    assert title_lines("A" * 40, [0.5] * 40, 14.8, 1.0) == ["A" * 40]


def test_cover_prints_the_compound_whole(fonts_or_skip, pdf_rows, tmp_path):
    path = tmp_path / "cover.pdf"
    write_pdf(Booklet(TITLE, (Part(None, ()),), issuer="党委宣传部"), path, profile=load_profile(),
              fonts=fonts_or_skip)
    rows = [r.text for r in pdf_rows(path)[0]]
    assert any("座谈会" in r for r in rows), rows
    assert "".join(r for r in rows if r != "党委宣传部") == TITLE


def test_toc_entries_break_at_the_titles_own_spaces_and_dashes():
    from booklet.typeset.titles import entry_lines

    title = "丁薛祥在调研基础研究时强调 深入贯彻落实加强基础研究座谈会精神 全面提升基础研究水平和原始创新能力"
    widths = [0.5 if ord(c) < 0x2000 else 1.0 for c in title]
    lines = entry_lines(title, widths, 25, 2, 1.0)
    assert lines == ["丁薛祥在调研基础研究时强调", "深入贯彻落实加强基础研究座谈会精神",
                     "全面提升基础研究水平和原始创新能力"]
    title = "坚定信心，进一步打牢科技强国建设根基——论学习贯彻习近平总书记在加强基础研究座谈会上重要讲话"
    lines = entry_lines(title, [1.0] * len(title), 25, 2, 1.0)
    assert lines[1].startswith("——") and all(len(l) >= 6 for l in lines)
    assert entry_lines("习近平：加强基础研究", [1.0] * 10, 25, 2, 1.0) == ["习近平：加强基础研究"]
