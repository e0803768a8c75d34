"""The shapes verification reads: dates, attributions, occasions, speaker verbs.

Written once here, like the cleaner's grammar, so the quotation finder, the
text metadata and the tests agree on what 「——在…上的讲话（2023年2月21日）」
or 「习近平总书记在…上强调：“…”」 mean.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache

from booklet.shapes import CN_STOPS



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


_CN_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?\b")


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
    found = [(m.start(), _date_of(m)) for m in _CN_DATE.finditer(text)]
    found += [(m.start(), _date_of(m)) for m in _ISO_DATE.finditer(text)]
    return [d for _, d in sorted(found, key=lambda pair: pair[0]) if d is not None]


def parse_date(text: str | None) -> PartialDate | None:
    """The first date in ``text`` (manifest values, 来源 dates), or None."""
    dates = find_dates(text or "")
    return dates[0] if dates else None


# ---------------------------------------------------------------- occasions ---

# 「在…上/时/中/期间」: the occasion a speech was given at.  The closing word must
# end the phrase (「上的讲话」, 「时强调」, 「中指出」, 「上，」), so 「在上海出席…」 and
# 「在二十届中央…」 do not end early.
_OCCASION = re.compile(r"在([^，。；！？“”（）()]{2,60}?)(?:上|时|中|期间)"
                       r"(?=的|发表|作|所作|强调|指出|表示|说|讲|提出|要求|，|,|：|:|（|\(|、|重要|$)")
_OCCASION_NOISE = re.compile(r"\s+|[“”\"'‘’《》]")
# 「在这篇重要文章中」, 「在此次会议上」: pointing back at a text, naming no occasion.
_ANAPHORIC = ("这", "此", "该", "那", "本", "上述")


def occasion_key(text: str) -> str:
    """An occasion folded for comparison: no spaces, quotes or book-title marks."""
    return _OCCASION_NOISE.sub("", text).strip("、，,")


def find_occasion(text: str) -> str | None:
    """The occasion named in 「在二十届中央政治局第三次集体学习时的讲话」, or None."""
    for match in _OCCASION.finditer(text):
        occasion = match.group(1).strip().strip("、，,")
        if not occasion.startswith(_ANAPHORIC):
            return occasion
    return None


# ------------------------------------------------------------- attributions ---

# A line that says where a quotation comes from: a leading dash, then an occasion,
# a speech word or a date.  The cleaner marks most of them as ``Attribution``
# blocks; this shape also recognises one it left as a paragraph.
_ATTRIBUTION_HEAD = re.compile(r"^\s*[—－\-]{1,2}\s*(?=\S)")
_SPEECH_WORD = re.compile(r"讲话|发言|致辞|贺信|回信|报告|指示|批示|讲|强调|指出|文章|会议")
ATTRIBUTION_MAX_CHARS = 90  # a wrapped attribution is still one line's worth of words
_SENTENCE_INSIDE = re.compile(f"[{CN_STOPS}]")
_ATTRIBUTION_END = re.compile(r"(?:[）)]|日|讲话|发言|致辞|贺信|回信|报告|指示|批示|文章|强调|指出)$")
_BRACKETED_DATE = re.compile(r"^\s*[（(]\s*[^（）()]{0,12}?\d{4}\s*年[^（）()]{0,12}[）)]\s*$")


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
    if not _ATTRIBUTION_HEAD.match(text) or len(text) > ATTRIBUTION_MAX_CHARS:
        return None
    body = _ATTRIBUTION_HEAD.sub("", text).strip()
    if _SENTENCE_INSIDE.search(body) or not _ATTRIBUTION_END.search(body):
        return None
    date = parse_date(body)
    occasion = find_occasion(body)
    if date is None and occasion is None and not _SPEECH_WORD.search(body):
        return None
    return Source(text=text.strip(), date=date, occasion=occasion)


def is_bracketed_date(text: str) -> bool:
    """「（2023年2月21日）」 alone: the tail of an attribution wrapped onto its own line."""
    return _BRACKETED_DATE.match(text) is not None


def note_source(text: str) -> Source | None:
    """A ※ note or subtitle naming the speech: 「※这是习近平总书记2023年2月21日在…时的讲话。」."""
    date = parse_date(text)
    occasion = find_occasion(text)
    if date is None and occasion is None:
        return None
    return Source(text=text.strip(), date=date, occasion=occasion)


# ---------------------------------------------------------- inline speakers ---

SPEECH_VERBS = ("深刻指出", "明确指出", "鲜明指出", "指出", "特别强调", "再次强调", "反复强调",
                "进一步强调", "强调", "表示", "要求", "提出", "说过", "说", "讲", "阐述",
                "寄语", "号召", "告诫", "勉励", "希望")
_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_TITLES = r"(?:总书记|同志|主席|总理|委员长|书记|部长)"
SPEAKER_GAP_CHARS = 60  # 「习近平总书记在…大会上作出全面部署，强调“…”」: an occasion between


@cache
def _inline_pattern() -> re.Pattern[str]:
    """Speaker, words, speech verb, opening mark.  A speaker is a title, a pronoun, or a name:
    a common surname and one or two characters (the surname table is the cleaner's)."""
    from booklet.shapes import SURNAMES

    surname = "[" + "".join(sorted(SURNAMES)) + "]"
    speaker = rf"(?:{surname}[\u4e00-\u9fff]{{1,2}}{_TITLES}?|{_TITLES}|他|她)"
    return re.compile(rf"({speaker})([^{CN_STOPS}“”]{{0,{SPEAKER_GAP_CHARS}}}?)({_VERB})[，,：:]?\s*“")


@dataclass(frozen=True, slots=True)
class InlineOpening:
    """Where a speaker's quotation opens in a paragraph: the “ and the words before it."""

    quote_start: int   # index of the opening “
    context: str       # the sentence up to the verb: speaker, occasion, date


def inline_openings(text: str) -> list[InlineOpening]:
    """Every 「习近平指出，“」 / 「他强调：“」 in ``text``."""
    out: list[InlineOpening] = []
    for match in _inline_pattern().finditer(text):
        sentence_start = max(text.rfind(end, 0, match.start()) for end in "。！？；") + 1
        out.append(InlineOpening(match.end() - 1, text[sentence_start:match.end()]))
    return out


def inline_source(context: str) -> Source:
    """The date and occasion the words before an inline quotation name (either may be None);
    its text is just those two, 「2020年9月 科学家座谈会」."""
    date, occasion = parse_date(context), find_occasion(context)
    text = " ".join(part for part in (str(date) if date else "", occasion or "") if part)
    return Source(text=text, date=date, occasion=occasion)
