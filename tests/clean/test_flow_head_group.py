"""A head group over a two-column page's columns, which pdfplumber writes a line a row above the first
row split at the gutter, read whole and first (``flow._head_group_above``, asked by ``_top_labels``;
plumb77, issue 10).

A 简报 page sets its unit, title, subtitle and byline over the two columns, each line in its own size or
on a grid of its own, so pdfplumber writes each on a row alone; the columns' rows are split at the gutter
only below.  The dealing has no split row yet to name the columns by and deals those single rows by turns
into both columns, and ``_top_labels`` only weighs the two columns' tops kept or exchanged: a subtitle
(「（2026年修订版）」, 「——在市直机关工委专题党课上的辅导报告」) or a second title line
(「三十年守护一方百姓健康」) stood at the right column's top and was read after the whole left column.
Lines above the first split row that are all a head's lines (short of the measure, no sentence
punctuation) are a head group: read first, as written.

Pages are real extractions, whole: dev texts guide_office_system_ops on bulletin design bl66_01,
lecture_party_style and deeds_village_doctor on bl66_00, drawn by ``heading_sweep.py --kind bulletin
--columns 2 --designs 12`` with seed 221 (``tests/data/extractions``).  On main the group's last line read
stands far below the body's first line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# the head group's lines in order, then the body's first words
GROUPS = {
    "guide_office_system_ops__bl66_01_s221_bulletin__pdfplumber.txt": (
        ["协同办公系统公文流转操作指南", "（2026年修订版）", "江城市大数据中心编", "一、适用范围"], "本指南适用于全市"),
    "lecture_party_style__bl66_00_s221_bulletin__pdfplumber.txt": (
        ["锤炼过硬作风勇于担当作为", "——在市直机关工委专题党课上的辅导报告", "市直机关工委理论学习中心组"], "同志们："),
    "deeds_village_doctor__bl66_00_s221_bulletin__pdfplumber.txt": (
        ["身边的榜样", "三十年守护一方百姓健康", "——记江城县青石镇卫生院乡村医生刘守山"], "编者按："),
}


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_a_head_group_over_two_columns_is_read_first(flowed_unheaded, name):
    read = "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    heads, body = GROUPS[name]
    places = [read.find(head) for head in heads]
    assert -1 not in places, heads[places.index(-1)]
    assert places == sorted(places) and places[-1] < read.find(body), (places, read.find(body))
