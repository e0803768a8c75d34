"""A photo item under its picture column's label: the label, the item's title, then the caption
(news85, issue 10).

A news page sets a photo item under a 栏目 label — 「图说」, 「图片新闻」 — with its title on a line or
two under the label and the caption and credit under the photo (「图说」 / 「初雪映古城」 / 「12月5日，江州
迎来今冬首场降雪，古城墙银装素裹。」 / 「本报记者 许晨阳/摄」).  On main the caption, read back from its credit
to where the text above ended a sentence, took the title and the label with it: 「图说」 was no label
(``shapes.COLUMN_LABEL_RE`` knew the commentary and link columns only), and a title ends no sentence.
Now the picture columns are in the trade's vocabulary of bare column names, and a caption read back
stops under a labelled item's title (``captions._item_title``: the lines up to the label, at most
``ITEM_TITLE_MAX_LINES``, with no clause or sentence mark).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 6 --seed 343``.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, title, caption", [
    ("news_page_provincial_headlines__nw54_02_s343_news__pypdf.txt", "初雪映古城", "12月5日，江州迎来今冬首场降雪"),
    # the title wrapped in a narrow column: 「冬修水利正」 / 「当时」
    ("news_page_county_focus__nw54_00_s343_news__pypdf.txt", "冬修水利正当时", "12月2日，青山县石桥镇干部群众"),
    ("news_page_county_focus__nw54_00_s343_news__pypdfium2.txt", "冬修水利正当时", "12月2日，青山县石桥镇干部群众"),
])
def test_the_label_and_title_stand_over_the_caption(extracted, all_text, name, title, caption):
    doc = extracted(name)
    article = next(a for a in doc.articles if a.title == title)
    assert article.kicker == "图说"   # (the label heads the item, as a kicker does)
    lines = all_text(doc).splitlines()
    assert any(line.startswith(caption) and line.endswith("/摄") for line in lines)
    assert not any("图说" in line and line != "图说" for line in lines)


@pytest.mark.parametrize("text", ["图说", "图说新闻", "图片新闻", "新闻图片"])
def test_column_label_cases(text):
    from booklet.shapes import COLUMN_LABEL_FIRST, COLUMN_LABEL_RE
    assert text[0] in COLUMN_LABEL_FIRST and COLUMN_LABEL_RE.match(text)


@pytest.mark.parametrize("text", ["图说江州", "图为江州古城墙", "图1", "本报图片新闻", "图说：初雪映古城"])
def test_column_label_refusals(text):
    from booklet.shapes import COLUMN_LABEL_RE
    assert COLUMN_LABEL_RE.match(text) is None
