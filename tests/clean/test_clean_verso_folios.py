"""A page-foot note ends where its page ends, under a design that numbers the versos only
(issue 10, branch foot57; pypdf57's left (2)).

A pocket design sets the page number at the head or foot of the even pages only and the article's title as the
odd pages' running head, so the folios alone run 2 … 4 … 6 … 8.  pypdf writes each page's folio among its
lines (「…两级。」 / 「4」 / 「二、基层治理…」).  On main no run of page numbers rising by one was found, so
「4」 was a digit run cut at its font and rejoined to the next page's heading (「4二、基层治理…」), no page
break stood there, and the note 「①本文所称基层…两级。」 took the next page's heading and text with it to
the end of the article.  Now a chain of folios rising by two (``pages.alternate_sequence``: at least
three) are page numbers — they tell no page start of their own (the running heads tell the others) — and
the line before a dropped page number ends a page, which ends a page-foot note's body
(``notes._page_breaks``).

The snippet is real: the dev text article_theory_abstract_refs set on a ``tests/eval/heading_sweep.py
--kind pocket`` page (seed 57, design pk53_00) and read back by pypdf — from the abstract to page 6.
On main the note stays in the text of this snippet (no page break after it: the zone runs past
``notes.MAX_ZONE``) and 「2」 / 「6」 stay in the text; in the whole document the zone ended at a later
false page start and took the next page with it.  The first and third tests fail on main.
"""

from __future__ import annotations

# article_theory_abstract_refs × heading_sweep --kind pocket seed 57 pk53_00 × pypdf: pages 1–6
VERSO_FOLIOS = """\
摘　要：数字化转型是推进基层治
理现代化的重要抓手。本文在梳理江城
市“一网统管”实践的基础上，从技术、
制度和主体三个维度分析基层治理数字
化转型的内在逻辑，指出当前存在的数
据壁垒、重建设轻应用、基层减负不到
位等问题，并从统筹规划、数据共享、
2
场景应用和能力建设等方面提出推进路
径。
关键词：基层治理；数字化转型；
一网统管；数据共享
基金项目：江城市哲学社会科学规
划课题“数字赋能基层治理的机制研
究”（
JC2025B017
）。
一、问题的提出
基层是国家治理的“最后一公里”。
随着经济社会发展和人口流动加快，基
层治理面临的事务日益繁杂，传统的人
力密集型治理方式已难以适应新的要求
新时代基层治理数字化转型的实践逻辑与
①
。近年来，各地积极探索运用大数据、
物联网、人工智能等技术提升基层治理
效能，形成了一批可复制、可推广的经
验。
然而，在实践中也出现了平台林立、
数据“烟囱”、系统“空转”等现象，
一些地方把数字化简单理解为上系统、
建平台，忽视了治理流程的再造和治理
主体的协同。如何准确把握基层治理数
字化转型的实践逻辑，是一个需要深入
研究的问题。
①本文所称基层，主要指街道（乡镇）和社区
（村）两级。
4
二、基层治理数字化转型的实践逻
辑
（一）技术逻辑：从信息化到智能
化
基层治理的技术支撑经历了从办公
自动化、业务信息化到数据智能化的演
进。江城市自
2021
年起建设市域社会
治理现代化指挥中心，整合
12345
热线、
网格化管理、视频监控等系统，日均处
置各类事件
3000
余件，事件按期办结
率达到
98.6%
。
（二）制度逻辑：从分散管理到整
新时代基层治理数字化转型的实践逻辑与
体协同
技术只有嵌入制度才能发挥作用。
江城市出台《基层治理事件分拨处置办
法》，明确市、区、街道、社区四级事
件处置职责，建立“统一受理、分级分
拨、限时办结、考核评价”的闭环流程，
推动治理由部门各自为战向整体协同转
变。
（三）主体逻辑：从政府主导到多
元共治
数字技术降低了群众参与的门槛。
通过“随手拍”小程序、社区微信群等
6
渠道，居民可以随时反映身边的问题、
参与社区事务的讨论，形成了政府、社
会组织和居民共同参与的治理格局。
"""


def _notes(doc):
    return ["".join(i.text for i in n.inlines) for a in doc.articles for n in a.footnotes]


def test_the_note_ends_where_its_page_ends(clean):
    doc, _ = clean(VERSO_FOLIOS)
    assert _notes(doc) == ["本文所称基层，主要指街道（乡镇）和社区（村）两级。"]


def test_the_next_pages_heading_and_text_stay_in_place(clean, texts):
    doc, _ = clean(VERSO_FOLIOS)
    body = "".join(texts(doc))
    assert "二、基层治理数字化转型的实践逻" in body and "基层治理的技术支撑经历了从办公自动化" in body
    assert body.index("二、基层治理") < body.index("（二）制度逻辑")


def test_the_verso_folios_are_dropped(clean, texts):
    doc, _ = clean(VERSO_FOLIOS)
    body = "".join(texts(doc))
    assert "数据共享、场景应用" in body and "社区微信群等渠道" in body
