"""The cleaner: a reader's typed lines → a ``Document`` of articles, by a declared table of rules.

``booklet.clean.table.RULES`` lists every rule in the order it runs, with its stage and a
one-line description (``booklet clean --rules`` prints it); ``booklet.clean.pipeline``
runs it.  Every rule can be switched off per source (manifest ``clean: {merge_titles: false}``).
The grammar the rules match against (numbered headings, page numbers, 来源 lines, note
markers …) lives in ``booklet.shapes``; the thresholds they compare with are named
constants in each rule's module.  ``booklet.clean.guard`` checks that nothing was lost.

The source loader (``booklet.sources``) is the only caller in the product: readers read,
the loader cleans once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

from booklet.clean.pipeline import Cleaned, clean, resolve_rules
from booklet.clean.table import RULE_NAMES, RULES, Rule
from booklet.i18n import _
from booklet.model import Document
from booklet.rawlines import RawLine
from booklet.report import Report

__all__ = ["Cleaned", "RULES", "RULE_NAMES", "Rule", "clean", "clean_lines", "describe_rules",
           "resolve_rules"]


def describe_rules() -> str:
    """The rule table as ``booklet clean --rules`` prints it: one rule a line, in order."""
    width = max(len(rule.name) for rule in RULES)
    rows = [f"{k:2d}. {rule.name:<{width}}  {rule.stage:<8} {'on ' if rule.default else 'off'}  {_(rule.summary)}"
            for k, rule in enumerate(RULES, 1)]
    return "\n".join(rows) + "\n"


def clean_lines(lines: Sequence[RawLine], report: Report, *, rules: Mapping[str, bool] | None = None,
                source: Path | None = None) -> Document:
    """``clean`` for callers that collect entries in their own report: returns the document."""
    cleaned = clean(lines, rules, source)
    report.extend(cleaned.report)
    return cleaned.document
