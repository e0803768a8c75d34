"""A 引题 ending on a comma over a 主题 set on another measure (kicker81, issue 10).

「农村学校因地制宜，」 — the kicker, set smaller, ending on a pause — over 「田间地头成了孩子们的“第二课堂”」,
a title with no place and colon (comma80's left (1)).  On main ``unwrap`` read the title's first line as
the rest of a heading the kicker began where the two are within a unit of one width, and where it
parted them the kicker stayed a paragraph (a heading never ends on a pause).  The widths say the two
lines were set on two measures (``setoff.pause_over_larger``): the title's line is wider than the
kicker by the unit it opens with (the kicker had room for it and ended: 9 em over 10), or the kicker is
wider than the title's line by the unit the title's rest opens with (the title's measure is narrower:
9 em over 8).  A kicker is set alone, short of the body's measure (``setoff.set_alone``): a body line
ending on a comma runs to it.

Pages are real extractions, whole: news_page_school_services set by ``heading_sweep.py --kind news
--columns 2 --seed 284`` (nw54_08), ``--columns 3 --seed 285`` (nw54_07: the title 「田间地头成了孩子」 /
「们的“第二课堂”」 narrower than the kicker; nw54_00) and ``--columns 2 --seed 286`` (nw54_02, plain
pdftotext: the two already apart on main, the kicker a paragraph).
"""

from __future__ import annotations

import pytest

from booklet.clean.setoff import pause_over_larger, set_alone

KICKER, TITLE = "农村学校因地制宜，", "田间地头成了孩子们的“第二课堂”"


@pytest.mark.parametrize("name", [
    "news_page_school_services__nw54_08_s284_news__pypdf.txt",
    "news_page_school_services__nw54_08_s284_news__pdfminer.txt",
    # three columns: the title's line narrower than the kicker, the kicker within a clause's slack
    "news_page_school_services__nw54_07_s285_news__pypdf.txt",
    "news_page_school_services__nw54_00_s285_news__pdftotext_layout.txt",
    # parted on main, the kicker left a paragraph
    "news_page_school_services__nw54_02_s286_news__pdftotext.txt",
])
def test_the_comma_kicker_stands_over_its_title(extracted, headings_of, name):
    doc = extracted(name)
    heads = headings_of(doc) + [a.kicker for a in doc.articles if a.kicker]
    assert TITLE in heads
    assert KICKER in heads
    assert not any(KICKER in h and "田间" in h for h in heads)


@pytest.mark.parametrize("upper, first, rest, apart", [
    (KICKER, "田间地头成了孩子们的", "“第二课堂”", True),     # the kicker had room for 田
    (KICKER, "田间地头成了孩子", "们的“第二课堂”", True),     # the title's measure had no room for 们
    (KICKER, "田间地头成了孩子们", "的“第二课堂”", False),    # as wide: widths cannot tell
    (KICKER, "田间地头成了孩子们的“第二课堂”", None, True),   # a title of one line, wider
    (KICKER, "田间地头成了孩子", None, False),               # one line gives no measure
    # no pause at the end, a sentence inside, a clause in the title's line: other readings decide
    ("农村学校因地制宜", "田间地头成了孩子们的", "“第二课堂”", False),
    ("学校因地制宜。农村学校，", "田间地头成了孩子们的", "“第二课堂”", False),
    (KICKER, "田间地头，成了孩子们的", "“第二课堂”", False),
    # widths unsure: a digit in the kicker
    ("全市412所学校，", "田间地头成了孩子们的", "“第二课堂”", False),
    # a paragraph's first line, its indent dropped, over a full line and a line of clauses
    ("为切实防范化解重大安全风险，", "坚决遏制较大以上生产安全事故发", "生，8月至9月，市安委办组织6个检", False),
    # a numbered heading set in, its rest wider than its first line (test_clean_headings_narrow)
    ("（三）加强人才队伍建设，", "全面提升养老护理员职业技能水", "平和职业吸引力", False),
])
def test_a_pause_over_a_line_set_larger(upper, first, rest, apart):
    assert pause_over_larger(upper, first, rest) is apart


def test_a_body_line_runs_to_the_measure():
    # 「市统计局日前发布数据，」, a body's first line (11 em, its indent lost) on a 13 em column
    assert not set_alone(11.0, "跨境电商成为外贸", 13.0)
    assert set_alone(9.0, "田间地头成了孩子", 13.0)
    # 「记者从市文化和旅游局获悉，」, a body line 13 em on 16 under -layout
    assert not set_alone(13.0, "明年全市将在所有街道设立非遗工", 16.0)
