"""A feature's ——记 subtitle wrapped at the measure goes on with the body it names (news85, issue 10).

A 通讯's subtitle opens on 记 and names whom the piece is about — a person, a post, a 先进集体
(「——记全国古籍保护先进集体江州市图书馆古籍部」); what it names ends it.  In a news column the measure
cuts it (「——记全国古籍保护先进集体」, 13 em on 14) and its rest is the body's name, which has the shape
of an issuing body (``shapes.ISSUER_RE``: 「江州市图书馆古籍部」): on main ``setoff.speaker_under_subtitle``
read it as the issuer set under the subtitle, a line of its own, and the subtitle was cut.  Now, under
a ——记 line that ran to the body's measure (``setoff._profile_running``), only the byline and a
compiler's note are asked (``_UNDER_SUBTITLE["profile"]``).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 6 --seed 343``.
"""

from __future__ import annotations

import pytest

SUBTITLE = "——记全国古籍保护先进集体江州市图书馆古籍部"


@pytest.mark.parametrize("name", [
    "news_page_culture_heritage__nw54_01_s343_news__pypdf.txt",
    "news_page_culture_heritage__nw54_05_s343_news__pdfminer.txt",
    "news_page_culture_heritage__nw54_03_s343_news__pypdfium2.txt",
])
def test_a_profile_subtitle_cut_by_the_measure_is_whole(extracted, headings_of, all_text, name):
    doc = extracted(name)
    article = next(a for a in doc.articles if "十年修复古籍三万余叶" in (a.title or ""))
    assert article.subtitle == SUBTITLE
    assert "江州市图书馆古籍部" not in all_text(doc).splitlines()
    assert "江州市图书馆古籍部" not in headings_of(doc)


@pytest.mark.parametrize("text", ["——记全国古籍保护先进集体", "——记江城县青石镇", "——记优秀共产党员"])
def test_profile_subtitle_cases(text):
    from booklet.shapes import PROFILE_SUBTITLE_RE
    assert PROFILE_SUBTITLE_RE.match(text)


@pytest.mark.parametrize("text", ["——记者手记", "——记录乡村振兴的脚步", "——在全县经济工作会议上的讲话",
                                  "记全国古籍保护先进集体", "———记"])
def test_profile_subtitle_refusals(text):
    from booklet.shapes import PROFILE_SUBTITLE_RE
    assert PROFILE_SUBTITLE_RE.match(text) is None
