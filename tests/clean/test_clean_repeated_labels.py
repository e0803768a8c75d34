"""A label a text repeats under each of its items is no running head (issue 10, branch furn85b).

Where a text carries no page marks and no page numbers (pypdf and pdfplumber on a pocket page whose
design prints no folio), ``bands.pages_from_repeats`` finds its pages from the lines that repeat a page
apart, shaped like heads.  A 典型案例 repeats 「基本案情」 / 「裁判结果」 / 「典型意义」 under every case, and
its cases fill about two pocket pages each: the labels came as regularly as the running heads, were
taken for page starts, and ``strip_furniture`` removed all fifteen as running heads.  A page ends where
its lines run out, inside a sentence on most pages, so a running head stands between a sentence's
halves on one page at least (``bands.at_page_breaks``, ``midsentence.runs_across``); a label stands
where its text puts it, after a paragraph's end or a heading, every time.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind pocket --seed 355`` pages
(pk53_01) and read back by pypdf — whole documents, ``tests/data/extractions``.  The first two tests
fail on main 5da0ba62 (the labels removed with the heads); the archives regulation, whose running heads
still go, is the guard of the second (its clauses' first lines run across the page breaks).
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.lines import to_lines
from booklet.clean.midsentence import full_width, runs_across
from booklet.readers.text import raw_lines

CASES = "cases_typical_labour_disputes__pk53_01_s355_pocket__pypdf.txt"
REGULATION = "regulation_archives_sections__pk53_01_s355_pocket__pypdf.txt"
EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"


def test_a_cases_labels_are_its_headings(extracted, headings_of):
    """Each of the five cases keeps its three labels as headings, in order."""
    heads = headings_of(extracted(CASES))
    labels = [h for h in heads if h in ("基本案情", "裁判结果", "典型意义")]
    assert labels == ["基本案情", "裁判结果", "典型意义"] * 5


def test_the_running_heads_still_go(clean, furniture_removed, all_text):
    """The heads of both parities go, on every page past the first, and nothing else."""
    for name, heads in ((CASES, {"理论学习丛书", "劳动争议典型案例"}), (REGULATION, {"理论学习丛书", "江城市档案管理条例"})):
        doc, report = clean((EXTRACTIONS / name).read_text(encoding="utf-8"))
        removed = furniture_removed(report)
        assert set(removed) == heads
        assert "理论学习丛书" not in all_text(doc).split("\n")


def _lines(text: str):
    return to_lines(raw_lines(text, False))


def test_runs_across_a_page_break_inside_a_sentence():
    """A head between a full line ending no sentence and the sentence's rest: the text runs across it,
    a clause's first line included (「第六条　…齐全」 / 「完整、真实准确，…」)."""
    body = ["为了加强档案管理，规范档案收集工作。", "第六条　归档的文件材料应当齐全", "理论学习丛书",
            "完整、真实准确，整理符合国家有关标", "准。"]
    lines = _lines("\n".join(body))
    assert runs_across(lines, 2, full_width(lines))


def test_runs_across_refuses_a_label_between_blocks():
    """A label after a paragraph's end, or after a heading's last line, stands between blocks."""
    after_stop = ["法院判决确认李某与配送公司之间存在劳", "动关系。", "典型意义", "随着平台经济快速发展，新就业形",
                  "态劳动者权益保障问题日益突出。"]
    lines = _lines("\n".join(after_stop))
    assert not runs_across(lines, 2, full_width(lines))
    after_title = ["外卖骑手与配送公司之间劳动关系", "的认定", "基本案情", "2023年3月，李某通过某配送公司",
                   "的招聘信息入职，从事外卖配送工作。"]
    lines = _lines("\n".join(after_title))
    assert not runs_across(lines, 2, full_width(lines))
