"""Headings on one-column designs, across extractors (issue 10, branch heads12).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees (the document's structure),
not what the cleaner printed.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


# dev text sayings_rule_of_law, design a5_book, pdftotext -raw: the title (set 1.35x) is ten
# characters on a 24-character measure — as wide as a line of a title set twice the body's size
# could be — and the first of three parallel 小标题 follows it
SAYINGS_A5 = """法治政府建设学习语录
法治政府建设学习语录
依法行政
法定职责必须为，法无授权不可为。
——在全市法治政府建设工作会议上的讲话（2025年4
月8日）
行政机关作出决定，要先问一问：有没有法律依
据，程序是否合法，当事人的权利有没有保障。
——摘自《江城市行政执法人员培训读本》
重大行政决策必须经过公众参与、专家论证、风险
评估、合法性审查和集体讨论决定。
——在市政府常务会议上的讲话（2025年9月16日）
执法不能“一刀切”，既要有力度，也要有温度。
——在全市法治政府建设工作会议上的讲话（2025年4
月8日）
规范执法
执法全过程记录，是对群众负责，也是对执法人员
的保护。
——摘自《江城市行政执法人员培训读本》
对轻微违法行为，能教育纠正的不一律处罚，首次
违法且危害后果轻微并及时改正的，可以不予处罚。
——在市政府常务会议上的讲话（2025年9月16日）
1
\f理论学习读本
执法人员要亮证执法、文明执法，不得随意扩大检
查范围。
——摘自《江城市行政执法人员培训读本》
监督问责
权力运行到哪里，监督就要跟进到哪里。
——在全市法治政府建设工作会议上的讲话（2025年4
月8日）
行政复议和行政诉讼中败诉的案件，要逐件分析原
因，该纠正的纠正，该追责的追责。
——在市委全面依法治市委员会会议上的讲话（2025年
12月2日）
政务公开是最好的监督。能公开的一律公开，不能
公开的要说明理由。
——在市政府常务会议上的讲话（2025年9月16日）
领导干部要带头尊法学法守法用法，把法治作为想
问题、作决策、办事情的基本遵循。
——在市委全面依法治市委员会会议上的讲话（2025年
12月2日）
（市司法局 辑）
2
\f"""


def test_heading_under_a_larger_title_that_opens_a_series_is_no_part_of_the_title(texts, clean):
    doc, _ = clean(SAYINGS_A5)
    assert doc.articles[0].title == "法治政府建设学习语录"
    assert texts(doc, Heading) == ["依法行政", "规范执法", "监督问责"]


# dev text gold_real_002_booklet, design kai_16_hei_heads (16 characters), pdftotext -raw: the
# notice signs off with issuer and date on one line, the 专刊's title (set larger) right under it
BOOKLET_RAW = """北京理工大学党委宣传部
北京理工大学党委宣传部
宣〔2026〕11号
关于发布《师生理论学习
指南》“习近平总书记 在加强基
础研究座谈会上的重要讲话精
神”学习专刊的通知
各基层党委、党总支、直属党支
部：
为深入学习贯彻习近平总书记在
加强基础研究座谈会上的重要讲话精
神，进一步统一思想，凝聚共识，为
建设科技强国贡献北理工力量，党委
宣传部特发布“习近平总书记在加强
1
\f读书会材料
基础研究座谈会上的重要讲话精神”
学习专刊。各单位可选取有关内容纳
入二级党委中心组学习、师生党团支
部理论学习，以及教师每月半天理论
学习，组织党员干部师生深学细悟，
切实把思想和行动统一到党中央决策
部署上来。
附件：“习近平总书记在加强基
础研究座谈会上的重要讲话 精神”
学习专刊
党委宣传部 2026年5月12日
习近平总书记在加强基础研
究座谈会上的重要讲话精神
2
\f北京理工大学党委宣传部
学习专刊
党委宣传部
2026年5月
目录
习近平在加强基础研究座谈会上
强调 以更大力度更实举措加强基础
研究 进一步打牢科技强国建设根基
..... 1 习近平：加强基础研究 实
现高水平科技自立自强 ..... 4 习
"""


def test_signature_ending_in_its_date_ends_its_block_before_a_larger_title(texts, clean):
    doc, _ = clean(BOOKLET_RAW)
    titles = [a.title for a in doc.articles]
    assert titles[1] == "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊"
    assert doc.articles[1].author == "党委宣传部"
    assert any(t.startswith("党委宣传部") and t.endswith("2026年5月12日") for t in texts(doc, Paragraph))


# the same page as office plain text: the signature set in (flush right) by ideographic spaces
BOOKLET_PLAIN = """北京理工大学党委宣传部
北京理工大学党委宣传部
　　宣〔2026〕11号
　　关于发布《师生理论学习
指南》“习近平总书记 在加强基
础研究座谈会上的重要讲话精
神”学习专刊的通知
　　各基层党委、党总支、直属党支
部：
　　为深入学习贯彻习近平总书记在
加强基础研究座谈会上的重要讲话精
神，进一步统一思想，凝聚共识，为
建设科技强国贡献北理工力量，党委
宣传部特发布“习近平总书记在加强
1
\f读书会材料
基础研究座谈会上的重要讲话精神”
学习专刊。各单位可选取有关内容纳
入二级党委中心组学习、师生党团支
部理论学习，以及教师每月半天理论
学习，组织党员干部师生深学细悟，
切实把思想和行动统一到党中央决策
部署上来。
　　附件：“习近平总书记在加强基
础研究座谈会上的重要讲话 精神”
学习专刊
　　党委宣传部 2026年5月12日
习近平总书记在加强基础研
究座谈会上的重要讲话精神
2
\f北京理工大学党委宣传部
学习专刊
　　党委宣传部
　　2026年5月
目录
　　习近平在加强基础研究座谈会上
强调 以更大力度更实举措加强基础
研究 进一步打牢科技强国建设根基
 ..... 1 习近平：加强基础研究 实
现高水平科技自立自强 ..... 4 习
"""


def test_signature_set_in_is_no_indented_first_line(clean):
    doc, _ = clean(BOOKLET_PLAIN)
    assert [a.title for a in doc.articles][1] == "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊"


# dev text decision_commendation_list, design book32_hei_centred, pdftotext -raw: a 名单 whose
# long name takes a row to itself under a row of two names
COMMENDATION = """关于表彰2026年度江城市文明单位和
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
\f机关读书会文丛
一、江城市文明单位（20个）
江城市第一中学 江城市人民医院 江城市图书馆
江城市税务局第一分局 江城市公共交通集团有限
公司
东湖区东湖街道东湖社区 东湖区城市管理局
西山区人民法院 西山区青石镇人民政府
南岭县南岭镇中心小学 南岭县供电公司
北塘县人民检察院 北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
江城市自来水有限公司 江城市档案馆 江城市博
物馆
江城市第二人民医院 江城市实验幼儿园 江城市
气象局
二、江城市文明家庭（12户）
王建国家庭（东湖区东湖街道） 李秀英家庭（东
湖区长青街道）
张德明家庭（西山区青石镇） 刘玉兰家庭（西山
区西山街道）
陈志强家庭（南岭县南岭镇） 赵春梅家庭（南岭
县白沙乡）
孙国平家庭（北塘县北塘镇） 周桂芳家庭（北塘
县马桥镇）
2
\f关于表彰2026年度江城市文明单位和
吴新华家庭（江城经济技术开发区） 郑丽娟家庭
（东湖区新城街道）
黄志远家庭（西山区石门镇） 林晓燕家庭（南岭
县龙口镇）
3
\f"""


def test_long_name_alone_after_a_whole_row_is_a_row_of_its_own(texts, clean):
    doc, _ = clean(COMMENDATION)
    paras = texts(doc, Paragraph)
    assert "江城经济技术开发区管委会政务服务中心" in paras
    assert not any("检察院" in h for h in texts(doc, Heading))


# dev text gold_real_004_chapter1, design word_report, pdftotext -raw: the pages of a reference
# (the rest of a note the page cut) left in the text above the next notes
CHAPTER_NOTE_TAIL = """国家或地区科技著作数量的增加可能表明科研人员在探索新领域、提
出新理论或发现新现象方面的兴趣和活力增强，增加的科技著作和论文数
量还在某种程度上反映了国际科研社群之间的合作和知识分享。这有助于
加速科学进步，解决全球性的科学难题，并促进科技创新的跨国合作，反
映了科研社群对于创新的推动力量。科技论文数量的增长通常与科学研究
的广度和深度有关。更多的科技论文代表了更广泛和深刻的研究活动，表
明科学家们在解决问题和推动知识边界的拓展上取得了成功。高新技术产
品出口的增加反映了该国或地区在技术创新和产业升级方面的成功，包括
新的发明、先进制造技术、高质量产品等，使其能够在国际市场上占据有
利地位。出口的高科技产品通常是在技术上领先的产品，其国际市场份额
的提升表明该国或地区在高技术领域的国际竞争力在增强，也涉及研发投
资、专利保护、产业政策等多方面的努力。这类产品往往拥有较高的附加
值，对经济体的整体增长和创造就业都有积极的影响。这些科技发展和创
新的成果对中国的经济和社会发展产生了深远的影响。科技论文数量的整
体增加表明中国在科学研究领域的投入和实力逐渐增强，为学术界提供了
更多的研究成果和知识积累①
。高等学校在科技论文发表中的主导地位显
示了中国教育体系的实力和科研环境的改善②
。
综上所述，中国的科技发展在数量和质量上都取得了显著的进展。科
技论文数量的增加、高等学校在科研和知识产出中的领先地位、科技成果
的登记增长以及高新技术产品出口额的提升，如图 1-1 所示，标志着中国
在科技创新和应用方面正迈向新的阶段。这将有助于推动中国经济的转型
升级、提高国际竞争力，并为全球科技发展做出更大的贡献。中国在科研
领域不断加大力度与强度，政策扶持、经济支持等一系列举措切实提高了
我国科技产出规模及水平，从“中国制造”到“中国智造”，这些无疑在
诉说着科技兴国、创新兴邦的不变真理。
2020,(8):33-43.
①李森，刘振天，陈时见等.高等教育强国建设的中国道路[J].高校教育管理， 2024,(1):1-23.
②张应强，姜远谋.超大规模的高等教育普及化：时代背景、现实挑战和道路选择[J].高等教
育研究， 2022,43(8):1-28.
第 6 页 共 6 页
\f"""


def test_digits_and_marks_alone_are_no_heading(texts, clean):
    doc, _ = clean(CHAPTER_NOTE_TAIL)
    assert texts(doc, Heading) == []


# dev text story_ferry_dialogue, design a5_book, pdftotext -raw: a story's parts numbered 一, 二 —
# one ideograph is a word; only digits and marks alone are no heading
STORY_PARTS = """渡口
渡口
林溪
一
天还没亮透，河面上浮着一层薄雾。老周把船拴
好，蹲在石阶上抽烟，烟头一明一暗。
“周师傅，今天还开船吗？”
说话的是村小的吴老师，背着一只旧帆布包，裤脚
沾着露水。
“开。雾散了就开。”老周说。
“等不得了，八点钟有课。”
老周抬头看了看天，又看了看河。
“那就走！”
船离岸的时候，雾里传来几声鸡叫。吴老师坐在船
头，把帆布包抱在怀里，包里是昨晚批完的作业本，一
共二十七本。
“今年学生又少了吧？”
“少了三个。跟着爹妈进城了。”
“进城好啊。”
“好是好，”吴老师顿了顿，“就是班里一下子空
了好几张桌子。”
老周没再说话，只是把桨摇得更稳了些。
1
\f理论学习读本
对岸的柳树慢慢从雾里显出来，先是一团影子，后
来连枝条都看得清了。
二
那年秋天，县里来人量河。
几个穿橙色背心的年轻人，在岸边插了一排小红
旗，又扛着仪器上上下下地跑。老周站在船上看了半
"""


def test_one_ideograph_numbering_a_part_is_still_a_heading(texts, clean):
    doc, _ = clean(STORY_PARTS)
    assert doc.articles[0].title == "渡口"
    assert texts(doc, Heading) == ["一", "二"]


# dev text standard_reading_room, design bold_wide_plain, pypdf: a local standard, half of whose
# short lines are numbered headings — the paragraphs' lines still show the wrap
STANDARD = """调研报告
城市书房建设与服务规范
DB 3209/T 0187—2026
1　范围
本文件规定了城市书房的选址与建设、设施设备、文献资源、服务和管理的要求。
本文件适用于本市行政区域内由政府设立或者社会力量参与建设的城市书房。
2　规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注
日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版
本（包括所有的修改单）适用于本文件。
GB/T 28220　公共图书馆服务规范
GB 50763　无障碍设计规范
3　术语和定义
下列术语和定义适用于本文件。
3.1　城市书房　urban reading room
依托公共图书馆总分馆体系设立，实行自助或者半自助服务，向公众免费开放的阅
读空间。
4　选址与建设
4.1　选址
4.1.1　城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务人口
不宜少于1万人。
4.1.2　城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通道直
达。
4.2　建筑面积
4.2.1　城市书房建筑面积不宜小于150平方米，阅览座位不宜少于40个。
4.2.2　儿童阅读区宜单独设置，面积不宜小于总面积的20%。
注：利用既有建筑改建的城市书房，建筑面积可适当减少，但不应小于100平方
米。
5　服务要求
5.1　开放时间
5.1.1　城市书房每周开放时间不应少于84小时，节假日应正常开放。
5.1.2　实行24小时开放的城市书房，夜间应有安全巡查和应急呼叫措施。
5.2　借阅服务
"""


def test_numbered_headings_do_not_hide_the_wrap(texts, clean):
    doc, _ = clean(STANDARD)
    heads = [h.replace("\u3000", " ") for h in texts(doc, Heading)]
    assert heads == ["1 范围", "2 规范性引用文件", "3 术语和定义", "4 选址与建设", "4.1 选址", "4.2 建筑面积",
                     "5 服务要求", "5.1 开放时间", "5.2 借阅服务"]


# dev text essay_study_experience, design book32_hei_centred (黑体 headings at the body's size,
# centred), pdftotext -raw: a 小标题 of 19 em where a first line (its indent dropped) holds 22
ESSAY_CENTRED = """在学思践悟中筑牢为民初心
在学思践悟中筑牢为民初心
江城市民政局 张晓燕
近期，按照机关党委统一安排，我认真参加了专题
读书班，系统学习了有关民生保障工作的重要论述。几
天学下来，感触很深，收获很大。结合自己多年从事社
会救助工作的经历，谈几点粗浅体会。
“学”字当头：读原著才能悟原理
过去学习，常常满足于看摘要、读解读，觉得“大
概知道”就行了。这次读书班要求逐篇通读原文，一开
始还有些不适应，读着读着才发现，原文里有很多以往
没有注意到的细节。
比如关于社会救助，原文不仅讲了“兜底线”，还
讲了“织密网”“建机制”，三者是一个整体。只抓兜
底、不建机制，救助工作就容易陷入“年年救、年年
困”的循环。
读原著、学原文、悟原理，没有捷径可走。我给自
己定了个小目标：每天读原文不少于半小时，每周写一
篇学习笔记。
“实”字托底：把论述落到每一户困难家庭
学习的目的全在于运用。读书班期间，我们组织到
1
\f机关读书会文丛
城东街道开展了一次入户走访，一天走了十一户。
其中一户让我印象特别深。老两口都年过八旬，儿
子因病失去劳动能力，家里全靠两位老人的养老金维
"""


def test_unpunctuated_line_short_of_a_first_line_is_a_heading(texts, clean):
    doc, _ = clean(ESSAY_CENTRED)
    assert texts(doc, Heading) == ["“学”字当头：读原著才能悟原理", "“实”字托底：把论述落到每一户困难家庭"]


# dev text measures_volunteer_service, design a5_no_indent_larger, pdftotext (plain): the wide
# space after an article's label made pdftotext write the label as a block of its own
MEASURES_PLAIN = """江城市志愿服务管理办法
（2026年3月18日江城市人民政府第二十九次常务会
议通过）

第一章

总则

第一条 为了规范志愿服务活动，保障志愿者、志愿
服务组织和志愿服务对象的合法权益，弘扬奉献、友
爱、互助、进步的志愿精神，根据《志愿服务条例》
等有关规定，结合本市实际，制定本办法。
第二条 本市行政区域内开展的志愿服务以及与志愿
服务有关的活动，适用本办法。
本办法所称志愿服务，是指志愿者、志愿服务组织和
其他组织自愿、无偿向社会或者他人提供的公益服
务。
第三条 开展志愿服务，应当遵循自愿、无偿、平
等、诚信、合法的原则，不得违背社会公德、损害社
会公共利益和他人合法权益，不得危害国家安全。
第四条 市、区人民政府应当将志愿服务事业纳入国
民经济和社会发展规划，合理安排志愿服务所需资
· 1 ·

\f金，促进志愿服务事业与经济社会协调发展。

第二章

志愿者和志愿服务组织

第五条 志愿者可以将其身份信息、服务技能、服务
时间、联系方式等个人基本信息，通过全国志愿服务
信息系统自行注册，也可以通过志愿服务组织进行注
册。
志愿者提供的个人基本信息应当真实、准确、完整。
第六条

志愿服务组织应当履行下列职责：

（一）制定志愿服务活动计划，组织开展志愿服务活
动；
（二）如实记录志愿者个人基本信息、志愿服务情
况、培训情况、表彰奖励情况、评价情况等信息；
（三）为志愿者提供必要的物质保障和安全、卫生条
件；
（四）根据需要为志愿者办理相应的人身意外伤害保
险；
（五）法律、法规规定的其他职责。
第七条

志愿服务组织安排志愿者参与可能发生人身
· 2 ·

\f危险的志愿服务活动前，应当为志愿者购买相应的人
身意外伤害保险。

"""


def test_article_label_alone_is_the_start_of_its_paragraph(texts, clean):
    doc, _ = clean(MEASURES_PLAIN)
    assert "第六条" not in texts(doc, Heading)
    assert any(t.startswith("第六条") and t.endswith("志愿服务组织应当履行下列职责：") for t in texts(doc, Paragraph))


def test_article_text_beside_its_label_fills_the_line_across_a_page_break(texts, clean):
    # 「第七条」 + 「志愿服务组织安排志愿者参与可能发生人身」 fill the 23-character line together; the
    # page's number comes between it and the rest of the sentence
    doc, _ = clean(MEASURES_PLAIN)
    assert texts(doc, Heading) == ["第一章 总则", "第二章 志愿者和志愿服务组织"]
    assert any(t.startswith("第七条") and "可能发生人身危险的志愿服务活动前" in t for t in texts(doc, Paragraph))
