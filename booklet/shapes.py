"""The shape grammar: every textual shape booklet recognises, defined once.

Readers, the cleaner, the Markdown reader and ``booklet check`` import their patterns
from here; no other module writes these regular expressions.  Patterns are composed
from the named pieces below, so a numbering form or a bracket set is spelled once.

Sections: character classes · sentence ends and clause punctuation · note markers ·
page numbers · numbering (headings, lists, lead-ins) · labels, 来源 lines, notes,
attributions · bylines · captions · letters (发文字号, salutation, signature, date) ·
tables of contents · web boilerplate · separators · dates, occasions and
speakers as quotations cite them.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from booklet.cjk import CJK_PUNCT, IDEOGRAPH, IDEOGRAPH_RE, width

# ------------------------------------------------------------------ character classes ---

# Chinese numerals of ordinals (一、 （二） 第三) and of counts (第一百章).
CN_DIGITS = "一二三四五六七八九十"
CN_COUNT = CN_DIGITS + "百"
# Circled numbers used as printed footnote markers: ①…⑳, ⓫…⓾, ❶…➓, ㉑…㊿.
CIRCLED = "\u2460-\u2473\u24eb-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
# Indent characters a first line may start with (besides two or more spaces).
INDENT_CHARS = "\u3000\u2003\u2002\u00a0"

# The commonest Chinese surnames (about nine in ten people): a byline of bare names starts with one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "习常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")

# ------------------------------------------------ sentence ends, clause punctuation ---

_CLOSERS = "”’」』）)》〉】\\]\"'"
# A printed note marker: circled, or a number in brackets (books numbering many notes print 「[12]」).
_NOTE_MARK = rf"[{CIRCLED}]|\[\d{{1,3}}\]"
# A note marker printed after a mark (「…的重要源头。④」, 「…出路。[4]」).
_MARK_AFTER = f"(?:{_NOTE_MARK})"
# A note marker ending a line (a title's: 「…奋勇前进①」, 「…的调研报告[1]」).
NOTE_MARK_END_RE = re.compile(f"{_MARK_AFTER}$")
# Bracketed markers at a line's end: stripped before the mark under them is judged.
_BRACKET_MARK_END_RE = re.compile(r"(?:\[\d{1,3}\])+$")
# Sentence-final punctuation at the end of a line, optionally followed by closing quotes and by
# a note marker (「…的重要源头。④」).  The full-width point ．(U+FF0E) is the full stop of scientific
# and reference-list typesetting (GB/T 15834: 科技文献 may end a sentence with ．; GB/T 7714 ends every
# reference entry with it: 「…国家行政学院学报，2014（3）：11-17．」) — but not after a bare number,
# where it is an item's number (「1．」).
SENTENCE_END_RE = re.compile(rf"(?:[。！？；：!?;…]|(?<!^\d)(?<!^\d\d)．|\.{{3}}|……)(?:[{_CLOSERS}]|{_MARK_AFTER})*$")
_SENTENCE_LAST = frozenset("。！？；：!?;….．”’」』）)》〉】]\"'") | frozenset(
    chr(c) for lo, hi in re.findall("(.)-(.)", CIRCLED) for c in range(ord(lo), ord(hi) + 1))
# A full stop (not ；：) at the end, closing quotes allowed: the sentence is surely over.
FULL_STOP_END_RE = re.compile(r"[。！？!?][”’」』）)]*$")
# The Chinese sentence stops; with their ASCII forms, a stop anywhere inside a line: titles
# and headings never hold one.
CN_STOPS = "。！？；"
STOP_RE = re.compile(f"[{CN_STOPS}!?;]")
# Clause punctuation inside a body sentence (titles rarely have it).
CLAUSE_RE = re.compile(r"[，、。；！？,;!?]")
# Punctuation a line may end with when it stops inside a sentence or ends one: a line
# ending in any of these is no heading (the PDF reader's bold-heading test).
LINE_END_PUNCT = tuple("。！？；：，、")
# Characters that end a paragraph that reads as finished (``booklet check``).
FINISHED_END = "。！？；：”’…）》」"
# An opening bracket or quote: no block ends on one.
OPENERS = frozenset("“‘（《「『【〔(［[")
# Opening quotation marks: a line opening on one is a turn of talk or a quotation, not a head.
QUOTE_OPENERS = ("“", "‘", "「", "『", '"')
# A colon, full- or half-width: a label's, a speaker's or a lead-in's.
COLONS = ("：", ":")
# A line ending inside a word or clause: the sentence goes on in the next line.
MID_WORD_END_RE = re.compile(f"[{IDEOGRAPH}A-Za-z0-9，、,]$")
# A line opening on a sentence's tail: a few characters, then the sentence's stop (「5.8%；城乡…」,
# 「就办成了。”」) — no sentence or paragraph opens so, a column's line wrapped inside one does.
SENTENCE_TAIL_RE = re.compile(r"^[^\s，、；：。！？,;:!?]{1,4}[。；！？]")
# A line opening on a quoted utterance — an opening quote, a few characters and a stop inside it
# (「“开。」, 「“修桥！”」) — opens a sentence: the rest of a cut sentence that opened a quote closes
# the quote before its stop (「“好”。」, not matched).  And a reply stands right under a question
# ending its line (「…可以申请吗？」 / 「不需要。」): ``order._own_sentence``.
QUOTED_UTTERANCE_RE = re.compile(r"^[“‘「『][^”’」』，。！？]{1,4}[。！？]")
QUESTION_END_RE = re.compile(r"[？?][”’」』）)]?$")
# (a reply states: a question's tail cut at the column's foot asks on, 「…怎」 / 「么办？」)
REPLY_RE = re.compile(r"^[^\s，、；：。！？,;:!?]{1,4}[。！]")
# A line that is only a sentence's last word or two and the colon bringing in a quotation
# (「提出：」): a column cut the sentence 「…专题调研后曾」 / 「提出：」.  A salutation (「同志们：」)
# holds three characters up; a field's label (「附件：」) is a ``FIELD_LINE_RE`` (the caller's test).
COLON_TAIL_RE = re.compile(r"^[^\s，、；：。！？,;:!?]{1,2}[：:]$")
# A line opening on a word's last character and the pause after it (「年，走遍全镇…」 under
# 「…扎根山区三十」): the measure cut a word, no clause opens on one character and a pause — but
# a numeral and 、 open an item (「一、总体要求」: ``opens_on_tail`` asks ``NUMBERED_RE``).
WORD_TAIL_RE = re.compile(r"^[\u3400-\u9fff][，、,]")


def opens_on_tail(text: str) -> bool:
    """``text`` opens on the tail of a sentence or a word the line above left (``SENTENCE_TAIL_RE``,
    ``WORD_TAIL_RE``): no paragraph, heading or item opens so."""
    return SENTENCE_TAIL_RE.match(text) is not None or (
        WORD_TAIL_RE.match(text) is not None and NUMBERED_RE.match(text) is None)


# What a line opening on a tail (``opens_on_tail``) or on a digit opens with: one C-speed look, asked
# of a whole file's lines in a ``map``, that rules out most lines of prose before either test runs.
TAIL_OR_DIGIT_RE = re.compile(rf"{SENTENCE_TAIL_RE.pattern}|{WORD_TAIL_RE.pattern}|\d")


# The last character of a line that stops inside a word: an ideograph, a Latin letter or digit,
# a comma or 、 (``ends_mid_word``; one character class, matched in C).
MID_WORD_LAST_RE = re.compile("[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9，、,]")


def ends_mid_word(text: str) -> bool:
    """``MID_WORD_END_RE`` without its search (it is asked of every line, and a search anchored
    at the end scans the whole line): the last character alone, ``MID_WORD_LAST_RE``."""
    return MID_WORD_LAST_RE.match(text[-1:]) is not None
# Full-width punctuation a typesetter may set in half an em (clreq's punctuation compression,
# Word's and WPS's 标点挤压): a line holding many of them holds more characters.
COMPRESSIBLE_PUNCT_RE = re.compile("[，。、；：？！“”‘’（）《》「」『』【】〔〕]")
# Punctuation that goes down with the character before it when a line breaks (clreq's marks no
# line starts with, with the half-width ones, the ellipsis and the dash): the tail of a leading unit.
UNIT_TRAILERS = "，。、；：？！）》」』〉】”’…—,.;:?!)%"
# A run of narrow characters (digits, Latin, ASCII marks) inside Chinese text, and a space an
# extractor set beside one (where Word put its quarter-em gap).
NARROW_RUN_RE = re.compile(r"[!-~]+")
SPACED_RUN_RE = re.compile(r" (?=[!-~])|(?<=[!-~]) ")
# A narrow character or a space (the space and ``NARROW_RUN_RE``'s characters, U+0020–U+007E).
NARROW_CHAR_RE = re.compile(r"[ -~]")


# A 小标题 of two phrases in parallel (对仗): 「坚持企业主体，提升企业创新能力」, 「坚持人才引领，优化创新生态」 —
# one comma between two runs of ideographs, no quote or bracket, the second phrase whole: no shorter
# than the first.  A paragraph's first line the measure cut ends in a piece of its last clause
# (「只要方向对了，坚持下去，就」, 「据了解，“科技副总”由」).
PARALLEL_PHRASES_RE = re.compile(r"^([\u3400-\u9fff]{2,})，([\u3400-\u9fff]{2,})$")


def parallel_phrases(text: str) -> bool:
    """``text`` is two phrases in parallel joined by a comma (``PARALLEL_PHRASES_RE``)."""
    match = PARALLEL_PHRASES_RE.match(text)
    return match is not None and len(match.group(2)) >= len(match.group(1))


def full_width_only(text: str) -> bool:
    """``text`` holds no narrow run and no space: its width in em is exact (``NARROW_CHAR_RE``)."""
    return NARROW_CHAR_RE.search(text) is None


_IDEOGRAPHS_ONLY_RE = re.compile(f"[{IDEOGRAPH}]+")


def ideographs_only(text: str) -> bool:
    """``text`` is ideographs alone — no mark, digit, letter or space: each sits on a square em, and
    no mark could have pushed one down (``setoff``'s rest of a line)."""
    return _IDEOGRAPHS_ONLY_RE.fullmatch(text) is not None


# A figure inside a phrase: a number with its decimal point and its per cent or per mille sign, a
# word of the phrase as a headline states a result (「前三季度规上工业增加值增长6.8%」) — a quantity,
# never an ordinal: 第 and a number count a page or an issue (「第1版」, 「第12期」), the band's words a
# head line rejoined from an extractor's runs carries.
_FIGURE = r"\d+(?:\.\d+)?"
_FIGURE_SIGN = "[%％‰]"
_PHRASE_RE = re.compile(rf"(?:[{IDEOGRAPH}]|(?<!第){_FIGURE}{_FIGURE_SIGN}?)+")


# A figure closed by its per cent or per mille sign (「14.2%」): a quantity complete in itself — a
# numeral waits for its measure word (「三」 for 「个」), a figure with its sign waits for nothing.
CLOSED_FIGURE_RE = re.compile(_FIGURE + _FIGURE_SIGN)


# (bullet76) A count set after the noun it counts closes its phrase (「今年新增城镇就业岗位2.1万个」,
# 「全年接待游客120万人次」): the counted thing stands before the figure, so the figure and its measure
# word end the phrase — where a numeral or a measure word before its noun waits for it (「新建三个」 /
# 「重点项目」), and a bare figure (「2.1」, 「三千」) for its measure word.  The dictionary tags the
# figure and the measure word numerals (m) or measure words (q), the counted word a noun (not a place
# name, ns, which it gives some verbs: 「新建」 ns in 「新建三个」).
COUNTED_TAGS = frozenset({"n", "nt", "nz", "ng", "vn", "j", "an"})
COUNT_TAGS = frozenset({"m", "q"})
_NUMERAL_ONLY_WORD_RE = re.compile(r"[\d.．０-９零〇一二三四五六七八九十百千万亿两]+")
_FIGURE_CHAR_RE = re.compile(r"[\d０-９零〇一二三四五六七八九十百千两]")   # (a figure's own digit: 万 and 亿 alone are measure)


def count_after_noun(tagged: Sequence[tuple[str, str]]) -> bool:
    """(bullet76) The tagged words ``tagged`` end on a count after the noun it counts: a run of
    numerals and measure words (``COUNT_TAGS``) holding a figure and ending on a measure word, right
    after a noun (``COUNTED_TAGS``)."""
    i = len(tagged)
    while i > 0 and tagged[i - 1][1] in COUNT_TAGS:
        i -= 1
    run = tagged[i:]
    if not run or i == 0 or tagged[i - 1][1] not in COUNTED_TAGS:
        return False
    last = run[-1][0]
    figure = any(_FIGURE_CHAR_RE.search(w) for w, _ in run)
    return figure and _NUMERAL_ONLY_WORD_RE.fullmatch(last) is None


def series_phrase(text: str) -> bool:
    """(news85) ``text`` is one phrase whose items the enumeration comma may join (「坚持人民城市人民建、人民城市
    为人民」): 、 lists the items of one phrase and never parts a two-part title, which a space or ，
    parts (``one_phrase`` of the text without it; no 、 at either end)."""
    return text[:1] != "、" and text[-1:] != "、" and one_phrase(text.replace("、", ""))


def one_phrase(text: str) -> bool:
    """``text`` is one phrase: ideographs, and figures among them (``_PHRASE_RE``) — no space, no
    clause or quotation mark, no letter: nothing that parts a two-part title or opens a quotation."""
    return _PHRASE_RE.fullmatch(text) is not None


# Marks that no line starts with even in loose typesetting (dashes and ellipses may): a "line"
# an extractor gives starting with one is a piece of the line before.
LINE_PIECE_START = frozenset("，。、；：？！）》」』〉】”’,.;:?!)%")
# The unit a line begins with that could not have been broken: opening brackets or quotes with
# what follows them; a Latin word or number (``2035``, ``6G``, ``3.5%``) or one character; then
# any punctuation that may not start a line.  When the line before stopped short of the measure
# by no more than this unit, the unit simply did not fit there.
LEADING_UNIT_RE = re.compile(
    rf"^[“‘（《「『【〔(\[]*(?:[A-Za-z0-9][A-Za-z0-9.\-/%]*|——|……|\S)[{re.escape(UNIT_TRAILERS)}]*")


def leading_unit_width(text: str) -> float:
    """Width (em) of the unbreakable unit ``text`` starts with (``LEADING_UNIT_RE``)."""
    if text[:1] >= "\u3400" and text[1:2] not in _UNIT_TRAILER_SET and text[:1] not in _UNIT_OPENERS:
        return 1.0  # (most lines: an ideograph the next character may be parted from)
    unit = LEADING_UNIT_RE.match(text)
    return width(unit.group(0)) if unit else 0.0


_UNIT_TRAILER_SET = frozenset(UNIT_TRAILERS)
_UNIT_OPENERS = frozenset("“‘（《「『【〔")


# A line ending in a colon leads in to what follows (a list, a quote, a definition): as a
# paragraph's first line it is no paragraph of its own (「综合已有研究，本书…界定为：」 / 「在一定…」).
LEAD_IN_END_RE = re.compile(rf"[：:](?:[{_CLOSERS}]|{_MARK_AFTER})*$")
# A colon inside a line, not at its end, leads a field's text (「附件：江城市…」, 「地址：…」): a
# headline element may end on a colon (a kicker), never hold one inside.
FIELD_COLON_RE = re.compile(r"[：:](?!\s*$)")
# The colons a lead-in or a speaker's label (``BARE_SPEAKER_LABEL_RE``) ends with: a line ending
# in neither is neither, with no pattern tried.
LEAD_IN_MARKS = frozenset("：:")


def ends_sentences(texts: Iterable[str]) -> list[bool]:
    """(speed84) ``ends_sentence`` of each of ``texts``, its first look (the last character, a stop's
    or a space) taken in the comprehension: most lines end on neither and pay no call (``to_lines``
    asks it of every line)."""
    return [((last := text[-1:]) in _SENTENCE_LAST or last.isspace()) and ends_sentence(text) for text in texts]


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with 。！？；：… (closing quotes and a note marker allowed after them):
    ``SENTENCE_END_RE``, without its regex (asked of every line, and a search anchored at the end
    scans the whole line)."""
    if text[-1:] not in _SENTENCE_LAST:
        if not text[-1:].isspace():
            return False  # (most lines: stripped already, and ending in no stop)
        text = text.rstrip()
        if text[-1:] not in _SENTENCE_LAST:
            return False
    if text[-1] == "]":
        text = _BRACKET_MARK_END_RE.sub("", text)   # (「…出路。[4]」: the marker after the stop)
    core = text.rstrip(_AFTER_STOP)
    if core[-1:] == "．":
        return not (len(core) <= 3 and core[:-1].isdigit())   # (「1．」「12．」: a number)
    return core[-1:] in _STOPS or core.endswith("...")


_AFTER_STOP = _CLOSERS.replace("\\", "") + "".join(
    chr(c) for lo, hi in re.findall("(.)-(.)", CIRCLED) for c in range(ord(lo), ord(hi) + 1))
_STOPS = frozenset("。！？；：!?;…")


# ------------------------------------------------------------------------ note markers ---

# (``_NOTE_MARK``: above.)  A bracketed marker in the text is set small and raised: an extractor may
# space its characters as it does a justified line's, 「[ 2 ]」 (``mark_label`` gives it as printed).
_TEXT_NOTE_MARK = rf"[{CIRCLED}]|\[ ?\d{{1,3}} ?\]"
# A printed note marker anywhere in a line: ① or [1] (``_TEXT_NOTE_MARK``, spelled to start with
# one character set, so that a scan of a long text skips ahead at C speed to where one may start).
NOTE_MARK_RE = re.compile(rf"[{CIRCLED}\[](?:(?<=\[) ?\d{{1,3}} ?\]|(?<!\[))")
# A printed marker that is the whole label of a note.
NOTE_LABEL_RE = re.compile(f"^(?:{_NOTE_MARK})$")
# First characters of a printed marker: other lines never start with one.
NOTE_MARK_FIRST = frozenset(chr(c) for lo, hi in re.findall("(.)-(.)", CIRCLED)
                            for c in range(ord(lo), ord(hi) + 1)) | {"["}
# A marker pushed down from the running text onto a line of its own, with the marks that may
# not start a line after it (「③」, 「③。」): a piece of the text line before, never a note.
PUSHED_MARKER_RE = re.compile(rf"^(?:{_NOTE_MARK})[，。、；：？！）》」』”’,.;:?!)]*$")
# (texts86) The circled numbers, each alone: an item's label or a note's marker opens on one.
CIRCLED_FIRST = NOTE_MARK_FIRST - {"["}
# (texts86) An enumeration's item labelled with a circled number at its line's start (「①集中学习；」,
# 「④讨论支部的重要事项。」): the number, then the item's words.  A citation's marker that a wrap
# brought to a line's start is followed by a mark (「①。」, 「③，」) or stands alone: no item.
CIRCLED_ITEM_RE = re.compile(rf"^([{CIRCLED}])(?![\s：:，,。．、；;）)]|$)")


def circled_item_after(head: str, text: str) -> bool:
    """``text`` opens on the circled item next after the one ``head`` opens on (「④讨论…」 under a
    block opened by 「③开展组织生活或者志愿服务；」): the items of one enumeration count up by one."""
    this, before = CIRCLED_ITEM_RE.match(text), CIRCLED_ITEM_RE.match(head)
    if this is None or before is None:
        return False
    number, previous = note_number(this.group(1)), note_number(before.group(1))
    return number is not None and previous is not None and number == previous + 1


# A printed marker at the start of a text; group 1 the marker.
NOTE_LEAD_RE = re.compile(f"^({_NOTE_MARK})")
# (texts85) A note's or an entry's bracketed number opening a line (〔1〕, ［1］, 【1】, （1）; spaced by
# some readers): a 注释 list's entry, never a verse's line (``clean.verse``).
BRACKETED_NUMBER_OPEN_RE = re.compile(r"^[〔\[［【(（]\s*\d")
# (texts85) A note's mark inside a line (〔1〕, ［2］, [3], ①; spaced by some readers): a poem carries
# them, and a verse line's words are read without them (``clean.verse``).
NOTE_MARKS_INSIDE_RE = re.compile(rf"[〔［\[]\s*\d{{1,3}}\s*[〕］\]]|[{CIRCLED}]")
# In ``pdftotext -layout`` rows: a line ending in a full stop is body text, however short (a
# paragraph's last line) — headlines, kickers and subtitles are set without one; pieces placed at
# their own cells stand two spaces apart or more (one space: a piece pushed by the text before it).
BODY_LINE_END_RE = re.compile(r"。[”’」』）)]*$")
PADDED_PIECES_RE = re.compile(r"\S {2,}\S")
PADDING_RE = re.compile(r" {2,}")
# A note body starting with its marker; group 1 the marker, group 2 the rest.
NOTE_START_RE = re.compile(rf"^({_NOTE_MARK})\s*(.*)$")
# The start of a footnote line as the PDF reader sees it (注：… counts there too).
NOTE_LINE_RE = re.compile(rf"^\s*(?:{_NOTE_MARK}|注\s*[:：\d])")
# A footnote that opens with a plain number (``1. 参见…``, ``2、…``, ``3）…``): the PDF reader
# reads it so only in a page's note zone, where ``1021—1030页。`` or ``2.5%`` still continue a note.
NUMBERED_NOTE_RE = re.compile(r"^\s*\d{1,3}(?:[.．](?!\d)|[、）)]|\s)")
# A bracket-free circled number: the last character of a title's note mark.
CIRCLED_RE = re.compile(f"[{CIRCLED}]")
# Labels given to numbered notes: ①…⑳, then ㉑…㉟; [36] and on after that.
_LABELS = [chr(c) for c in range(0x2460, 0x2474)] + [chr(c) for c in range(0x3251, 0x3260)]


def note_label(n: int) -> str:
    """The printed label of note ``n`` (1-based): ①…⑳㉑…㉟, then ``[n]``."""
    return _LABELS[n - 1] if 1 <= n <= len(_LABELS) else f"[{n}]"


# Circled-number blocks: (first code point, its number).
_CIRCLED_RUNS = ((0x2460, 1, 20), (0x24EB, 11, 10), (0x24F5, 1, 10), (0x2776, 1, 10), (0x2780, 1, 10),
                 (0x278A, 1, 10), (0x3251, 21, 15), (0x32B1, 36, 15))


def mark_label(mark: str) -> str:
    """A marker as printed: without the spaces an extractor put inside its brackets (「[ 2 ]」)."""
    return mark.replace(" ", "") if mark[:1] == "[" else mark


def note_number(label: str) -> int | None:
    """The number a printed marker stands for (``③`` → 3, ``[12]`` → 12), or None."""
    label = mark_label(label)
    if label[:1] == "[" and label[-1:] == "]" and label[1:-1].isdecimal():
        return int(label[1:-1])
    if len(label) != 1:
        return None
    code = ord(label)
    for first, number, count in _CIRCLED_RUNS:
        if first <= code < first + count:
            return number + code - first
    return None

# ------------------------------------------------------------------------ page numbers ---

# A page's number and the count of pages, a slash between (「3 / 20」; a browser's print: 「1/2」).
_PAGE_OF_COUNT = r"(?P<n>\d{1,4})\s*/\s*(?P<m>\d{1,4})"
# A line that is only a page number: 26, — 3 —, - 3 -, ·3·, 第 3 页, 第 3 页 共 20 页, 3 / 20, Page 3 of 20,
# and the total alone (``共 20 页``: the second half of ``第 3 页 共 20 页`` where a column split cut it).
PAGE_NUMBER_RE = re.compile(
    r"^(?:\d{1,4}"
    r"|[-—–－]\s*\d{1,4}\s*[-—–－]|[·•]\s*\d{1,4}\s*[·•]"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页"
    rf"|{_PAGE_OF_COUNT}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")
# (edge70) A folio printed in brackets (「[12]」, 「［12］」, 「〔12〕」, 「【12】」), as some pocket books set
# it at the foot or the outer corner: the shape of a note's marker or label too (「[1]」), so like digits
# alone it is a page number only where the page evidence holds (``pages.find_pages``) and no note
# cites or answers its number (``pages.bracketed_once``), never by shape.
BRACKETED_FOLIO_RE = re.compile(r"^(?:\[\s*(?P<a>\d{1,4})\s*\]|［\s*(?P<b>\d{1,4})\s*］|〔\s*(?P<c>\d{1,4})\s*〕"
                                r"|【\s*(?P<d>\d{1,4})\s*】)$")
BRACKETED_FOLIO_FIRST = frozenset("[［〔【")
# A number in brackets anywhere in a line (``pages.bracketed_once`` counts them: a note's is printed twice).
BRACKETED_NUMBER_RE = re.compile(r"\[\s*\d{1,4}\s*\]|［\s*\d{1,4}\s*］|〔\s*\d{1,4}\s*〕|【\s*\d{1,4}\s*】")
# A newspaper's folio, its edition number (``第3版``): the same words end a 来源 line that wrapped
# before them (「来源：《江城县报》（2026年11月30日」 / 「第2版」), so like digits alone it is a page
# number only where the page evidence holds (``pages.find_pages``), never by shape.
EDITION_FOLIO_RE = re.compile(r"^第\s*(?P<n>\d{1,3})\s*版$")
# Digits alone (``26``): a page number, or a year or count an extractor put on a line of its
# own (pypdf: ``2026`` / ``年`` / ``4`` / ``月``) — a page number only where a page ends.
BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")
# First characters of the pieces of a page number an extractor cut at each digit run
# (``第`` / ``3`` / `` 页 共`` / ``20`` / `` 页``, ``—`` / ``3`` / ``—``).
PAGE_PIECE_FIRST = frozenset("第共页—–－-·•/Pp0123456789")
# Characters that bind to the number before them — units, measure words, 年月日, %, a closing
# bracket: a line of digits followed by a line starting with one is a number in a sentence,
# never a page number.
NUMBER_UNIT_FIRST = frozenset("年月日号时分秒期届次个家项名位元角万亿千百%‰岁件条款章节页版倍度多余吨米）)〕】］]》")
# What opens the words after a figure in running text: a unit or a measure word (量词) — a count
# is never left bare in Chinese prose (「62户」, 「1100人」, 「42个」, 「2.3万吨」, 「40余家」) — or a sign
# Latin sets after a figure (%, ‰) (cols84; miner86: at a box's cut only, ``order``).  Broader than
# ``NUMBER_UNIT_FIRST`` (which decides page numbers): here it says only how a line ending on a figure
# goes on (``figure_then_unit``).
FIGURE_UNIT_FIRST = frozenset(
    "年月日号时分秒期届次个家项名位元角万亿兆千百%‰岁件条款章节页版倍度多余吨米户人亩台辆座所间张场批轮"
    "份篇本册部套处栋层平公克斤天周小级类种支对双株头只架艘列班组队票")


def figure_then_unit(before: str, after: str) -> bool:
    """``before`` ends on a figure (a Latin digit) and ``after`` opens on what follows a figure in
    running text (``FIGURE_UNIT_FIRST``): read across the break, a count and its unit
    (「…新型研发机构、 40」 / 「余家孵化器和众创空间。」)."""
    before, after = before.rstrip(), after.lstrip()
    return before[-1:].isdigit() and before[-1:].isascii() and after[:1] in FIGURE_UNIT_FIRST


# What no printed line starts with (clreq 行首禁则; dashes and ellipses aside, since an
# attribution opens with ——): a line of extracted text that does is the rest of the line before.
NO_LINE_START = frozenset("，。、；：？！）》」』”’〉】〕］")
# What a piece cut at a change of font opens on only as the rest of the piece before: the marks
# above and the full-width full stop 「．」, which Word sets in the Chinese face after a run in the
# Latin one (an item's number 「1．」, a reference's 「[J]．」) — pypdf cuts 「1」 / 「．汛期…」.  Not a
# mark no line starts with: a typesetter without 行首禁则 for it opens a printed line on it
# (「…2023（8）：54-62」 / 「．」), so it proves a cut only after a piece with no Chinese (a run).
BOUND_TO_BEFORE = NO_LINE_START | frozenset("．")
# An ideograph or a CJK punctuation mark: the edge of a piece of Chinese text.
CJK_CHAR_RE = re.compile(f"[{IDEOGRAPH}{CJK_PUNCT}]")
# A code of letters and digits on a line of its own (「DB 3209/T 0187—2026」, a standard's number
# under its title) is never part of a Chinese title (a lone 「|」 or 「2026」 may be a run pypdf cut).
CODE_LINE_RE = re.compile(f"^(?=[^{IDEOGRAPH}]*[A-Za-z])(?=[^{IDEOGRAPH}]*[0-9])[^{IDEOGRAPH}]+$")
# A line that is only a run in a Latin font, a number or a raised note marker: pypdf and some
# viewers emit every such run on a line of its own (``2026`` / ``年``, ``①`` / ``。人工``).
# A section number or a list letter alone (``2``, ``2.1``, ``a``): what pypdf cuts off a
# numbered heading set with its number in a Latin face (``2.1`` / `` 政务数据``).
NUMBER_ALONE_RE = re.compile(r"^(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[A-Za-z])$")
# A list item's number in a Latin face, as Word's automatic numbering sets it (``1.``, ``2)``,
# ``(3)``, ``a.``), cut off by pypdf: what a paragraph starts with, never the middle of a line.
ITEM_NUMBER_RUN_RE = re.compile(r"^(?:[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[A-Za-z][.)])$")
# Word's item number with the full-width stop after it (「1．」): the digits in the Latin face, 「．」
# in the Chinese one, so pypdf cuts between them (「1」 / 「．汛期一般指什么时间？」) — a number of
# one or two digits alone before a piece opening on the stop is such an item number.
ITEM_NUMBER_DIGITS_RE = re.compile(r"^[0-9]{1,2}$")
# A reference list's entry label in a Latin face (GB/T 7714's 「[1]」), cut off by pypdf with the
# space that parts it from the entry (「[1]」 / 「 王浦劬．…」): it opens its entry's line as Word's
# item number does; a citation mark inside a sentence (「…关系[1]，」) has no space after it.
REFERENCE_LABEL_RUN_RE = re.compile(r"^\[[0-9]{1,3}\]$")
ITEM_NUMBER_STOP = "．"
# A run may be marks alone: Word sets ASCII punctuation, the middle dot (``8`` / ``·`` / ``02``)
# and ``%`` in the Latin face too, so pypdf cuts them off like digits (``2`` / ``3%`` / ``。``).
_LATIN_RUN_CHARS = "0-9A-Za-z.,:;%‰/+\\-–()·'’&"
# A reference's document-type code (GB/T 7714: 「[J]」, 「[M]」, 「[R]」, 「[EB/OL]」) is set in the
# Latin face with its brackets after the title, so pypdf cuts it off like digits (「…相互关系」 /
# 「[J]」 / 「．国家行政学」).
_REFERENCE_TYPE = r"\[[A-Z]{1,2}(?:/[A-Z]{2})?\]"
LATIN_RUN_RE = re.compile(rf"^(?:[{_LATIN_RUN_CHARS}][{_LATIN_RUN_CHARS}\s]*|{_NOTE_MARK}|{_REFERENCE_TYPE})$")
# One Latin letter or digit: beside a Chinese glyph across one space, the word space a typesetter sets
# around a Latin run in a Chinese line (``flow._latin_word_space``, plumb86).
LATIN_ALNUM_RE = re.compile(r"[0-9A-Za-z]")
# (pypdf87) Latin letters with a diacritic — pinyin's tone vowels (ā á ǎ à, ǔ, ü), the letters of a 注音
# (「岫，读 xiù。」) — which a Latin face may lack, so the Chinese face sets them and pypdf cuts the run before
# them (「读」 / 「xi」 / 「ù。」): the letter goes on with the Chinese text after it.  (Latin-1's letters and
# Latin Extended-A and -B, not ×, ÷.)
_LATIN_MARKED_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# Chinese text at a line's start, past the rest of a Latin run it may begin with (``02”强降雨过程``
# after ``8`` / ``·``; (pypdf87) ``ù。`` after ``xi``, ``_LATIN_MARKED_LETTERS``): the text a run was cut from.
CJK_AT_START_RE = re.compile(f"[{_LATIN_RUN_CHARS}{_LATIN_MARKED_LETTERS}\\s]*[{IDEOGRAPH}{CJK_PUNCT}]")
# Lines of a text joined by newlines that may be pieces of a printed line (a run as above, or
# a line starting with what no printed line starts with): one C-level scan finds the few.  Each
# line must follow a newline (put one before the first): the literal start lets the scan skip
# from line to line at C speed, where ``^`` would try every character.
PIECE_LINES_RE = re.compile(rf"\n(?:(?:[{_LATIN_RUN_CHARS}][{_LATIN_RUN_CHARS} \t]*|{_NOTE_MARK}|{_REFERENCE_TYPE}|[{IDEOGRAPH}])[ \t]*$"
                            rf"|[ \t]*[{''.join(sorted(BOUND_TO_BEFORE))}])", re.M)
# A space beside a full-width stop or bracket: where an extractor wrote the room justification
# spread a line's glyphs into (pdfminer: 「遗工坊 ， 邀请剪纸 、 竹」, a column's full line); no
# typesetter sets a space beside a full-width stop, which carries its own.
SPREAD_STOP_RE = re.compile("[ ][，。、；：！？“”‘’（）《》]|[，。、；：！？“”‘’（）《》][ ]")
# A line of one ideograph: PDFium (pypdfium2, Chrome's viewer) takes a page whose text covers less
# of its width than of its height (a page of columns) as set vertically, and then starts a new line
# at every text object of one character that does not overlap the line before it sideways — the
# characters a justified line was spread into, set one by one.  A printed line of prose holds more;
# a numeral alone is a section's number (a story's 一 / 二), a line of its own.
ONE_IDEOGRAPH_RE = re.compile(f"^(?![{CN_DIGITS}])[{IDEOGRAPH}]$")
# A space before an ideograph, after Chinese text: where an extractor joined two printed lines
# (PDFium's generated space, ``…讲话充分 肯定了…``, ``…出席大会。 各省区市…``) or two columns; no
# printed line of Chinese prose holds one.
JOINED_LINES_RE = re.compile(f"[{IDEOGRAPH}{CJK_PUNCT}] +[{IDEOGRAPH}]")
# The edge of a piece of Chinese text, quotation marks included (``区`` / ``“共享``).
CHINESE_EDGE_RE = re.compile(f"[{IDEOGRAPH}{CJK_PUNCT}“”‘’]")

# Spaces before a Chinese character (with one before them too: a gutter in a row of two
# columns, or a title's space); the literal start (`` +`` spelled ``  *``) lets the scan skip
# ahead fast.
SPACE_BEFORE_CJK_RE = re.compile(f"  *(?=[{IDEOGRAPH}{CJK_PUNCT}])")
# A space right after a full-width stop or comma, before Chinese text: rare inside a line of
# Chinese (the mark's own box holds its space; a photo credit after a caption has one), usual in
# a row an extractor merged from columns (pdfplumber), however short the row.
SPACE_AFTER_MARK_RE = re.compile(f"(?<=[，。、；：！？”）]) +(?=[{IDEOGRAPH}{CJK_PUNCT}])")
# (plain85) A single space between two columns' short lines set as one row: pdfplumber writes the
# lines whose baselines meet as one row, one space apart, and a row no wider than a column holding
# one may be a head beside the other column's last line or head (「1.发展成就 2.增进民生福祉」,
# 「（一）工作目标 （3）精神慰藉；」).  A Chinese line sets no space between two characters of its
# text save its own few (a lead's 「1月6日 镇党委…」, a byline's 「县委书记 周明远」, a part's label's
# 「第一章 总则」, a title's two phrases): ``flow._short_lines_row`` tells those apart.
SHORT_ROWS_SPACE_RE = re.compile(f"(?<=[{IDEOGRAPH}）)]) (?=[{IDEOGRAPH}（(0-9])")
# A column line's last mark, hung in the gutter: where the next column's line follows it with no
# space at all (the glyphs touch; pdftotext, pdfplumber), a row of columns may be cut after it.
HUNG_MARK_RE = re.compile(f"[，。、；：！？][{_CLOSERS}]?(?=[{IDEOGRAPH}{CJK_PUNCT}0-9A-Za-z])")
# A line set letter-spaced (CJK justification spreads a short line's glyphs: ``行 ； 其 身 不 正 ，
# 虽 令 不``): four or more single characters a space apart, the last one followed by a space or
# the line's end.  Its spaces are inside one column's line, never a gutter (a gutter may follow).
# Its first glyph opens the line or stands after a space, as every glyph of a spread line does: a
# glyph the text before touches ends another line (the first column's, one space before the next
# column's spread line: 「带来用气 这 张 卡 ，…」).
# Justification spreads every glyph of the line, a figure's digits and a Latin mark as well as the
# ideographs (「主 体 4 2 6 0 户 ， 同 比 增 长 1 4 .」, 「分 别 为 6 时 3 0 分 和 2 0 时 3 0」): a run
# holds them too.  What shows the spreading is still the ideographs set apart: four in a row, as
# before, or ``SPREAD_MIN_IDEOGRAPHS`` among the figures — a date or a page mark a space apart
# (「年 1 月 1 日」, 「第 1 页 共 2 页」: spaces an extractor writes round Latin figures) holds four or fewer.
SPREAD_MIN_IDEOGRAPHS = 5
_SPREAD_CJK = f"[{IDEOGRAPH}{CJK_PUNCT}]"
_SPREAD_LATIN = "[0-9A-Za-z.%,:;+\\-]"
_SPREAD_GLYPH = f"(?:{_SPREAD_CJK}|{_SPREAD_LATIN})"
LETTER_SPACED_RE = re.compile(
    f"(?<!\\S)(?=(?:{_SPREAD_GLYPH} )*(?:{_SPREAD_CJK} ){{3}}{_SPREAD_CJK}(?= |$)"
    f"|(?:{_SPREAD_LATIN} )*(?:{_SPREAD_CJK} (?:{_SPREAD_LATIN} )*){{{SPREAD_MIN_IDEOGRAPHS - 1}}}{_SPREAD_CJK}(?= |$))"
    f"(?:{_SPREAD_GLYPH} ){{3,}}{_SPREAD_GLYPH}(?= |$)")
# Longest text a page-number line can have (``第 120 页 共 356 页`` is 17 characters).
PAGE_NUMBER_MAX_CHARS = 20
# In a page's header or footer band, where position already says "furniture", a page
# number may also be set in roman numerals or brackets: ``[3]``, ``(iv)``, ``第3页/共20页``.
BAND_PAGE_NUMBER_RE = re.compile(
    r"^[\s\-—–·•\[\]()（）]*(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*页)?"
    r"(?:\s*(?:/|of|共)\s*\d{1,4}\s*页?)?[\s\-—–·•\[\]()（）]*$")
# A dashed page number left inside running text: 「…的— 12 —重要…」.
GLUED_PAGE_NUMBER_RE = re.compile(r"[—–－]\s*\d{1,3}\s*[—–－]")


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number: 26, — 3 —, - 3 -, 第3页, 3/20."""
    return len(text) <= PAGE_NUMBER_MAX_CHARS and PAGE_NUMBER_RE.match(text.strip()) is not None


# ------------------------------------------------------------------- days and times of day ---

# A date as a document prints it: the year and month (「2026年5月」), the whole day (「2026年5月12日」;
# an extractor may space the figures: 「2026 年 5 月 12 日」), or the day in figures (``2026-05-12``,
# ``2026/5/12``, ``2026.5.12``).
_YEAR_MONTH = r"\d{4}\s*年\s*\d{1,2}\s*月"
_WHOLE_DAY = rf"{_YEAR_MONTH}\s*\d{{1,2}}\s*日"
_DAY_OR_MONTH = rf"{_YEAR_MONTH}(?:\s*\d{{1,2}}\s*日)?"
_FIGURES_DAY = r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}"


def _hour_minute(colon: str) -> str:
    """The time of day, hour and minute (「9:00」, 「14：30」), the piece every clock shape is built
    on; ``colon`` is what stands between the two as that shape allows it."""
    return rf"\d{{1,2}}{colon}\d{{2}}"


# ------------------------------------------------------------------------ running heads ---

# What a page's header or footer band is made of (Word reports, 简报, newspapers, books): dates
# (``2026年5月12日  星期二``), issue numbers (``2026年第5期``, ``总第123期``), newspaper pages
# (``第 3 版``), circulation marks (``内部资料  注意保存``, GB/T 9704 secrecy levels), the issuing
# body (``××市科学技术局办公室``, ``党委宣传部 编``) and the publication (``工作简报``, ``学习参考``).
_WEEKDAY = r"(?:星期|周)[一二三四五六日天]"
_HEAD_DATE = rf"{_DAY_OR_MONTH}(?:\s*{_WEEKDAY})?|{_FIGURES_DAY}"
_ISSUE = r"(?:\d{4}\s*年\s*)?[（(]?\s*(?:总\s*)?第\s*\d{1,4}\s*期\s*[）)]?"
# A newspaper's page (``第 3 版``); a paper printing sections numbers pages by section letter
# (``第A2版``, ``B3版``: the evening and metropolitan papers' A叠/B叠).
_EDITION = r"第\s*[A-H]?\s*\d{1,3}\s*版|(?<![A-Za-z0-9])[A-H]\d{1,2}\s*版"
# The same page number bare, set apart at the outer end of the head's row (``2026年12月3日  星期四  A1``):
# only there does a letter and one or two figures number a page — inside a line they name a
# road, a grade, a model (``A1级``, ``G20``).  Letters A–H: no paper prints more sections.
_LETTERED_PAGE = r"[A-H]\d{1,2}"
# (mast68) An issue's numbers: its number in the year, and the running count a 简报 may print beside it
# (「第15期　总第123期」, 「第15期（总第123期）」) — one issue numbered twice, never two issues.
_ISSUES = rf"{_ISSUE}(?:\s*{_ISSUE})?"
# A masthead's issue line on its own (``第12期``, ``2026年第5期``, ``第12期  总第127期``): it numbers the
# issue under the publication's name and is never part of a title.
ISSUE_LINE_RE = re.compile(rf"^{_ISSUES}$")
# An issue number anywhere in a line (``××县委办公室  2026年第4期``): a periodical's, never a
# letter's date or a signature's.
ISSUE_RE = re.compile(_ISSUE)
_CIRCULATION = "内部资料|注意保存|内部参考|内部刊物|内部发行|仅供参考|绝密|机密|秘密"
_ISSUING_BODY = (rf"[{IDEOGRAPH}（）()×]{{2,16}}?(?:部|委|厅|局|处|办|院|校|室|中心|政府|大学|学院|公司|委员会|协会"
                 r"|学会|联合会|工会|研究会|报社|杂志社|出版社)")
_EDITS = r"\s*(?:编印|主办|编|印发)"
_ISSUER = rf"{_ISSUING_BODY}(?:{_EDITS})?"
# A publication's name: its words, then the word for its kind — a periodical's (简报, 动态, …) or a
# book's that prints its own name over its pages (读本, 丛书, 年鉴, 口袋书).  (texts84b) A 年鉴 names
# its volume by its year after a middle dot or in brackets (「青禾年鉴·2026」, 「青禾年鉴（2026）」): a
# running head's shape — a section is headed by its subject, never by a book's name and a year.
_VOLUME_YEAR = r"(?:\s*[·•・]\s*\d{4}|[（(]\d{4}[）)])"
_PUBLICATION = (rf"[{IDEOGRAPH}×]{{0,12}}?(?:简报|周刊|旬刊|月刊|日报|晚报|快报|要报|动态|通讯|信息|参考|资料"
                rf"|读本|丛书|汇编|文摘|专刊|特刊|内参|札记|年鉴|口袋书){_VOLUME_YEAR}?")
_DATED_PART = f"{_HEAD_DATE}|{_ISSUE}|{_EDITION}|{_CIRCULATION}"
# (mast68) A line of circulation marks only (「秘密」, 「内部资料　注意保存」): a 简报 prints it at the top corner
# of its first page, over the unit and the 报头 — a mark on the copy, never the text's.
CIRCULATION_MARK_RE = re.compile(rf"^(?:{_CIRCULATION})(?:\s*(?:{_CIRCULATION}))*$")
# A 简报's 报头 closes with its 编发 line: the office that edits it and the day it comes out
# (``江城市水利局办公室编  2026年10月15日``; a house style sets it without the verb, the office, a
# space, the day: ``青河县农业农村局办公室 2026年11月20日``).  A running band names the publication,
# numbers the issue or dates the month, but never credits its editor with the day.
# (mast68) The 编发 line may number the issue between the office and the day, one row under the name
# (「江城市委办公室编　第15期　2026年11月25日」; a viewer's copy runs the parts together, the issue still
# marks the row).  Without the verb, a space or the issue, a body and a day run together may be prose's
# (「青河县农业农村局办公室2026年11月20日」 stays unread, as before).
_ISSUED_ON = rf"{_ISSUING_BODY}(?:(?:{_EDITS}\s*|\s+)(?:{_ISSUES}\s*)?|{_ISSUES}\s*){_WHOLE_DAY}"
ISSUED_ON_RE = re.compile(rf"^{_ISSUED_ON}$")
# (mast68) That 编发 row opened by its office and the issue — its day whole, or cut onto the next line
# where the extractor ended the row at the measure: the 报头 numbers its issue there, under its name.
ISSUE_IN_ROW_RE = re.compile(rf"^{_ISSUING_BODY}(?:{_EDITS})?\s*{_ISSUES}\s*\d")
# A running band's row across the measure: the issue, the editing office and the day on one row
# (``第12期  江城市委办公室编  2026年11月20日``); a 简报's own 报头 sets its issue on a line of its own,
# centred over the 编发 line, so an issue that opens the 编发 line is the band's.
BAND_ISSUE_ROW_RE = re.compile(rf"^{_ISSUES}\s+{_ISSUED_ON}$")

_NAME_PART = f"(?:{_ISSUER}|{_PUBLICATION})"
_HEAD_PART = f"(?:{_DATED_PART}|{_NAME_PART})"
# The page number a head prints at its outer end (``学习参考  2026年第11期 … 第1页``): a head
# splits its row into parts, the page's number in the part at the edge; a 第N页 is no date, so it
# dates nothing (``HEADER_DATED_RE`` leaves it out) and stands only at the line's end.
_HEAD_PAGE = r"第\s*\d{1,4}\s*页"
_HEAD_END_PAGE = rf"(?:\s*{_HEAD_PAGE}|\s+{_LETTERED_PAGE})"
# A page head's section name: two to four characters, or a section and its part joined by a
# middle dot (``周末·城乡``: a weekend paper names its page so).  The paper's own name may stand
# before it, set apart (``江城晚报  城事``: the left part of an evening paper's head).
_SECTION = rf"[{IDEOGRAPH}]{{2,4}}(?:\s*[·•・]\s*[{IDEOGRAPH}]{{2,4}})?"
# A line made only of header parts, up to four on one wide line (``工作简报      2026年第5期``);
# names are set apart by a space, a date or number may follow a name directly (pypdf joins them);
# the head's page number may close it.
HEADER_LINE_RE = re.compile(rf"^{_HEAD_PART}(?:\s*(?:{_DATED_PART})|\s+{_NAME_PART}){{0,3}}{_HEAD_END_PAGE}?$")
# The page number inside a running head or footer: set apart from the words by white space
# (``主题教育学习资料  26``) or as a page or newspaper page (``第 3 版``) — never inside a
# word (``标题1号文章``); a paper's lettered page (``第A2版``, ``… 星期四  A2`` at the line's end).
HEAD_PAGE_NUMBER_RE = re.compile(r"(?:^|\s)(?:第\s*)?\d{1,4}(?:\s*[版页])?(?:\s|$)|第\s*\d{1,4}\s*[版页]"
                                 rf"|{_EDITION}|\s{_LETTERED_PAGE}\s*$")
# A head's page number at the line's left edge, its words at the right (or the other way round), as `pdftotext -layout`
# writes a head set across the measure (``3                 学习手册``): the number stands apart by
# a gap of FOLIO_GAP_MIN cells or more, where a clause number (``3 基本原则``) stands one space
# (or a full-width space's two cells) before its words.
FOLIO_GAP_MIN = 4
FOLIO_FIRST_RE = re.compile(rf"^\d{{1,4}}[ \t\u3000]{{{FOLIO_GAP_MIN},}}\S")
FOLIO_LAST_RE = re.compile(rf"\S[ \t\u3000]{{{FOLIO_GAP_MIN},}}\d{{1,4}}$")
# A head with its page number set apart at one end (``…（试行）  1`` / ``2  当代区域发展研究``); each end
# on its own too (verso68: a section head's words read both ways, ``bands._section_keys``).
_PAGED_START = r"(?P<start>\d{1,4})[ \t\u3000]+(?P<words>\S.*)"
_PAGED_END = r"(?P<words2>.*\S)[ \t\u3000]+(?P<end>\d{1,4})"
PAGED_HEAD_RE = re.compile(rf"^(?:{_PAGED_START}|{_PAGED_END})$")
PAGED_HEAD_START_RE = re.compile(rf"^{_PAGED_START}$")
PAGED_HEAD_END_RE = re.compile(rf"^{_PAGED_END}$")
# (book88) A section head's page number written into its words: where the head is set close to the
# folio at the outer end (or, a heading longer than the head's room, up to it), an extractor writes
# the two as one run — glued at the end (``…明确工作重点5``) or, where the head's last characters
# and the folio share a place, amid them (``…明确工作重5 点``).  The folio covers at most
# FOLIO_OVERLAP_CHARS of the words; it follows a character that is no figure (a heading's own
# figures, ``2025年``, are no page number).  Read only as one more key of a head to be matched
# against a heading printed once in the text (``bands._section_keys``), never as a head on its own.
FOLIO_OVERLAP_CHARS = 1
GLUED_FOLIO_RE = re.compile(rf"^(?P<words>.*[^\d\s])\s*(?P<folio>\d{{1,4}})(?P<rest>\s*[^\d\s]{{0,{FOLIO_OVERLAP_CHARS}}})\s*$")
# A comma or a stop inside a line makes it prose: running heads are names, titles and dates.
PROSE_PUNCT_RE = re.compile(r"[，。；！？]")
# (lone69) A stop no heading holds: a sentence ended inside the lines read, so the one an extractor
# cut at a page break opened in prose (``clean.midsentence``).
STOP_INSIDE_RE = re.compile(r"[。！？；]")
# A clause's number alone (「5.2.2」): an extractor may run it on after the sentence before it.
CLAUSE_NUMBER_RE = re.compile(r"^\d+(?:[.．]\d+)+\s*$")
# A part that dates, numbers or marks the issue: a band of header lines holding one is a header
# even on a page of its own, where repetition cannot tell.
HEADER_DATED_RE = re.compile(_DATED_PART)
# A header line naming the publication (not only its issuer or a date, which is also how a
# letter is signed and dated): next to a page number, a running foot even where printed once.
PUBLICATION_RE = re.compile(_PUBLICATION)
# A head of a section or a genre, bare (``调研报告``, ``第1版  要闻``): two to four characters of
# words, the dates, issue or page of the paper beside them (a newspaper's page head carries its
# section, page and date: ``要闻 第1版 2026年9月8日``).  A title names its subject and runs
# longer; at the top of a one-page document, above a title, such a line is the page's head — the
# paper's name may stand in it too, set apart (``第1版  综合      江城日报  2026年11月20日``).
# A part's label over its title (``附件`` over the attached text's title, GB/T 9704) is none.
BARE_HEAD_RE = re.compile(rf"^(?!(?:附件|附录|附表|附图)$)(?:(?:{_DATED_PART})\s*){{0,3}}(?:{_PUBLICATION}\s+)?{_SECTION}"
                          rf"(?:\s+{_PUBLICATION})?(?:\s*(?:{_DATED_PART})){{0,3}}{_HEAD_END_PAGE}?$")
# (onepage64) A head row printing the document's title at one end and the band's date or issue at
# the other (Word's two-line head: 「青禾县人民政府办公室」 / 「清河镇2025年工作大事记  2026年11月」; the
# title may be cut at the head's measure): the dated part stands apart from the words by a space.
_DATED_END_RE = re.compile(rf"^(?P<words>\S.*?)\s+(?:{_DATED_PART})$|^(?:{_DATED_PART})\s+(?P<words2>\S.*)$")

# (head65) A periodical's head row: its name and its issue number on one row, apart at the two ends
# (Word's two-line head under the unit's name: 「XX工作交流  2026年第3期」, or the issue first).  An
# issue number (``_ISSUE``: 期) numbers a periodical, so the words it stands beside on the row are the
# periodical's name whatever they say — ``_PUBLICATION``'s endings (简报, 动态, …) name only the usual
# ones; a 简报's own 报头 sets its issue on a line of its own, centred under the name, never at a
# row's end beside it.  The name is words only: no clause or sentence mark, no figure (a title naming
# 「2026年第三季度」 dates its subject, it is no issue).
PERIODICAL_NAME_MAX_CHARS = 12   # (a head's part: the longest names in _PUBLICATION are as long)
_PERIODICAL_NAME = rf"[{IDEOGRAPH}]{{2,{PERIODICAL_NAME_MAX_CHARS}}}"
PERIODICAL_ROW_RE = re.compile(rf"^{_PERIODICAL_NAME}\s+{_ISSUE}$|^{_ISSUE}\s+{_PERIODICAL_NAME}$")
# (bull67) A 报头's name set spaced out, its two to six ideographs each a space apart (「工　作　简　报」,
# 「参　阅」; -raw writes the ideographic space as one space, -layout as several): the spacing is the
# name's letter-spacing, never a word break — a 报头 sets its short name so to fill the measure.
MASTHEAD_NAME_SPACED_MAX = 6
SPACED_NAME_RE = re.compile(rf"^[{IDEOGRAPH}](?:[ \t\u3000]+[{IDEOGRAPH}]){{1,{MASTHEAD_NAME_SPACED_MAX - 1}}}$")
# (bull67) A 报头's name with its issue on the name's row, at the row's end (「参阅  第15期」, 「工　作　简　报
# 2026年第12期」; pypdf and PDFium may join the two parts with no space, 「工　作　简　报第 12 期」): the
# words before the issue are read as the name (``masthead_name``) — with no space only a name set
# spaced out (a title wrapped after 「…第3期」 ends its line so too: 「关于做好第3期」 / 「…培训工作的通知」).
# (mast68) A piece of a 报头's name set across two lines (「工作」 / 「简报」; a long name spaced out wraps at the
# measure, 「江　城　水　利　工　作」 / 「简　报」): ideographs only, as many as a periodical's name holds.
NAME_PIECE_RE = re.compile(rf"^[{IDEOGRAPH}]{{1,{PERIODICAL_NAME_MAX_CHARS}}}$")
# (mast68) An issuing body's name alone (「江城市委政策研究室」, 「青禾县农业农村局」): the unit a band prints over the
# 报头, never a piece of the 报头's own name.
ISSUING_BODY_RE = re.compile(rf"^{_ISSUING_BODY}$")
NAME_ISSUE_ROW_RE = re.compile(rf"^(?P<name>\S.*?)\s*(?P<issue>{_ISSUES})$")
# An office credited as the editor (``…办公室编``, ``…主办``): the first half of a 报头's 编发 line
# cut from its day, never the unit's name a Word head prints over its row.
EDITOR_CREDIT_RE = re.compile(rf"^{_ISSUING_BODY}{_EDITS}$")
# The same row cut in two where the extractor ends a line at the change of place (pypdf, pdftotext):
# the periodical's name alone, its issue (``ISSUE_LINE_RE``) the next line.
PERIODICAL_NAME_RE = re.compile(rf"^{_PERIODICAL_NAME}$")

# (onepage64) A head's date (「2026年11月」, 「2026年10月15日」, ``2026-10-15``): Word's head dates its page so;
# an issue number alone (「第7期」) is a 简报's 报头 as often, under a one-line head of the title.
HEAD_DATE_RE = re.compile(_HEAD_DATE)

def dated_row_words(text: str) -> str:
    """The words of a head row beside its dated part at one end (「…工作大事记  2026年11月」 → the
    title's words, spaces taken out); empty when no dated part stands apart at an end."""
    match = _DATED_END_RE.match(text.strip())
    if match is None:
        return ""
    return "".join((match.group("words") or match.group("words2")).split())


# A piece of a newspaper's page head that an extractor wrote as a block of its own: only the
# paper's dated parts (``第1版  2026年9月8日``, ``2026年9月8日``); one holding the page's edition
# number (``第1版``) shows the head is a newspaper's (a date alone also signs a letter).
# An extractor cutting the head's row between the date and its weekday (「2026年12月3日」 /
# 「星期四  第1版」: pdftotext writes the row's pieces as blocks) leaves a piece opening on the
# weekday: a weekday is no part of a sentence's opening set apart before a page number, so such a
# piece is the head's too.
HEAD_PIECE_RE = re.compile(rf"^(?:{_WEEKDAY}\s+)?(?:{_DATED_PART})(?:\s*(?:{_DATED_PART})){{0,3}}{_HEAD_END_PAGE}?$"
                           rf"|^(?:{_WEEKDAY}\s+)?{_LETTERED_PAGE}$")
# (news74) A paper's lettered page number alone (「A1」: section A, its page 1), as pdftotext writes
# it, a block cut off the head's row: the page's number is the figures.
LETTERED_PAGE_RE = re.compile(r"^[A-H](?P<n>\d{1,2})$")   # (``_LETTERED_PAGE``, its figures named)
# The paper's page number in a head (``第1版``, ``第A2版``), or a lettered one closing it (``… A1``).
EDITION_RE = re.compile(rf"{_EDITION}|(?:^|\s){_LETTERED_PAGE}\s*$")
# A head's date and the weekday the head prints after it (``2026年5月12日  星期二``): an extractor
# splitting the head's row writes the weekday as a block of its own, the date without it.
HEAD_DAY_DATE_RE = re.compile(rf"{_WHOLE_DAY}(?P<weekday>\s*{_WEEKDAY})?")
WEEKDAY_RE = re.compile(rf"^{_WEEKDAY}$")


# --------------------------------------------------------------------------- numbering ---

CHAPTER = rf"第[{CN_COUNT}\d]+[章节篇部]"           # 第一章 第3节 第二篇
CN_ORDINAL = rf"[{CN_DIGITS}]+、"                   # 一、
CN_PAREN = rf"（[{CN_DIGITS}]+）"                   # （一）
DECIMAL = r"\d+(?:\.\d+)+"                          # 1.1  1.2.1
# What makes a decimal a quantity, never a clause number: its magnitude or a multiple (「1.2万家」,
# 「46.8亿元」, 「1.3倍」).  A Latin-set decimal is one unbreakable word, so a narrow column's measure
# brings it to a line's start, and the extractor writes a space between it and the ideograph
# after (「今年以来，县里统筹资金」 / 「1.2 亿元，按照…」); no clause's title opens on a number word.
DECIMAL_MAGNITUDES = "万亿兆倍"
# A standard's clause number alone on its line (「4」, 「4.1」, 「4.1.2」): pdftotext writes the
# number of a clause heading as a text block of its own when a wide space sets it apart from its
# title.  Up to four levels of one or two digits (GB/T 1.1 numbers clauses so; a year or a count
# has more digits).
CLAUSE_NUMBER_ONLY_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}$")
# ... and a subclause's number (「4.1」, 「4.1.2」: at least one point), which no date or count takes (a
# figure's point has digits after it and no space: 「14.8%」): its space before the clause's title is the
# label's own, never a gutter (``flow._label_space``, plumb86).
_SUBCLAUSE_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}"
SUBCLAUSE_NUMBER_RE = re.compile(rf"^{_SUBCLAUSE_NUMBER}$")
# (miner87) A subclause's number (two levels or more) set off by an ideographic space: a clause of a standard opening
# on its text, as GB/T 1.1 sets it (pdfminer may write a word space before the em).
CLAUSE_PROSE_RE = re.compile(rf"^{_SUBCLAUSE_NUMBER} ?\u3000")
# (std89) A subclause's number (two levels or more) that opens a line and is set apart from the ideographs after it
# (「4.1 选址」, 「4.1.1　城市书房宜设在…」): a step of the standard's outline written with its title or its text — a
# quantity's decimal (「1.2 亿元」) aside.  ``clauses.join_clause_numbers`` reads the outline off these lines as well
# as off the numbers written alone.
CLAUSE_LEAD_RE = re.compile(rf"^(?P<number>{_SUBCLAUSE_NUMBER})[ \u3000]+(?=[\u4e00-\u9fff])(?![{DECIMAL_MAGNITUDES}])")
# ... and a chapter's number set apart from its title (「5 转运作业要求」: GB/T 1.1 titles every chapter), which the caller
# takes only from a line with no clause punctuation and no sentence end — a wrapped line may open on a count
# (「3 天通过公告栏、…」).
CHAPTER_LEAD_RE = re.compile(r"^(?P<number>\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff])")
# (std89) A standard's designation whole, its spaces taken out (GB/T 1.1's 标准编号: the code — 「GB」, 「GB/T」, 「DB 3209/T」,
# 「T/CECS」 —, the number, a dash and the year: 「DB 3209/T 0187—2026」, 「GB/T 51836—2026」), which the cover and the
# head of a standard set on a line of their own.
STANDARD_DESIGNATION_RE = re.compile(r"^(?:T/)?[A-Z]{1,5}(?:\d{1,4})?(?:/[TZ])?\d{1,6}(?:\.\d{1,3})*[—–－-]{1,2}\d{4}$")
# A standard's clause number and the ideographic space GB/T 1.1 sets after it, at a line's start
# (「1　范围」, 「4.1.1　城市书房宜设在…」): what a clause opens with, never the middle of a line.
CLAUSE_SPACED_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\u3000(?=\S)")
# The lead a schedule sets an entry's text after: a chronology's date (「1月6日」, 「1月23日至25日」,
# 「2025年5月14日—16日」) or an agenda's time of day (「9:00—9:10」) …
_ENTRY_DATE = (r"(?:\d{4}\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
               r"(?:\s*[至到—－~～-]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?")
_ENTRY_TIME = r"(?P<hour>\d{1,2})[:：](?P<minute>\d{2})(?:\s*[至到—－~～-]{1,2}\s*\d{1,2}[:：]\d{2})?"
_ENTRY_LEAD = re.sub(r"\(\?P<\w+>", "(", f"(?:{_ENTRY_DATE}|{_ENTRY_TIME})")
# … at a line's start, alone or before the space that sets the entry's text after it — not a
# sentence opening on a date (「1月6日，镇党委…」) …
ENTRY_DATE_RE = re.compile(rf"{_ENTRY_DATE}(?=$|[ \u3000]+\S)")
ENTRY_TIME_RE = re.compile(rf"{_ENTRY_TIME}(?=$|[ \u3000]+\S)")
# … with the ideographic space a schedule sets after it: what an entry opens with …
ENTRY_SPACED_RE = re.compile(rf"{_ENTRY_LEAD}\u3000(?=\S)")
# … and at a row's start before the run of spaces ``pdftotext -layout`` pads the wide space with: the
# lead and its entry's text are one line, the gap no gutter between columns.
ENTRY_LEAD_PADDED_RE = re.compile(rf"{_ENTRY_LEAD}(?=  +\S)")
# … or written as one space (plain and ``-raw`` pdftotext, 「1 月 6 日 镇党委召开…」): the lead's own space,
# which a count of spaces between Chinese characters (the gutters of interleaved columns) leaves out.
ENTRY_LEAD_SPACED_RE = re.compile(rf"{_ENTRY_LEAD}(?= \S)")
# … and a date or a time of day at a text's start, whatever follows (「2026年11月18日（星期三）上午…」,
# 「3月5日」, 「9:00」): what a paragraph may open on and a heading's words never run on into (a heading's
# own figure is a count or a year, 「10项」, 「2026年工作情况」).
DATE_OPENING_RE = re.compile(_ENTRY_LEAD)


def entry_lead(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """One of the schedule's lead patterns above, matched at ``pos`` — asked only where a digit
    stands there (a lead opens on one; most lines do not, and pay no regex)."""
    return pattern.match(text, pos) if text[pos:pos + 1].isdigit() else None
# What parts a range's two ends (「1月23日至25日」, 「9:00—9:10」): a lead after one is the range's end.
ENTRY_RANGE_MARKS = frozenset("至到—－~～-")
# A date's part that the next part follows (「2025年」 / 「3月」, 「1月」 / 「6日」): a date is one word,
# kept on one line (the typesetter's 不可分割 numbers), so a break after it parts the date.
DATE_PART_END_RE = re.compile(r"(?:\d{4}\s*年|\d{1,2}\s*月)$")
# … and a date inside a line, after other words (not a range's or a year's end): an entry run on
# into the line before it.  (Not a time: pypdf cuts an agenda's times at their dash, 「9:40」 / 「—」 /
# 「10:40」, and a line holding a time's end is no evidence where its start went.)
ENTRY_INSIDE_RE = re.compile(rf"(?<=[^\d\s:：—－~～\-至到年]){_ENTRY_DATE}\u3000")
# (runs74) An entry's lead in a Latin face, its run ended before the one ideographic space the entry sets
# between lead and text (a standard's number, 「GB 50763　无障碍设计规范」; a clause's, 「3.1　城市书房」), where
# the lead's last run and the space stand at a piece's start (「50763　无障碍…」, or the space alone opening
# the piece, pypdf's run on the space: 「　无障碍…」): the run's text before the space, the space, the text.
LATIN_LEAD_SPACED_RE = re.compile(rf"^[{_LATIN_RUN_CHARS}]*\u3000(?=[^\s\u3000])")
# A line that is one quotation whole (「“书要读到手上有温度”」): a title in quotes set as a line of
# its own (a transcript's or a feature's 小标题), never a sentence that runs on.
QUOTED_LINE_RE = re.compile(r"^“[^“”]+”$")
# (texts86b) Such a line whose words end on no sentence mark before the close (「“这块地，我得亲自看看”」):
# a saying set apart as a 人物通讯's or a feature's small head — a quoted line of dialogue closes its
# sentence inside the quotes (「“先别急，我下田看看再说。”」), and a paragraph's run-on is no quotation whole.
QUOTED_HEAD_RE = re.compile(r"^“[^“”]*[^“”。！？!?…；;：:，,、]”$")
# 1、 1． 1. (then a space), or 1. set solid before the item's first ideograph, as GB/T 9704 numbers
# the third level and an 附件 list (「1.调研选题」, 「2.江城市老年人能力评估标准」): no decimal number
# has an ideograph, an opening quote or bracket after its point (「1.“四个面向”」 is an item, 1.5 never).
_ITEM_SOLID = rf"\d{{1,2}}\.(?=[{IDEOGRAPH}“（])"
ARABIC_ORDINAL = rf"\d{{1,2}}[、．]|\d{{1,2}}\.\s|{_ITEM_SOLID}"
# Such an item set solid is a paragraph of the body (GB/T 9704's third level is indented and runs
# on like any paragraph), whatever it opens: its first line is a first line like theirs.
ITEM_SOLID_RE = re.compile(_ITEM_SOLID)
# (dot82, and wide82 apart on its own draw) The same item as an extractor writes it: pdftotext, pdfminer
# and pdfplumber write the gap after the point as one half-width space (「1. 打开浏览器，在地址栏输入」),
# and a viewer's copy the same; the space is the extractor's reading of the point's gap, not a
# heading's separator, so the line is the item's first line as much as the solid one is
# (``layout._set_as_paragraph``).  No decimal is so spaced.
ITEM_SPACED_RE = re.compile(rf"\d{{1,2}}\. (?=[{IDEOGRAPH}“（])")
ARABIC_PAREN = r"[（(]\s*\d{1,2}\s*[）)]"            # （1） (1) （ 1 ） (GB/T 9704 fourth level)
# A bracketed number opening a line, Arabic or Chinese, with the spaces some extractors write about
# it (「（ 1 ） 5G …」): ``clean.series`` reads a （N） line's number through them.
PAREN_NUMBER_RE = re.compile(rf"^[（(]\s*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*[）)]\s*")
# An Arabic number closed by a half bracket (「1）」, 「2)」, 「1 ）」 as an extractor spaces it): the
# numbering of a manual's or a standard's list items under its 1.1.1 clauses (GB/T 1.1 numbers
# the items of a list a）b） and their sub-items 1）2））.
ARABIC_HALF_PAREN = r"\d{1,2}\s?[）)]"
# The marker family that opens a marker head or a bulleted item (「★…」, 「●…」, 「◆…」, 「■…」, 「▲…」):
# the filled and hollow stars, dots, diamonds, squares and triangles a word processor's bullet
# menu offers, one family whichever a document picks.  (□ is left out: a box before a word signs
# a comment, ``_COMMENTATOR``.)
SYMBOL_BULLETS = "★☆●○◆◇■▲△▶◎"
CN_FIRST = rf"第[{CN_DIGITS}]+[，、,]"              # 第一，  (a lead-in)
CN_IS = rf"[{CN_DIGITS}]是"                         # 一是    (an enumeration in running text)

# A list or heading ordinal and its kind, value readable: 「一、」「（二）」「（3）」「4．」.  The value says
# where the item stands in its list (``ordinal``): 「（二）」 comes after 「（一）」 of the same kind.
ORDINAL_VALUE_RE = re.compile(
    rf"^(?:([{CN_DIGITS}]{{1,3}})、|（([{CN_DIGITS}]{{1,3}})）|[（(]\s*(\d{{1,2}})\s*[）)]|(\d{{1,2}})[、．])")
_CN_VALUE = {c: k + 1 for k, c in enumerate(CN_DIGITS)}


def ordinal(text: str) -> tuple[int, int] | None:
    """The list ordinal a text starts with, as (kind, value): kind 0 「一、」, 1 「（一）」, 2 「（1）」,
    3 「1、」; None when it starts with none (or a Chinese numeral that is no number: 「十十、」)."""
    match = ORDINAL_VALUE_RE.match(text)
    if match is None:
        return None
    kind = next(k for k, group in enumerate(match.groups()) if group is not None)
    value = cn_value(match.group(kind + 1))
    return None if value is None else (kind, value)


# (ordinal82) The numbers a regulation or a standard counts its parts by through the whole text, never
# restarting: 第N章 and 第N条 (a law's chapters and articles, numbered on from the first to the last,
# 「第一条　为了…」 / 「第十条　…」), a standard's clause numbers (GB/T 1.1: 「1 范围」, 「3.1 城市书房」, each
# level counted under its parent).  An article's or a chapter's number stands before the space that
# sets its text after it, or alone (a number run into its sentence, 「第三条规定的…」, is a citation a
# wrap brought to a line's start); a clause's number before the space that sets its title after it and
# an ideograph that is not a date's part or a magnitude (「11 月 28 日」, 「1.5 万元」: pdfminer spaces a
# figure in prose as a clause's — ``turn`` counts a clause's number on a heading's short line only).
SERIES_RE = re.compile(
    rf"^(?:第\s*([{CN_COUNT}零〇\d]+)\s*([章条])(?=$|[ \u3000])|(\d{{1,2}}(?:\.\d{{1,2}})*)[ \u3000]+(?=[{IDEOGRAPH}])(?![年月日时{DECIMAL_MAGNITUDES}]))")


def cn_value(digits: str) -> int | None:
    """The value of a count written in figures or in Chinese numerals up to 百 (「三」, 「十二」, 「二十」,
    「一百零五」); None where the numerals make no number (「十十」, 「一二」: each place once, from the
    highest down, one digit before it)."""
    if digits.isdigit():
        return int(digits)
    value, unit, above = 0, 0, 1000   # (the count so far, a digit waiting for its place, the last place read)
    for char in digits:
        if char in "零〇":
            continue
        place = _CN_PLACES.get(char, 0)
        if place:
            if place >= above:
                return None
            value, unit, above = value + (unit or 1) * place, 0, place
        elif char in _CN_VALUE and not unit:
            unit = _CN_VALUE[char]
        else:
            return None
    return value + unit


_CN_PLACES = {"十": 10, "百": 100}


def series_ordinal(text: str) -> tuple[str, int] | None:
    """(ordinal82) The through-counted number a text starts with (``SERIES_RE``), as (series, value): the
    series 「章」 or 「条」, or a clause's parent number (「3」 for 「3.1」, 「」 for a top level clause's
    「1 范围」); None where it starts with none.  Read off ``series_place``, the one parse of the number."""
    place = series_place(text)
    if place is None:
        return None
    series, number = place
    return (series, number[0]) if series != "." else (".".join(map(str, number[:-1])), number[-1])


def series_place(text: str) -> tuple[str, tuple[int, ...]] | None:
    """(miner87) Where the through-counted number a text starts with (``SERIES_RE``) stands in its
    series, as (series, place): 「章」 or 「条」 with the number alone (「第十条」 → (条, (10,))), a
    clause's whole number for 「.」 (「4.2.1 …」 → (., (4, 2, 1))); None where it starts with none."""
    match = SERIES_RE.match(text)
    if match is None:
        return None
    if match.group(2):
        value = cn_value(match.group(1))
        return None if value is None else (match.group(2), (value,))
    return ".", tuple(map(int, match.group(3).split(".")))


def series_next(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """(miner87) ``after`` is the number that comes right after ``before`` in a through-counted series
    (GB/T 1.1 numbers a standard's clauses so, a law its articles): the first part under it (「4」 →
    「4.1」), or the next at its own level or at any level above it (「4.1.2」 → 「4.1.3」, 「4.2」, 「5」)."""
    if after == (*before, 1):
        return True
    return any(after == (*before[:k], before[k] + 1) for k in range(len(before)))


# Heading level by numbering, first match wins: 第…章/篇/部 1, 第…节 2, 1.1.1 3, 1.1 2, 一、 1,
# （一） 2, 1. 3 (GB/T 9704 and thesis numbering).
HEADING_LEVELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"^第[{CN_COUNT}\d]+[章篇部]"), 1),
    (re.compile(rf"^第[{CN_COUNT}\d]+节"), 2),
    (re.compile(r"^\d+\.\d+\.\d+"), 3),
    (re.compile(r"^\d+\.\d+"), 2),
    (re.compile(f"^{CN_ORDINAL}"), 1),
    (re.compile(f"^{CN_PAREN}"), 2),
    (re.compile(r"^\d+[、．.]\s*\S"), 3),
)
# The fields of a 纪要 or 公文 (「出席：李国华 王建军…」, 「分送：…」, 「联系人：…」), the note of a
# standard or a table (「注：…」, 「注1：…」) and an editor's note under a headline (「编者按：…」, 「编后：…」):
# a label and its content, never a heading, however short; a block starts there when the line
# before could end one.
_FIELD = (r"(?:出席|列席|缺席|请假|主持|记录|参加|参会人员|主送|抄送|分送|报送|印发|联系人|联系电话"
          r"|附件\s*\d*|注\s*\d*|编者按|编后语?)\s*[：:]")
# A line that opens with a field's label: the content of a field never holds the next field's
# label, so a field line after a field line starts a block even when the first fills the measure
# (「出席：李国华 王建军 陈晓东 刘明 赵丽萍 孙志强」 / 「列席：…」).
FIELD_LINE_RE = re.compile(f"^{_FIELD}")
# (gongwen89) A contact's field names one person, set as their office, then their name, a wide space
# between (「联系人：市委宣传部理论处　许文静」); a field of attendees (出席, 列席) lists bodies or persons,
# and a name after a field of bodies is no name of it.
CONTACT_FIELD_RE = re.compile(r"^(?:联系人|经办人|承办人)\s*[：:]")
# An editor's note set under a headline, over its byline (「编者按：…」, 「编者的话：…」).
EDITOR_NOTE_RE = re.compile(r"^(?:编者按|编者的话)\s*[：:]")
# A row of a glossary, a FAQ or a table flattened to text: a short term without punctuation, a
# colon, and the term's content on the same line (「页面显示空白：清除浏览器缓存后重试。」).  One such
# line may be prose; a block that opened with one and ended its sentence, followed by a line of the
# same shape, is a run of sibling rows — each its own block, however full the line before.  The
# term is at most ten characters (a label, not a clause: 「市委在部署机关作风建设时明确提出：」 has
# no content after its colon and is longer).
ROW_TERM_MAX = 10   # (the longest term a row opens with, in characters)
ROW_LINE_RE = re.compile(rf"^[^\s，。、；：:？！,;!?“”‘’（）()《》【】]{{2,{ROW_TERM_MAX}}}[：:](?=\S)")
# The speaker's label of an interview, a talk or a transcript (「记者：」 「答：」 「主持人：」):
# a turn of speech starts there, never the middle of one.
_SPEAKER_LABEL = r"(?:问|答|记者|主持人|提问|回答)\s*[：:]"
# A speaker's label alone on its line (「记者：」, a bold run an extractor set on a line of its own):
# the turn it labels follows, so no block ends there.
BARE_SPEAKER_LABEL_RE = re.compile(rf"^{_SPEAKER_LABEL}$")
# A turn of speech: the speaker's label and the words after it (「问：在户外遇到洪水怎么办？」,
# 「答：主要靠合作社和龙头企业带」 — a turn's first line an extractor cut from its rest).  The label
# runs the turn into the text, as a dialogue's typesetter sets it: a heading never opens with one.
SPEAKER_TURN_RE = re.compile(rf"^{_SPEAKER_LABEL}\s*\S")
# (qa81) An answer's turn: the answerer's label (「答：」 「回答：」), with its words or alone on its line
# (a bold label an extractor set apart).  In a 问答 or an interview the question it answers stands
# right above it, a line or a block of its own.
ANSWER_TURN_RE = re.compile(r"^(?:答|回答)\s*[：:]")
# (qa81) A turn opened by the asker's label (「问：」 「记者：」 「主持人：」 「提问：」): a question under its
# first line may be the rest of that turn, not a question set apart.
ASKER_TURN_RE = re.compile(r"^(?:问|记者|主持人|提问)\s*[：:]")
# A line that may open a block when the line before could end one: a numbering (the four
# GB/T 9704 levels; 「1.」 before a space or set solid before an ideograph, ``ITEM_SOLID_RE``,
# which ``layout._indent_lost`` still counts as a first line), a bullet, a dash, 第一，/一是, a field, a
# speaker's label.  Each shape numbers or labels a block, so after a finished sentence it opens one however full the line
# before was (「（5）用印：…授权人员使用；」 / 「（6）分发：…」, 「…的情况？」 / 「答：会有…」).
# A bracketed number followed by a mark is no item's number (an item's number is followed by its
# text): it is a number cited inside a sentence that a wrap brought to a line's start (a reference
# entry's issue: 「…政治学研究，2017」 / 「（5）：88-103．」; 「…第（一）」 / 「（二）、（三）项…」).
_NO_MARK_AFTER = r"(?![：:，,。．、；;）)])"
LIST_START_RE = re.compile(
    rf"^(?:——|{CHAPTER}|{CN_ORDINAL}|{CN_PAREN}{_NO_MARK_AFTER}|{DECIMAL}\s+(?![{DECIMAL_MAGNITUDES}])\S|{ARABIC_ORDINAL}"
    rf"|{ARABIC_PAREN}{_NO_MARK_AFTER}|{ARABIC_HALF_PAREN}{_NO_MARK_AFTER}"
    rf"|[{SYMBOL_BULLETS}]|{CN_FIRST}|{CN_IS}|{_FIELD}|{_SPEAKER_LABEL})")
LIST_START_FIRST = frozenset("—第" + CN_DIGITS + "（(" + SYMBOL_BULLETS + "出列缺请主记参抄分报印联附注问答提回编")
# A line that carries its own numbering, bullet or label: a heading of its own — never a
# running head, never half of a wrapped title.
NUMBERED_RE = re.compile(
    rf"^(?:{CHAPTER}|{CN_ORDINAL}|{CN_PAREN}|\d+(?:\.\d+)*[\s、．.]|[{SYMBOL_BULLETS}—]|材料\s*\d)")
# (pypdf87) GB/T 9704's fourth level, an Arabic number in brackets opening its line (「（2）深化公共数据开放利用」),
# which ``NUMBERED_RE`` leaves to the list shapes: a numbered heading's number as ``runs._whole_heading`` reads it.
ARABIC_PAREN_OPEN_RE = re.compile(rf"^{ARABIC_PAREN}")
# First characters of an ordinal (「一、」, 「（二）」, 「3.」) …
ORDINAL_FIRST = frozenset(CN_DIGITS + "（0123456789")
# … and of a heading's number among those (not an attribution's dash, nor a label): a chapter's 第, a bullet.
HEADING_NUMBER_FIRST = ORDINAL_FIRST | frozenset("第" + SYMBOL_BULLETS)
# A numbered question on a line of its own: a heading of a 政策解读 or 问答, which heads each answer
# with the question it answers (「一、为什么要出台《办法》？」, 「（二）哪些人可以申请？」).  One question
# and no other stop: the numbering, not the punctuation, sets it off from a question in the text.
QUESTION_HEADING_RE = re.compile(
    rf"^(?:{CHAPTER}|{CN_ORDINAL}|{CN_PAREN})[^{CN_STOPS}!?;：:\n]{{2,40}}[？?][{_CLOSERS}]*$")
# A question set as a block of its own over its answer, the way a 学习问答 / 应知应会 / 政策问答 heads
# each answer (「1.为什么说党支部是党的基础组织？」, 「问：在户外遇到洪水怎么办？」, 「怎样理解“三会一课”…？」):
# an asker's 问：, a number (1. 1． 1、 （1） 一、 （一）) or nothing (group 1), then one question — no
# other stop, no colon — ending the block on its ？.  Unnumbered, it opens on no quotation mark (a line of
# dialogue; a ？ inside a quotation, 「“…吗？”」, is a character's line); numbered, it may open on a term it
# quotes (「8.“三会一课”指的是什么？」): no line of dialogue carries a number.  Whether it heads, its place
# and its siblings tell (``headings.question_headings``).
QUESTION_BLOCK_RE = re.compile(
    rf"^(?:(问\s*[：:]\s*|\d{{1,2}}\s?[.．、]\s*|[（(]\d{{1,2}}[）)]\s*|{CN_ORDINAL}|{CN_PAREN})|(?![“‘「『\"']))"
    rf"[^{CN_STOPS}!?;：:\n]{{4,60}}[？?]$")
# Quotation marks by the mark that closes them.
_QUOTE_PAIRS = {"」": "「", "』": "『", "”": "“", "’": "‘"}
# A quotation's tail carried to the next line is at most this many characters before its closing
# mark (「也」」, 「之共也」」): the measure cut the quoted words near their end.
QUOTE_TAIL_MAX = 4
_QUOTE_TAIL_RE = re.compile(rf"^[^\s，。、；：！？,;:!?“”‘’「」『』]{{1,{QUOTE_TAIL_MAX}}}([」』”’])")


def closes_open_quote(head: str, tail: str) -> bool:
    """``tail`` opens on a few characters and the mark that closes a quotation ``head`` left open
    (more 「 than 」 in it, or “ than ”): 「《颜氏家训》：「夫风化者，自上而行于下者」 / 「也」」 — one line
    cut inside a quotation, never a heading's end over the next heading's start."""
    found = _QUOTE_TAIL_RE.match(tail)
    if found is None:
        return False
    closer = found.group(1)
    return head.count(_QUOTE_PAIRS[closer]) > head.count(closer)


# One exclaimed sentence with no clause inside: the shape of an unnumbered 小标题 set as a call
# (「把群众的小事当作自己的大事！」) — and of a slogan; which it is, its place tells (``headings``).
# A 小标题 set as a call may be two short clauses parted by one ， (「责任不落实，一切都是空谈！」,
# 「文明城市，你我共建！」): each clause at most ``_CALL_CLAUSE_MAX`` characters (a heading's half), the
# first opening on no quote mark (「“周师傅，这些年辛苦您了！”」 is a character's line).  It passes the
# same tests of place as the one-clause call (``headings._EXCLAIMED_EVIDENCE``): between paragraphs,
# heading a passage, as wide as the document's headings — slogans in a row stay paragraphs.
_CALL_CLAUSE_MAX = 16
_CALL_CLAUSE = rf"[^{CN_STOPS}!?;，、,：:\n\x00]"
_EXCLAIMED = (rf"(?:{_CALL_CLAUSE}{{4,40}}"
              rf"|(?![“‘「『\"']){_CALL_CLAUSE}{{2,{_CALL_CLAUSE_MAX}}}[，,]{_CALL_CLAUSE}{{2,{_CALL_CLAUSE_MAX}}})"
              rf"[！!][{_CLOSERS}]*")
EXCLAIMED_LINE_RE = re.compile(f"^{_EXCLAIMED}$")
# … as a whole text among texts joined by NULs, after the NUL before it (one search finds them
# all: they are rare; the first text, with no NUL before it, heads the document and is no call).
JOINED_EXCLAIMED_RE = re.compile(f"\x00{_EXCLAIMED}(?=\x00)")
# An item of a list numbered in Arabic figures, at the start of a block or after a field's label
# (「附件：1.…」, 「2.…」, 「（3）…」): the number and the numbering's shape.  (sign82) A reader that
# sets a Latin figure off from the ideographs around it writes a space between the number and its
# full-width stop (pdfminer, pdfplumber, pdftotext, PDFium: 「附件： 1 ．…测算表」 / 「2 ．…情况」): the
# same item — a full-width stop after a figure is never a decimal point, so the space is read
# through it (not through a Latin point's: 「2 .5」 may be a figure).
LIST_ITEM_RE = re.compile(rf"^(?:{_FIELD}\s*)?(?:(\d{{1,2}})(\s?[．、]|\.)|([（(])\s*(\d{{1,2}})\s*[）)]|(\d{{1,2}})\s?[）)])")


def list_item(text: str) -> tuple[int, str] | None:
    """(number, shape) of a list item's numbering (``LIST_ITEM_RE``), or None."""
    match = LIST_ITEM_RE.match(text)
    if match is None:
        return None
    if match.group(1):
        number, shape = match.group(1), match.group(2).strip()
    else:
        number, shape = (match.group(4), "（") if match.group(4) else (match.group(5), "）")
    return int(number), shape.replace("．", ".")


# A structural label's number: 「第四」, 「第11」 (of 章, 节, 条 …).
_LABEL_NO = rf"第[{CN_COUNT}\d]{{1,4}}"
# A number alone on its line (「一」, 「3」): a story's or an essay's section break, a block of its own.
NUMERAL_ONLY_RE = re.compile(rf"^[{CN_DIGITS}〇百\d]{{1,4}}$")
# ``第一章`` alone on its line: the chapter's title follows on the next.
CHAPTER_ONLY_RE = re.compile(rf"^{_LABEL_NO}[章篇部节]$")
# (texts85b) A box's label alone on its line: a report, a reader or a textbook sets a boxed panel beside
# its text under a head of the box's kind and number, its title after a wide space (「专栏1　2026年县政府
# 十项民生实事」, 「知识链接3　…」); a narrow page breaks that line at the space, as it breaks 「第一章　总则」.
# The label alone is the head's first half, its title the second.  Only a box's kinds: a part of the
# text itself numbered by its kind (「案例一」 over the case's title, a 典型案例 pack's) is set alone on
# its line by design, a head over a head.
BOX_KINDS = ("专栏", "知识链接", "资料链接", "链接", "延伸阅读")
_BOX_LABEL = rf"(?:{'|'.join(BOX_KINDS)})[{CN_COUNT}\d]{{1,3}}"
BOX_LABEL_ONLY_RE = re.compile(rf"^{_BOX_LABEL}$")
# (lead86) … opening its line, alone or set apart from the box's title by the wide space (「专栏1　2026年县政府
# 十项民生实事」): where a box starts, as a law's division starts at its label (``DIVISION_OPEN_RE``) — never a
# box cited in a sentence, which runs on (「具体项目见专栏1。」).
BOX_LABEL_OPEN_RE = re.compile(rf"^{_BOX_LABEL}(?:[ \t\u3000]+[^ \t\u3000]|$)")
# A structural label alone on its line — a chapter's (「第四章」) or an article's (「第十一条」): set
# apart from its title or its text by a wide space, an extractor may write it as a line of its own.
LABEL_ONLY_RE = re.compile(rf"^{_LABEL_NO}[章篇部节条]$")
# An article's label alone (「第六条」): a 条 is run in with its text (「第六条　志愿服务组织应当…」),
# never a heading; an extractor that writes the label apart (the wide space after it) has cut the
# paragraph's first line in two, and the text goes on.
ARTICLE_ONLY_RE = re.compile(rf"^{_LABEL_NO}条$")
# An article's label with its text run in (「第十一条　市、区人民政府应当…」): a clause of a regulation,
# never a heading, however short the piece of its text the line holds (its headings are 章 and 节).
ARTICLE_RUN_IN_RE = re.compile(rf"^{_LABEL_NO}条[ \t\u3000]*[^ \t\u3000]")
# … set apart from its text by a space (the wide space a regulation sets after the label, 「第十五条　本条例
# 自…施行。」): a label, never an article cited in a sentence (「依照本条例第十五条规定」 runs on).
ARTICLE_LABEL_SPACED_RE = re.compile(rf"^{_LABEL_NO}条[ \t\u3000]+[^ \t\u3000]")
# A law's division opening its line (texts81): a chapter's or a section's label with its title after a
# wide space or alone (「第一章　总　　则」, 「第二节」), or an article's label set apart from its text
# (``ARTICLE_LABEL_SPACED_RE``) — the lines a 条例 or a 办法 opens each of its divisions on.
DIVISION_OPEN_RE = re.compile(rf"^{_LABEL_NO}(?:[章篇部节编](?:[ \t\u3000]|$)|条[ \t\u3000]+[^ \t\u3000])")
# A note wholly in brackets that opens its block (a 题注 under a law's title: 「（2026年8月27日…会议
# 通过　2026年9月29日…批准）」) closes where a line ends on the closing bracket: ``unwrap`` asks
# these of the block's first line and of the line above.
BRACKET_OPENERS, BRACKET_CLOSERS = "（(", "）)"
# The numbering in front of a heading: its 、 is not clause punctuation.
ORDINAL_PREFIX_RE = re.compile(rf"^(?:{CN_ORDINAL}|{CN_PAREN}|\d+[、．])")
# The leading symbol or numbering of a heading, as a key that sibling headings share.
HEADING_KEY_RE = re.compile(
    rf"^(?:([{SYMBOL_BULLETS}※])|[{CN_DIGITS}]+(、)|(（)[{CN_DIGITS}]+）"
    rf"|\d+(?:(\.)\d+)*([、．.])|第[{CN_COUNT}\d]+([章节篇部]))")
# A section number and the space after it, which normalisation keeps: ``1.1 研究背景``.
# A clause number of one level keeps its space only on a short unpunctuated heading line
# (GB/T 1.1 standards, guidelines: 「1 范围」, 「2 术语和定义」), and not before a unit or counter:
# 「10 月 28 日起」 is an extractor's spacing, not a numbered heading; nor is a decimal before its
# magnitude (``DECIMAL_MAGNITUDES``: 「1.2 万家」).
_UNIT_AFTER_NUMBER = "年月日时分秒个项家名人位万亿元千百岁次件条届期号版页章节天周批类种所座户米吨"
SECTION_NUMBER_RE = re.compile(
    rf"^(?:(?:[图表]\s*)?\d+(?:[.．-]\d+)+[ \t]+(?=[{IDEOGRAPH}])(?![{DECIMAL_MAGNITUDES}])"
    rf"|\d{{1,2}}[ \t]+(?=[{IDEOGRAPH}](?<![{_UNIT_AFTER_NUMBER}])[^，。！？；：,.!?;:\n]{{0,24}}$))")
# A section heading's own number at a line's start: 「一、」, 「（一）」, 「第一章」, and a figure before a
# full-width stop (「1、」, 「1．」) — a figure before a Latin stop may be a list item or a quantity.
SECTION_OPEN_RE = re.compile(rf"^(?:{CN_ORDINAL}|{CN_PAREN}|{CHAPTER}|\d+[、．])")
# (speed90) The look ``SECTION_OPEN_RE`` passes first on a stripped line: past white space (``\s`` is ``str.isspace``,
# what ``strip`` takes off), a digit (``\d``), a Chinese digit, 「（」 or 「第」 — the first character each of its
# numbers opens on.  A scan of every line maps it over the texts in C and asks the pattern of the few it lets through.
SECTION_OPEN_LOOK_RE = re.compile(rf"\s*[{CN_DIGITS}（第\d]")


def opens_on_number(text: str, *, clause_numbers: bool = True, items: bool = False) -> bool:
    """``text`` opens on a heading's number: a section heading's (``SECTION_OPEN_RE``), or with
    ``items`` any numbered or bulleted item's (``NUMBERED_RE``: a bullet, 材料 N), and with
    ``clause_numbers`` a standard's clause number too (``SECTION_NUMBER_RE``: 「1.1 范围」, 「3 术语」).
    One reading asked three ways: a running head copying a section heading (clause numbers aside),
    a section opening a text under a head, a sentence's opening that is no prose."""
    head = NUMBERED_RE if items else SECTION_OPEN_RE
    return head.match(text) is not None or (clause_numbers and SECTION_NUMBER_RE.match(text) is not None)


# A lead-in sentence at a paragraph start, set bold: 「第一，强化……布局。」基础研究….
LEAD_IN_RE = re.compile(rf"^(第[{CN_DIGITS}]+[，,、][^。！？\n]{{2,40}}[。！？])(?=\S)")
# The numbering a run-in lead-in opens with, by the shape a list's items share (``series_key``): 「第二，」
# 「二是」 「其二，」 「二、」 「（二）」 「（2）」 「2.」.  Group k set: shape k.
_SERIES_RE = re.compile(
    rf"^(?:(第[{CN_DIGITS}]+[，,、])|([{CN_DIGITS}]+是)|(其[{CN_DIGITS}]+[，,是])|([{CN_DIGITS}]+、)|(（[{CN_DIGITS}]+）)"
    rf"|([（(]\s*\d{{1,2}}\s*[）)])|(\d{{1,2}}[.．、](?!\d)))")
_SERIES_SHAPES = ("第一，", "一是", "其一", "一、", "（一）", "（1）", "1.")


def series_key(text: str) -> str | None:
    """The shape of the numbering a text opens with, which the items of one list share (「第二，」 and
    「第五，」 give 「第一，」; 「二是」 gives 「一是」), or None when it opens with none."""
    match = _SERIES_RE.match(text)
    return None if match is None or match.lastindex is None else _SERIES_SHAPES[match.lastindex - 1]


# A heading number spread out with its text: ``1.1 研 究 背 景`` (group 1 the number).
SPACED_HEADING_RE = re.compile(
    rf"^((?:第?[\d.{CN_DIGITS}]+[章节、.]?\s*)?)((?:[\u3400-\u9fff]\s+){{2,}}[\u3400-\u9fff])$")


# A head's Latin number (「2.」, 「3、」), not a figure (「9.2万」, 「2025年」): the ``decimal-1`` style below, and
# the later piece of a short row that opens on a head's number (``flow._own_line_after``, plain85).
HEAD_FIGURE_RE = re.compile(r"^\d{1,2}[.、．](?!\d)")


# Heading numbering styles, most specific first, as house style tells sibling headings by them
# (``booklet.present.house``): the name of the first pattern that matches is the style.
HEADING_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("star", re.compile(f"^[{SYMBOL_BULLETS}]")),
    ("cn-number", re.compile(rf"^[{CN_DIGITS}]{{1,3}}、")),
    ("cn-paren", re.compile(rf"^[（(][{CN_DIGITS}]{{1,3}}[）)]")),
    ("decimal-3", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}(?!\d)")),
    ("decimal-2", re.compile(r"^\d{1,2}\.\d{1,2}(?![.\d])")),
    ("decimal-1", HEAD_FIGURE_RE),
    ("paren-number", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("chapter", re.compile(rf"^第[{CN_COUNT}\d]{{1,4}}[章节篇部分]")),
    ("ordinal", re.compile(rf"^(?:第[{CN_DIGITS}]{{1,3}}|[{CN_DIGITS}]是)[，,、]")),
    ("label", re.compile(rf"^[{IDEOGRAPH}]{{2,6}}[：:]\S")),  # 领航擘画：开创…
)


def heading_level(text: str) -> int:
    """Heading level from its numbering shape (第1章 → 1, 1.2 → 2, 1.2.1 → 3), else 1."""
    for pattern, level in HEADING_LEVELS:
        if pattern.match(text):
            return level
    return 1


def heading_key(text: str) -> str | None:
    """The leading symbol or numbering kind of a heading (``★``, ``一、``, ``（一）``, ``1.``,
    ``1.1``, ``第…章``), as a key that sibling headings share; None when it has none."""
    match = HEADING_KEY_RE.match(text)
    return None if match is None else "".join(g or "_" for g in match.groups())


# ------------------------------------------- labels, 来源 lines, notes, attributions ---

# A label over an article: 「材料 1」, 「【材料三】」 — and 「【材料 2】」, where an extractor set a space
# between the ideographs and a number in a Latin face (one space between any two of its characters).
# (absorb80) A paper's standing column names for the pieces it sets beside a report — its commentary
# (短评, 快评, 编后 / 编后语, 记者手记, 采访手记, 记者札记, 记者观察) and the boxed background under an item
# (相关链接, 新闻链接, 背景链接) — printed bare, with no 【】, on a line of their own over the piece: a closed
# vocabulary of the trade, so the line is the piece's label wherever it stands (after a caption's 「…摄」,
# under a column's last line, at a column's top) — no width or neighbour needs to tell it.  Whole line
# only: the words inside a sentence (「…发表短评。」) are prose.
# (news85) And the picture columns over a photo item (图说, 图说新闻, 图片新闻, 新闻图片): the label stands
# over the item's title and its captioned photo, so a caption read back from its credit stops under it.
_COLUMN_LABEL = r"(?:短评|快评|编后语?|记者(?:手记|札记|观察)|采访(?:手记|札记)|(?:相关|新闻|背景)链接|图说(?:新闻)?|图片新闻|新闻图片)"
COLUMN_LABEL_FIRST = frozenset("短快编记采相新背图")
COLUMN_LABEL_RE = re.compile(f"^{_COLUMN_LABEL}$")
# The labels printed as marks of their own (材料 N, 【…】): a block-opening shape (``BLOCK_OPENER_RE``)
# that also says where column pages' blocks begin (``order``); a bare column name is a block of its
# own in ``unwrap`` only (``unwrap._shaped_edge``), where it stands — ``order`` reads no more into it.
_MARKED_LABEL = r"(?:材料\s*\d+|【\S(?:\s?\S){0,11}】)"
_LABEL = rf"(?:{_MARKED_LABEL}|{_COLUMN_LABEL})"
LABEL_RE = re.compile(f"^{_LABEL}$")
# (std86) A label in 【】 of words alone on its line (「【注释】」, 「【赏析】」, 「【材料三】」 — an ideograph in it; 「【1】」 is
# a note's mark or a folio): it heads what follows, so it opens its printed line — set over its text or run in with
# it, never after the end of the passage before it.
BRACKET_LABEL_RE = re.compile(rf"^\s*【[^】]{{0,10}}[{IDEOGRAPH}][^】]{{0,10}}】\s*$")
# (pypdf87) … or opening its line with the text it heads run in after it (a 年鉴's 条目, its title in 【】:
# 「【蔬菜产业】全县蔬菜种植面积…」; a 简报's 「【经验做法】…」): the label opens the entry's paragraph, as a law's
# article opens on its label (``DIVISION_OPEN_RE``).  A bracket of digits alone (「【2024】」, a 文号's year) is
# no label.
BRACKET_LABEL_OPEN_RE = re.compile(rf"^【[^】]{{0,10}}[{IDEOGRAPH}][^】]{{0,10}}】")
# … that numbers its item (「材料1」, 「【材料三】」): a compilation's item, its title on the line under it.
# A label naming a kind of passage (「【典型案例】」, 「【专家点评】」, 「【经验链接】」) heads its text.
NUMBERED_LABEL_RE = re.compile(rf"^(?:材料\s*\d+|【[^】]{{0,10}}[\d{CN_DIGITS}]+】)$")
# A boxed note's label run in with its text: a word or two and the colon (「资料：」, 「链接：」,
# 「背景：」), then the note's first words on the same line (「资料：江城市现有市级以上…」).
RUN_IN_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:](?=[\u4e00-\u9fff])")
# (comma80) A 主题 opening on its topic and a colon (地名：主题): a place or a subject of two to six
# ideographs, the colon, then the title's words (「江北区：一张课表管到晚六点」, 「江城高新区：…」,
# 「石门乡：小小积分兑出文明新风」) — the shape of a headline element's first line, never a wrapped line's rest.
TOPIC_OPEN_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:](?=[\u4e00-\u9fff“\"‘《])")
# … past its topic such a 主题 holds no mark that parts clauses or sentences (it is one phrase; its 、
# may list two things, 「课表、托管」): a brief's body run in after its place is prose (「石门乡：今年以来，…」).
TOPIC_PROSE_RE = re.compile(r"[，,；;。！？!?]")
# A 来源 (source) line: 「来源：新华社」, 「（来源：《人民日报》…）」, 「来源 | 求是网」.  A short 来源 line
# wrapped in a narrow column is justified to the measure, its glyphs spread apart, and pdfminer writes
# a space between each (dev dangbao_four_ruled: 「来 源 ： 《江 城 县 报》」): the word may hold one.
_SOURCE_LINE = r"[（(]?\s*来 ?源\s*[：:|｜]"
SOURCE_LINE_RE = re.compile(f"^{_SOURCE_LINE}\\s*")
# A 来源 line whole: it cites its publication down to the finest locator it gives — the page
# (「…2026年11月20日第7版」, 「…01版）」), the issue (「…2026年第2期」) — or closes the bracket it is
# set in (「（来源：…《基层治理简报》）」, 「…（2026年1月22日）」), and nothing follows on its line:
# the line ends there (with ``leaves_bracket_open`` false: 「…（2026年3月18日01版」 goes on to 「）」).
SOURCE_WHOLE_RE = re.compile(f"{_SOURCE_LINE}[^。；！？\n]*?(?:版|期|[）)])\\s*$")
# A 来源 line that opens a row or follows a gap in it (the row's other column before).
_SOURCE_IN_ROW_RE = re.compile(f"(?:^|\\s)({_SOURCE_LINE})")
# A 来源 line that stops where its locator is still due: after the publication's title or inside its
# date (「…《工作动态》」, 「…2026年」, 「…9月18日」, 「…第」) — not after a bare name (「来源：新华社」 is whole).
SOURCE_LOCATOR_DUE_RE = re.compile(r"[》年月日第\d]$")
# A line cut inside a date: it ends in a number or in 年/月 after one (「来源：《江城日报》2026年」) …
DATE_CUT_RE = re.compile(r"\d\s*[年月]?$")
# … and the line that holds the date's rest and nothing else: month, day, page (「11月20日第7版」).
DATE_REST_RE = re.compile(r"^(?=.*[年月日版])\d{0,4}\s*[年月日]?(?:\s*\d{1,2}\s*[月日]?)*(?:\s*第?\s*\d{1,3}\s*版)?\s*[）)]?$")
# … and a 来源 line cut between its whole date and its page: the date ends in 日 (「…2026年11月20日」),
# the page stands alone on the next line (「第7版」, 「第7版）」).
DATE_WHOLE_RE = re.compile(r"\d\s*日$")
# … and a 来源 line cut inside its issue or page number: 第 waits for its number, which the next line
# holds with its 期 or 版 and nothing else (「来源：《江城理论周刊》2026年第」 / 「44期」).
ISSUE_CUT_RE = re.compile(r"第\s*$")
ISSUE_REST_RE = re.compile(r"^\d{1,4}\s*[期版]\s*[）)]?$")
PAGE_REST_RE = re.compile(r"^第?\s*\d{1,3}\s*版\s*[）)]?$")
# … and a 来源 line's locator alone on the next line — the publication's title, its date, its issue
# or page, and nothing else (「《工作动态》2026年第23期」, 「2026年第23期」): a title in 《》 is not
# broken, an opening bracket never ends a line and a Latin-set year is one word, so a narrow
# column ends the line before them, short of the measure (「来源：江城县人民政府办公室」 / 「《工作
# 动态》2026年第23期」 on 14 characters, 「来源：…《工作动态》」 / 「2026年第23期」 on 19).
LOCATOR_LINE_RE = re.compile(r"^(?:《[^《》]{1,30}》\s*)?\d{4}\s*年[^《》（()）。；！？，]{0,16}?[期版]\s*[）)]?$")
# … and a 来源 line cut before the bracket that dates it, under the publication's title: the
# bracket alone on the next line, a date (「（2026年11月2日第1版）」, 「（2026年3月18日01版）」) closed there.
SOURCED_DATE_RE = re.compile(r"^[（(]\s*\d{4}\s*[年./-][^（()）。；！？]{0,20}[）)]$")
# A web page's date and 来源 printed on one line: 「2026-04-30 18:05:12　来源：新华社」.
DATE_THEN_SOURCE_RE = re.compile(r"^(.*?\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?[\d:\s]*?)[\s\u3000|｜]+"
                                 r"(来源\s*[:：].*)$")
# An editorial note: 「※这是…的讲话。」.
_NOTE = "※"
NOTE_RE = re.compile(f"^{_NOTE}")
# The dash that opens an attribution (a rule of three dashes or more is a separator, not one).
_ATTRIBUTION_OPEN = r"^——(?!—)\S"
ATTRIBUTION_OPEN_RE = re.compile(_ATTRIBUTION_OPEN)
# An attribution under a quotation: 「——在科学家座谈会上的讲话（2020年9月11日）」.
ATTRIBUTION_RE = re.compile(_ATTRIBUTION_OPEN + r".*(?:[）)]|讲话|发言|致辞|贺信)$")
# An attribution closed by its bracketed date or source (「——《…意见》（2019年4月）」), or by the
# title of the work it cites (「——摘自《…培训读本》」): nothing of it follows on the next line but
# the work's date, so it ends its block as surely as a sentence end does.
CLOSED_ATTRIBUTION_RE = re.compile(_ATTRIBUTION_OPEN + r".*[）)》]$")
# The bracketed date an attribution ending in a work's title may carry on the next line.
DATE_IN_BRACKETS_RE = re.compile(r"^[（(]\s*\d{4}\s*年")
# Bracket pairs whose halves never stand apart across blocks (quotation marks do: a quotation of
# several paragraphs opens each one with “ and closes only the last).
BRACKET_PAIRS = (("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"), ("〔", "〕"))


# Any opening half of ``BRACKET_PAIRS``: a line holding none leaves no bracket open (one C-speed
# search rules out most lines before the pairs are counted).
BRACKET_OPENING_RE = re.compile(f"[{''.join(re.escape(opening) for opening, _ in BRACKET_PAIRS)}]")


def leaves_bracket_open(text: str) -> bool:
    """The text opens one of ``BRACKET_PAIRS`` more often than it closes it: a line that does so
    was wrapped inside the bracket and goes on in the next (「（作者单位：江城市民政局社会救助」 / 「科）」)."""
    if BRACKET_OPENING_RE.search(text) is None:
        return False
    return any(text.count(opening) > text.count(closing) for opening, closing in BRACKET_PAIRS)


# Curly quotation marks, opening and closing halves apart (not in ``BRACKET_PAIRS``: in body text a
# quotation runs over paragraphs and extractors straighten or lose marks, so only a short element
# such as a headline's line is asked whether it leaves one open).
QUOTE_PAIRS = (("“", "”"), ("‘", "’"))


def leaves_quote_open(text: str) -> bool:
    """The text opens a curly quotation more often than it closes it: a headline element so cut
    goes on in the line under it (「一张“明白」 / 「卡”让办事少跑腿」), it never ends inside its quotation."""
    return any(text.count(opening) > text.count(closing) for opening, closing in QUOTE_PAIRS)


def closes_unopened_quote(text: str) -> bool:
    """The text closes a curly quotation more often than it opens one: the rest of a quotation a
    line above was cut inside (「让群众的“需求」 / 「单”变成干部的“任务单”。」)."""
    return any(text.count(closing) > text.count(opening) for opening, closing in QUOTE_PAIRS)


def closes_unopened_bracket(text: str) -> bool:
    """The text closes one of ``BRACKET_PAIRS`` more often than it opens it: the rest of a line
    above cut inside its bracket (「…郑丽娟家庭（东湖区新城街」 / 「道）」)."""
    return any(text.count(closing) > text.count(opening) for opening, closing in BRACKET_PAIRS)


def source_rest(before: str, after: str) -> bool:
    """``after`` is the rest of the 来源 line ``before``, wrapped at the measure: ``before`` opens a
    来源 line that has not yet given its locator, and the two read as one whole 来源 line
    (``SOURCE_WHOLE_RE``: 「来源：江城县人民政府办公室《工作动态》」 / 「2026年第23期」, 「来源：《江城日报》
    2026年9月18日」 / 「第3版」).  Such a rest is text wherever it stands, even where its words are a
    folio's or an issue line's (a page's foot may follow it)."""
    # (the 来源 line may end a row another column began: pdftotext's 「…做早操， 来源：《江城县报》…日」)
    found = [m.start(1) for m in _SOURCE_IN_ROW_RE.finditer(before)]
    before = before[found[-1]:].rstrip() if found else before.rstrip()
    return SOURCE_LINE_RE.match(before) is not None and SOURCE_WHOLE_RE.search(before) is None \
        and SOURCE_LOCATOR_DUE_RE.search(before) is not None and SOURCE_WHOLE_RE.search(before + after) is not None


# (mupdf85) A citation that has named its book's edition and goes on to its page: Chinese references
# cite 「《书名》第二卷，江城人民出版社2025年版，第112页」 — the publisher, the edition's year (年版), the
# volume, then the page, each after a comma.  A line that stops on such a part and a comma has its
# page still due; a body sentence cut at a page's foot stops anywhere, but on a bare 「…年，」 or
# 「…》，」 too, so those are not read as a locator due.
CITATION_PAGE_DUE_RE = re.compile(
    r"(?:年版|出版社|书局|第[一二三四五六七八九十百\d]{1,4}[卷册辑]|[上中下]册)[，,]\s*$")
# … and the page it is due: 「第112页」 alone (a page number's shape too), or a span (「第112—115页」).
CITATION_PAGE_RE = re.compile(r"^第\s*\d{1,4}(?:\s*[-—–－~～]\s*\d{1,4})?\s*页[。.；;）)]?$")

# … and a line ending on it, after the comma or alone (「…2025年版，第58页」, 「第112页」): the reference
# is whole there — an attribution ends on its locator, with no stop.
CITATION_END_RE = re.compile(r"(?:^|[，,]\s*)第\s*\d{1,4}(?:\s*[-—–－~～]\s*\d{1,4})?\s*页[）)]?$")


def citation_page_rest(before: str, after: str) -> bool:
    """(mupdf85) ``after`` is the page a reference in ``before`` still owes (``CITATION_PAGE_DUE_RE``,
    ``CITATION_PAGE_RE``: 「江城人民出版社2025年版，」 / 「第112页」): the reference's last part, cut at
    the measure (MuPDF writes it as a block of its own where the line's edge moves), not a folio —
    a page's number never follows a comma that is waiting for it."""
    return CITATION_PAGE_DUE_RE.search(before) is not None and CITATION_PAGE_RE.match(after.strip()) is not None


def date_cut(before: str, after: str) -> bool:
    """A 来源 line's date goes on from ``before`` in ``after``: the line was cut inside its date
    (``DATE_CUT_RE`` / ``DATE_REST_RE``: 「…》2026年」 / 「11月20日第7版」) or between its whole date and
    its page (``DATE_WHOLE_RE`` / ``PAGE_REST_RE``: 「…2026年11月20日」 / 「第7版」).  The caller knows
    the line is a 来源 line's.  A line closed by the publication's title goes on in its date set
    in brackets (``SOURCED_DATE_RE``: 「来源：《江城县报》」 / 「（2026年11月2日第1版）」): a narrow
    column breaks the line where its bracket opens, and the bracket holds the line's last locator."""
    if DATE_CUT_RE.search(before) is not None:
        return DATE_REST_RE.match(after) is not None
    if before.endswith("》"):
        return SOURCED_DATE_RE.match(after) is not None
    if ISSUE_CUT_RE.search(before) is not None:
        return ISSUE_REST_RE.match(after) is not None
    return DATE_WHOLE_RE.search(before) is not None and PAGE_REST_RE.match(after) is not None


def locator_rest(before: str, after: str) -> bool:
    """``after`` is the locator of the 来源 line ``before`` (its text so far), set on a line of its
    own (``LOCATOR_LINE_RE``): ``before`` has not yet cited its page or issue, and the two read as
    one whole 来源 line (``SOURCE_WHOLE_RE``).  The caller knows ``before`` is a 来源 line's."""
    return LOCATOR_LINE_RE.match(after) is not None and SOURCE_WHOLE_RE.search(before) is None \
        and SOURCE_WHOLE_RE.search(before + after) is not None


# A text that closes one of them before it opens any or ends a sentence — the rest of a bracket
# the text before it opened (「道）」, 「会常务委员会第十七次会议通过）」) — with the NUL before it that
# joins texts into one string, so that one search finds every such text.  The rest is on the
# line after the cut: within 40 characters, the widest measure a line of text has.
JOINED_CLOSES_FIRST_RE = re.compile(r"\x00[^（(《【〔）)》】〕。！？；!?;\x00]{0,40}[）)》】〕]")
# A standard's clause opening on its text, not on its title (GB/T 1.1: a 条标题 names the clause in a
# few words, 「4.1　选址」): a pause after the number (「4.1.1　城市书房宜设在人口集中、交通便利」, 「5.2.1
# 城市书房应提供通借通还服务，读者」) — the clause's sentence, which the measure may cut anywhere.
CLAUSE_TEXT_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}[\u3000 ][^\s。！？；]*[，、,]")
# A line that may be a whole heading: no sentence stop in it and not broken off at a comma
# (「（三）加强人才队伍建设，全面提升养老护理员职业技能水平和职业吸引力」, but not the first
# half of 「二、准确把握形势任务，」 / 「进一步明确工作重点」 nor the first line of a numbered
# paragraph 「1. 责任体系压得更实。汛前，…」).
WHOLE_HEADING_RE = re.compile(r"^[^。！？；!?;]*[^。！？；!?;，、,]$")
# Widest attribution line, in em: longer dash-led lines are subtitles or prose.
ATTRIBUTION_MAX_EM = 60
_DATE = rf"{_DAY_OR_MONTH}$"
# 发文字号: 「宣〔2026〕11号」 (an extractor may space the year: 「江宣发〔 2026 〕 7 号」).
# The issue line of a 纪要 or 简报 is shaped alike: 「〔2026〕第18期」.
_DOC_NUMBER = r"\S{0,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*(?:\d{1,4}\s*号|第\s*\d{1,4}\s*期)$"
# Last characters of those lines (found by their end: the issuer's name comes first).
DOC_NUMBER_ENDS = "号期"
DOC_NUMBER_RE = re.compile("^" + _DOC_NUMBER)
# (unit73) A 发文字号's 机关代字, what stands before its year (GB/T 9704: the issuing body's 代字, the year,
# the number): 「江民」 of 「江民〔2026〕47号」, 「江政办发」 of 「江政办发〔2026〕41号」.
DOC_NUMBER_CODE_RE = re.compile(rf"^(?P<code>[{IDEOGRAPH}]{{2,10}})\s*[〔\[［(（]\s*\d{{4}}")
# (unit74) A body's name opens on its own region or party: a place name and its level (「江城市」, 「青禾县」,
# 「南湖区」) or 「中共」.  The rest of a name a narrow column cut (「宣传部」, 「公室」, 「市委宣传部」) never does —
# so a line that opens so under another name stands as a name of its own, whatever the two read joined.
# Two to four characters before the level: a place's proper name (a one-character 「新区」 is a name's rest).
NAME_OF_ITS_OWN_RE = re.compile(rf"^(?:中共|[{IDEOGRAPH}]{{2,4}}?(?:省|市|县|区|州|盟|旗))")
# A block-opening shape whatever the line before: a label, a 来源 line, a ※ note, a 发文字号.
BLOCK_OPENER_RE = re.compile(
    f"^(?:{_MARKED_LABEL}$|{_SOURCE_LINE}|{_NOTE}|{_DOC_NUMBER})")
# First characters of those shapes (a 文号 starts with the issuer: found by its 号).
BLOCK_OPENER_FIRST = frozenset("材（(来※【")
_SOURCE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Where the publisher's name ends in a 来源 line: a comma, a bracket, a space or a bar.
ORIGIN_END_RE = re.compile(r"[，,（(）)\s|｜]")
# Separators trimmed from either side of the publisher and the date.
SOURCE_TRIM = "，,（()）：:|｜ \u3000"
_CLOSING_BRACKET = re.compile(r"[）)]$")


# The head of a 来源 line as the presentation layer words it anew (来自/稿源/出处 too, the
# separator optional), and the day and newspaper page it may name (``第07版``, ``7版``: the
# presentation layer writes ``第7版``).
SOURCE_HEAD_RE = re.compile(r"^[（(]?\s*(?:来源|来自|稿源|出处)\s*[：:|｜]?\s*")
SOURCE_DAY_RE = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
SOURCE_EDITION_RE = re.compile(r"第?\s*0*(\d{1,3})\s*版")


def split_source_line(line: str) -> tuple[str | None, str]:
    """A 来源 line cut into who published it and the rest (date, page), as printed.

    ``来源：《人民日报》（2024年06月25日02版）`` → (``《人民日报》``, ``（2024年06月25日02版``);
    ``（来源：新华社，2026年4月30日）`` → (``新华社``, ``，2026年4月30日``); a line naming only
    a date (``（2026-04-30）``) has no origin.  The presentation layer words both anew.
    """
    text = line.strip()
    rest = SOURCE_HEAD_RE.sub("", text)
    if text.startswith(("（", "(")):
        rest = _CLOSING_BRACKET.sub("", rest)
    cut = ORIGIN_END_RE.search(rest)
    origin = (rest[:cut.start()] if cut else rest).strip(SOURCE_TRIM) or None
    if origin and origin[0].isdigit():
        return None, rest
    return origin, rest[cut.start():] if cut else ""


def parse_source(line: str) -> tuple[str | None, str | None]:
    """(origin, ISO date) of a 来源 line; either may be None.

    ``来源：《人民日报》（2024年06月25日02版）`` → (``《人民日报》``, ``2024-06-25``);
    ``来源 | 求是网`` → (``求是网``, None); ``（来源：新华社，2026年4月30日）`` → (``新华社``, ``2026-04-30``).
    """
    origin, rest = split_source_line(line)
    date = _SOURCE_DATE.search(rest)
    iso = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else None
    return origin, iso


def is_attribution(text: str) -> bool:
    """「——在科学家座谈会上的讲话（2020年9月11日）」: a short line opened by a dash."""
    return ATTRIBUTION_RE.match(text) is not None and width(text) <= ATTRIBUTION_MAX_EM \
        and "\n" not in text


# ------------------------------------------------------------------------------ bylines ---

_NAME = rf"[{IDEOGRAPH}·]{{2,4}}"
# … in a byline a two-character name is often spaced out to the width of three (「韩　冰」).
_SPACED_NAME = rf"[{IDEOGRAPH}][ \u3000][{IDEOGRAPH}](?![{IDEOGRAPH}])"
# One to three bare names: 「习近平」, 「张晓松 朱基钗」.
BYLINE_RE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{0,2}}$")
# A speaker's label on a line of its own: a person's name, the post in brackets, a colon
# (「周海林（柳湾镇党委副书记）：」).  A 座谈会发言摘登 heads each speaker's part with it over the
# speech; run in (「**李秀兰：**我在…」) the name is a paragraph's lead-in, never a line alone.
SPEAKER_LINE_RE = re.compile(rf"^({_NAME})[（(][^（）()：:\n]{{2,24}}[）)][：:]$")
# A byline with its role label: 「本报记者 张晓松 朱基钗」, 「新华社记者 王五」, 「作者：李四（…）」,
# a dateline.
# (A photo credit ends in /摄 and so never matches.)
# A news item's dateline names its reporters in brackets: 「本报讯（记者 孙晓梅）」, 「新华社北京6月24日电
# （记者 张晓松 朱基钗）」.
_DATELINE = rf"[{IDEOGRAPH}\d]{{1,20}}[讯电]\s*[（(]\s*(?:记者|通讯员)(?:[\s\u3000]*{_NAME}){{1,6}}\s*[）)]"
# … or stands bare when the item names no reporter: 「本报讯」, 「新华社北京6月24日电」 — the paper or
# agency (…报, …社, …台, …网), then where and when, then 讯 or 电.
_BARE_DATELINE = rf"[{IDEOGRAPH}]{{0,8}}[报社台网][{IDEOGRAPH}\d]{{0,12}}[讯电]"
# A speaker's office before the name, set apart by a space: 「县委书记 周明远」, 「副市长 王五」.
_OFFICE = r"(?:书记|[省市县区州乡镇]长|主任|主席|部长|厅长|局长|院长|校长|教授|研究员|院士|秘书长)"
# (texts87) A speaker holding more than one post names them all before the name, a 顿号 between
# (「市委常委、宣传部部长　周明远」, 「市委副书记、市长　王五」): the last names the office, the ones before it
# are posts of up to ten ideographs each (市委常委, 县委副书记), ``BYLINE_POSTS_MAX`` in all.
BYLINE_POSTS_MAX = 3
_POSTS_BEFORE = rf"(?![一二三四五六七八九十]+、)(?:[{IDEOGRAPH}]{{1,10}}、){{0,{BYLINE_POSTS_MAX - 1}}}"   # (「一、」 numbers a head)
# The paper's own commentator signs with the title alone, often behind a box: 「□ 本报评论员」; a
# box before a word alone signs a comment by its column or its writer (「□ 短评」, 「■ 记者手记」,
# 「□ 顾明轩」): a column's name or a person's, ``BOX_SIGN_MAX`` characters at most.  A box before a
# phrase is a marker head (「◆抓紧扫尾播种」, 「■办什么样的实事」), the marker family of ★ and ●.
BOX_SIGN_MAX = 4
_COMMENTATOR = rf"(?:[□■◇◆]?\s*[{IDEOGRAPH}]{{0,8}}评论员|[□■◇◆]\s*[{IDEOGRAPH}]{{1,{BOX_SIGN_MAX}}})"
# A reporter who also took the pictures says so after the name: 「本报记者 郑雨桐 文/图」 (the
# space may be gone: normalising reads 「郑雨桐 文」 as a word split).
_BOTH_CREDIT = r"(?:[\s\u3000]*(?:文[/／]图|图[/／]文)|[\s\u3000]+文图)?"
# A reporter's byline on a page that reprints the item names the paper or account it came from
# after the names, in brackets (「本报记者 范文静（来源：江城发布）」): the names still end the byline's
# fields, the credit is the byline's own (a 来源 line set apart is ``SOURCE_LINE_RE``'s, not this).
_SOURCE_CREDIT = r"(?:[\s\u3000]*[（(]来源[：:][^（）()\n]{1,16}[）)])?"
# (lead88) The labels a text's maker is named by on a line of their own (「作者：」): the author, a lesson plan's
# teacher (「执教：」, 「授课：」), a lecture's speaker (「主讲：」), who wrote the text or set it down (「执笔：」,
# 「撰稿：」, 「撰文：」, 「整理：」).  A 教案 or a 说课稿 names the class and subject first, set apart by a space
# (「八年级语文　执教：…」): a field of up to ``AUTHOR_FIELD_MAX_CHARS`` characters, no stop in it.
AUTHOR_ROLES = "作者|执教|授课|主讲|执笔|撰稿|撰文|整理"
AUTHOR_FIELD_MAX_CHARS = 12   # 「九年级道德与法治」, 「高一年级思想政治」: a grade and a subject
_AUTHOR_LABEL = rf"(?:[{IDEOGRAPH}\d]{{1,{AUTHOR_FIELD_MAX_CHARS}}}[ \u3000]+)?(?:{AUTHOR_ROLES})\s*[：:]"
BYLINE_LABEL_RE = re.compile(rf"^(?:{_AUTHOR_LABEL}\s*[^。！？；]{{1,40}}|[□■◇◆]?\s*[{IDEOGRAPH}]{{0,8}}(?:记者|通讯员|评论员)"
                             rf"(?:[\s\u3000]*{_NAME}|[\s\u3000]+{_SPACED_NAME}){{1,6}}{_BOTH_CREDIT}{_SOURCE_CREDIT}|{_COMMENTATOR}|{_POSTS_BEFORE}[{IDEOGRAPH}]{{0,10}}{_OFFICE}"
                             rf"(?:[\s\u3000]+{_NAME}){{1,3}}|{_DATELINE}|{_BARE_DATELINE})$")
# A byline naming the author by label (「作者：李四」): it may sign a text after it as well as under
# its headline (an essay, a letter), where a reporter's byline or a dateline stands under one only.
AUTHOR_LABEL_RE = re.compile(rf"^{_AUTHOR_LABEL}")
# The roles a byline names people under: a line ending in one goes on with the names (not the
# paper's commentator, who signs with the title alone: 「□ 本报评论员」).
BYLINE_ROLES = ("记者", "通讯员", "摄影")


def spaced_name_cut(role_line: str, first: str, second: str) -> bool:
    """(texts86b) A byline's two-character name spaced out to the width of three (「通讯员　何　芸」,
    ``_SPACED_NAME``) that an extractor cut at each wide gap, the role and the name's two characters
    each on a line of its own (「通讯员」 / 「何」 / 「芸」): ``role_line`` ends in a role, ``first`` and
    ``second`` are one ideograph each, and the three read as one byline (``BYLINE_LABEL_RE``).  A
    heading or a paragraph is never one ideograph a line under a role's name."""
    return len(first) == 1 and len(second) == 1 and role_line.endswith(BYLINE_ROLES) \
        and BYLINE_LABEL_RE.match(f"{role_line}\u3000{first}\u3000{second}") is not None
# A dateline alone: the only byline that runs in with the item's first words (「本报讯（记者 马晓东）10月28日起，…」).
DATELINE_RE = re.compile(rf"^(?:{_DATELINE}|{_BARE_DATELINE})$")
# Characters that make a short line a phrase, not a name: 「讲话」, 「第一章」.
_NOT_IN_NAMES = re.compile(r"[的之了话讲报道章节篇会议]")
# (texts85b) A poet's line under a poem's title, as an anthology, a 古诗词 reader or a textbook sets it:
# the poet's dynasty (or a foreign poet's country) in brackets, then the name — 「〔清〕顾秋帆」, 「【宋】苏轼」,
# 「（唐）李白」, 「[五代·南唐] 李煜」.  The bracket holds a period's short name, never a number: 「（一）概况」
# and 「（二）」 head sections, 「（第一）」 too; a period's name may open on a numeral (五代, 三国, 六朝) but
# holds a word after it.  The bracket and the name are the byline's label and names, as 「作者：」 and
# its names are (``BYLINE_LABEL_RE``).
POET_PERIOD_MAX_CHARS = 3   # 南北朝, 十六国: a period is named in one to three characters (五代·南唐 two of them)
_PERIOD = rf"(?!第)(?![{CN_COUNT}零〇]+[〕】）)］\]])[{IDEOGRAPH}]{{1,{POET_PERIOD_MAX_CHARS}}}(?:[·・][{IDEOGRAPH}]{{1,{POET_PERIOD_MAX_CHARS}}})?"
POET_BYLINE_RE = re.compile(rf"^(?:〔{_PERIOD}〕|【{_PERIOD}】|[（(]{_PERIOD}[）)]|[［\[]{_PERIOD}[］\]])[ \u3000]?(?:(?!{_NOT_IN_NAMES.pattern})[{IDEOGRAPH}·]){{2,4}}$")
# An ordinal opening a line (「第一部分」, 「第三单元」, 「第二专题」): a part's label, never a name —
# 第 is a surname, but no name goes on in a numeral.
_ORDINAL_OPENS_RE = re.compile(_LABEL_NO)
# Words in a line: two letters or ideographs in a row (a page-range line like 140-147. has none).
WORDY_RE = re.compile(f"[{IDEOGRAPH}A-Za-z]{{2}}")
# A character of a word (an ideograph or a letter): a heading names something with at least one
# (「一」 heads a story's part); digits and marks alone are a piece of a number.
WORD_CHAR_RE = re.compile(f"[{IDEOGRAPH}A-Za-z]")
# (gongwen89) A contact's value alone on its line, or after its label's colon — an e-mail address, a web
# address or a telephone number, whole: 「电子邮箱：」 / 「llc_jcxj@example.gov.cn」 (pypdf writes the Latin run a
# line of its own), 「传」 / 「真：0512-68821357」 (a narrow measure cut the label); it names nothing, so it is
# never a heading.  An address a narrow measure cut (「llc_jcxj@example.gov.」 / 「cn」) is read whole where its
# pieces are joined (「…gov. cn」: a space after a dot inside the domain), and not piece by piece — its
# first piece refused, the rest 「cn」 stood alone as a heading.  The label is a field's: a few ideographs,
# no clause mark.
_CONTACT_VALUE = (r"(?:[A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.\s?[A-Za-z0-9_-]+)+|(?:https?://|www\.)[A-Za-z0-9_./?%&=#~+-]+"
                  r"|(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}(?:-\d{1,4})?|1\d{10})")
ADDRESS_LINE_RE = re.compile(rf"^\s*(?:[{IDEOGRAPH}]{{1,6}}\s*[：:]\s*)?{_CONTACT_VALUE}\s*$")
# (texts87) A title's start: a word's character, or a grade in Roman numerals before an ideograph — an
# 应急预案 grades its responses 「Ⅳ级响应」 … 「Ⅰ级响应」, a standard its classes 「Ⅱ类水域」, and a clause
# titled so opens on the numeral (U+2160–U+216B, the Roman numerals set as one character each).
# (plan89) The grade alone, as a Chinese word after a clause number opens on it (pypdf writes the number and the
# title after its gap as two lines, 「3.2.1」 / 「　Ⅳ级响应」: ``pages.em_spaced_piece`` asks for it).
ROMAN_GRADE_RE = re.compile(f"[\u2160-\u216b]{{1,3}}[{IDEOGRAPH}]")
TITLE_START_RE = re.compile(f"[{IDEOGRAPH}A-Za-z]|{ROMAN_GRADE_RE.pattern}")

# (plan89) An outline's head over its first sub-head (an 应急预案's or a standard's 「1　总则」 over 「1.1　编制目的」,
# 「3.2　响应措施」 over 「3.2.1　Ⅳ级响应」): a decimal number, its gap (one space where the reader wrote the gap so),
# a title; the line under it opens on the same number and 「.1」.  A wrapped sentence's next line never does so
# (「…达到」 / 「30 毫米」 is no step 30.1), so the head is a line of its own, however full the line above it
# (a title set at the body's size fills the measure: 「江城市城区内涝灾害应急预案（节选）」 / 「1 总则」).
_OUTLINE_HEAD_RE = re.compile(rf"^(\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})[ \u3000]+(?:{TITLE_START_RE.pattern})")


def outline_head_over_first(text: str, below: str) -> bool:
    """(plan89) ``text`` is an outline's head (``_OUTLINE_HEAD_RE``, no clause punctuation in it) and ``below``
    its first sub-head: the same number and 「.1」, then a gap and a title."""
    m = _OUTLINE_HEAD_RE.match(text)
    if m is None or any(c in text for c in "，。；：！？,;!?"):
        return False
    n = _OUTLINE_HEAD_RE.match(below)
    return n is not None and n.group(1) == m.group(1) + ".1"


# (texts87) An extract closed by its page (a 读书笔记's 摘抄, a 学习摘编's quotation: 「“……意思。”（第49页）」,
# 「”（第12—13页）」): the close of the quotation, then the page it stands on in brackets.  The page ends the
# extract — a sentence of prose citing a page goes on to its stop (「……”（第49页）。」 or 「……”（第49页）这段话…」).
EXTRACT_PAGE_END_RE = re.compile(r"[”’」』][（(]第\s*\d{1,4}(?:\s*[-—–～~]\s*\d{1,4})?\s*页[）)]$")


def set_apart(text: str) -> bool:
    """A byline's parts set apart as bylines set them — the label from the names by a space, a
    dateline's reporters in brackets (「本报记者 郑雨桐」, 「本报讯（记者 马晓东）」) — not a line of
    prose that happens to read as label and names (「他在接受本报记者采访时说」); (texts85b) a poet's
    period in brackets sets the name apart as a space does (``POET_BYLINE_RE``: 「〔清〕顾秋帆」)."""
    return " " in text or "\u3000" in text or text[-1:] in "）)" or POET_BYLINE_RE.match(text) is not None


def reporters_byline(text: str) -> bool:
    """A byline under a story's headline naming its reporters or author by role, set apart
    (「本报记者 孙晓岚 通讯员 陈立新」, 「作者：李四」) — not a dateline, which opens a news item's
    first paragraph in its column (「本报讯（记者 马晓东）」)."""
    text = text.strip()
    return (BYLINE_LABEL_RE.match(text) is not None and DATELINE_RE.match(text) is None
            and set_apart(text))


# (texta79) A part of a book, a report or a speech named by its kind alone (「前言」, 「后记」, 「结语」,
# 「附录」): a heading of the text's own, never a person's name, though as short as one (前, 后 and 结
# stand for no surname, but two characters alone pass ``BYLINE_RE``).
PART_WORDS = ("前言", "引言", "导言", "序言", "绪论", "绪言", "后记", "结语", "结束语", "余论", "附录", "目录", "摘要", "编后",
              "编后记", "按语", "致谢", "小结")
PART_WORD_RE = re.compile(rf"^(?:{'|'.join(PART_WORDS)})$")
# (speed90) A line holding a part's name alone between white space: ``PART_WORD_RE`` of the stripped line (``\s`` is
# ``str.isspace``, what ``strip`` takes off), matched over every line's text in C with no strip and no call a line.
PART_WORD_LINE_RE = re.compile(rf"\s*(?:{'|'.join(PART_WORDS)})\s*$")


# (parts79) A part's label alone on its line, over the part's own title on the next: a book, a
# 读本 or a 汇编 divides into parts by place (「上篇」 「中篇」 「下篇」, 「上编」, 「下卷」) or by number
# (「第一编」, 「第二部分」, 「卷一」).  The line under it is the part's title, never a byline, however
# much it reads as a name (「古代家训」: 古 is a surname).
PART_LABEL_RE = re.compile(rf"^(?:[上中下][篇编卷部]|卷[{CN_COUNT}]{{1,4}}|{_LABEL_NO}(?:[编篇卷]|部分?))$")
# (texts82) The nouns a text numbers its parts by after 第: a law's or a book's divisions (章, 节, 编,
# 篇, 卷, 部分), a textbook's units and lessons (单元, 课), a lecture series' talks (讲, 专题), an
# exhibition's halls (展厅, 展区, 展室), as a 讲解词 or a 展陈大纲 heads them (「第二展厅　浴血奋战」).  A line
# opening on such a label heads a part — its title after a wide space or on the next line — and names no
# body: 厅, 室 and 部 end a body's name too (``_ORG_SUFFIX``), and 「第二展厅　浴血奋战」 read as a body
# and a person's name (``ORG_BYLINE_RE``) lost a hall's heading under every reader.  An ideograph after
# the noun makes a word of it (「第二课堂」, 「第三部门」): no label.
PART_NOUNS = ("部分", "单元", "展厅", "展区", "展室", "专题", "章", "节", "编", "篇", "卷", "部", "讲", "课")
PART_LABEL_OPEN = rf"{_LABEL_NO}(?:{'|'.join(PART_NOUNS)})(?![{IDEOGRAPH}])"
# (plain85) A part's label alone (「第一章」, 「第二节」): the space after it is its title's, not a gutter.
PART_LABEL_ONLY_RE = re.compile(rf"^{PART_LABEL_OPEN}$")
# (plain85) A bracket left open at a line's end and what it holds (a byline's credit cut: 「（来源：」).
OPEN_BRACKET_TAIL_RE = re.compile(r"[（(][^）)]*$")
# A part's heading on one line: its label, the wide space, its title — no sentence's mark in it
# (「第一展厅　星火初燃」, 「第一单元　党组织的建立」, 「第二节　整理与移交」).  Two such lines stacked are two
# heads, a part's over its first sub-part's: a title never holds a second label (``unwrap.ROW_KINDS``).
PART_HEAD_RE = re.compile(rf"^{PART_LABEL_OPEN}[ \t\u3000]+[^\s。！？；，：][^。！？；，]*$")


def part_label(text: str) -> bool:
    """``text`` is a part's label alone (``PART_LABEL_RE``: 「上篇」, 「第二部分」, 「卷一」)."""
    return PART_LABEL_RE.match(text.strip()) is not None


def looks_like_byline(text: str) -> bool:
    """A short line of one to three names (``习近平``), or names after a role label
    (``本报记者 张晓松 朱基钗``, ``作者：李四``), that reads as a byline; (texta79) never a part's name
    (``PART_WORD_RE``: 「前言」)."""
    text = text.strip()
    if PART_WORD_RE.match(text) is not None:
        return False
    if BYLINE_LABEL_RE.match(text) is not None or COMPILER_RE.match(text) is not None:
        return True
    if ORG_BYLINE_RE.match(text) is not None or poet_byline(text):
        return True
    return BYLINE_RE.match(text) is not None and _NOT_IN_NAMES.search(text) is None \
        and _ORDINAL_OPENS_RE.match(text) is None


def poet_byline(text: str) -> bool:
    """(texts85b) A poet's line (``POET_BYLINE_RE``: 「〔清〕顾秋帆」, 「（唐）李白」): the period in brackets,
    then a name that is no phrase."""
    return POET_BYLINE_RE.match(text.strip()) is not None


def name_like(text: str) -> bool:
    """A byline of bare names that starts with a common surname (``习近平``, not ``自强``), or a
    labelled byline: tells a wrapped title's last two characters from the author's name."""
    text = text.strip()
    return looks_like_byline(text) and (BYLINE_LABEL_RE.match(text) is not None or text[:1] in SURNAMES
                                        or ORG_BYLINE_RE.match(text) is not None or poet_byline(text))


# A salutation addressing people (「同志们：」, 「各位代表：」, 「尊敬的各位来宾：」): the word for those
# addressed, then the colon, on a line of its own.  (A sentence's lead-in ends in its verb or 如下 /
# 以下, never in the people addressed: 「…安排如下：」 is no salutation.)
ADDRESSED_RE = re.compile(r"^[^。！？；，,.!?;:：\s]{0,16}(?:们|同志|代表|委员|来宾|朋友|先生|女士)[：:]$")


# A news item's lede (导语) opens on the day it tells of and the pause after it (「4月8日，市科技局
# 召开…」, 「11月20日下午，…」, 「2026年10月15日上午，…」): the time, then what happened.
LEDE_DAY_RE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|晚上?|凌晨|早上)?[，,]")


def opens_lede(text: str) -> bool:
    """``text`` opens as a news item's lede does (``LEDE_DAY_RE``): on its day and a pause."""
    return text[:1].isdigit() and LEDE_DAY_RE.match(text) is not None


# Two phrases of as many ideographs each, set apart by a space on one line, nothing else: a
# couplet (对仗), as a headline's element is made (「抓好冬春农田水利建设 夯实明年粮食丰收基础」,
# 「锤炼过硬作风 勇于担当作为」) — whole once both halves are set; prose sets no space inside a line.
COUPLET_RE = re.compile(rf"^([{IDEOGRAPH}]{{4,16}})[ \u3000]+([{IDEOGRAPH}]{{4,16}})$")


# A couplet's line is a whole element over a line at least this much (em) narrower: the next line of a
# title that wrapped fills the measure as the first did (「全国科技大会 国家科学技术」 / 「奖励大会 两院
# 院士大会在京」, two names of a title in a narrow column, as even as a couplet by chance).
COUPLET_STEP_EM = 2


# (news84) A headline element made of quotations alone: one whole quotation (「“让老百姓在家门口看得上病”」, a
# saying or a slogan set as a 引题 or a 主题) or two quoted terms in a 从…到… frame (「从“没人管”到“有人管”」,
# 「从“藏在深闺”到“走进生活”」), each quotation holding at least ``QUOTED_ELEMENT_MIN`` ideographs and no
# clause or sentence mark.  A wrapped line is cut where the measure ends, so a line that opens a quotation
# and closes it at its very end, nothing after, is a whole element only by how it was set, not by chance
# of the measure (a title's first line ends on the quotation's close only where the line's room and the
# quotation's length happen to agree: ``quoted_element`` is asked with what stands under the line).
QUOTED_ELEMENT_MIN = 4
_QUOTED_TERM = rf"“[{IDEOGRAPH}0-9０-９]{{{QUOTED_ELEMENT_MIN},}}”"
_QUOTED_PAIR_TERM = rf"“[{IDEOGRAPH}0-9０-９]{{2,}}”"
QUOTED_ELEMENT_RE = re.compile(rf"^(?:{_QUOTED_TERM}|从{_QUOTED_PAIR_TERM}(?:到|向|变){_QUOTED_PAIR_TERM})[！!]?$")


def quoted_element(text: str) -> bool:
    """(news84) ``text`` is a headline element of quotations alone (``QUOTED_ELEMENT_RE``): one whole
    quotation of at least ``QUOTED_ELEMENT_MIN`` ideographs, or a 从“…”到“…” pair of quoted terms (each
    at least two: 「从“治水”到“护水”」) — a 引题 or a 主题 set whole on its line."""
    return QUOTED_ELEMENT_RE.match(text.strip()) is not None


def couplet(text: str) -> bool:
    """``text`` is a couplet (``COUPLET_RE``): its two halves hold as many ideographs each."""
    match = COUPLET_RE.match(text)
    return match is not None and len(match.group(1)) == len(match.group(2))


# (wrap89) A quoted term alone on a line (「“最后一公里”」, 「“放管服”」): curly quotes around one run of
# ideographs, digits or Latin, with no stop, pause, colon or space — a term, not a quoted sentence.
# ``QUOTED_TERM_MAX`` characters at most: a term is a few words (a longer quotation is a saying, which
# may head a piece of its own).
QUOTED_TERM_MAX = 10
QUOTED_TERM_LINE_RE = re.compile(rf"^“[^“”\s\u3000。！？!?，,、；;：:]{{2,{QUOTED_TERM_MAX}}}”$")


def couplet_over(upper: str, lower: str) -> bool:
    """``upper`` is a couplet set whole over ``lower``, the next element of its headline (a kicker
    over its title: 「抓好冬春农田水利建设 夯实明年粮食丰收基础」 / 「全县冬修水利工程全面开工」): ``lower``
    is one phrase (no space in it) at least ``COUPLET_STEP_EM`` narrower — or wider than the rest of
    a line wrapped from ``upper`` could be (``wider_than_its_rest``: 「党建引领聚合力 为民服务办实事」 /
    「市科技局开展科技特派员进企业服务活动」)."""
    lower, upper = lower.strip(), upper.strip()
    if not couplet(upper) or " " in lower or "\u3000" in lower or couplet_cut_in_word(upper, lower):
        return False
    return width(lower) + COUPLET_STEP_EM <= width(upper) or wider_than_its_rest(upper, lower)


def couplet_cut_in_word(upper: str, lower: str) -> bool:
    """(wrap90) ``upper`` reads as a couplet only by the measure: the dictionary reads a word across the
    break into ``lower`` (``segment.word_across``: 「凝心聚力抓落实　奋力开创县域经」 / 「济高质量发展新局面」,
    经济).  A couplet's halves are two whole phrases set on their own line, each ending on its last word; a
    title wrapped at its measure is cut where the line ends, and where the cut leaves its halves as many
    ideographs by chance the line still goes on in its word."""
    from booklet.typeset.segment import word_across

    return word_across(upper[-WORD_CONTEXT:], lower[:WORD_CONTEXT])


# The space between a couplet's two halves is set at most this wide (em): an ideographic space, or
# the two spaces a saved copy writes (an extractor writes one space, counted as half an em).
COUPLET_GAP_EM = 1.0


def wider_than_its_rest(couplet_line: str, lower: str) -> bool:
    """``lower`` is no rest of a line wrapped from ``couplet_line``: a line wraps where the next
    unbreakable unit no longer fits its measure, so the measure is narrower than the first line and
    that unit (``leading_unit_width``), and the rest, which fits the measure, is narrower than both.
    The couplet's width is its halves' ideographs and the widest gap it may be set with
    (``COUPLET_GAP_EM``): a line at least that wide and its first unit more is the next element.
    Not where the dictionary reads a word across the break (``segment.word_across``): a line cut
    inside a word goes on, however the widths came out — a paragraph's first line, narrower by its
    indent, that reads as two halves by chance (「第十七条 在本市依」 / 「法登记注册的出版单位应」) — nor
    under a line that opens on a label run in with its text (``ARTICLE_RUN_IN_RE``, 「第十三条　鼓励企业」 /
    「和其他组织…」): an article's first line, indented, as even as a couplet by chance."""
    from booklet.typeset.segment import word_across

    halves = width(couplet_line.replace(" ", "").replace("\u3000", ""))
    return width(lower) >= halves + COUPLET_GAP_EM + leading_unit_width(lower) \
        and ARTICLE_RUN_IN_RE.match(couplet_line) is None and CHAPTER_ONLY_RE.match(couplet_line.split()[0]) is None \
        and not word_across(couplet_line[-WORD_CONTEXT:], lower[:WORD_CONTEXT])


def couplet_under(upper: str, lower: str) -> bool:
    """``lower`` is a couplet set whole under ``upper``, the next element of its headline (a title
    under its kicker: 「聚焦民生实事 打通服务群众“最后一公里”」 / 「老旧小区换新颜 居民住得更舒心」):
    a line that wrapped breaks where the measure ends, not between two halves of as many ideographs,
    so the line above never runs on into one.  ``upper`` is not itself the couplet over it
    (``couplet_over`` asks that)."""
    return couplet(lower.strip()) and upper.strip() != lower.strip()


def headline_apart(text: str) -> str | None:
    """The kind of line a typesetter sets apart under a headline, never run on from it: ``"names"``,
    the authors' names alone, set apart from each other by a space (「林思远　周晓岚」: an article's
    authors under its title, a size smaller, centred), or bodies' names so (``BODIES_ROW_RE``:
    「县水利局　县农业农村局」) — or ``"addressees"``, a letter's or a
    speech's salutation (``ADDRESSEES_RE``, ``ADDRESSED_RE``: 「同志们：」, 「各县（市、区）人民政府：」) —
    else None.  A title's line never holds them: a title names a matter, it does not sign or address,
    so a line of either kind under a line with no clause mark starts its own block."""
    if text[-1:] in "：:":
        return "addressees" if ADDRESSEES_RE.match(text) or ADDRESSED_RE.match(text) else None
    if (" " in text or "\u3000" in text) and (name_like(text) and BYLINE_RE.match(text.strip()) is not None
                                            or BODIES_ROW_RE.match(text.strip()) is not None):
        return "names"
    return None


# ------------------------------------------------------------- spaces between ideographs ---

# Chinese running text sets no space between words (clreq): a space an extractor gives between
# two ideographs of prose is a gap it read — a justified line's wide glyph gap (pdfminer), a line
# spread out letter by letter, a word cut where two columns' rows were merged.  A typesetter sets
# one only between *fields* set apart on a line: a title's phrases (「习近平：加强基础研究 实现高水平
# 科技自立自强」), a byline's unit, role and names (「本报讯（记者 周婷 通讯员 邱明）」), a list of
# names (「出席：李国华 王建军」), a label and its text (「第一条 为了……」), a table of contents' titles.
# A field runs up to another space, a bracket, a slash or the text's end; prose runs on into its
# clause marks.  The one decision is ``ideograph_space_is_gap``; the spread-lines rule and the
# normaliser both ask it.
#
# Marks a clause of prose runs on into: after a space, words running into one of these are the rest
# of a sentence (「会议 精神，总结」, 「下一步 将探索“先使用”」, 「我们机关作 提出：」), never a field —
# a field ends at a space, a bracket, a slash or the text's end, and a title's quoted phrase at its
# closing quote.
_RUNS_ON = "，、。；：！？“‘,;:!?"
# Characters a word (a run of the clause) stops at: the marks above, spaces, and what sets fields
# apart — brackets, closing quotes, book-title marks, a credit's slash, dashes and dots (a contents
# row's leaders), a line break (and the normaliser's block separator).
_WORD_STOPS = _RUNS_ON + " ”’（）()〔〕【】［］[]「」『』《》〈〉/／—….·\n\x00"
# A label that opens a clause keeps the space after it whatever follows: an article's or a
# chapter's number (「第一条 为了……，」, GB/T 9704 and laws set a space after it), a news item's
# dateline (「新华社北京1月19日电 在“国家工程师奖”……」) or a byline's role (「本报记者 周可欣青砖墙、
# 木屋架……」, a credit run into the paragraph after it).
OPENING_FIELD_RE = re.compile(rf"{_LABEL_NO}[章篇部节条款]|{_BARE_DATELINE}"
                              rf"|[{IDEOGRAPH}]{{0,4}}(?:{'|'.join(BYLINE_ROLES)})")
# A clause of prose holds few gaps between words (a justified line's one or two; the letters of a
# spread line are lone letters, found without looking ahead): past this many spaced words ahead,
# the words are a list of fields (a 名单's names), and the space before them is the list's own.
GAPS_AHEAD_MAX = 4
# A word is looked at this far on each side of the space: a field (a title's phrase, a unit's
# name) is shorter; a run this long without a stop is prose (the scan stays linear).
WORD_SCAN_CHARS = 40
_LAST_MARK = re.compile(f"(?s).*[{re.escape(_WORD_STOPS.replace(' ', ''))}]")
_IS_IDEOGRAPH = IDEOGRAPH_RE.match
_NEXT_STOP = re.compile(f"[{re.escape(_WORD_STOPS)}]")
_SPACES_AT = re.compile(" +")
# What may follow a name that ends a field: the text's end, a bracket, a slash, a line break.
_NAME_ENDS = "（）()〔〕【】［］[]「」『』/／\n\x00"
# A line spread out letter by letter: a lone ideograph between two spaces, the text going on after
# the next one by a word or another lone letter (「终 于 忍不住 问」).  No word is spelt that way; a
# byline's two-letter name spaced to the width of three ends its field (「通讯员 韩 冰」, 「韩 冰/摄」)
# and is no sign.
SPREAD_OUT_RE = re.compile(f"[{IDEOGRAPH}] [{IDEOGRAPH}] [{IDEOGRAPH}] ?[{IDEOGRAPH}]")
# A single space between two ideographs (the spaces ``ideograph_space_is_gap`` judges).
IDEOGRAPH_SPACE_RE = re.compile(f"(?<=[{IDEOGRAPH}]) (?=[{IDEOGRAPH}])")
# Characters on each side of a space the word segmenter looks at to see whether it splits a word.
WORD_CONTEXT = 6

# The dictionary's part-of-speech tags (rjieba) of a word that waits for what follows it: a verb for
# its object (「一张“明白卡”让」 / 「办事少跑腿」), a preposition, a conjunction, an auxiliary (之, 的, 地, 得: not 了,
# which ends a clause), an adverb or a numeral/measure word.  A headline line ending on one stops inside its phrase.
PHRASE_OPEN_TAGS = frozenset({"v", "p", "c", "u", "uj", "ud", "uv", "d", "m", "q"})
# (lead87) Of those, the function words a heading never ends on — a preposition, a conjunction, a structural
# particle (「…转型的」, 「关于加强…」 cut after 「关于」, 「坚持和」): a numbered heading's line ending on one wrapped.  A verb,
# an adverb or a measure word may end a heading (「总体要求」, 「会前准备」, 「日常维护」: verbal nouns the dictionary tags v).
HEADING_OPEN_TAGS = frozenset({"p", "c", "u", "uj", "ud", "uv"})
# The tags of a word that binds to the word before it and so never opens a sentence: the aspect
# particles 了 and 着, the structural 的, 地, 得 and the auxiliaries tagged 「u」 (等, 似的).  A line
# whose first dictionary word is one (「了书架和照明。」, 「等重要民生商品保供稳价，」) is the rest of a
# sentence a line's end cut, as a closing mark at a line's start is.  Not 过 (「ug」): 「过了一会儿」
# opens a sentence as a verb.
BOUND_OPEN_TAGS = frozenset({"ul", "uz", "uj", "uv", "ud", "u"})
# (bull66) The tags of a word that names (a noun, a place, an organisation, an abbreviation, a pronoun,
# a time, a number): a headline line opening on one and holding a verb after it (``VERB_TAGS``) states
# who did what — a clause of its own, as a news title is (「两千余户居民告别爬楼难」, 「企业开办压缩至半个工作日」).
# Not a nominal verb (「vn」: 「建设」 opens the rest of a title cut after 「社区」 as often as a subject).
SUBJECT_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "r", "t", "s", "m"})
# The tags of a verb that may head a clause's predicate.
VERB_TAGS = frozenset({"v"})
# The tags of a last word that closes a name or topic: a noun of any kind, a nominal verb or
# adjective (「…攻坚行动」), a count or a year named by its theme, which the dictionary tags as figures
# (「…就业岗位2.1万个」, 「…收官之年」) — a kicker with no reporting verb names its topic
# (「老旧小区改造民生实事项目」).  Not a time word (「…延长夜间」), nor a date (``FIGURE_DATE_END_RE``):
# they say when, and the predicate under them goes on (「江城马拉松12月14日」 / 「鸣枪开跑」).
TOPIC_END_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "vn", "an", "m", "q"})
# A line ending on a date or a day written in figures (「…12月14日」, 「…十月」), or on a figure whose
# unit has not come yet (「江城马拉松12月14」 / 「日鸣枪开跑」: the line under goes on with it).
FIGURE_DATE_END_RE = re.compile(r"(?:[0-9０-９〇一二三四五六七八九十]\s*[年月日]|[0-9０-９.．])$")
# The tags of a word that links a phrase to what follows it or marks a predicate — a preposition, a
# conjunction, an adverb: a line holding one names no topic, its phrase goes on with the verb under it
# (「县第一人民医院与省人民」 / 「医院共建专科联盟」, one title cut in 「省人民医院」, which the dictionary does
# not hold; 「明年将实现非遗工坊」 / 「街道全覆盖」).
LINKING_TAGS = frozenset({"p", "c", "d"})
# (bullet78) The tags of a word that takes up the clause of the line above rather than opening a headline
# element, under a line holding no predicate of its own (``setoff.takes_up``): a verb (the predicate of a
# subject left without one, 「家庭农场」 / 「集中挂牌」), a preposition, a conjunction, an adverb
# (「县第一人民医院」 / 「与省人民医院共」).
TAKES_UP_TAGS = frozenset({"v", "p", "c", "d"})
# (bullet78) The tags of a word that never opens a headline element, under any line: the bound words of
# ``BOUND_OPEN_TAGS`` and a localizer (「一条街上」 / 「的“创新生」, 「山区群众喝」 / 「上了安全放」).
BOUND_ON_TAGS = BOUND_OPEN_TAGS | {"f"}
_IDEO_RUN_BEFORE = re.compile(f"[{IDEOGRAPH}]+$")
_IDEO_RUN_AFTER = re.compile(f"[{IDEOGRAPH}]+")


def ideograph_space_is_gap(text: str, start: int, end: int, ends_are_edges: bool = True) -> bool:
    """Whether the single space ``text[start:end]`` between two ideographs is an extractor's gap
    (to be closed) rather than a typesetter's space between fields (kept).

    It is a gap when a lone letter stands beside it (letters spread out: 「座谈 会 上」); when the
    word after it runs on into a clause mark (``_RUNS_ON``) and the word before it is no label
    (``OPENING_FIELD_RE``); or when it splits a word (「进一步打 牢」, the word segmenter's
    reading).  A word ends at a space between two ideographs that is no gap itself (so in a clause
    of prose with several gaps every one goes); a space beside a digit or a Latin letter is inside
    it (「新华社北京 1月 19 日电」).  ``ends_are_edges``: the ends of ``text`` end a field (a block's
    text); not for one line of a paragraph, which goes on past its end.
    """
    return _is_gap(text, start, end, ends_are_edges, 0)


# A credit's role set after the name it credits (「郑雨桐 文/图」, 「李明 图/文」, 「王五 摄」): the role
# ends the block's text or a bracket closes it, so the space before it is the one between two
# fields.  The name is two ideographs or more (a spread-out heading's lone 「附 图」 is not one).
_CREDIT_ROLE_AFTER = re.compile(r"(?:文|图|摄|摄影)(?:\s*[/／]\s*(?:文|图|摄|摄影))*\s*(?:[）)]|$)")


def _credit_follows(text: str, start: int, end: int) -> bool:
    """Whether the space ``text[start:end]`` stands between a name and its credit's role."""
    return (_CREDIT_ROLE_AFTER.match(text, end) is not None
            and _IS_IDEOGRAPH(text[start - 2:start - 1]) is not None
            and _IS_IDEOGRAPH(text[start - 1:start]) is not None)


def _is_gap(text: str, start: int, end: int, ends_are_edges: bool, depth: int) -> bool:
    if ends_are_edges and _credit_follows(text, start, end):
        return False
    if _lone_letter(text, start, end):
        return True
    if _runs_on(text, end, ends_are_edges, depth) and not _opens_with_label(text, start):
        return True
    return splits_word(text, start, end)


def _lone_letter(text: str, start: int, end: int) -> bool:
    """Whether a single letter stands between the space ``text[start:end]`` and another space —
    but not the first letter of a two-letter name set to the width of three, the last field of its
    text or before a bracket or a slash (「通讯员 韩 冰」, 「韩 冰/摄」): the space before the name is
    the field's own, the one inside it the typesetter's spacing (``SPREAD_OUT_RE`` alike)."""
    if text[start - 2:start - 1] == " ":
        return True
    if text[end + 1:end + 2] != " ":
        return False
    after = text[end + 3:end + 4]
    return not (_IS_IDEOGRAPH(text[end + 2:end + 3]) and (not after or after in _NAME_ENDS))


def _runs_on(text: str, pos: int, ends_are_edges: bool, depth: int) -> bool:
    """Whether the word at ``pos`` runs on into a clause mark (see ``_RUNS_ON``), through the
    gaps after it (up to ``GAPS_AHEAD_MAX`` of them)."""
    limit = min(len(text), pos + WORD_SCAN_CHARS)
    while True:
        stop = _NEXT_STOP.search(text, pos, limit)
        if stop is None:
            return limit < len(text) or not ends_are_edges
        at = stop.start()
        mark = text[at]
        if mark != " ":
            return mark in _RUNS_ON
        pos = _SPACES_AT.match(text, at).end()  # type: ignore[union-attr]  # (_NEXT_STOP found a space there)
        after = text[pos:pos + 1]
        if not after:
            return not ends_are_edges
        if after in _RUNS_ON:
            return True   # (a space before a mark goes with the mark)
        if _IS_IDEOGRAPH(after) and _IS_IDEOGRAPH(text[at - 1]) and not (
                pos == at + 1 and depth < GAPS_AHEAD_MAX and _is_gap(text, at, pos, ends_are_edges, depth + 1)):
            return False  # (the word ends at a space between fields; a gap inside it does not end it)


def _opens_with_label(text: str, start: int) -> bool:
    """Whether the word before the space at ``start`` is a label (``OPENING_FIELD_RE``)."""
    lo = max(0, start - WORD_SCAN_CHARS)
    last = _LAST_MARK.match(text, lo, start)
    begin = last.end() if last is not None else lo
    for space in IDEOGRAPH_SPACE_RE.finditer(text, begin, start):
        begin = space.end()
    word = text[begin:start]
    return OPENING_FIELD_RE.fullmatch(word.replace(" ", "") if " " in word else word) is not None


def splits_word(text: str, start: int, end: int) -> bool:
    """Whether the space ``text[start:end]`` between two ideographs falls inside a word, as the
    word segmenter reads the ideographs around it (``WORD_CONTEXT`` on each side)."""
    from booklet.typeset.segment import word_bounds   # (the dictionary loads on first use)

    left = _IDEO_RUN_BEFORE.search(text, max(0, start - WORD_CONTEXT), start)
    right = _IDEO_RUN_AFTER.match(text, end, end + WORD_CONTEXT)
    if left is None or right is None:
        return False
    return len(left.group(0)) not in word_bounds(left.group(0) + right.group(0))


# ------------------------------------------------------------------------ running heads ---

# A head whose words only open the title's lines below has at least this many characters: shorter
# words before a number (``材料 2``, ``图 1``) label what follows instead.  (A head repeating a whole
# title line, however short — 「故乡  1」 over 「故乡」 — is the head at any length.)
TITLE_HEAD_MIN_CHARS = 4


# (mast68) A publication's whole name, however long, words only (「宣传工作简报」, 「江城水利工作动态」,
# 「纪检监察工作简报」): a 报头 names its publication so — a bare section name (``BARE_HEAD_RE``) has at
# most four characters, and most offices name their 简报 by their trade before its kind.
PUBLICATION_NAME_RE = re.compile(rf"^{_PUBLICATION}$")


def masthead_name(text: str) -> bool:
    """(bull67) ``text`` is a 报头's name: a bare name (``BARE_HEAD_RE``: 「工作简报」, 「参阅」) or (mast68) a
    publication's whole name (``PUBLICATION_NAME_RE``: 「宣传工作简报」), read closed where it is set spaced
    out (``SPACED_NAME_RE``: 「工　作　简　报」), no date, issue or part's label."""
    text = text.strip()
    if SPACED_NAME_RE.match(text):
        text = "".join(text.split())
    return (BARE_HEAD_RE.match(text) is not None or PUBLICATION_NAME_RE.match(text) is not None) \
        and HEADER_DATED_RE.search(text) is None and LABEL_RE.match(text) is None


def opens_title(words: str, below: Sequence[str]) -> bool:
    """Whether a running head's ``words`` (spaces taken out) open one of the headline lines ``below``
    it (spaces taken out, in reading order) and run on into the lines after: the title cut short at
    the measure, or a title standing under its kicker — at ``TITLE_HEAD_MIN_CHARS`` or more.  (A head
    that is one of the lines whole is its title's head at any length: its callers ask that too.)"""
    return len(words) >= TITLE_HEAD_MIN_CHARS and any("".join(below[j:]).startswith(words) for j in range(len(below)))


# ----------------------------------------------------------------------------- captions ---

# A photo credit at the end of a caption: 「新华社记者 姚大伟/摄」, 「摄影：王五」, 「（新华社记者 李四 摄）」,
# or the photographer's name set apart before 摄 (「…指导学员。 郑雨桐 摄」: prose never spaces 摄 off),
# or the body that supplied the photo, set apart after the caption's stop (「…整修灌溉渠道。 县水利局供图」:
# a sentence never runs on after its stop and a space).
CREDIT_RE = re.compile(r"(?:[/／]\s*摄\s*[）)]?|摄影[：:]?\s*\S{1,12}|[（(][^（()）]{0,24}摄\s*[）)]"
                       rf"|(?<![{IDEOGRAPH}·])[{IDEOGRAPH}·]{{2,4}}[ \u3000]+摄"
                       r"|(?<=[。！？”][ \u3000])[^\s，。、；：！？“”]{2,16}供图)\s*$")
# A figure or table title on its own line: 「图1-1 科技成果产出及出口现状」, 「表1：全市…分布情况」.
# The number is followed by a space or a colon and the title has no punctuation, so a wrapped
# line such as 「图1-1所示，标志着…」 is not taken for one.
# (yb85) A reader may drop the gap between a table's number and its title (「表12025年青禾县主要农作物…」:
# pdfplumber, the PDF reader): a number of one or two figures (``FIGURE_NUMBER_GLUED_MAX``) runs into
# the year a 年鉴's or a report's table opens its title on (19xx/20xx年), and is parted there — a year
# is never a table's number, and a number of three figures or more before it is no table's.
FIGURE_NUMBER_GLUED_MAX = 2
# A figure's or a table's number, read alike wherever it stands (``FIGURE_RE``, ``FIGURE_NUMBER_ONLY_RE``): its
# own or a chapter's and its own within it (「1」, 「1-1」, 「3.2」), of up to three figures, each part after the
# first of up to two — a year's four figures are never a number (a title opens on them: 「表2025　…」 is no table 2025).
_FIGURE_NUMBER = r"\d{1,3}(?:[-.．—]\d{1,2})*"
FIGURE_RE = re.compile(rf"^[图表]\s*(?:{_FIGURE_NUMBER}(?:[ \t\u3000]+|\s*[：:]\s*)"
                       rf"|\d{{1,{FIGURE_NUMBER_GLUED_MAX}}}(?=(?:19|20)\d{{2}}年))"
                       r"[^\s，、。！？；：,;:]{2,30}$")
# (plain86) A figure's or a table's number alone on a line (「表1」, 「图 2」, 「表3：」): the caption's number and its title
# are set on one line apart by a wide gap, and a reader that writes each piece of a line set apart as a text
# block of its own (plain pdftotext) writes the number and the title as two blocks, a blank line between.
FIGURE_NUMBER_ONLY_RE = re.compile(rf"^[图表][ \t\u3000]?{_FIGURE_NUMBER}[：:]?$")
# (plain86) A caption's title names what its table or figure shows (a place, a year, a subject: 「2025年青禾县主要
# 农作物播种面积和产量」); a column's name (「指标」, 「农机总动力」, 「播种面积（万亩）」) is shorter, or ends on its unit
# in brackets, and is the table's first cell, which a reader may write after the number where the title is
# set elsewhere on its row.  So a title read after a bare number holds at least ``CAPTION_TITLE_MIN_CHARS``
# characters and ends on no bracketed unit (``UNIT_IN_BRACKETS_END_RE``, with the table's units below).
CAPTION_TITLE_MIN_CHARS = 6
# (plain86) A table's cell that is a figure and nothing else (「42.6」, 「5420」, 「91.6」, 「2.1%」, 「-0.3」): no heading,
# no title and no line of prose is a bare figure.
FIGURE_CELL_RE = re.compile(r"^[-+−]?\d[\d,，.．]*[%‰]?$")
# (std86b) A table's row read whole, whatever its gaps became (a reader's join may press them out: 「易腐垃圾2402～3每日1次」):
# it opens on its row's name, never on a figure, and a figure stands among its cells.  Not a row alone — a heading may
# hold a year — so asked only under a table's caption (``headings._row_of_caption``).
ROW_WITH_FIGURE_RE = re.compile(r"^[^\d\s]\D*\d")
# (yb85) A table's caption (「表2　2025年青禾县农业机械化主要指标」): ``FIGURE_RE`` for a table, set over its rows.
TABLE_CAPTION_RE = re.compile(r"^表(?=\s*\d)")
# How a caption's first line starts: a date, 图为, 图1, 上图 ….
CAPTION_START_RE = re.compile(rf"^(?:{_YEAR_MONTH}|图为|图[\d一二三四五六七八九十]|上图|下图|左图|右图)")


def is_caption(text: str) -> bool:
    """A photo credit at the end (…新华社记者 姚大伟/摄) or a figure/table title line."""
    return CREDIT_RE.search(text) is not None or (FIGURE_RE.match(text) is not None and "\n" not in text)


# ------------------------------------------------------------------------------ letters ---

# A date line: 「2026年5月12日」, 「2026年5月」.
DATE_ONLY_RE = re.compile("^" + _DATE)
# Lines that are never headings, however short: the 发文字号, the attachment line (「附件：…」) and
# a signature or cover line ending in its date (「党委宣传部 2026年5月12日」, 「2026年5月」), GB/T 9704
# shapes; and a line wholly in brackets — a note under a title (题注: 「（2024年11月28日…会议通过）」),
# a contributor (「（市科技局办公室供稿）」).
_BRACKETED = r"[（(][^（）()]+[）)]$"
# The date line of a 简报's or a circular's colophon names what was done on that day
# (「2026年10月15日印发」, 「2026年5月编印」): a signature's date line all the same.
_SIGN_DATE = _DATE[:-1] + r"(?:\s*(?:印发|发布|编印|印制|制发))?$"
SIGN_DATE_RE = re.compile("^" + _SIGN_DATE)
# A book's or a series' volume set in brackets under its title (「（第二辑）」, 「（第三卷）」, 「（上册）」):
# the title's subtitle, a heading of its own — not a note in brackets, which ``NOT_HEADING_RE`` reads.
_VOLUME = r"[（(]\s*(?:第\s*[一二三四五六七八九十\d]{1,3}\s*[辑卷册集编]|[上中下]\s*[册卷编])\s*[）)]$"
VOLUME_LINE_RE = re.compile("^" + _VOLUME)
NOT_HEADING_RE = re.compile(rf"^(?:{_DOC_NUMBER}|{_FIELD}|.{{0,20}}?{_SIGN_DATE}|(?!{_VOLUME}){_BRACKETED})")
# A line that ends in a signature's or a colophon's date (「党委宣传部 2026年5月12日」, 「2026年5月编印」):
# with no clause punctuation before it, it closes its block as a sentence does.  ``DATED_END_LAST``:
# the characters such a line can end with (most lines are ruled out without the regex).
DATED_END_RE = re.compile(_SIGN_DATE)
DATED_END_LAST = frozenset("日月发布印制")

# A line wholly in one pair of brackets: a block of its own, never the start of a paragraph.
BRACKETED_LINE_RE = re.compile("^" + _BRACKETED)
# White space between two characters that are neither ASCII letters nor figures: items set apart
# in a row (a 名单's names, 「吴新华家庭（…）　郑丽娟家庭」) — not the space a reader puts beside a
# figure (「表彰 2026 年度」).  A title's line is set solid.
ITEMS_APART_RE = re.compile(r"[^\x00-\x7f]\s+[^\x00-\x7f]")
# A salutation opening a letter: 「各基层党委、党总支、直属党支部：」, 「同志们：」.
SALUTATION_RE = re.compile(r"^[^。！？；，,.!?;:：]{2,40}[：:]$")
# An issuing body's name (发文机关署名): it ends in the word for an office, committee, school …
# (科: the section under a 处 or a 局, 「县委宣传部宣教科」).
_ORG_SUFFIX = "(?:部|委|厅|局|处|科|办|院|校|室|会|社|组|中心|政府|大学|学院|公司)"
_ORG = rf"(?!{PART_LABEL_OPEN})[{IDEOGRAPH}（）()]{{2,20}}{_ORG_SUFFIX}"   # (never a part's label: ``PART_LABEL_OPEN``)
ISSUER_RE = re.compile(f"^{_ORG}$")
# (sign82) The bodies that sign a text: one body's name, or a joint signature's names set side by
# side on one row, parted by white space (「县委农办　县商务局联合调研组」, GB/T 9704 7.3.5.1: the
# issuers of a joint text signed in a row or stacked) — each an issuer's name.
SIGNING_BODIES_RE = re.compile(rf"^{_ORG}(?:[ \t\u3000]+{_ORG})*$")
# The last characters a body's name ends on (``_ORG_SUFFIX``' last): a C-speed look before
# ``SIGNING_BODIES_RE`` where every line is asked (``unwrap.quiet_lines``).
ORG_LAST = frozenset("部委厅局处科办院校室会社组心府学司")
# (texta79) A body's name alone on a line, as a 经验交流 material, a 简报's item or an 信息 signs under
# its title (「青山街道党工委」, 「县水利局」, 「中共江城市委组织部」): an issuer's name (``ISSUER_RE``) that
# opens on its own region or level — 「中共」, a place and its level (as ``NAME_OF_ITS_OWN_RE``, and a
# town's or a street's: 「青山街道」, 「柳湾镇」), or a level alone before the body's own words (「县」水利局,
# 「市」委组织部).  The rest of a title the measure wrapped opens inside the title's phrase (「服务中心」).
# The words for a region's level, as a body's name opens on its place and level (「江城市」, 「青山街道」):
# one list, read by the pattern below and by ``titles._body_opens`` where the dictionary parts the words.
REGION_LEVELS = ("省", "市", "县", "区", "州", "盟", "旗", "街道", "镇", "乡")
_BODY_OPENS = rf"(?P<opens>中共|[省市县区]|[{IDEOGRAPH}]{{2,4}}?(?:{'|'.join(REGION_LEVELS)}))"
SIGNING_BODY_RE = re.compile(rf"^(?={_BODY_OPENS}){_ORG}$")
# A document's title as a 公文 or a report is made (GB/T 9704 7.3.1: issuer, 事由, 文种): 「关于…的」
# the matter, then the genre word (文种), which ends the title — nothing of the title follows it
# (「关于…运行情况的调研报告」), so a line under it is the next element of the headline.
_GENRES = ("通知|通报|报告|请示|意见|决定|决议|办法|规定|方案|规划|纲要|细则|批复|函|纪要|总结|公告|通告"
           "|命令|议案|倡议书|倡议|计划|要点|安排|说明|汇报|建议|提案|条例|守则|章程|制度")
# (the genre may be qualified: 「的调研报告」, 「的实施意见」, 「的工作方案」)
DOC_TITLE_RE = re.compile(rf"关于[^。！？；]+的[{IDEOGRAPH}]{{0,4}}?(?:{_GENRES})$")
# (wrap90) A title's rest that is its genre word alone, maybe after 的 and before a bracketed note on the
# text (「报告（摘要）」, 「的通知」, 「方案（试行）」): a title names its matter before its genre, so no element of
# a headline is a genre and nothing more — a line so made is the rest of the title over it, which the measure
# cut before the genre (「青禾县2026年政府工作」 / 「报告（摘要）」).  The note holds at most
# ``GENRE_NOTE_MAX`` characters (摘要, 节选, 试行, 征求意见稿, 代拟稿).
GENRE_NOTE_MAX = 6
GENRE_TAIL_RE = re.compile(rf"^的?(?:{_GENRES})(?:[（(][{IDEOGRAPH}]{{1,{GENRE_NOTE_MAX}}}[）)])?$")
# A letter's addressees (主送机关, GB/T 9704 7.3.2) on the line under its title: bodies' names, 、
# between bodies of a kind and ， between kinds, ending in a colon (「各区（县）精神文明建设委员会，市
# 文明委各成员单位：」).  Every part ends in a body's word, so a lead-in sentence (「为此，我们…发出
# 如下倡议：」) never fits; the text of the letter starts on the next line, however full this one.
_BODY = rf"(?:[{IDEOGRAPH}]|（[^（）：:]{{1,10}}）){{0,24}}?(?:{_ORG_SUFFIX}|单位|部门|机构|街道|乡镇|党组|党总支|党支部)"
ADDRESSEES_RE = re.compile(rf"^{_BODY}(?:[、，,]{_BODY})*[：:]$")
# A row of a 名单 (a list of those commended, elected, admitted): two or more names of bodies or
# households on one line set apart by wide spaces (「江城市第一中学　江城市人民医院　江城市图书馆」,
# 「王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）」) — a line of a list, never a heading.
# (A body's name, not a meeting's: 「全国科技大会 国家科学技术奖励大会」 is a title.)
_LISTED_SUFFIXES = ("部", "委", "厅", "局", "处", "办", "院", "校", "室", "社", "组", "中心", "政府", "公司", "委员会", "协会",
                    "学会", "联合会", "工会", "研究会", "单位", "街道", "乡镇", "社区", "中学", "小学", "幼儿园", "医院", "馆",
                    "站", "所", "队", "家庭")
_LISTED_NAME = rf"(?!{PART_LABEL_OPEN})[{IDEOGRAPH}]{{1,20}}?(?:{'|'.join(_LISTED_SUFFIXES)})"   # (never a part's label)
_LISTED = rf"{_LISTED_NAME}(?:（[^（）]{{1,12}}）)?"
# (lead88) A labelled byline naming the maker's body and no more (「执教：江城市第三中学」, ``_AUTHOR_LABEL``):
# the person's name is set after the body, apart by a space, which an extractor cutting at wide gaps
# writes as a block of its own (「李晓梅」).
AUTHOR_BODY_RE = re.compile(rf"^{_AUTHOR_LABEL}\s*{_LISTED}$")
# A row the measure cut inside its last name's bracket (「…　李秀英家庭（东湖区长青街」 / 「道）」).
_LISTED_CUT = rf"{_LISTED_NAME}（[^（）\s]{{0,12}}"
# … or inside its last name (「江城市税务局第一分局　江城市公共交通集团有限」 / 「公司」).
NAME_ROW_RE = re.compile(rf"^{_LISTED}(?:[ \t\u3000]+(?:{_LISTED}|{_LISTED_CUT}))*"
                         rf"[ \t\u3000]+(?:{_LISTED}|{_LISTED_CUT}|[{IDEOGRAPH}]{{2,20}})$")
# Bodies' names alone, two or more set apart on one line, each whole (「县水利局　县农业农村局」): the
# bodies that wrote an item, under its headline, or a 名单's first row under its title.
BODIES_ROW_RE = re.compile(rf"^{_LISTED}(?:[ \t\u3000]+{_LISTED})+$")
# One such name alone on a line: a line of the 名单 when lines of names stand above and below it
# (a long name takes the row to itself: 「江城经济技术开发区管委会政务服务中心」; an extractor reading
# the rows as table columns puts each name on a line: 「江城市第一中学」 / 「江城市人民医院」).
LISTED_NAME_RE = re.compile(rf"^(?:{_LISTED}|{_LISTED_CUT})$")
# A row whose names are all whole (none cut by the measure): what follows it is a row of its own,
# also one long name alone (「北塘县人民检察院　北塘县农村信用合作联社」 / 「江城经济技术开发区管委会政务服务中心」).
WHOLE_NAME_ROW_RE = BODIES_ROW_RE   # (the same shape: names each whole, set apart, two or more)
WHOLE_NAME_RE = re.compile(rf"^{_LISTED}$")
# The last characters a whole name can end on (a suffix's last, or its bracket's): one C-speed
# look at a line's end rules out a line of prose before ``WHOLE_NAME_RE`` is tried.
LISTED_NAME_LAST = frozenset(suffix[-1] for suffix in _LISTED_SUFFIXES) | {"）"}
# A byline that names the writer's body, then the writer, set apart by a space, as a 学习心得, a
# 读书笔记 or a 专刊 article signs under its title (「江城市民政局 张晓燕」, 「市图书馆读书会 陈立平」).
# A name here holds none of the characters that make a phrase of it (``_NOT_IN_NAMES``).
_PLAIN_NAME = rf"(?:(?!{_NOT_IN_NAMES.pattern})[{IDEOGRAPH}·]){{2,4}}"
# What a compiler line says the body did after its name (「…宣教科 整理」): the verb, never a name.
_COMPILED_VERB = "(?:编印|编写|编辑|主编|选编|编|供稿|整理|撰稿|执笔)"
ORG_BYLINE_RE = re.compile(rf"^{_ORG}(?:[\s\u3000]+(?!{_COMPILED_VERB}$){_PLAIN_NAME}){{1,3}}$")
# A quotation's signature: a dash, who speaks, and the name set apart by a space, as a 交流发言 or a
# news page sets it under a pulled quote (「——桂花苑小区居民 张玉梅」, 「——南湖社区独居老人 陈德厚」).
# The name ends the line whole: the typesetter sets it apart, it is never cut at the measure.
SIGNED_QUOTE_RE = re.compile(rf"^——(?!—)[^\s]+[\s\u3000]+{_PLAIN_NAME}$")
# A compiler line: who compiled, wrote up or supplied the text, the verb after the name
# (「江城市大数据中心 编」, 「党委宣传部编印」, 「张三 整理」).  A person's name is set apart by
# a space (「资料汇编」 is a title, not 「资料汇」 + 编); an office's name ends in its suffix.
COMPILER_RE = re.compile(rf"^(?:{_ORG}\s*|{_NAME}(?:\s+{_NAME}){{0,2}}\s+){_COMPILED_VERB}$")
# A contributor's credit in brackets on a line of its own (「（县应急管理局供稿）」, 「（市科技局办公室供稿）」):
# a 简报's or a news page's item carries it as its byline, under the headline, over the body.
CONTRIBUTOR_LINE_RE = re.compile(rf"^[（(][^（）()]+{_COMPILED_VERB}[）)]$")
# (yb85) A 年鉴's or a 志's credit closing each 分目, in brackets on a line of its own, each contributor's role, a
# colon and the name (「（撰稿：周敏　审稿：陈立新）」, 「（供稿：县农业农村局）」): the roles a yearbook's or a
# report's editors print (``CREDIT_ROLES``), one or several parted by a space.  It closes the entries over it and
# is no part of the head under it (the next 分目's 「畜牧业」).
CREDIT_ROLES = "撰稿|审稿|供稿|执笔|统稿|编辑|校对|责任编辑|摄影|资料提供"
_CREDIT_ROLE_NAME = rf"(?:{CREDIT_ROLES})[：:][^（）()：:\s]{{1,16}}"
CREDIT_ROLES_LINE_RE = re.compile(rf"^[（(]{_CREDIT_ROLE_NAME}(?:[ \u3000]+{_CREDIT_ROLE_NAME})*[）)]$")
# A title's edition or draft status, in brackets on a line of its own under it (GB/T 9704 puts
# （试行） and （征求意见稿） in the title): 「（2026年修订版）」, 「（试行）」, 「（第二版）」.
# A 稿 after 供 or 撰 is a contributor's credit (``CONTRIBUTOR_LINE_RE``: 「（县卫生健康局供稿）」), who
# supplied the text, not what draft it is.
# The edition may be the book's form for its readers, a 本 of a kind (「（干部读本）」, 「（注释本）」,
# 「（普及本）」): a reader or an annotated edition prints it where a revised one prints 修订版.
_EDITION_FORMS = r"(?:读|简|节|选|注释|普及|图解|大字|口袋|学习)本"
EDITION_NOTE_RE = re.compile(rf"^[（(][^（）()]{{0,10}}?(?:修订|增订|版|(?<![供撰])稿|试行|暂行|草案|{_EDITION_FORMS})[）)]$")
# (texts85b) The part of the text printed, named in brackets at the title's end, as a 政府工作报告 printed
# for study or a reader's excerpt names it (「…政府工作报告（摘要）」, 「…释义（节选）」): the title's last
# words, set in its line — an edition is a book's and may be set as a subtitle of its own
# (「（2026年修订版）」), the part printed is this text's.  Alone on a line under the title it is the title's
# line wrapped before its bracket, never a note or a subtitle.
EXCERPT_NOTE_RE = re.compile(r"^[（(](?:摘要|节选|节录|摘编|摘录|摘登)[）)]$")
# A dash-led line without a sentence stop: an attribution under a quotation whatever it names
# (「——《礼记·大学》」, 「——摘自《…》」), or a subtitle under a title; never a heading.
DASH_LED_RE = re.compile(rf"^——(?!—)[^{CN_STOPS}!?;]+$")
# How an attribution opens after its dash when it cites a work, as a subtitle never does
# (「——《礼记·大学》」, 「——摘自《…》」, 「——选自…」).
CITING_OPENERS = ("《", "〈", "摘自", "引自", "选自")

# A standard's designation (GB/T 1.1: 「GB/T 28220」, 「DB 3209/T 0187—2026」, 「GB 50763」).
_STANDARD = r"[A-Z]{2,4}(?:/[A-Z]{1,2})?\s*\d{1,5}(?:\.\d+)*(?:\s*[—–-]\s*\d{4})?"
# An entry of a standard's normative references (GB/T 1.1 clause 2): the designation, then the
# title (「GB/T 28220　公共图书馆服务规范」) — a line of a list, never a heading.
REFERENCE_ENTRY_RE = re.compile(rf"^{_STANDARD}[ \t\u3000]+[{IDEOGRAPH}]")
# (texts84) A citation of a provision (「《中华人民共和国立法法》第八十一条」, 「《…道路交通安全法》第四十七条、
# 第六十二条」, 「《民法典》第一千零四十三条第二款」): a document's title in 《》 and the 条 (款, 项) it points to.
# A 释义's 【相关规定】, a 典型案例's 【法条链接】, a 问答's 法律依据 list such lines one under another; a
# heading names a matter, never a bare pointer into a law.  A reader that lost the line ends between
# two entries reads them as one run (「《…立法法》第八十一条《新时代…纲要》」), which is a citation still:
# titles and provisions in turn, at least one provision among them.  A title alone (「《…纲要》」) is
# read by its place (``headings._cited_beside``), as a section of a 读本 may be headed by a title.
_PROVISION_NO = rf"第\s*[{CN_COUNT}千零〇\d]{{1,8}}\s*"
_PROVISION = rf"{_PROVISION_NO}[条款项](?:{_PROVISION_NO}[款项])*"
_PROVISIONS = rf"{_PROVISION}(?:\s*[、和及至]\s*{_PROVISION})*"
PROVISION_CITATION_RE = re.compile(rf"^(?=.*》\s*{_PROVISION})(?:《[^《》\n]{{2,40}}》\s*(?:{_PROVISIONS})?\s*)+$")
# A document's title in 《》 alone on its line (「《新时代公民道德建设实施纲要》」).
TITLE_ONLY_RE = re.compile(r"^《[^《》\n]{2,40}》$")
# An entry of a standard's terms and definitions (GB/T 1.1 clause 3): the entry number, the term
# and its English equivalent (「3.1　城市书房　urban reading room」) — its definition follows; a
# numbered heading holds no English words.
TERM_ENTRY_RE = re.compile(rf"^\d+(?:\.\d+)+[ \t\u3000]+[{IDEOGRAPH}]+[ \t\u3000]+[A-Za-z][A-Za-z \-]*$")
# The English equivalent of a term opening the line under it, an extractor having cut the entry's
# line at its wide spaces (「3.1」 / 「城市书房」 / 「urban reading room」) and the definition run on
# after it: Latin words up to the first ideograph.
TERM_EQUIVALENT_RE = re.compile(rf"^[A-Za-z][A-Za-z \-]*[A-Za-z](?=[{IDEOGRAPH}]|$)")
# (std86) GB/T 1.1 sets a term's entry as lines of their own: the entry's number alone (「3.1」, 「3.1.1」: a clause 3
# number, two levels or more), the term under it with its English equivalent (「农村生活垃圾　rural domestic waste」), the
# definition under that.  The number's line: a subclause's number (``SUBCLAUSE_NUMBER_RE``) and nothing else.
TERM_NUMBER_RE = re.compile(rf"^\s*{_SUBCLAUSE_NUMBER}\s*$")
# The term's line under its number: the term in ideographs (a reader may space them, 「农 村 生 活 垃 圾」), then its
# English equivalent or the words of it the measure left on the line (「rural」); a heading holds no English words.
TERM_LINE_RE = re.compile(rf"^\s*[{IDEOGRAPH}](?:[{IDEOGRAPH} ]*[{IDEOGRAPH}])?[ \t\u3000]*[A-Za-z](?:[ \t\u3000]?[A-Za-z\-])*\s*$")
# The term alone on its line, its English equivalent cut onto the next by a reader that writes a line at each
# change of font or wide space (pypdf, pdftotext: 「3.1」 / 「农村生活垃圾」 / 「rural」): ideographs only, a term's few
# (``TERM_MAX_CHARS``: a term is a noun phrase — GB/T 1.1's terms run to a dozen characters; a longer run is a line of text).
TERM_MAX_CHARS = 16
TERM_ALONE_RE = re.compile(rf"^\s*[{IDEOGRAPH}]{{2,{TERM_MAX_CHARS}}}\s*$")
_LATIN_OPENING_RE = re.compile(r"^\s*[A-Za-z]")


def term_number_over(texts: Sequence[str], parted: Sequence[bool] = ()) -> bool:
    """(std86) ``texts`` (a line and the lines after it) open on a term entry's number alone over its term — the
    term with its English equivalent (``TERM_LINE_RE``), or the term alone and the English opening the line after it
    (``TERM_ALONE_RE``): GB/T 1.1's entry, whose number stands on its own line.  A clause's number written apart from
    its title (「4.1」 / 「一般规定」) has no English under it; a page number is one level.  ``parted``: per line, whether
    a blank line stands before it — a term alone parted from its number by one is a piece of the number's own printed
    line cut at its wide spaces (pdftotext's blocks: 「3.1」 / (blank) / 「城市书房」 / (blank) / 「urban reading room」,
    the entry set on one line), not a line under it."""
    if len(texts) < 2 or TERM_NUMBER_RE.match(texts[0]) is None:
        return False
    if TERM_LINE_RE.match(texts[1]) is not None:
        return True
    if len(parted) > 1 and parted[1]:
        return False
    return len(texts) > 2 and TERM_ALONE_RE.match(texts[1]) is not None and _LATIN_OPENING_RE.match(texts[2]) is not None


# The English equivalent's words the measure or the reader put on a line of their own (「domestic waste」).
_LATIN_ONLY_RE = re.compile(r"^\s*[A-Za-z][A-Za-z \-]*\s*$")


def term_entry_end(texts: Sequence[str], parted: Sequence[bool] = ()) -> int:
    """(std86) Where a term entry's head ends, ``texts`` opening on its number (``term_number_over``): the index of
    the line holding the English equivalent's last words — the term's line, the English cut onto the next, the words
    wrapped past it (「农村生活垃圾　rural」 / 「domestic waste」).  The definition opens on a line of its own; -1
    where ``texts`` open on no entry."""
    if not term_number_over(texts, parted):
        return -1
    end = 1 if TERM_LINE_RE.match(texts[1]) is not None else 2
    while end + 1 < len(texts) and _LATIN_ONLY_RE.match(texts[end + 1]) is not None:
        end += 1
    return end


# How many lines a term entry's head may take (``term_entries``): the number, the term, its English equivalent cut
# off it and wrapped twice on a pocket page.
TERM_HEAD_LINES_MAX = 5


def term_entries(texts: Sequence[str], parted: Sequence[bool] = ()) -> list[tuple[int, int]]:
    """(std86) The term entries' heads among ``texts`` (a text's lines; ``parted``: whether a blank line stands before
    each, ``term_number_over``), each as (its number's line, the line its English equivalent ends on:
    ``term_entry_end``) — lines set short on purpose, each ending where GB/T 1.1 ends it."""
    found: list[tuple[int, int]] = []
    for i, text in enumerate(texts):
        if text[-1:].isdigit() and (end := term_entry_end(texts[i:i + TERM_HEAD_LINES_MAX],
                                                          parted[i:i + TERM_HEAD_LINES_MAX])) > 0:
            found.append((i, i + end))
    return found


# A row of a specification list turned to text (a 配置表 / 参数表 of a technical guide or a
# procurement list: 「服务器　8～16台，单台不少于64核、512 GB内存」, 「安全设备　防火墙、入侵防御系统各1套」):
# the item's name, the wide space where the table's column rule stood, then its specification —
# figures with their units, parted by the clauses of a list (，、), never a sentence's stop.  The
# name is a short noun with no numbering in it (a heading's 「第一章　总则」, 「专题一　…」, a run-in
# article's 「第十二条　…」 are numbered); a spaced title (「奋斗　奉献」) holds no figure; a run-in
# lead-in ends its sentence with a stop.  Such a row is a line of a list, never a heading, and one
# row never runs on into the next.  The row is read from its first printed line: a row the measure
# wrapped keeps its tail, which opens on no name and gap.  The gap may be one space: pdftotext and
# pdfplumber write the ideographic space so (「安全设备 防火墙、…」, 「交换机 2台，…」), and the figures
# and the list's clauses the row must hold keep a heading's words a space apart out.  A reader that
# sets figures off by spaces writes one before a figure inside any line of prose, though — on both
# sides of it (「额度从 30 万元」), or before a figure that a Latin sign or unit closes (「同比增长 5.9%，」,
# 「低于 8 kN/m²」) — so one space before a figure is the gap only where the figure (a range too,
# 「8～16台」; a date's 11月 is no measure) runs on solid into its measure word and the row sets no
# figure off elsewhere; and a line
# set letter-spaced (「应急 演 练，巡 检…」) holds spaces between ideographs, which a row's
# specification, set solid, does not.
SPEC_NAME_MAX = 6          # (an item's name is a noun of a word or two: 服务器, 安全设备, 不间断电源)
_SPEC_NAME = rf"(?:(?![{CN_DIGITS}第])[{IDEOGRAPH}]){{2,{SPEC_NAME_MAX}}}"
_SPEC_STOPS = "。！？；：:!?;"
_SPEC_FIGURE = r"\d+(?:\.\d+)?(?:[～~—–-]\d+(?:\.\d+)?)?"
_SPEC_LETTER_SPACED = rf"[{IDEOGRAPH}，、] [{IDEOGRAPH}]"
_SPEC_FIGURE_SPACED = rf"[{IDEOGRAPH}，、] \d|\d [{IDEOGRAPH}]"
_SPEC_GAP = (rf"(?:[ \t]*\u3000[ \t\u3000]*"
             rf"|[ \t](?=[{IDEOGRAPH}])(?![^{_SPEC_STOPS}]*{_SPEC_LETTER_SPACED})"
             rf"|[ \t](?={_SPEC_FIGURE}(?![年月日时])[{IDEOGRAPH}])"
             rf"(?![^{_SPEC_STOPS}]*(?:{_SPEC_LETTER_SPACED}|{_SPEC_FIGURE_SPACED})))")
SPEC_ROW_RE = re.compile(
    rf"^{_SPEC_NAME}{_SPEC_GAP}(?=[^{_SPEC_STOPS}]*\d)(?=[^{_SPEC_STOPS}]*[，、,])[^\s{_SPEC_STOPS}][^{_SPEC_STOPS}]*$")
# The same row in a text whose reader sets every figure off by spaces (pdfplumber with a Latin face:
# 「服务器 8 ～ 16 台，单台不少于 64 核、…」): the one space before the figure is the gap or a figure's
# spacing, which the line alone cannot tell (「今年 3 月，小区…」), so a line of this shape is a row only
# beside a row ``SPEC_ROW_RE`` reads (``headings``: a list's rows stand together).
SPEC_ROW_SPACED_RE = re.compile(
    rf"^{_SPEC_NAME}[ \t](?=\d+(?:\.\d+)?(?: ?[～~—–-] ?\d+(?:\.\d+)?)? ?[{IDEOGRAPH}])(?=[^{_SPEC_STOPS}]*[，、,])[^{_SPEC_STOPS}]*$")

# A row of a timetable (会议议程, 日程安排, 培训课程表): it opens on a clock time or a span of them
# (「9:00—9:10　主持人介绍会议有关情况」, 「14:30　分组讨论」, 「下午2:30—4:00」).  A heading names
# a part of the text and never opens on the hour; a schedule is set one row a line, so each row is a
# block of its own, however short and unpunctuated.
_CLOCK = _hour_minute(r"\s*[:：]\s*")   # (a document's: either colon, spaces an extractor put in)
# The parts of the day a row's clock may follow (「下午2:30—4:00」, 「晚上7:00」): a row opens on
# one of them or on the hour's digit (``unwrap``'s look before the pattern reads these).
SCHEDULE_DAYPARTS = ("上午", "下午", "中午", "晚上", "早上")
# … or on a part of the day standing as a cell of its own, set apart from two cells more (「上午  报到
# 一楼大厅」, 「下午  分组讨论  各小组会议室」: the time, what, where — a row of a 日程 that gives no
# hour): a heading never opens on a part of the day cut off from its words by a cell's gap.
_ROW_GAP = r"[ \t\u3000]+"
SCHEDULE_ROW_RE = re.compile(rf"^(?:(?:{'|'.join(SCHEDULE_DAYPARTS)})?\s*{_CLOCK}(?:\s*[—–~～\-至]{{1,2}}\s*{_CLOCK})?"
                             r"(?=[\s\u3000]|[\u3400-\u9fff]|$)"
                             rf"|(?:{'|'.join(SCHEDULE_DAYPARTS)})(?={_ROW_GAP}\S+{_ROW_GAP}\S))")
# A field of a form or of the particulars heading a decision, a contract or a notice (当事人：…,
# 法定代表人：…, 统一社会信用代码：…, 住所：…, 会议地点：…, 联系电话：…): a short label naming what
# is filled in — a person in a role (…人, …人员), a name, a number or code, a place, a time, a
# way to reach someone — its colon, and the value with no clause punctuation (more fields may
# follow on the line, set apart by spaces: 「联系电话：…　传真：…」).  A heading never
# opens on such a label; the label is a noun phrase of at most ``FORM_LABEL_MAX`` ideographs (a
# word or two: 「统一社会信用代码」 is eight), without 的 (a headline's phrase: 「大山里的守望人：…」).
FORM_LABEL_MAX = 8
_FORM_NOUN = r"(?:人|人员|姓名|名称|代码|号码|编号|证号|地址|住所|住址|地点|时间|日期|电话|传真|邮箱|邮编|网址|职务|方式|备注)"
FORM_FIELD_RE = re.compile(rf"^(?:(?!的)[\u3400-\u9fff]){{0,{FORM_LABEL_MAX - 1}}}{_FORM_NOUN}\s*[：:]"
                           r"[^，。；！？,;!?]*$")
# The closing formula of a letter (此致 over 敬礼, 书信格式) or of a 公文 (GB/T 9704: a 请示 ends
# 「妥否，请批示。」 or 「以上请示当否，请批示。」, a 报告 「特此报告。」, a 通知 「特此通知。」, a 函
# 「特此函告。」): a short set phrase alone on its line, a paragraph of its own after the body, never
# a heading.  The 公文 formula is a whole sentence, so it is known only as the whole line.
CLOSING_RE = re.compile(r"^(?:此致"
                        r"|(?:以上(?:请示|报告|意见|方案)?)?[妥当可]否[，,]?(?:请|望)(?:批示|批复|审批|审定|示复)[。.]"
                        r"|特此(?:请示|报告|通知|函告|函复|函达|批复|公告|通告|通报|说明|证明)[。.])$")
# (sign82) The 附件说明 (GB/T 9704 7.3.4): 「附件：」 opens a line under the body, with the attached
# document's title after it or the first of a numbered list of titles (「附件：1．…测算表」 / 「2．…情况」),
# each later item on a line of its own, set in under the text after the colon.
ANNEX_LINE_RE = re.compile(r"^附件\s*[：:]")
# A row of a 版记 (GB/T 9704: the distribution rows under the body, each item opening its own line):
# 「报：市委办公室，…。」, 「送：…」, 「发：…」, 「抄送：…」, 「分送：…」, 「抄报：…」.  The label is one of these
# few words and its colon; the value lists bodies, commas between them.
COLOPHON_ROW_RE = re.compile(r"^(?:抄?[报送发]|分[送发]|主送|印发)\s*[：:]\s*\S")
# (banji82) The 版记's last row, the 印发 row (GB/T 9704 7.4.3): the printing office at the left and
# the day it was printed at the right, one row across the measure (「江城市民政局办公室　　2026年10月20日印发」).
# A reader that breaks at the row's wide gap or at the measure writes it in pieces (pdftotext:
# 「江城市民政局办公室」 / 「10 月 20 日印发」, the date's head 「2026 年」 after the page's folio); the piece
# that ends the row is its office (no figure, no punctuation) and any tail of its date before 「印发」
# (cut anywhere: 「月20日印发」, 「日印发」).
_PRINTING_BODY = r"[^\d\s，。；：:、（）()《》“”\"]{2,24}?"
PRINTING_ROW_RE = re.compile(rf"^(?P<body>{_PRINTING_BODY})?\s*"
                             r"(?P<date>(?:(?:\d{4}\s*)?年\s*)?(?:(?:\d{1,2}\s*)?月\s*)?(?:(?:\d{1,2}\s*)?日\s*)?)印发$")
# The head of such a row's date cut off before its tail (「2026 年」, 「2026 年 10 月」, 「2026年10月20」), or
# the whole date where the reader wrote 「印发」 alone at the row's right.
DATE_HEAD_RE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}(?:\s*月(?:\s*\d{1,2}(?:\s*日)?)?)?)?$")
# A whole printing day (the head and the tail joined).
PRINTING_DAY_RE = re.compile(rf"^{_WHOLE_DAY}\s*$")
# A row of a table turned to text (the 统计表 of a 调研报告 or 简报: 「主城区　172　2036　9860」,
# 「区域　设施数量（个）　托养床位（张）」): a printed line of ``TABLE_CELLS_MIN`` cells or more, parted
# by the wide white space that stood between the table's columns (ideographic spaces, or a run
# of spaces where a reader measured the gap), each cell a short word or a figure with no clause
# punctuation; and either a cell that is a figure (a data row) or a cell naming its unit in
# brackets (a header row: 「满意度（%）」).  A heading or slogan set with spaces (「奋斗　奉献　担当」)
# has neither; a sentence has clause punctuation.  Such a row is a block of its own, never a heading.
TABLE_CELLS_MIN = 3        # (two cells are a spaced title as often as a row: 「第一章　总则」)
TABLE_CELL_MAX = 16        # (a cell is a short name or a figure; the longest row label is a phrase)
_TABLE_GAP = r"(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})"
# A cell's characters: no white space (the gap), no clause punctuation, no colon (a field's).
_CELL_CHAR = r"[^\s，。；！？,;!?：:]"
_TABLE_CELL = rf"{_CELL_CHAR}{{1,{TABLE_CELL_MAX}}}"
_TABLE_FIGURE = r"[-+－]?\d[\d.,%％‰]*"
# A header cell's unit in brackets names a unit of measure (「（个）」 「（万亩）」 「（%）」 「（km）」), a magnitude
# before it at most — never any bracketed word: a Word line spaced around its Latin digits that ends on a bracketed
# note (「青禾县 2026 年政府工作报告（摘要）」) is a title, and read as a label, a figure and a unit cell it became a
# table row whose spaces stay (and so no title).
_UNIT_CHARS = "个件条家所项处座台辆名户次元吨亩套张人米里克斤升瓦度时秒天日年月岁间床栋株头只匹册本篇部份批场期届顷方公千小平立分"
_BRACKETED_UNIT = rf"[（(](?:[%％‰℃]|[A-Za-z²³/·]{{1,6}}|[万亿千百十]?[{_UNIT_CHARS}/]{{1,4}})[）)]"
_TABLE_UNIT = rf"[^\s（）()]*{_BRACKETED_UNIT}"
# (plain86) A column's name that ends on its unit in brackets (「播种面积（万亩）」, 「增长（%）」): the same units a
# header cell names (``_BRACKETED_UNIT``) — a caption's title ends on no unit (``CAPTION_TITLE_MIN_CHARS``), though
# it may end on a bracketed note (「（摘要）」, 「（单位：万元）」).
UNIT_IN_BRACKETS_END_RE = re.compile(rf"{_BRACKETED_UNIT}$")
# Readers that write the gap between two cells as one space (pdftotext, pdfplumber: 「主城区 172
# 2036 9860」) leave a row looking like words a space apart — and like a line of a Word document
# whose figures the word processor set off by spaces (「市科技局 2025 年工作总结和 2026 年工作思路」).
# A table's row keeps its label cells first and its figures (a header row: its units) together
# after them, so such a row is read as one only in that shape: one or two label cells (words of
# two characters or more opening on an ideograph or a bracket, or a row's number), then
# ``TABLE_CELLS_MIN - 1`` cells or more that are all figures or units.  A line of prose puts
# words between its figures; a spaced date (「2026 年 11 月」) has one-character words.
TABLE_LABELS_MAX = 2       # (a row's label: its name, and a number or a second name before it)
# (texts81) A key figures list (主要指标, a 调研报告's or a 统计公报's) writes each cell's figure with its
# measure word or its rate's name (「乡镇快递服务站　12个　覆盖率100%」, 「农村快递日均处理量　6.8万件　同比增长
# 27.4%」): a count — a figure and a measure word of things counted, never a date's 年月日 — or a named
# rate (a name of up to ``TABLE_RATE_NAME_MAX`` ideographs, a figure, its per cent sign) is a figure cell.
TABLE_RATE_NAME_MAX = 6    # (a rate's name: 覆盖率, 同比增长, 覆盖建制村)
_TABLE_COUNT = r"\d+(?:\.\d+)?[万亿]?[个件条家所项处座台辆名户次元吨亩套张]"
_TABLE_RATE = rf"[{IDEOGRAPH}]{{0,{TABLE_RATE_NAME_MAX}}}(?:\d+(?:\.\d+)?[%％]|{_TABLE_COUNT})"
_TABLE_KEY = rf"(?:{_TABLE_FIGURE}|{_TABLE_UNIT}|{_TABLE_COUNT}|{_TABLE_RATE})"
_TABLE_LABEL = rf"(?:{_TABLE_FIGURE}|[{IDEOGRAPH}（(]{_CELL_CHAR}{{1,{TABLE_CELL_MAX - 1}}})"
TABLE_ROW_RE = re.compile(
    rf"^(?:(?=(?:.*{_TABLE_GAP})?{_TABLE_KEY}(?:{_TABLE_GAP}|$))"
    rf"{_TABLE_CELL}(?:{_TABLE_GAP}{_TABLE_CELL}){{{TABLE_CELLS_MIN - 1},}}"
    rf"|{_TABLE_LABEL}(?: {_TABLE_LABEL}){{0,{TABLE_LABELS_MAX - 1}}}(?: {_TABLE_KEY}){{{TABLE_CELLS_MIN - 1},}})$")

# (texts84) A table's header row names its columns in words alone (「指标　单位　数量」, 「作物　面积　产量」):
# ``TABLE_CELLS_MIN`` cells or more parted by the table's wide gaps, no figure or unit needed.  That
# shape alone is a spaced slogan's too (「奋斗　奉献　担当」); a header is known by the row under it, a
# row of the same table (``TABLE_ROW_RE``) with as many cells (``headings._table_head``).
TABLE_GAP_RE = re.compile(_TABLE_GAP)
# (yb85) A row of a grid a reader wrote with one space for each gap (pdfplumber, pdftotext: 「农机总动力 万千瓦 96.8」,
# 「拖拉机 台 5420」): ``TABLE_CELLS_MIN`` cells or more, a name first, a figure last, no mark of prose in it — a unit
# cell in words (「台」, 「万千瓦」) is no figure ``TABLE_ROW_RE`` reads.  Alone, a line of a Latin-digit design may
# look so (「新增 126 家」 has two cells); read as a row only beside another such row (``unwrap.ROW_KINDS``).
GRID_ROW_RE = re.compile(rf"^[{IDEOGRAPH}]{_CELL_CHAR}{{1,{TABLE_CELL_MAX - 1}}}(?: [^\s，。、；：！？“”‘’,;:!?]{{1,{TABLE_CELL_MAX}}}){{{TABLE_CELLS_MIN - 2},}}"
                         rf" [-+－]?\d[\d.,%％‰]*$")
# (yb85) A row of such a table whose cells a reader's join pressed together: the row the measure or a page
# wrapped (「主要农作物耕种收综合机械化率　%」 / 「91.6」) comes back whole with the gap at the break lost
# (「主要农作物耕种收综合机械化率　%91.6」, or one space for a gap: pdftotext) — fewer cells than a row, but still a
# name, a gap and a last cell that ends on the row's figure.  Read as a row only under a row of the table
# (``headings._row_under_row``): alone it is a heading's shape as often (「第一章　2025年」 has no figure last, but a
# label and a number may: 「第二部分　附表3」).
TABLE_ROW_PRESSED_RE = re.compile(rf"^{_TABLE_LABEL}(?:{_TABLE_GAP}| )(?:{_CELL_CHAR}*(?:{_TABLE_GAP}| ))?"
                                  rf"{_CELL_CHAR}{{0,{TABLE_CELL_MAX}}}\d[\d.,%％‰]*$")
TABLE_WORD_ROW_RE = re.compile(rf"^{_TABLE_CELL}(?:{_TABLE_GAP}{_TABLE_CELL}){{{TABLE_CELLS_MIN - 1},}}$")

# (plan89) A row of a table whose cells hold clauses, as any reader writes it (an 应急预案's levels table:
# 「Ⅳ级　1小时降雨量达到30毫米以上，或局部出现积水　市指挥部办公室」): a clause's comma or 顿号 inside, then a gap between
# two ideographs — the table's wide gap, or the one space pdfplumber and pdftotext write for it — and a last cell
# of ideographs alone (a body, a post: who acts).  A Latin-digit design spaces a figure or a Latin word from its
# ideographs, never two ideographs (「达到 30 毫米」), and a spaced-out title holds no clause: a gap between two
# ideographs after a clause is a cell's edge.  Read as a row only beside a row (``headings._clause_row_among_rows``).
CLAUSE_ROW_RE = re.compile(rf"^[^\s，。；：！？,;:!?][^\n]*[，、；][^\n]*[{IDEOGRAPH}）)][ \t\u3000]+[{IDEOGRAPH}]{{2,{TABLE_CELL_MAX}}}$")
# (plan89) A table's header row of column names in words, parted by any gap (one space too: pdfplumber, the
# direct reader's 「响应级别 启动条件　指挥机构」): ``TABLE_CELLS_MIN`` names or more of two ideographs or more
# (names of one character parted by gaps are a spaced-out title's: 「学　习　强　国」), no figure, no mark.
TABLE_NAMES_ROW_RE = re.compile(rf"^[{IDEOGRAPH}]{{2,{TABLE_CELL_MAX}}}(?:[ \t\u3000]+[{IDEOGRAPH}]{{2,{TABLE_CELL_MAX}}}){{{TABLE_CELLS_MIN - 1},}}$")

# (table83) One cell of such a table, where a reader wrote each cell on a line of its own (plain
# pdftotext: a table's cells are text blocks of their own, row by row, a blank line apart — 「乡镇快递服务站」
# / 「12 个」 / 「覆盖率 100%」): a figure cell (a figure, a count, a named rate, a header's unit) and a
# label cell (a row's name, 「主城区」, 「合计」: opening on an ideograph or a bracket).  Asked of the cell with
# the spaces a Latin-digit design sets between a figure and its ideographs taken out (``TABLE_CELL_SPACE_RE``).
TABLE_KEY_CELL_RE = re.compile(rf"(?:{_TABLE_KEY})$")
TABLE_LABEL_CELL_RE = re.compile(rf"[{IDEOGRAPH}（(]{_CELL_CHAR}{{0,{TABLE_CELL_MAX - 1}}}$")
# (one space: a wider run is the gap between two cells of a row written whole)
TABLE_CELL_SPACE_RE = re.compile(rf"(?<=[\d%％]) (?=[{IDEOGRAPH}])|(?<=[{IDEOGRAPH}]) (?=[-+－]?\d)")

# The roles a short unpunctuated line plays besides a heading, each known by the shape documents
# give it (GB/T 9704 letters, 简报, newspapers, speeches); the first that fits names the role.
SHORT_LINE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("field", NOT_HEADING_RE),       # 发文字号, 附件：…, a line ending in its (colophon) date, （…）
    ("byline", BYLINE_LABEL_RE),     # 本报记者 张三, 作者：李四, 县委书记 周明远
    ("byline", ORG_BYLINE_RE),       # 江城市民政局 张晓燕
    ("byline", POET_BYLINE_RE),      # 〔清〕顾秋帆, （唐）李白: a poet's period in brackets, the name
    ("turn", SPEAKER_TURN_RE),       # 问：在户外遇到洪水怎么办？ 答：主要靠合作社…
    ("compiler", COMPILER_RE),       # 江城市大数据中心 编
    ("list row", NAME_ROW_RE),       # 江城市第一中学　江城市人民医院
    ("attribution", DASH_LED_RE),    # ——《礼记·大学》
    ("code", CODE_LINE_RE),          # DB 3209/T 0187—2026 (a standard's designation under its title)
    ("reference", REFERENCE_ENTRY_RE),  # GB/T 28220　公共图书馆服务规范
    ("reference", PROVISION_CITATION_RE),  # 《中华人民共和国立法法》第八十一条
    ("term", TERM_ENTRY_RE),         # 3.1　城市书房　urban reading room
    ("spec row", SPEC_ROW_RE),       # 服务器　8～16台，单台不少于64核、512 GB内存
    ("schedule", SCHEDULE_ROW_RE),   # 9:00—9:10　主持人介绍会议有关情况
    ("field", FORM_FIELD_RE),        # 法定代表人：周建华
    ("closing", CLOSING_RE),         # 此致
    ("table row", TABLE_ROW_RE),     # 主城区　172　2036　9860
)


# The roles of ``short_line_role`` that are rows set in cells (a timetable's 「下午  分组讨论  各小组会议室」,
# a table's figures, a list's row): a row is one of its kind, set whole on its line — never an item's
# title over its 来源 line, nor a question's first line.
ROW_ROLES = frozenset({"schedule", "table row", "list row", "spec row"})


def short_line_role(text: str) -> str | None:
    """The role a short line's shape gives it other than a heading (``"field"``, ``"byline"``,
    ``"compiler"``, ``"turn"``, ``"list row"``, ``"attribution"``, ``"code"``, ``"reference"``, ``"term"``, ``"spec row"``, ``"schedule"``, ``"closing"``, ``"table row"``), or None: a heading unless its context says otherwise."""
    for role, shape in SHORT_LINE_ROLES:
        if shape.match(text) is not None:
            return role
    return None


# For each role, the entries of ``SHORT_LINE_ROLES`` down to its last one: whether a line has
# that role is settled there (a shape further down never gives it), so ``has_short_line_role``
# tries those only — a byline's three where ``short_line_role`` tries all fifteen on a line of
# prose.
_ROLES_UP_TO: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    role: SHORT_LINE_ROLES[:max(k for k, (other, _) in enumerate(SHORT_LINE_ROLES) if other == role) + 1]
    for role, _ in SHORT_LINE_ROLES}


def has_short_line_role(text: str, role: str) -> bool:
    """``short_line_role(text) == role``, asking only the shapes that can settle it (``_ROLES_UP_TO``)."""
    for other, shape in _ROLES_UP_TO[role]:
        if shape.match(text) is not None:
            return other == role
    return False
# A newspaper kicker (引题) says who reported what and ends by introducing the title it heads: in a
# colon, or in a reporting verb (「习近平在…时强调」, 「…作出重要指示」, 「…致信」).  A title never
# ends so (the title is what was said).
REPORTING_VERBS = ("强调", "指出", "表示", "要求", "致信", "致电", "回信", "作出(?:重要)?指示", "作出(?:重要)?批示",
                   "主持召开", "出席", "会见")
KICKER_END_RE = re.compile(rf"(?:[：:]|{'|'.join(REPORTING_VERBS)})$")
# (joined83) A meeting's kicker (引题) names the meeting and ends on the verb by which it took up the
# matter the title names (「县政府召开专题会议部署」 / 「冬季农村道路安全隐患排查整治」, 「市政府新闻办召开
# 新闻发布会介绍」 / 「前三季度全市经济运行稳中向好」): the title is that verb's object, so the kicker ends
# on it as a speaker's kicker ends on 强调.  The verb stands right after the meeting's name (会议, 常委会,
# 发布会 …), where a title's line cut by the measure ends there only by chance; asked with
# ``KICKER_END_RE`` by ``kicker_end``.
MEETING_VERBS = ("研究部署", "研究", "部署", "介绍", "通报", "审议")
MEETING_KICKER_END_RE = re.compile(rf"会议?(?:专题)?(?:{'|'.join(MEETING_VERBS)})$")

def kicker_end(text: str) -> bool:
    """(joined83) ``text`` ends as a kicker does over the title it introduces: on a colon or a
    reporting verb (``KICKER_END_RE``: what a speaker said is the title), or on the verb by which a
    meeting named just before it took up the title's matter (``MEETING_KICKER_END_RE``: 「区委区政府
    召开专题会议研究」 / 「今冬明春安全生产重点工作」) — the title is that verb's object, so the widths
    (a kicker set near the body's size, 15 em over a one-line title of 14) and the phrase tests (the
    verb waits for its object) cannot part them, and the verb's end does."""
    return KICKER_END_RE.search(text) is not None or MEETING_KICKER_END_RE.search(text) is not None


# ------------------------------------------------------------------- tables of contents ---

# A table-of-contents row: dot leaders or a tab, then the page number (「…根基 .....1」).
TOC_ROW_RE = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,4}(?:\s|$)")
# A line ending in a leader and a page number.
TOC_LINE_RE = re.compile(r"(?:\.{3,}|…{2,}|\t)\s*\d+$")

# ----------------------------------------------------------------------- web boilerplate ---

# Furniture pasted with a web article: 责任编辑：…, 【纠错】, 分享到, 扫一扫, 打印/关闭窗口, 字号,
# 上一篇/下一篇, 相关新闻, 返回顶部.  来源 and date lines are metadata, not furniture.
WEB_BOILERPLATE_RE = re.compile(
    r"^\s*(?:[【\[]?\s*纠错\s*[】\]].*|.*【纠错】|[(（【]?\s*责任编辑\s*[:：].*|[(（]?\s*编辑\s*[:：].{0,20}"
    r"|分享到\s*[:：]?.*|扫一扫.*|【?\s*打印(?:本页)?\s*】?|【?\s*关闭(?:窗口)?\s*】?"
    r"|【?打印】?\s*【?关闭(?:窗口)?】?|.*字号\s*[:：]\s*大\s*中\s*小.*|字号\s*[:：].*|【字体[：:].*】"
    r"|【\s*(?:打印|关闭)\s*】.*|返回顶部|(?:上一篇|下一篇)\s*[:：].*|相关(?:新闻|阅读|链接)\s*[:：]?)\s*$")
# Words one of those lines must contain: one C-level scan finds the few lines worth a look.
WEB_WORDS_RE = re.compile(r"纠错|编辑|分享到|扫一扫|打印|关闭|字号|字体|返回顶部|一篇|相关")

# ----------------------------------------------------------------------- a browser's print ---

# A browser printing a page (Chrome, Edge, Firefox, Safari with "headers and footers" on) sets
# the same furniture on every page it prints, one page too: at the head the moment of printing
# and the page's title (``2026/11/30 15:42      <title>``, ``2026-11-30 下午3:42``, ``11/30/26,
# 3:42 PM``), at the foot the page's address and its count of pages (``https://…html      1/2``).
# The time of day (hh:mm) beside a date is the head's signature: a document dates its text by
# the day; the address and ``n/m`` are the foot's.
_PRINT_DAY = rf"(?:{_FIGURES_DAY}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_WHOLE_DAY})"
# (a browser's: the ASCII colon, seconds, AM/PM)
_PRINT_CLOCK = rf"(?:[上下]午\s*)?{_hour_minute(':')}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?"
# A head's moment of printing, the page's title after it or not (an extractor may write the
# two ends of the row as lines of their own, or glue them: ``15:42关于…``).
PRINT_HEAD_RE = re.compile(rf"^{_PRINT_DAY}[\s,，]*{_PRINT_CLOCK}(?:\s*(?P<title>[^\d\s:].*))?$")
# A foot's address, its count of pages after it or not (``1/2`` may be written as a line of its
# own, where ``PAGE_NUMBER_RE`` takes it).
# A viewer's copy glues the two ends of the row (``…art_1029_58213.html1/2``): the count then
# follows the address's last word, never its digits or a slash (``…/2026/11/30`` is an address).
PRINT_FOOT_RE = re.compile(r"^(?P<address>(?:https?|file)://\S+?|about:blank)"
                           rf"(?:(?:\s+|(?<=[^\d/])){_PAGE_OF_COUNT})?$")
# The count of pages alone (``1/2``): a browser's page number, page n of m.
PAGE_COUNT_RE = re.compile(rf"^{_PAGE_OF_COUNT}$")

# --------------------------------------------------------------------------- separators ---

# A line that is only a separator ornament: ``* * *``, ``---``, ``＊＊＊``.
SEPARATOR_RE = re.compile(r"^([-*_＊])(?:[ \t]*\1){2,}$")
SEPARATOR_FIRST = frozenset("-*_＊")


# ------------------------------------------- dates, occasions and speakers as cited ---
# How a quotation says where it comes from (``booklet verify`` reads these):
# 「——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）」, 「习近平总书记在…上强调：“」.

# A date as text gives it: 「2023年2月21日」, 「2020年9月」, ``2023-02-21`` (years 1900–2099).
CITED_DATE_CN_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
CITED_DATE_ISO_RE = re.compile(r"\b((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?\b")
# 「在…上/时/中/期间」: the occasion a speech was given at.  The closing word must end the
# phrase (「上的讲话」, 「时强调」, 「中指出」, 「上，」), so 「在上海出席…」 and 「在二十届中央…」
# do not end early.
OCCASION_RE = re.compile(r"在([^，。；！？“”（）()]{2,60}?)(?:上|时|中|期间)"
                         r"(?=的|发表|作|所作|强调|指出|表示|说|讲|提出|要求|，|,|：|:|（|\(|、|重要|$)")
# What two spellings of one occasion may differ in: spaces, quotes, book-title marks.
OCCASION_NOISE_RE = re.compile(r"\s+|[“”\"'‘’《》]")
# 「在这篇重要文章中」, 「在此次会议上」: pointing back at a text, naming no occasion.
ANAPHORIC_OPENINGS = ("这", "此", "该", "那", "本", "上述")
# A cited attribution: a leading dash (one or two, of any width), then an occasion, a speech
# word or a date, ending in its date, a closing bracket or the kind of text.  Looser than
# ``ATTRIBUTION_RE`` (which decides the cleaner's blocks): it also reads a line the cleaner
# left as a paragraph.
CITED_ATTRIBUTION_HEAD_RE = re.compile(r"^\s*[—－\-]{1,2}\s*(?=\S)")
# The kinds of text an attribution names (「…的讲话」, 「…的贺信」, 「…作出的批示」).
_SPEECH_KINDS = "讲话|讲稿|发言|致辞|贺信|回信|报告|指示|批示"
SPEECH_WORD_RE = re.compile(rf"{_SPEECH_KINDS}|讲|强调|指出|文章|会议")
CITED_ATTRIBUTION_END_RE = re.compile(rf"(?:[）)]|日|{_SPEECH_KINDS}|文章|强调|指出)$")
# A speech's subtitle naming the occasion and the kind of speech, whole once the kind is said
# (「——在市直机关工委专题党课上的辅导报告」, 「——在全县经济工作会议上的讲话」): nothing of the subtitle
# follows its kind, so the line under it is the headline's next element (the speaker, the date).
SPEECH_SUBTITLE_RE = re.compile(rf"^——(?!—)[^，。；！？,;!?（）()]*(?:{_SPEECH_KINDS})$")
# The kinds of piece a news or feature subtitle names last (「——江城区完成年度老旧小区改造任务见闻」,
# 「——…读书分享会现场实录」, 「——县民政局推进普惠养老托育服务纪实」): like a speech's kind, nothing of the
# subtitle follows it.  (Not 调查, 观察, 访谈: each may be cut from the word the next line ends, 「调查」 / 「报告」.)
_REPORTAGE_KINDS = "纪实|实录|见闻|侧记|速写|手记|札记|综述|巡礼|掠影"
# A —— subtitle whole once it says the kind of piece, a speech's or a report's.
PIECE_SUBTITLE_RE = re.compile(rf"^——(?!—)[^，。；！？,;!?（）()]*(?:{_SPEECH_KINDS}|{_REPORTAGE_KINDS})$")
# (news85) A feature's (通讯's) subtitle opens on 记 and names whom the piece is about — a person, a post or
# a body (「——记全国古籍保护先进集体江州市图书馆古籍部」): what it names ends it, so a line that ran to its
# measure goes on with that subject, whatever its shape.
PROFILE_SUBTITLE_RE = re.compile(r"^——(?!—)记(?![录者])")
# The elements of a headline set under a —— subtitle on lines of their own, which no subtitle's rest
# opens as: the reporters' byline opening on their role (「本报记者」 / 「本报记者 沈一帆」: ``-layout`` may
# set the names in a line of their own) and the note a compiler puts in brackets under a transcript's
# or a speech's headline (「（根据现场录音整理，小标题为编者所加）」, 「（本文根据…整理）」).
REPORTERS_OPEN_RE = re.compile(r"^(?:本报|本刊|新华社|特约)(?:见习)?(?:记者|通讯员)")
COMPILER_NOTE_RE = re.compile(r"^[（(](?:根据|本文|本稿|此文|编者|小标题)")
# A speaker's post alone under a speech's subtitle, the name set apart or dropped by the extractor:
# a body and its office (「市直机关工委书记」, 「江城县人民政府县长」).  A wrapped ——记 subtitle's rest may
# read so too (「——记…」 / 「青石镇党委书记」), so it is asked only under a subtitle that is whole.
POST_LINE_RE = re.compile(rf"^[{IDEOGRAPH}]{{2,16}}{_OFFICE}$")
# A wrapped attribution is still one line's worth of words.
CITED_ATTRIBUTION_MAX_CHARS = 90
# 「（2023年2月21日）」 alone: the tail of an attribution wrapped onto its own line.
BRACKETED_DATE_RE = re.compile(r"^\s*[（(]\s*[^（）()]{0,12}?\d{4}\s*年[^（）()]{0,12}[）)]\s*$")
# The verbs that open a speaker's quotation in running text, longest first when matched.
SPEECH_VERBS = ("深刻指出", "明确指出", "鲜明指出", "指出", "特别强调", "再次强调", "反复强调",
                "进一步强调", "强调", "表示", "要求", "提出", "说过", "说", "讲", "阐述",
                "寄语", "号召", "告诫", "勉励", "希望")
SPEAKER_TITLES = r"(?:总书记|同志|主席|总理|委员长|书记|部长)"
# 「习近平总书记在…大会上作出全面部署，强调“…”」: at most this many characters (an occasion)
# between the speaker and the verb.
SPEAKER_GAP_CHARS = 60
_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEAKER = (rf"(?:[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}{SPEAKER_TITLES}?"
            rf"|{SPEAKER_TITLES}|他|她)")
# Speaker, words, speech verb, opening mark: 「习近平指出，“」, 「他强调：“」.  A speaker is a
# title, a pronoun, or a name (a common surname and one or two characters).
SPEAKER_OPENING_RE = re.compile(
    rf"({_SPEAKER})([^{CN_STOPS}“”]{{0,{SPEAKER_GAP_CHARS}}}?)({_VERB})[，,：:]?\s*“")
