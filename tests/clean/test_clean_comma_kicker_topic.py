"""A 引题 ending on a comma over its 地名：主题 (comma80, issue 10).

「破解“放学早、接娃难”，」 — the kicker, set smaller, ending on a pause — over 「江北区：一张课表管到晚六点」,
the title opening on its place and a colon.  A comma at a line's end says the sentence runs on, and on
main ``unwrap`` read the title's line as the rest of a heading set larger that the kicker began (the two
12 em wide, the kicker's quotation marks unsure: widths cannot part them), and the headings stage then
held one heading 「破解“放学早、接娃难”，江北区：一张课表管到晚六点」 under every extractor.  A topic and its
colon open an element, never a wrapped line's rest (``setoff.kicker_pause_over_topic``): the kicker
and the title are two headings.  A body line that filled its column and ended on a comma runs on into a
line opening on 「地名：」 as the measure says (the guard: only a line that stopped short is asked).

Pages are real extractions, whole: news_page_school_services set by ``heading_sweep.py --kind news
--columns 2 --seed 263`` (designs nw54_03, nw54_06, nw54_09) and ``--columns 3 --seed 264`` (nw54_04,
where the kicker filled the narrow column's line and the title, set larger, wrapped short of it:
「江北区：一张课表管到」 / 「晚六点」, ``measured._wrapped_short``).
"""

from __future__ import annotations

import pytest

from booklet.clean.setoff import kicker_pause_over_topic

KICKER, TITLE = "破解“放学早、接娃难”，", "江北区：一张课表管到晚六点"


@pytest.mark.parametrize("name", [
    "news_page_school_services__nw54_03_s263_news__pypdf.txt",
    "news_page_school_services__nw54_03_s263_news__pdfminer.txt",
    "news_page_school_services__nw54_06_s263_news__paste_viewer.txt",
    "news_page_school_services__nw54_09_s263_news__pdftotext_layout.txt",
    # three columns: the kicker fills the narrow column's line, the title wraps short of it
    "news_page_school_services__nw54_04_s264_news__pypdf.txt",
])
def test_the_comma_kicker_stands_apart_from_its_place_title(extracted, headings_of, name):
    doc = extracted(name)
    heads = headings_of(doc) + [a.kicker for a in doc.articles if a.kicker]
    assert TITLE in heads
    assert KICKER in heads
    assert not any(KICKER in h and "江北区" in h for h in heads)


@pytest.mark.parametrize("upper, below, apart", [
    (KICKER, "江北区：一张课表管到晚六", True),
    ("农村学校因地制宜，", "石门乡：小小积分兑出文明新风", True),
    # a brief's body run in after its place is prose, no 主题
    ("据了解，", "石门乡：今年以来，全乡推行积分制", False),
    # a sentence stopped inside the upper line: no kicker
    ("全乡推行积分制。据了解，", "石门乡：小小积分兑出文明新风", False),
    # no pause at the end: other readings decide
    ("农村学校因地制宜", "石门乡：小小积分兑出文明新风", False),
])
def test_a_pause_over_a_topic_and_its_colon(upper, below, apart):
    assert kicker_pause_over_topic(upper, below) is apart
