"""A block in which plain ``pdftotext`` wrote two columns' lines taking turns (issue 10,
``flow._turning_lines``): where two columns' baselines come close it may build one block of both,
a line of each column in turn (a row where the baselines met holding one of each, one space
apart), until one column's lines stop meeting the other's; the block then runs on in one column.
No split of blocks mends it: the block's leading stretch is dealt into the two columns.

The page is plain ``pdftotext``'s reading of the dev text ``interview_rural_revitalization`` set
in ``weekly_two_of_three`` (from its line 13; the headline area and the page number left out): the block from
「三季度，全市…」 takes turns between the answer 「前 / 三季度…」 and the paragraph 「…统一收购，农 /
户只管按标准种…」 for thirteen lines, then runs on in the first column to 「答：这个担心是有道理的。」.
"""

from __future__ import annotations

PAGE = """\
编者按：今年以来，江城市把

有销售渠道的，原则上不予支持。

发展乡村特色产业作为乡村振兴的
重要抓手，全市农村居民人均可支
配收入增速连续三个季度高于城镇

另外，我们鼓励村与村联合，
一个乡镇集中发展一两个主导产业，
避免同质化竞争。

居民。围绕产业发展中的新情况新
问题，本刊记者采访了市农业农村
局主要负责同志。

记者：那么小农户怎么参与进

记者：今年全市乡村产业发展
总体情况怎么样？
答：总的看，态势是好的。前

来？
答：主要靠合作社和龙头企业
带动。
比如在南岭镇，蓝莓合作社统
一供苗、统一技术、统一收购，农

三季度，全市农产品加工业产值同
户只管按标准种。去年入社的312
比增长9.6%，休闲农业和乡村旅游
户，户均增收1.4万元。
接待游客1800多万人次。
记者：会不会出现企业赚大头、
更重要的是，产业结构在变。
农民赚小头的情况？
过去是“卖原料”，现在越来越多
答：会有这个风险，所以利益
的村子开始“卖产品”“卖服务”。 联结机制一定要实。
记者：您多次提到“把增值收
我们推广“保底收益＋按股分
益留在农村”，这句话具体怎么理
解？
答：简单说，就是产业链条要
尽量往村里延伸。
一斤鲜茶叶卖给外地收购商，
农民只能拿到十几块钱；在村里建
起初制加工厂，做成干茶再卖，每
斤能多出几十块。加工环节留在本
地，就业岗位和税收也就留在了本
地。
这两年，我们支持有条件的村
建设产地初加工设施，全市新增冷
库、烘干房等设施260多处。
记者：有人担心，村里搞产业
容易一哄而上，最后卖不出去。
答：这个担心是有道理的。

红”的办法，并把带农增收情况作
为财政补助的前置条件。带动农户
少、联结不紧的，不能享受扶持政
策。
记者：明年有什么新打算？
答：三件事。
一是抓品牌，重点培育5个区
域公用品牌；二是抓人才，每年培
训高素质农民3000人以上；三是抓
数字化，推动农产品电商销售额再
增长两成。
记者：最后，您想对基层干部
说点什么？
答：产业发展没有捷径，要一
年接着一年干。
只要方向对了，坚持下去，就

我们的办法是“先有市场，再
上项目”。村里报项目，先要说清
楚卖给谁、怎么卖。没有订单、没

一定能见到成效。
来源：《江城理论周刊》2026年第
44期
"""

# (the gold's paragraphs, as the columns hold their lines)
FIRST = ["三季度，全市农产品加工业产值同", "比增长9.6%，休闲农业和乡村旅游", "接待游客1800多万人次。",
         "更重要的是，产业结构在变。", "过去是“卖原料”，现在越来越多", "的村子开始“卖产品”“卖服务”。",
         "记者：您多次提到“把增值收", "益留在农村”，这句话具体怎么理", "解？", "答：简单说，就是产业链条要"]
SECOND = ["户只管按标准种。去年入社的312", "户，户均增收1.4万元。", "记者：会不会出现企业赚大头、",
          "农民赚小头的情况？", "答：会有这个风险，所以利益", "联结机制一定要实。", "我们推广“保底收益＋按股分"]


def test_turning_block_dealt_into_its_two_columns(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, FIRST)
    assert runs_through(out, SECOND)


def test_blocks_of_one_column_stay_as_written(flowed):
    # (the page's other blocks are one column's runs: their lines stay together, in their order)
    out = flowed(PAGE)
    lines = [t for t in PAGE.splitlines() if t]
    after = lines[lines.index("红”的办法，并把带农增收情况作"):]
    k = out.index(after[0])
    assert out[k:k + len(after)] == after


# plain ``pdftotext``'s reading of the dev text ``news_page_grassroots_items`` in the same design
# (its lines 7 to 57): the block 「之家和图书室…」 takes turns between the lead story's first column
# and the brief 「据了解，此次开工的项目中，…」, a row holding a line of each, then runs on in the
# story's column: 「现在在楼下就能办好…」 does not finish the brief's 「推进机」, whose word its
# column's next line finishes (「制，帮助企业…」, in the next block)
ITEMS = """\
全面推进城乡社区治理现代化 全县148个村（社区）完成党群服务
中心提档升级

编者按：养老和托育，一头连
着老人，一头连着孩子，关系千家
万户。本报今起推出系列报道，记
录我县在补齐民生短板方面的探索

家门口的服务更暖心

和实践，敬请关注。
本报记者 汤雨薇

本报记者 沈佳宁 通讯员 邹立平

清晨八点，南湖街道综合养老

走进城关镇东门社区党群服务
个项目总投资46.8亿元，涵盖新能
中心，一楼是便民服务大厅，社保、 源装备、电子元器件、食品精深加

服务中心里，几位老人正在康复师
的指导下进行器械训练。隔壁的普

医保、民政等28项事项可以“一窗

惠托育园里，孩子们在老师的带领
下做早操，欢笑声不时传来。
把养老和托育放在同一栋楼里，
是县民政局的一次尝试。“老人来
了有事做，孩子来了有人陪，家长

受理”；二楼设有老年食堂、儿童

工等领域。
据了解，此次开工的项目中，

之家和图书室，每天来这里的居民
投资10亿元以上的有2个，亿元以
有三四百人次。
上的有9个。开发区实行“一个项
“以前办个事要跑好几个部门， 目、一名领导、一个专班”推进机
现在在楼下就能办好，工作人员还

制，帮助企业解决用地、用工、融

会上门帮我们这些腿脚不便的老人
代办。”72岁的居民周桂英说。

资等方面困难31个，项目平均审批
时间压缩至15个工作日以内。
"""


def test_line_below_the_turns_goes_to_the_column_it_can_follow(flowed, runs_through):
    out = flowed(ITEMS)
    assert runs_through(out, ["之家和图书室，每天来这里的居民", "有三四百人次。", "“以前办个事要跑好几个部门，",
                              "现在在楼下就能办好，工作人员还"])
    assert runs_through(out, ["投资10亿元以上的有2个，亿元以", "上的有9个。开发区实行“一个项",
                              "目、一名领导、一个专班”推进机"])


# plain ``pdftotext``'s reading of the dev text ``news_page_grassroots_items`` in
# ``neikan_three_picture`` (its lines 70 to 121): the block 「易俗、志愿服务等…」 takes turns between the
# item 「本报讯（通讯员 罗晓燕）…」 and the one running 「延时”服务…」 to its foot.  Below the last word read across two
# lines, 「…让群众的“需求」 leaves a quotation open that 「单”变成干部的“任务单”。」 closes two lines down:
# the turns go on, and the rest of the quotation goes to the column that left it open
PICTURE = """\
目前中心共有日间照料床位40张、
托位60个，基本实现满员运行。
近年来，县里出台支持普惠养
老托育服务发展的若干措施，对新
建的社区养老服务设施按每张床位
给予一次性建设补助，对普惠托育
机构按实际收托人数给予运营补贴。
全县现有各类养老服务机构57家、
托育机构23家，每千人口拥有3岁
以下婴幼儿托位数达到4.2个。

纠纷得10分，攒够积分就能换洗衣

【图片新闻】

液、大米。”连日来，青石镇各村
的“积分超市”成了村民议论最多
的话题。
青石镇将人居环境整治、移风

托起“一老一小”
幸福生活
——县民政局推进普惠养老托育
服务纪实
编者按：养老和托育，一
【基层动态】

头连着老人，一头连着孩子，

稳住产业链

关系千家万户。本报今起推出
系列报道，记录我县在补齐民
生短板方面的探索和实践，敬

激

本报记者 汤雨薇

本报讯（通讯员 罗晓燕）
“参加环境整治得5分，调解邻里

易俗、志愿服务等内容纳入积分管
延时”服务，周末和节假日安排专
理，每季度公示一次积分排名，评
人值守，确保群众办事“不打烊”。
选“美丽庭院”和“文明家庭”。
下一步，县里将建立服务事项清单
截至目前，全镇已有4200余户农户
动态调整机制，让群众的“需求
参与，累计兑换物品1.6万件。
单”变成干部的“任务单”。
"""


def test_quotation_closed_two_lines_down_keeps_the_turns(flowed, runs_through):
    out = flowed(PICTURE)
    assert runs_through(out, ["选“美丽庭院”和“文明家庭”。", "截至目前，全镇已有4200余户农户", "参与，累计兑换物品1.6万件。"])
    assert runs_through(out, ["人值守，确保群众办事“不打烊”。", "下一步，县里将建立服务事项清单", "动态调整机制，让群众的“需求",
                              "单”变成干部的“任务单”。"])
