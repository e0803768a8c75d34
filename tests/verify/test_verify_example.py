"""``booklet verify`` on the example booklet: repeated texts, the 论述汇编's quotations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booklet.cli import run

from .conftest import COMPILATION, QIUSHI

DATE_2023 = "2023年2月21日"
# Occasions the example project holds no text of: their quotations must not be matched.
ABSENT = ("2016年4月19日", "2020年9月11日", "2021年5月28日", "2020年4月10日", "2021年9月27日")


def _compilation_quotes(report, date: str):
    return [q for q in report.quotations
            if q.article.title == COMPILATION and q.attribution and date in q.attribution]


def test_all_six_quotations_of_the_2023_speech_are_found_in_the_qiushi_article(example_report):
    quotes = _compilation_quotes(example_report, DATE_2023)
    assert len(quotes) == 6
    for q in quotes:
        assert q.verdict in ("exact", "differs"), q.summary()
        assert q.found_in is not None and q.found_in.title == QIUSHI
        assert q.found_in.number == 2  # the booklet's own copy comes first
        assert q.found_in.line is not None


def test_quotations_from_occasions_without_a_text_are_not_found(example_report):
    for date in ABSENT:
        quotes = _compilation_quotes(example_report, date)
        assert quotes, date
        for q in quotes:
            assert q.verdict == "not_found" and q.found_in is None, q.summary()


def test_no_quotation_is_matched_to_a_text_of_another_date(example_report):
    """A match must come from a text whose date or occasion the attribution names."""
    for q in example_report.quotations:
        if q.found_in is None or not q.attribution:
            continue
        date = re.search(r"(\d{4})年(\d{1,2})月", q.attribution)
        if date and q.found_in.title == QIUSHI:
            assert (date.group(1), date.group(2)) == ("2023", "2"), q.attribution


def test_the_qiushi_article_printed_twice_is_a_repeat(example_report):
    repeats = {s.second.label: s for s in example_report.same_texts}
    same = repeats["sources/000_fd4eaa529b77abe0.txt（材料1）"]
    assert same.first.number == 2 and same.first.title == QIUSHI
    assert same.share == 1.0 and same.differences == ()  # the ** of seed 002 is formatting
    assert same.warning() == ("sources/000_fd4eaa529b77abe0.txt（材料1） repeats article 2"
                              "「习近平：加强基础研究 实现高…」 (100.0 %, 0 differences)")


def test_seed_003_repeats_seed_001_and_lost_the_g_of_6g(example_report):
    same = next(s for s in example_report.same_texts
                if s.second.label == "sources/003_8089adc89d669a0a.txt")
    assert same.first.label.startswith("sources/001_b06077b12bd6695a.txt")
    g = next(d for d in same.differences if d.ours == "G")
    assert (g.kind, g.chars, g.theirs) == ("extra", "latin", "")  # 001 has it, 003 lost it
    assert (g.our_line, g.their_line) == (46, 50)  # 「第一颗 6G 卫星」 / 「第一颗 6 卫星」 in the raw files
    assert g.better == "ours" and "6G卫星" in g.suggestion()


def test_check_prints_the_repeats_and_the_quotation_summary(example: Path,
                                                            capsys: pytest.CaptureFixture[str]):
    assert run(["check", str(example)]) == 0
    out = capsys.readouterr().out
    assert "warning: sources/000_fd4eaa529b77abe0.txt（材料1） repeats article 2「习近平：加强基础研究" in out
    assert "warning: sources/003_8089adc89d669a0a.txt repeats article 13" in out
    summary = re.search(r"booklet: verify: (\d+) quotations — (\d+) exact, (\d+) differs, "
                        r"(\d+) not found", out)
    assert summary and int(summary.group(1)) == sum(int(summary.group(i)) for i in (2, 3, 4))


def test_build_warns_about_the_repeats(example: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]):
    assert run(["build", str(example), "--format", "md", "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "booklet: warning: sources/000_fd4eaa529b77abe0.txt（材料1） repeats article 2" in err
    assert "(99.7 %, 2 differences)" in err  # 003 after 001: the salutation and the G


def test_verify_json_and_markdown_reports(example: Path, capsys: pytest.CaptureFixture[str]):
    import json

    assert run(["verify", str(example), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["quotations"] == len(data["quotations"]) > 20
    assert data["summary"]["same_texts"] == 2
    assert run(["verify", str(example), "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# booklet verify\n") and "## article 3「习近平总书记关于基础研究部分…」" in md
