"""Which of the rounds' columns opens the text (``flow._opens_the_text``, asked by
``flow._round_columns`` when its dealt columns are put in reading order — plain78 in
``docs/cleaner-history.md``).

Plain ``pdftotext`` takes a round's blocks up by height: the column beside a title set over the first
stands higher and is written first each round, so the rounds are dealt second column first.  Where no
word read across a column's foot tells the order, the column opening on a headline's line — the
title itself, or its wrapped tail under the title's line left above the rounds — goes first when every
other column opens inside its prose (a line with punctuation, one the column's edge cut inside a word
with punctuation under it) or on a numbered section head.

The page is the harness's plain ``pdftotext`` extraction of the dev text notice_meeting_agenda set in
the sweep's bulletin design bl66_01 (seed 224), kept in ``tests/data/extractions``: on main the rows
path reads it from the second column's 「参会回执（见附件）传真或发送电子邮件至市」 glued to the title;
dealt by its rounds in the dealt order (plain77b) the body opened on the second column too.  Fails on
main.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines


def _column(*texts: str):
    return list(to_lines(raw_lines("\n".join(texts) + "\n")))


def test_a_notice_dealt_by_its_rounds_opens_on_its_title_column(extracted, read_text):
    found = read_text(extracted("notice_meeting_agenda__bl66_01_s224_bulletin__pdftotext.txt"))
    assert found.startswith("关于召开全市基层理论宣讲工作推进会的通知各区县委宣传部，市直各有关单位：")
    assert ("为深入总结今年以来全市基层理论宣讲工作，交流推广各地好经验好做法，研究部署下一阶段重点任务，"
            "经研究，决定召开全市基层理论宣讲工作推进会。现将有关事项通知如下。" in found)
    assert found.index("一、会议时间") < found.index("二、会议地点") < found.index("2026年11月6日")


def test_a_title_s_tail_opens_the_text_over_a_numbered_head():
    from booklet.clean.flow import _opens_the_text
    above = _column("协同办公系统公文流转操作")
    columns = [_column("四、发文办理", "公文起草完成后，经办人应在系统中选择"),
               _column("指南", "为规范全市党政机关公文流转，提高办文")]
    assert _opens_the_text(columns, 1, 20.0, above)
    assert not _opens_the_text(columns, 0, 20.0, above)


def test_a_title_opens_the_text_beside_prose_its_edge_cut():
    from booklet.clean.flow import _opens_the_text
    columns = [_column("市里将社区养老服务设施纳入国土空间规", "划，新建小区按每百户不低于二十平方米"),
               _column("关于全市社区嵌入式养老", "服务设施运行情况的调研报告")]
    assert _opens_the_text(columns, 1, 19.0, [])


def test_a_table_s_head_under_a_caption_or_beside_a_wrapped_title_does_not():
    from booklet.clean.flow import _opens_the_text
    prose = [_column("为深入了解全市社区嵌入式养老服务设施", "建设运营情况，市政协社会和法制委员会"),
             _column("运营方式", "满意度")]
    assert not _opens_the_text(prose, 1, 19.0, _column("表2：不同运营方式设施的服务满意度"))
    title = [_column("关于全市社区嵌入式养老服务设施运行", "情况的调研报告"), _column("远郊县", "79.2")]
    assert not _opens_the_text(title, 1, 19.0, _column("文化周刊"))
