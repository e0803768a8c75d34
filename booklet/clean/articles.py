"""Split the block stream into articles and lift titles, kickers, bylines and 来源 lines.

Before (seed 000): ``材料 1`` / ``习近平：加强基础研究 实现高水平科技自立自强`` / body … /
``※这是…讲话。`` / ``来源 | 求是网`` / ``材料 2`` …; after: one draft per 材料 with
kicker ``材料 1``, the title, the body, and ``source_line`` ``来源 | 求是网`` (at the end).
A run of title-shaped lines followed by a 来源 line also starts an article (seed 001).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from booklet.clean.blocks import Blk, looks_like_byline, name_like
from booklet.clean.text import CIRCLED_RE, ends_sentence, join_two, width


@dataclass(slots=True)
class Draft:
    """An article while it is being assembled."""

    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    author: str | None = None
    source_line: str | None = None
    source_at_end: bool = False
    first: int = 0
    blocks: list[Blk] = field(default_factory=list)


def merge_captions(blocks: Sequence[Blk]) -> list[Blk]:
    """Rejoin a paragraph that a caption interrupted; the caption follows the paragraph."""
    out: list[Blk] = []
    for blk in blocks:
        if blk.kind != "cont":
            out.append(blk)
            continue
        k = len(out) - 1
        while k >= 0 and out[k].kind == "caption":
            k -= 1
        if k >= 0 and (out[k].kind == "para" or out[k].kind == "heading" and not out[k].marked):
            # a guessed heading that runs on after the caption was a paragraph after all
            out[k].kind = "para"
            joined = join_two(out[k].text, blk.text)
            shift = len(joined) - len(blk.text)
            out[k].starts += tuple((offset + shift, lineno) for offset, lineno in blk.starts)
            out[k].text, out[k].last = joined, blk.last
        else:
            blk.kind = "para"
            out.append(blk)
    return out


_CHAPTER = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章篇部节]$")
_STOP = re.compile(r"[。！？；!?;]")


def promote_titles(blocks: Sequence[Blk]) -> None:
    """A long unpunctuated block right before a 来源 line is a title, however long (seed 001:
    ``全国科技大会 国家科学技术奖励大会 两院院士大会在京召开 习近平为…并发表重要讲话``)."""
    for i, blk in enumerate(blocks[:-1]):
        j = i + 1
        if j < len(blocks) - 1 and looks_like_byline(blocks[j].text):
            j += 1
        if blk.kind == "para" and blocks[j].kind == "source" and "\n" not in blk.text \
                and not _STOP.search(blk.text) and not ends_sentence(blk.text) and len(blk.text) <= 120:
            blk.kind, blk.level = "heading", 1


def merge_chapter_headings(blocks: Sequence[Blk]) -> list[Blk]:
    """``第1章`` / ``科技成果转化概述`` → one heading ``第1章 科技成果转化概述`` (seed 004)."""
    out: list[Blk] = []
    for blk in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "heading" and blk.kind == "heading" \
                and _CHAPTER.match(prev.text):
            prev.text, prev.last = f"{prev.text} {blk.text}", blk.last
            continue
        out.append(blk)
    return out


_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节篇部]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
                       r"|\d+(?:\.\d+)*[\s、．.]|[★☆●■◆—])")


# A table-of-contents row: dot leaders or a tab, then the page number (「…根基 .....1」).
_TOC_ROW = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,4}(?:\s|$)")


def merge_wrapped_headings(blocks: Sequence[Blk]) -> list[Blk]:
    """Two guessed heading lines, the first clearly longer, neither numbered: one title that wrapped
    (a title set larger than the body wraps short of the body's measure).

    Before: ``习近平总书记在加强基础研究座谈会上的重要`` / ``讲话精神学习专刊``; after: one heading.
    A shorter first line is a kicker over its title and stays apart; a name-like second line
    (``习近平``) is a byline unless the first line reached the measure.  Only a pair of heading
    lines is looked at: runs of three or more are left to the article split.  A heading
    over table-of-contents rows (``目录``) stands alone.
    """
    out: list[Blk] = []
    for i, blk in enumerate(blocks):
        prev = out[-1] if out else None
        alone = i + 1 >= len(blocks) or blocks[i + 1].kind != "heading"  # longer runs: see ``_open``
        toc_head = i + 1 < len(blocks) and _TOC_ROW.search(blocks[i + 1].text) is not None
        if prev is not None and alone and not toc_head and (len(out) < 2 or out[-2].kind != "heading") \
                and prev.kind == blk.kind == "heading" and not prev.marked and not blk.marked \
                and "\n" not in prev.text + blk.text and not _NUMBERED.match(prev.text) \
                and not _NUMBERED.match(blk.text) and width(prev.text) >= width(blk.text) + 2 \
                and not prev.text.endswith(("：", ":")) and (_may_run_on(prev) or not name_like(blk.text)):
            prev.text, prev.last = join_two(prev.text, blk.text), blk.last
            prev.full = blk.full
            continue
        out.append(blk)
    return out


def split_articles(blocks: Sequence[Blk], merge_titles: bool = True,
                   by_shape: bool = True) -> list[Draft]:
    """Group blocks into article drafts (see the module docstring)."""
    has_md_titles = any(b.kind == "title" for b in blocks)
    drafts: list[Draft] = []
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        if blk.kind in ("title", "kicker") or (
                blk.kind == "heading" and not has_md_titles and by_shape
                and _opens_article(blocks, i, not drafts)):
            lead = _take_lead_in(drafts[-1]) if drafts and blk.kind == "heading" else None
            draft, i = _open(blocks, i, merge_titles, lead)
            drafts.append(draft)
            continue
        if not drafts:
            drafts.append(Draft(first=blk.first))
        drafts[-1].blocks.append(blk)
        i += 1
    for draft in drafts:
        _finish(draft)
    return drafts


def _opens_article(blocks: Sequence[Blk], i: int, at_start: bool) -> bool:
    j = _title_run_end(blocks, i)
    if at_start:
        return True
    if j < len(blocks) and blocks[j].kind == "para" and looks_like_byline(blocks[j].text):
        j += 1
    return j < len(blocks) and blocks[j].kind == "source"


def _may_run_on(blk: Blk) -> bool:
    """A title line that filled the measure may go on in the next line, unless it ends with the
    title's note mark (``…奋勇前进※`` / ``习近平``: the mark closes the title)."""
    return blk.full and not blk.text.endswith(("※", "*", "＊")) and CIRCLED_RE.search(blk.text[-1:]) is None


def _title_run_end(blocks: Sequence[Blk], i: int) -> int:
    j = i
    while j < len(blocks) and blocks[j].kind == "heading" and j - i < 4:
        if j > i and looks_like_byline(blocks[j].text) and not _may_run_on(blocks[j - 1]) \
                and not (j + 1 < len(blocks) and looks_like_byline(blocks[j + 1].text)):
            break  # (two name-like lines in a row: the first ends a wrapped title, 「立自强」/「习近平」)
        j += 1
    return j


_LEAD_IN_END = re.compile(r"(?:[：:]|[^\W\d_])$")


def _take_lead_in(prev: Draft) -> Blk | None:
    """A newspaper kicker (引题) left at the end of the previous article, or None.

    Before (seed 001): ``…合作奖。`` / ``习近平在“国家工程师奖”首次评选表彰之际作出重要指示强调：`` /
    ``# 坚定科技报国为民造福理想`` / ``# 加快实现…`` / ``来源：新华社``; the short line ending in
    ``：`` (or unpunctuated) right before a title run that opens an article is that article's kicker.
    """
    if not prev.blocks:
        return None
    blk = prev.blocks[-1]
    if blk.kind != "para" or "\n" in blk.text or width(blk.text) > 40 or _STOP.search(blk.text) \
            or not _LEAD_IN_END.search(blk.text) or (len(prev.blocks) < 2 and not prev.title):
        return None
    lead = prev.blocks.pop()
    before = prev.blocks[-1] if prev.blocks else None
    if before is not None and before.kind == "heading" and not before.marked \
            and width(before.text) + width(lead.text) <= 40:
        # the kicker's first line was taken for a heading of its own: 「习近平在…之际」 / 「作出…强调：」
        prev.blocks.pop()
        lead = Blk("para", join_two(before.text, lead.text), before.first, lead.last)
    return lead


def _open(blocks: Sequence[Blk], i: int, merge_titles: bool, lead: Blk | None = None) -> tuple[Draft, int]:
    draft = Draft(first=lead.first if lead else blocks[i].first)
    if lead is not None:
        draft.kicker = lead.text
    if blocks[i].kind == "kicker":
        draft.kicker = blocks[i].text
        i += 1
    if i < len(blocks) and blocks[i].kind == "title":
        draft.title = blocks[i].text
        i += 1
        if draft.kicker is None and i < len(blocks) and blocks[i].kind == "kicker":
            draft.kicker = blocks[i].text  # a label a reader emitted after the title
            i += 1
    else:
        j = _title_run_end(blocks, i)
        titles = [b.text for b in blocks[i:j]]
        i = j
        wrapped = any(b.full for b in blocks[j - len(titles):j - 1]) if titles else False
        if len(titles) >= 2 and draft.kicker is None and not wrapped \
                and not _wrapped_pair(titles, merge_titles):
            draft.kicker = titles.pop(0)
        full = [b.full for b in blocks[j - len(titles):j]]
        draft.title = _join_titles(titles, full) if merge_titles else (titles[0] if titles else "")
        if not merge_titles and len(titles) > 1:
            i -= len(titles) - 1
    if i < len(blocks) and blocks[i].kind in ("attribution", "heading") \
            and blocks[i].text.startswith("——"):
        draft.subtitle = blocks[i].text
        i += 1
    if i < len(blocks) and (blocks[i].kind == "para" or blocks[i].kind == "heading" and not blocks[i].marked) \
            and looks_like_byline(blocks[i].text):
        draft.author = blocks[i].text
        i += 1
    if i < len(blocks) and blocks[i].kind == "source":
        draft.source_line = blocks[i].text
        i += 1
    return draft, i


def _wrapped_pair(titles: list[str], merge_titles: bool) -> bool:
    """Two title lines that are one wrapped title rather than kicker + title.

    A newspaper kicker (引题) is shorter than the main title under it; a first line
    longer than the second is the start of a title that wrapped.
    """
    return merge_titles and (len(titles[-1]) <= 3 or len(titles) > 2
                             or width(titles[0]) > width(titles[1]))


def _join_titles(titles: list[str], full: list[bool]) -> str:
    """Title lines joined: a wrapped line joins without a space; two headline lines set one
    under the other (the first shorter and not reaching the measure: 「坚定科技报国为民造福理想」 /
    「加快实现高水平科技自立自强服务高质量发展」) keep one space between them."""
    out = ""
    for k, text in enumerate(titles):
        separate = k > 0 and not full[k - 1] and width(titles[k - 1]) + 2 <= width(text) \
            and _is_cjk_end(out) and _is_cjk_end(text)
        out = f"{out} {text}" if separate else join_two(out, text)
    return out


def _is_cjk_end(text: str) -> bool:
    return bool(text) and "\u3400" <= text[-1] <= "\u9fff" and "\u3400" <= text[0] <= "\u9fff"


def fold_empty(drafts: list[Draft]) -> list[Draft]:
    """An article with nothing but a title becomes a heading of its neighbour.

    Cleaned Markdown reads two ``# `` lines in a row as kicker + title, so an empty
    article before another one could not be told apart; its title is kept as a
    heading at the end of the previous article (or the start of the next).
    """
    out: list[Draft] = []
    pending: list[Blk] = []
    for draft in drafts:
        empty = not (draft.blocks or draft.kicker or draft.subtitle or draft.author or draft.source_line)
        if empty and len(drafts) > 1:
            heading = Blk("heading", draft.title, draft.first, draft.first, level=1)
            if out:
                out[-1].blocks.append(heading)
            else:
                pending.append(heading)
            continue
        draft.blocks[:0] = pending
        pending = []
        out.append(draft)
    return out or list(drafts)


def _finish(draft: Draft) -> None:
    if not draft.title and draft.kicker:
        draft.title, draft.kicker = draft.kicker, None  # a label with no title under it is the title
    if draft.source_line is None and draft.blocks and draft.blocks[0].kind == "source":
        draft.source_line = draft.blocks.pop(0).text
    if draft.source_line is None and draft.blocks and draft.blocks[-1].kind == "source":
        draft.source_line = draft.blocks.pop().text
        draft.source_at_end = True
    for blk in draft.blocks:
        if blk.kind in ("source", "kicker", "cont"):
            blk.kind = "para"
        elif blk.kind == "title":
            blk.kind, blk.level = "heading", 1
