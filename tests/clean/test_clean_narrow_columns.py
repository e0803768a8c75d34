"""Narrow column measures (12–16 characters): headlines, bylines and headings of news pages.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in the
three-column design ``news_three_tight`` (12 characters a column, punctuation hung in the margin)
and read back in reading order by ``pdftotext -raw`` (no indents).  Expected values are what a
careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.model import Heading, Paragraph, block_text
from booklet.readers.text import raw_lines


# dev text speech_county_meeting: a speech's numbered headings at the body's size over paragraphs
# whose indent the extractor dropped; full lines hang their closing comma past the 12 em measure
SPEECH_COLUMN = """新签约亿元以上项目47
个，总投资达到312亿元，
其中10亿元以上项目9个。
新能源装备、绿色食品两个
主导产业产值分别突破百亿
元，规模以上工业企业新增
28家，总数达到316家。
（二）改革攻坚持续深
化
我们在全市率先推行
“一件事一次办”改革，企
业开办时间压缩到1个工作
日以内，工程建设项目审批
时间压缩到60个工作日以内。
县属国有企业整合重组基本
完成，平台公司市场化转型
迈出实质性步伐。
（三）民生保障更加有
力
全年民生支出占一般公
共预算支出的比重达到81.
4%。新建改扩建中小学和幼
儿园12所，新增学位5400个；
县人民医院新院区投入使用，
县域就诊率提高到92%。
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
1.着力扩大有效投资
要坚持项目为王，实行
县级领导包联重点项目制度，
做到一个项目、一名领导、
一个专班、一抓到底。全年
力争新开工亿元以上项目50
个以上，完成固定资产投资
增长8%以上。
2.着力培育新兴产业
要围绕新能源装备产业
链，引进配套企业，补齐关
键环节，推动产业集群发展。
支持企业加大研发投入，力
争新增高新技术企业15家、
省级专精特新企业10家。
3.着力优化营商环境
要把营商环境作为“一
把手工程”来抓。各级各部
门要主动靠前服务，对企业
反映的问题实行清单化管理、
销号式推进，做到件件有着
落、事事有回音。对损害营
商环境的行为，发现一起、
查处一起、通报一起。
三、切实转变工作作风，
进一步提升落实质效
"""

# dev text news_page_culture_weekly: a news item under a kicker and a title set larger, its
# byline centred on a line of its own, a second item opened by its dateline
NEWS_COLUMN = """非遗工坊开进社区：
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
道设立非遗工坊，并探索
“工坊＋文创”模式，支持
"""


def test_hung_marks_do_not_widen_the_measure():
    lines = to_lines(raw_lines(SPEECH_COLUMN, None))
    layout = study_layout(lines)
    assert layout.measure == 12   # (not 13: 「县级领导包联重点项目制度，」 hangs its comma)
    assert layout.indent_lost == 2


def test_numbered_heading_alone_on_its_line_over_a_first_line(texts, clean):
    doc, _ = clean(SPEECH_COLUMN)
    heads = texts(doc, Heading)
    assert ["1.着力扩大有效投资", "2.着力培育新兴产业", "3.着力优化营商环境"] == [
        h for h in heads if h[:1].isdigit()]
    assert any(p.startswith("要坚持项目为王，实行县级领导") for p in texts(doc, Paragraph))


def test_rest_of_a_numbered_heading_ends_before_the_first_line(texts, clean):
    doc, _ = clean(SPEECH_COLUMN)
    assert "二、准确把握形势任务，进一步明确工作重点" in texts(doc, Heading)
    assert any(p.startswith("当前，发展环境中的有利条件") for p in texts(doc, Paragraph))


def test_byline_on_its_own_line_is_not_run_into_the_first_paragraph(texts, clean):
    doc, _ = clean(NEWS_COLUMN)
    everything = [a.author for a in doc.articles] + texts(doc)
    assert any(t and t.replace(" ", "") == "本报记者郑雨桐文/图" for t in everything)
    assert "本报讯（记者 郑雨桐）" in everything
    assert any(p.startswith("周六上午，城西街道") for p in texts(doc, Paragraph))
    assert any(p.startswith("记者从市文化和旅游局获悉") for p in texts(doc, Paragraph))


def test_byline_wrapped_onto_a_second_line_is_one_block(texts, clean):
    doc, _ = clean("""一座老粮仓
的新生
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
""")
    everything = [a.author for a in doc.articles] + texts(doc)
    assert not any(t == "周可欣" for t in everything)
    assert not any(h.endswith("周可欣") for h in texts(doc, Heading))


# the same page further down: a 来源 line the column cut inside its date, the next item's title
# set larger, and a short comment signed by its column behind a box (「□ 短评」)
NEWS_COLUMN_END = """青砖墙、木屋架、高窗
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
省级21项。
"""


def test_source_line_cut_inside_its_date_is_one_line(texts, clean):
    doc, _ = clean(NEWS_COLUMN_END)
    sources = [a.source_line for a in doc.articles if a.source_line] + texts(doc)
    assert "来源：《江城日报》2026年11月20日第7版" in sources
    assert "让老建筑说新故事" in [a.title for a in doc.articles] + texts(doc, Heading)


def test_box_before_a_column_name_signs_the_comment(texts, clean):
    doc, _ = clean(NEWS_COLUMN_END)
    assert "□ 短评" not in texts(doc, Heading) + [a.title for a in doc.articles]
    assert "□ 短评" in [a.author for a in doc.articles] + texts(doc, Paragraph)
    assert any(p.startswith("城市更新不是简单的推倒重来") for p in texts(doc, Paragraph))


def test_credit_of_a_name_set_apart_before_its_mark_ends_the_caption(texts, clean):
    doc, _ = clean(NEWS_COLUMN)
    captions = [c for a in doc.articles for c in (a.captions or ())]
    everything = texts(doc) + [block_text(c) if not isinstance(c, str) else c for c in captions]
    assert any(t.startswith("剪纸艺人王桂芳（右）") and t.endswith("郑雨桐 摄") for t in everything)
    kickers = [a.kicker for a in doc.articles]
    assert "市文化和旅游局负责人表示" in kickers + texts(doc, Heading)


# dev text news_page_culture_weekly, design tabloid_three_columns, pdftotext -layout (its first
# column, as the column split reads it): a caption centred over two lines sets its second line in
def test_caption_centred_over_two_lines_starts_at_its_first_line(texts, clean):
    doc, _ = clean("""   “以前总担心手艺没人
学，现在每次课都有人排队报
名。”王桂芳说，她最小的学
生才8岁，已经能独立剪出简
单的窗花。
剪纸艺人王桂芳（右）在社区工
  坊指导学员。 郑雨桐 摄
市文化和旅游局负责人表示
""")
    assert not [t for t in texts(doc) if "社区工" in t and "坊指导" not in t]
    assert not [t for t in texts(doc) if "市文化和旅游局" in t and "剪纸" in t]


# dev text news_page_science: a kicker ending in its reporting verb wrapped over two lines of the
# column, the title under it set larger (five characters a line); a one-line paragraph closing
# the item, then the next item's kicker ending in a colon over its title
SCIENCE_COLUMN = """市委常委会召开会议专题
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
会议指出，科技创新是
牵引高质量发展的核心动力。
近年来，全市上下深入实施
创新驱动发展战略，研发投
入强度从2.1%提高到2.8%，
高新技术企业数量突破3000
家，一批关键核心技术取得
突破。同时也要看到，全市
创新策源能力还不够强，科
技成果就地转化率不够高，
高层次人才仍然短缺。
会议强调，要坚持“四
个面向”，聚焦产业链部署
创新链，围绕创新链布局产
业链。要加快建设实验室体
系，支持企业牵头组建创新
联合体，让企业真正成为技
术创新决策、研发投入、科
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
"""


def test_kicker_ending_in_its_reporting_verb_is_not_run_into_the_title(clean):
    doc, _ = clean(SCIENCE_COLUMN)
    first = doc.articles[0]
    assert first.kicker == "市委常委会召开会议专题研究科技创新工作强调"
    assert first.title.replace(" ", "") == "以更大力度推进科技创新为高质量发展注入强劲动能"


def test_kicker_ending_in_a_colon_after_a_closing_sentence_leaves_the_paragraph(texts, clean):
    doc, _ = clean(SCIENCE_COLUMN)
    assert "会议还研究了其他事项。" in texts(doc, Paragraph)
    assert [a.kicker for a in doc.articles if a.title == "一条街上的“创新生态”"] == ["江城高新区："]


# dev text notice_theory_study, design neikan_three_all (16 characters a column): a notice's
# numbered headings at the body's size over items numbered 「1.」 right before their words
NOTICE_COLUMN = """委）：
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
2.结合学习《习近平谈治国理
政》有关篇目，围绕高质量发展、科
技自立自强、全面从严治党等重大问
题开展专题研讨，每个专题安排不少
于半天的集中学习时间。
（二）学习贯彻全会精神
重点学习全会审议通过的决定和
说明，深刻领会全会提出的目标任务、
重大举措，准确把握进一步全面深化
改革的总体要求。各单位要把学习全
会精神同贯彻落实市委全会部署结合
起来，同谋划明年工作结合起来。
（三）学习科技创新和产业发展
知识
围绕新质生产力、数字经济、人
工智能等内容，邀请专家学者作专题
辅导，着力提高领导干部推动高质量
发展的本领。
二、方式方法
（一）集中学习。各级中心组每
季度集中学习不少于1次，每次学习
应确定主题、明确重点发言人，做到
有计划、有记录、有总结。
（二）专题研讨。围绕年度重点
课题，中心组成员结合分管工作撰写
研讨材料，在集体学习时交流发言，
研讨材料字数一般不少于2000字。
（三）调查研究。中心组成员每
人每年至少牵头完成1项调研课题，
形成调研报告，推动学习成果转化为
工作思路和政策举措。
1.调研选题
调研题目由各单位结合实际自主
确定，于3月31日前报市委宣传部理
论处备案。
2.成果运用
（1）优秀调研报告择优在《江
城理论》刊发；（2）具有决策参考
"""


def test_item_numbered_with_a_dot_under_a_numbered_heading_starts_a_block(texts, clean):
    doc, _ = clean(NOTICE_COLUMN)
    assert "（一）深入学习党的创新理论" in texts(doc, Heading)
    paragraphs = texts(doc, Paragraph)
    assert any(p.startswith("1.系统学习新时代党的创新理论") for p in paragraphs)
    assert any(p.startswith("2.结合学习《习近平谈治国理政》") for p in paragraphs)


# dev text essay_study_experience, design neikan_three_all (16 characters a column): a 小标题
# wrapped onto a short second line right after a paragraph whose last line was full
ESSAY_COLUMN = """还为老人申请了居家养老服务补贴。
这件事让我深深体会到：政策条
文是冷的，但执行政策的人心要是热
的。
把群众的小事当作自己的大事！
民政工作千头万绪，件件连着民
生，事事关乎民心。在群众眼里，没
有“小事”。
一张证明晚开一天，群众可能就
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
"""


def test_heading_wrapped_after_a_full_closing_line_is_no_part_of_the_paragraph(texts, clean):
    doc, _ = clean(ESSAY_COLUMN)
    assert "“恒”字为要：久久为功才能见到实效" in texts(doc, Heading)
    assert any(p.endswith("时时提醒自己。") for p in texts(doc, Paragraph))


# dev text deeds_village_doctor, design two_columns_plain (22 characters a column): an editor's
# note opens the text right under the headline's —— subtitle
DEEDS_COLUMN = """身边的榜样
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
"""


def test_editors_note_under_a_subtitle_starts_a_block(texts, clean):
    doc, _ = clean(DEEDS_COLUMN)
    everything = [a.subtitle for a in doc.articles] + texts(doc)
    assert "——记江城县青石镇卫生院乡村医生刘守山" in everything
    assert any(p.startswith("编者按：乡村医生是农村居民健康的") for p in texts(doc, Paragraph))


# dev text news_page_culture_weekly, design tabloid_three_columns (13 characters a column, titles
# set 2.2 times the body): a kicker that fills its line, ending in its reporting verb, over a title
# wrapped short of the measure
TABLOID_COLUMN = """非遗工坊开进社区：
老手艺有了新传
人
本报记者 郑雨桐 文/图
周六上午，城西街道文化
站的活动室里坐满了人。剪纸
艺人王桂芳把一张红纸对折三
次，剪刀在手里转了几圈，一
只昂首的公鸡就跃然纸上，围
观的孩子们发出一阵惊叹。
今年以来，市文化和旅游
局在12个社区设立非遗工坊，
邀请剪纸、竹编、面塑等项目
的传承人定期授课，已累计开
课260多场，参加学员4000余
人次。
“以前总担心手艺没人
学，现在每次课都有人排队报
名。”王桂芳说，她最小的学
生才8岁，已经能独立剪出简
单的窗花。
剪纸艺人王桂芳（右）在社区工
坊指导学员。 郑雨桐 摄
市文化和旅游局负责人表示
明年将实现非遗
工坊街道全覆盖
本报讯（记者 郑雨桐）
记者从市文化和旅游局获
悉，明年全市将在所有街道设
立非遗工坊，并探索“工坊＋
文创”模式，支持传承人开发
适合年轻人的文创产品。
一座老粮仓的新
生
——江城市粮食局旧址改建
为城市书房侧记
通讯员 林家豪 本报记者 周
可欣
青砖墙、木屋架、高窗
"""


def test_kicker_filling_its_line_over_a_larger_title_stays_apart(clean):
    doc, _ = clean(TABLOID_COLUMN)
    heads = [(a.kicker, a.title) for a in doc.articles]
    assert ("市文化和旅游局负责人表示", "明年将实现非遗工坊街道全覆盖") in heads


# dev text news_page_city_briefs, design tabloid_three_columns, read by PDFium (pypdfium2): a byline
# whose two-character name is spaced out to the width of three (「韩 冰」), and a 来源 line the
# column cut twice inside its date
BRIEFS_COLUMN = """价，加大对困难群众的走访慰
问力度，切实把党和政府的温
暖送到群众心坎上。
小切口解决大问题
一张“明白卡”让
办事少跑腿
——江城区推行政务服务
“一次告知”见闻
本报记者 田思远 通讯员 韩 冰
在江城区政务服务中心，
每个窗口都摆着一摞彩色卡
片。卡片正面印着办事所需材
料清单，背面是二维码
，扫码
就
能
看
到填表示范
。
“以前来办营业执照，材
料总是
差
一两样，来回跑了
好
几趟
。
”个体经营户刘女士
说
，“现
在
拿
着这张卡，一
次
就
办成了
。
”
市民在政务服务中心窗口领取办
事“明白卡”。 本报记者 田思
远/摄
据了解，江城区已梳理
高
频
事
项186
项，全部
制
作
“
明
白
卡
”，群众一
次
办结率由
8
2%提高到97%。
全市首个社区
“共享工具间”开 放
本报讯（记者 周婷 通讯员 
邱明）
近日，东湖街道青石社
区
“共享
工具间”
正
式
开
放。居
民凭借社
区积分，可免费借
用
电钻
、梯子
、缝纫机等40余种
工
具
。社区党委书记介绍，工
具
由辖区单
位和居民捐赠
，志愿
者负责登记
和维护，开
放
一
周
已借出工
具120余件次
。
居民在“共享工具间”借用工
具。 通讯员 邱明/摄
江城高铁站新增
6对始发列车
本报讯
记者从铁路部门获悉
，
自
12月1日
起，江城高铁站新增
6
对始发列车
，通达省
会及周边
主要城市。铁路部门提醒旅客
提前通过官方渠道购票
。
来源：《江城日报》2026
年11
月26日第2版
"""


def test_byline_with_a_spaced_out_name_is_not_run_into_the_text(texts, clean):
    doc, _ = clean(BRIEFS_COLUMN)
    signed = [a.author for a in doc.articles if a.author] + texts(doc)
    assert any(t.replace(" ", "") == "本报记者田思远通讯员韩冰" for t in signed)
    assert any(p.startswith("在江城区政务服务中心") for p in texts(doc, Paragraph))


def test_source_line_cut_twice_inside_its_date_is_one_line(texts, clean):
    doc, _ = clean(BRIEFS_COLUMN)
    sources = [a.source_line for a in doc.articles if a.source_line] + texts(doc)
    assert "来源：《江城日报》2026年11月26日第2版" in sources


# dev text news_page_county, design news_three_tight, as a viewer pastes it (a blank line after each
# line, a trailing space where a block ends): the byline's names wrapped past its role
COUNTY_PASTED = (
    ' 要闻      第 1 版  2026 年 9 月 8 日 \n'
    '\n'
    '省委主要负责同志致信祝\n'
    '\n'
    '贺江城县农业科技园区获\n'
    '\n'
    '批国家级园区并在全县乡\n'
    '\n'
    '村振兴工作推进会上作出\n'
    '\n'
    '批示 \n'
    '\n'
    '把园区建成\n'
    '\n'
    '现代农业的\n'
    '\n'
    '示范窗口 \n'
    '\n'
    '——江城县农业科技园区\n'
    '\n'
    '建设纪实 \n'
    '\n'
    '本报记者 何静怡 通讯员 \n'
    '\n'
    '吴志强 \n'
    '\n'
    '深秋时节，走进江城县\n'
    '\n'
    '农业科技园区，智能温室里\n'
    '\n'
    '番茄挂满枝头，水肥一体化\n'
    '\n'
    '设备按照预设程序精准滴灌。\n'
    '\n'
    '园区管委会负责人告诉记者，\n'
)


def test_byline_role_at_a_line_end_goes_on_with_its_names(texts, clean):
    doc, _ = clean(COUNTY_PASTED)
    signed = [a.author for a in doc.articles if a.author] + texts(doc)
    assert any(t.replace(" ", "") == "本报记者何静怡通讯员吴志强" for t in signed)
    assert "吴志强" not in texts(doc, Heading) + signed


# dev text notice_theory_study, design neikan_three_all, as a viewer pastes it: the notice's title,
# set large in a 16 em column, runs over three lines between its 发文字号 and its addressees
NOTICE_PASTED = (
    '中共江城市委宣传\n'
    '\n'
    '部 \n'
    '\n'
    '江宣发〔2026〕7 号 \n'
    '\n'
    '关于开展 2026\n'
    '\n'
    '年度理论学习\n'
    '\n'
    '中心组专题学\n'
    '\n'
    '习的通知 \n'
    '\n'
    '各区委宣传部，市直各单位党组（党\n'
    '\n'
    '委）： \n'
    '\n'
    '为深入学习贯彻党的创新理论，\n'
    '\n'
    '推动理论学习往深里走、往心里走、\n'
    '\n'
    '往实里走，根据市委统一部署，经研\n'
    '\n'
    '究，决定在全市各级党委（党组）理\n'
    '\n'
    '论学习中心组中开展 2026 年度专题学\n'
    '\n'
    '习。现将有关事项通知如下。 \n'
    '\n'
    '一、学习内容 \n'
    '\n'
    '（一）深入学习党的创新理论 \n'
    '\n'
    '1.系统学习新时代党的创新理论\n'
    '\n'
    '的核心要义、精神实质、丰富内涵和\n'
    '\n'
)


def test_letter_title_over_three_lines_between_its_number_and_addressees_is_one_heading(texts, clean):
    doc, _ = clean(NOTICE_PASTED)
    heads = [h.replace(" ", "") for h in texts(doc, Heading) + [a.title for a in doc.articles]]
    assert "关于开展2026年度理论学习中心组专题学习的通知" in heads
    assert "中心组专题学" not in heads


# dev text news_page_culture_weekly in ``neikan_narrow_ruled`` (11 characters a column) read back
# by pypdfium2, which drops the first-line indents: a paragraph's first line stops two characters
# short of the measure, while the line before it, ending a sentence, mostly fills it — so too few
# lines shorter than a paragraph's end show the indent the extractor dropped.
NARROW_ITEM = """周六上午，城西街道
文化站的活动室里坐满了
人。剪纸艺人王桂芳把一
张红纸对折三次，剪刀在
手里转了几圈，一只昂首
的公鸡就跃然纸上，围观
的孩子们发出一阵惊叹。
今年以来，市文化和
旅游局在12个社区设立非
遗工坊，邀请剪纸、竹编、
面塑等项目的传承人定期
授课，已累计开课260多
场，参加学员4000余人次。
“以前总担心手艺没
人学，现在每次课都有人
排队报名。”王桂芳说，
她最小的学生才8岁，已
经能独立剪出简单的窗花。
剪纸艺人王桂芳（右）在社
区工坊指导学员。 郑雨桐 
摄
市文化和旅游局负责人
表示
明年将实现非
遗工坊街道全
覆盖
本报讯（记者 郑雨桐）
记者从市文化和旅游
局获悉，明年全市将在所
有街道设立非遗工坊，并
探索“工坊＋文创”模式，
支持传承人开发适合年轻
人的文创产品。
一座老粮仓的
新生
——江城市粮食局旧址
改建为城市书房侧记
通讯员 林家豪 本报记者
 周可欣
青砖墙、木屋架、高
窗户，始建于上世纪五十
年代的江城市粮食局老粮
仓，如今变成了一座可容
纳200人的城市书房。改
造中，设计团队保留了原
有的屋架和仓门，只在内
部加装了书架和照明。
开放一个月来，书房
接待读者3.6万人次。不
少老人专程赶来，在当年
自己扛过粮袋的仓库里坐
下来读一会儿书。
"""


def test_lost_indent_is_read_after_full_lines_ending_a_sentence():
    layout = study_layout(to_lines(raw_lines(NARROW_ITEM, None)))
    assert layout.measure == 11
    assert layout.indent_lost == 2   # (「今年以来，市文化和」, 9 em, under 「…发出一阵惊叹。」, 11 em)


def test_paragraphs_of_a_narrow_column_are_not_run_together(texts, clean):
    doc, _ = clean(NARROW_ITEM)
    paras = [p for p in texts(doc, Paragraph) if not p.startswith("剪纸艺人")]   # (the caption aside)
    firsts = ["周六上午，城西街道", "今年以来，市文化和", "“以前总担心手艺没", "记者从市文化和旅游",
              "青砖墙、木屋架、高", "开放一个月来，书房"]
    assert [p[:9] for p in paras if p[:9] in firsts] == firsts
    whole = {p[:9]: p for p in paras}
    assert whole["周六上午，城西街道"].endswith("围观的孩子们发出一阵惊叹。")
    assert whole["今年以来，市文化和"].endswith("参加学员4000余人次。")
    assert whole["青砖墙、木屋架、高"].endswith("只在内部加装了书架和照明。")


# dev text news_page_culture_weekly in ``dangbao_four_ruled`` (12 characters a column) as a viewer
# pastes it (blank lines between lines, a trailing space at block ends), its indents dropped: a
# subtitle's second line, a first line's width, stands over a byline whose spaced names fill the
# line — a byline is no line of prose, so the subtitle's second line starts no paragraph.
SUBTITLE_OVER_BYLINE = "\n\n".join([
    ' 江城日报      2026 年 12 月 3 日  星期四  第 1 版 ',
    '非遗工坊开进社区： ',
    '老手艺有了新传人 ',
    '本报记者 郑雨桐 文/图 ',
    '周六上午，城西街道',
    '文化站的活动室里坐满了',
    '人。剪纸艺人王桂芳把一',
    '张红纸对折三次，剪刀在',
    '手里转了几圈，一只昂首',
    '的公鸡就跃然纸上，围观',
    '的孩子们发出一阵惊叹。 ',
    '今年以来，市文化和',
    '旅游局在 12 个社区设立非',
    '遗工坊，邀请剪纸、竹',
    '编、面塑等项目的传承人',
    '定期授课，已累计开课',
    '260 多场，参加学员 4000',
    '余人次。 ',
    '“以前总担心手艺没',
    '人学，现在每次课都有人',
    '排队报名。”王桂芳说，',
    '她最小的学生才 8 岁，已',
    '经能独立剪出简单的窗',
    '花。 ',
    '剪纸艺人王桂芳（右）在社',
    '区工坊指导学员。 郑雨桐 ',
    '摄 ',
    '市文化和旅游局负责人',
    '表示 ',
    '明年将实',
    '现非遗工',
    '坊街道全',
    '覆盖 ',
    '本报讯（记者 郑雨桐） ',
    '记者从市文化和旅游',
    '局获悉，明年全市将在所',
    '有街道设立非遗工坊，并',
    '探索“工坊＋文创”模',
    '式，支持传承人开发适合',
    '年轻人的文创产品。 ',
    '一座老粮',
    '仓的新生 ',
    '——江城市粮食局旧址',
    '改建为城市书房侧记 ',
    '通讯员 林家豪 本报记者',
    ' 周可欣 ',
    '青砖墙、木屋架、高',
    '窗户，始建于上世纪五十',
    '年代的江城市粮食局老粮',
    '仓，如今变成了一座可容',
    '纳 200 人的城市书房。改',
    '造中，设计团队保留了原',
    '有的屋架和仓门，只在内',
    '部加装了书架和照明。 ',
    '开放一个月来，书房',
    '接待读者 3.6 万人次。不',
    '少老人专程赶来，在当年',
    '自己扛过粮袋的仓库里坐',
    '下来读一会儿书。 ',
]) + "\n"


def test_subtitle_line_over_a_byline_filling_its_line_is_no_first_line(clean):
    doc, _ = clean(SUBTITLE_OVER_BYLINE)
    item = [a for a in doc.articles if a.title == "一座老粮仓的新生"]
    assert len(item) == 1
    assert item[0].subtitle == "——江城市粮食局旧址改建为城市书房侧记"
    assert item[0].author.replace(" ", "") == "通讯员林家豪本报记者周可欣"
    assert block_text(item[0].blocks[0]).startswith("青砖墙、木屋架、高窗户")


# dev text deeds_village_doctor in the design jianbao_two_span_ruled (18-character columns under a
# headline set across both), read by pypdf: the subtitle over the columns is as wide as a column's
# full line, so the column's measure reads it as a line that goes on into the editor's note
EDITOR_NOTE_UNDER_SUBTITLE = "\n".join([
    '身边的榜样',
    '三十年守护一方百姓健康',
    '——记江城县青石镇卫生院乡村医生刘守山',
    '编者按：乡村医生是农村居民健康的',
    '“守门人”。刘守山同志扎根山区三十年，',
    '走遍全镇二十一个自然村，用实际行动诠释',
    '了医者仁心。现将他的先进事迹刊发，供大',
    '家学习。',
    '通讯员 王春燕 李浩',
    '清晨六点，天刚蒙蒙亮，青石镇卫生院',
    '的刘守山已经背起药箱出门了。这是他当乡',
    '村医生的第三十个年头。',
    '三十年来，他累计接诊群众12万余人',
    '次，出诊3万多次，走过的山路超过10万公',
    '里。村里人都亲切地叫他“刘大夫”。',
]) + "\n"


def test_editor_note_opens_a_block_under_a_full_subtitle(clean):
    doc, _ = clean(EDITOR_NOTE_UNDER_SUBTITLE)
    item = [a for a in doc.articles if a.title == "三十年守护一方百姓健康"]
    assert len(item) == 1
    assert item[0].subtitle == "——记江城县青石镇卫生院乡村医生刘守山"
    assert block_text(item[0].blocks[0]).startswith("编者按：乡村医生")



# dev text news_page_science in the design dangbao_four_ruled (11-character columns under a headline
# group set across three of them), read by pypdf: the title's last line nearly fills the column's
# measure, and the byline under it, names set apart by spaces, was read as the title's next line
BYLINE_UNDER_FULL_TITLE_LINE = "\n".join([
    '江城日报',
    '2026年12月3日  星期四  第1版',
    '市委常委会召开会议专题研究科技创新工作强调',
    '以更大力度推进科技创新 为高质',
    '量发展注入强劲动能',
    '本报记者 陈思远 刘佳',
    '来源：《江城日报》',
    '（2026年3月18日01版）',
    '3月17日下午，市委',
    '常委会召开会议，专题研',
    '究全市科技创新工作，听',
    '取市科技局关于全市创新',
    '平台建设情况的汇报，研',
    '究部署下一阶段重点任',
    '务。',
    '会议指出，科技创新',
    '是牵引高质量发展的核心',
    '动力。近年来，全市上下',
    '深入实施创新驱动发展战',
    '略，研发投入强度从2.1%',
    '提高到2.8%，高新技术企',
    '业数量突破3000家，一批',
    '关键核心技术取得突破。',
    '同时也要看到，全市创新',
    '策源能力还不够强，科技',
    '成果就地转化率不够高，',
    '高层次人才仍然短缺。',
    '会议强调，要坚持',
    '“四个面向”，聚焦产业',
    '链部署创新链，围绕创新',
]) + "\n"


def test_byline_set_apart_is_no_title_line(clean):
    doc, _ = clean(BYLINE_UNDER_FULL_TITLE_LINE)
    item = doc.articles[0]
    assert item.title.replace(" ", "") == "以更大力度推进科技创新为高质量发展注入强劲动能"
    assert item.author.replace(" ", "") == "本报记者陈思远刘佳"



# dev text news_page_culture_weekly in the design neikan_narrow_ruled (11-character columns), read by
# pypdf: the items' titles on the page are as short as each other (「老手艺有了新传人」, 「一座老粮仓的新生」,
# 「让老建筑说新故事」), and the first item's title was read as the first of a series of 小标题, so its
# kicker became an article of its own and was folded under the byline
ITEM_TITLES_OF_LIKE_WIDTH = "\n".join([
    '江城通讯  2026年第22期',
    '非遗工坊开进社区：',
    '老手艺有了新传人',
    '本报记者 郑雨桐 文/图',
    '周六上午，城西街道',
    '文化站的活动室里坐满了',
    '人。剪纸艺人王桂芳把一',
    '张红纸对折三次，剪刀在',
    '手里转了几圈，一只昂首',
    '的公鸡就跃然纸上，围观',
    '的孩子们发出一阵惊叹。',
    '今年以来，市文化和',
    '旅游局在12个社区设立非',
    '遗工坊，邀请剪纸、竹编、',
    '面塑等项目的传承人定期',
    '授课，已累计开课260多',
    '场，参加学员4000余人次。',
    '“以前总担心手艺没',
    '人学，现在每次课都有人',
    '排队报名。”王桂芳说，',
    '她最小的学生才8岁，已',
    '经能独立剪出简单的窗花。',
    '剪纸艺人王桂芳（右）在社',
    '区工坊指导学员。 郑雨桐 ',
    '摄',
    '市文化和旅游局负责人',
    '表示',
    '明年将实现非',
    '遗工坊街道全',
    '覆盖',
    '本报讯（记者 郑雨桐）',
    '记者从市文化和旅游',
    '局获悉，明年全市将在所',
    '有街道设立非遗工坊，并',
    '探索“工坊＋文创”模式，',
    '支持传承人开发适合年轻',
    '人的文创产品。',
    '一座老粮仓的',
    '新生',
    '——江城市粮食局旧址',
    '改建为城市书房侧记',
    '通讯员 林家豪 本报记者',
    ' 周可欣',
    '青砖墙、木屋架、高',
    '窗户，始建于上世纪五十',
    '年代的江城市粮食局老粮',
    '仓，如今变成了一座可容',
    '纳200人的城市书房。改',
    '造中，设计团队保留了原',
    '有的屋架和仓门，只在内',
    '部加装了书架和照明。',
    '开放一个月来，书房',
    '接待读者3.6万人次。不',
    '少老人专程赶来，在当年',
    '自己扛过粮袋的仓库里坐',
    '下来读一会儿书。',
    '来源：《江城日报》2026',
    '年11月20日第7版',
    '让老建筑说新',
    '故事',
    '□ 短评',
    '城市更新不是简单的',
    '推倒重来。给老建筑找到',
    '新用途，既留住了城市记',
    '忆，也为群众提供了新的',
    '文化空间，这样的更新值',
    '得多一些。',
    '资料：江城市现有市',
]) + "\n"


def test_titles_heading_items_are_no_series(clean):
    doc, _ = clean(ITEM_TITLES_OF_LIKE_WIDTH)
    item = [a for a in doc.articles if a.title == "老手艺有了新传人"]
    assert len(item) == 1
    assert item[0].kicker == "非遗工坊开进社区："
    assert block_text(item[0].blocks[0]).startswith("周六上午")



# dev text deeds_village_doctor in the design open_leaded_three (16-character columns), read by pypdf:
# the title wraps in two (「三十年守护一方」 / 「百姓健康」) and its last line is as wide as the item's
# 小标题 (「一只药箱」 … 「一颗初心」), so it was read as the first of their series — but a —— subtitle
# stands under it, and a 小标题 carries none
TITLE_LINE_OVER_SUBTITLE = "\n".join([
    '第1版  专题',
    '2026年12月1日',
    '身边的榜样',
    '三十年守护一方',
    '百姓健康',
    '——记江城县青石镇卫生院乡村医',
    '生刘守山',
    '编者按：乡村医生是农村居民健',
    '康的“守门人”。刘守山同志扎根山',
    '区三十年，走遍全镇二十一个自然村，',
    '用实际行动诠释了医者仁心。现将他',
    '的先进事迹刊发，供大家学习。',
    '通讯员 王春燕 李浩',
    '清晨六点，天刚蒙蒙亮，青石镇',
    '卫生院的刘守山已经背起药箱出门了。',
    '这是他当乡村医生的第三十个年头。',
    '三十年来，他累计接诊群众12万',
    '余人次，出诊3万多次，走过的山路',
    '超过10万公里。村里人都亲切地叫他',
    '“刘大夫”。',
    '一只药箱',
    '刘守山有一只用了二十多年的旧',
    '药箱，皮面磨得发白，提手换过三回。',
    '箱子里装着血压计、听诊器、体温计',
    '和一些常用药品。',
    '“山里老人多，腿脚不方便，有',
    '个头疼脑热的，让他们跑到镇上看病',
    '不现实。”刘守山说，“我多跑几步',
    '路，他们就少受些罪。”',
    '有一年冬天，半夜里下着大雪，',
    '石门村的一位老人突发心绞痛。刘守',
    '山接到电话后，打着手电筒走了两个',
    '多小时山路赶到老人家中，及时采取',
    '急救措施，又联系救护车把老人送到',
    '县医院，老人转危为安。',
    '一本台账',
    '在刘守山的办公桌上，摆着一摞',
    '厚厚的健康台账。全镇1800多名慢性',
    '病患者的血压、血糖变化，他都一笔',
    '一笔记得清清楚楚。',
    '近年来，镇里推行家庭医生签约',
    '服务，刘守山主动承担了最偏远的五',
    '个村。他给每位签约群众建立健康档',
    '案，定期上门随访，指导用药和康复。',
    '在他的努力下，所负责片区高血',
    '压患者规范管理率达到92%，比全县',
    '平均水平高出近10个百分点。',
    '一颗初心',
    '刘守山毕业于市卫生学校。当年，',
    '不少同学留在了城里，他却选择回到',
    '家乡。',
]) + "\n"


def test_title_line_over_a_subtitle_opens_no_series(clean):
    doc, _ = clean(TITLE_LINE_OVER_SUBTITLE)
    item = [a for a in doc.articles if a.title == "三十年守护一方百姓健康"]
    assert len(item) == 1
    assert item[0].subtitle == "——记江城县青石镇卫生院乡村医生刘守山"



# dev text interview_rural_revitalization in the design weekly_two_of_three (14-character columns),
# read by pypdf: the column cut the 来源 line after 第, its issue number on the next line
SOURCE_CUT_IN_ITS_ISSUE = "\n".join([
    '域公用品牌；二是抓人才，每年培',
    '训高素质农民3000人以上；三是抓',
    '数字化，推动农产品电商销售额再',
    '增长两成。',
    '记者：',
    '最后，您想对基层干部',
    '说点什么？',
    '答：',
    '产业发展没有捷径，要一',
    '年接着一年干。',
    '只要方向对了，坚持下去，就',
    '一定能见到成效。',
    '来源：《江城理论周刊》2026年第',
    '44期',
]) + "\n"


def test_source_line_cut_inside_its_issue_is_one_line(clean):
    doc, _ = clean(SOURCE_CUT_IN_ITS_ISSUE)
    assert doc.articles[-1].source_line.endswith("2026年第44期")
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
