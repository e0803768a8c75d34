"""Characters a rule lost on single-column pages (issue 10, fidelity): what is printed once, where
pages are, where notes end.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.  Expected
values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text


def shown(doc):
    """Every title and block text of the document, in order."""
    return [text for a in doc.articles for text in [a.title, *(block_text(b) for b in a.blocks)] if text]


def notes(doc):
    return {n.label: block_text(n) for a in doc.articles for n in a.footnotes}


# gold_real_000_cailiao1, design kai_16_hei_heads (the title as the odd pages' running head, the
# page number at the foot), read by pdftotext -layout: page 2 ends with its number 「2」, and past
# the form feed page 3 opens with its head 「 习近平：…」 — no section number over its title (a
# printed line is on one page): the number and the head are furniture, the text runs on
CAILIAO_NUMBER_OVER_FORM_FEED = """ 习近平：加强基础研究 实现高水平科技



       材料1
  习近平：加强基础研究 实
现高水平科技自立自强
  今天，中央政治局进行第三次集
体学习，内容是加强基础研究。安排
这次集体学习，目的是分析我国基础
研究现状和挑战，了解国外加强基础
研究的主要做法，探讨加快推进我国
基础研究发展的措施。
  加强基础研究，是实现高水平科
技自立自强的迫切要求，是建设世界
科技强国的必由之路。党和国家历来
重视基础研究工作。新中国成立后，

         1
\f      读书会材料


党中央发出“向科学进军”号召，广
大科技工作者自力更生、艰苦奋斗，
取得“两弹一星”关键科学问题、人
工合成牛胰岛素、多复变函数论突
破、哥德巴赫猜想证明等重大基础研
究成果。改革开放后，我国迎来“科
学的春天”，先后实施“863计
划”、“攀登计划”、“973计
划”，基础研究整体研究实力和学术
水平显著增强。党的十八大以来，党
中央把提升原始创新能力摆在更加突
出的位置，成功组织一批重大基础研
究任务、建成一批重大科技基础设
施，基础前沿方向重大原创成果持续
涌现。
        2
\f 习近平：加强基础研究 实现高水平科技


  当前，新一轮科技革命和产业变
革深入发展，学科交叉融合不断推
进，科学研究范式发生深刻变革，科
学技术和经济社会发展加速渗透融
合，基础研究转化周期明显缩短，国
际科技竞争向基础前沿前移。应对国
际科技竞争、实现高水平科技自立自
强，推动构建新发展格局、实现高质
量发展，迫切需要我们加强基础研
究，从源头和底层解决关键技术问
题。正因为如此，党的二十大报告突
出强调要加强基础研究、突出原创、
鼓励自由探索，作出战略部署，要切
实落实到位。
  第一，强化基础研究前瞻性、战
         3
\f"""


def test_page_number_and_head_past_a_form_feed_are_no_numbered_title(clean):
    doc, _ = clean(CAILIAO_NUMBER_OVER_FORM_FEED)
    text = [t.replace(" ", "") for t in shown(doc)]
    assert any(t.startswith("当前，新一轮科技革命和产业变革深入发展") for t in text)
    assert not any("2习近平" in t or "实现高水平科技当前" in t for t in text)
