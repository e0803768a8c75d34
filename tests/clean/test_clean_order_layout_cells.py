"""A page of ``pdftotext -layout`` text whose columns ``flow`` read from its cells stays in that order
(``order.order_blocks``).

``pdftotext -layout`` writes every row of a page at the cells where its glyphs stand, so the text holds
the page's geometry: ``flow`` reads the columns' lines by the cells where each column starts, left to
right.  The blank lines in such text are rows of white space on the page, not the extractor's blocks
written out of turn, so ``order``'s moves by continuity (made for extractors that write a page's blocks
in an order of their own) have nothing to mend, and a move takes a column's run away from where the
page put it.  The snippet is real: the dev text news_page_grassroots_items set in the dev design
``daily_span_ruled`` (three 14-character columns 0.8 em apart, ruled, headlines over one or two
columns), read back by ``pdftotext -layout``, the whole page.  Expected values follow the printed page.
"""

from __future__ import annotations


GRASSROOTS_DAILY_LAYOUT = '第1版 综合                                        江城日报 2026年11月20日\n\n\n    全面推进城乡社区治理现代化       全县148个村（社区）完成党群服务中心提档升级\n\n                 家门口的服务更暖心\n                         本报记者 沈佳宁 通讯员 邹立平\n   走进城关镇东门社区党群服 地、用工、融资等方面困难31 人陪，家长接送也方便。”中心\n务中心，一楼是便民服务大厅， 个，项目平均审批时间压缩至15 负责人陆敏说，目前中心共有日\n社保、医保、民政等28项事项可 个工作日以内。                   间照料床位40张、托位60个，基\n以“一窗受理”；二楼设有老年                            本实现满员运行。\n食堂、儿童之家和图书室，每天\n来这里的居民有三四百人次。\n                    青石镇 “积分                  近年来，县里出台支持普惠\n                                          养老托育服务发展的若干措施，\n   “以前办个事要跑好几个部\n门，现在在楼下就能办好，工作\n                    超市”激活乡村               对新建的社区养老服务设施按每\n                                          张床位给予一次性建设补助，对\n人员还会上门帮我们这些腿脚不\n便的老人代办。”72岁的居民周\n                      治理                  普惠托育机构按实际收托人数给\n                                          予运营补贴。全县现有各类养老\n桂英说。                       本报讯（通讯员  罗晓燕）  服务机构57家、托育机构23家，\n   今年以来，县里统筹资金           “参加环境整治得5分，调解邻   每千人口拥有3岁以下婴幼儿托\n1.2亿元，按照“一中心多站           里纠纷得10分，攒够积分就能换  位数达到4.2个。\n点”的思路，对全县148个村           洗衣液、大米。”连日来，青石\n                                          【图片新闻】\n（社区）党群服务中心进行提档 镇各村的“积分超市”成了村民\n                                          11月27日，江城县第一中学学生在\n升级，新增服务面积3.6万平方 议论最多的话题。\n米，推动各类服务资源向基层下             青石镇将人居环境整治、移 县博物馆参观“运河人家”民俗\n沉。                       风易俗、志愿服务等内容纳入积 展，感受传统文化的魅力。该展览\n                                          共展出农具、服饰、生活用品等实\n   县 委 组 织 部 有 关 负 责 人 介 分管理，每季度公示一次积分排 物300余件，将持续至明年2月。 通\n绍，升级后的党群服务中心实行 名，评选“美丽庭院”和“文明                   讯员 孔德兴/摄\n“错时延时”服务，周末和节假 家庭”。截至目前，全镇已有\n日安排专人值守，确保群众办事 4200余户农户参与，累计兑换物\n“不打烊”。下一步，县里将建 品1.6万件。       让“小窗口”连着\n立服务事项清单动态调整机制，\n让群众的“需求单”变成干部的      托起“一老一小”   “大民生”\n“任务单”。                                           □ 顾明轩\n东门社区老年食堂里，志愿者为老      幸福生活                    一个党群服务中心能不能留\n人送上午餐。 本报记者 沈佳宁/摄\n                         ——县民政局推进普惠养老托 住群众，关键看它能不能解决群\n                              育服务纪实       众的急难愁盼。硬件升级只是第\n【基层动态】\n                                          一步，更重要的是让服务真正贴\n                           编者按：养老和托育，一头\n                                          近群众的需要。\n稳住产业链 激                  连着老人，一头连着孩子，关系\n                         千家万户。本报今起推出系列报\n                                             服务要“接地气”。群众需\n                                          要什么就提供什么，不能只图好\n  活新动能                   道，记录我县在补齐民生短板方\n                         面的探索和实践，敬请关注。\n                                          看、不讲实用。要多到群众中间\n   本报讯（记者 韩书涛）11                          走一走、问一问，把有限的资源\n                             本报记者 汤雨薇\n月26日，县经济开发区举行2026                         用在刀刃上。服务也要“可持\n                           清晨八点，南湖街道综合养 续”。既要建好，更要管好、用\n年第四季度重大项目集中开工仪\n                         老服务中心里，几位老人正在康 好，在运营机制、人员队伍、经\n式，12个项目总投资46.8亿元，\n                         复师的指导下进行器械训练。隔 费保障上下功夫，防止“建时热\n涵盖新能源装备、电子元器件、\n                         壁的普惠托育园里，孩子们在老 闹、建后冷清”。\n食品精深加工等领域。\n                         师的带领下做早操，欢笑声不时      民生无小事，枝叶总关情。\n   据了解，此次开工的项目\n                         传来。              把每一个“小窗口”都办成群众\n中，投资10亿元以上的有2个，\n                           把养老和托育放在同一栋楼 满意的“暖心站”，基层治理的\n亿元以上的有9个。开发区实行\n                         里，是县民政局的一次尝试。 根基才能更加牢固。\n“一个项目、一名领导、一个专\n                         “老人来了有事做，孩子来了有 来源：《江城县报》2026年11月\n班”推进机制，帮助企业解决用\n\x0c第2版 综合   江城日报 2026年11月20日\n\n30日第2版\n\x0c'


def test_the_first_columns_story_is_read_before_the_columns_beside_it(clean, titles_and_blocks):
    found = titles_and_blocks(clean(GRASSROOTS_DAILY_LAYOUT)[0])
    # the lead story fills the first column from the top: its paragraphs come first, in order
    first = found.index("走进城关镇东门社区党群服务中心")
    assert first < found.index("今年以来，县里统筹资金1.2亿元") < found.index("让群众的“需求单”变成干部的“任务单”。")
    # the second column's items follow the first column's foot, the third column's after them
    assert found.index("“任务单”。") < found.index("本报讯（记者 韩书涛）11月26日") \
        < found.index("“参加环境整治得5分") < found.index("清晨八点，南湖街道综合养老服务中心里")


def test_the_order_rule_leaves_the_page_as_the_column_flow_read_it(clean, titles_and_blocks):
    on = titles_and_blocks(clean(GRASSROOTS_DAILY_LAYOUT)[0])
    off = titles_and_blocks(clean(GRASSROOTS_DAILY_LAYOUT, order_blocks=False)[0])
    assert on == off


# A page the ``columns`` rule cut at its gutters: the dev text news_page_city_briefs set in the dev design
# ``wanbao_banner_items`` (an evening paper's city page: the lead's banner, wrapping to two lines, and its
# byline over all three 13-character columns; the other items start mid-column), read back by
# ``pdftotext -layout``, the whole page.  ``columns`` cut its rows into three columns' parts, so no
# line holds the cells ``column_starts`` finds, and ``order``'s moves read the second and third columns
# first (the lead story, under the banner, came last).
CITY_BRIEFS_BANNER_LAYOUT = '江城晚报 城事                                2026年12月3日   星期四   A1\n\n\n           市政府常务会议研究部署今冬明春重点工作强调\n\n\n抓早抓实民生实事 确保群众温暖\n      过冬\n                     本报记者 郑小川\n  11月25日，市政府召开常   就办成了。”\n务会议，研究部署今冬明春供                       江城高铁站新增6\n暖保障、物资供应和安全生产\n等重点工作。\n                                     对始发列车\n  会议指出，入冬以来，全                             本报讯\n市天然气供应总体平稳，但寒                          记者从铁路部门获悉，自\n                  市民在政务服务中心窗口领取办\n潮天气可能带来用气高峰。各     事“明白卡”。 本报记者 田思   12月1日起，江城高铁站新增6\n有关部门要加强监测预警，提           远/摄         对始发列车，通达省会及周边\n前做好应急气源储备，确保居                       主要城市。铁路部门提醒旅客\n                     据了解，江城区已梳理高\n民用气不断供、不降压。                         提前通过官方渠道购票。\n                  频事项186项，全部制作“明\n  会议要求，要抓好蔬菜、                       来源：《江城日报》2026年11\n                  白卡”，群众一次办结率由8\n肉类等重要民生商品保供稳                        月26日第2版\n                  2%提高到97%。\n价，加大对困难群众的走访慰\n问力度，切实把党和政府的温\n暖送到群众心坎上。\n                  全市首个社区“共\n  小切口解决大问题\n                   享工具间”开放\n                  本报讯（记者 周婷 通讯员\n一张“明白卡”让办              邱明）\n                    近日，东湖街道青石社区\n  事少跑腿            “共享工具间”正式开放。居\n ——江城区推行政务服务      民凭借社区积分，可免费借用\n   “一次告知”见闻       电钻、梯子、缝纫机等40余种\n本报记者 田思远 通讯员 韩    工具。\n       冰            社区党委书记介绍，工具\n  在江城区政务服务中心，     由辖区单位和居民捐赠，志愿\n每个窗口都摆着一摞彩色卡      者负责登记和维护，开放一周\n片。卡片正面印着办事所需材     已借出工具120余件次。\n料清单，背面是二维码，扫码\n就能看到填表示范。\n  “以前来办营业执照，材\n料总是差一两样，来回跑了好\n几趟。”个体经营户刘女士      居民在“共享工具间”借用工\n说，“现在拿着这张卡，一次       具。 通讯员 邱明/摄\n\x0c'


def test_a_page_cut_at_its_gutters_is_read_column_by_column(clean, titles_and_blocks):
    found = titles_and_blocks(clean(CITY_BRIEFS_BANNER_LAYOUT)[0])
    # the banner over the columns, then the lead story filling the first column from the top
    assert found.index("抓早抓实民生实事") < found.index("11月25日，市政府召开常务会议") \
        < found.index("暖送到群众心坎上。") < found.index("在江城区政务服务中心")
    # the first column's foot runs on at the second column's top; the third column's item after the second's
    assert found.index("现在拿着这张卡，一次") < found.index("就办成了。”") \
        < found.index("近日，东湖街道青石社区") < found.index("记者从铁路部门获悉")


def test_the_order_rule_leaves_a_page_cut_at_its_gutters_as_read(clean, titles_and_blocks):
    on = titles_and_blocks(clean(CITY_BRIEFS_BANNER_LAYOUT)[0])
    off = titles_and_blocks(clean(CITY_BRIEFS_BANNER_LAYOUT, order_blocks=False)[0])
    assert on == off
