"""Short two-column pages under pdfplumber whose short later column stands beside the first column's
head group (``flow._beside_head_dealt``; plumb84, issue 10), in two shapes the reading refused:

- the short column's last lines still take turns with the first column's body under the title (the
  body's first lines set on baselines of their own under the larger title's): the rows below the
  head's stretch are dealt into the two columns over the rows where they take turns, the first column
  running on alone below (``flow._short_tail_dealt``); where its body's breaks are too few to show it
  running alone, the short column's close — its signature, a body's name alone on its line, under its
  finished line — is where it ends (``flow._short_closed``);
- no line of the short column is cut inside a word that its next line reads across, but a head's
  line and the short column's line stand glued in one row (「青山街道党工委 机制顺了，…」): the row
  parted is the evidence the two stand side by side (``flow._beside_head_rows``).

Pages are real extractions, whole: dev texts jianbao_marker_heads and exchange_anyu_numbered_bold on
bulletin design bl66_04, drawn by ``heading_sweep.py --kind bulletin --columns 2 --designs 10 --short 600
--seed 334 --only pdfplumber`` (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read: the head's lines, the first column's body from its
# first line to its last, then the short column's lines
ORDERS = {
    "jianbao_marker_heads__bl66_04_s334_short__pdfplumber.txt":
        ["全县秋冬种工作进展情况",
         "入秋以来，全县上下抢抓农时，秋冬种工作总体进展顺利。截至11月18日，全县已播种小麦、油菜等作物46.2万亩，"
         "占计划的93%，比去年同期快5个百分点。现将有关情况简报如下。",
         "1、主要做法", "3、下步打算", "确保11月底前全部种上、种足、种好。",
         "组织农技人员分片包干，指导群众开好田间沟渠",
         "石桥镇组建了由12名农机手组成的代耕服务队，为外出务工家庭和留守老人提供耕、种、收全程托管服务，"
         "今年已托管田块3600余亩，群众称之为“田保姆”。",
         "【短评】秋冬种是全年粮食生产的开局之战，各地要以“时时放心不下”的责任感抓好落实，决不能误了农时。"
         "青河县农业农村局办公室"],
    "exchange_anyu_numbered_bold__bl66_04_s334_short__pdfplumber.txt":
        ["青山街道“红色物业”让老旧小区管得好、住得暖", "青山街道党工委",
         "编者按：物业管理是群众身边的“关键小事”。", "青山街道是江城市典型的老城区，辖区内有老旧小区63个，",
         "3.推动业委会成员交叉任职。鼓励符合条件的小区党支部书记通过法定程序担任业委会主任，"
         "目前已有41个小区实现交叉任职，业委会成员中党员比例达到62%。",
         "（二）健全机制：让三方拧成一股绳", "机制顺了，各方才能劲往一处使。"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_the_short_column_beside_the_head_is_read_after_the_first(dealt, name):
    read = "".join(dealt((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places


def test_the_short_columns_tail_under_the_title_is_not_read_as_the_bodys_opening(dealt):
    # (the short column's sentence open over the head's last lines, 「石桥镇组建了…的代」 / 「耕服务队，…」,
    # is the short column's, finished in it — where the rows below still take turns, the body begins
    # under the title, not with the lines beside the head)
    read = "".join(dealt((EXTRACTIONS / "jianbao_marker_heads__bl66_04_s334_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    assert read.find("全县秋冬种工作进展情况入秋以来") != -1
    assert read.find("石桥镇组建了") > read.find("确保11月底前全部种上")


def _lines(rows: list[str]):
    from booklet.clean.flow import text_pairs
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    lines = to_lines(raw_lines("\n".join(rows)))
    return lines, text_pairs(lines)


# the short column's last lines (odd rows) taking turns with the first column's body (even rows): the
# body's 「秋冬」 / 「种工作」 and 「全」 / 「县已播种」 are read across a round of rows, then the body runs alone
_TAIL = ["全县秋冬种工作进展情况", "田块3600余亩，群众称之为“田保姆”。", "入秋以来，全县上下抢抓农时，秋冬",
         "【短评】秋冬种是全年粮食生产的开", "种工作总体进展顺利。截至11月18日，全", "局之战，各地要以“时时放心不下”的责",
         "县已播种小麦、油菜等作物46.2万亩，占", "任感抓好落实，决不能误了农时。", "计划的93%，比去年同期快5个百分点。现"]


def test_the_short_column_closes_on_its_signature_under_its_finished_line():
    from booklet.clean.flow import _short_closed
    lines, pairs = _lines([*_TAIL, "青河县农业农村局办公室", "将有关情况简报如下。", "1、主要做法", "（1）早谋划早部署"])
    assert _short_closed(lines, pairs) == (0, 11)   # (the signature's row, the body's row under it, dealt by turn)


def test_no_close_no_end_of_the_short_column():
    from booklet.clean.flow import _short_closed
    # (no signature: nothing tells where the short column ended)
    lines, pairs = _lines([*_TAIL, "将有关情况简报如下。", "1、主要做法", "（1）早谋划早部署"])
    assert _short_closed(lines, pairs) is None
    # (a body's name under a line left unfinished a round of rows up is inside its column's sentence)
    lines, pairs = _lines([*_TAIL[:-2], "任感抓好落实，决不能误了", "计划的93%，比去年同期快5个百分点。现",
                           "青河县农业农村局办公室", "将有关情况简报如下。", "1、主要做法"])
    assert _short_closed(lines, pairs) is None
