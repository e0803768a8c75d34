"""Parse a 来源 line into origin and date.

``来源：《人民日报》（2024年06月25日02版）`` → origin ``《人民日报》``, date ``2024-06-25``;
``来源 | 求是网`` → origin ``求是网``; ``（来源：新华社，2026年4月30日）`` → ``新华社``, ``2026-04-30``.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"^[（(]?\s*来源\s*[：:|｜]\s*")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ORIGIN_END = re.compile(r"[，,（(）)\s]")


def parse_source(line: str) -> tuple[str | None, str | None]:
    """(origin, ISO date) found in a 来源 line; either may be None."""
    rest = _HEAD.sub("", line.strip())
    rest = re.sub(r"[）)]$", "", rest) if line.strip().startswith(("（", "(")) else rest
    cut = _ORIGIN_END.search(rest)
    origin = (rest[:cut.start()] if cut else rest).strip() or None
    date = _DATE.search(rest)
    iso = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else None
    return origin, iso
