"""Wrapped or not: the file-level decision ``booklet.clean.layout.is_wrapped`` and what rides on it.

Snippets are real renderings from the dev evaluation (tests/eval), cut down.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def texts(doc, kind):
    return [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, kind)]


# dev text report_bold_headings, design word_report, read by pypdf: every digit run on a line of
# its own, first-line indents dropped, nine bold headings that show as short unpunctuated lines
# — as many lines stop inside a sentence short of the measure (headings, lines cut by a digit
# run) as reach it, but the ones that reach it are the long ones
REPORT_PYPDF = (
    "市科技局\n"
    "2025\n"
    "年工作总结和\n"
    "2026\n"
    "年工作思路\n"
    "2025\n"
    "年，在市委、市政府的坚强领导下，市科技局深入实施创新驱\n"
    "动发展战略，聚焦科技自立自强，全力推进科技创新各项工作，较好完成\n"
    "了年度目标任务。现将有关情况报告如下。\n"
    "主要工作成效\n"
    "创新平台建设取得新突破\n"
    "全年新增省级以上创新平台\n"
    "28\n"
    "家，其中国家级平台\n"
    "3\n"
    "家。市实验室\n"
    "完成一期建设并投入运行，引进科研团队\n"
    "15\n"
    "个，承担重大科研项目\n"
    "22\n"
    "项。\n"
    "科技企业培育跑出加速度\n"
    "深入实施科技企业梯次培育计划，全年新认定高新技术企业\n"
    "612\n"
    "家，\n"
    "总数达到\n"
    "3105\n"
    "家；科技型中小企业入库评价数量同比增长\n"
    "26%\n"
    "。\n"
    "科技成果转化步伐加快\n"
    "技术合同成交额达到\n"
    "186\n"
    "亿元，同比增长\n"
    "31%\n"
    "。组织科技成果对接\n"
    "活动\n"
    "48\n"
    "场，促成校企合作项目\n"
    "300\n"
    "余项。\n"
    "存在的问题\n"
    "对照高质量发展要求，我们的工作还存在一些不足：基础研究投入偏\n"
    "少，原始创新能力不强；企业研发投入不均衡，部分中小企业创新意愿不\n"
    "足；科技人才引育机制有待完善。\n"
    "2026\n"
    "年工作思路\n"
    "坚持问题导向，补齐基础研究短板\n"
    "设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，\n"
    "力争全市基础研究投入占研发投入的比重提高\n"
    "1\n"
    "个百分点。\n"
    "坚持企业主体，提升企业创新能力\n"
    "实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆\n"
    "盖；支持龙头企业牵头组建创新联合体，承担重大科技攻关任务。\n"
    "坚持人才引领，优化创新生态\n"
    "完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让\n"
    "科研人员把更多精力投入到科研工作中。\n"
    "江城市科学技术局\n"
    "2026\n"
    "年\n"
    "1\n"
    "月\n"
    "10\n"
    "日\n"
)


def test_wrap_is_seen_from_the_long_lines_that_reach_the_measure_though_most_cut_lines_are_short(clean):
    doc, _ = clean(REPORT_PYPDF)
    assert texts(doc, Heading) == [
        "主要工作成效", "创新平台建设取得新突破", "科技企业培育跑出加速度", "科技成果转化步伐加快",
        "存在的问题", "2026年工作思路", "坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力",
        "坚持人才引领，优化创新生态"]
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[0].startswith("2025年，在市委") and paragraphs[0].endswith("现将有关情况报告如下。")
    assert paragraphs[2] == "深入实施科技企业梯次培育计划，全年新认定高新技术企业612家，总数达到3105家；" \
        "科技型中小企业入库评价数量同比增长26%。"
    assert paragraphs[-2:] == ["江城市科学技术局", "2026年1月10日"]
