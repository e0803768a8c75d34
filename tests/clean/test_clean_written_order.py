"""A text already in reading order is not dealt into columns (deal70, issue 10).

A 简报 set in two columns and saved from a viewer or a word processor with its styles (the
``realstyle`` copy: a blank line after every line) holds its columns one after the other, in
order.  ``flow.column_flow`` opens a text to dealing where its lines hold spaces between Chinese
characters — a names list set two spaces apart, a byline's reporters, a heading set as a couplet in
two halves, a schedule's rows are such lines in a text of one column's order — and on main it dealt
these pages: a line cut at the measure lost the line it goes on in (「…行政责任人1426」 / 「洪灾害危险区…」).
A dealing is now taken only where it reads on across its lines better than the page as written
(``flow._written_reads_on``, ``goes_on``'s evidence summed over the breaks).

Pages are real inputs, whole: dev texts set by ``heading_sweep.py --kind bulletin --saved --texts all
--spaced --designs 6 --seed 129`` (``*_s129_bulletin_spaced__realstyle``).
"""

from __future__ import annotations

from booklet.clean import flow
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines


def test_a_saved_bulletin_with_a_names_list_reads_as_written(closed_texts, extracted):
    text = closed_texts(extracted("jianbao_flood_season__bl66_00_s129_bulletin_spaced__realstyle.txt"))
    assert ("1.责任体系压得更实。汛前，全市逐级明确防汛行政责任人1426名，水库、堤防、山洪灾害危险区等重点部位"
            "责任人全部落实到岗，并在媒体上公布。") in text
    assert "2.隐患排查改得更早。4月至5月，各地共排查防汛隐患318处，已完成整改311处。其余7处均落实了临时度汛措施。" in text


def test_a_saved_bulletin_with_couplet_heads_and_bylines_reads_as_written(closed_texts, extracted):
    text = closed_texts(extracted("jianbao_kicker_items__bl66_02_s129_bulletin_spaced__realstyle.txt"))
    assert ("市科技局从高校和科研院所选派科技特派员86名，深入中小企业开展技术诊断和难题攻关，已帮助企业解决技术难题"
            "143项，促成产学研合作项目37个。") in text
    assert any(t.startswith("全市划分城乡网格5600余个，配备专兼职网格员1.2万名。") for t in text)


def _lines(rows: list[str]):
    return to_lines(raw_lines("".join(f"{row}\n" for row in rows)))


# two items' first lines, each column's lines cut inside words at the measure
LEFT = ["今年以来，市行政审批服务局把企业登记、公", "章刻制、发票申领、社保登记等环节整合为“一",
        "件事”，企业在一个窗口提交一套材料即可办结。"]
RIGHT = ["市医疗保障局在全市二级以上医院设立“一站", "式”结算窗口，患者出院时可同步完成基本医",
         "保、大病保险和医疗救助结算。"]


def test_the_order_as_written_reads_on_where_it_is_the_reading_order():
    in_order = _lines(LEFT + RIGHT)
    by_rows = [in_order[k] for k in (0, 3, 1, 4, 2, 5)]   # (the two columns' lines taking turns)
    pairs = flow.text_pairs(in_order)
    assert flow._written_reads_on(in_order, by_rows, pairs)       # (saved in order: not dealt)
    assert not flow._written_reads_on(by_rows, in_order, pairs)   # (written by rows: dealt)
