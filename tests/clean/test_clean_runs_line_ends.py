"""Where a printed line ends among pypdf's font runs (issue 10, branch word68).

pypdf ends its output line at every change of font, so a Word page with its digits in a Latin face
arrives in runs (「2026」 / 「年」 / 「11」 / 「月」 …), and ``rejoin_runs`` regroups them into the lines that
fill the measure best.  The measure cannot say where a printed line ended when the pieces on both
sides fit it together — a date's figures count half an em — so the shapes that end a printed line
decide:

- Word's item number after a full stop opens its line (``regroup._items_after_sentence``): 「…的道理。」 /
  「1.」 / 「发展成就」 is a paragraph's end and the heading under it, not one line;
- a signer's name over its date ends its line (``regroup._signer_over_date``): 「江城市市场监督管理局」 /
  「2026」 / 「年」 / 「9」 / 「月」 / 「15」 / 「日」 is two lines, not 「江城市市场监督管理局2026年9月15日」;
- an agenda's time range cut at its dash goes whole with its entry (``runs._range_end``): 「9:00」 / 「—」 /
  「9:10」 / 「　主持人介绍…」, not 「四、会议议程9:00—」;
- a numbered heading whose siblings the text sets as lines of their own ends its line before a date
  (``runs._series_alone``, ``regroup._heading_line``): 「一、会议时间」 / 「2026」 / 「年」 … 「，会期半天。」;
- a chronology's entry opening on its date and space is running text that ran to the measure
  (``regroup._running``): 「三月」 / 「3」 / 「月」 / 「5」 / 「日」 / 「　镇团委…80余」 is the month's heading over the
  entry, the entry's figures counting half an em.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages (seed 89
sw25_02 and sw25_00, seed 90 sw25_00) and read back by pypdf — whole documents, ``tests/data/extractions``.
Each test fails on main (b77d0d5).
"""

from __future__ import annotations


def test_word_item_number_after_a_full_stop_opens_its_line(extracted, texts):
    blocks = texts(extracted("outline_plenary_lecture__sw25_02_s89_word__pypdf.txt"))
    assert "1.发展成就" in blocks and "2.经验启示" in blocks
    assert any(b.endswith("用身边事说明“决策落地、群众得实惠”的道理。") for b in blocks)
    assert not any("道理。1." in b or "公里。2." in b for b in blocks)


def test_signer_over_its_date_is_two_lines(extracted, texts):
    blocks = texts(extracted("decision_admin_penalty__sw25_00_s90_word__pypdf.txt"))
    at = blocks.index("江城市市场监督管理局")
    assert blocks[at + 1] == "2026年9月15日"
    assert "江城市市场监督管理局2026年9月15日" not in blocks


def test_agenda_range_and_dated_heading(extracted, texts):
    blocks = texts(extracted("notice_meeting_agenda__sw25_00_s89_word__pypdf.txt"))
    at = blocks.index("一、会议时间")
    assert blocks[at + 1] == "2026年11月18日（星期三）上午9:00，会期半天。"
    assert "四、会议议程" in blocks
    assert "9:00—9:10　主持人介绍会议有关情况" in blocks
    assert "10:40—10:50　宣读表扬决定并颁发证书" in blocks


def test_month_heading_over_a_dated_entry(extracted, texts):
    blocks = texts(extracted("chronology_town_events__sw25_02_s89_word__pypdf.txt"))
    at = blocks.index("三月")
    assert blocks[at + 1].startswith("3月5日　镇团委组织青年志愿者80余人开展学雷锋集中服务")
