"""Characters Python calls digits but ``int`` cannot read — circled ①, superscript ², parenthesised ⑴ — are
note markers and list signs, never page or note numbers: where a rule reads a number (a page number beside a
running head, a bracketed note marker) it asks for a decimal, and such a line is text (a crash found by the
-layout heading sweep: a running head with a circled marker under it on every page)."""

from __future__ import annotations

import pytest

from booklet.clean import clean
from booklet.readers.text import raw_lines
from booklet.shapes import note_number
from booklet.writers.markdown import render_document

BODY = "这是正文的一段文字，用来填满一行的宽度，看看会怎样处理这种情况。\n" * 3


@pytest.mark.parametrize("sign", ["①", "²", "⑴"])
def test_a_numeral_sign_beside_a_running_head_is_kept_as_text(sign: str) -> None:
    text = "\f".join(f"党风廉政建设专题讲稿\n{sign}\n{BODY}{n}\n" for n in range(1, 5))
    cleaned = clean(raw_lines(text), verify=True)  # (the nothing-lost guard runs: it raises on a lost character)
    assert render_document(cleaned.document).count(sign) == 4


def test_a_bracketed_numeral_sign_is_no_note_number() -> None:
    assert note_number("[①]") is None
    assert note_number("[12]") == 12
    assert note_number("③") == 3
