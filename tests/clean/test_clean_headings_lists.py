"""Heading residuals (issue 10, branch heads16): lines of names and clauses read by pdftotext, and
headlines in narrow columns.

pdftotext (plain) reads the rows of a 名单 as table columns, a name a line, and gives a name its
cell wrapped as two lines; it cuts a field's line of names (「出席：赵明辉　刘建平…」) at every wide
space; it writes a chapter's label, an article's label and the chapter's title stacked, so an
article's label may come to stand with a piece of its text alone.  Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set
in one of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are written from the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


def titles(doc):
    return [a.title for a in doc.articles]


# dev text decision_commendation_list, design book32_hei_centred, pdftotext: the 决定 and its 名单,
# the names a line each; 「江城市博物馆」, 「江城市气象局」, 「江城市公共交通集团有限公司」
# and two households wrapped inside their cells
NAME_CELLS = """关于表彰2026年度江城市文明单位和

江文明委〔2026〕7号

关于表彰2026年度江城市文明单位和文明
家庭的决定
各区（县）精神文明建设委员会，市文明委各成员单
位：
2026年，全市各级各部门深入开展群众性精神文明
创建活动，涌现出一批群众认可、社会公认的文明单位
和文明家庭。为树立典型、弘扬正气，经基层推荐、审
核公示，市文明委决定，授予江城市第一中学等20个单
位“江城市文明单位”称号，授予王建国家庭等12户家
庭“江城市文明家庭”称号。
希望受到表彰的单位和家庭珍惜荣誉、再接再厉，
在今后的工作和生活中继续发挥示范带动作用。全市广
大干部群众要以先进为榜样，积极投身文明城市创建，
为建设美丽幸福新江城作出新的贡献。
附件：2026年度江城市文明单位和文明家庭名单
江城市精神文明建设委员会
2026年12月1日

2026年度江城市文明单位和文明家庭名单
1

机关读书会文丛

一、江城市文明单位（20个）
江城市第一中学

江城市人民医院

江城市税务局第一分局

江城市图书馆

江城市公共交通集团有限

公司
东湖区东湖街道东湖社区
西山区人民法院

东湖区城市管理局

西山区青石镇人民政府

南岭县南岭镇中心小学
北塘县人民检察院

南岭县供电公司

北塘县农村信用合作联社

江城经济技术开发区管委会政务服务中心
江城市自来水有限公司

江城市档案馆

江城市博

物馆
江城市第二人民医院

江城市实验幼儿园

江城市

气象局
二、江城市文明家庭（12户）
王建国家庭（东湖区东湖街道）

李秀英家庭（东

湖区长青街道）
张德明家庭（西山区青石镇）

刘玉兰家庭（西山

区西山街道）
陈志强家庭（南岭县南岭镇）

赵春梅家庭（南岭

县白沙乡）
孙国平家庭（北塘县北塘镇）
县马桥镇）
2

周桂芳家庭（北塘

关于表彰2026年度江城市文明单位和

吴新华家庭（江城经济技术开发区）

郑丽娟家庭

（东湖区新城街道）
黄志远家庭（西山区石门镇）

林晓燕家庭（南岭

县龙口镇）

3
"""


def test_names_a_cell_wrapped_are_no_headings(texts, clean):
    doc, _ = clean(NAME_CELLS)
    assert texts(doc, Heading) == ["关于表彰2026年度江城市文明单位和文明家庭的决定", "2026年度江城市文明单位和文明家庭名单",
                                   "一、江城市文明单位（20个）", "二、江城市文明家庭（12户）"]


def test_a_name_a_cell_wrapped_is_one_name_again(texts, clean):
    doc, _ = clean(NAME_CELLS)
    paragraphs = texts(doc, Paragraph)
    for name in ("江城市博物馆", "江城市气象局", "江城市公共交通集团有限公司", "郑丽娟家庭（东湖区新城街道）",
                 "林晓燕家庭（南岭县龙口镇）", "黄志远家庭（西山区石门镇）"):
        assert name in paragraphs
    assert "物馆" not in paragraphs and "江城市" not in paragraphs


def test_a_heading_over_a_list_is_no_piece_of_its_first_name(texts, clean):
    # the same list under an unnumbered heading whose words and the first name would read as one
    # name (「先进集体江城市第一中学」): the line before it is no line of a list, so it is no piece
    # of a name its cell cut
    doc, _ = clean(NAME_CELLS.replace("一、江城市文明单位（20个）", "先进集体"))
    assert "江城市第一中学" in texts(doc, Paragraph)
    assert not any("先进集体江城市" in text for text in texts(doc))


# dev text minutes_decisions_yishi, design a5_book, pdftotext: the 议定事项 and the fields under them,
# the 出席 field's four names cut apart at its wide spaces
MINUTES_FIELDS = """会议议定以下事项：
1.由市应急管理局牵头，于12月10日前组织开展一
次全市安全生产大检查，检查结果报市政府。
2.由市住建局负责，对全市城镇燃气用户开展入户
安全检查，年底前实现全覆盖。
3.由市交通运输局、市公安局交警支队负责，加强
春运期间道路运输安全监管。
4.由市财政局负责，保障安全生产专项整治所需经
费。
出席：赵明辉

刘建平

陈国强

王丽华

列席：市应急管理局、市住建局、市交通运输局、
市公安局、市消防救援支队、市财政局负责同志
江城市人民政府办公室
2026年11月22日
"""


def test_names_of_a_field_cut_apart_are_the_field_again(texts, clean):
    doc, _ = clean(MINUTES_FIELDS)
    assert texts(doc, Heading) == []
    assert titles(doc)[1:] == []
    assert "出席：赵明辉　刘建平　陈国强　王丽华" in texts(doc, Paragraph)


def test_a_name_alone_after_a_field_of_bodies_is_not_taken_in(texts, clean):
    # 列席 names bodies, not persons: a person's name after it is no name of that field
    doc, _ = clean("列席：市应急管理局\n\n刘建平\n\n会议指出，要压实责任。\n")
    assert "列席：市应急管理局" in texts(doc, Paragraph)


# dev text measures_volunteer_service, design a5_no_indent_larger, pdftotext: 「第四章　促进措施」 and
# 「第十一条」 stacked, the article's first line cut where its label and the chapter's title stood
ARTICLES_STACKED = """第三章

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
"""


def test_an_article_with_its_text_is_no_heading(texts, clean):
    doc, _ = clean(ARTICLES_STACKED)
    assert not any(text.startswith("第十一条") for text in texts(doc, Heading))
    assert any(text.startswith("第十一条") and "建立健全志愿服务激" in text for text in texts(doc, Paragraph))


# dev text essay_study_experience, design larger_headings, pdfminer: page 2 prints the running head
# of page 1, and pdfminer reads the 小标题 set larger under it ahead of it (「1」 / 「“恒”字为要：…」 /
# 「专题学习资料」): the page has its head, the line before it is the heading, not the even pages' head
ESSAY_HEAD_AFTER = """专题学习资料

在学思践悟中筑牢为民初心

江城市民政局 张晓燕

近期，按照机关党委统一安排，我认真参加了专题读书班，系统学习了有关民生保
障工作的重要论述。几天学下来，感触很深，收获很大。结合自己多年从事社会救
助工作的经历，谈几点粗浅体会。

“学”字当头：读原著才能悟原理

过去学习，常常满足于看摘要、读解读，觉得“大概知道”就行了。这次读书班要
求逐篇通读原文，一开始还有些不适应，读着读着才发现，原文里有很多以往没有
注意到的细节。

比如关于社会救助，原文不仅讲了“兜底线”，还讲了“织密网”“建机制”，三
者是一个整体。只抓兜底、不建机制，救助工作就容易陷入“年年救、年年困”的
循环。

读原著、学原文、悟原理，没有捷径可走。我给自己定了个小目标：每天读原文不
少于半小时，每周写一篇学习笔记。

“实”字托底：把论述落到每一户困难家庭

学习的目的全在于运用。读书班期间，我们组织到城东街道开展了一次入户走访，
一天走了十一户。

其中一户让我印象特别深。老两口都年过八旬，儿子因病失去劳动能力，家里全靠
两位老人的养老金维持。按照原来的政策，这户人家刚好卡在低保线上，几次申请
都没有通过。

回来以后，我们对照新修订的救助办法逐条研究，发现这户人家符合“刚性支出扣
减”的条件。经过重新核算，一家人顺利纳入了低保范围，还为老人申请了居家养
老服务补贴。

这件事让我深深体会到：政策条文是冷的，但执行政策的人心要是热的。

把群众的小事当作自己的大事！

民政工作千头万绪，件件连着民生，事事关乎民心。在群众眼里，没有“小事”。

一张证明晚开一天，群众可能就要多跑一趟；一笔补贴晚发一月，困难家庭可能就
要多熬一个月。我们常说“群众利益无小事”，落到具体工作上，就是要把每一件
小事办好、办快、办到群众心坎上。

古人说：“知之非艰，行之惟艰。”又说：“纸上得来终觉浅，绝知此事要躬
行。”这两句话，我准备抄下来贴在办公桌前，时时提醒自己。

1

“恒”字为要：久久为功才能见到实效

专题学习资料

学习不是一阵子的事，而是一辈子的事。读书班结束了，但学习不能结束。

下一步，我打算在三个方面下功夫：一是坚持每月集中学习不少于两次，二是每季
度至少开展一次入户走访，三是把学习体会转化为改进工作的具体措施，年底前形
成一份社会救助工作的调研报告。

路虽远，行则将至；事虽难，做则必成。我相信，只要我们始终把群众放在心上，
就一定能把民生实事办好办实。

（作者单位：江城市民政局社会救助科）

2
"""


def test_a_heading_read_ahead_of_the_running_head_is_no_head(texts, clean):
    doc, report = clean(ESSAY_HEAD_AFTER)
    assert texts(doc, Heading)[-1:] == ["“恒”字为要：久久为功才能见到实效"]
    assert [r.text for r in report.removals if "专题学习资料" in r.text] == ["专题学习资料", "专题学习资料"]


# dev text speech_county_meeting, design tabloid_three_columns, pasted from a viewer (a blank line
# after each line, trailing spaces, CRLF): the subtitle wraps over two lines of the narrow column,
# the speech's date under it on a line of its own
SPEECH_PASTED = "第1版      要闻 \r\n\r\n凝心聚力抓落实 \r\n\r\n 奋力开创县域 \r\n\r\n经济高质量发展 \r\n\r\n新局面 \r\n\r\n——在全县经济工作暨优化 \r\n\r\n营商环境推进大会上的讲话 \r\n\r\n（2026年1月9日） \r\n\r\n县委书记 周明远 \r\n\r\n同志们： \r\n\r\n这次会议的主要任务是， \r\n\r\n深入贯彻中央和省委、市委经 \r\n\r\n济工作会议精神，总结2025年 \r\n\r\n全县经济工作，分析当前面临 \r\n\r\n的形势，部署2026年重点任 \r\n\r\n"


def test_a_date_under_a_wrapped_subtitle_is_no_part_of_it(texts, clean):
    doc, _ = clean(SPEECH_PASTED)
    assert "——在全县经济工作暨优化营商环境推进大会上的讲话" in [doc.articles[0].subtitle] + texts(doc, Heading)
    assert "（2026年1月9日）" in texts(doc, Paragraph)


# dev text lecture_party_style, design neikan_narrow_ruled, in the style of the real extractions: the
# numbered heading wraps over three lines of the 11-character column, its first line short of the
# measure (set larger), so it stands as a block of its own over the rest (the whole text: the
# measure is studied from all of it)
LECTURE_NARROW = """ 江城通讯  2026 年第 22 期 

锤炼过硬作风 勇于担当作为 

——在市直机关工委专题党课上的辅导报告 

市直机关工委理论学习中心组 

同志们： 

今天，我围绕“锤炼

过硬作风、勇于担当作

为”这个主题，同大家交

流几点学习体会。 

一、深刻认识作风建

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

见》（2019 年 4 月） 

这段话讲得很透彻。

作风建设不是一阵风，而

是一场持久战。 

二、准确把握当前机

关作风方面存在的突出问

题 

对照要求，我们机关

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

好的做法固化为制度③。

市直机关工委在 2022 年专

题调研后曾提出： 

作风建设要在“常”

“长”二字上下功夫，既

要立足当前、解决突出问

题，又要着眼长远、完善

制度机制。 

——市直机关工委《关于

机关作风建设情况的调研

报告》（2022 年 9 月） 

同志们，作风建设关

乎人心向背。让我们从自

身做起，从现在做起，以

过硬作风推动各项工作再

上新台阶！ 

①语出《论语·子路》。 

②2025 年市直机关工委组织的

作风问卷调查显示，有 31.2%

的基层受访者认为“机关干

部下基层调研次数偏少、时

间偏短”。 

③参见《江城市市直机关作风

建设长效机制实施办法》

（江直工委发〔2023〕6 号）。 

1
"""


def test_a_numbered_heading_wrapped_inside_a_word_is_one_heading(texts, clean):
    doc, _ = clean(LECTURE_NARROW)
    assert "二、准确把握当前机关作风方面存在的突出问题" in texts(doc, Heading)
    assert not any(text.startswith("关作风") for text in texts(doc))


# dev text standard_reading_room, design gongwen, pdftotext: the term entry's number, term and English
# equivalent, one printed line set apart by wide spaces, come out a line each (「3.1」 / 「城市书房」 /
# 「urban reading room」), the definition under them
STANDARD_TERMS = """城市书房建设与服务规范
DB 3209/T 0187—2026
1

范围

本文件规定了城市书房的选址与建设、设施设备、文献资
源、服务和管理的要求。
本文件适用于本市行政区域内由政府设立或者社会力量参与
建设的城市书房。
2

规范性引用文件

下列文件中的内容通过文中的规范性引用而构成本文件必不
可少的条款。其中，注日期的引用文件，仅该日期对应的版本适
用于本文件；不注日期的引用文件，其最新版本（包括所有的修
改单）适用于本文件。
GB/T 28220
GB 50763
3

公共图书馆服务规范
无障碍设计规范

术语和定义

下列术语和定义适用于本文件。
3.1

城市书房

urban reading room

依托公共图书馆总分馆体系设立，实行自助或者半自助服
务，向公众免费开放的阅读空间。
4

选址与建设

4.1

选址
— 1 —

4.1.1

城市书房宜设在人口集中、交通便利的区域，步行

15分钟范围内服务人口不宜少于1万人。
4.1.2

城市书房宜设在建筑首层；设在其他楼层的，应有

电梯或者无障碍通道直达。
4.2

建筑面积

4.2.1
"""


def test_a_term_entry_cut_apart_is_no_heading(texts, clean):
    doc, _ = clean(STANDARD_TERMS)
    assert not any(text.startswith("3.1") for text in texts(doc, Heading))
    assert "4 选址与建设" in texts(doc, Heading)


# dev text news_page_science, design weekly_two_of_three, in the style of the real extractions: in
# the 15-character columns every title wraps, its full lines as wide as each other's (「一条街上的」 /
# 「“创新生态”」 … 「全市首批“科」 / 「技副总”上岗」): no series of parallel 小标题
SCIENCE_WEEKLY = """ 2026 年 11 月 27 日  星期五      文化周刊 

市委常委会召开会议专题研究科技创新工作强调 

以更大力度推进科技创新 

为高质量发展注入强劲动能 

本报记者 陈思远 刘佳 

来源：《江城日报》（2026 年 3 月

18 日 01 版） 

3 月 17 日下午，市委常委会召

开会议，专题研究全市科技创新工

作，听取市科技局关于全市创新平

台建设情况的汇报，研究部署下一

阶段重点任务。 

会议指出，科技创新是牵引高

质量发展的核心动力。近年来，全

市上下深入实施创新驱动发展战略，

研发投入强度从 2.1%提高到 2.8%，

高新技术企业数量突破 3000 家，一

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

本报记者 赵一鸣 

早上八点，科创大道两侧的孵

化楼陆续亮起灯光。在一家从事传

感器研发的初创企业里，研发主管

正在调试一台新样机。“从实验室

到生产线，过去要两三年，现在一

年就能走完。”他说。 

这条不足两公里的街道上，聚

集着 12 家新型研发机构、40 余家孵

化器和众创空间。街道还设立了概

念验证中心和中试基地，企业可以

按需租用设备，按次付费。去年，

这里的企业共转化科技成果 160 余

项，带动新增产值超过 20 亿元。 

科创大道概念验证中心内，技术人员

正在调试设备。 本报记者 赵一鸣/摄 

高新区负责人介绍，下一步将

探索“先使用后付费”的成果转化

模式，让更多中小企业用得上、用

得起高校院所的科技成果。 

全市首批“科

技副总”上岗 

本报讯（记者 孙晓梅） 

日前，全市首批 60 名“科技副

总”走上企业岗位。他们来自 12 所

高校和科研院所，将在企业兼职两

年，帮助企业解决技术难题、培养

研发团队。 

据了解，“科技副总”由企业

提出需求、高校推荐人选、双向选

择确定，市财政给予每人每年 5 万

元工作补助。 

1
"""


def test_title_lines_in_narrow_columns_are_no_parallel_headings(texts, clean):
    doc, _ = clean(SCIENCE_WEEKLY)
    assert "一条街上的“创新生态”" in [a.title for a in doc.articles]
    assert "一条街上的" not in texts(doc, Heading)


# dev text news_page_culture_weekly, design weekly_two_of_three, pasted from a viewer: a brief's kicker
# ends in its reporting verb at a full line of its column and the title goes on under it
# (「市文化和旅游局负责人表示」 / 「明年将实现」 / 「非遗工坊街」 / 「道全覆盖」)
CULTURE_PASTED = "2026年11月27日  星期五      文化周刊 \r\n\r\n非遗工坊开进社区： \r\n\r\n老手艺有了新传人 \r\n\r\n本报记者 郑雨桐 文/图 \r\n\r\n周六上午，城西街道文化站的 \r\n\r\n活动室里坐满了人。剪纸艺人王桂 \r\n\r\n芳把一张红纸对折三次，剪刀在手 \r\n\r\n里转了几圈，一只昂首的公鸡就跃 \r\n\r\n然纸上，围观的孩子们发出一阵惊 \r\n\r\n叹。 \r\n\r\n今年以来，市文化和旅游局在 \r\n\r\n12个社区设立非遗工坊，邀请剪纸、 \r\n\r\n竹编、面塑等项目的传承人定期授 \r\n\r\n课，已累计开课260多场，参加学 \r\n\r\n员4000余人次。 \r\n\r\n“以前总担心手艺没人学，现 \r\n\r\n在每次课都有人排队报名。”王桂 \r\n\r\n芳说，她最小的学生才8岁，已经 \r\n\r\n能独立剪出简单的窗花。 \r\n\r\n剪纸艺人王桂芳（右）在社区工坊指 \r\n\r\n导学员。 郑雨桐 摄 \r\n\r\n市文化和旅游局负责人表示 \r\n\r\n明年将实现 \r\n\r\n非遗工坊街 \r\n\r\n道全覆盖 \r\n\r\n本报讯（记者 郑雨桐） \r\n\r\n记者从市文化和旅游局获悉， \r\n\r\n明年全市将在所有街道设立非遗工 \r\n\r\n坊，并探索“工坊＋文创”模式， \r\n\r\n支持传承人开发适合年轻人的文创 \r\n\r\n产品。 \r\n\r\n一座老粮仓 \r\n\r\n的新生 \r\n\r\n——江城市粮食局旧址改建为城 \r\n\r\n市书房侧记 \r\n\r\n通讯员 林家豪 本报记者 周可欣 \r\n\r\n青砖墙、木屋架、高窗户，始 \r\n\r\n建于上世纪五十年代的江城市粮食 \r\n\r\n局老粮仓，如今变成了一座可容纳 \r\n\r\n200人的城市书房。改造中，设计 \r\n\r\n团队保留了原有的屋架和仓门，只 \r\n\r\n在内部加装了书架和照明。 \r\n\r\n开放一个月来，书房接待读者 \r\n\r\n3.6万人次。不少老人专程赶来， \r\n\r\n在当年自己扛过粮袋的仓库里坐下 \r\n\r\n来读一会儿书。 \r\n\r\n来源：《江城日报》2026年11月20 \r\n\r\n日第7版 \r\n\r\n让老建筑说 \r\n\r\n新故事 \r\n\r\n□ 短评 \r\n\r\n城市更新不是简单的推倒重来。 \r\n\r\n给老建筑找到新用途，既留住了城 \r\n\r\n市记忆，也为群众提供了新的文化 \r\n\r\n空间，这样的更新值得多一些。 \r\n\r\n资料：江城市现有市级以上非 \r\n\r\n物质文化遗产代表性项目87项，其 \r\n\r\n中国家级4项、省级21项。 \r\n\r\n1 \r\n\r\n"


def test_a_kicker_ending_its_line_in_a_reporting_verb_is_apart_from_the_title(clean):
    doc, _ = clean(CULTURE_PASTED)
    article = next(a for a in doc.articles if "非遗工坊街道全覆盖" in a.title)
    assert article.kicker == "市文化和旅游局负责人表示"
    assert article.title == "明年将实现非遗工坊街道全覆盖"


# dev text deeds_village_doctor, design neikan_narrow_ruled, as office plain text (U+3000 indents):
# the title's last line fills the 11-character column, and its —— subtitle under it runs on
DEEDS_PLAIN = """江城通讯  2026年第22期
身边的榜样
三十年守护一方百姓健康
——记江城县青石镇卫生院乡村医生刘守山
　　编者按：乡村医生是
农村居民健康的“守门
人”。刘守山同志扎根山
区三十年，走遍全镇二十
一个自然村，用实际行动
诠释了医者仁心。现将他
的先进事迹刊发，供大家
学习。
通讯员 王春燕 李浩
　　清晨六点，天刚蒙蒙
亮，青石镇卫生院的刘守
山已经背起药箱出门了。
这是他当乡村医生的第三
十个年头。
　　三十年来，他累计接
诊群众12万余人次，出诊
3万多次，走过的山路超
过10万公里。村里人都亲
切地叫他“刘大夫”。
　　一只药箱
　　刘守山有一只用了二
十多年的旧药箱，皮面磨
得发白，提手换过三回。
箱子里装着血压计、听诊
器、体温计和一些常用药
品。
"""


def test_a_dash_led_subtitle_run_onto_its_title_is_apart(clean):
    doc, _ = clean(DEEDS_PLAIN)
    article = doc.articles[0]
    assert article.title == "三十年守护一方百姓健康"
    assert article.subtitle == "——记江城县青石镇卫生院乡村医生刘守山"
