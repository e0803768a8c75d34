"""A kicker (引题) exactly as wide in characters as the first line of the wrapped title under it.

Snippet is real: dev text news_page_city_briefs (design daily_span_ruled) read back by pypdf (the
same lines reach the cleaner from pypdfium2, ``pdftotext -raw`` and the pastes).  Expected values
are what the printed page shows: the kicker on its own line, the title (two lines) under it.
"""

from __future__ import annotations

# the kicker and the title's first line both hold eight characters; the title's second line is
# its short rest
CITY_BRIEFS_HEAD = """会议要求，要抓好蔬菜、肉
类等重要民生商品保供稳价，加
大对困难群众的走访慰问力度，
切实把党和政府的温暖送到群众
心坎上。
小切口解决大问题
一张“明白卡”让
办事少跑腿
——江城区推行政务服务“一
次告知”见闻
本报记者 田思远 通讯员 韩冰
在江城区政务服务中心，每
个窗口都摆着一摞彩色卡片。卡
片正面印着办事所需材料清单，
背面是二维码，扫码就能看到填
"""


def test_kicker_as_wide_as_the_titles_first_line_is_apart_from_it(clean, texts):
    from booklet.model import Heading
    doc, _ = clean(CITY_BRIEFS_HEAD)
    heads = [(a.kicker or "", a.title) for a in doc.articles]
    flat = [h for pair in heads for h in pair] + texts(doc, Heading)
    assert "小切口解决大问题一张“明白卡”让办事少跑腿" not in [h.replace(" ", "") for h in flat]
    assert any(h.replace(" ", "") == "一张“明白卡”让办事少跑腿" for h in flat)
    assert any(h.replace(" ", "") == "小切口解决大问题" for h in flat)


# dev text news_page_county (design dangbao_four_ruled) read back by pypdf: a title wrapped over
# three lines of a narrow column, its first line ending on the auxiliary 之 (which waits for what
# follows), its second cut inside 田间: no kicker
COUNTY_TITLE = """班时间分别为6时30分和
20时30分，票价统一为1
元。
让科技之
花开在田
间地头
□ 本报评论员
农业现代化，关键是
"""


def test_title_whose_first_line_ends_on_an_auxiliary_keeps_its_lines(clean):
    doc, _ = clean(COUNTY_TITLE)
    assert not [a.kicker for a in doc.articles if a.kicker]
    assert "让科技之花开在田间地头" in [a.title.replace(" ", "") for a in doc.articles]
