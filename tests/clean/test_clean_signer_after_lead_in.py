"""A signer's name over its date, after a finished sentence, under pypdf: a line of its own, not the rest
of a bold lead-in's printed line (issue 10, branch pypdf59).

pypdf ends its output line at every change of font; a text cut so has its breaks after a finished
sentence doubted as a lead-in's edge (``runs._sharing``: 「一、做文明风尚的倡导者！」 / 「自觉践行…」).  A
Word report sets its closing signature's date in a Latin face, so the page ends 「…美丽宜居的幸福江城！」 /
「江城市精神文明建设委员会办公室」 / 「2026」 / 「年」 / 「11」 / 「月」 / 「25」 / 「日」.  The last sentence opened its
paragraph two lines up, the signer fits beside it on the 26-em line, and on main `regroup` joined them:
「…幸福江城！江城市精神文明建设委员会办公室」, one paragraph with the date.  Now ``runs._over_date``: a line
standing over a date alone on its printed line (``shapes.SIGN_DATE_RE``, whole or in its font's pieces)
is a signer's name, never a lead-in's rest.

The text is real: the dev text appeal_civilised_city set on a ``tests/eval/heading_sweep.py --kind
heading --word`` page (seed 62, design sw25_01 with a Word report's two-line head and 「第 N 页 共 M 页」
foot) and read back by pypdf — the whole document.  The test fails on main.
"""

from __future__ import annotations

# appeal_civilised_city × heading_sweep --kind heading --word seed 62 sw25_01 × pypdf
SIGNER_OVER_DATE = """\
共建文明城市 共享美好家园
江城市委政策研究室
2026
年
10
月
共建文明城市 共享美好家园
——致全市广大市民的倡议书
广大市民朋友们：
文明是一座城市的灵魂，也是每一位市民的名片。当
前，我市正在全力争创全国文明城市，这既是提升城市品质
的重要机遇，也是增进民生福祉的民心工程。创建文明城
市，人人都是参与者，人人都是受益者。为此，我们向全市
广大市民发出如下倡议：
一、做文明风尚的倡导者！
自觉践行社会主义核心价值
观，讲文明话、办文明事、做文明人。尊老爱幼，邻里和
睦，见义勇为，乐于助人。
二、做城市环境的守护者！
爱护公共设施，不乱扔垃
圾，不随地吐痰，不乱贴乱画。积极参与垃圾分类，从我做
起，从现在做起，让城市更加干净整洁。
三、做交通秩序的维护者！
自觉遵守交通法规，行车不
闯红灯，行人走斑马线，停车入位，礼让斑马线，不在机动
车道内骑行电动自行车。
四、做志愿服务的参与者！
积极加入志愿服务队伍，利
用业余时间参与社区服务、关爱帮扶、环境整治等志愿活
动，每人每年参加志愿服务不少于
20
小时。
五、做诚信友善的践行者！
诚实守信，文明经营，不欺
客宰客，不销售假冒伪劣商品。网上网下都要文明发言，不
造谣、不信谣、不传谣。
市民朋友们，城市是我们共同的家园。
第 
1
 页 共 
2
 页
共建文明城市 共享美好家园
江城市委政策研究室
2026
年
10
月
文明城市，你我共建！
美好家园，你我共享！
让我们从身边做起，从点滴做起，携手共建文明和谐、
美丽宜居的幸福江城！
江城市精神文明建设委员会办公室
2026
年
11
月
25
日
第 
2
 页 共 
2
 页
"""


def test_the_signer_and_date_stand_apart_of_the_last_sentence(clean, texts):
    doc, _ = clean(SIGNER_OVER_DATE)
    blocks = texts(doc)
    assert blocks[-3:] == ["让我们从身边做起，从点滴做起，携手共建文明和谐、美丽宜居的幸福江城！",
                           "江城市精神文明建设委员会办公室", "2026年11月25日"]
