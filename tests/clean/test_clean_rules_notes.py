"""Footnotes in extracted text and from a PDF reader (issue 10, family 7): each rule on real
snippets — the harness's dev text chapter_footnotes_region as extractors and the PDF reader give it."""

from __future__ import annotations

from booklet.clean import clean_lines
from booklet.model import Paragraph
from booklet.rawlines import Box, RawLine, Role
from booklet.report import Report


def notes(doc):
    return [(n.label, "".join(i.text for i in n.inlines)) for a in doc.articles for n in a.footnotes]


# design chapter_footnotes, pdftotext: the raised ③ and the 。 after it pushed onto lines of their
# own, then the page's notes ①–④ (continuous numbering)
PAGE_ONE = """区域科技创新体系是国家创新体系的重要组成部分，是区域经济
社会发展的重要支撑①。改革开放以来，特别是进入新时代以来，各
地围绕产业发展需求，不断完善创新平台、创新主体、创新环境，区
域创新能力显著增强。
3.1 区域科技创新体系的内涵
关于区域创新体系，学术界已有较多讨论。有学者认为，区域创
新体系是由一定地域内相互联系的企业、高校、科研机构和中介服务
机构等组成的网络系统②；也有学者强调制度安排和文化氛围在区域
创新中的作用，认为创新是一个社会过程，离不开地方的制度环境
。

③

综合已有研究，本书将区域科技创新体系界定为：在一定区域范
围内，以企业为主体、市场为导向、产学研深度融合，由创新主体、
创新资源、创新平台和创新环境共同构成的有机整体。
3.1.1 创新主体
企业、高校和科研院所是区域科技创新的三类主要主体。企业直
接面向市场，对技术需求最为敏感；高校和科研院所是知识生产和人
才培养的主要场所，是原始创新的重要源头④。三类主体之间的协同
程度，在很大程度上决定了区域创新体系的运行效率。
①参见国家科技体制改革和创新体系建设领导小组办公室编：《国家创新体系建设报
告》，科学技术文献出版社2022年版，第15—18页。该报告对区域创新体系与国家
创新体系的关系作了系统阐述，并对各地创新体系建设的经验进行了总结。
②王明远：《区域创新体系的结构与功能研究》，载《科学学研究》2019年第6期，第
1021—1030页。
③李文华、周晓峰：《制度环境与区域创新绩效：基于省级面板数据的实证分析》，
载《中国软科学》2021年第3期，第88—99页。
④陈立新：《高校在区域创新体系中的作用》，载《高等教育研究》2020年第4期。
\f"""


def test_a_marker_pushed_onto_a_line_of_its_own_stays_in_the_text(texts, clean):
    doc, _ = clean(PAGE_ONE)
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[1].endswith("离不开地方的制度环境。③")
    assert paragraphs[2].startswith("综合已有研究")
    assert [label for label, _ in notes(doc)] == ["①", "②", "③", "④"]


def test_notes_are_taken_only_where_their_numbers_rise():
    # the lone ③ above the page's notes ①–④ is no note: notes of a page are numbered upwards
    from booklet.clean.lines import to_lines
    from booklet.clean.notes import _zone_end
    from booklet.readers.text import raw_lines

    lines = to_lines(raw_lines(PAGE_ONE, False))
    lone = next(k for k, ln in enumerate(lines) if ln.text == "③")
    first_note = next(k for k, ln in enumerate(lines) if ln.text.startswith("①参见"))
    assert _zone_end(lines, lone) is None
    assert _zone_end(lines, first_note) == len(lines)


# dev gold real_004 (a GB/T 9704 chapter), pdftotext: the page's two markers are both ① (the
# author numbered each note ①), and its two notes with them
PAGE_OF_EQUAL_MARKERS = """科技创新引领带动区域高质量发展①。依托北京、上海、粤
港澳大湾区具有全球影响力的科技创新中心建设，打造对外开放
程度最高、创新活力最强、科技和人才成果最丰富的示范区，辐
射带动京津冀、长三角、泛珠三角等区域创新能力进一步提升。
科技成果转化问题的根本挑战在于“最后一公里”，即从科
技创新到实际应用的关键阶段①。当前存在的问题主要涉及经济
结构、体制机制、周期性压力以及区域发展的不平衡和不协调。
①司聪，任保平.中国式现代化新征程中经济高质量发展的战略重点与路径[J].
经济问题，2024(1):1-9+17.
①方晓霞.创新价值链视域下高职院校科技成果转化路径研究[J].教育与职业，
2023,(24):77-82.

— 4 —
"""


def test_notes_numbered_alike_on_a_page_are_each_a_note(texts, clean):
    # an equal number is no sign of a pushed-down marker unless the first is a lone marker
    doc, _ = clean(PAGE_OF_EQUAL_MARKERS)
    assert notes(doc) == [
        ("①", "司聪，任保平.中国式现代化新征程中经济高质量发展的战略重点与路径[J].经济问题，2024(1):1-9+17."),
        ("①", "方晓霞.创新价值链视域下高职院校科技成果转化路径研究[J].教育与职业，2023,(24):77-82."),
    ]
    assert texts(doc, Paragraph)[-1].endswith("周期性压力以及区域发展的不平衡和不协调。")


def test_a_lone_marker_above_a_note_of_its_number_is_no_note():
    from booklet.clean.lines import to_lines
    from booklet.clean.notes import _zone_end
    from booklet.readers.text import raw_lines

    text = PAGE_OF_EQUAL_MARKERS.replace("不协调。\n", "不协调\n①\n")
    lines = to_lines(raw_lines(text, False))
    lone = next(k for k, ln in enumerate(lines) if ln.text == "①")
    assert _zone_end(lines, lone) is None
    assert _zone_end(lines, lone + 1) is not None


def test_a_note_running_over_a_page_break_stays_one_note(texts, clean):
    # design a5_book (24 em), notes set at 0.8: the foot of page 2 carries the end of note ③
    # above note ④; the notes' lines hold more than the body's measure
    page_two = """综合已有研究，本书将区域科技创新体系界定为：
在一定区域范围内，以企业为主体、市场为导向、产学
研深度融合，由创新主体、创新资源、创新平台和创新
环境共同构成的有机整体。企业、高校和科研院所是区
域科技创新的三类主要主体，是原始创新的重要源头④。
度环境的改善对创新产出有显著的正向作用，且这种作用在东部地
区更为明显。
④陈立新：《高校在区域创新体系中的作用》，载《高等教育研究》
2020年第4期。
\f"""
    page_one = """区域科技创新体系是国家创新体系的重要组成部分，
是区域经济社会发展的重要支撑①。改革开放以来，特
别是进入新时代以来，各地围绕产业发展需求，不断完
善创新平台、创新主体、创新环境，区域创新能力显著
增强。有学者强调制度安排和文化氛围在区域创新中的
作用，认为创新是一个社会过程③。
①参见国家科技体制改革和创新体系建设领导小组办公室编：《国家
创新体系建设报告》，科学技术文献出版社2022年版，第15—18
页。
③李文华、周晓峰：《制度环境与区域创新绩效：基于省级面板数据
的实证分析》，载《中国软科学》2021年第3期，发现制
\f"""
    doc, _ = clean(page_one + page_two)
    found = dict(notes(doc))
    assert found["③"].endswith("发现制度环境的改善对创新产出有显著的正向作用，且这种作用在东部地区更为明显。")
    assert found["④"] == "陈立新：《高校在区域创新体系中的作用》，载《高等教育研究》2020年第4期。"
    assert texts(doc, Paragraph)[-1].endswith("是原始创新的重要源头④。")


def _note_line(text: str, lineno: int, page: int, x0: float, y: float, size: float = 11.1) -> RawLine:
    return RawLine(text, lineno, page=page, role=Role.FOOTNOTE, para_start=True,
                   box=Box(x0, 330.0, y, size, 334.0, 595.0))


def test_reader_marked_note_lines_hang_under_their_marker_and_cross_pages(texts):
    # the PDF reader (design a5_book) marks every note line a paragraph start; continuation lines
    # hang 11 pt in; the ③。 set small under its text line is part of the text
    lines = [RawLine("认为创新是一个社会过程，离不开地方的制度环境", 1, page=1, box=Box(0, 330, 320, 13.9, 334, 595)),
             _note_line("③。", 2, 1, 0, 341, 8.3),
             _note_line("①参见国家科技体制改革和创新体系建设领导小组办公室编：《国家", 3, 1, 0, 385),
             _note_line("创新体系建设报告》，科学技术文献出版社2022年版，第15—18", 4, 1, 11, 400),
             _note_line("页。", 5, 1, 11, 415),
             _note_line("③李文华、周晓峰：《制度环境与区域创新绩效：基于省级面板数据", 6, 1, 0, 430),
             _note_line("的实证分析》，载《中国软科学》2021年第3期，发现制", 7, 1, 11, 445),
             RawLine("综合已有研究，本书将区域科技创新体系界定为：在一定区域范围内。", 8, page=2,
                     box=Box(0, 330, 80, 13.9, 334, 595)),
             _note_line("度环境的改善对创新产出有显著的正向作用。", 9, 2, 11, 505),
             _note_line("④陈立新：《高校在区域创新体系中的作用》。", 10, 2, 0, 520)]
    doc = clean_lines(lines, Report())
    assert sorted(notes(doc)) == [
        ("①", "参见国家科技体制改革和创新体系建设领导小组办公室编：《国家创新体系建设报告》，科学技术文献出版社2022年版，第15—18页。"),
        ("③", "李文华、周晓峰：《制度环境与区域创新绩效：基于省级面板数据的实证分析》，载《中国软科学》2021年第3期，"
              "发现制度环境的改善对创新产出有显著的正向作用。"),
        ("④", "陈立新：《高校在区域创新体系中的作用》。")]
    assert texts(doc, Paragraph)[0].startswith("认为创新是一个社会过程，离不开地方的制度环境③。")


# a sweep design (A4, a 40-character measure, leading 2.0, notes at 0.8), realstyle text of the dev
# gold document 004 (chapter 1): note ② has no room at the foot of its page and stands first at the
# foot of the next, above that page's ① and ②, as the last lines of the file
NOTE_PUSHED_TO_THE_LAST_PAGE = """科技成果登记数量显著增长。2018—2022 年，中国科技成果登记数量逐年显著增加，反
映了中国在科技创新和成果转化方面的努力。这些科技成果的登记不仅促进了知识产权的保护，也为科技
成果的产业化和商业化提供了支持①。这将进一步推动科技成果向市场转化，为经济增长和
社会发展注入新的动力。
高新技术产品出口额整体上升。2018—2022 年，中国高新技术产品出口额整体呈上升态
①陈雅倩，方永恒，贾周萍.政策组合视角下科技成果转化政策的时间动态性分析[J].中国科技论坛，2023,(3):26
-36+48.
\f势，反映了中国在高科技产业的竞争力和国际地位的提升②。2022 年，中国高新技术产品出
口额为 9467 亿美元，相比 2018 年增长了 26.76%。随着我国科技发展和科技成果的产业化应
用，高新技术产品国际认可度提高，展示了中国科技实力和创新能力的全球影响力。
科技论文数量的整体增加表明中国在科学研究领域的投入和实力逐渐增强，为学术界提供了
更多的研究成果和知识积累①。高等学校在科技论文发表中的主导地位显示了中国教育体系
的实力和科研环境的改善②。
综上所述，中国的科技发展在数量和质量上都取得了显著的进展。这些无疑在诉说着科技兴国、创新兴邦的不变
真理。
②马林静.基于高质量发展标准的外贸增长质量评价体系的构建与测度[J].经济问题探索，2020,(8):33-43.
①李森，刘振天，陈时见等.高等教育强国建设的中国道路[J].高校教育管理，2024,(1):1-23.
②张应强，姜远谋.超大规模的高等教育普及化：时代背景、现实挑战和道路选择[J].高等教育研究，2022,43(8):
1-28.
"""


def test_a_whole_note_pushed_onto_the_next_page_is_a_note_of_its_own(texts, clean):
    # (the note zone at the end of the file once crashed the carry-over: IndexError)
    doc, _ = clean(NOTE_PUSHED_TO_THE_LAST_PAGE)
    assert [label for label, _ in notes(doc)] == ["①", "②", "①", "②"]
    found = [text for _, text in notes(doc)]
    assert found[0] == "陈雅倩，方永恒，贾周萍.政策组合视角下科技成果转化政策的时间动态性分析[J].中国科技论坛，2023,(3):26-36+48."
    assert found[1] == "马林静.基于高质量发展标准的外贸增长质量评价体系的构建与测度[J].经济问题探索，2020,(8):33-43."
    assert found[3].endswith("2022,43(8):1-28.")
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[-1].endswith("创新兴邦的不变真理。")
    assert not any("马林静" in p for p in paragraphs)


# design word_report (a 32-character measure, a two-line header band, 第 N 页 共 M 页 footer),
# pypdfium2, text of the dev gold document 004 (chapter 1): note ② is cut after its comma at the
# foot of page 5, and its last line 「2020,(8):33-43.」 stands alone at the foot of page 6, above
# that page's own ① and ② — short, so no run of lines wider than the body's measure shows it
NOTE_CUT_AT_A_COMMA = """年增长了 26.76%。随着我国科技发展和科技成果的产业化应用，高新技
①陈雅倩，方永恒，贾周萍.政策组合视角下科技成果转化政策的时间动态性分析[J].中国科
技论坛， 2023,(3):26-36+48.
②马林静.基于高质量发展标准的外贸增长质量评价体系的构建与测度[J].经济问题探索，
第 5 页 共 6 页
××市科学技术局办公室
工作简报 2026 年第 5 期
术产品国际认可度提高，展示了中国科技实力和创新能力的全球影响力。
科技论文数量的整体增加表明中国在科学研究领域的投入和实力逐渐增强，为学术界提供了
更多的研究成果和知识积累①。高等学校在科技论文发表中的主导地位显
示了中国教育体系的实力和科研环境的改善②。
我国科技产出规模及水平，从“中国制造”到“中国智造”，这些无疑在
诉说着科技兴国、创新兴邦的不变真理。
2020,(8):33-43.
①李森，刘振天，陈时见等.高等教育强国建设的中国道路[J].高校教育管理， 2024,(1):1-23.
②张应强，姜远谋.超大规模的高等教育普及化：时代背景、现实挑战和道路选择[J].高等教
育研究， 2022,43(8):1-28.
第 6 页 共 6 页
"""


def test_a_note_cut_after_a_comma_takes_the_one_line_above_the_next_pages_notes(texts, clean):
    doc, _ = clean(NOTE_CUT_AT_A_COMMA)
    found = [text for _, text in notes(doc)]
    assert found[1] == "马林静.基于高质量发展标准的外贸增长质量评价体系的构建与测度[J].经济问题探索，2020,(8):33-43."
    paragraphs = texts(doc, Paragraph)
    assert paragraphs[-1].endswith("创新兴邦的不变真理。")
    assert not any("33-43" in p for p in paragraphs)


def test_a_short_line_above_the_notes_stays_the_bodys_when_the_note_before_ended(texts, clean):
    # the same pages with note ② ended on its stop: the line above page 6's notes is no note's
    # rest, and (the sentence before it ended) it stays in the body
    ended = NOTE_CUT_AT_A_COMMA.replace("经济问题探索，\n", "经济问题探索。\n")
    doc, _ = clean(ended)
    assert notes(doc)[1][1].endswith("经济问题探索。")
    assert any("33-43" in p for p in texts(doc, Paragraph))
