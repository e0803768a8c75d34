"""A line inside a paragraph is short only if it stays short with its Latin runs at their widest
(issue 10, branch pypdf53).

pypdf ends its output line at every change of font, so each run of digits set in a Latin face
stands on a line of its own, and ``regroup`` must decide which pieces made one printed line.  It
counts a digit at half an em, but a Latin face's digits are wider (Helvetica's and Arial's are
0.556 em) and Word sets a quarter-em gap beside a run: a printed line holding two such runs may
be an em wider than their count says.  A line inside a paragraph is justified to the measure,
so the programme read 「12345」 / 「热线、…日均处置各类事件」 / 「3000」 as a line stopping short
mid-sentence unless it broke before 「3000」 (a break between a number and its unit costs only
half a short line): the paragraph ended at 「事件」 and 「3000余件，…」 opened a new one.  A run
alone now counts as possibly ``regroup.RUN_ALONE_UNKNOWN_EM`` wider when the programme asks
whether a line inside a paragraph stops short.

The snippet is real: the dev text article_theory_abstract_refs set in a random one-column design
of ``tests/eval/heading_sweep.py`` (seeded, design sw25_11: 31 characters a line, hung marks,
digits in a Latin face) and read back by pypdf.
"""

from __future__ import annotations


# article_theory_abstract_refs × heading_sweep sw25_11 × pypdf: the end of the introduction and
# section 二's first two sub-headings
ARTICLE = """\
新时代基层治理数字化转型的实践逻辑与
再造和治理主体的协同。如何准确把握基层治理数字化转型的实践逻辑，
是一个需要深入研究的问题。
二、基层治理数字化转型的实践逻辑
（一）技术逻辑：从信息化到智能化
基层治理的技术支撑经历了从办公自动化、业务信息化到数据智能化的
演进。江城市自
2021
年起建设市域社会治理现代化指挥中心，整合
12345
热线、网格化管理、视频监控等系统，日均处置各类事件
3000
余件，事件按期办结率达到
98.6%
。
（二）制度逻辑：从分散管理到整体协同
技术只有嵌入制度才能发挥作用。江城市出台《基层治理事件分拨处置
办法》，明确市、区、街道、社区四级事件处置职责，建立“统一受理、
分级分拨、限时办结、考核评价”的闭环流程，推动治理由部门各自为
战向整体协同转变。
（三）主体逻辑：从政府主导到多元共治
数字技术降低了群众参与的门槛。通过“随手拍”小程序、社区微信群
"""


def test_a_printed_line_ending_on_a_latin_run_keeps_the_run(rejoined):
    # 「12345」 + 「热线、…各类事件」 + 「3000」 fill the measure once the runs' widths are allowed
    out = rejoined(ARTICLE)
    assert "12345热线、网格化管理、视频监控等系统，日均处置各类事件3000" in out


def test_the_paragraph_runs_on_across_the_latin_run(clean, texts):
    doc, _ = clean(ARTICLE)
    assert any("日均处置各类事件3000余件，事件按期办结率达到98.6%。" in t for t in texts(doc))
