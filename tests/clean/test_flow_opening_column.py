"""On the page a text opens on, the column read first does not open on a paragraph's end
(``flow._ends_paragraph``, used by ``flow._top_labels`` and the order of unlabelled columns).

The page is pdfplumber's reading of the dev text ``deeds_village_doctor`` set in the design
``open_leaded_three``: the right column's first row (``一笔记得清清楚楚。``, the foot of the left
column's last paragraph, ``……他都一笔`` / ``一笔记得清清楚楚。``) stands above the kicker that opens
the text (``身边的榜样``), and nothing in how the rows above the first row cut at the gutter go on
told the two columns' tops apart: the left column was read opening on the paragraph's end.
The lines reach ``column_flow`` after the rules the cleaner runs before it on the lines stage (the
page head, ``第1版 专题 2026年12月1日``, is taken off there).
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean import furniture, runs, separators
from booklet.clean.flow import _ends_paragraph, _full_width, column_flow
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
DOCTOR = EXTRACTIONS / "deeds_village_doctor__open_leaded_three__pdfplumber.txt"


def _flowed(text: str) -> list[str]:
    lines = to_lines(raw_lines(text))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):
        lines = rule(lines, Report().log("lines"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def test_the_kicker_opens_the_text_and_the_paragraph_end_follows_it() -> None:
    out = _flowed(DOCTOR.read_text(encoding="utf-8"))
    assert out[0] == "身边的榜样"
    assert out.index("一笔记得清清楚楚。") > out.index("编者按：乡村医生是农村居民健")


def test_a_paragraph_end_is_short_and_closes_a_sentence() -> None:
    column = to_lines(raw_lines("\n".join([
        "在刘守山的办公桌上，摆着一摞", "厚厚的健康台账。全镇1800多名慢性", "病患者的血压、血糖变化，他都一笔",
        "一笔记得清清楚楚。", "同志们：", "“我是山里长大的，知道山里人", "身边的榜样"])))
    full = _full_width([column])
    assert [_ends_paragraph(line, full) for line in column] == [False, False, False, True, False, False, False]
