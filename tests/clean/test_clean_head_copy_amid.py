"""A Word report's running head: a copy kept as text and read as a heading (issue 10, branch word79).

Three ways a copy of a two-line head survived, each by where an extractor writes the head's pieces
against its page breaks, never by the head's words:

- pdfminer writes a Word head's row boxes unit, date, title's copy, and the first page prints the title
  itself straight under them (「江城市委政策研究室」 / 「2026 年 10 月」 / 「清河镇 2025 年工作大事记」 /
  「清河镇 2025 年工作大事记」): the title stood one line past the band's three, so the copies counted
  three against two in the bands and none went — the title's copy on page 2 was read as a heading.
  Two copies one under the other at a page's top are the head and the title it repeats
  (``bands._title_under_band``).
- pdfminer writes the periodical head's boxes in another order on one page (「教育督导通报」 / issue / unit
  on pages 1–2, unit / issue / 「教育督导通报」 on page 3): the copy at another rank was read as text
  falling at a page break, so the name stayed as the first page's heading and was glued into page 3's
  sentence.  A copy with only copies taken as heads between it and the edge stands in the head
  (``bands._steady`` asks ``_under_taken``), and the groups of copies are read once more when the others
  are known (``running_heads``).
- pdftotext writes a head's row set across the measure as two blocks, the right one (the issue,
  「第 27 期」) after the block at the left margin under it — a clause's number or a chronology's date
  alone — and ``clauses`` / ``dated`` joined the two as a clause heading 「4.1.2 第27期」 or an entry
  「4月8日　2026年第11期」.  A line repeating another page's top band, standing in its own page's
  top band one line further down (``bands.head_copies_amid``), is passed over: the number or date
  is joined to the line after it.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages (seed
245) and ``--word --periodical`` pages (seed 246) and read back — whole documents,
``tests/data/extractions``.  All four fail on main bf99df3.
"""

from __future__ import annotations


def test_the_title_under_a_full_band_stays_once(extracted, all_text, headings_of):
    doc = extracted("chronology_town_events__sw25_02_s245_word__pdfminer.txt")
    assert headings_of(doc).count("清河镇2025年工作大事记") == 1
    assert all_text(doc).count("清河镇2025年工作大事记") == 1
    assert "2026年10月" not in all_text(doc) and "江城市委政策研究室" not in all_text(doc)


def test_a_head_written_in_another_order_on_one_page_goes(extracted, all_text):
    doc = extracted("letter_teachers_day__sw25_11_s246_per__pdfminer.txt")
    text = all_text(doc)
    assert "教育督导通报" not in text
    assert "努力成为让党放心、让人民满意的好老师。" in text


def test_a_clause_number_skips_the_heads_issue_written_after_it(extracted, all_text, headings_of):
    doc = extracted("standard_reading_room__sw25_00_s246_per__pdftotext.txt")
    assert "4.1.2 城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通道直达。" in all_text(doc)
    assert not any("第27期" in h for h in headings_of(doc))


def test_a_chronologys_date_skips_the_heads_issue_written_after_it(extracted, all_text, headings_of):
    doc = extracted("chronology_town_events__sw25_02_s246_per__pdftotext.txt")
    assert "4月8日\u3000镇里召开森林防火和防汛工作部署会，明确21名镇村干部包片负责，组建应急分队7支。" \
        in all_text(doc).replace(" ", "")
    assert "2026年第11期" not in all_text(doc).replace(" ", "")
