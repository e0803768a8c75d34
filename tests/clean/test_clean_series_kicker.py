"""A kicker of items the enumeration comma joins, over a one-line title its subtitle closes (news85,
issue 10; news84's left (a)).

「坚持人民城市人民建、人民城市为人民」 over 「老街区焕发新活力」 over 「——江州市推进城市更新行动综述」: the kicker,
set near the body's size, is wider than any line of a title set large in the column could be (set across
the columns on a page of narrow ones, or most of a bulletin's wide measure), so it is no title line.
``headlines._phrase_over_closed_title`` reads such a line as a kicker when it is one phrase; on main
``shapes.one_phrase`` refused the 、, and the two lines were one title.  、 lists the items of one
phrase and never parts a two-part title (a space or ，does): ``shapes.series_phrase``.

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 6 --seed 343`` and
``--kind bulletin --designs 4 --seed 343``.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", [
    "news_page_provincial_headlines__nw54_00_s343_news__pypdf.txt",     # the kicker across narrow columns
    "news_page_provincial_headlines__nw54_02_s343_news__pypdf.txt",     # a wide measure: 17 em on 21.5
    "news_page_provincial_headlines__bl66_01_s343_bulletin__pypdfium2.txt",
])
def test_the_series_kicker_stands_over_its_title(extracted, name):
    doc = extracted(name)
    article = next(a for a in doc.articles if "老街区焕发新活力" in (a.title or ""))
    assert article.title == "老街区焕发新活力"
    assert article.kicker == "坚持人民城市人民建、人民城市为人民"
    assert article.subtitle == "——江州市推进城市更新行动综述"


@pytest.mark.parametrize("text", ["坚持人民城市人民建、人民城市为人民", "稳就业、保民生", "长江中游航运中心建设三年行动收官之年"])
def test_series_phrase_cases(text):
    from booklet.shapes import series_phrase
    assert series_phrase(text)


@pytest.mark.parametrize("text", ["项目建设跑出加速度，重点工程全面开花", "稳住农业基本盘 守好“三农”压舱石",
                                  "“让老百姓在家门口看得上病”", "稳就业、", "、保民生"])
def test_series_phrase_refusals(text):
    from booklet.shapes import series_phrase
    assert not series_phrase(text)
