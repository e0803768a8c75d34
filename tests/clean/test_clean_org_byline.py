"""A body's name set as the byline under a wrapped title (「…调研报告」 / 「市政协…调研组」).

Each snippet is real: the dev text ``survey_report_tables`` (a 调研报告 signed by the body that
wrote it, no 记者/文 marker) in one of the harness's designs, as read back by an extractor.  Expected
values are what the printed page shows: the title, then the byline, then the body.
"""

from __future__ import annotations

from booklet.clean.headlines import _byline_ends_title, _byline_under_ended, _bylines_apart
from booklet.clean.blocks import Blk, Kind
from booklet.report import Report
from booklet.shapes import DOC_TITLE_RE

BODY = ("为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月\n"
        "至10月，市政协社会和法制委员会组成调研组，先后赴6个区县、23个\n"
        "街道（乡镇）、41个社区实地走访，召开座谈会12场，发放问卷1860\n"
        "份，收回有效问卷1712份。现将调研情况报告如下。\n"
        "一、基本情况\n")
TITLE = "关于全市社区嵌入式养老服务设施运行情况的调研报告"
BYLINE = "市政协社会和法制委员会调研组"

# report16_flush_hei read by pdftotext: the title wraps after 20 characters, its last line short
WRAPPED = "关于全市社区嵌入式养老服务设施运行情况的\n调研报告\n市政协社会和法制委员会调研组\n" + BODY
# a5_no_indent_larger read by pypdf: a narrower measure, the title's second line 「况的调研报告」
WRAPPED_A5 = ("关于全市社区嵌入式养老服务设施运行情\n况的调研报告\n市政协社会和法制委员会调研组\n"
              "为深入了解全市社区嵌入式养老服务设施建设运营情\n"
              "况，今年8月至10月，市政协社会和法制委员会组成\n"
              "调研组，先后赴6个区县、23个街道（乡镇）、41个\n"
              "社区实地走访，召开座谈会12场，发放问卷1860份，\n"
              "收回有效问卷1712份。现将调研情况报告如下。\n一、基本情况\n")
# bold_wide_plain read by pypdf: the title on one line, as wide as the byline's line and more
ONE_LINE = (TITLE + "\n" + BYLINE + "\n"
            "为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月至10月，市政协\n"
            "社会和法制委员会组成调研组，先后赴6个区县、23个街道（乡镇）、41个社区实地走\n"
            "访，召开座谈会12场，发放问卷1860份，收回有效问卷1712份。现将调研情况报告如\n"
            "下。\n一、基本情况\n")


def _head(doc):
    article = doc.articles[0]
    return (article.title or "").replace(" ", ""), article.author


def test_byline_under_a_title_whose_last_line_stopped_short(clean):
    doc, _ = clean(WRAPPED)
    assert _head(doc) == (TITLE, BYLINE)


def test_byline_under_a_title_wrapped_in_a_narrower_measure(clean):
    doc, _ = clean(WRAPPED_A5)
    assert _head(doc) == (TITLE, BYLINE)


def test_byline_under_a_one_line_title_that_names_its_genre(clean):
    doc, _ = clean(ONE_LINE)
    assert _head(doc) == (TITLE, BYLINE)


def _blk(*lines: str) -> Blk:
    text, starts = "", []
    for n, line in enumerate(lines, 1):
        starts.append((len(text), n))
        text += line
    return Blk(Kind.HEADING, text, 1, len(lines), starts=tuple(starts))


def test_a_body_name_under_a_title_that_may_go_on_stays_in_the_title():
    # one title line with no genre word: a name-shaped line under it may be the title's rest
    # (「全市召开优化营商环境」 / 「推进大会」 ends in 会 as a body's name does)
    assert not _byline_under_ended([_blk("全市召开优化营商环境")], _blk("推进大会"))
    # a title line as wide as the first is no short last line
    assert not _byline_under_ended([_blk("关于加快推进城乡社区", "综合服务设施建设的")], _blk("市委办公室"))
    assert _byline_under_ended([_blk("关于加快推进城乡社区", "综合服务")], _blk("市委办公室"))


def test_document_title_ends_at_its_genre_word():
    assert DOC_TITLE_RE.search(TITLE)
    assert DOC_TITLE_RE.search("江城市人民政府关于进一步加强安全生产工作的实施意见")
    assert not DOC_TITLE_RE.search("关于全市社区嵌入式养老服务设施运行情况的")
    assert not DOC_TITLE_RE.search("全市召开优化营商环境推进大会")


def test_a_byline_joined_to_the_title_over_it_is_cut_off():
    # the WRAPPED_A5 reading (a5_no_indent_larger, pypdf; the title wraps at 「…运行情」): unwrap joined the
    # centred byline to the title's lines, one heading block; cut off as the title's lines and the byline
    joined = _blk("关于全市社区嵌入式养老服务设施运行情", "况的调研报告", BYLINE)
    title, byline = _bylines_apart([joined], Report().log("split_articles"))
    assert (title.text, byline.text) == (TITLE, BYLINE)
    assert not title.full   # (the title's last line stopped short)
    # a name-shaped line under a one-line title that may go on stays in it
    kept = _blk("全市召开优化营商环境", "推进大会")
    assert _bylines_apart([kept], Report().log("split_articles")) == [kept]


def test_the_title_ended_is_asked_of_line_texts_for_a_block_and_a_run_alike():
    # one decision on the title's lines and the line under them, whether unwrap joined them into
    # one block (``_bylines_apart``) or left them blocks of a run (``title_run_end``)
    lines = ["关于全市社区嵌入式养老服务设施运行情", "况的调研报告"]
    assert _byline_ends_title(lines, BYLINE)
    assert _byline_under_ended([_blk(*lines)], _blk(BYLINE))
    assert _byline_ends_title([TITLE], BYLINE)                  # (its genre named last)
    assert not _byline_ends_title(["全市召开优化营商环境"], "推进大会")
    assert not _byline_ends_title(lines, "一、基本情况")          # (no body's name)
