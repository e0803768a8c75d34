"""A byline the column cut after a role goes on in its names (issue 10, branch order52).

A byline names people under their roles, 「本报记者 田思远 通讯员 韩冰」; set in a narrow column it
wraps, and where the line ends on a role (``shapes.BYLINE_ROLES``) the names on the line under it
are the byline's rest — a role is never the last word of a byline.  On a page pasted in reading order
(a blank line after every line) the rest was read as a block of its own, opening a headline
(「韩冰」 / 「在江城区政务服务中」); a byline over a headline broke the page's item grammar
(``order._columned_loose``) and the page's blocks were moved, the item's first paragraph cut from its
byline.  The rest now goes on its byline's block (``order._rest_of``), as a photo credit's does.

The snippet is real: the dev text ``news_page_city_briefs`` set in the design
``jianbao_wide_narrow`` and written in reading order by the ``realstyle`` variant
(``tests/eval/extract.py``) — the whole text, as the page's order is weighed on the whole page.
"""

from __future__ import annotations


# news_page_city_briefs × jianbao_wide_narrow × realstyle: the whole text.
BRIEFS = """\
 工作动态      2026 年第 23 期 

市政府常务会议研究部署今冬明春重点工作强调 

抓早抓实民生实事 确保群众温

暖过冬 

本报记者 郑小川 

11 月 25 日，市政府召开常务会议，研究部署今冬明春

供暖保障、物资供应和安全生产等重点工作。 

会议指出，入冬以来，全市天然气供应总体平稳，但

寒潮天气可能带来用气高峰。各有关部门要加强监测预

警，提前做好应急气源储备，确保居民用气不断供、不降

压。 

会议要求，要抓好蔬菜、肉类等重要民生商品保供稳

价，加大对困难群众的走访慰问力度，切实把党和政府的

温暖送到群众心坎上。 

小切口解决大问题 

一张“明白卡”让办事少

跑腿 

——江城区推行政务服务

“一次告知”见闻 

本报记者 田思远 通讯员 

韩冰 

在江城区政务服务中

心，每个窗口都摆着一摞彩

色卡片。卡片正面印着办事

所需材料清单，背面是二维

码，扫码就能看到填表示

范。 

“以前来办营业执照，

材料总是差一两样，来回跑

了好几趟。”个体经营户刘

女士说，“现在拿着这张

卡，一次就办成了。” 

市民在政务服务中心窗口领取

办事“明白卡”。 本报记者 

田思远/摄 

据了解，江城区已梳理

高频事项 186 项，全部制作

“明白卡”，群众一次办结

率由 82%提高到 97%。 

全市首个社区“共享工

具间”开放 

本报讯（记者 周婷 通讯员

 邱明） 

近日，东湖街道青石社

区“共享工具间”正式开

放。居民凭借社区积分，可

免费借用电钻、梯子、缝纫

机等 40 余种工具。 

—1— 

 工作动态      2026 年第 23 期 

社区党委书记介绍，工具由辖区单位和居民捐赠，志愿者

负责登记和维护，开放一周已借出工具 120 余件次。 

居民在“共享工具间”借用工具。 通讯员 邱明/摄 

江城高铁站新增 6 对始发列车 

本报讯 

记者从铁路部门获悉，自 12 月 1 日起，江城高铁站新增

6 对始发列车，通达省会及周边主要城市。铁路部门提醒旅

客提前通过官方渠道购票。 

来源：《江城日报》2026 年 11 月 26 日第 2 版 

—2— 

"""


def test_a_byline_cut_after_a_role_keeps_the_page_in_reading_order(clean, texts):
    doc, _report = clean(BRIEFS)
    blocks = texts(doc)
    assert "在江城区政务服务中心，每个窗口都摆着一摞彩色卡片。卡片正面印着办事所需材料清单，背面是二维码，" \
        "扫码就能看到填表示范。" in blocks
    assert "11月25日，市政府召开常务会议，研究部署今冬明春供暖保障、物资供应和安全生产等重点工作。" in blocks
    flat = "".join(blocks)
    marks = ["11月25日", "会议指出", "会议要求", "在江城区政务服务中心", "“以前来办营业执照"]
    found = [flat.find(mark) for mark in marks]
    assert -1 not in found and found == sorted(found)
