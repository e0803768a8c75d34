"""A Word head's date, written by pdfminer after the first body line under the band (issue 10, branch
date70).

A Word report's two-line head sets its second row in two parts: the unit at the left, the date at the
right end (「江城市委政策研究室 … 2026年10月」).  pdfminer writes each part as a box of its own and sorts
the boxes by height and column: on a page whose first body line is short (「报送电子文档。」, a
sentence's rest), that line comes before the date — the date one line past the top band
(``bands.BAND_LINES``) — and it stood in the text between two sentences.  A line of a head's dates
only is now looked for ``bands.DATED_PART_REACH`` line further from the edge; a body line there is
not.

The text is real: the dev text notice_meeting_agenda set on a ``tests/eval/heading_sweep.py --kind
heading --word`` page (seed 132, design sw25_03) and read back by pdfminer — the whole document,
``tests/data/extractions``.  The test fails on main 70f9989.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
AGENDA = (DATA / "notice_meeting_agenda__sw25_03_s132_word__pdfminer.txt").read_text(encoding="utf-8")


def test_the_head_date_after_a_body_line_goes(clean, texts):
    doc, _ = clean(AGENDA)
    blocks = texts(doc)
    assert not any("2026年10月" in b for b in blocks)
    assert any(b.endswith("书面材料请于11月13日前报送，同时报送电子文档。") for b in blocks)
