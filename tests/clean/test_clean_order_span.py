"""A page whose lead story's headline is set across its columns, read back by pdfminer (``order``,
``turn``, ``pagehead``).

A newspaper sets its lead story's kicker, headline, subtitle and byline across the columns and the
columns under them.  pdfminer builds a box of the lines one under another that share a left edge, a
right edge or a centre: a headline or byline centred over three columns shares its centre with the
middle column, whose top lines join the headline's box; and it writes the boxes in an order of its
own, the middle column's top before the first column.  Each snippet is real: a dev text of the
evaluation harness (``tests/eval/texts/dev``) set in the dev design ``daily_span_ruled`` (three
14-character columns 0.8 em apart, a rule between them, the headline across all three) or
``news_three_tight``, read back by ``pdfminer.six``'s ``extract_text``.  Expected values are what a
careful reader of the printed page sees.
"""

from __future__ import annotations


# dev text news_page_county, design daily_span_ruled, pdfminer: the byline's box holds the middle
# column's top (「农民培养成…」, the rest of the commentary that ends the first column's foot:
# 「…引到田间地头，把」), and that column's boxes come before the first column's
COUNTY_DAILY_PDFMINER = """第1版  综合

江城日报  2026年11月20日

省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会
上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
农民培养成懂技术、会经营的新
农人，传统农业就能焕发新的生
机。

推动农业科技进步，既要

“顶天”，在关键核心技术上攻
关突破；也要“立地”，让先进
适用技术真正进村入户。各级各
部门要在完善科技服务体系上多
下功夫，让更多农民共享科技进
步的成果。
来源：《江城县报》（2026年11
月2日第1版）

深秋时节，走进江城县农业
科技园区，智能温室里番茄挂满
枝头，水肥一体化设备按照预设
程序精准滴灌。园区管委会负责
人告诉记者，园区已引进农业科
技企业43家，建成各类科研平台
17个，去年实现总产值58亿元。
“过去种地靠经验，现在靠
数据。”种植大户老陈指着手机
上的监测画面说，土壤湿度、光
照、温度一目了然，哪块地该浇
水、该施肥，系统都会提醒。
园区智能温室内，技术人员正在查
看番茄长势。 本报记者 何静怡/摄
园区建设过程中，县里与省
农科院、农业大学共建3个专家
工作站，每年组织技术培训60余
场次，带动周边农户1.2万户增
收。下一步，园区将重点发展种
业研发、智慧农业和农产品精深
加工，力争三年内总产值突破百
亿元。

县城新增3条公
交线路
本报讯（记者 马晓东）
10月28日起，县城新开通3
条公交线路，覆盖城东新区、高
铁站和工业园区等区域。新线路
全部采用新能源公交车，首末班
时间分别为6时 3 0分 和20时30
分，票价统一为1元。

让科技之花开在
田间地头

□ 本报评论员

农业现代化，关键是农业科
技现代化。园区的实践表明，只
要把科技力量引到田间地头，把
"""

# dev text news_page_science, design daily_span_ruled, pdfminer: the byline's box ends on 「说。」,
# the tail of the sentence the third column's foot cut (「…现在一年就能走完。”他」)
SCIENCE_DAILY_PDFMINER = """第1版  综合

江城日报  2026年11月20日

市委常委会召开会议专题研究科技创新工作强调

以更大力度推进科技创新 为高质量发展注入强劲
动能
本报记者 陈思远 刘佳

说。

这条不足两公里的街道上，
聚集着12家新型研发机构、40余
家孵化器和众创空间。街道还设
立了概念验证中心和中试基地，
企业可以按需租用设备，按次付
费。去年，这里的企业共转化科
技成果160余项，带动新增产值
超过20亿元。
科创大道概念验证中心内，技术人
员正在调试设备。 本报记者 赵一
鸣/摄

高新区负责人介绍，下一步
将探索“先使用后付费”的成果
转化模式，让更多中小企业用得
上、用得起高校院所的科技成
果。

全市首批“科技
副总”上岗
本报讯（记者 孙晓梅）
日前，全市首批60名“科技
副总”走上企业岗位。他们来自
12所高校和科研院所，将在企业
兼职两年，帮助企业解决技术难
题、培养研发团队。

据了解，“科技副总”由企
业提出需求、高校推荐人选、双
向选择确定，市财政给予每人每
年5万元工作补助。

来源：《江城日报》（2026年3
月18日01版）

3月17日下午，市委常委会
召开会议，专题研究全市科技创
新工作，听取市科技局关于全市
创新平台建设情况的汇报，研究
部署下一阶段重点任务。

会议指出，科技创新是牵引
高质量发展的核心动力。近年
来，全市上下深入实施创新驱动
发展战略，研发投入强度从2.1%
提高到2.8%，高新技术企业数量
突破3000家，一批关键核心技术
取得突破。同时也要看到，全市
创新策源能力还不够强，科技成
果就地转化率不够高，高层次人
才仍然短缺。

会议强调，要坚持“四个面
向”，聚焦产业链部署创新链，
围绕创新链布局产业链。要加快
建设实验室体系，支持企业牵头
组建创新联合体，让企业真正成
为技术创新决策、研发投入、科
研组织和成果转化的主体。要深
化科技体制改革，赋予科研人员
更大的人财物支配权和技术路线
决定权。

会议还研究了其他事项。

江城高新区：

一条街上的“创
新生态”
——走进科创大道看成果转化
本报记者 赵一鸣

早上八点，科创大道两侧的
孵化楼陆续亮起灯光。在一家从
事传感器研发的初创企业里，研
发主管正在调试一台新样机。
“从实验室到生产线，过去要两
三年，现在一年就能走完。”他
"""

# dev text news_page_culture_weekly, design news_three_tight, pdfminer: a paragraph's first line
# 「记者从市文化和旅游局」 (its indent dropped) has a byline's words, not a byline's shape
CULTURE_TIGHT_PDFMINER = """要闻

第1版  2026年9月8日

非遗工坊开进社区：

老手艺有了
新传人

本报记者 郑雨桐 文/图

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

市文化和旅游局负责人表
示

明年将实现
非遗工坊街
道全覆盖

本报讯（记者 郑雨桐）

记者从市文化和旅游局
获悉，明年全市将在所有街
道设立非遗工 坊，并探索

“工坊＋文创”模式，支持
传承人开发适合年轻人的文
创产品。

省级21项。

一座老粮仓
的新生

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

让老建筑说
新故事

□ 短评

城市更新不是简单的推
倒重来。给老建筑找到新用
途，既留住了城市记忆，也
为群众提供了新的文化空间，
这样的更新值得多一些。

资料：江城市现有市级
以上非物质文化遗产代表性
项目87项，其中国家级4项、
"""

# the middle column's three boxes, glued to the byline or written after it
COUNTY_MIDDLE_TOP = ("农民培养成懂技术、会经营的新", "推动农业科技进步，既要", "“顶天”，在关键核心技术上攻")


def test_the_middle_columns_top_glued_to_the_byline_goes_on_from_the_column_it_continues(clean, read_text):
    doc, _ = clean(COUNTY_DAILY_PDFMINER)
    found = read_text(doc)
    # the commentary cut at the first column's foot goes on in the middle column's top
    assert "只要把科技力量引到田间地头，把农民培养成懂技术、会经营的新农人" in found
    # the lead story's text follows its byline; the commentary's 来源 line closes the page
    assert found.index("吴志强") < found.index("深秋时节") < found.index("让科技之花")
    assert found.rstrip().endswith("来源：《江城县报》（2026年11月2日第1版）")


def test_the_page_in_reading_order_reads_the_same(clean, read_text):
    # the same page with the middle column's boxes where they are read: nothing else moves
    head, glued = COUNTY_DAILY_PDFMINER.split("本报记者 何静怡 通讯员 吴志强\n", 1)
    middle, rest = glued.split("\n\n深秋时节", 1)
    in_order = head + "本报记者 何静怡 通讯员 吴志强\n\n深秋时节" + rest.rstrip("\n") + "\n" + middle + "\n"
    assert middle.startswith(COUNTY_MIDDLE_TOP[0])
    assert read_text(clean(in_order)[0]) == read_text(clean(COUNTY_DAILY_PDFMINER)[0])


def test_a_sentences_tail_glued_to_the_byline_goes_on_from_the_columns_foot(clean, read_text):
    doc, _ = clean(SCIENCE_DAILY_PDFMINER)
    found = read_text(doc)
    assert "从实验室到生产线，过去要两三年，现在一年就能走完。”他说。" in found
    # the text opens on the lead story (no turn to the third column's item), its kicker first
    assert found.startswith("市委常委会召开会议专题研究科技创新工作强调")
    assert found.index("3月17日下午") < found.index("江城高新区") < found.index("全市首批“科技副总”上岗")


def test_the_papers_head_in_two_pieces_is_taken_whole(clean, read_text):
    # 「第1版  综合」 and 「江城日报  2026年11月20日」 are the two ends of one head row
    for page in (COUNTY_DAILY_PDFMINER, SCIENCE_DAILY_PDFMINER):
        found = read_text(clean(page)[0])
        assert "江城日报2026年11月20日" not in found.replace(" ", "")
        assert "综合" not in found


def test_the_papers_head_on_one_row_is_the_pages_head(clean, read_text):
    page = ("第1版  综合      江城日报  2026年11月20日\n\n"
            + COUNTY_DAILY_PDFMINER.split("\n\n", 2)[2])
    found = read_text(clean(page)[0])
    assert found.startswith("省委主要负责同志致信祝贺")
    assert "江城日报" not in found.split("来源")[0]


def test_a_paragraphs_first_words_are_no_byline(clean, read_text):
    doc, _ = clean(CULTURE_TIGHT_PDFMINER)
    found = read_text(doc)
    assert "记者从市文化和旅游局获悉，明年全市将在所有街道设立非遗工坊" in found
