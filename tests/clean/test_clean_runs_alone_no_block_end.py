"""A run pypdf set on a line of its own ends no block (issue 10, branch pypdf52).

pypdf ends its output line at every change of font, so a run of digits or Latin set in the
Latin face (``5%``, ``4Mbps``) stands on a line of its own wherever it falls in the printed line.
Such a line stops short of the measure, as a heading or a paragraph's last line does, but it is
a cut, not a printed line's end: the printed line goes on in the next piece.  ``regroup`` read the
lone run as a line stopping short, so the piece after it could open a paragraph whose indent
pypdf had dropped; it now reads such a line as going on (``regroup._run_alone``).

The snippet is real: the dev text manual_video_conference_ops set in the design word_report
(``tests/eval/layouts.py``, a Word report, 32 characters a line, digits in a Latin face) and read
back by pypdf.
"""

from __future__ import annotations


# manual_video_conference_ops × word_report × pypdf: clause 3.1 to 3.2.1 and 3.2.2's heading
MANUAL = """\
3
　会中保障
3.1
　画面与声音
会议进行中，操作人员应全程值守，密切关注画面和声音质量。发言
人变更时，应及时调用对应的摄像机预置位，确保发言人位于画面中央。
3.2
　常见故障处理
3.2.1
　画面卡顿
画面出现卡顿或马赛克时，应首先查看终端网络状态。丢包率超过
5%
时，可将会议带宽由
4Mbps
降至
2Mbps
；仍无改善的，应立即通知信
息中心排查网络线路。
3.2.2
　声音中断
对方听不到本会场声音时，应依次检查终端静音状态、音频处理器输
"""


def test_a_digit_run_alone_joins_the_printed_line_it_ends(rejoined):
    # 「丢包率超过」 / 「5%」 / 「时，可将…」: the printed line ended after 「5%」 (it fills the
    # measure); the next printed line goes on with 「时，」 — no paragraph starts at 「时」
    out = rejoined(MANUAL)
    assert "画面出现卡顿或马赛克时，应首先查看终端网络状态。丢包率超过5%" in out
    assert "5%" not in out


def test_the_paragraph_around_a_digit_run_stays_one_paragraph(clean, texts):
    doc, _ = clean(MANUAL)
    assert any("丢包率超过5%时，可将会议带宽由4Mbps降至2Mbps；仍无改善的，应立即通知信息中心排查网络线路。" in t
               for t in texts(doc))
