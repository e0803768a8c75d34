"""A 小标题 set flush over indented paragraphs on a pocket page, joined to the paragraph under it
where the extractor dropped the first lines' indent (issue 10, branch pocket65).

On a 16-em pocket page whose paragraphs are indented two em, a paragraph's first line holds 14
characters (15 with a mark hung past the measure); a heading set flush at the body's size holds the
whole 16 and fills 15 of them as often as not (「一、深刻认识作风建设的重要意义」).  pypdf drops the
indents, and the cleaner reads the loss (``Layout.indent_lost``) — so two things went wrong:

- ``measured.stops_short`` and ``measured._phrased_heading`` took the lost indent off every line that
  opens its block, the heading too: 15 of a first line's 14 looked like a line run to the measure,
  and the paragraph ran on into it.  A line wider than a first line's room was set flush
  (``measured.set_flush``): its room is the whole measure, and it stopped short of it.
- ``layout._indent_lost`` read the loss off the lines after a finished block — the flush headings
  among them, as wide as the measure less one, so the median showed no indent at all
  (report_bold_headings: four headings of 15 among eight such lines).  Read again off the lines
  a paragraph's second line goes on from (``layout._goes_on_wider``), it shows the two em.

The texts are real: the dev texts lecture_party_style, insights_phrase_heads and report_bold_headings
set on ``tests/eval/heading_sweep.py --kind pocket --seed 72`` pages (pk53_00: 16 em, headings bold
at the body's size set flush, hung marks; pk53_05: 16 em, headings centred in 楷体) and read by pypdf
— the whole documents, ``tests/data/extractions``.  All three fail on main.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading, Paragraph

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
LECTURE = (DATA / "lecture_party_style__pk53_00_s72__pypdf.txt").read_text(encoding="utf-8")
INSIGHTS = (DATA / "insights_phrase_heads__pk53_05_s72__pypdf.txt").read_text(encoding="utf-8")
REPORT = (DATA / "report_bold_headings__pk53_00_s72__pypdf.txt").read_text(encoding="utf-8")


def test_a_numbered_heading_one_short_of_the_measure_stands(clean, texts):
    doc, _ = clean(LECTURE)
    assert "一、深刻认识作风建设的重要意义" in texts(doc, Heading)
    assert any(p.startswith("作风问题从来不是小事。") for p in texts(doc, Paragraph))


def test_a_heading_of_two_phrases_set_flush_stands(clean, texts):
    doc, _ = clean(INSIGHTS)
    assert "群众的事再小，也要当作大事来办" in texts(doc, Heading)
    assert any(p.startswith("十七栋的王阿姨反映，") for p in texts(doc, Paragraph))


def test_flush_headings_do_not_hide_the_lost_indent(clean, texts):
    doc, _ = clean(REPORT)
    headings = texts(doc, Heading)
    for heading in ("坚持问题导向，补齐基础研究短板", "坚持企业主体，提升企业创新能力", "坚持人才引领，优化创新生态"):
        assert heading in headings
    paragraphs = texts(doc, Paragraph)
    assert any(p.startswith("设立市自然科学基金联合基金，") for p in paragraphs)
    assert any(p.startswith("实施企业研发机构提质工程，") for p in paragraphs)
