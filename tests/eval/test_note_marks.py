"""The harness's bracket-marker habit (``Layout.note_marks``, brack66): a design that prints its note
markers as 「[1]」 prints them so in the text (raised) and at each note's start, and numbers them
afresh on each page where the design does."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import docs  # noqa: E402
from layouts import DEV_LAYOUTS  # noqa: E402
from setter import tokens  # noqa: E402
from typeset import compose  # noqa: E402

POCKET = next(layout for layout in DEV_LAYOUTS if layout.name == "pocket_17_hei")

DOC = docs.Doc("notes", "dev", (
    docs.Block("title", "测试标题"),
    docs.Block("p", "第一段讲到这里①，第二处在此②。" * 3),
    docs.Block("p", "后面还有一段文字③。" * 4),
    docs.Block("fn", "①参见某书，第1页。"),
    docs.Block("fn", "②参见另一书，第2页。"),
    docs.Block("fn", "③参见第三本书，第3页。"),
))


def _printed(layout):
    pages = compose(DOC, layout)
    raised = [s.text for p in pages for line in p.lines for s in line.segs if s.rise]
    notes = ["".join(s.text for s in line.segs) for p in pages for line in p.lines if line.role == "note"]
    return raised, notes


def test_a_marker_is_one_unit_printed_in_brackets():
    toks = tokens("此处②。", sup_marks=True, note_marks="bracket")
    assert [t.text for t in toks] == ["此", "处", "[2]", "。"]
    assert toks[2].sup and toks[2].ch == "②"
    assert [t.text for t in tokens("此处②。", sup_marks=True)] == ["此", "处", "②", "。"]


@pytest.mark.parametrize("restart", [False, True])
def test_markers_and_labels_print_in_brackets(restart):
    layout = replace(POCKET, note_marks="bracket", notes_restart=restart)
    raised, notes = _printed(layout)
    assert raised and all(r.startswith("[") and r.endswith("]") for r in raised)
    labels = [n[:3] for n in notes if n.startswith("[")]
    assert labels and set(labels) <= {"[1]", "[2]", "[3]"}
    if not restart:
        assert labels == ["[1]", "[2]", "[3]"]


def test_circled_design_unchanged():
    raised, notes = _printed(POCKET)
    assert set("".join(raised)) <= set("①②③")
    assert [n[0] for n in notes if n[0] in "①②③"] == ["①", "②", "③"]


def test_gold_is_the_same_for_every_design():
    """The markers and labels are marker syntax to the scorer: the gold keeps them circled."""
    gold = docs.gold_markdown(DOC)
    assert "第一段讲到这里①" in gold and "①参见某书，第1页。" in gold
