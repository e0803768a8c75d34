"""(speed90) The looks taken before a pattern, and the scans that replaced a call a line, give what the plain
reading gives.

``bands._heading_copies`` maps ``shapes.SECTION_OPEN_LOOK_RE`` over the lines before ``opens_on_number`` (a
section heading's number opens on a digit, a Chinese digit, 「（」 or 「第」, past white space); ``unwrap._part_lines``
maps ``shapes.PART_WORD_LINE_RE`` (``PART_WORD_RE`` of the stripped line) in place of a strip and a match a
line; ``verse.verse_lines`` refuses a line whose last character is no verse mark nor closer
(``verse._MARKED_LAST``) before ``_set_short``.  Each is held to the plain reading on random text made of the
characters that matter, and the two regex classes the looks lean on (``\\s`` is ``str.isspace``, ``\\d`` is
``str.isdecimal``) are checked over every code point.
"""

from __future__ import annotations

import random
import re
import sys

from booklet.clean import unwrap, verse
from booklet.clean.lines import to_lines
from booklet.rawlines import RawLine
from booklet.shapes import (CN_DIGITS, PART_WORD_LINE_RE, PART_WORD_RE, PART_WORDS, SECTION_OPEN_LOOK_RE,
                            SECTION_OPEN_RE, opens_on_number)

SPACES = [" ", "\u3000", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "\n"]
SECTION_ALPHABET = [*CN_DIGITS, "百", "零", "（", "）", "(", ")", "第", "章", "节", "篇", "部", "、", "．", ".", "1", "9",
                    "１", "٣", "²", "①", "字", "，", *SPACES]
PART_ALPHABET = [*"".join(PART_WORDS), "字", "，", "。", *SPACES]
VERSE_ALPHABET = [*"，。？！；、,?!;", *"”’」』）)", "字", "诗", "1", "〔", "〕", " ", "\u3000"]


def _texts(alphabet: list[str], seed: str, count: int = 6000, longest: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_the_classes_the_looks_lean_on_are_the_string_methods_on_every_code_point() -> None:
    space, digit = re.compile(r"\s").match, re.compile(r"\d").match
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space(char) is not None) == char.isspace(), hex(code)
        assert (digit(char) is not None) == char.isdecimal(), hex(code)


def test_section_look_lets_through_every_stripped_line_opening_on_a_section_number() -> None:
    texts = _texts(SECTION_ALPHABET, "section") + ["一、总则", "  （三）措施", "\u3000第二章 总则", "１、目标", "12．要求"]
    opening = [text for text in texts if SECTION_OPEN_RE.match(text.strip()) is not None]
    assert len(opening) > 50   # (the draw holds the shapes it must let through)
    for text in texts:
        if SECTION_OPEN_RE.match(text.strip()) is not None:
            assert SECTION_OPEN_LOOK_RE.match(text) is not None, text
        if SECTION_OPEN_LOOK_RE.match(text) is None:
            assert not opens_on_number(text.strip(), clause_numbers=False), text


def test_section_look_refuses_prose() -> None:
    for text in ("会议强调，要坚持问题导向。", "“十四五”时期", "  推进工作", "、一"):
        assert SECTION_OPEN_LOOK_RE.match(text) is None, text


def test_part_line_is_the_part_word_of_the_stripped_line() -> None:
    texts = _texts(PART_ALPHABET, "parts") + [f"{space}{word}{space}" for word in PART_WORDS for space in SPACES]
    assert sum(PART_WORD_RE.match(text.strip()) is not None for text in texts) > 100
    for text in texts:
        assert (PART_WORD_LINE_RE.match(text) is not None) == (PART_WORD_RE.match(text.strip()) is not None), repr(text)


def _lines(texts: list[str]) -> list:
    return to_lines([RawLine(text, k + 1) for k, text in enumerate(texts)])


def test_part_lines_reads_the_lines_named_by_their_part() -> None:
    lines = _lines(["关于加强基础研究的实施意见", "前言", "为深入贯彻落实……，制定本意见。", "附 录", "编后记", "后记者"])
    assert unwrap._part_lines(lines) == {1, 4}


def test_marked_last_refuses_only_lines_marked_end_refuses() -> None:
    for text in _texts(VERSE_ALPHABET, "verse"):
        if text[-1:] not in verse._MARKED_LAST:
            assert not verse.marked_end(text), text


def test_verse_runs_as_before_the_look() -> None:
    """The runs ``verse_lines`` finds are those of ``_set_short`` asked of every line (the reading before the look)."""
    texts = ["一夜东风过女墙，", "城头新柳试鹅黄。", "谁家院里春先到，", "卖花声里市声长。",
             "这是一行很长很长的散文，它一直写到行末也不停下来，直到", "写完了这一行又一行的散文才停下来。", "春眠不觉晓，", "处处闻啼鸟。",
             "夜来风雨声，", "花落知多少。"]
    lines = _lines(texts)
    room = lambda line: 20.0 - line.width   # noqa: E731  (a 20-em measure)
    plain, members = [], []
    for i, line in enumerate([*lines, None]):
        if line is not None and verse._set_short(line, room):
            members.append(i)
            continue
        if len(members) >= verse.VERSE_RUN_MIN:
            plain.append(range(members[0], members[-1] + 1))
        members.clear()
    assert verse.verse_lines(lines, room) == plain == [range(0, 4), range(6, 10)]
