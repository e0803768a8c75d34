"""What reading and cleaning removed, changed and decided, for ``booklet clean --report``.

Three kinds of entry (plain records, never changed once made — not frozen only because
frozen dataclasses are slow to build, and a long source has thousands of normalisations),
each with the source line it concerns and the rule that made it:

- ``Removal``: text taken out (a page number, a running head, web boilerplate);
- ``Change``: text replaced in place (``,`` → ``，``, ``2023 年`` → ``2023年``), with its
  context before and after;
- ``Decision``: a structural step that loses nothing — a paragraph joined across a page
  break, a wrapped title merged, a footnote or caption moved, an article split.

The "nothing lost" guard (``booklet.clean.guard``) accounts for every character of the
input with the removals and changes; decisions only tell a reviewer where to look.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from booklet.i18n import N_, _
from booklet.model import pickled_by_fields

# How many line numbers a grouped normalisation lists before "…".
LINES_SHOWN = 5
# Characters of a text a report entry quotes.
EXCERPT_CHARS = 16


def excerpt(text: str, tail: bool = False) -> str:
    """The first (or, with ``tail``, the last) few characters of ``text``, with … where cut."""
    if len(text) <= EXCERPT_CHARS:
        return text
    return "…" + text[-EXCERPT_CHARS:] if tail else text[:EXCERPT_CHARS] + "…"


@pickled_by_fields
@dataclass(slots=True)
class Removal:
    """A piece of input text the cleaner dropped (page number, running header …); ``where``
    says more about its place when a line number alone does not (``page 3``)."""

    lineno: int
    text: str
    rule: str
    where: str = ""


@pickled_by_fields
@dataclass(slots=True)
class Change:
    """An in-place normalisation: ``before`` became ``after`` (both with a little context);
    ``old`` → ``new`` is the replaced text itself."""

    lineno: int
    before: str
    after: str
    rule: str
    old: str = ""
    new: str = ""


# Characters a lost-text message names before it stops.
SHOWN_CHARACTERS = 8


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Imbalance:
    """What the nothing-lost guard found wrong in one cleaning, in no language (a source's cached
    result keeps it, and a build in either language words it): the characters lost, most first,
    each with its count and the first source line holding it (0: none), and the ones invented."""

    lost: tuple[tuple[str, int, int], ...] = ()
    invented: tuple[tuple[str, int], ...] = ()
    more_lost: int = 0        # lost characters beyond the ``SHOWN_CHARACTERS`` listed
    more_invented: int = 0

    def describe(self) -> str:
        """One line: what went missing (and from which source lines), and what appeared."""
        parts = []
        if self.lost:
            parts.append(_("lost {characters}").format(characters=_listing(self.lost, self.more_lost)))
        if self.invented:
            shown = tuple((ch, n, 0) for ch, n in self.invented)
            parts.append(_("invented {characters}").format(characters=_listing(shown, self.more_invented)))
        return "; ".join(parts)


def _listing(counts: tuple[tuple[str, int, int], ...], more: int) -> str:
    shown = [f"{ch!r}" + (f" ×{n}" if n > 1 else "") + (" " + _("(line {line})").format(line=where) if where else "")
             for ch, n, where in counts]
    return ", ".join(shown) + (" " + _("and {count} more").format(count=more) if more > 0 else "")


# The actions a decision names (translated when the report is shown).
ACTIONS = (N_("joined"), N_("merged"), N_("moved"), N_("split"), N_("marked"))


@pickled_by_fields
@dataclass(slots=True)
class Decision:
    """A step that moved or joined text without losing any: ``action`` is one of ``ACTIONS``;
    ``detail`` says what, briefly (already in the interface language)."""

    lineno: int
    action: str
    detail: str
    rule: str


@pickled_by_fields
@dataclass(slots=True)
class Report:
    """Collects entries in the order readers and rules make them."""

    removals: list[Removal] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def removed(self, lineno: int, text: str, rule: str, where: str = "") -> None:
        """Record that ``text`` from line ``lineno`` was dropped by ``rule``."""
        self.removals.append(Removal(lineno, text, rule, where))

    def changed(self, lineno: int, before: str, after: str, rule: str, old: str | None = None,
                new: str | None = None) -> None:
        """Record that ``before`` became ``after`` on line ``lineno`` (``old`` → ``new`` the replaced
        text itself, when ``before``/``after`` carry context)."""
        self.changes.append(Change(lineno, before, after, rule, before if old is None else old,
                                   after if new is None else new))

    def decided(self, lineno: int, action: str, detail: str, rule: str) -> None:
        """Record a join, merge, move or split made by ``rule`` at line ``lineno``."""
        self.decisions.append(Decision(lineno, action, detail, rule))

    def extend(self, other: "Report") -> None:
        """Append all of ``other``'s entries."""
        self.removals.extend(other.removals)
        self.changes.extend(other.changes)
        self.decisions.extend(other.decisions)

    def log(self, rule: str) -> "Log":
        """A recorder that files entries under ``rule``."""
        return Log(self, rule)

    def format(self) -> str:
        """Human-readable listing: removals and decisions one per line by line number, then
        normalisations grouped by kind with a count (``',' → '，' ×438 (lines 3, 5, …)``)."""
        removed = _("removed")
        rows = [(r.lineno, f"{r.lineno}: {removed} [{r.rule}] " + (f"{r.where}: " if r.where else "")
                 + repr(r.text)) for r in self.removals]
        rows += [(d.lineno, f"{d.lineno}: {_(d.action)} [{d.rule}] {d.detail}") for d in self.decisions]
        lines = [text for _, text in sorted(rows, key=lambda r: r[0])]
        return "\n".join(lines + self._grouped_changes())

    def _grouped_changes(self) -> list[str]:
        groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for change in self.changes:
            groups[(change.rule, change.old, change.new)].append(change.lineno)
        out = []
        changed = _("changed")
        for (rule, old, new), linenos in sorted(groups.items(), key=lambda g: (min(g[1]), g[0])):
            shown = sorted(set(linenos))
            where = ", ".join(str(n) for n in shown[:LINES_SHOWN]) + (", …" if len(shown) > LINES_SHOWN else "")
            count = f" ×{len(linenos)}" if len(linenos) > 1 else ""
            label = _("line {lines}") if len(shown) == 1 else _("lines {lines}")
            out.append(f"{changed} [{rule}] {old!r} → {new!r}{count} ({label.format(lines=where)})")
        return out


@dataclass(slots=True)
class Log:
    """A rule's view of the report: entries are filed under the rule's name."""

    report: Report
    rule: str

    def removed(self, lineno: int, text: str, where: str = "") -> None:
        """Record a removal."""
        self.report.removed(lineno, text, self.rule, where)

    def changed(self, lineno: int, before: str, after: str, old: str | None = None,
                new: str | None = None) -> None:
        """Record an in-place change."""
        self.report.changed(lineno, before, after, self.rule, old, new)

    def decided(self, lineno: int, action: str, detail: str) -> None:
        """Record a join, merge, move or split."""
        self.report.decided(lineno, action, detail, self.rule)
