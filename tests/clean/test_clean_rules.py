"""Each cleaning rule alone, on real snippets from the seeds."""

from __future__ import annotations

import pytest

from booklet.cjk import join_lines, join_two, width
from booklet.clean import RULE_NAMES, clean_lines, resolve_rules
from booklet.clean.normalise import normalise_text
from booklet.errors import InputError
from booklet.model import (
    Attribution,
    Bold,
    Caption,
    FootnoteRef,
    Heading,
    Note,
    Paragraph,
    Text,
    block_text,
)
from booklet.rawlines import Box, RawLine, Role
from booklet.report import Report
from booklet.shapes import is_page_number, parse_source

# ------------------------------------------------------------------ joining ---

def test_join_cjk_lines_without_space():
    assert join_lines(["加强基础研究，是实现高水平科技自立自强的迫切要求，", "是建设世界科技强国的必由之路。"]) \
        == "加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界科技强国的必由之路。"


def test_join_latin_words_and_numbers_with_one_space():
    assert join_two("the Belt and", "Road Initiative") == "the Belt and Road Initiative"
    assert join_two("version", "2") == "version 2"


def test_join_repairs_hyphenated_latin_word():
    assert join_two("inter-", "national cooperation") == "international cooperation"


def test_join_keeps_reference_punctuation_tight():
    assert join_two("山东大学学报(哲学社会科学版),2024,(1):", "108-124.") \
        == "山东大学学报(哲学社会科学版),2024,(1):108-124."


def test_width_counts_ascii_as_half():
    assert width("2023 年") == 3.5


# ------------------------------------------------------------ blank lines ---

SEED000_BLANK_EVERY_LINE = (
    " 材料 1 \n\n习近平：加强基础研究 实现高水平科技自立自\n\n强 \n \n\n"
    "今天，中央政治局进行第三次集体学习，内容是加强基础研究。安排\n\n"
    "这次集体学习，目的是分析我国基础研究现状和挑战，了解国外加强\n\n"
    "基础研究的主要做法，探讨加快推进我国基础研究发展的措施。 \n\n"
    "加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界\n\n"
    "科技强国的必由之路。党和国家历来重视基础研究工作。新中国成立\n\n"
    "后，党中央发出“向科学进军”号召。 \n")


def test_blank_line_after_every_line_is_noise(texts, clean):
    doc, _ = clean(SEED000_BLANK_EVERY_LINE)
    paras = texts(doc, Paragraph)
    assert len(paras) == 2
    assert paras[0].startswith("今天") and paras[0].endswith("措施。")


def test_blank_lines_separate_paragraphs_in_markdownish_text(texts, clean):
    text = ("# 标题\n\n丁薛祥出席座谈会。\n\n在听取大家发言后，习近平发表重要讲话。\n\n"
            "我们要抓住机遇、应对挑战，切实把基础研究工作摆上重要日程，持\n\n续抓下去，不断抓出新成效。\n")
    doc, _ = clean(text)
    assert texts(doc, Paragraph) == [
        "丁薛祥出席座谈会。", "在听取大家发言后，习近平发表重要讲话。",
        "我们要抓住机遇、应对挑战，切实把基础研究工作摆上重要日程，持续抓下去，不断抓出新成效。"]


# --------------------------------------------------------------- furniture ---

@pytest.mark.parametrize("text", ["26", " 26 ", "— 3 —", "- 3 -", "第3页", "第 3 页 共 20 页", "3/20"])
def test_page_number_shapes(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2035 年建成科技强国", "108-124.", "12-28.", "26.76%。随着"])
def test_text_is_not_a_page_number(text):
    assert not is_page_number(text)


def test_page_number_and_running_footer_removed_and_reported(texts, clean):
    text = ("需要汇聚最优秀人才、集聚最优势力量进行攻坚。 \n\n\n\n主题教育学习资料 \n\n 26 \n \n\n"
            "综合考虑当前和今后一个时期国际竞争格局和环境变化、我国经济社会发展\n")
    doc, report = clean(text)
    out = "".join(texts(doc))
    assert "主题教育学习资料" not in out and "26" not in out
    assert {(r.text, r.rule) for r in report.removals} == {
        ("主题教育学习资料", "strip_furniture"), ("26", "strip_furniture")}


def test_page_number_inside_a_paragraph_rejoins_it(texts, clean):
    text = ("确立 2035 年建成科技强国的奋斗目标，不断深化科技体制改革，充分激发科技\n\n"
            "人员积极性、主动性、创造性，有力推进科技自立自强，我国科\n\n\n\n3 \n \n\n"
            "技事业取得历史性成就、发生历史性变革。 \n")
    doc, _ = clean(text)
    assert texts(doc, Paragraph) == [
        "确立2035年建成科技强国的奋斗目标，不断深化科技体制改革，充分激发科技人员积极性、主动性、"
        "创造性，有力推进科技自立自强，我国科技事业取得历史性成就、发生历史性变革。"]


def test_leading_space_on_page_first_line_continues_paragraph(texts, clean):
    # seed 002 wrapped at 41 em; the page ends inside 「研究」, its full last line runs on
    text = ("要坚持“四个面向”，坚持目标导向和自由探索“两条腿走路”，把世界科技前沿同国家重大\n"
            "战略需求和经济社会发展目标结合起来，统筹遵循科学发展规律提出的前沿问题和重大应用研\n"
            " 究中抽象出的理论问题，凝练基础研究关键科学问题。\n"
            "第二，深化基础研究体制机制改革。世界已经进入大科学时代，基础研究组织化程度越来越高，\n"
            "制度保障和政策引导对基础研究产出的影响越来越大。\n")
    doc, _ = clean(text)
    paras = texts(doc, Paragraph)
    assert len(paras) == 2 and "重大应用研究中抽象" in paras[0]


def test_running_header_repeated_on_pages_removed(texts, clean):
    page = "学习资料汇编\n{n}\n基础研究处于从研究到应用、再到生产的科研链条起始端，地基打得牢，科技事业\n" \
           "大厦才能建得高。加强基础研究要突出前瞻性、战略性需求导向。\n"
    doc, report = clean("".join(page.format(n=n) for n in range(1, 5)))
    assert "学习资料汇编" not in "".join(texts(doc))
    assert sum(r.text == "学习资料汇编" for r in report.removals) == 4


@pytest.mark.parametrize("line", ["责任编辑：王洋", "【纠错】", "分享到：", "扫一扫在手机打开当前页", "【打印】 【关闭窗口】"])
def test_web_boilerplate_removed_but_source_kept(clean, line):
    text = f"来源：新华社\n\n新华社北京5月8日电 丁薛祥在调研时强调。\n\n{line}\n"
    doc, report = clean(text)
    assert [r.rule for r in report.removals] == ["web_boilerplate"]
    assert doc.articles[0].source_line == "来源：新华社"


# ---------------------------------------------------------------- headings ---

def test_spaced_out_heading_collapsed(texts, clean):
    text = ("破口。\n\n1.1 研\n \n\n究\n \n\n背\n \n\n景\n\n"
            "党的二十大报告提出,“教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑”。\n")
    doc, report = clean(text)
    assert texts(doc, Heading) == ["1.1 研究背景"]
    assert any(d.rule == "collapse_spaced_headings" for d in report.decisions)


def test_spaced_heading_on_one_line(texts, clean):
    doc, _ = clean("正文第一段内容在这里结束。\n\n研 究 背 景\n\n正文第二段，内容在这里继续并且结束。\n",
                   unwrap=False)
    assert texts(doc, Heading) == ["研究背景"]


def test_chapter_number_and_title_are_one_heading(clean):
    text = (" 第1章\n科技成果转化概述\n\n科技成果转化是党和国家高度重视的重要工作,习近平总书记多次作出\n\n"
            "重要指示,指出要加快推动科技成果转化应用,加快建设高水平技术交易市\n\n场。\n")
    doc, _ = clean(text)
    assert doc.articles[0].title == "第1章 科技成果转化概述"


def test_numbered_section_levels(clean):
    text = ("第一段正文，内容结束。\n\n1.2 科技成果转化总体现状\n\n创新投入带来的科技成果转化为社会经济发展提供了新的动力。\n\n"
            "1.2.1 科技创新成果数量持续增长\n\n发表科技论文数量整体上升。\n")
    doc, _ = clean(text, unwrap=False)
    levels = {block_text(b): b.level for b in doc.articles[0].blocks if isinstance(b, Heading)}
    assert levels == {"1.2 科技成果转化总体现状": 2, "1.2.1 科技创新成果数量持续增长": 3}


def test_star_heading_and_short_line_heading(texts, clean):
    text = ("# 专刊\n\n开头一段，讲清楚背景。\n\n") + ("正文，" * 20 + "结束。\n\n")
    doc, _ = clean(text + "★改善基础研究人员的工作和生活条件\n\n" + "正文，" * 20 + "结束。\n", markdown=True,
                   unwrap=False)
    # Markdown headings present: shape headings are not guessed (seed 002 keeps ★ lines as paragraphs)
    assert "★改善基础研究人员的工作和生活条件" in texts(doc, Paragraph)
    doc, _ = clean("引言，讲清楚背景。\n\n★改善基础研究人员的工作和生活条件\n\n" + "正文，" * 20 + "结束。\n",
                   unwrap=False)
    assert "★改善基础研究人员的工作和生活条件" in texts(doc, Heading)


def test_bold_leadin_sentence(clean):
    doc, _ = clean("第一，强化基础研究前瞻性、战略性、系统性布局。基础研究处于从研究到应用、再到生产的科研链条起始端。\n",
                   unwrap=False)
    para = doc.articles[0].blocks[0]
    assert para.inlines[0] == Bold("第一，强化基础研究前瞻性、战略性、系统性布局。")
    doc, _ = clean("第一，强化基础研究布局。基础研究处于起始端。\n", unwrap=False, bold_leadins=False)
    assert all(isinstance(i, Text) for i in doc.articles[0].blocks[0].inlines)


def test_markdown_markup_in_lines_is_understood(clean):
    doc, _ = clean("# 标题一\n\n## 小标题\n\n**第二，深化改革。**世界已经进入大科学时代。\n\n> 引文段落。\n\n---\n")
    art = doc.articles[0]
    assert art.title == "标题一"
    kinds = [type(b).__name__ for b in art.blocks]
    assert kinds == ["Heading", "Paragraph", "Quote", "Separator"]
    assert art.blocks[1].inlines[0] == Bold("第二，深化改革。")


# ---------------------------------------------------------------- metadata ---

@pytest.mark.parametrize("line,origin,date", [
    ("来源 | 求是网", "求是网", None),
    ("来源：《人民日报》（2024年06月25日02版）", "《人民日报》", "2024-06-25"),
    ("（来源：新华社，2026年4月30日）", "新华社", "2026-04-30"),
    ("(来源：中国教育报，2026年5月8日)", "中国教育报", "2026-05-08"),
])
def test_source_line_parsed(line, origin, date):
    assert parse_source(line) == (origin, date)


def test_title_byline_note_source_at_end(clean):
    text = ("朝着建成科技强国的宏伟目标奋勇前进\n习近平\n"
            "\u2003\u2003这次大会是在以中国式现代化全面推进强国建设、民族复兴伟业关键时期召开的一次科技盛会。\n"
            "\u2003\u2003※这是习近平总书记2024年6月24日在全国科技大会上的讲话。\n来源 | 求是网\n")
    art = clean(text)[0].articles[0]
    assert (art.title, art.author) == ("朝着建成科技强国的宏伟目标奋勇前进", "习近平")
    assert isinstance(art.blocks[-1], Note)
    assert (art.source_line, art.origin, art.source_at_end) == ("来源 | 求是网", "求是网", True)


def test_title_run_before_source_line_opens_new_article(clean):
    text = ("上一篇文章的最后一段，朝着建成科技强国的宏伟目标\n奋勇前进！ \n"
            " 全国科技大会 国家科学技术奖励大会 两院院士大会在京\n召开 习近平为国家最高科学技术奖获得者等颁奖并发表重\n"
            "要讲话 \n来源：新华社 \n全国科技大会、国家科学技术奖励大会和中国科学院第二十一次院士大会24日上午在人民\n"
            "大会堂隆重召开。 \n")
    doc, _ = clean(text)
    assert len(doc.articles) == 2
    second = doc.articles[1]
    assert second.title == "全国科技大会 国家科学技术奖励大会 两院院士大会在京召开 习近平为国家最高科学技术奖获得者等颁奖并发表重要讲话"
    assert (second.source_line, second.origin) == ("来源：新华社", "新华社")


def test_cailiao_labels_split_compilation(clean):
    text = "".join(f" 材料 {n} \n标题{n}号文章 \n正文第{n}段，内容结束。 \n来源  | 求是网 \n" for n in (1, 2, 3))
    doc, _ = clean(text)
    assert [(a.kicker, a.title) for a in doc.articles] == [
        ("材料1", "标题1号文章"), ("材料2", "标题2号文章"), ("材料3", "标题3号文章")]
    assert all(a.source_line == "来源 | 求是网" for a in doc.articles)


def test_attribution_line(texts, clean):
    doc, _ = clean("# 论述摘编\n\n科学技术是第一生产力，创新是引领发展的第一动力。\n\n——在科学家座谈会上的讲话（2020年9月11日）\n")
    assert texts(doc, Attribution) == ["——在科学家座谈会上的讲话（2020年9月11日）"]


# -------------------------------------------------------- captions, notes ---

def test_wrapped_caption_inside_paragraph_is_cut_out(clean):
    text = ("\u2003\u2003第一，充分发挥新型举国体制优势，加快推进高水平科技自立自\n"
            "\u2003\u20032024 年 9 月 23 日，党和国家领导人习近平、李强、赵乐际、王\n"
            "沪宁等在人民大会堂接见探月工程嫦娥六号任务参研参试人员代表。新华社记者 谢\n"
            "环驰/摄\n"
            "强。要完善党中央对科技工作集中统一领导的体制，加强战略规划。\n")
    doc, _ = clean(text)
    blocks = doc.articles[0].blocks
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[1], Caption)
    assert block_text(blocks[0]) == "第一，充分发挥新型举国体制优势，加快推进高水平科技自立自强。要完善党中央对科技工作集中统一领导的体制，加强战略规划。"
    assert block_text(blocks[1]).endswith("新华社记者 谢环驰/摄")


def test_caption_paragraph_in_seed003_shape(texts, clean):
    text = ("\u2003\u2003向与会的外籍院士和国际科学界的朋友们表示热烈欢迎！\n\n"
            "\u2003\u20032024 年 6 月 24 日，全国科技大会在北京人民大会堂隆重召开。中共中央总书记习\n\n"
            "近平出席大会并发表重要讲话。 新华社记者 姚大伟/摄\n\n"
            "\u2003\u2003科技兴则民族兴，科技强则国家强。\n")
    doc, _ = clean(text, captions=True)
    assert texts(doc, Caption) == ["2024年6月24日，全国科技大会在北京人民大会堂隆重召开。中共中央总书记习近平出席大会并发表重要讲话。新华社记者 姚大伟/摄"]


def test_footnotes_at_page_bottom_attached_to_markers(clean):
    text = ("随着新一轮科技革命深入推进,新一代信息技术革命的不可逆转已成为人们的共识①。人工智能、元宇宙\n"
            "等新型网络空间兴起,世界经济格局正在发生深刻的变化②。在政策制度上围绕落实创新驱动发展战略,稳步推进落实《促进科技成\n"
            "①\n②\n"
            "戚聿东,杜博.数字经济、高质量发展与推进中国式现代化[J].山东大学学报(哲学社会科学\n"
            "版),2024,(1):\n \n108-124.\n"
            "国务院发展研究中心市场经济研究所课题组.新一轮技术革命与中国城市化[J].管理世界,2022,38(11):\n \n12-28.\n"
            " 果转化法》,在全面创新改革试验区系统地推动科技成果转移转化。\n")
    doc, _ = clean(text)
    art = doc.articles[0]
    assert len(art.blocks) == 1
    para = art.blocks[0]
    assert "《促进科技成果转化法》" in block_text(para)
    assert [i.label for i in para.inlines if isinstance(i, FootnoteRef)] == ["①", "②"]
    assert [f.label for f in art.footnotes] == ["①", "②"]
    assert block_text(art.footnotes[0]).endswith("2024,(1):108-124.")


def test_footnote_numbering_restarting_per_page(clean):
    page1 = ("科技创新引领带动区域高质量发展①。依托北京、上海、粤港澳大湾区具有全球影响力的科技创新中心建设。\n"
             "① 司聪,任保平.中国式现代化新征程中经济高质量发展的战略重点与路径[J].经济问题,2024(1):1-9+17.\n")
    page2 = (" 科技成果转化问题的根本挑战在于“最后一公里”①。当前存在的问题主要涉及经济结构。\n"
             "① 方晓霞.创新价值链视域下高职院校科技成果转化路径研究[J].教育与职业,2023,(24):77-82.\n")
    art = clean(page1 + page2 + " 下一页正文。\n")[0].articles[0]
    assert [block_text(f)[:3] for f in art.footnotes] == ["司聪，", "方晓霞"]


# ------------------------------------------------------------ normalisation ---

@pytest.mark.parametrize("before,after", [
    ("2023 年 2 月 21 日", "2023年2月21日"),
    ("第一颗 6G 卫星发射成功", "第一颗6G卫星发射成功"),
    ("工作,习近平总书记", "工作，习近平总书记"),
    ("山东大学学报(哲学社会科学版),2024,(1):108-124.", "山东大学学报（哲学社会科学版），2024,(1):108-124."),
    ("学科国际影响力稳步提升...在基础研究", "学科国际影响力稳步提升……在基础研究"),
    ("稳步提升…在基础研究", "稳步提升……在基础研究"),
    ("建设根基 ——论学习贯彻", "建设根基——论学习贯彻"),
    ("the Belt and Road Initiative", "the Belt and Road Initiative"),
    ("来源  | 求是网", "来源 | 求是网"),
    ("新华社记者 姚大伟/摄", "新华社记者 姚大伟/摄"),
])
def test_normalisation_examples(before, after):
    report = Report()
    assert normalise_text(before, 7, report.log("normalise")) == after
    assert all(c.lineno == 7 and c.rule == "normalise" for c in report.changes)
    assert bool(report.changes) == (before != after)


def test_normalise_switch_off(texts, clean):
    doc, report = clean("首先，我代表党中央，向获得 2023 年度国家科学技术奖励的集体和个人表示热烈祝贺！\n", normalise=False)
    assert "2023 年度" in texts(doc)[0] and not report.changes


# ------------------------------------------------------------------- rules ---

def test_unknown_rule_name_lists_known_ones():
    with pytest.raises(InputError) as err:
        resolve_rules({"merge_title": False})
    assert "merge_titles" in str(err.value) and "unknown cleaning rule" in str(err.value)


def test_rule_names_are_the_switches():
    assert set(resolve_rules(None)) == set(RULE_NAMES)


def test_merge_titles_and_headlines_off_keep_first_title_line(clean):
    text = " 材料 1 \n\n习近平：加强基础研究\n\n强 \n\n今天，中央政治局进行第三次集体学习，内容是加强基础研究。\n"
    assert clean(text)[0].articles[0].title == "习近平：加强基础研究强"
    # merge_titles joins a wrapped pair of heading lines, headlines an article's title run
    assert clean(text, merge_titles=False)[0].articles[0].title == "习近平：加强基础研究强"
    article = clean(text, merge_titles=False, headlines=False)[0].articles[0]
    assert (article.title, block_text(article.blocks[0])) == ("材料1", "习近平：加强基础研究")


def test_reader_hints_para_start_and_role():
    from booklet.rawlines import RawLine, Role
    lines = [RawLine("科技兴则民族兴", 1, page=1, role=Role.HEADING, level=1),
             RawLine("我们党历来高度重视科技事业发展。党的十八大以来，党中央深入推动实施创新驱动", 2, page=1),
             RawLine("发展战略。", 3, page=1),
             RawLine("要完善党中央对科技工作集中统一领导的体制，加强战略规划、政策引导和资源", 4, page=1,
                     para_start=True),
             RawLine("统筹。", 5, page=1)]
    doc = clean_lines(lines, Report())
    art = doc.articles[0]
    assert art.title == "科技兴则民族兴"
    assert [block_text(b) for b in art.blocks] == [
        "我们党历来高度重视科技事业发展。党的十八大以来，党中央深入推动实施创新驱动发展战略。",
        "要完善党中央对科技工作集中统一领导的体制，加强战略规划、政策引导和资源统筹。"]


def test_kicker_heading_from_a_reader_after_the_title():
    from booklet.rawlines import RawLine, Role
    lines = [RawLine("习近平：加强基础研究 实现高水平科技自立自强", 1, role=Role.TITLE, para_start=True),
             RawLine("材料1", 2, role=Role.HEADING, level=1, para_start=True),
             RawLine("今天，中央政治局进行第三次集体学习，内容是加强基础研究。", 3, para_start=True)]
    art = clean_lines(lines, Report()).articles[0]
    assert (art.kicker, art.title) == ("材料1", "习近平：加强基础研究 实现高水平科技自立自强")
    assert [type(b).__name__ for b in art.blocks] == ["Paragraph"]


def test_normalisation_reported_on_the_line_it_happened(clean):
    text = ("这次大会是在以中国式现代化全面推进强国建设、民族复兴伟业关键时期召开的一次科技盛会。首先，我代表党中央，向获\n"
            "得 2023 年度国家科学技术奖励的集体和个人表示热烈祝贺！\n")
    _, report = clean(text)
    assert {c.lineno for c in report.changes} == {2}
    assert [c.before for c in report.changes] == ["获得 20", "23 年度"]


def test_repeated_reference_page_ranges_are_not_running_heads(clean):
    page = ("科技成果转化是党和国家高度重视的重要工作，习近平总书记多次作出重要指示①。\n"
            "① 赵云.历史制度主义视角下国家战略科技力量的逻辑与演进[J].实验室研究与探索,2023,42(10):\n"
            "140-147.\n{n}\n")
    doc, report = clean("".join(page.format(n=n) for n in range(1, 5)))
    assert not [r for r in report.removals if r.text == "140-147."]
    assert all(block_text(f).endswith("140-147.") for a in doc.articles for f in a.footnotes)


def test_running_head_repeating_the_title_keeps_the_title(clean):
    body = "加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界科技强国的必由之路。\n"
    text = "科技自立自强\n来源：新华社\n" + body + "".join(f"{n}\n科技自立自强\n" + body for n in range(1, 5))
    doc, report = clean(text)
    assert doc.articles[0].title == "科技自立自强"
    assert sum(r.text == "科技自立自强" for r in report.removals) == 4


def test_figure_title_line_is_a_caption(texts, clean):
    text = ("从“中国制造”到“中国智造”，这些无疑在诉说着科技兴国、创新兴邦的不变真理。\n"
            " 图1-1 科技成果产出及出口现状\n"
            "1.2.2 专利申请授权数量总体上升\n专利是衡量科技创新成果的重要指标。\n")
    doc, _ = clean(text)
    assert texts(doc, Caption) == ["图1-1 科技成果产出及出口现状"]


def test_sentence_wrapped_at_a_figure_reference_is_not_a_caption(texts, clean):
    text = ("综上所述，科技论文数量的增加、高等学校在科研和知识产出中的领先地位、科技成果的登记增长以及如\n"
            "图1-1所示，标志着中国在科技创新和应用方面正迈向新的阶段。\n")
    doc, _ = clean(text)
    assert not texts(doc, Caption) and len(texts(doc, Paragraph)) == 1


# dev text news_page_grassroots_items, design news_one_column_a5, read by booklet's own PDF reader
# (page 3's foot and page 4's head): a 【图片新闻】 label the reader saw as a heading, the caption
# under it set smaller in four lines, the reader flagging only the credit's line
def _pdf_line(text, lineno, page, x0, x1, y, size, role=None, level=None, para_start=False):
    box = Box(x0=x0, x1=x1, y=y, size=size, block_width=295.53, page_height=595.28)
    return RawLine(text=text, lineno=lineno, page=page, role=role, level=level, para_start=para_start, box=box)


PHOTO_NEWS_DIRECT = [
    _pdf_line("位给予一次性建设补助，对普惠托育机构按实际收", 68, 3, 0.0, 295.53, 421.25, 13.4),
    _pdf_line("托人数给予运营补贴。全县现有各类养老服务机构", 69, 3, 0.0, 295.53, 439.38, 13.4),
    _pdf_line("57家、托育机构23家，每千人口拥有3岁以下婴", 70, 3, 0.0, 295.53, 457.52, 13.4),
    _pdf_line("幼儿托位数达到4.2个。", 71, 3, 0.0, 144.41, 475.65, 13.4),
    _pdf_line("【图片新闻】", 72, 3, 0.0, 80.6, 503.29, 13.4, Role.HEADING, 2, True),
    _pdf_line("—3—", 73, 3, 133.49, 162.04, 549.25, 11.4, Role.FURNITURE, None, None),
    _pdf_line("家门口的服务更暖心 4", 74, 4, 0.0, 295.53, 41.67, 10.7, Role.FURNITURE, None, None),
    _pdf_line("11月27日，江城县第一中学学生在县博物馆参观“运", 75, 4, 4.2, 291.33, 69.71, 12.1, None, None, True),
    _pdf_line("河人家”民俗展，感受传统文化的魅力。该展览共展出", 76, 4, 2.69, 292.84, 86.03, 12.1),
    _pdf_line("农具、服饰、生活用品等实物300余件，将持续至明年", 77, 4, 2.69, 292.84, 102.35, 12.1),
    _pdf_line("2月。 通讯员 孔德兴/摄", 78, 4, 81.1, 214.43, 118.67, 12.1, Role.CAPTION, None, True),
    _pdf_line("让“小窗口”连着“大民生”", 79, 4, 36.77, 258.75, 150.83, 21.5, Role.TITLE, None, True),
    _pdf_line("□ 顾明轩", 80, 4, 117.54, 177.99, 180.96, 13.4, None, None, True),
]


def test_a_caption_under_a_heading_starts_under_it_not_at_its_credit_line():
    # the caption runs from the line under its label to its credit; no part of it is a paragraph
    # (the caption's first sentence ends on the credit's line: 「…将持续至明年」 / 「2月。 通讯员…」)
    doc = clean_lines(PHOTO_NEWS_DIRECT, Report())
    captions = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Caption)]
    assert captions == ["11月27日，江城县第一中学学生在县博物馆参观“运河人家”民俗展，感受传统文化的魅力。"
                        "该展览共展出农具、服饰、生活用品等实物300余件，将持续至明年2月。通讯员 孔德兴/摄"]
    paragraphs = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]
    assert not any("将持续至明年" in p for p in paragraphs)
