"""pdfminer's tight three-column pages: a column's boxes written out of order in several steps (issue 10,
branch miner77 — a diagnosis, no mechanism merged).

pdfminer groups a page's boxes by the empty area between them and writes each group's children by
``0.5·x0 − 1.5·(y0 + y1)``: where a group's middle stands higher, a column's later box is written before
its earlier one, or another column's box between a sentence's two halves.  The text keeps one sign of it —
a box ending inside a sentence goes on at another box's start — but that sign is weaker than pdfminer's own
order: on the seed-197 draw the box whose start reads best from a cut end (a word across, a pair the text
holds elsewhere) is the true next box at 65 joins pdfminer broke, and a wrong one at 252 joins it wrote
right.  ``order`` therefore moves no block on continuation alone; these tests keep two pages of that kind
whole (``tests/data/extractions``, dev texts set on ``heading_sweep.py --kind news --columns 3 --seed 197``
pages, read back by pdfminer).  The first was miner77's strict xfail (it failed on main e8604b2); miner78 reads it where ``turn``
chooses the page's start — the text under its opening headline turned right after the text's end.  miner77's second reading, a letter-spaced opening under its byline, is mended by ref77
(``order._spread_full``; ``test_clean_spread_first_line``); the guard beside it — a line stretched inside a
paragraph stays in it — keeps that mend from reading every stretched line as an opening.
"""

from __future__ import annotations

import pytest


def test_a_text_ending_inside_a_word_goes_on_where_pdfminer_wrote_its_rest_first(extracted, all_text):
    """pdfminer wrote 「大科技攻关任务。」 first on the page (under the title) and 「…牵头组建创新联合体，
    承担重」 last: the text under the title turns right after the signature's date 「2026年1月10日」 that
    closes it (miner78, ``turn.opening_rest``)."""
    text = all_text(extracted("report_bold_headings__nw54_07_s197_news__pdfminer.txt")).replace(" ", "")
    assert "承担重大科技攻关任务。" in text


def test_a_line_stretched_inside_a_paragraph_stays_in_it(extracted, all_text):
    """A line line breaking stretched glyph by glyph (a closing mark kept off the next line's start) is its
    paragraph's: 「几 步 路 ， 他 们 就 少 受 些」 / 「罪。”」 read on as one sentence."""
    text = all_text(extracted("deeds_village_doctor__nw54_01_s197_news__pdfminer.txt")).replace(" ", "")
    assert "我多跑几步路，他们就少受些罪。”" in text
