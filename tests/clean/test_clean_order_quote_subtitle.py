"""A news page's column boxes that pdfminer wrote out of order, read back in order: the closing quotation
mark at a box's head and the —— subtitle as wide as its column (``order._stream_join``, ``turn.opens_item``).

The 周末 page sets its lead item in the first two columns — the title and the main title over the
columns, a —— subtitle, the byline, the body, a picture and its caption across the columns — a short
item under it, and a commentary in the third column.  pdfminer writes the commentary's body first and
its headline last, and between them the lead item's boxes in order.  ``order`` reads the page's blocks
back in the order their text runs; what stood in its way:

- the quotation 「“过去种地靠经验，现在靠数据。”」 ends a box at its stop, and its closing mark is the
  next box's first glyph (「”种植大户老陈…」).  A closing mark after a line that ended its sentence is
  another column's rest — unless the line left the quotation open: then the mark closes it, and the two
  boxes go on as surely as over a word read across the break (the split by height had read the
  paragraph into the third column);
- the subtitle 「——江城县农业科技园区建设纪实」 fills the column's measure, as a prose line cut inside its
  sentence does, so it was not read as a line of the item's opening, and the byline under it looked
  misplaced (it was moved over the subtitle).

The snippet is real: the dev text news_page_county of the evaluation harness (``tests/eval/texts/dev``)
set in the dev design ``zhoumo_picture_across`` (three 16-character columns, a picture across two),
read back by ``pdfminer.six``'s ``extract_text``.  Expected values are what a careful reader of the
printed page sees.
"""

from __future__ import annotations

from booklet.clean.turn import HEAD, parts
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines

# dev text news_page_county, design zhoumo_picture_across, pdfminer: the commentary's body (third
# column), the lead item (title, main title, subtitle, byline, body, caption), the bus item, and
# last the commentary's headline
COUNTY_ZHOUMO_PDFMINER = """周末·城乡

第1版  2026年12月5日

□ 本报评论员

农业现代化，关键是农业科技现
代化。园区的实践表明，只要把科技
力量引到田间地头，把农民培养成懂
技术、会经营的新农人，传统农业就
能焕发新的生机。

推动农业科技进步，既要“顶

天”，在关键核心技术上攻关突破；
也要“立地”，让先进适用技术真正
进村入户。各级各部门要在完善科技
服务体系上多下功夫，让更多农民共
享科技进步的成果。
来源：《江城县报》（2026年11月2
日第1版）

省委主要负责同志致信祝贺江城县
农业科技园区获批国家级园区并在
全县乡村振兴工作推进会上作出批
示

把园区建成现代
农业的示范窗口

——江城县农业科技园区建设纪实

本报记者 何静怡 通讯员 吴志强

深秋时节，走进江城县农业科技
园区，智能温室里番茄挂满枝头，水
肥一体化设备按照预设程序精准滴灌。
园区管委会负责人告诉记者，园区已
引进农业科技企业43家，建成各类科
研平台17个，去年实现总产值58亿元。
“过去种地靠经验，现在靠数据。

”种植大户老陈指着手机上的监测画
面说，土壤湿度、光照、温度一目了
然，哪块地该浇水、该施肥，系统都
会提醒。

园区智能温室内，技术人员正在查看番茄长势。 本报记者 何静怡/摄

园区建设过程中，县里与省农科
院、农业大学共建3个专家工作站，
每年组织技术培训60余场次，带动周
边农户1.2万户增收。下一步，园区
将重点发展种业研发、智慧农业和农
产品精深加工，力争三年内总产值突
破百亿元。

县城新增3条公交线路
本报讯（记者 马晓东）

10月28日起，县城新开通3条公
交线路，覆盖城东新区、高铁站和工
业园区等区域。新线路全部采用新能
源公交车，首末班时间分别为6时30
分和20时30分，票价统一为1元。

让科技之花开在田间地
头
"""


def test_the_closing_quotation_mark_goes_on_from_the_quotation(clean, read_text):
    found = read_text(clean(COUNTY_ZHOUMO_PDFMINER)[0])
    assert "“过去种地靠经验，现在靠数据。”种植大户老陈指着手机上的监测画面说" in found
    assert found.index("去年实现总产值58亿元。") < found.index("“过去种地靠经验") < found.index("园区建设过程中")


def test_the_lead_item_reads_before_the_commentary(clean, read_text):
    found = read_text(clean(COUNTY_ZHOUMO_PDFMINER)[0])
    assert found.startswith("省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区")
    assert found.index("园区建设过程中") < found.index("县城新增3条公交线路") < found.index("让科技之花开在田间地头")
    assert found.index("让科技之花开在田间地头") < found.index("□ 本报评论员") < found.index("农业现代化")


def test_the_wide_subtitle_stays_over_the_byline(clean, read_text):
    found = read_text(clean(COUNTY_ZHOUMO_PDFMINER)[0])
    assert "把园区建成现代农业的示范窗口——江城县农业科技园区建设纪实本报记者 何静怡" in found


def test_a_subtitle_filling_the_measure_stands_in_the_opening():
    lines = to_lines(raw_lines("把园区建成现代\n农业的示范窗口\n\n——江城县农业科技园区建设纪实\n\n本报记者 何静怡 通讯员 吴志强\n"))
    assert parts(lines, 16.0) == [HEAD, HEAD, HEAD, HEAD]
