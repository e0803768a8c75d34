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
