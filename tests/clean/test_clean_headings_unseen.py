"""What is a heading, on documents no rule was written from (issue 10, families 4, 5 and 8).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


# dev text sayings_rule_of_law, design word_report, pdftotext -raw: a 语录 collection whose three
# 小标题 are set parallel (four characters each) — the first sits right under the title
SAYINGS = """法治政府建设学习语录
依法行政
法定职责必须为，法无授权不可为。
——在全市法治政府建设工作会议上的讲话（ 2025 年 4 月 8 日）
执法不能“一刀切”，既要有力度，也要有温度。
——在全市法治政府建设工作会议上的讲话（ 2025 年 4 月 8 日）
规范执法
执法全过程记录，是对群众负责，也是对执法人员的保护。
——摘自《江城市行政执法人员培训读本》
监督问责
权力运行到哪里，监督就要跟进到哪里。
——在全市法治政府建设工作会议上的讲话（ 2025 年 4 月 8 日）
"""


def test_first_of_parallel_headings_under_the_title_is_a_heading_not_the_title_rest(texts, clean):
    doc, _ = clean(SAYINGS)
    assert doc.articles[0].title == "法治政府建设学习语录"
    assert texts(doc, Heading) == ["依法行政", "规范执法", "监督问责"]



# dev text essay_study_experience, design larger_headings, pypdf: a 学习心得 whose third 小标题 is a
# call ending in ！, alone between paragraphs and heading the passage under it
ESSAY = """在学思践悟中筑牢为民初心
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
“恒”字为要：久久为功才能见到实效
学习不是一阵子的事，而是一辈子的事。
"""


def test_exclaimed_line_among_headings_heading_a_passage_is_a_heading(texts, clean):
    doc, _ = clean(ESSAY)
    assert texts(doc, Heading) == ["“学”字当头：读原著才能悟原理", "“实”字托底：把论述落到每一户困难家庭",
                                   "把群众的小事当作自己的大事！", "“恒”字为要：久久为功才能见到实效"]


def test_exclaimed_line_closing_the_last_passage_stays_a_paragraph(texts, clean):
    # a call after the last paragraph heads nothing: it closes the text, as a slogan does
    doc, _ = clean(ESSAY.replace("学习不是一阵子的事，而是一辈子的事。\n", "让我们一起把小事办好！\n"))
    assert "让我们一起把小事办好！" in texts(doc, Paragraph)


# dev text decision_commendation_list, design word_report, pdftotext -raw: the 名单 under a 决定, rows of
# names set apart by spaces; one name is long enough to take a row to itself
NAME_ROWS = """2026 年度江城市文明单位和文明家庭名单
一、江城市文明单位（ 20 个）
江城市第一中学 江城市人民医院 江城市图书馆
江城市税务局第一分局 江城市公共交通集团有限公司
东湖区东湖街道东湖社区 东湖区城市管理局
西山区人民法院 西山区青石镇人民政府
南岭县南岭镇中心小学 南岭县供电公司
北塘县人民检察院 北塘县农村信用合作联社
江城经济技术开发区管委会政务服务中心
江城市自来水有限公司 江城市档案馆 江城市博物馆
江城市第二人民医院 江城市实验幼儿园 江城市气象局
二、江城市文明家庭（ 12 户）
王建国家庭（东湖区东湖街道） 李秀英家庭（东湖区长青街道）
张德明家庭（西山区青石镇） 刘玉兰家庭（西山区西山街道）
陈志强家庭（南岭县南岭镇） 赵春梅家庭（南岭县白沙乡）
孙国平家庭（北塘县北塘镇） 周桂芳家庭（北塘县马桥镇）
吴新华家庭（江城经济技术开发区） 郑丽娟家庭（东湖区新城街
"""


def test_a_long_name_alone_on_a_row_of_a_name_list_is_a_row_not_a_heading(texts, clean):
    doc, _ = clean(NAME_ROWS)
    assert "二、江城市文明家庭（12户）" in texts(doc, Heading)
    assert "江城经济技术开发区管委会政务服务中心" in texts(doc, Paragraph)


# the same list, design gongwen_kai_heads, pdftotext: the rows read as table columns, a name a line
NAME_COLUMNS = """2026年度江城市文明单位和文明家庭名单
一、江城市文明单位（20个）
江城市第一中学

江城市人民医院

江城市税务局第一分局

江城市图书馆

江城市公共交通集团有限公司

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
江城市第二人民医院

江城市档案馆

江城市博物馆

江城市实验幼儿园

江城市气象局

二、江城市文明家庭（12户）
"""


def test_names_of_a_list_read_a_name_a_line_are_list_lines_not_headings(texts, clean):
    doc, _ = clean(NAME_COLUMNS)
    assert texts(doc, Heading) == ["一、江城市文明单位（20个）", "二、江城市文明家庭（12户）"]
    assert "江城市第一中学" in texts(doc, Paragraph) and "江城市气象局" in texts(doc, Paragraph)


# the same list, design word_report, saved as plain text (a blank line after each line, a trailing
# space where a block ends): the last row of the page cut inside its last name's bracket, its rest
# after the page's foot and the next page's head (the head as page 1 opens with it)
CUT_ROW = "".join(line + "\n\n" for line in (
    " ××市科学技术局办公室 ",
    "工作简报 2026 年第 5 期 ",
    "二、江城市文明家庭（12 户） ",
    "孙国平家庭（北塘县北塘镇）\u3000周桂芳家庭（北塘县马桥镇） ",
    "吴新华家庭（江城经济技术开发区）\u3000郑丽娟家庭（东湖区新城街",
    "第 1 页 共 2 页 ",
    " ××市科学技术局办公室 ",
    "工作简报 2026 年第 5 期 ",
    "道） ",
    "黄志远家庭（西山区石门镇）\u3000林晓燕家庭（南岭县龙口镇） ",
    "第 2 页 共 2 页 "))


def test_a_row_cut_inside_a_bracket_is_one_row_with_its_rest(texts, clean):
    doc, _ = clean(CUT_ROW)
    assert "吴新华家庭（江城经济技术开发区）　郑丽娟家庭（东湖区新城街道）" in texts(doc, Paragraph)
    assert "道）" not in texts(doc)


# dev text standard_reading_room (a local standard, GB/T 1.1), design gongwen, pdftotext -raw, whole: the
# designation under the title, the normative references and a term entry are no headings; the
# clauses (1 范围, 4.1 选址) are
STANDARD = """城市书房建设与服务规范
DB 3209/T 0187—2026
1 范围
本文件规定了城市书房的选址与建设、设施设备、文献资
源、服务和管理的要求。
本文件适用于本市行政区域内由政府设立或者社会力量参与
建设的城市书房。
2 规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文件必不
可少的条款。其中，注日期的引用文件，仅该日期对应的版本适
用于本文件；不注日期的引用文件，其最新版本（包括所有的修
改单）适用于本文件。
GB/T 28220 公共图书馆服务规范
GB 50763 无障碍设计规范
3 术语和定义
下列术语和定义适用于本文件。
3.1 城市书房 urban reading room
依托公共图书馆总分馆体系设立，实行自助或者半自助服
务，向公众免费开放的阅读空间。
4 选址与建设
4.1 选址
— 1 —
4.1.1 城市书房宜设在人口集中、交通便利的区域，步行
15分钟范围内服务人口不宜少于1万人。
4.1.2 城市书房宜设在建筑首层；设在其他楼层的，应有
电梯或者无障碍通道直达。
4.2 建筑面积
4.2.1 城市书房建筑面积不宜小于150平方米，阅览座位不
宜少于40个。
4.2.2 儿童阅读区宜单独设置，面积不宜小于总面积的2
0%。
注：利用既有建筑改建的城市书房，建筑面积可适当减少，
但不应小于100平方米。
5 服务要求
5.1 开放时间
5.1.1 城市书房每周开放时间不应少于84小时，节假日应
正常开放。
5.1.2 实行24小时开放的城市书房，夜间应有安全巡查和
应急呼叫措施。
5.2 借阅服务
5.2.1 城市书房应提供通借通还服务，读者凭有效证件即
可在全市任一公共图书馆归还所借文献。
5.2.2 城市书房的文献年更新率不应低于10%，报刊种数不
宜少于50种。
— 2 —
5.3 读者活动
5.3.1 城市书房每年举办读书分享、讲座、展览等读者活
动不宜少于12场次。
5.3.2 读者活动的信息应提前不少于3天通过公告栏、网站
或者移动终端向社会发布。
— 3 —
"""


def test_a_standards_designation_references_and_term_entries_are_not_headings(texts, clean):
    doc, _ = clean(STANDARD)
    assert doc.articles[0].title == "城市书房建设与服务规范"
    assert texts(doc, Heading) == ["1 范围", "2 规范性引用文件", "3 术语和定义", "4 选址与建设", "4.1 选址",
                                   "4.2 建筑面积", "5 服务要求", "5.1 开放时间", "5.2 借阅服务", "5.3 读者活动"]
    paragraphs = texts(doc, Paragraph)
    assert any(t.startswith("GB/T 28220") for t in paragraphs)
    assert any(t.startswith("3.1 城市书房") for t in paragraphs)
