"""（N） heads on pocket pages run into their paragraphs (issue 10, branch paren80: a diagnosis).

On a pocket page (heading_sweep.py --kind pocketwide, a 15–17-em measure, block paragraphs) the
fourth-level heads of a 工作总结 (「（1）5G网络实现乡镇全覆盖」, 「（1）公共数据授权运营起步」) fill 12–14 em of
the line; a line that stops short of the measure by the next line's first unit and a heading's one-em
slack is read as cut by the measure (measured.stops_short), and the head runs into the paragraph under
it.  Two readings of the width would set them apart: the digit in full-width brackets counted sure
(no Word gap beside a bracket), and the spaces an extractor writes inside 「（ 1 ）」 counted as the
brackets' blank halves, not as printed width.  Both hold on the seed-270 draw and fail on seed 282:
in guide_office_system_ops the list item 「（ 3 ）不得与最近 3 次使用过」 / 「的密码相同。」 (14 em counted on a
15-em measure) was cut by the measure — its spaces were printed width there.  So the heads stay a
strict xfail and the item a guard.  Each extraction is real (pdftotext of the drawn design).
"""

from __future__ import annotations

import pytest


def test_paren_heads_on_pocket_page(extracted, headings_of):
    heads = headings_of(extracted("report_latin_digit_heads__pw59_00_s270_pocketwide__pdftotext.txt"))
    for head in ("（1）5G网络实现乡镇全覆盖", "（2）城市算力中心一期投入运行", "（1）公共数据授权运营起步",
                 "（1）12345热线接入智能助手", "（2）“一网通办”事项再扩容"):
        assert head in heads


def test_paren_item_cut_by_measure_stays_whole(extracted, all_text, headings_of):
    doc = extracted("guide_office_system_ops__pw59_02_s282_pocketwide__pdftotext.txt")
    assert not any(h.startswith("（3）不得") for h in headings_of(doc))
    assert "（3）不得与最近3次使用过的密码相同。" in all_text(doc).splitlines()
