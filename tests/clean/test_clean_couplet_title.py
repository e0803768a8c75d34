"""A kicker over its title: a couplet under a headline line, or a line narrower than the title's
first line under it (issue 10, branch news52).

A news item's headline is a kicker (引题) over its title (主题).  When the title is a couplet — two
phrases of as many ideographs set apart by a space (「老旧小区换新颜 居民住得更舒心」) — the line over
it is no first line of it: a line that wrapped breaks where the measure ends, not between two even
halves, so the title starts at the couplet and the line above is the kicker, however much wider
(``shapes.couplet_under``, read by ``titles._wrapped_pair`` and ``headlines.kicker_lines``).  The
mirror of heads49's ``shapes.couplet_over`` (a couplet kicker over a narrower title).

A line of a title that wrapped is full, so the line under it is no wider — but for a mark pushed
down with the character before it (「量，」, 「“共」), or widths the count cannot know (digits, Latin,
spaces, a mark set half-width): ``setoff.REST_WIDER_EM`` of slack.  Between two lines of ideographs
alone neither can be: each ideograph sits on a square em, so a first line narrower than the line
under it had room for that line's first ideograph and did not wrap — it is an element of its own, a
kicker (``setoff._rest_slack``, in ``setoff._plain_rest``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

import pytest

from booklet.shapes import couplet_under

# news_page_district_livelihood × jianbao_wide_narrow × pypdfium2: the kicker on the measure, the
# couplet title set larger and wrapped before its last ideograph, the subtitle, the byline.
KICKER_OVER_WRAPPED_COUPLET = """\
工作动态 2026年第23期
聚焦民生实事 打通服务群众“最后一公里”
老旧小区换新颜 居民住得更舒
心
——江北区今年完成42个老旧小区改造见闻
本报记者 孙晓岚 通讯员 陈立新
清晨七点，江北区纺机新村的小广场上已经热闹起
来。刚刚铺好的塑胶步道上，几位老人沿着彩色的线路慢
慢走着；新装的健身器材旁，孩子们追逐嬉戏。“以前这
里是乱停乱放的车棚，下雨天满地积水，谁也不愿意多待
一分钟。”在小区住了三十多年的退休职工周桂芳说，
“现在天天下楼转一转，心情都不一样了。”
纺机新村建于上世纪八十年代，共有住宅楼18幢、居
民860余户，管网老化、道路破损、停车困难等问题长期困
扰着居民。今年3月，小区被列入区级改造计划。改造之
前，街道和社区先后召开居民议事会11场，逐户发放意见
征询表，把群众提出的127条意见建议梳理成“问题清
单”，再据此确定改造内容。
"""

# news_page_district_livelihood × wanbao_banner_items × pdftotext -raw: the banner across the page,
# kicker and couplet title one line each, the body in narrow columns under them.
KICKER_OVER_COUPLET = """\
江城晚报 城事 2026年12月3日 星期四 A1
聚焦民生实事 打通服务群众“最后一公里”
老旧小区换新颜 居民住得更舒心
——江北区今年完成42个老旧小区改造见闻
本报记者 孙晓岚 通讯员 陈立新
清晨七点，江北区纺机新
村的小广场上已经热闹起来。
刚刚铺好的塑胶步道上，几位
老人沿着彩色的线路慢慢走
着；新装的健身器材旁，孩子
们追逐嬉戏。“以前这里是乱
停乱放的车棚，下雨天满地积
水 ， 谁 也 不 愿 意 多 待 一 分
钟。”在小区住了三十多年的
退休职工周桂芳说，“现在天
天下楼转一转，心情都不一样
了。”
纺机新村建于上世纪八十
年代，共有住宅楼18幢、居民
860余户，管网老化、道路破
损、停车困难等问题长期困扰
着居民。今年3月，小区被列
"""


# news_page_district_livelihood × zhoumo_picture_across × pdftotext -raw: the end of an item, then the
# next item's kicker (7 ideographs) over its title set larger (10, wrapped), the byline, the lede.
KICKER_OVER_WIDER_TITLE = """\
治小组，每月召开一次“楼道议事
会”，及时解决公共设施维护、环境
卫生等日常问题。截至目前，江北区
已改造完成的小区中，有36个实现了
专业化物业管理或居民自治管理全覆
盖。
相关链接：老旧小区改造一
般分为基础类、完善类和提升类
三类。基础类主要包括水电气路
等市政配套设施的改造提升，完
善类主要包括加装电梯、建设停
车设施等，提升类主要包括养老、
托育、助餐等公共服务设施建设。
港口物流再提速
江城港集装箱吞吐量首
破百万标箱
本报讯（记者 王一鸣 通讯员 蒋
涛）
11月28日上午，随着一只满载机
电产品的集装箱吊上“江远16”号货
轮，江城港今年集装箱吞吐量突破
100万标准箱，较去年提前一个月实
现这一目标，创历史新高。
今年以来，江城港新开通至沿海
主要港口的内贸航线5条，“水铁联
运”班列由每周3列增加到每周7列。
"""


@pytest.mark.parametrize("text", [KICKER_OVER_WRAPPED_COUPLET, KICKER_OVER_COUPLET])
def test_the_couplet_under_the_kicker_is_the_title(clean, text):
    doc, _ = clean(text)
    first = next(a for a in doc.articles if a.title and "老旧小区" in a.title)
    assert first.title == "老旧小区换新颜 居民住得更舒心"
    assert first.kicker is not None and first.kicker.replace(" ", "") == "聚焦民生实事打通服务群众“最后一公里”"
    assert first.subtitle == "——江北区今年完成42个老旧小区改造见闻"


@pytest.mark.parametrize("upper, lower, whole", [
    ("聚焦民生实事 打通服务群众“最后一公里”", "老旧小区换新颜 居民住得更舒心", True),
    ("聚焦民生实事打通服务群众“最后一公里”", "老旧小区换新颜　居民住得更舒心", True),
    # gold_real_001_news × pocket_17_hei: a title's names wrapped in a narrow column — halves unlike
    ("全国科技大会 国家科学技术", "奖励大会 两院院士大会在京", False),
    # one phrase under the line: a title's rest may be that (``couplet_over`` asks the other way)
    ("抓好冬春农田水利建设 夯实明年粮食丰收基础", "全县冬修水利工程全面开工", False),
    # a line repeated (a running head over its title) is no couplet under itself
    ("锤炼过硬作风 勇于担当作为", "锤炼过硬作风 勇于担当作为", False),
])
def test_couplet_under(upper, lower, whole):
    assert couplet_under(upper, lower) is whole


def test_a_line_narrower_than_the_title_line_under_it_is_its_kicker(clean):
    doc, _ = clean(KICKER_OVER_WIDER_TITLE)
    item = next(a for a in doc.articles if a.title and "江城港" in a.title)
    assert item.kicker == "港口物流再提速"
    assert item.title == "江城港集装箱吞吐量首破百万标箱"
