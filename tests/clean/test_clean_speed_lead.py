"""Cleaning speed (branch speed55): a line's lead under ``pdftotext -layout`` counted once, kept on the line.

``setoff.centred_under`` — asked by ``centred_rest`` and by ``centred_apart`` of every pair of lines
the measure decides, so of each line as the line under a boundary and again as the line over the
next — counted the spaces each raw line was written after every time.  ``Line.lead`` counts them
once; ``centred_under`` asks the lower line's first and rules out a line near the margin without
the upper one's.  The answers are the counts' and the pair test's as they were.

The snippet is real: the dev text qa_study_questions set in the heading sweep's design sw25_15 and
read back by ``pdftotext -layout`` (as ``test_clean_centred_rest``), a question whose rest is centred.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.setoff import CENTRED_MIN_LEAD_EM, CENTRED_SLACK_EM, centred_under
from booklet.readers.text import raw_lines

# (the page as ``test_clean_centred_rest`` reads it: the preface to the fifth question)
QA = (Path(__file__).resolve().parents[1] / "data" / "extractions"
      / "qa_study_questions__sw25_15__pdftotext_layout.txt").read_text(encoding="utf-8")


def _cells(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def test_a_lines_lead_is_the_spaces_its_raw_line_was_written_after():
    lines = to_lines(raw_lines(QA))
    assert [line.lead for line in lines] == [_cells(line.raw.text) for line in lines]
    rest = next(line for line in lines if line.text == "织？")
    assert rest.lead == 10 and rest.lead_memo == 10   # (kept once asked)


def test_a_copy_keeps_the_lead_of_its_raw_line_and_counts_a_new_ones():
    lines = to_lines(raw_lines(QA))
    rest, heading = next(line for line in lines if line.text == "织？"), lines[3]
    assert rest.lead == 10 and heading.lead == 6
    assert rest.but(text="织").lead == 10            # (the same raw line: the same cells)
    moved = rest.but(raw=heading.raw)
    assert moved.lead_memo == -1 and moved.lead == 6   # (another raw line: counted again)


def test_centred_under_answers_as_the_counts_compared_pair_by_pair():
    lines = to_lines(raw_lines(QA))
    layout = study_layout(lines)
    seen = []
    for prev, cur in zip(lines, lines[1:]):
        lead = _cells(cur.raw.text) - _cells(prev.raw.text)
        was = lead >= CENTRED_MIN_LEAD_EM \
            and abs(lead - (layout.measure_at(cur) - cur.span_width) / 2) <= CENTRED_SLACK_EM
        assert centred_under(prev, cur, layout) == was, (prev.text, cur.text)
        seen.append(was)
    assert any(seen) and not all(seen)


def test_the_centred_rest_still_goes_on_from_its_full_line(clean, texts):
    blocks = texts(clean(QA)[0])
    assert any(text.endswith("怎样设立党的组织？") for text in blocks) and "织？" not in blocks
