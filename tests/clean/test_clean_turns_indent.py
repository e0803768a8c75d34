"""A 问答's turns are its paragraphs, indented like them (``layout._set_as_paragraph``).

The snippet is real: dev text quiz_qa_knowledge in design two_columns_hanging (two columns, marks
hung in the margin, paragraphs indented two em), read back by pypdfium2, which drops the indent.
A turn's first line (「答：应迅速向山坡、高地等处转移，不」) stops two em short of the measure, as
every paragraph's first line does; the layout study counts it among the first lines that show the
lost indent, so the turn runs on into its next line.  Expected values are the gold's paragraphs.
"""

from __future__ import annotations

from booklet.model import block_text

QUIZ_HANGING_PYPDFIUM2 = """理论周刊 2026年5月12日 星期二
基层防汛抗旱应知应会知
识问答
为帮助基层干部群众掌握防汛抗旱基本
知识，提高防灾避险和自救互救能力，我们
编写了这份知识问答，供各地在宣传培训中
参考使用。
一、基本知识
1．汛期一般指什么时间？
我市的汛期一般为每年5月1日至9月30
日，其中6月中旬至7月中旬为梅雨期，7月
下旬至9月为台风影响期。各地应根据当年
天气形势，适时提前或延长防汛工作时间。
2．什么是警戒水位和保证水位？
警戒水位是指江河、湖泊水位上涨到可
能发生险情，需要开始加强防守的水位。保
证水位是指能保证防洪工程或防护区安全运
行的最高洪水位，水位超过保证水位时，堤
防随时可能出现重大险情。
3．气象灾害预警信号分为几个等级？
气象灾害预警信号一般分为四级，按照
灾害的严重性和紧急程度，依次用蓝色、黄
色、橙色和红色表示，红色为最高级别。
4．防汛抗旱工作实行什么责任制？
防汛抗旱工作实行各级人民政府行政首
长负责制，统一指挥、分级分部门负责。乡
镇、村（社区）要明确防汛责任人，落实巡
查值守、预警转移等各项措施，做到责任到
人、措施到位。
5．山洪灾害有哪些前兆？
山洪暴发前，往往会出现连续降雨或者
短时强降雨，溪沟水位突然上涨、水流变得
浑浊，山体出现裂缝、坡脚渗水，有时还能
听到山谷中传来沉闷的轰鸣声。发现这些前
兆，应立即向高处转移。
二、防灾避险
问：接到暴雨预警后，居民应当做些什
么？
答：（1）关注天气预报和预警信息，
尽量减少外出；（2）检查房屋，特别是低
洼地带和危旧房屋，必要时提前转移；
（3）把贵重物品放到高处，准备好手电筒、
饮用水和常用药品；（4）不要在河边、桥
下、山脚等危险地带停留。
问：在户外遇到洪水怎么办？
答：应迅速向山坡、高地等处转移，不
要沿着行洪的河道方向跑，更不要涉水过河。
如果已经被洪水围困，要尽快与当地防汛部
门取得联系，报告自己的方位和险情，积极
寻求救援，同时就近抓住木板、树干等漂浮
物。
问：发现堤防出现管涌、渗漏等险情，
应当如何处置？
答：发现险情后，要立即向村（社区）
或者当地防汛指挥机构报告，并设置明显标
志，提醒周围群众远离。在专业人员到达之
前，不要擅自处置，以免险情扩大。
问：干旱期间怎样科学节约用水？
答：生活上要一水多用，如淘米水浇花、
洗衣水冲厕；农业上要推广喷灌、滴灌等节
水灌溉技术，合理安排灌溉时间；企业要加
强循环用水，减少跑冒滴漏。
问：台风来临前，渔船和水上作业人员
应当怎么做？
"""


def test_a_turn_s_first_line_short_by_the_lost_indent_runs_on(clean):
    doc = clean(QUIZ_HANGING_PYPDFIUM2)[0]
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert any(t.startswith("答：应迅速向山坡、高地等处转移，不要沿着行洪的河道方向跑") for t in texts)
    assert any(t.startswith("答：发现险情后，要立即向村（社区）或者当地防汛指挥机构报告") for t in texts)
    assert "问：台风来临前，渔船和水上作业人员应当怎么做？" in texts
    assert not any(t.startswith(("要沿着", "或者当地", "应当怎么做")) for t in texts)
