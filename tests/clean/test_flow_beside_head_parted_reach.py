"""Short two-column pages under pdfplumber whose short later column stands beside the first column's
head group, where a head's line glued to the short column's in one row (``flow._head_rows_parted``)
comes below the turns the stretch was read from: the stretch reaches the last row parted, and the
short column's line parted off such a row stands beside that head line, its sentence finished in its
own column (``flow._beside_head_dealt``, ``flow._short_runs_on``; bull83b, issue 10).

The stretch of turns (``flow._beside_head_rows``) ends under the last line left unfinished over the
other column's; a head whose later lines (a speech's subtitle and its rest, a title's second line)
meet the short column's grid shows no turn there — the row holds both lines — so the stretch ended
rows above them: the subtitle 「——在全县经济工作暨优化营商环境推进」 and its rest 「大会上的讲话」
were read inside the first column's body, and a title's first line 「县政府第十八次常务会」 was left
apart from its rest 「议纪要」 with the short column's paragraph between.  A row parted there is the
evidence the head stands beside the short column down to it.  An article's label run in with its
text a space apart (「第一条 为了加强…」) is no head's line (``shapes.ARTICLE_ONLY_RE``): not parted; and
a run of two-part rows (a list's names two to a row) is no head group (``flow.BESIDE_HEAD_TWO_PART_MAX``);
and the short column's signature (names over the date under its finished line) is its own, not the
head's (``flow._signature_given_back``).

Pages are real extractions, whole: dev texts speech_county_meeting on bulletin design bl66_06,
minutes_standing_committee on bl66_09, measures_rural_water_supply on bl66_04 and
decision_commendation_list on bl66_01, drawn by
``heading_sweep.py --kind bulletin --columns 2 --designs 10 --short 700`` with seed 294,
and qa_study_questions on bl66_04 drawn the same way with seed 328 (``tests/data/extractions``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

# phrases that stand in this order in the page read: the head's lines whole, the first column's body
# from its first line, then the short column's lines
ORDERS = {
    "speech_county_meeting__bl66_06_s294_short__pdfplumber.txt":
        ["凝心聚力抓落实", "创县域经济高质量发展新", "——在全县经济工作暨优化营商环境推进大会上的讲话",
         "（2026年1月9日）", "县委书记周明远", "同志们：", "这次会议的主要任务是",
         "内，工程建设项目审批时间压缩到60个工作日以内。",
         "重达到81.4%。新建改扩建中小学和幼儿园12所，新增学位5400个；县人民医院新院区投入使用，"],
    "minutes_standing_committee__bl66_09_s294_short__pdfplumber.txt":
        ["江城县人民政府常务会议", "〔2026〕第18期", "县政府第十八次常务会议纪要",
         "2026年10月15日上午，县长李国华主持召", "停车设施建设项目清单和资金筹措方案，报县政府审定。",
         "会议指出，今年入秋以来全县降水偏少，",
         "发现火情及时报告、科学处置，坚决防止发生重大森林火灾。"],
}


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_the_stretch_beside_the_head_reaches_its_last_parted_row(dealt, name):
    read = "".join(dealt((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")
    places = [read.find(phrase) for phrase in ORDERS[name]]
    assert -1 not in places, ORDERS[name][places.index(-1)]
    assert places == sorted(places), places


def test_an_articles_label_run_in_with_its_text_is_not_parted_as_a_head_line(dealt):
    read = "".join(dealt((EXTRACTIONS / "measures_rural_water_supply__bl66_04_s294_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    assert "（2026年8月12日青川县人民政府第三十一次常务会议审议通过）" in read
    assert "第一条为了加强农村供水工程运行管理，保" in read


def test_a_lists_two_part_rows_beside_the_head_are_no_head_lines(dealt):
    # (seed 294, decision_commendation_list on bl66_01: the short column is a 名单 set two names to a row,
    # 「王建国家庭（东湖区东湖街道） 李秀英家庭」, each row of a head's shape; read as the head's lines, the
    # first column's body was taken for the short column — more two-part lines than a head holds,
    # ``flow.BESIDE_HEAD_TWO_PART_MAX``: the page is no head beside a short column, and is read as written)
    read = "".join(dealt((EXTRACTIONS / "decision_commendation_list__bl66_01_s294_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    opening = "各区（县）精神文明建设委员会，市文明委各成员单位："
    body = "2026年，全市各级各部门深入开展群众性精神文明创建活动，涌现出一批群众认可、社会公认的文明单位和文明家庭。"
    assert opening in read and body in read
    assert read.find(opening) < read.find(body) < read.find("希望受到表彰的单位和家庭珍惜荣誉")


def test_the_short_columns_signature_beside_the_head_is_given_back_to_it(dealt):
    # (seed 328, qa_study_questions on bl66_04: the short column ends the text and signs it,
    # 「…以上级规定为」 / 「准。」 / 「中共青禾县委组织部」 / 「2026年10月」, beside the title; the names and
    # the date are of a head's shape, and read as the head's, the body's first line left open over them
    # was taken for the short column's sentence and read at the text's end: ``flow._signature_given_back``)
    read = "".join(dealt((EXTRACTIONS / "qa_study_questions__bl66_04_s328_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    opening = "为帮助广大党员和支部委员熟悉党支部工作的基本要求，县委组织部编写了这份问答，供各支部在组织生活中学习使用。"
    assert opening in read
    assert read.find("党支部工作基本知识学习问答") < read.find(opening) < read.find("一、组织设置")
    assert read.find("以上级规定为准。") < read.find("中共青禾县委组织部2026年10月")


def test_the_short_columns_numbered_heading_between_the_titles_lines_is_its_own(dealt):
    # (seed 294, speech_county_meeting on bl66_06: 「创县域经济高质量发展新」 / 「（三）民生保障更加有力」 /
    # 「局面」 — the short column's heading, of a head's shape, between the title's lines; a head group's
    # lines are not numbered, so one with the head's lines after it is the short column's)
    read = "".join(dealt((EXTRACTIONS / "speech_county_meeting__bl66_06_s294_short__pdfplumber.txt")
                         .read_text(encoding="utf-8"))).replace(" ", "")
    assert "凝心聚力抓落实奋力开创县域经济高质量发展新局面" in read
    assert read.find("同志们：") < read.find("（三）民生保障更加有力全年民生支出")
