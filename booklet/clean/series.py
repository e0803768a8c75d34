"""（N） heads read by their series, where a line's own width cannot tell (issue 10, series81).

A fourth-level head 「（1）5G网络实现乡镇全覆盖」 on a pocket page (a 15–17-em measure) stops 1.5–3 em
short of the measure — about what an extractor's spaces (「（ 1 ） 5G …」), a digit's unsure width and
the unit the next line opens on take, so ``measured.stops_short`` reads it as a line the measure cut
and the head runs into its paragraph.  The same width is a （N） list item's first line elsewhere
(「（ 3 ）不得与最近 3 次使用过」 / 「的密码相同。」), so no reading of the line alone tells them apart
(paren80's diagnosis).  The series does: a document's （N） heads are set alike — each alone on its
line, short of the measure, with no sentence or clause mark, over a paragraph — while a list's items
run one after another, each a sentence ending on ；/。 or holding a run-in label (「（1）拟稿：…」).

``series_heads`` walks the groups ``unwrap.group_lines`` made.  A series is the members of one
numbering counting up from （1） in the document's order; it reads as heads where it has two members
or more, every member is head-shaped (``head_shaped``: no clause or sentence mark, no run-in label,
nothing left open), none reads as an item (``_item_marked``: a label, a sentence ended on the
member's line, a member ending on ；; ``_sentence_cut``: a member's line broken inside a word, or
before a word bound to the one before it — 「（一）总体要求：坚持以人民为中心」 / 「的发展思想，…」, colon82 —
over lines that read as a paragraph: the measure cut a sentence's first line), and somewhere in the
document a line of that numbering already stands alone over a paragraph (the measure set one apart:
the document sets its （N） lines as heads) — or every member is titled, a theme, a colon and a phrase
(「（一）建强组织：把支部建在小区上」, ``_titled``: a series of subtitled heads; colon81), where the titles
stand for the member set apart and for the room test too, so long as some member heads a section
(``_heads_sections``: a block of its own lies between it and the next member; a list's labelled
items, 「（一）总体要求：…」「（二）工作目标：…」, run one after another, each one block; colon82).  A
member of such a series that ran into the lines under it is then set apart where only its width
kept it in: the series stands for the slack a heading's end wants (``measured.HEADING_END_SLACK_EM``), so the line need only have had room for the unit the
next line opens on, up to an ideograph (``SERIES_ROOM_EM``), the spaces an extractor wrote about its
number not counted (a line the measure cut had none); and where the lines under it read as a
paragraph (``_paragraph_under``: not a head's rest the measure wrapped).  A member run in under a
numbered heading that filled its line, or after a sentence's end, is cut before as well.
"""

from __future__ import annotations

import re
from typing import Sequence

from booklet.cjk import IDEOGRAPH_RE, NARROW_EM
from booklet.clean.layout import Layout
from booklet.clean.lines import Line
from booklet.shapes import BOUND_OPEN_TAGS, PAREN_NUMBER_RE, leading_unit_width, leaves_bracket_open, leaves_quote_open, ordinal
from booklet.typeset.segment import word_bounds, words

# The numberings read so: （一） (ordinal kind 1) and （1） (kind 2), GB/T 9704's third and fourth
# levels; 「一、」 and 「1.」 heads are read by ``layout.numbered_heading`` already.
SERIES_KINDS = frozenset((1, 2))
_NUMBER_FIRST = frozenset("（(")
# A series of members all head-shaped reads as heads from this many members (a lone （1） is no series:
# 「（1）优秀调研报告择优在《江城理论》刊发」 is an item of a list of one).
SERIES_MIN = 2
# A member needs room for the unit under it, but never more than this (em): a Latin run or a number
# opening the paragraph (「12345 政务服务…」, 2.5 em) may not fit where a head stopped short, and
# the series, not the width, says it ended; a line the measure cut stops less than an ideograph short.
SERIES_ROOM_EM = 1.0
# The characters either side of a break the segmenter reads to tell a word cut in two (a word is
# rarely longer than four; the context steadies its reading).
_WORD_SPAN = 8
_IDEOGRAPH_RE = IDEOGRAPH_RE
# Marks that make a member an item, not a head: a sentence ended on its line, or a run-in label.
_ITEM_ENDS = frozenset("；;。！？")
_LABEL_MARKS = frozenset("：:")
# A titled head 「（一）建强组织：把支部建在小区上」: a theme before one colon, a phrase after it.  The
# theme is as short as a run-in label (「拟稿」「技术逻辑」「建强组织」: two to six characters; eight
# leaves room for a compound) — the colon alone cannot tell a title from a label: whether the text
# after it is a phrase or an item's sentence running on (「（1）拟稿：使用系统内置的公文模板，」) is told
# by the line's clause and sentence marks and the series' other tests (``head_shaped``, ``_item_marked``).
TITLE_LABEL_MAX = 8
_TITLED_RE = re.compile(r"[（(]\s*[^）)]{1,3}\s*[）)]\s*[^：:\s]{1,%d}[：:]\s*[^：:\s][^：:]*$" % TITLE_LABEL_MAX)


def _titled(text: str) -> bool:
    """A （N） line holding its theme, a colon and a phrase after it (「（二）健全机制：让三方拧成一股绳」):
    the colon splits a head's title from its subtitle, not a label from its sentence — the phrase
    holds no clause or sentence mark (asked by ``head_shaped``, of the line as a whole)."""
    return _TITLED_RE.match(text) is not None


def head_shaped(line: Line) -> bool:
    """A （N） line that could be a head: no clause or sentence mark, no run-in label (a theme and a
    phrase about one colon is a title, ``_titled``), nothing left open (a heading holds one phrase)."""
    return not (line.clause or line.final or (_LABEL_MARKS.intersection(line.text) and not _titled(line.text))
                or leaves_bracket_open(line.text) or leaves_quote_open(line.text))


def _item_marked(lines: Sequence[Line]) -> bool:
    """A member's lines (its own and those run on under it) read as a list item: its first line
    holds a run-in label or ends a sentence, or they end on a semicolon (items run one after
    another, 「（1）长度不少于 10 位；」)."""
    first, last = lines[0].text, lines[-1].text
    labelled = bool(_LABEL_MARKS.intersection(first)) and not (_titled(first) and not lines[0].clause)
    return labelled or first[-1:] in _ITEM_ENDS or last[-1:] in "；;"


def cut_in_word(line: Line, under: Line) -> bool:
    """The break between ``line`` and the line under it falls inside a word (「（二）对检查发现的重大事故隐」
    / 「患，实行挂牌督办…」, 「…由每人每」 / 「月 960 元…」): the measure cut the line, whatever its width
    says — a head ends on its last word.  Asked of a series' members only (the segmenter, on the
    few characters about the break)."""
    before, after = line.text.replace(" ", "")[-_WORD_SPAN:], under.text.replace(" ", "")[:_WORD_SPAN]
    if not (before and after and _IDEOGRAPH_RE.match(before[-1]) and _IDEOGRAPH_RE.match(after[0])):
        return False
    return len(before) not in word_bounds(before + after)


# (colon82) Words that join the line they open to the phrase the line above left open, besides the bound
# particles the dictionary tags so (``shapes.BOUND_OPEN_TAGS``: 的, 地, 得, 了, 着, 等): the conjunctions
# that link two parts of one phrase (「坚持政府主导作用」 / 「和社会参与相结合，…」) and the localizers that
# close a phrase after its noun (「…在推进」 / 「中遇到的困难」).  Not the tag ``c`` as a whole: 因此, 同时,
# 此外 and 及时 are tagged so and open a paragraph.  No paragraph under a head opens on one (where the
# dictionary cuts a name so, 「中办、国办…」 as 中 / 办, the series keeps its lines whole: a head missed,
# as before titled series were read, never an item set apart).
LINKING_OPENERS = frozenset({"和", "与", "及", "以及", "及其", "或", "或者", "中", "之", "之间", "之中"})


def opens_bound(under: Line) -> bool:
    """The line ``under`` opens on a word bound to the one before it (``BOUND_OPEN_TAGS``,
    ``LINKING_OPENERS``): it goes on with the phrase of the line above (「（一）总体要求：坚持以人民为中心」
    / 「的发展思想，…」) — a head's paragraph opens on a word of its own."""
    tagged = words(under.text.lstrip())
    return bool(tagged) and (tagged[0][1] in BOUND_OPEN_TAGS or tagged[0][0] in LINKING_OPENERS)


def runs_on(line: Line, under: Line) -> bool:
    """The break between ``line`` and the line under it leaves the line's phrase open: it falls inside a
    word (``cut_in_word``) or before a word bound to the one before it (``opens_bound``) — the measure
    cut a sentence there, whatever the line's width says."""
    return cut_in_word(line, under) or opens_bound(under)


def _sentence_cut(groups: Sequence[Sequence[Line]], gi: int, li: int) -> bool:
    """Member ``li`` of group ``gi`` is a sentence's first line the measure cut: the break under it
    falls inside a word or before a bound word (``runs_on``) and the lines under it read as a
    paragraph (in its group, or the next group where the member stood alone) — not a head's rest the measure wrapped
    (「（ 1 ） 5G 网络实现乡镇全覆」 / 「盖」)."""
    group = groups[gi]
    if li + 1 < len(group):
        return _paragraph_under(group, li) and runs_on(group[li], group[li + 1])
    rest = groups[gi + 1] if gi + 1 < len(groups) else ()
    return bool(rest) and (len(rest) >= 2 or rest[-1].final) and runs_on(group[li], rest[0])


def _room(line: Line, layout: Layout) -> float:
    """How far (em) ``line`` stops short of its measure (as ``measured.stops_short`` counts it),
    less the spaces an extractor wrote about the number (「（ 1 ） 5G …」, half an em each): the
    series, not the line, says they were no printed width."""
    number = PAREN_NUMBER_RE.match(line.text)
    spaces = number.group(0).count(" ") if number is not None else 0
    return layout.room(line, line.indent) + NARROW_EM * spaces


def _measure_cut(group: Sequence[Line], li: int, layout: Layout) -> bool:
    """Member ``li``'s line had no room for the unit the line under it opens on, up to an ideograph
    (``SERIES_ROOM_EM``): the measure may have cut it.  Not asked of a series all titled (a theme,
    a colon and a phrase on every member's line, none cut inside a word): a title fills its line as
    often as not, and its series says where it ends."""
    return _room(group[li], layout) < min(leading_unit_width(group[li + 1].text), SERIES_ROOM_EM)


def _opens_member(lines: Sequence[Line], li: int) -> bool:
    """Line ``li`` of a group could open a member: the group's first line, or a line after a
    sentence's end or after a numbered heading that filled its line (「2.数据要素市场化配置改革取得突破」
    / 「（ 1 ）公共数据授权运营起步」)."""
    if li == 0:
        return True
    before = lines[li - 1]
    return before.final or (before.listed and head_shaped(before))


def series_heads(groups: Sequence[Sequence[Line]], layout: Layout) -> dict[int, tuple[int, ...]]:
    """For each group (each a block's lines, as ``unwrap.group_lines`` made them) holding a （N）
    head its series reads as one (see the module docstring) run in with the lines about it, the
    places where the group is cut (before a line: 1 … len-1)."""
    if not layout.wrapped:
        return {}
    members: list[tuple[int, int, int, int]] = []   # (group index, line index, numbering kind, value)
    for gi, group in enumerate(groups):   # (a caption's group is passed empty)
        for li, line in enumerate(group):
            if line.text[:1] in _NUMBER_FIRST and _opens_member(group, li):
                found = ordinal(PAREN_NUMBER_RE.sub(_compact, line.text, 1))
                if found is not None and found[0] in SERIES_KINDS:
                    members.append((gi, li, *found))
    if not members:
        return {}
    # the series: members of one numbering counting up from 1, in the document's order
    series_of: dict[tuple[int, int], int] = {}
    last: dict[int, tuple[int, int]] = {}   # kind → (series number, value)
    count = 0
    for gi, li, kind, value in members:
        before = last.get(kind)
        if before is None or value != before[1] + 1:
            count += 1
            before = (count, 0)
        series_of[gi, li] = before[0]
        last[kind] = (before[0], value)
    first_member = {gi: kind for gi, li, kind, _ in members if li == 0}
    items: set[int] = set()
    shaped: dict[int, bool] = {}   # series → every member head-shaped (and how many: ``sizes``)
    sizes: dict[int, int] = {}
    titled: dict[int, bool] = {}   # series → every member a titled head (``_titled``)
    apart: dict[int, int] = {}
    run_in: dict[int, list[tuple[int, int]]] = {}
    for gi, li, kind, _ in members:
        group, series = groups[gi], series_of[gi, li]
        if _item_marked(group[li:]) or _sentence_cut(groups, gi, li):
            items.add(series)
        sizes[series] = sizes.get(series, 0) + 1
        shaped[series] = shaped.get(series, True) and head_shaped(group[li])
        titled[series] = titled.get(series, True) and _titled(group[li].text)
        if not head_shaped(group[li]):
            continue
        if len(group) == 1:
            if gi + 1 < len(groups) and first_member.get(gi + 1) != kind:
                apart[kind] = apart.get(kind, 0) + 1   # a head alone over its paragraph
        else:
            run_in.setdefault(kind, []).append((gi, li))
    member_groups: dict[int, list[int]] = {}   # series → its members' group indices, in order
    for gi, li, _, _ in members:
        member_groups.setdefault(series_of[gi, li], []).append(gi)
    cuts: dict[int, tuple[int, ...]] = {}
    for kind, places in run_in.items():
        for gi, li in places:
            group, series = groups[gi], series_of[gi, li]
            if not (apart.get(kind) or (titled[series] and _heads_sections(member_groups[series]))):
                continue   # no line of the numbering alone over its paragraph, no titled series heading a
                #            section: no heads to go by
            if series in items or not shaped[series] or sizes[series] < SERIES_MIN:
                continue   # a list's items, or a series some of whose lines are no head
            if not _paragraph_under(group, li):
                continue
            if li + 1 < len(group) and not titled[series] and _measure_cut(group, li, layout):
                continue   # the unit under it would have fitted had the line ended there: the measure cut it
            cuts[gi] = (*cuts.get(gi, ()), *(k for k in (li, li + 1) if 0 < k < len(group)))
    return cuts


def _heads_sections(member_groups: Sequence[int]) -> bool:
    """Some member of a series is followed by a block of its own before the next member (the groups
    of two members in a row lie two or more apart): a head's paragraph, or the items under it, open
    on a line of their own — a list's items run one after another, each its own block (colon82: a
    titled series, which needs no member set apart, asks it)."""
    return any(after - before >= 2 for before, after in zip(member_groups, member_groups[1:]))


def _paragraph_under(group: Sequence[Line], li: int) -> bool:
    """The lines run in under member ``li`` read as a paragraph, not as the rest of a head the measure
    wrapped (「（ 1 ） 5G 网络实现乡镇全覆」 / 「盖」, where the extractor's spaces were printed width):
    two lines or more, or one ending a sentence."""
    rest = group[li + 1:]
    return not rest or len(rest) >= 2 or rest[-1].final


def _compact(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")
