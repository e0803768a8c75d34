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
