"""A kicker over a title that wrapped, read as one set-in heading (issue 10, branch news54).

On a newspaper page the headline block is set centred: a kicker (引题) near the body's size, then
the title larger, wrapped at its own measure.  In an extraction without positions the kicker
「小切口解决大问题」 (8 characters) stands over the title's full first line 「一张“明白卡”让办事」
(10) and its rest 「少跑腿」; ``unwrap`` may read the two first lines as a 小标题 set in like the
paragraphs (its first line indented, the rest from the margin two characters wider) and join the
three.  A headline is never set in: a title's first line is its widest, so a first line clearly
narrower than a title line that wrapped is an element of its own (``headlines._short_over_wrapped``).

The snippet is real: news_page_city_briefs set in design nw54_00 of the news sweep
(``tests/eval/heading_sweep.py --kind news --seed 54``: two 17-character columns, the headlines
in synthetic bold at 1.6×) and read back by pypdfium2.  Expected values are what a reader of the
printed page sees.
"""

from __future__ import annotations

# news_page_city_briefs × nw54_00 × pypdfium2: the second item's headline block
PAGE = """\
江城晚报 城事 2026年5月3日 A1
市政府常务会议研究部署今冬明春重点工作强调
抓早抓实民生实事 确保群众温暖过冬
本报记者 郑小川
11月25日，市政府召开常务
会议，研究部署今冬明春供暖保
障、物资供应和安全生产等重点
工作。
会议指出，入冬以来，全市
天然气供应总体平稳，但寒潮天
气可能带来用气高峰。各有关部
门要加强监测预警，提前做好应
急气源储备，确保居民用气不断
供、不降压。
会议要求，要抓好蔬菜、肉
类等重要民生商品保供稳价，加
大对困难群众的走访慰问力度，
切实把党和政府的温暖送到群众
心坎上。
小切口解决大问题
一张“明白卡”让办事
少跑腿
——江城区推行政务服务“一
次告知”见闻
本报记者 田思远 通讯员 韩冰
在江城区政务服务中心，每
个窗口都摆着一摞彩色卡片。卡
片正面印着办事所需材料清单，
背面是二维码，扫码就能看到填
表示范。
“以前来办营业执照，材料
总是差一两样，来回跑了好几
趟。”个体经营户刘女士说，
“现在拿着这张卡，一次就办成
了。”
市民在政务服务中心窗口领取办事
“明白卡”。 本报记者 田思远/摄
据了解，江城区已梳理高频
事项186项，全部制作“明白
卡”，群众一次办结率由82%提
高到97%。
全市首个社区“共享工
具间”开放
本报讯（记者 周婷 通讯员 邱
明）
"""


def _headlines(doc) -> list[tuple[str, str]]:
    return [(a.kicker, a.title) for a in doc.articles]


def test_a_kicker_over_a_wrapped_title_is_read_apart(clean):
    doc, _ = clean(PAGE)
    assert ("小切口解决大问题", "一张“明白卡”让办事少跑腿") in _headlines(doc)


def test_a_wrapped_title_alone_stays_one_title(clean):
    # no kicker over it: the title's first line is its widest, the rest its tail
    doc, _ = clean(PAGE.replace("小切口解决大问题\n", ""))
    assert ("", "一张“明白卡”让办事少跑腿") in [(k or "", t) for k, t in _headlines(doc)]
