"""A label over a compilation's item with a space before its number: 「【材料 2】」.

pdftotext sets a space between the ideographs and a number in a Latin face; the label still heads
its item's article, as 「【材料2】」 does (``shapes.LABEL_RE``).  The snippet is the dev text
compilation_materials set on an A5 book page (pdftotext), its 来源 lines taken out — without
them only the label tells where an item begins — and its labels spaced as such an extractor
writes them.
"""

from __future__ import annotations

import re

SPACED = """\
坚持以科技创新引领新质生产力发展

【材料 1】

坚持以科技创新引领新质生产力发展
发展新质生产力，关键在于以科技创新推动产业创
新。科技创新能够催生新产业、新模式、新动能，是发
展新质生产力的核心要素。必须加强科技创新特别是原
创性、颠覆性科技创新，加快实现高水平科技自立自
强，打好关键核心技术攻坚战，使原创性、颠覆性科技
创新成果竞相涌现。
要及时将科技创新成果应用到具体产业和产业链
上，改造提升传统产业，培育壮大新兴产业，布局建设
未来产业，完善现代化产业体系。传统产业不等于落后
产业，要用新技术改造提升，推动高端化、智能化、绿
色化发展。
※本文为市委党校课题组研究成果，刊发时有删
节。
【材料 2】

把握好发展新质生产力的几个关系
张建华
1

\f理论学习读本

一是把握好新质生产力与传统生产力的关系。新质
生产力是在传统生产力基础上的跃升，二者不是简单的
替代关系。发展新质生产力，不能忽视、放弃传统产
业，要防止一哄而上、泡沫化，也不要搞一种模式。
二是把握好政府与市场的关系。既要发挥市场在资
源配置中的决定性作用，也要更好发挥政府作用，在基
础研究、重大科技基础设施、共性技术平台等方面加大
投入，营造鼓励创新、宽容失败的良好环境。
三是把握好当前与长远的关系。各地要从实际出
发，先立后破、因地制宜、分类指导，根据本地的资源
禀赋、产业基础、科研条件等，有选择地推动新产业、
新模式、新动能发展。
【材料 3】

江城市出台十条措施支持企业加大研发投
入
近日，江城市出台《关于支持企业加大研发投入的
若干措施》，从研发费用补助、首台（套）产品奖励、
科技金融支持等方面提出十条具体措施。
2

\f坚持以科技创新引领新质生产力发展

根据措施，对年度研发费用增长超过20%的规模以
上工业企业，按增量部分的10%给予补助，单个企业每
年最高500万元。对企业牵头承担国家重大科技项目
的，按国家资助额的30%给予配套支持。
措施自2026年3月1日起施行，有效期三年。

3

"""
UNSPACED = re.sub(r"【材料 (\d)】", r"【材料\1】", SPACED)


def _heads(doc):
    return [(a.kicker, a.title) for a in doc.articles]


def test_a_spaced_label_heads_its_item_as_an_unspaced_one_does(clean):
    spaced, _ = clean(SPACED)
    unspaced, _ = clean(UNSPACED)
    assert _heads(spaced) == _heads(unspaced)
    assert [kicker for kicker, _ in _heads(spaced)] == ["【材料1】", "【材料2】", "【材料3】"]
