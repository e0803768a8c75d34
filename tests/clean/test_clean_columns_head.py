"""A head's line centred over the columns of a ``pdftotext -layout`` page, above every column's first
body row, is not cut at the gutter (``columns._head_end``, ``columns._over_columns``).

The page is the first 34 rows of the dev case ``news_page_grassroots_items`` set in
``wanbao_banner_items`` (three columns under a banner) and read by ``pdftotext -layout``: its byline
「本报记者 沈佳宁 通讯员 邹立平」 is centred over the columns and begins at the second column's cell.
"""

from __future__ import annotations


PAGE = (
    "江城晚报 城事                                 2026年12月3日   星期四   A1\n"
    "\n"
    "\n"
    "  全面推进城乡社区治理现代化      全县148个村（社区）完成党群服务中心提档升级\n"
    "\n"
    "\n"
    "          家门口的服务更暖心\n"
    "                  本报记者 沈佳宁 通讯员 邹立平\n"
    "   走进城关镇东门社区党群                       移风易俗、志愿服务等内容纳\n"
    "服务中心，一楼是便民服务大\n"
    "厅，社保、医保、民政等28项     稳住产业              入积分管理，每季度公示一次\n"
    "                                     积分排名，评选“美丽庭院”\n"
    "事项可以“一窗受理”；二楼                        和“文明家庭”。截至目前，\n"
    "设有老年食堂、儿童之家和图\n"
    "书室，每天来这里的居民有三\n"
    "                   链 激活              全镇已有4200余户农户参与，\n"
    "                                     累计兑换物品1.6万件。\n"
    "四百人次。\n"
    "   “以前办个事要跑好几个\n"
    "部门，现在在楼下就能办好，\n"
    "                    新动能              托起“一老一小”幸\n"
    "工作人员还会上门帮我们这些         本报讯（记者 韩书涛）\n"
    "腿脚不便的老人代办。”72岁    11月26日，县经济开发区举行       福生活\n"
    "的居民周桂英说。          2026年第四季度重大项目集中    ——县民政局推进普惠养老\n"
    "   今年以来，县里统筹资金    开工仪式，12个项目总投资4         托育服务纪实\n"
    "1.2亿元，按照“一中心多站    6.8亿元，涵盖新能源装备、\n"
    "                                       编者按：养老和托育，一\n"
    "点”的思路，对全县148个村    电子元器件、食品精深加工等\n"
    "                                     头连着老人，一头连着孩子，\n"
    "（社区）党群服务中心进行提     领域。\n"
    "                                     关系千家万户。本报今起推出\n"
    "档升级，新增服务面积3.6万        据了解，此次开工的项目\n"
    "                                     系列报道，记录我县在补齐民\n"
    "平方米，推动各类服务资源向     中，投资10亿元以上的有2\n"
)


def test_a_byline_centred_over_the_columns_above_their_body_is_read_whole_before_them(columned):
    out = columned(PAGE + "\n")
    assert "本报记者 沈佳宁 通讯员 邹立平" in out
    # under its headline, before the first column's first line
    assert out.index("家门口的服务更暖心") < out.index("本报记者 沈佳宁 通讯员 邹立平") < out.index("走进城关镇东门社区党群")


def test_the_columns_below_the_head_are_still_cut_at_the_gutter(columned):
    out = columned(PAGE + "\n")
    assert "服务中心，一楼是便民服务大" in out and "移风易俗、志愿服务等内容纳" in out
    assert out.index("服务中心，一楼是便民服务大") < out.index("移风易俗、志愿服务等内容纳")
