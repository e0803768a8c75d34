"""A kicker (引题) with no reporting verb, a phrase wider in characters than the one-line title under
it, the title closed by a subtitle or a byline (kick64, issue 10).

Snippets are real: kick64's dev news texts set by ``heading_sweep.py --kind news --seed 64`` and read
back by the extractors named.  Expected values are what the printed page shows: the kicker set near
the body's size on a line of its own, the title set large on its own line under it.
"""

from __future__ import annotations

# news_page_port_economy, design nw54_00 (two columns of 21), read by pypdf: the lead's head at the
# text's start — kicker (18), title (13), ——subtitle, byline
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
江城港年内开通两条近洋航线
——江城港集团加快建设内河枢纽港纪实
本报记者 罗文杰 通讯员 邓佳琪
11
月
26
日上午，一艘满载家电和机械配件
的集装箱船从江城港新港作业区缓缓驶离码头，
经上海洋山港中转后直达日本大阪。这是今年江
城港开通的第二条近洋航线，此前开通的江城至
韩国釜山航线已累计运送集装箱
1.8
万标箱。
走进新港作业区，远程操控室里，操作员轻
点鼠标，岸边的桥吊便将集装箱稳稳吊上货船。
港口集团负责人介绍，作业区今年完成自动化改
造，单机作业效率提高三成，船舶平均在港时间
由原来的
36
小时缩短至
22
小时。
航线开起来，货源是关键。为稳定货源，港
口集团联合海关、海事等部门推出“船边直提”
“抵港直装”等便利措施，并在周边
4
个县设立
无水港，把货物集结点延伸到企业家门口。截至
10
月底，江城港今年集装箱吞吐量达到
"""

# the same page read by pdftotext (the columns of the body interleaved under the head)
PORT_LEAD_PDFTOTEXT = """江城日报

2026 年 5 月 3 日 星期日 第 1 版

长江中游航运中心建设三年行动收官之年

江城港年内开通两条近洋航线
——江城港集团加快建设内河枢纽港纪实
本报记者 罗文杰 通讯员 邓佳琪
11 月 26 日上午，一艘满载家电和机械配件
前三季度全市经济运行稳中向好
的集装箱船从江城港新港作业区缓缓驶离码头，
本报讯（记者 宋雨桐）
经上海洋山港中转后直达日本大阪。这是今年江
11 月 25 日，市政府新闻办召开新闻发布会。
城港开通的第二条近洋航线，此前开通的江城至
市统计局负责人介绍，前三季度全市实现地区生
韩国釜山航线已累计运送集装箱 1.8 万标箱。
走进新港作业区，远程操控室里，操作员轻 产总值 2856 亿元，同比增长 5.8%；规模以上工
点鼠标，岸边的桥吊便将集装箱稳稳吊上货船。 业增加值增长 7.1%，社会消费品零售总额增长
港口集团负责人介绍，作业区今年完成自动化改 6.3%。
该负责人表示，从主要指标看，全市经济延
造，单机作业效率提高三成，船舶平均在港时间
续回升向好态势，新动能加快成长，高技术制造
由原来的 36 小时缩短至 22 小时。
航线开起来，货源是关键。为稳定货源，港 业增加值占规上工业比重提高到 18.6%。
口集团联合海关、海事等部门推出“船边直提”
“抵港直装”等便利措施，并在周边 4 个县设立
全市一般公共预算收入连续十个月保
无水港，把货物集结点延伸到企业家门口。截至
持正增长
10 月底，江城港今年集装箱吞吐量达到 86 万标
箱，同比增长 14.2%。
本报讯（记者 宋雨桐 通讯员 胡敏）
"""

# news_page_rural_environment, design nw54_00, read by pypdf: mid-page, after a long paragraph, a
# kicker (17) over a title (12) over its byline
RURAL_ITEM_PYPDF = """6
个服务小分队，深
入各乡镇田间地头，指导农户选用良种、适墒播
种、科学施肥。截至
11
月
20
日，全县已完成小
麦播种
41.6
万亩，占计划面积的九成以上。
县政务服务中心负责人表示
年底前实现高频事项跨省通办
本报讯（记者 田思远）
记者从县政务服务中心了解到，县里已梳理
出户籍迁移、社保转移、医保备案等
112
项高频
事项，年底前将全部实现跨省通办，群众在外地
也能办理老家的事项。
全县农村供水保障工程建设推进现场会
山区群众喝上了安全放心水
本报记者 田思远 通讯员 何晓
在龙潭乡高山村，村民李大爷拧开水龙头，
清澈的自来水哗哗流出。“以前吃水要到山下挑，
遇上干旱还要排队。”今年，县里投资
1.2
亿元
实施农村供水保障工程，新建水厂
3
座、改造管
"""

# the same text, design nw54_01 (four columns of 10), read by pdftotext: a title set large on two
# lines of a narrow column, its first line ending on 成为 (a verb waiting for its object) over a
# byline — one title, no kicker
RURAL_COMMENT_PDFTOTEXT = """和带教，县里的疑难病
人可以通过绿色通道转
诊。

年底前实现高频
事项跨省通办
本报讯（记者 田思
远）
记者从县政务服务
中心了解到，县里已梳
理出户籍迁移、社保转
移、医保备案等 112 项
高频事项，年底前将全
部实现跨省通办，群众
在外地也能办理老家的
事项。

让干净整洁成为
乡村的常态
□ 本报评论员
人居环境整治不是
一阵风，贵在坚持、重
在长效。一些地方整治
时轰轰烈烈，过后又回
到老样子，根子在于没
有建立起常态化的管护
机制。
青石镇的做法启示
我们，既要政府推动，
更要群众参与，把村民
从“旁观者”变成“参
"""


def _heads(doc):
    from booklet.model import Heading
    out = []
    for a in doc.articles:
        out += [a.kicker or "", a.title or ""]
    return [h.replace(" ", "") for h in out + [h for h in _texts(doc, Heading)] if h]


def _texts(doc, kind):
    from booklet.model import block_text
    return [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, kind)]


def test_lead_kicker_over_title_and_subtitle_is_apart(clean):
    for text in (PORT_LEAD_PYPDF, PORT_LEAD_PDFTOTEXT):
        doc, _ = clean(text)
        heads = _heads(doc)
        assert "长江中游航运中心建设三年行动收官之年江城港年内开通两条近洋航线" not in heads
        assert "长江中游航运中心建设三年行动收官之年" in heads
        assert "江城港年内开通两条近洋航线" in heads


def test_item_kicker_over_title_and_byline_is_apart(clean):
    doc, _ = clean(RURAL_ITEM_PYPDF)
    heads = _heads(doc)
    assert "全县农村供水保障工程建设推进现场会山区群众喝上了安全放心水" not in heads
    assert "全县农村供水保障工程建设推进现场会" in heads
    assert "山区群众喝上了安全放心水" in heads


def test_title_of_two_lines_ending_on_a_verb_stays_one(clean):
    doc, _ = clean(RURAL_COMMENT_PDFTOTEXT)
    heads = _heads(doc)
    assert "让干净整洁成为乡村的常态" in heads
    assert "让干净整洁成为" not in heads


def test_phrase_over_closed_title_reads_words_by_width():
    from booklet.clean.headlines import _phrase_over_closed_title
    # a phrase at the body's share of a 21-character column over a narrower title: a kicker, though
    # the dictionary tags its last word a verb or a numeral
    assert _phrase_over_closed_title("江北临港产业园新一轮招商引资项目集中签约", ["二十三个项目集中落户江北"], 21)
    assert _phrase_over_closed_title("长江中游航运中心建设三年行动收官之年", ["江城港年内开通两条近洋航线"], 21)
    # a title's first line cut inside a word (保 / 持) is no kicker, however wide
    assert not _phrase_over_closed_title("全市一般公共预算收入连续十个月保", ["持正增长"], 16)
    # narrower than the body's share: a title's first line set large may end on a verb
    assert not _phrase_over_closed_title("让干净整洁成为", ["乡村的常态"], 10)
    # … or no wider than a title set in the column could be: a title wrapped where a word ended
    assert not _phrase_over_closed_title("百家示范家庭农场", ["集中挂牌运营"], 13)
    # a one-line kicker short of the body's share in a wide column, ending a phrase
    assert _phrase_over_closed_title("县农业农村局开展秋冬种技术服务", ["专家团队下田指导小麦播种"], 21)
    # a two-part title's parts are of like length; a clause mark or a space is no kicker's
    assert not _phrase_over_closed_title("凝心聚力抓落实", ["奋力开创新局面"], 12)
    assert not _phrase_over_closed_title("共建文明城市，共享美好家园", ["全市动员大会召开"], 12)
    # a line opening on a word bound to the one before is the rest of one title (dev texts
    # survey_report_tables and article_theory_abstract_refs, their titles over the byline)
    assert not _phrase_over_closed_title("关于全市社区嵌入式养老服务设施运行情况", ["的调研报告"], 25)
    assert not _phrase_over_closed_title("新时代基层治理数字化转型", ["的实践逻辑与推进路径"], 16)


def test_byline_with_a_source_credit_is_a_byline():
    from booklet.shapes import looks_like_byline, reporters_byline
    assert reporters_byline("本报记者 范文静（来源：江城发布）")
    assert looks_like_byline("本报记者 范文静（来源：江城发布）")
    assert not looks_like_byline("本报记者 范文静（来源")
