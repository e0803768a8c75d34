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


# Plain pdftotext on a 简报 of two measures (dev text ``jianbao_flood_season``, design
# ``jianbao_wide_narrow``): its first page set in the 12-character column, its second page in the
# 25-character one.  The narrow column holds most lines, so the file's commonest measure is 12 and
# the wide page's lines all ran past it: the file was read as not wrapped.
NARROW_THEN_WIDE = """今年汛期，全市共经历

江城市水利局办公室编 2026年10月15日

强降雨过程9次，平均降雨
量较常年偏多23%。
在各级各部门共同努力
下，全市未发生人员伤亡。
现将主要情况通报如
下。
1. 责任体系压得更
实。汛前，全市逐级明确防
汛行政责任人1426名，水
库、堤防、山洪灾害危险区
等重点部位责任人全部落实
到岗，并在媒体上公布。
2. 隐患排查改得更
早。4月至5月，各地共排查
防汛隐患318处，已完成整
改311处。其余7处均落实了
临时度汛措施。
3. 预警发布跑得更
快。市气象、水文部门加强
会商，累计发布暴雨预警信
息46期，通过短信、应急广
播等渠道覆盖群众120余万
人次。
4. 人员转移做得更
细。针对7月“8·02”强降
雨过程，各地提前转移受威
胁群众4820人，做到应转尽
转、不漏一户、不落一人。
5. 抢险救援准备更
足。全市组建专业抢险队伍
32支，储备编织袋、救生衣
等防汛物资价值2100万元。
6. 值班值守盯得更

—1—

工作动态

2026年第23期

紧。主汛期全市各级防汛机构实行24小时领导带班和专人
值班制度，累计处置险情19起，均在第一时间得到有效控
制。
汛期工作中也暴露出一些问题。
一是部分山塘水库监测设施老化。
二是个别乡镇预案针对性不强。
三是基层抢险队伍专业化水平有待提高。
下一步，市水利局将结合冬春水利建设，抓紧开展水
毁工程修复，补齐监测预警短板，为明年安全度汛打好基
础。
报：市委办公室，市政府办公室。
送：市防汛抗旱指挥部各成员单位。
发：各区（县）水利局，局属各单位。
江城市水利局办公室
2026年10月15日印发

—2—
"""


def test_a_wider_column_after_a_narrow_one_sets_the_files_measure():
    layout = study_layout(to_lines(raw_lines(NARROW_THEN_WIDE, None)))
    assert layout.wrapped
    assert 24 <= layout.measure <= 26
    assert any(11 <= m <= 13 for _, m in layout.regions)


def test_the_wide_pages_short_lines_end_their_paragraphs(texts, clean):
    doc, _ = clean(NARROW_THEN_WIDE)
    paras = texts(doc, Paragraph)
    for gold in ("汛期工作中也暴露出一些问题。", "一是部分山塘水库监测设施老化。", "二是个别乡镇预案针对性不强。",
                 "下一步，市水利局将结合冬春水利建设，抓紧开展水毁工程修复，补齐监测预警短板，为明年安全度汛打好基础。"):
        assert gold in paras


# Plain pdftotext on a news page in the same design (dev text ``news_page_city_briefs``), whole: the
# cleaner reads the narrow column's feature (「在江城区政务服务中…」) before the wide column's lead,
# so the narrow stretch's lines are not one range of line numbers, and among them stand the lead's
# headline lines, a mark or two wider than the column's.
BRIEFS_PAGE = """工作动态

2026年第23期

市政府常务会议研究部署今冬明春重点工作强调

小切口解决大问题

抓早抓实民生实事 确保群众温

一张“明白卡”让办事少

暖过冬

跑腿
——江城区推行政务服务
“一次告知”见闻

本报记者 郑小川
11月25日，市政府召开常务会议，研究部署今冬明春
供暖保障、物资供应和安全生产等重点工作。
会议指出，入冬以来，全市天然气供应总体平稳，但
寒潮天气可能带来用气高峰。各有关部门要加强监测预
警，提前做好应急气源储备，确保居民用气不断供、不降
压。
会议要求，要抓好蔬菜、肉类等重要民生商品保供稳
价，加大对困难群众的走访慰问力度，切实把党和政府的
温暖送到群众心坎上。

本报记者 田思远 通讯员
韩冰
在江城区政务服务中
心，每个窗口都摆着一摞彩
色卡片。卡片正面印着办事
所需材料清单，背面是二维
码，扫码就能看到填表 示
范。
“以前来办营业执照，
材料总是差一两样，来回跑
了好几趟。”个体经营户刘
女士说，“现在拿着这 张
卡，一次就办成了。”
市民在政务服务中心窗口领取
办事“明白卡”。 本报记者
田思远/摄

据了解，江城区已梳理
高频事项186项，全部制作
“明白卡”，群众一次办结
率由82%提高到97%。

全市首个社区“共享工
具间”开放
本报讯（记者 周婷 通讯员
邱明）
近日，东湖街道青石社
区“共享工具间”正式 开
放。居民凭借社区积分，可
免费借用电钻、梯子、缝纫
机等40余种工具。
—1—

工作动态

2026年第23期

社区党委书记介绍，工具由辖区单位和居民捐赠，志愿者
负责登记和维护，开放一周已借出工具120余件次。
居民在“共享工具间”借用工具。 通讯员 邱明/摄

江城高铁站新增6对始发列车
本报讯
记者从铁路部门获悉，自12月1日起，江城高铁站新增
6对始发列车，通达省会及周边主要城市。铁路部门提醒旅
客提前通过官方渠道购票。
来源：《江城日报》2026年11月26日第2版

—2—


"""


def test_a_narrow_stretch_read_out_of_its_written_order_keeps_its_measure(texts, clean):
    doc, _ = clean(BRIEFS_PAGE)
    paras = texts(doc, Paragraph)
    assert "在江城区政务服务中心，每个窗口都摆着一摞彩色卡片。卡片正面印着办事所需材料清单，背面是二维码，" \
           "扫码就能看到填表示范。" in paras
    assert "据了解，江城区已梳理高频事项186项，全部制作“明白卡”，群众一次办结率由82%提高到97%。" in paras
    assert not any(h.startswith("在江城区") or h.startswith("据了解") for h in texts(doc, Heading))
