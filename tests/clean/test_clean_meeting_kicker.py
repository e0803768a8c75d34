"""A meeting's kicker (引题) over its title read as one heading (joined83, issue 10).

「县政府召开专题会议部署」 / 「冬季农村道路安全隐患排查整治」: the kicker names the meeting and ends on the
verb by which it took the matter up (部署, 研究, 介绍 …); the title is that verb's object.  On main the
two were joined into one heading: the kicker, set near the body's size, is as wide as a one-line title
set larger (15 em over 14) or wider than a wrapped title's lines, so the widths do not part them;
``_phrase_over_closed_title`` refuses a kicker whose last word waits for an object; and ``unwrap``
read the title's line as the rest of a heading the kicker began.  A kicker ending on its meeting's verb
(``shapes.MEETING_KICKER_END_RE``, asked with ``KICKER_END_RE`` by ``shapes.kicker_end``) ends its
element as one ending on 强调 does: a block end where it stops short (``measured._wrapped_break``), a
line no title wraps from (``titles``), the kicker of the headline run (``headlines``).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 8 --seed 326 --texts all``
(news_page_harvest_roads × nw54_00 × pypdf and × nw54_02 × plain pdftotext, news_page_port_economy ×
nw54_01 × pypdf, news_page_district_winter × nw54_01 × pdfminer).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, kicker, title", [
    ("news_page_harvest_roads__nw54_00_s326_news__pypdf.txt", "县政府召开专题会议部署", "冬季农村道路安全隐患排查整治"),
    ("news_page_harvest_roads__nw54_02_s326_news__pdftotext.txt", "县政府召开专题会议部署", "冬季农村道路安全隐患排查整治"),
    ("news_page_port_economy__nw54_01_s326_news__pypdf.txt", "市政府新闻办召开新闻发布会介绍", "前三季度全市经济运行稳中向好"),
    ("news_page_district_winter__nw54_01_s326_news__pdfminer.txt", "区委区政府召开专题会议研究", "今冬明春安全生产重点工作"),
])
def test_the_meeting_kicker_stands_over_its_title(extracted, headings_of, name, kicker, title):
    doc = extracted(name)
    heads = headings_of(doc) + [a.kicker for a in doc.articles if a.kicker]
    assert kicker in heads
    assert title in heads
    assert not any(kicker in h and title[:4] in h for h in heads)


@pytest.mark.parametrize("text, ends", [
    ("县政府召开专题会议部署", True),
    ("区委区政府召开专题会议研究", True),
    ("市政府新闻办召开新闻发布会介绍", True),
    ("省委常委会召开会议研究部署", True),
    ("市委常委会召开会议专题研究科技创新工作强调", True),   # a reporting verb, as before
    ("江城高新区：", True),
    # the verb not right after a meeting's name: a title's words, no kicker's end
    ("关于基层治理数字化转型的研究", False),
    ("冬季农村道路安全隐患排查整治工作部署", False),
    ("新闻发布会介绍了", False),
])
def test_a_kicker_end(text, ends):
    from booklet.shapes import kicker_end   # (imported here: main lacks it, and the pages above run there)

    assert kicker_end(text) is ends
