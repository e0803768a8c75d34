"""An extract closed by its page ends its block (issue 10, texts87).

A 读书笔记 sets each 摘抄 apart with the page it stands on after the close of the quotation
(「“礼是社会公认合式的行为规范。……意思。”（第49页）」), often two extracts one under the other.  On pocket
pages whose indents the extractor dropped, the second extract (「“礼治的可能必须以……”（第53页）」) ran on
from the first: the first's last line ended short, but a sentence's end inside the quotes is no
block's end to the measure.  The page in brackets after the close is (``shapes.EXTRACT_PAGE_END_RE``,
read by ``unwrap._shaped_edge``); prose citing a page goes on to its stop.

The page is real: the dev text ``notes_reading_excerpts_labels`` set on ``tests/eval/heading_sweep.py``
``--kind pocket`` design 3 of seed 386, read by pypdf.  The page test fails on main 8fcd3ca1 and passes.
"""

from __future__ import annotations

from booklet.model import Paragraph
from booklet.shapes import EXTRACT_PAGE_END_RE


def test_two_extracts_one_under_the_other_stay_two(extracted, texts):
    doc = extracted("notes_reading_excerpts_labels__pk53_03_s386_pocket__pypdf.txt")
    blocks = [t.replace(" ", "") for t in texts(doc)]
    first = "“礼是社会公认合式的行为规范。合于礼的就是说这些行为是做得对的，对是合式的意思。”（第49页）"
    second = "“礼治的可能必须以传统可以有效地应付生活问题为前提。”（第53页）"
    assert first in blocks and second in blocks, [b for b in blocks if "礼" in b]
    assert blocks.index(second) == blocks.index(first) + 1


def test_extract_page_end_cases_and_refusals():
    for text in ("……意思。”（第49页）", "……前提。”（第 53 页）", "……波纹。」（第12—13页）"):
        assert EXTRACT_PAGE_END_RE.search(text), text
    for text in ("……意思。”（第49页）。", "见第49页）", "……”（第三章）", "（第49页）这段话"):
        assert EXTRACT_PAGE_END_RE.search(text) is None, text
