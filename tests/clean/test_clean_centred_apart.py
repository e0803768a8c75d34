"""A line ``pdftotext -layout`` wrote centred under a full line is a block of its own; in a file that
indents its paragraphs, a short unindented line that could not end the paragraph above starts one
(issue 10, branch layout54).

``pdftotext -layout`` writes each printed line at its place in character cells.  A paragraph's
lines run from the margin (its first one indent in); a line centred on the measure stands about
half its lack in.  Under a line that filled the measure, such a line is either the centred rest of
a heading wrapped there (``setoff.centred_rest``) or a block of its own — a byline or a
contributor's credit centred under a title — and was run on into the title because the title's
line, set larger or centred, counted as full (``setoff.centred_under``, read by
``measured._wrapped_break`` and by the blocks' ``full``, so the title's lines are not merged with it
later).  And a heading set flush at the body's size after a paragraph whose last line filled the
measure with a sentence's end was run on into that paragraph: in a file that indents its
paragraphs an unindented line went on — but a paragraph's last line ends its sentence, so a line
that ends none and stops short as a line inside one stops, over an indented first line, is a block
of its own (``measured._starts_after_sentence``).

The snippets are real: dev texts set in the heading sweep's designs (``tests/eval/heading_sweep.py``,
seed as shipped) and read back by ``pdftotext -layout`` — compilation_materials × sw25_02 (a title set
1.2× filling an 18-character measure, the author centred under it), briefs_county_work_digest ×
sw25_01 (an item's title centred at 1.1×, its credit centred under it) and report_bold_headings ×
sw25_05 (黑体 headings at the body's size, flush, on a 17-character measure).
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

# compilation_materials × sw25_02 × pdftotext_layout: the end of 材料1, 材料2's title, author and source
BYLINE = """\
化产业体系。传统产业不等于落后产业，
要用新技术改造提升，推动高端化、智能
化、绿色化发展。

※本文为市委党校课题组研究成果，刊发
时有删节。

【材料2】

把握好发展新质生产力的几个关系
         张建华
来源：《学习时报》（2026年1月22日）



           2/5
\f坚持以科技创新引领新质生产力发展   3


"""

# briefs_county_work_digest × sw25_01 × pdftotext_layout: an item's end, the next item's title and credit
CREDIT = """\
户等5个环节整合为“一件事”，企业只需
在一个窗口提交一套材料，当天即可领取营
业执照和公章，开办时间由原来的3个工作
日压缩到1个工作日以内。
   中心还设立了“办不成事”反映窗口，
由科室负责人轮流值守，专门受理群众在办
事过程中遇到的疑难问题。窗口运行以来，
共协调解决各类问题137件，办结率达96%。
今年1至11月，全县新设立市场主体4260户，
同比增长14.8%。

  县人民医院开通“一站式”出院结算

        （县卫生健康局供稿）
   11月20日起，县人民医院在住院部设立
“一站式”结算窗口，患者出院时可同步完
成医保报销、大病保险和医疗救助结算，平
均办理时间由原来的40分钟缩短到10分钟以

— 4 —
\f         学习资料


内。


"""

# report_bold_headings × sw25_05 × pdftotext_layout: a paragraph cut by a page break, then a heading
FLUSH = """\
科技企业培育跑出加速度


   深入实施科技企业梯次培育计划，
全年新认定高新技术企业 612 家，总数
达到 3105 家；科技型中小企业入库评
价数量同比增长 26%。


科技成果转化步伐加快


   技术合同成交额达到 186 亿元，同
比增长 31%。组织科技成果对接活动
第 2 页 共 5 页
\f48 场，促成校企合作项目 300 余项。


存在的问题


  对照高质量发展要求，我们的工作
还存在一些不足：基础研究投入偏少，
原始创新能力不强；企业研发投入不均
衡，部分中小企业创新意愿不足；科技
"""


def test_the_author_centred_under_a_full_title_is_no_line_of_it(clean, texts):
    doc = clean(BYLINE)[0]
    titles = [a.title for a in doc.articles] + texts(doc, Heading)
    assert "把握好发展新质生产力的几个关系" in titles
    assert "张建华" in texts(doc) or "张建华" in [a.author for a in doc.articles]


def test_the_credit_centred_under_an_items_title_stays_apart(clean, texts):
    doc = clean(CREDIT)[0]   # (the title over its credit opens the item since credit57: the item's title)
    assert [a.title for a in doc.articles if a.title] + texts(doc, Heading) == ["县人民医院开通“一站式”出院结算"]
    assert "（县卫生健康局供稿）" in texts(doc) + [a.author for a in doc.articles]


def test_a_flush_heading_after_a_full_last_line_is_no_rest_of_the_paragraph(clean, texts):
    assert "存在的问题" in texts(clean(FLUSH)[0], Heading)
    assert any(p.endswith("300 余项。") or p.endswith("300余项。") for p in texts(clean(FLUSH)[0], Paragraph))
