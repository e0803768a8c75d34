"""Headings on lines of names and clauses (issue 10, branch heads16), read by pdftotext.

pdftotext (plain) reads the rows of a 名单 as table columns, a name a line, and gives a name its
cell wrapped as two lines; it cuts a field's line of names (「出席：赵明辉　刘建平…」) at every wide
space; it writes a chapter's label, an article's label and the chapter's title stacked, so an
article's label may come to stand with a piece of its text alone.  Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set
in one of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are written from the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def texts(doc, kind=None):
    return [block_text(b) for a in doc.articles for b in a.blocks if kind is None or isinstance(b, kind)]


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


def test_names_a_cell_wrapped_are_no_headings(clean):
    doc, _ = clean(NAME_CELLS)
    assert texts(doc, Heading) == ["关于表彰2026年度江城市文明单位和文明家庭的决定", "2026年度江城市文明单位和文明家庭名单",
                                   "一、江城市文明单位（20个）", "二、江城市文明家庭（12户）"]


def test_a_name_a_cell_wrapped_is_one_name_again(clean):
    doc, _ = clean(NAME_CELLS)
    paragraphs = texts(doc, Paragraph)
    for name in ("江城市博物馆", "江城市气象局", "江城市公共交通集团有限公司", "郑丽娟家庭（东湖区新城街道）",
                 "林晓燕家庭（南岭县龙口镇）", "黄志远家庭（西山区石门镇）"):
        assert name in paragraphs
    assert "物馆" not in paragraphs and "江城市" not in paragraphs


def test_a_heading_over_a_list_is_no_piece_of_its_first_name(clean):
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


def test_names_of_a_field_cut_apart_are_the_field_again(clean):
    doc, _ = clean(MINUTES_FIELDS)
    assert texts(doc, Heading) == []
    assert titles(doc)[1:] == []
    assert "出席：赵明辉　刘建平　陈国强　王丽华" in texts(doc, Paragraph)


def test_a_name_alone_after_a_field_of_bodies_is_not_taken_in(clean):
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


def test_an_article_with_its_text_is_no_heading(clean):
    doc, _ = clean(ARTICLES_STACKED)
    assert not any(text.startswith("第十一条") for text in texts(doc, Heading))
    assert any(text.startswith("第十一条") and "建立健全志愿服务激" in text for text in texts(doc, Paragraph))
