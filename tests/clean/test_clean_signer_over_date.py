"""A signature's date alone under the issuer's name (落款, GB/T 9704 7.3.5; issue 10, branch pocketb53).

The issuer's name and the date under it are each set on a line of their own, flush right or set
in; an extractor drops what the setting put left of them, so the name stops short only by an
indent-sized room, and the date's first unit (「2026年」) is as wide as that room: on a pocket
measure the measure read the name as a line the date may not have fitted on, and the two ran on
into one paragraph (「江城市精神文明建设委员会办公室2026年11月25日」).  A body's text never ends on
a whole date with no stop after it (``unwrap._signer_over_date``).

The snippet is real: the dev text appeal_civilised_city set in the design a6_kai_heads_centred
(``tests/eval/layouts.py``) and read back by pypdfium2, the whole text.
"""

from __future__ import annotations

APPEAL = """\
共建文明城市 共享美好家园
——致全市广大市民的倡议书
广大市民朋友们：
文明是一座城市的灵魂，也是每一位市民的
名片。当前，我市正在全力争创全国文明城
市，这既是提升城市品质的重要机遇，也是
增进民生福祉的民心工程。创建文明城市，
人人都是参与者，人人都是受益者。为此，
我们向全市广大市民发出如下倡议：
一、做文明风尚的倡导者！自觉践行社会主
义核心价值观，讲文明话、办文明事、做文
明人。尊老爱幼，邻里和睦，见义勇为，乐
于助人。
二、做城市环境的守护者！爱护公共设施，
不乱扔垃圾，不随地吐痰，不乱贴乱画。积
— 1 —
极参与垃圾分类，从我做起，从现在做起，
让城市更加干净整洁。
三、做交通秩序的维护者！自觉遵守交通法
规，行车不闯红灯，行人走斑马线，停车入
位，礼让斑马线，不在机动车道内骑行电动
自行车。
四、做志愿服务的参与者！积极加入志愿服
务队伍，利用业余时间参与社区服务、关爱
帮扶、环境整治等志愿活动，每人每年参加
志愿服务不少于20小时。
五、做诚信友善的践行者！诚实守信，文明
经营，不欺客宰客，不销售假冒伪劣商品。
网上网下都要文明发言，不造谣、不信谣、
不传谣。
市民朋友们，城市是我们共同的家园。
文明城市，你我共建！
— 2 —
美好家园，你我共享！
让我们从身边做起，从点滴做起，携手共建
文明和谐、美丽宜居的幸福江城！
江城市精神文明建设委员会办公室
2026年11月25日
— 3 —
"""


def test_the_issuer_and_the_date_under_it_are_blocks_of_their_own(clean, texts):
    doc, _ = clean(APPEAL)
    out = texts(doc)
    assert out[-2:] == ["江城市精神文明建设委员会办公室", "2026年11月25日"]


# the same two lines as one block where the reader kept the break inside it (a hard break)
HARD = "党委宣传部  \n2026年5月12日\n"


def test_a_hard_break_keeps_the_signature_one_block(clean, texts):
    doc, _ = clean("为深入学习贯彻会议精神，特发布学习专刊。\n\n" + HARD)
    out = texts(doc)
    assert out[-1] == "党委宣传部\n2026年5月12日"
