"""Run the rule table: raw lines → lines → blocks → articles → the model document.

Between the stages run three fixed steps that decide nothing themselves: ``to_lines``
reads each line's evidence, ``to_blocks`` joins the groups ``unwrap`` decided (one block
per line when it is off), ``to_articles`` cuts the blocks at the headlines the rules typed.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from booklet.clean import guard
from booklet.clean.articles import to_articles
from booklet.clean.blocks import to_blocks
from booklet.clean.build import to_document
from booklet.clean.layout import forget_measured
from booklet.clean.lines import to_lines
from booklet.clean.stages import Lines
from booklet.clean.table import RULE_NAMES, RULES
from booklet.errors import InputError
from booklet.i18n import _
from booklet.model import Document
from booklet.rawlines import RawLine
from booklet.report import Report


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaner's product: the document and the report of every removal, change and decision."""

    document: Document
    report: Report


_DEFAULTS = {rule.name: rule.default for rule in RULES}


def resolve_rules(rules: Mapping[str, bool] | None) -> dict[str, bool]:
    """All rule switches, defaults filled in; an unknown name is an ``InputError`` listing the known ones."""
    chosen = dict(_DEFAULTS)
    for name, value in (rules or {}).items():
        if name not in chosen:
            raise InputError(_("unknown cleaning rule '{name}' (known: {known})").format(
                name=name, known=", ".join(RULE_NAMES)), key="clean")
        chosen[name] = bool(value)
    return chosen


def clean(lines: Sequence[RawLine], rules: Mapping[str, bool] | None = None,
          source: Path | None = None, verify: bool | None = None,
          progress: Callable[[str], None] | None = None) -> Cleaned:
    """Clean a reader's lines into a document, running every switched-on rule in table order.

    With ``verify`` (default: ``BOOKLET_VERIFY=1`` in the environment) the nothing-lost guard
    checks the result and raises ``LostText`` when a character went missing.  ``progress``,
    when given, hears the name of each rule as it starts (a large source takes a while).
    """
    with collector_paused():
        return _clean(lines, rules, source, verify, progress)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the block (it runs again after, if it ran before).

    The cleaner makes a few objects per line of a source (a ``Line``, a block, the model's nodes)
    and no reference cycles: reference counting frees each one as soon as the next stage replaces
    it.  The cycle collector, started by the count of allocations alone, would walk every object
    still alive again and again — a quarter of the cleaning time of a 2 MB source.  A cycle made
    meanwhile (none is known) is collected at the first collection after.
    """
    if not gc.isenabled():   # (a caller paused it already: leave it as it was)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _clean(lines: Sequence[RawLine], rules: Mapping[str, bool] | None, source: Path | None,
           verify: bool | None, progress: Callable[[str], None] | None) -> Cleaned:
    on = resolve_rules(rules)
    report = Report()
    data: Any = lines if isinstance(lines, list) else list(lines)  # (rules never change it)
    stage = "raw"
    try:
        for number, rule in enumerate(RULES, 1):
            if rule.stage != stage:
                data, stage = _advance(data, stage, rule.stage, report)
            if on[rule.name]:
                if progress:
                    progress(_("cleaning: step {number}/{total} ({rule})").format(
                        number=number, total=len(RULES), rule=rule.name))
                data = rule.apply(data, report.log(rule.name))
        data, stage = _advance(data, stage, "done", report)
    finally:
        forget_measured()   # (speed83: the typical measure's memo holds no cleaning's lines past it)
    document = to_document(data, source)
    if verify if verify is not None else os.environ.get("BOOKLET_VERIFY") == "1":
        guard.check(lines, document, report)
    return Cleaned(document, report)


def _advance(data: Any, stage: str, target: str, report: Report) -> tuple[Any, str]:
    """Run the fixed steps from ``stage`` up to ``target``."""
    order = ("raw", "lines", "blocks", "articles", "done")
    while order.index(stage) < order.index(target):
        if stage == "raw":
            data = Lines(to_lines(data))
        elif stage == "lines":
            data = to_blocks(data, report.log("unwrap"))
        elif stage == "blocks":
            data = to_articles(data, report.log("split_articles"))
        stage = order[order.index(stage) + 1]
    return data, stage
