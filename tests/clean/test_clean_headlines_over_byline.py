"""A headline group over its byline: a kicker on full lines of the column, the title under it.

Snippets are real: dev text news_page_grassroots_items in design two_columns_hanging, read back by
pypdf (the kicker's two lines fill the column as the body's do, the title a short line under them:
the three lines reach the cleaner as one paragraph) and in the real-style saved text (each line a
block of its own; the kicker's two lines joined). Expected values are what the printed page shows:
the kicker on its own lines, the title under it, the byline under both.
"""

from __future__ import annotations

# two_columns_hanging, pypdf: the page's first lines under its running head
PYPDF_HEAD = """全面推进城乡社区治理现代化　全县148
个村（社区）完成党群服务中心提档升级
家门口的服务更暖心
本报记者 沈佳宁 通讯员 邹立平
走进城关镇东门社区党群服务中心，一
楼是便民服务大厅，社保、医保、民政等28
项事项可以“一窗受理”；二楼设有老年食
堂、儿童之家和图书室，每天来这里的居民
有三四百人次。
"""

# two_columns_hanging, real-style saved text (trailing spaces as saved)
REALSTYLE_HEAD = """全面推进城乡社区治理现代化　全县 148

个村（社区）完成党群服务中心提档升级 

家门口的服务更暖心 

本报记者 沈佳宁 通讯员 邹立平 

走进城关镇东门社区党群服务中心，一

楼是便民服务大厅，社保、医保、民政等 28

项事项可以“一窗受理”；二楼设有老年食

堂、儿童之家和图书室，每天来这里的居民

有三四百人次。 
"""


def _kicker_title(doc):
    first = doc.articles[0]
    return (first.kicker or "").replace(" ", "").replace("\u3000", ""), first.title


def test_kicker_glued_to_its_title_over_the_byline_is_parted(clean):
    doc, _ = clean(PYPDF_HEAD)
    assert _kicker_title(doc) == ("全面推进城乡社区治理现代化全县148个村（社区）完成党群服务中心提档升级", "家门口的服务更暖心")
    assert doc.articles[0].author and "沈佳宁" in doc.articles[0].author


def test_kicker_block_over_title_line_over_the_byline_is_no_part_of_the_title(clean):
    doc, _ = clean(REALSTYLE_HEAD)
    assert _kicker_title(doc) == ("全面推进城乡社区治理现代化全县148个村（社区）完成党群服务中心提档升级", "家门口的服务更暖心")


def test_title_of_two_like_lines_over_a_byline_stays_one_title(clean):
    doc, _ = clean("""共建文明城市
共享美好家园
本报记者 沈佳宁
走进城关镇东门社区党群服务中心，一楼是便民服务大厅，社保、医保、民政等28项事项可以“一窗受理”。
""")
    assert not doc.articles[0].kicker
    assert doc.articles[0].title.replace(" ", "") == "共建文明城市共享美好家园"


# plan_elderly_care_implementation, pocket_18_set_in_heads, pypdf: the annex line wraps over the
# issuer's signature; it is a paragraph of the document, no headline
ANNEX_OVER_ISSUER = """（三）严格督促考核。将本方案实施
情况纳入对各区政府的年度绩效考核。
附件：江城市居家社区养老服务提升
行动任务分工表
江城市人民政府办公室
2026年11月20日
"""


def test_annex_line_over_the_issuer_is_no_headline(clean, texts):
    from booklet.model import Heading
    doc, _ = clean(ANNEX_OVER_ISSUER)
    heads = [a.title for a in doc.articles if a.title] + [a.kicker for a in doc.articles if a.kicker] + texts(doc, Heading)
    assert not any("附件" in h or "分工表" in h for h in heads)
