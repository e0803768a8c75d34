"""A two-column 简报 page whose short later column stands beside the first column's head group — the
masthead's unit, 「工作简报」, the issue, the editor's line and the title — read head, first column, short
column under pdfplumber (``flow._beside_head_dealt``; plumb78, issue 10).

The head's lines sit on baselines of their own, set larger, so pdfplumber writes the short column's
lines one or two at a time between them (「工作简报」 / 「一是部分山塘水库监测设施老化。」 / 「二是…」 /
「第12期」 / …).  Where the first column's body begins on the short column's grid, its rows hold a line
of each set one space apart (「今年汛期，全市共经历强降雨过程9次， 江城市水利局办公室」); where it does
not, the body's first line still takes turns with the short column's last (「入秋以来，…秋冬种工」 /
「青河县农业农村局办公室」 / 「作总体进展顺利。…」).  Too few rows split for ``_gutter_page``, no turns
over the document: the page was kept as written, the title's lines parted by the other column's
(「全市2026年防汛工作情」 / 「报：市委办公室，…」 / 「送：…」 / 「况通报」).

Pages are real extractions, whole: dev texts jianbao_flood_season on bulletin design bl66_01 (split
rows) and jianbao_marker_heads on bl66_02 (none), drawn by ``heading_sweep.py --kind bulletin --columns
2 --designs 12`` with seed 221 (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read: the head's lines together, the first column's
# body (its first line joined to its next across the split row or the other column's line), then the
# short column's lines, the text's end and its 版记
ORDERS = {
    "jianbao_flood_season__bl66_01_s221_bulletin__pdfplumber.txt":
        ["工作简报", "全市2026年防汛工作情况通报", "今年汛期，全市共经历强降雨过程9次，平均降雨量较常年偏多23%。",
         "均在第一时间得到有效控制。", "汛期工作中也暴露出一些问题。", "为明年安全度汛打好基础。",
         "报：市委办公室，市政府办公室。", "发：各区（县）水利局，局属各单位。江城市水利局办公室2026年10月15日印发"],
    "jianbao_marker_heads__bl66_02_s221_bulletin__pdfplumber.txt":
        ["工作简报第7期", "全县秋冬种工作进展情况", "入秋以来，全县上下抢抓农时，秋冬种工作总体进展顺利。",
         "1、主要做法", "石桥镇组建了由12名农机手组成的代耕服务队", "【短评】秋冬种是全年粮食生产的开局之战，"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_short_column_beside_the_head_is_read_after_the_first(dealt, name):
    read = "".join(dealt((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places


def test_a_title_wrapped_at_two_measures_is_no_head_beside_a_column(extracted):
    """A column `-layout` already read, opening on a tabloid's title wrapped at its own narrow measure
    over a byline wrapped too (「和美乡村建设暨农村人居环」 / 「境整治提升行动」 / 「青石镇十二个行」 /
    「政村换了新颜」 / 「全镇农村生活污水治理率达」 / 「到九成」 / 「本报记者 冯子涵 通讯员 周」 / 「立新」):
    its full lines and its short ones take turns with each other, and 「到九成」 reads on into 「立新」
    by chance (成立).  The lines no head line holds are no prose column — none holds a mark — so the
    page is no head with a short column beside it (the lead's guard at plumb78's merge; dev
    rural_environment on tabloid_three_columns, read by ``pdftotext -layout``)."""
    doc = extracted("news_page_rural_environment__tabloid_three_columns_dev__pdftotext_layout.txt")
    heads = [(a.kicker or "") + "|" + (a.title or "") for a in doc.articles]
    assert any("和美乡村建设暨农村人居环境整治提升行动" in head for head in heads), heads
    assert not any("境整治提升行动青石镇" in head for head in heads), heads
