"""A kicker (引题) with no reporting verb over a title closed by a subtitle, a byline or a dateline
(figkick65, issue 10): a kicker that states a result in figures (「…同比增长6.8%」) — ending on one
too — and a title the column wrapped onto a short second line under a kicker wider than its measure.

Snippets are real extractions: the dev text news_page_economy_figures set in daily_span_ruled and
read by pdftotext -raw, and news_page_port_economy set by ``heading_sweep.py --kind news --seed 69``
(design nw54_00, a narrow column) and read by pypdf.  Expected values are what the printed page shows:
the kicker on a line of its own near the body's size, the title set large under it.
"""

from __future__ import annotations

import pytest

from booklet.shapes import one_phrase

# news_page_economy_figures × daily_span_ruled × pdftotext -raw: the lead's kicker (a result in
# figures) over a one-line title, a ——subtitle and a byline
FIGURE_LEAD_RAW = """第1版 综合 江城日报 2026年11月20日
前三季度全市规上工业增加值同比增长6.8%
制造业高质量发展势头稳中向好
——江城市工业经济运行情况综述
本报记者 邵明哲
市统计局日前发布数据，前
三季度全市规模以上工业增加值
同比增长6.8%，高于全省平均水
平1.2个百分点。其中，装备制
造业增长11.3%，对全市工业增
长的贡献率超过四成。
走进江城经济开发区的一家
农机装备企业，总装车间里机械
臂上下翻飞，一台台拖拉机陆续
下线。企业负责人介绍，今年以
来企业订单同比增长三成，新研
发的智能播种机已销往12个省
份。
市工业和信息化局负责人表
示，下一步将围绕装备制造、新
材料、食品加工三条主导产业
链，滚动实施一批技术改造项
目，推动工业经济持续回升向
好。
全市外贸进出口总额突破1200
亿元
跨境电商成为外
贸增长新引擎
本报讯（记者 温晓岚）
记者从江城海关获悉，今年
"""

# news_page_port_economy × seed-69 nw54_00 × pypdf: the lead's kicker over a title the column wrapped
# (「江城港年内开通两条近」 / 「洋航线」), a ——subtitle, a byline
PORT_LEAD_PYPDF = """江城日报
2026
年
5
月
3
日  星期日  第
1
版
长江中游航运中心建设三年行动收官之年
江城港年内开通两条近
洋航线
——江城港集团加快建设内河枢纽港纪实
本报记者 罗文杰 通讯员 邓佳琪
11
月
26
日上午，一艘满载家电和机械配件的
集装箱船从江城港新港作业区缓缓驶离码头，经上
海洋山港中转后直达日本大阪。这是今年江城港开
通的第二条近洋航线，此前开通的江城至韩国釜山
航线已累计运送集装箱
1.8
万标箱。
走进新港作业区，远程操控室里，操作员轻点
鼠标，岸边的桥吊便将集装箱稳稳吊上货船。港口
集团负责人介绍，作业区今年完成自动化改造，单
机作业效率提高三成，船舶平均在港时间由原来的
36
小时缩短至
22
小时。
航线开起来，货源是关键。为稳定货源，港口
集团联合海关、海事等部门推出“船边直提”“抵
港直装”等便利措施，并在周边
4
个县设立无水
港，把货物集结点延伸到企业家门口。截至
10
月
"""

# the same page further on: an item's kicker over a wrapped title (「…集中挂牌运」 / 「营」) over its byline
PORT_ITEM_PYPDF = """底，江城港今年集装箱吞吐量达到
86
万标箱，同
比增长
14.2%
。
下一步，江城港将加快推进三期码头建设，力
争到
2027
年形成年吞吐量
150
万标箱的能力，更
好服务长江中游地区外贸企业“买全球、卖全
球”。
全市新型农业经营主体培育工程首批试点
百家示范家庭农场集中挂牌运
营
本报记者 孟凡宇
近日，全市首批
100
家示范家庭农场集中挂
牌。这些农场平均经营耕地面积
320
亩，主要种植
水稻、油菜和蔬菜，去年户均纯收入达到
28
万
元。市农业农村局将为挂牌农场提供贷款贴息、农
机购置补贴和技术指导等支持。
“挂了牌，心里更有底了。”青石镇种粮大户
陈国强说，有了示范农场的牌子，银行授信额度从
30
万元提高到了
80
万元，今年新添的两台收割机
"""

# news_page_economy_figures × jianbao_wide_narrow × pypdf: a 简报's wide column, the lead's kicker ending
# on its figure 「6.8%」 (narrower than the title a column could hold, so its phrase must end) over a title
FIGURE_END_PYPDF = """工作动态
2026年第23期
前三季度全市规上工业增加值同比增长6.8%
制造业高质量发展势头稳中向好
——江城市工业经济运行情况综述
本报记者 邵明哲
市统计局日前发布数据，前三季度全市规模以上工业
增加值同比增长6.8%，高于全省平均水平1.2个百分点。其
中，装备制造业增长11.3%，对全市工业增长的贡献率超过
四成。
走进江城经济开发区的一家农机装备企业，总装车间
里机械臂上下翻飞，一台台拖拉机陆续下线。企业负责人
介绍，今年以来企业订单同比增长三成，新研发的智能播
种机已销往12个省份。
市工业和信息化局负责人表示，下一步将围绕装备制
造、新材料、食品加工三条主导产业链，滚动实施一批技
术改造项目，推动工业经济持续回升向好。
全市外贸进出口总额突破
1200亿元
跨境电商成为外贸增长
新引擎
本报讯（记者 温晓岚）
"""


def _heads(doc):
    """The document's kickers, titles and headings, as printed (spaces the join kept dropped)."""
    from booklet.model import Heading, block_text
    out = [h for a in doc.articles for h in (a.kicker or "", a.title or "")]
    out += [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    return [h.replace(" ", "") for h in out if h]


@pytest.mark.parametrize("text", [FIGURE_LEAD_RAW, FIGURE_END_PYPDF])
def test_kicker_stating_a_figure_is_apart(clean, text):
    doc, _ = clean(text)
    heads = _heads(doc)
    assert "前三季度全市规上工业增加值同比增长6.8%" in heads
    assert "制造业高质量发展势头稳中向好" in heads


def test_a_figure_closed_by_its_sign_waits_for_nothing():
    from booklet.clean.setoff import stops_in_phrase
    assert not stops_in_phrase("前三季度全市规上工业增加值同比增长6.8%", "制造业高质量发展势头稳中向好")
    assert stops_in_phrase("全镇建成污水处理设施38", "处")  # a bare numeral waits for its measure word


@pytest.mark.parametrize("text, kicker, title", [
    (PORT_LEAD_PYPDF, "长江中游航运中心建设三年行动收官之年", "江城港年内开通两条近洋航线"),
    (PORT_ITEM_PYPDF, "全市新型农业经营主体培育工程首批试点", "百家示范家庭农场集中挂牌运营"),
])
def test_kicker_over_a_wrapped_title_is_apart(clean, text, kicker, title):
    doc, _ = clean(text)
    heads = _heads(doc)
    assert kicker in heads and title in heads
    assert kicker + title not in heads


def test_a_figure_is_a_word_of_the_phrase_an_ordinal_is_not():
    assert one_phrase("前三季度全市规上工业增加值同比增长6.8%")
    assert one_phrase("全市外贸进出口总额突破1200亿元")
    # a page band's 「第1版」 rejoined to a title's first line by an extractor's runs
    assert not one_phrase("综合新闻第1版锤炼过硬作风")
    assert not one_phrase("共建文明城市 共享美好家园")
