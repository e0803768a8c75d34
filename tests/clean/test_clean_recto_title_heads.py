"""A short text's title printed over its rectos: the copies go, the title stays (issue 10, branch runhead79).

Pocket designs of ``tests/eval/heading_sweep.py`` that print the journal's or the series' name over
the versos and the text's title over the rectos (seed 249 ``--kind pocketwide`` pw59_06) leave a text
of six pages with two copies of its title besides the title itself, at the tops of pages 3 and 5
(after a form feed under pdftotext, after the page-number line 「2/6」 under pdfminer).  The repeat
rules count the title among the copies (two of three in the bands: under ``HEAD_BAND_SHARE``), and the
rule that sets the title aside (``bands._title_before``) looked only for heads opening on the second
page; so the copies stayed — run into the paragraph under them, or read as a false heading over it.
A head over the rectos opens on the third page (``bands._recto_heads``).

The pages are real: the dev text interview_rural_revitalization (pw59_06) read back whole by plain
pdftotext and by pdfminer, in ``tests/data/extractions``.  Both tests fail on main.
"""

from __future__ import annotations

import pytest

from booklet.model import Paragraph

TITLE = "让农民在产业发展中得到更多实惠"


@pytest.mark.parametrize("family", ["pdftotext", "pdfminer"])
def test_the_title_over_the_rectos_of_a_short_text_goes(extracted, headings_of, texts, family):
    doc = extracted(f"interview_rural_revitalization__s249_pw59_06__{family}.txt")
    assert headings_of(doc).count(TITLE) == 1
    paragraphs = texts(doc, Paragraph)
    assert not any(TITLE in p for p in paragraphs)
    assert any(p.startswith("一斤鲜茶叶卖给外地收购商") for p in paragraphs)
