"""A separator ornament is never the printed line a piece is joined to.

``separators`` takes an ornament's text out (reported) and marks its line; ``runs`` rejoins the
pieces an extractor cut from printed lines, and a line opening on a mark no printed line opens on
(「，」) is such a piece.  Joined to the ornament's emptied line it went wherever the ornament went:
a separator carries no text, so the piece was lost, silently (found by the nothing-lost property
with 3000 examples: ``'* * *\\n，'``, ``'---\\n，'``).
"""

from __future__ import annotations

import pytest

from booklet.clean.guard import account
from booklet.model import Separator
from booklet.readers.text import raw_lines


@pytest.mark.parametrize("text", ["* * *\n，", "---\n，", "---\n，好的\n", "正文第一段。\n\n---\n\n，还有一句。\n"])
def test_a_piece_after_a_separator_keeps_its_text(clean, text):
    doc, report = clean(text)
    assert account(raw_lines(text, None), doc, report).ok
    assert any(isinstance(b, Separator) for a in doc.articles for b in a.blocks)


def test_the_text_after_a_separator_is_a_block_of_its_own(clean, texts):
    doc, _ = clean("正文第一段。\n\n---\n\n，还有一句。\n")
    assert texts(doc)[-1] == "，还有一句。"
