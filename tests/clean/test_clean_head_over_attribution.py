"""A running head over a quotation's attribution a page break left at the page's top is a head, not a title
over its subtitle (head66, issue 10): 「干部学习口袋书」 / 「——摘自《在全省基层工作调研座谈会上的讲话》…」.

A dash line that cites a work (「——摘自《…》」, 「——《礼记·大学》」) is an attribution, never a subtitle, so the
first copy of the even pages' head does not open an article.  The inputs are the dev text
excerpts_long_attributions set in two pocketwide designs of the seed-73 sweep (odd head: the title; even head:
the series' name; folios 「第N页」), read by a viewer's paste and pdfplumber — whole, in tests/data/extractions.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, block_text


@pytest.mark.parametrize("name", ["excerpts_long_attributions__s73_pw59_01__paste_viewer.txt",
                                  "excerpts_long_attributions__s73_pw59_05__pdfplumber.txt"])
def test_the_even_head_over_an_attribution_goes(extracted, headings_of, name):
    doc = extracted(name)
    assert "干部学习口袋书" not in headings_of(doc)
    blocks = [block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]
    assert not any("干部学习口袋书" in b for b in blocks)
    assert any(b.startswith("——摘自《在全省基层工作调研座谈会上的讲话》") for b in blocks)
    assert headings_of(doc)[0] == "关于调查研究工作的论述摘编"
