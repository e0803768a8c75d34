"""A news page set in ONE column (issue 10; found by sweep20's sweep of one-column designs).

The texts are PDFium's reading (``pypdfium2``) of two dev texts set in one-column designs of the
sweep: the culture page (kicker ending in ：, 文/图 byline, caption with its credit, 本报讯, 来源,
□ 短评) at A5 with a 22-character measure and digits in a Latin face, and the county news page
(long kicker, ——subtitle, caption, 本报讯, 来源) at 16K with 28 characters under a running head
that repeats the title with the page number.  Both pages were read as two columns whose rows had
merged: the digits' spaces (``开课 260 多场``) cut lines into pieces that pulled the measure under
the column's, so every line holding a number looked wider than a column and was dealt apart.
"""

from __future__ import annotations

from booklet.model import block_text

# pypdfium2, A5, 22 characters to the line, Latin digits set apart, two pages (—1— / —2—)
CULTURE = '非遗工坊开进社区：\n老手艺有了新传人\n本报记者 郑雨桐 文/图\n周六上午，城西街道文化站的活动室里坐满了\n人。剪纸艺人王桂芳把一张红纸对折三次，剪刀在\n手里转了几圈，一只昂首的公鸡就跃然纸上，围观\n的孩子们发出一阵惊叹。\n今年以来，市文化和旅游局在 12 个社区设立\n非遗工坊，邀请剪纸、竹编、面塑等项目的传承人\n定期授课，已累计开课 260 多场，参加学员 4000\n余人次。\n“以前总担心手艺没人学，现在每次课都有人\n排队报名。”王桂芳说，她最小的学生才 8 岁，已\n经能独立剪出简单的窗花。\n剪纸艺人王桂芳（右）在社区工坊指导学员。 郑雨桐 \n摄\n市文化和旅游局负责人表示\n明年将实现非遗工坊街道全覆盖\n本报讯（记者 郑雨桐）\n记者从市文化和旅游局获悉，明年全市将在所\n有街道设立非遗工坊，并探索“工坊＋文创”模式，\n支持传承人开发适合年轻人的文创产品。\n一座老粮仓的新生\n—1—\n××县委办公室 2026 年第 4 期\n——江城市粮食局旧址改建为城市书房侧记\n通讯员 林家豪 本报记者 周可欣\n青砖墙、木屋架、高窗户，始建于上世纪五十\n年代的江城市粮食局老粮仓，如今变成了一座可容\n纳 200 人的城市书房。改造中，设计团队保留了原\n有的屋架和仓门，只在内部加装了书架和照明。\n开放一个月来，书房接待读者 3.6 万人次。不\n少老人专程赶来，在当年自己扛过粮袋的仓库里坐\n下来读一会儿书。\n来源：《江城日报》 2026 年 11 月 20 日第 7 版\n让老建筑说新故事\n□ 短评\n城市更新不是简单的推倒重来。给老建筑找到\n新用途，既留住了城市记忆，也为群众提供了新的\n文化空间，这样的更新值得多一些。\n资料：江城市现有市级以上非物质文化遗产代\n表性项目 87 项，其中国家级 4 项、省级 21 项。\n—2—'

# pypdfium2, 16K, 28 characters; the running head is the title with the page number (·1· / ·2·)
COUNTY = '把园区建成现代农业的示范窗口 1\n省委主要负责同志致信祝贺江城县农业科技园区获批国家级\n园区并在全县乡村振兴工作推进会上作出批示\n把园区建成现代农业的示范窗口\n——江城县农业科技园区建设纪实\n本报记者 何静怡 通讯员 吴志强\n深秋时节，走进江城县农业科技园区，智能温室里番茄挂满\n枝头，水肥一体化设备按照预设程序精准滴灌。园区管委会负责\n人告诉记者，园区已引进农业科技企业 43 家，建成各类科研平\n台 17 个，去年实现总产值 58 亿元。\n“过去种地靠经验，现在靠数据。”种植大户老陈指着手机\n上的监测画面说，土壤湿度、光照、温度一目了然，哪块地该浇\n水、该施肥，系统都会提醒。\n园区智能温室内，技术人员正在查看番茄长势。 本报记者 何静怡/摄\n园区建设过程中，县里与省农科院、农业大学共建 3 个专家\n工作站，每年组织技术培训 60 余场次，带动周边农户 1.2 万户\n增收。下一步，园区将重点发展种业研发、智慧农业和农产品精\n深加工，力争三年内总产值突破百亿元。\n县城新增 3 条公交线路\n本报讯（记者 马晓东）\n10 月 28 日起，县城新开通 3 条公交线路，覆盖城东新区、\n高铁站和工业园区等区域。新线路全部采用新能源公交车，首末\n班时间分别为 6 时 30 分和 20 时 30 分，票价统一为 1 元。\n让科技之花开在田间地头\n□ 本报评论员\n农业现代化，关键是农业科技现代化。园区的实践表明，只\n·1·\n把园区建成现代农业的示范窗口 2\n要把科技力量引到田间地头，把农民培养成懂技术、会经营的新\n农人，传统农业就能焕发新的生机。\n推动农业科技进步，既要“顶天”，在关键核心技术上攻关\n突破；也要“立地”，让先进适用技术真正进村入户。各级各部\n门要在完善科技服务体系上多下功夫，让更多农民共享科技进步\n的成果。\n来源：《江城县报》（ 2026 年 11 月 2 日第 1 版）\n·2·'


def test_a_one_column_page_whose_numbers_are_set_apart_keeps_the_extractors_order(flowed):
    # one measure, one left edge: the lines stand in reading order as read; nothing is dealt
    lines = [line.strip() for line in CULTURE.splitlines() if line.strip()]
    assert flowed(CULTURE) == lines


def test_a_one_column_news_page_reads_its_paragraphs_whole(clean):
    doc, report = clean(CULTURE)
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "今年以来，市文化和旅游局在12个社区设立非遗工坊，邀请剪纸、竹编、面塑等项目的传承人定期授课，" \
           "已累计开课260多场，参加学员4000余人次。" in texts
    assert "“以前总担心手艺没人学，现在每次课都有人排队报名。”王桂芳说，她最小的学生才8岁，已经能独立剪出简单的窗花。" in texts
    assert not [d for d in report.decisions if d.rule == "column_flow"]


def test_a_head_repeating_the_title_over_its_kicker_goes_on_the_first_page_too(clean):
    doc, report = clean(COUNTY)
    removed = [r.text for r in report.removals if r.rule == "strip_furniture"]
    assert removed.count("把园区建成现代农业的示范窗口 1") == 1
    first = doc.articles[0]
    assert first.title == "把园区建成现代农业的示范窗口"
    assert first.kicker == "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示"


# pypdfium2, the dev design news_one_column_a5 (A5, 22 characters): the head (the first item's title
# with the page number) over a kicker wrapped over two lines and the title wrapped over two; the
# first page and the second page's first lines
BRIEFS = '抓早抓实民生实事 确保群众温暖过冬 1\n市政府常务会议研究部署今冬明春重点工作强\n调\n抓早抓实民生实事 确保群众温\n暖过冬\n本报记者 郑小川\n11 月 25 日，市政府召开常务会议，研究部署\n今冬明春供暖保障、物资供应和安全生产等重点工\n作。\n会议指出，入冬以来，全市天然气供应总体平\n稳，但寒潮天气可能带来用气高峰。各有关部门要\n加强监测预警，提前做好应急气源储备，确保居民\n用气不断供、不降压。\n会议要求，要抓好蔬菜、肉类等重要民生商品\n保供稳价，加大对困难群众的走访慰问力度，切实\n把党和政府的温暖送到群众心坎上。\n小切口解决大问题\n一张“明白卡”让办事少跑腿\n——江城区推行政务服务“一次告知”见闻\n本报记者 田思远 通讯员 韩冰\n在江城区政务服务中心，每个窗口都摆着一摞\n—1—\n抓早抓实民生实事 确保群众温暖过冬 2\n彩色卡片。卡片正面印着办事所需材料清单，背面\n是二维码，扫码就能看到填表示范。\n“以前来办营业执照，材料总是差一两样，来\n回跑了好几趟。”个体经营户刘女士说，“现在拿\n着这张卡，一次就办成了。”\n'


def test_a_head_repeating_a_wrapped_title_under_a_wrapped_kicker_goes(clean):
    doc, report = clean(BRIEFS)
    removed = [r.text for r in report.removals if r.rule == "strip_furniture"]
    assert "抓早抓实民生实事 确保群众温暖过冬 1" in removed and "抓早抓实民生实事 确保群众温暖过冬 2" in removed
    first = doc.articles[0]
    assert first.kicker == "市政府常务会议研究部署今冬明春重点工作强调"
    assert first.title == "抓早抓实民生实事 确保群众温暖过冬"


# pdfminer (blocks between blank lines), the culture page in the A5 design of the sweep: the head
# 「××县委办公室|2026年第4期」 is printed from the second page on, once in this two-page text, and
# pdfminer writes its two parts as blocks of their own under the first page's number
CULTURE_PAGE_BREAK = """记者从市文化和旅游局获悉，明年全市将在所

有街道设立非遗工坊，并探索“工坊＋文创”模式，

支持传承人开发适合年轻人的文创产品。

一座老粮仓的新生

—1—

××县委办公室

2026 年第 4 期

——江城市粮食局旧址改建为城市书房侧记

通讯员 林家豪 本报记者 周可欣
"""

# pdfminer, dev text notice_theory_study in neikan_narrow_ruled: the 通知's signature (issuer, date)
# at the foot of its last page, around the first page's number and the running head pdfminer put
# among them
NOTICE_FOOT = """请各单位于2026年12
月20日前将全年学习情况
总结报送市委宣传部理论
处。联系人：王晓峰，电
话：0571-86012345。

中共江城市委宣传部

1

江城通讯  2026年第22期

2026年2月15日

2
"""


def test_a_head_printed_once_beside_a_page_number_goes_with_both_its_parts(clean):
    doc, report = clean(CULTURE_PAGE_BREAK)
    removed = [r.text for r in report.removals if r.rule == "strip_furniture"]
    assert "××县委办公室" in removed and "2026 年第 4 期" in removed
    texts = [block_text(b) for a in doc.articles for b in a.blocks] + [a.title or "" for a in doc.articles]
    assert not any("县委办公室" in t or "第4期" in t for t in texts)


def test_a_signatures_date_over_a_page_number_stays_beside_a_head(clean):
    doc, report = clean(NOTICE_FOOT)
    removed = [r.text for r in report.removals if r.rule == "strip_furniture"]
    assert "江城通讯  2026年第22期" in removed
    assert "2026年2月15日" not in removed and "中共江城市委宣传部" not in removed
    assert any("2026年2月15日" in block_text(b) for a in doc.articles for b in a.blocks)
