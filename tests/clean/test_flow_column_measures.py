"""A wide and a narrow column have measures of their own (``flow._column_measures``, ``OFF_MEASURE``,
``flow._running``), and a stretch of the narrow column read after the wide one keeps its measure to its own
lines (``layout._with_stretches``).

The snippet is pdfplumber's reading of the dev case ``news_page_county`` set in ``jianbao_wide_narrow``
(lines 2–43 of the input): a 24-em column of the park story beside a 12-em column holding the bus brief and
the commentary.  Measured over the page, one measure (the wide column's) makes every narrow line look short:
the narrow brief's 「10月28日起，县城新开」 was dealt into the wide column and the wide column's full lines into
the narrow one; below the last split row the narrow commentary, which runs longer than the wide story, was
dealt to the first column.  Once read column by column, the narrow column's stretch (a run of 12-em lines)
was owned by line numbers from its first to its last, which hold the wide column's lines too: the headline
group over the wide column read at 12 em ran into one paragraph.
"""

from __future__ import annotations

PAGE = """\
省委主要负责同志致信祝贺江城县农业科技园区获批国 县城新增3条公交线路
家级园区并在全县乡村振兴工作推进会上作出批示
本报讯（记者 马晓东）
10月28日起，县城新开
把园区建成现代农业的示范窗口
通3条公交线路，覆盖城东
——江城县农业科技园区建设纪实 新区、高铁站和工业园区等
本报记者 何静怡 通讯员 吴志强 区域。新线路全部采用新能
源公交车，首末班时间分别
深秋时节，走进江城县农业科技园区，智能温室里番
为6时30分和20时30分，票
茄挂满枝头，水肥一体化设备按照预设程序精准滴灌。园
价统一为1元。
区管委会负责人告诉记者，园区已引进农业科技企业43
家，建成各类科研平台17个，去年实现总产值58亿元。
让科技之花开在田间地
“过去种地靠经验，现在靠数据。”种植大户老陈指
头
着手机上的监测画面说，土壤湿度、光照、温度一目了
□ 本报评论员
然，哪块地该浇水、该施肥，系统都会提醒。
农业现代化，关键是农
园区智能温室内，技术人员正在查看番茄长势。 本报记者 何静
怡/摄 业科技现代化。园区的实践
表明，只要把科技力量引到
园区建设过程中，县里与省农科院、农业大学共建3个
田间地头，把农民培养成懂
专家工作站，每年组织技术培训60余场次，带动周边农户
技术、会经营的新农人，传
1.2万户增收。下一步，园区将重点发展种业研发、智慧农
统农业就能焕发新的生机。
业和农产品精深加工，力争三年内总产值突破百亿元。
推动农业科技进步，既
要“顶天”，在关键核心技
术上攻关突破；也要“立
地”，让先进适用技术真正
进村入户。各级各部门要在
完善科技服务体系上多下功
夫，让更多农民共享科技进
步的成果。
来源：《江城县报》（2026
年11月2日第1版）
"""


def test_each_column_keeps_the_lines_its_measure_holds(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, ["10月28日起，县城新开", "通3条公交线路，覆盖城东", "新区、高铁站和工业园区等",
                              "区域。新线路全部采用新能"])
    assert runs_through(out, ["然，哪块地该浇水、该施肥，系统都会提醒。", "园区智能温室内，技术人员正在查看番茄长势。"])


def test_the_narrow_column_runs_on_alone_below_the_wide_one(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, ["统农业就能焕发新的生机。", "推动农业科技进步，既", "要“顶天”，在关键核心技"])


def test_the_headline_group_over_the_wide_column_keeps_its_lines(clean):
    doc, _report = clean(PAGE)
    first = doc.articles[0]
    assert first.title == "把园区建成现代农业的示范窗口"
    assert first.subtitle == "——江城县农业科技园区建设纪实"
    assert first.author == "本报记者 何静怡 通讯员 吴志强"
