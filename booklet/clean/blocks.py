"""Classify line groups into typed blocks (heading, 来源 line, ※ note, attribution …).

Before: the group ``来源：《人民日报》（2024 年 06 月 25 日 02 版）``;
after: ``Blk(kind="source", …)``.  Classification is by shape only; which
heading becomes an article title is decided later (``articles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from booklet.clean.paragraphs import Group, Layout, soft_join_break
from booklet.clean.text import SURNAMES, ends_sentence, join_two, width

KICKER_RE = re.compile(r"^材料\s*\d+$|^【\S{1,12}】$")
SOURCE_RE = re.compile(r"^[（(]?\s*来源\s*[：:|｜]")
NOTE_RE = re.compile(r"^※")
ATTRIBUTION_RE = re.compile(r"^——(?!—)\S.*(?:[）)]|讲话|发言|致辞|贺信)$")
BYLINE_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}$")
# Official-document lines that are never headings, however short: the document number
# (发文字号 「宣〔2026〕11号」), the attachment line (「附件：…」) and a signature or cover line
# ending in its date (「党委宣传部 2026年5月12日」, 「2026年5月」), GB/T 9704 shapes.
# A byline with its role label: 「本报记者 张晓松 朱基钗」, 「新华社记者 王五」, 「作者：李四（…）」.
# (A photo credit ends in /摄 and so never matches.)
BYLINE_LABEL_RE = re.compile(r"^(?:作者\s*[：:]\s*[^。！？；]{1,40}|[\u4e00-\u9fff]{0,8}(?:记者|通讯员|评论员)"
                             r"(?:[\s\u3000]*[\u4e00-\u9fff·]{2,4}){1,6})$")
_DOC_NUMBER = r"\S{0,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$"  # 发文字号: 宣〔2026〕11号
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$"
NOT_HEADING = re.compile(rf"^(?:{_DOC_NUMBER}|附件\s*\d*\s*[：:]|.{{0,20}}?{_DATE})")
_INNER_STOP = re.compile(r"[。！？；!?;]")
DOC_NUMBER_RE = re.compile("^" + _DOC_NUMBER)
DATE_ONLY_RE = re.compile("^" + _DATE)
# A salutation opening a letter: 「各基层党委、党总支、直属党支部：」, 「同志们：」.
SALUTATION_RE = re.compile(r"^[^。！？；，,.!?;:：]{2,40}[：:]$")
# An issuing body's name (发文机关署名): it ends in the word for an office, committee, school …
ISSUER_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}(?:部|委|厅|局|处|办|院|校|室|会|社|组|中心|政府|大学|学院|公司)$")
_CLAUSE = re.compile(r"[，、。；！？,;!?]")
_LEVELS = (
    (re.compile(r"^第[一二三四五六七八九十百\d]+[章篇部]"), 1),
    (re.compile(r"^第[一二三四五六七八九十百\d]+节"), 2),
    (re.compile(r"^\d+\.\d+\.\d+"), 3),
    (re.compile(r"^\d+\.\d+"), 2),
    (re.compile(r"^[一二三四五六七八九十]+、"), 1),
    (re.compile(r"^（[一二三四五六七八九十]+）"), 2),
    (re.compile(r"^\d+[、．.]\s*\S"), 3),
)


@dataclass(slots=True)
class Blk:
    """A block before it becomes a model node: kind, joined text, source line span."""

    kind: str      # para heading title kicker source note attribution caption quote cont
    text: str
    first: int
    last: int
    level: int = 0
    marked: bool = False  # a heading given by Markdown markup, not guessed from its shape
    full: bool = False    # its last line reached the measure: the text may go on in the next block
    starts: tuple[tuple[int, int], ...] = ()  # (offset in text, source line) of each joined line


def join_group(group: Group) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The group's lines joined into one text (hard breaks kept as newlines), and where
    each source line starts in it: ((offset, line number), …) for precise reports."""
    lines = group.lines
    first = lines[0]
    if len(lines) == 1:
        return first.text, ((0, first.lineno),)
    out = first.text
    starts: list[tuple[int, int]] = [(0, first.lineno)]
    prev = first
    for line in lines[1:]:
        if soft_join_break(prev):
            out += "\n" + line.text
        else:
            out = join_two(out, line.text)
        starts.append((len(out) - len(line.text), line.lineno))
        prev = line
    return out, tuple(starts)


def classify(groups: Sequence[Group], layout: Layout) -> list[Blk]:
    """Typed blocks for the groups, in order."""
    blocks: list[Blk] = []
    for group in groups:
        text, starts = join_group(group)
        if not text.strip():
            continue
        blk = Blk("para", text, group.first, group.last,
                  full=layout.wrapped and group.lines[-1].width >= layout.measure - 3, starts=starts)
        _kind_of(blk, group, layout)
        blocks.append(blk)
    if layout.measure >= 0:
        letter_shapes(blocks, layout)
    return blocks


def letter_shapes(blocks: Sequence[Blk], layout: Layout) -> None:
    """Official-letter shapes (GB/T 9704) the line shapes alone miss.

    The unpunctuated block after the document number or before the salutation is the
    letter's title however long (``宣〔2026〕11号`` / ``关于发布《…》…学习专刊的通知`` /
    ``各基层党委、党总支、直属党支部：``); an issuer's name over a date line is its
    signature, not a heading (``党委宣传部`` / ``2026年5月``)."""
    for i, blk in enumerate(blocks):
        prev = blocks[i - 1].text if i else ""
        nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
        if blk.kind == "heading" and not blk.marked and DATE_ONLY_RE.match(nxt) \
                and (ISSUER_RE.match(blk.text) or looks_like_byline(blk.text)):
            blk.kind, blk.level = "para", 0
        elif blk.kind == "para" and "\n" not in blk.text and (DOC_NUMBER_RE.match(prev) or SALUTATION_RE.match(nxt)) \
                and not ends_sentence(blk.text) and not _CLAUSE.search(blk.text) \
                and width(blk.text) <= max(60.0, 3 * layout.measure):
            blk.kind, blk.level = "heading", heading_level(blk.text)


def _kind_of(blk: Blk, group: Group, layout: Layout) -> None:
    first = group.lines[0]
    text = blk.text
    if first.kind == "separator":
        blk.kind = "separator"
    elif group.kind in ("caption", "cont"):
        blk.kind = group.kind
    elif first.md_level:
        blk.kind, blk.level = ("title", 0) if first.md_level == 1 else ("heading", first.md_level - 1)
        blk.marked = True
        if KICKER_RE.match(text):
            blk.kind = "kicker"  # 材料 N set as a heading is still a label
    elif first.quote:
        blk.kind = "quote"
    elif KICKER_RE.match(text):
        blk.kind = "kicker"
    elif SOURCE_RE.match(text):
        blk.kind = "source"
    elif NOTE_RE.match(text):
        blk.kind = "note"
    elif is_attribution(text):
        blk.kind = "attribution"
    elif first.kind == "heading" or first.raw.role in ("heading", "title"):
        blk.kind, blk.level = "heading", first.raw.level or heading_level(text)
    elif looks_like_heading(text, layout):
        blk.kind, blk.level = "heading", heading_level(text)


def looks_like_heading(text: str, layout: Layout) -> bool:
    """Short, no sentence-final punctuation inside or at the end: a title or heading."""
    if layout.measure < 0 or "\n" in text or ends_sentence(text) or _INNER_STOP.search(text):
        return False
    limit = max(40.0, 1.8 * layout.measure) if layout.wrapped else 40.0
    return width(text) <= limit and not text.endswith(("，", "、", ",", "：", ":")) \
        and NOT_HEADING.match(text) is None and BYLINE_LABEL_RE.match(text) is None


def heading_level(text: str) -> int:
    """Heading level from its numbering shape (第1章 → 1, 1.2 → 2, 1.2.1 → 3), else 1."""
    for pattern, level in _LEVELS:
        if pattern.match(text):
            return level
    return 1


def is_attribution(text: str) -> bool:
    """「——在科学家座谈会上的讲话（2020年9月11日）」: a short line opened by a dash."""
    return ATTRIBUTION_RE.match(text) is not None and width(text) <= 60 and "\n" not in text


_NOT_IN_NAMES = re.compile(r"[的之了话讲报道章节篇会议]")


def name_like(text: str) -> bool:
    """A byline of bare names that starts with a common surname (``习近平``, not ``自强``), or a
    labelled byline: tells a wrapped title's last two characters from the author's name."""
    text = text.strip()
    return looks_like_byline(text) and (BYLINE_LABEL_RE.match(text) is not None or text[:1] in SURNAMES)


def looks_like_byline(text: str) -> bool:
    """A short line of one to three names (``习近平``), or names after a role label
    (``本报记者 张晓松 朱基钗``, ``作者：李四``), that reads as a byline."""
    text = text.strip()
    if BYLINE_LABEL_RE.match(text) is not None:
        return True
    return BYLINE_RE.match(text) is not None and _NOT_IN_NAMES.search(text) is None


_BOLD_LINE = re.compile(r"^\*\*([^*\n]+)\*\*$")
_SHAPE = re.compile(r"^(?:([★☆●■◆▲▶◎※])|[一二三四五六七八九十]+(、)|(（)[一二三四五六七八九十]+）"
                    r"|\d+(?:(\.)\d+)*([、．.])|第[一二三四五六七八九十百\d]+([章节篇部]))")


def heading_shape(text: str) -> str | None:
    """The leading symbol or numbering kind of a heading (``★``, ``一、``, ``（一）``, ``1.``,
    ``1.1``, ``第…章``), as a key that sibling headings share; None when it has none."""
    match = _SHAPE.match(text.replace("**", ""))
    return None if match is None else "".join(g or "_" for g in match.groups())


def promote_bold_siblings(blocks: Sequence[Blk]) -> None:
    """A standalone one-line all-bold paragraph without final punctuation whose leading shape
    matches a heading of the same article becomes a heading of that level (seed 002:
    ``### ★形成持续稳定投入机制`` … ``**★让投身基础研究成为更多青少年的人生追求**``).

    Articles are delimited by title blocks; only shaped headings (★, 一、 …) are siblings."""
    start = 0
    for end in [i for i, b in enumerate(blocks) if b.kind == "title"] + [len(blocks)]:
        levels: dict[str, int] = {}
        for blk in blocks[start:end]:
            shape = heading_shape(blk.text) if blk.kind == "heading" else None
            if shape is not None:
                levels.setdefault(shape, blk.level)
        for blk in blocks[start:end]:
            inner = _BOLD_LINE.match(blk.text) if blk.kind == "para" else None
            if inner is None or ends_sentence(inner.group(1)) or _INNER_STOP.search(inner.group(1)):
                continue
            shape = heading_shape(inner.group(1))
            if shape is not None and shape in levels:
                blk.kind, blk.level = "heading", levels[shape]
        start = end + 1
