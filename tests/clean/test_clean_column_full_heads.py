"""A numbered heading that fills a column's line, and a number under it (issue 10, branch cols53).

A 简报 or 理论周刊 column holds 11–22 characters: a 小标题's length, so a heading set in it fills
the line as often as not (「三、切实把全会精神落到实处」, 13 characters on a 13-character column).
With the space above and below it lost in the extraction, the line reads as a full line whose text
goes on, and the next heading or the list item under it was read as its wrapped rest
(「三、切实把全会精神落到实处（一）抓好学习宣传」).  A heading the measure cut goes on in its
words, never on a number opening an ordinal or a list: that number starts a block
(``measured._number_under_full_heading``).

The snippets are real: dev texts set in design col53_09 of the column sweep
(``tests/eval/heading_sweep.py --kind columns --seed 53``: A4 in two columns of 13 characters,
synthetic-bold headings centred, no first-line indent) and read back by the extractor named above
each.  Expected values are what a reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading

# outline_plenary_lecture × col53_09 × pypdf: the third page, 「三、…」 filling its column's line
OUTLINE = """\
内部刊物
学习贯彻全会精神宣讲提纲
决议部署了十个方面的重点任
务。结合我市实际，宣讲中可
以重点讲好以下三个方面。
1.推动高质量发展
要坚持把发展经济的着力点放
在实体经济上，加快传统产业
改造升级，培育壮大新兴产
业，前瞻布局未来产业。
2.增进民生福祉
要围绕群众急难愁盼问题，办
好就业、教育、医疗、养老、
托育等民生实事，让发展成果
更多更公平惠及全体人民。
3.加强基层治理
要健全党组织领导的自治、法
治、德治相结合的城乡基层治
理体系，推动治理重心下移、
力量下沉、保障下倾。
三、切实把全会精神落到实处
（一）抓好学习宣传
各级党组织要把学习贯彻全会
精神作为当前和今后一个时期
的重要政治任务，通过理论学
习中心组学习、“三会一
课”、主题党日等形式，组织
党员干部原原本本学。
（二）抓好贯彻落实
要把全会精神转化为推动工作
的具体思路和实际举措，细化
任务清单、责任清单和时间
表，确保各项部署落地见效。
（三）抓好宣讲方式
宣讲要接地气、有温度，多用
群众语言，多讲身边故事，少
讲空话套话。可以采取“小板
凳”宣讲、“田间地头”宣
讲、“线上直播”宣讲等方
第 3 页
"""

# notice_theory_study × col53_09 × pypdfium2: the first page, 「（一）…」 filling its line over item 1
NOTICE = """\
内部刊物 关于开展2026年度理论学习中心组专
中共江城市委宣
传部
江宣发〔2026〕7号
关于开展2026年度理论
学习中心组专题学习的
通知
各区委宣传部，市直各单位党
组（党委）：
为深入学习贯彻党的创新理
论，推动理论学习往深里走、
往心里走、往实里走，根据市
委统一部署，经研究，决定在
全市各级党委（党组）理论学
习中心组中开展2026年度专题
学习。现将有关事项通知如
下。
一、学习内容
（一）深入学习党的创新理论
1.系统学习新时代党的创新理
论的核心要义、精神实质、丰
富内涵和实践要求，把握贯穿
其中的立场观点方法。
2.结合学习《习近平谈治国理
政》有关篇目，围绕高质量发
展、科技自立自强、全面从严
治党等重大问题开展专题研
讨，每个专题安排不少于半天
的集中学习时间。
（二）学习贯彻全会精神
重点学习全会审议通过的决定
和说明，深刻领会全会提出的
目标任务、重大举措，准确把
握进一步全面深化改革的总体
要求。各单位要把学习全会精
神同贯彻落实市委全会部署结
合起来，同谋划明年工作结合
起来。
第 1 页
内部刊物 关于开展2026年度理论学习中心组专
"""


def test_a_heading_filling_the_column_stays_apart_from_the_heading_under_it(clean, texts):
    doc, _ = clean(OUTLINE)
    heads = texts(doc, Heading)
    assert "三、切实把全会精神落到实处" in heads
    assert "（一）抓好学习宣传" in heads


def test_a_heading_filling_the_column_stays_apart_from_the_item_under_it(clean, texts):
    doc, _ = clean(NOTICE)
    assert "（一）深入学习党的创新理论" in texts(doc, Heading)
    assert any(t.startswith("1.系统学习新时代党的创新理论的核心要义") for t in texts(doc))


def test_a_heading_the_measure_cut_still_goes_on_in_its_words(clean, texts):
    # the same column, a numbered heading wrapped: its rest opens on words, not on a number
    doc, _ = clean(OUTLINE.replace("三、切实把全会精神落到实处\n（一）抓好学习宣传",
                                   "三、切实把全会精神落到基层\n一线\n（一）抓好学习宣传"))
    assert "三、切实把全会精神落到基层一线" in texts(doc, Heading)
