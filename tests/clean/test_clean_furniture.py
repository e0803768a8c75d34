"""Page furniture in both directions (issue 10, family 2): what repeats in the page bands goes,
what repeats elsewhere stays; page numbers only where pages end (family 3).

Snippets are shaped like the evaluation harness's renderings of its dev texts (pdftotext with
form feeds, pypdf and pdfplumber with no page marks, text pasted from a viewer); the expected
values are what a person tidying the text by hand would keep.
"""

from __future__ import annotations

import pytest

from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.clean.pages import find_pages
from booklet.model import Attribution
from booklet.readers.text import raw_lines
from booklet.report import Report

BODY = ("区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重\n"
        "要支撑。改革开放以来，各地围绕产业发展需求，不断完善创新平台、创新主\n"
        "体、创新环境，区域创新能力显著增强，科技事业取得历史性成就。\n")


@pytest.fixture
def lines_of():
    """The lines stage of a text as ``strip_furniture`` gets it (page starts marked)."""
    return lambda text: mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))


def test_chapter_title_as_running_head_keeps_the_title_and_drops_its_repeats(clean, texts, furniture_removed):
    # B5 chapter (pdftotext): the odd head repeats the chapter title, the even head is the book's.
    pages = ["第三章 区域科技创新体系建设\n\n第三章 区域科技创新体系建设\n" + BODY + "\n1\n",
             "科技创新与区域发展\n\n" + BODY + "\n2\n",
             "第三章 区域科技创新体系建设\n\n" + BODY + "\n3\n",
             "科技创新与区域发展\n\n" + BODY + "\n4\n"]
    doc, report = clean("\f".join(pages))
    assert doc.articles[0].title == "第三章 区域科技创新体系建设"
    assert furniture_removed(report).count("第三章 区域科技创新体系建设") == 2
    assert furniture_removed(report).count("科技创新与区域发展") == 2
    assert not any("科技创新与区域发展" in t or "第三章" in t for t in texts(doc))


def test_even_head_printed_once_in_a_three_page_book_is_furniture(clean, texts, furniture_removed):
    # A5 book (pdftotext): odd pages repeat the title, the one even page has the series name.
    pages = ["故乡\n\n故乡\n鲁迅\n" + BODY + "\n1\n", "理论学习读本\n\n" + BODY + "\n2\n",
             "故乡\n\n" + BODY + "\n3\n"]
    doc, report = clean("\f".join(pages))
    assert doc.articles[0].title == "故乡" and doc.articles[0].author == "鲁迅"
    assert "理论学习读本" in furniture_removed(report)
    assert not any("理论学习读本" in t for t in texts(doc))


def test_every_line_of_a_two_line_header_band_is_dropped(clean, texts, furniture_removed):
    # Word report (pdfplumber: no page marks; the header's two parts on one line).
    page = "××市科学技术局办公室\n工作简报 2026年第5期\n{body}第 {n} 页 共 3 页\n"
    doc, report = clean("".join(page.format(body=BODY, n=n) for n in (1, 2, 3)))
    assert furniture_removed(report).count("××市科学技术局办公室") == 3
    assert furniture_removed(report).count("工作简报 2026年第5期") == 3
    assert all("简报" not in t and "办公室" not in t for t in texts(doc))


def test_header_of_a_one_page_brief_is_known_by_its_place_and_shape(clean, furniture_removed):
    # 简报 of one page (pdftotext): masthead lines, then the title; the footer is its page number.
    text = ("××市科学技术局办公室\n工作简报\n\n2026 年第 5 期\n\n市科技局召开一季度重点工作推进会\n"
            + BODY + "（市科技局办公室供稿）\n\n第 1 页 共 1 页\n")
    doc, report = clean(text)
    assert furniture_removed(report) == ["××市科学技术局办公室", "工作简报", "2026 年第 5 期", "第 1 页 共 1 页"]
    assert doc.articles[0].title == "市科技局召开一季度重点工作推进会"


def test_a_date_under_a_title_is_not_a_masthead(clean, furniture_removed):
    doc, report = clean("习近平：在全国科技大会上的讲话\n2024年6月24日\n" + BODY)
    assert furniture_removed(report) == []


def test_masthead_and_signature_with_the_same_words_are_not_a_running_head(clean, furniture_removed):
    # 公文 (pdftotext): the issuing body on top of page 1 and again in the signature on page 2.
    text = ("中共江城市委宣传部\n江宣发〔2026〕7号\n关于开展2026年度理论学习中心组专题学习的通知\n"
            + BODY + "\n— 1 —\n\f" + BODY + "中共江城市委宣传部\n2026年3月1日\n\n— 2 —\n")
    doc, report = clean(text)
    assert "中共江城市委宣传部" not in furniture_removed(report)


def test_attribution_repeated_under_quotations_stays_even_at_a_page_break(clean, furniture_removed):
    attribution = "——在科学家座谈会上的讲话（2020年9月11日）"
    quote = "基础研究是整个科学体系的源头，是所有技术问题的总开关。\n"
    text = (quote + attribution + "\n" + BODY + "\n— 1 —\n\f" + attribution + "\n" + BODY
            + quote + attribution + "\n\n— 2 —\n")
    doc, report = clean(text)
    assert attribution not in furniture_removed(report)
    kept = [b for a in doc.articles for b in a.blocks if isinstance(b, Attribution)]
    assert len(kept) == 3


def test_material_labels_at_page_tops_stay(clean, furniture_removed):
    # a compilation where each 材料 starts a page (pypdf: no page marks, numbers at the foot)
    page = "【材料{n}】\n把握好发展新质生产力的第{n}个关系\n来源：《学习时报》\n{body}{n}\n"
    doc, report = clean("".join(page.format(n=n, body=BODY) for n in (1, 2, 3)))
    assert [a.kicker for a in doc.articles] == ["【材料1】", "【材料2】", "【材料3】"]
    assert sorted(furniture_removed(report)) == ["1", "2", "3"]


def test_head_carrying_the_page_number_goes_but_a_numbered_title_stays(clean, furniture_removed):
    page = "{body}主题教育学习资料  {n}\n"   # (no page marks: the heads a page apart show the pages)
    doc, report = clean("".join(page.format(body=BODY * 3, n=n) for n in range(3, 8)))
    assert len(furniture_removed(report)) == 5
    doc, report = clean("".join(f"材料{n}\n标题{n}号文章\n{BODY}" for n in (1, 2, 3, 4)))
    assert furniture_removed(report) == []


def test_page_number_cut_in_pieces_by_pypdf(clean, texts, furniture_removed):
    text = BODY + "江城市科学技术局\n第 \n1\n 页 共 \n1\n 页\n"
    doc, report = clean(text)
    assert furniture_removed(report) == ["第", "1", "页 共", "1", "页"]
    assert texts(doc)[-1] == "江城市科学技术局"


def test_total_alone_is_the_second_half_of_a_cut_page_number(clean, furniture_removed):
    doc, report = clean(BODY + "第 1 页\n共 3 页\n")
    assert furniture_removed(report) == ["第 1 页", "共 3 页"]


def test_digits_on_a_line_of_their_own_are_text_unless_a_page_ends_there(clean, lines_of):
    # pypdf: each run in a Latin font on its own line; the page numbers run 1, 2, 3.
    body = ("全年新增省级以上创新平台\n28\n家，其中国家级平台\n3\n家。市实验室完成一期建设并投入运行，引\n"
            "进科研团队，承担重大科研项目，科技事业取得历史性成就，基础前沿方向重大原创成果\n"
            "持续涌现，战略高技术领域取得新跨越。\n")
    lines = lines_of(body + "1\n" + body + "2\n" + body + "3\n")
    pages = find_pages(lines)
    assert sorted(lines[i].text for i in pages.numbers) == ["1", "2", "3"]
    assert len(pages.starts) == 3


def test_years_in_a_row_are_not_a_page_sequence(lines_of):
    lines = lines_of("市科技局\n2025\n年工作总结和\n2026\n年工作思路\n" + BODY)
    assert find_pages(lines).numbers == frozenset()


def test_a_number_at_a_form_feed_is_a_page_number(lines_of):
    lines = lines_of(BODY + "12\n\f" + BODY)
    assert [lines[i].text for i in find_pages(lines).numbers] == ["12"]


# ------------------------------------------------------- runs on lines of their own ---

PYPDF_REPORT = ("专题学习资料\n市科技局\n2025\n年工作总结和\n2026\n年工作思路\n2025\n"
                "年，在市委、市政府的坚强领导下，市科技局深入实施创新驱动发展战略，聚焦科技自立\n"
                "自强，全力推进科技创新各项工作，较好完成了年度目标任务。现将有关情况报告如下。\n"
                "全年新增省级以上创新平台\n28\n家，其中国家级平台\n3\n家。市实验室完成一期建设并投入运行，\n"
                "引进科研团队，承担重大科研项目，科技事业取得历史性成就，基础前沿方向重大原创成果持\n"
                "续涌现，战略高技术领域取得新跨越，创新能力显著增强，为高质量发展提供了有力支撑。\n"
                "江城市科学技术局\n1\n专题学习资料\n2026\n年\n1\n月\n10\n日\n2\n")


def test_digits_in_a_latin_face_rejoin_the_line_they_were_cut_from(clean, texts, furniture_removed):
    doc, report = clean(PYPDF_REPORT)
    body = texts(doc)
    assert doc.articles[0].title == "市科技局2025年工作总结和2026年工作思路"
    assert body[0].startswith("2025年，在市委、市政府的坚强领导下")
    assert "全年新增省级以上创新平台28家，其中国家级平台3家。市实验室" in body[1]
    assert body[-1] == "2026年1月10日"
    assert sorted(furniture_removed(report)) == ["1", "2", "专题学习资料", "专题学习资料"]


def test_raised_marker_cut_from_its_line_rejoins_it(clean, texts):
    # pypdf: a superscript marker is a run of its own, between two pieces of one printed line
    text = ("党的二十大报告提出，要坚持科技自立自强，加快建设科技强国。随着新一轮科技革命深入推\n"
            "进，新一代信息技术革命的不可逆转已成为人们的共识\n①\n。人工\n"
            "智能、元宇宙等新型网络空间兴起，新兴领域和产业发展迅猛，世界经济格局正在发生深刻变化。\n"
            "①戚聿东，杜博.数字经济、高质量发展与推进中国式现代化[J].山东大学学报，2024,(1):108-124.\n")
    doc, _ = clean(text)
    assert "人们的共识①。人工智能、元宇宙" in texts(doc)[0]
    assert [f.label for f in doc.articles[0].footnotes] == ["①"]


def test_note_labels_listed_on_lines_of_their_own_are_left_alone(clean, lines_of):
    # seed 004: a page's markers listed before their bodies, a page range on a line of its own
    from booklet.clean.runs import rejoin_runs
    text = ("等新型网络空间兴起，世界经济格局正在发生深刻的变化②。在政策制度上围绕落实创新驱动\n"
            "①\n②\n戚聿东,杜博.数字经济、高质量发展与推进中国式现代化[J].山东大学学报(哲学社会科学\n"
            "版),2024,(1):\n108-124.\n")
    lines = lines_of(text)
    assert rejoin_runs(lines, Report().log("rejoin_runs")) is lines


def test_a_signature_or_an_article_line_above_the_page_number_stays(clean, texts, furniture_removed):
    # a short line just before a page number is a running foot only when it names the publication
    text = ("政府、街道办事处可以设立独立馆舍的公共图书馆。 \n\n第十条 市人民政府设立的上海图书馆为 \n\n"
            "- 2 - \n\n 本市的中心图书馆，负责全市公共图书馆的业务指导。 \n")
    doc, report = clean(text)
    assert furniture_removed(report) == ["- 2 -"]
    doc, report = clean(BODY + "江城市科学技术局\n2026年1月10日\n\n第 1 页 共 1 页\n")
    assert texts(doc)[-2:] == ["江城市科学技术局", "2026年1月10日"]


def test_masthead_lines_after_the_issue_number_go_too(clean, furniture_removed):
    # pdfminer put the issuing body under the issue number
    text = "工作简报\n\n2026 年第 5 期\n\n××市科学技术局办公室\n\n市科技局召开一季度重点工作推进会\n\n" + BODY
    doc, report = clean(text)
    assert furniture_removed(report) == ["工作简报", "2026 年第 5 期", "××市科学技术局办公室"]


def test_a_lone_space_is_no_page_mark_where_form_feeds_mark_the_pages(lines_of):
    # pdftotext -layout: a centred title set in by one space is not the first line of a page
    lines = lines_of("坚持以科技创新引领新质生产力发展\n【材料1】\n 坚持以科技创新引领新质生产力发展\n"
                     + BODY + "1\n\f理论学习读本\n" + BODY + "2\n")
    assert [k for k, line in enumerate(lines) if line.page_start] == [0, 7]


def test_a_label_a_heading_and_a_signature_date_keep_their_own_lines(lines_of):
    # pypdf: 材料 / 1 / title; a paragraph's last line / 2026 / 年工作思路 (a heading);
    # the issuing body / 2026 / 年 / 1 / 月 / 10 / 日 (its date)
    from booklet.clean.runs import rejoin_runs
    text = ("材料\n1\n习近平：加强基础研究 实现高水平科技自立自强\n" + BODY
            + "对照高质量发展要求，我们的工作还存在一些不足，科技人才引育机制有待完善。\n2026\n年工作思路\n"
            + BODY + "江城市科学技术局\n2026\n年\n1\n月\n10\n日\n")
    out = [line.text for line in rejoin_runs(lines_of(text), Report().log("rejoin_runs"))]
    assert out[:2] == ["材料1", "习近平：加强基础研究 实现高水平科技自立自强"]
    assert "2026年工作思路" in out and "江城市科学技术局" in out and out[-1] == "2026年1月10日"


def test_a_raised_marker_never_starts_a_line(lines_of):
    # pdftotext: the marker raised after 环境 comes out after the full stop, before a new paragraph
    from booklet.clean.runs import rejoin_runs
    text = ("也有学者强调制度安排和文化氛围在区域创新中的作用，认为创新是一个社会过程，离不开地方的制度环境\n"
            "。\n\n③\n\n综合已有研究，本书将区域科技创新体系界定为：在一定区域范围内，以企业为主体、市场\n"
            "为导向、产学研深度融合，由创新主体、创新资源、创新平台和创新环境共同构成的有机整体。\n")
    out = [line.text for line in rejoin_runs(lines_of(text), Report().log("rejoin_runs"))]
    assert not any(line.startswith("③") for line in out)


# pypdf, a standard set as wide_tight: each numbered heading's number is a run in a Latin face,
# the space after it starts the next line
NUMBERED = ("政务数据共享开放工作指南（试行）\n1\n 范围\n"
            "本指南规定了政务数据共享开放的基本原则、目录编制、分级分类、共享流程和安全管理等\n要求。\n"
            "2\n 术语和定义\n下列术语和定义适用于本指南。\n2.1\n 政务数据\n"
            "各级行政机关以及履行公共管理和服务职能的事业单位，在依法履职过程中采集和产生的各\n"
            "类数据资源，包括文字、数字、图表、图像、音频、视频等。\n3\n 基本原则\n")


def test_a_section_number_cut_before_a_spaced_title_rejoins_it(clean, lines_of, texts, furniture_removed):
    from booklet.clean.runs import rejoin_runs
    lines = mark_page_starts(lines_of(NUMBERED), Report().log("page_starts"))
    assert not any(line.page_start for line in lines[1:])   # the lone spaces mark no page
    assert not find_pages(lines).numbers                     # 1 … 2 … 3 run on, yet are no page numbers
    out = [line.text for line in rejoin_runs(lines, Report().log("rejoin_runs"))]
    assert ["1 范围", "2 术语和定义", "2.1 政务数据", "3 基本原则"] == [t for t in out if t[:1].isdigit()]
    doc, report = clean(NUMBERED)
    assert "2.1 政务数据" in texts(doc) and not furniture_removed(report)


def test_a_page_number_before_a_spaced_page_start_stays_a_page_number(clean, texts):
    # pypdf with blank lines between pages: ``1`` / blank / `` 运河与江城的兴衰`` is the next page
    text = BODY + "\n1 \n\n 运河与江城的兴衰 \n\n" + BODY + "\n2 \n\n 运河与江城的兴衰 \n\n" + BODY
    doc, report = clean(text)
    assert not any(t.startswith(("1 ", "2 ")) for t in texts(doc))


def test_a_one_page_brief_in_pieces_keeps_its_paragraphs(clean, texts):
    # pypdf, a one-page Word brief: few lines are left whole, and the lines that run on into the
    # next fill the measure (or the measure less an indent), so each paragraph ends where it ends
    inp = "\n".join([
        "市科技局召开一季度重点工作推进会", "4", "月", "8", "日，市科技局召开一季度重点工作推进会，通报一季度全市科",
        "技创新主要指标完成情况，部署二季度重点任务。", "会议指出，一季度全市技术合同成交额同比增长", "18.6%",
        "，新增科技型", "中小企业", "425", "家，各项指标总体实现“开门红”。但也要看到，部分区县",
        "研发投入增长乏力，重大项目推进不够快。", "会议要求，各处室要对照年度目标，逐项梳理任务清单，倒排工期、",
        "挂图作战；要加强对重点企业的跟踪服务，帮助解决项目建设中的困难和",
        "问题；要严格落实督办制度，确保各项任务按时保质完成。"]) + "\n"
    doc, _ = clean(inp)
    body = texts(doc)[-3:]
    assert body[0] == "4月8日，市科技局召开一季度重点工作推进会，通报一季度全市科技创新主要指标完成情况，部署二季度重点任务。"
    assert body[1] == ("会议指出，一季度全市技术合同成交额同比增长18.6%，新增科技型中小企业425家，各项指标总体实现"
                       "“开门红”。但也要看到，部分区县研发投入增长乏力，重大项目推进不够快。")
    assert body[2].startswith("会议要求，") and body[2].endswith("确保各项任务按时保质完成。")


def test_the_rest_of_a_line_cut_at_a_raised_marker_rejoins_it(clean, texts):
    # pdftotext -raw cuts a line where the raised marker changes the baseline: the rest starts
    # with a full stop, which no printed line does
    text = ("区域科技创新体系是国家创新体系的重要组成部分，是区域经济\n社会发展的重要支撑①\n"
            "。改革开放以来，特别是进入新时代以来，各\n地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区\n"
            "域创新能力显著增强。\n"
            "①参见国家科技体制改革和创新体系建设领导小组办公室编：《国家创新体系建设报告》。\n")
    doc, _ = clean(text)
    assert texts(doc) == ["区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重要支撑①。改革开放以来，"
                          "特别是进入新时代以来，各地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，"
                          "区域创新能力显著增强。"]
    assert len(doc.articles[0].footnotes) == 1


MINUTES = ("江城县人民政府常务会议纪要\n〔2026〕第18期\n县政府第十八次常务会议纪要\n"
           "2026年10月15日上午，县长李国华主持召开县政府第十八次常务会议，传达学习\n"
           "省、市有关会议精神，研究农村供水保障、城区停车设施建设和秋冬季森林防火等工\n"
           "作。现纪要如下：\n")


@pytest.mark.parametrize("head", ["调研报告", "第1版  要闻"])
def test_the_bare_head_of_a_one_page_document_goes(clean, head, furniture_removed):
    # a one-page Word report (pypdf): the running head, printed once, stands over the title;
    # a bare genre or section name, where a title names its subject
    doc, report = clean(f"{head}\n{MINUTES}")
    assert doc.articles[0].title == "江城县人民政府常务会议纪要"
    assert furniture_removed(report) == [head]


# a one-page news page in three columns (dev news_three_tight, pdftotext -raw): the page head
# gives section, page and date on one line, over a kicker ending in a colon
CULTURE_PAGE = ("要闻 第1版 2026年9月8日\n非遗工坊开进社区：\n老手艺有了\n新传人\n本报记者 郑雨桐 文/图\n"
                "周六上午，城西街道文\n化站的活动室里坐满了人。\n")


def test_a_newspaper_page_head_with_page_and_date_goes_over_a_kicker(clean, texts, furniture_removed):
    doc, report = clean(CULTURE_PAGE)
    assert furniture_removed(report) == ["要闻 第1版 2026年9月8日"]
    assert "要闻" not in "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))


@pytest.mark.parametrize("first, below", [
    ("附件", "江城县农村供水工程运行管理办法"),             # a label over the attached text
    ("通知", "各乡镇人民政府、县直各单位："),                # a title over its addressees
    ("目录", "一、关于农村供水保障工作"),                    # a contents page's heading
    ("前言", "区域科技创新体系是国家创新体系的重要组成部分，是区域经济社会发展的重"),
])
def test_a_short_first_line_over_no_title_stays(clean, first, below, texts, furniture_removed):
    doc, report = clean(f"{first}\n{below}\n{MINUTES}")
    # (kept as a title, a kicker over the title under it, or text)
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert first in kept and furniture_removed(report) == []


# dev speech_county_meeting, design news_three_tight, pdfminer (cut short): the page head's
# pieces come as text boxes of their own, one of them between two paragraphs of a column
SPEECH_PAGE_PDFMINER = """要闻

凝心聚力抓
落实 奋力开
创县域经济
高质量发展
新局面

过去的一年，面对复杂
多变的外部环境和艰巨繁重
的改革发展任务，全县上下
咬定目标不放松，攻坚克难
勇向前，经济社会发展取得
了来之不易的成绩。

第1版  2026年9月8日

1.着力扩大有效投资
要坚持项目为王，实行
县级领导包联重点项目制度。
"""

# dev news_page_county, design tabloid_three_columns, pdftotext (cut short): the page number
# heads the page, the section name comes after a byline
COUNTY_PAGE_PDFTOTEXT = """第1版

把园区建成现代
农业的示范窗口

园区建设过程中，县里与
省农科院、农业大学共建3个
专家工作站。

县城新增3条公
交线路
本报讯（记者 马晓东）

要闻

10月28日起，县城新开通
3条公交线路。
"""

# dev lecture_party_style, design news_three_tight, pdftotext (cut short): section, page and date
# one under the other
LECTURE_PAGE_PDFTOTEXT = """要闻

第1版

2026年9月8日

锤炼过硬作
风 勇于担当
作为

对照要求，我们机关作风建设还存在一些差距。
"""


@pytest.mark.parametrize("page, pieces", [
    (SPEECH_PAGE_PDFMINER, ["要闻", "第1版  2026年9月8日"]),
    (COUNTY_PAGE_PDFTOTEXT, ["第1版", "要闻"]),
    (LECTURE_PAGE_PDFTOTEXT, ["要闻", "第1版", "2026年9月8日"]),
])
def test_the_pieces_of_a_newspaper_page_head_go_wherever_the_extractor_wrote_them(clean, page, pieces, texts, furniture_removed):
    doc, report = clean(page)
    assert furniture_removed(report) == pieces
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "第1版" not in kept and "要闻" not in kept and "2026年9月8日" not in kept


def test_a_lone_date_on_a_page_without_a_page_number_stays(clean, texts, furniture_removed):
    # a notice signed and dated (no newspaper's page number: the date is the text's own)
    doc, report = clean("关于开展安全检查的通知\n\n各单位要按要求开展自查。\n\n江城县安全生产委员会办公室\n\n2026年10月12日\n")
    assert furniture_removed(report) == []
    assert "2026年10月12日" in "".join(texts(doc))


# dev text essay_study_experience, design neikan_three_all, pypdf (cut short): pypdf writes no
# blank lines, so the head's two lines (section name, then page number and date) stand set off
# from nothing over the headline
ESSAY_NEIKAN_PYPDF = """理论学习
第1版  2026年10月15日  星期四
在学思践悟中
筑牢为民初心
江城市民政局 张晓燕
近期，按照机关党委统一安排，
我认真参加了专题读书班，系统学习
了有关民生保障工作的重要论述。几
天学下来，感触很深，收获很大。结
合自己多年从事社会救助工作的经历，
谈几点粗浅体会。
"""


def test_a_page_head_at_the_top_of_a_text_without_blank_lines_goes_whole(clean, furniture_removed):
    doc, report = clean(ESSAY_NEIKAN_PYPDF)
    assert furniture_removed(report) == ["理论学习", "第1版  2026年10月15日  星期四"]
    assert doc.articles[0].title == "在学思践悟中筑牢为民初心"


def test_title_on_a_first_page_printing_no_head_is_kept_and_its_repeats_dropped(clean, furniture_removed):
    # pdftotext (form feeds), an A5 design printing its running head from the second page on:
    # the text's title opens page 1 right over the body, the same words head pages 2 and 3.
    body = ("群众的事无小事。一条路灯、一个井盖、一处\n积水，在机关看来也许是小事，在群众那里就是天\n"
            "天碰到的难事。\n走访不能只看台账，要看群众脸上的表情。进\n了门先问冷暖，再问难处，最后才问意见，这样听\n"
            "到的才是真话。\n")
    pages = ["基层治理工作要论摘编\n说明：本摘编选自本市近年来印发的工作手册\n"
             "和简报，供各镇（街道）、村（社区）干部学习参\n考。\n一、把群众的事当作自己的事\n" + body + "1\n",
             "基层治理工作要论摘编\n\n" + body + "2\n",
             "基层治理工作要论摘编\n\n" + body + "3\n"]
    doc, report = clean("\f".join(pages))
    assert doc.articles[0].title == "基层治理工作要论摘编"
    assert furniture_removed(report).count("基层治理工作要论摘编") == 2


def test_head_printed_on_the_first_page_too_goes_over_the_title_under_it(clean, texts, furniture_removed):
    # The design printing its head on page 1 as well: a label and the title stand under it.
    pages = ["调研报告\n材料1\n习近平：加强基础研究 实现高水平科技自立自强\n" + BODY + "\n1\n",
             "调研报告\n\n" + BODY + "\n2\n",
             "调研报告\n\n" + BODY + "\n3\n"]
    doc, report = clean("\f".join(pages))
    assert furniture_removed(report).count("调研报告") == 3
    assert not any("调研报告" in t for t in texts(doc))


def test_newspaper_head_found_whole_leaves_a_wrapped_headings_last_word(clean, texts, furniture_removed):
    # pdfminer, one newspaper page (a blank line after every line): 「理论学习」 over 「第1版 …」 is the
    # page's head; 「知识」, a heading's last word wrapped alone, is no piece of it.
    text = ("理论学习\n\n第1版  2026年10月15日  星期四\n\n应确定主题、明确重点发言人，做到\n\n"
            "有计划、有记录、有总结。\n\n（三）学习科技创新和产业发展\n\n知识\n\n"
            "围绕新质生产力、数字经济、人\n\n工智能等内容，邀请专家学者作专题\n\n"
            "辅导，着力提高领导干部推动高质量\n\n发展的本领。\n\n")
    doc, report = clean(text)
    assert "理论学习" in furniture_removed(report) and "知识" not in furniture_removed(report)
    assert any("产业发展知识" in t for t in texts(doc)) or any("产业发展知识" in (a.title or "") for a in doc.articles)


STANDARD = ("本文件规定了城市书房的选址与建设、设施设备、文献资源、服务和管理的要\n求。\n"
            "本文件适用于本市行政区域内由政府设立或者社会力量参与建设的城市书房。\n"
            "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其\n"
            "中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文\n"
            "件，其最新版本（包括所有的修改单）适用于本文件。\n")


def test_pypdf_head_cut_at_the_page_numbers_font_goes_whole(clean, texts, furniture_removed):
    # pypdf (no page marks) ends a line at each change of font: the odd head 「…  1」 and the even
    # head 「2  当代区域发展研究」 come in two lines each; the title under the first one stays.
    text = ("城市书房建设与服务规范\n1\n城市书房建设与服务规范\n1　范围\n" + STANDARD * 3
            + "5.2　借阅服务\n2\n当代区域发展研究\n5.2.1　城市书房应提供通借通还服务，读者凭有效证件即可在全市任一公共\n"
            "图书馆归还所借文献。\n" + STANDARD)
    doc, report = clean(text)
    assert doc.articles[0].title == "城市书房建设与服务规范"
    assert {"1", "2", "当代区域发展研究"} <= set(furniture_removed(report))
    assert not any("当代区域发展研究" in t for t in texts(doc))


def test_pypdf_one_page_head_and_its_number_over_the_title(clean, furniture_removed):
    # pypdf, one page: 「运河与江城的兴衰  1」 cut at the number's font, over the title itself.
    text = ("运河与江城的兴衰\n1\n运河与江城的兴衰\n一、因河而兴\n" + BODY)
    doc, report = clean(text)
    assert doc.articles[0].title == "运河与江城的兴衰"
    assert furniture_removed(report) == ["运河与江城的兴衰", "1"]


def test_layout_newspaper_head_over_another_columns_row_goes(lines_of):
    # pdftotext -layout, one newspaper page in three columns that the columns rule leaves row by
    # row (the lines as ``strip_furniture`` gets them): the row under the page's head is the
    # second column's last words; the headline is the next row starting where the head starts.
    from booklet.clean.pagehead import one_page_head
    text = ("要闻                                  第1版   2026年9月8日\n\n"
            "                 研组织和成果转化的主体。\n"
            "市委常委会召开会议专题\n"
            "研究科技创新工作强调\n"
            "                 要深化科技体制改革，赋予\n"
            "                 科研人员更大的人财物支配\n"
            "                               技副总”上岗\n"
            "                                   本报讯（记者 孙晓梅）\n"
            "                 权和技术路线决定权。\n")
    lines = lines_of(text)
    assert one_page_head(lines, find_pages(lines), set()) == {0}


def test_one_marked_pages_number_written_after_its_left_column_goes(clean, texts, furniture_removed):
    # plain pdftotext, one newspaper page in two columns (a form feed ends it): the page's foot
    # 「1」 comes after the left column, mid-sentence, a blank line after it; it is no run of the
    # sentence before (「…聚集着12家1全市首批…」) and no page break.
    text = ("早上八点，科创大道两侧的孵化楼陆续\n亮起灯光。在一家从事传感器研发的初创企\n"
            "业里，研发主管正在调试一台新样机。“从\n实验室到生产线，过去要两三年，现在一年\n"
            "就能走完。”他说。\n这条不足两公里的街道上，聚集着12家\n1\n\n全市首批“科技副总”上岗\n"
            "本报讯（记者 孙晓梅）\n日前，全市首批60名“科技副总”走上\n企业岗位。他们来自12所高校和科研院\n"
            "所，将在企业兼职两年。\n\n新型研发机构、40余家孵化器和众创空间。\n\f")
    doc, report = clean(text)
    assert furniture_removed(report) == ["1"]
    assert not any("12家1" in t for t in texts(doc))


# dev interview_rural_revitalization, design two_columns_hanging, pdftotext (cut short): the page
# head 「理论周刊  2026年5月12日  星期二」 read in pieces — name and date at the top, the weekday as a
# block of its own after the left column's page foot
INTERVIEW_PAGE_PDFTOTEXT = """理论周刊

2026年5月12日

高端访谈

让农民在产业发展中得到
更多实惠

另外，我们鼓励村与村联合，一个乡镇
集中发展一两个主导产业，避免同质化竞争。
记者：那么小农户怎么参与进来？
1

星期二

答：主要靠合作社和龙头企业带动。
比如在南岭镇，蓝莓合作社统一供苗、
统一技术、统一收购，农户只管按标准种。
\f"""


def test_the_weekday_of_a_head_read_in_pieces_goes(clean, texts, furniture_removed):
    doc, report = clean(INTERVIEW_PAGE_PDFTOTEXT)
    assert "星期二" in furniture_removed(report)
    assert not any("星期二" in (a.title or "") + "".join(h for h in [a.kicker or ""]) for a in doc.articles)
    assert not any("星期二" in t for t in texts(doc))


@pytest.mark.parametrize("date", ["2026年5月12日  星期二", "第1版"])
def test_a_weekday_block_stays_where_the_head_gives_no_date_without_it(clean, date, furniture_removed):
    # the head dates itself in full (or not at all): a lone 「星期二」 block is the text's own
    doc, report = clean(INTERVIEW_PAGE_PDFTOTEXT.replace("2026年5月12日", date, 1))
    assert "星期二" not in furniture_removed(report)


def test_a_column_label_under_a_head_that_names_the_paper_stays(clean, texts, furniture_removed):
    # the head taken above (「理论周刊」, its date) gave the paper's name: 「高端访谈」 over the title
    # is the label the paper sets over the item in its column, not a second name of the head
    doc, report = clean(INTERVIEW_PAGE_PDFTOTEXT)
    assert "理论周刊" in furniture_removed(report) and "高端访谈" not in furniture_removed(report)
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "高端访谈" in kept


def test_a_bare_head_with_nothing_taken_above_it_still_goes(clean, furniture_removed):
    # 「要闻」 first on the page, no head above it: the page's own head
    doc, report = clean(CULTURE_PAGE.replace("要闻 第1版 2026年9月8日", "要闻\n第1版 2026年9月8日"))
    assert "要闻" in furniture_removed(report)


# dev tongbao_safety_inspection, design two_columns_plain, pdftotext -raw (cut short): the band
# (publication, issue, issuer) over a 通报 whose 发文机关标志 the narrow column wraps
TONGBAO_PAGE_RAW = ("科技工作动态\n2026 年第 11 期 江城市科学技术协会\n江城市安全生产委员会办\n公室\n"
                    "江安委办〔 2026 〕 23 号\n关于 2026 年第三季度安全生产\n明查暗访情况的通报\n"
                    "各区（县）安委会，市安委会各成员单位：\n")


def test_a_name_wrapped_under_the_band_is_the_texts_own(clean, texts, furniture_removed):
    doc, report = clean(TONGBAO_PAGE_RAW)
    assert furniture_removed(report) == ["科技工作动态", "2026 年第 11 期 江城市科学技术协会"]
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "江城市安全生产委员会办公室" in kept


# dev essay_study_experience, design neikan_three_all, pdfplumber (cut short): the page's head
# is its first row, and under it the rows of three columns, a column's middle first — no headline
ESSAY_PAGE_PDFPLUMBER = ("理论学习 第1版 2026年10月15日 星期四\n"
                         "要多跑一趟；一笔补贴晚发一月，困\n"
                         "在学思践悟中 难家庭可能就要多熬一个月。我们常\n"
                         "说“群众利益无小事”，落到具体工\n"
                         "作上，就是要把每一件小事办好、办\n"
                         "筑牢为民初心\n"
                         "快、办到群众心坎上。\n"
                         "古人说：“知之非艰，行之惟艰。\n")


def test_a_newspaper_page_head_goes_over_a_columns_middle(clean, texts, furniture_removed):
    doc, report = clean(ESSAY_PAGE_PDFPLUMBER)
    assert furniture_removed(report) == ["理论学习 第1版 2026年10月15日 星期四"]
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "第1版" not in kept and "星期四" not in kept and "理论学习" not in kept


# dev speech_county_meeting, design tabloid_three_columns, pypdfium2 (cut short): PDFium ends
# its lines with CRLF and writes the space inside the wrapped title at the start of the next
# line, which looks like a page mark; the head over the title goes all the same
SPEECH_PAGE_PDFIUM = ("第1版 要闻\r\n凝心聚力抓落实\r\n 奋力开创县域\r\n经济高质量发展\r\n新局面\r\n"
                      "——在全县经济工作暨优化\r\n营商环境推进大会上的讲话\r\n（2026年1月9日）\r\n"
                      "县委书记 周明远\r\n同志们：\r\n这次会议的主要任务是，\r\n深入贯彻中央和省委、市委经\r\n"
                      "济工作会议精神，总结2025年\r\n全县经济工作，分析当前面临\r\n的形势，部署2026年重点任\r\n"
                      "务。\r\n")


def test_a_newspaper_page_head_goes_where_a_lone_space_looks_like_a_page_mark(clean, furniture_removed):
    doc, report = clean(SPEECH_PAGE_PDFIUM)
    assert furniture_removed(report) == ["第1版 要闻"]
    assert doc.articles[0].title.startswith("凝心聚力抓落实")
    assert "要闻" not in doc.articles[0].title


def test_a_first_line_naming_a_page_of_the_paper_in_a_title_stays(clean, texts, furniture_removed):
    # a title names its subject, here a page of the paper: no head's fields alone
    first = "《江城日报》第1版刊发评论员文章"
    doc, report = clean(f"{first}\n{MINUTES}")
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert first in kept and furniture_removed(report) == []


# dev news_page_culture_weekly, design tabloid_three_columns, pypdf (cut short): pypdf ends a
# line at each change of font, so the head's row 「第1版  要闻」 comes as two lines
CULTURE_PAGE_PYPDF = ("第1版\n要闻\n非遗工坊开进社区：\n老手艺有了新传\n人\n本报记者 郑雨桐 文/图\n"
                      "周六上午，城西街道文化\n站的活动室里坐满了人。剪纸\n艺人王桂芳把一张红纸对折三\n"
                      "次，剪刀在手里转了几圈，一\n只昂首的公鸡就跃然纸上，围\n观的孩子们发出一阵惊叹。\n")


def test_a_paper_head_cut_at_a_font_change_goes_whole(clean, furniture_removed):
    doc, report = clean(CULTURE_PAGE_PYPDF)
    assert furniture_removed(report) == ["第1版", "要闻"]
    head = (doc.articles[0].kicker or "") + (doc.articles[0].title or "")
    assert "要闻" not in head and "老手艺有了新传人" in head


def test_a_bare_name_after_a_head_piece_over_a_blank_line_is_no_cut_head(lines_of):
    # set apart by a blank line, the name is a block of its own, not the rest of the head's row
    from booklet.clean.pagehead import one_page_head
    lines = lines_of("第1版\n\n要闻\n\n非遗工坊开进社区：\n老手艺有了新传人\n")
    assert not {0, 1} <= one_page_head(lines, find_pages(lines), set())


# 《故乡》 on the B5 dialogue design (running head 「{title}|{n}」 on every page, the first too):
# the head's words are the whole title, two characters — shorter than a head that only opens
# the title's lines may be — and the title stands once, under it, over its byline.
GUXIANG_BODY = ("我冒了严寒，回到相隔二千余里，别了二十余年的故乡去。\n"
                "时候既然是深冬；渐近故乡时，天气又阴晦了，冷风吹进船舱中，呜呜的响，从篷\n"
                "隙向外一望，苍黄的天底下，远近横着几个萧索的荒村，没有一些活气。我的心禁不住\n"
                "悲凉起来了。\n")


@pytest.mark.parametrize("top", [
    "故乡 1\n故乡\n鲁迅\n",                                          # pdfplumber, pdftotext -raw
    "故乡                                      1\n\n\n                  故乡\n                  鲁迅\n",  # -layout
    "故乡      1\n故乡\n鲁迅\n",                                     # text with ideographic indents
])
def test_a_short_title_under_the_head_repeating_it_stays_and_the_head_goes(clean, top, texts, furniture_removed):
    doc, report = clean(top + GUXIANG_BODY + "第1页 共1页\n")
    assert doc.articles[0].title == "故乡"
    assert doc.articles[0].author == "鲁迅"
    assert any(t.startswith("故乡") and "1" in t for t in furniture_removed(report))
    assert not any(t.startswith("故乡") for t in texts(doc))


def test_a_short_label_over_its_own_title_is_no_head(clean, furniture_removed):
    # a label numbering its material (「材料 2」) is followed by its own title, not by itself
    doc, report = clean("材料 2\n材料\n" + BODY)
    assert "材料 2" not in furniture_removed(report)


def test_a_short_title_head_whose_number_pypdf_cut_off_goes_with_its_number(clean, texts, furniture_removed):
    # pypdf ends a line at each change of font: the head's words, its page number, then the title
    # (one page, no blank lines: no count of pages confirms the number)
    doc, report = clean("故乡\n1\n故乡\n鲁迅\n" + GUXIANG_BODY + "第1页 共1页\n")
    assert doc.articles[0].title == "故乡"
    assert doc.articles[0].author == "鲁迅"
    assert "1" in furniture_removed(report)
    assert not any(t.startswith(("1", "故乡")) for t in texts(doc))


def test_a_cut_label_over_its_own_words_is_no_head(clean, furniture_removed):
    doc, report = clean("材料\n2\n材料\n" + BODY)
    assert furniture_removed(report) == []


# dev news_page_science, design neikan_three_picture (a 内刊 page, one page), pdftotext -raw (cut
# short): the two-part head 「学习参考  2026年第11期 | 第1页」 — the publication and its issue at
# one edge, the page number at the other — written as one line over the kicker
NEIKAN_PAGE_RAW = """学习参考 2026年第11期 第1页
市委常委会召开会议专题研究科
技创新工作强调
以更大力度推进
科技创新 为高质
量发展注入强劲
动能
本报记者 陈思远 刘佳
"""


@pytest.mark.parametrize("head", ["学习参考 2026年第11期 第1页",                       # pdftotext -raw
                                  "学习参考   2026年第11期                         第1页",  # -layout
                                  "学习参考2026年第11期第1页"])                          # glued
def test_a_one_page_head_closed_by_its_page_number_goes(clean, head, texts, furniture_removed):
    doc, report = clean(NEIKAN_PAGE_RAW.replace("学习参考 2026年第11期 第1页", head))
    assert furniture_removed(report) == [head.strip()]
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "学习参考" not in kept and "第1页" not in kept
    assert kept.startswith("市委常委会召开会议专题研究科技创新工作强调")


@pytest.mark.parametrize("text", ["见第1页", "学习参考第1页刊发的文章"])
def test_a_page_reference_in_text_is_no_head(clean, text, furniture_removed):
    # 第N页 closes a head's parts; it makes no head of a line that has none, nor of prose
    doc, report = clean(f"{text}\n{MINUTES}")
    assert furniture_removed(report) == []


# dev news_page_county, design wanbao_banner_items, pypdf (cut short): an evening paper's head in two
# parts — its name and section on the left, the date and a page numbered by section letter (A1) on
# the right — over the kicker.
WANBAO_HEAD_PYPDF = """江城晚报  城事
2026年12月3日  星期四  A1
省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推
进会上作出批示
把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农
业科技园区，智能温室里番茄
挂满枝头，水肥一体化设备按
需精准供给。
"""


def test_a_head_ending_in_a_lettered_page_goes_with_its_name_and_section(clean, texts, furniture_removed):
    doc, report = clean(WANBAO_HEAD_PYPDF)
    gone = furniture_removed(report)
    assert "江城晚报  城事" in gone and "2026年12月3日  星期四  A1" in gone
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "城事" not in kept and "A1" not in kept
    assert "省委主要负责同志致信祝贺" in kept and "深秋时节" in kept


@pytest.mark.parametrize("text", ["A1级标准", "G20峰会召开", "A1栋3单元", "B2B平台"])
def test_a_letter_and_figures_inside_a_line_number_no_page(text):
    # only a lettered page set apart at a head's end numbers a page: inside words it names a grade,
    # a meeting, a building
    from booklet.shapes import EDITION_RE, HEAD_PIECE_RE
    assert HEAD_PIECE_RE.match(text) is None and EDITION_RE.search(text) is None


@pytest.mark.parametrize("head", ["周末·城乡      第1版  2026年12月5日", "江城晚报  城事  第A1版  2026年12月3日"])
def test_a_head_whose_left_part_is_a_section_name_goes(clean, head, texts, furniture_removed):
    # dev news_page_county, design zhoumo_picture_across, plain text (cut short): 「周末·城乡」, a
    # weekend page's section and its part, at the head's left
    doc, report = clean(head + """
省委主要负责同志致信祝贺江城县
农业科技园区获批国家级园区并在
全县乡村振兴工作推进会上作出批
示
把园区建成现代
农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业科技园区，智能温室里番茄挂满枝头，水肥一体化设备按需精准供给。
""")
    assert head in furniture_removed(report)
    assert not any("城乡" in t or "城事" in t for t in texts(doc))


# dev briefs_county_work_digest, design wanbao_banner_items, pypdf (cut short): two pages, each
# under the paper's head, its page number counting on (A1, A2) — too few pages for repetition
WANBAO_TWO_PAGES_PYPDF = """江城晚报  城事
2026年12月3日  星期四  A1
抓好冬春农田水利建设 夯实明年粮食丰收基础
全县冬修水利工程全面开工
——首批38个项目完成投资1.6亿元
县水利局 县农业农村局
11月以来，我县抢抓秋收
后农田空闲、降雨偏少的有利
时机，组织开展冬春农田水利
基本建设。截至11月30日，全
县首批38个冬修水利项目已全
部开工，完成投资1.6亿元。
全县完成首批“小
个专”党组织规范
提升
（县委组织部供稿）
江城晚报  城事
2026年12月3日  星期四  A2
我县以小微企业、个体工
商户和专业市场为重点，排查
摸底“小个专”经营主体1.2
万家，新组建党组织43个。
"""


def test_the_same_head_on_the_next_page_goes_too(clean, texts, furniture_removed):
    doc, report = clean(WANBAO_TWO_PAGES_PYPDF)
    assert furniture_removed(report).count("江城晚报  城事") == 2
    assert "2026年12月3日  星期四  A2" in furniture_removed(report)
    kept = "".join([(a.kicker or "") + (a.title or "") for a in doc.articles] + texts(doc))
    assert "城事" not in kept and "星期四" not in kept and "我县以小微企业" in kept


def test_a_band_row_padded_across_the_page_is_as_wide_as_its_parts(clean, furniture_removed):
    # pdftotext -layout, a one-page 决定书 on a two-column page under its band (dev
    # decision_admin_penalty, two_columns_plain): the band's second row sets the issue at the left
    # edge and the issuing body at the right, fifty spaces between — 42 em as written, 18 as printed.
    head = ("                               科技工作动态\n"
            "2026 年第 11 期" + " " * 51 + "江城市科学技术协会\n\n\n")
    left = ("江城市市场监督管理局行政处罚\n"
            "     决定书\n"
            "          江市监处罚〔 2026 〕 58 号\n"
            "    当事人：江城市绿源食品贸易有限公司\n")
    doc, report = clean(head + left + BODY)
    assert furniture_removed(report)[:2] == ["科技工作动态", "2026 年第 11 期" + " " * 51 + "江城市科学技术协会"]
    assert doc.articles[0].title == "江城市市场监督管理局行政处罚决定书"
