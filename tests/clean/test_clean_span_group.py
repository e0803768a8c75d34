"""A run of lines set across the columns is read against its own measure (``unwrap.span_measures``).

Snippets are real: dev texts read back by the extractors named at each.  Expected values are
what the printed page shows (the gold's structure), not the cleaner's output.
"""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.unwrap import group_lines, span_measures
from booklet.model import block_text
from booklet.readers.text import raw_lines

# news_page_county, design dangbao_four_ruled (a headline group over three of four 11-character
# columns), read by pypdf: kicker wrapped over two lines, title, ——subtitle, byline, body
COUNTY = """省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡
村振兴工作推进会上作出批示
把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城
县农业科技园区，智能温
室里番茄挂满枝头，水肥
一体化设备按照预设程序
精准滴灌。园区管委会负
责人告诉记者，园区已引
进农业科技企业43家，建
成各类科研平台17个，去
年实现总产值58亿元。
“过去种地靠经验，
现在靠数据。”种植大户
老陈指着手机上的监测画
面说，土壤湿度、光照、
温度一目了然，哪块地该
浇水、该施肥，系统都会
提醒。
"""

# chapter_footnotes_region, design journal_two_abstract (an opening paragraph over both
# 22-character columns), read by pypdfium2: its justified lines count 44 and 46 em
JOURNAL = """第三章 区域科技创新体系建设
区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重要支撑①。改革开放以
来，特别是进入新时代以来，各地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区域创
新能力显著增强。
3.1 区域科技创新体系的内涵
关于区域创新体系，学术界已有较多讨论。有
的学者从系统论出发，认为区域创新体系是
"""

# news_page_culture_weekly, design dangbao_four_ruled, read by pdfminer: a column's full lines
# spread by justification, written with a space beside every glyph (「遗 工 坊 ， 邀 …」)
SPREAD = """周六上午，城西街道
文化站的活动室里坐满了
人。剪纸艺人王桂芳把一
张红纸对折三次，剪刀在
手里转了几圈，一只昂首
的公鸡就跃然纸上，围观
的孩子们发出一阵惊叹。
今年以来，市文化和
旅游局在12个社区设立非
遗 工 坊 ， 邀 请 剪 纸 、 竹
编、面塑等项目的传承人
定 期 授 课 ， 已 累 计 开 课
260多场，参加学员4000
余人次。
"""


def _groups(text: str) -> list[str]:
    lines = to_lines(raw_lines(text))
    return ["".join(line.text for line in group.lines).replace(" ", "")
            for group in group_lines(lines, study_layout(lines))]


def test_a_spanning_headline_group_parts_from_the_body_and_into_its_elements():
    groups = _groups(COUNTY)
    assert groups[:4] == [
        "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示",
        "把园区建成现代农业的示范窗口",
        "——江城县农业科技园区建设纪实",
        "本报记者何静怡通讯员吴志强",
    ]
    assert groups[4].startswith("深秋时节，走进江城县农业科技园区")


def test_the_spanning_headline_reads_as_kicker_title_subtitle_byline(clean):
    doc, _ = clean(COUNTY)
    article = doc.articles[0]
    assert article.kicker == "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示"
    assert article.title == "把园区建成现代农业的示范窗口"
    assert article.subtitle == "——江城县农业科技园区建设纪实"
    assert (article.author or "").replace(" ", "") == "本报记者何静怡通讯员吴志强"


def test_a_spanning_paragraph_counted_a_few_em_apart_goes_on():
    groups = _groups(JOURNAL)
    assert "区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重要支撑①。改革开放以来，" \
        "特别是进入新时代以来，各地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区域创新能力显著增强。" in groups


def test_a_column_line_spread_with_spaces_is_no_spanning_line(clean):
    # as the line reaches unwrap once the letter-spaced runs are closed: 「遗工坊 ， 邀请剪纸 、 竹」
    lines = to_lines(raw_lines("遗工坊 ， 邀请剪纸 、 竹\n编、面塑等项目的传承人\n定期授课 ， 已累计开课\n"))
    assert not any(span_measures(lines, study_layout(to_lines(raw_lines(SPREAD)))))
    doc, _ = clean(SPREAD)
    texts = [block_text(b).replace(" ", "") for b in doc.articles[0].blocks]
    # the spread lines go on in their paragraph (no break before 「定期授课」)
    assert texts[-1].endswith("设立非遗工坊，邀请剪纸、竹编、面塑等项目的传承人定期授课，已累计开课260多场，参加学员4000余人次。")


# news_page_culture_weekly, design dangbao_four_ruled, read by pypdf: a 来源 line cut inside its
# date by the 11-character column, then the next item's title set large and wrapped in the column
SOURCE_OVER_TITLE = """少老人专程赶来，在当年
自己扛过粮袋的仓库里坐
下来读一会儿书。
来源：《江城日报》2026
年11月20日第7版
让老建筑
说新故事
□ 短评
城市更新不是简单的
推倒重来。给老建筑找到
"""


def test_nothing_runs_onto_the_end_of_a_wrapped_source_line():
    groups = _groups(SOURCE_OVER_TITLE)
    assert "来源：《江城日报》2026年11月20日第7版" in groups
    assert not any(g.startswith("来源") and g.endswith("让老建筑") for g in groups)
