"""Patterns spelled for the regex engine's fast scan find exactly what their plain spelling finds.

``booklet.clean.normalise`` and ``booklet.shapes`` spell ``…+`` as ``……*`` and ``--|－－|—+`` behind the set of its
first characters, so the engine skips at C speed to where a match can start (the plain
spelling makes it try every character of the document).  These tests hold the two spellings
to the same matches on random text made of the characters that matter.
"""

from __future__ import annotations

import random
import re

import pytest

from booklet import shapes
from booklet.clean import normalise

PLAIN = {
    "_SPACES": r"[ \t\u00a0]+",
    "_DOTS": r"\.{3,6}|。{3,6}",
    "_ELLIPSIS": r"…+",
    "_DASHES": r"--|－－|—+",
}
SHAPES = {
    "NOTE_MARK_RE": shapes._TEXT_NOTE_MARK,
    "SPACE_BEFORE_CJK_RE": f" +(?=[{shapes.IDEOGRAPH}{shapes.CJK_PUNCT}])",
}
ALPHABET = " \t\u00a0.。…-－—字a1,①⑳[]2[ ]"


@pytest.mark.parametrize("name", sorted(PLAIN) + sorted(SHAPES))
def test_fast_spelling_matches_like_the_plain_one(name: str) -> None:
    module = normalise if name in PLAIN else shapes
    fast, plain = getattr(module, name), re.compile({**PLAIN, **SHAPES}[name])
    rng = random.Random(name)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_piece_lines_follow_a_newline_and_match_like_line_starts() -> None:
    # ``PIECE_LINES_RE`` finds the lines ``^…`` would find, each by the newline before it
    run = shapes._LATIN_RUN_CHARS
    plain = re.compile(rf"^(?:[{run}][{run} \t]*|{shapes._NOTE_MARK}|[{shapes.IDEOGRAPH}])[ \t]*$"
                       rf"|^[ \t]*[{''.join(sorted(shapes.NO_LINE_START))}]", re.M)
    rng = random.Random("pieces")
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET + "\n\n。）A") for _ in range(rng.randint(0, 16)))
        assert [m.start() for m in shapes.PIECE_LINES_RE.finditer("\n" + text)] == \
            [m.start() for m in plain.finditer(text)], text
