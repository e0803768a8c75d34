"""Gaps pdfminer read as spaces in a justified line spread out at arbitrary places (issue 10,
family 9): every space between two ideographs of such a line that ``shapes.ideograph_space_is_gap``
calls a gap goes — the line's end is no field's edge, so in running text that is all of them, not
only those around a lone letter; a byline's spaced-out two-letter name (「韩 冰」) keeps the byline's
own spaces."""

from __future__ import annotations

from booklet.model import block_text


def _text(doc) -> str:
    return "\n".join(block_text(b) for a in doc.articles for b in a.blocks)


def test_spread_dialogue_line_loses_every_gap_even_at_the_wrap(clean):
    # story_ferry_dialogue, kai_16_hei_heads, pdfminer: 「…这是要 干」 / 「啥？”」 came out 「要 干啥」.
    text = ("几个穿橙色背心的年轻人，在岸\n\n边插了一排小红旗，又扛着仪器上上\n\n"
            "下下地跑。老周站在船上看了半天，\n\n终 于 忍不住 问 ：“你 们 这是要 干\n\n啥？”\n")
    doc, _ = clean(text)
    assert "老周站在船上看了半天，终于忍不住问：“你们这是要干啥？”" in _text(doc)


def test_spread_column_line_loses_a_gap_inside_a_word(clean):
    # news_page_county, tabloid_three_columns, pdfminer: 「覆 盖城东 新」 / 「区、…」 kept 「城东 新区」.
    text = ("10月28日起，县城新开通\n\n3条 公 交 线 路，覆 盖城东 新\n区、高铁站和工业园区等区\n"
            "域。新线路全部采用新能源公\n交车，首末班时间分别为6时\n30分和20时30分，票价统一为\n1元。\n")
    doc, _ = clean(text)
    assert "3条公交线路，覆盖城东新区、高铁站" in _text(doc)


def test_spread_book_line_loses_a_gap_before_the_wrap(clean):
    # gold_real_004_chapter1, book32_hei_centred, pdfminer: 「“最 后一 公」 / 「里”…」 kept 「最后一 公里」.
    text = ("北振兴有力实施，东北地区与东南沿海创新型城市合作\n\n不断深化。\n\n"
            "科 技 成 果 转 化问题的根 本挑战在于 “最 后一 公\n\n"
            "里”，即从科技创新到实际应用的关键阶段。当前存\n\n在的问题主要集中在以下几个方面。\n")
    doc, _ = clean(text)
    assert "科技成果转化问题的根本挑战在于“最后一公里”，即从" in _text(doc)


def test_byline_with_a_spaced_two_letter_name_keeps_its_own_spaces(clean):
    # news_page_city_briefs, tabloid_three_columns, pypdfium2: the name 「韩 冰」 is no spread line.
    text = ("一张“明白卡”让办事少跑腿\n\n本报记者 田思远 通讯员 韩 冰\n\n"
            "在江城区政务服务中心，每个窗口都摆着一摞彩色卡\n片。卡片正面印着办事所需材料清单，背面是二维\n"
            "码，扫码就能看到填表示范。\n")
    doc, report = clean(text)
    assert "韩 冰" not in [c.old for c in report.changes if c.rule == "spread_lines"]
    assert not [c for c in report.changes if c.rule == "spread_lines"]
    assert "在江城区政务服务中心" in _text(doc)


def test_lines_with_no_spread_line_come_back_as_the_same_list():
    # The lines stage keeps its studied layout only while its line list is the same object
    # (``stages.over_lines``): a rule that changed nothing must hand back its input, or every
    # text has its layout studied twice.
    from booklet.clean.lines import to_lines
    from booklet.clean.spaced import close_spread_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Log, Report

    lines = to_lines(raw_lines("本报记者 田思远 通讯员 韩 冰\n\n早上八点，科创大道两侧的孵化楼陆续亮起灯光。\n"))
    assert close_spread_lines(lines, Log(Report(), "spread_lines")) is lines
