"""Spaces between Latin words and numbers across a join (issue 10, space21).

pypdf writes the space between two Latin words of one printed line as a line of its own when the
face changes around it (``urban`` / `` `` / ``reading``): the reader keeps that space
(``Line.gap_space``) and the pieces are joined with it.  A line wrap inside a number (Chinese text
wraps between any two characters: ``达到9`` / ``2%，``) is set solid, while a wrap between two
Latin words still takes one space.  Snippets are real dev inputs; expected texts are the gold.
"""

from __future__ import annotations

from booklet.cjk import join_two
from booklet.clean.lines import to_lines
from booklet.model import block_text
from booklet.readers.text import raw_lines


def blocks(doc):
    return [b for a in doc.articles for b in a.blocks]


# dev text standard_reading_room, design word_latin_kai (a standard set with a Latin face), read
# by pypdf: a term entry's English name and two references, the spaces lines of their own
STANDARD_PYPDF = (
    "城市书房建设与服务规范\n"
    "DB\n"
    " \n"
    "3209/T\n"
    " \n"
    "0187\n"
    "—\n"
    "2026\n"
    "1\n"
    "　范围\n"
    "本文件规定了城市书房的选址与建设、设施设备、文\n"
    "献资源、服务和管理的要求。\n"
    "2\n"
    "　规范性引用文件\n"
    "下列文件中的内容通过文中的规范性引用而构成本文\n"
    "件必不可少的条款。\n"
    "GB/T\n"
    " \n"
    "28220\n"
    "　公共图书馆服务规范\n"
    "GB\n"
    " \n"
    "50763\n"
    "　无障碍设计规范\n"
    "3\n"
    "　术语和定义\n"
    "下列术语和定义适用于本文件。\n"
    "3.1\n"
    "　城市书房　\n"
    "urban\n"
    " \n"
    "reading\n"
    " \n"
    "room\n"
    "依托公共图书馆总分馆体系设立，实行自助或者半自\n"
    "助服务，向公众免费开放的阅读空间。\n"
)


def test_white_line_between_pieces_is_kept_as_gap_space():
    lines = to_lines(raw_lines(STANDARD_PYPDF, False))
    by_text = {ln.text: ln for ln in lines}
    assert by_text["reading"].gap_space and by_text["room"].gap_space
    assert by_text["3209/T"].gap_space and by_text["50763"].gap_space
    # a piece cut off with no space written before it is no such piece
    assert not by_text["urban"].gap_space and not by_text["—"].gap_space


def test_pypdf_space_lines_between_latin_words_are_kept(clean):
    doc, _ = clean(STANDARD_PYPDF)
    text = "\n".join([a.title or "" for a in doc.articles] + [block_text(b) for b in blocks(doc)])
    assert "urban reading room" in text
    assert "DB 3209/T 0187—2026" in text
    assert "GB 50763" in text and "GB/T 28220" in text
    assert "urbanreading" not in text and "DB3209" not in text and "GB50763" not in text


def test_ideographic_space_between_a_term_and_its_latin_name_is_kept(clean):
    # the gold: 「3.1　城市书房　urban reading room」 — pypdf ends the piece 「　城市书房　」 on the
    # ideographic space that parts the Chinese term from its English name
    doc, _ = clean(STANDARD_PYPDF)
    texts = [block_text(b) for b in blocks(doc)] + [a.title or "" for a in doc.articles]
    assert any("城市书房\u3000urban reading room" in t for t in texts)
    assert not any("城市书房urban" in t for t in texts)


def test_trailing_ideographic_space_elsewhere_is_padding():
    # the same piece before a line of Chinese, or padded with two spaces before the Latin word:
    # the space(s) at the line's end are padding, dropped
    before_cjk = STANDARD_PYPDF.replace("　城市书房　\nurban\n \nreading\n \nroom\n", "　城市书房　\n")
    assert "城市书房" in [ln.text for ln in to_lines(raw_lines(before_cjk, False))]
    padded = STANDARD_PYPDF.replace("　城市书房　\n", "　城市书房　　\n")
    assert "城市书房" in [ln.text for ln in to_lines(raw_lines(padded, False))]
    kept = [ln.text for ln in to_lines(raw_lines(STANDARD_PYPDF, False))]
    assert "城市书房\u3000" in kept


# dev text deeds_village_doctor, design daily_span_ruled, read by pdftotext -raw: a percentage
# wrapped inside its number (the gold reads 「达到92%，」)
DEEDS_RAW = (
    "在他的努力下，所负责片区\n"
    "高血压患者规范管理率达到9\n"
    "2%，比全县平均水平高出近10个\n"
    "百分点。\n"
)


def test_number_wrapped_at_line_end_is_set_solid(clean):
    doc, _ = clean(DEEDS_RAW)
    assert [block_text(b) for b in blocks(doc)] == [
        "在他的努力下，所负责片区高血压患者规范管理率达到92%，比全县平均水平高出近10个百分点。"]


def test_join_two_numbers_and_words():
    assert join_two("管理率达到9", "2%，比全县") == "管理率达到92%，比全县"
    assert join_two("完成2", "1.3亿元") == "完成21.3亿元"
    # the extractor wrote a space between the pieces of one printed line: it stays
    assert join_two("DB 3209", "0187", spaced=True) == "DB 3209 0187"
    assert join_two("urban", "reading", spaced=True) == "urban reading"
    # a wrap between Latin words, or a word and a number, takes one space
    assert join_two("the Belt and", "Road Initiative") == "the Belt and Road Initiative"
    assert join_two("GB/T", "28220") == "GB/T 28220"
    assert join_two("城市书房", "urban", spaced=True) == "城市书房urban"


# dev text gold_real_000_cailiao1, design kai_16_hei_heads, read by pdfminer: two justified lines
# set wide enough that pdfminer reads a space between every two glyphs, the digits of a number
# too (the gold reads 「先后实施“863计划”、“攀登计划”、“973计划”」)
CAILIAO_PDFMINER = (
    "究成果。改革开放后，我国迎来“科\n"
    "\n"
    "学 的 春 天 ” ， 先 后 实 施 “ 8 6 3 计\n"
    "\n"
    "划 ” 、 “ 攀 登 计 划 ” 、 “ 9 7 3 计\n"
    "\n"
    "划”，基础研究整体研究实力和学术\n"
)


def test_number_spread_with_its_line_is_closed():
    from booklet.clean.spaced import close_spread_lines
    from booklet.report import Report
    lines = to_lines(raw_lines(CAILIAO_PDFMINER, False))
    closed = [ln.text for ln in close_spread_lines(lines, Report().log("close_spread_lines"))]
    assert "学的春天”，先后实施“863计" in closed[1].replace(" ", "")
    assert "8 6" not in closed[1] and "863" in closed[1]
    assert "973" in closed[2]


def test_latin_words_in_a_spread_line_keep_their_space():
    from booklet.clean.spaced import _closed
    # a word of several letters is no lone letter: its space is the typesetter's
    assert "GB 50763" in _closed("依 据 GB 50763 设 计 规 范 执 行")
    assert "urban reading room" in _closed("城 市 书 房 urban reading room 依 托")


def test_spread_number_touching_an_ideograph_is_closed():
    from booklet.clean.spaced import _closed
    # dev text gold_real_001_news, design pocket_17_hei, read by pdfminer (gold 「关于2023年度国家科学技术奖励的决」)
    assert _closed("于2 0 2 3 年度国 家 科 学 技 术 奖 励 的 决").startswith("于2023")
    # dev text news_page_county, design daily_span_ruled, read by pdftotext (gold 「分别为6时30分和20时30」)
    assert _closed("时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0").replace(" ", "") == "时间分别为6时30分和20时30"



# dev text news_page_county, design daily_span_ruled, read by pdftotext (plain): a justified column
# line spread glyph by glyph, times in it
COUNTY_PDFTOTEXT = (
    "10月28日起，县城新开通3\n"
    "条公交线路，覆盖城东新区、高\n"
    "铁站和工业园区等区域。新线路\n"
    "全部采用新能源公交车，首末班\n"
    "时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0\n"
    "分，票价统一为1元。\n"
)


def test_spread_times_come_out_solid(clean):
    doc, _ = clean(COUNTY_PDFTOTEXT)
    assert [block_text(b) for b in blocks(doc)] == [
        "10月28日起，县城新开通3条公交线路，覆盖城东新区、高铁站和工业园区等区域。新线路全部采用新能源公交车，"
        "首末班时间分别为6时30分和20时30分，票价统一为1元。"]


# dev text news_page_city_briefs, design daily_span_ruled, read by pdfminer: a line spread at a few
# places only (no ``SPREAD_OUT_RE`` line), a number among them; the gold reads 「事项186项」
BRIEFS_PDFMINER = (
    "据了解，江城区已梳理高频\n"
    "\n"
    "事项1 8 6项， 全 部制作“明白\n"
    "卡”，群众一次办结率由82%提\n"
    "高到97%。\n"
)


def test_number_spread_by_pdfminer_in_prose_is_solid(clean):
    doc, _ = clean(BRIEFS_PDFMINER)
    assert [block_text(b) for b in blocks(doc)] == [
        "据了解，江城区已梳理高频事项186项，全部制作“明白卡”，群众一次办结率由82%提高到97%。"]


def test_numbers_a_space_parts_stay_apart():
    from booklet.clean.normalise import normalise_text
    from booklet.report import Report
    log = Report().log("normalise")
    # dev text news_page_science, design news_three_tight, read by pdfminer (gold 「首批60名」)
    assert normalise_text("日前，全市首批6 0名“科技副总”走上企业岗位。", 1, log) == "日前，全市首批60名“科技副总”走上企业岗位。"
    # whole numbers a space parts are no spread number (a telephone number's groups, two years)
    assert normalise_text("联系电话：0516 8888 1234", 1, log) == "联系电话：0516 8888 1234"
    assert normalise_text("GB 50763　无障碍设计规范", 1, log) == "GB 50763　无障碍设计规范"
