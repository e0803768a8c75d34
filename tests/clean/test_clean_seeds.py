"""Whole seeds: golden outputs, the 材料 split of seed 000, stability.

Cleaning speed is measured by ``benchmarks/build.py`` (a timing has no place in the suite).

Regenerate the golden files deliberately with ``BOOKLET_UPDATE_GOLDEN=1 pytest tests/clean``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from booklet.clean.dump import dump
from booklet.model import block_text
from booklet.readers import ReadOptions, read_source
from booklet.writers.markdown import render_document

SEEDS = ["000_fd4eaa529b77abe0", "001_b06077b12bd6695a", "002_c555cb9c51b4d844",
         "003_8089adc89d669a0a", "004_d7639a3b45169b27"]
UPDATE = os.environ.get("BOOKLET_UPDATE_GOLDEN") == "1"


def _check_golden(path: Path, text: str) -> None:
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"golden file {path.name} missing; run with BOOKLET_UPDATE_GOLDEN=1")
        path.write_text(text, encoding="utf-8")
        return
    assert text == path.read_text(encoding="utf-8"), f"{path.name} changed (BOOKLET_UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_matches_golden_markdown_and_dump(seed, seeds_dir, golden_dir):
    result = read_source(seeds_dir / f"{seed}.txt", ReadOptions())
    _check_golden(golden_dir / f"{seed}.md", render_document(result.document))
    _check_golden(golden_dir / f"{seed}.dump.txt", dump(result.document))


@pytest.mark.parametrize("seed", SEEDS)
def test_cleaning_twice_is_byte_identical(seed, seeds_dir):
    path = seeds_dir / f"{seed}.txt"
    first = read_source(path, ReadOptions())
    second = read_source(path, ReadOptions())
    assert render_document(first.document) == render_document(second.document)
    assert first.report.format() == second.report.format()


@pytest.mark.parametrize("seed", SEEDS)
def test_cleaned_markdown_reads_back_as_the_same_document(seed, seeds_dir):
    from booklet.readers.markdown import parse_markdown
    text = render_document(read_source(seeds_dir / f"{seed}.txt", ReadOptions()).document)
    assert render_document(parse_markdown(text)) == text


def test_seed000_yields_three_materials_without_furniture(seeds_dir):
    result = read_source(seeds_dir / "000_fd4eaa529b77abe0.txt", ReadOptions())
    articles = result.document.articles
    assert [a.kicker for a in articles] == ["材料1", "材料2", "材料3"]
    assert articles[0].title == "习近平：加强基础研究 实现高水平科技自立自强"
    body = "\n".join(block_text(b) for a in articles for b in a.blocks)
    assert "主题教育学习资料" not in body
    assert all(not block_text(b).strip().isdigit() for a in articles for b in a.blocks)
    assert {r.text for r in result.report.removals} >= {"主题教育学习资料", "26"}


def test_seed001_holds_several_news_items(seeds_dir):
    articles = read_source(seeds_dir / "001_b06077b12bd6695a.txt", ReadOptions()).document.articles
    assert len(articles) >= 5
    assert sum(a.origin == "新华社" for a in articles) >= 4
    assert articles[0].date == "2024-06-25"


def test_seed003_caption_and_note(seeds_dir):
    from booklet.model import Caption, Note
    art = read_source(seeds_dir / "003_8089adc89d669a0a.txt", ReadOptions()).document.articles[0]
    captions = [b.text for b in art.blocks if isinstance(b, Caption)]
    assert len(captions) == 3 and all(c.endswith("/摄") for c in captions)
    assert art.author == "习近平"
    assert isinstance(art.blocks[-1], Note)
