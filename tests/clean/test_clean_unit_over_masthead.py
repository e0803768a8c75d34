"""A unit's name printed once at the top of the first page straight over the text's own 报头 (bull66,
issue 10): 「中共江城市委办公室」 over 「参阅」 / 「第15期」 / 「江城市委政策研究室编  2026年11月25日」.  The unit's
line is the page's head band (the 报头 names its office in its 编发 line); the 报头 under it stays —
its short name a heading, its issue and 编发 line text.  On main the band rule took the unit with the
name and issue (a 2-character name cut from its issue reads as a periodical's row), or pypdf's cut 编发
line with the 报头's name and issue.

Pages are real extractions, whole: the dev texts jianbao_kicker_items and jianbao_flood_season set by
``heading_sweep.py --kind bulletin --seed 77`` (designs bl66_00, bl66_02) and read by PDFium, a saved
copy (realstyle) and pypdf (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, unit, name_, issue", [
    ("jianbao_kicker_items__bl66_02_s77_bulletin__pypdfium2.txt", "中共江城市委办公室", "参阅", "第15期"),
    ("jianbao_kicker_items__bl66_00_s77_bulletin__realstyle.txt", "中共江城市委办公室", "参阅", "第15期"),
    ("jianbao_flood_season__bl66_00_s77_bulletin__pypdf.txt", "中共江城市委办公室", "工作简报", "第12期"),
])
def test_unit_over_the_masthead_is_the_band(closed_texts, extracted, headings_of, name, unit, name_, issue):
    doc = extracted(name)
    text = closed_texts(doc)
    assert not any(t.startswith(unit) for t in text)
    assert headings_of(doc)[0].replace(" ", "") == name_
    assert issue in text
    assert any("编" in t and t.endswith("日") or t.endswith("编") for t in text)   # the 编发 line stays
