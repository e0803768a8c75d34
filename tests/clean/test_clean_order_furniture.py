"""A page's order does not hang on one furniture line (``order_blocks``, ``pagehead.head_pieces``).

Each snippet is real: a dev text of the evaluation harness set in one of its column designs and
read back by the extractor named above it.  Expected values are what a careful reader of the
printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text


def text(doc):
    """The document's text in reading order (titles and blocks), one string."""
    return "".join((a.kicker or "") + a.title + (a.subtitle or "") + "".join(block_text(b) for b in a.blocks)
                   for a in doc.articles)


# dev news_page_county, design dangbao_four_ruled, pdftotext (plain): the page head
# 「江城日报  2026年12月3日  星期四  第1版」 read in pieces — name and date at the top, 「星期四 第1版」 as a
# block of its own at the foot.  pdftotext wrote the first column's run with the second's lines
# beside it, and a block opening on the rest of the byline (「吴志强」) after the block closed by
# the 来源 line.
COUNTY_DANGBAO_PDFTOTEXT = """江城日报

2026年12月3日

省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡
村振兴工作推进会上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城 园区等区域。新线路全部
县农业科技园区，智能温 采用新能源公交车，首末
室里番茄挂满枝头，水肥 班时间分别为6时30分和
一体化设备按照预设程序 20时30分，票价统一为1
精准滴灌。园区管委会负 元。
责人告诉记者，园区已引
进农业科技企业43家，建
成各类科研平台17个，去
年实现总产值58亿元。
“过去种地靠经验，
现在靠数据。”种植大户
老陈指着手机上的监测画
面说，土壤湿度、光照、
□ 本报评论员
温度一目了然，哪块地该
浇水、该施肥，系统都会
农业现代化，关键是
提醒。
农业科技现代化。园区的
园区智能温室内，技术人员 实践表明，只要把科技力
正在查看番茄长势。 本报 量引到田间地头，把农民
记者 何静怡/摄
培养成懂技术、会经营的
园区建设过程中，县 新农人，传统农业就能焕
里与省农科院、农业大学 发新的生机。
共建3个专家工作站，每
推动农业科技进步，
年组 织技 术 培 训 6 0余 场 既要“顶天”，在关键核
次，带动周边农户1.2万 心技术上攻关突破；也要
户增收。下一步，园区将 “立地”，让先进适用技
重点发展种业研发、智慧 术真正进村入户。各级各
农业和农产品精深加工， 部门要在完善科技服务体
力争三年内总产值突破百 系上多下功夫，让更多农
亿元。
民共享科技进步的成果。
来源：《江城县报》
（2026年11月2日第1版）

让科技之
花开在田
间地头

县城新增
3条公交
线路

本报讯（记者 马晓东）
10月28日起，县城新
开通3条公交线路，覆盖
城东新区、高铁站和工业

星期四 第1版

"""

WEEKDAY_PIECE = "星期四 第1版\n\n"


def test_a_head_piece_opening_on_the_weekday_cut_off_its_date_goes(clean, furniture_removed):
    doc, report = clean(COUNTY_DANGBAO_PDFTOTEXT)
    assert "星期四 第1版" in furniture_removed(report)
    assert "星期四" not in text(doc)


def test_a_text_opening_on_its_headline_keeps_that_start_without_the_head_piece(clean):
    # the page as the extractor would write it without the head's foot piece: the block of the
    # byline's rest no longer stands behind that piece, it follows the block the 来源 line closes —
    # a fault; moving it to the text's start mends it, but cuts the text from its opening headline
    for snippet in (COUNTY_DANGBAO_PDFTOTEXT, COUNTY_DANGBAO_PDFTOTEXT.replace(WEEKDAY_PIECE, "")):
        doc, _ = clean(snippet)
        assert text(doc).startswith("省委主要负责同志致信祝贺"), text(doc)[:40]


def test_the_weekday_alone_in_prose_stays(clean, furniture_removed):
    # a weekday opening a line of prose is the text's own (no head piece: no page number follows it)
    doc, report = clean(COUNTY_DANGBAO_PDFTOTEXT.replace(WEEKDAY_PIECE, "星期四上午，县里召开推进会。\n\n"))
    assert not any("星期四" in r for r in furniture_removed(report))
    assert "星期四上午" in text(doc)
