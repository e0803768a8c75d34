"""Cleaner rules found on the newdev texts and designs (issue 10, the second held-out set).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs and read back by the extractor named above it.  Expected values are what a careful
reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def titles(doc):
    return [a.title for a in doc.articles]


# dev text notes_reading_poems, design a5_book, pdftotext: the title over a byline that names the
# writer's body and then the writer (「单位 姓名」), as 学习心得 and 读书笔记 sign under their titles
NOTES_BYLINE = """读《苏东坡传》札记
市图书馆读书会 陈立平
今年秋天，读书会选读的是林语堂先生的《苏东坡
传》。这本书我年轻时读过一遍，那时只记得一些有趣
的故事；这次重读，对苏轼在逆境中的心态有了更深的
体会。
"""

# dev text essay_study_experience, design larger_headings, saved as a viewer pastes it (a blank line
# after each line, a trailing space): the byline must not run into the title above it
ESSAY_BYLINE = """在学思践悟中筑牢为民初心 

江城市民政局 张晓燕 

近期，按照机关党委统一安排，我认真参加了专题读书班，系统学习了有关民生保障工作的 

重要论述。几天学下来，感触很深，收获很大。 
"""


def bylines(doc):
    return [a.author for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks
                                               if isinstance(b, Paragraph)]


def test_body_and_name_under_a_title_is_a_byline_not_a_heading(clean):
    doc, _ = clean(NOTES_BYLINE)
    assert titles(doc) == ["读《苏东坡传》札记"]
    assert "市图书馆读书会 陈立平" in bylines(doc)


def test_body_and_name_byline_is_not_joined_to_the_title(clean):
    doc, _ = clean(ESSAY_BYLINE)
    assert titles(doc) == ["在学思践悟中筑牢为民初心"]
    assert "江城市民政局 张晓燕" in bylines(doc)


# dev text qa_policy_interpretation, design gongwen_kai_heads (headings in 楷体 at the body's size),
# pdftotext: a 政策解读 whose numbered headings are the questions it answers
QA_QUESTIONS = """近日，市民政局、市财政局联合印发《江城市居家养老服务补
贴办法》（以下简称《办法》），自2027年1月1日起施行。为便于
社会各界准确理解和把握政策内容，现就有关问题解读如下。
一、为什么要出台《办法》？
截至2025年底，全市60周岁以上老年人口达到48.6万人，占总
人口的23.4%，其中失能、半失能老年人约3.2万人。绝大多数老年
人选择居家养老，对上门助餐、助浴、助医等服务需求迫切。
六、已经享受补贴的老年人需要重新申请吗？
不需要。
《办法》施行前已经享受补贴的老年人，由区民政部门按照新
标准直接调整，不需要本人重新申请。
"""


def test_numbered_question_on_a_line_of_its_own_is_a_heading(texts, clean):
    doc, _ = clean(QA_QUESTIONS)
    assert texts(doc, Heading) == ["一、为什么要出台《办法》？", "六、已经享受补贴的老年人需要重新申请吗？"]
    assert "不需要。" in texts(doc, Paragraph)


# the same text and design: the attachment list (GB/T 9704 附件说明) whose later items stand on
# lines of their own under 「附件：1.…」
QA_ATTACHMENTS = """《办法》施行前已经享受补贴的老年人，由区民政部门按照新
标准直接调整，不需要本人重新申请。
附件：1.江城市居家养老服务补贴申请表
2.江城市老年人能力评估标准
3.居家养老服务项目和价格目录

—2—

江城市民政局
2026年11月20日
"""


def test_items_continuing_an_attachment_list_are_not_headings(texts, clean):
    doc, _ = clean(QA_ATTACHMENTS)
    assert texts(doc, Heading) == []
    assert {"2.江城市老年人能力评估标准", "3.居家养老服务项目和价格目录"} <= set(texts(doc, Paragraph))


# the same text in design book32_hei_centred (24 characters a line), read by plain pdftotext: the
# list stands whole on one page, each item's number set solid before its first ideograph
QA_ATTACHMENTS_SOLID = """补贴按照老年人的经济状况和能力评估等级分档确
定，每人每月100元至600元不等。其中，特困人员和低
保对象中的失能老年人每月600元，其他失能老年人每
月300元，半失能老年人每月200元，80周岁以上独居、
空巢老年人每月100元。
补贴以服务券形式发放，只能用于购买居家养老服
务，不得兑换现金。
四、怎样申请？
按照“一次申请、全程代办”的原则办理。
申请人本人或者其委托人向户籍所在地村（社区）
提出申请，填写申请表，提供身份证、户口簿等材料。
也可以通过“江城民政”微信小程序在线申请。村（社
区）受理后5个工作日内完成初审，乡镇（街道）10个
工作日内完成审核，区民政部门5个工作日内完成审
批。
五、与原政策相比有哪些变化？
主要有三个方面的变化。一是扩大了覆盖范围，将
低保边缘家庭中的老年人和计划生育特殊家庭中的老年
人纳入补贴对象。二是提高了补贴标准，最高档由每月
400元提高到600元。三是简化了申请程序，取消了收入
证明等4项材料，审批时限由30个工作日压缩到20个工
作日。
六、已经享受补贴的老年人需要重新申请吗？
不需要。
《办法》施行前已经享受补贴的老年人，由区民政
部门按照新标准直接调整，不需要本人重新申请。
附件：1.江城市居家养老服务补贴申请表
2.江城市老年人能力评估标准
3.居家养老服务项目和价格目录
江城市民政局
2026年11月20日
"""


def test_attachment_items_numbered_solid_are_one_block_each(texts, clean):
    doc, _ = clean(QA_ATTACHMENTS_SOLID)
    paragraphs = texts(doc, Paragraph)
    assert "附件：1.江城市居家养老服务补贴申请表" in paragraphs
    assert "2.江城市老年人能力评估标准" in paragraphs
    assert "3.居家养老服务项目和价格目录" in paragraphs


def test_an_item_number_set_solid_is_a_list_shape_a_decimal_is_not():
    from booklet.shapes import LIST_START_RE
    assert LIST_START_RE.match("2.江城市老年人能力评估标准")
    assert LIST_START_RE.match("1.调研选题")
    assert not LIST_START_RE.match("2.5亿元的专项资金已经全部下达")


# dev text decision_commendation_list, design word_report (32 characters a line, digits in a Latin
# face), read by pypdf: the 名单's rows of names, each stopping where its names ended
NAME_ROWS = """希望受到表彰的单位和家庭珍惜荣誉、再接再厉，在今后的工作和生
活中继续发挥示范带动作用。全市广大干部群众要以先进为榜样，积极投
身文明城市创建，为建设美丽幸福新江城作出新的贡献。
附件：
2026
年度江城市文明单位和文明家庭名单
江城市精神文明建设委员会
2026
年
12
月
1
日
2026
年度江城市文明单位和文明家庭名单
一、江城市文明单位（
20
个）
江城市第一中学　江城市人民医院　江城市图书馆
江城市税务局第一分局　江城市公共交通集团有限公司
东湖区东湖街道东湖社区　东湖区城市管理局
西山区人民法院　西山区青石镇人民政府
南岭县南岭镇中心小学　南岭县供电公司
北塘县人民检察院　北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
江城市自来水有限公司　江城市档案馆　江城市博物馆
江城市第二人民医院　江城市实验幼儿园　江城市气象局
二、江城市文明家庭（
12
户）
王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）
张德明家庭（西山区青石镇）　刘玉兰家庭（西山区西山街道）
陈志强家庭（南岭县南岭镇）　赵春梅家庭（南岭县白沙乡）
孙国平家庭（北塘县北塘镇）　周桂芳家庭（北塘县马桥镇）
吴新华家庭（江城经济技术开发区）　郑丽娟家庭（东湖区新城街
第 
1
 页 共 
2
 页
××市科学技术局办公室
工作简报
2026
年第
5
期
道）
黄志远家庭（西山区石门镇）　林晓燕家庭（南岭县龙口镇）
"""


def test_rows_of_names_are_a_block_each(texts, clean):
    doc, _ = clean(NAME_ROWS)
    paragraphs = texts(doc, Paragraph)
    assert "王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）" in paragraphs
    assert "张德明家庭（西山区青石镇）　刘玉兰家庭（西山区西山街道）" in paragraphs
    assert "黄志远家庭（西山区石门镇）　林晓燕家庭（南岭县龙口镇）" in paragraphs


# the same text in design book32_hei_centred (24 characters a line), read by pypdf: rows the
# measure cut inside their last name (「…江城市公共交通集团有限」 / 「公司」)
NAME_ROWS_CUT = """核公示，市文明委决定，授予江城市第一中学等20个单
位“江城市文明单位”称号，授予王建国家庭等12户家
庭“江城市文明家庭”称号。
希望受到表彰的单位和家庭珍惜荣誉、再接再厉，
在今后的工作和生活中继续发挥示范带动作用。全市广
大干部群众要以先进为榜样，积极投身文明城市创建，
为建设美丽幸福新江城作出新的贡献。
一、江城市文明单位（20个）
江城市第一中学　江城市人民医院　江城市图书馆
江城市税务局第一分局　江城市公共交通集团有限
公司
东湖区东湖街道东湖社区　东湖区城市管理局
西山区人民法院　西山区青石镇人民政府
南岭县南岭镇中心小学　南岭县供电公司
北塘县人民检察院　北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
江城市自来水有限公司　江城市档案馆　江城市博
物馆
江城市第二人民医院　江城市实验幼儿园　江城市
气象局
"""


def test_a_row_of_names_cut_inside_its_last_name_is_a_block_with_its_rest(texts, clean):
    doc, _ = clean(NAME_ROWS_CUT)
    paragraphs = texts(doc, Paragraph)
    assert "江城市第一中学　江城市人民医院　江城市图书馆" in paragraphs
    assert "江城市税务局第一分局　江城市公共交通集团有限公司" in paragraphs
    assert "江城市自来水有限公司　江城市档案馆　江城市博物馆" in paragraphs


# dev text decision_commendation_list, design gongwen_kai_heads, pdftotext: the letter's addressees
# (主送机关, ， between kinds of body) fill the line under the title; the decision starts under them
# (the snippet runs on into the list of names on the next page, as the page does)
DECISION_ADDRESSEES = """江文明委〔2026〕7号

关于表彰2026年度江城市文明单位和文明家庭
的决定
各区（县）精神文明建设委员会，市文明委各成员单位：
2026年，全市各级各部门深入开展群众性精神文明创建活动，
涌现出一批群众认可、社会公认的文明单位和文明家庭。为树立典
型、弘扬正气，经基层推荐、审核公示，市文明委决定，授予江城
市第一中学等20个单位“江城市文明单位”称号，授予王建国家庭
等12户家庭“江城市文明家庭”称号。
希望受到表彰的单位和家庭珍惜荣誉、再接再厉，在今后的工
作和生活中继续发挥示范带动作用。全市广大干部群众要以先进为
榜样，积极投身文明城市创建，为建设美丽幸福新江城作出新的贡
献。
附件：2026年度江城市文明单位和文明家庭名单
江城市精神文明建设委员会
2026年12月1日

2026年度江城市文明单位和文明家庭名单
一、江城市文明单位（20个）
江城市第一中学

江城市人民医院

江城市税务局第一分局

江城市图书馆

江城市公共交通集团有限公司
"""


def test_addressees_that_fill_the_line_end_their_block(texts, clean):
    doc, _ = clean(DECISION_ADDRESSEES)
    assert "各区（县）精神文明建设委员会，市文明委各成员单位：" in texts(doc, Paragraph)
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[paragraphs.index("各区（县）精神文明建设委员会，市文明委各成员单位：") + 1].startswith("2026年，全市")


# dev text decision_commendation_list, design word_report, saved as plain text with U+3000 indents:
# the 名单 under the decision — rows of bodies' names set apart by ideographic spaces, no headings
COMMENDATION_ROWS = """2026年度江城市文明单位和文明家庭名单
　　一、江城市文明单位（20个）
　　江城市第一中学　江城市人民医院　江城市图书馆
　　江城市税务局第一分局　江城市公共交通集团有限公司
　　东湖区东湖街道东湖社区　东湖区城市管理局
　　西山区人民法院　西山区青石镇人民政府
　　南岭县南岭镇中心小学　南岭县供电公司
　　北塘县人民检察院　北塘县农村信用合作联社
　　江城经济技术开发区管委会政务服务中心
　　江城市自来水有限公司　江城市档案馆　江城市博物馆
　　江城市第二人民医院　江城市实验幼儿园　江城市气象局
"""


def test_rows_of_names_in_a_list_are_not_headings(texts, clean):
    doc, _ = clean(COMMENDATION_ROWS)
    assert "江城市第一中学　江城市人民医院　江城市图书馆" not in texts(doc, Heading)
    assert "江城市第二人民医院　江城市实验幼儿园　江城市气象局" not in texts(doc, Heading)
    assert "一、江城市文明单位（20个）" in texts(doc, Heading)
