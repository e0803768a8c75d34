"""(miner88, issue 10) Two readings of ``turn``'s item grammar on three-column news pages pdfminer wrote.

A commentary signs at its end: the text a page ends on with its signer's
byline set alone under the body's closed last sentence (「本报评论员 方若水」) opened no item.

``turn``'s grammar read any byline among a text's trailing head lines as an item's opening never
given (``_ends_on_opening``), and turned a three-column page pdfminer wrote in its order at the
later column's speech: the dev set's pdfminer case news_page_provincial_headlines ×
zhoumo_picture_across (fidelity 0.039 on main).  A byline opening an item stands under its
headline; one set alone after closed prose signs the text above it (``turn.signs_off``).

A page of items opens on its first item's headline: a page pdfminer wrote from the rest of its last
item's body (the column whose box stands highest: 「来自四省的80个项目…」 over the first column's
headline) shows no fault to the grammar and kept its order — the dev set's pdfminer case
news_page_city_renewal × zhoumo_picture_across (fidelity 0.042 on main; ``turn._opens_on_body``).
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.turn import BODY, HEAD, Reading, _opens_on_body, parts, signs_off
from booklet.readers.text import raw_lines


def test_a_page_ending_on_a_commentary_signed_at_its_end_keeps_its_order(extracted, reads_in_order):
    doc = extracted("news_page_provincial_headlines__zhoumo_picture_across__pdfminer.txt")
    assert reads_in_order(doc, ["坚持人民城市人民建", "青石板路", "全省县域医共体建设", "稳住农业基本盘",
                                "携手共建美丽江州", "初雪映古城", "办好“小事”就是办好大事"])


def _lines(*texts: str):
    return to_lines(raw_lines("".join(text + "\n\n" for text in texts)))


@pytest.mark.parametrize("texts", [
    ("有结果。", "本报评论员 方若水"),
    ("让江州的天更蓝、水更清、山更绿。", "本报记者 许晨阳"),
])
def test_signs_off(texts):
    assert signs_off(_lines(*texts))


@pytest.mark.parametrize("texts", [
    ("把群众的“点单”变成部门的“清", "本报评论员 方若水"),   # a line cut inside its sentence: the byline stands amid a column
    ("有结果。", "县政府召开专题会议部署"),                 # a kicker: a headline's line, it opens an item
    ("有结果。", "老人吃饭有了好去处", "本报记者 沈一帆"),   # a headline over the byline: an opening
    ("有结果。", "老人吃饭有了好去处"),                     # no byline at all
    ("枝叶总关情。", "本报评论员"),                         # a bare role names no signer: an editorial's byline written last
])
def test_signs_off_refuses(texts):
    assert not signs_off(_lines(*texts))


def test_a_page_written_from_its_last_items_body_opens_on_a_headline(extracted, reads_in_order):
    doc = extracted("news_page_city_renewal__zhoumo_picture_across__pdfminer.txt")
    # the last item's body, written first, read under its headline and its first lines
    assert reads_in_order(doc, ["第二届长江中游城市群青年创新创业大赛", "11月21日，第二届", "来自四省的80个项目"])
    assert reads_in_order(doc, ["全市安全生产工作会议召开强调", "11月20日，全市安全生产"])


def _reading(*texts: str) -> Reading:
    lines = _lines(*texts)
    return Reading(lines, parts(lines, 16.0), 16.0)


def test_opens_on_body():
    assert _opens_on_body(_reading("并优先入驻各地孵化载体。", "全市新增城市书房十五家", "本报讯（记者 邹明）",
                                   "记者从市文化和旅游局获悉。", "老人吃饭有了好去处", "本报记者 沈一帆", "中午11点。"))


@pytest.mark.parametrize("texts", [
    # a kicker parted by 、 that ``parts`` reads as body ends on no stop: it heads the item
    ("坚持人民城市人民建、人民城市为\n人民", "老街区焕发新活力", "本报记者 李明远 陈思齐", "青石板路。"),
    # a text of prose signing no item (a speech in columns) may open on its prose
    ("同志们：今天召开全市大会。", "下一步，我们要坚持精准治污。"),
    # one signed item only: an essay's lead may stand over its title and author (seed 391, insights_phrase_heads)
    ("按照县委统一部署，我到社区驻点。", "下沉社区一个月的几点体会", "县发展改革局 孙立平", "到社区的第一天。"),
    # an 编者按 stands over the item it introduces
    ("编者按：现将他的先进事迹刊发。", "全市新增城市书房十五家", "本报讯（记者 邹明）", "记者获悉。",
     "老人吃饭有了好去处", "本报记者 沈一帆", "中午11点。"),
    # the page opens on its headline
    ("全市新增城市书房十五家", "本报讯（记者 邹明）", "记者从市文化和旅游局获悉。"),
])
def test_opens_on_body_refuses(texts):
    assert not _opens_on_body(_reading(*texts))
