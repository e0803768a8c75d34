"""Numbered sentence heads set apart make a series by their numbering (issue 10, branch texts83b).

A 意见's or a 方案's points under GB/T 9704 may stand on lines of their own and end in a full stop
(「（一）加强组织领导。」 / 「（二）落实经费保障。」 / 「（三）营造良好氛围。」, each over its paragraph).  An
extractor keeps the 。 and drops the 黑体, so each reads as a one-line paragraph.
``headings.sentence_headings`` takes such sentences for heads only as a series of
``SENTENCE_HEADS_MIN`` opening alike — and keyed them by their first two characters, so 「（一」 「（二」
「（三」 were three keys and never a series.  Numbered ones are now keyed by the numbering's shape
(``shapes.ordinal``'s kind) and make a series where their numbers count on; a block under one that
opens on the same numbering is its sibling item, not its text.

The texts are real: the dev text ``opinions_community_workers`` set on
``tests/eval/heading_sweep.py --kind heading --designs 6 --seed 329`` pages (sw25_00 read back by
``pdftotext``, sw25_04 by pypdf) — whole documents, ``tests/data/extractions``.  Both tests fail on
main (5e53970).
"""

from __future__ import annotations

import pytest

HEADS = ["（一）加强组织领导。", "（二）落实经费保障。", "（三）营造良好氛围。"]


@pytest.mark.parametrize("name", ["opinions_community_workers__sw25_00_s329_heading__pdftotext.txt",
                                  "opinions_community_workers__sw25_04_s329_heading__pypdf.txt"])
def test_stand_alone_numbered_sentence_heads_are_a_series(extracted, headings_of, texts, name):
    doc = extracted(name)
    heads = headings_of(doc)
    assert [h for h in heads if h in HEADS] == HEADS
    # the run-in points of the part before (a lead-in and its paragraph on one line) stay paragraphs
    assert not any(h.startswith(("（一）规范选聘管理", "（二）健全薪酬体系", "（三）强化教育培训")) for h in heads)
    assert any(b.startswith("（一）规范选聘管理。社区工作者由区（县）统一招聘") for b in texts(doc))
