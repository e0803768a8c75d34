"""A title wrapped over three lines in a narrow column, not a kicker over a two-line title (news85b,
issue 10; news85's left (b)).

「全市新增城市书房」 / 「十五家市民阅读更」 / 「加便利」 and 「县第一人民医院与省」 / 「人民医院共建专科联」 / 「盟」:
the first line ends a whole phrase and the second stops inside a word, so on main
``headlines._phrase_over_wrapped`` read the first as a kicker as wide as the title's first line.  Both
lines are ideographs only and exactly as wide: they filled one measure, a title's, which a kicker set in a
smaller face reaches only by chance (``headlines._fills_title_measure``); where a width is unsure (a
quotation, a space) the words still decide, and the kicker 「小切口解决大问题」 over 「一张“明白卡”让」 /
「办事少跑腿」 stands (``test_clean_kicker_as_wide.py``).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 10 --seed 357``.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, title", [
    ("news_page_city_renewal__nw54_06_s357_news__pypdf.txt", "全市新增城市书房十五家市民阅读更加便利"),
    ("news_page_city_renewal__nw54_06_s357_news__pdftotext_raw.txt", "全市新增城市书房十五家市民阅读更加便利"),
    ("news_page_rural_environment__nw54_08_s357_news__pypdf.txt", "县第一人民医院与省人民医院共建专科联盟"),
])
def test_the_three_line_title_is_one_title(extracted, name, title):
    doc = extracted(name)
    article = next(a for a in doc.articles if title[-4:] in (a.title or "").replace(" ", ""))
    assert article.title.replace(" ", "") == title
    assert not article.kicker


@pytest.mark.parametrize("upper, full", [
    ("全市新增城市书房", "十五家市民阅读更"),
    ("县第一人民医院与省", "人民医院共建专科联"),
    ("八十个青年", "创业项目同"),
])
def test_fills_title_measure(upper, full):
    from booklet.clean.headlines import _fills_title_measure
    assert _fills_title_measure(upper, full)


@pytest.mark.parametrize("upper, full", [
    ("小切口解决大问题", "一张“明白卡”让"),        # a quotation: its width unsure
    ("守正创新 薪火相传", "十年修复古籍三万"),      # a space parts the kicker's halves
    ("“田保姆”来了", "托管服务让种粮更"),
    ("守正创新薪火相传", "十年修复古籍三"),          # narrower by a character
    ("全市新增城市书房十五", "十五家市民阅读更"),    # wider
])
def test_fills_title_measure_refusals(upper, full):
    from booklet.clean.headlines import _fills_title_measure
    assert not _fills_title_measure(upper, full)
