"""A line cut inside a paragraph's sentence never goes on in a paragraph's first line
(``order._set_in_opening``, ``_cut_in_prose``): where a page's paragraphs open set in by an
indent (kept or dropped by the extractor), a sentence a column's foot cut runs on at the next
column's top in a full line, so a block opening on a line short of the measure by the indent
cannot follow it — not even where a chance character pair reads across the join.

The page is plain ``pdftotext``'s reading of the dev text ``news_page_county`` in the design
``daily_span_ruled`` (``tests/eval/texts/dev``), as read back whole: the commentary
(让科技之花开在田间地头) comes last, its block ending 「…田间地头，把」, and the lead story's third
column opens 「园区建设过程中，县里与省」, a paragraph's first line set in (12 of a 14-character
measure); 「把园」 stands in the headline 「把园区建成…」, so the join read on by the pair alone.
"""

from __future__ import annotations


PAGE = """第1版 综合

江城日报 2026年11月20日

省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会
上作出批示

把园区建成现代农业的示范窗口
——江城县农业科技园区建设纪实
本报记者 何静怡 通讯员 吴志强
深秋时节，走进江城县农业 农民培养成懂技术、会经营的新
科技园区，智能温室里番茄挂满 农人，传统农业就能焕发新的生
枝头，水肥一体化设备按照预设 机。
程序精准滴灌。园区管委会负责
推动农业科技进步，既要
人告诉记者，园区已引进农业科 “顶天”，在关键核心技术上攻
技企业43家，建成各类科研平台 关突破；也要“立地”，让先进
17个，去年实现总产值58亿元。 适用技术真正进村入户。各级各
“过去种地靠经验，现在靠 部门要在完善科技服务体系上多
数据。”种植大户老陈指着手机 下功夫，让更多农民共享科技进
上的监测画面说，土壤湿度、光 步的成果。
照、温度一目了然，哪块地该浇 来源：《江城县报》（2026年11
水、该施肥，系统都会提醒。
月2日第1版）
园区智能温室内，技术人员正在查
看番茄长势。 本报记者 何静怡/摄

园区建设过程中，县里与省
农科院、农业大学共建3个专家
工作站，每年组织技术培训60余
场次，带动周边农户1.2万户增
收。下一步，园区将重点发展种
业研发、智慧农业和农产品精深
加工，力争三年内总产值突破百
亿元。

县城新增3条公
交线路
本报讯（记者 马晓东）
10月28日起，县城新开通3
条公交线路，覆盖城东新区、高
铁站和工业园区等区域。新线路
全部采用新能源公交车，首末班
时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0
分，票价统一为1元。

让科技之花开在
田间地头
□ 本报评论员
农业现代化，关键是农业科
技现代化。园区的实践表明，只
要把科技力量引到田间地头，把


"""


def test_a_cut_sentence_does_not_go_on_in_a_set_in_first_line(clean, titles_and_blocks):
    doc, _ = clean(PAGE)
    found = titles_and_blocks(doc)
    # (the commentary's sentence goes on in its own column, dealt from the mixed block)
    assert "把科技力量引到田间地头，把农民培养成懂技术" in found
    assert "田间地头，把园区建设过程中" not in found
    # (the story's third column stays under its first two, before the brief)
    assert found.index("园区建设过程中，县里与省") < found.index("县城新增3条公")
    assert found.index("看番茄长势。") < found.index("园区建设过程中")


def test_the_set_in_first_line_is_read_as_one():
    from booklet.clean.order import _blocks, _cut_in_prose, _set_in_opening
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    lines = to_lines(raw_lines(PAGE))
    measure = 14.0   # (the columns' measure: 14 ideographs)
    blocks = _blocks(lines, measure)
    by_first = {lines[a].text: (a, b) for a, b in blocks}
    # (a paragraph's first line, the indent dropped: short of the measure by two ideographs)
    assert _set_in_opening(lines, by_first["园区建设过程中，县里与省"], measure)
    # (a title's first line is no paragraph's; a block opening on a full line goes on)
    assert not _set_in_opening(lines, by_first["让科技之花开在"], measure)
    # (the commentary's block ends on a line cut inside its sentence, under lines of prose)
    commentary = next(block for block in blocks if lines[block[1] - 1].text == "要把科技力量引到田间地头，把")
    assert _cut_in_prose(lines, commentary, measure)


def test_a_wrapped_heading_is_no_cut_prose():
    # (pdfminer, speech_county_meeting in tabloid_three_columns: a numbered heading wraps full,
    # a comma in it, and its text opens set in right under it)
    from booklet.clean.order import _cut_in_prose, _heading_block
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    lines = to_lines(raw_lines("一、客观看待过去一年的\n成绩，进一步坚定发展信心\n"))
    assert _heading_block(lines, (0, 2))
    assert not _cut_in_prose(lines, (0, 2), 13.0)
    # (nor does a lone line an extractor boxed apart show it is prose)
    assert not _cut_in_prose(lines, (1, 2), 13.0)
