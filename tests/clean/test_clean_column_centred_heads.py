"""A 小标题 centred in its column, as wide as a paragraph's first line (issue 10, branch cols57).

A two-column page sets its 小标题 centred in the column (a 简报, a 工作总结 in two columns of 17
characters), and a heading of two phrases joined by a comma fills 15 of them: exactly the room of
a first line under a two-em indent.  Where the extractor dropped the indents the heading's line
reads as a paragraph's first line the measure cut, and the paragraph under it ran on from it
(「坚持企业主体，提升企业创新能力实施企业研发机构提质工程，…」).  The line under it says otherwise:
it is as wide as a first line too, and a paragraph's second line runs to the measure — so the
heading's line was no first line the measure cut (``measured._phrased_heading``).

The snippet is real: dev text report_bold_headings set in design col53_02 of the column sweep
(``tests/eval/heading_sweep.py --kind columns --designs 6 --seed 57``: two columns of 17
characters, 黑体 headings centred, a two-em first-line indent, Latin digits) and read back by
pypdfium2, which drops the indents.  Expected values are what a reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

# report_bold_headings × col53_02 × pypdfium2: the whole text (one column's run after the other)
REPORT_CENTRED = """\
市科技局 2025 年工作总结和 2026
市科技局 2025 年工作总
结和 2026 年工作思路
2025 年，在市委、市政府的坚强
领导下，市科技局深入实施创新驱动发
展战略，聚焦科技自立自强，全力推进
科技创新各项工作，较好完成了年度目
标任务。现将有关情况报告如下。
主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台 28 家，
其中国家级平台 3 家。市实验室完成一
期建设并投入运行，引进科研团队 15
个，承担重大科研项目 22 项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，
全年新认定高新技术企业 612 家，总数
达到 3105 家；科技型中小企业入库评
价数量同比增长 26%。
科技成果转化步伐加快
技术合同成交额达到 186 亿元，同
比增长 31%。组织科技成果对接活动
48 场，促成校企合作项目 300 余项。
存在的问题
对照高质量发展要求，我们的工作
还存在一些不足：基础研究投入偏少，
原始创新能力不强；企业研发投入不均
衡，部分中小企业创新意愿不足；科技
人才引育机制有待完善。
2026 年工作思路
坚持问题导向，补齐基础研究短板
设立市自然科学基金联合基金，引
导企业和社会资本投入基础研究，力争
全市基础研究投入占研发投入的比重提
高 1 个百分点。
坚持企业主体，提升企业创新能力
实施企业研发机构提质工程，推动
规模以上工业企业研发机构全覆盖；支
持龙头企业牵头组建创新联合体，承担
重大科技攻关任务。
坚持人才引领，优化创新生态
完善“揭榜挂帅”“赛马”等项目
组织方式，深化科技评价改革，让科研
人员把更多精力投入到科研工作中。
江城市科学技术局
2026 年 1 月 10 日"""


def test_centred_heading_as_wide_as_a_first_line_is_a_heading(texts, clean):
    doc, _ = clean(REPORT_CENTRED)
    heads = texts(doc, Heading)
    for head in ("坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力", "坚持人才引领，优化创新生态"):
        assert head in heads
    paras = texts(doc, Paragraph)
    assert any(p.startswith("实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆盖；") for p in paras)
    assert any(p.startswith("设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，") for p in paras)


def test_paragraph_first_line_over_its_full_second_line_goes_on(texts, clean):
    # the same page with the paragraph's first line as wide as the heading: its second line runs
    # to the measure, so the two are one paragraph
    doc, _ = clean(REPORT_CENTRED)
    paras = texts(doc, Paragraph)
    assert any(p.startswith("对照高质量发展要求，我们的工作还存在一些不足：") for p in paras)
    assert any(p.startswith("全年新增省级以上创新平台") for p in paras)


def test_parallel_phrases_are_a_headings_shape_a_cut_first_line_is_not():
    from booklet.shapes import parallel_phrases
    # the sweep's 小标题 (report_bold_headings) …
    assert parallel_phrases("坚持企业主体，提升企业创新能力")
    assert parallel_phrases("坚持人才引领，优化创新生态")
    # … and dev's prose first lines as wide as a first line over another first line (columns dealt
    # out of turn, a column narrowed round a picture), each ending in a cut clause
    assert not parallel_phrases("只要方向对了，坚持下去，就")
    assert not parallel_phrases("据了解，“科技副总”由")
    assert not parallel_phrases("“山里老人多，腿脚")
    assert not parallel_phrases("我县以小微企业、个体工商户和")
