"""The rule table is the cleaner: its order, its switches, its stages, and the one grammar module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from booklet.clean import RULE_NAMES, RULES, clean, describe_rules
from booklet.clean.pipeline import _advance
from booklet.clean.stages import STAGE_TYPES
from booklet.readers.text import raw_lines
from booklet.report import Report

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "sources").glob("0*.txt"))


def test_rules_command_lists_the_table_in_order(capsys):
    from booklet.cli import run
    assert run(["clean", "--rules"]) == 0
    printed = capsys.readouterr().out
    assert printed == describe_rules()
    names = [line.split()[1] for line in printed.splitlines()]
    assert names == list(RULE_NAMES)
    assert all(rule.summary and len(rule.summary) <= 100 for rule in RULES)


def test_readme_lists_the_same_rules_in_the_same_order():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- rules:start -->")[1].split("<!-- rules:end -->")[0]
    rows = re.findall(r"^\| (\d+) \| `([a-z_]+)` \| (\w+) \| (on|off) \|", section, re.MULTILINE)
    assert [name for _, name, _, _ in rows] == list(RULE_NAMES)
    assert [(stage, state) for _, _, stage, state in rows] == \
        [(rule.stage, "on" if rule.default else "off") for rule in RULES]


@pytest.mark.parametrize("name", RULE_NAMES)
def test_every_rule_can_be_switched_off(name):
    # every seed, cleaned without this rule: the pipeline still runs and loses nothing
    for seed in SEEDS:
        lines = raw_lines(seed.read_text(encoding="utf-8"))
        document = clean(lines, {name: False}, verify=True).document
        assert document.articles


@pytest.mark.parametrize("rule", RULES, ids=RULE_NAMES)
def test_every_rule_runs_alone_on_its_stage(rule):
    # the data a rule takes is its stage's data, and it returns the same kind, never changing its input
    lines = raw_lines((REPO / "sources" / "001_b06077b12bd6695a.txt").read_text(encoding="utf-8"))
    data, stage = list(lines), "raw"
    for earlier in RULES:
        if earlier is rule:
            break
        if earlier.stage != stage:
            data, stage = _advance(data, stage, earlier.stage, Report())
        data = earlier.apply(data, Report().log(earlier.name))
    if rule.stage != stage:
        data, stage = _advance(data, stage, rule.stage, Report())
    before = repr(data)
    out = rule.apply(data, Report().log(rule.name))
    assert isinstance(out, STAGE_TYPES[rule.stage])
    assert repr(data) == before


# Grammar signatures: text a pattern of one of these shapes must contain.
SIGNATURES = ("来源", "页", "〔", "摄", "材料", "记者", "一二三四五六七八九十", "\\u2460", "①", "※", "。！？",
              "[图表]", "附件", "责任编辑", "年", "讲话", "强调", "来自")


def _compiled_patterns(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("compile", "match", "search",
                                                                            "sub", "fullmatch", "findall"):
            if getattr(node.func.value, "id", "") == "re" and node.args:
                found.append(ast.unparse(node.args[0]))
    return found


def test_shape_grammar_is_written_in_booklet_shapes_only():
    offenders = []
    for path in sorted((REPO / "booklet").rglob("*.py")):
        if path == REPO / "booklet" / "shapes.py":
            continue
        for pattern in _compiled_patterns(path):
            if any(sig in pattern for sig in SIGNATURES):
                offenders.append(f"{path.relative_to(REPO)}: {pattern[:60]}")
    assert not offenders, offenders


def test_cleaner_readers_and_check_take_their_shapes_from_booklet_shapes():
    users = ["clean/furniture.py", "clean/headings.py", "clean/headlines.py", "clean/unwrap.py",
             "clean/notes.py", "clean/captions.py", "readers/markdown.py", "readers/pdf/furniture.py",
             "readers/pdf/roles.py", "suspicious.py"]
    for name in users:
        source = (REPO / "booklet" / name).read_text(encoding="utf-8")
        assert "from booklet.shapes import" in source, name


def test_progress_hears_each_switched_on_rule_in_order():
    said: list[str] = []
    clean(raw_lines(SEEDS[0].read_text(encoding="utf-8")), {"headings": False}, progress=said.append)
    named = [s.rsplit("(", 1)[1].rstrip(")") for s in said]
    assert named == [rule.name for rule in RULES if rule.default and rule.name != "headings"]
    assert said[0] == f"cleaning: step 1/{len(RULES)} (columns)"


def test_cleaning_pauses_the_cycle_collector_and_leaves_it_as_it_found_it():
    import gc

    from booklet.errors import InputError
    text = "标题\n\n第一段的正文。\n"
    running: list[bool] = []
    clean(raw_lines(text), progress=lambda _: running.append(gc.isenabled()))
    assert running and not any(running)   # paused while the rules run
    assert gc.isenabled()
    with pytest.raises(InputError):
        clean(raw_lines(text), {"no_such_rule": True})
    assert gc.isenabled()                  # resumed after a failure too
    gc.disable()
    try:
        clean(raw_lines(text))
        assert not gc.isenabled()          # a caller's own pause is kept
    finally:
        gc.enable()
