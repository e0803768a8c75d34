"""A title wrapped in a narrow column: the ideographic space that parts its elements, and the ——
subtitle under it.

Snippet is real: dev text news_page_grassroots_items (design dangbao_four_ruled, four ruled columns
of about nine characters) read back by pypdf.  Expected values are the gold's: 「青石镇　“积分超市”激活
乡村治理」 one title (the space the typesetter set between its elements kept), and 「托起“一老一小”
幸福生活」 an article's title with 「——县民政局推进普惠养老托育服务纪实」 its subtitle.
"""

from __future__ import annotations

from booklet.model import Heading

# dangbao_four_ruled, pypdf: 「青石镇　」 ends its line on the element break (U+3000), the column
# wrapping right after it; the next title wraps over three lines, its subtitle over two, and the
# editor's note under it comes cut after its first line
NARROW_ITEMS = """的有2个，亿元以上的有9
个。开发区实行“一个项
目、一名领导、一个专
班”推进机制，帮助企业
解决用地、用工、融资等
方面困难31个，项目平均
审批时间压缩至15个工作
日以内。
青石镇\u3000
“积分超
市”激活乡
村治理
本报讯（通讯员 罗
晓燕）“参加环境整治得
5分，调解邻里纠纷得10
分，攒够积分就能换洗衣
液、大米。”连日来，青
石镇各村的“积分超市”
成了村民议论最多的话
题。
青石镇将人居环境整
治、移风易俗、志愿服务
等内容纳入积分管理，每
季度公示一次积分排名，
评选“美丽庭院”和“文
明家庭”。截至目前，全
镇已有4200余户农户参
与，累计兑换物品1.6万
件。
托起“一老
一小”幸福
生活
——县民政局推进普惠
养老托育服务纪实
编者按：养老和
托育，一头连着老
人，一头连着孩子，
关系千家万户。本报
今起推出系列报道，
记录我县在补齐民生
短板方面的探索和实
践，敬请关注。
本报记者 汤雨薇
"""


def _headings(doc, texts) -> list[str]:
    return [a.title for a in doc.articles if a.title] + texts(doc, Heading)


def test_line_ending_on_ideographic_space_joins_the_next_title_line(clean, texts):
    doc, _ = clean(NARROW_ITEMS)
    heads = _headings(doc, texts)
    assert "青石镇\u3000“积分超市”激活乡村治理" in heads
    assert "青石镇" not in heads


def test_dash_subtitle_under_a_wrapped_title_is_the_articles_subtitle(clean):
    doc, _ = clean(NARROW_ITEMS)
    item = next(a for a in doc.articles if a.title == "托起“一老一小”幸福生活")
    assert item.subtitle == "——县民政局推进普惠养老托育服务纪实"

