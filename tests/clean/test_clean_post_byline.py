"""A post alone over its holder's name under a title with no —— subtitle (issue 10, texts82): a 述职报告 signs
under its title 「县农业农村局局长　周立新」, and pdftotext writes the wide space between post and name as a
line's end (「县农业农村局局长」 / 「周立新」).  The post alone was taken into the title's run of heading lines,
a heading of its own over the name (the new dev text report_duty_agriculture_bureau, seeds 310–313: in 17
of its 30 pdftotext cases).  Under a speech's —— subtitle the pair was read already (``headlines._holder_of``);
a post over a name-like line closes a title's run and is the byline with its holder anywhere under a title
(``headlines._post_over_holder``).

Each page is real: the text set in seed 310's design sw25_00 and seed 312's pw59_00, read by pdftotext.
"""

from __future__ import annotations

import pytest

from booklet.model import block_text


@pytest.mark.parametrize("name", ["report_duty_agriculture_bureau__sw25_00_s310_heading__pdftotext.txt",
                                  "report_duty_agriculture_bureau__pw59_00_s312_pocketwide__pdftotext.txt"],
                         ids=["sw25_00", "pw59_00"])
def test_post_over_its_holder_is_the_byline(extracted, headings_of, name):
    doc = extracted(name)
    assert not any(h.strip() in ("县农业农村局局长", "周立新") for h in headings_of(doc)), headings_of(doc)
    bylines = [a.author for a in doc.articles if a.author]
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert any("".join(t.split()) == "县农业农村局局长周立新" for t in bylines + texts[:3]), (bylines, texts[:3])
