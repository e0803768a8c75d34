"""MuPDF's blank line after a paragraph's set-in first line parts no blocks (issue 10, branch mupdf84).

MuPDF (``mutool draw -F txt``, and the viewers and converters built on it) starts a block of its
structured text wherever a line's left edge moves and writes a blank line after every block: on a
page whose paragraphs open set in, each paragraph's first line stands alone over a blank and the
flush rest of its paragraph.  ``order`` read each paragraph as two blocks, the second opening on a
cut sentence's tail, and moved blocks of a column page MuPDF had written in order (a speech's
sections read 二 before 一).  Where a text shows the habit (``order._outdent_habit``: most set-in
first lines going on in a full line stand over a blank, flush lines of prose rarely do), those
blanks part nothing (``order._outdents_read``).

The snippet is real: the dev text ``speech_county_meeting`` set in the design ``news_three_tight``
(``tests/eval/layouts.py``: three columns at tight leading) and written by ``mutool draw -F txt``
(``tests/eval/extract.py``, family ``mupdf``) — the whole text.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

SPEECH = "speech_county_meeting__news_three_tight__mupdf.txt"


def test_a_speech_mupdf_wrote_in_columns_keeps_its_order(extracted, headings_of, all_text):
    doc = extracted(SPEECH)
    assert headings_of(doc) == [
        "凝心聚力抓落实 奋力开创县域经济高质量发展新局面",
        "一、客观看待过去一年的成绩，进一步坚定发展信心",
        "（一）产业发展势头向好", "（二）改革攻坚持续深化", "（三）民生保障更加有力",
        "二、准确把握形势任务，进一步明确工作重点",
        "1.着力扩大有效投资", "2.着力培育新兴产业", "3.着力优化营商环境",
        "三、切实转变工作作风，进一步提升落实质效"]
    text = all_text(doc)
    # a paragraph's set-in first line and its flush rest are one paragraph, in place
    assert "这次会议的主要任务是，深入贯彻中央和省委、市委经济工作会议精神" in text
    assert "下面，我讲三点意见。\n一、客观看待过去一年" in text
    assert "要把营商环境作为“一把手工程”来抓。" in text


def _line(text: str):
    return to_lines(raw_lines(text + "\n"))[0]


def test_a_set_in_open_line_is_short_of_the_measure_by_an_indent():
    from booklet.clean.order import _open_set_in
    assert _open_set_in(_line("过去的一年，面对复杂"), 12)          # two em short
    assert _open_set_in(_line("这次会议的主要任务是，"), 12)      # its comma hung past the measure
    assert _open_set_in(_line("一、客观看待过去一年"), 12)        # a heading set in, wrapped


def test_full_short_closed_or_gapped_lines_are_not_set_in_openings():
    from booklet.clean.order import _open_set_in
    assert not _open_set_in(_line("深入贯彻中央和省委、市委"), 12)  # full
    assert not _open_set_in(_line("经济工作会议精神，总结"), 12)    # full, its comma inside
    assert not _open_set_in(_line("下面，我讲三点意见。"), 12)       # a sentence ends: nothing goes on
    assert not _open_set_in(_line("同志们："), 12)                   # far shorter than an indent
    assert not _open_set_in(_line("要闻  第1版 2026"), 12)           # two pieces of a row


def test_the_habit_is_blanks_where_the_edge_moves_not_before_every_line():
    from booklet.clean.order import _outdent_habit
    assert _outdent_habit([True] * 5 + [False], [False] * 20)
    assert not _outdent_habit([True] * 3, [False] * 20)              # too few to tell
    assert not _outdent_habit([True, True, False], [False] * 20)  # set-in lines go on unparted
    assert not _outdent_habit([True] * 6, [True] * 10 + [False] * 10)  # every line spaced
