"""Page furniture: page starts, page numbers, running headers/footers, web-page boilerplate.

Only lines that are furniture as a whole are removed, and each is reported.  Where the
pages are and which lines are page numbers is ``booklet.clean.pages``; which lines are running
heads, ``booklet.clean.bands``.  Only a real page break marks the next line ``page_start``: a
line of digits that is no page number is text (it is rejoined, never removed).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from booklet.clean.bands import band_rest, cut_heads, folio_heads, lone_feet, section_copies_amid, sentence_heads, paged_heads, repeated_pages, running_heads, title_head
from booklet.clean.lines import Line
from booklet.clean.pages import Pages, find_pages, head_numbers, lettered_folios, spaced_item, spaced_piece
from booklet.clean.pagehead import (browser_print, head_band_rest, head_copies, head_name_amid, head_paper, head_pieces, head_weekday, masthead,
                                     one_page_head, own_masthead, part_masthead_row, stacked_band, title_band, unit_over_label, unit_over_masthead,
                                     unit_over_column, unit_over_title)
from booklet.rawlines import Role
from booklet.report import Log
from booklet.shapes import WEB_BOILERPLATE_RE, WEB_WORDS_RE

# A lone leading space marks page starts only when that rare: at most one line in six (or
# three lines) carries one — an extractor that indents every line means something else.
PAGE_SPACE_ONE_IN = 6
PAGE_SPACE_MAX_ALWAYS = 3

_FURNITURE = Role.FURNITURE
# Lines looked at to tell whether a reader placed them on the page (they carry boxes).
_GEOMETRY_PROBE_LINES = 40


def strip_web_boilerplate(lines: list[Line], log: Log) -> list[Line]:
    """Drop web-page furniture pasted with an article: 责任编辑：…, 【纠错】, 分享到, 扫一扫, 打印/关闭窗口.

    来源 and date lines are kept: they are metadata, not furniture.
    """
    joined = "\n".join([ln.text for ln in lines])
    starts = [0]
    drop: set[int] = set()
    for match in WEB_WORDS_RE.finditer(joined):   # one C-level scan: most lines hold none of the words
        if len(starts) == 1:
            for line in lines:
                starts.append(starts[-1] + len(line.text) + 1)
        k = bisect_right(starts, match.start()) - 1
        if k not in drop and WEB_BOILERPLATE_RE.match(lines[k].text):
            drop.add(k)
            log.removed(lines[k].lineno, lines[k].text)
    return [line for k, line in enumerate(lines) if k not in drop] if drop else lines


def mark_page_starts(lines: list[Line], log: Log) -> list[Line]:
    """Mark page starts from the reader's page numbers and from a lone leading space.

    Some extractors put one space before the first line of a page
    (seed 000: `` 济社会发展…``); when that is rare in a file whose reader knew no pages, it
    is a page mark (where form feeds mark the pages, a lone space is a centred line's margin) —
    unless it is the space pypdf wrote after a number it cut off at its font (``pages.spaced_piece``,
    ``pages.spaced_item``: ``[1]`` / `` 王浦劬．…``, one printed line).
    The first line starts a page too (its running header is furniture).
    """
    spaced = [ln.lead_space and not spaced_piece(lines, k) and not spaced_item(lines, k) for k, ln in enumerate(lines)]
    singles = sum(spaced)
    paged = bool(lines) and lines[0].raw.page is not None   # form feeds: one page's text has one too
    use_space = not paged and 0 < singles <= max(PAGE_SPACE_MAX_ALWAYS, len(lines) // PAGE_SPACE_ONE_IN)
    out = list(lines)
    if lines and lines[0].raw.page is None and not use_space:   # no page marks at all
        if not lines[0].page_start:
            out[0] = lines[0].but(page_start=True)
        return out
    prev_page = None
    for k, line in enumerate(lines):
        page = line.raw.page
        if (k == 0 or (page is not None and prev_page is not None and page != prev_page)
                or (use_space and spaced[k])) and not line.page_start:
            out[k] = line.but(page_start=True)
        prev_page = page if page is not None else prev_page
    return out


def band_units(lines: list[Line], log: Log) -> list[Line]:
    """(unit75) Drop the unit printed once over a dealt page's column (``pagehead.unit_over_column``),
    which ``strip_furniture`` marked ``band`` and the column flow and the blocks' order read in place:
    taken out before ``unwrap``, which would read the title under it as its rest set larger.  The page
    start the unit's line held goes to the line kept after it (``_remove``; the page starts are the
    lines' own marks).  ``_remove`` also marks a line after a drop amid its page ``after_head``, where
    ``order_blocks`` moved the unit's line there: read by nothing after this rule (only ``order``'s
    turns ask it, and ``order_blocks`` has run)."""
    band = {i for i, line in enumerate(lines) if line.band}
    if not band:
        return lines
    starts = tuple(i for i, line in enumerate(lines) if line.page_start)
    return _remove(lines, Pages(starts, frozenset(), True), band, log)


def strip_furniture(lines: list[Line], log: Log) -> list[Line]:
    """Drop page numbers, running heads and footers, and what a reader flagged as furniture.

    Before (seed 000): ``…攻坚。`` / ``主题教育学习资料`` / `` 26`` / ``综合考虑…``; after:
    ``…攻坚。`` / ``综合考虑…`` (marked ``page_start``: a paragraph may go on across the break).
    """
    flagged = {i for i, line in enumerate(lines) if line.role is _FURNITURE} \
        if _FURNITURE in {line.role for line in lines} else set()
    if any(line.raw.box is not None for line in lines[:_GEOMETRY_PROBE_LINES]):
        # a reader that places its lines on the page (a PDF's boxes) has judged furniture by
        # where it stands; the text's repetitions are not judged again (a repeated attribution
        # that opens a page is text there)
        starts = tuple(i for i, line in enumerate(lines) if line.page_start or i == 0)
        pages = Pages(starts, frozenset(), True)
        # (a browser's head and foot say what they are by their text, wherever the reader put them)
        flagged |= browser_print(lines, pages, flagged)
        # (sign78) the text's own 报头 opens it here too: a name and its issue on one row, two parts
        return part_masthead_row(_remove(lines, pages, flagged, log) if flagged else lines, log)
    pages = repeated_pages(lines, find_pages(lines))
    # what a reader found in a page's header or footer band goes, and shows where heads are
    drop = set(pages.numbers) | flagged
    drop |= running_heads(lines, pages, flagged)
    drop |= browser_print(lines, pages, drop)
    drop |= paged_heads(lines, pages, drop)
    drop |= folio_heads(lines, pages, drop)
    # a head's page number pypdf cut off at its font stands beside each copy of the words, and so
    # does the rest of its line cut into pieces
    heads = drop - flagged - set(pages.numbers)
    drop |= head_numbers(lines, pages, heads) | cut_heads(lines, pages, heads)
    # a band's lines past the copies found, where an extractor wrote the band in pieces: taken
    # last, so that the rules reading a page's first lines by their shape see the page as before
    # (a first page's masthead under its head band is no head: jianbao_marker_heads × word_report)
    rest = band_rest(lines, pages, drop - flagged)
    # a running head or foot stands at a page's edge: the line after it is on a new page even
    # where no page number or form feed said so (a note zone ends there, a paragraph may go on)
    edges = (drop | rest) - flagged - set(pages.numbers)
    # (judged on the page's own first line too, where a running head's copy took it: a head's
    # page number pypdf cut off at its font goes with it — 「故乡」 / 「1」 / 「故乡」)
    drop |= title_head(lines, pages, drop) | title_head(lines, pages, set(pages.numbers) | flagged)
    # (a unit's line over the text's own whole 报头 is the band: what stands under it is the 报头, which
    # ``masthead`` would read as the band's rest where an extractor cut its 编发 line)
    unit = unit_over_masthead(lines, pages, drop)
    drop |= unit or masthead(lines, pages, drop)
    drop |= title_band(lines, pages, drop)
    drop |= stacked_band(lines, pages, drop)
    own = own_masthead(lines, pages, drop)  # (mast68) the text's own 报头, whole: no later head's piece
    drop |= lone_feet(lines, pages, drop)
    drop |= sentence_heads(lines, pages, drop)
    drop |= section_copies_amid(lines, pages, drop)   # (furn89) a section head's copy amid a sentence
    drop |= one_page_head(lines, pages, drop)
    drop |= head_pieces(lines, pages, drop)
    drop |= head_paper(lines, pages, drop)
    drop |= head_weekday(lines, pages, drop)
    drop |= head_band_rest(lines, pages, drop)
    drop |= head_copies(lines, pages, drop)
    drop |= head_name_amid(lines, pages, drop)   # (miner76) the head's name piece amid a one-page text
    drop |= lettered_folios(lines)   # (news74) 「A1」 … 「A2」 wherever pdftotext wrote them
    # (bull79) a unit's line and a bare label printed once over the title, no issue: the band, both
    drop |= unit_over_label(lines, pages, drop)
    # (bull69) a unit's line printed once over the title, no 报头 under it: the band too
    drop |= unit_over_title(lines, pages, drop)
    # (unit75) … and over a column's line, where a reader dealt the page by its boxes: marked, not
    # dropped — the column flow reads the page's first lines as written (``band_units`` drops it)
    band = unit_over_column(lines, pages, drop)
    drop -= own
    drop |= rest
    if band - drop:
        lines = [line.but(band=True) if i in band else line for i, line in enumerate(lines)]
    if edges:
        pages = Pages(tuple(sorted(set(pages.starts) | edges)), pages.numbers, pages.marked)
    # (bull67) with the page's head gone, the text's own 报头 opens it: its name and its issue set on
    # one row are two parts of it, parted here where the first page's top is read
    return part_masthead_row(_remove(lines, pages, drop, log) if drop else lines, log)


def _remove(lines: Sequence[Line], pages: Pages, drop: set[int], log: Log) -> list[Line]:
    """``lines`` without ``drop`` (each reported); the first line kept after a page break starts
    a page, the last one before a page number ends one."""
    out: list[Line] = []
    starts = set(pages.starts)
    pending = False
    amid = False   # (a head's piece dropped after the page's text began: ``_head_amid``)
    for i, line in enumerate(lines):
        pending = pending or i in starts
        if i in drop:
            log.removed(line.lineno, line.text, f"page {line.raw.page}" if line.role is _FURNITURE else "")
            if i in pages.numbers and out and not out[-1].caption and not out[-1].separator \
                    and not out[-1].page_end:
                out[-1] = out[-1].but(page_end=True)
            amid = amid or _head_amid(i, out, pending, pages)
            continue
        if pending and i > 0 and not line.page_start:
            line = line.but(page_start=True)
        elif amid and not pending:
            line = line.but(after_head=True)
        pending = amid = False
        out.append(line)
    return out


def _head_amid(i: int, out: Sequence[Line], pending: bool, pages: Pages) -> bool:
    """The dropped line ``i`` (no page number) was written inside its page, after the page's text
    began — where it is a piece of the page's head, the text after it starts the page: pdfminer
    writes a page by its boxes' groups, and the group holding the page's top-left corner — the
    head's first piece over the first column and the lead item's headline — is written after
    another whose middle stands higher (a short last column under the head's other piece).  A
    foot or a text's own date dropped there marks the line too: ``turn`` turns only at a block
    opening an item, and only where the turn mends most faults."""
    return bool(out) and not pending and i not in pages.numbers
