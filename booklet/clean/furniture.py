"""Page furniture: page numbers, running headers/footers, web-page boilerplate.

Only lines that are furniture as a whole are removed, and each is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from booklet.clean.lines import Line
from booklet.clean.text import CLAUSE_RE, ends_sentence
from booklet.report import Report

PAGE_NUMBER_RE = re.compile(
    r"^(?:\d{1,4}"
    r"|[-—–－]\s*\d{1,4}\s*[-—–－]|[·•]\s*\d{1,4}\s*[·•]"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")
WEB_BOILERPLATE_RE = re.compile(
    r"^(?:【?责任编辑[：:].*|【纠错】.*|.*【纠错】|分享到[：:]?.*|扫一扫.*|【?打印(?:本页)?】?"
    r"|【?关闭(?:窗口)?】?|【?打印】?\s*【?关闭(?:窗口)?】?|.*字号[：:]\s*大\s*中\s*小.*"
    r"|【字体[：:].*】)$")
_WEB_WORDS = re.compile(r"责任编辑|纠错|分享到|扫一扫|打印|关闭|字号|字体")
_HEADING_SHAPE = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节篇部]|[一二三四五六七八九十]+、"
                            r"|（[一二三四五六七八九十]+）|\d+(?:\.\d+)*\s|材料\s*\d|★)")
_SOURCE_RE = re.compile(r"^[（(]?\s*来源")
# A running head has words in it; "140-147." (a footnote's page range) is not one.
_BYLINE = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number: 26, — 3 —, - 3 -, 第3页, 3/20."""
    return len(text) <= 20 and PAGE_NUMBER_RE.match(text.strip()) is not None


def strip_page_numbers(lines: Sequence[Line], report: Report) -> list[Line]:
    """Drop page-number lines; the line after one starts a new page.

    Before: ``…攻坚。`` / ``主题教育学习资料`` / `` 26`` / ``综合考虑…`` (seed 000);
    after: the ``26`` line is gone and ``综合考虑…`` is marked ``page_start``.
    """
    out: list[Line] = []
    pending = False
    numbered = _numbered_furniture(lines)
    for k, line in enumerate(lines):
        if not line.md_level and (is_page_number(line.text) or k in numbered):
            report.removed(line.lineno, line.text, "strip_furniture")
            pending = True
            if out:
                out[-1].kind = out[-1].kind or "page_end"
            continue
        if pending:
            line.page_start = True
            pending = False
        out.append(line)
    return out


def _numbered_furniture(lines: Sequence[Line]) -> set[int]:
    """Header/footer lines that carry the page number: the same words with a different number
    on three or more pages (``主题教育学习资料  26`` / ``主题教育学习资料  27`` …)."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.text
        if line.width <= 30 and not line.md_level and _DIGIT_RUN.search(text) is not None \
                and _WORDY.search(text) is not None and not ends_sentence(text) and not CLAUSE_RE.search(text) \
                and not _HEADING_SHAPE.match(text):
            found.setdefault(_norm(text), []).append(i)
    out: set[int] = set()
    for where in found.values():
        numbers = {tuple(_DIGIT_RUN.findall(lines[i].text)) for i in where}
        if len(where) >= 3 and len(numbers) >= 3 and _page_spaced(where):
            out.update(where)
    return out


def _page_spaced(where: Sequence[int]) -> bool:
    """Occurrences a page apart: gaps of ten lines or more, most of them near the usual gap
    (numbered titles of short articles, 「标题1号文章」…, come at uneven or short distances)."""
    gaps = sorted(b - a for a, b in zip(where, where[1:]))
    usual = gaps[len(gaps) // 2]
    near = sum(1 for g in gaps if 0.6 * usual <= g <= 1.5 * usual)
    return usual >= 10 and near >= 0.66 * len(gaps)


def mark_page_starts(lines: Sequence[Line]) -> None:
    """Mark page starts from reader hints and from a lone leading space.

    Some extractors put one space before the first line of a page
    (seed 000: `` 济社会发展…``); when that is rare in the file it is a page mark.
    """
    singles = sum(1 for ln in lines if ln.lead_space)
    use_space = 0 < singles <= max(3, len(lines) // 6)
    if lines:
        lines[0].page_start = True  # the first page starts too (its running header is furniture)
    prev_page = None
    for line in lines:
        page = line.raw.page
        if page is not None and prev_page is not None and page != prev_page:
            line.page_start = True
        prev_page = page if page is not None else prev_page
        if use_space and line.lead_space:
            line.page_start = True


_SPACE_RUN = re.compile(r"\s+")
_DIGIT_RUN = re.compile(r"\d+")


def _norm(text: str) -> str:
    return _DIGIT_RUN.sub("#", _SPACE_RUN.sub("", text))


def _candidate(line: Line) -> bool:
    text = line.text
    return (4 <= line.width <= 25 and not line.md_level and _WORDY.search(text) is not None
            and not ends_sentence(text)
            and not _SOURCE_RE.match(text) and not _HEADING_SHAPE.match(text)
            and not CLAUSE_RE.search(text))


def strip_running_heads(lines: Sequence[Line], report: Report) -> list[Line]:
    """Drop running headers/footers: short lines repeated on several pages, or a short
    unpunctuated line that sits alone just before a page number after a finished paragraph.

    Before (seed 000): ``…攻坚。`` / ``主题教育学习资料`` / ``26``; after: ``…攻坚。``.
    """
    counts = Counter(_norm(ln.text) for ln in lines if _candidate(ln))
    # a two-page document repeats its header only twice: enough when both sit at page breaks
    at_breaks = Counter(_norm(ln.text) for i, ln in enumerate(lines)
                        if _candidate(ln) and _near_page_break(lines, i))
    drop: set[int] = set()
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not _candidate(line):
            continue
        key = _norm(line.text)
        first = key not in seen  # only the first occurrence can be the title the header repeats
        seen.add(key)
        repeated = counts[key] >= 3 or counts[key] == at_breaks[key] == 2
        if repeated and _near_page_break(lines, i) and not (first and _opens_article(lines, i)):
            drop.add(i)
        elif line.kind == "page_end" and i > 0 and ends_sentence(lines[i - 1].text) \
                and line.blanks_before >= 1:
            drop.add(i)
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i in drop:
            report.removed(line.lineno, line.text, "strip_furniture")
            if i + 1 < len(lines):
                lines[i + 1].page_start = True
            continue
        out.append(line)
    return out


def _opens_article(lines: Sequence[Line], i: int) -> bool:
    """A title line followed by its 来源 line or a byline is the article, not a running head
    (a header may repeat the title on every page; the title itself stays)."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return bool(_SOURCE_RE.match(nxt)) or _BYLINE.match(nxt) is not None


def _near_page_break(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    if line.page_start or line.kind == "page_end":
        return True
    return i + 1 < len(lines) and lines[i + 1].page_start


def strip_web_boilerplate(lines: Sequence[Line], report: Report) -> list[Line]:
    """Drop web-page furniture pasted with an article: 责任编辑：…, 【纠错】, 分享到, 扫一扫, 打印/关闭窗口.

    来源 and date lines are kept: they are metadata, not furniture.
    """
    if not _WEB_WORDS.search("\n".join(ln.text for ln in lines)):
        return list(lines)  # one C-level scan: most files have none of these words
    out: list[Line] = []
    for line in lines:
        if WEB_BOILERPLATE_RE.match(line.text):
            report.removed(line.lineno, line.text, "web_boilerplate")
            continue
        out.append(line)
    return out
