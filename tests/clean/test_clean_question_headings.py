"""A 问答's questions, each set as a block of its own over its answer, are its headings (issue 10, branch qa52).

A published 学习问答 / 应知应会 / 政策问答 sets each question apart (bold or 黑体) over its answer and
lists it in the contents: 「1.为什么说党支部是党的基础组织？」, 「问：在户外遇到洪水怎么办？」 over
「答：应迅速…」, or a question with no number at all (「怎样理解“三会一课”…？」).  The question ends
in ？, so the heading guess (no sentence stop) never took it; ``headings.question_headings`` does, for a
question block (``shapes.QUESTION_BLOCK_RE``) over an answer, among siblings of its shape
(``QUESTIONS_MIN``, ``QUESTION_SIBLINGS_MIN``).  A question set larger and cut at its measure is one
block again (``_wrapped_questions``).  An interviewer's question after a bare 「记者：」, a line of
dialogue, a lone rhetorical ？ line in prose are no headings.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

from booklet.model import Heading

# qa_study_questions × pocket_18_kai_heads × pypdf: numbered questions, then unnumbered ones, each
# wrapped at the 18-character measure over its answer.
STUDY = """\
一、组织设置
1.为什么说党支部是党的基础组
织？
党支部处在联系服务群众的最前沿，
党员的教育、管理、监督和组织群众、宣
传群众、凝聚群众、服务群众，都要靠党
支部来落实。支部强不强，直接关系到党
的路线方针政策能不能在基层落地。
2.正式党员不足三人的单位怎样
设立党的组织？
正式党员不足三人的单位，可以与邻
近单位的党员联合成立党支部。联合党支
部一般不超过五个单位，由上级党组织指
定一个单位牵头。
3.预备党员能否参加支部委员会
的选举？
不能。
预备党员没有表决权、选举权和被选
举权，可以列席党员大会，发表意见。
二、组织生活
怎样理解“三会一课”在党员教
育中的基础作用？
“三会一课”是党的组织生活的基本
制度，把党员经常性地组织起来学习、讨
论、交流，使党员时刻记得自己的身份。
坚持得好的支部，党员的精气神往往也
足。
组织生活会和民主评议党员可以
合并召开吗？
可以。
实践中多数支部每年年初把两项工作
结合起来进行，一般按照以下步骤：
"""

# quiz_qa_knowledge × kai_16_hei_heads × pdftotext: the last numbered question of part 一, then 问：
# questions over 答： answers, a page's foot and running head inside two answers.
TURNS = """\
5．山洪灾害有哪些前兆？
山洪暴发前，往往会出现连续降
雨或者短时强降雨，溪沟水位突然上
涨、水流变得浑浊，山体出现裂缝、
坡脚渗水，有时还能听到山谷中传来
沉闷的轰鸣声。发现这些前兆，应立
3

读书会材料

即向高处转移。

二、防灾避险
问：接到暴雨预警后，居
民应当做些什么？
答：（1）关注天气预报和预警
信息，尽量减少外出；（2）检查房
屋，特别是低洼地带和危旧房屋，必
要时提前转移；（3）把贵重物品放
到高处，准备好手电筒、饮用水和常
用药品；（4）不要在河边、桥下、
山脚等危险地带停留。

问：在户外遇到洪水怎么
办？
答：应迅速向山坡、高地等处转
4

基层防汛抗旱应知应会知识问答

移，不要沿着行洪的河道方向跑，更
不要涉水过河。如果已经被洪水围
困，要尽快与当地防汛部门取得联
系，报告自己的方位和险情，积极寻
求救援，同时就近抓住木板、树干等
漂浮物。

问：发现堤防出现管涌、
渗漏等险情，应当如何处置？
答：发现险情后，要立即向村
（社区）或者当地防汛指挥机构报
告，并设置明显标志，提醒周围群众
远离。在专业人员到达之前，不要擅
自处置，以免险情扩大。
"""

# qa_law_consumer_rights × pocket_17_hei × pdfminer: its title and opening, then questions in 黑体
# at 1.2×, each cut where its larger line ended (「问：商家张贴“商品售出，」 / 「概不退换”的告示，有效吗？」).
WRAPPED = """\
消费者权益保护法律知识问

答

为方便群众了解消费维权的基本知

识，县司法局、县市场监管局选取日常

生活中常见的问题，编写了这份问答。

一、购物消费
问：网上买的商品不满意，

可以无理由退货吗？

答：可以。经营者采用网络、电

视、电话、邮购等方式销售商品，消费

者有权自收到商品之日起七日内退货，

且无需说明理由。但消费者定作的、鲜

活易腐的、在线下载或者已拆封的音像

制品等商品除外。

问：商家张贴“商品售出，

概不退换”的告示，有效吗？

答：无效。经营者不得以格式条

款、通知、声明、店堂告示等方式，作

出排除或者限制消费者权利、减轻或者

免除经营者责任的规定。

问：预付了美容卡，店铺突

然关门，钱还能要回来吗？

答：经营者以预收款方式提供服务的，

应当按照约定提供。
"""

# interview_rural_revitalization × a5_no_indent_larger × pdfminer: an interviewer's questions, each a
# turn of talk (「记者：…？」 over 「答：…」): no heading of a 问答.
INTERVIEW = """\
高端访谈

让农民在产业发展中得到更多实惠

——访江城市农业农村局主要负责同志

本刊记者 孙雅琴

编者按：今年以来，江城市把发展乡村特色产业作为
乡村振兴的重要抓手，全市农村居民人均可支配收入
增速连续三个季度高于城镇居民。围绕产业发展中的
新情况新问题，本刊记者采访了市农业农村局主要负
责同志。

记者：今年全市乡村产业发展总体情况怎么样？

答：总的看，态势是好的。前三季度，全市农产品加
工业产值同比增长9.6%，休闲农业和乡村旅游接待游
客1800多万人次。

更重要的是，产业结构在变。过去是“卖原料”，现
在越来越多的村子开始“卖产品”“卖服务”。

记者：您多次提到“把增值收益留在农村”，这句话
具体怎么理解？

答：简单说，就是产业链条要尽量往村里延伸。

· 1 ·

一斤鲜茶叶卖给外地收购商，农民只能拿到十几块
钱；在村里建起初制加工厂，做成干茶再卖，每斤能
多出几十块。加工环节留在本地，就业岗位和税收也
就留在了本地。

这两年，我们支持有条件的村建设产地初加工设施，
全市新增冷库、烘干房等设施260多处。

记者：有人担心，村里搞产业容易一哄而上，最后卖
不出去。

答：这个担心是有道理的。

我们的办法是“先有市场，再上项目”。村里报项
目，先要说清楚卖给谁、怎么卖。没有订单、没有销
售渠道的，原则上不予支持。

另外，我们鼓励村与村联合，一个乡镇集中发展一两
个主导产业，避免同质化竞争。

记者：那么小农户怎么参与进来？

答：主要靠合作社和龙头企业带动。

比如在南岭镇，蓝莓合作社统一供苗、统一技术、统
"""


def test_numbered_and_unnumbered_questions_are_headings(clean, texts):
    heads = texts(clean(STUDY)[0], Heading)
    assert "1.为什么说党支部是党的基础组织？" in heads
    assert "3.预备党员能否参加支部委员会的选举？" in heads
    assert "怎样理解“三会一课”在党员教育中的基础作用？" in heads
    assert "组织生活会和民主评议党员可以合并召开吗？" in heads
    assert not any(h.startswith(("不能", "可以")) for h in heads)


def test_asker_turns_over_answers_are_headings(clean, texts):
    heads = texts(clean(TURNS)[0], Heading)
    assert heads[-3:] == ["问：接到暴雨预警后，居民应当做些什么？", "问：在户外遇到洪水怎么办？",
                         "问：发现堤防出现管涌、渗漏等险情，应当如何处置？"]


def test_question_cut_at_its_larger_measure_is_one_heading(clean, texts):
    heads = texts(clean(WRAPPED)[0], Heading)
    assert heads[-3:] == ["问：网上买的商品不满意，可以无理由退货吗？", "问：商家张贴“商品售出，概不退换”的告示，有效吗？",
                         "问：预付了美容卡，店铺突然关门，钱还能要回来吗？"]


def test_interviewers_turns_are_no_headings(clean, texts):
    heads = texts(clean(INTERVIEW)[0], Heading)
    assert not any("？" in h or h.startswith(("记者", "答")) for h in heads)
