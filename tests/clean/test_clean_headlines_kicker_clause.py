"""A kicker (引题) holding a full clause, wrapped over the measure, over a shorter title set larger.

Snippets are real: dev text news_page_grassroots_items (design news_one_column_a5) read back by
``pdftotext -raw``, and dev gold_real_002_booklet (kai_16_hei_heads) in the saved-text style.
Expected values are what the printed page shows: the kicker on its own lines, the title under it.
"""

from __future__ import annotations

# news_one_column_a5, pdftotext -raw: the kicker fills its first line and stops short on its
# second; the title under it is one short line (the three lines reach the cleaner as one block)
A5_HEAD = """全面推进城乡社区治理现代化 全县 148 个村
（社区）完成党群服务中心提档升级
家门口的服务更暖心
本报记者 沈佳宁 通讯员 邹立平
走进城关镇东门社区党群服务中心，一楼是便
民服务大厅，社保、医保、民政等 28 项事项可以
“一窗受理”；二楼设有老年食堂、儿童之家和图
书室，每天来这里的居民有三四百人次。
"""

# gold_real_002_booklet, saved-text style: a title wrapped over four lines of its column, its
# third line keeping a space where its phrases part; no kicker split off its wrapped lines
WRAPPED_TITLE = """习近平在加强基础研究座谈

会上强调 以更大力度更实举

措加强基础研究 进一步打 

牢科技强国建设根基 

（来源：新华社，2026 年 4 月 30
"""


def test_wrapped_kicker_that_stops_short_is_apart_from_its_title(clean):
    doc, _ = clean(A5_HEAD)
    first = doc.articles[0]
    assert (first.kicker or "").replace(" ", "") == "全面推进城乡社区治理现代化全县148个村（社区）完成党群服务中心提档升级"
    assert first.title == "家门口的服务更暖心"
    assert first.author and "沈佳宁" in first.author


def test_two_part_title_of_like_length_is_no_kicker(clean):
    doc, _ = clean("""共建文明城市
共享美好家园
本报记者 沈佳宁
走进城关镇东门社区党群服务中心，一楼是便民服务大厅，社保、医保、民政等28项事项可以“一窗受理”。
""")
    assert not doc.articles[0].kicker
    assert doc.articles[0].title.replace(" ", "") == "共建文明城市共享美好家园"


def test_wrapped_title_keeps_its_lines_together(clean, texts):
    from booklet.model import Heading
    doc, _ = clean(WRAPPED_TITLE)
    heads = [a.title for a in doc.articles] + texts(doc, Heading)
    assert not [a.kicker for a in doc.articles if a.kicker]
    assert any(h.replace(" ", "") == "习近平在加强基础研究座谈会上强调以更大力度更实举措加强基础研究进一步打牢科技强国建设根基"
               for h in heads)


# news_one_column_a5, pdftotext -raw (page furniture left out): an item, then a title with its —— subtitle and an
# 编者按 set under them, over the byline
EDITOR_NOTE = """青石镇 “积分超市”激活乡村治
理
本报讯（通讯员 罗晓燕）“参加环境整治得
5 分，调解邻里纠纷得 10 分，攒够积分就能换洗
衣液、大米。”连日来，青石镇各村的“积分超
市”成了村民议论最多的话题。
青石镇将人居环境整治、移风易俗、志愿服务
等内容纳入积分管理，每季度公示一次积分排名，
评选“美丽庭院”和“文明家庭”。截至目前，全
镇已有 4200 余户农户参与，累计兑换物品 1.6 万
件。
托起“一老一小”幸福生活
——县民政局推进普惠养老托育服务纪实
编者按：养老和托育，一头连着老人，一头连
着孩子，关系千家万户。本报今起推出系列报道，
记录我县在补齐民生短板方面的探索和实践，敬请
关注。
本报记者 汤雨薇
清晨八点，南湖街道综合养老服务中心里，几
位老人正在康复师的指导下进行器械训练。隔壁的
普惠托育园里，孩子们在老师的带领下做早操，欢
笑声不时传来。
把养老和托育放在同一栋楼里，是县民政局的
一次尝试。“老人来了有事做，孩子来了有人陪，
家长接送也方便。”中心负责人陆敏说，目前中心
共有日间照料床位 40 张、托位 60 个，基本实现满
"""


def test_editor_note_under_a_subtitle_leaves_the_headline_an_article(clean):
    doc, _ = clean(EDITOR_NOTE)
    heads = [(a.title, a.subtitle) for a in doc.articles]
    assert ("托起“一老一小”幸福生活", "——县民政局推进普惠养老托育服务纪实") in heads


# news_page_grassroots_items on neikan_three_picture (three columns, the lead's headline over two
# of them), read by pypdf: the kicker wraps over three lines (its first keeping the ideographic
# space where its parts meet, its second a digit run: no wider than the first line as printed)
# and stops short, and the title under it wraps onto a two-character rest in its own block
NEIKAN_PICTURE_HEAD = """学习参考  2026年第11期
第1页
全面推进城乡社区治理现代化\u3000
全县148个村（社区）完成党群
服务中心提档升级
家门口的服务更
暖心
本报记者 沈佳宁 通讯员 邹立平
走进城关镇东门社区党群服务
中心，一楼是便民服务大厅，社保、
医保、民政等28项事项可以“一窗
受理”；二楼设有老年食堂、儿童
之家和图书室，每天来这里的居民
有三四百人次。
"""


def test_kicker_ended_on_its_rest_is_apart_from_the_title_under_it(clean):
    """``titles.ended_on_rest`` (the kicker's block, ended on its short last line, wraps into no
    heading under it) and ``headlines._lines_ended`` (its first line within a unit of its widest)."""
    doc, _ = clean(NEIKAN_PICTURE_HEAD)
    first = doc.articles[0]
    assert (first.kicker or "").replace(" ", "").replace("\u3000", "") \
        == "全面推进城乡社区治理现代化全县148个村（社区）完成党群服务中心提档升级"
    assert first.title == "家门口的服务更暖心"


# briefs_county_work_digest on zhoumo_picture_across, read by pypdf: the banner's first element
# (two parallel phrases) wraps across the page and stops short; the second title, set in its
# column, wraps onto a rest of its own — two elements of one headline, of lengths not far apart
ZHOUMO_BANNER = """周末·城乡
第1版  2026年12月5日
抓好冬春农田水利建设 夯实明年
粮食丰收基础
全县冬修水利工
程全面开工
——首批38个项目完成投资1.6亿
元
县水利局 县农业农村局
11月以来，我县抢抓秋收后农田
空闲、降雨偏少的有利时机，组织开
展冬春农田水利基本建设。截至11月
"""


def test_a_wrapped_element_ended_short_is_apart_from_the_title_under_it(clean):
    """``titles.ended_on_rest`` (the banner's block, ended on 「粮食丰收基础」, wraps into no heading)
    and ``headlines._ended_clause_over`` (an element that wrapped and ended is apart from the one
    under it, whatever their lengths: the ratio is asked only inside one block)."""
    doc, _ = clean(ZHOUMO_BANNER)
    first = doc.articles[0]
    assert (first.kicker or "").replace(" ", "") == "抓好冬春农田水利建设夯实明年粮食丰收基础"
    assert first.title == "全县冬修水利工程全面开工"


# lecture_party_style on neikan_three_picture, read by pypdfium2 (the page's first 44 lines: with
# fewer the study reads another measure and the head goes): the page's head left glued over the
# title's first line, the title cut by the measure inside a word (勇|于)
NEIKAN_LECTURE_HEAD = """学习参考 2026年第11期 第1页
锤炼过硬作风 勇
于担当作为
——在市直机关工委专题党课上
的辅导报告
市直机关工委理论学习中心组
同志们：
今天，我围绕“锤炼过硬作风、
勇于担当作为”这个主题，同大家
交流几点学习体会。
一、深刻认识作风建设的重要
意义
作风问题从来不是小事。古人
讲：“其身正，不令而行；其身不
正，虽令不从。”
①作风正，则人
心聚；作风散，则事业衰。市委在
部署机关作风建设时明确提出：
作风建设永远在路上，没
有休止符。机关党员干部要把
作风建设作为经常性工作，一
抓到底，久久为功，以好的作
风推动各项工作落地见效。
——《中共江城市委关于深化机关
作风建设的意见》（2019年4月）
这段话讲得很透彻。作风建设
不是一阵风，而是一场持久战。
二、准确把握当前机关作风方
面存在的突出问题
对照要求，我们机关作风还存
在一些不容忽视的问题。一是有的
同志担当意识不强。遇到矛盾绕着
走，碰到难题往上推，满足于“不
出事”。二是有的同志调查研究不
深。习惯于坐在办公室听汇报、看
材料，对基层实际情况知之不多
②
。
三是有的同志文风会风不实。文件
越发越
长，会
议
越
开越多，
"""

def _headings(doc, texts):
    from booklet.model import Heading
    return [a.kicker or "" for a in doc.articles] + [a.title or "" for a in doc.articles] + texts(doc, Heading)


def test_an_element_cut_inside_a_word_has_not_ended(clean, texts):
    """``headlines._lines_ended``: a line cut inside a dictionary word (勇|于) did not end its element."""
    doc, _ = clean(NEIKAN_LECTURE_HEAD)
    assert not [h for h in _headings(doc, texts) if h.replace(" ", "").endswith("勇")]
    assert any(h.replace(" ", "").endswith("勇于担当作为") for h in _headings(doc, texts))


def test_an_element_cut_inside_its_quotation_has_not_ended():
    """``shapes.leaves_quote_open``, asked by ``headlines._lines_ended``: news_page_city_briefs on
    dangbao_four_ruled (pypdf) cut the title 「一张“明白」 / 「卡”让办事」 / 「少跑腿」 inside its quotation."""
    from booklet.shapes import leaves_quote_open
    assert leaves_quote_open("小切口解决大问题一张“明白")
    assert not leaves_quote_open("一张“明白卡”让办事少跑腿")
    assert not leaves_quote_open("——江城区推行政务服务“一次告知”见闻")
