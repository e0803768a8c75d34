"""Column pages are read column by column; the gutter comes from where the rows leave a gap.

Pages are set here with reportlab as newspapers and 理论周刊 set them: justified column lines
whose ，。、 hang past the column's edge (clreq), a title and a two-part running head over the
columns, two or three columns whose baselines need not line up.  Text from seed 000 (材料 1).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from booklet.readers.pdf import pdf_lines
from booklet.report import Report

TEXT = ("今天，中央政治局进行第三次集体学习，内容是加强基础研究。安排这次集体学习，目的是分析我国基础研究"
        "现状和挑战，了解国外加强基础研究的主要做法，探讨加快推进我国基础研究发展的措施。加强基础研究，"
        "是实现高水平科技自立自强的迫切要求，是建设世界科技强国的必由之路。党和国家历来重视基础研究工作。"
        "新中国成立后，党中央发出“向科学进军”号召，广大科技工作者自力更生、艰苦奋斗，取得“两弹一星”"
        "关键科学问题、人工合成牛胰岛素、多复变函数论突破、哥德巴赫猜想证明等重大基础研究成果。改革开放"
        "后，我国迎来“科学的春天”，基础研究整体研究实力和学术水平显著增强。党的十八大以来，党中央把提升"
        "原始创新能力摆在更加突出的位置，成功组织一批重大基础研究任务、建成一批重大科技基础设施，基础前"
        "沿方向重大原创成果持续涌现。")
HANG = "，。、"
# Marks no line may start with (clreq 行首禁则): a tight news page hangs every one of them.
HANG_ALL = "，。、；：？！”）》"
SIZE = 11.0


def column_lines(text: str, per_line: int, hang: str = HANG) -> list[str]:
    """Lines of ``per_line`` characters; a mark of ``hang`` that would start a line hangs at the
    end of the line before (so such a line holds one character more and sticks out past the edge)."""
    lines: list[str] = []
    i = 0
    while i < len(text):
        line = text[i:i + per_line]
        i += per_line
        if i < len(text) and text[i] in hang:
            line += text[i]
            i += 1
        lines.append(line)
    return lines


def set_columns(path: Path, columns: int, per_line: int, gutter_em: float, *, title: str = "",
                head: tuple[str, str] = ("", ""), offsets: tuple[float, ...] = (), text: str = TEXT,
                hang: str = HANG, per_column: int = 0, left: float = 50.0) -> list[list[str]]:
    """A page of ``columns`` columns of ``text`` (one paragraph), ``per_column`` lines to a column
    (default: as even as can be); returns each column's lines."""
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    top = 780.0
    width = per_line * SIZE
    c.setFont("FxBody", 9)
    if head[0]:
        c.drawString(left, 810, head[0])
        c.drawRightString(left + columns * width + (columns - 1) * gutter_em * SIZE, 810, head[1])
    if title:
        c.setFont("FxBold", 20)
        c.drawCentredString(left + (columns * width + (columns - 1) * gutter_em * SIZE) / 2, top - 10, title)
        top -= 40
    lines = column_lines(text, per_line, hang)
    per_column = per_column or -(-len(lines) // columns)
    out = []
    for k in range(columns):
        mine = lines[k * per_column:(k + 1) * per_column]
        out.append(mine)
        x = left + k * (width + gutter_em * SIZE)
        y = top - (offsets[k] if k < len(offsets) else 0.0)
        for line in mine:
            t = c.beginText()
            t.setTextOrigin(x, y)
            t.setFont("FxBody", SIZE)
            t.textOut(line)
            c.drawText(t)
            y -= SIZE * 1.5
    c.setFont("FxBody", 9)
    c.drawCentredString(297, 40, "3")
    c.save()
    return out


def _texts(path: Path) -> list[str]:
    return [ln.text for ln in pdf_lines(path, Report()) if ln.role is None]


@pytest.fixture()
def page(pdfgen, tmp_path):
    pdfgen.register_fonts()
    return tmp_path / "columns.pdf"


def test_two_columns_with_hanging_punctuation_are_read_column_by_column(page):
    cols = set_columns(page, 2, 18, 2.0)
    assert sum(len(line) == 19 for line in cols[0]) >= 2, "lines hang in the left column"
    assert _texts(page) == cols[0] + cols[1]


def test_a_narrow_gutter_with_hanging_punctuation_still_divides(page):
    cols = set_columns(page, 2, 18, 1.2)
    assert _texts(page) == cols[0] + cols[1]


def test_three_columns(page):
    cols = set_columns(page, 3, 12, 1.5)
    assert sum(len(line) == 13 for line in cols[0] + cols[1]) >= 2, "lines hang before the gutters"
    assert _texts(page) == cols[0] + cols[1] + cols[2]


# A county secretary's speech (after dev text speech_county_meeting), set 12 characters a line: some
# lines hang ；：？！” and ，past the edge.
REPORT = "".join([
    "过去的一年，面对复杂多变", "的外部环境和艰巨繁重的改", "革发展任务，全县上下咬定", "目标不放松、攻坚克难向前；",
    "经济社会发展取得来之不易", "的成绩。产业发展势头持续", "向好，工业经济运行总体稳", "中有进，农业生产再获丰收；",
    "粮食总产量保持稳定，服务", "业加快恢复，消费持续回暖！", "民生保障更加有力，新建改", "扩建中小学和幼儿园九所，",
    "县人民医院新院区正式投入", "使用，群众看病更加方便。", "这些成绩究竟是从哪里来的？", "从全县上下的共同奋斗中来，",
    "从广大干部群众“埋头苦干”", "中来。我们要倍加珍惜这些", "成绩，在新的一年里继续发", "扬敢为人先的精神，把各项",
    "工作抓实抓细抓出成效，以", "优异成绩回报全县人民的信", "任和期待。同志们，新的一", "年任务艰巨、使命光荣。让",
    "我们更加紧密地团结起来，", "为全面完成今年目标而努力", "奋斗！"])


def test_three_tight_columns_whose_lines_hang_any_closing_mark(page):
    """A news page's three 12-character columns one em apart, every mark no line may start with
    (；：？！” as well as ，。、) hung in the gutter, the columns' baselines shared: a row ending
    in ； is two column lines, not one line across the page."""
    cols = set_columns(page, 3, 12, 1.0, text=REPORT, hang=HANG_ALL)
    hung = [line[-1] for line in cols[0] + cols[1] if len(line) == 13]
    assert set(hung) - set(HANG), "marks other than ，。、 hang before the gutters"
    assert _texts(page) == cols[0] + cols[1] + cols[2]


@pytest.mark.parametrize("left", [50.0, 50.6])
def test_a_short_last_column_is_a_column_of_the_grid(page, left):
    """An article ending three lines into the third column of a news page: too short a column for a
    valley of its own, it starts where the grid of equal columns puts the next one, and is read
    after the second column rather than run into its lines — also when the columns' edges fall
    between the whole points the gutter is measured in."""
    cols = set_columns(page, 3, 12, 1.0, text=REPORT, hang=HANG_ALL, per_column=12, left=left)
    assert [len(col) for col in cols] == [12, 12, 3]
    assert _texts(page) == cols[0] + cols[1] + cols[2]


def test_columns_whose_baselines_do_not_line_up(page):
    cols = set_columns(page, 2, 18, 2.0, offsets=(0.0, SIZE * 0.75))
    assert _texts(page) == cols[0] + cols[1]


def test_title_and_two_part_head_over_the_columns_are_read_first_and_whole(page):
    cols = set_columns(page, 2, 18, 2.0, title="加强基础研究 实现高水平科技自立自强",
                       head=("理论周刊", "2026年5月12日  星期二"))
    lines = pdf_lines(page, Report())
    assert [ln.text for ln in lines[:2]] == ["理论周刊 2026年5月12日 星期二",
                                           "加强基础研究 实现高水平科技自立自强"]
    assert [ln.text for ln in lines[2:] if ln.role is None] == cols[0] + cols[1]


def test_a_one_column_page_is_not_cut(page):
    cols = set_columns(page, 1, 38, 2.0)
    assert _texts(page) == cols[0]



def test_a_short_last_column_is_a_column(page):
    """A one-page 通报 whose text ends six lines into the right column, beside a left column
    five times as long under a large two-line masthead: the right column holds under a fifth of
    the page's rows, yet it is a column — read after the left one — and not part of a band as
    quiet as the gutter beside it."""
    c = canvas.Canvas(str(page), pagesize=(595, 842), invariant=1)
    left, top, per_line, big = 50.0, 760.0, 18, 22.0
    right_x = left + per_line * SIZE + 2.0 * SIZE
    mast = ["江城市安全生产委", "员会办公室"]
    c.setFont("FxBold", big)
    for k, line in enumerate(mast):
        c.drawString(left, top - 4 - k * big * 1.5, line)
    lines = column_lines(TEXT + TEXT, per_line)
    body, short = lines[:-6], lines[-6:]
    y = top - 2 * big * 1.5 - SIZE
    c.setFont("FxBody", SIZE)
    for line in body:
        c.drawString(left, y, line)
        y -= SIZE * 1.5
    y = top
    for line in short:
        c.drawString(right_x, y, line)
        y -= SIZE * 1.5
    c.save()
    assert len(body) >= 5 * len(short)
    texts = [ln.text for ln in pdf_lines(page, Report()) if ln.role is None]
    assert texts[-len(short) - len(body):] == body + short


def test_a_headline_group_across_short_columns_does_not_hide_their_gutter(page):
    """A lead story's kicker, two-line headline, subtitle and byline set across two 10-character
    columns of 21 lines (a short page: the text ends low on it): five rows reach across the gutter,
    more than a fifth of the column lines on either side, yet they stand above the columns they
    head — the gutter is counted where its columns stand, and the columns are read one after the
    other under the head."""
    c = canvas.Canvas(str(page), pagesize=(595, 842), invariant=1)
    left, per_line, gutter = 50.0, 10, 1.5
    middle = left + (2 * per_line + gutter) * SIZE / 2
    head = [("FxBody", 12, "市委常委会召开会议专题研究科技创新工作强调"),
            ("FxBold", 24, "以更大力度推进科技创新"), ("FxBold", 24, "为高质量发展注入强劲动能"),
            ("FxBody", 12, "——全市科技创新工作会议侧记"), ("FxBody", SIZE, "本报记者 陈思远 刘佳")]
    y = 800.0
    for font, size, text in head:
        c.setFont(font, size)
        c.drawCentredString(middle, y, text)
        y -= size * 1.6
    lines = column_lines(TEXT, per_line)[:42]
    cols = [lines[:21], lines[21:]]
    for k, col in enumerate(cols):
        x, row = left + k * (per_line + gutter) * SIZE, y - SIZE
        for line in col:
            t = c.beginText()
            t.setTextOrigin(x, row)
            t.setFont("FxBody", SIZE)
            t.textOut(line)
            c.drawText(t)
            row -= SIZE * 1.5
    c.save()
    found = _texts(page)
    assert found[0] == "本报记者 陈思远 刘佳"
    assert "".join(found[1:]) == "".join(cols[0] + cols[1])


def test_a_caption_under_a_picture_across_two_columns_is_read_in_its_columns_flow(page):
    """A weekend page's run-round (dev city_briefs on ``zhoumo_picture_across``): a picture six
    lines tall across the second and third columns, its caption under it across both, the first
    column's text going on beside the caption's row and the other two columns' text stopping
    above the picture and going on under the caption.  The caption crosses the second gutter
    only: it is read where it stands in the second column, not glued to the first column's line
    beside it and not made a break that reads the columns' text above it out of turn."""
    c = canvas.Canvas(str(page), pagesize=(595, 842), invariant=1)
    left, per_line, gutter, pitch = 50.0, 10, 1.5, SIZE * 1.5
    item = ("近日，东湖街道青石社区“共享工具间”正式开放。居民凭借社区积分，可免费借用电钻、梯子、缝纫机等40余种"
            "工具。社区党委书记介绍，工具由辖区单位和居民捐赠，志愿者负责登记和维护，开放一周已借出工具120余件次。"
            "记者从铁路部门获悉，自12月1日起，江城高铁站新增6对始发列车，通达省会及周边主要城市。铁路部门提醒旅客"
            "提前通过官方渠道购票。")
    first = column_lines(TEXT, per_line)[:22]
    rest = column_lines(item + TEXT[:120], per_line)
    above, below = 6, 8
    cols = [first, rest[:above] + rest[2 * above:2 * above + below],
            rest[above:2 * above] + rest[2 * above + below:2 * above + 2 * below]]
    caption = "居民在“共享工具间”借用工具。 通讯员 邱明/摄"

    def draw(x: float, y: float, line: str, size: float = SIZE) -> None:
        t = c.beginText()
        t.setTextOrigin(x, y)
        t.setFont("FxBody", size)
        t.textOut(line)
        c.drawText(t)

    top = 780.0
    xs = [left + k * (per_line + gutter) * SIZE for k in range(3)]
    for i, line in enumerate(first):
        draw(xs[0], top - i * pitch, line)
    picture_top, picture_rows = top - above * pitch, 6
    cap_y = picture_top - picture_rows * pitch
    c.rect(xs[1], cap_y + pitch, 2 * per_line * SIZE + gutter * SIZE, (picture_rows - 1) * pitch)
    c.setFont("FxBody", 9)
    c.drawCentredString((xs[1] + xs[2] + per_line * SIZE) / 2, cap_y, caption)
    for k in (1, 2):
        for i, line in enumerate(cols[k][:above]):
            draw(xs[k], top - i * pitch, line)
        for i, line in enumerate(cols[k][above:]):
            draw(xs[k], cap_y - (i + 1) * pitch, line)
    c.save()
    assert abs(cap_y - (top - 12 * pitch)) < 1, "the caption shares a row with the first column's 13th line"
    assert len(cols[2]) == above + below
    found = [ln.text for ln in pdf_lines(page, Report())]
    assert found == first + cols[1][:above] + [caption] + cols[1][above:] + cols[2]


def _picture_page(page: Path, above_right: list[str], below_left: list[str], above_left: list[str]) -> str:
    """A two-column page with a picture across both columns halfway down, its caption under it
    across both: ``above_left`` and ``above_right`` over the picture, ``below_left`` under the
    caption (nothing under it in the second column); returns the caption."""
    c = canvas.Canvas(str(page), pagesize=(595, 842), invariant=1)
    left, per_line, gutter, pitch, top = 50.0, 16, 1.5, SIZE * 1.5, 780.0
    xs = [left, left + (per_line + gutter) * SIZE]
    caption = "剪纸艺人王桂芳（右）在社区工坊指导学员。 郑雨桐 摄"

    def draw(x: float, y: float, line: str) -> None:
        t = c.beginText()
        t.setTextOrigin(x, y)
        t.setFont("FxBody", SIZE)
        t.textOut(line)
        c.drawText(t)

    rows = max(len(above_left), len(above_right))
    for x, lines in zip(xs, (above_left, above_right)):
        for i, line in enumerate(lines):
            draw(x, top - i * pitch, line)
    cap_y = top - (rows + 7) * pitch
    c.rect(xs[0], cap_y + pitch, xs[1] + per_line * SIZE - xs[0], 5 * pitch)
    c.setFont("FxBody", 9)
    c.drawCentredString((xs[0] + xs[1] + per_line * SIZE) / 2, cap_y, caption)
    for i, line in enumerate(below_left):
        draw(xs[0], cap_y - (i + 1.5) * pitch, line)
    c.save()
    return caption


def test_a_story_runs_down_its_column_past_a_picture_across_both_columns(page):
    """A weekend page (dev culture_weekly on ``zhoumo_picture_across``): the first item fills the
    first column over a picture set across both columns and ends its sentence there; under the
    caption the first column goes on with the next item, which stops inside its sentence at the
    page's foot and goes on at the top of the second column (「…只在内部加装」 / 「了书架和照明。」),
    nothing under the picture there.  Read column by column past the picture, not the columns over
    it first."""
    cols = column_lines(TEXT, 16)
    above_left = cols[:5] + ["探讨推进基础研究的措施。"]
    above_right = ["了书架和照明。开放一个月来，书房接"] + cols[6:11]
    below_left = ["青砖墙、木屋架、高窗户，始建于上", "世纪五十年代的老粮仓，如今变成了", "一座城市书房。改造中只在内部加装"]
    caption = _picture_page(page, above_right, below_left, above_left)
    found = [ln.text for ln in pdf_lines(page, Report())]
    assert found == above_left + [caption] + below_left + above_right


def test_stories_over_and_under_a_picture_across_both_columns_are_read_in_turn(page):
    """The same page where the text over the picture runs from the first column into the second (the
    first column stops inside its sentence): the columns over the picture are read first, then the
    columns under it — the caption, which falls inside the sentence running on under it, set after
    it as any caption is."""
    cols = column_lines(TEXT, 16)
    above_left, above_right = cols[:6], cols[6:12]
    assert not above_left[-1].endswith("。")
    below_left = ["青砖墙、木屋架、高窗户，始建于上", "世纪五十年代的老粮仓，如今变成了", "一座城市书房。改造中只在内部加装"]
    caption = _picture_page(page, above_right, below_left, above_left)
    found = [ln.text for ln in pdf_lines(page, Report())]
    assert found == above_left + above_right + below_left + [caption]
