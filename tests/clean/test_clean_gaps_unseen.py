"""Lines PDFium cut where a justified line was spread apart, on documents no rule was written from
(issue 10, family 3).

PDFium (pypdfium2, Chrome's viewer) takes a page of columns as set vertically when its text covers
less of the page's width than of its height; it then starts a new line before every text object of
one character that does not overlap the line before it sideways.  A justified column line set as a
row of words comes out in pieces: ``背面是二维码`` / ``，扫码`` / ``就`` / ``能`` / ``看`` /
``到填表示范`` / ``。``.  Each snippet is real: a dev text of the evaluation harness
(``tests/eval/texts/dev``) set in one of its designs (``tests/eval/layouts.py``) and read back by
pypdfium2.  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text

# dev text news_page_city_briefs (a page of city news), design tabloid_three_columns (three
# columns of 13 characters), read by pypdfium2
BRIEFS = """在江城区政务服务中心，
每个窗口都摆着一摞彩色卡
片。卡片正面印着办事所需材
料清单，背面是二维码
，扫码
就
能
看
到填表示范
。
“以前来办营业执照，材
料总是
差
一两样，来回跑了
好
几趟
。
”个体经营户刘女士
说
，“现
在
拿
着这张卡，一
次
就
办成了
。
”
市民在政务服务中心窗口领取办
事“明白卡”。 本报记者 田思
远/摄
据了解，江城区已梳理
高
频
事
项186
项，全部
制
作
“
明
白
卡
”，群众一
次
办结率由
8
2%提高到97%。
"""


def _paragraphs(doc) -> list[str]:
    return [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]


def test_one_character_pieces_rejoin_their_printed_lines_and_make_no_headings(clean):
    doc, _ = clean(BRIEFS)
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    paragraphs = _paragraphs(doc)
    assert "在江城区政务服务中心，每个窗口都摆着一摞彩色卡片。卡片正面印着办事所需材料清单，背面是二维码，" \
           "扫码就能看到填表示范。" in paragraphs
    assert "“以前来办营业执照，材料总是差一两样，来回跑了好几趟。”个体经营户刘女士说，“现在拿着这张卡，" \
           "一次就办成了。”" in paragraphs


def test_a_piece_that_starts_with_a_character_set_apart_rejoins_too(clean):
    # ``项186`` / ``项，全部``: the second ``项`` was a text object of its own, and the text after it
    # went on from it on the same line; the two pieces fit one printed line, the first ends no
    # sentence, and the breaks on either side are cuts
    assert "据了解，江城区已梳理高频事项186项，全部制作“明白卡”，群众一次办结率由82%提高到97%。" \
        in _paragraphs(clean(BRIEFS)[0])


def test_a_photo_credit_is_never_joined_to_the_pieces_after_it(clean):
    doc, _ = clean(BRIEFS)
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "市民在政务服务中心窗口领取办事“明白卡”。本报记者 田思远/摄" in texts


# dev text minutes_standing_committee, design a5_no_indent_larger, read by pypdfium2: a title set
# large wraps its last character alone — a printed line of its own, not a piece
MINUTES = """江城县人民政府常务会议纪
要
〔2026〕第18期
县政府第十八次常务会议纪要
2026年10月15日上午，县长李国华主持召开县政府第
十八次常务会议，传达学习省、市有关会议精神，研
"""

# dev text story_ferry_dialogue, design a5_book, read by pdftotext -raw: a story's sections are
# numbered 一, 二 on lines of their own
STORY = """渡口
林溪
一
天还没亮透，河面上浮着一层薄雾。老周把船拴
好，蹲在石阶上抽烟，烟头一明一暗。
"""


def test_a_title_s_last_character_alone_and_a_section_numeral_stay_lines_of_their_own(clean):
    doc, _ = clean(MINUTES)
    texts = [a.title for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks]
    assert not any("〔2026〕" in t and "要" in t.split("〔2026〕")[0][-1:] for t in texts)
    assert any(t.startswith("〔2026〕第18期") for t in texts)
    doc, _ = clean(STORY)
    texts = [a.title for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks]
    assert "一" in texts
