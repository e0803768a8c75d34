"""Test helpers: assemble RawLines into Markdown by their hints alone, and score it.

The assembly uses only the reader's hints (``para_start``, ``role``), so the
PDF tests measure the reader independently of the cleaner's own heuristics.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from booklet.rawlines import RawLine, Role

SCORE_PY = Path(__file__).resolve().parents[1] / "data" / "score.py"
SENTENCE_END = tuple("。！？”")


def assemble(lines: list[RawLine]) -> str:
    """Blocks split where the hints say so (unknown: after a sentence end); page furniture
    the reader marked is left out."""
    lines = [line for line in lines if line.role is not Role.FURNITURE]
    blocks: list[str] = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        new = line.para_start is True or prev is None or line.role != prev.role or (
            line.para_start is None and prev.text.endswith(SENTENCE_END))
        if new:
            prefix = "# " if line.role in (Role.TITLE, Role.HEADING) else ""
            blocks.append(prefix + line.text)
        else:
            blocks[-1] += line.text
    return "\n\n".join(blocks) + "\n"


def load_scorer():
    """The gold scorer (a copy of the shared ``score.py``, see tests/data/README.md) as a module."""
    if "booklet_score" not in sys.modules:
        spec = importlib.util.spec_from_file_location("booklet_score", SCORE_PY)
        module = importlib.util.module_from_spec(spec)
        sys.modules["booklet_score"] = module
        spec.loader.exec_module(module)
    return sys.modules["booklet_score"]


def boundary_f1(pred_md: str, gold_md: str) -> dict:
    """The scorer's metrics plus ``f1`` for block boundaries."""
    score = load_scorer()
    metrics = score.compare(score.Doc(pred_md), score.Doc(gold_md))
    b = metrics["boundary"]
    metrics["f1"] = score.prf(b["tp"], b["n_pred"], b["n_gold"])[2]
    return metrics
