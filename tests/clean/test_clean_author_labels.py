"""A byline's maker named by a label other than 「作者：」 (issue 10, lead88): a 教案 signs under its title
「八年级语文　执教：江城市第三中学　李晓梅」 — the class and subject, the teacher's label 执教, the school and the
teacher — and a lecture's 「主讲：」, a text's 「执笔：」 or 「整理：」 name the maker the same way.  Only 「作者：」
was a byline's label, so the 教案's byline was read as a second title (``shapes._AUTHOR_LABEL``,
``AUTHOR_ROLES``).  Plain pdftotext cuts the line at its wide gaps, the teacher's name a block of its own under
「执教：江城市第三中学」; a labelled byline naming only a body has its holder's name under it
(``shapes.AUTHOR_BODY_RE``, ``headlines._names_no_holder``).

Each page is real: the dev text lesson_plan_beiying set in the dev layouts, read by pdfminer and plain pdftotext.
"""

from __future__ import annotations

import pytest

from booklet.shapes import AUTHOR_BODY_RE, AUTHOR_LABEL_RE, BYLINE_LABEL_RE


@pytest.mark.parametrize("text", ["作者：李四", "八年级语文　执教：江城市第三中学　李晓梅", "主讲：王立群",
                                  "执笔：县委党校课题组", "整理：周敏", "高一年级思想政治 授课：陈立新"])
def test_maker_labels_are_bylines(text):
    assert BYLINE_LABEL_RE.match(text) and AUTHOR_LABEL_RE.match(text)


@pytest.mark.parametrize("text", ["执教老师李晓梅", "在大会上，作者：", "同志们：", "主要内容：一是强化学习。",
                                  "各位老师、同学们，今天我们执教：", "第一条　为了规范执教行为，制定本办法。"])
def test_no_maker_label(text):
    assert not (BYLINE_LABEL_RE.match(text) and AUTHOR_LABEL_RE.match(text))


@pytest.mark.parametrize("text", ["执教：江城市第三中学", "主讲：县委党校", "整理：市图书馆"])
def test_a_labelled_body_awaits_its_holder(text):
    assert AUTHOR_BODY_RE.match(text)


@pytest.mark.parametrize("text", ["执教：江城市第三中学　李晓梅", "作者：李四", "执教：三年级"])
def test_a_labelled_byline_with_no_body_alone(text):
    assert AUTHOR_BODY_RE.match(text) is None


@pytest.mark.parametrize("name", ["lesson_plan_beiying__kai_16_hei_heads_dev__pdfminer.txt",
                                  "lesson_plan_beiying__a4_plain_flush_heads_dev__pdftotext.txt"],
                         ids=["pdfminer", "pdftotext"])
def test_a_lesson_plans_byline_is_no_heading(extracted, headings_of, name):
    doc = extracted(name)
    assert not any("执教" in h or h.strip() == "李晓梅" for h in headings_of(doc)), headings_of(doc)
    bylines = [a.author or "" for a in doc.articles]
    assert any("执教：江城市第三中学" in b and "李晓梅" in b for b in bylines), bylines
