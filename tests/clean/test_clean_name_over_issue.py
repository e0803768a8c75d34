"""pypdf's periodical head kept apart from its issue (issue 10, branch glue79).

Word's periodical head prints the unit over a row holding the periodical's name at one end and its issue
at the other (「江城市财政局」 / 「财政工作交流      2026年第3期」).  pypdf ends a line at every change of font,
and the issue's digits are set in a Latin face: 「财政工作交流」 / 「2026」 / 「年第」 / 「3」 / 「期」.
``rejoin_runs`` joined the pieces to the name, 「财政工作交流2026年第3期」, which no head shape reads; on
a one-page text no copy repeats the head, so it stayed as the text's title (or was run into the real
title under it).  A head row sets the name and the issue apart at its two ends, so the break before
pieces that make an issue whole is the row's change of place (``runs._name_over_issue``), and the
furniture rules then read the row as they read pdftotext's (the name, the issue on the next line).

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word --periodical``
pages (seed 246, design sw25_05) and read back with pypdf — whole documents, ``tests/data/extractions``.
Both fail on main 147dd88.
"""

from __future__ import annotations



def test_a_one_page_texts_head_row_goes(extracted, all_text, headings_of):
    doc = extracted("brief_one_page__sw25_05_s246_per__pypdf.txt")
    assert headings_of(doc) == ["市科技局召开一季度重点工作推进会"]
    text = all_text(doc)
    assert "财政工作交流" not in text and "2026年第3期" not in text and "江城市财政局" not in text


def test_the_head_row_is_not_run_into_the_title(extracted, all_text, headings_of):
    doc = extracted("literature_guxiang__sw25_05_s246_per__pypdf.txt")
    assert headings_of(doc)[0] == "故乡"
    assert "财政工作交流" not in all_text(doc)
