"""宽窄栏: a page set in two measures, read by extractors that keep the reading order.

The snippet is real: dev text ``news_page_county`` set in the design ``jianbao_wide_narrow`` (a
25-character column beside a 12-character one, the lead in the wide column, the briefs and the
commentary in the narrow one) and read back by pypdf.  The narrow column's full lines are half the
wide measure: judged against the file's measure they would each end a paragraph.
"""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines


WIDE_THEN_NARROW = """深秋时节，走进江城县农业科技园区，智能温室里番
茄挂满枝头，水肥一体化设备按照预设程序精准滴灌。园
区管委会负责人告诉记者，园区已引进农业科技企业43
家，建成各类科研平台17个，去年实现总产值58亿元。
“过去种地靠经验，现在靠数据。”种植大户老陈指
着手机上的监测画面说，土壤湿度、光照、温度一目了
然，哪块地该浇水、该施肥，系统都会提醒。
园区建设过程中，县里与省农科院、农业大学共建3个
专家工作站，每年组织技术培训60余场次，带动周边农户
1.2万户增收。下一步，园区将重点发展种业研发、智慧农
业和农产品精深加工，力争三年内总产值突破百亿元。
县城新增3条公交线路
本报讯（记者 马晓东）
10月28日起，县城新开
通3条公交线路，覆盖城东
新区、高铁站和工业园区等
区域。新线路全部采用新能
源公交车，首末班时间分别
为6时30分和20时30分，票
价统一为1元。
让科技之花开在田间地
头
□ 本报评论员
农业现代化，关键是农
业科技现代化。园区的实践
表明，只要把科技力量引到
田间地头，把农民培养成懂
技术、会经营的新农人，传
统农业就能焕发新的生机。
推动农业科技进步，既
要“顶天”，在关键核心技
术上攻关突破；也要“立
地”，让先进适用技术真正
进村入户。各级各部门要在
完善科技服务体系上多下功
夫，让更多农民共享科技进
步的成果。
"""


def test_narrow_stretch_has_its_own_measure():
    layout = study_layout(to_lines(raw_lines(WIDE_THEN_NARROW, None)))
    assert layout.wrapped
    assert 24 <= layout.measure <= 26
    narrow = [m for _, m in layout.regions if m < layout.measure]
    assert narrow and all(11 <= m <= 13 for m in narrow)


def test_narrow_column_lines_run_on_in_their_paragraph(texts, clean):
    doc, _ = clean(WIDE_THEN_NARROW)
    paras = texts(doc, Paragraph)
    assert "10月28日起，县城新开通3条公交线路，覆盖城东新区、高铁站和工业园区等区域。新线路全部采用新能源公交车，" \
           "首末班时间分别为6时30分和20时30分，票价统一为1元。" in paras
    assert any(p.startswith("农业现代化，关键是农业科技现代化。") for p in paras)
    assert not any(p.startswith("区域。") or p.startswith("业科技现代化") or p.startswith("表明，") for p in paras)
