"""A short sentence pdfminer boxed alone on a one-column page is no cut sentence's tail (issue 10,
branch miner79).

pdfminer builds a box of lines that line up — at the left edge, the right edge or the middle — one under
the other.  On a one-column page a paragraph of one line set in by its indent (a reply 「不能。」 under its
question, a line of dialogue 「“开。雾散了就开。”老周说。」) lines up with neither the paragraph's last line
above nor the full line below, so it becomes a box of its own, written in place with a blank line before
it.  A page set at a column's width (a pocket or narrow page) is read by ``order`` as a column page, and a
block opening on a few characters and a stop (``SENTENCE_TAIL_RE``) after a closed sentence was taken for
the rest of a sentence another column's foot cut — a fault mended by moving a cut block over it, which
took a paragraph from its place.  A line opening on a quoted utterance whose stop falls inside the quote,
or a reply (a statement) right under a question, is a sentence of its own (``order._own_sentence``).

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading`` pages (seed 242,
designs sw25_01 and sw25_05, one column at 21–23 characters) and read back by pdfminer — whole
documents, ``tests/data/extractions``.  Both fail on main bf99df3 and pass here.
"""

from __future__ import annotations


def test_a_line_of_dialogue_boxed_alone_stays_in_its_place(extracted, all_text):
    """「“开。雾散了就开。”老周说。」 opens a paragraph after 「…裤」 / 「脚沾着露水。」: read as a cut
    sentence's tail it took the block 「好，蹲在石阶上抽烟，…」 to the page's end, away from 「老周把船拴」."""
    text = all_text(extracted("story_ferry_dialogue__sw25_01_s242_heading__pdfminer.txt")).replace(" ", "")
    assert "老周把船拴好，蹲在石阶上抽烟" in text
    assert text.index("脚沾着露水。") < text.index("“开。雾散了就开。”老周说。") < text.index("“今年学生又少了吧？”")
    assert text.index("们这是要干啥？”") < text.index("“修桥！”一个小伙子笑着说")


def test_a_reply_boxed_alone_stays_under_its_question(extracted, all_text):
    """「不能。」 answers 「3.预备党员能否参加支部委员会的选举？」 and stands under it, before the answer's
    reasons 「预备党员没有表决权…」."""
    text = all_text(extracted("qa_study_questions__sw25_05_s242_heading__pdfminer.txt")).replace(" ", "")
    assert text.index("3.预备党员能否参加支部委员会的选举？") < text.index("不能。") < text.index("预备党员没有表决权")
    assert text.index("组织生活会和民主评议党员可以合并召开吗") < text.index("可以。") < text.index("实践中多数支部")
