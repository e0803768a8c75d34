"""A 来源 line goes on into its locator set on a line of its own (issue 10, branch news57).

A 来源 line cites its source down to the issue or page (「来源：江城县人民政府办公室《工作动态》2026年
第23期」).  A title in 《》 is not broken, an opening bracket never ends a line and a Latin-set year is
one word, so a narrow column ends the line before them, short of the measure: 「来源：江城县人民政府
办公室」 / 「《工作动态》2026年第23期」 on 14 characters, 「来源：…《工作动态》」 / 「2026年第23期」 on 19.
``unwrap`` read the short line as the block's end, and the locator alone became a heading.  The
locator line holds nothing but the publication's title, its date and its issue or page
(``shapes.LOCATOR_LINE_RE``), and with the line above it makes one whole 来源 line
(``shapes.locator_rest``): it is that line's rest (``unwrap._source_cut``).

The snippets are real: briefs_county_work_digest × wanbao_banner_items × pdftotext -raw (dev), and
the same text in design nw54_02 of the news sweep (``tests/eval/heading_sweep.py --kind news
--designs 6 --seed 57``) read by pypdf.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading
from booklet.shapes import locator_rest

# briefs_county_work_digest × wanbao_banner_items × pdftotext -raw: the last items, the editor's note, the 来源 line
BRIEFS_RAW = "\n".join([
    '广大群众自觉遵守有关规定，',
    '发现火情立即拨打森林火警电',
    '话。',
    '县图书馆“全民阅',
    '读月”活动圆满结',
    '束',
    '（县文化广电旅游体育局供',
    '稿）',
    '为期一个月的“全民阅读',
    '月”活动日前落下帷幕。活动',
    '期间，县图书馆联合各乡镇综',
    '合文化站开展读书分享、名家',
    '讲座、亲子共读等活动52场，',
    '参与群众1.3万人次，新办借',
    '阅证1100余张。',
    '城区新增公共停车',
    '泊位1200个',
    '（县住房和城乡建设局供稿）',
    '我县利用边角地块、闲置',
    '空地和单位内部停车场错时开',
    '放等方式，今年在城区新增公',
    '共停车泊位1200个，并在老城',
    '区主要街道设置了30处临时停',
    '车点，有效缓解了医院、学',
    '校、农贸市场周边“停车难”',
    '问题。',
    '编者按：本期刊发的各单',
    '位工作动态，由各乡镇、县直',
    '有关单位报送，刊发时有删',
    '节。欢迎各单位及时报送工作',
    '中的新做法、新成效。',
    '来源：江城县人民政府办公室',
    '《工作动态》2026年第23期',
]) + "\n"

# briefs_county_work_digest × nw54_02 × pypdf: the page's end (pypdf writes the Latin runs apart)
BRIEFS_PYPDF = "\n".join([
    '严禁携带火种进山。请广大群众自觉遵守有',
    '关规定，发现火情立即拨打森林火警电话。',
    '县图书馆“全民',
    '阅读月”活动圆',
    '满结束',
    '（县文化广电旅游体育局供稿）',
    '为期一个月的“全民阅读月”活动日前',
    '落下帷幕。活动期间，县图书馆联合各乡镇',
    '综合文化站开展读书分享、名家讲座、亲子',
    '共读等活动',
    '52',
    '场，参与群众',
    '1.3',
    '万人次，',
    '新办借阅证',
    '1100',
    '余张。',
    '城区新增公共停',
    '车泊位',
    '1200',
    '个',
    '（县住房和城乡建设局供稿）',
    '我县利用边角地块、闲置空地和单位内',
    '部停车场错时开放等方式，今年在城区新增',
    '公共停车泊位',
    '1200',
    '个，并在老城区主要街',
    '道设置了',
    '30',
    '处临时停车点，有效缓解了医',
    '院、学校、农贸市场周边“停车难”问题。',
    '编者按：本期刊发的各单位工作动态，',
    '由各乡镇、县直有关单位报送，刊发时有删',
    '节。欢迎各单位及时报送工作中的新做法、',
    '新成效。',
    '来源：江城县人民政府办公室《工作动态》',
    '2026',
    '年第',
    '23',
    '期',
]) + "\n"

WHOLE = "来源：江城县人民政府办公室《工作动态》2026年第23期"


@pytest.mark.parametrize("text", [BRIEFS_RAW, BRIEFS_PYPDF])
def test_a_source_line_goes_on_into_its_locator(clean, texts, text):
    doc, _ = clean(text)
    assert doc.articles[-1].source_line == WHOLE
    assert not any("2026年第23期" in t for t in texts(doc, Heading) + [a.title for a in doc.articles])


@pytest.mark.parametrize("before, after", [
    ("来源：江城县人民政府办公室", "《工作动态》 2026 年第 23 期"),
    ("来源：江城县人民政府办公室《工作动态》", "2026年第23期"),
    ("来源：新华社", "《人民日报》2026年11月20日第7版"),
])
def test_a_locator_alone_is_the_source_lines_rest(before, after):
    assert locator_rest(before, after)


@pytest.mark.parametrize("before, after", [
    ("来源：《江城日报》2026年11月20日第7版", "2026年第23期"),       # the line was whole
    ("来源：江城县人民政府办公室", "《工作动态》编辑部"),             # no date, no issue
    ("来源：江城县人民政府办公室", "2026年全县粮食产量再创新高"),     # a sentence, not a locator
])
def test_no_other_line_is_a_locator_rest(before, after):
    assert not locator_rest(before, after)
