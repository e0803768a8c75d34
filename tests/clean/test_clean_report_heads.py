"""A 政府工作报告's head and its boxes as a viewer's paste gives them (issue 10, the lead's mends of 2026-12-07
afternoon).

The inputs are real: dev text ``report_county_government_work`` (``tests/eval/texts/dev``) set in two of its
designs and copied from a PDF viewer (a space after every line, a blank line after each), as the harness saves
them (``tests/data/extractions/report_county_government_work__*__paste_viewer.txt``).  Expected values are
what a reader of the printed page sees: the title whole with its excerpt note, the 专栏's head a heading of
its own under the paragraph that cites it.
"""

from __future__ import annotations

from booklet.clean.measured import _label_opens
from booklet.shapes import BOX_LABEL_OPEN_RE

TITLE = "青禾县2026年政府工作报告（摘要）"


def test_title_wrapped_before_its_excerpt_note_stays_one_title(extracted):
    # pocket_17_hei: 「青禾县2026年政府工作报告」 / 「（摘要）」 over the ——subtitle: the note is the
    # title's rest, not a narrow title under a phrase that would make the title its kicker
    doc = extracted("report_county_government_work__pocket_17_hei__paste_viewer.txt")
    article = doc.articles[0]
    assert article.title == TITLE
    assert not article.kicker
    assert article.subtitle and article.subtitle.startswith("——2026年1月15日")


def test_box_head_under_a_full_line_that_cites_it_opens_a_block(extracted, texts):
    # two_columns_hanging: 「事，总投资约9.8亿元，具体项目见专栏1。」 fills the column's line; the box's
    # head under it, its label set apart by the wide space, opens the box
    doc = extracted("report_county_government_work__two_columns_hanging__paste_viewer.txt")
    out = texts(doc)
    k = next(k for k, t in enumerate(out) if t.endswith("具体项目见专栏1。"))
    assert out[k + 1] == "专栏1　2026年县政府十项民生实事"


def test_label_opens():
    for line in ("专栏1　2026年县政府十项民生实事", "专栏2", "知识链接3　什么是新质生产力", "第十五条　本条例自2027年1月1日起施行。",
                 "第二章　监督管理", "第三节"):
        assert _label_opens(line), line
    # a label cited in a sentence runs on; a box's label glued to its text is no head
    for line in ("专栏1。", "专栏1所列项目", "第十五条规定的情形", "依照本条例第十五条规定", "具体项目见专栏1。"):
        assert not _label_opens(line), line
    assert BOX_LABEL_OPEN_RE.match("延伸阅读2 中国式现代化") and not BOX_LABEL_OPEN_RE.match("专栏 1")
