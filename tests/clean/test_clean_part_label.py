"""A part's label over its title: the title is the part's heading, never a byline (issue 10, branch parts79).

Books, 读本 and 汇编 divide into parts labelled by place (「上篇」 「中篇」 「下篇」, 「上编」) or by number
(「第一编」, 「第二部分」, 「卷一」), each label alone on its line over the part's own title line.  A title
that reads as a name (「古代家训」, 「今人家风」: 古 and 今 open names as surnames do, and four characters
pass shapes.BYLINE_RE) was read under every extractor as the byline of an article the label
opened (the label its title).  shapes.PART_LABEL_RE names the labels, and headlines._part_title
keeps the line under one a heading of its own (title_run_end, _opens_article).

Each snippet is real: the dev text reader_chapter_quoted_heads set in a drawn design
(heading_sweep.py --kind heading --seed 254) and read back by the extractor named above it.
"""

from __future__ import annotations

import pytest

from booklet.shapes import PART_LABEL_RE

# reader_chapter_quoted_heads × sw25_00 × pdftotext: the first page, 「上篇」 over 「古代家训」.
UPPER_PART = """\
家风家教学习读本
（干部读本）

前言
家风是一个家庭的精神内核，也是一个社会的价值缩影。
为帮助广大党员干部加强家风建设，我们选编了古今家风家训故事和有关
论述，分为上下两篇，供大家学习参考。书中引文均注明出处，个别文字略有
删节。

上篇
古代家训
《颜氏家训》：「夫风化者，自上而行于下者也」
《颜氏家训》是北齐颜之推写给子孙的家训，共七卷二十篇，被后人誉为
“家训之祖”。
颜之推认为，教育子女要从小抓起，“教妇初来，教儿婴孩”，不能等到
孩子长大、习惯已经养成再来纠正。他特别强调父母自身的表率作用，认为风
"""

# reader_chapter_quoted_heads × sw25_03 × pdfminer: the first page, its running head and folio over
# the title, 「上篇」 over 「古代家训」 set apart by blank lines.
UPPER_PART_APART = """\
家风家教学习读本

1

家风家教学习读本

（干部读本）

前言

家风是一个家庭的精神内核，也是一个社会的价值缩影。
为帮助广大党员干部加强家风建设，我们选编了古今家风家
训故事和有关论述，分为上下两篇，供大家学习参考。书中引文
均注明出处，个别文字略有删节。

上篇

古代家训

《颜氏家训》：「夫风化者，自上而行于下者也」

《颜氏家训》是北齐颜之推写给子孙的家训，共七卷二十

篇，被后人誉为“家训之祖”。

颜之推认为，教育子女要从小抓起，“教妇初来，教儿婴
孩”，不能等到孩子长大、习惯已经养成再来纠正。他特别强调
父母自身的表率作用，认为风气教化是从上往下推行的，长辈做
得好，晚辈自然会跟着学。

"""


@pytest.mark.parametrize("snippet, label, title", [
    (UPPER_PART, "上篇", "古代家训"), (UPPER_PART_APART, "上篇", "古代家训")], ids=["pdftotext", "pdfminer"])
def test_part_title_is_no_byline(clean, headings_of, snippet, label, title):
    doc, _ = clean(snippet)
    heads = headings_of(doc)
    assert label in heads and title in heads
    assert heads.index(title) == heads.index(label) + 1
    assert all(a.author != title for a in doc.articles)


@pytest.mark.parametrize("text", ["上篇", "中篇", "下篇", "上编", "下卷", "第一编", "第二部分", "第三篇", "卷一"])
def test_part_labels(text):
    assert PART_LABEL_RE.match(text)


@pytest.mark.parametrize("text", ["古代家训", "第一章", "上篇文章", "下篇导读", "第二节", "篇"])
def test_no_part_labels(text):
    assert PART_LABEL_RE.match(text) is None
