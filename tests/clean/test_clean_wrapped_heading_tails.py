"""Two headings in a row that each wrap their last character alone are no PDFium spread line
(issue 10, branch glue54).

PDFium spreads a justified line's characters into pieces of their own, so ``runs`` reads two
one-character lines that lie close as such pieces and regroups the lines around them into the
printed lines that fill the measure best.  A wrapped heading's last character stands alone too,
and a section's heading and its first sub-heading, each wrapping its last character, put two such
lines two apart: the regrouping then glued each character to the line after it (「辑（一）技术逻辑：
从信息化到智能」, 「化基层治理的技术支撑…」), and both headings ran into their paragraph.  The pieces
between two characters of one spread line are that line's, and none of them opens with a heading's
number: a number opens its printed line, so the characters on either side of it ended theirs.

The snippet is real: a dev text set in a pocket page of ``tests/eval/heading_sweep.py --kind pocket``
(seed 25, design pk53_02: 17 characters a line, headings set larger, digits in a Latin face) and
read back by pypdf.
"""

from __future__ import annotations

from booklet.model import Heading

# article_theory_abstract_refs × heading_sweep pk53_02 × pypdf: the end of part 一, part 二's heading
# and its first sub-heading, and the paragraph under it (a page's foot and running head inside)
THEORY = """\
然而，在实践中也出现了平台林
立、数据“烟囱”、系统“空转”等现
象，一些地方把数字化简单理解为上系
统、建平台，忽视了治理流程的再造和
治理主体的协同。如何准确把握基层治
理数字化转型的实践逻辑，是一个需要
深入研究的问题。
二、基层治理数字化转型的实践逻
辑
（一）技术逻辑：从信息化到智能
化
基层治理的技术支撑经历了从办公
自动化、业务信息化到数据智能化的演
3
干部学习口袋书
进。江城市自
2021
年起建设市域社会
治理现代化指挥中心，整合
12345
热
线、网格化管理、视频监控等系统，日
均处置各类事件
3000
余件，事件按期
办结率达到
98.6%
。
"""


def test_two_wrapped_headings_in_a_row_keep_their_last_characters(clean, texts):
    doc, _ = clean(THEORY)
    assert "二、基层治理数字化转型的实践逻辑" in texts(doc, Heading)
    assert "（一）技术逻辑：从信息化到智能化" in texts(doc, Heading)
    assert any(t.startswith("基层治理的技术支撑经历了从办公自动化、") for t in texts(doc))
