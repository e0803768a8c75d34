"""A headline set large in a narrow column wraps at its own measure (issue 10, branch split55).

A newspaper sets an item's title two or three sizes above the body; in a column of sixteen
characters a title at 2.8× holds five a line, so it wraps over three or four lines, each full line
as wide as the next (「县政府第十」 / 「八次常务会」 / 「议纪要」).  Every line stops far short of the
body's measure, so ``unwrap`` leaves each one a block of its own and ``headings`` reads each as a
heading line.  ``titles._merge_wrapped`` joined only a pair whose first line is clearly wider, and
``headlines.title_run_end`` ended the run at a line that reads like names (「研发投入」) under lines
that did not fill the body's measure: the title came out in pieces.  Two heading lines as wide as
each other filled the title's own line, so the line under them is more of the title
(``titles.same_measure``, ``titles._own_measure_run``, ``headlines._rest_at_own_measure``).

The snippets are real: minutes_standing_committee and compilation_materials set in design nw54_02
of the news sweep (``tests/eval/heading_sweep.py --kind news --texts all --seed 54``: three
16-character columns, titles at 2.8×) and read back by pypdf.  Expected values are what a reader
of the printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text

# minutes_standing_committee × nw54_02 × pypdf: the page's head, the masthead and the minutes' title
MINUTES = """\
综合新闻
第1版
江城县人民政府常
务会议纪要
〔2026〕第18期
县政府第十
八次常务会
议纪要
2026年10月15日上午，县长李国
华主持召开县政府第十八次常务会议，
传达学习省、市有关会议精神，研究
农村供水保障、城区停车设施建设和
秋冬季森林防火等工作。现纪要如下：
一、关于农村供水保障工作
"""

# compilation_materials × nw54_02 × pypdf: the end of material 2 and material 3's headline
MATERIALS = """\
三是把握好当前与长远的关系。
各地要从实际出发，先立后破、因地
制宜、分类指导，根据本地的资源禀
赋、产业基础、科研条件等，有选择
地推动新产业、新模式、新动能发展。
【材料3】
江城市出台
十条措施支
持企业加大
研发投入
来源：江城市人民政府网站
近日，江城市出台《关于支持企
业加大研发投入的若干措施》，从研
发费用补助、首台（套）产品奖励、
科技金融支持等方面提出十条具体措
施。
"""


def _pieces(doc) -> list[str]:
    return [a.title or "" for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks]


def test_a_title_wrapped_at_its_own_measure_is_one_heading(clean):
    pieces = _pieces(clean(MINUTES)[0])
    assert "县政府第十八次常务会议纪要" in pieces
    assert not any(p in pieces for p in ("八次常务会", "议纪要"))
    assert "一、关于农村供水保障工作" in pieces          # the numbered heading stays its own


def test_a_name_like_rest_under_two_full_lines_is_the_title_s_rest(clean):
    doc = clean(MATERIALS)[0]
    assert "江城市出台十条措施支持企业加大研发投入" in [a.title for a in doc.articles]
    assert "研发投入" not in _pieces(doc)
