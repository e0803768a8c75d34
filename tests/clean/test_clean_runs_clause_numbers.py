"""A standard's clause numbers that pypdf cut off their words (issue 10, family 3): Word sets the
digits in a Latin face and the ideographic space after a clause number (GB/T 1.1's 「4.1　选址」)
in the Chinese one, so pypdf ends a line at the number and starts the next with the space.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, block_text


# dev text standard_reading_room (a local standard: 1/2/3 clause headings, 4.1 subclause headings,
# untitled clauses 4.1.1 run in with their text), design word_latin_kai (25 characters a line in
# 楷体, digits and Latin words in a Latin face), read by pypdf (three pages, numbered at the
# foot): the page's number 「1」 sits between 「4　选址与建设」 and 「4.1」, and the spaces of
# 「DB 3209/T」 are lines of their own
STANDARD = """城市书房建设与服务规范
DB
 
3209/T
 
0187
—
2026
1
\u3000范围
本文件规定了城市书房的选址与建设、设施设备、文
献资源、服务和管理的要求。
本文件适用于本市行政区域内由政府设立或者社会力
量参与建设的城市书房。
2
\u3000规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文
件必不可少的条款。其中，注日期的引用文件，仅该日期
对应的版本适用于本文件；不注日期的引用文件，其最新
版本（包括所有的修改单）适用于本文件。
GB/T
 
28220
\u3000公共图书馆服务规范
GB
 
50763
\u3000无障碍设计规范
3
\u3000术语和定义
下列术语和定义适用于本文件。
3.1
\u3000城市书房\u3000
urban
 
reading
 
room
依托公共图书馆总分馆体系设立，实行自助或者半自
助服务，向公众免费开放的阅读空间。
4
\u3000选址与建设
1
4.1
\u3000选址
4.1.1
\u3000城市书房宜设在人口集中、交通便利的区
域，步行
15
分钟范围内服务人口不宜少于
1
万人。
4.1.2
\u3000城市书房宜设在建筑首层；设在其他楼层
的，应有电梯或者无障碍通道直达。
4.2
\u3000建筑面积
4.2.1
\u3000城市书房建筑面积不宜小于
150
平方米，阅
览座位不宜少于
40
个。
4.2.2
\u3000儿童阅读区宜单独设置，面积不宜小于总面
积的
20%
。
注：利用既有建筑改建的城市书房，建筑面积可适当
减少，但不应小于
100
平方米。
5
\u3000服务要求
5.1
\u3000开放时间
5.1.1
\u3000城市书房每周开放时间不应少于
84
小时，节
假日应正常开放。
5.1.2
\u3000实行
24
小时开放的城市书房，夜间应有安全
巡查和应急呼叫措施。
5.2
\u3000借阅服务
5.2.1
\u3000城市书房应提供通借通还服务，读者凭有效
证件即可在全市任一公共图书馆归还所借文献。
2
5.2.2
\u3000城市书房的文献年更新率不应低于
10%
，报
刊种数不宜少于
50
种。
5.3
\u3000读者活动
5.3.1
\u3000城市书房每年举办读书分享、讲座、展览等
读者活动不宜少于
12
场次。
5.3.2
\u3000读者活动的信息应提前不少于
3
天通过公告
栏、网站或者移动终端向社会发布。
3
"""


def test_a_clause_number_and_the_words_after_its_ideographic_space_are_one_line(rejoined):
    out = rejoined(STANDARD)
    for heading in ("1\u3000范围", "2\u3000规范性引用文件", "3\u3000术语和定义", "4\u3000选址与建设",
                    "4.1\u3000选址", "4.2\u3000建筑面积"):
        assert heading in out
    assert "4.1.1\u3000城市书房宜设在人口集中、交通便利的区" in out
    assert "4.1.2\u3000城市书房宜设在建筑首层；设在其他楼层" in out
    # a standard's number before a title is a Latin run too (five digits: no clause number)
    assert any(line.startswith("28220\u3000公共图书馆服务规范") or "28220\u3000公共图书馆服务规范" in line
               for line in out)


def test_a_clause_heading_opens_its_line_after_a_line_it_would_fill(rejoined):
    # 「城市书房建设与服务规范」 + 「DB 3209/T 0187—2026」 fill nearly a line; 「1　范围」 would fit
    # after them but a clause number opens its printed line, and the heading's line really ended
    out = rejoined(STANDARD)
    assert not any("2026" in line and "范围" in line for line in out)
    assert "1\u3000范围" in out


def test_clause_headings_are_headings_and_clauses_their_own_paragraphs(clean):
    doc, _ = clean(STANDARD)
    blocks = [b for a in doc.articles for b in a.blocks]
    headings = [block_text(b) for b in blocks if isinstance(b, Heading)]
    for heading in ("1\u3000范围", "2\u3000规范性引用文件", "4\u3000选址与建设", "4.1\u3000选址", "4.2\u3000建筑面积"):
        assert heading in headings
    texts = [block_text(b) for b in blocks]
    assert "本文件规定了城市书房的选址与建设、设施设备、文献资源、服务和管理的要求。" in texts
    assert "4.1.1\u3000城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务人口不宜少于1万人。" in texts
    assert "4.1.2\u3000城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通道直达。" in texts
    # nothing of the title line runs into the first clause's heading
    assert not any("范围" in t and "2026" in t for t in texts)
