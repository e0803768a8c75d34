"""Word's full-width full stop 「．」 opens no printed line, and an item number cut from it opens its
item's line (issue 10, branch dot56).

Word sets an item's automatic number in the Latin face and the full-width stop after it, 「．」, in the
Chinese one; pypdf ends its output line at every change of font, so 「1．汛期一般指什么时间？」 arrives as
「1」 / 「．汛期一般指什么时间？」, and a reference's 「[J]．国家行政学院学报」 as 「[J]」 / 「．」 / 「国家行政
学院学报，」.  「．」 is a stop Word keeps off a line's start (行首禁则), so after a piece with no Chinese
(a run) a piece opening on it is the rest of that printed line (``shapes.BOUND_TO_BEFORE``; not
``NO_LINE_START``: a typesetter without 行首禁则 for it opens lines on it, and pdftotext's lone
「．」 of the other column must not join).  A number of one or two digits alone before such a piece
is Word's item number (``shapes.ITEM_NUMBER_DIGITS_RE`` + ``ITEM_NUMBER_STOP``) — after a whole
numbered heading the break before it is sure
(``regroup._after_headings``, whose 「no clause mark」 now looks past the heading's number: 「一、」's
「、」 is the number's).  On main 「一、基本知识」 / 「1」 / 「．汛期…？」 regrouped as one line
「一、基本知识1．汛期一般指什么时间？」 (17.5 em on a 17-em page, within the overflow, and ending a
sentence: cheaper than the heading's short line), and the heading ran into the question.

The snippets are real: the dev texts quiz_qa_knowledge and article_theory_abstract_refs set on
``tests/eval/heading_sweep.py --kind heading`` pages (seed 25, design sw25_05: 17 characters a
line, digits in a Latin face) and read back by pypdf.
"""

from __future__ import annotations

from booklet.model import Heading


# quiz_qa_knowledge × heading_sweep sw25_05 × pypdf: the first page (its footer 「第 1 页 共 7 页」
# cut into runs)
QUIZ = """\
基层防汛抗旱应知应会知识问答
为帮助基层干部群众掌握防汛抗旱
基本知识，提高防灾避险和自救互救能
力，我们编写了这份知识问答，供各地
在宣传培训中参考使用。
一、基本知识
1
．汛期一般指什么时间？
我市的汛期一般为每年
5
月
1
日至
9
月
30
日，其中
6
月中旬至
7
月中旬
为梅雨期，
7
月下旬至
9
月为台风影响
第\x20
1
 页 共\x20
7
 页
期。各地应根据当年天气形势，适时提
前或延长防汛工作时间。
2
．什么是警戒水位和保证水位？
警戒水位是指江河、湖泊水位上涨
到可能发生险情，需要开始加强防守的
水位。保证水位是指能保证防洪工程或
防护区安全运行的最高洪水位，水位超
过保证水位时，堤防随时可能出现重大
险情。
3
"""

# article_theory_abstract_refs × heading_sweep sw25_05 × pypdf: the reference list's first entries
REFERENCES = """\
参考文献
[1]
 王浦劬．国家治理、政府治理
和社会治理的含义及其相互关系
[J]
．
国家行政学院学报，
2014
（
3
）：
11
-17
．
[2]
 郁建兴，黄飚．当代中国地方
第\x20
8
 页 共\x20
"""


def test_an_item_number_cut_from_its_stop_opens_its_line(rejoined, runs_through):
    out = rejoined(QUIZ)
    assert runs_through(out, ["一、基本知识", "1．汛期一般指什么时间？"])
    assert "2．什么是警戒水位和保证水位？" in out


def test_the_section_heading_keeps_its_line_over_its_first_item(clean, texts):
    doc, _ = clean(QUIZ)
    assert "一、基本知识" in texts(doc, Heading)
    assert "1．汛期一般指什么时间？" in texts(doc)


def test_a_full_width_stop_goes_with_the_piece_before_it(rejoined):
    out = rejoined(REFERENCES)
    assert "．" not in out
    assert not any(line.startswith("．") for line in out)
    # (the type code is a run too since pypdf57, and goes on in the line before: 「…相互关系[J]．」)
    assert any(line.endswith("[J]．") or line.startswith("[J]．") for line in out)
