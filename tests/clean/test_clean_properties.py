"""Properties: nothing is lost — every non-space character of the input reaches the document or the
report (no exclusion list) —, cleaning is deterministic, and its Markdown reads back as written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booklet.clean import clean, clean_lines
from booklet.clean.guard import account
from booklet.readers.text import raw_lines
from booklet.report import Report
from booklet.writers.markdown import render_document

PIECES = st.sampled_from([
    "加强基础研究", "科技自立自强", "，", "。", "、", "；", "：", "！", "？", "“", "”", "《求是》", "……", "——",
    "2023", " 年 ", "6G", " ", "  ", "Web3.0", "the Belt and Road", ",", ".", ";", ":", "(", ")", "...",
    "①", "②", "[①]", "²", "※", "来源：新华社", "材料 1", "第1章", "1.1 研", "究", "第一，", "一是", "新华社记者 姚大伟/摄",
    "\u3000\u3000", "\u2003", "26", "— 3 —", "主题教育学习资料", "责任编辑：王洋", "# ", "**", "> ", "---",
    "习近平", "（来源：新华社，2026年4月30日）", "——在科学家座谈会上的讲话（2020年9月11日）",
    "[^1]", "[1]", "<b>", "<script>", "&amp;", "\\", "1. ", "- ", "* * *", "＊＊＊", "inter-", "national", "\ufeff",
    "\f", "\t", "_", "`", "~~", "|",
])
LINE = st.lists(PIECES, min_size=0, max_size=12).map("".join)
TEXT = st.lists(LINE, min_size=1, max_size=40).map("\n".join)


@settings(max_examples=int(os.environ.get("BOOKLET_HYPOTHESIS_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, True, False]))
def test_every_input_character_is_kept_or_reported(text, markdown):
    lines = raw_lines(text, markdown)
    cleaned = clean(lines, verify=False)
    balance = account(lines, cleaned.document, cleaned.report)
    assert balance.ok, balance.describe(lines)


def test_the_guard_fails_on_a_lost_character(monkeypatch):
    from booklet.clean import guard, table
    from booklet.clean.stages import over_lines

    def drop_last_character(lines, log):
        return [line.but(text=line.text[:-1]) for line in lines]
    rules = tuple(r if r.name != "separators" else table.Rule(r.name, r.stage, over_lines(drop_last_character),
                                                              r.summary) for r in table.RULES)
    monkeypatch.setattr("booklet.clean.pipeline.RULES", rules)
    with pytest.raises(guard.LostText, match="lost '。'"):
        clean(raw_lines("加强基础研究。\n"), verify=True)


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


# Real sources edited as a person or an extractor edits them: a line dropped, doubled, swapped with
# the next, cut in two or run into the next, an ornament, a page break, a page number or a stray mark
# put in.  The pieces above build texts from nothing; these keep a real document's structure (its
# headings, notes, running heads and page numbers) around the edit.
SOURCES = sorted((Path(__file__).resolve().parents[2] / "sources").glob("*.txt"))
EDIT_INSERTS = ("---", "* * *", "\f", "", "26", "— 3 —", "，", "。", "※", "①", "来源：新华社", "# 标题", "> 引文")
EDIT = st.tuples(st.sampled_from(("drop", "double", "swap", "cut", "join", "insert")),
                 st.floats(0, 1, exclude_max=True), st.floats(0, 1, exclude_max=True), st.sampled_from(EDIT_INSERTS))


def _edited(text: str, edits: list[tuple[str, float, float, str]]) -> str:
    lines = text.split("\n")
    for op, where, cut, piece in edits:
        k = int(where * len(lines))
        if op == "drop" and len(lines) > 1:
            del lines[k]
        elif op == "double":
            lines.insert(k, lines[k])
        elif op == "swap" and k + 1 < len(lines):
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
        elif op == "cut" and len(lines[k]) > 1:
            c = 1 + int(cut * (len(lines[k]) - 1))
            lines[k:k + 1] = [lines[k][:c], lines[k][c:]]
        elif op == "join" and k + 1 < len(lines):
            lines[k:k + 2] = [lines[k] + lines[k + 1]]
        else:
            lines.insert(k, piece)
    return "\n".join(lines)


@settings(max_examples=int(os.environ.get("BOOKLET_HYPOTHESIS_EXAMPLES", "300")) // 6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SOURCES), st.lists(EDIT, min_size=1, max_size=4))
def test_every_character_of_an_edited_real_source_is_kept_or_reported(source, edits):
    lines = raw_lines(_edited(source.read_text(encoding="utf-8"), edits))
    cleaned = clean(lines, verify=False)
    balance = account(lines, cleaned.document, cleaned.report)
    assert balance.ok, balance.describe(lines)
