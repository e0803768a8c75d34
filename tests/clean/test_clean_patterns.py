"""Patterns spelled for the regex engine's fast scan find exactly what their plain spelling finds.

``booklet.clean.normalise`` spells ``…+`` as ``……*`` and ``--|－－|—+`` behind the set of its
first characters, so the engine skips at C speed to where a match can start (the plain
spelling makes it try every character of the document).  These tests hold the two spellings
to the same matches on random text made of the characters that matter.
"""

from __future__ import annotations

import random
import re

import pytest

from booklet.clean import normalise

PLAIN = {
    "_SPACES": r"[ \t\u00a0]+",
    "_DOTS": r"\.{3,6}|。{3,6}",
    "_ELLIPSIS": r"…+",
    "_DASHES": r"--|－－|—+",
}
ALPHABET = " \t\u00a0.。…-－—字a1,"


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_spelling_matches_like_the_plain_one(name: str) -> None:
    fast, plain = getattr(normalise, name), re.compile(PLAIN[name])
    rng = random.Random(name)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
