"""A 公文's closing formula and its 版记 rows, each a paragraph of its own; a list run in after its
lead-in's colon; the items of a 一是/二是 series set one a paragraph (issue 10, close26).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs and read back by the extractor named above it.  Expected values are what the
printed page shows (GB/T 9704: the closing formula 「妥否，请批示。」 is a paragraph of its own after
the body; each 版记 row opens its own line; a list run in after 「主要表现在：」 stays in its paragraph).
"""

from __future__ import annotations

from booklet.shapes import CLOSING_RE, COLOPHON_ROW_RE, short_line_role


# dev text request_qingshi_banji, design report16_flush_hei, pdftotext: the 请示 from its 文号 to the
# closing formula, whose line follows a body line that fills the measure (no indent in this design)
REQUEST_END = """江民〔2026〕47号

江城市民政局关于提高城乡最低生活保障标准
的请示
市人民政府：
为贯彻落实省政府关于进一步做好困难群众基本生活保障工作的部
署，切实保障城乡低保对象基本生活，根据全市经济社会发展水平和居
民消费价格变动情况，经测算，拟提高全市城乡最低生活保障标准。现
将有关情况请示如下：
一、现行标准和保障情况
2025年7月起，我市城市低保标准为每人每月960元，农村低保标准
为每人每月780元。截至2026年9月底，全市共有城乡低保对象2.86万
户、4.37万人，其中城市低保对象1.12万人，农村低保对象3.25万人，
全年预计发放低保金3.9亿元。
二、调整标准的依据
按照省里提出的“低保标准与当地居民人均消费支出挂钩”的要
求，城乡低保标准原则上按照上年度当地居民人均消费支出的30%左右
确定。2025年我市城镇居民人均消费支出为39760元，农村居民人均消
费支出为27580元，据此测算，城市低保标准应不低于每人每月994元，
农村低保标准应不低于每人每月690元。综合考虑城乡统筹发展要求，
建议农村标准同步提高。
三、调整方案
（一）城市低保标准由每人每月960元提高到1000元，增加40元，
增幅4.2%。
（二）农村低保标准由每人每月780元提高到830元，增加50元，增
幅6.4%。
（三）特困人员基本生活标准按照不低于当地低保标准1.3倍的规
定相应调整，城市由每人每月1248元提高到1300元，农村由每人每月
1014元提高到1079元。
（四）新标准从2027年1月1日起执行。
四、资金测算和保障
按现有保障人数测算，标准调整后全年需增加低保资金约2460万
元，增加特困人员供养资金约580万元，合计3040万元。所需资金按照
现行财政体制由市、区县两级分担，市级财政对远郊县给予适当倾斜。
妥否，请批示。
附件：1．江城市城乡低保标准调整测算表
"""


def test_closing_formula_after_a_full_line_is_its_own_paragraph(texts, clean):
    doc, _ = clean(REQUEST_END)
    out = texts(doc)
    k = out.index("妥否，请批示。")
    assert out[k - 1].startswith("按现有保障人数测算") and out[k - 1].endswith("市级财政对远郊县给予适当倾斜。")
    assert out[k + 1] == "附件：1．江城市城乡低保标准调整测算表"


# the same text in design wide_tight, read by pypdf (the whole page): every number a piece of its
# own, the formula one piece between the body's last piece and 「附件：」 / 「1」 / 「．…测算表」
REQUEST_PIECES = """江民〔
2026
〕
47
号
江城市民政局关于提高城乡最低生活保障标准的请示
市人民政府：
为贯彻落实省政府关于进一步做好困难群众基本生活保障工作的部署，切实保障城乡低保对
象基本生活，根据全市经济社会发展水平和居民消费价格变动情况，经测算，拟提高全市城乡最
低生活保障标准。现将有关情况请示如下：
一、现行标准和保障情况
2025
年
7
月起，我市城市低保标准为每人每月
960
元，农村低保标准为每人每月
780
元。
截至
2026
年
9
月底，全市共有城乡低保对象
2.86
万户、
4.37
万人，其中城市低保对象
1.12
万
人，农村低保对象
3.25
万人，全年预计发放低保金
3.9
亿元。
二、调整标准的依据
按照省里提出的“低保标准与当地居民人均消费支出挂钩”的要求，城乡低保标准原则上按
照上年度当地居民人均消费支出的
30%
左右确定。
2025
年我市城镇居民人均消费支出为
39760
元，农村居民人均消费支出为
27580
元，据此测算，城市低保标准应不低于每人每月
994
元，农
村低保标准应不低于每人每月
690
元。综合考虑城乡统筹发展要求，建议农村标准同步提高。
三、调整方案
（一）城市低保标准由每人每月
960
元提高到
1000
元，增加
40
元，增幅
4.2%
。
（二）农村低保标准由每人每月
780
元提高到
830
元，增加
50
元，增幅
6.4%
。
（三）特困人员基本生活标准按照不低于当地低保标准
1.3
倍的规定相应调整，城市由每人
每月
1248
元提高到
1300
元，农村由每人每月
1014
元提高到
1079
元。
（四）新标准从
2027
年
1
月
1
日起执行。
四、资金测算和保障
按现有保障人数测算，标准调整后全年需增加低保资金约
2460
万元，增加特困人员供养资
金约
580
万元，合计
3040
万元。所需资金按照现行财政体制由市、区县两级分担，市级财政对
远郊县给予适当倾斜。
妥否，请批示。
附件：
1
．江城市城乡低保标准调整测算表
2
．周边城市城乡低保标准情况
江城市民政局
2026
年
10
月
20
日
（联系人：社会救助处　周立新，电话：
68820517
）
抄送：市委办公室，市人大常委会办公室，市政协办公室，市财政局。
江城市民政局办公室　　　　　　　　
2026
年
10
月
20
日印发
1/1"""


def test_closing_formula_is_a_printed_line_of_its_own_among_pieces(texts, clean):
    doc, _ = clean(REQUEST_PIECES)
    out = texts(doc)
    k = out.index("妥否，请批示。")
    assert out[k - 1].endswith("市级财政对远郊县给予适当倾斜。")
    assert out[k + 1].startswith("附件：")


# dev text tongbao_safety_inspection, design report16_flush_hei, pdftotext: a lead-in fills its line
# with 「主要表现在：」 and its list runs in (「（1）…；（2）…」), item 1 brought to the next line's start
TONGBAO_RUN_IN = """江城市安全生产委员会办公室
江安委办〔2026〕23号

关于2026年第三季度安全生产明查暗访情况的
通报
各区（县）安委会，市安委会各成员单位：
为切实防范化解重大安全风险，坚决遏制较大以上生产安全事故发
生，8月至9月，市安委办组织6个检查组，采取“四不两直”方式，对
全市12个区（县）的危险化学品、建筑施工、道路交通、消防等重点行
业领域开展明查暗访。现将有关情况通报如下。
一、总体情况
本次明查暗访共检查生产经营单位236家，发现各类问题隐患917
项，其中重大事故隐患4项。截至9月30日，已整改到位842项，整改率
91.8%，其余问题正在限期整改。从检查情况看，各地各部门认真落实
安全生产责任，重点行业领域安全形势总体平稳。
二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在纸面，安全培训走过场。检查组
在某化工企业抽查8名一线操作人员，有3人不能正确说出本岗位的主要
风险和应急处置措施。
（二）隐患排查治理不彻底
一些单位隐患排查不深不细，同类问题反复出现。主要表现在：
（1）消防通道被占用、堵塞；（2）电气线路私拉乱接；（3）有限空
间作业未执行审批制度；（4）应急物资配备不足或过期失效。
（三）部门监管存在薄弱环节
"""


def test_list_run_in_after_its_lead_in_keeps_item_one(texts, clean):
    doc, _ = clean(TONGBAO_RUN_IN)
    out = texts(doc)
    assert "一些单位隐患排查不深不细，同类问题反复出现。主要表现在：（1）消防通道被占用、堵塞；（2）电气线路私拉乱接；" \
           "（3）有限空间作业未执行审批制度；（4）应急物资配备不足或过期失效。" in out
    assert out[-1] == "（三）部门监管存在薄弱环节"


# dev text jianbao_flood_season, design jianbao_two_span_ruled (19-character columns), pasted from a
# browser's viewer (a blank line after every line): the 一是/二是/三是 items one a paragraph, then the
# 版记 rows 报：/送：/发：, the printing office and the date
JIANBAO_LINES = [
    '工作简报', '第12期', '江城市水利局办公室编 2026年10月15日', '全市2026年防汛工作', '情况通报', '今年汛期，全市共经历强降雨过程9',
    '次，平均降雨量较常年偏多23%。', '在各级各部门共同努力下，全市未发生', '人员伤亡。', '现将主要情况通报如下。', '1. 责任体系压得更实。汛前，全市逐', '级明确防汛行政责任人1426名，水库、堤',
    '防、山洪灾害危险区等重点部位责任人全部', '落实到岗，并在媒体上公布。', '2. 隐患排查改得更早。4月至5月，各', '地共排查防汛隐患318处，已完成整改311', '处。其余7处均落实了临时度汛措施。', '3. 预警发布跑得更快。市气象、水文',
    '部门加强会商，累计发布暴雨预警信息46', '期，通过短信、应急广播等渠道覆盖群众', '120余万人次。', '4. 人员转移做得更细。针对7月“8·0', '2”强降雨过程，各地提前转移受威胁群众', '4820人，做到应转尽转、不漏一户、不落一',
    '人。', '5. 抢险救援准备更足。全市组建专业', '抢险队伍32支，储备编织袋、救生衣等防汛', '物资价值2100万元。', '6. 值班值守盯得更紧。主汛期全市各', '级防汛机构实行24小时领导带班和专人值班',
    '制度，累计处置险情19起，均在第一时间得', '到有效控制。', '汛期工作中也暴露出一些问题。', '一是部分山塘水库监测设施老化。', '二是个别乡镇预案针对性不强。', '三是基层抢险队伍专业化水平有待提',
    '高。', '下一步，市水利局将结合冬春水利建', '设，抓紧开展水毁工程修复，补齐监测预警', '短板，为明年安全度汛打好基础。', '报：市委办公室，市政府办公室。', '送：市防汛抗旱指挥部各成员单位。',
    '发：各区（县）水利局，局属各单位。', '江城市水利局办公室', '2026年10月15日印发', '—1—',
]
JIANBAO_PASTE = "".join(f"{line} \n\n" for line in JIANBAO_LINES)


def test_series_items_set_one_a_paragraph_stay_apart(texts, clean):
    out = texts(clean(JIANBAO_PASTE)[0])
    k = out.index("一是部分山塘水库监测设施老化。")
    assert out[k - 1] == "汛期工作中也暴露出一些问题。"
    assert out[k + 1] == "二是个别乡镇预案针对性不强。"
    assert out[k + 2] == "三是基层抢险队伍专业化水平有待提高。"


def test_colophon_rows_each_a_paragraph(texts, clean):
    out = texts(clean(JIANBAO_PASTE)[0])
    k = out.index("报：市委办公室，市政府办公室。")
    assert out[k + 1:k + 3] == ["送：市防汛抗旱指挥部各成员单位。", "发：各区（县）水利局，局属各单位。"]


def test_shapes_of_closing_formulas_and_colophon_rows():
    for formula in ("此致", "妥否，请批示。", "以上请示当否，请批示。", "特此请示。", "特此报告。", "特此通知。"):
        assert CLOSING_RE.match(formula) is not None
        assert short_line_role(formula) == "closing"
    # a formula is a whole line: a sentence that opens with its words goes on
    assert CLOSING_RE.match("特此通知各单位，请认真贯彻执行。") is None
    assert CLOSING_RE.match("妥否，请批示。附件：") is None
    for row in ("报：市委办公室，市政府办公室。", "送：市防汛抗旱指挥部各成员单位。", "抄送：市委办公室，市财政局。"):
        assert COLOPHON_ROW_RE.match(row) is not None
    # a word that merely opens on 报 or 送 is no 版记 label
    assert COLOPHON_ROW_RE.match("报告：关于…") is None
    assert COLOPHON_ROW_RE.match("送达：本人") is None
