"""「1. 」 items as an extractor writes them count among a page's first lines (issue 10, branch dot82;
``layout._set_as_paragraph``, ``layout._first_room``, ``shapes.ITEM_SPACED_RE``).

pdftotext and pdfminer write the gap after an item's point as one half-width space (「1. 打开浏览器，在地址栏
输入」).  On a pocket page whose first lines are mostly such items, the items were left out of the
first lines the lost indent is read from, so the page showed none, and every item's first line —
13.5 em where an indented first line holds 14 — read as a heading.  Read at the whole em it reached
(no ideograph fits in the half em left after 「1. 」), an item's first line shows no indent the page
never set.  Each extraction is real (seed 308 / 309 of heading_sweep.py).
"""

from __future__ import annotations

import pytest

HEADS = ["一、适用范围", "二、登录与准备", "三、收文办理", "四、发文办理", "五、常见问题"]


@pytest.mark.parametrize("family", ["pdftotext", "pdfminer"])
def test_spaced_items_are_no_heads(family, extracted, all_text, headings_of):
    # seed 308, pw59_01 (16-em measure, indented paragraphs, the indent dropped): main read 6 and 8 of
    # the items' first lines as heads (「1. 打开浏览器，在地址栏输入」)
    doc = extracted(f"guide_office_system_ops__pw59_01_s308_pocketwide__{family}.txt")
    heads = headings_of(doc)
    assert not any(h[:1].isdigit() for h in heads), heads
    for head in HEADS:
        assert head in heads
    lines = all_text(doc).splitlines()
    assert "1. 打开浏览器，在地址栏输入政务外网门户地址，点击“协同办公”图标进入登录页面。" in lines
    assert "1. 在首页“待办事项”中点击需办理的收文，进入收文处理单。" in lines


def test_spaced_items_show_no_indent_on_block_paragraphs(extracted, all_text):
    # seed 309, pk53_01 (block paragraphs on a 14-em measure): the items' first lines (「1. 发展老年助餐服务。
    # 依托社」, 13.5) fill their lines; read bare they showed a 1.5-em indent and a full first line after
    # a sentence end (「对取得相应职业技能等级证书并」) was set apart as a paragraph
    lines = all_text(extracted("plan_elderly_care_implementation__pk53_01_s309_pocket__pdftotext.txt")).splitlines()
    assert ("实施养老护理员职业技能提升行动，每年培训不少于2000人次。对取得相应职业技能等级证书并在本市"
            "养老机构连续从业满2年的，按规定给予一次性奖励。") in lines
