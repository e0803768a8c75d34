"""What cleaning removed or changed, line by line, for ``booklet clean --report``.

The "nothing lost" guarantee is checked against this: every non-whitespace
character of the input is either in the output or in a ``Removal`` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from booklet.i18n import _


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of input text the cleaner dropped (page number, running header …)."""

    lineno: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Change:
    """An in-place normalisation (``,`` → ``，``, ``2023 年`` → ``2023年``)."""

    lineno: int
    before: str
    after: str
    rule: str


@dataclass(slots=True)
class Report:
    """Collects removals and changes in the order rules make them."""

    removals: list[Removal] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def removed(self, lineno: int, text: str, rule: str) -> None:
        """Record that ``text`` from line ``lineno`` was dropped by ``rule``."""
        self.removals.append(Removal(lineno, text, rule))

    def changed(self, lineno: int, before: str, after: str, rule: str) -> None:
        """Record that ``before`` became ``after`` on line ``lineno``."""
        self.changes.append(Change(lineno, before, after, rule))

    def format(self) -> str:
        """Human-readable listing, one entry per line, sorted by line number."""
        removed, changed = _("removed"), _("changed")
        rows = [(r.lineno, f"{r.lineno}: {removed} [{r.rule}] {r.text!r}") for r in self.removals]
        rows += [(c.lineno, f"{c.lineno}: {changed} [{c.rule}] {c.before!r} -> {c.after!r}")
                 for c in self.changes]
        return "\n".join(text for _, text in sorted(rows, key=lambda r: r[0]))
