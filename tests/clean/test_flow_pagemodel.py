"""A page read as a whole: where its columns start (``pagemodel``) decides where a line goes.

The page is the dev text ``news_page_science`` set in three tight columns and read back by
``pdftotext -layout`` (``tests/data/extractions``).  Expected values are what the printed page
shows (its ``.gold.md``): the first column runs to ``…研发投入、科``, the second goes on ``研组织
和成果转化的主体。`` at its top and ends with the third article's headline ``全市首批“科``, whose
rest ``技副总”上岗`` opens the third column.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.flow import column_flow
from booklet.clean.lines import to_lines
from booklet.clean.pagemodel import column_starts, places
from booklet.readers.text import raw_lines
from booklet.report import Report

PAGE = Path(__file__).resolve().parents[1] / "data" / "extractions" / "news_page_science__news_three_tight__pdftotext_layout.txt"


def page_lines():
    from booklet.clean.furniture import mark_page_starts
    return mark_page_starts(to_lines(raw_lines(PAGE.read_text(encoding="utf-8"))), Report().log("page_starts"))


def test_the_columns_start_where_lines_keep_beginning():
    # the second column's flush-left lines begin at cell 17, the third's at 34
    assert column_starts(page_lines(), 3) == (0, 17, 34)


def test_a_row_s_pieces_go_to_the_column_their_cell_shows():
    lines = page_lines()
    row = next(line for line in lines if line.text.startswith("推进科技创"))   # 推进科技创 ... 他们来自
    pieces = (row.but(text="推进科技创"), row.but(text="他们来自12所高校和科研院"))
    assert places(pieces, (0, 17, 34)) == (0, 2)   # the second column has no line in that row


def test_a_piece_after_one_space_is_left_to_continuity():
    lines = page_lines()
    row = next(line for line in lines if line.text.startswith("3月17日下午"))
    pieces = (row.but(text="3月17日下午，市委常"), row.but(text="创企业里，研发主管正在调"))
    assert places(pieces, (0, 17, 34)) == (0, None)


def test_one_column_text_has_no_column_starts():
    text = "".join(f"{'  ' if n % 4 == 0 else ''}第{n}行正文，内容照常排列，一行接一行。\n" for n in range(40))
    assert column_starts(to_lines(raw_lines(text)), 3) == ()


def test_the_page_is_read_column_after_column():
    out = [line.text for line in column_flow(page_lines(), Report().log("column_flow"))]
    at = {text: k for k, text in enumerate(out)}
    # the first column's end runs on into the second's top (科 / 研组织: 科研), and so on
    assert at["研组织和成果转化的主体。"] == at["术创新决策、研发投入、科"] + 1
    # (the page's head row, ``要闻 … 第1版 2026年9月8日``, stands in cells over the third column)
    assert at["全市首批“科"] < at["技副总”上岗"] <= at["全市首批“科"] + 2
    assert out[at["技副总”上岗"]:] == [
        "技副总”上岗", "本报讯（记者 孙晓梅）", "日前，全市首批60名", "“科技副总”走上企业岗位。",
        "他们来自12所高校和科研院", "所，将在企业兼职两年，帮", "助企业解决技术难题、培养", "研发团队。",
        "据了解，“科技副总”", "由企业提出需求、高校推荐", "人选、双向选择确定，市财", "政给予每人每年5万元工作", "补助。"]
    assert at["高层次人才仍然短缺。"] < at["研组织和成果转化的主体。"] < at["全市首批“科"]
    # a lone space before a line in cells is the glyph's cell, not a page mark: one reading
    assert at["本报记者 陈思远 刘佳"] < at["来源：《江城日报》（2026"] < at["3月17日下午，市委常"]


PLUMBER = PAGE.with_name("news_page_science__news_three_tight__pdfplumber.txt")


def test_rows_where_baselines_met_are_cut_on_a_page_whose_rows_take_turns():
    # pdfplumber: the columns mostly take turns row by row, but where two baselines met a row holds a
    # line of each (``推进科技创 他们来自12所高校和科研院``: the headline's and the third column's)
    from booklet.clean.furniture import mark_page_starts
    lines = mark_page_starts(to_lines(raw_lines(PLUMBER.read_text(encoding="utf-8"))), Report().log("page_starts"))
    out = [line.text for line in column_flow(lines, Report().log("column_flow"))]
    third = ["“科技副总”走上企业岗位。", "他们来自12所高校和科研院", "所，将在企业兼职两年，帮", "助企业解决技术难题、培养"]
    k = out.index(third[0])
    assert out[k:k + len(third)] == third



# dev text speech_county_meeting, design news_three_tight, read by pdftotext -layout: the rows under the
# headline; the third column (``1.着力扩大有效投资`` …) never has a row to itself, it shows only in pieces
# padded to its cell
SPEECH_ROWS = [
    '                      5.8%；城乡居民人均可支配          1.着力扩大有效投资',
    '凝心聚力抓                 收入分别增长4.9%和7.1%。        要坚持项目为王，实行',
    '                          （一）产业发展势头向 县级领导包联重点项目制度，',
    '                      好                     做到一个项目、一名领导、',
    '落实 奋力开                    新签约亿元以上项目47 一个专班、一抓到底。全年',
    '                      个，总投资达到312亿元， 力争新开工亿元以上项目50',
    '创县域经济                 其中10亿元以上项目9个。 个以上，完成固定资产投资',
    '                      新能源装备、绿色食品两个 增长8%以上。',
    '高质量发展                 主导产业产值分别突破百亿']


def test_a_column_that_shows_only_in_padded_pieces_still_has_its_start():
    lines = to_lines(raw_lines("\n".join(SPEECH_ROWS) + "\n"))
    starts = column_starts(lines, 3)
    assert len(starts) == 3
    row = next(line for line in lines if line.text.startswith("凝心聚力抓"))
    pieces = tuple(row.but(text=text) for text in ("凝心聚力抓", "收入分别增长4.9%和7.1%。", "要坚持项目为王，实行"))
    assert places(pieces, starts) == (0, 1, 2)


# dev text lecture_party_style, design news_three_tight, pdftotext -layout: the page's rows under its
# head, the lecture's title set large in the first column beside the second and third columns
LECTURE_ROWS = [
    '                    对照要求，我们机关作 提出：',
    '锤炼过硬作           风还存在一些不容忽视的问        作风建设要在“常”',
    '                题。一是有的同志担当意识 “长”二字上下功夫，既要',
    '                不强。遇到矛盾绕着走，碰 立足当前、解决突出问题，',
    '风 勇于担当          到难题往上推，满足于“不 又要着眼长远、完善制度机',
    '                出事”。二是有的同志调查 制。',
    '  作为            研究不深。习惯于坐在办公 ——市直机关工委《关于机',
    '——在市直机关工委专题 室听汇报、看材料，对基层           关作风建设情况的调研报',
    '                实际情况知之不多 ② 。三是        告》（2022年9月）',
    '  党课上的辅导报告',
    '                有的同志文风会风不实。文        同志们，作风建设关乎',
    '市直机关工委理论学习中心',
    '                件越发越长，会议越开越多，人心向背。让我们从自身做',
    '      组         落实却打了折扣。          起，从现在做起，以过硬作',
    '   同志们：             这些问题虽然发生在少 风推动各项工作再上新台阶！',
    '   今天，我围绕“锤炼过 数人身上，但影响很坏，必',
    '硬作风、勇于担当作为”这 须下大力气解决。',
    '个主题，同大家交流几点学        三、以实际行动推动作',
    '习体会。            风持续好转',
    '   一、深刻认识作风建设       《礼记·大学》有言：',
    '的重要意义               苟日新，日日新，又日',
    '   作风问题从来不是小事。新。',
]


def test_a_piece_padded_to_a_later_columns_cell_is_that_columns_line_however_narrow_the_row():
    from booklet.clean.pagemodel import cell_cuts
    lines = to_lines(raw_lines("\n".join(LECTURE_ROWS) + "\n"))
    starts = column_starts(lines, 3)
    assert starts == (0, 16, 36)
    # the byline's last character, then the second column's line, then the third's: three lines
    row = next(line for line in lines if line.text.startswith("组 "))
    assert cell_cuts(row, starts) == ["组", "落实却打了折扣。", "起，从现在做起，以过硬作"]
    out = [line.text for line in column_flow(lines, Report().log("column_flow"))]
    at = {text: k for k, text in enumerate(out)}
    assert at["同志们："] == at["组"] + 1
    assert at["落实却打了折扣。"] == at["件越发越长，会议越开越多，"] + 1
    assert at["起，从现在做起，以过硬作"] == at["人心向背。让我们从自身做"] + 1



# dev text speech_county_meeting, design weekly_two_of_three (a headline over the first two of three
# columns, the third starting at the top beside it), pdftotext -layout: the second column's blocks
# stand at cells 28–31 beside the headline, 17–19 below it, where nothing wider pushes them; the
# third column at 48
WEEKLY_ROWS = [
    '                                                境的行为，发现一起、查处一起、',
    '                                                通报一起。',
    '  凝心聚力抓落实 奋力开创                                    三、切实转变工作作风，进一',
    '                                                步提升落实质效',
    '',
    '县域经济高质量发展新局面                                      抓落实，关键在干部。全县各',
    '                                                级领导干部要树立正确政绩观，把',
    '      ——在全县经济工作暨优化营商环境推进大会上的讲话                  心思和精力用在干事创业上，做到',
    '              （2026年1月9日）   伐。                  重点工作亲自部署、重大问题亲自',
    '       县委书记 周明远               （三）民生保障更加有力       过问、关键环节亲自协调。',
    '                              全年民生支出占一般公共预算       同志们，新的一年，任务艰巨，',
    '   同志们：',
    '                            支出的比重达到81.4%。新建改扩   使命光荣。让我们更加紧密地团结',
    '   这次会议的主要任务是，深入',
    '                            建中小学和幼儿园12所，新增学位    在以习近平同志为核心的党中央周',
    '贯彻中央和省委、市委经济工作会',
    '                                                围，锐意进取、埋头苦干，为谱写',
    '议精神，总结2025年全县经济工作， 5400个；县人民医院新院区投入使',
    '                                                县域高质量发展新篇章而不懈奋斗！',
    '分析当前面临的形势，部署2026年 用，县域就诊率提高到92%。',
    '重点任务，动员全县上下进一步解        成绩来之不易，是全县广大干',
    '放思想、真抓实干，推动县域经济    部群众团结奋斗的结果。在这里，',
    '高质量发展迈上新台阶。刚才，李             我代表县委，向大家表示衷心的感',
    '县长作了很好的工作报告，我完全             谢！',
    '同意，请大家认真抓好落实。下面，   二、准确把握形势任务，进一',
    '我讲三点意见。          步明确工作重点',
    '  一、客观看待过去一年的成绩，   当前，发展环境中的有利条件',
    '进一步坚定发展信心        和不利因素并存。我们既要看到经',
    '   过去的一年，面对复杂多变的            济长期向好的基本面没有变，也要',
    '外部环境和艰巨繁重的改革发展任             清醒认识到，县域经济总量不大、',
    '务，全县上下咬定目标不放松，攻             结构不优、创新能力不强的问题仍',
    '坚克难勇向前，经济社会发展取得             然突出。',
    '了来之不易的成绩。全县地区生产                1.着力扩大有效投资',
    '总值达到386.5亿元，同比增长6.             要坚持项目为王，实行县级领',
    '2%；一般公共预算收入完成21.3亿          导包联重点项目制度，做到一个项',
    '元，增长5.8%；城乡居民人均可支           目、一名领导、一个专班、一抓到',
    '配收入分别增长4.9%和7.1%。           底。全年力争新开工亿元以上项目',
    '   （一）产业发展势头向好              50个以上，完成固定资产投资增长',
    '   新签约亿元以上项目47个，总           8%以上。',
    '投资达到312亿元，其中10亿元以              2.着力培育新兴产业',
    '上项目9个。新能源装备、绿色食                要围绕新能源装备产业链，引',
    '品两个主导产业产值分别突破百亿             进配套企业，补齐关键环节，推动',
]


def test_a_column_pushed_to_other_cells_stretch_by_stretch_is_one_column():
    lines = to_lines(raw_lines("\n".join(WEEKLY_ROWS) + "\n"))
    starts = column_starts(lines, 3)
    assert len(starts) == 3

    def placed(first: str, *texts: str) -> tuple:
        row = next(line for line in lines if line.text.startswith(first))
        return places(tuple(row.but(text=text) for text in (first, *texts)), starts)

    # beside the headline: the second column at cell 30, the third at 48
    assert placed("县委书记 周明远", "（三）民生保障更加有力", "过问、关键环节亲自协调。") == (0, 1, 2)
    # below it the second column stands at 19 and 28 by turns of its blocks: the second column still
    assert placed("放思想、真抓实干，推动县域经济", "部群众团结奋斗的结果。在这里，") == (0, 1)
    assert placed("2%；一般公共预算收入完成21.3亿", "导包联重点项目制度，做到一个项") == (0, 1)


def pipeline_lines(name: str):
    """An extraction's lines as they reach ``column_flow`` (the lines rules before it)."""
    from booklet.clean import furniture, runs, separators
    lines = to_lines(raw_lines(PAGE.with_name(name).read_text(encoding="utf-8")))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):
        lines = rule(lines, Report().log("test"))
    return lines


def test_a_head_set_across_the_columns_is_read_before_them():
    # dev text news_page_culture_weekly, design weekly_two_of_three, pdftotext -layout: the kicker,
    # the 2.6× headline and the byline stand centred over the first two columns (cells 20, 10, 20 —
    # the second column's cells), the columns' rows begin under them
    out = [line.text for line in column_flow(pipeline_lines(
        "news_page_culture_weekly__weekly_two_of_three__pdftotext_layout.txt"), Report().log("column_flow"))]
    assert out[:4] == ["非遗工坊开进社区：", "老手艺有了新传人", "本报记者 郑雨桐 文/图", "周六上午，城西街道文化站的"]
    # the first column ends with the third item's headline, set at its foot; the second column opens
    # with that item's subtitle
    assert out[out.index("的新生") + 1] == "——江城市粮食局旧址改建为城"


def test_a_column_s_top_line_above_the_first_column_s_is_no_head():
    # dev text news_page_county, design news_three_tight, pdftotext -layout: the page's first row is
    # the second column's top line (``加工，力争三年内总产值突``, cell 15, a column wide), above the first
    # column's first line: it goes on from the first column's last line (… 农产品精深 / 加工)
    out = [line.text for line in column_flow(pipeline_lines(
        "news_page_county__news_three_tight__pdftotext_layout.txt"), Report().log("column_flow"))]
    assert out[0] == "省委主要负责同志致信祝"
    assert out[out.index("加工，力争三年内总产值突") - 1].endswith("精深")


def test_a_line_pushed_left_by_a_large_headline_beside_it_stays_in_its_column():
    # the same page: the first column sets its headline 把园区建成 / 现代农业的 / 示范窗口 in large type;
    # beside it the second column's item (县城新增3条公交线路) stands pushed left to cells 6–8, inside the
    # first column's cells, but its lines run on past the second column's start (cell 15): the
    # second column's, read in their order (gold: 10月28日起，县城新开通3条公交线路，覆盖城东新区、…)
    out = [line.text for line in column_flow(pipeline_lines(
        "news_page_county__news_three_tight__pdftotext_layout.txt"), Report().log("column_flow"))]
    item = ["10月28日起，县城新开", "通3条公交线路，覆盖城东", "新区、高铁站和工业园区等", "区域。新线路全部采用新能",
            "源公交车，首末班时间分别", "为6时30分和20时30分，票", "价统一为1元。"]
    k = out.index(item[0])
    assert out[k:k + len(item)] == item


def test_a_head_line_cut_at_a_word_space_is_read_whole():
    # dev text news_page_science, design daily_span_ruled, pdftotext -layout: the headline's first
    # line 以更大力度推进科技创新 为高质量发展注入强劲 (cell 0, wider than a column) is cut at its word
    # space as if it were two columns' lines; the head goes on below it (动能, the byline), so it
    # is the head's line, read whole and before the columns (gold: one heading, then the byline)
    out = [line.text for line in column_flow(pipeline_lines(
        "news_page_science__daily_span_ruled__pdftotext_layout.txt"), Report().log("column_flow"))]
    k = out.index("以更大力度推进科技创新 为高质量发展注入强劲")
    assert out[k + 1:k + 3] == ["动能", "本报记者 陈思远 刘佳"]
    assert out.index("市委常委会召开会议专题研究科技创新工作强调") < k
    # the row below the head, 来源：《江城日报》（2026年3 说。, is the columns' first: still cut
    assert out[k + 3] == "来源：《江城日报》（2026年3"


def test_a_centred_head_line_cut_at_a_column_s_cell_is_read_whole():
    # dev text news_page_city_briefs, design neikan_narrow_ruled, pdftotext -layout: the headline
    # 抓早抓实民生实事 确保群众温暖过冬 is centred over three columns; its second part happens to begin
    # at the second column's cell, but the byline stands below it, not the columns' rows
    out = [line.text for line in column_flow(pipeline_lines(
        "news_page_city_briefs__neikan_narrow_ruled__pdftotext_layout.txt"), Report().log("column_flow"))]
    k = out.index("抓早抓实民生实事 确保群众温暖过冬")
    assert out[k + 1:k + 3] == ["本报记者 郑小川", "11月25日，市政府召"]


def test_a_later_column_s_lines_are_not_indented_by_the_page_s_cells():
    # dev text news_page_county, design news_three_tight, pdftotext -layout: the second column's top
    # line 加工，力争三年内总产值突 (cell 15, its column's start) goes on a sentence of the first column
    # (gold: …农产品精深加工，力争三年内总产值突破百亿元。), and the bus item's lines pushed left to
    # cells 6 (新区、高铁站和工业园区等, 源公交车，首末班时间分别) run on inside its paragraph: no line
    # of them begins one, though each has the page's cells before it
    out = {line.text: line for line in column_flow(pipeline_lines(
        "news_page_county__news_three_tight__pdftotext_layout.txt"), Report().log("column_flow"))}
    for text in ("加工，力争三年内总产值突", "新区、高铁站和工业园区等", "源公交车，首末班时间分别"):
        assert not out[text].indent, text


def test_a_later_column_s_paragraph_start_stands_two_cells_in_from_its_next_line():
    # dev text interview_rural_revitalization, design weekly_two_of_three, pdftotext -layout: in the
    # second column, 比如在南岭镇，蓝莓合作社统 (padded to cell 26) stands two cells in from the next
    # line 一供苗、统一技术、统一收购，农 (cell 24): a paragraph's first line (gold: 比如在南岭镇 opens a
    # paragraph, 一供苗 goes on in it)
    out = {line.text: line for line in column_flow(pipeline_lines(
        "interview_rural_revitalization__weekly_two_of_three__pdftotext_layout.txt"), Report().log("column_flow"))}
    assert out["比如在南岭镇，蓝莓合作社统"].indent
    assert not out["一供苗、统一技术、统一收购，农"].indent
    assert out["答：主要靠合作社和龙头企业"].indent
    assert not out["带动。"].indent
