"""Headings on a narrow measure that fill a first line's room or hold a clause mark (issue 10, branch heads21).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees (the document's structure),
not what the cleaner printed.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def texts(doc, kind=None):
    return [block_text(b) for a in doc.articles for b in a.blocks if kind is None or isinstance(b, kind)]


# dev text report_bold_headings, design pocket_18_kai_heads (18-character measure, 楷体 headings at
# 1.1x, flush left), pypdfium2: indents dropped; the last 小标题 「坚持人才引领，优化创新生态」 holds a
# comma and stops three em short of a first line's room (16 em), over a paragraph's set-in first line
REPORT_POCKET = """市科技局2025年工作总结和2026
市科技局2025年工作总结和
2026年工作思路
2025年，在市委、市政府的坚强领导
下，市科技局深入实施创新驱动发展战
略，聚焦科技自立自强，全力推进科技创
新各项工作，较好完成了年度目标任务。
现将有关情况报告如下。
主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台28家，其
中国家级平台3家。市实验室完成一期建
设并投入运行，引进科研团队15个，承担
重大科研项目22项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，全
1
市科技局2025年工作总结和2026
年新认定高新技术企业612家，总数达到
3105家；科技型中小企业入库评价数量同
比增长26%。
科技成果转化步伐加快
技术合同成交额达到186亿元，同比
增长31%。组织科技成果对接活动48场，
促成校企合作项目300余项。
存在的问题
对照高质量发展要求，我们的工作还
存在一些不足：基础研究投入偏少，原始
创新能力不强；企业研发投入不均衡，部
分中小企业创新意愿不足；科技人才引育
机制有待完善。
2026年工作思路
坚持问题导向，补齐基础研究短
板
2
市科技局2025年工作总结和2026
设立市自然科学基金联合基金，引导
企业和社会资本投入基础研究，力争全市
基础研究投入占研发投入的比重提高1个
百分点。
坚持企业主体，提升企业创新能
力
实施企业研发机构提质工程，推动规
模以上工业企业研发机构全覆盖；支持龙
头企业牵头组建创新联合体，承担重大科
技攻关任务。
坚持人才引领，优化创新生态
完善“揭榜挂帅”“赛马”等项目组
织方式，深化科技评价改革，让科研人员
把更多精力投入到科研工作中。
江城市科学技术局
2026年1月10日
3"""


def test_heading_with_a_comma_short_of_a_first_line_is_a_heading(clean):
    doc, _ = clean(REPORT_POCKET)
    heads = texts(doc, Heading)
    assert heads[-3:] == ["坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力", "坚持人才引领，优化创新生态"]
    assert "完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让科研人员把更多精力投入到科研工作中。" in texts(doc, Paragraph)
