"""A Word report's running head on a short last page, the page's one body line written amid it
(issue 10, branch miner80; word79's left (a)).

pdfminer sorts a short page's boxes by their place and may write the page's one body line — the rest
of a sentence the page before ran over — between the head's boxes: 「工作简报」 / 「科研工作中。」 /
「2026 年第 9 期」 / signer / date, or 「节）」 / 「××区教育局」 / 「注意保存」 / byline.  Every line of
such a page stands in both its bands, and a copy read in the band it is farther from stood in the head
only where copies taken lay between it and that edge, nothing else: the body line between kept the
copy, which stayed as text (run into a sentence: 「同比增长32026年第9期1%」) or as a heading.  One body
line of the page is allowed there beside a copy taken (``bands.SHORT_PAGE_AMID_LINES``,
``_farther_in_head``), where the copy does not already stand under the head at its nearer edge.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages
(seed 278) and ``--kind pocketwide --word`` pages (seed 279), read back by pdfminer — whole
documents, ``tests/data/extractions``.  Both fail on main 5b1b5e8.
"""

from __future__ import annotations


def test_the_heads_issue_amid_a_short_pages_body_line_goes(extracted, all_text, headings_of):
    doc = extracted("report_bold_headings__sw25_05_s278_word__pdfminer.txt")
    text = all_text(doc).replace(" ", "")
    assert "2026年第9期" not in text
    assert "同比增长31%" in text
    assert "江城市科学技术局" in text   # the signer under it stays
    assert not any("2026年第9期" in h for h in headings_of(doc))


def test_a_heads_line_after_a_short_pages_body_line_goes(extracted, all_text, headings_of):
    doc = extracted("symposium_speeches_excerpts__pw59_01_s279_word__pdfminer.txt")
    assert "注意保存" not in headings_of(doc)
    assert "注意保存" not in all_text(doc)
    assert "县委宣传部宣教科 整理" in all_text(doc) or "县委宣传部宣教科整理" in all_text(doc).replace(" ", "")
