"""A title over its undashed 副题, the title wrapped (news84b, issue 10; news84's left (b)).

A 副题 is set smaller than its 主题 on the same measure, so its line holds more characters than the
title's full line; a title wraps only where its line is full, so its short line is its last.  On main
a title that wrapped and ended over a wider line (the byline under it) was read as a kicker over a
title (``headlines.kicker_lines``) before the wider line was asked to be its subtitle, or, where the
subtitle wrapped in turn on its own measure, joined to the title (``_wider_under_wrapped`` asked one
line): 「老旧小区有了“红色」 / 「物业”」 over 「城关镇探索党建引领物业服务」 / 「新路子」.  Now
``_wider_under_wrapped`` is asked before a kicker is read and takes a subtitle of up to
``SUBTITLE_MAX_LINES`` lines whose first line is the wider.

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 12 --seed 338`` (the
rule's draw) and ``--designs 6 --seed 339`` (older texts, nothing written from them).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, title, subtitle", [
    ("news_page_county_focus__nw54_03_s338_news__pypdf.txt", "老旧小区有了“红色物业”", "城关镇探索党建引领物业服务新路子"),
    ("news_page_culture_heritage__nw54_00_s338_news__pypdf.txt", "一座城与一条河的千年对话", "大运河文化带建设江州段见闻"),
    ("news_page_rural_environment__nw54_02_s339_news__pypdf.txt", "青石镇十二个行政村换了新颜", "全镇农村生活污水治理率达到九成"),
])
def test_the_wider_line_under_a_wrapped_title_is_its_subtitle(extracted, name, title, subtitle):
    doc = extracted(name)
    article = next(a for a in doc.articles if title in a.title or (a.kicker and title in a.kicker))
    assert article.title == title
    assert article.subtitle == subtitle
    assert article.kicker is None or title not in article.kicker


def test_a_wrapped_kicker_over_a_narrower_title_stays_a_kicker(extracted):
    # (a refusal, passing on main too) the kicker, wider than the title under it, is no title over a subtitle
    doc = extracted("news_page_rural_environment__nw54_02_s339_news__pypdf.txt")
    article = next(a for a in doc.articles if a.title.startswith("青石镇十二个行政村换了新颜"))
    assert article.kicker == "和美乡村建设暨农村人居环境整治提升行动"
