"""A column page plain ``pdftotext`` wrote as blocks, one of which mixes two columns (issue 10,
``flow._mixed_pages``): where the columns' baselines came close it built one block of both, its
lines taking turns and some rows holding a line of each, one space apart.  Only that stretch is
dealt into columns; the blocks the extractor wrote whole stay as they are.

The page is plain ``pdftotext``'s reading of the dev text ``news_page_county`` set in the design
``daily_span_ruled`` (its masthead lines left out): the lead story's left column runs beside the
commentary's lower column; the story's third column (园区建设过程中…) and the brief (县城新增…) are
blocks of their own.
"""

from __future__ import annotations

from booklet.model import block_text


PAGE = """省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会
上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业 农民培养成懂技术、会经营的新
科技园区，智能温室里番茄挂满 农人，传统农业就能焕发新的生
枝头，水肥一体化设备按照预设 机。
程序精准滴灌。园区管委会负责

推动农业科技进步，既要
人告诉记者，园区已引进农业科 “顶天”，在关键核心技术上攻
技企业43家，建成各类科研平台 关突破；也要“立地”，让先进
17个，去年实现总产值58亿元。 适用技术真正进村入户。各级各
“过去种地靠经验，现在靠 部门要在完善科技服务体系上多
数据。”种植大户老陈指着手机 下功夫，让更多农民共享科技进
上的监测画面说，土壤湿度、光 步的成果。
照、温度一目了然，哪块地该浇 来源：《江城县报》（2026年11
水、该施肥，系统都会提醒。

月2日第1版）
园区智能温室内，技术人员正在查
看番茄长势。 本报记者 何静怡/摄

园区建设过程中，县里与省
农科院、农业大学共建3个专家
工作站，每年组织技术培训60余
场次，带动周边农户1.2万户增
收。下一步，园区将重点发展种
业研发、智慧农业和农产品精深
加工，力争三年内总产值突破百
亿元。

县城新增3条公
交线路
本报讯（记者 马晓东）
10月28日起，县城新开通3
条公交线路，覆盖城东新区、高
铁站和工业园区等区域。新线路
全部采用新能源公交车，首末班
时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0
分，票价统一为1元。

让科技之花开在
田间地头
□ 本报评论员
农业现代化，关键是农业科
技现代化。园区的实践表明，只
要把科技力量引到田间地头，把
"""

# the story's left column, under its headline (the gold's paragraphs, as the column wraps them)
LEFT = ["把园区建成现代农业的示范窗口", "——江城县农业科技园区建设纪实", "本报记者 何静怡 通讯员 吴志强",
        "深秋时节，走进江城县农业", "科技园区，智能温室里番茄挂满", "枝头，水肥一体化设备按照预设",
        "程序精准滴灌。园区管委会负责", "人告诉记者，园区已引进农业科", "技企业43家，建成各类科研平台",
        "17个，去年实现总产值58亿元。", "“过去种地靠经验，现在靠", "数据。”种植大户老陈指着手机",
        "上的监测画面说，土壤湿度、光", "照、温度一目了然，哪块地该浇", "水、该施肥，系统都会提醒。"]
# the commentary's column below its top (its source line's rest included)
RIGHT = ["农民培养成懂技术、会经营的新", "农人，传统农业就能焕发新的生", "机。", "推动农业科技进步，既要",
         "“顶天”，在关键核心技术上攻", "关突破；也要“立地”，让先进", "适用技术真正进村入户。各级各",
         "部门要在完善科技服务体系上多", "下功夫，让更多农民共享科技进", "步的成果。",
         "来源：《江城县报》（2026年11", "月2日第1版）"]


def test_the_mixed_block_is_dealt_into_its_two_columns(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, LEFT)
    assert runs_through(out, RIGHT)


def test_the_blocks_written_whole_stay_as_written(flowed):
    out = flowed(PAGE)
    given = PAGE.splitlines()
    whole = given[given.index("园区建设过程中，县里与省"):]
    assert out[len(out) - len([t for t in whole if t]):] == [t for t in whole if t]
    assert out[:2] == given[:2]


def test_one_row_beside_a_photo_credit_deals_nothing(flowed):
    # (one row alone may be a caption's line beside its credit: the page stays as written)
    page = PAGE.splitlines()
    top = page.index("深秋时节，走进江城县农业 农民培养成懂技术、会经营的新")
    alone = page[:top] + ["深秋时节，走进江城县农业", "科技园区，智能温室里番茄挂满 农人，传统农业就能焕发新的生",
                          "枝头，水肥一体化设备按照预设"] + page[page.index("园区建设过程中，县里与省") - 1:]
    assert flowed("\n".join(alone) + "\n") == [t for t in alone if t]


def test_a_row_is_not_cut_inside_a_bracket_it_closes():
    # (news_page_county in news_three_tight, plain pdftotext: a headline's line beside the brief's
    # byline; the byline's bracket pairs inside its own line)
    from booklet.clean.flow import _bracket_cut
    text = "把园区建成 本报讯（记者 马晓东）"
    assert _bracket_cut(text, ["把园区建成 本报讯（记者", "马晓东）"]) == ["把园区建成", "本报讯（记者 马晓东）"]
    # (a row cut where no bracket spans the gutter stays as cut)
    row = ["照、温度一目了然，哪块地该浇", "来源：《江城县报》（2026年11"]
    assert _bracket_cut(" ".join(row), row) == row


def test_rows_of_names_are_no_mixed_rows():
    # (a 名单's rows fill the measure with names set apart by spaces: no prose, no columns)
    from booklet.clean.flow import _mixed_row
    assert not _mixed_row(["江城市税务局第一分局", "江城市公共交通集团有限公司"], 13.0)
    assert _mixed_row(["深秋时节，走进江城县农业", "农民培养成懂技术、会经营的新"], 14.0)


def test_every_reading_of_a_row_pairs_its_brackets_inside_a_column_s_line():
    # (news_page_county in news_three_tight, pdftotext -layout: the same row as plain pdftotext's,
    # a headline's line beside the brief's byline, in a column of 12 em; the rows every reader of
    # the gutters asks for are cut where no bracket spans the gutter; a row whose cut no bracket
    # spans stays as cut)
    from booklet.clean.flow import _gutter_cuts
    assert _gutter_cuts("把园区建成 本报讯（记者 马晓东）", 12.0) == ["把园区建成", "本报讯（记者 马晓东）"]
    assert _gutter_cuts("照、温度一目了然，哪块地该浇 来源：《江城县报》（2026年11", 14.0) == [
        "照、温度一目了然，哪块地该浇", "来源：《江城县报》（2026年11"]



# plain ``pdftotext``'s reading of the dev text ``news_page_science`` set in ``daily_span_ruled`` (cut
# after the second item's first paragraph): the lead story's left column and the second item's
# continuation (说。 …) beside it make one block; the continuation ends in the row holding
# 「超过20亿元。」, and the lead's column runs on alone below it, a line a row
SCIENCE_PAGE = """第1版 综合

江城日报 2026年11月20日

市委常委会召开会议专题研究科技创新工作强调

以更大力度推进科技创新 为高质量发展注入强劲
动能
本报记者 陈思远 刘佳
来源：《江城日报》（2026年3 说。
月18日01版）
这条不足两公里的街道上，
3月17日下午，市委常委会 聚集着12家新型研发机构、40余
召开会议，专题研究全市科技创 家孵化器和众创空间。街道还设
新工作，听取市科技局关于全市 立了概念验证中心和中试基地，
创新平台建设情况的汇报，研究 企业可以按需租用设备，按次付
费。去年，这里的企业共转化科
部署下一阶段重点任务。
会议指出，科技创新是牵引 技成果160余项，带动新增产值
高质量发展的核心动力。近年 超过20亿元。
来，全市上下深入实施创新驱动
发展战略，研发投入强度从2.1%
提高到2.8%，高新技术企业数量
突破3000家，一批关键核心技术
取得突破。同时也要看到，全市
创新策源能力还不够强，科技成
果就地转化率不够高，高层次人
才仍然短缺。
会议强调，要坚持“四个面
向”，聚焦产业链部署创新链，
围绕创新链布局产业链。要加快
建设实验室体系，支持企业牵头
组建创新联合体，让企业真正成
为技术创新决策、研发投入、科
研组织和成果转化的主体。要深
化科技体制改革，赋予科研人员
更大的人财物支配权和技术路线
决定权。
会议还研究了其他事项。

江城高新区：

一条街上的“创
新生态”
——走进科创大道看成果转化
本报记者 赵一鸣
早上八点，科创大道两侧的
孵化楼陆续亮起灯光。在一家从
事传感器研发的初创企业里，研
发主管正在调试一台新样机。
“从实验室到生产线，过去要两
三年，现在一年就能走完。”他
"""

SCIENCE_LEFT = ["会议指出，科技创新是牵引", "高质量发展的核心动力。近年", "来，全市上下深入实施创新驱动",
                "发展战略，研发投入强度从2.1%", "提高到2.8%，高新技术企业数量", "突破3000家，一批关键核心技术",
                "取得突破。同时也要看到，全市", "创新策源能力还不够强，科技成", "果就地转化率不够高，高层次人",
                "才仍然短缺。", "会议强调，要坚持“四个面", "向”，聚焦产业链部署创新链，"]
SCIENCE_RIGHT = ["说。", "这条不足两公里的街道上，", "聚集着12家新型研发机构、40余", "家孵化器和众创空间。街道还设",
                 "立了概念验证中心和中试基地，", "企业可以按需租用设备，按次付", "费。去年，这里的企业共转化科",
                 "技成果160余项，带动新增产值", "超过20亿元。"]


def test_below_the_last_split_row_the_first_column_runs_on_alone(flowed, runs_through):
    # (a chance pair two rows down — 「技术|创新」 — does not deal the column's tail by turns)
    out = flowed(SCIENCE_PAGE)
    assert runs_through(out, SCIENCE_LEFT)
    assert runs_through(out, SCIENCE_RIGHT)


def test_the_column_that_ended_goes_on_from_the_line_it_continues(clean):
    doc, _ = clean(SCIENCE_PAGE)
    found = "".join(a.title + "".join(block_text(b) for b in a.blocks) for a in doc.articles)
    assert "近年来，全市上下深入实施创新驱动发展战略，研发投入强度从2.1%提高到2.8%" in found
    assert "一批关键核心技术取得突破。" in found
    assert "现在一年就能走完。”他说。这条不足两公里的街道上" in found


# plain ``pdftotext``'s reading of the dev text ``news_page_county`` set in ``neikan_three_picture``
# (its masthead lines and the brief's lines above left out): the story's column and the
# commentary's column beside it come as blocks taking turns; only two rows hold a line of each
# (the columns' baselines met there), the block above the first of them already takes turns, and
# below the second the columns go on taking turns a block or two lines at a time
PICTURE_PAGE = """把园区建成现代
农业的示范窗口
——江城县农业科技园区建设纪
实
本报记者 何静怡 通讯员 吴志强

让科技之花开在
田间地头
□ 本报评论员

深秋时节，走进江城县农业科
农业现代化，关键是农业科技
技园区，智能温室里番茄挂满枝头， 现代化。园区的实践表明，只要把
水肥一体化设备按照预设程序精准

科技力量引到田间地头，把农民培
滴灌。园区管委会负责人告诉记者， 养成懂技术、会经营的新农人，传
园区已引进农业科技企业43家，建
统农业就能焕发新的生机。
成各类科研平台17个，去年实现总

推动农业科技进步，既要“顶

产值58亿元。
“过去种地靠经验，现在靠数

天”，在关键核心技术上攻关突破；
也要“立地”，让先进适用技术真

据。”种植大户老陈指着手机上的

正进村入户。各级各部门要在完善

监测画面说，土壤湿度、光照、温
度一目了然，哪块地该浇水、该施

科技服务体系上多下功夫，让更多
农民共享科技进步的成果。

肥，系统都会提醒。

来源：《江城县报》（2026年11月
2日第1版）
"""

PICTURE_STORY = ["深秋时节，走进江城县农业科", "技园区，智能温室里番茄挂满枝头，", "水肥一体化设备按照预设程序精准",
                 "滴灌。园区管委会负责人告诉记者，", "园区已引进农业科技企业43家，建", "成各类科研平台17个，去年实现总",
                 "产值58亿元。", "“过去种地靠经验，现在靠数", "据。”种植大户老陈指着手机上的",
                 "监测画面说，土壤湿度、光照、温", "度一目了然，哪块地该浇水、该施", "肥，系统都会提醒。"]
PICTURE_COMMENT = ["农业现代化，关键是农业科技", "现代化。园区的实践表明，只要把", "科技力量引到田间地头，把农民培",
                   "养成懂技术、会经营的新农人，传", "统农业就能焕发新的生机。", "推动农业科技进步，既要“顶",
                   "天”，在关键核心技术上攻关突破；", "也要“立地”，让先进适用技术真", "正进村入户。各级各部门要在完善",
                   "科技服务体系上多下功夫，让更多", "农民共享科技进步的成果。"]


def test_the_block_above_the_first_mixed_row_is_dealt_when_its_rows_take_turns(flowed, runs_through):
    # (「…农业科|技园区」 two rows down: the block's first two lines are the two columns' first lines)
    out = flowed(PICTURE_PAGE)
    assert runs_through(out, PICTURE_STORY[:6])
    assert runs_through(out, PICTURE_COMMENT[:5])


def test_blocks_below_the_mixed_rows_go_on_taking_turns_while_a_column_is_unfinished(flowed, runs_through):
    # (「去年实现总|产值」, 「既要“顶|天”」, 「现在靠数|据」: each column's next block two blocks on; a
    # block opening a paragraph goes to the column that ended one; both columns ended, the source
    # line below stays as written)
    out = flowed(PICTURE_PAGE)
    assert runs_through(out, PICTURE_STORY)
    assert runs_through(out, PICTURE_COMMENT)
    assert out[-2:] == ["来源：《江城县报》（2026年11月", "2日第1版）"]


# plain ``pdftotext``'s reading of the dev text ``news_page_county`` set in ``news_three_tight`` (its
# masthead line left out): below the mixed block the story's column stops inside a word
# (「…农产品精深」, its 「加工，」 read at the page's top) and the commentary's column ends on its
# source line; the commentary's headline (让科技之花 / 开在田间地 / 头) goes on from neither, but its
# lines, set large, hold a few characters each: no paragraph opens there, the block stays as written
TIGHT_PAGE = """省委主要负责同志致信祝
贺江城县农业科技园区获
批国家级园区并在全县乡
村振兴工作推进会上作出
批示

第1版

加工，力争三年内总产值突
破百亿元。

县城新增3
条公交线路

把园区建成 本报讯（记者 马晓东）
10月28日起，县城新开
现代农业的 通3条公交线路，覆盖城东
新区、高铁站和工业园区等
示范窗口 区域。新线路全部采用新能
源公交车，首末班时间分别

——江城县农业科技园区 为6时30分和20时30分，票
建设纪实
价统一为1元。
本报记者 何静怡 通讯员
吴志强
深秋时节，走进江城县
农业科技园区，智能温室里
番茄挂满枝头，水肥一体化
设备按照预设程序精准滴灌。
园区管委会负责人告诉记者，
园区已引进农业科技企业43
□ 本报评论员
家，建成各类科研平台17个，
农业现代化，关键是农
去年实现总产值58亿元。
业科技现代化。园区的实践
“过去种地靠经验，现 表明，只要把科技力量引到
在靠数据。”种植大户老陈 田间地头，把农民培养成懂
指着手机上的监测画面说， 技术、会经营的新农人，传
土壤湿度、光照、温度一目 统农业就能焕发新的生机。
了然，哪块地该浇水、该施
推动农业科技进步，既
肥，系统都会提醒。
要“顶天”，在关键核心技
园区智能温室内，技术人员正 术 上攻 关突 破； 也要 “立
在查看番茄长势。 本报记者
地”，让先进适用技术真正
何静怡/摄
进村入户。各级各部门要在
园区建设过程中，县里 完善科技服务体系上多下功
与省农科院、农业大学共建 夫，让更多农民共享科技进
3个专家工作站，每年组织 步的成果。
技术培训60余场次，带动周 来源：《江城县报》（2026
边农户1.2万户增收。下一 年11月2日第1版）
步，园区将重点发展种业研
发、智慧农业和农产品精深

让科技之花
开在田间地
头

2026年9月8日

"""


def test_a_headline_below_the_mixed_rows_opens_no_paragraph_in_the_column_that_ended(flowed):
    out = flowed(TIGHT_PAGE)
    assert out[-4:] == ["让科技之花", "开在田间地", "头", "2026年9月8日"]
