"""pdfplumber's rows keep their turns (``flow.STAY_COST``): on a page written in rows of one height and
dealt into three columns, a single row does not stay in the column of the row before while another
column's full line, cut inside a sentence, waits for its next line a pitch below.

The snippet is the first 60 rows of pdfplumber's reading of the dev case
``news_page_grassroots_items`` set in ``daily_span_ruled`` (three columns under a spanning head).
Without the cost the headline 「让“小窗口”连着 / “大民生”」 is torn apart: the left column's
「“不打烊”。下一步，县里将建」 is dealt between its two lines.
"""

from __future__ import annotations

from booklet.clean import flow
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

PAGE = """\
第1版 综合 江城日报 2026年11月20日
全面推进城乡社区治理现代化 全县148个村（社区）完成党群服务中心提档升级
家门口的服务更暖心
本报记者 沈佳宁 通讯员 邹立平
走进城关镇东门社区党群服 地、用工、融资等方面困难31 人陪，家长接送也方便。”中心
务中心，一楼是便民服务大厅， 个，项目平均审批时间压缩至15 负责人陆敏说，目前中心共有日
社保、医保、民政等28项事项可 个工作日以内。 间照料床位40张、托位60个，基
以“一窗受理”；二楼设有老年 本实现满员运行。
青石镇 “积分
食堂、儿童之家和图书室，每天 近年来，县里出台支持普惠
来这里的居民有三四百人次。 养老托育服务发展的若干措施，
超市”激活乡村
“以前办个事要跑好几个部 对新建的社区养老服务设施按每
门，现在在楼下就能办好，工作 张床位给予一次性建设补助，对
治理
人员还会上门帮我们这些腿脚不 普惠托育机构按实际收托人数给
便的老人代办。”72岁的居民周 予运营补贴。全县现有各类养老
本报讯（通讯员 罗晓燕）
桂英说。 服务机构57家、托育机构23家，
“参加环境整治得5分，调解邻
今年以来，县里统筹资金 每千人口拥有3岁以下婴幼儿托
里纠纷得10分，攒够积分就能换
1.2亿元，按照“一中心多站 位数达到4.2个。
洗衣液、大米。”连日来，青石
点”的思路，对全县148个村
镇各村的“积分超市”成了村民 【图片新闻】
（社区）党群服务中心进行提档
议论最多的话题。 11月27日，江城县第一中学学生在
升级，新增服务面积3.6万平方
青石镇将人居环境整治、移 县博物馆参观“运河人家”民俗
米，推动各类服务资源向基层下
展，感受传统文化的魅力。该展览
风易俗、志愿服务等内容纳入积
沉。
共展出农具、服饰、生活用品等实
分管理，每季度公示一次积分排
县委组织部有关负责人介
物300余件，将持续至明年2月。 通
名，评选“美丽庭院”和“文明
绍，升级后的党群服务中心实行 讯员 孔德兴/摄
家庭”。截至目前，全镇已有
“错时延时”服务，周末和节假
4200余户农户参与，累计兑换物
日安排专人值守，确保群众办事 让“小窗口”连着
品1.6万件。
“不打烊”。下一步，县里将建
立服务事项清单动态调整机制， “大民生”
托起“一老一小”
让群众的“需求单”变成干部的
“任务单”。 □ 顾明轩
幸福生活
东门社区老年食堂里，志愿者为老 一个党群服务中心能不能留
人送上午餐。 本报记者 沈佳宁/摄 住群众，关键看它能不能解决群
——县民政局推进普惠养老托
众的急难愁盼。硬件升级只是第
育服务纪实
【基层动态】
一步，更重要的是让服务真正贴
编者按：养老和托育，一头
近群众的需要。
"""


def test_a_headlines_two_lines_stay_together_in_row_turns(flowed):
    out = flowed(PAGE)
    k = out.index("让“小窗口”连着")
    assert out[k + 1] == "“大民生”"


def test_the_cost_is_asked_only_on_three_dealt_columns_of_rows():
    line = to_lines(raw_lines("家门口的服务更暖心"))[0]
    row = ((line,),)
    split = (tuple(line.but(text=piece) for piece in ("走进城关镇东门社区党群服", "地、用工、融资等方面困难31",
                                                     "人陪，家长接送也方便。”中心")),)
    assert flow._turns_from([row, split, row], 3) == 1
    two = (split[0][:2],)
    assert flow._turns_from([row, two, row], 2) is None   # (two dealt columns may hold three true ones)
