"""A line ending on a figure goes on into the line that opens on its unit (``shapes.figure_then_unit``,
weighed by ``flow.goes_on`` as ``FIGURE_UNIT``; cols84, issue 10).

pdfminer at open leading (above its ``line_margin`` of half a line) writes every line of a column page
as a box of its own, the columns' boxes taking turns; ``column_flow`` deals them back into columns by
what each break reads.  A count is never left bare in Chinese prose (「62户」, 「1.2兆瓦」, 「80余人」),
but a figure is Latin and the dictionary reads no word across 「…装机容量1.2」 / 「兆瓦，预计每年」:
the true next line counted as an unseen pair, as much against as a chance line, and the dealing gave
the unit's line to the other column.

Pages are real extractions, whole: dev texts chronology_town_events on column design col53_04
(``heading_sweep.py --kind columns --leading open --columns 3 --designs 8 --only pdfminer`` seed 332)
and report_bold_headings on col53_03 (the same draw, seed 333) — ``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

from booklet.shapes import figure_then_unit

# sentences a reader finds whole, each in one paragraph (a figure and its unit across a column's break)
WHOLE = {
    "chronology_town_events__col53_04_s332_columns__pdfminer.txt": [
        "2月27日　东岗村屋顶分布式光伏发电项目建成并网，装机容量1.2兆瓦，预计每年为村集体增收18万元。",
        "3月5日　镇团委组织青年志愿者80余人开展学雷锋集中服务，为沿河三个村的老人义务理发、检修家电。",
        "3月19日　省农业农村厅调研组来镇调研高标准农田建设，实地察看西湾片区新建的灌排渠系。",
    ],
    "report_bold_headings__col53_03_s333_columns__pdfminer.txt": [
        "企业612家，总数达到3105家；科技型中小企业入库评价",
    ],
}


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_figure_goes_on_into_its_unit(extracted, all_text, name):
    paragraphs = all_text(extracted(name)).split("\n")
    for sentence in WHOLE[name]:
        assert any(sentence in paragraph for paragraph in paragraphs), sentence


@pytest.mark.parametrize("before, after", [
    ("组走访慰问辖区困难群众62", "户，送去米、面、油等生活物"),
    ("布式光伏发电项目建成并网，装机容量1.2", "兆瓦，预计每年"),
    ("年志愿者80", "余人开展学雷锋集"),
    ("全县已播种小麦、油菜等作物46.2", "万亩，占"),
    ("比去年同期快5", "个百分点。"),
    ("截至2026", "年11月18日"),
])
def test_a_count_and_its_unit(before, after):
    assert figure_then_unit(before, after)


@pytest.mark.parametrize("before, after", [
    ("组走访慰问辖区困难群众", "户，送去米"),            # no figure before: the dictionary's business
    ("辖区困难群众六十二", "户，送去米"),               # a Chinese numeral: the dictionary reads it
    ("本次检查编号为A12", "的项目"),                    # a figure before a particle: no unit
    ("联系电话：0571-8601234", "5。"),                  # a figure cut: no unit
    ("项目8件。", "二月"),                              # no figure last
    ("全省排名第１", "位"),                             # a full-width figure: not a Latin one
])
def test_no_count_and_unit(before, after):
    assert not figure_then_unit(before, after)
