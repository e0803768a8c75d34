"""(speed84) Two calls a line taken out of the cleaner's hottest steps give what the plain readings gave.

``unwrap.group_lines`` builds each break's ``Around`` in C (``lines.around_of``: the named tuple's
``__new__`` is a Python function, a frame at every break) with the line after next taken from a third
``zip`` rather than indexed; ``to_lines`` reads the sentence ends through ``shapes.ends_sentences``,
which takes ``ends_sentence``'s first look (the last character a stop's or a white space) in its
comprehension.  The tests hold both to the plain readings: the records each evidence reads on a real
extraction, and the sentence ends of random texts made of the characters that matter.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from booklet.clean import unwrap
from booklet.clean.layout import study_layout
from booklet.clean.lines import Around, around_of, to_lines
from booklet.readers.text import raw_lines
from booklet.shapes import ends_sentence, ends_sentences

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"


def test_around_of_is_the_named_tuple_around_makes():
    a, b, c, d = object(), object(), None, object()
    made = around_of((a, b, c, d))
    assert type(made) is Around
    assert made == Around(a, b, c, d)
    assert (made.nxt, made.head, made.above, made.after) == (a, b, c, d)


@pytest.mark.parametrize("name", [
    "qa_study_questions__sw25_15__pdftotext_layout.txt",
    "appeal_civilised_city__nw54_00_s197_news__pdftotext.txt",
])
def test_each_break_reads_the_lines_after_it_and_the_block_so_far(name, monkeypatch):
    lines = to_lines(raw_lines((EXTRACTIONS / name).read_text(encoding="utf-8")))
    layout = study_layout(lines)
    seen: list[tuple[object, Around]] = []

    def recorder(real):
        def ask(prev, cur, layout, prev_opens=False, around=Around()):
            seen.append((cur, around))
            return real(prev, cur, layout, prev_opens, around)
        return ask

    monkeypatch.setattr(unwrap, "starts_block", recorder(unwrap.starts_block))
    monkeypatch.setattr(unwrap, "measured_break", recorder(unwrap.measured_break))
    groups = unwrap.group_lines(lines, layout)
    assert seen   # (breaks were read)
    place = {id(line): k for k, line in enumerate(lines)}
    head_of = {id(line): group.lines[0] for group in groups for line in group.lines}
    for cur, around in seen:
        i = place[id(cur)]
        assert type(around) is Around
        assert around.nxt is (lines[i + 1] if i + 1 < len(lines) else None)
        assert around.after is (lines[i + 2] if i + 2 < len(lines) else None)
        assert around.head is not None and around.head is head_of[id(lines[i - 1])]


def test_sentence_ends_of_many_texts_are_each_texts():
    rng = random.Random("speed84")
    chars = list("。！？；：…．.”’」』）)》]\"'④①[字1 \u3000\t\u00a0") + ["[4]", "...", "……"]
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 6))) for _ in range(50000)]
    assert ends_sentences(texts) == [ends_sentence(text) for text in texts]
    assert any(ends_sentences(texts)) and not all(ends_sentences(texts))
