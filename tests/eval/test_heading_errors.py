"""The harness's heading errors by kind (``harness.heading_errors``): each kind on a small pair of
gold and output Markdown, and every missed or false heading counted once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import harness  # noqa: E402

GOLD = """# 聚焦主责主业提升服务效能

# 江城港吞吐量创新高

本报记者 王明

今年以来，江城港集装箱吞吐量同比增长12%。

## 一、主要做法

各部门协同推进，取得明显成效。

江城市交通运输局办公室　2026年11月20日印发
"""


def errors(output: str) -> dict[str, int]:
    counts = harness.heading_errors(output, GOLD)
    return {k: n for k, n in counts.items() if n}


def test_the_gold_itself_has_none():
    assert errors(GOLD) == {}


def test_a_kicker_joined_to_its_title_counts_both_headings():
    out = GOLD.replace("# 聚焦主责主业提升服务效能\n\n# 江城港", "# 聚焦主责主业提升服务效能江城港")
    assert errors(out) == {"joined": 2}


def test_a_heading_run_into_the_paragraph_under_it_is_absorbed():
    out = GOLD.replace("## 一、主要做法\n\n各部门", "一、主要做法各部门")
    assert errors(out) == {"absorbed": 1}


def test_a_heading_read_as_a_paragraph_of_its_own_is_demoted():
    assert errors(GOLD.replace("## 一、主要做法", "一、主要做法")) == {"demoted": 1}


def test_a_heading_with_a_running_head_glued_before_it_is_extended():
    assert errors(GOLD.replace("## 一、主要做法", "## 工作简报一、主要做法")) == {"extended": 1}


def test_a_heading_cut_in_two_is_cut():
    assert errors(GOLD.replace("## 一、主要做法", "## 一、主要\n\n## 做法")) == {"cut": 1}


@pytest.mark.parametrize("line, kind", [
    ("江城市交通运输局办公室　2026年11月20日印发", "promoted"),   # a gold paragraph read as a heading
    ("", "furniture"),                                            # a running head read as one
])
def test_false_headings_are_promoted_paragraphs_or_furniture(line, kind):
    out = GOLD.replace("江城市交通运输局办公室　2026年11月20日印发", "# " + line) if line \
        else GOLD + "\n# 工作简报第12期\n"
    assert errors(out) == {kind: 1}
