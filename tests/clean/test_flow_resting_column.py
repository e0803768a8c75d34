"""A column whose last line closed a news item rests (``flow._resting``, ``REST_ROUNDS``): on a page written
in rows and dealt into three columns, once it has let a round of rows pass without a line it takes no turn,
and the rows go to the columns still running.

The snippet is the foot of pdfplumber's reading of the dev case ``news_page_district_livelihood`` set in
``zhoumo_picture_across`` (lines 41–78 of the input): the library brief ends on its 来源 line
(「来源：《江北时报》2026年12月2日」) while the two other columns go on under the picture's caption.  Without
the rest the turn still falls to the ended column, and the canteen story's 「端着餐盘，找了个靠窗的位置坐下。」
is dealt under 「改造不仅让小区“面子”变新，」, tearing both sentences apart.
"""

from __future__ import annotations

from booklet.clean import flow
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

PAGE = """\
纺机新村建于上世纪八十年代， 11月28日上午，随着一只满载机 居民家门口的“幸福驿站”。
共有住宅楼18幢、居民860余户，管 电产品的集装箱吊上“江远16”号货
网老化、道路破损、停车困难等问题 轮，江城港今年集装箱吞吐量突破 江城马拉松12月14日鸣
长期困扰着居民。今年3月，小区被 100万标准箱，较去年提前一个月实
枪开跑
列入区级改造计划。改造之前，街道 现这一目标，创历史新高。
和社区先后召开居民议事会11场，逐 今年以来，江城港新开通至沿海 本报讯（记者 赵航）
户发放意见征询表，把群众提出的 主要港口的内贸航线5条，“水铁联 记者从市体育局获悉，2026江城
127条意见建议梳理成“问题清单”， 运”班列由每周3列增加到每周7列。 马拉松将于12月14日7时30分在市民
再据此确定改造内容。 港口集团还上线了智慧调度系统，船 广场鸣枪开跑。本届赛事设全程马拉
“改什么、怎么改，由居民说了 舶平均在港时间缩短近四分之一，为 松、半程马拉松和健康跑三个项目，
算。”江北区住房和城乡建设局相关 周边企业节约物流成本约1.2亿元。 共有来自国内外的2.5万名跑者参赛。
负责人介绍，今年全区42个改造项目 比赛当天，赛道沿线部分道路将实行
社区食堂开到家门口
全部实行“居民点单、政府派单、企 临时交通管制，请市民提前规划出行
业接单”，雨污分流、管线入地、加 路线。
本报记者 刘佳音
装电梯、增设充电桩等群众最急最盼
“一荤两素一汤，只要十二块钱，
市图书馆延长夜间开放
的事项被优先安排，改造资金中有近
八十岁以上老人还能再打八折。”中
三成用于“里子”工程。
时间
本报讯
从12月1日起，市图书馆自习区
和少儿阅览区每天开放至21时30分，
周末及法定节假日照常开放。读者可
通过图书馆微信公众号预约座位。
来源：《江北时报》2026年12月2日
纺机新村居民在改造后的小广场上休闲健身。 本报记者 孙晓岚/摄
第3版
改造不仅让小区“面子”变新，
午十一点，城南街道桂园社区的“邻
更让管理“里子”变实。纺机新村在
里食堂”里，72岁的独居老人高德明
改造完成后引入了物业服务，成立了
端着餐盘，找了个靠窗的位置坐下。
"""


def test_running_columns_keep_their_sentences_after_another_column_ended_its_item(flowed):
    out = flowed(PAGE)
    k = out.index("里食堂”里，72岁的独居老人高德明")
    assert out[k + 1] == "端着餐盘，找了个靠窗的位置坐下。"
    k = out.index("改造不仅让小区“面子”变新，")
    assert out[k + 1] == "更让管理“里子”变实。纺机新村在"


def test_only_an_items_closer_rests_a_column_after_a_round_of_three():
    closer, = to_lines(raw_lines("来源：《江北时报》2026年12月2日"))
    paragraph_end, = to_lines(raw_lines("通过图书馆微信公众号预约座位。"))
    assert flow._resting(closer, 4, 3)
    assert not flow._resting(closer, 3, 3)   # (within a round the column may still go on)
    assert not flow._resting(paragraph_end, 4, 3)   # (a paragraph's end: the next follows)
    assert not flow._resting(closer, 5, 2)   # (two dealt columns may hold three true ones)
    cut, = to_lines(raw_lines("（作者单位：江城市民政局"))   # (test_flow_pages: the unit goes on in the next line)
    assert not flow._resting(cut, 6, 3)
