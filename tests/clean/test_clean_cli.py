"""``booklet clean``: --report lists decisions and groups normalisations, --verify balances the characters."""

from __future__ import annotations

from pathlib import Path

from booklet.cli import run

SEEDS = Path(__file__).resolve().parents[2] / "sources"


def test_report_lists_decisions_and_groups_normalisations(tmp_path, capsys):
    assert run(["clean", str(SEEDS / "004_d7639a3b45169b27.txt"), "--report", "-o", str(tmp_path / "out.md")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any("joined [unwrap] across a page break" in line for line in err)
    assert any("merged [merge_titles] '第1章' + '科技成果转化概述'" in line for line in err)
    assert any("moved [footnotes]" in line and "①" in line for line in err)
    grouped = [line for line in err if line.startswith("changed [normalise] ',' → '，'")]
    assert len(grouped) == 1 and "×" in grouped[0]   # one line for the kind, with its count


def test_report_lists_article_splits(tmp_path, capsys):
    assert run(["clean", str(SEEDS / "000_fd4eaa529b77abe0.txt"), "--report", "-o", str(tmp_path / "out.md")]) == 0
    err = capsys.readouterr().err
    assert err.count("split [split_articles] new article") == 2   # 材料 2 and 材料 3


def test_verify_says_nothing_was_lost(tmp_path, capsys):
    assert run(["clean", str(SEEDS / "001_b06077b12bd6695a.txt"), "--verify", "-o", str(tmp_path / "out.md")]) == 0
    assert "nothing lost:" in capsys.readouterr().err


def test_verify_fails_with_one_line_when_a_rule_loses_text(tmp_path, capsys, monkeypatch):
    from booklet.clean import table
    from booklet.clean.stages import over_lines

    def drop_first_character(lines, log):
        return [line.but(text=line.text[1:]) if line.text.startswith("今") else line for line in lines]
    rules = tuple(table.Rule(r.name, r.stage, over_lines(drop_first_character), r.summary)
                  if r.name == "separators" else r for r in table.RULES)
    monkeypatch.setattr("booklet.clean.pipeline.RULES", rules)
    source = tmp_path / "a.txt"
    source.write_text("今天，中央政治局进行第三次集体学习。\n", encoding="utf-8")
    assert run(["clean", str(source), "--verify", "-o", str(tmp_path / "out.md")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "lost '今' (line 1)" in err[0] and str(source) in err[0]


def test_clean_without_a_file_is_a_usage_error(capsys):
    assert run(["clean"]) == 2
    assert "--rules" in capsys.readouterr().err
