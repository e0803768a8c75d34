"""A numbered section that holds nothing but short lines, and a numbered heading counting on (lead87).

A 教案's 「五、板书设计」 sets the board's plan as five short unpunctuated lines (「背影」, 「开头点题　思念背影」, …) between
its head and the next, 「六、教学反思」.  Each has a heading's shape, so each was guessed a heading — five headings
over nothing.  A heading heads text: where everything between a numbered heading and its next sibling (or the
text's end) was guessed a heading of no number of its own, those are the section's lines
(``headings._sections_of_lines``).  Heads of no number over text in such a section, and numbered sub-heads
(「一、」 / 「（一）」 / 「（二）」 / a paragraph), are left alone.

With the lines read as headings, a run of them under 「五、板书设计」 went on to 「背影」 — two ideographs, read as a
byline — and the section head opened a new article, its title the head and the board's first lines run
together.  A numbered heading whose number goes on from the article's last of its series (五 after 四) is the
article's next section and opens none (``headlines._counts_on``).

The page is real: the dev text ``lesson_plan_beiying`` in the evaluation's ``a4_plain_flush_heads`` layout, read by
pypdf (``tests/data/extractions``); it fails on main 8fcd3ca1 and passes.  The paste is that text's lines as a
user pastes them, a blank line after each.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

BOARD = ["背影", "开头点题　思念背影", "望父买橘　刻画背影", "父子分别　惜别背影", "结尾思念　再现背影"]

PASTE = "\n\n".join([
    "《背影》教学设计", "四、教学过程", "师：请大家找出父亲去买橘子的段落，画出描写父亲动作的词语。",
    "生：“探”“攀”“缩”“倾”这几个动词写出了父亲爬上月台的艰难。", "五、板书设计", *BOARD, "六、教学反思",
    "本课以“背影”为抓手，引导学生从动作描写入手品读细节，课堂气氛比较活跃。"]) + "\n"


def _check_board(doc, texts):
    assert len(doc.articles) == 1, [a.title for a in doc.articles]
    heads = texts(doc, Heading)
    assert "五、板书设计" in heads and "六、教学反思" in heads, heads
    assert not set(BOARD) & set(heads), heads
    paras = texts(doc, Paragraph)
    start = paras.index(BOARD[0])
    assert paras[start:start + len(BOARD)] == BOARD


def test_board_lines_of_a_lesson_plan_on_a_pypdf_page(extracted, texts):
    _check_board(extracted("lesson_plan_beiying__a4_plain_flush_heads__pypdf.txt"), texts)


def test_board_lines_pasted_a_blank_line_apart(clean, texts):
    doc, report = clean(PASTE)
    _check_board(doc, texts)
    assert doc.articles[0].title == "《背影》教学设计"


def test_unnumbered_heads_over_text_in_a_numbered_section_stay_headings(clean, texts):
    text = "\n\n".join([
        "《背影》教学设计", "四、教学过程", "导入新课环节", "师：同学们，在你的记忆中，父母哪一个瞬间最让你感动？",
        "整体感知环节", "学生自由朗读课文，圈点勾画不理解的词语。", "五、教学反思",
        "本课以“背影”为抓手，引导学生从动作描写入手品读细节。"]) + "\n"
    doc, _report = clean(text)
    heads = texts(doc, Heading)
    assert {"四、教学过程", "导入新课环节", "整体感知环节", "五、教学反思"} <= set(heads), heads


def test_numbered_sub_heads_over_nothing_are_left_to_their_series(clean, texts):
    text = "\n\n".join([
        "关于加强社区治理的实施意见", "一、总体要求", "（一）指导思想", "（二）基本原则",
        "坚持党建引领，坚持人民至上，坚持问题导向。", "二、重点任务", "全面推进社区服务设施建设。"]) + "\n"
    doc, _report = clean(text)
    heads = texts(doc, Heading)
    assert {"一、总体要求", "（一）指导思想", "（二）基本原则", "二、重点任务"} <= set(heads), heads
