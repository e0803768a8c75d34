"""The "nothing lost" guard: every character the reader gave the cleaner is accounted for.

Each non-space character of the typed lines must be in the cleaned document (titles,
kickers, subtitles, bylines, 来源 lines, blocks, footnote labels and bodies), or in the
cleaner's report: removed (a page number, a running head …) or replaced by a recorded
change (``,`` → ``，``).  The check is a count per character — in = out + removed + old − new —
so it is exact and linear.  White space is not counted: joining lines changes it by design.
There is no exclusion list: a ``#`` or ``*`` in the text counts like any other character.

``booklet clean --verify`` runs it for users; with ``BOOKLET_VERIFY=1`` in the environment
every cleaning runs it and raises ``LostText`` on a mismatch (the test suite sets it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from booklet.errors import BuildError
from booklet.i18n import _
from booklet.model import Document, block_text, plain_text
from booklet.rawlines import RawLine
from booklet.report import SHOWN_CHARACTERS, Imbalance, Report


class LostText(BuildError):
    """Cleaning lost (or invented) characters: a bug in a rule, never a property of the input."""


@dataclass(frozen=True, slots=True)
class Accounting:
    """The balance of one cleaning: characters in, and any lost or invented."""

    characters: int
    lost: Counter[str]
    invented: Counter[str]

    @property
    def ok(self) -> bool:
        """Every character is accounted for."""
        return not self.lost and not self.invented

    def describe(self, lines: Sequence[RawLine] = ()) -> str:
        """One line: what went missing (and from which source lines), or what appeared."""
        if self.ok:
            return _("nothing lost: {count} characters accounted for").format(count=self.characters)
        return self.imbalance(lines).describe()

    def imbalance(self, lines: Sequence[RawLine] = ()) -> Imbalance:
        """What is wrong, in no language: the ``SHOWN_CHARACTERS`` most lost and invented
        characters, each lost one with the first of ``lines`` that holds it."""
        lost = tuple((ch, n, next((line.lineno for line in lines if ch in line.text), 0))
                     for ch, n in self.lost.most_common(SHOWN_CHARACTERS))
        invented = tuple(self.invented.most_common(SHOWN_CHARACTERS))
        return Imbalance(lost, invented, max(0, len(self.lost) - len(lost)),
                         max(0, len(self.invented) - len(invented)))


def _count(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text)
    for space in [ch for ch in counts if ch.isspace()]:
        del counts[space]
    return counts


def document_texts(document: Document) -> Iterable[str]:
    """Every piece of text the document holds (derived fields — origin, date — excluded)."""
    for article in document.articles:
        yield from (value for value in (article.title, article.kicker, article.subtitle, article.author,
                                        article.source_line) if value)
        for block in article.blocks:
            yield block_text(block)
        for note in article.footnotes:
            yield note.label
            yield plain_text(note.inlines)


def account(lines: Sequence[RawLine], document: Document, report: Report) -> Accounting:
    """Balance the characters of ``lines`` against ``document`` and the cleaner's ``report``."""
    given = _count(line.text for line in lines)
    expected = given.copy()
    expected.subtract(_count(r.text for r in report.removals))
    expected.subtract(_count(c.old for c in report.changes))
    expected.update(_count(c.new for c in report.changes))
    found = _count(document_texts(document))
    lost = Counter({ch: n - found[ch] for ch, n in expected.items() if n > found[ch]})
    invented = Counter({ch: n - expected[ch] for ch, n in found.items() if n > expected[ch]})
    return Accounting(sum(given.values()), lost, invented)


def check(lines: Sequence[RawLine], document: Document, report: Report) -> None:
    """Raise ``LostText`` unless every character is accounted for."""
    balance = account(lines, document, report)
    if not balance.ok:
        raise lost_text(balance.imbalance(lines))


def lost_text(imbalance: Imbalance, path: Path | None = None) -> LostText:
    """The error for a cleaning that lost or invented characters (of the source at ``path``)."""
    return LostText(_("cleaning {what} (please report it)").format(what=imbalance.describe()), path=path)
