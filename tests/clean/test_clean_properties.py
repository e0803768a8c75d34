"""Property: nothing is lost — every non-whitespace input character reaches the output or the report."""

from __future__ import annotations

import os
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booklet.clean import clean_lines
from booklet.model import FootnoteRef
from booklet.readers.text import raw_lines
from booklet.report import Report
from booklet.writers.markdown import render_document

# Markup the writer may spell differently (a "---" rule is written "* * *", escapes add "\").
MARKUP = set("#*>-_\\[]^")
PIECES = st.sampled_from([
    "加强基础研究", "科技自立自强", "，", "。", "、", "；", "：", "！", "？", "“", "”", "《求是》", "……", "——",
    "2023", " 年 ", "6G", " ", "  ", "Web3.0", "the Belt and Road", ",", ".", ";", ":", "(", ")", "...",
    "①", "②", "※", "来源：新华社", "材料 1", "第1章", "1.1 研", "究", "第一，", "一是", "新华社记者 姚大伟/摄",
    "\u3000\u3000", "\u2003", "26", "— 3 —", "主题教育学习资料", "责任编辑：王洋", "# ", "**", "> ", "---",
    "习近平", "（来源：新华社，2026年4月30日）", "——在科学家座谈会上的讲话（2020年9月11日）",
])
LINE = st.lists(PIECES, min_size=0, max_size=12).map("".join)
TEXT = st.lists(LINE, min_size=1, max_size=40).map("\n".join)


def _fold(text: str) -> Counter[str]:
    text = "".join(unicodedata.normalize("NFKC", text).split())  # lines joined, as the cleaner does
    text = "".join(ch for ch in text if ch not in MARKUP).replace("…", "...").replace("。。。", "...").replace("—", "-").replace("－", "-")
    return Counter(ch for ch in text if not ch.isspace() and ch not in MARKUP)


@settings(max_examples=int(os.environ.get("BOOKLET_HYPOTHESIS_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_every_input_character_is_kept_or_reported(text):
    report = Report()
    document = clean_lines(raw_lines(text), report)
    kept = _fold(render_document(document)) + _fold("".join(r.text for r in report.removals))
    # a footnote marker is written as a [^n] reference: its printed label counts as kept
    kept += _fold("".join(i.label for a in document.articles for b in a.blocks
                          for i in getattr(b, "inlines", ()) if isinstance(i, FootnoteRef)))
    missing = _fold(text) - kept
    assert not missing, f"lost {dict(missing)}"


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_cleaning_is_deterministic(text):
    first = render_document(clean_lines(raw_lines(text), Report()))
    assert render_document(clean_lines(raw_lines(text), Report())) == first


@settings(max_examples=int(os.environ.get("BOOKLET_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(TEXT)
def test_cleaned_markdown_reads_back_to_the_same_markdown(text):
    from booklet.readers.markdown import parse_markdown
    cleaned = render_document(clean_lines(raw_lines(text), Report()))
    assert render_document(parse_markdown(cleaned)) == cleaned
