"""Citations as verification reads them: dates, attributions, occasions, speakers.

The patterns are the shape grammar's (``booklet.shapes``, section "dates, occasions and
speakers as cited"); here they become values — a ``PartialDate``, the ``Source`` an
attribution names — so the quotation finder, the text metadata and the tests agree on what
「——在…上的讲话（2023年2月21日）」 or 「习近平总书记在…上强调：“…”」 mean.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from booklet.shapes import (ANAPHORIC_OPENINGS, BRACKETED_DATE_RE, CITED_ATTRIBUTION_END_RE,
                            CITED_ATTRIBUTION_HEAD_RE, CITED_ATTRIBUTION_MAX_CHARS,
                            CITED_DATE_CN_RE, CITED_DATE_ISO_RE, OCCASION_NOISE_RE, OCCASION_RE,
                            SPEAKER_OPENING_RE, SPEECH_WORD_RE, STOP_RE)


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date as precise as the text gives it: year, year-month or year-month-day."""

    year: int
    month: int | None = None
    day: int | None = None

    def covers(self, other: "PartialDate") -> bool:
        """True when ``other`` falls within this (possibly coarser) date."""
        return (self.year == other.year
                and (self.month is None or self.month == other.month)
                and (self.day is None or self.day == other.day))

    def as_date(self) -> _dt.date | None:
        """The calendar day, when the date names one."""
        if self.month is None or self.day is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def __str__(self) -> str:
        text = f"{self.year}年"
        if self.month is not None:
            text += f"{self.month}月"
            if self.day is not None:
                text += f"{self.day}日"
        return text




def _date_of(match: re.Match[str]) -> PartialDate | None:
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return PartialDate(year, month, day)


def find_dates(text: str) -> list[PartialDate]:
    """Every 「2023年2月21日」/「2020年9月」/``2023-02-21`` date in ``text``, in order.

    A bare year (「2035年」) is no date here: it is far more often a target
    than the day something was said.
    """
    found = [(m.start(), _date_of(m)) for m in CITED_DATE_CN_RE.finditer(text)]
    found += [(m.start(), _date_of(m)) for m in CITED_DATE_ISO_RE.finditer(text)]
    return [d for _, d in sorted(found, key=lambda pair: pair[0]) if d is not None]


def parse_date(text: str | None) -> PartialDate | None:
    """The first date in ``text`` (manifest values, 来源 dates), or None."""
    dates = find_dates(text or "")
    return dates[0] if dates else None


# ---------------------------------------------------------------- occasions ---



def occasion_key(text: str) -> str:
    """An occasion folded for comparison: no spaces, quotes or book-title marks."""
    return OCCASION_NOISE_RE.sub("", text).strip("、，,")


def find_occasion(text: str) -> str | None:
    """The occasion named in 「在二十届中央政治局第三次集体学习时的讲话」, or None."""
    for match in OCCASION_RE.finditer(text):
        occasion = match.group(1).strip().strip("、，,")
        if not occasion.startswith(ANAPHORIC_OPENINGS):
            return occasion
    return None


# ------------------------------------------------------------- attributions ---

@dataclass(frozen=True, slots=True)
class Source:
    """Where a quotation says it comes from: the attribution's date and occasion."""

    text: str
    date: PartialDate | None = None
    occasion: str | None = None

    @property
    def names_anything(self) -> bool:
        """True when the attribution names a date or an occasion to check against."""
        return self.date is not None or self.occasion is not None


def parse_attribution(text: str) -> Source | None:
    """「——在…上的讲话（2023年2月21日）」 → its date and occasion; None for other text.

    An attribution is one phrase: no sentence inside it, and it ends in its
    date, a closing bracket or the kind of text (讲话, 贺信 …).  A dash-led list
    item 「——坚持“四个面向”，…。」 is none.
    """
    if not CITED_ATTRIBUTION_HEAD_RE.match(text) or len(text) > CITED_ATTRIBUTION_MAX_CHARS:
        return None
    body = CITED_ATTRIBUTION_HEAD_RE.sub("", text).strip()
    if STOP_RE.search(body) or not CITED_ATTRIBUTION_END_RE.search(body):
        return None
    date = parse_date(body)
    occasion = find_occasion(body)
    if date is None and occasion is None and not SPEECH_WORD_RE.search(body):
        return None
    return Source(text=text.strip(), date=date, occasion=occasion)


def is_bracketed_date(text: str) -> bool:
    """「（2023年2月21日）」 alone: the tail of an attribution wrapped onto its own line."""
    return BRACKETED_DATE_RE.match(text) is not None


def note_source(text: str) -> Source | None:
    """A ※ note or subtitle naming the speech: 「※这是习近平总书记2023年2月21日在…时的讲话。」."""
    date = parse_date(text)
    occasion = find_occasion(text)
    if date is None and occasion is None:
        return None
    return Source(text=text.strip(), date=date, occasion=occasion)


# ---------------------------------------------------------- inline speakers ---

@dataclass(frozen=True, slots=True)
class InlineOpening:
    """Where a speaker's quotation opens in a paragraph: the “ and the words before it."""

    quote_start: int   # index of the opening “
    context: str       # the sentence up to the verb: speaker, occasion, date


def inline_openings(text: str) -> list[InlineOpening]:
    """Every 「习近平指出，“」 / 「他强调：“」 in ``text``."""
    out: list[InlineOpening] = []
    for match in SPEAKER_OPENING_RE.finditer(text):
        sentence_start = max(text.rfind(end, 0, match.start()) for end in "。！？；") + 1
        out.append(InlineOpening(match.end() - 1, text[sentence_start:match.end()]))
    return out


def inline_source(context: str) -> Source:
    """The date and occasion the words before an inline quotation name (either may be None);
    its text is just those two, 「2020年9月 科学家座谈会」."""
    date, occasion = parse_date(context), find_occasion(context)
    text = " ".join(part for part in (str(date) if date else "", occasion or "") if part)
    return Source(text=text, date=date, occasion=occasion)
