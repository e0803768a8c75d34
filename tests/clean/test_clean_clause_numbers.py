"""A standard's clause numbers pdftotext (plain) wrote apart from their titles (issue 10,
clause12): 「4.1」 / (blank) / 「选址」.  The number-only lines that count up as an outline are
clause numbers, each joined to its text; a page number among them fits no outline step.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are what a careful reader of the printed page sees (the gold sets 「4.1　选址」: whitespace aside).
"""

from __future__ import annotations

from booklet.clean.clauses import _outline_chain, join_clause_numbers
from booklet.clean.lines import to_lines
from booklet.model import Heading, Paragraph
from booklet.readers.text import raw_lines
from booklet.report import Report



def joined(text: str) -> list[str]:
    return [line.text for line in join_clause_numbers(to_lines(raw_lines(text)), Report().log("clause_numbers"))]


# dev text standard_reading_room (a DB 地方标准), design academic_16k, read by pdftotext (plain):
# each clause number is a block of its own, its title or first line of text the next block, and
# a clause's text after its first line one more block
STANDARD_16K = """依托公共图书馆总分馆体系设立，实行自助或者半自助服务，向公众免费开放
的阅读空间。
4

选址与建设

4.1

选址

4.1.1

城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务

人口不宜少于1万人。
4.1.2

城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通

道直达。
4.2

建筑面积

4.2.1

城市书房建筑面积不宜小于150平方米，阅览座位不宜少于40个。

4.2.2

儿童阅读区宜单独设置，面积不宜小于总面积的20%。

注：利用既有建筑改建的城市书房，建筑面积可适当减少，但不应小于100平
方米。
5

服务要求

5.1

开放时间

5.1.1

城市书房每周开放时间不应少于84小时，节假日应正常开放。

5.1.2

实行24小时开放的城市书房，夜间应有安全巡查和应急呼叫措施。

5.2

借阅服务

2

当代区域发展研究

5.2.1

城市书房应提供通借通还服务，读者凭有效证件即可在全市任一公共

图书馆归还所借文献。
"""


def test_clause_numbers_written_apart_head_their_titles(clean, bare_texts):
    doc, _ = clean(STANDARD_16K)
    headings = bare_texts(doc, Heading)
    for heading in ("4选址与建设", "4.1选址", "4.2建筑面积", "5服务要求", "5.1开放时间", "5.2借阅服务"):
        assert heading in headings
    paragraphs = bare_texts(doc, Paragraph)
    assert "4.1.1城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务人口不宜少于1万人。" in paragraphs
    assert "4.1.2城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通道直达。" in paragraphs
    assert "4.2.2儿童阅读区宜单独设置，面积不宜小于总面积的20%。" in paragraphs


def test_page_number_among_clause_numbers_is_no_clause():
    lines = joined(STANDARD_16K)
    assert "5.2 借阅服务" in lines
    # the page's number 「2」 and its running head stay apart (furniture removes them later)
    assert "2" in lines and "当代区域发展研究" in lines


def test_numbers_that_count_up_without_a_sub_clause_are_left_alone():
    # page numbers alone count 1, 2, 3 too: no decimal number, no outline
    text = "第一段文字写在这里，没有结束\n1\n\n第二段\n2\n\n第三段\n3\n\n第四段\n"
    assert joined(text) == ["第一段文字写在这里，没有结束", "1", "第二段", "2", "第三段", "3", "第四段"]


def test_stacked_numbers_keep_their_order_unknown():
    # 「5.2.2」 / 「5.3」 one under the other: which text goes with which is unknown
    text = "5.1\n\n开放时间\n\n5.2\n\n借阅服务\n5.2.2\n5.3\n\n城市书房的文献年更新率不应低于10%。\n读者活动\n"
    out = joined(text)
    assert out[:2] == ["5.1 开放时间", "5.2 借阅服务"]
    assert "5.2.2" in out and "5.3" in out


def test_outline_chain_skips_numbers_that_break_the_count():
    numbered = [(0, (1,)), (2, (1,)), (4, (2,)), (6, (2, 1)), (8, (2,)), (9, (2, 2)), (11, (3,))]
    # the first 「1」 (a page's number before the title) and the 「2」 of a page break fit no step
    assert _outline_chain(numbered) == [(2, (1,)), (4, (2,)), (6, (2, 1)), (9, (2, 2)), (11, (3,))]


# dev text transcript_reading_month (a 现场实录), design a5_book (24 characters a line, the
# paragraphs indented two), read by pypdf: the speaker's bold label is a line of its own, the rest
# of its printed line — short of the measure only by the label and the indent — the next
TRANSCRIPT_A5 = """让阅读成为一种生活方式
——江城市“全民阅读月”启动仪式暨读书分享会
现场实录
（根据现场录音整理，小标题为编者所加）
主持人：
各位领导、各位来宾、各位读者朋友，大
家上午好！欢迎来到江城市“全民阅读月”启动仪式暨
读书分享会的现场。首先，请市委宣传部分管负责同志
致辞。
（掌声）
同志们、朋友们：
今天是世界读书日。我们在这里启动今年的“全民
阅读月”活动，就是希望更多的人拿起书本，走进图书
馆，让读书成为江城人的一种习惯。（掌声）
"""


def test_turn_after_a_speakers_label_alone_fills_the_labels_line(clean, bare_texts):
    doc, _ = clean(TRANSCRIPT_A5)
    turn = ("主持人：各位领导、各位来宾、各位读者朋友，大家上午好！欢迎来到江城市“全民阅读月”启动仪式暨"
            "读书分享会的现场。首先，请市委宣传部分管负责同志致辞。")
    assert turn in bare_texts(doc, Paragraph)
    assert not any(t.startswith("主持人") for t in bare_texts(doc, Heading))


# the same text, design word_report (33 characters a line), read by pypdf: a 小标题 in quotes
# (set in another face) stands between a turn's last line and the next speaker's label; the turn's
# last line and the title fit one printed line, but a quotation standing whole is no lead-in's run
TRANSCRIPT_WORD = """主持人：
感谢精彩的致辞。下面进入读书分享环节。我们请到了三位
嘉宾，先请市图书馆的老馆员李秀兰女士。
“书要读到手上有温度”
李秀兰：
我在图书馆工作了三十一年。刚参加工作的时候，借书要排
队，一本新书要等好几个月。现在不一样了，手机上点一下，书就送到了
家门口。
但我常跟年轻同事说，书要读到手上有温度。什么意思呢？就是要慢
下来，要读完整本书，而不是只看几段摘要。（掌声）
主持人：
说得真好。下面请江城中学的语文老师赵明同志。
“孩子们最缺的是时间”
赵明：
作为一名语文老师，我最深的感受是，孩子们并不是不爱读
书，他们最缺的是时间。作业、培训、考试，把一天排得满满的。
去年我们班试了一个办法，每天午饭后留出二十分钟，不布置任务，
"""


def test_quoted_title_between_turns_is_no_run_of_the_line_above(clean, bare_texts):
    doc, _ = clean(TRANSCRIPT_WORD)
    assert bare_texts(doc, Heading) == ["“书要读到手上有温度”", "“孩子们最缺的是时间”"]
    paragraphs = bare_texts(doc, Paragraph)
    assert "主持人：感谢精彩的致辞。下面进入读书分享环节。我们请到了三位嘉宾，先请市图书馆的老馆员李秀兰女士。" in paragraphs
    assert "主持人：说得真好。下面请江城中学的语文老师赵明同志。" in paragraphs
