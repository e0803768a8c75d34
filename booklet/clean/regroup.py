"""The pieces of printed lines, regrouped into the lines that fill the measure best.

``booklet.clean.runs`` finds where an extractor may have cut printed lines into pieces; this
module decides, for each stretch of such pieces, which of them made one printed line: a small
dynamic programme over the breaks, each grouping paying for the lines it leaves short
mid-sentence, for a number parted from its unit, a line started with a closing mark, a list
number inside a line and every join at a break no piece showed as a cut (``changes``).  Only a
paragraph's first line may be an indent short of the measure, so the programme remembers, for
each grouping, whether its last line ended its block (a finished sentence, a byline, a line
stopping short): the next line may start a paragraph only then.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Sequence

from booklet.clean.layout import INDENT_EM
from booklet.clean.lines import NARROW_RUN_UNKNOWN_EM, Line, join_logged
from booklet.i18n import _
from booklet.report import Log, excerpt
from booklet.shapes import (ANNEX_LINE_RE, DATE_OPENING_RE, ENTRY_SPACED_RE, entry_lead, ITEM_SOLID_RE, SIGN_DATE_RE, EDITOR_CREDIT_RE, FIELD_COLON_RE, BYLINE_LABEL_RE, LATIN_RUN_RE, NOTE_LABEL_RE, NOTE_MARK_FIRST, CLAUSE_RE, CLOSING_RE, CLAUSE_SPACED_RE, CREDIT_RE, DATE_ONLY_RE, DATE_PART_END_RE, ENTRY_INSIDE_RE, LATIN_LEAD_SPACED_RE, ITEM_NUMBER_DIGITS_RE, ITEM_NUMBER_RUN_RE, ITEM_NUMBER_STOP, LABEL_RE, NUMBERED_RE, ORDINAL_FIRST,
                            BOUND_TO_BEFORE, NUMBER_UNIT_FIRST, STOP_RE, ends_sentence)

# A line may be this much (em) wider than the measure: hanging punctuation, a Latin face's
# wider glyphs, Word's spacing around Latin runs.
OVERFLOW_EM = 1.5
# A piece-built line this close (em) to the measure runs on into the next: the slack of a
# justified line plus a first-line indent (``layout.INDENT_EM``) the extractor dropped — not
# ``layout.FULL_SLACK_EM``, the slack of a whole line unwrap reads.
RUN_ON_SLACK_EM = 3.5
# A line inside a paragraph (after one that finished no sentence) has no indent: it runs on
# within the slack of a justified line alone, the run-on slack less the indent.
JUSTIFIED_SLACK_EM = RUN_ON_SLACK_EM - INDENT_EM
# A line that runs on into the next fills the measure (less a dropped two-em indent): each em
# it is off costs this much (it chooses among groupings that fill the lines alike).
FIT_COST_PER_EM = 0.05
# Each line costs this little besides: of two groupings that fill the measure equally well,
# the one with fewer lines wins (a cut line is more common than a lone number).
LINE_COST = 0.01
# Breaking a line between a number and its unit (``2025`` / ``年，在…``) or a date between its
# parts (``1月`` / ``6日``) is what typesetters avoid: it costs half a short line.
UNIT_BREAK_COST = 0.5
# A short line that stops mid-sentence after a finished one is a paragraph's end run on into
# the heading after it: it costs half a line more.
SENTENCE_TAIL_COST = 0.5
# A label or a date alone is a line of its own (material labels, a signature's date): its line
# is worth more than the break it needs.
UNIT_LINE_BONUS = 1.5
# No printed line starts with a closing mark (clreq 行首禁则: 。，、）) nor with a note marker,
# which follows the word it annotates (a line that did would read as the note itself): a break
# before one costs more than any line.
NO_START_BREAK_COST = 3.0
# A list item's number inside a line (``1.`` …, Word's numbering in a Latin face, the separator
# after it a piece of its own): Word's numbering opens a paragraph, so a printed line holds one
# only at its start; this costs as much as a line stopping short mid-sentence — and so does a
# break right after such a number (no printed line ends on the number of the item that follows:
# 「…下功夫。」 / 「2.」 / 「主要目标」 is 「…下功夫。」 and 「2.主要目标」, whatever the widths).
ITEM_INSIDE_COST = 1.0
# A chronology's entry date and the ideographic space after it (「1月6日　镇党委…」) open the
# entry's paragraph: a printed line holding one after other words (「一月」 / 「1」 / 「月」 / 「6」 /
# 「日　镇党委…」 run on into the month's heading) costs more than a line stopping short.
ENTRY_INSIDE_COST = 1.5
# A break no piece shows as a cut, joined only for the lines it fills: after a finished sentence
# where the next piece would have fitted on the same line (a paragraph's end, or in a text cut at
# every change of font a bold lead-in's edge), or next to PDFium's cuts (``runs._spread``).
# Joining there costs half a short line: only a piece left short mid-sentence pays for it.  A
# lead-in inside a printed line changes the font at both its edges: the line pays once.
FONT_CHANGE_COST = 0.5
# A piece that is a run in another face alone (pypdf's cut at a change of font, ``_run_alone``) may
# have been printed this much (em) wider than half an em a character: a Latin face's wider digits,
# Word's quarter-em gaps on either side (``lines.NARROW_RUN_UNKNOWN_EM``).
RUN_ALONE_UNKNOWN_EM = NARROW_RUN_UNKNOWN_EM
# A date's part before a break is at most this many pieces: its number and its unit (「1」 / 「月」).
DATE_PIECES = 2
# A numbered heading of a series the text sets alone, run into the text after it in one printed line
# (``_heading_line``): half a short line — the shape decides only where the measure cannot (a date's
# figures count half an em).
HEADING_RUN_ON_COST = 0.5
# A signature's date cut at its font is at most this many pieces (``runs.DATE_PIECES_MAX``'s count:
# 「2026」 / 「年」 / 「11」 / 「月」 / 「25」 / 「日」 and a colophon's 「印发」).
SIGN_DATE_PIECES = 7
# The space a schedule sets between an entry's lead and its text, where pypdf opens the text's run
# on it: one (a paragraph's indent is two).
ENTRY_SPACE = "\u3000"
LEAD_RUN_SPACE_RE = re.compile("^\u3000(?!\u3000)")
# A raised note marker is set at about half size: a circled one (an em wide) takes half an em, one
# in brackets (「[12]」, half-width characters) half its width.
MARKER_EM = 0.5
MARKER_SCALE = 0.5


def marker(line: Line) -> bool:
    """The line is one raised note marker (``①``, ``[1]``: ``shapes.NOTE_LABEL_RE``)."""
    return line.text[:1] in NOTE_MARK_FIRST and NOTE_LABEL_RE.match(line.text) is not None


def width(line: Line) -> float:
    """The line's width (em), a raised marker's at its half size."""
    if not marker(line):
        return line.width
    return MARKER_EM if len(line.text) == 1 else line.width * MARKER_SCALE


def regroup(pieces: Sequence[Line], measure: float, log: Log, changes: Sequence[int] = (),
            lead_ins: Sequence[int] = (), headings: Sequence[int] = ()) -> list[Line]:
    """The pieces as the printed lines that fill the measure best; ``changes``: pieces after a
    break no piece showed as a cut (``runs._spread``), each joined only at ``FONT_CHANGE_COST``;
    ``lead_ins``: pieces that follow a finished sentence in another font (``runs._sharing``), at a
    lead-in's edges: a line holding any of them pays ``FONT_CHANGE_COST`` once (one lead-in inside
    a printed line changes the font at both its edges); ``headings``: pieces that are numbered headings
    of a series the text sets as lines of their own (``runs._series_alone``): such a heading's line ends
    its block, and a line running it into text pays ``HEADING_RUN_ON_COST`` (``_heading_line``)."""
    n = len(pieces)
    texts = [_inner_text(p) for p in pieces]   # (each piece's text inside a line)
    widths = [width(p) + (len(texts[k]) - len(p.text) if k else 0) for k, p in enumerate(pieces)]
    loose = [RUN_ALONE_UNKNOWN_EM if _run_alone(p.text) else 0.0 for p in pieces]   # (how much wider each may be)
    inf = float("inf")
    # best[end][ended]: the cheapest grouping of the first ``end`` pieces whose last line ends its
    # block (``ended``: a paragraph may start after it) or goes on; ``cut``: its last line's start
    # and the state before that line
    best = [[inf, 0.0]] + [[inf, inf] for _ in range(n)]
    cut = [[(0, 1), (0, 1)] for _ in range(n + 1)]
    items = _items(pieces)
    signer = _signer_over_date(pieces)
    heads = _after_headings(pieces) + _formula_edges(pieces) + _items_after_sentence(pieces) \
        + _items_after_words(pieces) + _annex_after_sentence(pieces) \
        + _latin_leads(pieces, texts)
    marks, edges, heads_alone = set(changes), set(lead_ins), set(headings)
    changed = list(accumulate((k in marks for k in range(n)), initial=0))   # changes before each piece
    edged = list(accumulate((k in edges for k in range(n)), initial=0))     # lead-ins' edges before each
    for end in range(1, n + 1):
        total = unsure = 0.0
        # (the same for every start; a date's parts are pieces of their own, 「1」 / 「月」 / 「6」)
        after = _break_cost(pieces[end - 1], pieces[end], "".join(texts[max(end - DATE_PIECES, 0):end])) \
            if end < n else 0.0
        for start in range(end - 1, -1, -1):
            total += widths[start]
            unsure += loose[start]
            if total > measure + OVERFLOW_EM and start < end - 1:
                break
            if any(start < k < end for k in heads):
                break   # (and so does every earlier start)
            extra = after
            if any(start < k < end for k in items):
                extra += ITEM_INSIDE_COST
            if changed[end] > changed[start + 1]:   # (a change of font inside the line)
                extra += FONT_CHANGE_COST * (changed[end] - changed[start + 1])
            if edged[end] > edged[start + 1]:     # (a lead-in inside the line, at one edge or both)
                extra += FONT_CHANGE_COST
            text = pieces[start].text if end - start == 1 else pieces[start].text + "".join(texts[start + 1:end])
            if "\u3000" in text and ENTRY_INSIDE_RE.search(text) is not None:
                extra += ENTRY_INSIDE_COST
            # (a signer's name alone on its line ends its block, and so does a series' heading whole)
            own = start == signer and end == start + 1
            if heads_alone and any(start <= k < end for k in heads_alone):
                shape = _heading_line(texts[start:end], [k - start for k in heads_alone if start <= k < end])
                own = own or shape == _HEADING_WHOLE
                extra += HEADING_RUN_ON_COST if shape == _HEADING_RUN_ON else 0.0
            ends = int(own or _closes(text) or (total < measure - RUN_ON_SLACK_EM and not _run_alone(text)))
            for before in (0, 1):
                if best[start][before] == inf:
                    continue
                # (the runs' room only where the printed line is known to run to the measure: ending on
                # a run inside a paragraph — a line with a run inside, 「5%」 / 「时，可将…4Mbps…通知信」,
                # ended where its words did and proves nothing — or a paragraph's first line of prose
                # at the stretch's end, a break no piece put in doubt, under a line that ended:
                # 「…会议纪要」 / 「2026」 / 「年10月15日上午，县长李」 / 「国华主持…」; inside a paragraph
                # both readings are lines of prose, and the allowance would only favour more runs)
                room = unsure if (loose[end - 1] and not before) or (end == n and before and _running(text)) else 0.0
                cost = best[start][before] + extra + _line_cost(text, total, measure, start == 0, end == n,
                                                                bool(before), room, own)
                if cost < best[end][ends]:
                    best[end][ends], cut[end][ends] = cost, (start, before)
    spans = []
    end, state = n, int(best[n][1] <= best[n][0])
    while end > 0:
        start, before = cut[end][state]
        spans.append((start, end))
        end, state = start, before
    return [_joined(pieces[a:b], log) for a, b in reversed(spans)]


def lead_run(line: Line) -> bool:
    """The line is a run pypdf opened on the one ideographic space a schedule sets after an
    entry's lead, the lead's run (bold, or its digits in a Latin face) having ended before it
    (「日」 / 「　镇团委组织青年志愿者」): a paragraph's indent is two, so the space is the printed
    line's, between the lead and the text."""
    return LEAD_RUN_SPACE_RE.match(line.raw.text) is not None


def _inner_text(line: Line) -> str:
    """The piece's text as it stands inside a printed line: a lead's run with its space."""
    return ENTRY_SPACE + line.text if lead_run(line) else line.text


def _break_cost(before: Line, after: Line, tail: str) -> float:
    """What a line break between two pieces costs: a number parted from its unit or a date from
    its next part (``tail``: the text of the pieces up to the break), a list number parted from
    its item, a line started with a closing mark or a note marker."""
    cost = UNIT_BREAK_COST if _binds(tail, after.text) else 0.0
    if ITEM_NUMBER_RUN_RE.match(before.text) is not None:
        cost += ITEM_INSIDE_COST   # (a list number opens its item's line: no line ends on one)
    if marker(after) or after.text[:1] in BOUND_TO_BEFORE:
        cost += NO_START_BREAK_COST
    return cost


def _line_cost(text: str, width: float, measure: float, first: bool, last: bool, opening: bool = True,
               unsure: float = 0.0, ended: bool = False) -> float:
    """What a printed line of ``text`` costs: nothing when it fills the measure or ends its block
    (a sentence, a byline: ``_closes``); one when it stops short mid-sentence (a title or heading
    does, prose does not), and half more when a finished sentence comes before that unfinished end (a paragraph's
    last line and the heading after it are two lines); a line that runs on costs a little for
    each em it misses the measure or the measure less an indent; a label opening the run or a date
    closing it (``材料1`` / ``习近平：…``, ``江城市科学技术局`` / ``2026年1月10日``) is a line of
    its own and earns its break.  ``first``/``last``: the line opens or closes the run;
    ``opening``: a paragraph may start with it (it opens the run, or the line before it ends its
    block: a finished sentence, a byline, a line stopping short — a heading or a title).
    Only a paragraph's first line is set in by an indent the extractor may have dropped: a line
    that goes on from an unfinished one is justified to the measure, so it runs on only within a
    justified line's slack (``JUSTIFIED_SLACK_EM``) and is measured against the measure alone
    (PDFium's ``先进适用技术真正进村`` / ``入户。``, two em short mid-paragraph, is not a line) —
    ``unsure``: how much wider its runs in another face may have been printed, given where the
    printed line is known to have run to the measure — a line that ends on such a run (the next
    character did not fit after it, so the run took more room than its count: pypdf's 「12345」 /
    「…日均处置各类事件」 / 「3000」 / 「余件，…」, the printed line ended after 「3000」), or a paragraph's
    first line of prose ending the stretch under a line that ended (digit55) — a line is short
    only if it stays short at that width.  ``ended``: the line ends its block by its place (a signer's
    name over its date, ``_signer_over_date``), however short."""
    cost = LINE_COST
    if not ended and not _closes(text):
        if width + unsure < measure - (RUN_ON_SLACK_EM if opening else JUSTIFIED_SLACK_EM):
            if not (last and _clause_heading(text)):   # (a clause heading whose line really ended)
                cost += 1.0 + (SENTENCE_TAIL_COST if STOP_RE.search(text) is not None else 0.0)
        elif opening:   # a line that runs on is as wide as the measure, or two em short when indented
            cost += FIT_COST_PER_EM * min(abs(width - measure), abs(width - measure + INDENT_EM))
        else:
            cost += FIT_COST_PER_EM * abs(width - measure)
    if (first and LABEL_RE.match(text) is not None) or (last and DATE_ONLY_RE.match(text) is not None):
        cost -= UNIT_LINE_BONUS
    return cost


# What a printed line holding a series' heading is (``_heading_line``).
_HEADING_WHOLE, _HEADING_RUN_ON, _HEADING_OTHER = range(3)


def _heading_line(texts: Sequence[str], at: Sequence[int]) -> int:
    """What the line of ``texts`` is, holding a series' heading at ``at``: the heading whole, opening the
    line and its figures inside it with no clause mark after (「（三）实施」 / 「10」 / 「项民生工程」, 「一、全市」
    / 「2026」 / 「年工作情况」: a heading line, ending its block however short); or a heading run into
    text — after other words, or before words that open on a date or an agenda's time (「一、会议时间」 /
    「2026」 / 「年11月18日（星期三）上午」 …: a paragraph's first line after it; a heading's own figure is a
    count or a year); or neither (words with a clause mark after it: an item that runs on,
    「一、没收违法所得人民币」 / 「15840」 / 「元；」)."""
    if at[0] > 0:
        return _HEADING_RUN_ON
    rest = "".join(texts[1:])
    if not rest:
        return _HEADING_WHOLE
    if DATE_OPENING_RE.match(rest) is not None:
        return _HEADING_RUN_ON
    if CLAUSE_RE.search(rest) is not None or _closes(rest):
        return _HEADING_OTHER
    return _HEADING_WHOLE if len(at) == 1 else _HEADING_OTHER


def _signer_over_date(pieces: Sequence[Line]) -> int:
    """The index of a signer's name over its date at the stretch's end (-1: none): the pieces after it
    are a signature's date whole (``shapes.SIGN_DATE_RE``: 「2026」 / 「年」 / 「9」 / 「月」 / 「15」 / 「日」, up
    to ``runs.DATE_PIECES_MAX``) and end the stretch — the printed line ended there —, and the piece
    opens its line (the stretch's first, or after a finished sentence) with no clause mark: GB/T 9704 and
    Word set the issuer and the date under it each on a line of its own, and no line sets a name and a
    date solid (「江城市市场监督管理局」 / 「2026年9月15日」, 10 + 6.5 em that fit a 20-em line together:
    the date's figures count half an em, so the measure cannot part them).  Prose that ends its printed
    line on a date (「会议定于」 / 「2026」 / … / 「日」) has it after words that finish no sentence; a field
    (「来源：《江城日报》」 / 「2026年9月18日」 / 「第3版」) and a 报头's 编发 line (``shapes.EDITOR_CREDIT_RE``:
    「江城市水利局办公室编」 / 「2026年10月15日」, the office and its day on one row) hold their date."""
    n = len(pieces)
    for k in range(max(n - SIGN_DATE_PIECES - 1, 0), n - 1):
        text = pieces[k].text
        if CLAUSE_RE.search(text) is not None or FIELD_COLON_RE.search(text) is not None or _closes(text) \
                or _run_alone(text) or EDITOR_CREDIT_RE.match(text) is not None \
                or (k > 0 and not _closes(pieces[k - 1].text)):
            continue
        if SIGN_DATE_RE.match("".join(p.text for p in pieces[k + 1:])) is not None \
                and SIGN_DATE_RE.match(text) is None:
            return k
    return -1


def _run_alone(text: str) -> bool:
    """The line holds only a run set in another face (``5%``, ``4Mbps``, ``2026``): pypdf ends its
    output line at every change of font, so such a line is a cut, never a printed line stopping
    short — the printed line goes on in the next piece, and no paragraph starts after it."""
    return LATIN_RUN_RE.match(text) is not None


def _prose(text: str) -> bool:
    """The sentence the line ends in holds clause punctuation before its end: running text, whose
    printed line ends at the measure unless its block ends (a heading, a title, a signer's name and
    a date have none: 「江城市教育局」 / 「2026」 / 「年2月20日」 is two lines, each ending where its
    words do; so is a paragraph's end and the heading after it, 「待完善。」 / 「2026」 / 「年工作思路」,
    whose number's 「、」 is no clause mark: 「…简报如下。」 / 「1」 / 「、主要做法」)."""
    tail = STOP_RE.split(text)[-1]
    number = NUMBERED_RE.match(tail)
    return CLAUSE_RE.search(tail, number.end() if number is not None else 0, len(tail) - 1) is not None


def _running(text: str) -> bool:
    """The line is running text whose printed line ended at the measure where the stretch ends: prose
    (``_prose``), or a schedule's entry opening on its lead and the space after it (``shapes.ENTRY_SPACED_RE``:
    「3月5日　镇团委组织青年志愿者80余」 / 「人开展…」 — an entry's text runs on as a paragraph does, and its
    date's figures, counted at half an em, make it look short: 「三月」 / 「3」 / 「月」 … is the month's
    heading over the entry, not one line)."""
    return _prose(text) or entry_lead(ENTRY_SPACED_RE, text) is not None


def _closes(text: str) -> bool:
    """A piece ends its block, so a paragraph may start after it: a finished sentence, a byline or
    dateline (``本报讯（记者 马晓东）``), a photo credit (``…/摄``)."""
    return ends_sentence(text) or BYLINE_LABEL_RE.match(text) is not None or CREDIT_RE.search(text) is not None


def _items(pieces: Sequence[Line]) -> list[int]:
    """Indices of list item numbers set as Word numbers them, with the separator after the number
    (``1.`` / `` `` / ``责任体系压得更实。``, ``1. `` / ``责任…``), and of a standard's clause numbers
    with the ideographic space after them (``1　范围``, ``4.1.1　城市书房…``, ``runs._join_spaced``
    joined the two): such a number opens its line."""
    return [k for k in range(1, len(pieces)) if CLAUSE_SPACED_RE.match(pieces[k].text) is not None
            or (k + 1 < len(pieces) and ITEM_NUMBER_RUN_RE.match(pieces[k].text) is not None
                and (pieces[k].trail_space or pieces[k + 1].gap_join or pieces[k + 1].lead_space))]


def _latin_leads(pieces: Sequence[Line], texts: Sequence[str]) -> list[int]:
    """(runs74) Indices of the first pieces of entries' leads set in a Latin face before the one ideographic
    space an entry sets between its lead and its text (``shapes.LATIN_LEAD_SPACED_RE``: a standard's number,
    「GB」 / 「50763　无障碍设计规范」; a clause's, 「3.1　城市书房」): the lead's runs back from the space, each
    piece a run alone.  A schedule, a standard's list of references, a terms clause set each entry as a
    paragraph of its own, its lead first; prose sets no ideographic space after a number.  The lead's
    runs before the piece are those a space parts (「GB」 / 「50763」: the lead's own word space): a run
    solid before it is the line before's (「…0187—」 / 「2026」 / 「1　范围」, the code over the first clause).  So no printed
    line runs across the break before such a lead, however well two short entries would fill one line
    together (「GB/T 28220　公共图书馆服务规范」 and 「GB 50763　无障碍设计规范」, 12.5 + 11.5 em on a 26-em
    line).  A date's lead in the body face (「1」 / 「月」 / 「6」 / 「日」 / 「　镇党委…」) is no run:
    ``shapes.ENTRY_INSIDE_RE`` reads it on the joined text."""
    out = []
    for k in range(1, len(texts)):
        spaced = LATIN_LEAD_SPACED_RE.match(texts[k])
        if spaced is None:
            continue
        first = k
        while first > 0 and _run_alone(texts[first - 1]) and _spaced_after(pieces, first - 1):
            first -= 1
        if first > 0 and (first < k or spaced.end() > 1):   # (a lead's characters there, not the space alone)
            out.append(first)
    return out


def _spaced_after(pieces: Sequence[Line], k: int) -> bool:
    """A space parts piece ``k`` from the next: its trailing space, the next one's leading space, or a
    line of white space alone between them (``Line.gap_space``: pypdf's 「GB/T」 / 「 」 / 「28220」)."""
    nxt = pieces[k + 1]
    return pieces[k].trail_space or nxt.lead_space or nxt.gap_space


def _cut_item_number(pieces: Sequence[Line], k: int) -> bool:
    """Piece ``k`` is Word's item number cut from its full-width stop (``shapes.ITEM_NUMBER_STOP``:
    「1」 / 「．汛期一般指什么时间？」, the digits in the Latin face): after a whole numbered heading it
    opens the next line as ``ITEM_NUMBER_RUN_RE``'s 「1.」 does (``_after_headings``).  It is no
    ``_items`` number elsewhere: a typed annex list 「附件：1．…」 holds one inside its first line."""
    return k + 1 < len(pieces) and pieces[k + 1].text[:1] == ITEM_NUMBER_STOP \
        and ITEM_NUMBER_DIGITS_RE.match(pieces[k].text) is not None


def _after_headings(pieces: Sequence[Line]) -> list[int]:
    """Indices of list numbers (``ITEM_NUMBER_RUN_RE``, ``_cut_item_number``) right after a whole
    numbered heading — its number first, words after it, no clause mark past the number (「（一）总体
    要求」, 「一、基本知识」): a heading's line holds one
    number, so the list number (pypdf cuts 「1.」 off at the Latin face: 「（一）总体要求」 / 「1.」 /
    「指导思想」) opens the next heading's line, and no printed line runs across that break."""
    out = []
    for k in range(1, len(pieces) - 1):
        before = pieces[k - 1].text
        number = NUMBERED_RE.match(before)
        if (ITEM_NUMBER_RUN_RE.match(pieces[k].text) is not None or _cut_item_number(pieces, k)) and number is not None \
                and before[:1] in ORDINAL_FIRST and number.end() < len(before) \
                and CLAUSE_RE.search(before, number.end()) is None:   # (the number's own 「、」 is none)
            out.append(k)
    return out


def _items_after_sentence(pieces: Sequence[Line]) -> list[int]:
    """Indices of Word's item numbers in a Latin face right after a finished sentence: the number set
    solid before its item's first word (``shapes.ITEM_SOLID_RE``: 「1.」 / 「发展成就」, a decimal has a
    digit after its point, 「6.」 / 「2%」) or cut from its full-width stop or 「、」 (``_ITEM_STOPS``: 「2」 /
    「．什么是警戒水位…」, 「3」 / 「、下步打算」).  Word's numbering opens a paragraph, and the sentence before it ended the
    paragraph before: no printed line runs across that break (pypdf: 「…的道理。」 / 「1.」 / 「发展成就」
    is a paragraph's end and the heading under it, however short the heading's line).  Not after a
    colon or a semicolon: a typed list runs on inside its lead's line (「附件：」 / 「1」 / 「．…测算表」)."""
    out = []
    for k in range(1, len(pieces) - 1):
        if not _full_stop(pieces[k - 1].text):
            continue
        number = pieces[k].text
        if _solid_item_number(number, pieces[k + 1].text) \
                or (ITEM_NUMBER_DIGITS_RE.match(number) is not None and pieces[k + 1].text[:1] in _ITEM_STOPS):
            out.append(k)
    return out


def _annex_after_sentence(pieces: Sequence[Line]) -> list[int]:
    """(pypdf87) Indices of the pieces opening on the 附件说明's label (``shapes.ANNEX_LINE_RE``: 「附件：」) right
    after a finished sentence: GB/T 9704 7.3.4 sets it on a line of its own under the body, so no printed line
    runs across that break — however well the body's last line and the label with its first item fill one
    line together (「…不需要本人重新申请。」 / 「附件：」 / 「1.」 / 「江城市居家养老服务补贴申请表」, 14 + 18 em on a
    32-em measure, once the next item's number opened its own line, ``_items_after_words``)."""
    return [k for k in range(1, len(pieces)) if ANNEX_LINE_RE.match(pieces[k].text) is not None
            and _full_stop(pieces[k - 1].text)]


def _solid_item_number(number: str, item: str) -> bool:
    """``number`` is Word's item number with its point, the two in a Latin face and so a run alone
    (``ITEM_NUMBER_RUN_RE``: 「2.」), set solid before ``item``, the piece after it, whose first character is
    an item's (``shapes.ITEM_SOLID_RE``: an ideograph, an opening quote or bracket — a decimal has a digit
    after its point, 「8.」 / 「2%」)."""
    return number[-1:] == "." and ITEM_NUMBER_RUN_RE.match(number) is not None \
        and ITEM_SOLID_RE.match(number + item[:1]) is not None


def _items_after_words(pieces: Sequence[Line]) -> list[int]:
    """(runs74) Indices of Word's item numbers in a Latin face cut from their stop (``_ITEM_STOPS``) with the
    item's words after it in the same piece, right after words that end on an ideograph: the line before
    stopped short of any mark, so it was a heading's or a list item's whole (「专题二：提升基层治理能力」 /
    「1」 / 「、学会做群众工作」, 「…调整测算表」 / 「2」 / 「．周边城市…」) — the next item's number opens its
    line, as after a finished sentence (``_items_after_sentence``), however well the two fill one line.
    Prose sets a number and 「、」 inside a sentence only in a series of numbers (「第1、2条」: 「、」 alone,
    or 「、第」), and a colon before the number is a typed list running on in its lead's line (「附件：」 /
    「1」 / 「．…」).  (pypdf87) And so does the number set solid with its point in the Latin face, a run
    alone before its item's words (``_solid_item_number``: 「…补贴申请表」 / 「2.」 / 「江城市老年人能力评估标准」,
    「专栏1　2026年县政府十项民生实事」 / 「1.」 / 「新增城镇就业」, 「思考与练习」 / 「1.」 / 「反复诵读…」):
    the cost of the item inside a line only matched that of the short line before it, and the fewer lines won."""
    out = []
    for k in range(1, len(pieces) - 1):
        before, item = pieces[k - 1].text, pieces[k + 1].text
        if _IDEOGRAPH_RE.match(before[-1:]) is not None and (_stop_cut_item(pieces[k].text, item)
                                                             or _solid_item_number(pieces[k].text, item)):
            out.append(k)
    return out


def _stop_cut_item(number: str, item: str) -> bool:
    """``number`` is Word's item number cut from its stop (``_ITEM_STOPS``), ``item`` the piece after it
    opening on the stop with the item's words after it (「2」 / 「．周边城市…」) — not a series of
    numbers in prose (「第1、2条」: 「、」 alone, or 「、第」)."""
    return ITEM_NUMBER_DIGITS_RE.match(number) is not None and item[:1] in _ITEM_STOPS \
        and _IDEOGRAPH_RE.match(item[1:3]) is not None and item[1:2] != "第"


# Two ideographs (``_items_after_words``: an item's words after its stop; a heading's last character).
_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff]+$")
# The stops Word's Arabic numbering sets after its number (``shapes.ARABIC_ORDINAL``: 「1．」, 「1、」).
_ITEM_STOPS = frozenset(ITEM_NUMBER_STOP + "、")
# The marks that close a sentence for good (a colon or a semicolon leads on to what follows), and the
# closing quotes and brackets that may stand after one.
_FULL_STOPS = frozenset("。！？!?")
_AFTER_FULL_STOP = "”’」』）)"


def _full_stop(text: str) -> bool:
    """The piece ends a sentence with a full stop, 「。」 「！」 「？」 (closing marks after it allowed)."""
    return text.rstrip(_AFTER_FULL_STOP)[-1:] in _FULL_STOPS


# First characters of a closing formula (``shapes.CLOSING_RE``): one set lookup per piece.
_FORMULA_FIRST = frozenset("此以妥当可特")


def _formula_edges(pieces: Sequence[Line]) -> list[int]:
    """Indices of the breaks around a piece that is a whole closing formula (「妥否，请批示。」,
    「特此报告。」, 「此致」): GB/T 9704 sets the formula as a paragraph of its own, so no printed
    line runs across either edge (pypdf: 「妥否，请批示。」 / 「附件：」 / 「1」 / 「．…测算表」)."""
    out: list[int] = []
    for k, piece in enumerate(pieces):
        if piece.text[:1] in _FORMULA_FIRST and CLOSING_RE.match(piece.text) is not None:
            out.extend(j for j in (k, k + 1) if 0 < j < len(pieces))
    return out


def _clause_heading(text: str) -> bool:
    """A standard's clause heading: its number, the ideographic space and a title with no clause
    mark (``1　范围``, ``4.2　建筑面积``) — a line that stops where its words do; one heading (a
    second clause's space after it, ``4　选址与建设14.1　选址``, is a page's number and the next
    heading run on)."""
    number = CLAUSE_SPACED_RE.match(text)
    return number is not None and CLAUSE_RE.search(text) is None and "\u3000" not in text[number.end():]


def _binds(before: str, after: str) -> bool:
    """A number and the unit after it (``2025`` / ``年``), or a date's part and the next part's number
    (``1月`` / ``6``: pypdf's 「一月」 / 「1」 / 「月」 / 「6」 / 「日　镇党委…」 are not 「一月1月」 and a line
    opening on 「6日」)."""
    return (before[-1:].isdigit() and after[:1] in NUMBER_UNIT_FIRST) \
        or (after[:1].isdigit() and DATE_PART_END_RE.search(before) is not None)


def _joined(pieces: Sequence[Line], log: Log) -> Line:
    """The pieces as one line.  An extractor cuts at a change of font and keeps the spaces of
    the printed line (the reader leaves them as ``trail_space`` / ``lead_space``, pypdf as a line of
    white space between them, ``gap_space``; kept between Latin words): pieces with no
    space between them are set solid (``2`` / ``3%`` → ``23%``, never ``2 3%``)."""
    if len(pieces) == 1:
        return pieces[0]
    text = pieces[0].text
    for before, piece in zip(pieces, pieces[1:]):
        if before.trail_space or piece.lead_space or piece.gap_space:
            text = join_logged(text, piece.text, piece.lineno, log, spaced=True)
        else:
            text += _inner_text(piece)
    log.decided(pieces[0].lineno, "merged", _("{count} pieces of one printed line: {text!r}").format(
        count=len(pieces), text=excerpt(text)))
    line = pieces[0].but(text=text, trail_space=pieces[-1].trail_space)
    return line.but(span_width=line.width)
