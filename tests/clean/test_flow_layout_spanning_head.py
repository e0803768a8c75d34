"""A head set over the columns of a ``pdftotext -layout`` page is read whole and first, though a line
of it looks like a column's (``pagemodel.head_rows``).

A head (kicker, headline, subtitle, byline) is centred over the columns it spans.  Read in cells, one
of its lines may look like the columns' text begun: a headline in large type is written in fewer
cells than it spans and begins at the first column's cells, its rest a short line under it; a
kicker's two parts set an em apart are padded apart like two columns' pieces.  The head's other
lines do not look like a column's: a headline or subtitle centred over two columns begins inward
and runs wider than a column, or is short and ends without a full stop.  The columns' text, once
begun, runs on row after row (``columns.HEAD_OPEN_RUN_ROWS``).  (Not reached: a byline centred over two of
three columns, wider than a column, that begins at the second column's cells still reads as that
column's top line.)  The snippets are real: the dev text
interview_rural_revitalization set in the dev design ``weekly_two_of_three`` and the dev text
news_page_grassroots_items in ``daily_span_ruled`` (three columns, a head over the first two),
each read back by ``pdftotext -layout``, the first page.  Expected values follow the printed page.
"""

from __future__ import annotations

INTERVIEW_WEEKLY_LAYOUT = '2026年11月27日   星期五                           文化周刊\n\n\n                     高端访谈\n\n\n\n让农民在产业发展中得到更\n    多实惠\n              ——访江城市农业农村局主要负责同志\n                    本刊记者 孙雅琴\n   编者按：今年以来，江城市把        有销售渠道的，原则上不予支持。\n发展乡村特色产业作为乡村振兴的           另外，我们鼓励村与村联合，\n重要抓手，全市农村居民人均可支         一个乡镇集中发展一两个主导产业，\n配收入增速连续三个季度高于城镇         避免同质化竞争。\n居民。围绕产业发展中的新情况新             记者：那么小农户怎么参与进\n问题，本刊记者采访了市农业农村         来？\n局主要负责同志。                    答：主要靠合作社和龙头企业\n   记者：今年全市乡村产业发展        带动。\n总体情况怎么样？                  比如在南岭镇，蓝莓合作社统\n  答：总的看，态势是好的。前         一供苗、统一技术、统一收购，农\n三季度，全市农产品加工业产值同   户只管按标准种。去年入社的312\n比增长9.6%，休闲农业和乡村旅游 户，户均增收1.4万元。\n接待游客1800多万人次。       记者：会不会出现企业赚大头、\n  更重要的是，产业结构在变。   农民赚小头的情况？\n过去是“卖原料”，现在越来越多     答：会有这个风险，所以利益\n的村子开始“卖产品”“卖服务”。 联结机制一定要实。\n  记者：您多次提到“把增值收     我们推广“保底收益＋按股分\n益留在农村”，这句话具体怎么理         红”的办法，并把带农增收情况作\n解？                      为财政补助的前置条件。带动农户\n  答：简单说，就是产业链条要         少、联结不紧的，不能享受扶持政\n尽量往村里延伸。                策。\n  一斤鲜茶叶卖给外地收购商，            记者：明年有什么新打算？\n农民只能拿到十几块钱；在村里建            答：三件事。\n起初制加工厂，做成干茶再卖，每            一是抓品牌，重点培育5个区\n斤能多出几十块。加工环节留在本         域公用品牌；二是抓人才，每年培\n地，就业岗位和税收也就留在了本         训高素质农民3000人以上；三是抓\n地。                      数字化，推动农产品电商销售额再\n  这两年，我们支持有条件的村         增长两成。\n建设产地初加工设施，全市新增冷            记者：最后，您想对基层干部\n库、烘干房等设施260多处。          说点什么？\n  记者：有人担心，村里搞产业            答：产业发展没有捷径，要一\n容易一哄而上，最后卖不出去。          年接着一年干。\n  答：这个担心是有道理的。             只要方向对了，坚持下去，就\n  我们的办法是“先有市场，再         一定能见到成效。\n上项目”。村里报项目，先要说清         来源：《江城理论周刊》2026年第\n楚卖给谁、怎么卖。没有订单、没         44期\n\n                                 1\n\x0c'

GRASSROOTS_DAILY_LAYOUT = '第1版 综合                                        江城日报 2026年11月20日\n\n\n    全面推进城乡社区治理现代化       全县148个村（社区）完成党群服务中心提档升级\n\n                 家门口的服务更暖心\n                         本报记者 沈佳宁 通讯员 邹立平\n   走进城关镇东门社区党群服 地、用工、融资等方面困难31 人陪，家长接送也方便。”中心\n务中心，一楼是便民服务大厅， 个，项目平均审批时间压缩至15 负责人陆敏说，目前中心共有日\n社保、医保、民政等28项事项可 个工作日以内。                   间照料床位40张、托位60个，基\n以“一窗受理”；二楼设有老年                            本实现满员运行。\n食堂、儿童之家和图书室，每天\n来这里的居民有三四百人次。\n                    青石镇 “积分                  近年来，县里出台支持普惠\n                                          养老托育服务发展的若干措施，\n   “以前办个事要跑好几个部\n门，现在在楼下就能办好，工作\n                    超市”激活乡村               对新建的社区养老服务设施按每\n                                          张床位给予一次性建设补助，对\n人员还会上门帮我们这些腿脚不\n便的老人代办。”72岁的居民周\n                      治理                  普惠托育机构按实际收托人数给\n                                          予运营补贴。全县现有各类养老\n桂英说。                       本报讯（通讯员  罗晓燕）  服务机构57家、托育机构23家，\n   今年以来，县里统筹资金           “参加环境整治得5分，调解邻   每千人口拥有3岁以下婴幼儿托\n1.2亿元，按照“一中心多站           里纠纷得10分，攒够积分就能换  位数达到4.2个。\n点”的思路，对全县148个村           洗衣液、大米。”连日来，青石\n                                          【图片新闻】\n（社区）党群服务中心进行提档 镇各村的“积分超市”成了村民\n                                          11月27日，江城县第一中学学生在\n升级，新增服务面积3.6万平方 议论最多的话题。\n米，推动各类服务资源向基层下             青石镇将人居环境整治、移 县博物馆参观“运河人家”民俗\n沉。                       风易俗、志愿服务等内容纳入积 展，感受传统文化的魅力。该展览\n                                          共展出农具、服饰、生活用品等实\n   县 委 组 织 部 有 关 负 责 人 介 分管理，每季度公示一次积分排 物300余件，将持续至明年2月。 通\n绍，升级后的党群服务中心实行 名，评选“美丽庭院”和“文明                   讯员 孔德兴/摄\n“错时延时”服务，周末和节假 家庭”。截至目前，全镇已有\n日安排专人值守，确保群众办事 4200余户农户参与，累计兑换物\n“不打烊”。下一步，县里将建 品1.6万件。       让“小窗口”连着\n立服务事项清单动态调整机制，\n让群众的“需求单”变成干部的      托起“一老一小”   “大民生”\n“任务单”。                                           □ 顾明轩\n东门社区老年食堂里，志愿者为老      幸福生活                    一个党群服务中心能不能留\n人送上午餐。 本报记者 沈佳宁/摄\n                         ——县民政局推进普惠养老托 住群众，关键看它能不能解决群\n                              育服务纪实       众的急难愁盼。硬件升级只是第\n【基层动态】\n                                          一步，更重要的是让服务真正贴\n                           编者按：养老和托育，一头\n                                          近群众的需要。\n稳住产业链 激                  连着老人，一头连着孩子，关系\n                         千家万户。本报今起推出系列报\n                                             服务要“接地气”。群众需\n                                          要什么就提供什么，不能只图好\n  活新动能                   道，记录我县在补齐民生短板方\n                         面的探索和实践，敬请关注。\n                                          看、不讲实用。要多到群众中间\n   本报讯（记者 韩书涛）11                          走一走、问一问，把有限的资源\n                             本报记者 汤雨薇\n月26日，县经济开发区举行2026                         用在刀刃上。服务也要“可持\n                           清晨八点，南湖街道综合养 续”。既要建好，更要管好、用\n年第四季度重大项目集中开工仪\n                         老服务中心里，几位老人正在康 好，在运营机制、人员队伍、经\n式，12个项目总投资46.8亿元，\n                         复师的指导下进行器械训练。隔 费保障上下功夫，防止“建时热\n涵盖新能源装备、电子元器件、\n                         壁的普惠托育园里，孩子们在老 闹、建后冷清”。\n食品精深加工等领域。\n                         师的带领下做早操，欢笑声不时      民生无小事，枝叶总关情。\n   据了解，此次开工的项目\n                         传来。              把每一个“小窗口”都办成群众\n中，投资10亿元以上的有2个，\n                           把养老和托育放在同一栋楼 满意的“暖心站”，基层治理的\n亿元以上的有9个。开发区实行\n                         里，是县民政局的一次尝试。 根基才能更加牢固。\n“一个项目、一名领导、一个专\n                         “老人来了有事做，孩子来了有 来源：《江城县报》2026年11月\n班”推进机制，帮助企业解决用\n\x0c第2版 综合   江城日报 2026年11月20日\n\n30日第2版\n\x0c'


def test_a_headline_at_the_first_columns_cells_is_read_with_its_subtitle_and_byline(flowed_unheaded, runs_through):
    found = flowed_unheaded(INTERVIEW_WEEKLY_LAYOUT)
    # the headline's two lines, the subtitle and the byline stand above the columns: read whole,
    # then the editor's note that opens the first column
    assert runs_through(found, ["让农民在产业发展中得到更", "多实惠", "——访江城市农业农村局主要负责同志",
                                "本刊记者 孙雅琴", "编者按：今年以来，江城市把"])
    # the first column runs to its foot before the second column's top line
    assert found.index("楚卖给谁、怎么卖。没有订单、没") < found.index("有销售渠道的，原则上不予支持。")
    assert "——访江城市农业农村局主要负责同志" not in found[found.index("编者按：今年以来，江城市把"):]


def test_a_kickers_parts_padded_apart_do_not_begin_the_columns(flowed_unheaded, runs_through):
    found = flowed_unheaded(GRASSROOTS_DAILY_LAYOUT)
    # the kicker (two parts an em apart) and the headline are the head over the first two columns:
    # read first, not dealt into the columns beside the lead story
    assert found[0].startswith("全面推进城乡社区治理现代化")
    assert "全县148个村（社区）完成党群服务中心提档升级" in found[0] + found[1]
    assert found.index("家门口的服务更暖心") < found.index("走进城关镇东门社区党群服")
    assert found.index("家门口的服务更暖心") < found.index("本报讯（记者 韩书涛）11")
