"""(miner85, issue 10) A news page pdfminer wrote from a later column is turned where the item grammar
sees the headline the page ends on — two omissions in ``turn``'s grammar mended.

- ``turn.announces`` asked ``KICKER_END_RE`` alone, where ``shapes.kicker_end`` is the one test of a
  kicker's end: a meeting's kicker (「县政府召开专题会议部署」 over 「冬季农村道路安全隐患排查整治」) ends on
  the verb by which the meeting took the matter up.  A page ending on such a headline — its dateline-led
  body at the top of the next column, written first — opened an item it never gave, and the grammar
  did not see it (``_ends_on_opening``).
- ``turn.parts`` read a headline's first line holding a comma (「秋粮颗粒归仓，冬种接续铺开」) as body:
  a headline parts its clauses by a comma and closes none, and pdfminer writes each line of a headline
  set with space between as a box of its own (``_headline_box``).  The turn at the lead item's
  headline was then no candidate, and the page was turned at a later item's.

Pages are real extractions, whole: the dev set's pdfminer cases news_page_harvest_roads ×
two_columns_plain (fidelity 0.061 on main) and news_page_county_focus × wanbao_banner_items (0.037).
"""

from __future__ import annotations


import pytest

from booklet.clean.lines import to_lines
from booklet.clean.turn import BODY, HEAD, announces, parts
from booklet.readers.text import raw_lines


@pytest.mark.parametrize("name, marks", [
    # the lead item first, the meeting's headline over its dateline-led body, the second column after
    ("news_page_harvest_roads__two_columns_plain__pdfminer.txt",
     ["秋粮颗粒归仓", "连日来，在青禾县", "城乡公交一体化让村民出行更方便", "县政府召开专题会议部署",
      "本报讯12月3日", "县图书馆分馆开到了村里", "【乡镇快讯】", "来源：《青禾报》"]),
    ("news_page_county_focus__wanbao_banner_items__pdfminer.txt",
     ["盘活闲置农房", "冬日的青山县", "项目建设跑出", "走进青山县经济", "托管服务让种",
      "来源：《青山报》", "从“没人管”", "城关镇有老旧小"]),
])
def test_a_page_written_from_a_later_column_reads_from_its_lead_item(extracted, name, marks, reads_in_order):
    assert reads_in_order(extracted(name), marks)


@pytest.mark.parametrize("text, found", [
    ("县政府召开专题会议部署", True),          # a meeting's kicker (shapes.kicker_end)
    ("区委区政府召开专题会议研究", True),
    ("市委书记王明强调：", True),              # a reporting kicker, as before
    ("本报记者 郑晓岚", True),                 # a byline, as before
    ("冬季农村道路安全隐患排查整治", False),   # a title
    ("会议强调，要加强面包车、农用车管理。", False),
])
def test_announces(text, found):
    assert announces(to_lines(raw_lines(text + "\n"))[0]) is found


def test_a_comma_parted_headline_line_boxed_alone_stands_in_the_headline():
    lines = to_lines(raw_lines("秋粮颗粒归仓，冬种接续铺开\n\n全县三十二万亩小麦播种过半\n\n本报记者 韩立秋\n"))
    assert parts(lines, 20.0) == [HEAD, HEAD, HEAD]


@pytest.mark.parametrize("text", [
    "会议强调，要加强管理。",             # a paragraph's last line ends its sentence
    "会议要求，各乡镇要对辖区内急弯陡坡、临水临崖",   # a line cut inside its sentence runs to the measure
    "“改造方案是我们自己投票定的。”",     # its stop, then the closing quote: prose
    # an enumeration of running text opens a sentence, never a headline (turn.RUNNING_SERIES; the
    # seed-350 pdfminer page where the next column's lead-in stood boxed alone)
    "第三，要把守住不发生规",
    "二是，抓好冬季农村道路",
])
def test_a_line_of_prose_over_a_headline_stays_body(text):
    lines = to_lines(raw_lines(text + "\n\n全县三十二万亩小麦播种过半\n\n本报记者 韩立秋\n"))
    assert parts(lines, 20.0)[0] == BODY
