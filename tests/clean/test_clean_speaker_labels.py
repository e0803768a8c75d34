"""A speaker's label on a line of its own heads that speaker's part (issue 10, branch texts49).

A 座谈会发言摘登 prints each speaker's name and post on a line of their own, a colon after the
bracket (「周海林（柳湾镇党委副书记）：」), and the speech in the paragraphs under it.  The colon
kept the line from being a heading (``headings._RUN_ON_ENDS``: a clause's lead-in runs on), but here
it introduces the speech, and the shape says so: a person's name, the post in brackets, the colon,
nothing else (``shapes.SPEAKER_LINE_RE``), among others of its kind (``headings.SPEAKERS_MIN``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text
from booklet.shapes import ORG_BYLINE_RE, looks_like_byline, short_line_role

# symposium_speeches_excerpts × a5_book × pdftotext -raw: two speakers' labels, each over its speech.
SPEAKERS = """\
11月下旬，县委宣传部召开全县农家书屋提质增效
座谈会，部分乡镇、村和图书馆的同志结合实际作了交
流发言。现将发言摘要刊登如下。
周海林（柳湾镇党委副书记）：
我们镇有十四个农家书屋，前几年普遍存在门常
关、书落灰的问题。去年起，镇里把书屋的管理交给村
里的文化志愿者，每个书屋每周至少开放五天，晚上也
开。
这说明，群众不是不爱读书。
陈素芬（石桥村党支部书记）：
我们村的书屋原来设在村委会二楼，老人上楼不方
便，孩子们也不愿意来。今年我们把书屋搬到了村口的
老祠堂，旁边就是小卖部和健身广场。
书屋热闹了，村里的风气也跟着变了。
"""

# A 回执 (after notice_meeting_agenda's form): one bracketed field over a colon is no speaker.
ONE_FIELD = """\
请各单位于11月10日前将回执报送县委办公室。
单位名称（盖章）：
联系人：            联系电话：
"""


def _blocks(clean, text):
    doc, _ = clean(text)
    return [b for a in doc.articles for b in a.blocks]


def test_speakers_labels_are_headings(clean):
    blocks = _blocks(clean, SPEAKERS)
    heads = [block_text(b) for b in blocks if isinstance(b, Heading)]
    assert heads == ["周海林（柳湾镇党委副书记）：", "陈素芬（石桥村党支部书记）："]
    assert any(isinstance(b, Paragraph) and block_text(b).startswith("我们镇有十四个农家书屋，前几年") for b in blocks)


def test_one_bracketed_field_is_no_heading(clean):
    blocks = _blocks(clean, ONE_FIELD)
    assert not any(isinstance(b, Heading) and "盖章" in block_text(b) for b in blocks)


# reader_parts_documents × gongwen × pdftotext -raw: a part's label under the book's title, its
# title on the next line.  第 is a surname, so 「第一部分」 read as a byline under the title; no name
# goes on in a numeral (``shapes.looks_like_byline``).
PART_LABEL = """\
乡村治理学习读本（节选）
第一部分
总体要求和基本原则
一、深刻认识加强和改进乡村治理对推进乡村全面振兴的重
要意义
乡村治理是国家治理的基石。村庄是农民生产生活的共同
体，村里的大事小情办得好不好，群众心里最清楚，也最在意。
"""


def test_a_part_label_under_the_title_is_no_byline(clean):
    doc, _ = clean(PART_LABEL)
    article = doc.articles[0]
    assert not article.author
    heads = [block_text(b) for b in article.blocks if isinstance(b, Heading)]
    assert heads[:2] == ["第一部分", "总体要求和基本原则"]


def test_an_ordinal_label_is_no_name():
    assert not looks_like_byline("第一部分") and not looks_like_byline("第三单元")
    assert looks_like_byline("周海林") and looks_like_byline("第晓东")   # (第 a surname, no numeral after it)


# symposium_speeches_excerpts × a5_book × paste_viewer: the compiler's line closing the 摘登, an
# office's section (科, under a 部 or a 局) and the verb set apart (``shapes.COMPILER_RE``): no heading,
# and no body-and-name byline either (``ORG_BYLINE_RE``: 「整理」 is the verb, not a name) — read as one,
# it opened an item the page could not end on, and went up over the note.
COMPILER_SECTION = """\
我在柳湾镇的书屋做了两年志愿者，最大的体会 

是，书屋要有人气，首先要有人守着。 

谢谢大家给我这个机会。 

（发言内容经本人审阅，刊发时有删节） 

县委宣传部宣教科 整理 

2 
"""


def test_a_sections_compiler_line_closes_the_text(clean):
    blocks = _blocks(clean, COMPILER_SECTION)
    assert not any(isinstance(b, Heading) for b in blocks)
    assert [block_text(b) for b in blocks][-2:] == ["（发言内容经本人审阅，刊发时有删节）", "县委宣传部宣教科 整理"]
    assert short_line_role("县委宣传部宣教科 整理") == "compiler"
    assert not ORG_BYLINE_RE.match("县委宣传部宣教科 整理") and ORG_BYLINE_RE.match("江城市民政局 张晓燕")
