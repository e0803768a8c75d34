"""Heads set one under the other, their numbers written as one block by pdftotext (issue 10, texts87).

An 应急预案 (and a standard) opens a part on its first clause with nothing between: 「1　总则」 over
「1.1　编制目的」, the number and the title a wide gap apart.  Plain pdftotext writes the numbers' column
as one text block and the titles' column as the next — 「1」 / 「1.1」 / (blank) / 「总则」 / 「编制目的」 —
and the clause-number rule left both numbers alone, so the title area read 「1.1总则」 / 「编制目的」.
The block reads top to bottom as the numbers do: when the numbers are successive outline steps and
the block after holds as many title lines, each ending short of the measure, the n-th number goes
with the n-th title (``clauses._stacked_heads``).  A clause whose text began on the number's row
(「4.3」 / 「4.3.1」 / 「村收集点」 / 「村收集点的服务半径不宜」 / (blank) / 「大于 300 m …」) fills the row to
the measure: that stack is left as it was.  A 预案 grades its responses 「Ⅳ级响应」: a clause title may
open on a Roman numeral (``shapes.TITLE_START_RE``).

The pages are real: ``tests/eval/heading_sweep.py`` ``--kind pocket`` design 0, read by pdftotext — the
dev text ``plan_emergency_decimal_heads`` on seed 386, ``standard_rural_waste_collection`` on seed 387.
The first two tests fail on main 8fcd3ca1 and pass.
"""

from __future__ import annotations

from booklet.shapes import TITLE_START_RE

PLAN = "plan_emergency_decimal_heads__pk53_00_s386_pocket__pdftotext.txt"
STANDARD = "standard_rural_waste_collection__pk53_00_s387_pocket__pdftotext.txt"


def _heads(doc, headings_of):
    return [h.replace(" ", "").replace("\u3000", "") for h in headings_of(doc)]


def test_stacked_part_and_clause_heads_each_keep_their_title(extracted, headings_of):
    heads = _heads(extracted(PLAN), headings_of)
    for head in ("1总则", "1.1编制目的", "2组织机构及职责", "2.1市城区防涝应急指挥部"):
        assert head in heads, heads
    assert "1.1总则" not in heads and "编制目的" not in heads
    assert heads.index("1总则") < heads.index("1.1编制目的") < heads.index("1.2编制依据")


def test_a_clause_title_opening_on_a_roman_grade_keeps_its_number(extracted, headings_of):
    heads = _heads(extracted(PLAN), headings_of)
    assert "3.2.1Ⅳ级响应" in heads and "3.2.2Ⅲ级及以上响应" in heads, heads
    assert "Ⅳ级响应" not in heads


def test_a_stack_over_a_clause_text_begun_on_the_row_is_left_alone(extracted, headings_of, texts):
    doc = extracted(STANDARD)
    heads = _heads(doc, headings_of)
    # the clause's text's first line is no title joined to 4.3.1
    assert not any(h.startswith("4.3.1") for h in heads), heads


def test_title_start_cases_and_refusals():
    for text in ("总则", "Ⅳ级响应", "Ⅱ类水域", "GIS平台"):
        assert TITLE_START_RE.match(text), text
    for text in ("（1）", "Ⅳ", "Ⅳ 级", "300 m", "，或"):
        assert TITLE_START_RE.match(text) is None, text
