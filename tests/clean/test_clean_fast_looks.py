"""(speed81) The cheap looks taken before a costly test give what the plain reading gives.

``bands._exact_key`` leaves white space out by ``str.split`` (the pattern ``\\s+`` before);
``setoff.set_wider`` compares the widths before it counts a slack; ``unwrap._spec_row_any`` takes
the gap's look once for both row shapes; ``pages.lettered_folios`` asks the blank lines and the last
character before its pattern; ``bands._copies_in_text`` picks the lines opening on a key's first
character in one comprehension; ``measured._wrapped_break`` asks ``kicker_over_wrapped_title`` only of
a pair with no clause (it reads no other).  Each is held here to the plain reading, written out as it
was, on random text made of the characters that matter.
"""

from __future__ import annotations

import random
import re
import sys

from booklet.clean import bands, pages as pages_mod
from booklet.clean.lines import Line
from booklet.clean.pages import LETTERED_PAGE_RE, SEQUENCE_MIN, Pages
from booklet.clean.setoff import KICKER_WIDER_EM, REST_WIDER_EM, left_open, set_wider, width_slack
from booklet.clean.unwrap import _spec_gap, _spec_row_any
from booklet.rawlines import RawLine
from booklet.shapes import SPEC_ROW_RE, SPEC_ROW_SPACED_RE

ALPHABET = ["字", "服", "务", "器", "台", "核", "一", "，", "、", "。", "：", " ", "\u3000", "\t", "1", "6", "～",
            "A", "B", "I", "“", "”", "（", "）", "\u00a0", "\u2003", "\x1c", "\x85"]


def _texts(seed: str, count: int = 3000, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_exact_key_leaves_out_what_the_pattern_left_out() -> None:
    spaces = re.compile(r"\s+")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert bands._exact_key(every) == spaces.sub("", every)
    for text in _texts("keys"):
        assert bands._exact_key(text) == spaces.sub("", text)
        assert bands.number_key(text) == re.sub(r"\d+", "#", spaces.sub("", text))


def test_set_wider_is_the_plain_reading() -> None:
    rng = random.Random("wider")
    texts = _texts("wider", 600)
    for upper in texts:
        first = rng.choice(texts)
        for wider in (0.0, 0.5, REST_WIDER_EM, REST_WIDER_EM + 0.5, KICKER_WIDER_EM, KICKER_WIDER_EM + 0.5, -2.0):
            plain = wider > width_slack(upper, first) and not left_open(upper, upper, first)
            assert set_wider(upper, 10.0 + wider, first, 10.0) == plain, (upper, first, wider)


def test_spec_row_any_is_either_shape_past_the_gap() -> None:
    texts = _texts("spec") + ["服务器　8～16台，单台不少于64核、512 GB内存", "交换机 2 台，万兆、48口", "服务器 8～16台，单台"]
    for text in texts:
        plain = (_spec_gap(text) and SPEC_ROW_RE.match(text) is not None) \
            or (_spec_gap(text) and SPEC_ROW_SPACED_RE.match(text) is not None)
        assert _spec_row_any(text) == plain, text


def _line(text: str, blanks: int = 0) -> Line:
    return Line(text=text, lineno=1, raw=RawLine(text, 1), blanks_before=blanks)


def _plain_lettered(lines: list[Line]) -> set[int]:
    found = [(i, m) for i, line in enumerate(lines)
             if (m := LETTERED_PAGE_RE.match(line.text.strip())) is not None and not line.given_heading
             and (i == 0 or line.blanks_before > 0) and (i + 1 == len(lines) or lines[i + 1].blanks_before > 0)]
    if len(found) < SEQUENCE_MIN or len({m.group(0)[0] for _i, m in found}) != 1:
        return set()
    values = [int(m["n"]) for _i, m in found]
    return {i for i, _m in found} if values == list(range(1, len(values) + 1)) else set()


def test_lettered_folios_is_the_plain_reading() -> None:
    rng = random.Random("lettered")
    pieces = ["A1", "A2", "A3", "A4", "B2", "A١", "A2 ", " A3", "A1\u3000", "正文一行", "A12", "H9", "I1"]
    for _ in range(400):
        lines = [_line(rng.choice(pieces), rng.choice((0, 0, 1))) for _ in range(rng.randint(1, 14))]
        assert pages_mod.lettered_folios(lines) == _plain_lettered(lines)


def _plain_copies(lines: list[Line], pages: Pages, keys: set[str], skip: set[int]) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    firsts = {key[:1] for key in keys}
    for page in range(len(pages.starts)):
        for k in pages.span(page, len(lines)):
            if k in skip or lines[k].text.lstrip()[:1] not in firsts:
                continue
            key = bands._exact_key(lines[k].text)
            if key in keys:
                found.setdefault(key, []).append((page, k))
            elif k + 1 < len(lines) and k + 1 not in skip:
                key = bands._exact_key(lines[k].text + lines[k + 1].text)
                if key in keys:
                    found.setdefault(key, []).append((page, k))
    return found


def test_copies_in_text_is_the_plain_reading() -> None:
    rng = random.Random("copies")
    pieces = ["三、以实际行动推动作风持", "续好转", "三、以实际行动推动作风持续好转", "正文", "二、 让制度管用", "让办法好用", "学习"]
    keys = {"三、以实际行动推动作风持续好转", "二、让制度管用让办法好用", "学习", "正文正文"}
    for _ in range(300):
        lines = [_line(rng.choice(pieces)) for _ in range(rng.randint(1, 20))]
        starts = tuple(sorted({0, *rng.sample(range(len(lines)), min(len(lines), rng.randint(0, 4)))}))
        if rng.random() < 0.2:
            starts = tuple(s for s in starts if s) or starts   # (a text whose first page starts later)
        skip = set(rng.sample(range(len(lines)), min(len(lines), rng.randint(0, 3))))
        pages = Pages(starts, frozenset(), True)
        assert bands._copies_in_text(lines, pages, keys, skip) == _plain_copies(lines, pages, keys, skip)


def test_kicker_over_wrapped_title_reads_no_pair_holding_a_clause() -> None:
    """``_wrapped_break`` asks it only of pairs with no clause: it must say no to every other."""
    from booklet.clean.layout import Layout
    from booklet.clean.lines import Around
    from booklet.clean.setoff import kicker_over_wrapped_title
    layout = Layout(18.0, True, False, False)
    texts = ["市民服务热线工单办理质效提升专项行动", "市民诉求件件有回音事事", "有着落", "破解难题，", "江北区：一张课表"]
    for upper in texts:
        for below in texts:
            for clauses in ((True, False), (False, True), (True, True)):
                prev = Line(text=upper, lineno=1, raw=RawLine(upper, 1), width=float(len(upper)), clause=clauses[0])
                cur = Line(text=below, lineno=2, raw=RawLine(below, 2), width=float(len(below)), clause=clauses[1])
                nxt = _line("有着落")
                assert not kicker_over_wrapped_title(prev, cur, layout, Around(nxt, prev, None, None))


def test_bracketed_numbers_counted_over_the_joined_lines_are_each_lines() -> None:
    """``pages.bracketed_once`` counts the bracketed numbers in one scan over the lines joined by NUL:
    no number runs across two lines (``\\s*`` inside the brackets would take a line end)."""
    from collections import Counter
    from booklet.shapes import BRACKETED_NUMBER_RE
    rng = random.Random("bracketed")
    pieces = ["[1]", "[", "1]", "［2］", "〔3 〕", "【4】", "正文[1]。", " ", "\u3000", "[ 12 ]", "\x00", "2]"]
    for _ in range(500):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(1, 8))]
        plain = Counter(mark for text in texts for mark in BRACKETED_NUMBER_RE.findall(text))
        assert Counter(BRACKETED_NUMBER_RE.findall("\x00".join(texts))) == plain, texts
