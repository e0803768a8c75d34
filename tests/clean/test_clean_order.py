"""Column pages whose blocks an extractor wrote out of turn, read in order (``order_blocks``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its column designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import block_text


# dev text tongbao_safety_inspection, design two_columns_plain, pdftotext (plain; cut short): the
# right column's block comes first, so the list under 三、 reads （二）（三） … （一）
TONGBAO_PDFTOTEXT = """（二）对检查发现的重大事故隐患，实行挂
牌督办，整改不到位的一律停产停业整顿。
（三）市安委办将适时组织“回头看”，对
整改不力、问题反弹的单位和个人，按照有关规
定严肃追责问责。

二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在纸面，安
全培训走过场。检查组在某化工企业抽查 8 名一
线操作人员，有 3 人不能正确说出本岗位的主要
风险和应急处置措施。

（二）隐患排查治理不彻底
一些单位隐患排查不深不细，同类问题反复
出现。主要表现在：（ 1 ）消防通道被占用、堵
塞；（ 2 ）电气线路私拉乱接。

三、下一步工作要求
（一）各地各部门要对照本通报反映的问
题，举一反三，于 10 月 31 日前完成全面自查自
纠，并将整改情况报送市安委办。

— 1 —
"""


def test_a_list_whose_items_an_extractor_wrote_out_of_turn_reads_in_turn(clean, titles_and_blocks):
    doc, _ = clean(TONGBAO_PDFTOTEXT)
    found = titles_and_blocks(doc)
    assert found.startswith("二、存在的主要问题")
    assert found.index("（一）各地各部门") < found.index("（二）对检查发现") < found.index("（三）市安委办")


def test_a_list_in_turn_keeps_its_order(clean, titles_and_blocks):
    # the same page with its blocks in reading order: nothing moves
    blocks = TONGBAO_PDFTOTEXT.split("\n\n")
    doc, _ = clean("\n\n".join(blocks[1:4] + blocks[:1] + blocks[4:]))
    found = titles_and_blocks(doc)
    assert found.startswith("二、存在的主要问题")
    assert found.index("（一）企业主体") < found.index("（一）各地各部门") < found.index("（二）对检查发现")


# dev text gold_real_001_news, design tabloid_three_columns, pdfminer (cut short): the box of the
# section head over the second column comes between the first column's open last line and the
# second column's first box, which goes on from it (存 / 在: 存在)
NEWS_PDFMINER = """习近平强调，在新时代科
技事业发展实践中，我们不断
深化规律性认识，积累了许多
重要经验，主要是：坚持党的
全面领导，坚持走中国特色自
主创新道路，坚持创新引领发
展，坚持“四个面向”的战略
导向，坚持以深化改革激发创
新活力，坚持推动教育科技人
才良性循环，坚持培育创新文
化，坚持科技开放合作造福人
类。这些经验必须长期坚持并
在实践中不断丰富发展。

习近平指出，世界百年未
有之大变局加速演进，新一轮
科技革命和产业变革深入发
展，深刻重塑全球秩序和发展
格局。我国科技事业发展还存

要闻

在一些短板、弱项，必须进一
步增强紧迫感，进一步加大科
技创新力度，抢占科技竞争和
未来发展制高点。

习近平强调，要充分发挥
新型举国体制优势，完善党中
央对科技工作集中统一领导的
体制，构建协同高效的决策指
挥体系和组织实施体系。充分
发挥市场在科技资源配置中的
决定性作用，更好发挥政府作
用，调动产学研各环节的积极
性，形成共促关键核心技术攻
关的工作格局。加强国家战略
科技力量建设，提高基础研究
组织化程度，鼓励自由探索，
筑牢科技创新根基和底座。
"""


def test_a_column_cut_off_by_a_head_goes_on_in_the_block_that_continues_it(clean, titles_and_blocks):
    doc, _ = clean(NEWS_PDFMINER)
    assert "我国科技事业发展还存在一些短板、弱项，必须进一步增强紧迫感" in titles_and_blocks(doc)


# dev text news_page_county, design two_columns_plain, pasted from a viewer (a blank line after
# every line, trailing spaces, CRLF; the first page's head): in reading order already, and its
# blank lines space lines, not blocks — with every line a block of its own, a line wrapped at the
# measure may look cut off where the next line is its paragraph's short last one
COUNTY_PASTED = "\r\n".join([
    "科技工作动态 ",
    "",
    "2026年第11期      江城市科学技术协会 ",
    "",
    "省委主要负责同志致信祝贺江城县农业科技园 ",
    "",
    "区获批国家级园区并在全县乡村振兴工作推进 ",
    "",
    "会上作出批示 ",
    "",
    "把园区建成现代农业的示范窗口 ",
    "",
    "——江城县农业科技园区建设纪实 ",
    "",
    "本报记者 何静怡 通讯员 吴志强 ",
    "",
    "深秋时节，走进江城县农业科技园区，智能 ",
    "",
    "温室里番茄挂满枝头，水肥一体化设备按照预设 ",
    "",
    "程序精准滴灌。园区管委会负责人告诉记者，园 ",
    "",
    "区已引进农业科技企业43家，建成各类科研平 ",
    "",
    "台17个，去年实现总产值58亿元。 ",
    "",
    "“过去种地靠经验，现在靠数据。”种植大 ",
    "",
    "户老陈指着手机上的监测画面说，土壤湿度、光 ",
    "",
    "照、温度一目了然，哪块地该浇水、该施肥，系 ",
    "",
    "统都会提醒。 ",
    "",
    "园区智能温室内，技术人员正在查看番茄长势。 本 ",
    "",
    "报记者 何静怡/摄 ",
    "",
    "园区建设过程中，县里与省农科院、农业大 ",
    "",
]) + "\r\n"


def test_a_page_pasted_with_a_blank_after_every_line_keeps_its_order(clean, titles_and_blocks):
    found = titles_and_blocks(clean(COUNTY_PASTED)[0])
    assert found.index("系统都会提醒。") < found.index("园区智能温室内，技术人员正在查看番茄长势。")


# dev text news_page_city_briefs, design tabloid_three_columns, pdfminer: the page written in two
# runs out of turn — the text opens inside its first item (「就办成了。”」), an item's 来源 line stands
# mid-page with the lead headline after it, and the page ends inside the sentence the text opens with
BRIEFS_PDFMINER = """就办成了。”

市民在政务服务中心窗口领取办
事“明白卡”。 本报记者 田思
远/摄

据了解，江城区已梳理高
频事项186项，全部制作“明
白卡”，群众一次办结率由8
2%提高到97%。

全市首个社区
“共享工具间”开
放
本报讯（记者 周婷 通讯员
邱明）

近日，东湖街道青石社区
“共享工具间”正式开放。居
民凭借社区积分，可免费借用
电钻、梯子、缝纫机等40余种
工具。

社区党委书记介绍，工具
由辖区单位和居民捐赠，志愿
者负责登记和维护，开放一周
已借出工具120余件次。

居民在“共享工具间”借用工
具。 通讯员 邱明/摄

江城高铁站新增
6对始发列车
本报讯

记者从铁路部门获悉，自
12月1日起，江城高铁站新增6
对始发列车，通达省会及周边
主要城市。铁路部门提醒旅客
提前通过官方渠道购票。
来源：《江城日报》2026年11
月26日第2版

市政府常务会议研究部署今
冬明春重点工作强调

抓早抓实民生实
事 确保群众温
暖过冬
本报记者 郑小川

11月25日，市政府召开常
务会议，研究部署今冬明春供
暖保障、物资供应和安全生产
等重点工作。

会议指出，入冬以来，全
市天然气供应总体平稳，但寒
潮天气可能带来用气高峰。各
有关部门要加强监测预警，提
前做好应急气源储备，确保居
民用气不断供、不降压。

会议要求，要抓好蔬菜、
肉类等重要民生商品保供稳
价，加大对困难群众的走访慰
问力度，切实把党和政府的温
暖送到群众心坎上。

小切口解决大问题

一张“明白卡”让
办事少跑腿
——江城区推行政务服务
“一次告知”见闻

本报记者 田思远 通讯员 韩
冰

在江城区政务服务中心，
每个窗口都摆着一摞彩色卡
片。卡片正面印着办事所需材
料清单，背面是二维码，扫码
就能看到填表示范。

“以前来办营业执照，材
料总是差一两样，来回跑了好
几趟。”个体经营户刘女士
说，“现在拿着这张卡，一次
"""


def reading(doc):
    """Every article's head, text and source line in reading order, one string."""
    return "".join((a.kicker or "") + a.title + (a.subtitle or "") + (a.author or "")
                   + "".join(block_text(b) for b in a.blocks) + (a.source_line or "") for a in doc.articles)


def test_a_one_page_text_written_in_two_runs_out_of_turn_opens_with_its_lead_headline(clean):
    found = reading(clean(BRIEFS_PDFMINER)[0])
    assert found.startswith("市政府常务会议研究部署今冬明春重点工作强调")
    assert "“现在拿着这张卡，一次就办成了。”" in found
    assert found.endswith("来源：《江城日报》2026年11月26日第2版")


# dev text news_page_county, design tabloid_three_columns, pdfminer (cut short): the page ends on
# a brief's headline and byline, its body opens the text
COUNTY_TABLOID_PDFMINER = """10月28日起，县城新开通

3条 公 交 线 路，覆 盖城东 新
区、高铁站和工业园区等区
域。新线路全部采用新能源公
交车，首末班时间分别为6时
30分和20时30分，票价统一为
1元。

农业现代化，关键是农业
科技现代化。园区的实践表
明，只要把科技力量引到田间
地头，传统农业就能焕发新的
生机。
来源：《江城县报》（2026年
11月2日第1版）

省委主要负责同志致信祝贺
江城县农业科技园区获批国
家级园区并在全县乡村振兴
工作推进会上作出批示

把园区建成现代
农业的示范窗口

深秋时节，走进江城县农
业科技园区，智能温室里番茄
挂满枝头，水肥一体化设备按
照预设程序精准滴灌。

县城新增3条公
交线路
本报讯（记者 马晓东）
"""


def test_a_brief_whose_headline_ends_the_page_reads_before_the_body_that_opens_it(clean):
    found = reading(clean(COUNTY_TABLOID_PDFMINER)[0])
    assert found.startswith("省委主要负责同志致信祝贺")
    assert found.index("本报讯（记者 马晓东）") < found.index("10月28日起，县城新开通") < found.index("来源：")


# dev text news_page_culture_weekly, design news_three_tight, pdfminer (cut short): a kicker ending
# on its colon opens the text, so it opens an item — the page is not turned at its 来源 line
CULTURE_PDFMINER = """非遗工坊开进社区：

老手艺有了
新传人

周六上午，城西街道文
化站的活动室里坐满了人。

一座老粮仓
的新生

开放一个月来，书房接
待读者3.6万人次。
来源：《江城日报》2026年
11月20日第7版

资料：江城市现有市级
以上非物质文化遗产代表性
项目87项，其中国家级4项、
"""


def test_a_text_opening_on_a_kicker_is_not_turned_at_its_source_line(clean):
    assert reading(clean(CULTURE_PDFMINER)[0]).startswith("非遗工坊开进社区：")


# dev text speech_county_meeting, design news_three_tight, pdfminer (cut short): a column's box
# ends inside a sentence (「…增长」), the next box opens a list item, and the sentence's tail opens a
# box further down (「5.8%；…」: no sentence opens on a few characters and a stop)
SPEECH_PDFMINER = """过去的一年，面对复杂
多变的外部环境和艰巨繁重
的改革发展任务，全县上下
咬定目标不放松，攻坚克难
勇向前，经济社会发展取得
了来之不易的成绩。全县地
区生产总值达到386.5亿元，
同比增长6.2%；一般公共预
算收入完成21.3亿元，增长

1.着力扩大有效投资
要坚持项目为王，实行
县级领导包联重点项目制度，
做到一个项目、一名领导、
一个专班、一抓到底。

同志们，新的一年，任
务艰巨，使命光荣。让我们
更加紧密地团结在以习近平
同志为核心的党中央周围，
锐意进取、埋头苦干，为谱
写县域高质量发展新篇章而
不懈奋斗！

5.8%；城乡居民人均可支配
收入分别增长4.9%和7.1%。
"""


def test_a_sentence_cut_at_a_box_goes_on_in_the_box_opening_on_its_tail(clean, titles_and_blocks):
    found = titles_and_blocks(clean(SPEECH_PDFMINER)[0])
    assert "一般公共预算收入完成21.3亿元，增长5.8%；城乡居民人均可支配收入分别增长4.9%和7.1%。" in found
    assert found.index("7.1%。") < found.index("1.着力扩大有效投资")


# the same page further on: a heading wrapped over two boxes (「二、准确把握形势任务，」 /
# 「进一步明确工作重点」) is one heading, over the text it heads, when the page's blocks move
SPEECH_HEADING_PDFMINER = SPEECH_PDFMINER + """
二、准确把握形势任务，

进一步明确工作重点

当前，发展环境中的有
利条件和不利因素并存。
"""


def test_a_heading_wrapped_over_two_boxes_stays_one_heading_when_its_run_moves(clean, titles_and_blocks):
    doc, _ = clean(SPEECH_HEADING_PDFMINER)
    headings = [block_text(b) for a in doc.articles for b in a.blocks if type(b).__name__ == "Heading"]
    assert "二、准确把握形势任务，进一步明确工作重点" in headings
    found = titles_and_blocks(doc)
    assert found.index("7.1%。") < found.index("1.着力")
    assert "进一步明确工作重点当前，发展环境中的有利条件和不利因素并存。" in found


# dev text deeds_village_doctor, design two_columns_plain, pdftotext (plain; cut short): the last
# column's run — the item's last paragraphs and its 来源 line — comes before the headline, and the
# text ends on a finished paragraph: a 来源 line closing an item the text never opened
DEEDS_PDFTOTEXT = """这些年，有城里的民营医院高薪聘请他，他
都婉言谢绝了。他说：“这里离不开我，我也离
不开这里。”
今年，刘守山被评为“全省优秀乡村医
生”。面对荣誉，他只是笑笑：“我就是做了一
个医生该做的事。”
来源：《江城日报》 2026 年 9 月 18 日第 3 版

身边的榜样

三十年守护一方百姓健康
——记江城县青石镇卫生院乡村医生刘守山
编者按：乡村医生是农村居民健康的“守门
人”。刘守山同志扎根山区三十年，走遍全镇二
十一个自然村，用实际行动诠释了医者仁心。现
将他的先进事迹刊发，供大家学习。
通讯员 王春燕 李浩
清晨六点，天刚蒙蒙亮，青石镇卫生院的刘
守山已经背起药箱出门了。这是他当乡村医生的
第三十个年头。

一颗初心
刘守山毕业于市卫生学校。当年，不少同学
留在了城里，他却选择回到家乡。
“我是山里长大的，知道山里人看病有多
难。”他说，“当初选择学医，就是想让乡亲们
少受病痛的苦。”
"""


def test_a_source_line_before_any_headline_is_read_after_the_item_it_closes(clean):
    found = reading(clean(DEEDS_PDFTOTEXT)[0])
    assert found.startswith("身边的榜样")
    assert found.index("少受病痛的苦。”") < found.index("这些年，有城里的民营医院") < found.index("来源：")
    assert found.endswith("第3版")


def test_a_text_opening_on_prose_before_its_headline_keeps_its_order_when_no_source_line_closes_it(clean):
    # the same page without its 来源 line: prose before the first headline is no fault by itself
    # (an 编者按 or a lead may stand there), so nothing turns
    found = reading(clean(DEEDS_PDFTOTEXT.replace("来源：《江城日报》 2026 年 9 月 18 日第 3 版\n", ""))[0])
    assert found.startswith("这些年，有城里的民营医院")


# dev text news_page_science, design two_columns_hanging, pdfminer (cut short): the right column
# (the end of an item and a brief) comes first, the page ends inside a sentence its first line
# goes on; of the headlines it could be read from, the lead's kicker (「…强调」) opens the page
SCIENCE_PDFMINER = """新型研发机构、40余家孵化器和众创空间。
街道还设立了概念验证中心和中试基地，企
业可以按需租用设备，按次付费。

全市首批“科技副总”上岗
本报讯（记者 孙晓梅）

日前，全市首批60名“科技副总”走上
企业岗位。他们来自12所高校和科研院所，
将在企业兼职两年，帮助企业解决技术难题、
培养研发团队。

市委常委会召开会议专题研究科技创新工
作强调

以更大力度推进科技创新 为高质量发展
注入强劲动能
本报记者 陈思远 刘佳
来源：《江城日报》（2026年3月18日01
版）

3月17日下午，市委常委会召开会议，
专题研究全市科技创新工作，听取市科技局
关于全市创新平台建设情况的汇报，研究部
署下一阶段重点任务。
会议还研究了其他事项。

江城高新区：

一条街上的“创新生态”
——走进科创大道看成果转化

本报记者 赵一鸣

这条不足两公里的街道上，聚集着12家
"""


def test_a_page_ending_inside_a_sentence_is_read_from_its_lead_items_kicker(clean):
    found = reading(clean(SCIENCE_PDFMINER)[0])
    assert found.startswith("市委常委会召开会议专题研究科技创新工作强调")
    assert "聚集着12家新型研发机构、40余家孵化器和众创空间。" in found
    assert found.index("会议还研究了其他事项。") < found.index("江城高新区：") < found.index("全市首批")


# dev text news_page_culture_weekly, design tabloid_three_columns, pdfminer (cut short): the text
# opens on a byline wrapped over two lines and ends on the headline it stands under
CULTURE_TABLOID_PDFMINER = """通讯员 林家豪 本报记者 周
可欣

开放一个月来，书房接待
读者3.6万人次。
来源：《江城日报》2026年11
月20日第7版

让老建筑说新故
事
□ 短评

资料：江城市现有市级以
上非物质文化遗产代表性项
目87项，其中国家级4项、省
级21项。

非遗工坊开进社区：

老手艺有了新传
人
本报记者 郑雨桐 文/图

周六上午，城西街道文化
站的活动室里坐满了人。

一座老粮仓的新
生
——江城市粮食局旧址改建
为城市书房侧记
"""


def test_a_text_opening_on_the_byline_of_the_headline_it_ends_on_is_read_from_its_lead(clean):
    found = reading(clean(CULTURE_TABLOID_PDFMINER)[0])
    assert found.startswith("非遗工坊开进社区：")
    assert found.index("城市书房侧记") < found.index("通讯员 林家豪") < found.index("开放一个月来")



# dev text essay_study_experience, design neikan_three_all, read back by pdfminer (whole page,
# tests/data/extractions): the second column starts higher than the first column's tall headline,
# so pdfminer writes it first; the first column ends on a paragraph's first line, set in by its
# indent and cut inside its sentence — 「一张证明晚开一天，群众可能就」, 14 characters of a
# 16-character measure — which its first line 「要多跑一趟；…」 goes on
ESSAY_PDFMINER = Path(__file__).resolve().parents[1] / "data" / "extractions" / (
    "essay_study_experience__neikan_three_all__pdfminer.txt")


def test_a_paragraphs_first_line_cut_in_its_sentence_goes_on_where_its_sentence_does(clean):
    found = reading(clean(ESSAY_PDFMINER.read_text(encoding="utf-8"))[0])
    assert "一张证明晚开一天，群众可能就要多跑一趟；一笔补贴晚发一月" in found


# dev text essay_study_experience, design neikan_three_all, pdfminer (whole page): the third
# column, higher on the page, is written first — the essay's close and its author's unit, wrapped
# inside its bracket (「（作者单位：江城市民政局社会救助」 / 「科）」), then the headline 「在学思践悟中」 /
# 「筑牢为民初心」 signed 「江城市民政局 张晓燕」; a section head wrapped in the column
# (「“恒”字为要：久久为功才能见到」 / 「实效」) stands between them
ESSAY_NEIKAN_PDFMINER = """理论学习

第1版  2026年10月15日  星期四

要多跑一趟；一笔补贴晚发一月，困
难家庭可能就要多熬一个月。我们常
说“群众利益无小事”，落到具体工
作上，就是要把每一件小事办好、办
快、办到群众心坎上。

古人说：“知之非艰，行之惟艰。

”又说：“纸上得来终觉浅，绝知此
事要躬行。”这两句话，我准备抄下
来贴在办公桌前，时时提醒自己。

“恒”字为要：久久为功才能见到

实效

学习不是一阵子的事，而是一辈
子的事。读书班结束了，但学习不能
结束。

下一步，我打算在三个方面下功
夫：一是坚持每月集中学习不少于两
次，二是每季度至少开展一次入户走
访，三是把学习体会转化为改进工作
的具体措施，年底前形成一份社会救
助工作的调研报告。

路虽远，行则将至；事虽难，做
则必成。我相信，只要我们始终把群
众放在心上，就一定能把民生实事办
好办实。
（作者单位：江城市民政局社会救助
科）

在学思践悟中
筑牢为民初心

江城市民政局 张晓燕

近期，按照机关党委统一安排，
我认真参加了专题读书班，系统学习
了有关民生保障工作的重要论述。几
天学下来，感触很深，收获很大。结
合自己多年从事社会救助工作的经历，
谈几点粗浅体会。

“学”字当头：读原著才能悟原理
过去学习，常常满足于看摘要、
读解读，觉得“大概知道”就行了。
这次读书班要求逐篇通读原文，一开
始还有些不适应，读着读着才发现，
原文里有很多以往没有注意到的细节。
比如关于社会救助，原文不仅讲
了“兜底线”，还讲了“织密网”
“建机制”，三者是一个整体。只抓
兜底、不建机制，救助工作就容易陷
入“年年救、年年困”的循环。

读原著、学原文、悟原理，没有
捷径可走。我给自己定了个小目标：
每天读原文不少于半小时，每周写一
篇学习笔记。

“实”字托底：把论述落到每一户

困难家庭

学习的目的全在于运用。读书班
期间，我们组织到城东街道开展了一
次入户走访，一天走了十一户。

其中一户让我印象特别深。老两
口都年过八旬，儿子因病失去劳动能
力，家里全靠两位老人的养老金维持。
按照原来的政策，这户人家刚好卡在
低保线上，几次申请都没有通过。

回来以后，我们对照新修订的救
助办法逐条研究，发现这户人家符合
“刚性支出扣减”的条件。经过重新
核算，一家人顺利纳入了低保范围，
还为老人申请了居家养老服务补贴。
这件事让我深深体会到：政策条
文是冷的，但执行政策的人心要是热
的。

把群众的小事当作自己的大事！
民政工作千头万绪，件件连着民
生，事事关乎民心。在群众眼里，没
有“小事”。

一张证明晚开一天，群众可能就

\f"""


def test_a_page_turned_to_its_signed_headline_not_to_a_section_heads_wrapped_rest(clean):
    found = reading(clean(ESSAY_NEIKAN_PDFMINER)[0])
    assert found.startswith("在学思践悟中筑牢为民初心")
    assert found.endswith("就一定能把民生实事办好办实。（作者单位：江城市民政局社会救助科）")


def test_a_bracketed_remark_wrapped_over_two_lines_is_one_part_of_its_item():
    from booklet.clean.lines import to_lines
    from booklet.clean.turn import BODY, HEAD, parts
    from booklet.readers.text import raw_lines

    page = to_lines(raw_lines("众放在心上，就一定能把民生实事办\n好办实。\n"
                              "（作者单位：江城市民政局社会救助\n科）\n\n在学思践悟中\n筑牢为民初心\n"))
    assert parts(page, 16.0) == [BODY, BODY, BODY, BODY, HEAD, HEAD]


# dev text speech_county_meeting, design neikan_three_all, pdfminer (cut short): the boxes of the
# second and third columns come first, the first column's (the headline and the speech's opening,
# down to 「（三）民生保障更加有力」, whose paragraph opens the second column) last
SPEECH_NEIKAN_PDFMINER = """全年民生支出占一般公共预算支
出的比重达到81.4%。新建改扩建中
小学和幼儿园12所，新增学位5400个；
县人民医院新院区投入使用，县域就
诊率提高到92%。

成绩来之不易，是全县广大干部
群众团结奋斗的结果。在这里，我代
表县委，向大家表示衷心的感谢！

二、准确把握形势任务，进一步

明确工作重点

当前，发展环境中的有利条件和
不利因素并存。我们既要看到经济长
期向好的基本面没有变，也要清醒认
识到，县域经济总量不大、结构不优、
创新能力不强的问题仍然突出。

同志们，新的一年，任务艰巨，
使命光荣。让我们更加紧密地团结在
以习近平同志为核心的党中央周围，
锐意进取、埋头苦干，为谱写县域高
质量发展新篇章而不懈奋斗！

凝心聚力抓落
实 奋力开创县
域经济高质量
发展新局面

——在全县经济工作暨优化营商环
境推进大会上的讲话

（2026年1月9日）

县委书记 周明远

同志们：
这次会议的主要任务是，深入贯
彻中央和省委、市委经济工作会议精
神，总结2025年全县经济工作，分析
当前面临的形势，部署2026年重点任
务，动员全县上下进一步解放思想、
真抓实干，推动县域经济高质量发展
迈上新台阶。刚才，李县长作了很好
的工作报告，我完全同意，请大家认
真抓好落实。下面，我讲三点意见。

一、客观看待过去一年的成绩，

进一步坚定发展信心

过去的一年，面对复杂多变的外
部环境和艰巨繁重的改革发展任务，
全县上下咬定目标不放松，攻坚克难
勇向前，经济社会发展取得了来之不
易的成绩。全县地区生产总值达到
386.5亿元，同比增长6.2%；一般公
共预算收入完成21.3亿元，增长5.8%；
城乡居民人均可支配收入分别增长
4.9%和7.1%。

（一）产业发展势头向好
新签约亿元以上项目47个，总投
资达到312亿元，其中10亿元以上项
目9个。新能源装备、绿色食品两个
主导产业产值分别突破百亿元，规模
以上工业企业新增28家，总数达到
316家。

（二）改革攻坚持续深化
我们在全市率先推行“一件事一
次办”改革，企业开办时间压缩到1
个工作日以内，工程建设项目审批时
间压缩到60个工作日以内。县属国有
企业整合重组基本完成，平台公司市
场化转型迈出实质性步伐。

（三）民生保障更加有力

"""


def test_a_text_written_to_end_on_a_numbered_section_heading_is_read_from_its_headline(clean):
    # a section heading heads the section under it: no text ends on one
    found = reading(clean(SPEECH_NEIKAN_PDFMINER)[0])
    assert found.startswith("凝心聚力抓落实 奋力开创县域经济高质量发展新局面")
    assert found.index("（三）民生保障更加有力") < found.index("全年民生支出") < found.index("二、准确把握形势任务")
    assert found.endswith("而不懈奋斗！")


# dev text notice_theory_study, design neikan_three_all, pdfminer (cut short): the second and third
# columns' boxes first — the notice's 三、 and its signature — then the first column's, which opens
# on the issuer's name and ends inside the sentence the second column goes on with
NOTICE_NEIKAN_PDFMINER = """应确定主题、明确重点发言人，做到
有计划、有记录、有总结。

（二）专题研讨。围绕年度重点
课题，中心组成员结合分管工作撰写
研讨材料，在集体学习时交流发言，
研讨材料字数一般不少于2000字。

（三）调查研究。中心组成员每
人每年至少牵头完成1项调研课题，
形成调研报告，推动学习成果转化为
工作思路和政策举措。

三、工作要求
各单位要高度重视，把中心组学
习作为一项政治任务抓紧抓好。党委
（党组）书记要认真履行第一责任人
职责，带头学习、带头研讨、带头调
研。要严格落实学习考勤、学习通报
等制度，对学习不认真、流于形式的，
予以通报批评。

请各单位于2026年12月20日前将
全年学习情况总结报送市委宣传部理
论处。联系人：王晓峰，电话：0571
-86012345。

中共江城市委宣传部
2026年2月15日

中共江城市委宣传
部

江宣发〔2026〕7号

关于开展2026
年度理论学习
中心组专题学
习的通知

各区委宣传部，市直各单位党组（党
委）：

为深入学习贯彻党的创新理论，
推动理论学习往深里走、往心里走、
往实里走，根据市委统一部署，经研
究，决定在全市各级党委（党组）理
论学习中心组中开展2026年度专题学
习。现将有关事项通知如下。

一、学习内容
（一）深入学习党的创新理论
1.系统学习新时代党的创新理论
的核心要义、精神实质、丰富内涵和
实践要求，把握贯穿其中的立场观点
方法。

二、方式方法
（一）集中学习。各级中心组每
季度集中学习不少于1次，每次学习
"""


def test_a_notice_is_read_from_its_issuer_not_from_a_section_its_numbering_puts_later(clean):
    # the signature's date closes the notice (it heads nothing); of the turns that leave no fault,
    # the one whose sections and items come in turn (一、 … 二、 … 三、)
    found = reading(clean(NOTICE_NEIKAN_PDFMINER)[0])
    assert found.startswith("中共江城市委宣传部江宣发〔2026〕7号")
    assert found.index("一、学习内容") < found.index("二、方式方法") < found.index("三、工作要求")
    assert found.endswith("中共江城市委宣传部2026年2月15日")


# dev text news_page_city_briefs, design two_columns_plain, pdfminer (cut short): the right column's
# boxes first — a photo's caption, then a brief — the left column's lead item (its kicker wrapped at
# the column's edge: 「…重点工作强」 / 「调」) after them
BRIEFS_PLAIN_PDFMINER = """居民在“共享工具间”借用工具。 通讯员 邱明/摄

江城高铁站新增 6 对始发列车
本报讯

记者从铁路部门获悉，自 12 月 1 日起，江
城高铁站新增 6 对始发列车，通达省会及周边主
要城市。铁路部门提醒旅客提前通过官方渠道购
票。
来源：《江城日报》 2026 年 11 月 26 日第 2 版

市政府常务会议研究部署今冬明春重点工作强
调

抓早抓实民生实事 确保群众温
暖过冬

本报记者 郑小川

11 月 25 日，市政府召开常务会议，研究部
署今冬明春供暖保障、物资供应和安全生产等重
点工作。

会议指出，入冬以来，全市天然气供应总体
平稳，但寒潮天气可能带来用气高峰。各有关部
门要加强监测预警，提前做好应急气源储备，确
保居民用气不断供、不降压。

会议要求，要抓好蔬菜、肉类等重要民生商
品保供稳价，加大对困难群众的走访慰问力度，
切实把党和政府的温暖送到群众心坎上。

全市首个社区“共享工具间”开
放

本报讯（记者 周婷 通讯员 邱明）

近日，东湖街道青石社区“共享工具间”正
式开放。居民凭借社区积分，可免费借用电钻、
梯子、缝纫机等 40 余种工具。

社区党委书记介绍，工具由辖区单位和居民
捐赠，志愿者负责登记和维护，开放一周已借出
工具 120 余件次。

— 1 —
"""


def test_a_text_written_to_open_on_a_photo_caption_is_read_from_its_lead_items_kicker(clean):
    # a caption stands in the item that carries its photo: no text opens on one; of the turns that
    # mend it, the one opening on the kicker, wrapped or not; the credit ends its caption (no
    # sentence goes on from it: the caption stays where the turn puts it)
    found = reading(clean(BRIEFS_PLAIN_PDFMINER)[0])
    assert found.startswith("市政府常务会议研究部署今冬明春重点工作强调")
    assert found.index("开放一周已借出工具120余件次。") < found.index("居民在“共享工具间”借用工具。") \
        < found.index("江城高铁站新增6对始发列车")
    assert found.endswith("来源：《江城日报》2026年11月26日第2版")


# dev text tongbao_safety_inspection, design two_columns_plain, pdfminer (cut short): the right
# column's boxes first — the circular's last items, its 附件 line and signature — then the left
# column's, from the issuer's name down to 「三、」 and its first item
TONGBAO_PLAIN_PDFMINER = """（二）对检查发现的重大事故隐患，实行挂

牌督办，整改不到位的一律停产停业整顿。

（三）市安委办将适时组织“回头看”，对
整改不力、问题反弹的单位和个人，按照有关规
定严肃追责问责。

附件：第三季度明查暗访发现问题清单

江城市安全生产委员会办公室
2026 年 10 月 12 日

江城市安全生产委员会办
公室

江安委办〔 2026 〕 23 号

关于 2026 年第三季度安全生产
明查暗访情况的通报

各区（县）安委会，市安委会各成员单位：

为切实防范化解重大安全风险，坚决遏制较
大以上生产安全事故发生， 8 月至 9 月，市安委
办组织 6 个检查组，采取“四不两直”方式，对
全市 12 个区（县）的危险化学品、建筑施工、
道路交通、消防等重点行业领域开展明查暗访。
现将有关情况通报如下。
一、总体情况
本次明查暗访共检查生产经营单位 236 家，
发现各类问题隐患 917 项，其中重大事故隐患 4
项。截至 9 月 30 日，已整改到位 842 项，整改
率 91.8%，其余问题正在限期整改。从检查情况
看，各地各部门认真落实安全生产责任，重点行
业领域安全形势总体平稳。
二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在纸面，安
全培训走过场。检查组在某化工企业抽查 8 名一
线操作人员，有 3 人不能正确说出本岗位的主要
风险和应急处置措施。

三、下一步工作要求
（一）各地各部门要对照本通报反映的问
题，举一反三，于 10 月 31 日前完成全面自查自
纠，并将整改情况报送市安委办。

— 1 —

"""


def test_a_circular_is_turned_to_its_issuer_where_its_numbering_then_comes_in_turn(clean):
    # no fault tells (the first column ends on a full stop); the sections and items do: read from
    # the issuer's name they count 一、 二、 三、 and （一）（二）（三）; the 附件 line is a field, body
    # however short, and the signature's date closes the circular
    found = reading(clean(TONGBAO_PLAIN_PDFMINER)[0])
    assert found.startswith("江城市安全生产委员会办公室江安委办〔2026〕23号")
    assert found.index("三、下一步工作要求") < found.index("（一）各地各部门") < found.index("（二）对检查发现") \
        < found.index("附件：第三季度明查暗访发现问题清单")
    assert found.endswith("江城市安全生产委员会办公室2026年10月12日")


# dev text news_page_science, design news_three_tight, pdfminer (cut short): the third column's boxes
# come before the second's; the third item's headline, set large, wraps from the second column's
# foot (「全市首批“科」) into the third column's head (「技副总”上岗」)
SCIENCE_TIGHT_PDFMINER = """市委常委会召开会议专题
研究科技创新工作强调

以更大力度
推进科技创
新 为高质量
发展注入强
劲动能

本报记者 陈思远 刘佳
来源：《江城日报》（2026
年3月18日01版）

3月17日下午，市委常
委会召开会议，专题研究全
市科技创新工作，听取市科
技局关于全市创新平台建设
情况的汇报，研究部署下一
阶段重点任务。

会议强调，要坚持“四
个面向”，聚焦产业链部署
创新链，围绕创新链布局产
业链。要加快建设实验室体
系，支持企业牵头组建创新
联合体，让企业真正成为技
术创新决策、研发投入、科

技副总”上岗

本报讯（记者 孙晓梅）
日前， 全 市首批 6 0名
“科技副总”走上企业岗位。
他们来自12所高校和科研院
所，将在企业兼职两年，帮
助企业解决技术难题、培养
研发团队。

据了解，“科技副总”
由企业提出需求、高校推荐
人选、双向选择确定，市财
政给予每人每年5万元工作
补助。

研组织和成果转化的主体。
要深化科技体制改革，赋予
科研人员更大的人财物支配
权和技术路线决定权。

会议还研究了其他事项。

江城高新区：

一条街上的
“创新生态”

——走进科创大道看成果
转化
本报记者 赵一鸣
早上八点，科创大道两
侧的孵化楼陆续亮起灯光。
在一家从事传感器研发的初
创企业里，研发主管正在调
试一台新样机。“从实验室
到生产线，过去要两三年，
现在一年就能走完。”他说。
全市首批“科

"""


def test_a_title_cut_inside_a_word_at_a_columns_foot_goes_on_in_the_box_that_completes_the_word(clean):
    # the dictionary reads 科技 across the cut: the title's rest follows it, and the item under it
    found = reading(clean(SCIENCE_TIGHT_PDFMINER)[0])
    assert "全市首批“科技副总”上岗" in found
    assert found.index("技术创新决策、研发投入、科研组织") < found.index("会议还研究了其他事项。") \
        < found.index("一条街上的“创新生态”") < found.index("全市首批“科技副总”上岗") \
        < found.index("本报讯（记者 孙晓梅）") < found.index("市财政给予每人每年5万元工作补助。")


# dev text news_page_science, design two_columns_hanging, pdftotext (plain; cut short, its page
# number left out): the right column's top block comes right after the lead headline; the left
# column ends inside a sentence (「…聚集着12家」) over the brief that opens its next item
SCIENCE_HANGING_PDFTOTEXT = """市委常委会召开会议专题研究科技创新工
作强调

以更大力度推进科技创新
为高质量发展注入强劲动
能

新型研发机构、40余家孵化器和众创空间。
街道还设立了概念验证中心和中试基地，企
业可以按需租用设备，按次付费。去年，这
里的企业共转化科技成果160余项，带动新
增产值超过20亿元。

科创大道概念验证中心内，技术人员正在调试设
备。 本报记者 赵一鸣/摄

高新区负责人介绍，下一步将探索“先
使用后付费”的成果转化模式，让更多中小
企业用得上、用得起高校院所的科技成果。

本报记者 陈思远 刘佳
来源：《江城日报》（2026年3月18日01
版）
3月17日下午，市委常委会召开会议，
专题研究全市科技创新工作，听取市科技局
关于全市创新平台建设情况的汇报，研究部
署下一阶段重点任务。
会议指出，科技创新是牵引高质量发展
的核心动力。近年来，全市上下深入实施创
新驱动发展战略，研发投入强度从2.1%提高
到2.8%，高新技术企业数量突破3000家，一
批关键核心技术取得突破。同时也要看到，
全市创新策源能力还不够强，科技成果就地
转化率不够高，高层次人才仍然短缺。
会议强调，要坚持“四个面向”，聚焦
产业链部署创新链，围绕创新链布局产业链。
要加快建设实验室体系，支持企业牵头组建
创新联合体，让企业真正成为技术创新决策、
研发投入、科研组织和成果转化的主体。要
深化科技体制改革，赋予科研人员更大的人
财物支配权和技术路线决定权。
会议还研究了其他事项。

江城高新区：

一条街上的“创新生态”
——走进科创大道看成果转化
本报记者 赵一鸣
早上八点，科创大道两侧的孵化楼陆续
亮起灯光。在一家从事传感器研发的初创企
业里，研发主管正在调试一台新样机。“从
实验室到生产线，过去要两三年，现在一年
就能走完。”他说。
这条不足两公里的街道上，聚集着12家

全市首批“科技副总”上岗
本报讯（记者 孙晓梅）
日前，全市首批60名“科技副总”走上
企业岗位。他们来自12所高校和科研院所，
将在企业兼职两年，帮助企业解决技术难题、
培养研发团队。
据了解，“科技副总”由企业提出需求、
高校推荐人选、双向选择确定，市财政给予
每人每年5万元工作补助。
"""


def test_a_block_opening_on_a_full_line_where_paragraphs_open_set_in_goes_on_a_cut_sentence(clean):
    # the page's paragraphs open an indent short of the measure (pdftotext dropped the indent): a
    # block whose first line fills the measure is no paragraph's start but the rest of one — it
    # goes on where a line was cut in its sentence, though 「家新」 shows nowhere else in the text
    found = reading(clean(SCIENCE_HANGING_PDFTOTEXT)[0])
    assert "聚集着12家新型研发机构、40余家孵化器和众创空间。" in found
    assert found.index("带动新增产值超过20亿元。") < found.index("全市首批“科技副总”上岗")


# dev text speech_county_meeting, design news_three_tight, pdfminer (cut short): the first column's
# boxes, down to a line cut inside its sentence (「…增长」); then the third column's; then the
# second's, which go on that sentence (「5.8%；…」) and run to its section's last paragraph
SPEECH_TIGHT_PDFMINER = """凝心聚力抓
落实 奋力开
创县域经济
高质量发展
新局面

——在全县经济工作暨优
化营商环境推进大会上的
讲话

（2026年1月9日）

县委书记 周明远

同志们：
一、客观看待过去一年
的成绩，进一步坚定发展信
心

过去的一年，面对复杂
多变的外部环境和艰巨繁重
的改革发展任务，全县上下
咬定目标不放松，攻坚克难
勇向前，经济社会发展取得
了来之不易的成绩。全县地
区生产总值达到386.5亿元，
同比增长6.2%；一般公共预
算收入完成21.3亿元，增长

1.着力扩大有效投资
要坚持项目为王，实行
县级领导包联重点项目制度，
做到一个项目、一名领导、
一个专班、一抓到底。全年
力争新开工亿元以上项目50
个以上，完成固定资产投资
增长8%以上。

三、切实转变工作作风，

进一步提升落实质效

抓落实，关键在干部。
全县各级领导干部要树立正
确政绩观，把心思和精力用
在干事创业上，做到重点工
作亲自部署、重大问题亲自
过问、关键环节亲自协调。
同志们，新的一年，任
务艰巨，使命光荣。让我们
更加紧密地团结在以习近平
同志为核心的党中央周围，
锐意进取、埋头苦干，为谱
写县域高质量发展新篇章而
不懈奋斗！

5.8%；城乡居民人均可支配
收入分别增长4.9%和7.1%。
（一）产业发展势头向

好

新签约亿元以上项目47
个，总投资达到312亿元，
其中10亿元以上项目9个。
新能源装备、绿色食品两个
主导产业产值分别突破百亿
元，规模以上工业企业新增
28家，总数达到316家。

成绩来之不易，是全县
广大干部群众团结奋斗的结
果。在这里，我代表县委，
向大家表示衷心的感谢！

二、准确把握形势任务，

进一步明确工作重点

当前，发展环境中的有
利条件和不利因素并存。我
们既要看到经济长期向好的
基本面没有变，也要清醒认
识到，县域经济总量不大、
结构不优、创新能力不强的
问题仍然突出。

"""


def test_a_columns_run_of_boxes_moves_whole_to_where_its_first_box_goes_on(clean):
    # the moves that mend the cut sentence alike, the one whose run ends where a block opens fresh
    # (a heading, a title) or at the page's end: the column's run is not cut inside its section
    found = reading(clean(SPEECH_TIGHT_PDFMINER)[0])
    assert "增长5.8%；城乡居民人均可支配收入" in found
    assert found.index("二、准确把握形势任务") < found.index("当前，发展环境中的有利条件") \
        < found.index("1.着力扩大有效投资") < found.index("三、切实转变工作作风")
    assert found.endswith("为谱写县域高质量发展新篇章而不懈奋斗！")


# dev text plan_elderly_care_implementation, design two_columns_plain, pdfminer (the --full set's
# extra design; cut short): the right column's boxes first — 三、 and its items, the 附件 line
# wrapped over two boxes (「…提升行动任」 / 「务分工表」), the signature — then the left column's,
# from the document number down to a line cut in its sentence
PLAN_PLAIN_PDFMINER = """证书并在本市养老机构连续从业满 2 年的，按规
定给予一次性奖励。
三、保障措施
（一）加强组织领导。成立由市政府分管领
导任组长的工作专班，统筹推进各项任务落实。
（二）强化资金保障。市、区两级财政将居
家社区养老服务所需经费纳入年度预算，福利彩
票公益金用于养老服务的比例不低于 55%。

（三）严格督促考核。将本方案实施情况纳

入对各区政府的年度绩效考核。

附件：江城市居家社区养老服务提升行动任

务分工表

江城市人民政府办公室
2026 年 11 月 20 日

江政办发〔 2026 〕 41 号

江城市居家社区养老服务提升行
动实施方案

为贯彻落实国家和省关于推进基本养老服务
体系建设的部署要求，加快补齐居家社区养老服
务短板，结合我市实际，制定本方案。

一、总体要求
（一）工作目标
到 2028 年底，全市街道综合养老服务中心
覆盖率达到 100%，社区养老服务设施覆盖率达
到 95%以上，家庭养老床位达到 3000 张，基本
形成“15 分钟养老服务圈”。

（二）基本原则
坚持政府主导、社会参与，坚持保障基本、

普惠多样，坚持因地制宜、分类推进。

二、重点任务
（一）完善设施网络，推动街道综合养
老服务中心和社区养老服务站点布局更加均
"""


def test_a_plan_is_turned_to_its_document_number_not_to_its_first_numbered_section(clean):
    # 「一、总体要求」 ends on 要求 but is numbered: no kicker; 「务分工表」 is the 附件 field's rest
    # (the dictionary reads 任务 across the boxes), no headline a turn could open on
    found = reading(clean(PLAN_PLAIN_PDFMINER)[0])
    assert found.startswith("江政办发〔2026〕41号江城市居家社区养老服务提升行动实施方案")
    assert found.index("一、总体要求") < found.index("二、重点任务") < found.index("三、保障措施") \
        < found.index("附件：江城市居家社区养老服务提升行动任务分工表")


# dev text lecture_party_style, design news_three_tight, pdfminer (cut short, from a section's head
# on): the third column's box opens on the rest of a sentence, 「提出：」, written before the box
# ending 「…专题调研后曾」 — a line of prose with no clause mark of its own, cut at the column's foot
LECTURE_PDFMINER = """二、准确把握当前机关

作风方面存在的突出问题

对照要求，我们机关作
风还存在一些不容忽视的问
题。一是有的同志担当意识
不强。遇到矛盾绕着走，碰
到难题往上推，满足于“不
出事”。二是有的同志调查
研究不深。习惯于坐在办公
室听汇报、看材料，对基层
实际情况知之不多②。三是
有的同志文风会风不实。文
件越发越长，会议越开越多，
落实却打了折扣。

提出：

作 风 建 设 要 在 “ 常 ”
“长”二字上下功夫，既要
立足当前、解决突出问题，
又要着眼长远、完善制度机
制。
——市直机关工委《关于机
关作风建设情况的调研报
告》（2022年9月）
同志们，作风建设关乎
人心向背。让我们从自身做
起，从现在做起，以过硬作
风推动各项工作再上新台阶！

这些问题虽然发生在少
数人身上，但影响很坏，必
须下大力气解决。

三、以实际行动推动作

风持续好转

《礼记·大学》有言：
苟日新，日日新，又日

新。

——《礼记·大学》
作风建设也要有这种日
新又新的精神。具体来说，
要做到“三个坚持”：

坚持问题导向。各支部
要结合岗位职责，逐条查摆
问题，建立问题清单、整改
清单和责任清单，做到整改
一项、销号一项。

坚持以上率下。领导干
部要带头转作风，要求别人
做到的自己首先做到，要求
别人不做的自己坚决不做。
坚持常态长效。要把作
风建设同业务工作同部署、
同检查、同考核，把好的做
法固化为制度 ③。市直机关
工委在2022年专题调研后曾
"""


def test_a_box_opening_on_a_sentences_colon_goes_on_from_the_line_cut_inside_it(clean, titles_and_blocks):
    doc, _ = clean(LECTURE_PDFMINER)
    found = titles_and_blocks(doc)
    assert "专题调研后曾提出：" in found
    assert found.index("落实却打了折扣。") < found.index("这些问题虽然发生在少数人身上")
    assert found.endswith("以过硬作风推动各项工作再上新台阶！")
    assert found.index("坚持问题导向。") < found.index("坚持以上率下。") < found.index("坚持常态长效。")


def test_a_box_opening_on_a_colon_after_a_line_ending_open_keeps_its_order(clean, titles_and_blocks):
    # the same column in reading order: nothing moves
    blocks = LECTURE_PDFMINER.split("\n\n")
    tail = [k for k, block in enumerate(blocks) if block.startswith("提出：")][0]
    ends = [k for k, block in enumerate(blocks) if block.startswith("这些问题")][0]
    doc, _ = clean("\n\n".join(blocks[:tail] + blocks[ends:] + blocks[tail:ends]))
    found = titles_and_blocks(doc)
    assert "专题调研后曾提出：" in found
    assert found.endswith("以过硬作风推动各项工作再上新台阶！")


# dev text measures_volunteer_service, design a5_no_indent_larger, pdftotext (plain; cut short): a
# chapter's label and an article's, each set apart from its title or text by a wide space, come
# out stacked (「第四章」 / 「第十一条」) ahead of the title and the article's text
MEASURES_PDFTOTEXT = """第三章

志愿服务活动

第八条 志愿服务组织可以招募志愿者开展志愿服务
活动。招募时，应当说明与志愿服务有关的真实、准
确、完整的信息以及在志愿服务过程中可能发生的风
险。
第九条 志愿服务组织安排志愿者参与的志愿服务活
动，应当与志愿者的年龄、知识、技能和身体状况相
适应，不得要求志愿者提供超出其能力的志愿服务。
第十条 志愿者接受志愿服务组织安排参与志愿服务
活动的，应当服从管理，接受必要的培训。

第四章
第十一条

促进措施
市、区人民政府应当建立健全志愿服务激

励机制，对在志愿服务事业发展中做出突出贡献的志
愿者、志愿服务组织，按照国家有关规定给予表彰、
奖励。
第十二条 有关单位在招录公务员、招聘工作人员和
招生时，可以将志愿服务情况纳入考察内容。
· 3 ·

第十三条 鼓励企业和其他组织在同等条件下优先招
用有良好志愿服务记录的志愿者。

第五章
第十四条

附则
本办法自2026年5月1日起施行。
"""


def test_labels_stacked_ahead_of_their_titles_are_read_each_before_its_own(clean):
    doc, _ = clean(MEASURES_PDFTOTEXT)
    found = reading(doc)
    assert found.index("第四章") < found.index("促进措施") < found.index("第十一条") < found.index("市、区人民政府")
    assert found.index("第五章") < found.index("附则") < found.index("第十四条") < found.index("本办法自2026年5月1日起施行。")
    assert "第四章促进措施" in found.replace(" ", "").replace("\u3000", "")


def test_a_label_alone_before_its_title_keeps_its_order(clean):
    # a chapter's label alone over its title, and an article's over its text: nothing stacked
    doc, _ = clean(MEASURES_PDFTOTEXT.replace("第四章\n第十一条\n\n促进措施\n", "第四章\n\n促进措施\n\n第十一条\n"))
    found = reading(doc)
    assert found.index("第四章") < found.index("促进措施") < found.index("第十一条") < found.index("市、区人民政府")


# dev text news_page_science, design two_columns_hanging, pdftotext (plain; the whole page): the
# extractor wrote the right column's foot (「新型研发机构、…」) first, then the lead item's kicker
# wrapped at the column's edge (「…科技创新工」 / 「作强调」), its title, then a photo's caption and
# the paragraph under it (the second item's) between the title and its byline
SCIENCE_PDFTOTEXT = """理论周刊

2026年5月12日

星期二

新型研发机构、40余家孵化器和众创空间。
街道还设立了概念验证中心和中试基地，企
业可以按需租用设备，按次付费。去年，这
里的企业共转化科技成果160余项，带动新
增产值超过20亿元。

市委常委会召开会议专题研究科技创新工
作强调

以更大力度推进科技创新
为高质量发展注入强劲动
能

科创大道概念验证中心内，技术人员正在调试设
备。 本报记者 赵一鸣/摄

高新区负责人介绍，下一步将探索“先
使用后付费”的成果转化模式，让更多中小
企业用得上、用得起高校院所的科技成果。

本报记者 陈思远 刘佳
来源：《江城日报》（2026年3月18日01
版）
3月17日下午，市委常委会召开会议，
专题研究全市科技创新工作，听取市科技局
关于全市创新平台建设情况的汇报，研究部
署下一阶段重点任务。
会议指出，科技创新是牵引高质量发展
的核心动力。近年来，全市上下深入实施创
新驱动发展战略，研发投入强度从2.1%提高
到2.8%，高新技术企业数量突破3000家，一
批关键核心技术取得突破。同时也要看到，
全市创新策源能力还不够强，科技成果就地
转化率不够高，高层次人才仍然短缺。
会议强调，要坚持“四个面向”，聚焦
产业链部署创新链，围绕创新链布局产业链。
要加快建设实验室体系，支持企业牵头组建
创新联合体，让企业真正成为技术创新决策、
研发投入、科研组织和成果转化的主体。要
深化科技体制改革，赋予科研人员更大的人
财物支配权和技术路线决定权。
会议还研究了其他事项。

江城高新区：

一条街上的“创新生态”
——走进科创大道看成果转化
本报记者 赵一鸣
早上八点，科创大道两侧的孵化楼陆续
亮起灯光。在一家从事传感器研发的初创企
业里，研发主管正在调试一台新样机。“从
实验室到生产线，过去要两三年，现在一年
就能走完。”他说。
这条不足两公里的街道上，聚集着12家
1

全市首批“科技副总”上岗
本报讯（记者 孙晓梅）
日前，全市首批60名“科技副总”走上
企业岗位。他们来自12所高校和科研院所，
将在企业兼职两年，帮助企业解决技术难题、
培养研发团队。
据了解，“科技副总”由企业提出需求、
高校推荐人选、双向选择确定，市财政给予
每人每年5万元工作补助。

"""


def test_a_byline_stands_under_its_headline_not_under_another_columns_caption(clean):
    found = reading(clean(SCIENCE_PDFTOTEXT)[0]).replace(" ", "")
    # the lead item: kicker, title, byline, its 来源 line, its body
    assert found.startswith("市委常委会召开会议专题研究科技创新工作强调以更大力度推进科技创新为高质量发展注入强劲动能"
                            "本报记者陈思远刘佳")
    lead_end = found.index("会议还研究了其他事项。")
    # the second item: its foot goes on in the block written first, then its caption and last paragraph
    assert lead_end < found.index("江城高新区：") < found.index("这条不足两公里的街道上，聚集着12家新型研发机构")
    assert (found.index("新型研发机构") < found.index("科创大道概念验证中心内") < found.index("高新区负责人介绍")
            < found.index("全市首批“科技副总”上岗"))


def test_a_page_whose_blocks_are_in_reading_order_keeps_it(clean):
    # the same page with its blocks in the order it reads (its foot's page number dropped): nothing moves
    blocks = SCIENCE_PDFTOTEXT.split("\n\n")
    head, (foot, kicker, title, caption, last, lead, place, second, third) = blocks[:3], blocks[3:12]
    second = second.removesuffix("\n1")
    found = reading(clean("\n\n".join([*head, kicker, title, lead, place, second, foot, caption, last, third]))[0])
    found = found.replace(" ", "")
    assert found.index("市委常委会") < found.index("本报记者陈思远") < found.index("江城高新区：") < found.index(
        "聚集着12家新型研发机构") < found.index("科创大道概念验证中心内") < found.index("高新区负责人介绍") < found.index(
        "全市首批")


# dev text deeds_village_doctor, design two_columns_plain, pdfminer (the whole page): an editor's
# note (「编者按：…」) stands under the headline, over the byline — no stray block before it
DEEDS_PDFMINER = """2026 年第 11 期

江城市科学技术协会

科技工作动态

这些年，有城里的民营医院高薪聘请他，他
都婉言谢绝了。他说：“这里离不开我，我也离
不开这里。”

今年 ， 刘 守 山被 评 为“全 省 优 秀乡 村 医

生”。面对荣誉，他只是笑笑：“我就是做了一
个医生该做的事。”
来源：《江城日报》 2026 年 9 月 18 日第 3 版

身边的榜样

三十年守护一方百姓健康

——记江城县青石镇卫生院乡村医生刘守山

编者按：乡村医生是农村居民健康的“守门
人”。刘守山同志扎根山区三十年，走遍全镇二
十一个自然村，用实际行动诠释了医者仁心。现
将他的先进事迹刊发，供大家学习。

通讯员 王春燕 李浩

清晨六点，天刚蒙蒙亮，青石镇卫生院的刘
守山已经背起药箱出门了。这是他当乡村医生的
第三十个年头。

三十年来，他累计接诊群众 12 万余人次，
出诊 3 万多次，走过的山路超过 10 万公里。村
里人都亲切地叫他“刘大夫”。

一只药箱
刘守山有一只用了二十多年的旧药箱，皮面
磨得发白，提手换过三回。箱子里装着血压计、
听诊器、体温计和一些常用药品。

“山里老人多，腿脚不方便，有个头疼脑热
的，让他们跑到镇上看病不现实。”刘守山说，
“我多跑几步路，他们就少受些罪。”

有一年冬天，半夜里下着大雪，石门村的一
位老人突发心绞痛。刘守山接到电话后，打着手
电筒走了两个多小时山路赶到老人家中，及时采
取急救措施，又联系救护车把老人送到县医院，
老人转危为安。
一本台账
在刘守山的办公桌上，摆着一摞厚厚的健康
台账。全镇 1800 多名慢性病患者的血压、血糖
变化，他都一笔一笔记得清清楚楚。

近年来，镇里推行家庭医生签约服务，刘守
山主动承担了最偏远的五个村。他给每位签约群
众建立健康档案，定期上门随访，指导用药和康
复。

在他的努力下，所负责片区高血压患者规范
管理率达到 92%，比全县平均水平高出近 10 个
百分点。

一颗初心
刘守山毕业于市卫生学校。当年，不少同学

留在了城里，他却选择回到家乡。

“我是山里长大的，知道山里人看病有多
难。”他说，“当初选择学医，就是想让乡亲们
少受病痛的苦。”

— 1 —

"""


def test_an_editors_note_between_headline_and_byline_stays_there(clean):
    found = reading(clean(DEEDS_PDFMINER)[0]).replace(" ", "")
    assert found.startswith("身边的榜样三十年守护一方百姓健康——记江城县青石镇卫生院乡村医生刘守山编者按：")
    assert found.index("供大家学习。") < found.index("通讯员王春燕李浩") < found.index("清晨六点")


# dev text news_page_county, design two_columns_plain, pdftotext (plain; the whole page): the page's
# 来源 line is cut inside its bracket at the foot of the right column (「…（ 2026 年 11 月 2 日第 1」)
# and the extractor wrote the bracket's rest 「版）」 as a block of its own at the top of the page
COUNTY_PDFTOTEXT = """科技工作动态
2026 年第 11 期

江城市科学技术协会

版）

省委主要负责同志致信祝贺江城县农业科技园
区获批国家级园区并在全县乡村振兴工作推进
会上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业科技园区，智能
温室里番茄挂满枝头，水肥一体化设备按照预设
程序精准滴灌。园区管委会负责人告诉记者，园
区已引进农业科技企业 43 家，建成各类科研平
台 17 个，去年实现总产值 58 亿元。
“过去种地靠经验，现在靠数据。”种植大
户老陈指着手机上的监测画面说，土壤湿度、光
照、温度一目了然，哪块地该浇水、该施肥，系
统都会提醒。
园区智能温室内，技术人员正在查看番茄长势。 本
报记者 何静怡/摄

园区建设过程中，县里与省农科院、农业大
学共建 3 个专家工作站，每年组织技术培训 60
余场次，带动周边农户 1.2 万户增收。下一步，
园区将重点发展种业研发、智慧农业和农产品精
深加工，力争三年内总产值突破百亿元。

县城新增 3 条公交线路
本报讯（记者 马晓东）
10 月 28 日起，县城新开通 3 条公交线路，
覆盖城东新区、高铁站和工业园区等区域。新线
路全部采用新能源公交车，首末班时间分别为 6
时 30 分和 20 时 30 分，票价统一为 1 元。

让科技之花开在田间地头
□ 本报评论员
农业现代化，关键是农业科技现代化。园区
的实践表明，只要把科技力量引到田间地头，把
农民培养成懂技术、会经营的新农人，传统农业
就能焕发新的生机。
推动农业科技进步，既要“顶天”，在关键
核心技术上攻关突破；也要“立地”，让先进适
用技术真正进村入户。各级各部门要在完善科技
服务体系上多下功夫，让更多农民共享科技进步
的成果。
来源：《江城县报》（ 2026 年 11 月 2 日第 1

— 1 —

"""


def test_a_brackets_rest_written_first_goes_on_from_the_line_cut_inside_it(clean):
    found = reading(clean(COUNTY_PDFTOTEXT)[0]).replace(" ", "")
    assert found.startswith("省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区")
    assert found.endswith("来源：《江城县报》（2026年11月2日第1版）")


# the same page read by `pdftotext -layout`: the rest stands in a row of its own atop the lead
# headline, in one block with it — the block goes on in the headline and stays where it is
COUNTY_PDFTOTEXT_LAYOUT = """                           科技工作动态
2026 年第 11 期                                 江城市科学技术协会


                                        版）
省委主要负责同志致信祝贺江城县农业科技园
区获批国家级园区并在全县乡村振兴工作推进
       会上作出批示

把园区建成现代农业的示范窗口
     ——江城县农业科技园区建设纪实
       本报记者 何静怡 通讯员 吴志强
    深秋时节，走进江城县农业科技园区，智能
温室里番茄挂满枝头，水肥一体化设备按照预设
程序精准滴灌。园区管委会负责人告诉记者，园
区已引进农业科技企业 43 家，建成各类科研平
台 17 个，去年实现总产值 58 亿元。
    “过去种地靠经验，现在靠数据。”种植大
户老陈指着手机上的监测画面说，土壤湿度、光
照、温度一目了然，哪块地该浇水、该施肥，系
统都会提醒。
园区智能温室内，技术人员正在查看番茄长势。 本
       报记者 何静怡/摄
  园区建设过程中，县里与省农科院、农业大
学共建 3 个专家工作站，每年组织技术培训 60
余场次，带动周边农户 1.2 万户增收。下一步，
园区将重点发展种业研发、智慧农业和农产品精
深加工，力争三年内总产值突破百亿元。

      县城新增 3 条公交线路
           本报讯（记者 马晓东）
    10 月 28 日起，县城新开通 3 条公交线路，
覆盖城东新区、高铁站和工业园区等区域。新线
路全部采用新能源公交车，首末班时间分别为 6
时 30 分和 20 时 30 分，票价统一为 1 元。

     让科技之花开在田间地头
               □ 本报评论员
  农业现代化，关键是农业科技现代化。园区
的实践表明，只要把科技力量引到田间地头，把
农民培养成懂技术、会经营的新农人，传统农业
就能焕发新的生机。
  推动农业科技进步，既要“顶天”，在关键
核心技术上攻关突破；也要“立地”，让先进适
用技术真正进村入户。各级各部门要在完善科技
服务体系上多下功夫，让更多农民共享科技进步
的成果。
来源：《江城县报》（ 2026 年 11 月 2 日第 1



                                — 1 —
"""


def test_a_block_holding_a_brackets_rest_over_a_headline_is_not_moved_for_the_rest(clean):
    found = reading(clean(COUNTY_PDFTOTEXT_LAYOUT)[0]).replace(" ", "")
    assert found.index("省委主要负责同志") < found.index("把园区建成现代农业的示范窗口") < found.index("县城新增3条公交线路")
    assert found.index("县城新增3条公交线路") < found.index("让科技之花开在田间地头") < found.index("来源：《江城县报》")


# the same page read by pdfminer: the rest 「版）」 a box of its own over the lead headline's box — short
# and unpunctuated as a title is, yet no headline's: it goes to the 来源 line, the page keeps its order
COUNTY_PDFMINER = """2026 年第 11 期

江城市科学技术协会

科技工作动态

版）

省委主要负责同志致信祝贺江城县农业科技园
区获批国家级园区并在全县乡村振兴工作推进
会上作出批示

把园区建成现代农业的示范窗口

——江城县农业科技园区建设纪实

本报记者 何静怡 通讯员 吴志强

深秋时节，走进江城县农业科技园区，智能
温室里番茄挂满枝头，水肥一体化设备按照预设
程序精准滴灌。园区管委会负责人告诉记者，园
区已引进农业科技企业 43 家，建成各类科研平
台 17 个，去年实现总产值 58 亿元。

“过去种地靠经验，现在靠数据。”种植大
户老陈指着手机上的监测画面说，土壤湿度、光
照、温度一目了然，哪块地该浇水、该施肥，系
统都会提醒。

园区智能温室内，技术人员正在查看番茄长势。 本
报记者 何静怡/摄

园区建设过程中，县里与省农科院、农业大
学共建 3 个专家工作站，每年组织技术培训 60
余场次，带动周边农户 1.2 万户增收。下一步，
园区将重点发展种业研发、智慧农业和农产品精
深加工，力争三年内总产值突破百亿元。

县城新增 3 条公交线路
本报讯（记者 马晓东）

10 月 28 日起，县城新开通 3 条公交线路，
覆盖城东新区、高铁站和工业园区等区域。新线
路全部采用新能源公交车，首末班时间分别为 6
时 30 分和 20 时 30 分，票价统一为 1 元。

让科技之花开在田间地头

□ 本报评论员

农业现代化，关键是农业科技现代化。园区
的实践表明，只要把科技力量引到田间地头，把
农民培养成懂技术、会经营的新农人，传统农业
就能焕发新的生机。

推动农业科技进步，既要“顶天”，在关键
核心技术上攻关突破；也要“立地”，让先进适
用技术真正进村入户。各级各部门要在完善科技
服务体系上多下功夫，让更多农民共享科技进步
的成果。
来源：《江城县报》（ 2026 年 11 月 2 日第 1

— 1 —

"""


def test_a_brackets_rest_over_a_headline_leaves_the_headline_where_it_is(clean):
    found = reading(clean(COUNTY_PDFMINER)[0]).replace(" ", "")
    assert found.startswith("省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区")
    assert found.index("县城新增3条公交线路") < found.index("让科技之花开在田间地头")
    assert found.endswith("来源：《江城县报》（2026年11月2日第1版）")


# dev text news_page_city_briefs, design two_columns_plain, pdftotext (plain; the whole page): the lead
# item's byline (「本报记者 郑小川」) follows another item's 来源 line — a fault no one move mends
# rightly (the other item's title and text stand apart, around the lead's title); the next item's
# kicker written over its title (「小切口解决大问题」 / 「一张“明白卡”让办事少跑腿」) is no headline of its
# own to set over that byline
BRIEFS_PDFTOTEXT_PLAIN = """科技工作动态
2026 年第 11 期

江城市科学技术协会

居民在“共享工具间”借用工具。 通讯员 邱明/摄

市政府常务会议研究部署今冬明春重点工作强
调

江城高铁站新增 6 对始发列车

抓早抓实民生实事 确保群众温
暖过冬

本报讯
记者从铁路部门获悉，自 12 月 1 日起，江
城高铁站新增 6 对始发列车，通达省会及周边主
要城市。铁路部门提醒旅客提前通过官方渠道购
票。
来源：《江城日报》 2026 年 11 月 26 日第 2 版

本报记者 郑小川
11 月 25 日，市政府召开常务会议，研究部
署今冬明春供暖保障、物资供应和安全生产等重
点工作。
会议指出，入冬以来，全市天然气供应总体
平稳，但寒潮天气可能带来用气高峰。各有关部
门要加强监测预警，提前做好应急气源储备，确
保居民用气不断供、不降压。
会议要求，要抓好蔬菜、肉类等重要民生商
品保供稳价，加大对困难群众的走访慰问力度，
切实把党和政府的温暖送到群众心坎上。

小切口解决大问题

一张“明白卡”让办事少跑腿
——江城区推行政务服务“一次告知”见闻
本报记者 田思远 通讯员 韩冰
在江城区政务服务中心，每个窗口都摆着一
摞彩色卡片。卡片正面印着办事所需材料清单，
背面是二维码，扫码就能看到填表示范。
“以前来办营业执照，材料总是差一两样，
来回跑了好几趟。”个体经营户刘女士说，“现
在拿着这张卡，一次就办成了。”
市民在政务服务中心窗口领取办事“明白卡”。 本
报记者 田思远/摄

据了解，江城区已梳理高频事项 186 项，全
部制作“明白卡”，群众一次办结率由 82%提
高到 97%。

全市首个社区“共享工具间”开
放
本报讯（记者 周婷 通讯员 邱明）
近日，东湖街道青石社区“共享工具间”正
式开放。居民凭借社区积分，可免费借用电钻、
梯子、缝纫机等 40 余种工具。
社区党委书记介绍，工具由辖区单位和居民
捐赠，志愿者负责登记和维护，开放一周已借出
工具 120 余件次。

— 1 —

"""


def test_a_kicker_written_over_its_title_is_not_taken_away_to_head_another_byline(clean):
    found = reading(clean(BRIEFS_PDFTOTEXT_PLAIN)[0]).replace(" ", "")
    assert "小切口解决大问题一张“明白卡”让办事少跑腿" in found
    assert found.index("本报记者郑小川") < found.index("小切口解决大问题")


# dev text news_page_culture_weekly, design weekly_two_of_three (a headline over the first two of
# three columns, the third column starting at the top beside it; open 1.5 leading), pdfminer: at
# that leading pdfminer writes every line as a box of its own, so a blank stands before nearly every
# line — and it wrote the third column (the second item's subtitle, byline, body, 来源, a 短评)
# between the first item's byline and its body, and the second item's title last
CULTURE_WEEKLY_PDFMINER_LOOSE = """2026年11月27日  星期五

文化周刊

非遗工坊开进社区：

老手艺有了新传人

本报记者 郑雨桐 文/图

——江城市粮食局旧址改建为城
市书房侧记

通讯员 林家豪 本报记者 周可欣

青砖墙、木屋架、高窗户，始

建于上世纪五十年代的江城市粮食

局老粮仓，如今变成了一座可容纳

200人的城市书房。改造中，设计

团队保留了原有的屋架和仓门，只

在内部加装了书架和照明。

开放一个月来，书房接待读者

3.6万人次。不少老人专程赶来，

在当年自己扛过粮袋的仓库里坐下

来读一会儿书。

来源：《江城日报》2026年11月20

日第7版

让老建筑说

新故事

□ 短评

城市更新不是简单的推倒重来。

给老建筑找到新用途，既留住了城

市记忆，也为群众提供了新的文化
空间，这样的更新值得多一些。

资料：江城市现有市级以上非
物质文化遗产代表性项目87项，其

中国家级4项、省级21项。

周六上午，城西街道文化站的

活动室里坐满了人。剪纸艺人王桂

芳把一张红纸对折三次，剪刀在手

里转了几圈，一只昂首的公鸡就跃

然纸上，围观的孩子们发出一阵惊

叹。

今年以来，市文化和旅游局在

12个社区设立非遗工坊，邀请剪纸、

竹编、面塑等项目的传承人定期授

课，已累计开课260多场，参加学

员4000余人次。

“以前总担心手艺没人学，现

在每次课都有人排队报名。”王桂
芳说，她最小的学生才8岁，已经

能独立剪出简单的窗花。

剪纸艺人王桂芳（右）在社区工坊指
导学员。 郑雨桐 摄

市文化和旅游局负责人表示

明年将实现

非遗工坊街

道全覆盖

本报讯（记者 郑雨桐）

记者从市文化和旅游局获悉，

明年全市将在所有街道设立非遗工

坊，并探索“工坊＋文创”模式，

支持传承人开发适合年轻人的文创

产品。

一座老粮仓
的新生

1

"""


def test_a_loose_column_page_is_read_in_its_columns_order(clean, titles_and_blocks):
    found = titles_and_blocks(clean(CULTURE_WEEKLY_PDFMINER_LOOSE)[0])
    # the first item's headline goes on in its own body, its second item (kicker, title) after
    assert found.startswith("老手艺有了新传人")
    assert found.index("周六上午") < found.index("明年将实现") < found.index("记者从市文化和旅游局获悉")
    # the third column's item opens on its title, over its body and the 短评 under it
    assert found.index("文创产品。") < found.index("一座老粮仓的新生") < found.index("青砖墙")
    assert found.index("青砖墙") < found.index("让老建筑说新故事") < found.index("城市更新不是简单的推倒重来")
    assert not found.endswith("的新生")


def test_a_loose_page_keeps_its_blocks_own_lines_together(clean, titles_and_blocks):
    # the headline's lines and the lines of a paragraph cut at the measure are one block each: the
    # title's two lines stand together, and a paragraph is not cut where a line ends inside a word
    found = titles_and_blocks(clean(CULTURE_WEEKLY_PDFMINER_LOOSE)[0])
    assert "一座老粮仓的新生青砖墙、木屋架、高窗户，始建于上世纪五十年代的江城市粮食局老粮仓" in found
    assert "在当年自己扛过粮袋的仓库里坐下来读一会儿书。" in found


# dev text story_ferry_dialogue, design narrow_20 (one 20-character column), pasted from a viewer
# (a blank line after every line): a story told in dialogue, whose short paragraphs (「“修桥？”」)
# have the shape of a column's cut tails — one column read in order, nothing moves
STORY_PASTED = """学习参考 

渡口 

林溪 

一 

天还没亮透，河面上浮着一层薄雾。老周 

把船拴好，蹲在石阶上抽烟，烟头一明一暗。 

“周师傅，今天还开船吗？” 

说话的是村小的吴老师，背着一只旧帆布 

包，裤脚沾着露水。 

“开。雾散了就开。”老周说。 

“等不得了，八点钟有课。” 

老周抬头看了看天，又看了看河。 

“那就走！” 

船离岸的时候，雾里传来几声鸡叫。吴老 

师坐在船头，把帆布包抱在怀里，包里是昨晚 

批完的作业本，一共二十七本。 

“今年学生又少了吧？” 

“少了三个。跟着爹妈进城了。” 

“进城好啊。” 

“好是好，”吴老师顿了顿，“就是班里 

一下子空了好几张桌子。” 

老周没再说话，只是把桨摇得更稳了些。 

- 1 - 

学习参考 

对岸的柳树慢慢从雾里显出来，先是一团 

影子，后来连枝条都看得清了。 

二 

那年秋天，县里来人量河。 

几个穿橙色背心的年轻人，在岸边插了一 

排小红旗，又扛着仪器上上下下地跑。老周站 

在船上看了半天，终于忍不住问：“你们这是 

要干啥？” 

“修桥！”一个小伙子笑着说，“明年这 

时候，您就不用摇船了。” 

“修桥？” 

“对，钢筋混凝土的，能过大车。” 

老周“哦”了一声，低头去解缆绳，解了 

好几下才解开。 

晚上，他把这事告诉老伴。老伴正在灶前 

烧火，火光映得她满脸通红。 

“修桥是好事嘛。”她说。 

“我知道是好事。” 

“那你愁个啥？” 

老周不吭声。过了好一会儿，他说：“这 

船摇了三十一年了。” 

第二年深秋，桥通了。通车那天，村里放 

- 2 - 

学习参考 

了很多鞭炮，孩子们在桥上跑来跑去，喊声传 

得老远。 

吴老师特地来找老周，手里拎着两瓶酒。 

“周师傅，这些年辛苦您了！” 

老周接过酒，笑了，眼角的皱纹挤成一 

堆。 

“不辛苦。往后你上课，再也不用等雾散 

了。” 

- 3 - 

"""


def test_a_loose_page_of_one_column_keeps_its_order(clean, titles_and_blocks):
    found = titles_and_blocks(clean(STORY_PASTED)[0])
    # (every line of the story's text, the running head and page numbers aside)
    lines = [line.strip() for line in STORY_PASTED.split("\n") if len(line.strip()) > 4 and "学习参考" not in line and "- " not in line]
    at = [found.find(line) for line in lines]
    assert -1 not in at
    assert at == sorted(at)


# dev text notice_theory_study, design neikan_narrow_ruled (three 11-character columns), pasted from
# a viewer in reading order: the document number (「江宣发〔2026〕7号」), nearly as wide as the
# measure, goes on in nothing — the title under it, wrapped over five short lines, is one block
NOTICE_PASTED = """江城通讯  2026年第22期 

中共江城市委 

宣传部 

江宣发〔2026〕7号 

关于开展 

2026年度理 

论学习中心组 

专题学习的通 

知 

各区委宣传部，市直各单 

位党组（党委）： 

为深入学习贯彻党的 

创新理论，推动理论学习 

往深里走、往心里走、往 

实里走，根据市委统一部 

署，经研究，决定在全市 

各级党委（党组）理论学 

习中心组中开展2026年度 

专题学习。现将有关事项 

通知如下。 

一、学习内容 

（一）深入学习党的 

创新理论 

1.系统学习新时代党 

的创新理论的核心要义、 

精神实质、丰富内涵和实 

践要求，把握贯穿其中的 

立场观点方法。 

2.结合学习《习近平 

谈治国理政》有关篇目， 

围绕高质量发展、科技自 

立自强、全面从严治党等 

重大问题开展专题研讨， 

每个专题安排不少于半天 

的集中学习时间。 

（二）学习贯彻全会 

精神 

重点学习全会审议通 

过的决定和说明，深刻领 

会全会提出的目标任务、 

重大举措，准确把握进一 

步全面深化改革的总体要 

求。各单位要把学习全会 

精神同贯彻落实市委全会 

部署结合起来，同谋划明 

年工作结合起来。 

（三）学习科技创新 

和产业发展知识 

围绕新质生产力、数 

字经济、人工智能等内容， 

邀请专家学者作专题辅导， 

着力提高领导干部推动高 

质量发展的本领。 

二、方式方法 

（一）集中学习。各 

级中心组每季度集中学习 

不少于1次，每次学习应 

确定主题、明确重点发言 

人，做到有计划、有记录、 

有总结。 

（二）专题研讨。围 

绕年度重点课题，中心组 

成员结合分管工作撰写研 

讨材料，在集体学习时交 

流发言，研讨材料字数一 

般不少于2000字。 

（三）调查研究。中 

心组成员每人每年至少牵 

头完成1项调研课题，形 

成调研报告，推动学习成 

果转化为工作思路和政策 

举措。 

1.调研选题 

调研题目由各单位结 

合实际自主确定，于3月 

31日前报市委宣传部理论 

处备案。 

2.成果运用 

（1）优秀调研报告 

择优在《江城理论》刊发； 

（2）具有决策参考价值 

的，报送市委、市政府领 

导参阅；（3）形成的制 

度性成果，及时纳入相关 

政策文件。 

三、工作要求 

各单位要高度重视， 

把中心组学习作为一项政 

治任务抓紧抓好。党委 

（党组）书记要认真履行 

第一责任人职责，带头学 

习、带头研讨、带头调研。 

要严格落实学习考勤、学 

习通报等制度，对学习不 

认真、流于形式的，予以 

通报批评。 

请各单位于2026年12 

月20日前将全年学习情况 

总结报送市委宣传部理论 

处。联系人：王晓峰，电 

话：0571-86012345。 

中共江城市委宣传部 

1 

江城通讯  2026年第22期 

2026年2月15日 

2 

"""


def test_a_document_number_on_a_loose_page_goes_on_in_nothing(clean, titles_and_blocks):
    found = titles_and_blocks(clean(NOTICE_PASTED)[0])
    assert found.index("宣传部") < found.index("江宣发〔2026〕7号") < found.index("关于开展2026年度理论学习中心组专题学习的通知")
    assert found.index("的通知") < found.index("各区委宣传部")


# dev text deeds_village_doctor, design daily_span_ruled, pdfminer: the third column (its item's
# last paragraphs and the 来源 line) comes first, under the headline, then the first column's
# 编者按 and byline; the headline's box took in the second column's foot (「高血 压患 者 规 范 …」,
# a line justification spread glyph by glyph).
DOCTOR_SPAN_PDFMINER = """第1版  综合

江城日报  2026年11月20日

身边的榜样

三十年守护一方百姓健康
——记江城县青石镇卫生院乡村医生刘守山
高血 压患 者 规 范 管 理 率 达到 9
2%，比全县平均水平高出近10个
百分点。

一颗初心
刘守山毕业于市卫生学校。
当年，不少同学留在了城里，他
却选择回到家乡。

“我是山里长大的，知道山
里人看病有多难。”他说，“当
初选择学医，就是想让乡亲们少
受病痛的苦。”

这些年，有城里的民营医院
高薪聘请他，他都婉言谢绝了。
他说：“这里离不开我，我也离
不开这里。”

今年，刘守山被评为“全省
优秀乡村医生”。面对荣誉，他
只是笑笑：“我就是做了一个医
生该做的事。”
来源：《江城日报》2026年9月
18日第3版

编者按：乡村医生是农村居
民健康的“守门人”。刘守山同
志扎根山区三十年，走遍全镇二
十一个自然村，用实际行动诠释
了医者仁心。现将他的先进事迹
刊发，供大家学习。

通讯员 王春燕 李浩
清晨六点，天刚蒙蒙亮，青
石镇卫生院的刘守山已经背起药
箱出门了。这是他当乡村医生的
第三十个年头。

三十年来，他累计接诊群众
12万余人次，出诊3万多次，走
过的山路超过10万公里。村里人
都亲切地叫他“刘大夫”。

一只药箱
刘守山有一只用了二十多年
的旧药箱，皮面磨得发白，提手
换过三回。箱子里装着血压计、
听诊器、体温计和一些常用药
品。

“山里老人 多 ， 腿 脚 不方
便，有个头疼脑热的，让他们跑
到镇上看病不现实。”刘守山
说，“我多跑几步路，他们就少
受些罪。”

有一年冬天，半夜里下着大
雪，石门村的一位老人突发心绞
痛。刘守山接到电话后，打着手
电筒走了两个多小时山路赶到老
人家中，及时采取急救措施，又
联系救护车把老人送到县医院，
老人转危为安。

一本台账
在刘守山的办公桌上，摆着
一摞厚厚的健康台账。全镇1800
多名慢性病患者的血压、血糖变
化，他都一笔一笔记得清清楚
楚。

近年来，镇里推行家庭医生
签约服务，刘守山主动承担了最
偏远的五个村。他给每位签约群
众建立健康档案，定期上门随
访，指导用药和康复。

在他的努力下，所负责片区

"""


def test_a_column_written_after_its_items_close_reads_after_it(clean):
    # a 来源 line closes its item: the 编者按 and the byline after it stand under the headline, and
    # the column that closed first goes on the end
    found = reading(clean(DOCTOR_SPAN_PDFMINER)[0])
    order = ["三十年守护一方百姓健康", "编者按：乡村医生是", "通讯员 王春燕", "清晨六点", "一只药箱", "一本台账",
             "在他的努力下，所负责片区", "高血压患者规范管理率达到92%", "一颗初心", "“我是山里长大的", "今年，刘守山",
             "来源：《江城日报》"]
    where = [found.replace(" ", "").index(piece.replace(" ", "")) for piece in order]
    assert where == sorted(where)
    assert found.endswith("来源：《江城日报》2026年9月18日第3版")


# dev text notice_theory_study, design neikan_narrow_ruled, pdfminer: the third column's 「三、工作
# 要求」 comes before the second column's 「（二）」「（三）」 items of 二、
NOTICE_NARROW_PDFMINER = """中共江城市委
宣传部

江宣发〔2026〕7号

关于开展
2026年度理
论学习中心组
专题学习的通
知
各区委宣传部，市直各单
位党组（党委）：

为深入学习贯彻党的
创新理论，推动理论学习
往深里走、往心里走、往
实里走，根据市委统一部
署，经研究，决定在全市
各级党委（党组）理论学
习中心组中开展2026年度
专题学习。现将有关事项
通知如下。

一、学习内容
（一）深入学习党的

创新理论

1.系统学习新时代党
的创新理论的核心要义、
精神实质、丰富内涵和实
践要求，把握贯穿其中的
立场观点方法。

2.结合学习《习近平
谈治国理政》有关篇目，

江城通讯  2026年第22期

围绕高质量发展、科技自
立自强、全面从严治党等
重大问题开展专题研讨，
每个专题安排不少于半天
的集中学习时间。

（二）学习贯彻全会

精神

重点学习全会审议通
过的决定和说明，深刻领
会全会提出的目标任务、
重大举措，准确把握进一
步全面深化改革的总体要
求。各单位要把学习全会
精神同贯彻落实市委全会
部署结合起来，同谋划明
年工作结合起来。

（三）学习科技创新

和产业发展知识

围绕新质生产力、数

（三）调查研究。中
心组成员每人每年至少牵
头完成1项调研课题，形
成调研报告，推动学习成
果转化为工作思路和政策
举措。

1.调研选题
调研题目由各单位结
合实际自主确定，于3月
31日前报市委宣传部理论
处备案。

2.成果运用
（1）优秀调研报告
择优在《江城理论》刊发；
（2）具有决策参考价值
的，报送市委、市政府领
导参阅；（3）形成的制
度性成果，及时纳入相关
政策文件。

字经济、人工智能等内容，
邀请专家学者作专题辅导，
着力提高领导干部推动高
质量发展的本领。
二、方式方法
（一）集中学习。各
级中心组每季度集中学习
不少于1次，每次学习应
确定主题、明确重点发言
人，做到有计划、有记录、
有总结。

三、工作要求
各单位要高度重视，
把中心组学习作为一项政
治 任 务抓 紧 抓 好。 党 委
（党组）书记要认真履行
第一责任人职责，带头学
习、带头研讨、带头调研。
要严格落实学习考勤、学
习通报等制度，对学习不
认真、流于形式的，予以
通报批评。

（二）专题研讨。围
绕年度重点课题，中心组
成员结合分管工作撰写研
讨材料，在集体学习时交
流发言，研讨材料字数一
般不少于2000字。

请各单位于2026年12
月20日前将全年学习情况
总结报送市委宣传部理论
处。联系人：王晓峰，电
话：0571-86012345。

中共江城市委宣传部

1

江城通讯  2026年第22期

2026年2月15日

2

"""


def test_a_section_is_read_after_the_items_of_the_section_before(clean):
    # 「三、」 restarts the numbering under it: 「（二）」 after it is no step from 二、's 「（一）」; of the
    # places after 「（三）」 alike, the one leaving its list 「1.」 「2.」 right under it
    found = reading(clean(NOTICE_NARROW_PDFMINER)[0])
    order = ["二、方式方法", "（一）集中学习", "（二）专题研讨", "（三）调查研究", "1.调研选题", "2.成果运用",
             "三、工作要求", "请各单位于"]
    where = [found.index(piece) for piece in order]
    assert where == sorted(where)


# dev text news_page_city_briefs, design daily_span_ruled, pdfminer: the third column's title is cut
# inside a word (「“共享工具间”开」 / 「放」); its rest and the item's byline, centred, joined the box of
# the lead item's headline and byline
BRIEFS_SPAN_PDFMINER = """第1版  综合

江城日报  2026年11月20日

市政府常务会议研究部署今冬明春重点工作强调

抓早抓实民生实事 确保群众温暖过冬
本报记者 郑小川
放
本报讯（记者 周婷 通讯员 邱
明）

11月25日，市政府召开常务
会议，研究部署今冬明春供暖保
障、物资供应和安全生产等重点
工作。

近日，东湖街道青石社区
“共享工具间”正式开放。居民
凭借社区积分，可免费借用电
钻、梯子、缝纫机等40余种工
具。

社区党委书记介绍，工具由
辖区单位和居民捐赠，志愿者负
责登记和维护，开放一周已借出
工具120余件次。
居民在“共享工具间”借用工具。 
通讯员 邱明/摄

江城高铁站新增
6对始发列车

本报讯

记者从铁路部门获悉，自12
月1日起，江城高铁站新增6对始
发列车，通达省会及周边主要城
市。铁路部门提醒旅客提前通过
官方渠道购票。
来源：《江城日报》2026年11月
26日第2版

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

一张“明白卡”让
办事少跑腿
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

事项1 8 6项， 全 部制作“明白
卡”，群众一次办结率由82%提
高到97%。

全市首个社区
“共享工具间”开

"""


def test_another_items_opening_in_a_headlines_box_reads_with_its_item(clean):
    found = reading(clean(BRIEFS_SPAN_PDFMINER)[0])
    assert "全市首个社区“共享工具间”开放" in found
    order = ["市政府常务会议", "本报记者 郑小川", "会议指出", "小切口解决大问题", "高到97%。", "全市首个社区",
             "本报讯（记者 周婷", "近日，东湖街道", "江城高铁站新增", "来源：《江城日报》"]
    where = [found.index(piece) for piece in order]
    assert where == sorted(where)



# dev text speech_county_meeting, design weekly_two_of_three, read by pdfminer: a loose page (each
# line a box of its own) whose two columns stand level at their foot, so that pdfminer deals their
# lines one by one — 「…衷心的感」 / 「县长作了…我完全」 / 「谢！」 / 「同意，…」: each cut line's rest is
# the line after the next (a word across the break: 感谢, 完全同意), and is read right after it
SPEECH_DEALT = """这次会议的主要任务是，深入

贯彻中央和省委、市委经济工作会

议精神，总结2025年全县经济工作，

分析当前面临的形势，部署2026年

重点任务，动员全县上下进一步解

放思想、真抓实干，推动县域经济

高质量发展迈上新台阶。刚才，李

全年民生支出占一般公共预算

支出的比重达到81.4%。新建改扩

建中小学和幼儿园12所，新增学位

5400个；县人民医院新院区投入使

用，县域就诊率提高到92%。

成绩来之不易，是全县广大干

部群众团结奋斗的结果。在这里，

我代表县委，向大家表示衷心的感

县长作了很好的工作报告，我完全

谢！

同意，请大家认真抓好落实。下面，
我讲三点意见。
"""


def test_a_loose_page_reads_two_dealt_columns_lines_each_after_its_own(clean, titles_and_blocks):
    found = titles_and_blocks(clean(SPEECH_DEALT)[0])
    assert "表示衷心的感谢！" in found
    assert "我完全同意，请大家认真抓好落实。" in found
    assert "的感县长" not in found and "我完全谢" not in found
    # (nothing lost: every line of the page is read)
    for line in filter(None, SPEECH_DEALT.split("\n")):
        assert line in found


def test_a_loose_page_of_one_column_is_not_undealt(clean, titles_and_blocks):
    # (the same lines in their columns' order: every straight break reads on, nothing is crossed)
    lines = [line for line in SPEECH_DEALT.split("\n") if line]
    k = lines.index("县长作了很好的工作报告，我完全")
    straight = lines[:k] + [lines[k + 1], lines[k], *lines[k + 2:]]
    found = titles_and_blocks(clean("\n\n".join(straight) + "\n")[0])
    assert "表示衷心的感谢！" in found
    assert "谢！县长作了很好的工作报告，我完全同意" in found or "谢！\n\n县长作了很好的工作报告，我完全同意" in found


# dev text news_page_county without its kicker and subtitle, set by the sweep17 three-column grid
# (three 18-character columns 1.5 em apart, hung marks, a 2.4× headline across the three, leading
# 1.6), plain pdftotext: the page read in order — the lead item's title, byline, text and its
# photo's caption in one block (the first column's run of lines), then the brief and the comment
# closed by the 来源 line wrapped at the column's edge.  A caption ending the first block under its
# own item's headline is no caption the text opens on: the page is not turned.
COUNTY_LEAD_CAPTION_PDFTOTEXT = """把园区建成现代农业的示范窗口
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业科技园区，
智能温室里番茄挂满枝头，水肥一体化设
备按照预设程序精准滴灌。园区管委会负
责人告诉记者，园区已引进农业科技企业
43家，建成各类科研平台17个，去年实现
总产值58亿元。
“过去种地靠经验，现在靠数据。”
种植大户老陈指着手机上的监测画面说，
土壤湿度、光照、温度一目了然，哪块地
该浇水、该施肥，系统都会提醒。
园区智能温室内，技术人员正在查看番茄长势。
本报记者 何静怡/摄

园区建设过程中，县里与省农科院、
农业大学共建3个专家工作站，每年组织
技术培训60余场次，带动周边农户1.2万
户增收。下一步，园区将重点发展种业研
发、智慧农业和农产品精深加工，力争三
年内总产值突破百亿元。

县城新增3条公
交线路
本报讯（记者 马晓东）
10月28日起，县城新开通3条公交线
路，覆盖城东新区、高铁站和工业园区等
区域。新线路全部采用新能源公交车，首
末班时间分别为6时30分和20时30分，票
价统一为1元。

让科技之花开在
田间地头
□ 本报评论员
农业现代化，关键是农业科技现代化。
园区的实践表明，只要把科技力量引到田
间地头，把农民培养成懂技术、会经营的
新农人，传统农业就能焕发新的生机。
推动农业科技进步，既要“顶天”，
在关键核心技术上攻关突破；也要“立
地”，让先进适用技术真正进村入户。各
级各部门要在完善科技服务体系上多下功
夫，让更多农民共享科技进步的成果。
来源：《江城县报》（2026年11月2日第1
版）

"""


def test_a_caption_under_its_own_items_headline_does_not_turn_the_page(clean, titles_and_blocks):
    doc, _ = clean(COUNTY_LEAD_CAPTION_PDFTOTEXT)
    found = titles_and_blocks(doc)
    assert found.startswith("把园区建成现代农业的示范窗口")
    assert [a.title for a in doc.articles] == ["把园区建成现代农业的示范窗口", "县城新增3条公交线路", "让科技之花开在田间地头"]
    assert (found.index("深秋时节") < found.index("番茄长势。") < found.index("园区建设过程中")
            < found.index("县城新增3条公交线路") < found.index("让科技之花开在田间地头")
            < found.index("推动农业科技进步"))


def test_a_text_opening_on_a_caption_block_alone_is_still_turned(clean, titles_and_blocks):
    # the same page written from the caption on (the photo's column first): the caption block,
    # no headline over it, is a fault — the page is read from its lead item's title
    blocks = COUNTY_LEAD_CAPTION_PDFTOTEXT.split("\n\n")
    lead = blocks[0].split("\n")
    page = "\n".join(lead[-2:]) + "\n\n" + "\n".join(lead[:-2]) + "\n\n" + "\n\n".join(blocks[1:])
    doc, _ = clean(page)
    found = titles_and_blocks(doc)
    assert found.startswith("把园区建成现代农业的示范窗口")


# dev text news_page_culture_weekly (cut short), set by the sweep17 three-column grid (three
# 20-character columns 2 em apart with a rule, hung marks, a 2.4× headline over two columns, leading
# 1.6), plain pdftotext: the page read in order.  Its last block ends on the 资料 note's first line,
# short of the measure by the indent pdftotext dropped (「…值得多一些。」 / 「资料：江城市现有市级以上非物质
# 文化遗」), its rest in a block after; the dictionary reads 遗老 across into the lead item's title 「老手艺有
# 了新传人」 — no title was cut there, and nothing moves.
CULTURE_NOTE_PDFTOTEXT = """非遗工坊开进社区：

老手艺有了新传人
本报记者 郑雨桐 文/图
周六上午，城西街道文化站的活动室里坐
满了人。剪纸艺人王桂芳把一张红纸对折三次，
剪刀在手里转了几圈，一只昂首的公鸡就跃然
纸上，围观的孩子们发出一阵惊叹。
今年以来，市文化和旅游局在12个社区设
立非遗工坊，邀请剪纸、竹编、面塑等项目的
传承人定期授课，已累计开课260多场，参加
学员4000余人次。
“以前总担心手艺没人学，现在每次课都
有人排队报名。”王桂芳说，她最小的学生才
8岁，已经能独立剪出简单的窗花。
剪纸艺人王桂芳（右）在社区工坊指导学员。 郑
雨桐 摄

市文化和旅游局负责人表示

明年将实现非遗工
坊街道全覆盖
本报讯（记者 郑雨桐）
记者从市文化和旅游局获悉，明年全市将
在所有街道设立非遗工坊，并探索“工坊＋文
创”模式，支持传承人开发适合年轻人的文创
产品。

一座老粮仓的新生
——江城市粮食局旧址改建为城市书房侧记
通讯员 林家豪 本报记者 周可欣
青砖墙、木屋架、高窗户，始建于上世纪
五十年代的江城市粮食局老粮仓，如今变成了
一座可容纳200人的城市书房。改造中，设计
团队保留了原有的屋架和仓门，只在内部加装
了书架和照明。
开放一个月来，书房接待读者3.6万人次。
不少老人专程赶来，在当年自己扛过粮袋的仓
库里坐下来读一会儿书。
来源：《江城日报》2026年11月20日第7版

让老建筑说新故事
□ 短评
城市更新不是简单的推倒重来。给老建筑
找到新用途，既留住了城市记忆，也为群众提
供了新的文化空间，这样的更新值得多一些。
资料：江城市现有市级以上非物质文化遗

产代表性项目87项，其中国家级4项、省级21
项。
"""


def test_a_paragraphs_first_line_under_a_sentences_end_is_no_title_cut_inside_a_word(clean, titles_and_blocks):
    doc, _ = clean(CULTURE_NOTE_PDFTOTEXT)
    found = titles_and_blocks(doc)
    assert (found.index("老手艺有了新传人") < found.index("周六上午，城西街道") < found.index("明年将实现非遗工坊街道全覆盖")
            < found.index("一座老粮仓的新生") < found.index("让老建筑说新故事")
            < found.index("资料：江城市现有市级以上非物质文化遗产代表性项目87项"))


# dev text news_page_science, design weekly_two_of_three, pdftotext (plain): the extractor wrote the
# two columns' rows block by block, so any order of the blocks holds chance faults and chance joins
# alike.  A move cutting the extractor's own join that reads on (「…全市科技创新工」 / 「正在调试…」: a
# pair the text holds elsewhere) to mend one fault elsewhere trades one for the other: it must not
# be made — here it set the photo's caption after the meeting's opening on a chance word (工|科创:
# 工科), ahead of the meeting's own text and of the 江城高新区 item the caption belongs to.
SCIENCE_WEEKLY_PDFTOTEXT = """2026年11月27日

星期五

文化周刊

市委常委会召开会议专题研究科技创新工作强调

以更大力度推进科技创新
为高质量发展注入强劲动能
本报记者 陈思远 刘佳
来源：《江城日报》（2026年3月

化楼陆续亮起灯光。在一家从事传

18日01版）

感器研发的初创企业里，研发主管

3月17日下午，市委常委会召
开会议，专题研究全市科技创新工

正在调试一台新样机。“从实验室
到生产线，过去要两三年，现在一

作，听取市科技局关于全市创新平
台建设情况的汇报，研究部署下一

年就能走完。”他说。
这条不足两公里的街道上，聚

阶段重点任务。
会议指出，科技创新是牵引高

集着12家新型研发机构、40余家孵
化器和众创空间。街道还设立了概
念验证中心和中试基地，企业可以

质量发展的核心动力。近年来，全

市上下深入实施创新驱动发展战略， 按需租用设备，按次付费。去年，
研发投入强度从2.1%提高到2.8%， 这里的企业共转化科技成果160余
高新技术企业数量突破3000家，一 项，带动新增产值超过20亿元。
批关键核心技术取得突破。同时也
要看到，全市创新策源能力还不够
强，科技成果就地转化率不够高，
高层次人才仍然短缺。
会议强调，要坚持“四个面
向”，聚焦产业链部署创新链，围
绕创新链布局产业链。要加快建设
实验室体系，支持企业牵头组建创
新联合体，让企业真正成为技术创
新决策、研发投入、科研组织和成
果转化的主体。要深化科技体制改
革，赋予科研人员更大的人财物支
配权和技术路线决定权。
会议还研究了其他事项。

江城高新区：

一条街上的
“创新生态”
——走进科创大道看成果转化

科创大道概念验证中心内，技术人员
正在调试设备。 本报记者 赵一鸣/摄

高新区负责人介绍，下一步将
探索“先使用后付费”的成果转化
模式，让更多中小企业用得上、用
得起高校院所的科技成果。

全市首批“科
技副总”上岗
本报讯（记者 孙晓梅）
日前，全市首批60名“科技副
总”走上企业岗位。他们来自12所
高校和科研院所，将在企业兼职两
年，帮助企业解决技术难题、培养
研发团队。
据了解，“科技副总”由企业
提出需求、高校推荐人选、双向选
择确定，市财政给予每人每年5万
元工作补助。

本报记者 赵一鸣
早上八点，科创大道两侧的孵
1


"""


def test_a_move_cutting_the_extractors_join_that_reads_on_must_mend_more_than_one_fault(clean, titles_and_blocks):
    doc, _ = clean(SCIENCE_WEEKLY_PDFTOTEXT)
    found = titles_and_blocks(doc)
    # (the caption stands in its item, under the 江城高新区 headline, after the meeting's report)
    assert found.index("会议还研究了其他事项") < found.index("江城高新区") < found.index("科创大道概念验证中心内")
    assert "科技创新工科创大道" not in found


# dev text news_page_county, design news_three_tight, pdftotext (plain): the page ends on the
# commentary's headline (its text pdftotext mixed into the rows above), and the lead item's column
# ends open (「…农产品精深」) over another item's byline.  A text may end open where its copy was cut
# — as the extractor wrote it; a move setting the open column last, the commentary's headline
# between, would only hide that fault: it took the lead item's whole body after the commentary.
COUNTY_THREE_TIGHT_PDFTOTEXT = """要闻

省委主要负责同志致信祝
贺江城县农业科技园区获
批国家级园区并在全县乡
村振兴工作推进会上作出
批示

第1版

加工，力争三年内总产值突
破百亿元。

县城新增3
条公交线路

把园区建成 本报讯（记者 马晓东）
10月28日起，县城新开
现代农业的 通3条公交线路，覆盖城东
新区、高铁站和工业园区等
示范窗口 区域。新线路全部采用新能
源公交车，首末班时间分别

——江城县农业科技园区 为6时30分和20时30分，票
建设纪实
价统一为1元。
本报记者 何静怡 通讯员
吴志强
深秋时节，走进江城县
农业科技园区，智能温室里
番茄挂满枝头，水肥一体化
设备按照预设程序精准滴灌。
园区管委会负责人告诉记者，
园区已引进农业科技企业43
□ 本报评论员
家，建成各类科研平台17个，
农业现代化，关键是农
去年实现总产值58亿元。
业科技现代化。园区的实践
“过去种地靠经验，现 表明，只要把科技力量引到
在靠数据。”种植大户老陈 田间地头，把农民培养成懂
指着手机上的监测画面说， 技术、会经营的新农人，传
土壤湿度、光照、温度一目 统农业就能焕发新的生机。
了然，哪块地该浇水、该施
推动农业科技进步，既
肥，系统都会提醒。
要“顶天”，在关键核心技
园区智能温室内，技术人员正 术 上攻 关突 破； 也要 “立
在查看番茄长势。 本报记者
地”，让先进适用技术真正
何静怡/摄
进村入户。各级各部门要在
园区建设过程中，县里 完善科技服务体系上多下功
与省农科院、农业大学共建 夫，让更多农民共享科技进
3个专家工作站，每年组织 步的成果。
技术培训60余场次，带动周 来源：《江城县报》（2026
边农户1.2万户增收。下一 年11月2日第1版）
步，园区将重点发展种业研
发、智慧农业和农产品精深

让科技之花
开在田间地
头

2026年9月8日


"""


def test_an_open_block_is_not_moved_to_the_texts_end_to_hide_its_fault(clean, titles_and_blocks):
    doc, _ = clean(COUNTY_THREE_TIGHT_PDFTOTEXT)
    found = titles_and_blocks(doc)
    # (the lead item — its headline, its body — reads before the commentary that closes the page)
    assert found.index("把园区建成") < found.index("让科技之花")
    assert found.index("深秋时节") < found.index("让科技之花")


# dev text lecture_party_style, design neikan_narrow_ruled, pdfminer (cut short): the boxes of
# the columns' foot notes (「①语出…」, 「②2025年…」), whose marks the text holds (「令不从。”①」),
# written between a column's cut line (「对照要求，我们机关」, 「建立问题清单、」) and its rest
LECTURE_NOTE_PDFMINER = """一、深刻认识作风建

设的重要意义

作风问题从来不是小
事。古人讲：“其身正，
不令而行；其身不正，虽
令不从。”①作风正，则
人心聚；作风散，则事业
衰。市委在部署机关作风
建设时明确提出：

作风建设永远在路上，

没有休止符。机关党员干
部要把作风建设作为经常
性工作，一抓到底，久久
为功，以好的作风推动各
项工作落地见效。
——《中共江城市委关于
深化机关作风建设的意
见》（2019年4月）
这段话讲得很透彻。
作风建设不是一阵风，而
是一场持久战。

二、准确把握当前机
关作风方面存在的突出问
题

对照要求，我们机关

①语出《论语·子路》。

作风还存在一些不容忽视
的问题。一是有的同志担
当意识不强。遇到矛盾绕
着走，碰到难题往上推，
满足于“不出事”。二是
有的同志调查研究不深。
习惯于坐在办公室听汇报、
看材料，对基层实际情况
知之不多②。三是有的同
志文风会风不实。文件越
发越长，会议越开越多，
落实却打了折扣。

这些问题虽然发生在

少数人身上，但影响很坏，
必须下大力气解决。

三、以实际行动推动

作风持续好转

《礼记·大学》有言：
苟日新，日日新，又

日新。

——《礼记·大学》
作风建设也要有这种
日新又新的精神。具体来
说，要做到“三个坚持”：
坚持问题导向。各支
部要结合岗位职责，逐条
查摆问题，建立问题清单、

②2025年市直机关工委组织的
作风问卷调查显示，有31.2%
的基层受访者认为“机关干
部下基层调研次数偏少、时
间偏短”。

整改清单和责任清单，做
到整改一项、销号一项。
坚持以上率下。领导
干部要带头转作风，要求
别人做到的自己首先做到，
要求别人不做的自己坚决
不做。

坚持常态长效。要把
作风建设同业务工作同部
署、同检查、同考核，把
好的做法固化为制度 ③。
市直机关工委在2022年专
题调研后曾提出：

作风建设要在“常”
“长”二字上下功夫，既
要立足当前、解决突出问
题，又要着眼长远、完善
制度机制。
——市直机关工委《关于
机关作风建设情况的调研
报告》（2022年9月）
同志们，作风建设关
乎人心向背。让我们从自
身做起，从现在做起，以
过硬作风推动各项工作再
上新台阶！

1
"""


def test_a_note_box_written_inside_a_column_is_read_after_the_pages_text(clean, titles_and_blocks):
    doc, _ = clean(LECTURE_NOTE_PDFMINER)
    found = titles_and_blocks(doc)
    assert "对照要求，我们机关作风还存在一些不容忽视的问题。" in found
    assert "建立问题清单、整改清单和责任清单" in found
    assert found.index("再上新台阶！") < found.index("语出《论语·子路》。") < found.index("2025年市直机关")
    assert found.index("设的重要意义") < found.index("作风问题从来不是小事。")


def test_each_note_moved_to_the_pages_end_is_a_block_of_its_own(clean):
    # the two notes read after the page's text: 「①语出《论语·子路》。」 ends on a full stop and
    # 「②2025年…」 opens on a marker the page showed inside a line (「知之不多②。」): a note of its own
    doc, _ = clean(LECTURE_NOTE_PDFMINER)
    blocks = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "①语出《论语·子路》。" in blocks
    assert any(b.startswith("②2025年市直机关工委组织的作风问卷调查显示") and b.endswith("时间偏短”。") for b in blocks)


def test_a_reference_mark_wrapped_to_a_line_start_opens_no_note():
    # the same page with the reference 「①」 pushed to the start of the line after 「…令不从。”」:
    # the page shows no ① before it, so that line is not a note's start; the note 「①语出…」 and
    # 「②2025年…」 (whose marks the page showed before) are
    from booklet.clean.lines import to_lines
    from booklet.clean.unwrap import _note_starts
    from booklet.readers.text import raw_lines
    wrapped = LECTURE_NOTE_PDFMINER.replace("令不从。”①作风正，则", "令不从。”\n①作风正，则")
    lines = to_lines(raw_lines(wrapped))
    assert sorted(lines[k].text for k in _note_starts(lines)) == ["①语出《论语·子路》。", "②2025年市直机关工委组织的"]


def test_boxes_opening_on_circled_numbers_no_line_refers_to_keep_their_order(clean, titles_and_blocks):
    # the same page with no note mark inside a line: 「①…」 and 「②…」 open lines of their own (a list's
    # items) and are left where the extractor wrote them
    unmarked = LECTURE_NOTE_PDFMINER.replace("令不从。”①", "令不从。”").replace("知之不多②", "知之不多").replace(
        "制度 ③", "制度")
    doc, _ = clean(unmarked)
    found = titles_and_blocks(doc)
    assert found.index("我们机关") < found.index("语出《论语·子路》。") < found.index("作风还存在一些")
    assert found.index("建立问题清单、") < found.index("2025年市直机关") < found.index("整改清单和责任清单")
# dev text deeds_village_doctor, design open_leaded_three (three 16-character columns, leading 1.7),
# read by pdfminer: every line a box of its own, the page a merge of two streams each in reading
# order — the headline, the first column and the second (A), and the third column from its top (B,
# 「一笔记得清清楚楚。」 on: the rest of the second column's last line) — line by line where the first
# and third columns stand level.  Read as A then B, each paragraph is whole again.
DEEDS_MERGED_PDFMINER = """第1版  专题

2026年12月1日

身边的榜样

三十年守护一方

百姓健康

——记江城县青石镇卫生院乡村医

一笔记得清清楚楚。

近年来，镇里推行家庭医生签约

服务，刘守山主动承担了最偏远的五

个村。他给每位签约群众建立健康档

案，定期上门随访，指导用药和康复。

在他的努力下，所负责片区高血

压患者规范管理率达到92%，比全县

平均水平高出近10个百分点。

生刘守山

一颗初心

编者按：乡村医生是农村居民健

刘守山毕业于市卫生学校。当年，

康的“守门人”。刘守山同志扎根山

不少同学留在了城里，他却选择回到

区三十年，走遍全镇二十一个自然村，

家乡。

用实际行动诠释了医者仁心。现将他

“我是山里长大的，知道山里人

的先进事迹刊发，供大家学习。

通讯员 王春燕 李浩

看病有多难。”他说，“当初选择学

医 ， 就 是想让 乡 亲 们 少 受 病 痛 的

清晨六点，天刚蒙蒙亮，青石镇

苦。”

卫生院的刘守山已经背起药箱出门了。

这些年，有城里的民营医院高薪

这是他当乡村医生的第三十个年头。

聘请他，他都婉言谢绝了。他说：

三十年来，他累计接诊群众12万

“ 这 里离不开我 ， 我也 离不开这

余人次，出诊3万多次，走过的山路

里。”

超过10万公里。村里人都亲切地叫他

今年，刘守山被评为“全省优秀

“刘大夫”。

一只药箱

乡村医生”。面对荣誉，他只是笑笑：

“我就是做了一个医生该做的事。”

刘守山有一只用了二十多年的旧

来源：《江城日报》2026年9月18日

药箱，皮面磨得发白，提手换过三回。

第3版

箱子里装着血压计、听诊器、体温计

和一些常用药品。

“山里老人多，腿脚不方便，有

个头疼脑热的，让他们跑到镇上看病

不现实。”刘守山说，“我多跑几步

路，他们就少受些罪。”

有一年冬天，半夜里下着大雪，

石门村的一位老人突发心绞痛。刘守

山接到电话后，打着手电筒走了两个

多小时山路赶到老人家中，及时采取

急救措施，又联系救护车把老人送到

县医院，老人转危为安。

一本台账

在刘守山的办公桌上，摆着一摞

厚厚的健康台账。全镇1800多名慢性

病患者的血压、血糖变化，他都一笔
"""

# the same page's lines in reading order (a paste from a viewer: a blank after every line): no
# merge to undo, every line stays where it is
DEEDS_IN_ORDER = """身边的榜样

三十年守护一方

百姓健康

——记江城县青石镇卫生院乡村医

生刘守山

编者按：乡村医生是农村居民健

康的“守门人”。刘守山同志扎根山

区三十年，走遍全镇二十一个自然村，

用实际行动诠释了医者仁心。现将他

的先进事迹刊发，供大家学习。

通讯员 王春燕 李浩

清晨六点，天刚蒙蒙亮，青石镇

卫生院的刘守山已经背起药箱出门了。

这是他当乡村医生的第三十个年头。

三十年来，他累计接诊群众12万

余人次，出诊3万多次，走过的山路

超过10万公里。村里人都亲切地叫他

“刘大夫”。

一只药箱

刘守山有一只用了二十多年的旧

药箱，皮面磨得发白，提手换过三回。

箱子里装着血压计、听诊器、体温计

和一些常用药品。

“山里老人多，腿脚不方便，有

个头疼脑热的，让他们跑到镇上看病

不现实。”刘守山说，“我多跑几步

路，他们就少受些罪。”

有一年冬天，半夜里下着大雪，

石门村的一位老人突发心绞痛。刘守

山接到电话后，打着手电筒走了两个

多小时山路赶到老人家中，及时采取

急救措施，又联系救护车把老人送到

县医院，老人转危为安。

一本台账

在刘守山的办公桌上，摆着一摞

厚厚的健康台账。全镇1800多名慢性

病患者的血压、血糖变化，他都一笔

一笔记得清清楚楚。

近年来，镇里推行家庭医生签约

服务，刘守山主动承担了最偏远的五

个村。他给每位签约群众建立健康档

案，定期上门随访，指导用药和康复。

在他的努力下，所负责片区高血

压患者规范管理率达到92%，比全县

平均水平高出近10个百分点。

一颗初心

刘守山毕业于市卫生学校。当年，

不少同学留在了城里，他却选择回到

家乡。

“我是山里长大的，知道山里人

看病有多难。”他说，“当初选择学

医 ， 就 是想让 乡 亲 们 少 受 病 痛 的

苦。”

这些年，有城里的民营医院高薪

聘请他，他都婉言谢绝了。他说：

“ 这 里离不开我 ， 我也 离不开这

里。”

今年，刘守山被评为“全省优秀

乡村医生”。面对荣誉，他只是笑笑：

“我就是做了一个医生该做的事。”

来源：《江城日报》2026年9月18日

第3版
"""


def _all_text(doc):
    """The document's text with kickers, subtitles and 来源 lines, spaces taken out."""
    return "".join((a.kicker or "") + a.title + (a.subtitle or "") + (a.author or "")
                   + "".join(block_text(b) for b in a.blocks) + (a.source_line or "") for a in doc.articles).replace(" ", "")


# (the page's head, and the page locator under the 来源 line, which the furniture rule takes as a page's)
_DEEDS_FURNITURE = ("第1版  专题", "2026年12月1日", "第3版")


def test_a_page_pdfminer_merged_from_two_streams_is_read_stream_after_stream(clean, titles_and_blocks):
    found = titles_and_blocks(clean(DEEDS_MERGED_PDFMINER)[0])
    # (as written, the note's lines alternate with the third column's: 「…农村居民健刘守山毕业于…」)
    assert ("编者按：乡村医生是农村居民健康的“守门人”。刘守山同志扎根山区三十年，走遍全镇二十一个自然村，"
            "用实际行动诠释了医者仁心。现将他的先进事迹刊发，供大家学习。") in found
    assert "刘守山毕业于市卫生学校。当年，不少同学留在了城里，他却选择回到家乡。" in found
    assert "“我是山里长大的，知道山里人看病有多难。”他说，“当初选择学医，就是想让乡亲们少受病痛的苦。”" in found
    assert "三十年来，他累计接诊群众12万余人次，出诊3万多次，走过的山路超过10万公里。" in found
    assert "今年，刘守山被评为“全省优秀乡村医生”。" in found
    assert found.index("编者按") < found.index("清晨六点") < found.index("三十年来，他累计") < found.index("一只药箱")
    assert found.index("近年来，镇里") < found.index("一颗初心") < found.index("刘守山毕业于") < found.index("今年，刘守山")
    # (nothing lost: every line of the page is read)
    whole = _all_text(clean(DEEDS_MERGED_PDFMINER)[0])
    for line in filter(None, DEEDS_MERGED_PDFMINER.split("\n")):
        if line not in _DEEDS_FURNITURE:
            assert line.replace(" ", "") in whole


def test_a_split_opening_its_second_stream_on_a_line_scores_only_the_joins_it_makes(clean, monkeypatch):
    from booklet.clean import order

    seen = []
    original = order._unmerged

    def spy(page, measure, pairs):
        seen.append((list(page), measure, pairs))
        return original(page, measure, pairs)
    monkeypatch.setattr(order, "_unmerged", spy)
    clean(DEEDS_MERGED_PDFMINER)
    page, measure, pairs = max(seen, key=lambda found: len(found[0]))
    n = len(page)
    indents = order._indented(page, measure)

    def join(a, b):
        return order._stream_join(page[a], page[b], pairs, measure, indents)
    written = [0.0]
    for k in range(n - 1):
        written.append(written[-1] + join(k, k + 1))
    # for every line the second stream may open on, the split's score is the joins inside its two
    # streams and A's last line on into B's first: the written pair it cuts there counts for nothing
    cut_pairs = 0
    for first in range(1, n):
        score, labels = order._opening_split(join, n, first, written)
        assert labels.index(1) == first
        last_a = max(k for k in range(n) if labels[k] == 0)
        made = sum(join(a, b) for a, b in order._stream_joins(labels)) + join(last_a, first)
        assert abs(score - made) < 1e-9
        cut_pairs += join(first - 1, first) != 0
    assert cut_pairs    # (some written pair carries evidence: the check can tell)


def test_the_best_opening_of_the_second_stream_is_found_without_a_pass_for_each_opening(clean, monkeypatch):
    # (the pdfminer page merged line by line: one backward pass bounds every opening, and only the
    # openings whose bound reaches the best score found get a pass — same split, same score)
    from booklet.clean import order

    seen = []
    original = order._unmerged

    def spy(page, measure, pairs):
        seen.append((list(page), measure, pairs))
        return original(page, measure, pairs)
    monkeypatch.setattr(order, "_unmerged", spy)
    clean(DEEDS_MERGED_PDFMINER)
    page, measure, pairs = max(seen, key=lambda found: len(found[0]))
    n = len(page)
    indents = order._indented(page, measure)

    def join(a, b):
        return order._stream_join(page[a], page[b], pairs, measure, indents)

    def column(b):
        return [join(a, b) for a in range(b)]
    written = [0.0]
    for k in range(n - 1):
        written.append(written[-1] + join(k, k + 1))
    every = max((order._opening_split(join, n, f, written, column) for f in range(1, n)), key=lambda found: found[0])
    passes = []
    split = order._opening_split
    monkeypatch.setattr(order, "_opening_split", lambda *args: passes.append(args[2]) or split(*args))
    assert order._best_opening(join, n, written, column) == every
    assert len(passes) < (n - 1) / 4


def test_the_best_opening_is_the_first_of_the_best_when_joins_tie():
    # (joins of a few values, so that many splits and many openings score alike: the bound must
    # never pass over an opening that ties the best, and the earliest opening of the best wins)
    import random

    from booklet.clean import order
    rng = random.Random(33)
    for _ in range(400):
        n = rng.randint(2, 24)
        values = rng.choice([(0, 1), (0, 0, 1, -1), (0, 2, 5, -3, 1), (0.5, 0.25, 0, 1)])
        table = {(a, b): rng.choice(values) for a in range(n) for b in range(n) if a != b}

        def join(a, b):
            return table[a, b]

        def column(b):
            return [join(a, b) for a in range(b)]
        written = [0.0]
        for k in range(n - 1):
            written.append(written[-1] + join(k, k + 1))
        every = max((order._opening_split(join, n, f, written, column) for f in range(1, n)), key=lambda found: found[0])
        assert order._best_opening(join, n, written, column) == every


def test_a_loose_page_in_reading_order_is_not_read_as_two_streams(clean):
    whole = _all_text(clean(DEEDS_IN_ORDER)[0])
    lines = [line.replace(" ", "") for line in DEEDS_IN_ORDER.split("\n") if line and line not in _DEEDS_FURNITURE]
    at = [whole.find(line) for line in lines]
    assert -1 not in at
    assert at == sorted(at)


# dev text tongbao_safety_inspection, design two_columns_open (two columns of 20 at leading 1.75),
# pdfminer: a one-page notice whose running head (cut short) names the title; the title set large in
# the left column is written in two pieces with the right column's lines between them, and the
# left column's body after the second piece (a merge of two streams in runs, not line by line).
TONGBAO_OPEN_PDFMINER = """关于2026年第三季度安全生产明查暗

江城市安全生产委员会办

公室

江安委办〔2026〕23号

限空间作业未执行审批制度；（4）应急物资

配备不足或过期失效。

（三）部门监管存在薄弱环节

个别行业主管部门对新业态新领域的安全

监管职责不够明确，存在“看得见的管不着、

管得着的看不见”的问题。部分乡镇（街道）

安全监管力量不足，专业人员缺乏。

关于2026年第三季度安全生

三、下一步工作要求

（一）各地各部门要对照本通报反映的问

题，举一反三，于10月31日前完成全面自查自

纠，并将整改情况报送市安委办。

（二）对检查发现的重大事故隐患，实行

挂牌督办，整改不到位的一律停产停业整顿。

（三）市安委办将适时组织“回头看”，

对整改不力、问题反弹的单位和个人，按照有

关规定严肃追责问责。

附件：第三季度明查暗访发现问题清单

江城市安全生产委员会办公室

2026年10月12日

产明查暗访情况的通报

各区（县）安委会，市安委会各成员单位：

为切实防范化解重大安全风险，坚决遏制

较大以上生产安全事故发生，8月至9月，市安

委办组织6个检查组，采取“四不两直”方

式，对全市12个区（县）的危险化学品、建筑

施工、道路交通、消防等重点行业领域开展明

查暗访。现将有关情况通报如下。

一、总体情况

本次明查暗访共检查生产经营单位236

家，发现各类问题隐患917项，其中重大事故

隐患4项。截至9月30日，已整改到位842项，

整改率91.8%，其余问题正在限期整改。从检

查情况看，各地各部门认真落实安全生产责

任，重点行业领域安全形势总体平稳。

二、存在的主要问题

（一）企业主体责任落实不到位

部分企业安全生产管理制度停留在纸面，

安全培训走过场。检查组在某化工企业抽查8

名一线操作人员，有3人不能正确说出本岗位

的主要风险和应急处置措施。

（二）隐患排查治理不彻底

一些单位隐患排查不深不细，同类问题反

复出现。主要表现在：（1）消防通道被占

用、堵塞；（2）电气线路私拉乱接；（3）有

第1页


"""

# the same page's lines in reading order: left column (head, issuer, number, title, body), right column
TONGBAO_OPEN_IN_ORDER = """关于2026年第三季度安全生产明查暗

江城市安全生产委员会办

公室

江安委办〔2026〕23号

关于2026年第三季度安全生

产明查暗访情况的通报

各区（县）安委会，市安委会各成员单位：

为切实防范化解重大安全风险，坚决遏制

较大以上生产安全事故发生，8月至9月，市安

委办组织6个检查组，采取“四不两直”方

式，对全市12个区（县）的危险化学品、建筑

施工、道路交通、消防等重点行业领域开展明

查暗访。现将有关情况通报如下。

一、总体情况

本次明查暗访共检查生产经营单位236

家，发现各类问题隐患917项，其中重大事故

隐患4项。截至9月30日，已整改到位842项，

整改率91.8%，其余问题正在限期整改。从检

查情况看，各地各部门认真落实安全生产责

任，重点行业领域安全形势总体平稳。

二、存在的主要问题

（一）企业主体责任落实不到位

部分企业安全生产管理制度停留在纸面，

安全培训走过场。检查组在某化工企业抽查8

名一线操作人员，有3人不能正确说出本岗位

的主要风险和应急处置措施。

（二）隐患排查治理不彻底

一些单位隐患排查不深不细，同类问题反

复出现。主要表现在：（1）消防通道被占

限空间作业未执行审批制度；（4）应急物资

配备不足或过期失效。

（三）部门监管存在薄弱环节

个别行业主管部门对新业态新领域的安全

监管职责不够明确，存在“看得见的管不着、

管得着的看不见”的问题。部分乡镇（街道）

安全监管力量不足，专业人员缺乏。

三、下一步工作要求

（一）各地各部门要对照本通报反映的问

题，举一反三，于10月31日前完成全面自查自

纠，并将整改情况报送市安委办。

（二）对检查发现的重大事故隐患，实行

挂牌督办，整改不到位的一律停产停业整顿。

（三）市安委办将适时组织“回头看”，

对整改不力、问题反弹的单位和个人，按照有

关规定严肃追责问责。

附件：第三季度明查暗访发现问题清单

江城市安全生产委员会办公室

2026年10月12日

用、堵塞；（2）电气线路私拉乱接；（3）有
"""


def test_a_title_the_running_head_names_written_in_two_pieces_reads_its_streams_in_order(clean):
    doc = clean(TONGBAO_OPEN_PDFMINER)[0]
    whole = _all_text(doc)
    assert "关于2026年第三季度安全生产明查暗访情况的通报" in whole
    # (the left column's last line goes on in the right column's first: 「（3）有限空间作业」)
    assert "（3）有限空间作业未执行审批制度；（4）应急物资配备不足或过期失效。" in whole
    order = ["明查暗访情况的通报", "各区（县）安委会", "一、总体情况", "本次明查暗访共检查", "二、存在的主要问题",
             "（一）企业主体责任", "（二）隐患排查治理", "（三）部门监管", "三、下一步工作要求", "（三）市安委办",
             "附件：第三季度", "2026年10月12日"]
    at = [whole.find(piece) for piece in order]
    assert -1 not in at and at == sorted(at)
    # (nothing lost: every line of the page is read)
    for line in filter(None, TONGBAO_OPEN_PDFMINER.replace("\f", "").split("\n")):
        if line != "第1页":
            assert line in whole


def test_a_page_whose_named_title_stands_whole_keeps_its_order(clean):
    doc, report = clean(TONGBAO_OPEN_IN_ORDER)
    whole = _all_text(doc)
    lines = [line for line in TONGBAO_OPEN_IN_ORDER.replace("\f", "").split("\n") if line and line != "第1页"]
    # (the first line is the running head, cut short, over the notice's title: it goes, reported)
    assert [r.text for r in report.removals if r.rule == "split_articles"] == [lines.pop(0)]
    at = 0
    for line in lines:     # (each line found after the one before it)
        at = whole.find(line, at)
        assert at != -1, line
        at += len(line)


# dev text literature_guxiang, design two_columns_open, pdftotext (plain; page 1): the columns share
# no rows, so each column is written as runs of lines and the two columns' runs are merged by their
# height on the page (a run of the right column, a run of the left, …)
GUXIANG_PDFTOTEXT = """故乡

这时候，我的脑里忽然闪出一幅神异的图

故乡

画来：深蓝的天空中挂着一轮金黄的圆月，下

鲁迅

面是海边的沙地，都种着一望无际的碧绿的西

我冒了严寒，回到相隔二千余里，别了二

瓜，其间有一个十一二岁的少年，项带银圈，
手捏一柄钢叉，向一匹猹尽力的刺去，那猹却

十余年的故乡去。
时候既然是深冬；渐近故乡时，天气又阴

将身一扭，反从他的胯下逃走了。
这少年便是闰土。我认识他时，也不过十

晦了，冷风吹进船舱中，呜呜的响，从篷隙向
外一望，苍黄的天底下，远近横着几个萧索的
荒村，没有一些活气。我的心禁不住悲凉起来

多岁，离现在将有三十年了；那时我的父亲还
在世，家景也好，我正是一个少爷。那一年，
我家是一件大祭祀的值年。这祭祀，说是三十

了。
阿！这不是我二十年来时时记得的故乡？
我所记得的故乡全不如此。我的故乡好得
多了。但要我记起他的美丽，说出他的佳处

多年才能轮到一回，所以很郑重；正月里供祖
像，供品很多，祭器很讲究，拜的人也很多，
祭器也很要防偷去。
我于是日日盼望新年，新年到，闰土也就

来，却又没有影像，没有言辞了。仿佛也就如
此。于是我自己解释说：故乡本也如此，——

到了。

虽然没有进步，也未必有如我所感的悲凉，这
只是我自己心情的改变罢了，因为我这次回
乡，本没有什么好心绪。
我这次是专为了别他而来的。我们多年聚
族而居的老屋，已经公同卖给别姓了，交屋的
期限，只在本年，所以必须赶在正月初一以
前，永别了熟识的老屋，而且远离了熟识的故
乡，搬家到我在谋食的异地去。
但我们终于谈到搬家的事。我说外间的寓
所已经租定了，又买了几件家具，此外须将家
里所有的木器卖去，再去增添。母亲也说好，
而且行李也略已齐集，木器不便搬运的，也小
半卖去了，只是收不起钱来。
“你休息一两天，去拜望亲戚本家一回，
我们便可以走了。”母亲说。
“是的。”
“还有闰土，他每到我家来时，总问起
你，很想见你一回面。我已经将你到家的大约
日期通知他，他也许就要来了。”

第1页
"""


def test_a_page_whose_columns_pdftotext_merged_by_height_reads_column_by_column(clean, titles_and_blocks):
    doc, _ = clean(GUXIANG_PDFTOTEXT)
    found = titles_and_blocks(doc)
    assert doc.articles[0].title == "故乡" and doc.articles[0].author == "鲁迅"
    # the left column whole (title, author, its paragraphs), then the right one
    assert found.startswith("故乡我冒了严寒，回到相隔二千余里，别了二十余年的故乡去。")
    assert "天气又阴晦了，冷风吹进船舱中" in found
    assert "故乡本也如此，——虽然没有进步" in found
    assert found.index("也许就要来了。”") < found.index("这时候，我的脑里忽然闪出一幅神异的图画来：深蓝的天空中")
    assert "项带银圈，手捏一柄钢叉" in found and "闰土也就到了。" in found


def test_a_page_whose_columns_pdftotext_wrote_in_order_keeps_it(clean, titles_and_blocks):
    # the same page with the left column's runs first, then the right one's: nothing moves
    head, *blocks = GUXIANG_PDFTOTEXT.split("\n\n")
    left = [b for b in blocks if not b.startswith(("这时候", "画来", "面是", "瓜，", "将身", "多岁", "多年", "到了"))]
    right = [b for b in blocks if b not in left]
    doc, report = clean("\n\n".join([head, *left[:-1], *right, left[-1]]))
    found = titles_and_blocks(doc)
    assert found.index("也许就要来了。”") < found.index("这时候，我的脑里忽然闪出一幅神异的图画来")
    assert "闰土也就到了。" in found


# dev text deeds_village_doctor, design jianbao_two_span_ruled (a 简报: the title group spans both
# columns, two 19-character columns under it), plain pdftotext: the title, the subtitle and the
# 编者按's first line (left column) are one block; the right column's first line stands beside that
# block's last line, and the two columns' blocks then take turns by height (the 按 set apart shifts
# the left column's grid), until each column's long run
DEEDS_JIANBAO_PDFTOTEXT = """身边的榜样

三十年守护一方百姓健康
——记江城县青石镇卫生院乡村医生刘守山
编者按：乡村医生是农村居民健康的

指导用药和康复。

“守门人”。刘守山同志扎根山区三十年，

在他的努力下，所负责片区高血压患者

走遍全镇二十一个自然村，用实际行动诠释
了医者仁心。现将他的先进事迹刊发，供大

规范管理率达到92%，比全县平均水平高出
近10个百分点。

家学习。

一颗初心
刘守山毕业于市卫生学校。当年，不少
同学留在了城里，他却选择回到家乡。
“我是山里长大的，知道山里人看病有
多难。”他说，“当初选择学医，就是想让
乡亲们少受病痛的苦。”
这些年，有城里的民营医院高薪聘请
他，他都婉言谢绝了。他说：“这里离不开
我，我也离不开这里。”
今年，刘守山被评为“全省优秀乡村医
生”。面对荣誉，他只是笑笑：“我就是做
了一个医生该做的事。”
来源：《江城日报》2026年9月18日第3版

通讯员 王春燕 李浩
清晨六点，天刚蒙蒙亮，青石镇卫生院
的刘守山已经背起药箱出门了。这是他当乡
村医生的第三十个年头。
三十年来，他累计接诊群众12万余人
次，出诊3万多次，走过的山路超过10万公
里。村里人都亲切地叫他“刘大夫”。

一只药箱
刘守山有一只用了二十多年的旧药箱，
皮面磨得发白，提手换过三回。箱子里装着
血压计、听诊器、体温计和一些常用药品。
“山里老人多，腿脚不方便，有个头疼
脑热的，让他们跑到镇上看病不现实。”刘
守山说，“我多跑几步路，他们就少受些
罪。”
有一年冬天，半夜里下着大雪，石门村
的一位老人突发心绞痛。刘守山接到电话
后，打着手电筒走了两个多小时山路赶到老
人家中，及时采取急救措施，又联系救护车
把老人送到县医院，老人转危为安。
一本台账
在刘守山的办公桌上，摆着一摞厚厚的
健康台账。全镇1800多名慢性病患者的血
压、血糖变化，他都一笔一笔记得清清楚
楚。
近年来，镇里推行家庭医生签约服务，
刘守山主动承担了最偏远的五个村。他给每
位签约群众建立健康档案，定期上门随访，
"""


def _order_page(raw: str):
    from booklet.clean.flow import text_pairs
    from booklet.clean.furniture import mark_page_starts
    from booklet.clean.lines import to_lines
    from booklet.clean.order import _measure
    from booklet.readers.text import raw_lines
    from booklet.report import Report

    lines = mark_page_starts(to_lines(raw_lines(raw)), Report().log("page_starts"))
    return lines, _measure([line.width for line in lines]), text_pairs(lines)


def test_a_column_under_a_spanning_title_group_opens_beside_the_groups_last_line():
    from booklet.clean.order import _height_split

    lines, measure, pairs = _order_page(DEEDS_JIANBAO_PDFTOTEXT)
    blocks, labels, _gain = _height_split(lines, measure, pairs)
    firsts = [lines[a].text for a, _b in blocks]
    left = [firsts[k] for k in range(len(blocks)) if labels[k] == 0]
    right = [firsts[k] for k in range(len(blocks)) if labels[k] == 1]
    # the left column: the title group with the 按 under it, the 按's lines, the byline and the text
    assert left == ["身边的榜样", "三十年守护一方百姓健康", "“守门人”。刘守山同志扎根山区三十年，",
                    "走遍全镇二十一个自然村，用实际行动诠释", "家学习。", "通讯员 王春燕 李浩", "一只药箱"]
    # the right column: the left column's last paragraph going on, then 一颗初心
    assert right == ["指导用药和康复。", "在他的努力下，所负责片区高血压患者", "规范管理率达到92%，比全县平均水平高出",
                     "一颗初心"]


# dev text news_page_culture_weekly, design news_three_tight (three 12-character columns), plain
# pdftotext: where two columns' baselines met, a block holds a row of both, one space apart
# (「“工坊＋文创”模式，支持 省级21项。」): such a block is no one column's as it stands (``_height_streams``
# parts its rows first, ``_rows_parted``; this page's split then gains too little to be read)
CULTURE_THREE_PDFTOTEXT = """要闻

非遗工坊开进社区：

第1版

“工坊＋文创”模式，支持 省级21项。
传承人开发适合年轻人的文
创产品。

老手艺有了
一座老粮仓
新传人
本报记者 郑雨桐 文/图
的新生

周六上午，城西街道文
化站的活动室里坐满了人。
剪纸艺人王桂芳把一张红纸
对折三次，剪刀在手里转了
几圈，一只昂首的公鸡就跃
然纸上，围观的孩子们发出
一阵惊叹。
今年以来，市文化和旅
游局在12个社区设立非遗工
坊，邀请剪纸、竹编、面塑
等项目的传承人定期授课，
已累计开课260多场，参加
学员4000余人次。
“以前总担心手艺没人
学，现在每次课都有人排队
报名。”王桂芳说，她最小
的学生才8岁，已经能独立
剪出简单的窗花。
剪纸艺人王桂芳（右）在社区
工坊指导学员。 郑雨桐 摄

——江城市粮食局旧址改
建为城市书房侧记
通讯员 林家豪 本报记者
周可欣
青砖墙、木屋架、高窗
户，始建于上世纪五十年代
的江城市粮食局老粮仓，如
今变成了一座可容纳200人
的城市书房。改造中，设计
团队保留了原有的屋架和仓
门，只在内部加装了书架和
照明。
开放一个月来，书房接
待读者3.6万人次。不少老
人专程赶来，在当年自己扛
过粮袋的仓库里坐下来读一
会儿书。
来源：《江城日报》2026年
11月20日第7版

市文化和旅游局负责人表
示

让老建筑说
新故事
明年将实现
□ 短评
城市更新不是简单的推
非遗工坊街
倒重来。给老建筑找到新用
道全覆盖 途，既留住了城市记忆，也
为群众提供了新的文化空间，
本报讯（记者 郑雨桐）

记者从市文化和旅游局
获悉，明年全市将在所有街
道设立非遗工坊，并探索

这样的更新值得多一些。
资料：江城市现有市级
以上非物质文化遗产代表性
项目87项，其中国家级4项、

2026年9月8日
"""


def test_a_page_whose_blocks_hold_rows_of_two_columns_is_not_split_by_height():
    from booklet.clean.order import _height_split

    assert _height_split(*_order_page(CULTURE_THREE_PDFTOTEXT)) is None


def test_a_short_page_pdftotext_merged_by_height_reads_column_by_column():
    # the 简报 page above: eleven written blocks, the split gains less than a long page's gate
    # (five words) but more than chance pairs gain on a page of eleven blocks, and it alternates
    # at nearly every block as pdftotext's merge by height does
    from booklet.clean.order import _height_streams

    lines, measure, pairs = _order_page(DEEDS_JIANBAO_PDFTOTEXT)
    streamed = _height_streams(lines, measure, pairs)
    assert streamed is not None
    texts = [line.text for line in streamed]
    # nothing lost, nothing doubled
    assert sorted(texts) == sorted(line.text for line in lines)
    # the left column read through (title group, 按, byline, its text down to the subhead 一只药箱),
    # then the right column from the left's last paragraph going on to the next subhead 一颗初心
    order = ["身边的榜样", "“守门人”。刘守山同志扎根山区三十年，", "家学习。", "通讯员 王春燕 李浩", "一只药箱",
             "指导用药和康复。", "规范管理率达到92%，比全县平均水平高出", "一颗初心"]
    assert [texts.index(text) for text in order] == sorted(texts.index(text) for text in order)


# dev text notice_meeting_agenda, design a5_no_indent_larger (one column), plain pdftotext, page 2:
# the agenda's times and items stand side by side and come out as blocks of their own; a split of
# the page's twelve blocks into two streams reads chance pairs on (8 against the page as written)
AGENDA_ONE_COLUMN_PDFTOTEXT = """层宣讲集体和个人代表。

四、会议议程
9:00—9:10

主持人介绍会议有关情况

9:10—9:40

观看基层理论宣讲工作专题片

9:40—10:40

5个单位作交流发言

10:40—10:50

宣读表扬决定并颁发证书

10:50—11:30

市委宣传部负责同志讲话

五、有关要求
（一）请各单位高度重视，严格按照参会人员范围安
排人员参会，确需请假的，须经单位主要负责同志同
意后报市委宣传部理论处。
（二）作交流发言的单位请提前准备发言材料，发言
时间控制在12分钟以内，书面材料请于11月13日前报
送，同时报送电子文档。
（三）请各单位于11月12日下午5:00前将参会回执
（见附件）传真或发送电子邮件至市委宣传部理论
处。
（四）参会人员请于当天上午8:40前到达会场签到，
· 2 ·
"""


def test_a_one_column_page_of_short_blocks_is_not_split_by_height():
    # what chance pairs gain on a page grows with its blocks: the gate on twelve blocks stands over it
    from booklet.clean.order import _height_gain_min, _height_split, _height_streams

    lines, measure, pairs = _order_page(AGENDA_ONE_COLUMN_PDFTOTEXT)
    blocks, labels, gain = _height_split(lines, measure, pairs)
    assert gain > 2 * 3.0                       # (more than a flat gate of two words would hold back)
    assert _height_streams(lines, measure, pairs) is None
    # a split that hardly alternates (pdfminer's boxes, a column's together) keeps the gate of any merge
    assert _height_gain_min(11, 2) > _height_gain_min(11, 8)


# dev text decision_admin_penalty, design two_columns_plain, pdftotext (plain; each column cut short):
# a one-page 决定书 written as two blocks, the right column's first — it opens on its sentence's
# tail (「部分产品。」) — and the left column's, from the title, last, ending cut inside that sentence
DECISION_PDFTOTEXT_TWO_BLOCKS = """科技工作动态
2026 年第 11 期

江城市科学技术协会

部分产品。本局经复核认为，当事人提出的主动
召回部分产品的情况属实，可以作为从轻处罚的
情节予以考虑；但其对法律规定理解有误的理由
不能成为免除责任的依据，不予采纳。
综上，当事人的违法行为事实清楚、证据确
凿，鉴于当事人在案发后积极配合调查，主动召
回已售产品，符合《中华人民共和国行政处罚
法》第三十二条规定的从轻处罚情形。依据《中
华人民共和国食品安全法》第一百二十五条第一
款第二项之规定，本局决定对当事人作出如下行
政处罚：
一、没收违法所得人民币 15840 元；
二、没收尚未销售的违法产品 540 千克；
三、处违法生产经营的食品货值金额十倍罚
款，计人民币 792000 元。
江城市市场监督管理局
2026 年 9 月 15 日
抄送：江城市人民检察院，江城市公安局南
湖分局。

江城市市场监督管理局行政处罚
决定书
江市监处罚〔 2026 〕 58 号
当事人：江城市绿源食品贸易有限公司
统一社会信用代码： 91320500MA1X7K3P2
Q
住所：江城市南湖区滨江路 188 号
法定代表人：周建华
2026 年 6 月 12 日，本局执法人员根据群众
举报，对当事人位于南湖区滨江路 188 号的经营
场所进行现场检查，发现当事人仓库内存放的一
批预包装食品标签标注的生产日期与实际生产日
期不符。经本局负责人批准，本局于同日对当事
人立案调查。
本局于 2026 年 8 月 20 日向当事人送达了
《行政处罚告知书》，告知当事人拟作出行政处
罚的事实、理由、依据及处罚内容，以及当事人
依法享有陈述、申辩和要求听证的权利。当事人
在法定期限内提交了书面陈述意见，称其系对法
律规定理解有误，并非故意隐瞒，且已主动召回

— 1 —

"""


def test_a_one_page_text_written_as_two_blocks_later_column_first_reads_from_its_title(clean, titles_and_blocks):
    found = titles_and_blocks(clean(DECISION_PDFTOTEXT_TWO_BLOCKS)[0])
    assert found.startswith("江城市市场监督管理局行政处罚决定书")
    # the left column's cut sentence goes on in the right column's first line
    assert "且已主动召回部分产品。本局经复核认为" in found
    assert found.index("人立案调查。") < found.index("本局于2026年8月20日") < found.index("综上，")
    assert found.endswith("湖分局。")


def test_a_one_page_text_written_as_two_blocks_in_order_keeps_it(clean, titles_and_blocks):
    # the same page with the left column's block written first: nothing moves
    parts = DECISION_PDFTOTEXT_TWO_BLOCKS.split("\n\n")   # (head, head, right column, left column, page number)
    assert parts[2].startswith("部分产品。") and parts[3].startswith("江城市市场监督管理局行政处罚")
    parts[2], parts[3] = parts[3], parts[2]
    found = titles_and_blocks(clean("\n\n".join(parts))[0])
    assert found.startswith("江城市市场监督管理局行政处罚决定书")
    assert "且已主动召回部分产品。本局经复核认为" in found
    assert found.endswith("湖分局。")


# dev text news_page_city_briefs, design two_columns_hanging (two 19-character columns), plain
# pdftotext, the page as ``order`` sees it (its paper's head dropped): the second column's top
# (「近日，…」, the third item's text) stands highest and is written first; a photo's caption set
# smaller holds more characters than a column's line (「居民在…借用工具。 通讯员 邱明」), and the lead
# item's main headline, set large, wraps after 12.5 characters and stands three text lines tall
CITY_HANGING_PDFTOTEXT = """近日，东湖街道青石社区“共享工具
间”正式开放。居民凭借社区积分，可免费
借用电钻、梯子、缝纫机等40余种工具。
社区党委书记介绍，工具由辖区单位和
居民捐赠，志愿者负责登记和维护，开放一
周已借出工具120余件次。

市政府常务会议研究部署今冬明春重点工
作强调

抓早抓实民生实事 确保群
众温暖过冬

居民在“共享工具间”借用工具。 通讯员 邱明
/摄

本报记者 郑小川
11月25日，市政府召开常务会议，研究
部署今冬明春供暖保障、物资供应和安全生
产等重点工作。
会议指出，入冬以来，全市天然气供应
总体平稳，但寒潮天气可能带来用气高峰。
各有关部门要加强监测预警，提前做好应急
气源储备，确保居民用气不断供、不降压。
会议要求，要抓好蔬菜、肉类等重要民
生商品保供稳价，加大对困难群众的走访慰
问力度，切实把党和政府的温暖送到群众心
坎上。

江城高铁站新增6对始发列
车
本报讯
记者从铁路部门获悉，自12月1日起，
江城高铁站新增6对始发列车，通达省会及
周边主要城市。铁路部门提醒旅客提前通过
官方渠道购票。
来源：《江城日报》2026年11月26日第2版

小切口解决大问题

一张“明白卡”让办事少跑腿
——江城区推行政务服务“一次告知”见
闻
本报记者 田思远 通讯员 韩冰
在江城区政务服务中心，每个窗口都摆
着一摞彩色卡片。卡片正面印着办事所需材
料清单，背面是二维码，扫码就能看到填表
示范。

据了解，江城区已梳理高频事项186项，
全部制作“明白卡”，群众一次办结率由8
2%提高到97%。

全市首个社区“共享工具间”
开放
本报讯（记者 周婷 通讯员 邱明）
"""


def test_a_captions_line_wider_than_a_column_is_no_row_of_two_columns():
    # the caption's line, set smaller, is wider than the column and holds a space: it is one
    # column's line, and the page is still split by its blocks' heights
    from booklet.clean.order import _height_split

    assert _height_split(*_order_page(CITY_HANGING_PDFTOTEXT)) is not None


def test_a_headline_set_large_stands_taller_than_its_count_of_lines():
    # the main headline (two lines, set large) stands three text lines tall: the caption beside
    # the lead item's byline is written after it, and the headline stays in the first column
    from booklet.clean.order import _height_split

    lines, measure, pairs = _order_page(CITY_HANGING_PDFTOTEXT)
    blocks, labels, _gain = _height_split(lines, measure, pairs)
    firsts = [lines[a].text for a, _b in blocks]
    left = [firsts[k] for k in range(len(blocks)) if labels[k] == 0]
    right = [firsts[k] for k in range(len(blocks)) if labels[k] == 1]
    assert left == ["市政府常务会议研究部署今冬明春重点工", "抓早抓实民生实事 确保群", "本报记者 郑小川",
                    "小切口解决大问题", "一张“明白卡”让办事少跑腿", "据了解，江城区已梳理高频事项186项，",
                    "全市首个社区“共享工具间”"]
    assert right == ["近日，东湖街道青石社区“共享工具", "居民在“共享工具间”借用工具。 通讯员 邱明",
                     "江城高铁站新增6对始发列"]


def test_a_justified_line_spread_glyph_by_glyph_is_no_row_of_two_columns():
    # dev text jianbao_flood_season, design jianbao_two_span_ruled, plain pdftotext: a full line
    # pdftotext wrote with the spaces its justification set between glyphs — wider than the
    # 18-character column, cut at spaces into pieces no wider than one, but one column's line
    from booklet.clean.flow import row_cuts

    lines, measure, _pairs = _order_page("今 年 汛 期， 全市 共经 历强 降雨 过 程 9\n次，平均降雨量较常年偏多23%。\n")
    assert row_cuts(lines[0], 18.0) == [lines[0].text]
    # a row of two columns' lines, one space apart, is one (dev news_three_tight, 12-character columns)
    row, _m, _p = _order_page("“工坊＋文创”模式，支持 省级21项。\n")
    assert row_cuts(row[0], 12.0) == ["“工坊＋文创”模式，支持", "省级21项。"]

# dev text news_page_culture_weekly, design neikan_three_picture, read by pdfminer (running head cut
# off): a loose page whose third column's box starts highest, so pdfminer writes it first — from the
# rest of its headline 「一座老粮仓的新生」, whose first half 「一座老粮仓的新」 it writes last, alone.  The
# text ends inside the word its first line completes (新|生): it was written round, and is read from
# its lead item's kicker, the third column's item after the second's
CULTURE_WEEKLY_PDFMINER_ROUND = """生
——江城市粮食局旧址改建为城
市书房侧记

通讯员 林家豪 本报记者 周可欣

青砖墙、木屋架、高窗户，始
建于上世纪五十年代的江城市粮食

局老粮仓，如今变成了一座可容纳

200人的城市书房。改造中，设计
团队保留了原有的屋架和仓门，只

在内部加装了书架和照明。

来源：《江城日报》2026年11月20
日第7版

让老建筑说新故

事
□ 短评

城市更新不是简单的推倒重来。

给老建筑找到新用途，既留住了城

市记忆，也为群众提供了新的文化

空间，这样的更新值得多一些。

资料：江城市现有市级以
上非物质文化遗产代表性项目

87项，其中国家级4项、省级21

项。

非遗工坊开进社区：

老手艺有了新传
人
本报记者 郑雨桐 文/图

周六上午，城西街道文化站的

活动室里坐满了人。剪纸艺人王桂
芳把一张红纸对折三次，剪刀在手

里转了几圈，一只昂首的公鸡就跃

然纸上，围观的孩子们发出一阵惊

叹。

今年以来，市文化和旅游局在

12个社区设立非遗工坊，邀请剪纸、

竹编、面塑等项目的传承人定期授
课，已累计开课260多场，参加学

员4000余人次。

剪纸艺人王桂芳（右）在社区工坊指
导学员。 郑雨桐 摄

市文化和旅游局负责人表示

明年将实现非遗
工坊街道全覆盖
本报讯（记者 郑雨桐）

记者从市文化和旅游局获悉，

明年全市将在所有街道设立非遗工
坊，并探索“工坊＋文创”模式，

支持传承人开发适合年轻人的文创

产品。

一座老粮仓的新
"""


def test_a_text_ending_inside_the_word_its_first_line_completes_is_read_from_its_lead(clean, titles_and_blocks):
    found = titles_and_blocks(clean(CULTURE_WEEKLY_PDFMINER_ROUND)[0])
    # (the kicker 「非遗工坊开进社区：」 stands in the lead item's headline, not in its text)
    assert found.startswith("老手艺有了新传人")
    assert found.index("文创产品。") < found.index("一座老粮仓的新生") < found.index("青砖墙")
    assert found.endswith("省级21项。")


# BRIEFS_PDFMINER (dev news_page_city_briefs, design tabloid_three_columns, pdfminer) with the head's 「第1版」 box left
# out (as an extractor may drop it): the section's name 「要闻」 beside it then stays, set alone over
# the page, and the text opens on a box of the last column — a sentence's tail, 「就办成了。”」.
# Over the section's name the tail still opens the text: the page is turned (``turn``).
def test_a_bare_section_name_over_the_page_does_not_hide_the_tail_it_stands_over(clean):
    doc, _ = clean("要闻\n\n" + BRIEFS_PDFMINER)
    found = "".join((a.kicker or "") + a.title + "".join(block_text(b) for b in a.blocks) for a in doc.articles)
    assert found.index("市政府常务会议研究部署") < found.index("就办成了")


# dev text news_page_city_briefs, design two_columns_hanging, plain pdftotext (a one-page text): the
# page's columns share no rows, so pdftotext wrote their blocks merged by height — the right
# column's top (「近日，…」, the body of the item whose headline and byline stand at the left
# column's foot) first, then the lead headline, the right column's caption, and so on.  The page's
# head (paper, date, weekday: read first by ``_ordered``) and its number (furniture) left out.
BRIEFS_HANGING_PDFTOTEXT = CITY_HANGING_PDFTOTEXT.replace("示范。\n", """示范。
“以前来办营业执照，材料总是差一两
样，来回跑了好几趟。”个体经营户刘女士
说，“现在拿着这张卡，一次就办成了。”
市民在政务服务中心窗口领取办事“明白卡”。
本报记者 田思远/摄
""", 1)  # the same page as ``CITY_HANGING_PDFTOTEXT`` with the last item's second paragraph and caption


def test_a_short_news_page_merged_by_height_reads_on_as_its_items_are_set():
    # ten written blocks: the true split gained 3.5 over the page as written, under the gate for
    # ten blocks (7.5).  As items are set, the page as written ends on an item's opening (headline
    # and byline, no body: a text never ends so) and the split's paragraph end → caption is no clash
    from booklet.clean.order import _height_streams

    lines, measure, pairs = _order_page(BRIEFS_HANGING_PDFTOTEXT)
    streamed = _height_streams(lines, measure, pairs, ends_text=True)
    assert streamed is not None
    texts = [line.text for line in streamed]
    assert sorted(texts) == sorted(line.text for line in lines)
    # the left column from the lead headline down to the last item's byline, then the right column
    # from that item's body (「近日，…」), its caption, the next item, to its 来源 line
    order = ["市政府常务会议研究部署今冬明春重点工", "本报记者 郑小川", "小切口解决大问题", "全市首个社区“共享工具间”",
             "本报讯（记者 周婷 通讯员 邱明）", "近日，东湖街道青石社区“共享工具", "居民在“共享工具间”借用工具。 通讯员 邱明",
             "江城高铁站新增6对始发列", "来源：《江城日报》2026年11月26日第2版"]
    assert [texts.index(text) for text in order] == sorted(texts.index(text) for text in order)


def test_an_items_opening_at_the_pages_foot_tells_only_where_the_text_ends():
    # where the text goes on over the page, a headline at the page's last written block may be
    # read on in the next page: the split then has only its other joins, as before
    from booklet.clean.order import _height_streams

    assert _height_streams(*_order_page(BRIEFS_HANGING_PDFTOTEXT)) is None


def test_a_caption_set_small_is_no_full_line_after_a_paragraphs_end():
    # 「…120余件次。」 ends its paragraph; the caption under the photo beside it runs wider than the
    # column (set smaller), which for a line of text would mean a full line going on from nothing
    from booklet.clean.order import _indented, _stream_join

    lines, measure, pairs = _order_page(BRIEFS_HANGING_PDFTOTEXT)
    end = next(line for line in lines if line.text.endswith("120余件次。"))
    caption = next(line for line in lines if line.text.startswith("居民在“共享工具间”"))
    indents = _indented(lines, measure)
    assert _stream_join(end, caption, pairs, measure, indents) < 0
    assert _stream_join(end, caption, pairs, measure, indents, set_small=True) == 0


# dev news_page_county, design dangbao_four_ruled, pdfminer (cut short): the fourth column holds the
# tail of the bus item and a commentary closed by a 来源 line pdfminer spread letter by letter (a short
# line justified across a narrow column: 「来 源 ： 《江 城 县 报》」); the commentary's box, written
# right under the lead item's byline, is read after the page's other items: its 来源 line closes it.
COUNTY_DANGBAO_PDFMINER = """江城日报

2026年12月3日  星期四  第1版

省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡
村振兴工作推进会上作出批示

把园区建成现代农业的示范窗口

本报记者 何静怡 通讯员 吴志强

园区等区域。新线路全部
采用新能源公交车，票价
统一为1元。

让科技之
花开在田
间地头

□ 本报评论员

农业现代化，关键是
农业科技现代化。园区的
实践表明，传统农业就能焕
发新的生机。
来 源 ： 《江 城 县 报》
（2026年11月2日第1版）

深秋时节，走进江城
县农业科技园区，智能温
室里番茄挂满枝头，水肥
一体化设备按照预设程序
精准滴灌。

园区建设过程中，县
里与省农科院、农业大学
共建3个专家工作站，力
争三年内总产值突破百
亿元。

县城新增
3条公交
线路

本报讯（记者 马晓东）

10月28日起，县城新
开通3条公交线路，覆盖
城东新区、高铁站和工业
"""


def test_a_source_line_spread_letter_by_letter_closes_its_item_as_set_solid(clean, titles_and_blocks):
    doc = clean(COUNTY_DANGBAO_PDFMINER)[0]
    found = titles_and_blocks(doc)
    # (the lead item's byline goes on in its body, the commentary its 来源 line closes comes last)
    # (news86's _ended_with_room read the lead item's headline whole, the byline its author; taken out at
    # the merge, the page reads as before it)
    assert found.index("吴志强") < found.index("深秋时节") < found.index("县城新增") < found.index("让科技之花")
    assert doc.articles[-1].title == "让科技之花开在田间地头"
    assert doc.articles[-1].source_line == "来源：《江城县报》（2026年11月2日第1版）"


# dev exchange_experience_community, design neikan_three_all, pdfminer (cut short): a pulled quote signed
# 「——桂花苑小区居民 张玉梅」 stands in the middle column; the dictionary reads 梅|江 across into the
# issuer 「江城市南湖街道党工委」, but a name set apart ends its line whole: no title cut there.
EXCHANGE_NEIKAN_PDFMINER = """理论学习

第1版  2026年10月15日  星期四

把“小事”办成群
众心里的“大事”

——在全市城乡社区治理工作交流
会上的发言

江城市南湖街道党工委

近年来，南湖街道坚持以党建引
领社区治理，聚焦群众身边的操心事、
汇报如下。


把网格织密，让问题发现在一线。

街道将8个社区划分为126个网格，每
个网格配备1名专职网格员和若干名
兼职网格员，楼栋长、党员志愿者、
物业人员全部纳入网格队伍。网格员
每天入户走访，做到“底数清、情况
明、问题早发现”。今年以来，通过
网格发现并解决各类问题2300余件，
占全部问题的七成以上。

把议事平台搭起来，让居民的事
居民商量着办。我们在每个社区建立
“居民议事厅”，凡是涉及居民切身
利益的事项，都先拿到议事厅里议一
议。老旧小区加装电梯，是居民最关
心、也最容易起争执的事。桂花苑小
区3号楼的加装方案，前后开了7次议
事会，终于让一楼到六楼的住户都点
了头。

以前总觉得加装电梯跟我们一楼
没关系，还担心挡光、有噪声。议事
会上大家把账算清楚了，补偿方案也
公开了，我们心里服气。

——桂花苑小区居民 张玉梅

把服务送上门，让困难群众感受
到温暖。街道对辖区内的独居老人、
"""


def test_a_quotations_signature_ending_on_a_name_is_no_title_cut_inside_a_word(clean, titles_and_blocks):
    found = titles_and_blocks(clean(EXCHANGE_NEIKAN_PDFMINER)[0])
    assert "张玉梅江城市" not in found
    assert found.index("近年来") < found.index("以前总觉得加装电梯") < found.index("——桂花苑小区居民 张玉梅")


# dev text news_page_culture_weekly, design zhoumo_picture_across, pdfminer (cut short: the
# commentary, the note, the caption and the second item left out): the third column's box opens on
# 「了书架和照明。」, the rest of the sentence the text's last line cuts (「…只在内部加装」), and is
# written before it.  No sentence opens on 了: the box goes on from that line.
ZHOUMO_PDFMINER = """周末·城乡

第1版  2026年12月5日

非遗工坊开进社区：

老手艺有了新传
人

本报记者 郑雨桐 文/图

周六上午，城西街道文化站的活
动室里坐满了人。剪纸艺人王桂芳把
一张红纸对折三次，剪刀在手里转了
几圈，一只昂首的公鸡就跃然纸上，
围观的孩子们发出一阵惊叹。

今年以来，市文化和旅游局在12
个社区设立非遗工坊，邀请剪纸、竹
编、面塑等项目的传承人定期授课，
已累计开课260多场，参加学员4000
余人次。

“以前总担心手艺没人学，现在
每次课都有人排队报名。”王桂芳说，
她最小的学生才8岁，已经能独立剪
出简单的窗花。

了书架和照明。

开放一个月来，书房接待读者
3.6万人次。不少老人专程赶来，在
当年自己扛过粮袋的仓库里坐下来读
一会儿书。
来源：《江城日报》2026年11月20日
第7版

一座老粮仓的新生
——江城市粮食局旧址改建为城市
书房侧记

通讯员 林家豪 本报记者 周可欣

青砖墙、木屋架、高窗户，始建
于上世纪五十年代的江城市粮食局老
粮仓，如今变成了一座可容纳200人
的城市书房。改造中，设计团队保留
了原有的屋架和仓门，只在内部加装
"""


def test_a_box_opening_on_a_word_bound_to_the_word_before_goes_on_from_the_line_cut_before_it(clean, titles_and_blocks):
    found = titles_and_blocks(clean(ZHOUMO_PDFMINER)[0])
    assert "只在内部加装了书架和照明。开放一个月来" in found
    assert found.index("独立剪出简单的窗花。") < found.index("一座老粮仓的新生")
