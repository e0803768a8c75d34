"""A running head after a page-foot note is no piece of the note's last line (issue 10, branch glue57).

A pocket design prints a running head (「干部学习口袋书」) on each recto and only a folio on the versos'
feet.  pypdf writes the pages with no page marks, so a recto's head comes straight after the verso's
page-foot note: 「①本文所称基层，主要指街道（乡镇）和」 / 「社区（村）两级。」 / 「干部学习口袋书」.  The
furniture rules take the page starts from the head's repeats (``bands.pages_from_repeats``), but
``runs.rejoin_runs`` looked for running heads only on the pages ``find_pages`` gave (one, with no
starts), found none, and rejoined the head onto the note's short last line as its lead-in
(「社区（村）两级。干部学习口袋书」); with no page start there, the note then ran on to the next
folio and took a page of text with it.  Now both read the pages alike (``bands.repeated_pages``).

The snippet is real: the dev text article_theory_abstract_refs set on a ``tests/eval/heading_sweep.py
--kind pocket`` page (seed 57, design pk53_04) and read back by pypdf — the whole document.  Both
tests fail on main.
"""

from __future__ import annotations

from booklet.model import Paragraph, block_text

# article_theory_abstract_refs × heading_sweep --kind pocket seed 57 pk53_04 × pypdf
HEAD_AFTER_NOTE = """\
干部学习口袋书
新时代基层治理数字化转型
的实践逻辑与推进路径
林思远　周晓岚
（中共江城市委党校 公共管理教研
部，江苏 江城 225000）
摘　要：数字化转型是推进基层
治理现代化的重要抓手。本文在梳理
江城市“一网统管”实践的基础上，
从技术、制度和主体三个维度分析基
层治理数字化转型的内在逻辑，指出
当前存在的数据壁垒、重建设轻应用、
基层减负不到位等问题，并从统筹规
划、数据共享、场景应用和能力建设
等方面提出推进路径。
2
关键词：基层治理；数字化转型；
一网统管；数据共享
基金项目：江城市哲学社会科学
规划课题“数字赋能基层治理的机制
研究”（JC2025B017）。
一、问题的提出
基层是国家治理的“最后一公
里”。随着经济社会发展和人口流动
加快，基层治理面临的事务日益繁杂，
传统的人力密集型治理方式已难以适
应新的要求
①
。近年来，各地积极探
索运用大数据、物联网、人工智能等
技术提升基层治理效能，形成了一批
①本文所称基层，主要指街道（乡镇）和
社区（村）两级。
干部学习口袋书
可复制、可推广的经验。
然而，在实践中也出现了平台林
立、数据“烟囱”、系统“空转”等
现象，一些地方把数字化简单理解为
上系统、建平台，忽视了治理流程的
再造和治理主体的协同。如何准确把
握基层治理数字化转型的实践逻辑，
是一个需要深入研究的问题。
二、基层治理数字化转型
的实践逻辑
（一）技术逻辑：从信息
化到智能化
基层治理的技术支撑经历了从办
公自动化、业务信息化到数据智能化
4
的演进。江城市自2021年起建设市域
社会治理现代化指挥中心，整合
12345热线、网格化管理、视频监控
等系统，日均处置各类事件3000余件，
事件按期办结率达到98.6%。
（二）制度逻辑：从分散
管理到整体协同
技术只有嵌入制度才能发挥作用。
江城市出台《基层治理事件分拨处置
办法》，明确市、区、街道、社区四
级事件处置职责，建立“统一受理、
分级分拨、限时办结、考核评价”的
闭环流程，推动治理由部门各自为战
向整体协同转变。
干部学习口袋书
（三）主体逻辑：从政府
主导到多元共治
数字技术降低了群众参与的门槛。
通过“随手拍”小程序、社区微信群
等渠道，居民可以随时反映身边的问
题、参与社区事务的讨论，形成了政
府、社会组织和居民共同参与的治理
格局。
三、当前存在的主要问题
1. 数据共享不充分。部门之间
的数据标准不一，共享交换机制不健
全，基层“重复填表、多头报数”的
问题仍然存在。
2. 应用场景不丰富。部分平台
建成后使用率不高，功能与基层实际
6
需求脱节，出现“建而不用、用而不
活”的情况。
3. 基层能力不匹配。社区工作
者的数字素养参差不齐，部分人员对
新系统存在畏难情绪，技术优势未能
充分转化为治理效能。
四、推进基层治理数字化
转型的路径
一是加强统筹规划，坚持“一张
蓝图绘到底”，避免重复建设。二是
打通数据壁垒，建立统一的数据资源
目录和共享责任清单。三是丰富应用
场景，围绕群众办事、矛盾调解、应
急处置等高频事项开发实用功能。四
是强化能力建设，分层分类开展数字
干部学习口袋书
技能培训，切实为基层减负赋能。
需要指出的是，数字化转型不是
目的，而是手段。推进基层治理数字
化转型，必须始终坚持以人民为中心，
把群众满意作为检验成效的根本标准，
防止“为数字化而数字化”，真正让
技术为基层减负、为群众造福。
参考文献
[1] 王浦劬．国家治理、政府治
理和社会治理的含义及其相互关系[J
]．国家行政学院学报，2014（3）：
11-17．
[2] 郁建兴，黄飚．当代中国地
方政府创新的新进展[J]．政治学研
究，2017（5）：88-103．
8
[3] 江城市人民政府．江城市
“十四五”数字政府建设规划[Z]．
2021．
[4] 江城市社会治理研究课题组
．数字化转型背景下的基层治理创新
研究报告[R]．江城：江城市委党校，
2025．
[5] 陈晓晖．数字赋能社区治理
的实践困境与优化路径[J]．行政管
理改革，2023（8）：54-62．"""


def test_the_head_is_not_glued_to_the_note(clean, titles_and_blocks):
    doc, _ = clean(HEAD_AFTER_NOTE)
    text = titles_and_blocks(doc)
    assert "两级。干部学习口袋书" not in text
    assert "数字干部学习口袋书" not in text


def test_the_note_ends_where_its_page_does(clean, texts):
    doc, _ = clean(HEAD_AFTER_NOTE)
    notes = ["".join(block_text(Paragraph(n.inlines)) for n in a.footnotes) for a in doc.articles]
    assert any(n.endswith("主要指街道（乡镇）和社区（村）两级。") for n in notes)
    assert any(p.startswith("基层是国家治理的“最后一公里”。") and p.endswith("可复制、可推广的经验。")
               for p in texts(doc, Paragraph))
