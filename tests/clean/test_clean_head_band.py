"""A newspaper page's head band with no folio beside it (branch band56; ``bands._heads``,
``pagehead.masthead``).

A paper prints its head band over every page: the date, its weekday, the 版名 (「2026年5月8日」 /
「星期五」 / 「文化周刊」).  pdftotext writes the band's parts as blocks of their own: on the first page
at the top, on the next ones the date and weekday at the top and the 版名 as the page's last block.
The date and weekday repeat at the top of both pages and go as running heads; the first page's
weekday was kept as "the title itself" (the 版名 under it looks like a name, 文 a surname), and the
版名, with no date left beside it, was read as the page's title.  A weekday or a date names no
subject; the rest of a band whose dated parts already went as running heads is that band, and
its copies in the other pages' bands go with it.  The snippet is the news sweep's input (seed 54)
of a dev text; expected values are written from the document.
"""

from __future__ import annotations

# dev news_page_grassroots_items, news sweep nw54_04, pdftotext: two pages, the band's parts as blocks
GRASSROOTS_PAGES = (
    '2026年5月8日\n\n星期五\n\n文化周刊\n\n全面推进城乡社区治理现代化\n\n全县148个村（社区）完成党群服务中心提档升级\n\n'
    '家门口的服务更暖心\n本报记者 沈佳宁 通讯员 邹立平\n走进城关镇东门社区党群服务\n\n26日，县经济开发区举行2026年第\n\n'
    '录我县在补齐民生短板方面的探索\n\n中心，一楼是便民服务大厅，社\n\n四季度重大项目集中开工仪式，12\n\n和实践，敬请关注。\n\n'
    '保、医保、民政等28项事项可以\n\n个项目总投资46.8亿元，涵盖新能\n\n“一窗受理”；二楼设有老年食\n\n源装备、电子元器件、食品精深加\n\n'
    '堂、儿童之家和图书室，每天来这\n\n工等领域。\n\n里的居民有三四百人次。\n\n'
    '\x0c2026年5月8日\n\n星期五\n\n□ 顾明轩\n一个党群服务中心能不能留住\n群众，关键看它能不能解决群众的\n'
    '急难愁盼。硬件升级只是第一步，\n更重要的是让服务真正贴近群众的\n需要。\n'
    '民生无小事，枝叶总关情。把\n每一个“小窗口”都办成群众满意\n的“暖心站”，基层治理的根基才\n能更加牢固。\n'
    '来源：《江城县报》2026年11月30\n日第2版\n\n文化周刊\n\n')

# dev news_page_county, news sweep nw54_02, pypdf: one page, its band's name over its folio, no blank lines
COUNTY_PAGE = (
    '综合新闻\n第1版\n省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示\n'
    '把园区建成现代农业的示范窗口\n——江城县农业科技园区建设纪实\n本报记者 何静怡 通讯员 吴志强\n'
    '深秋时节，走进江城县农业科技\n园区，智能温室里番茄挂满枝头，水\n肥一体化设备按照预设程序精准滴灌。\n'
    '园区管委会负责人告诉记者，园区已\n引进农业科技企业43家，建成各类科\n研平台17个，去年实现总产值58亿元。\n'
    '县城新增3条公交线路\n本报讯（记者 马晓东）\n10月28日起，县城新开通3条公\n交线路，覆盖城东新区、高铁站和工\n'
    '业园区等区域。新线路全部采用新能\n源公交车，首末班时间分别为6时30\n分和20时30分，票价统一为1元。\n'
    '来源：《江城县报》（2026年11月2\n日第1版）\n1')

BAND = ("2026年5月8日", "星期五", "文化周刊")


def test_a_head_bands_weekday_and_section_name_go_on_every_page(dealt):
    out = dealt(GRASSROOTS_PAGES)
    assert not any(part in out for part in BAND)
    assert out[0] == "全面推进城乡社区治理现代化"
    assert "日第2版" in out   # (the 来源 line's rest stays)


def test_no_head_band_part_is_left_in_the_cleaned_page(clean, texts):
    doc, _ = clean(GRASSROOTS_PAGES)
    out = [a.title for a in doc.articles] + texts(doc)
    assert not any(part in out for part in BAND)
    assert out[1].startswith("全面推进城乡社区治理现代化")


def test_a_one_page_bands_name_beside_its_folio_goes(clean, texts):
    # (the band gave its 版名 on a line of its own, over 「第1版」: nothing but dates and the folio
    # were taken with it, so the name is the band's rest; the headline under it stays the first)
    doc, _ = clean(COUNTY_PAGE)
    out = [t for t in [a.kicker or "" for a in doc.articles] + [a.title for a in doc.articles] + texts(doc) if t]
    assert "综合新闻" not in out and "第1版" not in out
    assert any(t.startswith("省委主要负责同志致信祝贺") for t in out)
