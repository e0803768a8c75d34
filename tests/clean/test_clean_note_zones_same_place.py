"""Two pages' note zones at one place in the flow (a bulletin page under pdfplumber whose body ends on
one page's notes and the next page's notes, with no body line between): the lines carried back to the
later zone's note are taken out of the flow, so the zone above at the same place starts where they
started — it pointed past the flow's end, and the cleaner stopped on an IndexError (`notes._carry_over`).

The page: chapter_footnotes_region set in a two-column 简报 design (bl66_01, seed 334), read by pdfplumber."""

from __future__ import annotations

from pathlib import Path

from booklet.cli import run

PAGE = Path(__file__).parents[1] / "data" / "extractions" / "chapter_footnotes_region__bl66_01_s334_bulletin__pdfplumber.txt"


def test_two_note_zones_at_one_place_clean_and_keep_every_note(tmp_path):
    out = tmp_path / "page.md"
    assert run(["clean", str(PAGE), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    # every note's opening words are in the output: none was lost with the zone
    for words in ("国家科技体制改革和创新体系建设领导小组办公室", "王明远", "李文华、周晓峰", "陈立新", "刘海燕"):
        assert words in text, words
    # and the notes stand as notes, their markers matched in the text
    assert text.count("[^1]:") == 1 and "[^1]" in text.split("[^1]:")[0]
