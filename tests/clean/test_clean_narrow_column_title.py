"""A narrow column's title read whole, and a kicker over it read apart (bullet78, issue 10).

A title set large in a narrow column fills every line but its last — five characters a line — so a
headline line over it as wide as the title's first line says nothing by its width.  Two readings
went wrong there:

(1) ``setoff.kicker_over_wrapped_title`` (and ``headlines._phrase_over_wrapped``) read the words: a
first line ending its phrase over one stopping inside it was a kicker (「小切口解决大问题」 / 「一张“明白卡”让」 /
「办事少跑腿」).  But a title's first line may end a phrase while the line under it takes up its
clause: the predicate of a subject left without one (「县第一人民医院」 / 「与省人民医院共」 / 「建专科联盟」)
or the second verb of a causative (「让干净整洁」 / 「成为乡村的」 / 「常态」).  A kicker is a whole element;
the line under it does not finish its clause (``setoff.takes_up``, ``setoff.holds_predicate``).

(2) a kicker that wrapped near the body's measure over a title wrapped at its own narrow measure in
three lines or more (「江北临港产业园新一轮招」 / 「商引资项目集中签约」 over 「二十三个项」 / 「目集中落户」 /
「江北」) was run into the title: the kicker's last line is not its block's first, so no kicker test
was asked, and unwrap broke inside the title's word 项目 instead.  Two exactly full lines of
ideographs under a wider line, the first stopping inside its phrase, are a title at its own measure,
set in another size than the line over them (``setoff.title_at_own_measure_under``).

Pages are real extractions, whole: a dev text set by ``heading_sweep.py --kind news --columns 3
--seed 230`` (a check draw) and the dev layout news_three_tight, both read by pypdf
(``tests/data/extractions``).
"""

from __future__ import annotations

import pytest

from booklet.clean.setoff import holds_predicate, takes_up


def test_a_subject_over_its_predicate_in_a_narrow_column_is_one_title(extracted):
    doc = extracted("news_page_rural_environment__nw54_04_s230_news__pypdf.txt")
    titles = [a.title for a in doc.articles]
    assert "县第一人民医院与省人民医院共建专科联盟" in titles
    assert all(a.kicker != "县第一人民医院" for a in doc.articles)


def test_a_wrapped_kicker_over_a_title_at_its_own_measure(extracted):
    doc = extracted("news_page_port_economy__news_three_tight_dev__pypdf.txt")
    pairs = [(a.kicker, a.title) for a in doc.articles]
    assert ("江北临港产业园新一轮招商引资项目集中签约", "二十三个项目集中落户江北") in pairs


@pytest.mark.parametrize("upper, below, taken", [
    ("县第一人民医院", "与省人民医院共", True),      # a subject, then its predicate's preposition
    ("家庭农场", "集中挂牌", True),                  # a subject, then its verb
    ("让干净整洁", "成为乡村的", True),              # a causative's object, then its second verb
    ("一条街上", "的“创新生", True),                 # a bound word never opens an element
    ("小切口解决大问题", "一张“明白卡”让", False),   # a clause of its own over a count opening a phrase
    ("聚焦民生实事", "打通服务群众", False),         # a verb and its object: a whole element
])
def test_takes_up(upper, below, taken):
    assert takes_up(upper, below) is taken


@pytest.mark.parametrize("text, held", [
    ("小切口解决大问题", True),
    ("聚焦民生实事", True),
    ("县第一人民医院", False),
    ("让干净整洁", False),
])
def test_holds_predicate(text, held):
    assert holds_predicate(text) is held
