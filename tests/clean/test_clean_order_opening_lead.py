"""(miner86, issue 10) A news item's opening pdfminer boxed apart — each headline line set with space
around it a box, the byline another — is read as one opening in ``order``, and its body is found by the
words the headline tells again (its lead).

- ``order._leads`` read the headline from the byline's own box, which holds none: the opening's whole
  run of blocks is read now (``_headline_run``), and an opening written over prose it cannot go on in
  looks for its lead too — one telling the headline whole (``LEAD_TOLD_PAIRS``) is where it goes on,
  and no other running text (``_Evidence``: ``_body_prose``).
- a byline goes on in no block signed by another byline (``_signed_in``: an item is signed once), and
  a page whose first blocks are such an opening starts there (``_signed_opening``).
- a box cut at the measure on a figure goes on in a box opening on its unit (``shapes.figure_then_unit``:
  「…新型研发机构、 40」 / 「余家孵化器…」).

Pages are real extractions, whole: seed-361 news draws (``heading_sweep.py --kind news``), pdfminer.
"""

from __future__ import annotations


import pytest

from booklet.shapes import figure_then_unit


@pytest.mark.parametrize("name, marks", [
    # the lead meeting item's body under its headline and byline; the 共享工具间 headline whole over its item
    ("news_page_city_briefs__nw54_02_s361_news__pdfminer.txt",
     ["市政府常务会议研究部署", "本报记者郑小川", "11月25日，市政府召开常务会议", "会议要求",
      "小切口解决大问题", "全市首个社区“共享工具间”开放", "近日，东湖街道青石社区"]),
    ("news_page_city_briefs__nw54_05_s361_news__pdfminer.txt",
     ["市政府常务会议研究部署", "本报记者郑小川", "11月25日，市政府召开常务会议", "会议要求",
      "全市首个社区“共享工具间”开放", "近日，东湖街道青石社区"]),
    # the lead item's body under its byline, the 科创大道 story read on over its column's cut 「40」 / 「余家」
    ("news_page_science__nw54_02_s361_news__pdfminer.txt",
     ["市委常委会召开会议专题研究", "本报记者陈思远", "3月17日下午，市委常委会召开会议", "会议还研究了其他事项",
      "一条街上的“创新生态”", "新型研发机构、40余家孵化器", "全市首批“科技副总”上岗"]),
])
def test_an_opening_boxed_apart_reads_on_in_its_lead(extracted, name, marks, reads_in_order):
    assert reads_in_order(extracted(name), marks)


@pytest.mark.parametrize("before, after, found", [
    ("聚集着 12 家新型研发机构、 40", "余家孵化器和众创空间。", True),
    ("辖区困难群众62", "户，送去米面油。", True),
    ("全年累计接待游客 3.5", "万人次。", True),
    ("聚集着新型研发机构、四十", "余家孵化器", False),    # a figure written in ideographs reads as words
    ("2026", "江城马拉松将于", False),                    # no unit opens the next line
    ("开放至21时30分。", "余下的座位", False),            # the line ends on its stop, not a figure
])
def test_figure_then_unit(before, after, found):
    assert figure_then_unit(before, after) is found
