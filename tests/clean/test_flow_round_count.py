"""Three columns written in rows by pdfplumber, none of them a row of three: the page's column count
taken from the split rows' own rounds when the whole rows tell no period (``flow._round_lines``,
``ROUNDS_ALONE_MIN``; plumb75b, issue 10).

A head over one column (the page's title, a headline) sets that column off the others' line grid: the
two others share rows (a row of two, one space apart) and the third's lines stand in rows of their own
between them, so no row holds three pieces and the widest row counts two columns.  The split rows' lines
go on a round later into the line in their place (two rows on), never into the lone row between: the
round holds three lines.  ``_interleaved`` reads the whole rows, where a split row ends with its second
line, and finds no period, so the page was dealt on two columns and the third column's lines were cut
into the others' paragraphs.

Pages are real extractions, whole: dev texts manual_video_conference_ops and decision_admin_penalty on
news design nw54_01 (three columns, 12 characters, leading 1.42, ruled), drawn by ``heading_sweep.py
--kind news --columns 3 --designs 12`` with seed 197 (``tests/data/extractions``).  On main the
paragraphs below are cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

PARAGRAPHS = {
    "manual_video_conference_ops__nw54_01_s197_news__pdfplumber.txt": [
        "本手册适用于市政府大楼三楼第一、第二视频会议室，供会务保障人员日常操作和维护使用。会议室主要设备包括视频会议终端、高清摄像机、数字音频处理器、无线话筒、LED显示屏和中控系统。",
        "依次打开数字音频处理器和功放电源，间隔不少于5秒。逐一测试主席台和代表席话筒，确认无啸叫、无杂音。无线话筒电池电量低于30%时应及时更换。",
        "接到会议通知后，操作人员应与主会场核对会议号码、入会时间和联系人，并按下列步骤完成连接：",
        "画面出现卡顿或马赛克时，应首先查看终端网络状态。丢包率超过5%时，可将会议带宽由4Mbps降至2Mbps；仍无改善的，应立即通知信息中心排查网络线路。",
        "信息中心每月对会议室设备进行一次全面检查，内容包括终端软件版本、摄像机云台转动、话筒电池性能和线缆老化情况。检查结果记入《设备维护台账》，发现隐患的及时维修或更换。",
    ],
    "decision_admin_penalty__nw54_01_s197_news__pdfplumber.txt": [
        "2026年6月12日，本局执法人员根据群众举报，对当事人位于南湖区滨江路188号的经营场所进行现场检查，发现当事人仓库内存放的一批预包装食品标签标注的生产日期与实际生产日期不符。经本局负责人批准，本局于同日对当事人立案调查。",
        "上述事实，有现场检查笔录、询问笔录、进货单据、销售台账、产品标签照片、当事人营业执照复印件等证据证实，事实清楚，证据确凿。",
        "本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第七十一条第一款“食品和食品添加剂的标签、说明书，不得含有虚假内容”的规定，构成经营标签含有虚假内容的食品的违法行为。",
    ],
}


@pytest.mark.parametrize("name", sorted(PARAGRAPHS))
def test_split_rows_rounds_count_the_third_column(flowed_unheaded, name):
    read = "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    for paragraph in PARAGRAPHS[name]:
        assert paragraph in read, paragraph[:12]
