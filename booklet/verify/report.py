"""What ``booklet verify`` found: plain data, rendered by ``render`` as text, Markdown, HTML or JSON.

Every user-facing sentence is built in exactly one place below (or in the
HTML template), with named fields, in the interface language of the moment
(``booklet.i18n``): the data stays in codes (``exact``, ``missing``) and only
the wording is translated, so JSON is the same in every language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from booklet.i18n import N_, _, ngettext

VERDICTS = ("exact", "differs", "not_found")


@dataclass(frozen=True, slots=True)
class TextRef:
    """A text as a person finds it: 「sources/000.txt（材料1）」, article 13, line 42."""

    label: str
    title: str
    kind: str                  # "article" or "reference"
    number: int | None = None  # place in the booklet (articles)
    line: int | None = None    # where the passage starts, when known

    def describe(self) -> str:
        """「article 2「习近平：加强基础研究…」」 or 「reference refs/x.txt「…」」."""
        title = shorten(self.title)
        if self.kind == "article" and self.number is not None:
            return say("article", number=self.number, title=title)
        return say("reference", label=self.label, title=title)

    def at(self) -> str:
        """``label:line`` (or just the label)."""
        return f"{self.label}:{self.line}" if self.line else self.label


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference between two versions, in their original characters.

    ``ours``/``theirs`` are what each version reads at this place (one may be
    empty: a missing or extra piece), with a few characters of context each
    side; ``kind`` is missing/extra/substitution as seen from ``ours`` (a quotation that
    dropped words is "missing" them);
    ``chars`` says what differs (punctuation, digit, latin, text).
    ``better`` names the version with the better reading ("ours"/"theirs")
    when the other is plainly an extraction loss, with the reason.
    """

    kind: str
    chars: str
    ours: str
    theirs: str
    before: str
    after: str
    our_line: int | None
    their_line: int | None
    better: str | None = None
    reason: str | None = None

    def describe(self) -> str:
        """One line: 「…第一颗6[G]卫星… ↔ …第一颗6[]卫星… (line 46 / line 50)」."""
        return say("difference", what=self.what(), before=self.before, ours=self.ours,
                   theirs=self.theirs, after=self.after, our_line=self.our_line or "?",
                   their_line=self.their_line or "?")

    def what(self) -> str:
        """「missing Latin letters」."""
        return kind_words(self.kind, self.chars)

    def suggestion(self) -> str | None:
        """「suggest …6G卫星… (a dropped Latin letter or digit)」, when one reading is better."""
        if self.better is None:
            return None
        reading = self.ours if self.better == "ours" else self.theirs
        reason = _(REASON_WORDS[self.reason]) if self.reason in REASON_WORDS else ""
        return say("suggest", before=self.before, reading=reading, after=self.after,
                   reason=reason)


@dataclass(frozen=True, slots=True)
class SameText:
    """Two versions of one text: ``second`` repeats (or is declared a copy of) ``first``."""

    first: TextRef
    second: TextRef
    share: float               # characters of the shorter found in the other, 0–1
    differences: tuple[Difference, ...]
    declared: bool = False     # from ``compare_with:`` rather than found

    def warning(self) -> str:
        """The one line ``check`` and ``build`` print."""
        count = len(self.differences)
        return ngettext("{second} repeats {first} ({percent}, {count} difference)",
                        "{second} repeats {first} ({percent}, {count} differences)", count).format(
            second=self.second.label, first=self.first.describe(), percent=percent(self.share),
            count=count)


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """The verdict on one quotation."""

    article: TextRef           # where the quotation is (line: its first line)
    kind: str                  # "block", "compilation", "inline"
    quotation: str             # as printed
    attribution: str | None
    verdict: str               # one of VERDICTS
    found_in: TextRef | None = None
    similarity: float = 0.0
    differences: tuple[Difference, ...] = ()
    elsewhere: TextRef | None = None  # not found where the attribution says, but here
    short: bool = False        # matched exactly only

    def summary(self) -> str:
        """One line for the verdict."""
        where = self.found_in.describe() if self.found_in else ""
        if self.verdict == "exact":
            return say("exact", where=where)
        if self.verdict == "differs":
            count = len(self.differences)
            return ngettext("found with {count} difference in {where} ({percent})",
                            "found with {count} differences in {where} ({percent})",
                            count).format(count=count, where=where,
                                          percent=percent(self.similarity))
        if self.elsewhere is not None and self.attribution:
            return say("elsewhere", attribution=self.attribution, where=self.elsewhere.describe())
        if self.elsewhere is not None:
            return say("quoted_only", where=self.elsewhere.describe())
        return say("not_found_short" if self.short else "not_found")


@dataclass(slots=True)
class VerifyReport:
    """Everything ``booklet verify`` found."""

    same_texts: list[SameText] = field(default_factory=list)
    quotations: list[QuoteCheck] = field(default_factory=list)
    articles: int = 0
    references: int = 0
    title: str = ""            # the booklet's title, for the report's heading

    def counts(self) -> dict[str, int]:
        """Number of quotations per verdict."""
        return {v: sum(1 for q in self.quotations if q.verdict == v) for v in VERDICTS}

    def summary_line(self) -> str:
        """``verify: 25 quotations — 19 exact, 1 differs, 5 not found``."""
        counts, total = self.counts(), len(self.quotations)
        return ngettext("verify: {total} quotation — {exact} exact, {differs} differs, "
                        "{not_found} not found",
                        "verify: {total} quotations — {exact} exact, {differs} differs, "
                        "{not_found} not found", total).format(
            total=total, exact=counts["exact"], differs=counts["differs"],
            not_found=counts["not_found"])

    @property
    def clean(self) -> bool:
        """True when nothing differs and everything was found."""
        counts = self.counts()
        return not counts["differs"] and not counts["not_found"] \
            and not any(s.differences for s in self.same_texts)

    def as_dict(self) -> dict:
        """A JSON-ready dictionary (``--format json``)."""
        return {"summary": {"quotations": len(self.quotations), **self.counts(),
                            "same_texts": len(self.same_texts), "articles": self.articles,
                            "references": self.references},
                "same_texts": [asdict(s) for s in self.same_texts],
                "quotations": [asdict(q) for q in self.quotations]}


# ---------------------------------------------------------------- wording ---

TITLE_CHARS = 14  # enough of a title to recognise it in a one-line warning


def shorten(title: str) -> str:
    """A title cut to ``TITLE_CHARS`` characters with 「…」."""
    return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS] + "…"


def percent(share: float) -> str:
    """``99.6 %``; a share short of 1 never shows as 100 %."""
    value = share * 100
    text = f"{value:.1f}"
    if share < 1 and text == "100.0":
        text = "99.9"
    return f"{text} %"


# Every sentence of the report, marked for the catalog and translated where it is used
# (``say``); counted ones are written out with ``ngettext`` in the methods above.
MESSAGES: dict[str, str] = {
    "article": N_("article {number}「{title}」"),
    "reference": N_("reference {label}「{title}」"),
    "difference": N_("{what}: …{before}[{ours}]{after}… ↔ …{before}[{theirs}]{after}… "
                     "(line {our_line} / line {their_line})"),
    "suggest": N_("suggest …{before}{reading}{after}… ({reason})"),
    "exact": N_("found exactly in {where}"),
    "elsewhere": N_("not found in a text of {attribution}; the passage is in {where}"),
    "quoted_only": N_("not found in a source text; the passage is quoted in {where}"),
    "not_found": N_("not found in the project's texts"),
    "not_found_short": N_("not found exactly in the project's texts (short quotations are "
                          "matched exactly only)"),
}
# What a difference is, seen from the quotation (or the first version): the kind of edit
# with what it is made of in ``{chars}`` — one sentence each, so a language may order them.
KIND_WORDS = {"missing": N_("missing {chars}"), "extra": N_("extra {chars}"),
              "substitution": N_("different {chars}")}
CHAR_WORDS = {"punctuation": N_("punctuation"), "digit": N_("digits"),
              "latin": N_("Latin letters"), "text": N_("characters")}
REASON_WORDS = {"latin": N_("the other version dropped a Latin letter or digit"),
                "page_break": N_("the other version lost characters at a page break")}


def say(name: str, **fields: object) -> str:
    """Message ``name`` of ``MESSAGES`` in the interface language, its fields filled in."""
    return _(MESSAGES[name]).format(**fields)


def kind_words(kind: str, chars: str) -> str:
    """「missing Latin letters」: what a difference is, in the interface language."""
    return _(KIND_WORDS[kind]).format(chars=_(CHAR_WORDS[chars]))
