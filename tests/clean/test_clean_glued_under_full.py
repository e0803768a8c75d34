"""A heading glued to the paragraph above it, whose last line filled the measure (issue 10, branch glued50).

A paragraph's last line ends a sentence (。！？…, a closing quote, or a colon leading in).  After
a line that fills the measure and ends a sentence, a short line with no stop that the measure
would end — read as a line that runs on, no first line's indent taken off — cannot be that
paragraph's rest: it would be its last line and end no sentence.  It is a block of its own, a
heading or a label whose indent (or centring) the extraction lost (``measured._rest_unfinished``);
and the first line of a paragraph under it, as wide as a first line, does not run it on
(``measured._wrapped_break``).  A heading wrapped over two lines, its bracket open at the first
line's end and closed short of the measure on the second, is read the same way.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

from booklet.model import Heading, block_text

# insights_phrase_heads × pocket_19_hung × pdftotext_raw (the whole text): 20 em measure with the
# stops hung, first lines 17 (their indent lost); 「…还管用。」 fills its line, the phrase heading
# under it is 15 em, the paragraph under that opens on a first line's width.
PHRASE_HEAD_UNDER_FULL_LINE = """\
下沉社区一个月的几点体会
县发展改革局 孙立平
按照县委统一部署，我于九月到十月在
城南街道槐树社区驻点工作了一个月。时间
不长，但接触的人和事不少，有几点体会，
在这里和大家交流。
脚下有泥
到社区的第一天，网格员小何带我走了
一遍她负责的十二栋楼。一圈下来，用了将
近三个小时。
我这才知道，一栋没有电梯的老楼，住
着多少行动不便的老人；一个看似平常的楼
道，堆着多少年没人清理的杂物。
这些情况，坐在办公室里是看不到的。
心中有数
1
走得多了，就要记得清。我准备了一个
小本子，哪户有独居老人，哪户孩子在外地，
哪户家里有病人，都一一记下来。
一个月下来，本子记满了大半本。街道
的同志说，这个本子比电脑里的表格还管用。
群众的事再小，也要当作大事来办
十七栋的王阿姨反映，楼下路灯坏了两
个月，晚上买菜回来只能摸黑走。我当天就
联系了物业，第二天路灯修好了。
王阿姨说了一句：“你们来了，事情就
有人管了。”
这句话我一直记着。
办法总比困难多。
老旧小区加装电梯，最难的是协调一楼
住户。我们先后上门九次，帮他们算清楚采
光、噪声和房价的账，最后一个单元的十二
2
户全部签了字。
这件事让我明白，只要把道理讲透、把
心意讲到，再难的事情也能找到办法。
以上是我的一点粗浅体会，不妥之处，
请大家批评指正。
2026年10月28日
3
"""

# reader_parts_documents × kai_16_hei_heads × pypdfium2 (the whole text): a document's title,
# wrapped in its 《》 over two lines, under a paragraph whose last line filled the page after the
# running head and folio.
BRACKETED_TITLE_UNDER_FULL_LINE = """\
乡村治理学习读本（节选）
乡村治理学习读本（节选）
第一部分
总体要求和基本原则
一、深刻认识加强和改进
乡村治理对推进乡村全面振兴
的重要意义
乡村治理是国家治理的基石。村
庄是农民生产生活的共同体，村里的
大事小情办得好不好，群众心里最清
楚，也最在意。
近年来，各地在村民自治、法治
乡村、平安乡村建设等方面探索了不
少好做法，但也要看到，一些地方村
1
读书会材料
级组织动员能力不强、议事协商流于
形式、移风易俗推进不平衡，这些都
需要在实践中逐步加以解决。
二、准确把握加强乡村治
理必须坚持的基本原则和主要
目标任务
第一，坚持党组织领导。村党组
织是村级各类组织和各项工作的领导
核心，村里的重大事项都要经过村党
组织研究讨论。
第二，坚持农民主体地位。乡村
治理为了农民、依靠农民，要把选择
权交给农民，不搞强迫命令，不搞一
刀切。
2
乡村治理学习读本（节选）
第三，坚持因地制宜。各地村情
差异很大，不能照搬照抄一个模式。
第二部分
重要文件导读
《青禾县村级议事协商工
作规程》
这份规程规定了议事协商的主
体、内容和程序。凡是涉及村民切身
利益的事项，都应当先协商、后决
策。
规程列出了“六步工作法”：
“提议题、定议题、议题公示、
协商议事、结果公示、监督实施。”
每一步都有时限要求，协商结果
3
读书会材料
要在村务公开栏公示不少于七天。
《关于推进移风易俗树立
文明乡风的指导意见》
这份意见针对婚丧事宜大操大
办、高额彩礼、人情攀比等问题，提
出由村民议定标准、写入村规民约，
由红白理事会负责监督落实。
意见还要求，党员干部要带头执
行，不得变相突破村里定下的标准。
（本书编写组）
4"""


def _blocks(clean, text):
    doc, _ = clean(text)
    return [b for article in doc.articles for b in article.blocks]


def test_a_phrase_heading_under_a_full_last_line_is_a_heading(clean):
    blocks = _blocks(clean, PHRASE_HEAD_UNDER_FULL_LINE)
    texts = [block_text(b) for b in blocks]
    assert "群众的事再小，也要当作大事来办" in texts
    assert isinstance(blocks[texts.index("群众的事再小，也要当作大事来办")], Heading)
    assert any(t.endswith("这个本子比电脑里的表格还管用。") for t in texts)
    assert any(t.startswith("十七栋的王阿姨反映，") for t in texts)


def test_a_bracketed_title_under_a_full_last_line_is_a_heading(clean):
    blocks = _blocks(clean, BRACKETED_TITLE_UNDER_FULL_LINE)
    texts = [block_text(b) for b in blocks]
    title = "《关于推进移风易俗树立文明乡风的指导意见》"
    assert title in texts
    assert isinstance(blocks[texts.index(title)], Heading)
    assert any(t.endswith("协商结果要在村务公开栏公示不少于七天。") for t in texts)


def test_a_line_cut_on_a_pause_goes_on(clean):
    # (a column narrowed round a picture cuts a first line after its pause: no heading ends so)
    text = ("全县各项目全面推行“村民质量监督员”制度，请群众当\n好工程建设的“监理员”，确保工程质量过硬。\n"
            "冬修水利是为群众办实事、\n为来年打基础的大事，要把好事\n办好、实事办实，决不能搞形式、走过场。\n")
    texts = [block_text(b) for b in _blocks(clean, text)]
    assert not any(t == "冬修水利是为群众办实事、" for t in texts)
