"""A heading's rest is no wider than its first line when the rest's width is exact (issue 10,
branch pypdf54).

A heading set larger than the body wraps short of the body's measure, so ``setoff.rest_of_larger_line``
takes a short line under a heading's full-looking line for the heading's rest when it is no wider
than that line.  It allowed an em more wherever either line held a mark (a mark may push a
character down, or be set half-width): pypdf drops a paragraph's first-line indent, so under a
heading of 14 characters with its 「、」 on a 17-em measure the paragraph's first line, 15 ideographs
(the measure less the indent), passed for the heading's rest, and the heading and its paragraph were
one block.  A rest of ideographs alone has an exact width and nothing was pushed down into it; a
first line holding no narrow character is at least as wide as its count (a mark set half-width
only made room for more): such a rest wider than its first line had room on it and is no rest.

The snippets are real: dev texts set in a random one-column design of ``tests/eval/heading_sweep.py``
(seed 25, design sw25_05: 17 characters a line, first lines indented, headings in 黑体 at the body
size, set flush; digits in a Latin face) and read back by pypdf.
"""

from __future__ import annotations

from booklet.model import Heading

# minutes_standing_committee × heading_sweep sw25_05 × pypdf: the end of item 一 and item 二
MINUTES = """\
度，确保群众喝上放心水。
会议原则同意《江城县农村供水工
程运行管理办法》，由县水利局根据会
议意见修改完善后，按程序印发实施。
二、关于城区停车设施建设工作
会议听取了县住建局关于城区停车
设施建设规划的汇报。会议要求，要按
照“政府引导、市场运作、统筹规划、
分步实施”的原则，优先在老旧小区、
医院、学校周边建设公共停车场，今年
新增公共停车泊位不少于
1500
个。
"""

# tongbao_safety_inspection × heading_sweep sw25_05 × pypdf: part 二 and its first sub-heading
TONGBAO = """\
，其余问题正在限期整改。从检查
情况看，各地各部门认真落实安全生产
责任，重点行业领域安全形势总体平
稳。
二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在
纸面，安全培训走过场。检查组在某化
工企业抽查
8
名一线操作人员，有
3
人
不能正确说出本岗位的主要风险和应急
处置措施。
（二）隐患排查治理不彻底
"""


def test_a_heading_is_not_run_into_its_paragraphs_first_line(clean, texts):
    doc, _ = clean(MINUTES)
    assert "二、关于城区停车设施建设工作" in texts(doc, Heading)
    assert any(t.startswith("会议听取了县住建局关于城区停车设施建设规划的汇报。") for t in texts(doc))


def test_a_sub_heading_is_not_run_into_its_paragraphs_first_line(clean, texts):
    doc, _ = clean(TONGBAO)
    assert "（一）企业主体责任落实不到位" in texts(doc, Heading)
    assert any(t.startswith("部分企业安全生产管理制度停留在纸面，") for t in texts(doc))
