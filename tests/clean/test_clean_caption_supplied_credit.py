"""A photo's caption credited to the body that supplied it closes its caption (issue 10, branch order52).

A news page credits a photo it did not take to whoever supplied it, set apart after the caption's
stop: 「石门乡岭下村村民在整修灌溉渠道。 县水利局供图」, as 「…/摄」 credits a photographer.  Read as prose,
the line ended on a character and as wide as the column, so it was cut inside a sentence
(``turn.cut_at_measure``): a caption over the next item's headline then broke the page's item grammar
(``order._columned_loose``), and a page pasted in reading order had its blocks moved.  The credit
(``shapes.CREDIT_RE``) ends the caption wherever the line stops.

The snippet is real: the dev text ``briefs_county_work_digest`` set in the design
``zhoumo_picture_across`` and written in reading order by the ``realstyle`` variant
(``tests/eval/extract.py``) — the whole text, as the page's order is weighed on the whole page.
"""

from __future__ import annotations

from booklet.shapes import CREDIT_RE

# briefs_county_work_digest × zhoumo_picture_across × realstyle: the whole text.
DIGEST = """\
 周末·城乡      第 1 版  2026 年 12 月 5 日 

抓好冬春农田水利建设 夯实明年

粮食丰收基础 

全县冬修水利工

程全面开工 

——首批 38 个项目完成投资 1.6 亿

元 

县水利局 县农业农村局 

11 月以来，我县抢抓秋收后农田

空闲、降雨偏少的有利时机，组织开

展冬春农田水利基本建设。截至 11 月

30 日，全县首批 38 个冬修水利项目已

全部开工，完成投资 1.6 亿元，占年

度计划的 41%。 

今年的冬修水利突出“补短板、

强弱项”，重点实施小型水库除险加

固、灌区渠系配套、山塘清淤整治和

高标准农田建设四类工程。各乡镇坚

持“先急后缓、先易后难”，优先安

排群众反映强烈、影响灌溉的薄弱环

节，计划新增和恢复灌溉面积 3.2 万

亩。 

为确保工程质量，县里组建了由

水利、农业、财政等部门技术骨干组

成的 4 个督导组，实行“一周一调度、

半月一通报”，对进度滞后的项目及

时约谈提醒。各项目全面推行“村民

质量监督员”制度，请群众当好工程

建设的“监理员”。 

冬修水利是为群众办实事、

为来年打基础的大事，要把好事

办好、实事办实，决不能搞形式、

走过场。 

县委主要负责同志在检查工作时

强调，要把冬修水利与乡村建设、人

居环境整治结合起来，统筹用好各类

资金，力争明年汛前全面完工、发挥

效益。 

石门乡岭下村村民在整修灌溉渠道。 县水利局供图 

青石镇“共富工坊”带动四

百余人就近就业 

（青石镇人民政府供稿） 

青石镇依托竹编、茶叶等特色产

业，在村党群服务中心和闲置厂房建

起“共富工坊”9 个，企业下单、工

坊接单、群众在家门口干活，带动农

村留守妇女和老年人等 400 余人实现

就近就业，人均月增收 1800 元左右。 

镇里还组织开展竹编技艺、电商

直播等培训班 6 期，培训群众 320 人次，

其中 21 人已成为工坊的技术骨干。 

优化营商环境 

企业开办实现“一日办结” 

——县政务服务中心推行“一窗通

办”改革 

（县行政审批服务局供稿） 

今年以来，县政务服务中心将企

业登记、公章刻制、申领发票、社保

登记和公积金开户等 5 个环节整合为

“一件事”，企业只需在一个窗口提

交一套材料，当天即可领取营业执照

和公章，开办时间由原来的 3 个工作

日压缩到 1 个工作日以内。 

中心还设立了“办不成事”反映

窗口，由科室负责人轮流值守，专门

受理群众在办事过程中遇到的疑难问

题。窗口运行以来，共协调解决各类

问题 137 件，办结率达 96%。今年 1 至

11 月，全县新设立市场主体 4260 户，

同比增长 14.8%。 

县人民医院开通“一站式”

出院结算 

（县卫生健康局供稿） 

11 月 20 日起，县人民医院在住院

部设立“一站式”结算窗口，患者出

院时可同步完成医保报销、大病保险

和医疗救助结算，平均办理时间由原

来的 40 分钟缩短到 10 分钟以内。 

全县完成首批“小个专”党

组织规范提升 

（县委组织部供稿） 

我县以小微企业、个体工商户和

专业市场为重点，排查摸底“小个

专”经营主体 1.2 万家，新组建党组

织 43 个，选派党建指导员 86 名，推动

党建工作与经营发展深度融合。 

冬季森林防火进入关键

期 

（县应急管理局供稿） 

我县已于 11 月 1 日进入森林防火

紧要期。全县组织护林员 1260 名，设

立临时检查站 75 个，对进山入林人员

实行登记管理，严禁携带火种进山。

请广大群众自觉遵守有关规定，发现

火情立即拨打森林火警电话。 

县图书馆“全民阅读月”活

动圆满结束 

（县文化广电旅游体育局供稿） 

为期一个月的“全民阅读月”活

动日前落下帷幕。活动期间，县图书

馆联合各乡镇综合文化站开展读书分

享、名家讲座、亲子共读等活动 52 场，

参与群众 1.3 万人次，新办借阅证

1100 余张。 

城区新增公共停车泊位

1200 个 

（县住房和城乡建设局供稿） 

我县利用边角地块、闲置空地和

单位内部停车场错时开放等方式，今

年在城区新增公共停车泊位 1200 个，

并在老城区主要街道设置了 30 处临时

停车点，有效缓解了医院、学校、农

贸市场周边“停车难”问题。 

编者按：本期刊发的各单位

工作动态，由各乡镇、县直有关

单位报送，刊发时有删节。欢迎

各单位及时报送工作中的新做法、

 周末·城乡      第 2 版  2026 年 12 月 5 日 

新成效。 

来源：江城县人民政府办公室《工作

动态》2026 年第 23 期 

"""


def test_a_supplied_photo_credit_ends_its_caption():
    assert CREDIT_RE.search("石门乡岭下村村民在整修灌溉渠道。 县水利局供图 ")
    assert not CREDIT_RE.search("由县水利局提供图")       # (prose ending so, no stop and space before it)


def test_a_page_pasted_in_order_keeps_its_caption_out_of_the_next_paragraph(clean, texts):
    doc, _report = clean(DIGEST)
    blocks = texts(doc)
    assert "11月以来，我县抢抓秋收后农田空闲、降雨偏少的有利时机，组织开展冬春农田水利基本建设。" \
        "截至11月30日，全县首批38个冬修水利项目已全部开工，完成投资1.6亿元，占年度计划的41%。" in blocks
