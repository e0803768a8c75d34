"""A story's headline group is read whole, in its own order — kicker, title, subtitle, byline — before
the columns begin under it, on the first rows of a dealt page (``flow._headline_group``,
``flow._ends_sentence``, ``flow._mixed_pages``).

A headline's element may end on a colon: a title in two parts, 「非遗工坊开进社区：」 over
「老手艺有了新传人」.  A colon leads on; it ends no sentence, so it does not end the group (a column's
prose above a byline shows in its full lines, ``flow._columns_begun``).  Taken as a stop, the group was
refused and its lines were dealt as the columns' tops: the title's second part opened the right-hand
column, under the short comment's own title.  The snippet is real: seed 166's draw of
``heading_sweep.py --kind news --columns 3`` (design nw54_03), the text news_page_culture_weekly read
by pdfplumber (its first rows).

Plain ``pdftotext`` writes a headline group and the columns' first rows as one block where their
baselines come close; the block's rows take turns between the columns (a mixed block), and the
stretch dealt into columns began at the block's first line: 「把园区建成现代农业的示范窗口」, its subtitle
「——江城县农业科技园区建设纪实」 and the byline 「本报记者 …」 were dealt as the tops of two columns, the
subtitle after the commentary's column.  The stretch now begins under the block's opening
(``flow._opening``), which is read as written.  The snippet is seed 166's nw54_05 page of
news_page_county read by plain pdftotext (the first page, whole).

A subtitle set across the columns is wider than a column, and the gutter cut splits its row at the
space pdfplumber sets between a figure and the ideographs (「——江北区今年完成 42」 / 「个老旧小区改造见闻」).
Its pieces are one line of the head (``flow._head_row_lines``): taken as two, the piece after the dash-led
one read as another story's head (``flow._two_heads``), the group was refused and the headline's lines
were dealt as the tops of the three columns.  The snippet is seed 166's nw54_03 page of
news_page_district_livelihood read by pdfplumber (its first rows).
"""

from __future__ import annotations


TWO_PART_TITLE = (
    '江城晚报 城事 2026年5月3日 A1\n'
    '非遗工坊开进社区：\n'
    '老手艺有了新传人\n'
    '本报记者 郑雨桐 文/图\n'
    '周六上午，城西街道文化站的 让老建筑说新故事\n'
    '活动室里坐满了人。剪纸艺人王桂\n'
    '□ 短评\n'
    '芳把一张红纸对折三次，剪刀在手\n'
    '城市更新不是简单的推倒重\n'
    '里转了几圈，一只昂首的公鸡就跃\n'
    '来。给老建筑找到新用途，既留住\n'
    '然纸上，围观的孩子们发出一阵惊\n'
    '了城市记忆，也为群众提供了新的\n'
    '叹。\n'
    '文化空间，这样的更新值得多一\n'
    '今年以来，市文化和旅游局在\n'
    '些。\n'
    '12 个社区设立非遗工坊，邀请剪\n'
    '资料：江城市现有市级以上非\n'
    '纸、竹编、面塑等项目的传承人定\n'
    '期授课，已累计开课 260 多场，参 物质文化遗产代表性项目 87 项，\n'
    '加学员 4000 余人次。 其中国家级 4 项、省级 21 项。\n'
    '“以前总担心手艺没人学，现\n'
    '在每次课都有人排队报名。”王桂\n'
    '芳说，她最小的学生才 8 岁，已经\n'
    '能独立剪出简单的窗花。\n'
)

MIXED_BLOCK_HEAD = (
    '江城日报\n'
    '\n'
    '省委主要负责同志致信祝贺江城县农业科技园区获批国家级园\n'
    '区并在全县乡村振兴工作推进会上作出批示\n'
    '\n'
    '把园区建成现代农业的示范窗口\n'
    '——江城县农业科技园区建设纪实\n'
    '本报记者 何静怡 通讯员 吴志强\n'
    '深秋时节，走进江城县农业\n'
    '间地头\n'
    '科技园区，智能温室里番茄挂满\n'
    '□ 本报评论员\n'
    '枝头，水肥一体化设备按照预设\n'
    '程序精准滴灌。园区管委会负责\n'
    '农业现代化，关键是农业科\n'
    '人告诉记者，园区已引进农业科 技现代化。园区的实践表明，只\n'
    '技企业43家，建成各类科研平台 要把科技力量引到田间地头，把\n'
    '17个，去年实现总产值58亿元。 农民培养成懂技术、会经营的新\n'
    '“过去种地靠经验，现在靠 农人，传统农业就能焕发新的生\n'
    '数据。”种植大户老陈指着手机 机。\n'
    '上的监测画面说，土壤湿度、光\n'
    '推动农业科技进步，既要\n'
    '照、温度一目了然，哪块地该浇 “顶天”，在关键核心技术上攻\n'
    '水、该施肥，系统都会提醒。\n'
    '关突破；也要“立地”，让先进\n'
    '适用技术真正进村入户。各级各\n'
    '部门要在完善科技服务体系上多\n'
    '下功夫，让更多农民共享科技进\n'
    '步的成果。\n'
    '来源：《江城县报》（2026年11\n'
    '园区智能温室内，技术人员正在查 月2日第1版）\n'
    '看番茄长势。 本报记者 何静怡/摄\n'
    '\n'
    '园区建设过程中，县里与省\n'
    '农科院、农业大学共建3个专家\n'
    '工作站，每年组织技术培训60余\n'
    '场次，带动周边农户1.2万户增\n'
    '收。下一步，园区将重点发展种\n'
    '业研发、智慧农业和农产品精深\n'
    '加工，力争三年内总产值突破百\n'
    '亿元。\n'
    '\n'
    '县城新增3条公交线\n'
    '路\n'
    '本报讯（记者 马晓东）\n'
    '10月28日起，县城新开通3\n'
    '条公交线路，覆盖城东新区、高\n'
    '铁站和工业园区等区域。新线路\n'
    '全部采用新能源公交车，首末班\n'
    '时间分别为 6时 30分和 20时30\n'
    '分，票价统一为1元。\n'
    '\n'
    '让科技之花开在田\n'
    '\n'
    '2026年5月3日\n'
    '\n'
    '星期日\n'
    '\n'
    '第1版\n'
    '\n'
    '\x0c'
)

SUBTITLE_CUT_AT_A_FIGURE = (
    '江城晚报 城事 2026年5月3日 A1\n'
    '聚焦民生实事 打通服务群众“最后一公里”\n'
    '老旧小区换新颜 居民住得更舒心\n'
    '——江北区今年完成 42 个老旧小区改造见闻\n'
    '本报记者 孙晓岚 通讯员 陈立新\n'
    '清晨七点，江北区纺机新村的 政配套设施的改造提升，完善类主 桂园社区“邻里食堂”里，老人们在\n'
    '小广场上已经热闹起来。刚刚铺好 要包括加装电梯、建设停车设施 用餐。 通讯员 许文/摄\n'
    '的塑胶步道上，几位老人沿着彩色 等，提升类主要包括养老、托育、 街道有关负责人表示，下一步\n'
    '的线路慢慢走着；新装的健身器材 助餐等公共服务设施建设。 将结合群众需求，在食堂增设健康\n'
    '旁，孩子们追逐嬉戏。“以前这里 讲座、理发等便民服务，把“小食\n'
    '港口物流再提速\n'
    '是乱停乱放的车棚，下雨天满地积 堂”办成居民家门口的“幸福驿\n'
    '水，谁也不愿意多待一分钟。”在 江城港集装箱吞吐量首破 站”。\n'
    '小区住了三十多年的退休职工周桂\n'
    '百万标箱\n'
    '江城马拉松 12 月 14 日鸣\n'
    '芳说，“现在天天下楼转一转，心\n'
    '情都不一样了。” 本报讯（记者 王一鸣 通讯员 蒋 枪开跑\n'
    '涛）\n'
    '纺机新村建于上世纪八十年\n'
    '本报讯（记者 赵航）\n'
    '代，共有住宅楼 18 幢、居民 860 11 月 28 日上午，随着一只满\n'
    '记者从市体育局获悉， 2026\n'
    '余户，管网老化、道路破损、停车 载机电产品的集装箱吊上“江远\n'
    '江城马拉松将于 12 月 14 日 7 时\n'
    '困难等问题长期困扰着居民。今年 16”号货轮，江城港今年集装箱吞\n'
    '30 分在市民广场鸣枪开跑。本届\n'
    '3 月，小区被列入区级改造计划。 吐量突破 100 万标准箱，较去年提\n'
    '赛事设全程马拉松、半程马拉松和\n'
    '改造之前，街道和社区先后召开居 前一个月实现这一目标，创历史新\n'
)


def test_a_title_part_ending_on_a_colon_stays_in_the_headline_group(flowed):
    out = flowed(TWO_PART_TITLE)
    title = out.index("非遗工坊开进社区：")
    assert out[title:title + 4] == ["非遗工坊开进社区：", "老手艺有了新传人", "本报记者 郑雨桐 文/图",
                                    "周六上午，城西街道文化站的"]


def test_the_headline_group_of_a_mixed_block_is_read_before_the_columns_dealt_under_it(flowed):
    out = flowed(MIXED_BLOCK_HEAD)
    title = out.index("把园区建成现代农业的示范窗口")
    assert out[title:title + 3] == ["把园区建成现代农业的示范窗口", "——江城县农业科技园区建设纪实",
                                    "本报记者 何静怡 通讯员 吴志强"]


def test_a_subtitle_row_cut_at_a_figure_is_one_line_of_the_headline_group(flowed):
    out = flowed(SUBTITLE_CUT_AT_A_FIGURE)
    title = out.index("聚焦民生实事 打通服务群众“最后一公里”")
    assert out[title:title + 5] == ["聚焦民生实事 打通服务群众“最后一公里”", "老旧小区换新颜 居民住得更舒心",
                                    "——江北区今年完成 42 个老旧小区改造见闻", "本报记者 孙晓岚 通讯员 陈立新",
                                    "清晨七点，江北区纺机新村的"]
