"""A centred heading's last line under ``pdftotext -layout`` goes on from its full first line
(issue 10, branch layout53).

``pdftotext -layout`` writes each printed line at its place in character cells.  A heading set
centred that wraps fills its first line to the measure (written from the margin) and centres its
rest: the rest stands about half its lack to the measure in from the margin, far past a
paragraph's first-line indent.  Where that rest ends its sentence — a question's 「作用？」 — it was
read as a one-line paragraph after the full line (an indented line ending a sentence), so the
heading was cut in two: 「怎样理解“三会一课”在党员教育中的基础」 a heading, 「作用？」 a paragraph.
``setoff.centred_rest`` reads the lead against the full line's and the measure.

The snippet is real: the dev text qa_study_questions set in the heading sweep's design sw25_15
(``tests/eval/heading_sweep.py``, seed as shipped: questions set bold and centred on a 19-character
measure) and read back by ``pdftotext -layout``.
"""

from __future__ import annotations

from booklet.model import Heading

# qa_study_questions × sw25_15 × pdftotext_layout, from the preface to the fifth question (a page
# break, its running foot and head, between): two questions whose rest is centred
QA = """\
  为帮助广大党员和支部委员熟悉党支部
工作的基本要求，县委组织部编写了这份问
答，供各支部在组织生活中学习使用。
      一、组织设置
 1.为什么说党支部是党的基础组织？

  党支部处在联系服务群众的最前沿，党
员的教育、管理、监督和组织群众、宣传群
众、凝聚群众、服务群众，都要靠党支部来
落实。支部强不强，直接关系到党的路线方
针政策能不能在基层落地。
2.正式党员不足三人的单位怎样设立党的组
          织？

  正式党员不足三人的单位，可以与邻近
单位的党员联合成立党支部。联合党支部一

        — 1 —
\f         学习资料

般不超过五个单位，由上级党组织指定一个
单位牵头。
3.预备党员能否参加支部委员会的选举？

  不能。

  预备党员没有表决权、选举权和被选举
权，可以列席党员大会，发表意见。
        二、组织生活
怎样理解“三会一课”在党员教育中的基础
        作用？

  “三会一课”是党的组织生活的基本制
度，把党员经常性地组织起来学习、讨论、
交流，使党员时刻记得自己的身份。坚持得
好的支部，党员的精气神往往也足。
组织生活会和民主评议党员可以合并召开
        吗？

  可以。
"""


def test_a_centred_rest_ending_the_question_is_the_headings_own(clean, texts):
    heads = texts(clean(QA)[0], Heading)
    assert "怎样理解“三会一课”在党员教育中的基础作用？" in heads
    assert "组织生活会和民主评议党员可以合并召开吗？" in heads


def test_the_answer_under_a_centred_question_stays_its_own_paragraph(clean, texts):
    blocks = texts(clean(QA)[0])
    assert "作用？" not in blocks and "吗？" not in blocks
    assert "可以。" in blocks
    assert any(t.startswith("“三会一课”是党的组织生活的基本制度") for t in blocks)
