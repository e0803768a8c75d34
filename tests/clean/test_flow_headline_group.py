"""A story's headline group at the top of a column page is read first, whole, whatever stands above
it (``flow._headline_group``, ``flow._opening``).

A headline's lines, its subtitle's and the byline naming its reporters are set over the columns and
read before them.  Dealt with the columns' rows, plain ``pdftotext``'s lines of a headline over two
columns were taken as lines of columns taking turns, one column each: 「聚焦民生实事…」 opened the
first column, 「老旧小区换新颜」 the second, 「居民住得更舒」 the third — and with the page's section
line 「周末·城乡」 kept above (before the page-head grammar took it off), each went one column
further: the reading order hung on the page's first line.  The snippet is real: the dev text
news_page_district_livelihood set in the dev design ``zhoumo_picture_across``, read back by plain
``pdftotext`` (the first page, shortened).

pdfplumber writes a headline set wide over the columns as rows like the columns' own, cut at the
word space between its parts (「聚焦民生实事 打通服务群众“最后一公里”」): such a row's left piece is short
of a column's line (a row of two columns' lines has a full left line unless a paragraph ends there,
with a stop), so the group goes on through it; read whole, the headline is not dealt into two
columns.  That snippet is the same text in the dev design ``wanbao_banner_items`` read by pdfplumber
(the page head dropped, shortened).

The group is refused where the rows above a byline are already the columns' (``flow._columns_begun``):
on a two-column speech pdfplumber interleaves the title, subtitle and the office byline 「市直机关工委书记
林志远」 of the left column with the right column's body lines, which run to the column's edge and hold
commas and stops — a headline's lines do neither.  Taken as a headline group, those body lines were read
whole before the columns, and the left column's opening 「同志们：」 came after the right column's
paragraph.  That snippet is the dev text speech_quoting_sayings in the dev design ``two_columns_open``
read by pdfplumber (its first rows).

Two stories' heads side by side are no one headline group (``flow._two_heads``): on a three-column
science page pdfplumber interleaves the left story's title (「市委常委会召开会议专题研究科技」 / 「创新工作
强调」 / 「以更大力度推进」 / 「科技创新 为高」…) row by row with the right story's (「一条街上的“创」 /
「新生态”」, its subtitle 「——走进科创大道看成果转化」 and byline 「本报记者 赵一鸣」).  A dash-led
subtitle is a head's last element before its byline; the row after it goes on from nothing in it, so
it is another story's head.  Taken as one group, both heads were read whole down to the right story's
byline, the left title cut in two.  That snippet is the dev text news_page_science in the dev design
``open_leaded_three`` read by pdfplumber (the page head dropped, its first rows).
"""

from __future__ import annotations

from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

PAGE = (
    '\n'
    '聚焦民生实事 打通服务群众“最\n'
    '后一公里”\n'
    '\n'
    '老旧小区换新颜\n'
    '居民住得更舒\n'
    '心\n'
    '——江北区今年完成42个老旧小区\n'
    '改造见闻\n'
    '本报记者 孙晓岚 通讯员 陈立新\n'
    '\n'
    '第1版\n'
    '\n'
    '由党员、楼栋长和居民代表组成的自\n'
    '治小组，每月召开一次“楼道议事\n'
    '会”，及时解决公共设施维护、环境\n'
    '卫生等日常问题。截至目前，江北区\n'
    '已改造完成的小区中，有36个实现了\n'
    '专业化物业管理或居民自治管理全覆\n'
    '盖。\n'
    '相关链接：老旧小区改造一\n'
    '般分为基础类、完善类和提升类\n'
    '三类。基础类主要包括水电气路\n'
    '等市政配套设施的改造提升，完\n'
    '善类主要包括加装电梯、建设停\n'
    '车设施等，提升类主要包括养老、\n'
    '托育、助餐等公共服务设施建设。\n'
    '\n'
    '2026年12月5日\n'
    '\n'
    '他告诉记者，以前自己做饭常常凑合，\n'
    '现在每天来这里吃午饭，顺便和老伙\n'
    '计们聊聊天，日子过得更有滋味了。\n'
    '据了解，城南街道今年利用社区\n'
    '闲置用房建起4家社区食堂，由专业\n'
    '餐饮企业运营，社区提供场地和水电，\n'
    '政府按就餐人次给予补贴。对行动不\n'
    '便的老人，志愿者每天提供送餐上门\n'
    '服务。目前，4家食堂日均接待就餐\n'
    '群众900余人次，其中老年人约占六\n'
    '成。\n'
    '\n'
    '清晨七点，江北区纺机新村的小\n'
    '广场上已经热闹起来。刚刚铺好的塑\n'
    '胶步道上，几位老人沿着彩色的线路\n'
    '港口物流再提速\n'
    '慢慢走着；新装的健身器材旁，孩子\n'
    '们追逐嬉戏。“以前这里是乱停乱放\n'
    '江城港集装箱吞吐量首\n'
    '桂园社区“邻里食堂”里，老人们在用\n'
    '餐。 通讯员 许文/摄\n'
    '的车棚，下雨天满地积水，谁也不愿\n'
    '破百万标箱\n'
    '意多待一分钟。”在小区住了三十多\n'
    '街道有关负责人表示，下一步将\n'
    '本报讯（记者\n'
    '王一鸣\n'
    '通讯员\n'
    '蒋\n'
    '年的退休职工周桂芳说，“现在天天\n'
    '结合群众需求，在食堂增设健康讲座、\n'
    '涛）\n'
    '下楼转一转，心情都不一样了。”\n'
    '理发等便民服务，把“小食堂”办成\n'
    '纺机新村建于上世纪八十年代，\n'
    '11月28日上午，随着一只满载机\n'
    '居民家门口的“幸福驿站”。\n'
    '共有住宅楼18幢、居民860余户，管\n'
    '电产品的集装箱吊上“江远16”号货\n'
    '网老化、道路破损、停车困难等问题\n'
    '轮，江城港今年集装箱吞吐量突破\n'
    '江城马拉松12月14日鸣\n'
    '长期困扰着居民。今年3月，小区被\n'
    '100万标准箱，较去年提前一个月实\n'
    '枪开跑\n'
    '列入区级改造计划。改造之前，街道\n'
    '现这一目标，创历史新高。\n'
    '本报讯（记者 赵航）\n'
    '和社区先后召开居民议事会11场，逐\n'
    '今年以来，江城港新开通至沿海\n'
    '户发放意见征询表，把群众提出的\n'
    '主要港口的内贸航线5条，“水铁联\n'
    '记者从市体育局获悉，2026江城\n'
    '127条意见建议梳理成“问题清单”， 运”班列由每周3列增加到每周7列。\n'
    '马拉松将于12月14日7时30分在市民\n'
    '再据此确定改造内容。\n'
    '港口集团还上线了智慧调度系统，船\n'
    '广场鸣枪开跑。本届赛事设全程马拉\n'
    '“改什么、怎么改，由居民说了\n'
    '舶平均在港时间缩短近四分之一，为\n'
    '松、半程马拉松和健康跑三个项目，\n'
    '算。”江北区住房和城乡建设局相关\n'
    '周边企业节约物流成本约1.2亿元。\n'
    '共有来自国内外的2.5万名跑者参赛。\n'
    '负责人介绍，今年全区42个改造项目\n'
)


HEADLINE = ["聚焦民生实事 打通服务群众“最", "后一公里”", "老旧小区换新颜", "居民住得更舒", "心",
            "——江北区今年完成42个老旧小区", "改造见闻", "本报记者 孙晓岚 通讯员 陈立新"]


def _flowed(text: str) -> list[str]:
    lines = mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def test_the_headline_group_is_read_first_and_whole():
    assert _flowed(PAGE)[:len(HEADLINE)] == HEADLINE


def test_a_line_above_the_headline_leaves_the_reading_order_as_it_is():
    kept = _flowed("周末·城乡\n\n" + PAGE)
    assert kept[0] == "周末·城乡"
    assert kept[1:] == _flowed(PAGE)


PLUMBER_PAGE = (
    '聚焦民生实事 打通服务群众“最后一公里”\n'
    '老旧小区换新颜 居民住得更舒心\n'
    '——江北区今年完成42个老旧小区改造见闻\n'
    '本报记者 孙晓岚 通讯员 陈立新\n'
    '清晨七点，江北区纺机新 满载机电产品的集装箱吊上\n'
    '村的小广场上已经热闹起来。 “江远16”号货轮，江城港今\n'
    '刚刚铺好的塑胶步道上，几位 年集装箱吞吐量突破100万标\n'
    '老人沿着彩色的线路慢慢走 准箱，较去年提前一个月实现\n'
    '着；新装的健身器材旁，孩子 这一目标，创历史新高。\n'
    '纺机新村居民在改造后的小广场\n'
    '们追逐嬉戏。“以前这里是乱 今年以来，江城港新开通\n'
    '上休闲健身。 本报记者 孙晓岚\n'
    '停乱放的车棚，下雨天满地积 至沿海主要港口的内贸航线5\n'
    '/摄\n'
    '水 ， 谁 也 不 愿 意 多 待 一 分 条，“水铁联运”班列由每周\n'
    '改造不仅让小区“面子”\n'
    '钟。”在小区住了三十多年的 3列增加到每周7列。港口集团\n'
    '变新，更让管理“里子”变\n'
    '退休职工周桂芳说，“现在天 还上线了智慧调度系统，船舶\n'
    '实。纺机新村在改造完成后引\n'
    '天下楼转一转，心情都不一样 平均在港时间缩短近四分之\n'
    '入了物业服务，成立了由党\n'
    '了。” 一，为周边企业节约物流成本\n'
    '员、楼栋长和居民代表组成的\n'
    '纺机新村建于上世纪八十 约1.2亿元。\n'
    '自治小组，每月召开一次“楼\n'
    '年代，共有住宅楼18幢、居民\n'
    '道议事会”，及时解决公共设\n'
    '860余户，管网老化、道路破\n'
)


def test_a_headline_row_cut_at_its_word_space_stays_in_the_group():
    assert _flowed(PLUMBER_PAGE)[:4] == ["聚焦民生实事 打通服务群众“最后一公里”", "老旧小区换新颜 居民住得更舒心",
                                        "——江北区今年完成42个老旧小区改造见闻", "本报记者 孙晓岚 通讯员 陈立新"]


SPEECH_PAGE = (
    '以优良作风凝聚干事创业合力\n'
    '和时限。到目前为止，机关发文数量同比减少\n'
    '以优良作风凝聚干事创业合力\n'
    '三成，会议数量减少四分之一，基层反映的重\n'
    '复填报问题基本得到解决。但也要清醒看到，\n'
    '——在市直机关作风建设专题党课上的讲稿\n'
    '一些问题还没有从根本上解决，有的单位改了\n'
    '市直机关工委书记 林志远\n'
    '又犯、边改边犯。对照这一要求，我们要把作\n'
    '同志们：\n'
    '风建设融入日常、抓在经常，对反映出来的苗\n'
    '作风问题，说到底是党性问题、宗旨问\n'
    '头性、倾向性问题早发现、早提醒、早纠正，\n'
    '题。今天，我结合学习有关论述，和大家一起\n'
    '防止小问题演变成大问题。\n'
    '谈谈如何以优良作风推动各项工作落地见效。\n'
    '三、以钉钉子精神抓落实\n'
    '一、作风建设关系人心向背\n'
    '作风好不好，最终要看工作落实得好不\n'
    '我们党历来重视作风建设。作风好，党群\n'
)


def test_body_lines_beside_an_author_byline_are_the_columns_not_a_headline_group():
    flowed = _flowed(SPEECH_PAGE)
    assert flowed[2:6] == ["——在市直机关作风建设专题党课上的讲稿", "市直机关工委书记 林志远", "同志们：",
                           "作风问题，说到底是党性问题、宗旨问"]
    body = flowed.index("和时限。到目前为止，机关发文数量同比减少")
    assert flowed[body + 1] == "三成，会议数量减少四分之一，基层反映的重"


SIDE_BY_SIDE_HEADS = (
    '市委常委会召开会议专题研究科技\n'
    '一条街上的“创\n'
    '创新工作强调\n'
    '新生态”\n'
    '以更大力度推进\n'
    '——走进科创大道看成果转化\n'
    '科技创新 为高\n'
    '本报记者 赵一鸣\n'
    '早上八点，科创大道两侧的孵化\n'
    '质量发展注入强\n'
    '楼陆续亮起灯光。在一家从事传感器\n'
    '研发的初创企业里，研发主管正在调\n'
    '劲动能 试一台新样机。“从实验室到生产线，\n'
    '过去要两三年，现在一年就能走\n'
    '本报记者 陈思远 刘佳\n'
)


def test_two_stories_heads_side_by_side_are_not_one_headline_group():
    flowed = _flowed(SIDE_BY_SIDE_HEADS)
    assert flowed[:5] == ["市委常委会召开会议专题研究科技", "创新工作强调", "以更大力度推进", "科技创新 为高", "质量发展注入强"]
    right = flowed.index("一条街上的“创")
    assert flowed[right:right + 4] == ["一条街上的“创", "新生态”", "——走进科创大道看成果转化", "本报记者 赵一鸣"]


# The dev text news_page_culture_weekly set in the dev design ``jianbao_wide_narrow``, read by pdfplumber
# (the page head dropped, its first rows): two stories' heads side by side, kicker and title over
# kicker and title, no dash in either, interleaved row by row; the right story's title runs past the
# left story's byline (「明年将实现非遗工坊街」 / 「本报记者 郑雨桐 文/图」 / 「道全覆盖」).
SIDE_BY_SIDE = (
    '非遗工坊开进社区： 市文化和旅游局负责人表\n'
    '示\n'
    '老手艺有了新传人\n'
    '明年将实现非遗工坊街\n'
    '本报记者 郑雨桐 文/图\n'
    '道全覆盖\n'
    '周六上午，城西街道文化站的活动室里坐满了人。剪\n'
    '本报讯（记者 郑雨桐）\n'
    '纸艺人王桂芳把一张红纸对折三次，剪刀在手里转了几\n'
    '记者从市文化和旅游局\n'
    '圈，一只昂首的公鸡就跃然纸上，围观的孩子们发出一阵\n'
    '获悉，明年全市将在所有街\n'
    '惊叹。\n'
    '道设立非遗工坊，并探索\n'
    '今年以来，市文化和旅游局在12个社区设立非遗工\n'
    '“工坊＋文创”模式，支持\n'
    '坊，邀请剪纸、竹编、面塑等项目的传承人定期授课，已\n'
    '传承人开发适合年轻人的文\n'
    '累计开课260多场，参加学员4000余人次。\n'
    '创产品。\n'
    '“以前总担心手艺没人学，现在每次课都有人排队报\n'
    '名。”王桂芳说，她最小的学生才8岁，已经能独立剪出简\n'
    '一座老粮仓的新生\n'
    '单的窗花。\n'
    '——江城市粮食局旧址改\n'
    '剪纸艺人王桂芳（右）在社区工坊指导学员。 郑雨桐 摄\n'
    '建为城市书房侧记\n'
    '通讯员 林家豪 本报记者\n'
    '周可欣\n'
)


def test_a_head_whose_line_runs_past_the_byline_is_not_one_headline_group():
    flowed = _flowed(SIDE_BY_SIDE)
    byline = flowed.index("本报记者 郑雨桐 文/图")
    assert flowed[byline - 1] == "老手艺有了新传人"   # (the left story's title over its own byline)
