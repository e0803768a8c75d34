"""Cleaner rules found on documents and designs no rule was written from (issue 10, generalisation).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of the designs added for this work (``tests/eval/layouts.py``) and read back by the extractor
named above it.  Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def texts(doc, kind=None):
    return [block_text(b) for a in doc.articles for b in a.blocks if kind is None or isinstance(b, kind)]


# dev text speech_county_meeting, design kai_centred_bold (22 characters, headings bold and
# centred), saved as plain text with U+3000 indents: a heading almost as wide as the measure
# stops short of it by no more than a wrapped line may, but the next line carries the indent
SPEECH_CENTRED = """（三）民生保障更加有力
　　全年民生支出占一般公共预算支出的比重达到
81.4%。新建改扩建中小学和幼儿园12所，新增学
位5400个；县人民医院新院区投入使用，县域就诊
率提高到92%。
　　成绩来之不易，是全县广大干部群众团结奋斗
的结果。在这里，我代表县委，向大家表示衷心的
感谢！
二、准确把握形势任务，进一步明确工作重点
　　当前，发展环境中的有利条件和不利因素并
存。我们既要看到经济长期向好的基本面没有变，
也要清醒认识到，县域经济总量不大、结构不优、
创新能力不强的问题仍然突出。
"""


def test_indented_line_after_a_numbered_line_starts_a_paragraph_in_an_indenting_file(clean):
    doc, _ = clean(SPEECH_CENTRED)
    assert "二、准确把握形势任务，进一步明确工作重点" in texts(doc, Heading)
    assert texts(doc, Paragraph)[-1].startswith("当前，发展环境中")


def test_set_in_rest_of_a_wrapped_numbered_heading_is_not_a_paragraph(clean):
    # the indent alone does not start a paragraph: the line must be a paragraph's line
    doc, _ = clean(SPEECH_CENTRED.replace("二、准确把握形势任务，进一步明确工作重点\n",
                                          "二、准确把握形势任务，进一步明确工作重点和\n　　主攻方向\n"))
    assert not any(t == "主攻方向" for t in texts(doc))


# dev text essay_canal_history, design academic_16k (the chapter title is the running head),
# pdftotext: the title over the first section heading, both short heading lines
ESSAY_TITLE = """运河与江城的兴衰
一、因河而兴
江城之名，始见于唐代地志①。城市的兴起与运河密不可分：隋代开凿的运河
自城西穿过，南来北往的漕船在此停泊、换载，码头、仓廒、驿站随之兴建，街市
逐渐繁盛。明人记载，当时“舳舻相接，帆樯如林，百货云集”②，一派繁华景
象。
运河不仅带来了商旅和货物，也带来了不同地方的文化。城内至今保存着多处
会馆旧址，山陕、徽州、江西等地商人在此聚居，建造会馆，供奉乡神，演戏酬
神，形成了兼容并蓄的城市风气。
"""


def test_numbered_line_under_a_title_is_a_heading_not_a_title_line(clean):
    doc, _ = clean(ESSAY_TITLE)
    assert doc.articles[0].title == "运河与江城的兴衰"
    assert texts(doc, Heading)[:1] == ["一、因河而兴"]
