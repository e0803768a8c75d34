"""An entry's lead in a Latin face, set before the entry's ideographic space, opens its printed line
(issue 10, branch runs74).

pypdf ends its output line at every change of font, so a standard's list of normative references
set in Word arrives as 「GB/T」 / 「 」 / 「28220」 / 「　公共图书馆服务规范」 / 「GB」 / 「 」 / 「50763」 /
「　无障碍设计规范」.  ``runs.rejoin_runs`` regroups the pieces into the lines that best fill the measure,
each line stopping short mid-sentence paying alike: two short entries that fill one line together
(12.5 + 11.5 em on a 26-em line) cost less run into one.  A schedule, a reference list, a terms
clause set each entry as a paragraph of its own, its lead first, and prose sets no ideographic space
after a number: ``regroup._latin_leads`` puts a break before the lead's first run (the runs a word
space parts from it: 「GB」 / 「50763」; not a run solid before it, 「…0187—」 / 「2026」 / 「1　范围」).

The text is real: the dev text standard_reading_room set on a ``tests/eval/heading_sweep.py --word
--designs 3 --seed 192`` page (sw25_01), read back by pypdf, whole (``tests/data/extractions``).  The
first test fails on main (a86c9b8); the second is a guard (the code line's year, solid before the first clause, is no lead's).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
NAME = "standard_reading_room__sw25_01_s192_word__pypdf.txt"


def _blocks(clean, texts) -> list[str]:
    doc, _ = clean((DATA / NAME).read_text(encoding="utf-8"))
    return texts(doc)


def test_two_references_stay_two_entries(clean, texts):
    blocks = _blocks(clean, texts)
    assert "GB/T 28220　公共图书馆服务规范" in blocks
    assert "GB 50763　无障碍设计规范" in blocks


def test_a_run_solid_before_a_clause_stays_on_its_line(clean, texts):
    blocks = _blocks(clean, texts)
    assert not any(b.startswith("2026") for b in blocks)
    # (std89) the designation, cut at its fonts after the title, is a line of its own (as the gold sets it), and the
    # first clause after it whole
    assert blocks[:2] == ["DB 3209/T 0187—2026", "1\u3000范围"]
