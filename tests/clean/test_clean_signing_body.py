"""A body's name alone under a title signs it; a part's name alone is no byline (issue 10, branch texta79).

A 经验交流 material, a 简报's item or an 信息 prints the body that wrote it under its title, its name
alone on a line (「青山街道党工委」, 「县水利局」): no person's name after it, so no byline shape
(``shapes.ORG_BYLINE_RE``) says so, and a title line over it that did not fill the measure took it
as its wrapped rest (「…住得暖青山街道党工委」: four to seven characters added to the title, under
every extractor).  The rest of a title the measure wrapped opens inside the title's phrase; a
body's name opens on its own region or level (``shapes.SIGNING_BODY_RE``: 「中共」, 「江城市」,
「青山街道」, 「县」水利局), under a line that ended its phrase (``titles.signed_by_body``) — then it is
the headline's byline (``titles._wrapped_pair``, ``titles._wrapped_at_own_measure``,
``headlines._byline_ends_title``).  A body's name that opens on no region (「推进大会」 under
「全市召开优化营商环境」) stays the title's rest, as before.

A part's name alone (「前言」, 「后记」, 「结语」: ``shapes.PART_WORD_RE``) is two characters, as short as a
name, and under a title was read as its byline; it heads the text's part.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in a
drawn design (``heading_sweep.py --kind heading --seed 254``) and read back by the extractor named
above it.
"""

from __future__ import annotations

import pytest

from booklet.clean.titles import signed_by_body
from booklet.shapes import PART_WORD_RE, SIGNING_BODY_RE, looks_like_byline

# exchange_anyu_numbered_bold × sw25_00 × pdftotext: the title on one line, the body under it.
TITLE_OVER_BODY = """\
青山街道“红色物业”让老旧小区管得好、住得暖
青山街道党工委

编者按：物业管理是群众身边的“关键小事”。青山街道把党建引领融入
物业服务，推动社区、业委会、物业企业“三方联动”，破解了一批老旧小区
管理难题。现将他们的做法刊发，供各地学习借鉴。
青山街道是江城市典型的老城区，辖区内有老旧小区63个，其中无物业管
理小区一度达到21个。近年来，街道坚持以党建引领物业服务提质增效，走出
了一条老旧小区治理的新路子。目前，辖区老旧小区物业服务覆盖率达到10
0%，居民对物业服务的满意度由2023年的71%提高到93%，物业费收缴率由不足
五成提高到86%，群众投诉量同比下降了58%。

（一）建强组织：把支部建在小区上
组织建起来，工作才有抓手。
1.推动小区党组织全覆盖。按照“一小区一支部”的思路，在63个小区全
部建立党支部或党小组，选派118名社区干部、在职党员担任楼栋长，形成
“社区党委—小区党支部—楼栋党小组—党员中心户”四级组织链条。
"""

# exchange_anyu_numbered_bold × sw25_06 × pdftotext (the first page's lines under its band): the
# title set large at its own measure, both its lines full, the body under them.
WRAPPED_TITLE_OVER_BODY = """\
青山街道“红色物业”让
老旧小区管得好、住得暖
青山街道党工委
编者按：物业管理是群众身边的“关键小
事”。青山街道把党建引领融入物业服务，
推动社区、业委会、物业企业“三方联
动”，破解了一批老旧小区管理难题。现将
他们的做法刊发，供各地学习借鉴。
青山街道是江城市典型的老城区，辖区内有
老旧小区 63 个，其中无物业管理小区一度
达到 21 个。近年来，街道坚持以党建引领
物业服务提质增效，走出了一条老旧小区治
理的新路子。
"""

# reader_chapter_quoted_heads × sw25_03 × pdfminer (the first page's lines under its head): the
# title, a note in brackets, then 「前言」 over the preface.
PREFACE_UNDER_TITLE = """\
家风家教学习读本

（干部读本）

前言

家风是一个家庭的精神内核，也是一个社会的价值缩影。
为帮助广大党员干部加强家风建设，我们选编了古今家风家
训故事和有关论述，分为上下两篇，供大家学习参考。书中引文
均注明出处，个别文字略有删节。
"""


@pytest.mark.parametrize("snippet", [TITLE_OVER_BODY, WRAPPED_TITLE_OVER_BODY], ids=["one_line", "own_measure"])
def test_body_under_title_signs_it(clean, snippet):
    doc, _ = clean(snippet)
    article = doc.articles[0]
    assert article.title == "青山街道“红色物业”让老旧小区管得好、住得暖"
    assert article.author == "青山街道党工委"


def test_preface_under_title_is_a_heading(clean, headings_of):
    doc, _ = clean(PREFACE_UNDER_TITLE)
    assert "前言" in headings_of(doc)
    assert all(a.author != "前言" for a in doc.articles)


@pytest.mark.parametrize("title, below, signs", [
    ("青山街道“红色物业”让老旧小区管得好、住得暖", "青山街道党工委", True),
    ("全县小型水库安全度汛情况", "县水利局", True),
    ("全市召开优化营商环境", "推进大会", False),        # no region: the title's rest
    ("暖心服务走进", "县人民医院", False),             # 走进 waits for its object
    ("江城区建成首个社区嵌入式养老", "服务中心", False),  # the measure cut 养老服务中心
    ("年底前实现高频", "事项跨省通办", False),          # 跨省: a word holding the level, no region
])
def test_signed_by_body(title, below, signs):
    assert signed_by_body(title, below) is signs


def test_part_words_are_no_bylines():
    for word in ("前言", "后记", "结语", "附录"):
        assert PART_WORD_RE.match(word) and not looks_like_byline(word)
    assert looks_like_byline("李明")
    assert SIGNING_BODY_RE.match("中共江城市委组织部") and not SIGNING_BODY_RE.match("服务中心")
