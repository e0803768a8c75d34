"""(miner88, issue 10) A commentary signs at its end: the text a page ends on with its signer's
byline set alone under the body's closed last sentence (「本报评论员 方若水」) opened no item.

``turn``'s grammar read any byline among a text's trailing head lines as an item's opening never
given (``_ends_on_opening``), and turned a three-column page pdfminer wrote in its order at the
later column's speech: the dev set's pdfminer case news_page_provincial_headlines ×
zhoumo_picture_across (fidelity 0.039 on main).  A byline opening an item stands under its
headline; one set alone after closed prose signs the text above it (``turn.signs_off``).
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.turn import signs_off
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
])
def test_signs_off_refuses(texts):
    assert not signs_off(_lines(*texts))
