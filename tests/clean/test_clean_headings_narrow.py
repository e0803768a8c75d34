"""Headings on a narrow measure that fill a first line's room or hold a clause mark (issue 10, branch heads21).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees (the document's structure),
not what the cleaner printed.
"""

from __future__ import annotations

import pytest

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.setoff import label_runs_on
from booklet.clean.unwrap import group_lines
from booklet.model import Heading, Paragraph, block_text
from booklet.readers.text import raw_lines


# dev text report_bold_headings, design pocket_18_kai_heads (18-character measure, 楷体 headings at
# 1.1x, flush left), pypdfium2: indents dropped; the last 小标题 「坚持人才引领，优化创新生态」 holds a
# comma and stops three em short of a first line's room (16 em), over a paragraph's set-in first line
REPORT_POCKET = """市科技局2025年工作总结和2026
市科技局2025年工作总结和
2026年工作思路
2025年，在市委、市政府的坚强领导
下，市科技局深入实施创新驱动发展战
略，聚焦科技自立自强，全力推进科技创
新各项工作，较好完成了年度目标任务。
现将有关情况报告如下。
主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台28家，其
中国家级平台3家。市实验室完成一期建
设并投入运行，引进科研团队15个，承担
重大科研项目22项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，全
1
市科技局2025年工作总结和2026
年新认定高新技术企业612家，总数达到
3105家；科技型中小企业入库评价数量同
比增长26%。
科技成果转化步伐加快
技术合同成交额达到186亿元，同比
增长31%。组织科技成果对接活动48场，
促成校企合作项目300余项。
存在的问题
对照高质量发展要求，我们的工作还
存在一些不足：基础研究投入偏少，原始
创新能力不强；企业研发投入不均衡，部
分中小企业创新意愿不足；科技人才引育
机制有待完善。
2026年工作思路
坚持问题导向，补齐基础研究短
板
2
市科技局2025年工作总结和2026
设立市自然科学基金联合基金，引导
企业和社会资本投入基础研究，力争全市
基础研究投入占研发投入的比重提高1个
百分点。
坚持企业主体，提升企业创新能
力
实施企业研发机构提质工程，推动规
模以上工业企业研发机构全覆盖；支持龙
头企业牵头组建创新联合体，承担重大科
技攻关任务。
坚持人才引领，优化创新生态
完善“揭榜挂帅”“赛马”等项目组
织方式，深化科技评价改革，让科研人员
把更多精力投入到科研工作中。
江城市科学技术局
2026年1月10日
3"""


def test_heading_with_a_comma_short_of_a_first_line_is_a_heading(texts, clean):
    doc, _ = clean(REPORT_POCKET)
    heads = texts(doc, Heading)
    assert heads[-3:] == ["坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力", "坚持人才引领，优化创新生态"]
    assert "完善“揭榜挂帅”“赛马”等项目组织方式，深化科技评价改革，让科研人员把更多精力投入到科研工作中。" in texts(doc, Paragraph)


# dev text speech_county_meeting, design wps_block_para (no indent, space between paragraphs), read
# as a real paste that marks block ends with a trailing space: a paragraph's first line of phrases
# joined by commas, ending in a word, fills the measure — it is cut by the measure, no heading,
# however its shape reads (「过去的一年，面对…任务，全县上」 / 「下咬定目标不放松，…」)
SPEECH_BLOCK_PARA = """ 江城市发展和改革委员会      2026 年 11 月 

凝心聚力抓落实 奋力开创县域经济高质量发展

新局面 

——在全县经济工作暨优化营商环境推进大会上的讲话 

（2026 年 1 月 9 日） 

县委书记 周明远 

同志们： 

这次会议的主要任务是，深入贯彻中央和省委、市委经济工作会议精神，总

结 2025 年全县经济工作，分析当前面临的形势，部署 2026 年重点任务，动员

全县上下进一步解放思想、真抓实干，推动县域经济高质量发展迈上新台

阶。刚才，李县长作了很好的工作报告，我完全同意，请大家认真抓好落

实。下面，我讲三点意见。 

一、客观看待过去一年的成绩，进一步坚定发展信心 

过去的一年，面对复杂多变的外部环境和艰巨繁重的改革发展任务，全县上

下咬定目标不放松，攻坚克难勇向前，经济社会发展取得了来之不易的成

绩。全县地区生产总值达到 386.5 亿元，同比增长 6.2%；一般公共预算收入

完成 21.3 亿元，增长 5.8%；城乡居民人均可支配收入分别增长 4.9%和 7.1%。 

（一）产业发展势头向好 

新签约亿元以上项目 47 个，总投资达到 312 亿元，其中 10 亿元以上项目 9 个。

新能源装备、绿色食品两个主导产业产值分别突破百亿元，规模以上工业企

业新增 28 家，总数达到 316 家。 

（二）改革攻坚持续深化 

第 1 页 

 江城市发展和改革委员会      2026 年 11 月 

我们在全市率先推行“一件事一次办”改革，企业开办时间压缩到 1 个工作

日以内，工程建设项目审批时间压缩到 60 个工作日以内。县属国有企业整合

重组基本完成，平台公司市场化转型迈出实质性步伐。 

（三）民生保障更加有力 

全年民生支出占一般公共预算支出的比重达到 81.4%。新建改扩建中小学和

幼儿园 12 所，新增学位 5400 个；县人民医院新院区投入使用，县域就诊率提

"""


def test_prose_first_line_of_phrases_that_fills_the_measure_goes_on(texts, clean):
    doc, _ = clean(SPEECH_BLOCK_PARA)
    assert "一、客观看待过去一年的成绩，进一步坚定发展信心" in texts(doc, Heading)
    assert not any(h.startswith("过去的一年") for h in texts(doc, Heading))
    assert any(p.startswith("过去的一年，面对复杂多变的外部环境和艰巨繁重的改革发展任务，全县上下咬定目标不放松，")
               for p in texts(doc, Paragraph))


# dev text essay_study_experience, design pocket_19_hung (64开, 19-character measure, line-end marks
# hung past the measure, 楷体 小标题 at the body size set in like the paragraphs), pypdfium2: indents
# dropped; the paragraph under the heading opens with a first line ending on a hung comma — 18 em,
# one past a first line's 17 — and full lines ending on a hung mark run to 20 em
ESSAY_HUNG = """在学思践悟中筑牢为民初心
江城市民政局 张晓燕
近期，按照机关党委统一安排，我认真
参加了专题读书班，系统学习了有关民生保
障工作的重要论述。几天学下来，感触很深，
收获很大。结合自己多年从事社会救助工作
的经历，谈几点粗浅体会。
“学”字当头：读原著才能悟原理
过去学习，常常满足于看摘要、读解读，
觉得“大概知道”就行了。这次读书班要求
逐篇通读原文，一开始还有些不适应，读着
读着才发现，原文里有很多以往没有注意到
的细节。
比如关于社会救助，原文不仅讲了“兜
底线”，还讲了“织密网”“建机制”，三
者是一个整体。只抓兜底、不建机制，救助
1
工作就容易陷入“年年救、年年困”的循环。
读原著、学原文、悟原理，没有捷径可
走。我给自己定了个小目标：每天读原文不
少于半小时，每周写一篇学习笔记。"""


def test_first_line_ending_on_a_hung_mark_follows_a_heading(texts, clean):
    doc, _ = clean(ESSAY_HUNG)
    assert texts(doc, Heading) == ["“学”字当头：读原著才能悟原理"]
    paras = texts(doc, Paragraph)
    assert "过去学习，常常满足于看摘要、读解读，觉得“大概知道”就行了。这次读书班要求逐篇通读原文，一开始还有些" \
        "不适应，读着读着才发现，原文里有很多以往没有注意到的细节。" in paras
    # (a full line ending on a hung comma inside a paragraph is no first line: the paragraph goes on)
    assert "近期，按照机关党委统一安排，我认真参加了专题读书班，系统学习了有关民生保障工作的重要论述。几天学下来，" \
        "感触很深，收获很大。结合自己多年从事社会救助工作的经历，谈几点粗浅体会。" in paras



# (heads24) dev text report_bold_headings, design pocket_19_hung (19-character measure, marks hung,
# 楷体 小标题 at the body size set in like the paragraphs), pypdfium2: indents dropped (a first line
# holds 17), every line's width exact; 「坚持问题导向，补齐基础研究短板」 and 「坚持企业主体，提升企业创新能力」
# hold a comma and stop two em short of a first line's room — room for the next line's first
# character, which a first line cut by the measure would have taken — over a first line; the
# second comes straight after a full line that ends a sentence
REPORT_HUNG = """市科技局2025年工作总结和2026
年工作思路
2025年，在市委、市政府的坚强领导下，
市科技局深入实施创新驱动发展战略，聚焦
科技自立自强，全力推进科技创新各项工作，
较好完成了年度目标任务。现将有关情况报
告如下。
主要工作成效
创新平台建设取得新突破
全年新增省级以上创新平台28家，其中
国家级平台3家。市实验室完成一期建设并
投入运行，引进科研团队15个，承担重大科
研项目22项。
科技企业培育跑出加速度
深入实施科技企业梯次培育计划，全年
1
新认定高新技术企业612家，总数达到3105
家；科技型中小企业入库评价数量同比增长
26%。
科技成果转化步伐加快
技术合同成交额达到186亿元，同比增
长31%。组织科技成果对接活动48场，促成
校企合作项目300余项。
存在的问题
对照高质量发展要求，我们的工作还存
在一些不足：基础研究投入偏少，原始创新
能力不强；企业研发投入不均衡，部分中小
企业创新意愿不足；科技人才引育机制有待
完善。
2026年工作思路
坚持问题导向，补齐基础研究短板
设立市自然科学基金联合基金，引导企
2
业和社会资本投入基础研究，力争全市基础
研究投入占研发投入的比重提高1个百分点。
坚持企业主体，提升企业创新能力
实施企业研发机构提质工程，推动规模
以上工业企业研发机构全覆盖；支持龙头企
业牵头组建创新联合体，承担重大科技攻关
任务。
坚持人才引领，优化创新生态
完善“揭榜挂帅”“赛马”等项目组织
方式，深化科技评价改革，让科研人员把更
多精力投入到科研工作中。
江城市科学技术局
2026年1月10日
3"""


def test_phrased_heading_short_of_an_exact_first_line_is_a_heading(texts, clean):
    doc, _ = clean(REPORT_HUNG)
    heads = texts(doc, Heading)
    assert "坚持问题导向，补齐基础研究短板" in heads
    assert "坚持企业主体，提升企业创新能力" in heads
    assert "坚持人才引领，优化创新生态" in heads
    paras = texts(doc, Paragraph)
    assert "设立市自然科学基金联合基金，引导企业和社会资本投入基础研究，力争全市基础研究投入占研发投入的比重" \
        "提高1个百分点。" in paras
    assert "实施企业研发机构提质工程，推动规模以上工业企业研发机构全覆盖；支持龙头企业牵头组建创新联合体，" \
        "承担重大科技攻关任务。" in paras


# (heads24) dev text gold_real_002_booklet, design kai_16_hei_heads (16-character measure), pypdf:
# indents dropped (a first line holds 14), widths exact; the bold lead 「第三，建设基础研究高水平支撑平台。」
# is cut from the rest of its printed line at the change of font, so 「过去很长一段时间，我国基础」 reads
# 13 em, room for one more character, like a heading of phrases — but the line under it fills the
# measure, no first line: the line is the rest of a printed line and its paragraph goes on
BOOKLET_BOLD_LEAD = """新的体制机制已基本建立但尚不完
善，必须优化细化改革方案，发挥好
制度、政策的价值驱动和战略牵引作
用。
要稳步增加基础研究财政投入，
通过税收优惠等多种方式激励企业加
大投入，鼓励社会力量设立科学基
金、科学捐赠等多元投入，提升国家
自然科学基金及其联合基金资助效
能，建立完善竞争性支持和稳定支持
相结合的基础研究投入机制。要优化
国家科技计划基础研究支持体系，完
善基础研究项目组织、申报、评审和
17
读书会材料
决策机制，实施差异化分类管理和国
际国内同行评议，组织开展面向重大
科学问题的协同攻关，鼓励自由探索
式研究和非共识创新研究。要处理好
新型举国体制与市场机制的关系，健
全同基础研究长周期相匹配的科技评
价激励、成果应用转化、科技人员薪
酬等制度，长期稳定支持一批基础研
究创新基地、优势团队和重点方向，
打造原始创新策源地和基础研究先锋
力量。提高基础研究投入是大趋势，
同时要考虑国家财力，保持合理投入
强度，加强实施过程绩效评估，确保
“好钢用在刀刃上”。
第三，建设基础研究高水平支撑
18
北京理工大学党委宣传部
平台。
过去很长一段时间，我国基础
研究存在题目从国外学术期刊上找、
仪器设备从国外进口、取得成果后再
花钱到国外期刊和平台上发表的“两
头在外”问题。近年来，我国着力打
造世界一流科技期刊、建成一批大国
重器，基础研究支撑平台建设取得长
足进步，但是从根本上破解“两头在
外”问题还任重道远。
我们要协同构建中国特色国家实
验室体系，布局建设基础学科研究中"""


def test_piece_of_a_printed_line_over_a_full_line_goes_on(texts, clean):
    doc, _ = clean(BOOKLET_BOLD_LEAD)
    assert not any("过去很长" in h for h in texts(doc, Heading))
    assert any(p.startswith("过去很长一段时间，我国基础研究存在题目从国外学术期刊上找、") and p.endswith("还任重道远。")
               or "平台。过去很长一段时间，我国基础研究存在题目" in p for p in texts(doc, Paragraph))


# (heads24) dev text qa_policy_interpretation, design pocket_18_set_in_heads (18-character measure,
# 小标题 1.28× set in like the paragraphs), pypdfium2: each numbered question wraps, and its rest ends
# on the question mark (「二、哪些老年人可以申请补」 / 「贴？」) — a heading may end on ？, never on 。
QA_SET_IN = """《江城市居家养老服务补贴办法》政策解
《江城市居家养老服务补贴
办法》政策解读
近日，市民政局、市财政局联合印发
《江城市居家养老服务补贴办法》（以下
简称《办法》），自2027年1月1日起施
行。为便于社会各界准确理解和把握政策
内容，现就有关问题解读如下。
一、为什么要出台《办
法》？
截至2025年底，全市60周岁以上老年
人口达到48.6万人，占总人口的23.4%，
其中失能、半失能老年人约3.2万人。绝
大多数老年人选择居家养老，对上门助
餐、助浴、助医等服务需求迫切。
原有补贴政策于2018年制定，存在补
贴标准偏低、覆盖范围偏窄、申请程序繁
- 1 -
《江城市居家养老服务补贴办法》政策解
琐等问题。出台《办法》，是完善养老服
务体系、回应群众关切的重要举措。
二、哪些老年人可以申请补
贴？
具有本市户籍、在本市居住，且符合
下列条件之一的老年人，可以申请居家养
老服务补贴：
（一）城乡特困人员、低保对象和低
保边缘家庭中的老年人；
（二）经评估为失能、半失能的老年
人；
（三）80周岁以上的独居、空巢老年
人；
（四）计划生育特殊家庭中的老年
人。
三、补贴标准是多少？
补贴按照老年人的经济状况和能力评
- 2 -
《江城市居家养老服务补贴办法》政策解
估等级分档确定，每人每月100元至600元
不等。其中，特困人员和低保对象中的失
能老年人每月600元，其他失能老年人每
月300元，半失能老年人每月200元，80周
岁以上独居、空巢老年人每月100元。
补贴以服务券形式发放，只能用于购
买居家养老服务，不得兑换现金。
四、怎样申请？
按照“一次申请、全程代办”的原则
办理。
申请人本人或者其委托人向户籍所在
地村（社区）提出申请，填写申请表，提
供身份证、户口簿等材料。也可以通过
“江城民政”微信小程序在线申请。村
（社区）受理后5个工作日内完成初审，
乡镇（街道）10个工作日内完成审核，区
民政部门5个工作日内完成审批。
- 3 -
《江城市居家养老服务补贴办法》政策解
五、与原政策相比有哪些变
化？
主要有三个方面的变化。一是扩大了
覆盖范围，将低保边缘家庭中的老年人和
计划生育特殊家庭中的老年人纳入补贴对
象。二是提高了补贴标准，最高档由每月
400元提高到600元。三是简化了申请程
序，取消了收入证明等4项材料，审批时
限由30个工作日压缩到20个工作日。
六、已经享受补贴的老年人
需要重新申请吗？
不需要。
《办法》施行前已经享受补贴的老年
人，由区民政部门按照新标准直接调整，
不需要本人重新申请。
附件：1.江城市居家养老服务补贴申
请表
- 4 -
《江城市居家养老服务补贴办法》政策解
2.江城市老年人能力评估标准
3.居家养老服务项目和价格目录
江城市民政局
2026年11月20日
- 5 -"""


def test_rest_of_a_numbered_question_heading_ends_on_its_question_mark(texts, clean):
    doc, _ = clean(QA_SET_IN)
    heads = texts(doc, Heading)
    for question in ("一、为什么要出台《办法》？", "二、哪些老年人可以申请补贴？", "三、补贴标准是多少？", "四、怎样申请？",
                     "五、与原政策相比有哪些变化？", "六、已经享受补贴的老年人需要重新申请吗？"):
        assert question in heads
    assert "具有本市户籍、在本市居住，且符合下列条件之一的老年人，可以申请居家养老服务补贴：" in texts(doc, Paragraph)


# (heads24) dev text plan_elderly_care_implementation, same design, pypdfium2: a three-line 小标题 whose
# first line is set in by the indent (「（一）完善设施网络，推动」, 12 characters) and whose rest runs
# from the margin (「街道综合养老服务中心和社区养」, 14 — still four em short of a first line's 16)
PLAN_SET_IN = """江城市居家社区养老服务提升行动实施方
江政办发〔2026〕41号
江城市居家社区养老服务提
升行动实施方案
为贯彻落实国家和省关于推进基本养
老服务体系建设的部署要求，加快补齐居
家社区养老服务短板，结合我市实际，制
定本方案。
一、总体要求
（一）工作目标
到2028年底，全市街道综合养老服务
中心覆盖率达到100%，社区养老服务设施
覆盖率达到95%以上，家庭养老床位达到
3000张，基本形成“15分钟养老服务
圈”。
（二）基本原则
- 1 -
江城市居家社区养老服务提升行动实施方
坚持政府主导、社会参与，坚持保障
基本、普惠多样，坚持因地制宜、分类推
进。
二、重点任务
（一）完善设施网络，推动
街道综合养老服务中心和社区养
老服务站点布局更加均衡
1. 新建住宅小区配建
新建住宅小区按照每百户不低于20平
方米的标准配建养老服务用房，与住宅同
步规划、同步建设、同步验收、同步交付
使用。
2. 老旧小区补建
老旧小区结合城镇老旧小区改造，通
过购置、置换、租赁等方式补足养老服务
设施。
- 2 -
江城市居家社区养老服务提升行动实施方
（二）丰富服务内容
1. 发展老年助餐服务。依托社区食
堂、餐饮企业和养老机构设立助餐点，为
老年人提供堂食、配送等服务。
2. 拓展上门服务。重点为失能、半
失能老年人提供以下服务：
（1）生活照料；
（2）康复护理；
（3）精神慰藉；
（4）紧急救援。
3. 推进医养结合。社区卫生服务机
构与养老服务设施签约合作率达到100%。
（三）加强人才队伍建设，
全面提升养老护理员职业技能水
平和职业吸引力
实施养老护理员职业技能提升行动，
每年培训不少于2000人次。对取得相应职
- 3 -
江城市居家社区养老服务提升行动实施方
业技能等级证书并在本市养老机构连续从
业满2年的，按规定给予一次性奖励。
三、保障措施
（一）加强组织领导。成立由市政府
分管领导任组长的工作专班，统筹推进各
项任务落实。
（二）强化资金保障。市、区两级财
政将居家社区养老服务所需经费纳入年度
预算，福利彩票公益金用于养老服务的比
例不低于55%。
（三）严格督促考核。将本方案实施
情况纳入对各区政府的年度绩效考核。
附件：江城市居家社区养老服务提升
行动任务分工表
江城市人民政府办公室
2026年11月20日
- 4 -"""


def test_rest_of_a_set_in_heading_may_be_wider_than_its_first_line(texts, clean):
    doc, _ = clean(PLAN_SET_IN)
    heads = texts(doc, Heading)
    assert "（一）完善设施网络，推动街道综合养老服务中心和社区养老服务站点布局更加均衡" in heads
    assert "（三）加强人才队伍建设，全面提升养老护理员职业技能水平和职业吸引力" in heads
    # (a paragraph's first line after a short heading is no rest of it: it fills a first line's room)
    assert "（二）丰富服务内容" in heads
    assert any(p.startswith("1. 发展老年助餐服务。依托社区食堂、餐饮企业和养老机构设立助餐点") for p in texts(doc, Paragraph))


# dev text news_page_culture_weekly, design dangbao_four_ruled (11-character columns, 资料 notes in
# ruled boxes set in from the column), pypdf (cut to the 短评 and the note): the box's first line
# holds the label run in with the note's first words, 「资料：江城市现」, and stops inside the word
# 「现有」 the next line finishes — one paragraph in the box, no heading
BOXED_NOTE = """□ 短评
城市更新不是简单的
推倒重来。给老建筑找到
新用途，既留住了城市记
忆，也为群众提供了新的
文化空间，这样的更新值
得多一些。
资料：江城市现
有市级以上非物质文
化遗产代表性项目87
项，其中国家级4项、
省级21项。
"""


def test_a_boxed_note_cut_after_its_label_is_one_paragraph(clean):
    doc, _ = clean(BOXED_NOTE)
    blocks = [b for a in doc.articles for b in a.blocks]
    note = "资料：江城市现有市级以上非物质文化遗产代表性项目87项，其中国家级4项、省级21项。"
    assert any(isinstance(b, Paragraph) and block_text(b) == note for b in blocks)
    assert not any(isinstance(b, Heading) and "资料" in block_text(b) for b in blocks)


def test_unwrap_keeps_a_boxed_note_cut_after_its_label_in_one_block():
    # (the join is the unwrap's: the label's line is full at the box's measure, set in from the
    # column, however short of the column's it stops; no later rule has to take it back)
    lines = to_lines(raw_lines(BOXED_NOTE))
    groups = ["".join(line.text for line in group.lines) for group in group_lines(lines, study_layout(lines))]
    assert groups[-1] == "资料：江城市现有市级以上非物质文化遗产代表性项目87项，其中国家级4项、省级21项。"


@pytest.mark.parametrize("label, rest, run_on", [
    ("资料：江城市现", "有市级以上非物质文", True),
    # a label run in with a title that ends where its words end: no word read across the break
    ("链接：非遗保护名录", "全市现有市级以上非物质文化遗产代表性项目87项。", False),
    # no label: a short unpunctuated line over a paragraph is left to the measure
    ("江城市现", "有市级以上非物质文化遗产代表性项目87项。", False),
])
def test_a_label_run_on_reads_a_word_across_the_break(label, rest, run_on):
    prev, cur = to_lines(raw_lines(f"{label}\n{rest}\n"))
    assert label_runs_on(prev, cur) is run_on
