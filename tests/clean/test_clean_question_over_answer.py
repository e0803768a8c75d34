"""A question set apart over its answer (issue 10, qa81): a 答记者问 or a 问答 sets each question as a
line of its own (「申请加装电梯需要满足哪些条件？」) right above the answer that opens on the answerer's
label (「答：主要有三个方面的条件。」).  Where the answer above it ended on a line that filled the
measure (「…把群众反映集中的问题解决好。」), the measure said "runs on" and the question was run into
that paragraph as its last line: its heading lost.  A paragraph's last line never ends on a question
and goes on into 答：; ``measured._question_over_answer`` (``shapes.ANSWER_TURN_RE``,
``shapes.QUESTION_BLOCK_RE``; not inside a turn the asker opened, ``shapes.ASKER_TURN_RE``).

Each page is real: the dev text qa_reporter_elevator_retrofit set in a design of the sweeps named
(seeds 297 and 298 texts81's, 300 qa81's) and read back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    # (extraction, the questions run in on main)
    ("qa_reporter_elevator_retrofit__sw25_02_s297_heading__pdfminer.txt",
     ["申请加装电梯需要满足哪些条件？", "一楼业主的利益如何保障？", "电梯装好后谁来管？", "下一步还有哪些打算？"]),
    ("qa_reporter_elevator_retrofit__col53_01_s298_columns__pypdf.txt",
     ["为什么要出台《办法》？", "申请加装电梯需要满足哪些条件？", "一楼业主的利益如何保障？", "审批流程有哪些简化？"]),
    ("qa_reporter_elevator_retrofit__pk53_02_s300_pocket__pdfminer.txt", ["审批流程有哪些简化？", "加装电梯的钱从哪里来？"]),
    ("qa_reporter_elevator_retrofit__pk53_03_s300_pocket__pypdf.txt", ["审批流程有哪些简化？", "加装电梯的钱从哪里来？"]),
]


@pytest.mark.parametrize("name,questions", CASES, ids=[c[0].split("__")[1] for c in CASES])
def test_question_heads_its_answer(extracted, headings_of, all_text, name, questions):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for question in questions:
        assert question in heads, heads
        assert not any(line.endswith(question) and line != question for line in lines), question


def _line(text: str):
    from booklet.clean.lines import Line
    from booklet.rawlines import RawLine
    return Line(text=text, lineno=1, raw=RawLine(text, 1))


@pytest.mark.parametrize("head,cur,nxt,apart", [
    ("2019年以来，我市先后出台了两个试行文件，", "申请加装电梯需要满足哪些条件？", "答：主要有三个方面的条件。", True),
    (None, "下一步还有哪些打算？", "答：", True),            # the label alone on its line
    ("记者：《办法》已经正式印发。", "请问有哪些新规定？", "答：主要有三个方面。", False),   # the asker's own turn
    ("问：近日新规出台。", "有哪些变化？", "答：有三点。", False),
    (None, "申请加装电梯需要满足哪些条件？", "首先，拟加装电梯的住宅应当是本市", False),   # no answer under it
    (None, "他问：“这是为什么？”", "答：因为…", False),      # not a question alone: a colon, a quotation
])
def test_question_over_answer_shape(head, cur, nxt, apart):
    from booklet.clean.measured import _question_over_answer
    assert _question_over_answer(_line(head) if head else None, _line(cur), _line(nxt)) is apart
