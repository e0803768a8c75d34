"""Heads judged by position and shape, where repetition cannot tell them from text.

The header band at the top of the first page (``××市科学技术局办公室`` / ``工作简报  2026年第5期``,
``shapes.HEADER_LINE_RE``) is furniture (``masthead``) — unless it is a 简报's own 报头, printed
once on a text whose pages show.

A newspaper page carries its section, page and date in a head over the columns (``要闻  第1版
2026年9月8日``).  Read whole, that head is the page's first line (``one_page_head``); an
extractor that reads a page in boxes (pdfminer) or by its blocks' height (pdftotext) may
write the head's pieces as blocks of their own anywhere on the page — ``第1版  2026年9月8日``
between two paragraphs of a column, ``要闻`` after a byline (``head_pieces``).  A piece
holding the paper's page number (``第1版``) says what it is wherever it falls; a bare date or
section name is a piece of that head only beside it, or as the one such block on the page (a
head gives each part once).
"""

from __future__ import annotations

from functools import partial
from itertools import compress
from operator import and_
from typing import AbstractSet, Callable, Sequence

from booklet.clean.bands import BAND_LINES, HEAD_LINE_MAX_EM, dated_only, head_width, header_line, number_key
from booklet.clean.lines import Line
from booklet.clean.pages import Pages
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (ISSUE_RE, DOC_NUMBER_CODE_RE, NAME_OF_ITS_OWN_RE, CIRCULATION_MARK_RE, ISSUE_IN_ROW_RE, ISSUING_BODY_RE, NAME_PIECE_RE, BAND_ISSUE_ROW_RE, NAME_ISSUE_ROW_RE, SPACED_NAME_RE, BARE_HEAD_RE, CLAUSE_RE, DOC_NUMBER_RE, EDITION_RE, HEAD_DATE_RE, HEAD_DAY_DATE_RE, HEAD_PIECE_RE, HEADER_DATED_RE, HEADER_LINE_RE, ISSUE_LINE_RE, ISSUED_ON_RE, EDITOR_CREDIT_RE, PERIODICAL_NAME_RE, PERIODICAL_ROW_RE, PUBLICATION_RE,
                            LABEL_RE, NUMBERED_RE, PAGE_COUNT_RE, PRINT_FOOT_RE, PRINT_HEAD_RE, TOC_ROW_RE, WEEKDAY_RE,
                            TITLE_HEAD_MIN_CHARS, dated_row_words, masthead_name, ends_sentence, opens_title, source_rest)

# Extractors set one blank line between blocks (pdftotext) or after every line (pdfminer, a
# viewer's copy); more blank lines than that keep the page's own vertical space.
BLOCK_GAP_LINES = 1

# The row under a page's first line in its column is among this many rows after it (on a
# ``-layout`` page of three columns, the other columns' rows come between).
BELOW_ROWS = 6

# A browser's head prints the page's title over the page; the title itself is printed within
# this many lines under it (a kicker, a cut title's lines, the foot of the page before may come
# between on pages after the first).
PRINT_TITLE_LINES = 12

# A one-page document's bare head stands over a title at least this much (em) wider: a title
# names its subject (``调研报告`` / ``江城县人民政府常务会议纪要``).
BARE_HEAD_STEP_EM = 3


def one_page_head(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The head of a one-page document, where repetition cannot tell: its first line, a bare
    section or genre name (``shapes.BARE_HEAD_RE``: ``调研报告``, ``第1版  要闻``) over a line shaped
    like a title — no clause punctuation, no sentence end, not numbered, no label (a ``附件`` or
    ``材料1`` label, ``目录`` over its rows, ``通知`` over ``各单位：`` stay)."""
    kept = [i for i in range(min(len(lines), BAND_LINES + 3)) if i not in drop][:3]
    if kept and _paper_page_head(lines[kept[0]].text, lines[kept[0]]):
        return {kept[0]}
    # (its first piece may be taken already, as a band's line: the pair is read all the same)
    pair = (kept[0] - 1, kept[0]) if kept and kept[0] - 1 in drop else tuple(kept[:2])
    if len(pair) == 2 and _cut_paper_head(lines[pair[0]], lines[pair[1]]):
        return set(pair) - drop
    if _band_pair(lines, pages, kept):
        return set(kept[:2])
    if len(pages.starts) != 1 or len(kept) < 2:
        return set()
    head, below = lines[kept[0]], lines[kept[1]]
    if _named_above(lines, kept[0], drop):
        return set()
    if head.given_heading or BARE_HEAD_RE.match(head.text.strip()) is None or LABEL_RE.match(head.text):
        return set()
    dated = HEADER_DATED_RE.search(head.text) is not None
    if not _opens_headline(below.text, dated):
        below = lines[_below(lines, kept, drop)]
        if not _opens_headline(below.text, dated):
            return set()
    # Bare words (``调研报告``) are a head only over a wider title; a head that dates the page or
    # numbers the newspaper's page (``第1版  要闻``) says so itself, over a title of any width
    # (a title wrapped in a narrow column).  Over a 简报's own masthead — its name over its
    # issue number (``工作简报`` / ``第12期``) — the bare words head the page, not the document.
    if not dated and below.width < head.width + BARE_HEAD_STEP_EM and not _over_masthead(lines, kept):
        return set()
    return {kept[0]} | _band_row(lines, kept)


def _band_pair(lines: Sequence[Line], pages: Pages, kept: Sequence[int]) -> bool:
    """(head65) The first page's first two lines are a head band printed once — a bare name over the
    band's row that sets the issue, the editing office and the day on one row (「情况交流」 / 「第12期
    江城市委办公室编  2026年11月20日」, ``_band_row``) — on a text of any number of pages.  Word's
    "different first page" prints such a band on the first page only, so nothing repeats to say what it
    is; the row says it: a 简报's own 报头 sets its issue on a line of its own, centred over the 编发
    line, and never prints the three on one row.  Only at the text's top (the band is the first thing
    printed), and only where the extractor kept the row whole (PDFium, ``-raw``, ``-layout``, a
    viewer's copy): cut in pieces (pypdf, pdftotext) it is a 报头's shape exactly and stays."""
    if len(kept) < 2 or (pages.starts and kept[0] >= pages.span(0, len(lines)).stop):
        return False
    head = lines[kept[0]]
    return bare_name(head) and head.role is None and bool(_band_row(lines, kept))


def stacked_band(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(head65) Two 报头s stacked at the top of the first page: the upper is the page's head band.  A
    document prints its own 报头 once — its name, its issue on a line of its own, its 编发 line — so
    where a second name over its issue stands straight under a whole one (「情况交流」 / 「第12期」 /
    「江城市委办公室编」 / 「2026年11月20日」 / 「工作简报」 / 「第7期」 / …), the upper is the band Word's
    "different first page" printed over the 简报's own (pypdf ends a line at each change of place and
    font, so the band's one row comes out in a 报头's shape; whole, ``_band_pair`` reads it)."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    top = [i for i in span[:STACKED_TOP_LINES + 4] if i not in drop][:STACKED_TOP_LINES]
    upper = _whole_masthead(lines, top)
    if not upper:
        return set()
    below = top[len(upper):]
    return set(upper) if len(below) >= 2 and _name_over_issue(lines[below[0]], lines[below[1]]) else set()


# (head65) The lines of two 报头s stacked: each its name, its issue and its 编发 line, which an
# extractor may cut in two (the office, the day).
STACKED_TOP_LINES = 2 * 4


def unit_over_masthead(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(bull66) A unit's name printed once at the top of the first page straight over the text's own
    whole 报头 — its short name, its issue on a line of its own and the 编发 line that closes it
    (``_whole_masthead``: 「中共江城市委办公室」 / 「参阅」 / 「第15期」 / 「江城市委政策研究室编  2026年11月25日」):
    the unit's line is the page's head band.  A 简报 names the office that issues it in its 编发 line,
    under its own name; the unit over that name is the letterhead or Word's different first page,
    printed once, which no repetition marks.  Read before ``masthead``, which would take the unit
    with the 报头's name and issue as one band (the name cut from its issue is a periodical's row
    there) or leave the unit to run on into the name as one title."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    top = [i for i in span[:STACKED_TOP_LINES + 4] if i not in drop][:CORNER_MARK_LINES + UNIT_OVER_MASTHEAD_LINES]
    marks = _corner_marks(lines, top)
    band, top = set(top[:marks + 1]), top[marks:marks + UNIT_OVER_MASTHEAD_LINES]
    if len(top) < 4 or lines[top[0]].given_heading or not _unit_line(lines, top[0]):
        return set()
    return band if _whole_masthead(lines, top[1:]) or _large_masthead(lines, top[1:]) else set()


def unit_over_title(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(bull69) A unit's name printed once at the top of the first page straight over the text's
    title, with no 报头 of the text's own under it (「青禾县农业农村局」 / 「致全市广大教师和教育工作者的
    慰问信」): the unit's line is the page's head band, as ``unit_over_masthead`` reads it over a 报头.
    A document names its issuer under its title (a byline), at its end (the signature) or in its own
    版头 — and a 版头 sets its 发文字号 or issue under the name (「中共江城市委宣传部」 / 「江宣发〔2026〕7号」,
    ``_own_letterhead``), never a title straight under a bare body's name.  Word's "different first
    page" prints the unit once, so nothing repeats to say what it is; the title under it does.  Only
    the text's first line (nothing of the page kept before it), only a whole body's name
    (``shapes.ISSUING_BODY_RE``), and only over a line shaped like a title (``_opens_headline``) — a
    block-dealing reader that starts on a signature (「中共江城市委」 / 「江城市人民政府」) stays."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    top = [i for i in span[:UNIT_OVER_TITLE_LINES] if i not in drop][:UNIT_LETTERHEAD_LINES]
    if len(top) < 2 or any(i in drop for i in range(top[0])):
        return set()
    unit, below = lines[top[0]], lines[top[1]]
    if unit.given_heading or not _unit_line(lines, top[0]) or ISSUING_BODY_RE.match(unit.text.strip()) is None:
        return set()
    return set() if _own_letterhead([lines[k].text.strip() for k in top[1:]], unit.text.strip()) \
        or not _opens_headline(below.text.strip(), False) \
        else {top[0]}


def unit_over_label(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(bull79) A two-line head band printed once at the top of the first page — a unit's name and a
    publication's bare label, in either order (「青禾县农业农村局」 / 「工作动态」, 「工作简报」 / 「江城市人民政府
    办公室」) — straight over the text's title, with no issue under or beside the label: both lines are
    the band.  A 简报's own 报头 always prints its issue (「第12期」) with its name (bull67); a label with
    no issue, over a title, is Word's "different first page" head naming the series the one-item text
    belongs to, printed once, so nothing repeats to say what it is.  ``unit_over_title`` took the unit
    alone and the label stood as the text's title (every extractor: the real title then a second
    heading, or run into the first paragraph).  Only the text's first two lines, nothing of the page
    kept before them, the line under them shaped like a title (``_opens_headline``) and no issue, 编发
    line or date among the first page's top lines (``_issue_near``).  Over the text's own 报头 — its name
    and its issue (``_name_and_issue``: 「工作简报」 / 「第12期」) — the pair is the band as well: the 报头
    names the text, the label over it a series; there the label ran on into the 报头's name as one
    heading (「工作动态工作简报」, every extractor) or the unit did, the label taken by ``one_page_head``."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    # (a label over the unit may be taken already, by ``one_page_head`` as a bare head over a wider
    # line: the pair is read all the same, as ``one_page_head`` reads a band's pair)
    taken = {span[0]} if len(span) and span[0] in drop and bare_name(lines[span[0]]) else set()
    top = [i for i in span[:UNIT_OVER_TITLE_LINES] if i not in drop or i in taken][:3]
    if len(top) < 3 or any(i in drop for i in range(top[0])):
        return set()
    first, second, below = (lines[k] for k in top)
    if first.given_heading or second.given_heading or not _unit_and_label(lines, top[0], top[1]):
        return set()
    if _name_across(second, below):   # (「工作」 / 「简报」: the 报头's own name in two lines)
        return set()
    if _letterhead_under(lines, span, drop, top):   # (the unit is the text's own 版头: a label over it is the head)
        return set()
    rest = [i for i in span[:STACKED_TOP_LINES + 4] if i not in drop and i > top[1]][:UNIT_OVER_MASTHEAD_LINES]
    if _name_and_issue(lines, rest):   # over the text's own 报头: its name and its issue
        return set(top[:2]) - drop
    if not _opens_headline(below.text.strip(), False) or _issue_near(lines, span):
        return set()
    return set(top[:2]) - drop


def _unit_and_label(lines: Sequence[Line], a: int, b: int) -> bool:
    """(bull79) Lines ``a`` and ``b`` are a unit's name (a whole body's, ``_unit_line``) and a bare
    publication label (``masthead_name``), in either order."""
    def unit(k: int) -> bool:
        return _unit_line(lines, k) and ISSUING_BODY_RE.match(lines[k].text.strip()) is not None

    def label(k: int) -> bool:
        return masthead_name(lines[k].text) and ISSUING_BODY_RE.match(lines[k].text.strip()) is None

    return unit(a) and label(b) or label(a) and unit(b)


def _letterhead_under(lines: Sequence[Line], span: Sequence[int], drop: set[int], top: Sequence[int]) -> bool:
    """(bull79) The unit of the pair ``top`` heads the text's own 版头: its 发文字号 (or another body, or
    its name's rest a narrow column wrapped over the number) stands under it or under the pair
    (``_own_letterhead``: 「调研报告」 / 「江城市安全生产委员会办公室」 / 「江安委办〔2026〕23号」, 「江城通讯」 /
    「中共江城市委」 / 「宣传部」 / 「江宣发〔2026〕7号」) — the unit is the document's issuer, in the gold, and
    the label over it the page's head alone (``one_page_head``'s)."""
    unit = top[0] if ISSUING_BODY_RE.match(lines[top[0]].text.strip()) is not None else top[1]
    under = [lines[k].text.strip() for k in span[:UNIT_OVER_TITLE_LINES + 2]
             if k > unit and k not in drop and k not in top[:2]][:UNIT_LETTERHEAD_LINES - 1]
    return bool(under) and (_own_letterhead(under, lines[unit].text.strip())
                            or DOC_NUMBER_RE.match(under[0]) is not None)


def _issue_near(lines: Sequence[Line], span: Sequence[int]) -> bool:
    """(bull79) An issue (「第12期」, 「2026年第15期」 on a line or a row), an 编发 line or a date stands
    among the first page's first ``LABEL_BAND_TOP_LINES`` lines: the text's own 报头 is there."""
    for k in span[:LABEL_BAND_TOP_LINES]:
        text = lines[k].text.strip()
        if ISSUE_RE.search(text) or EDITOR_CREDIT_RE.match(text.split()[0] if text.split() else "") \
                or HEADER_DATED_RE.search(text) and header_line(lines[k]):
            return True
    return False


# (bull79) The lines at the first page's top where a 报头 sets its issue, 编发 line or date: the name,
# the unit over it, a corner mark, the issue and the two halves of a cut 编发 line, with a blank line or
# two an extractor sets between them.
LABEL_BAND_TOP_LINES = 8


# (bull69) The unit's line and the title under it, among the first page's first lines (an extractor
# may set a blank line or two between them, or a page-number line a reader put first); (unit73) the
# line under a body's name under it too (its 发文字号); (unit74) and the rest of that name a narrow
# column wrapped onto a line of its own, over the number.
UNIT_OVER_TITLE_LINES = 5
# … of which the unit's line and the lines under it that may still be a 版头's: a body's name, the
# rest of it a narrow column wrapped (unit74), its 发文字号.
UNIT_LETTERHEAD_LINES = 4


def unit_over_column(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(unit75) A unit's name printed once at the top of the first page of a page dealt in columns,
    over a line of a column's prose (「青禾县农业农村局」 / 「二、方式方法」, 「…镇里推行家庭医生签约服」):
    the unit's line is the page's head band, as ``unit_over_title`` reads it over the title.  A 简报's
    报头 — its name, 第N期, the unit and the date — is a band across the first page's top; a reader
    that deals the page by its boxes writes the band's unit first and a column's lines under it, so
    the title or the 报头's name comes lines later, and ``unwrap`` or ``headlines`` ran the unit into
    it (the unit read as a kicker).  Nothing but a column's line reads as such under a bare name: a
    版头 sets its number or issue there, a title no clause mark, a signature its date.  Only the
    text's first line, only a whole body's name, and only where the name opens no other line of the
    text (``_names_itself``: its signature, its 编发 line, its own 版头 — the text's issuer, kept)."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    top = [i for i in span[:UNIT_OVER_TITLE_LINES] if i not in drop][:2]
    if len(top) < 2 or any(i in drop for i in range(top[0])):
        return set()
    unit, below = lines[top[0]], lines[top[1]]
    name = unit.text.strip()
    if unit.given_heading or not _unit_line(lines, top[0]) or ISSUING_BODY_RE.match(name) is None:
        return set()
    return set() if not _column_line(below.text.strip()) or _names_itself(lines, top[0], name) else {top[0]}


def _column_line(text: str) -> bool:
    """(unit75) ``text`` is a line of a column cut at its measure (a clause mark in it, no sentence's
    end: the sentence goes on in the column) or a numbered item's head — no 版头's line, title or date
    holds one.  A whole sentence under a body's name may be the passage that name heads
    (``test_a_heading_over_a_signature_stays_a_heading``)."""
    return bool(NUMBERED_RE.match(text) or CLAUSE_RE.search(text) and not ends_sentence(text))


def _names_itself(lines: Sequence[Line], k: int, name: str) -> bool:
    """(unit75) The body's name ``name`` on line ``k`` opens another line of the text: the text names
    that body itself (its signature, its 编发 line 「…办公室编」, its 版头 a reader moved), so the line
    may be the text's own; a unit printed once by the first page's band is named nowhere else."""
    return any(j != k and line.text.strip().startswith(name) for j, line in enumerate(lines))


def _own_letterhead(under: Sequence[str], unit: str) -> bool:
    """(bull69) The lines ``under`` a body's name ``unit`` make the name the text's own 版头: a 发文字号 or
    issue (``shapes.DOC_NUMBER_RE``, ``ISSUE_LINE_RE``) or another body (joint issuers stacked: 「中共江城市委」 /
    「江城市人民政府」).  A 简报's own 报头 name under the unit is no 版头 of the unit's: there the unit is the
    band as ``unit_over_masthead`` reads it.  (unit73) Nor is a 发文字号 that numbers another body's
    document (``_numbers_another``: 「江城市委政策研究室」 over 「江民〔2026〕47号」, a 民政局's 请示), nor a body
    over such a number that is its own (「中共江城市委宣传部」 / 「江宣发〔2026〕7号」 under the unit: the text's
    版头 whole, the unit over it the band) — joint issuers number their document by the first; a name
    a narrow column cut in two (「中共江城市委」 / 「宣传部」, one name read whole) is one issuer's."""
    text = under[0]
    if DOC_NUMBER_RE.match(text) is not None:
        return not _numbers_another(text, unit)
    if ISSUING_BODY_RE.match(text) is not None:
        rest = under[1:]
        if len(rest) > 1 and _name_wrapped(text, rest[0]):
            text, rest = text + rest[0], rest[1:]
        number = rest[0] if rest and DOC_NUMBER_RE.match(rest[0]) is not None else ""
        return not (number and _bodys_own_number(text, number, unit))
    return ISSUE_LINE_RE.match(text) is not None


def _name_wrapped(name: str, rest: str) -> bool:
    """(unit74) ``rest`` is the end of the body's name ``name`` that a narrow column wrapped onto a line
    of its own (「江城市安全生产委员会办」 / 「公室」, over the 发文字号): the name opens on its own region or
    party, the rest does not (``shapes.NAME_OF_ITS_OWN_RE``), and the two joined read as one name."""
    return NAME_OF_ITS_OWN_RE.match(name) is not None and NAME_OF_ITS_OWN_RE.match(rest) is None \
        and DOC_NUMBER_RE.match(rest) is None and ISSUING_BODY_RE.match(name + rest) is not None


def _bodys_own_number(body: str, number: str, unit: str) -> bool:
    """(unit73) ``number`` under ``body`` under ``unit`` numbers the body's document alone: the two
    names are two (not one a narrow column cut, 「中共江城市委」 / 「宣传部」) and the number's 代字 is the
    body's, not the unit's — so the body and its number are the text's own 版头, the unit the band."""
    return _two_names(unit, body) and not _numbers_another(number, body) \
        and (_numbers_another(number, unit) or _holds_code(number, body) and not _holds_code(number, unit))


def _holds_code(number: str, name: str) -> bool:
    """(unit74) Every character of the 机关代字 of ``number`` (past its region's and its kind's, as
    ``_numbers_another`` reads it) is in ``name``.  Between two names over one number the one that holds
    the whole 代字 made it: 「江安委办」 is 「江城市安全生产委员会办公室」's, not the unit 「江城市人民政府办公室」's
    over it, which shares 「办」 only (any shared character is the lenient reading of a lone name)."""
    body = _code(number)
    return bool(body) and all(ch in name for ch in body)


def _two_names(unit: str, body: str) -> bool:
    """(unit74) ``body`` under ``unit`` is a second body's name, not the rest of the unit's that a narrow
    column cut: it opens on a name of its own (``shapes.NAME_OF_ITS_OWN_RE``: 「中共江城市委宣传部」,
    「江城市安全生产委员会办」), which a cut-off rest (「宣传部」) never does — or the two joined read as no
    one name.  The joined reading alone matches two whole names run together (「青禾县农业农村局」 +
    「中共江城市委宣传部」 is a body's name by its shape) and kept the unit over another body's 版头."""
    return NAME_OF_ITS_OWN_RE.match(body) is not None or ISSUING_BODY_RE.match(unit + body) is None


def _numbers_another(number: str, unit: str) -> bool:
    """(unit73) The 发文字号 ``number`` is another body's than ``unit``: past its region's character
    (「江」, 「粤」) and the kind of document it ends on (``DOC_KIND_MARKS``), no character of its
    机关代字 is in the unit's name.  GB/T 9704 makes the 代字 from the issuing body's name (江民 ← 江城市
    民政局, 江政办 ← 江城市人民政府办公室, 江宣 ← 中共江城市委宣传部), so a body's own 版头 shares them."""
    body = _code(number)
    return bool(body) and not any(ch in unit for ch in body)


def _code(number: str) -> str:
    """(unit73) The 机关代字 of ``number`` past its region's character and its kind's (``DOC_KIND_MARKS``)."""
    code = DOC_NUMBER_CODE_RE.match(number)
    return code.group("code")[1:].rstrip(DOC_KIND_MARKS) if code is not None else ""


# (unit73) The characters a 机关代字 ends on for the kind of document, never the body's: 「江政办发」,
# 「国办函」, 「组通字」, 「江政电」, 「江政复」, 「江民呈」, 「江办报」.
DOC_KIND_MARKS = "发函字电复呈报"


def _corner_marks(lines: Sequence[Line], top: Sequence[int]) -> int:
    """(mast68) How many of the first lines of ``top`` are circulation marks printed at the page's top
    corner over the unit (``shapes.CIRCULATION_MARK_RE``: 「秘密」, 「内部资料　注意保存」): marks on the copy,
    read with the unit's band."""
    n = 0
    while n < min(len(top), CORNER_MARK_LINES) and not lines[top[n]].given_heading \
            and CIRCULATION_MARK_RE.match(lines[top[n]].text.strip()) is not None:
        n += 1
    return n


# (mast68) A 简报's corner prints its marks on one row or two (「内部资料」 over 「注意保存」, a secrecy level).
CORNER_MARK_LINES = 2


def _large_masthead(lines: Sequence[Line], top: Sequence[int]) -> bool:
    """(bull67) The first lines of ``top`` are a 报头 by its name's type, with no 编发 line under it: the
    name set spaced out (``shapes.SPACED_NAME_RE``: 「简　报」, 「工　作　简　报」 — the 报头's large type spread
    to fill its measure, which no head band's row sets) and its issue, under it or on its row.  A band
    cut by the extractor (「组工情况反映」 / 「第27期」, head65's periodical row) sets its name plain."""
    head = _name_and_issue(lines, top)
    if not head:
        return False
    return _issue_over_name(lines, top) or any(SPACED_NAME_RE.match(_issue_cut(lines[k].text)) is not None
                                               for k in top[:head])


def _issue_cut(text: str) -> str:
    """``text`` without the issue at its end where a 报头's row holds one (``shapes.NAME_ISSUE_ROW_RE``)."""
    row = NAME_ISSUE_ROW_RE.match(text.strip())
    return row.group("name").strip() if row is not None else text.strip()


# (bull66) The unit's line and the 报头 under it: the name, the issue, the 编发 line whole or cut in two;
# (mast68) the name may take two lines (「工作」 / 「简报」).
UNIT_OVER_MASTHEAD_LINES = 1 + 5


def _whole_masthead(lines: Sequence[Line], top: Sequence[int]) -> list[int]:
    """The first lines of ``top`` as a whole 报头: its name and its issue (``_name_and_issue``: the
    issue on a line of its own under the name or on the name's row), and the 编发 line closing it
    (``shapes.ISSUED_ON_RE``), whole or cut between the office and the day."""
    head = _name_and_issue(lines, top)
    if not head:
        return []
    for end in (head + 1, head + 2):
        if len(top) >= end and _closes_band(lines, top[head:end]) \
                and all(not lines[k].given_heading for k in top[head:end]):
            return list(top[:end])
    return []


def _name_and_issue(lines: Sequence[Line], top: Sequence[int]) -> int:
    """(bull67) How many of the first lines of ``top`` hold a 报头's name and its issue: the name (on one
    line or two, ``_name_lines``) over its issue on a line of its own (「工作简报」 / 「第7期」); (mast68) the
    issue over the name (「第15期」 / 「工作简报」, ``_issue_over_name``); the name alone over the 编发 row
    that numbers the issue between the office and the day (``shapes.ISSUE_IN_ROW_RE``: the row, which
    closes the 报头, is not counted); one, the issue on the name's row at its end (「参阅  第15期」); none.
    Whatever the arrangement, a 简报's first page prints both."""
    name = _name_lines(lines, top)
    after = lines[top[name]] if name and len(top) > name else None
    if after is not None and _issue_line(after):
        return name + 1
    if _issue_over_name(lines, top):
        return 1 + _name_lines(lines, top[1:])
    if after is not None and not after.given_heading and ISSUE_IN_ROW_RE.match(after.text.strip()) is not None:
        return name
    return 1 if top and _name_issue_row(lines[top[0]]) else 0


def _issue_line(line: Line) -> bool:
    """A 报头's issue on a line of its own (``shapes.ISSUE_LINE_RE``: 「第7期」, 「第15期　总第123期」)."""
    return not line.given_heading and ISSUE_LINE_RE.match(line.text.strip()) is not None


def _issue_over_name(lines: Sequence[Line], top: Sequence[int]) -> bool:
    """(mast68) The 报头 numbers its issue over its name (「第15期」 / 「工作简报」): a band's row cut by the
    extractor gives its name first and its issue after (「组工情况反映」 / 「第27期」), never the other way.
    The 报头 numbers its issue once: an issue under the name too (a band's 「2026年第5期」 over the
    text's own 「工作简报」 / 「第7期」) makes the upper one another band's."""
    if len(top) < 2 or not _issue_line(lines[top[0]]):
        return False
    name = _name_lines(lines, top[1:])
    return name > 0 and not (len(top) > 1 + name and _issue_line(lines[top[1 + name]]))


def _name_lines(lines: Sequence[Line], top: Sequence[int]) -> int:
    """(mast68) How many of the first lines of ``top`` hold a 报头's name: two where the name is set
    across two lines (``_name_across``: 「工作」 / 「简报」), one (``_masthead_name``), none."""
    if len(top) >= 2 and _name_across(lines[top[0]], lines[top[1]]):
        return 2
    return 1 if top and _masthead_name(lines[top[0]], lines[top[0]].text) else 0


# (mast68) A four-character name set across two lines in the 报头's large type is halved: two characters a line.
NAME_HALF_MAX_CHARS = 2


def _name_across(first: Line, second: Line) -> bool:
    """(mast68) A 报头's name set in its large type across two lines, a word on each (「工作」 / 「简报」,
    spaced out 「工　作」 / 「简　报」, or a long name spaced out and wrapped at the measure, 「江　城　水　利　工　作」 /
    「简　报」): each piece ideographs only, the first no issuing body's name (the unit over the 报头,
    ``shapes.ISSUING_BODY_RE``) and no bare head of its own (「调研报告」 over 「工作简报」 is a head over the
    name; a short name halved, ``NAME_HALF_MAX_CHARS``, is the exception: 「工作」), and the two read together a publication's name (``shapes.PUBLICATION_RE``:
    简报, 动态, 参考, …) — two section names stacked name none."""
    pieces = [_spaceless(line.text) for line in (first, second)]
    if any(line.role is not None or line.given_heading for line in (first, second)) \
            or not all(NAME_PIECE_RE.match(piece) for piece in pieces) or ISSUING_BODY_RE.match(pieces[0]) \
            or (len(pieces[0]) > NAME_HALF_MAX_CHARS and BARE_HEAD_RE.match(pieces[0])):
        return False
    joined = "".join(pieces)
    return masthead_name(joined) and PUBLICATION_RE.fullmatch(joined) is not None


def part_masthead_row(lines: list[Line], log: Log) -> list[Line]:
    """(bull67) The text's first line, once the page's furniture is gone, a 报头's name with its issue on
    the name's row (``_name_issue_row``: 「参阅  第15期」, 「工　作　简　报 2026年第12期」): two parts, set as
    two lines.  A 简报 numbers its issue under or beside its name; the issue numbers the copy and is
    no part of the name, which heads the text (the issue set on a line of its own goes with the 编发
    line under it, as ``unwrap``'s issue-line row keeps it)."""
    if not lines or not _name_issue_row(lines[0]):
        return lines
    line = lines[0]
    row = NAME_ISSUE_ROW_RE.match(line.text.strip())
    assert row is not None
    log.decided(line.lineno, "split", _("a masthead's name and its issue on one row, parted: {text!r}").format(
        text=excerpt(line.text)))
    name = line.but(text=row.group("name").strip(), trail_space=False)
    issue = line.but(text=row.group("issue").strip(), blanks_before=0, indent=False, lead_space=False,
                     page_start=False, gap_join=False, role=None, given_heading=False)
    return [name.but(span_width=name.width), issue.but(span_width=issue.width)] + lines[1:]


def _name_over_issue(name: Line, issue: Line) -> bool:
    """A 报头's name over its issue number on a line of its own (「工作简报」 / 「第7期」)."""
    return _masthead_name(name, name.text) and not issue.given_heading \
        and ISSUE_LINE_RE.match(issue.text.strip()) is not None


def _name_issue_row(line: Line) -> bool:
    """(bull67) A 报头's name with its issue on the same row, at the row's end (``shapes.NAME_ISSUE_ROW_RE``:
    「参阅  第15期」, 「工　作　简　报 2026年第12期」)."""
    row = NAME_ISSUE_ROW_RE.match(line.text.strip())
    if row is None or not (_masthead_name(line, row.group("name")) or _marked_name_row(line, row.group("name"))):
        return False
    return row.end("name") < row.start("issue") or SPACED_NAME_RE.match(row.group("name")) is not None


def _marked_name_row(line: Line, name: str) -> bool:
    """(sign78) A row the PDF reader marked a title (``given_heading``) whose words before the issue are a
    报头's bare name (``shapes.masthead_name``): the reader marks a row by its largest type, and the
    name set large shares its baseline with the issue set in the body's type beside it (「工作简报  第12期」)
    — the mark is the name's, the issue goes with it only because it stands on the row."""
    return line.given_heading and masthead_name(name)


def _masthead_name(line: Line, text: str) -> bool:
    """(bull67) ``text``, on ``line``, is a 报头's name: a bare name (``bare_name``), read closed where it
    is set spaced out (``shapes.SPACED_NAME_RE``: 「工　作　简　报」 is 「工作简报」), on a line the extractor
    gave no role or heading mark."""
    return line.role is None and not line.given_heading and masthead_name(text)


def _band_row(lines: Sequence[Line], kept: Sequence[int]) -> set[int]:
    """The second row of the head's band, straight under its bare name: the issue, the editing
    office and the day on one row (``shapes.BAND_ISSUE_ROW_RE``: 「情况交流」 / 「第12期  江城市委办公室编
    2026年11月20日」).  Taken for a title's first line under the head, it would run on into the
    heading under it; a 简报's own 报头 sets its issue on a line of its own and stays."""
    row = lines[kept[1]]
    return {kept[1]} if not row.given_heading and BAND_ISSUE_ROW_RE.match(row.text.strip()) else set()


def _paper_page_head(text: str, *parts: Line) -> bool:
    """The text's first line is a newspaper page's head by its fields alone: only a head's parts
    (``shapes.BARE_HEAD_RE``: a section name, the paper's name, dates) with the paper's page
    number among them (``第1版  要闻``, ``理论学习  第1版  2026年10月15日  星期四``; the shape
    asks for a name beside it: ``第1版`` alone is none).  A paper numbers its pages in the head
    and a title names its subject, so the line is the head over whatever comes next: an
    extractor reading a page of columns row by row (pdfplumber) writes a column's middle under
    it, not the headline; and where a lone space PDFium left at the start of a wrapped title
    looks like a page mark, the one-page rules below no longer ask.  ``parts``: the lines the
    head was read from."""
    text = text.strip()
    if any(line.given_heading or line.role is not None for line in parts) or LABEL_RE.match(text):
        return False
    return BARE_HEAD_RE.match(text) is not None and EDITION_RE.search(text) is not None


def _cut_paper_head(first: Line, second: Line) -> bool:
    """The text's first two lines are one paper head cut at a change of font (pypdf ends a line at
    each: ``第1版`` / ``要闻``): the first only the head's dated parts, the second a bare name
    straight under it (no blank line: one printed row), and the two together a paper's head."""
    return second.blanks_before == 0 and HEAD_PIECE_RE.match(first.text.strip()) is not None \
        and bare_name(second) and _paper_page_head(f"{first.text.strip()}  {second.text.strip()}", first, second)


def _named_above(lines: Sequence[Line], first: int, drop: set[int]) -> bool:
    """A head already taken above the page's first kept line names the paper or page
    (「理论周刊」 / 「2026年5月12日」): a head gives its name once, so a bare name under it, over a
    title (「高端访谈」), is the label a paper sets over the item in its column, not the head."""
    return any(k in drop and _undated_key(lines[k].text) for k in range(first))


def _below(lines: Sequence[Line], kept: Sequence[int], drop: set[int]) -> int:
    """The line under the page's first line in its own column, where the next line opens no
    headline: the next row starting where it starts.  ``pdftotext -layout`` writes a page of columns row by row, each row's pieces at
    their places, so the row after the head may be another column's (``要闻  第1版  2026年9月8日``
    / ``                 研组织和成果转化的主体。`` / ``市委常委会召开会议专题``); text with no
    margins keeps every line at the left edge, and the next line is it."""
    indent = _indent(lines[kept[0]])
    for i in range(kept[0] + 1, min(len(lines), kept[0] + 1 + BELOW_ROWS)):
        if i not in drop and _indent(lines[i]) == indent:
            return i
    return kept[1]


def _indent(line: Line) -> int:
    text = line.raw.text
    return len(text) - len(text.lstrip())


def _opens_headline(text: str, dated: bool) -> bool:
    """The line under a bare head opens a headline: shaped like a title — no clause punctuation,
    no sentence end, not numbered, no contents row, no colon (``通知`` over ``各单位：`` stays).
    Under a head that dates or numbers the page, a kicker's colon (``非遗工坊开进社区：``) is the
    headline's own: the head says what it is, the colon no longer has to."""
    if dated:
        text = text.removesuffix("：").removesuffix(":")
    return not (CLAUSE_RE.search(text) or ends_sentence(text) or text.endswith(("：", ":"))
                or NUMBERED_RE.match(text) or TOC_ROW_RE.search(text))


def _over_masthead(lines: Sequence[Line], kept: Sequence[int]) -> bool:
    """The line under the head is a publication's name over its issue line (``第12期``)."""
    return len(kept) > 2 and ISSUE_LINE_RE.match(lines[kept[2]].text.strip()) is not None


def head_pieces(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """Pieces of a one-page newspaper's head written as blocks of their own, wherever they fall:
    the piece giving the page's number (``第1版``, ``第1版  2026年9月8日``; among the page's top
    lines, set off or not); the bare date, when
    the page number came without one and the page has one such date block; the section name
    (``要闻``, ``shapes.BARE_HEAD_RE``) beside the page number, or as the page's one bare name."""
    if len(pages.starts) != 1:
        return set()
    # (``_alone`` of every line, in C: a line is alone where a block opens on it and on the next)
    opens = [line.blanks_before > 0 for line in lines]
    opens[:1] = [True] * len(opens[:1])
    alone = list(compress(range(len(lines)), map(and_, opens, opens[1:] + [True])))
    # (a 来源 line's rest is text, the edition it cites too: 「来源：《江城日报》2026年9月18日」 / 「第3版」)
    pieces = [k for k in alone if HEAD_PIECE_RE.match(lines[k].text.strip())
              and not (k > 0 and source_rest(lines[k - 1].text, lines[k].text))]
    top_all = range(min(len(lines), BAND_LINES + 3))
    top = [k for k in top_all if k not in drop][:BAND_LINES]
    editions = sorted({k for k in pieces if EDITION_RE.search(lines[k].text)} | {k for k in top if _edition_head(lines[k])})
    # (the page's number may have gone already with the head's first line: 「第1版  专题」, ``one_page_head``)
    headed = [k for k in top_all if k in drop and EDITION_RE.search(lines[k].text)]
    if not editions and not headed:
        return set()
    out = set(editions)
    dates = [k for k in pieces if k not in out and k not in drop]
    if len(dates) == 1 and not any(HEADER_DATED_RE.search(EDITION_RE.sub("", lines[k].text)) for k in editions + headed):
        out.add(dates[0])
    # a head gives each part once: where its name already went with the page's top line
    # (``one_page_head``: 「理论学习」 over 「第1版 …」), a bare word further on is text — a wrapped
    # heading's last word (「（三）学习科技创新和产业发展」 / 「知识」)
    if any(k in drop and bare_name(lines[k]) for k in top_all):
        return out - drop
    names = [k for k in alone if k not in drop and k not in out and bare_name(lines[k])]
    if not editions:
        # the head's line that numbered the page gave its section's name with it (「第1版  要闻」):
        # what it may have printed apart is the paper's name (「江城日报」), not another section's
        # (「高端访谈」 labels an item)
        names = [k for k in names if PUBLICATION_RE.search(lines[k].text) is not None
                 and not any(PUBLICATION_RE.search(lines[h].text) for h in headed)]
    beside = [k for k in names if k - 1 in out or k + 1 in out]
    out.update((beside or (names if len(names) == 1 else []))[:1])
    return (out | _paper_beside(lines, names, out)) - drop


def _paper_beside(lines: Sequence[Line], names: Sequence[int], taken: AbstractSet[int]) -> set[int]:
    """(news74) The paper's name (``shapes.PUBLICATION_RE``: 「江城晚报」) written as a block of its
    own beside the section's name taken with the head's dated pieces (「江城晚报」 / 「城事」 /
    「2026年5月3日」 / 「A1」: pdftotext cuts the head row at each of its wide spaces): the head prints
    the paper's name and its section side by side, each once, so a second bare name is the head's
    only when it names the paper and stands next to a name already taken; a section's name further
    on (「高端访谈」) labels an item."""
    named = {k for k in taken if bare_name(lines[k])}
    if not named or any(PUBLICATION_RE.search(lines[k].text) for k in named):
        return set()
    return {k for k in names if k not in taken and (k - 1 in named or k + 1 in named)
            and PUBLICATION_RE.search(lines[k].text) is not None}


def head_paper(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The paper's name and date written apart from the page number and section they share a row
    with (「第1版  综合      江城日报  2026年11月20日」 read as two pieces, 「第1版  综合」 taken as the
    page's head): the next line, when it is only header parts — the paper's name and a date
    (``shapes.HEADER_LINE_RE``, ``PUBLICATION_RE``, ``HEADER_DATED_RE``) — is the same head's other
    end.  A head gives each part once: only beside a piece that numbers the paper's page."""
    if len(pages.starts) != 1:
        return set()
    top = [k for k in range(min(len(lines), BAND_LINES + 3))]
    for k in top:
        if k in drop and EDITION_RE.search(lines[k].text) and k + 1 < len(lines) and k + 1 not in drop:
            text = lines[k + 1].text.strip()
            if (not lines[k + 1].given_heading and HEADER_LINE_RE.match(text) is not None
                    and PUBLICATION_RE.search(text) is not None and HEADER_DATED_RE.search(text) is not None):
                return {k + 1}
    return set()


def head_weekday(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The weekday of a one-page head's date, written as a block of its own: a paper dates its
    page ``2026年5月12日  星期二`` on one row; an extractor reading the row's pieces as blocks
    (pdftotext) writes the date with the head and the weekday anywhere on the page.  Where the
    head already taken (``drop``) gives a date without its weekday, the page's one block that is
    only a weekday (``星期二``) is that date's — a head gives each part once; a weekday inside
    prose, or on a page whose head has none or dates itself in full, is text."""
    if len(pages.starts) != 1:
        return set()
    dates = [m for k in drop if k < len(lines) for m in HEAD_DAY_DATE_RE.finditer(lines[k].text)]
    if len(dates) != 1 or dates[0].group("weekday"):
        return set()
    days = [k for k in range(len(lines)) if k not in drop and _alone(lines, k) and not lines[k].given_heading
            and WEEKDAY_RE.match(lines[k].text.strip())]
    return set(days) if len(days) == 1 else set()


def head_band_rest(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The rest of a one-page head band whose dated parts went already (``masthead``,
    ``head_pieces``, ``head_weekday``: 「2026年5月8日」 / 「星期五」, 「第1版」, 「2026年5月3日  A1」): the
    page's first kept line, a bare name (the 版名 「文化周刊」, 「综合新闻」, the paper's 「江城晚报  城事」)
    standing straight beside one of those parts among the page's top lines — the band prints its
    name and its dates together, over the first headline.  Only where the parts taken are dated
    alone: a head that gave its name with them (「第1版  专题」) gives it once, and a bare name under it
    labels an item (「高端访谈」)."""
    if len(pages.starts) != 1:
        return set()
    top = range(min(len(lines), BAND_LINES + 3))
    parts = [k for k in top if k in drop and dated_only(lines[k].text)]
    if not parts or any(k in drop and k not in pages.numbers and not dated_only(lines[k].text) for k in top):
        return set()
    first = next((k for k in top if k not in drop), None)
    if first is None or not (first - 1 in parts or first + 1 in parts) or not bare_name(lines[first]):
        return set()
    return {first}


def head_copies(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The same head on the text's later pages, where too few pages show for repetition to tell
    (``bands.REPEAT_MIN_COPIES``: a paper's two pages, 「江城晚报  城事」 / 「2026年12月3日  星期四  A1」 …
    「江城晚报  城事」 / 「2026年12月3日  星期四  A2」).  A paper prints one head on every page, its
    page number counting on: where the page's first lines were taken as its head by their shape
    (``one_page_head``, ``head_pieces``, ``head_paper``, ``head_weekday``), a later line that is
    that head again — the same words, the figures aside, and still a head's shape
    (``HEADER_LINE_RE``, ``BARE_HEAD_RE``, ``HEAD_PIECE_RE``) — is the next page's head.  Only a
    paper's head, one that numbers the page (``EDITION_RE``): a book's or a short text's head
    may repeat the title under it."""
    # (miner75b) a text the reader paged (pdfminer's form feeds) shows its later pages' heads there
    # too — but pdfminer writes a page by its boxes' groups, and where the group holding the head's
    # first piece is written after another, the copy stands amid its page: a copy on any later page
    # is that page's head.  Two pages are too few for repetition (``running_heads``) to tell.
    if len(pages.starts) != 1 and not pages.marked:
        return set()
    first = pages.starts[1] if len(pages.starts) > 1 else len(lines)
    top = range(min(first, BAND_LINES + 3))
    taken = [k for k in top if k in drop and _head_shape(lines[k].text)]
    # only a paper's head: one numbering the paper's page (a short title's head, 「故乡」 over
    # 「故乡」, repeats the title it heads)
    if not any(EDITION_RE.search(lines[k].text) for k in taken):
        return set()
    keys = {number_key(lines[k].text) for k in taken}
    start = max(k for k in top if k in drop) + 1
    # (a 来源 line's rest citing the paper's page, 「…2026年9月18日」 / 「第3版」, is no copy of 「第1版」:
    # ``_amid`` passes it over)
    later = start if len(pages.starts) == 1 else first   # (a paged text's head stands once on its page)
    copies = set(_amid(lines, drop, later, partial(_head_copy, keys)))
    # (news74) a date alone is a copy only beside another part of the head: a letter's or a notice's
    # date under its signature (「江城市民政局」 / 「2026年11月20日」) has the head's date's shape, and
    # where pdftotext wrote the head's date as a block of its own the key is the date's alone
    return {k for k in copies if not _date_alone(lines[k].text) or k - 1 in copies or k + 1 in copies}


def head_name_amid(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(miner76) The paper's name piece of a one-page head, written amid the page: where the lines
    taken at the page's top give only the head's dated parts (「第1版」, 「2026年5月3日  A1」: the page's
    number, its date), the head's other end — the paper's name with its issue or its section
    (「江城周刊  2026年第18期」, 「江城晚报  城事」: ``HEADER_LINE_RE`` or ``BARE_HEAD_RE`` naming a
    publication, ``PUBLICATION_RE``) — was printed on the same row and is still to be found.  pdfminer
    writes a page by its boxes' groups: the head's left piece stands in the group holding the first
    column's top and the lead item's headline, and where another group's middle stands higher it is
    written after that group, amid the page.  A head gives each part once, so the page's one block
    of that shape (set off by blank lines, not the rest of a 来源 line citing the paper) is that
    piece, wherever it stands; ``_remove`` marks the line after it (``Line.after_head``), and
    ``turn`` reads the page from there.  Two such blocks, or a head that named the paper already at
    the top, leave the page as it is."""
    if len(pages.starts) != 1:
        return set()
    top = range(min(len(lines), BAND_LINES + 3))
    taken = [k for k in top if k in drop]
    if not taken or not all(dated_only(lines[k].text) for k in taken):
        return set()
    found = _amid(lines, drop, taken[-1] + 1, _paper_name_piece)
    return set(found) if len(found) == 1 else set()


def _amid(lines: Sequence[Line], drop: AbstractSet[int], start: int, piece: Callable[[Sequence[Line], int], bool]) -> list[int]:
    """Line numbers from ``start`` (past the head's pieces taken at the page's top) that ``piece``
    takes for a piece of that head written amid the page (``head_copies``: a copy of the head on a
    later page, ``_head_copy``; ``head_name_amid``: the head's missing name piece,
    ``_paper_name_piece``): lines still kept, not set as a heading by the reader, and not the rest of
    a 来源 line citing the paper's page (「来源：《江城日报》2026年9月18日」 / 「第3版」 is text)."""
    return [k for k in range(start, len(lines)) if k not in drop and not lines[k].given_heading
            and piece(lines, k) and not (k > 0 and source_rest(lines[k - 1].text, lines[k].text))]


def _head_copy(keys: AbstractSet[str], lines: Sequence[Line], k: int) -> bool:
    """(miner75b) Line ``k`` is the head taken again: the same words, the figures aside
    (``number_key`` in ``keys``), and still a head's shape."""
    text = lines[k].text
    return number_key(text) in keys and _head_shape(text)


def _paper_name_piece(lines: Sequence[Line], k: int) -> bool:
    """(miner76) Line ``k`` is a head's piece naming the paper, a block of its own: only a head's
    parts (``HEADER_LINE_RE``, ``BARE_HEAD_RE``), the publication's name among them (「江城周刊
    2026年第18期」, 「江城晚报  城事」), no page number (that is the piece already taken).  A head's row
    sets its parts apart by space, the name from its issue or section: a line of prose that names a
    periodical's kind (「志愿者提供的个人基本信息」, a sentence's first line) holds none."""
    text = lines[k].text.strip()
    return (_alone(lines, k) and len(text.split()) > 1
            and PUBLICATION_RE.search(text) is not None and EDITION_RE.search(text) is None
            and (HEADER_LINE_RE.match(text) is not None or BARE_HEAD_RE.match(text) is not None))


def _date_alone(text: str) -> bool:
    """(news74) A head's piece that holds a date and no page number (「2026年5月3日」)."""
    text = text.strip()
    return HEAD_PIECE_RE.match(text) is not None and EDITION_RE.search(text) is None


def _head_shape(text: str) -> bool:
    """Made only of a page head's parts: names, dates, the page's number."""
    text = text.strip()
    return any(r.match(text) is not None for r in (HEADER_LINE_RE, BARE_HEAD_RE, HEAD_PIECE_RE))


def _edition_head(line: Line) -> bool:
    """A line of the page's top band holding only the head's dated parts, the paper's page number
    among them (「第1版  2026年10月15日  星期四」 under 「理论学习」): an extractor writing no blank
    lines (pypdf) sets it off from nothing, but where it stands and what it holds say what it is."""
    text = line.text.strip()
    return not line.given_heading and HEAD_PIECE_RE.match(text) is not None and EDITION_RE.search(text) is not None


def _alone(lines: Sequence[Line], k: int) -> bool:
    """The line is a block of its own: set off by blank lines (or the text's start and end)."""
    return (k == 0 or lines[k].blanks_before > 0) and (k + 1 == len(lines) or lines[k + 1].blanks_before > 0)


def bare_name(line: Line) -> bool:
    """A section name bare of dates and labels (``要闻``; not ``附件``, ``材料1``)."""
    text = line.text.strip()
    return (not line.given_heading and BARE_HEAD_RE.match(text) is not None
            and HEADER_DATED_RE.search(text) is None and LABEL_RE.match(text) is None)


def masthead(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The header band at the top of the first page, known by shape: up to three consecutive
    header lines (names of the issuing body and the publication, dates, issue numbers,
    circulation marks), one of which dates or numbers the issue.  A line naming the publication
    again opens what the page prints under the design's band (「××市…办公室」 / 「工作简报  2026年第5期」
    / 「工作简报」 / 「第12期」: the 简报's own masthead), and so does the space under the band's rule.
    Where the pages show, a band printed once is no running band: the 简报's own 报头 (its name,
    第N期, the issuing office and date over the body of a text of several pages) stays."""
    span = pages.span(0, len(lines)) if pages.starts else range(0)
    own = _own_whole_masthead(lines, [i for i in span[:STACKED_TOP_LINES + 4] if i not in drop])
    if own is not None:
        return own
    found: list[int] = []
    top = [i for i in span[:BAND_LINES + 4] if i not in drop][:BAND_LINES]
    for n, i in enumerate(top):
        if not (header_line(lines[i]) or _periodical_row(lines, i, found, top[n + 1:n + 4])) \
                or _names_again(lines, found, i) or _set_off(lines, found, i) or _wrapped_name(lines, i):
            break
        found.append(i)
        if _closes_band(lines, found) or _periodical_closes(lines, found):
            break
    if _own_masthead(lines, pages, found):
        return set()
    # the band's dated parts may have gone already as running heads (「2026年5月8日」 / 「星期五」 on
    # every page): the rest of the same band above them or between them (its 版名 「文化周刊」, which
    # an extractor wrote elsewhere on the other pages) is the head they were read from
    if any(HEADER_DATED_RE.search(lines[i].text) for i in found):
        return set(found)
    return _band_rest(lines, pages, drop, found)


def _own_whole_masthead(lines: Sequence[Line], top: Sequence[int]) -> set[int] | None:
    """(mast68) The page opens on a 简报's own whole 报头 (``own_masthead``) under the circulation marks its
    corner may print (「秘密」): the marks go (the set returned), the 报头 stays; None where the page
    opens otherwise.  A head band is cut by its rows, not closed by an office crediting itself with
    the day under a name and an issue."""
    marks = _corner_marks(lines, top)
    return set(top[:marks]) if _whole_masthead(lines, top[marks:marks + UNIT_OVER_MASTHEAD_LINES]) else None


def own_masthead(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(mast68) The lines of the 简报's own whole 报头 the first page opens on once its head band is gone
    (``_whole_masthead``: its name and issue in any arrangement — the name on one line or two, the issue
    under it, over it, on its row or on the 编发 row — closed by its 编发 line), under the corner's
    circulation marks.  Read whole, it is the text's and no piece of a head: ``strip_furniture`` keeps
    it from the one-page head rules after (``one_page_head`` read a two-line name's 「工作」 as a bare
    head over a title, ``head_band_rest`` a name under 「秘密」 as the rest of a band)."""
    span = pages.span(0, len(lines)) if pages.starts else range(len(lines))
    top = [i for i in span[:STACKED_TOP_LINES + 4] if i not in drop]
    marks = _corner_marks(lines, top)
    return set(_whole_masthead(lines, top[marks:marks + UNIT_OVER_MASTHEAD_LINES]))


# (onepage64) The title printed under a head band stands within this many lines under the band's
# copy of it: the band's other lines (up to ``BAND_LINES``), then the title's own lines (a title
# wraps over two or three; a head cuts it at its measure).
TITLE_UNDER_BAND_LINES = BAND_LINES + 3


def title_band(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """(onepage64) A head band printed once at the top of the first page — Word's "different first
    page", or a one-page document — that carries a copy of the title: header lines (the unit's
    name, a date, an issue, ``bands.header_line``) and one row that is the title's words, alone or
    with the band's date at its edge (``shapes.dated_row_words``: 「青禾县人民政府办公室」 / 「清河镇2025年
    工作大事记  2026年11月」, or 「{title}」 over 「江城市委政策研究室  2026年10月」), over the title itself.
    Nothing repeats to say so, but the title printed right under the band does: a document names
    itself once, and a row that repeats its title beside a unit or a date is its page's head.  The
    band's lines come in any order (pdfminer reads the head's boxes title first) but stand together
    over the title, at most ``BAND_LINES``; the row that dates the band closes it once the copy and
    the band's name are read (what follows is printed under the band), and the band must date the
    page (Word's head prints the month at its edge, ``shapes.HEAD_DATE_RE``; an issue line alone,
    「第7期」, is a 简报's 报头 under a one-line head of the title as often): a title copy over the issuer's
    name alone is a one-page running head over a 公文's own 发文机关标志 (「江城市安全生产委员会办公室」),
    which is the document's."""
    span = pages.span(0, len(lines)) if pages.starts else range(0)
    top = [i for i in span[:BAND_LINES + 4] if i not in drop][:BAND_LINES]
    band: list[int] = []
    copy = None
    for i in top:
        if header_line(lines[i]):
            band.append(i)
        elif copy is None and _band_title_copy(lines, i):
            copy = i
            band.append(i)
        else:
            break
        if copy is not None and _dated_row(lines[i]) and any(not dated_only(lines[k].text) for k in band if k != copy):
            break   # a Word head's row closes with its date at the edge: what follows is under the band
    if copy is None or not any(_dated_row(lines[k]) and HEAD_DATE_RE.search(lines[k].text) for k in band):
        return set()
    return set(band) if _title_under(lines, band, copy, drop) else set()


def _title_under(lines: Sequence[Line], band: Sequence[int], copy: int, drop: set[int]) -> bool:
    """The title the band's copy repeats stands under the band: a kept line under it is the title, or
    opens it (the title wrapped below, the copy cut at the head's measure), and what stands between
    is the document's own (its 发文字号 「江教发〔2026〕7号」), no line of a band's shape
    (``bands.header_line``).  Under a band over a 简报's own 报头 (「工作简报」 / 「第7期」 / the 编发
    line) the band's lines are not told from the 报头's by their shape: nothing is taken there."""
    after = [k for k in range(band[-1] + 1, min(len(lines), band[-1] + 1 + TITLE_UNDER_BAND_LINES)) if k not in drop]
    words = dated_row_words(lines[copy].text) or _spaceless(lines[copy].text)
    for j, k in enumerate(after):
        below = "".join(_spaceless(lines[m].text) for m in after[j:])
        if _spaceless(lines[k].text) == words or (len(words) >= TITLE_HEAD_MIN_CHARS and below.startswith(words)):
            return not any(header_line(lines[m]) for m in after[:j])
    return False


def _dated_row(line: Line) -> bool:
    """The line dates the band: only dated parts (「2026年11月」), or words with the date at an edge."""
    return dated_only(line.text) or bool(dated_row_words(line.text))


def _band_title_copy(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a head row repeating the title printed under it: its words (beside a dated part
    at its edge, or alone) are one of the lines below whole, or open the title's lines below (a head
    cuts the title at its measure, ``shapes.opens_title``) — no clause punctuation, no sentence end."""
    line = lines[i]
    text = line.text.strip()
    if line.given_heading or CLAUSE_RE.search(text) or ends_sentence(text) or LABEL_RE.match(text):
        return False
    words = dated_row_words(text) or _spaceless(text)
    below = [_spaceless(lines[k].text) for k in range(i + 1, min(len(lines), i + 1 + TITLE_UNDER_BAND_LINES))]
    return bool(words) and (words in below or opens_title(words, below))


def _closes_band(lines: Sequence[Line], found: Sequence[int]) -> bool:
    """The band's row closes with the day it was issued, after the office (``shapes.ISSUED_ON_RE``:
    「江城市委办公室  2026年11月20日」, the 编发 line a 报头 ends on too; pypdf cuts the row in two at
    the change of place, 「江城市委办公室」 / 「2026年11月20日」): what follows is printed under the band —
    a 简报's own 报头 (「工作简报」 / 「第7期」), or the issuer's name that opens a 公文
    (「中共江城市委宣传部」)."""
    row = lines[found[-1]].text.strip()
    cut = f"{lines[found[-2]].text.strip()} {row}" if len(found) > 1 else row
    return ISSUED_ON_RE.match(row) is not None or ISSUED_ON_RE.match(cut) is not None


def _band_rest(lines: Sequence[Line], pages: Pages, drop: set[int], found: Sequence[int]) -> set[int]:
    """The rest of the first page's band whose dated parts went already as running heads
    (「2026年5月8日」 / 「星期五」 on every page): the header lines among the page's first ``BAND_LINES``
    with those parts above them — the band's 版名 (「文化周刊」) — when the band runs on: each comes
    again on the later pages as a line of its own, and those copies go with it.  A 简报's own 报头
    under a running band (「工作简报」 over 「第12期」) is printed once; an issuer's name under the band
    (「中共江城市委宣传部」, which the text's signature repeats) is no bare 版名, and a line under a full
    band is the text's.  The copies stand wherever the extractor wrote the band's pieces on the later
    pages: pdftotext as the page's last block, pdfminer amid its columns."""
    span = pages.span(0, len(lines)) if pages.starts else range(0)
    if not found or found[-1] >= span.start + BAND_LINES or not all(bare_name(lines[i]) for i in found):
        return set()
    read = [k for k in span[:found[-1]] if k in drop and _band_part(lines[k])]
    if not any(HEADER_DATED_RE.search(lines[i].text) for i in read):
        return set()
    keys = {_spaceless(lines[i].text) for i in found}
    copies = {k for k in range(span.stop, len(lines)) if k not in drop and not lines[k].given_heading
              and _spaceless(lines[k].text) in keys}
    if {_spaceless(lines[k].text) for k in copies} != keys:
        return set()
    return set(found) | copies


def _periodical_row(lines: Sequence[Line], i: int, found: Sequence[int], after: Sequence[int]) -> bool:
    """(head65) Line ``i`` is a periodical's head row, its name and its issue apart at the row's ends
    (``shapes.PERIODICAL_ROW_RE``: 「XX工作交流  2026年第3期」), one head line wide at most — or the row's
    name alone with its issue the next line, where the extractor cut the row at the change of place
    (pypdf, pdftotext: 「组工情况反映」 / 「第27期」).  Read only in a band with the unit's name beside it
    (Word's two-line head: the unit over the row), above it (``found``) or straight after the row
    (``after``: the next kept lines; pdfminer reads the row's boxes first), where the periodical's
    name need not be one ``shapes.HEADER_LINE_RE`` knows by its ending."""
    line = lines[i]
    if line.given_heading or head_width(line) > HEAD_LINE_MAX_EM:
        return False
    text = line.text.strip()
    if PERIODICAL_ROW_RE.match(text) is not None:
        rest = after[:2]
    elif PERIODICAL_NAME_RE.match(text) is not None and after and not lines[after[0]].given_heading \
            and ISSUE_LINE_RE.match(lines[after[0]].text.strip()) is not None:
        rest = after[1:3]
    else:
        return False
    return bool(found) or (bool(rest) and _unit_line(lines, rest[0]) and not _closes_band(lines, rest))


def _unit_line(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` names a band's unit: a header line with no date or issue in it, and no office
    credited as the editor (``shapes.EDITOR_CREDIT_RE``: 「江城市委办公室编」 opens a 报头's 编发 line —
    the name and issue over it are a 报头's, cut in pieces by the extractor, not a Word head)."""
    line = lines[k]
    return header_line(line) and HEADER_DATED_RE.search(line.text) is None \
        and EDITOR_CREDIT_RE.match(line.text.strip()) is None


def _periodical_closes(lines: Sequence[Line], found: Sequence[int]) -> bool:
    """(head65) The band holds a periodical's head row and the unit's name beside it: the row whole
    (``shapes.PERIODICAL_ROW_RE``) or its name and its issue cut apart (「组工情况反映」 / 「第27期」), the
    unit over it or, as pdfminer reads the boxes, after it.  The two lines of Word's head are read;
    what follows is printed under the band — a 简报's own 报头 (「工作简报」 / 「第12期」), the title."""
    texts = [lines[k].text.strip() for k in found]
    row: set[int] = set()
    for j, text in enumerate(texts):
        if PERIODICAL_ROW_RE.match(text) is not None:
            row = {j}
        elif j > 0 and ISSUE_LINE_RE.match(text) is not None and PERIODICAL_NAME_RE.match(texts[j - 1]) is not None:
            row = {j - 1, j}
        if row:
            break
    return bool(row) and any(j not in row and _unit_line(lines, found[j]) for j in range(len(found)))


def _band_part(line: Line) -> bool:
    """A part a head band prints: a header line (names, dates, the page's number) or the weekday
    of its date, written as a line of its own."""
    return header_line(line) or WEEKDAY_RE.match(line.text.strip()) is not None


def _wrapped_name(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a name wrapped at the column's edge, its end on the next line (「江城市安全生产
    委员会办」 / 「公室」): a band sets each part on its row, so a name that needs the next line to end
    is the text's own (a 公文's 发文机关标志 set in a narrow column), not the band's."""
    if i + 1 >= len(lines) or lines[i + 1].blanks_before > 0 or header_line(lines[i + 1]):
        return False
    joined = lines[i].text.strip() + lines[i + 1].text.strip()
    return HEADER_LINE_RE.match(joined) is not None and HEADER_DATED_RE.search(lines[i + 1].text) is None


def _own_masthead(lines: Sequence[Line], pages: Pages, found: Sequence[int]) -> bool:
    """The band is a 简报's own 报头: it numbers the issue on a line of its own (``第12期`` under the
    name) and closes with its 编发 line, the editing office and the day of issue
    (``shapes.ISSUED_ON_RE``, with the verb or, as a house style sets it, without:
    「青河县农业农村局办公室 2026年11月20日」), which no running band prints under an issue of its
    own (an extractor may cut a band's row ``工作简报|2026年第5期`` in two, leaving the issue on a
    line of its own there too).  (onepage64) Being printed once does not say it on a text of
    several pages: Word's "different first page" prints a band on the first page only
    (「江城市发展和改革委员会办公室」 / 「工作简报」 / 「2026年第9期」, pdftotext cutting its row) — the
    报头's own shape does; where the band comes again on later pages it is a running band."""
    if not any(ISSUE_LINE_RE.match(lines[i].text.strip()) for i in found):
        return False
    if _several_pages(pages) and _comes_again(lines, found):
        return False
    return _issued_on(lines, found[-1]) or _issued_on(lines, found[-1] + 1)


def _issued_on(lines: Sequence[Line], i: int) -> bool:
    """(verso68) Line ``i`` is a 编发 line, whole or wrapped onto the next line where a narrow column
    cut its day (「青河县农业农村局办公室 2026年11」 / 「月20日」) — read as it closes the band found or
    right under it, where the band closed at the issue."""
    if i >= len(lines):
        return False
    text = lines[i].text.strip()
    return ISSUED_ON_RE.match(text) is not None or (
        i + 1 < len(lines) and ISSUED_ON_RE.match(text + lines[i + 1].text.strip()) is not None)


def _several_pages(pages: Pages) -> bool:
    """The text shows several pages by form feeds or by page numbers on two pages at least (a
    lone leading space may mark a page start, or only a centred line's margin)."""
    return len(pages.starts) > 1 and (pages.marked or len({pages.page_of(i) for i in pages.numbers}) > 1)


def _comes_again(lines: Sequence[Line], found: Sequence[int]) -> bool:
    """A line of the band is printed again further on (a running band repeats, if not always in
    a page's band: an extractor may write it amid the page's first lines)."""
    keys = {_spaceless(lines[i].text) for i in found}
    return any(_spaceless(line.text) in keys for line in lines[found[-1] + 1:]) if found else False


def _set_off(lines: Sequence[Line], found: Sequence[int], i: int) -> bool:
    """Line ``i`` stands further from the band than the band's lines from each other, and further
    than the one blank line extractors put between blocks (or after every line): a band is set
    tight, the space under its rule sets it off from the page (``pdftotext -layout`` keeps it)."""
    inner = max((lines[k].blanks_before for k in found[1:]), default=0)
    return bool(found) and lines[i].blanks_before > max(inner, BLOCK_GAP_LINES)


def _names_again(lines: Sequence[Line], found: Sequence[int], i: int) -> bool:
    """Line ``i``, its dates and issue numbers aside, repeats a name a line of the band gave."""
    name = _undated_key(lines[i].text)
    return bool(name) and any(_undated_key(lines[k].text) == name for k in found)


def _undated_key(text: str) -> str:
    return _spaceless(HEADER_DATED_RE.sub("", text))


def _spaceless(text: str) -> str:
    return "".join(text.split())


def browser_print(lines: Sequence[Line], pages: Pages, drop: set[int]) -> set[int]:
    """The furniture a browser prints on every page of a web page it prints, a one-page print
    too: at the foot the page's address and its count of pages (``https://…html      1/2``,
    ``shapes.PRINT_FOOT_RE``; an extractor may write ``1/2`` as a line of its own beside the
    address), at the head the moment of printing and the page's title (``2026/11/30 15:42      <title>``,
    ``shapes.PRINT_HEAD_RE``).  The foot is the signature: a page count ``n/m`` beside an address,
    each page's ``n`` its own and one ``m`` for all (a text citing an address has no count beside
    it).  Under that signature the head is the moment of printing — one for every page, so the
    stamp printed most (a date and time in the text, a 发布时间, is another) — with the page's
    title beside it, or next to it where the extractor cut the row in two: a copy of the title
    printed under it (``shapes.opens_title``)."""
    feet = _print_feet(lines)   # (a running foot's copies may be taken already: still the signature)
    if not feet:
        return set()
    return (feet | _print_heads(lines, drop | feet)) - drop


# How a browser's foot's address opens (``shapes.PRINT_FOOT_RE``).
_ADDRESS_STARTS = ("http", "file:", "about:")


def _print_feet(lines: Sequence[Line]) -> set[int]:
    found: set[int] = set()
    counts: list[tuple[int, int]] = []
    joined = "\n".join([line.text for line in lines])
    if not any([start in joined for start in _ADDRESS_STARTS]):
        return found   # (one C-speed scan of the file: most hold no address at all)
    for i, line in enumerate(lines):
        if line.given_heading or not line.text.lstrip().startswith(_ADDRESS_STARTS):
            continue   # (one cheap test per line: few lines start so)
        match = PRINT_FOOT_RE.match(line.text.strip())
        if match is None:
            continue
        if match.group("n"):
            counts.append((int(match.group("n")), int(match.group("m"))))
            found.add(i)
            continue
        for k in (i + 1, i - 1):   # the count written as a line of its own beside the address
            count = PAGE_COUNT_RE.match(lines[k].text.strip()) if 0 <= k < len(lines) else None
            if count is not None and not lines[k].given_heading:
                counts.append((int(count.group("n")), int(count.group("m"))))
                found |= {i, k}
                break
    # every page prints its foot: the counts are the pages 1 … m, once each
    if not counts or sorted(counts) != [(n, counts[0][1]) for n in range(1, counts[0][1] + 1)]:
        return set()
    return found


def _print_heads(lines: Sequence[Line], drop: set[int]) -> set[int]:
    stamps: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i in drop or line.given_heading or not line.text[:1].isdigit():
            continue
        match = PRINT_HEAD_RE.match(line.text.strip())
        if match is not None:
            stamp = line.text.strip()[:match.start("title")] if match.group("title") else line.text
            stamps.setdefault(_spaceless(stamp), []).append(i)
    if not stamps:
        return set()
    heads = max(stamps.values(), key=len)
    out = set(heads)
    # the row cut in two: the page's title beside the stamp — the same words beside each copy,
    # or (one page) a copy of the title printed under it
    beside: dict[str, list[int]] = {}
    for i in heads:
        if not PRINT_HEAD_RE.match(lines[i].text.strip()).group("title"):  # type: ignore[union-attr]
            for k in (i + 1, i - 1):
                if 0 <= k < len(lines) and k not in drop and k not in out and not lines[k].given_heading:
                    beside.setdefault(_spaceless(lines[k].text), []).append(k)
    for key, where in beside.items():
        if key and (len(where) > 1 or _title_copy(lines, where[0])):
            out.update(where)
    return out


def _title_copy(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` (a head's title) is printed again after it, whole or opening a line."""
    words = _spaceless(lines[k].text)
    if not words or CLAUSE_RE.search(lines[k].text) or ends_sentence(lines[k].text):
        return False
    later = [_spaceless(line.text) for line in lines[k + 1:k + 1 + PRINT_TITLE_LINES]]
    return words in later or opens_title(words, later)
