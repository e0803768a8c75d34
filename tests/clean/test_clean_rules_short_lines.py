"""Short unpunctuated lines that are no headings: what role a short line plays (issue 10, F4).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs and read back by the extractor named above it.  Expected values are what a
careful reader of the printed page sees: an office under a speech's title is its author, a
dash-led line under a quotation its attribution, an office over a dated 印发 line the
signature of a 简报.
"""

from __future__ import annotations

from booklet.model import Heading
from booklet.shapes import short_line_role


# dev text lecture_party_style, design a5_book, pdftotext: title, ——subtitle, then the office
# that gave the lecture (no 本报记者/作者 before it), then the salutation
LECTURE_HEAD = """锤炼过硬作风 勇于担当作为
——在市直机关工委专题党课上的辅导报告
市直机关工委理论学习中心组
同志们：
今天，我围绕“锤炼过硬作风、勇于担当作为”这
个主题，同大家交流几点学习体会。
一、深刻认识作风建设的重要意义
作风问题从来不是小事。
"""


def test_office_under_a_title_and_its_subtitle_is_the_author(texts, clean):
    doc, _ = clean(LECTURE_HEAD)
    article = doc.articles[0]
    assert article.subtitle == "——在市直机关工委专题党课上的辅导报告"
    assert article.author == "市直机关工委理论学习中心组"
    assert texts(doc, Heading) == ["一、深刻认识作风建设的重要意义"]


# the same lecture further on: a classical quotation and its attribution, which names a book
# and carries no date in brackets
LECTURE_QUOTE = """这些问题虽然发生在少数人身上，但影响很坏，必
须下大力气解决。
三、以实际行动推动作风持续好转
《礼记·大学》有言：
苟日新，日日新，又日新。
——《礼记·大学》
作风建设也要有这种日新又新的精神。具体来说，
要做到“三个坚持”：
"""


def test_dash_led_line_under_a_quotation_is_its_attribution_without_a_date(texts, clean):
    doc, _ = clean(LECTURE_QUOTE)
    assert texts(doc, Heading) == ["三、以实际行动推动作风持续好转"]
    assert "——《礼记·大学》" in texts(doc)


# dev text guide_office_system_ops, design wide_tight, pdftotext: the title, its edition in
# brackets (the extractor spaced the year), the office that compiled it with 编
GUIDE_HEAD = """协同办公系统公文流转操作指南
（ 2026 年修订版）
江城市大数据中心 编
一、适用范围
本指南适用于全市各级机关使用协同办公系统办理收文、发文、督办等公文流转业务。系统
管理员的配置操作另见《系统管理员手册》。
"""


def test_edition_under_a_title_is_its_subtitle_and_a_compiler_with_bian_its_author(texts, clean):
    doc, _ = clean(GUIDE_HEAD)
    article = doc.articles[0]
    assert article.title == "协同办公系统公文流转操作指南"
    assert article.subtitle is not None and article.subtitle.replace(" ", "") == "（2026年修订版）"
    assert article.author == "江城市大数据中心 编"
    assert texts(doc, Heading) == ["一、适用范围"]


# dev text jianbao_flood_season, design gongwen, pdftotext: the 简报's distribution list and,
# at its end, the issuing office over the date it was printed (印发)
JIANBAO_END = """5. 抢险救援准备更足。全市组建专业抢险队伍32支，储备
编织袋、救生衣等防汛物资价值2100万元。
6. 值班值守盯得更紧。主汛期全市各级防汛机构实行24小
时领导带班和专人值班制度，累计处置险情19起，均在第一时间
得到有效控制。
汛期工作中也暴露出一些问题。
一是部分山塘水库监测设施老化。
二是个别乡镇预案针对性不强。
下一步，市水利局将结合冬春水利建设，抓紧开展水毁工程
修复，补齐监测预警短板，为明年安全度汛打好基础。
报：市委办公室，市政府办公室。
送：市防汛抗旱指挥部各成员单位。
发：各区（县）水利局，局属各单位。
江城市水利局办公室
2026年10月15日印发
"""


def test_office_over_a_printed_on_date_is_the_signature_not_headings(texts, clean):
    doc, _ = clean(JIANBAO_END)
    assert texts(doc, Heading) == []
    assert texts(doc)[-2:] == ["江城市水利局办公室", "2026年10月15日印发"]


def test_roles_of_short_lines_by_their_shape():
    assert short_line_role("江城市大数据中心 编") == "compiler"
    assert short_line_role("党委宣传部编印") == "compiler"
    assert short_line_role("——摘自《习近平谈治国理政》") == "attribution"
    assert short_line_role("2026年10月15日印发") == "field"
    # a title ending in 汇编 is no compiler line, nor is a heading
    assert short_line_role("学习资料汇编") is None
    assert short_line_role("一、深刻认识作风建设的重要意义") is None
