"""Cleaning speed (branch speed55): ``order._height_split`` scores each join of two written blocks once.

The split by height keeps a beam of splits of a page's written blocks into columns; each split it
grows asks the join of a column's last block into the next block (``_stream_join`` and the item
grammar's clash), and the splits in the beam share most of their joins: on the six column texts of
``benchmarks/clean.py --columns`` the beam asked 20 071 joins of 310 pairs, a fifth of those texts'
cleaning time.  A join depends on the two blocks alone, so it is scored once and kept for the page.

The page is real: the dev text interview_rural_revitalization set in the dev design
two_columns_hanging and read by pdfminer (the dev case's input, as ``benchmarks/data/columns`` holds it).
"""

from __future__ import annotations

from collections import Counter

from booklet.clean import order

PAGE = """\
理论周刊

2026年5月12日  星期二

答：主要靠合作社和龙头企业带动。
比如在南岭镇，蓝莓合作社统一供苗、
统一技术、统一收购，农户只管按标准种。
去年入社的312户，户均增收1.4万元。

记者：会不会出现企业赚大头、农民赚

小头的情况？

答：会有这个风险，所以利益联结机制

一定要实。

我们推广“保底收益＋按股分红”的办
法，并把带农增收情况作为财政补助的前置
条件。带动农户少、联结不紧的，不能享受
扶持政策。

记者：明年有什么新打算？
答：三件事。
一是抓品牌，重点培育5个区域公用品
牌；二是抓人才，每年培训高素质农民3000
人以上；三是抓数字化，推动农产品电商销
售额再增长两成。

记者：最后，您想对基层干部说点什么？
答：产业发展没有捷径，要一年接着一

年干。

只要方向对了，坚持下去，就一定能见

到成效。
来源：《江城理论周刊》2026年第44期

高端访谈

让农民在产业发展中得到
更多实惠
——访江城市农业农村局主要负责同志

本刊记者 孙雅琴

编者按：今年以来，江城市把发展乡村
特色产业作为乡村振兴的重要抓手，全市农
村居民人均可支配收入增速连续三个季度高
于城镇居民。围绕产业发展中的新情况新问
题，本刊记者采访了市农业农村局主要负责
同志。

记者：今年全市乡村产业发展总体情况

怎么样？

答：总的看，态势是好的。前三季度，
全市农产品加工业产值同比增长9.6%，休闲
农业和乡村旅游接待游客1800多万人次。

更重要的是，产业结构在变。过去是
“卖原料”，现在越来越多的村子开始“卖
产品”“卖服务”。

记者：您多次提到“把增值收益留在农

村”，这句话具体怎么理解？

答：简单说，就是产业链条要尽量往村

里延伸。

一斤鲜茶叶卖给外地收购商，农民只能
拿到十几块钱；在村里建起初制加工厂，做
成干茶再卖，每斤能多出几十块。加工环节
留在本地，就业岗位和税收也就留在了本地。
这两年，我们支持有条件的村建设产地
初加工设施，全市新增冷库、烘干房等设施
260多处。

记者：有人担心，村里搞产业容易一哄

而上，最后卖不出去。

答：这个担心是有道理的。
我们的办法是“先有市场，再上项目”。

村里报项目，先要说清楚卖给谁、怎么卖。
没有订单、没有销售渠道的，原则上不予支
持。

另外，我们鼓励村与村联合，一个乡镇
集中发展一两个主导产业，避免同质化竞争。
记者：那么小农户怎么参与进来？

1

"""


def test_the_height_split_scores_each_join_once(clean, texts, monkeypatch):
    asked: Counter[tuple[int, int]] = Counter()
    split = order._height_split
    stream_join = order._stream_join

    def counted(x, y, *args, **kwargs):
        asked[id(x), id(y)] += 1
        return stream_join(x, y, *args, **kwargs)

    def seen(page, *args, **kwargs):
        seen.pages += 1
        return split(page, *args, **kwargs)
    seen.pages = 0
    monkeypatch.setattr(order, "_stream_join", counted)
    monkeypatch.setattr(order, "_height_split", seen)
    blocks = texts(clean(PAGE)[0])
    assert seen.pages == 1 and asked and max(asked.values()) == 1
    assert any(text.startswith("答：总的看，态势是好的。") for text in blocks)
