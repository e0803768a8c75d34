"""A question set larger that wraps over two lines, over its answer (issue 10, qa82): a 答记者问 sets each
question as a heading of its own right above the answer that opens on the answerer's label; set larger
than the body, a question may wrap short of the measure (「加装电梯的钱从哪里」 / 「来？」 / 「答：以业主自筹为
主，…」).  The rest of a heading set larger goes on (``setoff.rest_of_larger_line``), but a rest ending a
sentence did only under a numbered heading (a verse's 「谁怕？」 ends its own line): so the question's tail
stood as a paragraph of its own and the heading kept its first line only.  ``setoff.question_ends_over_answer``:
the two lines read as one whole question (``shapes.QUESTION_BLOCK_RE``) and the line under the tail opens
on 答： (``shapes.ANSWER_TURN_RE``) — the tail ends the question's heading on its ？.

Each page is real: the dev text qa_reporter_elevator_retrofit set in a design of texts81's sweep of
seed 297 (``--kind heading``) and read back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    # (extraction, the questions whose heading kept its first line only on main)
    ("qa_reporter_elevator_retrofit__sw25_04_s297_heading__pdftotext.txt",
     ["一楼业主的利益如何保障？", "审批流程有哪些简化？", "加装电梯的钱从哪里来？", "下一步还有哪些打算？"]),
    ("qa_reporter_elevator_retrofit__sw25_04_s297_heading__pdfminer.txt",
     ["一楼业主的利益如何保障？", "加装电梯的钱从哪里来？"]),
    ("qa_reporter_elevator_retrofit__sw25_00_s297_heading__plain_ideographic.txt", ["申请加装电梯需要满足哪些条件？"]),
]


@pytest.mark.parametrize("name,questions", CASES, ids=[c[0].split("__", 1)[1][:-4] for c in CASES])
def test_wrapped_question_is_one_heading(extracted, headings_of, all_text, name, questions):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for question in questions:
        assert question in heads, heads
        assert question[-2:] not in lines, question   # (the tail 「来？」 no block of its own)


def _line(text: str):
    from booklet.clean.lines import Line
    from booklet.rawlines import RawLine
    return Line(text=text, lineno=1, raw=RawLine(text, 1))


@pytest.mark.parametrize("prev,cur,nxt,ends", [
    ("加装电梯的钱从哪里", "来？", "答：以业主自筹为主，政府给", True),
    ("下一步还有哪些打", "算？", "答：", True),                       # the label alone on its line
    ("问：网上买的商品不满意，可以无", "理由退货吗？", "答：可以。", True),   # an asker's label before it
    ("加装电梯的钱从哪里", "来？", "以业主自筹为主，政府给予适当", False),   # no answer under it
    ("竹杖芒鞋轻胜马，", "谁怕？", "一蓑烟雨任平生。", False),           # a verse's line
    ("他说：我们到底为", "什么？", "答：因为…", False),                 # a colon: no question alone
    ("加装电梯的钱从哪里", "来。", "答：以业主自筹为主", False),         # no question's end
])
def test_question_ends_over_answer_shape(prev, cur, nxt, ends):
    from booklet.clean.setoff import question_ends_over_answer
    assert question_ends_over_answer(_line(prev), _line(cur), _line(nxt)) is ends
