"""Short two-column 简报 / 通知 pages under pdfplumber whose short later column stands beside the first
column's head group: a head's line glued to the short column's line in one row is parted, and a head
group whose lines the short column's come between reaches as far down as its turns do
(``flow._head_rows_parted``, ``flow._turns_beside_head``; bull83, issue 10).

pdfplumber writes one row of every two lines whose baselines meet.  Beside a head group (unit, 报头,
issue, editor's line, the title's lines, set larger on baselines of their own) the short column's lines
come one to three at a time between the head's, and where a head's line meets the short column's grid
the two are one row, one space apart: 「关于开展2026年度理论学习中 日前报市委宣传部理论处备案。」,
「况通报 设，抓紧开展水毁工程修复，补齐监测预警」.  Read as one line, the title's rest ran into the
short column's prose, the row no head's line, and the turns were not seen; and where the short column
sets two or three lines beside each head line, the line left unfinished over the other column's
(「…补齐监测预警短板，」 / 「全市2026年防汛工作情」 / 「为明年安全度汛打好基础。」) stands more than
``HEAD_GROUP_MAX_ROWS`` rows under the head's first, and the page was kept as written.  Where the
short column's sentence is left open over the head's last line, its rest under the stretch is that
column's, not the body's first (``flow._short_runs_on``).

Pages are real extractions, whole: dev texts jianbao_flood_season on bulletin designs bl66_01 and
bl66_06 and notice_theory_study on bl66_01 and bl66_09, drawn by ``heading_sweep.py --kind bulletin --columns 2
--designs 10 --short 700`` with seed 328 (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read: the head's lines, the title whole, the first
# column's body from its first line, then the short column's lines, the text's end
ORDERS = {
    "jianbao_flood_season__bl66_01_s328_short__pdfplumber.txt":
        ["工作简报", "第12期", "全市2026年防汛工作情况通报", "今年汛期，全市共经历强降雨过程9次",
         "现将主要情况通报如下", "汛期工作中也暴露出一些问题。", "一是部分山塘水库监测设施老化。",
         "为明年安全度汛打好基础。", "报：市委办公室"],
    "notice_theory_study__bl66_09_s328_short__pdfplumber.txt":
        ["关于开展2026年度理论学习中心组专题学习的通知", "各区委宣传部，市直各单位党组（党委）：",
         "现将有关事项通知如下。", "一、学习内容", "（三）调查研究。中心组成员每人每年至少牵头",
         "调研题目由各单位结合实际自主确定，于3月31日前报市委宣传部理论处备案。"],
    # (the short column's sentence left open over the title's last line, 「…每人每年至」 / 「通知」 /
    # 「少牵头…推」 / 「动学习成果…举措。」, is finished in its own column before the body's first line;
    # the body's first lines still take turns with the short column's last under the head: not asked)
    "notice_theory_study__bl66_01_s328_short__pdfplumber.txt":
        ["关于开展2026年度理论学习中心组专题学习的通知", "各区委宣传部，市直各单位党组（党委）：",
         "（三）调查研究。中心组成员每人每年至少牵头完成1项调研课题，形成调研报告，推动学习成果转化为工作思路和政策举措。"],
    # (the first column's body still takes turns with the short column's 版记 under the head: only the
    # head is asked here)
    "jianbao_flood_season__bl66_06_s328_short__pdfplumber.txt":
        ["工作简报", "第12期", "江城市水利局办公室编", "全市2026年防汛工作情况通报"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_short_column_beside_the_head_is_read_after_the_head_and_body(dealt, name):
    read = "".join(dealt((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places


def test_the_parted_rows_short_column_line_goes_on_in_its_own_column(dealt):
    read = "".join(dealt((EXTRACTIONS / "jianbao_flood_season__bl66_06_s328_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    assert "市水利局将结合冬春水利建设，抓紧开展水毁工程修复" in read
    assert "况通报设" not in read
