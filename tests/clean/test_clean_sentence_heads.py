"""Parallel 观点式 小标题 ending in 。 (issue 10, branch stop53).

A 评论员文章 sets each of its points as a short sentence apart (黑体 or bold, set in) over the
paragraphs that argue it, and states its points alike (「办实事要先问需于民。」 / 「办实事要敢啃硬骨头。」
/ 「办实事要让群众来评判。」).  An extractor keeps the words and the 。 and drops the type, and every
rule that takes a final 。 for a sentence's end read each as a one-line paragraph.  Three or more
one-line sentences opening alike, each over a paragraph at least twice as wide, are headings
(``headings.sentence_headings``); a lone one-line paragraph ending in 。 (「这就是问需于民的办法。」)
stays a paragraph.

The snippet is real: the dev text commentary_sentence_heads set in the design pocket_15_bold_set_in
(``tests/eval/layouts.py``) and read back by pdftotext, the whole text.
"""

from __future__ import annotations

from booklet.model import Heading

COMMENTARY = """\
把为民办实事落到群众心坎上

把为民办实事落到群众心坎
上
——三论扎实推进民生实事项目
今年以来，全市十件民生实事
项目有序推进，一批群众急难愁盼
的问题得到解决。越是到了年底收
官阶段，越要防止松劲懈怠，越要
把好事办好、实事办实。
办实事要先问需于民。
民生实事办得好不好，群众最
有发言权。有的地方项目定得很
快，却没有征求过居民的意见，建
成以后用的人少、骂的人多。问题
不在资金，而在出发点。
项目怎么定，要先到群众中去
问一问、听一听。城西街道在加装
电梯前逐户上门，把意见不一的楼
栋先放一放，把条件成熟的楼栋先
1

干部学习口袋书

做起来，一年下来完成了四十三
部。
这就是问需于民的办法。
办实事要敢啃硬骨头。
容易办的事，往往早就办了；
剩下的，大多是难事。老旧小区的
停车难、农贸市场的脏乱差、学校
门口的接送堵，哪一件都牵涉多个
部门，哪一件都需要有人牵头。
难事面前，最怕的是推。各责
任单位要把任务清单、责任清单晒
出来，谁牵头、谁配合、什么时候
办完，一项一项写清楚，办不完的
要说明原因。
办实事要让群众来评判。
实事办没办成，不能只看报表
上的完成率。路修好了，群众走着
顺不顺；食堂开起来了，老人吃着
合不合口；这些都要回访，都要让
群众打分。
2

把为民办实事落到群众心坎上

对群众不满意的项目，要敢于
回头看、及时补短板，不能一验收
了之。
民生无小事，枝叶总关情。让
我们以钉钉子精神抓好每一件实
事，用实实在在的成效赢得群众的
信任。
本报评论员

3


"""


def test_parallel_sentence_heads_are_headings(clean, texts):
    doc, _ = clean(COMMENTARY)
    heads = texts(doc, Heading)
    assert "办实事要先问需于民。" in heads
    assert "办实事要敢啃硬骨头。" in heads
    assert "办实事要让群众来评判。" in heads
    assert "这就是问需于民的办法。" not in heads


def test_a_lone_sentence_line_stays_a_paragraph(clean, texts):
    lines = [line for line in COMMENTARY.splitlines() if line != "办实事要敢啃硬骨头。" and line != "办实事要让群众来评判。"]
    doc, _ = clean("\n".join(lines) + "\n")
    assert "办实事要先问需于民。" not in texts(doc, Heading)
