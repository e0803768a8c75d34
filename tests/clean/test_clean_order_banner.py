"""A one-page text whose lead story's banner is set across the page's columns, read back by pdfminer
out of its columns' order (``turn``, ``order``).

A 晚报 page sets its lead story's kicker and headline across all its columns, at the page's top,
and the columns under them; pdfminer writes the banner's boxes first, then the columns' boxes in an
order of its own (here the second column's before the first).  ``turn`` reads a one-page text an
extractor wrote from its last column on from a later block, then from its start — but the banner
stands over the columns: a page opening on it was not written from a later column on, and reading
it from a later block on sets the banner at the text's end.  The snippet is real: the dev text
news_page_county of the evaluation harness (``tests/eval/texts/dev``) set in the dev design
``wanbao_banner_items`` (three 13-character columns, the banner across them), read back by
``pdfminer.six``'s ``extract_text``.  Expected values are what a careful reader of the printed
page sees.
"""

from __future__ import annotations


# dev text news_page_county, design wanbao_banner_items, pdfminer: the banner (kicker over two lines
# as wide as the page, headline, subtitle, byline), then the second column's boxes (the bus item's
# body, the commentary), then the first column's (the lead story's body, the bus item's headline)
COUNTY_WANBAO_PDFMINER = """江城晚报  城事

2026年12月3日  星期四  A1

省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推
进会上作出批示

把园区建成现代农业的示范窗口

——江城县农业科技园区建设纪实

本报记者 何静怡 通讯员 吴志强

10月28日起，县城新开通

3条 公 交 线 路，覆 盖城东 新
区、高铁站和工业园区等区
域。新线路全部采用新能源公
交车，首末班时间分别为6时
30分和20时30分，票价统一为
1元。

让科技之花开在田
间地头
□ 本报评论员

农业现代化，关键是农业
科技现代化。园区的实践表
明，只要把科技力量引到田间
地头，把农民培养成懂技术、
会经营的新农人，传统农业就
能焕发新的生机。

推动农业科技进步，既要
“顶天”，在关键核心技术上
攻关突破；也要“立地”，让
先进适用技术真正进村入户。
各级各部门要在完善科技服务
体系上多下功夫，让更多农民
共享科技进步的成果。
来源：《江城县报》（2026年
11月2日第1版）

深秋时节，走进江城县农
业科技园区，智能温室里番茄
挂满枝头，水肥一体化设备按
照预设程序精准滴灌。园区管
委会负责人告诉记者，园区已
引进农业科技企业43家，建成
各类科研平台17个，去年实现
总产值58亿元。

“过去种地靠经验，现在
靠数据。”种植大户老陈指着
手机上的监测画面说，土壤湿
度、光照、温度一目了然，哪
块地该浇水、该施肥，系统都
会提醒。

园区智能温室内，技术人员正在
查看番茄长势。 本报记者 何静
怡/摄

园区建设过程中，县里与
省农科院、农业大学共建3个
专家工作站，每年组织技术培
训60余场次，带动周边农户
1.2万户增收。下一步，园区
将重点发展种业研发、智慧农
业和农产品精深加工，力争三
年内总产值突破百亿元。

县城新增3条公交
线路
本报讯（记者 马晓东）


"""


def test_the_banner_over_the_columns_opens_the_text(clean, read_text):
    found = read_text(clean(COUNTY_WANBAO_PDFMINER)[0])
    assert found.startswith("省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区")
    assert found.index("把园区建成现代农业的示范窗口") < found.index("本报记者 何静怡") < found.index("深秋时节")


def test_the_banner_stays_with_its_subtitle(clean, read_text):
    found = read_text(clean(COUNTY_WANBAO_PDFMINER)[0])
    assert "把园区建成现代农业的示范窗口——江城县农业科技园区建设纪实" in found


# The same page read for its bus brief (``order._leads``): pdfminer writes the brief's body first,
# right under the lead item's byline (its box starts higher), and the brief's headline and byline
# last, alone at the page's end.  Two moves mend the page's faults alike — the brief's headline set
# over the lead item's body (the shorter move), or the brief's body and the commentary moved after the
# brief's headline; only the text tells them apart: the brief's first sentence 「10月28日起，县城新开通
# 3条公交线路」 tells again the words of its headline 「县城新增3条公交线路」, and no other prose block does.

def test_the_brief_reads_under_its_headline(clean, read_text):
    found = read_text(clean(COUNTY_WANBAO_PDFMINER)[0])
    assert "县城新增3条公交线路本报讯（记者 马晓东）10月28日起，县城新开通3条公交线路" in found


def test_the_lead_item_s_body_follows_its_byline(clean, read_text):
    found = read_text(clean(COUNTY_WANBAO_PDFMINER)[0])
    assert "本报记者 何静怡 通讯员 吴志强深秋时节，走进江城县农业科技园区" in found
    assert found.index("力争三年内总产值突破百亿元。") < found.index("县城新增3条公交线路") \
        < found.index("让科技之花开在田间地头") < found.index("来源：《江城县报》")
