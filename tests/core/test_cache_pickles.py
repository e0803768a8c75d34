"""A cleaned source as the cache stores it: the same result read back, every node and report
record pickled as its class and field values (``model.pickled_by_fields``), not as a state."""

from __future__ import annotations

import pickle
import pickletools
from dataclasses import is_dataclass
from pathlib import Path

from booklet import model
from booklet.cache import dump
from booklet.sources import load_source

ROOT = Path(__file__).resolve().parents[2]


def test_a_cleaned_source_comes_back_from_the_cache_bytes_the_same() -> None:
    result = load_source(ROOT / "sources" / "002_c555cb9c51b4d844.txt")
    assert result.report.changes and result.document.articles   # (something of each to carry)
    data = dump(result)
    assert pickle.loads(data) == result
    opcodes = {op.name for op, _arg, _pos in pickletools.genops(data)}
    assert "BUILD" not in opcodes   # no node restored from a state (dataclasses' slow path)


def test_every_node_of_the_model_pickles_by_its_fields() -> None:
    nodes = [value for value in vars(model).values()
             if isinstance(value, type) and is_dataclass(value) and value.__module__ == model.__name__]
    assert len(nodes) > 10 and all("__reduce__" in vars(node) for node in nodes)
    booklet = model.Booklet("学习专刊", (), layout_overrides={"a": 1})
    note = model.FootnoteRef("①")
    assert pickle.loads(pickle.dumps(booklet)) == booklet and pickle.loads(pickle.dumps(note)) == note
