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

from pathlib import Path

from booklet.model import Heading, Paragraph, block_text

DATA = Path(__file__).resolve().parents[1] / "data"

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


def test_one_character_pieces_rejoin_their_printed_lines_and_make_no_headings(clean, texts):
    doc, _ = clean(BRIEFS)
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    paragraphs = texts(doc, Paragraph)
    assert "在江城区政务服务中心，每个窗口都摆着一摞彩色卡片。卡片正面印着办事所需材料清单，背面是二维码，" \
           "扫码就能看到填表示范。" in paragraphs
    assert "“以前来办营业执照，材料总是差一两样，来回跑了好几趟。”个体经营户刘女士说，“现在拿着这张卡，" \
           "一次就办成了。”" in paragraphs


def test_a_piece_that_starts_with_a_character_set_apart_rejoins_too(clean, texts):
    # ``项186`` / ``项，全部``: the second ``项`` was a text object of its own, and the text after it
    # went on from it on the same line; the two pieces fit one printed line, the first ends no
    # sentence, and the breaks on either side are cuts
    assert "据了解，江城区已梳理高频事项186项，全部制作“明白卡”，群众一次办结率由82%提高到97%。" \
        in texts(clean(BRIEFS)[0], Paragraph)


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


# dev text gold_real_001_news (the 新华社 report of the 2024 science conference), design
# tabloid_three_columns, read by pypdfium2: the end of page 1 and the start of page 2, which
# PDFium reads as set vertically — there the pieces run on for lines with no lone character among
# them (``构建人类命运`` / ``共同体理`` / ``念，在`` / ``开放``), and some printed lines come out
# joined with a space (``…发挥政府作 用``) that says nothing about the measure
CONFERENCE = """习近平指出，要推动科技
创新和产业创新深度融合，助
力发展新质生产力。聚焦现代
化产业体系建设的重点领域和
薄弱环节，增加高质量科技供
给，培育发展新兴产业和未来
产业，积极运用新技术改造提
升传统产业。强化企业科技创
新主体地位，促进科技成果转
化应用。做好科技金融这篇文
章。
习近平强调，要全面深化
科技体制机制改革，统筹各类
创新平台建设，加强创新资源
优化配置。完善区域科技创新
布局，改进科技计划管理，提
升科技创新投入效能。加快健
全符合科研活动规律的分类评
价体系和考核机制，完善激励
制度，释放创新活力。
习近平指出，要深化教育
科技人才体制机制一体改革，
完善科教协同育人机制，加快
培养造就一支规模宏大、结构
合理、素质优良的创新型人才
队伍。优化高等学校学科设
置，创新人才培养模式，提高
第2版 要闻 人才自主培养水平和质量。加
快建设国家战略人才力量，
着
力
培养造就卓越工程
师、大国
工
匠、高技能人
才。加强
青
年
科技人
才
培
养，大力弘扬科学
家精神
，
激
励
广大科
研
人员志
存
高
远
、
爱
国奉献
、
矢
志
创
新。
习近平强调，要深入践行
构建人类命运
共同体理
念，在
开放
合作中实现自立自强。
深
入践行国际科技
合
作倡议，进
一
步拓宽政府和民间交流
合
作
渠
道，发
挥共建
“
一
带
一路”
等平
台作用，支持
各国科
研
人
员
联合攻关
。积极融入
全
球
创
新网络
，深度参与
全
球科技
治
理，共同应对
全球性
挑战，
让
科技更好造福
人
类
。
"""


def test_pieces_next_to_cut_pieces_rejoin_in_turn(clean, texts):
    paragraph = "习近平强调，要深入践行构建人类命运共同体理念，在开放合作中实现自立自强。深入践行国际科技合作倡议，" \
                "进一步拓宽政府和民间交流合作渠道，发挥共建“一带一路”等平台作用，支持各国科研人员联合攻关。积极融入" \
                "全球创新网络，深度参与全球科技治理，共同应对全球性挑战，让科技更好造福人类。"
    doc, _ = clean(CONFERENCE)
    assert any(paragraph in p for p in texts(doc, Paragraph))
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    # the paragraph before it ends in a full line (``存高远、爱国奉献、矢志创新。``, 13 characters):
    # its end shows only by the next line's dropped indent, which the layout learns from three
    # paragraph starts or more — the whole page has them, the snippet two
    text = (DATA / "extractions" / "gold_real_001_news__tabloid_three_columns__pypdfium2.txt").read_text(
        encoding="utf-8")
    assert paragraph in texts(clean(text)[0], Paragraph)


def test_lines_an_extractor_joined_with_a_space_never_set_the_measure(clean, texts):
    # the whole extraction: page 1 PDFium reads as set across, page 2 as set vertically, where
    # some printed lines come out joined with a space (``…出席大会。 各省区市和计划单列``); such a
    # line is no bound on the measure (13 characters), or the pieces of page 2 would be regrouped
    # into lines far wider than any column and the whole lines of page 1 with them
    text = (DATA / "extractions" / "gold_real_001_news__tabloid_three_columns__pypdfium2.txt").read_text(
        encoding="utf-8")
    gold = (DATA / "gold" / "real_001_news.gold.md").read_text(encoding="utf-8").split("\n\n")
    paragraphs = texts(clean(text)[0], Paragraph)
    page_one = [block for block in gold if block.startswith(("全国科技大会、", "李强主持", "上午10时", "丁薛祥宣读",
                                                             "仪式号角", "在热烈掌声中", "习近平强调，在新时代"))]
    assert len(page_one) == 7 and all(block in paragraphs for block in page_one)
    assert any(p.startswith("习近平强调，要深入践行构建人类命运共同体理念，在开放合作中实现自立自强。") for p in paragraphs)
