"""Newspaper headline structures the dev set lacked, read as one heading on main (news84, issue 10).

Three new dev texts (news_page_provincial_headlines, news_page_culture_heritage, news_page_county_focus)
set headline blocks as 人民日报, 光明日报 and the 地方日报 do.  On main a kicker (引题) and its title
(主题) were joined into one heading in three ways that these pages show:

- a kicker ending on a comma over a title of one line that the byline closes (「盘活闲置农房，」, 7 em, /
  「山村民宿带火乡村游」, 9, / 「本报记者 韩立秋」): ``unwrap`` read the title as the rest of a heading set
  in like the paragraphs, whose rest may be an indent wider (``measured._pause_kicker_over_signed_title``);
- a kicker of quotations alone — a whole quotation (「“让老百姓在家门口看得上病”」) or a 从“…”到“…” pair
  (「从“藏在深闺”到“走进生活”」): widths cannot part it from a title's first line, but the measure closes a
  quotation at a line's very end only by chance (``shapes.quoted_element``, asked by
  ``unwrap._shaped_edge`` and ``headlines._quoted_over``);
- with the kicker read, a 简报's unit over its 报头 and a section's label, two title-only articles over
  the first headline, were folded under that headline's byline (``articles.fold_empty``, ``_over_kicked``).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 12 --seed 338`` and
``--kind bulletin --designs 6 --seed 338`` over the three texts.
"""

from __future__ import annotations

import pytest


def _heads(doc, headings_of):
    return headings_of(doc) + [a.kicker for a in doc.articles if a.kicker]


@pytest.mark.parametrize("name, kicker, title", [
    ("news_page_county_focus__nw54_04_s338_news__pypdf.txt", "盘活闲置农房，", "山村民宿带火乡村游"),
    ("news_page_county_focus__nw54_10_s338_news__pdftotext.txt", "盘活闲置农房，", "山村民宿带火乡村游"),
    ("news_page_provincial_headlines__nw54_00_s338_news__pypdf.txt", "“让老百姓在家门口看得上病”",
     "全省县域医共体建设实现全覆盖"),
    ("news_page_culture_heritage__bl66_00_s338_bulletin__pypdf.txt", "从“藏在深闺”到“走进生活”",
     "博物馆文创让文物“活”起来"),
])
def test_the_kicker_stands_over_its_title(extracted, headings_of, name, kicker, title):
    heads = _heads(extracted(name), headings_of)
    assert kicker in heads
    assert title in heads
    assert not any(kicker in h and title[:4] in h for h in heads)


def test_the_unit_and_the_label_stay_over_the_first_headline(extracted, headings_of):
    doc = extracted("news_page_culture_heritage__bl66_01_s338_bulletin__pdfminer.txt")
    heads = headings_of(doc)
    title = "博物馆文创让文物“活”起来"
    assert heads.index("【文化视点】") < heads.index(title)
    first = next(a for a in doc.articles if a.title == title)
    assert first.kicker == "从“藏在深闺”到“走进生活”"
    assert first.author == "本报记者 赵雨桐"
    # the headline's body opens on its lede, with no heading of the page's top folded in under the byline
    from booklet.model import Heading
    assert not any(isinstance(b, Heading) for b in first.blocks[:2])


@pytest.mark.parametrize("text, whole", [
    ("“让老百姓在家门口看得上病”", True),
    ("从“没人管”到“有人管”", True),
    ("从“藏在深闺”到“走进生活”", True),
    ("“把书屋办成乡亲们的精神家园”", True),
    # a quotation with more after it, marks inside it, or too short to be a saying: no element of its own
    ("“田保姆”来了", False),
    ("从“治水”到“护水”，沿河群众成了主角", False),
    ("“我们一定办好。”", False),
    ("“共享”", False),
    ("“十四五”规划", False),
    ("全省县域医共体建设实", False),
])
def test_a_quoted_element(text, whole):
    from booklet.shapes import quoted_element   # (imported here: main lacks it, and the pages above run there)

    assert quoted_element(text) is whole
