"""A 来源 line PDFium wrote in pieces closes its item (issue 10, src19).

PDFium (pypdfium2) spreads a justified column line into pieces, and on a page of columns it cuts
a 来源 line too (``来`` / ``源：《江城日报`` / ``》2026年11月20`` / ``日`` / ``第`` / ``7`` / ``版``).
The line closes its news item: its pieces end where the line is whole (``shapes.SOURCE_WHOLE_RE``:
its page, its issue or its closing bracket), so the next item's headline never continues it.
The snippet is real: dev text
news_page_culture_weekly in design weekly_two_of_three (columns of 15 characters) read back by
pypdfium2; expected values are what the printed page shows (the gold).
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.runs import rejoin_runs
from booklet.model import block_text
from booklet.readers.text import raw_lines
from booklet.report import Report
from booklet.shapes import SOURCE_WHOLE_RE, date_cut, leaves_bracket_open

# the page up to the 短评 after the 来源 line, as pypdfium2 wrote it
PAGE = """2026年11月27日 星期五 文化周刊
非遗工坊开进社区：
老手艺有了新传人
本报记者 郑雨桐 文/图
周六上午，城西街道文化站的
活动室里坐满了人。剪纸艺人王桂
芳把一张红纸对折三次，剪刀在手
里转了几圈，一只昂首的公鸡就跃
然纸上，围观的孩子们发出一阵惊
叹。
今年以来，市文化和旅游局在
12个社区设立非遗工坊，邀请剪纸、
竹编、面塑等项目的传承人定期授
课，已累计开课260多场，参加学
员4000余人次。
“以前总担心手艺没人学，现
在每次课都有人排队报名。”王桂
芳说，她最小的学生才8岁，已经
能独立剪出简单的窗花。
剪纸艺人王桂芳（右）在社区工坊指
导学员。 郑雨桐 摄
市文化和旅游局负责人表示
明年将实现
非遗工坊街
道全覆盖
本报讯（记者 郑雨桐）
记者从市文化和旅游局获悉，
明年全市将在所有街道设立非遗工
坊，并探索“工坊＋文创”模式
，
支持传承人开发适合
年
轻人的文创
产品
。
一座老粮仓
的新生
——江城市粮食局旧址改建为城
市书房侧记
通讯员 林家豪 本报记者 周可欣
青砖墙
、木屋架
、
高
窗
户
，
始
建于
上世纪
五
十
年
代
的
江城市粮食
局老粮仓
，
如
今变成了一座可容纳
200人的城市书房
。改造中，设计
团
队保留
了
原有的屋架
和仓门，只
在内部
加
装
了书架
和
照明。
开
放一个月来，书房接待读
者
3.6
万人次。不少老
人专程赶来，
在
当
年自己扛过粮袋
的仓库里坐
下
来
读
一会儿书
。
来
源：《江城日报
》2026年11月20
日
第
7
版
让老建筑说
新故事
□ 短评
城市更新不是简单的推倒重来。
"""


def _lines(text: str):
    return to_lines(raw_lines(text))


def test_a_source_line_in_pieces_ends_before_the_next_headline():
    out = [line.text for line in rejoin_runs(_lines(PAGE), Report().log("rejoin_runs"))]
    start = next(k for k, text in enumerate(out) if text.startswith("来源"))
    head = out.index("让老建筑说新故事")   # the next item's headline, a line of its own
    # the lines between are the 来源 line's (the column wraps it once), and nothing else
    assert "".join(out[start:head]) == "来源：《江城日报》2026年11月20日第7版"
    assert out[head + 1] == "□ 短评"


@pytest.mark.parametrize("text, whole", [
    ("来源：《江城日报》2026年11月20日第7版", True),
    ("来源：《江城日报》2026年11月20日第7", False),       # the page's 版 still to come
    ("来源：《江城日报》2026年11月20日", False),          # a date alone may go on to its page
    ("来源：《江城理论》2026年第2期", True),
    ("（来源：市委社会工作部《基层治理简报》）", True),
    ("来源：《江城日报》（2026年3月18日01版）", True),
])
def test_the_whole_shape_of_a_source_line(text, whole):
    match = SOURCE_WHOLE_RE.search(text)
    assert (match is not None and not leaves_bracket_open(match.group())) is whole


def test_a_page_inside_an_open_bracket_is_not_the_end():
    # ``…（2026年3月18日01版`` goes on to ``）``: the bracket is still open
    match = SOURCE_WHOLE_RE.search("来源：《江城日报》（2026年3月18日01版")
    assert match is not None and leaves_bracket_open(match.group())


# dev text news_page_culture_weekly, design open_leaded_three, read by pdftotext -raw: the column
# wraps the first item's 来源 line between its whole date and its page (``…2026年11月20日`` /
# ``第7版``), and the next item's headline follows.
SOURCE_WRAPPED_AT_PAGE = """开放一个月来，书房接待读者
3.6万人次。不少老人专程赶来，在
当年自己扛过粮袋的仓库里坐下来读
一会儿书。
来源：《江城日报》2026年11月20日
第7版
让老建筑说新故
事
□ 短评
城市更新不是简单的推倒重来。
"""


def test_a_source_line_wrapped_before_its_page_is_one_block(clean):
    document, _ = clean(SOURCE_WRAPPED_AT_PAGE)
    first, second = document.articles
    assert first.source_line == "来源：《江城日报》2026年11月20日第7版"
    assert all("第7版" not in block_text(block) for block in first.blocks)
    assert second.title == "让老建筑说新故事"


# dev text news_page_science, design dangbao_four_ruled (11-character columns), read by pypdf: the
# column breaks the 来源 line where the bracket dating it opens (``来源：《江城日报》`` /
# ``（2026年3月18日01版）``); the report follows under it.
SOURCE_WRAPPED_AT_BRACKET = """江城日报
2026年12月3日  星期四  第1版
市委常委会召开会议专题研究科技创新工作强调
以更大力度推进科技创新 为高质
量发展注入强劲动能
本报记者 陈思远 刘佳
来源：《江城日报》
（2026年3月18日01版）
3月17日下午，市委
常委会召开会议，专题研
究全市科技创新工作，听
取市科技局关于全市创新
平台建设情况的汇报。
"""


def test_a_source_line_wrapped_before_its_bracketed_date_is_one_block(clean):
    document, _ = clean(SOURCE_WRAPPED_AT_BRACKET)
    texts = [block_text(block) for article in document.articles for block in article.blocks]
    lines = [document.articles[0].source_line or ""] + texts
    assert "来源：《江城日报》（2026年3月18日01版）" in lines
    assert "3月17日下午，市委常委会召开会议，专题研究全市科技创新工作，听取市科技局关于全市创新平台建设情况的汇报。" in texts


@pytest.mark.parametrize("before, after, cut", [
    ("来源：《江城县报》", "（2026年11月2日第1版）", True),      # dangbao_four_ruled, pdftotext -raw
    ("来源：《江城日报》", "（2026年3月18日01版）", True),
    ("来源：《江城日报》", "（记者 王晓东）", False),             # a bracket that dates nothing
    ("来源：《江城日报》", "（2026年3月18日01版）3月17日下午", False),  # the line goes on past it
])
def test_a_bracketed_date_under_the_title_is_the_source_line_rest(before, after, cut):
    assert date_cut(before, after) is cut
