"""Bold lead-ins pypdf cut off their printed lines where no run in a Latin face shows the cuts
(issue 10, family 3): the lead-ins' edges themselves show them, two pieces filling a line.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading


# dev text appeal_civilised_city (an 倡议书), design a6_kai_heads_centred (19 characters a line,
# each item's lead-in bold, its digits in the body face), read by pypdf: every bold lead-in is a
# line of its own and so is the rest of its printed line; no digit or Latin run shows the cuts
APPEAL = """文明是一座城市的灵魂，也是每一位市民的
名片。当前，我市正在全力争创全国文明城
市，这既是提升城市品质的重要机遇，也是
增进民生福祉的民心工程。创建文明城市，
人人都是参与者，人人都是受益者。为此，
我们向全市广大市民发出如下倡议：
一、做文明风尚的倡导者！
自觉践行社会主
义核心价值观，讲文明话、办文明事、做文
明人。尊老爱幼，邻里和睦，见义勇为，乐
于助人。
二、做城市环境的守护者！
爱护公共设施，
不乱扔垃圾，不随地吐痰，不乱贴乱画。积
极参与垃圾分类，从我做起，从现在做起，
让城市更加干净整洁。
三、做交通秩序的维护者！
自觉遵守交通法
规，行车不闯红灯，行人走斑马线，停车入
位，礼让斑马线，不在机动车道内骑行电动
自行车。
"""


def test_lead_ins_filling_their_lines_show_a_text_cut_at_every_change_of_font(rejoined):
    out = rejoined(APPEAL)
    assert "一、做文明风尚的倡导者！自觉践行社会主" in out
    assert "二、做城市环境的守护者！爱护公共设施，" in out
    assert "三、做交通秩序的维护者！自觉遵守交通法" in out
    # the paragraph's end before a lead-in stays a line of its own
    assert "于助人。" in out and "让城市更加干净整洁。" in out


def test_a_lead_in_and_the_rest_of_its_line_open_one_paragraph_with_no_heading(clean, texts):
    doc, _ = clean(APPEAL)
    assert not any(isinstance(b, Heading) for a in doc.articles for b in a.blocks)
    texts = texts(doc)
    assert "一、做文明风尚的倡导者！自觉践行社会主义核心价值观，讲文明话、办文明事、做文明人。尊老爱幼，" \
           "邻里和睦，见义勇为，乐于助人。" in texts
    assert any(t.startswith("二、做城市环境的守护者！爱护公共设施，不乱扔垃圾") for t in texts)


# the same text in design book32_hei_centred (24 characters a line, odd and even heads, the
# number at the foot): the last item's lead-in opens a page, after its number and running head
APPEAL_BOOK = """共建文明城市 共享美好家园
共建文明城市 共享美好家园
——致全市广大市民的倡议书
广大市民朋友们：
文明是一座城市的灵魂，也是每一位市民的名片。
当前，我市正在全力争创全国文明城市，这既是提升城
市品质的重要机遇，也是增进民生福祉的民心工程。创
建文明城市，人人都是参与者，人人都是受益者。为
此，我们向全市广大市民发出如下倡议：
一、做文明风尚的倡导者！
自觉践行社会主义核心
价值观，讲文明话、办文明事、做文明人。尊老爱幼，
邻里和睦，见义勇为，乐于助人。
二、做城市环境的守护者！
爱护公共设施，不乱扔
垃圾，不随地吐痰，不乱贴乱画。积极参与垃圾分类，
从我做起，从现在做起，让城市更加干净整洁。
三、做交通秩序的维护者！
自觉遵守交通法规，行
车不闯红灯，行人走斑马线，停车入位，礼让斑马线，
不在机动车道内骑行电动自行车。
四、做志愿服务的参与者！
积极加入志愿服务队
伍，利用业余时间参与社区服务、关爱帮扶、环境整治
等志愿活动，每人每年参加志愿服务不少于20小时。
1
机关读书会文丛
五、做诚信友善的践行者！
诚实守信，文明经营，
不欺客宰客，不销售假冒伪劣商品。网上网下都要文明
发言，不造谣、不信谣、不传谣。
市民朋友们，城市是我们共同的家园。
文明城市，你我共建！
美好家园，你我共享！
让我们从身边做起，从点滴做起，携手共建文明和
谐、美丽宜居的幸福江城！
江城市精神文明建设委员会办公室
2026年11月25日
2
"""


def test_a_lead_in_opening_a_page_follows_the_sentence_before_the_page_furniture(rejoined):
    out = rejoined(APPEAL_BOOK)
    assert "四、做志愿服务的参与者！积极加入志愿服务队" in out
    assert "五、做诚信友善的践行者！诚实守信，文明经营，" in out


# dev text transcript_reading_month (a 现场实录), design a5_book (24 characters a line, the
# speakers' labels bold), read by pypdf: a label and the rest of its line come out as two lines,
# after a remark in brackets that ends no sentence
TRANSCRIPT = """起来；三是希望每个家庭都能留出一点读书的时间。
谢谢大家！
（掌声）
主持人：
感谢精彩的致辞。下面进入读书分享环
节。我们请到了三位嘉宾，先请市图书馆的老馆员李秀
兰女士。
“书要读到手上有温度”
李秀兰：
我在图书馆工作了三十一年。刚参加工作
的时候，借书要排队，一本新书要等好几个月。现在不
一样了，手机上点一下，书就送到了家门口。
但我常跟年轻同事说，书要读到手上有温度。什么
意思呢？就是要慢下来，要读完整本书，而不是只看几
段摘要。（掌声）
"""


def test_a_speakers_label_after_a_remark_shares_its_line_with_the_speech(rejoined):
    out = rejoined(TRANSCRIPT)
    assert "主持人：感谢精彩的致辞。下面进入读书分享环" in out
    assert "李秀兰：我在图书馆工作了三十一年。刚参加工作" in out
    assert "（掌声）" in out and "“书要读到手上有温度”" in out


# dev text lecture_party_style, design pocket_17_hei (17 characters a line, the 一是… lead-ins
# bold, note markers raised), read by pypdf: a lead-in is cut by the page's end, its page
# number and running head between its two pieces
POCKET = """作风问题从来不是小事。古人讲：
“其身正，不令而行；其身不正，虽令
不从。”
①
作风正，则人心聚；作风
①语出《论语·子路》。
1
学习手册
散，则事业衰。市委在部署机关作风建
设时明确提出：
作风建设永远在路上，没有休止
符。机关党员干部要把作风建设作为经
常性工作，一抓到底，久久为功，以好
的作风推动各项工作落地见效。
——《中共江城市委关于深化机关作风
建设的意见》（2019年4月）
这段话讲得很透彻。作风建设不是
一阵风，而是一场持久战。
二、准确把握当前机关作风
方面存在的突出问题
对照要求，我们机关作风还存在一
些不容忽视的问题。
一是有的同志担当
意识不强。
遇到矛盾绕着走，碰到难题
往上推，满足于“不出事”。
二是有的
2
学习手册
同志调查研究不深。
习惯于坐在办公室
听汇报、看材料，对基层实际情况知之
不多
②
。
"""

def test_a_lead_in_cut_by_the_page_end_shares_both_its_lines(rejoined):
    out = rejoined(POCKET)
    assert "往上推，满足于“不出事”。二是有的" in out
    assert "同志调查研究不深。习惯于坐在办公室" in out


# dev text notes_reading_poems, design kai_16_hei_heads (16 characters a line), read by plain
# pdftotext: lines of verse of seven characters fill a line two by two, and no font changes there
POEM = """书中写到苏轼被贬黄州的第三年
春天，他与友人出游，途中遇雨，同
行的人都狼狈不堪，唯独他不觉得，
于是写下了那首著名的《定风波》：
莫听穿林打叶声，
何妨吟啸且徐行。
竹杖芒鞋轻胜马，
谁怕？
一蓑烟雨任平生。
读到这里，我停下来想了很久。
“谁怕”两个字，短短一句，却写尽
了一个人面对风雨时的从容。人生在
世，谁都会遇到风雨，关键在于用什
么样的心态去面对。
他在惠州写道：
罗浮山下四时春，
卢橘杨梅次第新。
日啖荔枝三百颗，
不辞长作岭南人。
很多人读这首诗，只看到苏轼的
乐观。其实细想一下，这份乐观背
后，是他对人生起落的深刻理解。
"""


def test_lines_of_verse_filling_a_line_two_by_two_stay_apart(rejoined):
    assert rejoined(POEM) == POEM.splitlines()


# dev text lecture_party_style, design a5_book (24 characters a line), read by pypdf: a bold
# lead-in in the middle of a printed line, its two edges two changes of font, the text before it
# cut by a raised note marker and the mark after it, the text after it one character long (meas74: with
# the lines before it, where the list's 二是 follows a finished sentence — the text shows its lead-ins,
# ``runs._shows_lead_ins``, as the whole page does with 一是, 二是, 三是)
A5_LEAD_IN_INSIDE = """到难题往上推，满足于“不出事”。
二是有的同志调查
研究不深。
习惯于坐在办公室听汇报、看材料，对基层
实际情况知之不多
②
。
三是有的同志文风会风不实。
文
件越发越长，会议越开越多，落实却打了折扣。
这些问题虽然发生在少数人身上，但影响很坏，必
须下大力气解决。
"""


def test_a_lead_in_inside_a_printed_line_costs_the_line_one_change_of_font(rejoined):
    # joined, the line fills the measure; apart, 「文」 would be a line stopping short mid-sentence
    out = rejoined(A5_LEAD_IN_INSIDE)
    assert "实际情况知之不多②。三是有的同志文风会风不实。文" in out
